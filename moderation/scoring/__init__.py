"""Score abuse-report text: the probability of a threat of violence, five other categories and
the signals (with evidence offsets into the original text) that explain them.

Pure Python: no database, no Django, no network. See docs/scoring.md.
"""

from __future__ import annotations

from moderation.scoring.model import load_model
from moderation.scoring.normalise import normalise_many
from moderation.scoring.result import Signal, TextScore
from moderation.scoring.scorer import RULES_VERSION, THREAT_THRESHOLD, assemble, prepare, version_of

__all__ = ["SCORER_VERSION", "THREAT_THRESHOLD", "Signal", "TextScore", "score_text", "score_texts"]

SEED_MODEL_VERSION = "seed-4"
# The shipped combination. Each TextScore.version says what actually scored it (rules alone when
# the model file is missing, or a retrained model's own version).
SCORER_VERSION = f"{RULES_VERSION}+model-{SEED_MODEL_VERSION}"


def score_text(text: str) -> TextScore:
    """Score one text. Prefer `score_texts` for many: the model runs once per batch."""
    return score_texts([text])[0]


def score_texts(texts: list[str]) -> list[TextScore]:
    """Score many texts; the same results as `score_text` on each, in order."""
    model = load_model()
    prepare()
    normalised = normalise_many(texts)
    predictions = model.predict([n.text for n in normalised]) if model else [None] * len(texts)
    version = version_of(model)
    return [assemble(n, p, version) for n, p in zip(normalised, predictions, strict=True)]
