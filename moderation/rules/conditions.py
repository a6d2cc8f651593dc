"""THE registry of rule conditions: each one defined once, and everything else reads it.

A condition has a name (its YAML key), a value schema (a pydantic model), an evaluation over the case's
`Facts`, a one-line description, the facts it needs, and the kind of field the visual builder shows for
it. The engine evaluates through `CONDITIONS`, the YAML validator checks values with their models, the
editor lists their names, the builder generates its fields from them, the backtest loads only the facts
they need, and docs/rules.md's table is `condition_table()` (a test keeps the two equal).

`all`, `any` and `not` are the groups that nest conditions; they are in `GROUPS`, evaluated by the
engine itself. Pure: no ORM, no I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, Literal

import regex
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    RootModel,
    StringConstraints,
    ValidationError,
    WrapValidator,
)
from pydantic_core import PydanticCustomError

from moderation.scoring.normalise import normalise
from moderation.vocabulary import CATEGORIES

if TYPE_CHECKING:
    from moderation.rules.engine import Budget, Facts

# The category names come from the vocabulary; pydantic checks a value against them as a Literal.
CategoryName = Literal[CATEGORIES]  # type: ignore[valid-type]
MAX_PATTERN_LENGTH = 500
PATTERN_TIMEOUT_SECONDS = 0.05
# Regular expressions share one time budget per evaluation of the rule set (one case), not one each: 400
# slow patterns at 0.05 s each held a worker 20 s a report. Past the budget a pattern does not match.
RULE_SET_BUDGET_SECONDS = 0.25
# And a rule set may hold only so many, so that a budget cut is an accident rather than the rule.
MAX_PATTERNS = 50

PROBABILITY = "must be a number between 0 and 1"
COUNT = "must be a whole number, 0 or more"
STRINGS = "must be a non-empty list of non-empty strings"
LANGUAGES = 'must be a non-empty list of language codes, e.g. [es, pt] ("und": undetermined)'
UNKNOWN_CATEGORY = f"unknown category; one of {', '.join(CATEGORIES)}"


def says(message: str) -> WrapValidator:
    """Any failure of the annotated type reads as `message`, the words an admin sees."""

    def wrap(value: Any, handler: Callable[[Any], Any]) -> Any:
        try:
            return handler(value)
        except ValidationError:
            raise PydanticCustomError("heed", message) from None

    return WrapValidator(wrap)


def as_list(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


Probability = Annotated[float, Field(strict=True, ge=0, le=1), says(PROBABILITY)]
Count = Annotated[int, Field(strict=True, ge=0), says(COUNT)]
Category = Annotated[CategoryName, says(UNKNOWN_CATEGORY)]
Phrase = Annotated[str, StringConstraints(strict=True, pattern=r"\S")]
# A primary language subtag as cases store it: "es", not "ES" nor "pt-BR" (docs/scoring.md, "Languages").
LanguageCode = Annotated[str, StringConstraints(strict=True, pattern=r"^[a-z]{2,3}$"), says(LANGUAGES)]


def _compiles(pattern: str) -> str:
    try:
        regex.compile(pattern, regex.IGNORECASE)
    except regex.error as exc:
        raise PydanticCustomError("heed", "invalid pattern: {error}", {"error": str(exc)}) from None
    return pattern


class ProbabilityValue(RootModel[Probability]):
    pass


class CountValue(RootModel[Count]):
    pass


class PhrasesValue(RootModel[Annotated[list[Phrase], BeforeValidator(as_list), Field(min_length=1)]]):
    pass


class LanguagesValue(RootModel[Annotated[list[LanguageCode], BeforeValidator(as_list), Field(min_length=1)]]):
    pass


class CategoriesValue(RootModel[Annotated[list[Category], BeforeValidator(as_list), Field(min_length=1)]]):
    pass


class PatternValue(
    RootModel[
        Annotated[str, Field(strict=True, min_length=1, max_length=MAX_PATTERN_LENGTH), AfterValidator(_compiles)]
    ]
):
    pass


class ThresholdsValue(RootModel[Annotated[dict[Category, Probability], Field(min_length=1)]]):
    pass


class WindowValue(BaseModel):
    model_config = ConfigDict(extra="forbid")
    minutes: Count
    at_least: Count


# -- evaluation -------------------------------------------------------------------------------------


def _text_contains(value: Any, facts: Facts, budget: Budget) -> str | None:
    # Evasion-insensitive: both sides go through the scorer's normaliser.
    haystack = f" {normalise(facts.text).text} "
    for phrase in as_list(value):
        needle = normalise(phrase).text.strip()
        if needle and regex.search(rf"(?<!\w){regex.escape(needle)}(?!\w)", haystack):
            return f'text contains "{phrase}"'
    return None


def _text_matches(value: Any, facts: Facts, budget: Budget) -> str | None:
    timeout = min(PATTERN_TIMEOUT_SECONDS, budget.left())
    if timeout <= 0:
        budget.exhausted = True
        return None
    try:
        m = regex.search(value, facts.text, regex.IGNORECASE, timeout=timeout)
    except TimeoutError:
        return None  # a pathological pattern never matches rather than stalling a worker
    return f'text matches "{m.group(0)}"' if m else None


def _threat_at_least(value: Any, facts: Facts, budget: Budget) -> str | None:
    return f"threat {facts.threat:.2f} ≥ {value}" if facts.threat >= value else None


def _category_at_least(value: Any, facts: Facts, budget: Budget) -> str | None:
    for name, threshold in value.items():
        got = facts.threat if name == "violent_threat" else facts.categories.get(name, 0.0)
        if got >= threshold:
            return f"{name} {got:.2f} ≥ {threshold}"
    return None


def _reported_category_in(value: Any, facts: Facts, budget: Budget) -> str | None:
    hit = sorted(facts.reported_categories & set(as_list(value)))
    return f"reported as {', '.join(hit)}" if hit else None


def _language_in(value: Any, facts: Facts, budget: Budget) -> str | None:
    return f"language {facts.language}" if facts.language in as_list(value) else None


def _signal(value: Any, facts: Facts, budget: Budget) -> str | None:
    hit = sorted(facts.signals & set(as_list(value)))
    return f"signal {', '.join(hit)}" if hit else None


def _reports_at_least(value: Any, facts: Facts, budget: Budget) -> str | None:
    return f"{facts.report_count} reports ≥ {value}" if facts.report_count >= value else None


def _distinct_reporters_at_least(value: Any, facts: Facts, budget: Budget) -> str | None:
    n = facts.distinct_reporters
    return f"{n} distinct reporters ≥ {value}" if n >= value else None


def _reports_in_last_minutes(value: Any, facts: Facts, budget: Budget) -> str | None:
    n = facts.reports_in_last(value["minutes"])
    return f"{n} reports in {value['minutes']} min ≥ {value['at_least']}" if n >= value["at_least"] else None


def _author_prior_actions_at_least(value: Any, facts: Facts, budget: Budget) -> str | None:
    n = facts.author_prior_actions
    return f"author has {n} prior actioned cases ≥ {value}" if n >= value else None


def _target_open_cases_24h_at_least(value: Any, facts: Facts, budget: Budget) -> str | None:
    n = facts.target_open_cases_24h
    return f"{n} open cases against the target in 24 h ≥ {value}" if n >= value else None


def _reporter_credibility_at_most(value: Any, facts: Facts, budget: Budget) -> str | None:
    c = facts.reporter_credibility
    return f"reporter credibility {c:.2f} ≤ {value}" if c is not None and c <= value else None


def _reporter_credibility_at_least(value: Any, facts: Facts, budget: Budget) -> str | None:
    c = facts.reporter_credibility
    return f"reporter credibility {c:.2f} ≥ {value}" if c is not None and c >= value else None


# -- the registry -----------------------------------------------------------------------------------

Field_ = Literal["phrases", "pattern", "probability", "count", "categories", "thresholds", "window"]


@dataclass(frozen=True)
class Condition:
    name: str
    value: type[BaseModel]
    check: Callable[[Any, Facts, Budget], str | None]
    description: str
    facts: tuple[str, ...]
    field: Field_  # the builder's input for the value
    shape: str  # the value as docs/rules.md writes it
    problem: str  # what an admin reads when the value as a whole is malformed
    unit: str = ""


@dataclass(frozen=True)
class Group:
    name: str
    description: str
    shape: str


GROUPS = {
    "all": Group("all", "every condition in the list holds", "list of conditions"),
    "any": Group("any", "some condition in the list holds", "list of conditions"),
    "not": Group("not", "the condition does not hold", "a condition"),
}

_PATTERN_DESCRIPTION = (
    "the pattern matches (case-insensitive). Time-limited: all patterns of the rule set share one budget "
    f"of {int(RULE_SET_BUDGET_SECONDS * 1000)} ms per case (`RULE_SET_BUDGET_SECONDS`), and one pattern gets "
    f"at most {int(PATTERN_TIMEOUT_SECONDS * 1000)} ms of it; a pattern that runs out of time does not match, "
    "and once the budget is spent the remaining patterns are skipped (the worker logs a warning). A rule set "
    f"may hold at most {MAX_PATTERNS} `text_matches` conditions, enabled or not (`MAX_PATTERNS`): saving or "
    "importing one more is refused — combine patterns with `|` or use `text_contains`"
)

_ALL = [
    Condition("text_contains", PhrasesValue, _text_contains,
              "a phrase occurs as whole words, case- and evasion-insensitive (`k1ll` matches `kill`)",
              ("text",), "phrases", "phrases", STRINGS),
    Condition("text_matches", PatternValue, _text_matches, _PATTERN_DESCRIPTION, ("text",), "pattern", "pattern",
              f"must be a pattern of 1 to {MAX_PATTERN_LENGTH} characters"),
    Condition("threat_at_least", ProbabilityValue, _threat_at_least,
              "the threat-of-violence probability is at least this", ("threat",), "probability", "0–1",
              PROBABILITY),
    Condition("category_at_least", ThresholdsValue, _category_at_least,
              "any listed category's probability is at least its threshold", ("threat", "categories"),
              "thresholds", "`{category: 0–1}`", "must map categories to thresholds, e.g. {hate: 0.8}"),
    Condition("reported_category_in", CategoriesValue, _reported_category_in,
              "some report on the case chose one of these categories", ("reported_categories",), "categories",
              "categories", STRINGS),
    Condition("language_in", LanguagesValue, _language_in,
              "the case's language (given by the platform or reporter, else detected) is one of these; `und` "
              "is a text too short or unclear to tell", ("language",), "phrases", "language codes", LANGUAGES),
    Condition("signal", PhrasesValue, _signal,
              "the scorer fired one of these signals (e.g. `threat.doxxing`)", ("signals",), "phrases",
              "signal names", STRINGS),
    Condition("reports_at_least", CountValue, _reports_at_least, "the case has at least n reports",
              ("report_count",), "count", "n", COUNT, "reports"),
    Condition("distinct_reporters_at_least", CountValue, _distinct_reporters_at_least,
              "at least n different people reported it", ("distinct_reporters",), "count", "n", COUNT, "reporters"),
    Condition("reports_in_last_minutes", WindowValue, _reports_in_last_minutes,
              "at least n reports arrived in the last m minutes", ("report_times",), "window",
              "`{minutes: m, at_least: n}`", "must be {minutes: N, at_least: N}"),
    Condition("author_prior_actions_at_least", CountValue, _author_prior_actions_at_least,
              "the author has at least n earlier cases that ended in action", ("author_prior_actions",), "count",
              "n", COUNT, "cases"),
    Condition("target_open_cases_24h_at_least", CountValue, _target_open_cases_24h_at_least,
              "at least n distinct authors have live cases aimed at the same person from the last 24 h",
              ("target_open_cases_24h",), "count", "n", COUNT, "authors"),
    Condition("reporter_credibility_at_most", ProbabilityValue, _reporter_credibility_at_most,
              "the reporters' credibility is at most this", ("reporter_credibility",), "probability", "0–1",
              PROBABILITY),
    Condition("reporter_credibility_at_least", ProbabilityValue, _reporter_credibility_at_least,
              "the reporters' credibility is at least this", ("reporter_credibility",), "probability", "0–1",
              PROBABILITY),
]  # fmt: skip
CONDITIONS: dict[str, Condition] = {c.name: c for c in _ALL}
CONDITION_KEYS = frozenset(GROUPS) | frozenset(CONDITIONS)


# -- validation -------------------------------------------------------------------------------------


class ConditionError(ValueError):
    """A condition that does not validate; `loc` is relative to the condition tree's root."""

    def __init__(self, loc: list[str | int], msg: str) -> None:
        self.loc = loc
        self.msg = msg
        super().__init__(msg)


def check_value(key: str, value: Any) -> Any:
    """The value of condition `key`, validated by its model; ConditionError in the words of the registry."""
    condition = CONDITIONS[key]
    try:
        parsed = condition.value.model_validate(value)
    except ValidationError as exc:
        first = exc.errors()[0]
        if first["type"] != "heed":
            raise ConditionError([key], condition.problem) from None
        loc = [p for p in first["loc"] if p != "[key]"]
        raise ConditionError([key, *loc], first["msg"]) from None
    return parsed


def validate_condition(cond: Any, loc: list[str | int] | None = None) -> None:
    loc = loc if loc is not None else []
    if not isinstance(cond, dict) or len(cond) != 1:
        raise ConditionError(loc, "a condition is a mapping with exactly one key")
    ((key, value),) = cond.items()
    here = [*loc, key]
    if key in ("all", "any"):
        if not isinstance(value, list) or not value:
            raise ConditionError(here, "must be a non-empty list of conditions")
        for i, sub in enumerate(value):
            validate_condition(sub, [*here, i])
    elif key == "not":
        validate_condition(value, here)
    elif key in CONDITIONS:
        try:
            check_value(key, value)
        except ConditionError as exc:
            raise ConditionError([*loc, *exc.loc], exc.msg) from None
    else:
        raise ConditionError(here, f"unknown condition; one of {', '.join(sorted(CONDITION_KEYS))}")


def walk(cond: Mapping[str, Any]) -> Iterable[tuple[str, Any]]:
    """Every (key, value) in a condition tree, groups included."""
    ((key, value),) = cond.items()
    yield key, value
    for sub in value if key in ("all", "any") else [value] if key == "not" else []:
        if isinstance(sub, dict) and len(sub) == 1:
            yield from walk(sub)


def facts_needed(conditions: Iterable[Mapping[str, Any]]) -> set[str]:
    """The `Facts` fields the given `when` trees look at."""
    return {f for cond in conditions for key, _ in walk(cond) if key in CONDITIONS for f in CONDITIONS[key].facts}


def routes_by_language(condition: Mapping[str, Any]) -> bool:
    """Whether a `when` tree looks at the language (a `language_in` condition anywhere in it)."""
    return any(key == "language_in" for key, _ in walk(condition))


def pattern_count(conditions: Iterable[Any]) -> int:
    """How many text_matches conditions the given `when` trees hold."""
    return sum(
        1 for cond in conditions if isinstance(cond, dict) and len(cond) == 1 for key, _ in walk(cond)
        if key == "text_matches"
    )  # fmt: skip


# -- docs/rules.md ----------------------------------------------------------------------------------


def condition_table() -> str:
    """The Markdown table of conditions in docs/rules.md, as the registry defines them."""

    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    rows = ["| key | value | holds when |", "|---|---|---|"]
    rows.append(f"| `all` / `any` | {GROUPS['all'].shape} | every / some condition holds |")
    rows.append(f"| `not` | {GROUPS['not'].shape} | {GROUPS['not'].description} |")
    rows += [f"| `{c.name}` | {c.shape} | {cell(c.description)} |" for c in _ALL]
    return "\n".join(rows) + "\n"
