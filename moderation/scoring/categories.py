"""Everything that is not a threat of violence but still needs a moderator's eye.

Each category is the log-odds sum of its signals, squashed to 0-1 (see `probability`). Lexical
signals match the normalised text; structured ones (phones, e-mails, links) match the original,
where the digits and dots are still as written.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from moderation.scoring import lexicon as lx
from moderation.scoring import wordlists as wl
from moderation.scoring.normalise import Normalised
from moderation.scoring.prefilter import Words

CATEGORIES = ("harassment", "hate", "sexual", "self_harm", "spam", "private_info")
CATEGORY_BIAS = -2.5  # one clear signal (weight ~3) lands around 0.6


@dataclass(frozen=True)
class Found:
    """A category signal. `norm_spans` are in the normalised text, `spans` in the original."""

    name: str
    weight: float
    norm_spans: tuple[tuple[int, int], ...] = ()
    spans: tuple[tuple[int, int], ...] = ()


def probability(log_odds: float) -> float:
    return 1.0 / (1.0 + math.exp(-log_odds))


INSULT = re.compile(rf"\b(?:{lx.trie(wl.INSULTS)})\b")
INSULT_AT_YOU = lx.compile_pattern(
    r"\b(?:you(?:'re| are| r)?|ur|u r|your|what an?|such an?|hey|@\w+)(?:,)? (?:[\w']+ ){0,3}?(?:{INSULT})\b",
    {"INSULT": lx.trie(wl.INSULTS)},
)
HARASSING = re.compile(rf"\b(?:{lx.trie(wl.HARASSING_PHRASES)})\b")
BAITING = re.compile(rf"\b(?:{lx.trie(wl.SELF_HARM_BAIT)})\b")
GROUP = re.compile(rf"\b(?:{lx.trie(wl.GROUP_NOUNS)})\b")
DEROGATORY = re.compile(rf"\b(?:{lx.trie(wl.DEROGATION)})\b")
SLUR = re.compile(rf"\b(?:{lx.trie(wl.SLURS)})\b")
SEXUAL_TERMS = re.compile(rf"\b(?:{lx.trie(wl.SEXUAL)})\b")
SELF_HARM_TERMS = re.compile(rf"\b(?:{lx.trie(wl.SELF_HARM)})\b")
FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|me|my|myself|i've|ive|i'd)\b")
JOKING = re.compile(rf"(?:{lx.trie(wl.HYPERBOLE)})")
REFERENCE = re.compile(
    r"\b(?:helpline|hotline|samaritans|988|crisis line|prevention|awareness|support group|resources|"
    r"if you're struggling|if you are struggling|reach out|you're not alone|you are not alone)\b"
)
SPAM_MONEY_TERMS = re.compile(rf"\b(?:{lx.trie(wl.SPAM_MONEY)})\b")
SPAM_CALL_TERMS = re.compile(rf"\b(?:{lx.trie(wl.SPAM_CALL)})")
QUOTED = re.compile(r"\"[^\"]{2,}?\"|(?<![\w'])'(?=[^\s'])[^\n]{1,}?(?<=[^\s])'(?![\w])")

# On the original text.
URL = re.compile(r"(?i)\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|net|org|io|xyz|ly|me|co|info|biz|top|click|"
                    r"site|online|link|app|gg|to)(?:/\S*)?\b")  # fmt: skip
MONEY = re.compile(r"[$£€₦₹]\s?\d[\d,.]*\s?[kKmM]?\b|\b\d[\d,.]*\s?(?:usd|gbp|eur|btc|eth|usdt|dollars|pounds)\b",
                      re.IGNORECASE)  # fmt: skip
EMAIL = re.compile(r"(?i)\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b")
PHONE = re.compile(r"(?<![\w£$€.])(?:\+|00)?\(?\d[\d ().-]{7,17}\d(?![\w.]?\d)")
DATE_OR_RANGE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$|^\d{4}\s?-\s?\d{4}$|^\d{1,2}[:.]\d{2}")
ADDRESS = re.compile(
    r"(?i)\b\d{1,5}[a-z]?,? (?:[A-Za-z][\w']+ ){1,3}(?:street|st|road|rd|avenue|ave|lane|ln|close|drive|dr|way|"
    r"court|ct|crescent|cres|place|pl|terrace|gardens|grove|hill|row|square|sq|boulevard|blvd|mews|parade)\b\.?"
    r"|\b(?:flat|apt|apartment|unit|suite) \d+[a-z]?\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"
)
DIGIT = re.compile(r"\d")
SSN_OR_CARD = re.compile(r"\b\d{3}-\d{2}-\d{4}\b|\b(?:\d{4}[ -]){3}\d{4}\b")


# Cheap checks that every match of a pattern on the original text passes: most texts fail them and
# skip the pattern. A check on the lower-cased text stands in for a case-insensitive pattern only
# when the text is ASCII (elsewhere, case-insensitive matching knows letters lower() does not, like ſ).
STREET_WORDS = (
    r"street|st|road|rd|avenue|ave|lane|ln|close|drive|dr|way|court|ct|crescent|cres|place|pl|terrace|gardens|grove|"
    r"hill|row|square|sq|boulevard|blvd|mews|parade"
)
# Each check starts with a character class or a literal, so that the engine skips straight to
# the places it could match (a pattern that starts with \b or a branch of words tries every one).
CURRENCY_WORDS = ("usd", "gbp", "eur", "btc", "eth", "dollars", "pounds")
CHECKS: dict[int, tuple[tuple[Callable[[str], object], ...], bool]] = {  # id(pattern) -> (checks, on lower ASCII)
    id(URL): (
        (
            re.compile(
                r"://|www\.|\.(?:com|net|org|io|xyz|ly|me|co|info|biz|top|click|site|online|link|app|gg|to)"
            ).search,
        ),
        True,
    ),
    id(MONEY): ((re.compile(r"[$£€₦₹]").search, lambda text: any(w in text for w in CURRENCY_WORDS)), True),
    id(ADDRESS): (
        (
            re.compile(
                rf"\d(?:[a-z]?,? (?:[a-z][\w']+ ){{1,3}}(?:{STREET_WORDS})\b|(?<=[a-z]\d)[a-z\d]? ?\d[a-z]{{2}})"
            ).search,
            re.compile(r" \d(?:(?<=flat \d)|(?<=apt \d)|(?<=apartment \d)|(?<=unit \d)|(?<=suite \d))").search,
        ),
        True,
    ),
    id(SSN_OR_CARD): ((re.compile(r"\d\d\d[ -]\d\d").search,), False),
    id(PHONE): ((re.compile(r"\d[\d ().-]{7,17}\d").search,), False),
}


class _Original:
    """The original text, for the structured patterns (phones, e-mails, links) that match it."""

    __slots__ = ("text", "_lower")

    def __init__(self, text: str) -> None:
        self.text = text
        self._lower: str | None = None

    def may_match(self, pattern: re.Pattern[str]) -> bool:
        check = CHECKS.get(id(pattern))  # by id(): hashing a pattern hashes its source
        if check is None:
            return True
        tests, lowered = check
        if not lowered:
            return any(test(self.text) for test in tests)
        if not self.text.isascii():
            return True
        if self._lower is None:
            self._lower = self.text.lower()
        return any(test(self._lower) for test in tests)

    def spans(self, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        return [m.span() for m in pattern.finditer(self.text)] if self.may_match(pattern) else []


def _phones(original: _Original) -> list[tuple[int, int]]:
    if not original.may_match(PHONE):
        return []
    out = []
    for m in PHONE.finditer(original.text):
        digits = sum(ch.isdigit() for ch in m.group())
        if 9 <= digits <= 15 and not DATE_OR_RANGE.match(m.group().strip()):
            out.append(m.span())
    return out


def category_signals(
    n: Normalised, threat_names: set[str], group_threat: bool, words: Words | None = None
) -> list[Found]:
    """Signals for the six categories. `threat_names` are the threat signals that fired;
    `words`: Words(n.text), if already made."""
    text, original = n.text, n.original
    words = words or Words(text)
    _spans = words.spans  # noqa: N806 (every lexical pattern is matched on the normalised text)
    found: list[Found] = []

    insults = _spans(INSULT)
    at_you = _spans(INSULT_AT_YOU) if insults else []  # an insult at you is an insult
    if insults:
        quotes = _spans(QUOTED)
        unquoted = [s for s in insults if not any(a <= s[0] and s[1] <= b for a, b in quotes)]
        weight = (3.0 if at_you else 1.5) + 0.5 * min(len(unquoted) - 1, 2) if unquoted else 0.5
        found.append(Found("harassment.insult", weight, tuple(at_you or insults)))
    harassing = _spans(HARASSING)
    if harassing:
        found.append(Found("harassment.targeted", 2.5 + 0.5 * min(len(harassing) - 1, 2), tuple(harassing)))
    baiting = _spans(BAITING)
    if baiting:
        found.append(Found("harassment.suicide_baiting", 3.5, tuple(baiting)))

    groups = _spans(GROUP)
    if groups:
        derogatory = _spans(DEROGATORY)
        if derogatory:
            found.append(Found("hate.group_attack", 3.5, tuple(groups[:2] + derogatory[:2])))
        if group_threat:
            found.append(Found("hate.group_threat", 4.0, tuple(groups[:2])))
    slurs = _spans(SLUR)
    if slurs:
        found.append(Found("hate.slur", 2.5 + 0.5 * min(len(slurs) - 1, 2), tuple(slurs)))

    sexual = _spans(SEXUAL_TERMS)
    if sexual:
        found.append(Found("sexual.explicit", 1.5 + 1.0 * min(len(sexual) - 1, 3), tuple(sexual)))
    if "threat.sexual_violence" in threat_names:
        found.append(Found("sexual.violence", 2.0))

    self_harm = _spans(SELF_HARM_TERMS)
    if (self_harm and words.search(FIRST_PERSON)) or "kms" in text.split():
        weight = 4.0 + 0.5 * min(len(self_harm) - 1, 2)
        if words.search(JOKING):
            weight -= 2.5  # "kill me now, it's only Monday"
        if words.search(REFERENCE):
            weight -= 2.0  # a helpline post is about self-harm, not a person at risk
        if baiting and not words.search(FIRST_PERSON):
            weight -= 2.0
        found.append(Found("self_harm.risk", weight, tuple(self_harm)))

    digits = DIGIT.search(original) is not None  # phones, addresses, amounts all need one
    raw = _Original(original)
    urls = raw.spans(URL) if "." in original else []
    money = _spans(SPAM_MONEY_TERMS)
    calls = _spans(SPAM_CALL_TERMS)
    amounts = raw.spans(MONEY) if digits else []
    spam = 1.5 * bool(urls) + 1.5 * bool(money) + 0.5 * min(len(money), 3) + 1.5 * bool(calls) + 1.0 * bool(amounts)
    if spam >= 3.0:
        found.append(Found("spam.scam", spam, tuple(money + calls), tuple(urls + amounts)))
    elif urls:
        found.append(Found("spam.link", 0.5, (), tuple(urls)))

    phones = _phones(raw) if digits else []
    if phones:
        found.append(Found("private_info.phone", 4.0, (), tuple(phones)))
    emails = raw.spans(EMAIL) if "@" in original else []
    if emails:
        found.append(Found("private_info.email", 3.0, (), tuple(emails)))
    addresses = raw.spans(ADDRESS) if digits else []
    if addresses:
        found.append(Found("private_info.address", 3.5, (), tuple(addresses)))
    ids = raw.spans(SSN_OR_CARD) if digits else []
    if ids:
        found.append(Found("private_info.id_number", 4.0, (), tuple(ids)))
    if "threat.doxxing" in threat_names:
        found.append(Found("private_info.doxxing", 2.0))
    return found


def category_scores(found: list[Found]) -> dict[str, float]:
    """Each category's probability from its signals' summed log-odds."""
    sums = dict.fromkeys(CATEGORIES, 0.0)
    for f in found:
        sums[f.name.split(".", 1)[0]] += f.weight
    return {c: round(probability(CATEGORY_BIAS + s), 4) if s else 0.0 for c, s in sums.items()}
