"""Escalation rules: validated structured data in, a placement out. Pure: no ORM, no I/O.

Semantics (docs/rules.md):
- rules are evaluated in order; disabled rules are skipped;
- queue: the first matching rule that names a queue wins;
- tier: the highest tier among matching rules wins;
- priority_points: summed over matching rules;
- sla_minutes: the shortest among matching rules;
- notify: the union of channels; restrict_content: true if any matching rule asks.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import regex

from moderation.scoring.normalise import normalise

TIERS = {"low": 0, "normal": 1, "high": 2, "critical": 3}
TIER_NAMES = {v: k for k, v in TIERS.items()}
CATEGORIES = ("violent_threat", "harassment", "hate", "sexual", "self_harm", "spam", "private_info", "other")
PATTERN_TIMEOUT_SECONDS = 0.05
MAX_PATTERN_LENGTH = 500
# Regular expressions share one time budget per evaluation of the rule set (one case), not one each: 400
# slow patterns at 0.05 s each held a worker 20 s a report. Past the budget a pattern does not match.
RULE_SET_BUDGET_SECONDS = 0.25
# And a rule set may hold only so many, so that a budget cut is an accident rather than the rule.
MAX_PATTERNS = 50


class RuleError(ValueError):
    """A rule that does not validate. `loc` points at the offending key."""

    def __init__(self, loc: Sequence[str | int], msg: str) -> None:
        self.loc = list(loc)
        self.msg = msg
        super().__init__(f"{'.'.join(str(p) for p in loc)}: {msg}")


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


# -- validation -----------------------------------------------------------------------------------

_NUMBER_AT_LEAST = {
    "threat_at_least": "threat",
    "reporter_credibility_at_most": "credibility",
    "reporter_credibility_at_least": "credibility",
}
_COUNT_AT_LEAST = {
    "reports_at_least",
    "distinct_reporters_at_least",
    "author_prior_actions_at_least",
    "target_open_cases_24h_at_least",
}
CONDITION_KEYS = (
    {"all", "any", "not", "text_contains", "text_matches", "category_at_least", "reported_category_in", "signal"}
    | set(_NUMBER_AT_LEAST)
    | _COUNT_AT_LEAST
    | {"reports_in_last_minutes"}
)
ACTION_KEYS = {"queue", "tier", "priority_points", "sla_minutes", "notify", "restrict_content"}


def _probability(value: Any, loc: list[str | int]) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise RuleError(loc, "must be a number between 0 and 1")
    return float(value)


def _count(value: Any, loc: list[str | int]) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise RuleError(loc, "must be a whole number, 0 or more")
    return value


def _strings(value: Any, loc: list[str | int]) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise RuleError(loc, "must be a non-empty list of non-empty strings")
    return value


def validate_condition(cond: Any, loc: list[str | int] | None = None) -> None:
    loc = loc or ["when"]
    if not isinstance(cond, dict) or len(cond) != 1:
        raise RuleError(loc, "a condition is a mapping with exactly one key")
    ((key, value),) = cond.items()
    here = [*loc, key]
    if key in ("all", "any"):
        if not isinstance(value, list) or not value:
            raise RuleError(here, "must be a non-empty list of conditions")
        for i, sub in enumerate(value):
            validate_condition(sub, [*here, i])
    elif key == "not":
        validate_condition(value, here)
    elif key == "text_contains":
        _strings(value, here)
    elif key == "text_matches":
        if not isinstance(value, str) or not value or len(value) > MAX_PATTERN_LENGTH:
            raise RuleError(here, f"must be a pattern of 1 to {MAX_PATTERN_LENGTH} characters")
        try:
            regex.compile(value, regex.IGNORECASE)
        except regex.error as exc:
            raise RuleError(here, f"invalid pattern: {exc}") from None
    elif key == "category_at_least":
        if not isinstance(value, dict) or not value:
            raise RuleError(here, "must map categories to thresholds, e.g. {hate: 0.8}")
        for name, threshold in value.items():
            if name not in CATEGORIES:
                raise RuleError([*here, name], f"unknown category; one of {', '.join(CATEGORIES)}")
            _probability(threshold, [*here, name])
    elif key == "reported_category_in":
        for i, name in enumerate(_strings(value, here)):
            if name not in CATEGORIES:
                raise RuleError([*here, i], f"unknown category; one of {', '.join(CATEGORIES)}")
    elif key == "signal":
        _strings(value, here)
    elif key in _NUMBER_AT_LEAST:
        _probability(value, here)
    elif key in _COUNT_AT_LEAST:
        _count(value, here)
    elif key == "reports_in_last_minutes":
        if not isinstance(value, dict) or set(value) != {"minutes", "at_least"}:
            raise RuleError(here, "must be {minutes: N, at_least: N}")
        _count(value["minutes"], [*here, "minutes"])
        _count(value["at_least"], [*here, "at_least"])
    else:
        raise RuleError(here, f"unknown condition; one of {', '.join(sorted(CONDITION_KEYS))}")


def validate_actions(then: Any, queues: Sequence[str] | None = None) -> None:
    loc: list[str | int] = ["then"]
    if not isinstance(then, dict) or not then:
        raise RuleError(loc, "must be a mapping with at least one action")
    for key, value in then.items():
        here = [*loc, key]
        if key == "queue":
            if not isinstance(value, str) or (queues is not None and value not in queues):
                raise RuleError(here, "unknown queue" + (f"; one of {', '.join(queues)}" if queues else ""))
        elif key == "tier":
            if value not in TIERS:
                raise RuleError(here, "must be one of critical, high, normal, low")
        elif key == "priority_points":
            if isinstance(value, bool) or not isinstance(value, int | float) or not -1000 <= value <= 1000:
                raise RuleError(here, "must be a number between -1000 and 1000")
        elif key == "sla_minutes":
            if _count(value, here) < 1:
                raise RuleError(here, "must be at least 1")
        elif key == "notify":
            _strings(value, here)
        elif key == "restrict_content":
            if not isinstance(value, bool):
                raise RuleError(here, "must be true or false")
        else:
            raise RuleError(here, f"unknown action; one of {', '.join(sorted(ACTION_KEYS))}")


def pattern_count(conditions: Iterable[Any]) -> int:
    """How many text_matches conditions the given `when` trees hold."""
    count = 0
    for cond in conditions:
        if not isinstance(cond, dict):
            continue
        for key, value in cond.items():
            if key == "text_matches":
                count += 1
            elif key in ("all", "any") and isinstance(value, list):
                count += pattern_count(value)
            elif key == "not":
                count += pattern_count([value])
    return count


def validate_pattern_budget(conditions: Iterable[Any]) -> None:
    """RuleError if a rule set with these `when` trees (enabled or not) holds more patterns than it may."""
    n = pattern_count(conditions)
    if n > MAX_PATTERNS:
        raise RuleError(
            ["when"],
            f"a rule set may hold at most {MAX_PATTERNS} text_matches patterns, since they share one time "
            f"budget per case; this would make {n}. Combine patterns with | or use text_contains",
        )


def validate_rule(rule: Mapping[str, Any], queues: Sequence[str] | None = None) -> None:
    name = rule.get("name")
    if not isinstance(name, str) or not name.strip() or len(name) > 120:
        raise RuleError(["name"], "required, up to 120 characters")
    unknown = set(rule) - {"name", "description", "enabled", "when", "then"}
    if unknown:
        raise RuleError([sorted(unknown)[0]], "unknown key; allowed: name, description, enabled, when, then")
    if not isinstance(rule.get("enabled", True), bool):
        raise RuleError(["enabled"], "must be true or false")
    if "when" not in rule:
        raise RuleError(["when"], "required")
    validate_condition(rule["when"])
    validate_actions(rule.get("then"), queues)


# -- evaluation -----------------------------------------------------------------------------------


def _contains(facts: Facts, phrases: list[str]) -> str | None:
    # Evasion-insensitive: both sides go through the scorer's normaliser.
    haystack = f" {normalise(facts.text).text} "
    for phrase in phrases:
        needle = normalise(phrase).text.strip()
        if needle and regex.search(rf"(?<!\w){regex.escape(needle)}(?!\w)", haystack):
            return phrase
    return None


class Budget:
    """The time the regular expressions of one evaluation may still take."""

    def __init__(self, seconds: float = RULE_SET_BUDGET_SECONDS) -> None:
        self.deadline = time.monotonic() + seconds
        self.exhausted = False

    def left(self) -> float:
        return self.deadline - time.monotonic()


def _matches(facts: Facts, pattern: str, budget: Budget) -> str | None:
    timeout = min(PATTERN_TIMEOUT_SECONDS, budget.left())
    if timeout <= 0:
        budget.exhausted = True
        return None
    try:
        m = regex.search(pattern, facts.text, regex.IGNORECASE, timeout=timeout)
    except TimeoutError:
        return None  # a pathological pattern never matches rather than stalling a worker
    return m.group(0) if m else None


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
    if key == "text_contains":
        found = _contains(facts, [value] if isinstance(value, str) else value)
        return f'text contains "{found}"' if found else None
    if key == "text_matches":
        found = _matches(facts, value, budget)
        return f'text matches "{found}"' if found else None
    if key == "threat_at_least":
        return f"threat {facts.threat:.2f} ≥ {value}" if facts.threat >= value else None
    if key == "category_at_least":
        for name, threshold in value.items():
            got = facts.threat if name == "violent_threat" else facts.categories.get(name, 0.0)
            if got >= threshold:
                return f"{name} {got:.2f} ≥ {threshold}"
        return None
    if key == "reported_category_in":
        hit = sorted(facts.reported_categories & set(value if isinstance(value, list) else [value]))
        return f"reported as {', '.join(hit)}" if hit else None
    if key == "signal":
        hit = sorted(facts.signals & set(value if isinstance(value, list) else [value]))
        return f"signal {', '.join(hit)}" if hit else None
    if key == "reports_at_least":
        return f"{facts.report_count} reports ≥ {value}" if facts.report_count >= value else None
    if key == "distinct_reporters_at_least":
        n = facts.distinct_reporters
        return f"{n} distinct reporters ≥ {value}" if n >= value else None
    if key == "reports_in_last_minutes":
        n = facts.reports_in_last(value["minutes"])
        return f"{n} reports in {value['minutes']} min ≥ {value['at_least']}" if n >= value["at_least"] else None
    if key == "author_prior_actions_at_least":
        n = facts.author_prior_actions
        return f"author has {n} prior actioned cases ≥ {value}" if n >= value else None
    if key == "target_open_cases_24h_at_least":
        n = facts.target_open_cases_24h
        return f"{n} open cases against the target in 24 h ≥ {value}" if n >= value else None
    if key == "reporter_credibility_at_most":
        c = facts.reporter_credibility
        return f"reporter credibility {c:.2f} ≤ {value}" if c is not None and c <= value else None
    if key == "reporter_credibility_at_least":
        c = facts.reporter_credibility
        return f"reporter credibility {c:.2f} ≥ {value}" if c is not None and c >= value else None
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
