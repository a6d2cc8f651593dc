"""What every threat family is written with: the word lists as pattern placeholders (`{INTENT}`,
`{VERB}`, `{TARGET}`...), the pattern constructors that fill them in, and `Hit`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from moderation.scoring import lexicon as lx

INTENT = [
    "i'll", "ill", "i will", "i shall", "i'm going to", "i am going to", "i'm gonna", "i am gonna", "i'm gon",
    "imma", "ima", "i'ma", "i'mma", "gonna", "going to", "gon", "gunna", "finna", "i'm finna", "i want to",
    "i wanna", "i'd love to", "i would love to", "i'm about to", "i am about to", "i'm bout to",
    "i'm coming to", "i am coming to", "i'm coming over to", "let me", "we'll", "we will", "we're going to",
    "we are going to", "we're gonna", "we gonna", "we go", "i go", "i'd", "i would", "i'm sure to",
    "i am sure to", "i'm", "i am", "we're", "we are", "i'll be", "i will be", "iwill", "imgonna",
    "i'm gonna come", "i can't wait to", "i cant wait to", "i'm dying to", "i intend to", "i plan to",
    "i'm planning to", "we're coming to", "i'm ready to", "i am ready to", "i gotta", "i need to", "i must",
]  # fmt: skip

# "I just want to...", "I really will...": words people put between the subject and the intent.
ADVERBS = [
    "just", "really", "fucking", "seriously", "honestly", "actually", "literally", "definitely", "totally",
    "genuinely", "still", "truly", "absolutely", "swear", "so", "kinda", "lowkey", "then", "now", "will",
]  # fmt: skip

INTENT += [
    f"{who} {adverb} {rest}"
    for who, _, rest in (i.partition(" ") for i in INTENT if i.startswith(("i ", "we ")))
    for adverb in ADVERBS
]

INTENT += [
    "i come round and",
    "i come over and",
    "we come round and",
    "i start",
    "i'll start",
    "i will start",
    "when i start",
    "i begin",
    "i'm starting",
    "we start",
]

VERB_LISTS = {
    "STRONG": lx.trie(lx.STRONG_VERBS + lx.typos(lx.STRONG_BASE + lx.STRONG_PAST)),
    "SEXUAL": lx.trie(lx.SEXUAL_VERBS),
    "MEDIUM": lx.trie(lx.MEDIUM_VERBS),
    "SOFT": lx.trie(lx.SOFT_VERBS),
    "STRONG_BASE": lx.trie(lx.STRONG_BASE + lx.typos(lx.STRONG_BASE)),
    "SEXUAL_BASE": lx.trie(lx.SEXUAL_BASE),
    "MEDIUM_BASE": lx.trie(lx.MEDIUM_BASE),
}

LISTS: dict[str, str] = {
    **VERB_LISTS,
    "INTENT": lx.trie(INTENT),
    "YOU": lx.trie(lx.SECOND_PERSON),
    "YOUR": lx.trie(lx.SECOND_POSSESSIVE),
    "THEM": lx.trie(lx.THIRD_PERSON),
    "HIS": lx.trie(lx.THIRD_POSSESSIVE),
    "INDEF": lx.trie(lx.INDEFINITE),
    "PERSON": lx.trie(lx.PERSON_NOUNS),
    "GROUP": lx.trie(lx.GROUP_NOUNS),
    "BODY": lx.trie(lx.BODY_PARTS),
    "PROPERTY": lx.trie(lx.PROPERTY),
    "VENUE": lx.trie(lx.VENUES),
    "DEATH": lx.trie(lx.DEATH_WORDS),
    "WEAPON_EMOJI": lx.trie(lx.WEAPON_EMOJI),
}

# "soon" squeezes to "son": read as "soon" ("anon") only where no one's son is meant.
LISTS["ANON"] = r"(?<!your )(?<!ur )(?<!my )(?<!his )(?<!her )(?<!their )(?<!our )(?<!a )(?<!the )son\b(?!'s|s\b)"

LISTS["VERB"] = f"(?P<vs>{LISTS['STRONG']})|(?P<vx>{LISTS['SEXUAL']})|(?P<vm>{LISTS['MEDIUM']})|(?P<vw>{LISTS['SOFT']})"

LISTS["VERB_BASE"] = f"(?P<vs>{LISTS['STRONG_BASE']})|(?P<vx>{LISTS['SEXUAL_BASE']})|(?P<vm>{LISTS['MEDIUM_BASE']})"

# Who receives the violence. Named groups tell a person from a group from "someone".
QUANTIFIER = r"(?:(?:every (?:last |single )?one|al|each|some|any|most|both|the rest|one) of )?"

LISTS["TARGET"] = lx.expand(
    QUANTIFIER
    + r"(?:(?:both |all |every |each |even )?(?P<tp2>(?:{YOUR}) (?:[\w']+ ){0,2}?(?:{PERSON}|{BODY}|{PROPERTY})s?\b"
    r"|(?:{YOU})\b)"
    r"|(?P<tp3>(?:{HIS}) (?:[\w']+ ){0,2}?(?:{PERSON}|{BODY}|{PROPERTY}|{GROUP})s?\b|(?:{THEM})\b|@\w+"
    r"|(?:that|this|the|those|these|every|each|al|al the|al those|al these|al of the|any|some|a|an|every single"
    r"|every last|such) (?:[\w']+ ){0,2}?(?:{PERSON}|{GROUP})(?:'s|s)?\b|(?:{PERSON})(?:'s|s)?\b)"
    r"|(?P<tgrp>(?:al )?(?:{GROUP})\b)"
    r"|(?P<tind>(?:{INDEF})\b))",
    LISTS,
)

LISTS["THIRD_TARGET"] = lx.expand(
    QUANTIFIER + r"(?:(?:{HIS}) (?:[\w']+ ){0,2}?(?:{PERSON}|{BODY}|{GROUP})s?\b|(?:{THEM})\b|@\w+"
    r"|(?:that|this|the|those|these|every|al|al the|al those|al these|any) (?:[\w']+ ){0,2}?(?:{PERSON}|{GROUP})"
    r"(?:'s|s)?\b|(?:{GROUP})\b)",
    LISTS,
)

# Who a wish or an incitement is about.
LISTS["SUBJECT"] = lx.expand(
    r"(?:you|u|ya|ye|y'al|he|she|they|them|him|her|someone|somebody|al of (?:them|you)|(?:{YOUR}|{HIS}) "
    r"(?:[\w']+ ){0,2}?[\w']+|@\w+|(?:that|this|those|these|al|al those|al these|al the|every) (?:[\w']+ ){0,2}?"
    r"(?:{PERSON}|{GROUP})s?|(?:{GROUP})|(?:{PERSON}|{GROUP}) like (?:you|u|them|him|her)|people like (?:you|u)"
    r"|(?:the )?(?:{PERSON}|{GROUP}))",
    LISTS,
)


def form(template: str, lead: bool = False) -> re.Pattern[str]:
    return lx.compile_pattern(template, LISTS, lead=lead)


def led_form(template: str) -> re.Pattern[str]:
    """`_p` with a lead (see lexicon.compile_pattern): for the patterns it makes much faster."""
    return form(template, lead=True)


# Gaps are words separated by single spaces: punctuation ends a clause and so ends a match.
GAP = r"(?:[\w'@:]+ ){0,6}?"


@dataclass(frozen=True)
class Hit:
    """One matched threat form. Spans are offsets in the normalised text."""

    name: str
    weight: float
    spans: tuple[tuple[int, int], ...]
    verb: str = ""
    tier: str = ""
    group: bool = False  # aimed at a protected group rather than a person
