"""Turn evidence spans and edits into text segments a template can mark up safely (autoescaped, no raw HTML)."""

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, Literal

from reports.models import ContentVersion

_WORDS = re.compile(r"\s+|\S+")


@dataclass(frozen=True)
class Segment:
    text: str
    signals: tuple[str, ...] = ()


def segments(text: str, signals: Iterable[Mapping[str, Any]]) -> list[Segment]:
    """Split `text` at every evidence boundary; each segment names the signals covering it, with the
    language's form where a signal has one ("threat.direct (es: direct — te voy a matar)")."""
    spans = [
        (
            max(0, int(s)),
            min(len(text), int(e)),
            f"{sig['name']} ({sig['detail']})" if sig.get("detail") else sig["name"],
        )
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


@dataclass(frozen=True)
class Change:
    kind: Literal["same", "ins", "del"]
    text: str


def word_diff(old: str, new: str) -> list[Change]:
    """What changed from `old` to `new`, word by word; the spaces are kept so the text reads as posted."""
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(Change("same", "".join(b[j1:j2])))
            continue
        if i1 < i2:
            out.append(Change("del", "".join(a[i1:i2])))
        if j1 < j2:
            out.append(Change("ins", "".join(b[j1:j2])))
    return out


@dataclass(frozen=True)
class ShownVersion:
    version: ContentVersion
    changes: list[Change]  # against the version first reported before it; empty for the first


def version_history(versions: Sequence[ContentVersion]) -> list[ShownVersion]:
    """`versions` oldest first (as Case.numbered_versions gives them), shown newest first with their edits."""
    shown = [
        ShownVersion(v, word_diff(previous.text, v.text) if previous else [])
        for previous, v in zip([None, *versions], versions, strict=False)
    ]
    return sorted(shown, key=lambda s: (s.version.last_reported_at, s.version.pk), reverse=True)
