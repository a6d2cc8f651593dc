"""Put rules, frames and the model together into one explained score.

threat log-odds = BIAS + sum(threat hits) + model + sum(mitigations), where
- each hit is a threat form found by the rules (threat/), in log-odds;
- the model adds `model_weight(p, language)` (never subtracts): it lifts a borderline rule case over
  the line, and a confident model reaches it alone where no frame argues otherwise (English from
  p = 0.81; Spanish, Portuguese, French and German from p = 0.54, see MODEL_SHIFT);
- each mitigation cancels `factor` of what it covers (the hits in its frame, and the model when
  it covers every hit), so a quoted or idiomatic threat stays down whatever the model thinks; game
  talk alone frames the model only while it is unsure (MODEL_SURE).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from moderation.scoring import categories, lexicon, prefilter, second_reader, threat
from moderation.scoring.categories import category_scores, category_signals, probability
from moderation.scoring.languages import forms_to_read, primary_subtag
from moderation.scoring.model import Prediction, ThreatModel
from moderation.scoring.normalise import Normalised
from moderation.scoring.prefilter import Words
from moderation.scoring.result import Signal, TextScore
from moderation.scoring.threat import Hit, Mitigation, mitigations, threat_hits
from moderation.scoring.threat import languages as threat_languages

THREAT_THRESHOLD = 0.5
BIAS = -4.0  # with no evidence at all a text scores 0.018
MODEL_SCALE = 2.8  # p = 0.75 adds 3.1; alone, the model escalates from p = 0.81
MODEL_MIN = 0.0  # the model only adds evidence: a doubtful model never vetoes a rule threat
MODEL_MAX = 5.0
RULES_VERSION = "rules-9"


# Log-odds the model adds on top in these languages. Their rules are younger than English's and find
# fewer of the threats in new text (a third, against the model's nine in ten on posts it was not trained
# on), so the model is trusted alone from p = 0.54 there. Chosen on training posts held out of a fit,
# never on the evaluation sets (docs/scoring.md, "Languages: threat scoring").
MODEL_SHIFT = {"es": 3.5, "pt": 3.5, "fr": 3.5, "de": 3.5}
# Game words surround real threats too ("the ref's car is in lot B", "ton adresse, ton école… sur
# Discord"): they frame a doubtful model, not one this sure. On posts held out of a fit this found 17
# more threats out of 2,782 and flagged 5 of 796 everyday posts, friends' game taunts (docs/scoring.md).
MODEL_SURE = 0.95


def model_weight(p: float, language: str = "en") -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return max(MODEL_MIN, min(MODEL_MAX, MODEL_SCALE * math.log(p / (1 - p)) + MODEL_SHIFT.get(language, 0.0)))


def _orig_spans(n: Normalised, spans: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Map to the original text, merging spans that overlap."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(n.span(s, e) for s, e in spans if e > s):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return tuple(merged)


def _term_spans(n: Normalised, terms: Sequence[str]) -> tuple[tuple[int, int], ...]:
    spans = []
    for term in terms:
        m = re.search(rf"(?<![\w']){re.escape(term)}(?![\w'])", n.text)
        if m:
            spans.append(m.span())
    return _orig_spans(n, spans)


def _credit(
    hits: list[Hit], mits: list[Mitigation], model_w: float, sure: bool = False
) -> tuple[dict[str, float], float]:
    """How much log-odds each mitigation takes away, and the model weight left after them (`sure`:
    the model is past MODEL_SURE)."""
    credit = {m.name: 0.0 for m in mits}
    real = [h for h in hits if h.name != "threat.aggravating"]
    coverage = {}
    for h in real:
        best = max((m for m in mits if h.name in m.covers), key=lambda m: m.factor, default=None)
        coverage[h.name] = best.factor if best else 0.0
        if best:
            credit[best.name] += best.factor * h.weight
    for h in hits:
        if h.name == "threat.aggravating" and real:
            # Aggravation is only as mitigated as the least-mitigated hit it aggravates.
            least = min(coverage.values())
            best = max((m for m in mits if m.covers_model), key=lambda m: m.factor, default=None)
            if best and least > 0:
                credit[best.name] += least * h.weight
    if model_w > 0:
        framing = [m for m in mits if m.covers_model and not (sure and m.name == "mitigation.game")]
        best = max(framing, key=lambda m: m.factor, default=None)
        if best:
            credit[best.name] += best.factor * model_w
    return credit, model_w


def _strongest_first(signal: Signal) -> tuple[float, str]:
    return (-abs(signal.weight), signal.name)


def assemble(n: Normalised, prediction: Prediction | None, version: str, language: str | None = "en") -> TextScore:
    """Score one normalised text, given the model's prediction for it (or None), as `language`
    (see languages.forms_to_read: "en" reads English forms alone, None every language's)."""
    reported, languages = forms_to_read(language)
    words = Words(n.text)  # which patterns can match, decided once from the text's words
    hits = threat_hits(n, words, languages)
    model_w = model_weight(prediction.probability, reported) if prediction else 0.0
    mits = mitigations(n, hits, model_suspects=model_w > 0, words=words, languages=languages)
    credit, model_w = _credit(hits, mits, model_w, sure=bool(prediction and prediction.probability >= MODEL_SURE))

    signals: list[Signal] = [Signal(h.name, round(h.weight, 3), _orig_spans(n, h.spans), h.detail) for h in hits]
    if prediction and model_w > 0:
        read = f"read as a whole: {prediction.whole:.2f}" if prediction.whole is not None else ""
        signals.append(Signal("threat.model", round(model_w, 3), _term_spans(n, prediction.top_terms), read))
    for m in mits:
        if credit[m.name] > 0:
            signals.append(Signal(m.name, round(-credit[m.name], 3), _orig_spans(n, m.spans), m.detail))
    log_odds = BIAS + sum(s.weight for s in signals)
    threat = round(probability(log_odds), 4)

    names = {h.name for h in hits}
    found = category_signals(
        n, names, group_threat=any(h.group for h in hits) and threat >= THREAT_THRESHOLD, words=words
    )
    signals += [Signal(f.name, round(f.weight, 3), _orig_spans(n, f.norm_spans) + f.spans) for f in found]
    signals.sort(key=_strongest_first)
    return TextScore(
        threat=threat,
        escalate=threat >= THREAT_THRESHOLD,
        categories=category_scores(found),
        signals=tuple(signals),
        version=version,
        language=reported,
    )


def could_be_raised(
    n: Normalised, prediction: Prediction, score: TextScore, version: str, language: str | None
) -> bool:
    """Whether the second reader could escalate this text (`score`: its verdict without the reader):
    English, not escalated, and escalated at the most the reader could say (second_reader.py)."""
    if score.escalate or primary_subtag(language or "en") not in second_reader.READ_LANGUAGES:
        return False
    p = prediction.probability
    if not second_reader.CLIP < p < 1 - second_reader.CLIP:
        return False  # an n-gram model this sure is not second-guessed
    most = second_reader.mixed(p, 1.0)
    # Cheap first: the reader can add at most the model's weight at `most` to the text's log-odds
    # (frames only take part of it away), so a text far below the line stays there.
    log_odds = math.log(max(score.threat + 5e-5, 1e-9) / max(1 - score.threat - 5e-5, 1e-9))  # threat is rounded
    if log_odds + model_weight(most, language or "en") < 0:
        return False
    return assemble(n, replace(prediction, probability=most), version, language).escalate


def could_be_lowered(score: TextScore, language: str | None) -> bool:
    """Whether the second reader could take this escalation back (second_reader.py): English,
    escalated below HOLD_BELOW, and resting on a form that context often undoes (DOUBTFUL_FORMS)."""
    english = primary_subtag(language or "en") in second_reader.READ_LANGUAGES
    return english and score.escalate and score.threat < second_reader.HOLD_BELOW and _rests_on_doubtful_form(score)


def _rests_on_doubtful_form(score: TextScore) -> bool:
    strongest = max((s for s in score.signals if s.name.startswith("threat.")), key=lambda s: s.weight, default=None)
    return strongest is not None and strongest.name in second_reader.DOUBTFUL_FORMS


def is_doubted(score: TextScore) -> bool:
    """Whether this score is an escalation held below the line, or taken back, by the second reader."""
    return any(s.name == "threat.doubted" for s in score.signals)


def doubted(score: TextScore, detail: str) -> TextScore:
    """The score held below the line: one signal takes back what the evidence put above it."""
    threat = min(max(score.threat, 1e-4), 1 - 1e-4)  # threat is rounded
    taken = -(math.log(threat / (1 - threat)) + second_reader.DOUBT)
    signals = sorted([*score.signals, Signal("threat.doubted", round(taken, 3), (), detail)], key=_strongest_first)
    return replace(score, threat=round(probability(-second_reader.DOUBT), 4), escalate=False, signals=tuple(signals))


def mark_unread(
    normalised: Sequence[Normalised],
    predictions: Sequence[Prediction | None],
    scores: Sequence[TextScore],
    languages: Sequence[str | None],
) -> list[TextScore]:
    """The scores, those the second reader could escalate marked `unread` (could_be_raised), and
    those it could take back held below the line until it reads them (could_be_lowered)."""
    out = []
    for n, p, score, tag in zip(normalised, predictions, scores, languages, strict=True):
        if p and could_be_raised(n, p, score, score.version, tag):
            score = replace(score, unread=True)
        elif p and could_be_lowered(score, tag):
            score = replace(doubted(score, "not read as a whole yet"), unread=True)
        out.append(score)
    return out


def read_whole(
    read: Callable[[list[str]], list[float]],
    texts: Sequence[str],
    normalised: Sequence[Normalised],
    predictions: Sequence[Prediction | None],
    scores: list[TextScore],
    languages: Sequence[str | None],
) -> list[TextScore]:
    """The scores, with each unread text (TextScore.unread) read by the second reader (`read`:
    Reader.read). A text held back is escalated again unless the reader reads no threat in it at all
    (q < VETO); any other is escalated if the reader's probability, mixed into the model's, escalates
    it. Mixing only raises: a text the reader doubts keeps the verdict the rules and n-grams gave."""
    asked = [(i, p) for i, (p, score) in enumerate(zip(predictions, scores, strict=True)) if p and score.unread]
    out = list(scores)
    for (i, p), q in zip(asked, read([texts[i] for i, _ in asked]) if asked else [], strict=True):
        if q < second_reader.VETO and is_doubted(scores[i]):
            out[i] = doubted(assemble(normalised[i], p, scores[i].version, languages[i]), f"read as a whole: {q:.2f}")
            continue
        mixed = max(p.probability, second_reader.mixed(p.probability, q))
        raised = assemble(normalised[i], replace(p, probability=mixed, whole=q), scores[i].version, languages[i])
        out[i] = raised if raised.escalate else replace(scores[i], unread=False)
    return out


_prepared = False


def prepare() -> None:
    """Once per process, before the first text: the prefilter's requirements for every pattern."""
    global _prepared
    if _prepared:
        return
    patterns: list = [
        *lexicon.PATTERNS,
        *threat_languages.PATTERNS,
        *(gate for _, _, _, gate in threat.VERB_PATTERNS if gate is not None),
    ]
    for value in [*(v for module in threat.MODULES for v in vars(module).values()), *vars(categories).values()]:
        if isinstance(value, re.Pattern):
            patterns.append(value)
        elif isinstance(value, lexicon.Alternation):
            patterns += [value, *value.patterns]
    prefilter.prepare(patterns)
    _prepared = True


def version_of(model: ThreatModel | None, reader: second_reader.Reader | None = None) -> str:
    if model is None:
        return RULES_VERSION
    return f"{RULES_VERSION}+model-{model.version}" + (f"+reader-{reader.version}" if reader else "")
