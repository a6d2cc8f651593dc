"""What the scorer returns: a verdict with the signals that explain it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Signal:
    """One reason behind a score. `weight` is its log-odds contribution (negative for mitigations);
    `evidence` holds [start, end) offsets into the original text. `detail` names the form in
    another language than English ("es: direct — te voy a matar"), or, on the model's signal, what the
    second reader read ("read as a whole: 0.97"); English forms have none."""

    name: str
    weight: float
    evidence: tuple[tuple[int, int], ...] = ()
    detail: str = ""

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "weight": self.weight, "evidence": [[s, e] for s, e in self.evidence]}
        if self.detail:
            out["detail"] = self.detail
        return out


@dataclass(frozen=True)
class TextScore:
    threat: float
    escalate: bool
    categories: dict[str, float]
    signals: tuple[Signal, ...]
    version: str
    # The language whose forms were read besides English's: a scored language's subtag, "en" for
    # English alone, "und" for every scored language (none given, or one Heed does not score).
    language: str = "und"
    # Not escalated, but the second reader could escalate it (second_reader.py): read it before it is
    # final. Only set where a reader is installed.
    unread: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "threat": self.threat,
            "escalate": self.escalate,
            "categories": dict(self.categories),
            "signals": [s.as_dict() for s in self.signals],
            "version": self.version,
            "language": self.language,
        }
