"""What every threat family is written with: the word lists as pattern placeholders (`{INTENT}`,
`{VERB}`, `{TARGET}`...), the pattern constructors that fill them in, and `Hit`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from moderation.scoring import lexicon as lx
from moderation.scoring import wordlists as wl

# With an adverb between the subject and the intent ("I just want to", "I really will").
INTENT = [
    *wl.INTENT,
    *(
        f"{who} {adverb} {rest}"
        for who, _, rest in (i.partition(" ") for i in wl.INTENT if i.startswith(("i ", "we ")))
        for adverb in wl.ADVERBS
    ),
    *wl.INTENT_STARTS,
]
STRONG_VERBS = [*lx.verb_forms(*wl.STRONG_BASE), *wl.STRONG_OTHER_FORMS]
SEXUAL_VERBS = [*lx.verb_forms(*wl.SEXUAL_BASE), *wl.SEXUAL_OTHER_FORMS]
MEDIUM_VERBS = [*lx.verb_forms(*wl.MEDIUM_BASE), *wl.MEDIUM_OTHER_FORMS]
SOFT_VERBS = [*lx.verb_forms(*wl.SOFT_BASE), *wl.SOFT_OTHER_FORMS]

VERB_LISTS = {
    "STRONG": lx.trie(STRONG_VERBS + lx.typos(wl.STRONG_BASE + wl.STRONG_PAST)),
    "SEXUAL": lx.trie(SEXUAL_VERBS),
    "MEDIUM": lx.trie(MEDIUM_VERBS),
    "SOFT": lx.trie(SOFT_VERBS),
    "STRONG_BASE": lx.trie(wl.STRONG_BASE + lx.typos(wl.STRONG_BASE)),
    "SEXUAL_BASE": lx.trie(wl.SEXUAL_BASE),
    "MEDIUM_BASE": lx.trie(wl.MEDIUM_BASE),
}

LISTS: dict[str, str] = {
    **VERB_LISTS,
    "INTENT": lx.trie(INTENT),
    "YOU": lx.trie(wl.SECOND_PERSON),
    "YOUR": lx.trie(wl.SECOND_POSSESSIVE),
    "THEM": lx.trie(wl.THIRD_PERSON),
    "HIS": lx.trie(wl.THIRD_POSSESSIVE),
    "INDEF": lx.trie(wl.INDEFINITE),
    "PERSON": lx.trie(wl.PERSON_NOUNS),
    "GROUP": lx.trie(wl.GROUP_NOUNS),
    "BODY": lx.trie(wl.BODY_PARTS),
    "PROPERTY": lx.trie(wl.PROPERTY),
    "VENUE": lx.trie(wl.VENUES),
    "DEATH": lx.trie(wl.DEATH_WORDS),
    "WEAPON_EMOJI": lx.trie(wl.WEAPON_EMOJI),
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
    """A threat form: `template` compiled with the placeholders above filled in."""
    return lx.compile_pattern(template, LISTS, lead=lead)


def led_form(template: str) -> re.Pattern[str]:
    """`form` with a lead (see lexicon.compile_pattern): for the patterns it makes much faster."""
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
    detail: str = ""  # the language and form, for forms in another language than English
