"""Threats of violence: what was said (hits) and in what frame (mitigations).

A hit needs more than a violent word: a speaker who intends it (or wishes or urges it), a
violent act and a person or group on the receiving end. "I'm going to kill it at the gym" has
no person to receive it, "kill the heat" neither; "I'm going to kill you in ranked" has one but
sits in a game. Frames are judged separately and cancel the hits they cover:
quoted or reported speech, counter-speech, fiction, games and sport, idioms, negation, jokes.

One module per family of forms, each with its patterns: `direct` (and weapon emoji, and the
fallback for phrasings no rule foresaw), `conditional`, `veiled`, `sexual`, `doxxing`,
`incitement`, `death_wish`; `frames` holds the aggravating and mitigating frames. Two tables
cross the families because each is searched in one pass: `verbs.VERB_PATTERNS` (the forms built
around a violent verb, weighed by one loop) and `veiled.PHRASES` (fixed phrases found through key
words); each row names its family's signal. `base` holds what every family is written with.
This module puts the families together.

Weights are log-odds contributions; see docs/scoring.md for the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType

from moderation.scoring.normalise import Normalised
from moderation.scoring.prefilter import Words
from moderation.scoring.threat import (
    base,
    conditional,
    death_wish,
    direct,
    doxxing,
    frames,
    incitement,
    languages,
    sexual,
    veiled,
    verbs,
)
from moderation.scoring.threat.base import Hit
from moderation.scoring.threat.conditional import as_conditional
from moderation.scoring.threat.direct import cooccurrence, emoji_hits
from moderation.scoring.threat.doxxing import doxxing_hits
from moderation.scoring.threat.frames import AGGRAVATING, Mitigation, mitigations
from moderation.scoring.threat.languages import aggravating_spans, language_hits
from moderation.scoring.threat.sexual import coercion_hits
from moderation.scoring.threat.veiled import veiled_hits
from moderation.scoring.threat.verbs import VERB_PATTERNS, anchored, verb_hits

__all__ = ["MODULES", "VERB_PATTERNS", "Hit", "Mitigation", "mitigations", "threat_hits"]

# Where the patterns are (scorer.prepare derives their prefilter requirements up front).
MODULES: tuple[ModuleType, ...] = (
    base,
    direct,
    conditional,
    death_wish,
    incitement,
    sexual,
    veiled,
    doxxing,
    frames,
    verbs,
    languages,
)


def _phrase_hits(text: str, by_verb: list[Hit], words: Words) -> list[Hit]:
    """The hits of the families that are not built around a verb. Doxxing weighs what was found
    before it, and the order of the hits is that of their signals: keep it."""
    hits = coercion_hits(words)
    hits += veiled_hits(text, words)
    hits += doxxing_hits(text, words, hits + by_verb)
    hits += emoji_hits(text, words)
    return hits


def _merge(hits: list[Hit]) -> list[Hit]:
    """One hit per signal name: the strongest, plus a little for each further distinct match."""
    by_name: dict[str, list[Hit]] = {}
    for h in hits:
        by_name.setdefault(h.name, []).append(h)
    merged = []
    for name, group in by_name.items():
        group.sort(key=lambda h: -h.weight)
        top = group[0]
        extra = min(1.0, 0.5 * (len(group) - 1))
        spans = tuple(sorted({s for h in group for s in h.spans}))
        detail = "; ".join(dict.fromkeys(h.detail for h in group if h.detail))
        merged.append(Hit(name, top.weight + extra, spans, top.verb, top.tier, any(h.group for h in group), detail))
    return merged


def threat_hits(n: Normalised, words: Words | None = None, languages: Sequence[str] = ()) -> list[Hit]:
    """Every threat form found in `n`, before mitigation: English's and those of `languages`
    (see languages/). `words`: Words(n.text), if already made."""
    text = n.text
    words = words or Words(text)
    by_verb, set_aside = verb_hits(text, words)
    raw = by_verb + _phrase_hits(text, by_verb, words)
    spoken: list[str] = []  # the languages whose forms were found: only their aggravating words count
    if languages:
        found = language_hits(text, words, languages)
        spoken = [code for code in languages if any(h.detail.startswith(f"{code}:") for h in found)]
        raw += found
    if not raw:
        fallback = cooccurrence(text, words) if not set_aside and anchored(words) else None
        return [fallback] if fallback else []
    raw = as_conditional(raw, words)
    hits = _merge(raw)
    if max(h.weight for h in hits) >= 3.0:
        extra = words.spans(AGGRAVATING) + (aggravating_spans(words, spoken) if spoken else [])
        if extra:
            hits.append(Hit("threat.aggravating", min(2.0, 1.0 * len(extra)), tuple(extra[:4])))
    return hits
