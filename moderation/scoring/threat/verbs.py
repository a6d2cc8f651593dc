"""The forms built around a violent verb, of every family, in one table (`VERB_PATTERNS`) and the
loop that weighs them: by the verb's tier (lethal, sexual, violent, sport-like), the target, and
what sets a match aside ("hit you up", "no one deserves to die", "this heat is gonna kill someone")."""

from __future__ import annotations

import re

from moderation.scoring import lexicon as lx
from moderation.scoring import wordlists as wl
from moderation.scoring.prefilter import Group, Words
from moderation.scoring.threat.base import Hit, form, led_form
from moderation.scoring.threat.conditional import IF_THEN
from moderation.scoring.threat.death_wish import FUNERAL, WISH
from moderation.scoring.threat.direct import (
    BULLET_FOR,
    DIRECT,
    GETS_HURT,
    GIVE_A_BEATING,
    PUT_AWAY,
    PUT_DOWN,
    SNITCHES,
    WEAPON_ON_WAY,
    YOU_FUTURE,
)
from moderation.scoring.threat.incitement import (
    DEATH_TO,
    DESERVE,
    IMPERATIVE,
    INCITE_LETS,
    INCITE_SOMEONE,
    NO_RIGHT,
    SEE_THEM,
    SHOULD_BE_LEGAL,
    THROATS,
    WHY_NOBODY,
)
from moderation.scoring.threat.sexual import RAPE_DESERVED

PRE_NEGATION = re.compile(r"\b(?:no|not|never|nobody|none)\s*$")

NEGATION = re.compile(r"\b(?:not|never|n't|nt|no way|wouldn't|won't|wont)\b")

WEIGHT = {"strong": 6.0, "sexual": 6.5, "medium": 5.0, "soft": 3.0}

TIER_OF_GROUP = {"vs": "strong", "vx": "sexual", "vm": "medium", "vw": "soft"}

# Words after the target that turn a violent verb into something else: "hit you up",
# "shoot her a text", "cut him off", "kill them with kindness", "beat you to it".
NOT_VIOLENT_AFTER = lx.compile_pattern(
    r"^ ?(?:back\b|off\b(?! (?:mine|yours|his|hers|ours|theirs)\b)|out\b|with (?:kindness|love|compliments|my cooking|cuteness)|in the dms|"
    r"laughing|of (?:laughter|embarrassment|boredom|shame|cringe|old age)|with (?:these|this|those|my|the|al "
    r"these|al the|al this) (?:puns|jokes|memes|questions|updates|emails|messages|texts|posts|pics|photos|spam|"
    r"notifications|looks|outfits?|stories|videos|requests|facts|logic)|into (?:[\w']+ )?(?:cubes|strips|slices|"
    r"chunks|wedges|quarters|halves|rounds|dice|bits|sticks|filets|portions)|in half|lengthwise|crosswise|"
    r"(?:an? |some |the )?(?:email|e-mail|text|message|msg|dm|line|note|pic|photo|picture|link|invite|"
    r"look|glance|smile|wave|check|cheque|deal|slack|break|favour|favor|shot|question|reminder|call)s?\b|"
    r"to it\b|to the punch\b|to the (?:finish|line|top|end|door|car|bar|front|bus|shops|checkout)\b|by a mile\b|"
    r"loose\b|in on\b|a slice\b|over\b|some slack\b|down for\b|(?:right |al the way )?(?:down|back) to\b|short\b|"
    r"at (?:your|ur|his|her) own game\b)",
    {},
)

GROUP_WORD = form(r"\b(?:{GROUP})\b")


def _tier(m: re.Match[str]) -> tuple[str, str]:
    for group, tier in TIER_OF_GROUP.items():
        verb = lx.named(m, group)
        if verb:
            return tier, verb
    return "medium", ""


def _target_weight(m: re.Match[str]) -> float:
    """Less for "someone" or "them" (weeds, eggs, garlic...) than for you, her or a named group."""
    if lx.named(m, "tind"):
        return -1.5
    if lx.named(m, "target") in {"them", "em", "'em", "dem"}:
        return -1.5
    return 0.0


ENDINGS = {"end", "finish"}

MAKE_THEM = {"sufer", "bleed", "bled", "disappear", "scream", "beg", "vanish"}


def _negated(m: re.Match[str]) -> bool:
    """A negation in the match outside its target, or just before it ("no Muslim ought to...")."""
    text = m.group()
    target = lx.named(m, "target")
    if target:
        text = text.replace(target, " ", 1)
    before = m.string[max(0, m.start() - 12) : m.start()]
    return NEGATION.search(text) is not None or PRE_NEGATION.search(before) is not None


def _second_person(m: re.Match[str]) -> bool:
    target = lx.named(m, "target")
    return bool(target) and re.match(r"(?:you|u|ya|ye|your|ur)\b", target or "") is not None


# "hit you up", "gas him up": the only verbs whose "up" makes them harmless.
BENIGN_UP = ("hit", "gas", "pick", "hok", "cal", "ring", "lok", "text", "link", "pop", "hype", "bring", "set")

# "beat him up" and "bleed out" are violent where "hit him up" and "cut him out" are not.
VIOLENT_WITH = {
    " up": ("beat", "fuck", "mes", "cut", "tear", "rip", "smash", "shot", "bust", "string", "hang", "blow", "jack",
            "bash", "slice", "chop", "light", "set"),
    " out": ("bled", "knock", "blow", "rip", "tear", "gut", "beat", "kick", "smash", "snuf", "take", "drag"),
    " off": ("blow", "rip", "tear", "chop", "cut", "bit", "shot", "finish", "kil"),
}  # fmt: skip

# Verbs that are violent only with their particle: "run him over", "gun them down".
PARTICLE = {"run": (" over", " down", " of the road"), "ran": (" over", " down", " of the road"),
            "runing": (" over", " down", " of the road"),
            "runs": (" over", " down"), "gun": (" down",), "mow": (" down",), "rough": (" up",), "tie": (" up",),
            "tied": (" up",), "ties": (" up",), "fuck": (" up",),
            "fucks": (" up",), "fucking": (" up",), "fucked": (" up",)}  # fmt: skip


def _followed_by_non_violence(text: str, end: int, verb: str) -> bool:
    if verb in PARTICLE:
        return not text[end : end + 14].startswith(PARTICLE[verb])
    after = text[end : end + 40]
    for particle, verbs in VIOLENT_WITH.items():
        if after.startswith(particle) and verb.startswith(verbs):
            return False
    if after.startswith(" up"):
        return verb.startswith(BENIGN_UP)
    return NOT_VIOLENT_AFTER.match(after) is not None


# Cheap keyword checks: a rule's full pattern runs only where one of its words occurs.
ANCHOR = led_form(
    rf"\b(?:{{STRONG}}|{{SEXUAL}}|{{MEDIUM}}|{{SOFT}}|{{DEATH}}|{lx.trie(wl.WEAPONS)}|sufer|bleed|blood|hospital|"
    rf"ground|grave|cofin|orphans?|widows?|life|lives|disappear|vanish|example|scream|beg|pay|regret|sory|do it|"
    rf"next time|wheelchair|jumped|bul+ets?|knock|rip|tear|blow|chop|put|puting|send|sending|leave|leaving|pump|pop|bust|make|take|end|drag"
    rf"|break|run|hunt|shoot up|watch)\b"
)


class _AnchorItems(dict):
    """word or pair -> whether ANCHOR matches it whole, worked out once per distinct item.

    A word (or pair) of a text is bounded by non-word characters or the text's ends, and ANCHOR
    (`\\b(?:...)\\b`, no lookaround beyond its lead) reads nothing outside its match: so if it
    matches an item whole, it matches the text there. A dictionary lookup per item is cheaper than
    the scan, which is left for texts with no such item (a match of three words, say)."""

    def __missing__(self, item: str) -> bool:
        if len(self) > 200_000:
            self.clear()
        found = self[item] = ANCHOR.fullmatch(item) is not None
        return found


_ANCHOR_ITEMS = _AnchorItems()


def anchored(words: Words) -> bool:
    """Whether ANCHOR matches the text: `words.search(ANCHOR) is not None`, mostly without the scan."""
    return any(map(_ANCHOR_ITEMS.__getitem__, words.items)) or words.search(ANCHOR) is not None


def _gate(words: str) -> re.Pattern[str]:
    return form(rf"\b(?:{words})")


# (pattern, signal, base weight or None to weigh by the verb's tier, gate or None for ANCHOR)
VERB_PATTERNS: list[tuple[re.Pattern[str] | lx.Alternation, str, float | None, re.Pattern[str] | None]] = [
    (DIRECT, "threat.direct", None, None),
    (PUT_AWAY, "threat.direct", None, None),
    (YOU_FUTURE, "threat.direct", None, None),
    (WEAPON_ON_WAY, "threat.direct", 5.0, None),
    (BULLET_FOR, "threat.direct", 5.0, _gate(r"bul+ets?|slugs?|rounds?|lead|knife|stabbed|shanked|popped|capped")),
    (SNITCHES, "threat.direct", 4.5, form(r":knife:|:gun:|:bomb:|:cofin:|:blod:|stitches")),
    (INCITE_SOMEONE, "threat.incitement", None, None),
    (INCITE_LETS, "threat.incitement", None, None),
    (WHY_NOBODY, "threat.incitement", None, _gate("why")),
    (IMPERATIVE, "threat.incitement", None, None),
    (DEATH_TO, "threat.incitement", 5.5, _gate("death to|deaht to|deth to")),
    (GETS_HURT, "threat.direct", 4.5, None),
    (GIVE_A_BEATING, "threat.direct", 4.5, _gate("give|giving|gives|gave")),
    (IF_THEN, "threat.conditional", None, _gate("if|when|unles|once")),
    (PUT_DOWN, "threat.direct", 4.5, _gate("put|send|leave|left|sent")),
    (DESERVE, "threat.incitement", 5.5, _gate("deserve|should|shuld|must|ought|oughta|need|needs|have to|has to"
                                              "|gota|got to|would al|wil al|are al")),
    (NO_RIGHT, "threat.incitement", 5.0, _gate("right to|deserve|belong|alowed|live|exist|dead|need|needs")),
    (THROATS, "threat.incitement", 5.5, _gate("throats?|necks?|heads?")),
    (SEE_THEM, "threat.incitement", 5.5, _gate("se|watch|wish|if only")),
    (RAPE_DESERVED, "threat.sexual_violence", 6.0, _gate("rap|molest|gang")),
    (SHOULD_BE_LEGAL, "threat.incitement", 5.0, _gate(
        "ilegal|legal|legali[sz]ed|decriminali[sz]ed|alowed|encouraged|rewarded|sport|mandatory|solution|answer"
        "|cure|without|eradicated|exterminated|kiled|wiped|gased|shot|executed|hanged|dead|gone|eliminated")),
    (WISH, "threat.death_wish", 5.0, _gate("hope|hoping|pray|praying|wish|hopefuly|may")),
    (FUNERAL, "threat.death_wish", 5.0, _gate("funeral|obituary|grave|die|death|wake|autopsy|cofin")),
]  # fmt: skip

# A thing as the subject of a bare "going to": "this heat is gonna kill someone".
THING_BEFORE = re.compile(r"\b(?:it|this|that|the|these|those)\b(?: [\w']+){0,5} (?:is|are|'s|'re) $|\bit's $")

PAST_FORMS = {"shot", "kiled", "stabed", "burned", "burnt", "hung", "hanged", "beaten", "kicked", "punched"}

STATES = {"i'm", "im", "i am", "we're", "we are", "i'l be", "i wil be"}

VERB_GROUP = Group(pattern for pattern, _, _, _ in VERB_PATTERNS)


def verb_hits(text: str, words: Words | None = None) -> tuple[list[Hit], bool]:
    """The verb-based hits, and whether a match was set aside as not violent (then no fallback)."""
    words = words or Words(text)
    hits: list[Hit] = []
    set_aside = False
    has_anchor: bool | None = None
    # The patterns' own words first (a dictionary lookup), then their gates (a scan).
    for index in words.which(VERB_GROUP):
        pattern, name, base, gate = VERB_PATTERNS[index]
        if gate is not None:
            if words.search(gate) is None:
                continue
        else:
            if has_anchor is None:
                has_anchor = anchored(words)
            if not has_anchor:
                continue
        for m in pattern.finditer(text, words) if isinstance(pattern, lx.Alternation) else pattern.finditer(text):
            tier, verb = _tier(m)
            if _followed_by_non_violence(text, m.end(), verb):
                set_aside = True
                continue
            gap = lx.named(m, "gap") or ""
            if NEGATION.search(gap) or "yourself" in m.group():
                set_aside = True
                continue  # "I would never hurt you" is explained by the negation mitigation
            if lx.named(m, "intent") in STATES and tier == "soft" and not gap:
                continue  # "I'm done with you", "we're finished": states, not acts
            if pattern is IMPERATIVE and (verb in PAST_FORMS or m.string.startswith(" myself", m.end())):
                continue  # "shot them myself this morning": a report, not an order
            if lx.named(m, "tind") and THING_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                set_aside = True
                continue  # "that pothole is going to kill someone": a prediction about a thing
            if pattern is not WHY_NOBODY and pattern is not INCITE_LETS and _negated(m):
                set_aside = True
                continue  # "no one deserves to die", "we must never condone the killing of..."
            weight = WEIGHT[tier] if base is None else base
            if verb not in MAKE_THEM:
                weight += _target_weight(m)
            if verb in ENDINGS and re.search(r"(?:you|u|him|her|them)$", lx.named(m, "target") or ""):
                weight = WEIGHT["medium"]  # "I'll end you" is not a sports result
            if tier == "soft" and GROUP_WORD.search(m.group()):
                weight = WEIGHT["medium"]  # "get rid of" a people is not sport
            if pattern is YOU_FUTURE and tier != "sexual" and m.group().endswith(("ed", "en", "t", "g")):
                weight -= 1.0  # "you'll get killed" can be a warning as well as a threat
            signal = name
            if tier == "sexual":
                signal = "threat.sexual_violence"
            elif name == "threat.incitement" and _second_person(m) and (pattern is DESERVE or pattern is NO_RIGHT):
                signal = "threat.death_wish"  # "you deserve to die" is wished on the reader
            target = lx.named(m, "target") or ""
            group = bool(target) and GROUP_WORD.search(target) is not None
            hits.append(Hit(signal, weight, (m.span(),), verb=verb, tier=tier, group=group))
    return hits, set_aside
