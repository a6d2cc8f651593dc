"""Escalation rules: validated structured data in, a placement out. Pure: no ORM, no I/O.

Semantics (docs/rules.md):
- rules are evaluated in order; disabled rules are skipped;
- queue: the first matching rule that names a queue wins;
- tier: the highest tier among matching rules wins;
- priority_points: summed over matching rules;
- sla_minutes: the shortest among matching rules;
- notify: the union of channels; restrict_content: true if any matching rule asks.

What each condition means is in the registry, `moderation.rules.conditions`.
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from moderation.rules.conditions import CONDITIONS, RULE_SET_BUDGET_SECONDS
from moderation.rules.schema import TIERS, RuleError


@dataclass(frozen=True)
class Facts:
    """What a rule may look at: the case's text, scores and counts."""

    text: str
    threat: float = 0.0
    categories: Mapping[str, float] = field(default_factory=dict)
    signals: frozenset[str] = frozenset()
    reported_categories: frozenset[str] = frozenset()
    report_count: int = 1
    distinct_reporters: int = 1
    report_times: tuple[datetime, ...] = ()
    now: datetime | None = None
    author_prior_actions: int = 0
    target_open_cases_24h: int = 0
    reporter_credibility: float | None = None
    # The primary subtag of the case's language ("es"), given or detected; "und" when undetermined.
    language: str = "und"

    def reports_in_last(self, minutes: float) -> int:
        if self.now is None:
            return self.report_count
        since = self.now - timedelta(minutes=minutes)
        return sum(1 for t in self.report_times if t >= since)


@dataclass
class Placement:
    queue: str | None = None
    tier: int | None = None
    priority_points: float = 0.0
    sla_minutes: int | None = None
    notify: list[str] = field(default_factory=list)
    restrict_content: bool = False
    matched: list[dict[str, Any]] = field(default_factory=list)
    # Patterns were skipped for want of time: a pattern that did not match may have had no chance to.
    budget_exhausted: bool = False


class Budget:
    """The time the regular expressions of one evaluation may still take."""

    def __init__(self, seconds: float = RULE_SET_BUDGET_SECONDS) -> None:
        self.deadline = time.monotonic() + seconds
        self.exhausted = False

    def left(self) -> float:
        return self.deadline - time.monotonic()


def explain(cond: Mapping[str, Any], facts: Facts, budget: Budget | None = None) -> str | None:
    """Why `cond` holds for `facts`, or None if it does not; patterns take their time from `budget`."""
    budget = budget or Budget()
    ((key, value),) = cond.items()
    if key == "all":
        parts = [explain(c, facts, budget) for c in value]
        return " and ".join(p for p in parts if p) if all(parts) else None
    if key == "any":
        for c in value:
            why = explain(c, facts, budget)
            if why:
                return why
        return None
    if key == "not":
        return None if explain(value, facts, budget) else f"not ({_describe(value)})"
    if key in CONDITIONS:
        return CONDITIONS[key].check(value, facts, budget)
    raise RuleError([key], "unknown condition")


def _describe(cond: Mapping[str, Any]) -> str:
    ((key, value),) = cond.items()
    return f"{key}: {value}"


def evaluate(rules: Sequence[Mapping[str, Any]], facts: Facts) -> Placement:
    """Apply `rules` (each {name, enabled, when, then, version?}) in order to `facts`."""
    placement = Placement()
    budget = Budget()
    for rule in rules:
        if not rule.get("enabled", True):
            continue
        why = explain(rule["when"], facts, budget)
        if not why:
            continue
        then = rule["then"]
        placement.matched.append({"rule": rule["name"], "version": rule.get("version", 1), "why": why})
        if placement.queue is None and "queue" in then:
            placement.queue = then["queue"]
        if "tier" in then:
            placement.tier = max(placement.tier or 0, TIERS[then["tier"]])
        placement.priority_points += float(then.get("priority_points", 0))
        if "sla_minutes" in then:
            placement.sla_minutes = min(filter(None, [placement.sla_minutes, then["sla_minutes"]]))
        for channel in then.get("notify", []):
            if channel not in placement.notify:
                placement.notify.append(channel)
        placement.restrict_content = placement.restrict_content or bool(then.get("restrict_content"))
    if math.isnan(placement.priority_points):
        placement.priority_points = 0.0
    placement.budget_exhausted = budget.exhausted
    return placement
