"""What the scorer returns: a verdict with the signals that explain it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Signal:
    """One reason behind a score. `weight` is its log-odds contribution (negative for mitigations);
    `evidence` holds [start, end) offsets into the original text."""

    name: str
    weight: float
    evidence: tuple[tuple[int, int], ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "weight": self.weight, "evidence": [[s, e] for s, e in self.evidence]}


@dataclass(frozen=True)
class TextScore:
    threat: float
    escalate: bool
    categories: dict[str, float]
    signals: tuple[Signal, ...]
    version: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "threat": self.threat,
            "escalate": self.escalate,
            "categories": dict(self.categories),
            "signals": [s.as_dict() for s in self.signals],
            "version": self.version,
        }
