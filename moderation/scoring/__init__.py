"""Score abuse-report text: the probability of a threat of violence, five other categories and
the signals (with evidence offsets into the original text) that explain them.

Pure Python: no database, no Django, no network. See docs/scoring.md.
"""

from __future__ import annotations

from collections.abc import Sequence

from moderation.scoring.model import load_model
from moderation.scoring.normalise import normalise_many
from moderation.scoring.result import Signal, TextScore
from moderation.scoring.scorer import (
    RULES_VERSION,
    THREAT_THRESHOLD,
    assemble,
    mark_unread,
    prepare,
    read_whole,
    version_of,
)  # fmt: skip
from moderation.scoring.second_reader import load_reader

__all__ = ["SCORER_VERSION", "THREAT_THRESHOLD", "Signal", "TextScore", "score_text", "score_texts"]

SEED_MODEL_VERSION = "seed-12"
READER_VERSION = "minilm-4"  # the second reader's network (second_reader.npz)
# The shipped combination. Each TextScore.version says what actually scored it (rules alone when
# the model file is missing, no reader without its package, or a retrained model's own version).
SCORER_VERSION = f"{RULES_VERSION}+model-{SEED_MODEL_VERSION}+reader-{READER_VERSION}"


def score_text(text: str, language: str | None = None, *, read: bool = False) -> TextScore:
    """Score one text. Prefer `score_texts` for many: the model runs once per batch.

    `language`: the text's BCP 47 tag if known ("es", "pt-BR"). English forms are always read
    (people code-switch), with that language's; None, "und" or a language Heed does not score
    reads every scored language's forms. `TextScore.language` says which (docs/scoring.md).
    `read`: as for `score_texts`.
    """
    return score_texts([text], None if language is None else [language], read=read)[0]


def score_texts(
    texts: list[str], languages: Sequence[str | None] | None = None, *, read: bool = False
) -> list[TextScore]:
    """Score many texts; the same results as `score_text` on each, in order. `languages`: one tag
    (or None) per text, or None for none known.

    `read`: let the second reader read the texts it could escalate (second_reader.py), about 20 ms
    each, before returning. Without it those come back `unread`: the pipeline places them at once
    and has them read in a task of their own (placement/reading.py).
    """
    if languages is not None and len(languages) != len(texts):
        raise ValueError("one language (or None) per text")
    model = load_model()
    prepare()
    normalised = normalise_many(texts)
    tags = languages if languages is not None else [None] * len(texts)
    if model is None:
        return [assemble(n, None, RULES_VERSION, tag) for n, tag in zip(normalised, tags, strict=True)]
    predictions = model.predict([n.text for n in normalised], tags)
    reader = load_reader()
    version = version_of(model, reader)
    scores = [assemble(n, p, version, tag) for n, p, tag in zip(normalised, predictions, tags, strict=True)]
    if reader is None:
        return scores
    scores = mark_unread(normalised, predictions, scores, tags)
    return read_whole(reader.read, texts, normalised, predictions, scores, tags) if read else scores
