"""The condition registry is the one definition: the docs table, the validator and the engine read it."""

from pathlib import Path

import pytest

from moderation.rules import Facts, RuleError, evaluate, validate_rule
from moderation.rules.builder import blank
from moderation.rules.conditions import CONDITIONS, condition_table

DOCS = Path(__file__).resolve().parents[3] / "docs" / "rules.md"


def test_the_condition_table_in_the_docs_is_generated_from_the_registry() -> None:
    assert condition_table() in DOCS.read_text(), "regenerate docs/rules.md's table with condition_table()"


def test_every_condition_in_the_table_is_in_the_registry() -> None:
    table = condition_table()
    for name in CONDITIONS:
        assert f"| `{name}` |" in table


@pytest.mark.parametrize("name", sorted(CONDITIONS))
def test_every_condition_refuses_a_wrong_value_at_its_own_key(name: str) -> None:
    with pytest.raises(RuleError) as caught:
        validate_rule({"name": "r", "when": {name: {"no": "such value"}}, "then": {"tier": "high"}})
    assert caught.value.loc[:2] == ["when", name]
    assert caught.value.msg == CONDITIONS[name].problem or "unknown category" in caught.value.msg


@pytest.mark.parametrize("name", sorted(CONDITIONS))
def test_every_condition_evaluates_over_facts(name: str) -> None:
    # Language codes are phrases to the builder, but only codes to the validator.
    value = (
        ["en"]
        if name == "language_in"
        else {
            "phrases": ["hello"],
            "pattern": "hel+o",
            "probability": 0.5,
            "count": 1,
            "categories": ["harassment"],
            "thresholds": {"harassment": 0.5},
            "window": {"minutes": 10, "at_least": 1},
        }[CONDITIONS[name].field]
    )
    rule = {"name": "r", "when": {name: value}, "then": {"tier": "high"}}
    validate_rule(rule)
    facts = Facts(text="hello", threat=0.6, categories={"harassment": 0.9}, signals=frozenset({"hello"}),
                  reported_categories=frozenset({"harassment"}), author_prior_actions=1, target_open_cases_24h=1,
                  reporter_credibility=0.5, language="en")  # fmt: skip
    assert evaluate([rule], facts).matched
    assert not evaluate(
        [rule], Facts(text="bye", reporter_credibility=0.5, report_count=0, distinct_reporters=0)
    ).matched or name.startswith("reporter_credibility")


def test_the_registry_s_messages_are_the_user_facing_ones() -> None:
    cases = [
        ({"threat_at_least": True}, ["when", "threat_at_least"], "must be a number between 0 and 1"),
        ({"reports_at_least": 1.5}, ["when", "reports_at_least"], "must be a whole number, 0 or more"),
        ({"category_at_least": {"hate": 2}}, ["when", "category_at_least", "hate"], "must be a number between 0 and 1"),
        ({"reports_in_last_minutes": {"minutes": 5}}, ["when", "reports_in_last_minutes"],
         "must be {minutes: N, at_least: N}"),
        ({"reports_in_last_minutes": {"minutes": -1, "at_least": 2}}, ["when", "reports_in_last_minutes", "minutes"],
         "must be a whole number, 0 or more"),
        ({"signal": ["  "]}, ["when", "signal"], "must be a non-empty list of non-empty strings"),
        ({"text_matches": "(x"}, ["when", "text_matches"], "invalid pattern: missing ) at position 2"),
        ({"language_in": ["pt-BR"]}, ["when", "language_in", 0],
         'must be a non-empty list of language codes, e.g. [es, pt] ("und": undetermined)'),
    ]  # fmt: skip
    for when, loc, msg in cases:
        with pytest.raises(RuleError) as caught:
            validate_rule({"name": "r", "when": when, "then": {"tier": "high"}})
        assert (caught.value.loc, caught.value.msg) == (loc, msg)


def test_a_condition_the_builder_adds_names_what_is_missing() -> None:
    with pytest.raises(RuleError, match="must be a non-empty list of non-empty strings"):
        validate_rule({"name": "r", "when": blank("text_contains"), "then": {"tier": "high"}})
