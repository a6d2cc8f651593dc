"""What a valid rule is: name, description, enabled, `when` (conditions from the registry, nested in
groups) and `then` (actions). Values are checked by pydantic; errors read as an admin's words with the
location of the offending key. Pure: the caller passes the queue slugs in."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, TypeAdapter, ValidationError

from moderation.rules.conditions import (
    MAX_PATTERNS,
    STRINGS,
    ConditionError,
    Phrase,
    as_list,
    pattern_count,
    says,
    validate_condition,
)
from moderation.vocabulary import Tier

TIERS = {t.label: t.value for t in Tier}
RULE_KEYS = ("name", "description", "enabled", "when", "then")
MAX_NAME = 120


class RuleError(ValueError):
    """A rule that does not validate. `loc` points at the offending key."""

    def __init__(self, loc: Sequence[str | int], msg: str) -> None:
        self.loc = list(loc)
        self.msg = msg
        super().__init__(f"{'.'.join(str(p) for p in loc)}: {msg}")


@dataclass(frozen=True)
class Action:
    name: str
    value: TypeAdapter[Any]
    description: str
    combination: str


_TIER_MESSAGE = "must be one of critical, high, normal, low"
ACTIONS: dict[str, Action] = {
    a.name: a
    for a in [
        Action("queue", TypeAdapter(Annotated[str, Field(strict=True), says("unknown queue")]),
               "the queue the case goes to", "the **first** matching rule that names a queue wins; none → `general`"),
        Action("tier", TypeAdapter(Annotated[Literal["critical", "high", "normal", "low"], says(_TIER_MESSAGE)]),
               "critical | high | normal | low", "the **highest** tier among matching rules wins; none → `normal`"),
        Action("priority_points",
               TypeAdapter(Annotated[float, Field(strict=True, ge=-1000, le=1000),
                                     says("must be a number between -1000 and 1000")]),
               "points added to the case's priority", "**summed** over matching rules"),
        Action("sla_minutes", TypeAdapter(Annotated[int, Field(strict=True, ge=1), says("must be at least 1")]),
               "minutes until the case is overdue", "the **shortest** among matching rules; none → the queue's SLA"),
        Action("notify",
               TypeAdapter(Annotated[list[Phrase], BeforeValidator(as_list), Field(min_length=1), says(STRINGS)]),
               "channels to alert", "the **union** of channels"),
        Action("restrict_content", TypeAdapter(Annotated[bool, Field(strict=True), says("must be true or false")]),
               "ask the platform to restrict the content pending review", "**true** if any matching rule asks"),
    ]
}  # fmt: skip
ACTION_ORDER = tuple(ACTIONS)


def _checked(adapter: TypeAdapter[Any], value: Any, loc: list[str | int]) -> Any:
    try:
        return adapter.validate_python(value)
    except ValidationError as exc:
        raise RuleError(loc, exc.errors()[0]["msg"]) from None


def validate_actions(then: Any, queues: Sequence[str] | None = None) -> None:
    if not isinstance(then, dict) or not then:
        raise RuleError(["then"], "must be a mapping with at least one action")
    for key, value in then.items():
        here: list[str | int] = ["then", key]
        if key not in ACTIONS:
            raise RuleError(here, f"unknown action; one of {', '.join(sorted(ACTIONS))}")
        _checked(ACTIONS[key].value, value, here)
        if key == "queue" and queues is not None and value not in queues:
            raise RuleError(here, "unknown queue" + (f"; one of {', '.join(queues)}" if queues else ""))


def validate_when(when: Any) -> None:
    try:
        validate_condition(when)
    except ConditionError as exc:
        raise RuleError(["when", *exc.loc], exc.msg) from None


_Name: TypeAdapter[str] = TypeAdapter(
    Annotated[
        str, Field(strict=True, pattern=r"\S", max_length=MAX_NAME), says(f"required, up to {MAX_NAME} characters")
    ]
)
_Enabled: TypeAdapter[bool] = TypeAdapter(Annotated[bool, Field(strict=True), says("must be true or false")])


def validate_rule(rule: Mapping[str, Any], queues: Sequence[str] | None = None) -> None:
    _checked(_Name, rule.get("name"), ["name"])
    unknown = set(rule) - set(RULE_KEYS)
    if unknown:
        raise RuleError([sorted(unknown)[0]], f"unknown key; allowed: {', '.join(RULE_KEYS)}")
    _checked(_Enabled, rule.get("enabled", True), ["enabled"])
    if "when" not in rule:
        raise RuleError(["when"], "required")
    validate_when(rule["when"])
    validate_actions(rule.get("then"), queues)


def validate_pattern_budget(conditions: Iterable[Any]) -> None:
    """RuleError if a rule set with these `when` trees (enabled or not) holds more patterns than it may."""
    n = pattern_count(conditions)
    if n > MAX_PATTERNS:
        raise RuleError(
            ["when"],
            f"a rule set may hold at most {MAX_PATTERNS} text_matches patterns, since they share one time "
            f"budget per case; this would make {n}. Combine patterns with | or use text_contains",
        )
