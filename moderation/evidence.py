"""Turn evidence spans into text segments a template can mark up safely (autoescaped, no raw HTML)."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Any


@dataclass(frozen=True)
class Segment:
    text: str
    signals: tuple[str, ...] = ()


def segments(text: str, signals: Iterable[Mapping[str, Any]]) -> list[Segment]:
    """Split `text` at every evidence boundary; each segment names the signals covering it."""
    spans = [
        (max(0, int(s)), min(len(text), int(e)), sig["name"])
        for sig in signals
        for s, e in sig.get("evidence", [])
        if int(s) < int(e)
    ]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for start, end in pairwise(cuts):
        names = tuple(sorted({n for s, e, n in spans if s <= start and end <= e}))
        out.append(Segment(text[start:end], names))
    return out
