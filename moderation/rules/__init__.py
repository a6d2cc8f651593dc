"""Escalation rules: the condition registry, the pure engine, the stored rule set, backtests and the
admin's pages. Other areas import the engine's few names from here."""

from moderation.rules.conditions import (
    CATEGORIES,
    CONDITION_KEYS,
    MAX_PATTERNS,
    RULE_SET_BUDGET_SECONDS,
    pattern_count,
    routes_by_language,
)
from moderation.rules.engine import Budget, Facts, Placement, evaluate, explain
from moderation.rules.schema import TIERS, RuleError, validate_pattern_budget, validate_rule

__all__ = [
    "CATEGORIES",
    "CONDITION_KEYS",
    "MAX_PATTERNS",
    "RULE_SET_BUDGET_SECONDS",
    "TIERS",
    "Budget",
    "Facts",
    "Placement",
    "RuleError",
    "evaluate",
    "explain",
    "pattern_count",
    "routes_by_language",
    "validate_pattern_budget",
    "validate_rule",
]
