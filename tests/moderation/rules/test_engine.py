from datetime import UTC, datetime, timedelta

import pytest

from moderation.bootstrap.defaults import QUEUES, RULES
from moderation.rules import Facts, RuleError, evaluate, validate_rule

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def rule(when: dict, then: dict | None = None, name: str = "r") -> dict:
    return {"name": name, "when": when, "then": then or {"queue": "harassment"}}


def test_the_default_rules_validate() -> None:
    slugs = [q["slug"] for q in QUEUES]
    for r in RULES:
        validate_rule(r, slugs)


def test_a_threat_goes_to_the_threats_queue_at_critical_tier() -> None:
    placement = evaluate(RULES, Facts(text="...", threat=0.93))
    assert placement.queue == "threats"
    assert placement.tier == 3
    assert "on-call" in placement.notify
    assert placement.matched[0]["rule"] == "Threat of violence"


def test_an_unremarkable_report_matches_no_score_rule() -> None:
    placement = evaluate(RULES, Facts(text="nice weather", threat=0.01, reported_categories=frozenset({"other"})))
    assert placement.queue is None
    assert placement.tier is None


def test_the_first_queue_wins_the_highest_tier_wins_and_points_add_up() -> None:
    rules = [
        rule({"threat_at_least": 0.5}, {"queue": "threats", "tier": "high", "priority_points": 5}, "a"),
        rule(
            {"reports_at_least": 3}, {"queue": "spam", "tier": "critical", "priority_points": 7, "sla_minutes": 9}, "b"
        ),
        rule({"reports_at_least": 1}, {"tier": "low", "sla_minutes": 30}, "c"),
    ]
    placement = evaluate(rules, Facts(text="x", threat=0.7, report_count=4))
    assert placement.queue == "threats"
    assert placement.tier == 3
    assert placement.priority_points == 12
    assert placement.sla_minutes == 9
    assert [m["rule"] for m in placement.matched] == ["a", "b", "c"]


def test_disabled_rules_are_skipped() -> None:
    r = {**rule({"threat_at_least": 0.1}), "enabled": False}
    assert evaluate([r], Facts(text="x", threat=0.9)).matched == []


@pytest.mark.parametrize(
    ("when", "facts", "matches"),
    [
        ({"text_contains": ["purple giraffe"]}, Facts(text="The PURPLE  giraffe strikes"), True),
        ({"text_contains": ["purple giraffe"]}, Facts(text="a purple giraffes parade"), False),
        ({"text_contains": ["kill"]}, Facts(text="I will k1ll you"), True),
        ({"text_matches": r"\b\d{5}\b"}, Facts(text="zip 90210"), True),
        ({"category_at_least": {"hate": 0.8}}, Facts(text="x", categories={"hate": 0.85}), True),
        ({"category_at_least": {"hate": 0.8}}, Facts(text="x", categories={"hate": 0.5}), False),
        ({"reported_category_in": ["spam", "hate"]}, Facts(text="x", reported_categories=frozenset({"hate"})), True),
        ({"signal": "threat.doxxing"}, Facts(text="x", signals=frozenset({"threat.doxxing"})), True),
        ({"distinct_reporters_at_least": 3}, Facts(text="x", distinct_reporters=2), False),
        ({"author_prior_actions_at_least": 2}, Facts(text="x", author_prior_actions=2), True),
        ({"target_open_cases_24h_at_least": 5}, Facts(text="x", target_open_cases_24h=6), True),
        ({"reporter_credibility_at_most": 0.2}, Facts(text="x", reporter_credibility=0.1), True),
        ({"reporter_credibility_at_least": 0.2}, Facts(text="x"), False),
        (
            {"reports_in_last_minutes": {"minutes": 10, "at_least": 2}},
            Facts(text="x", now=NOW, report_times=(NOW - timedelta(minutes=1), NOW - timedelta(minutes=30))),
            False,
        ),
        (
            {"reports_in_last_minutes": {"minutes": 10, "at_least": 2}},
            Facts(text="x", now=NOW, report_times=(NOW - timedelta(minutes=1), NOW - timedelta(minutes=9))),
            True,
        ),
        (
            {"all": [{"threat_at_least": 0.5}, {"not": {"reported_category_in": ["spam"]}}]},
            Facts(text="x", threat=0.6),
            True,
        ),
        ({"any": [{"threat_at_least": 0.5}, {"reports_at_least": 10}]}, Facts(text="x", threat=0.1), False),
    ],
)
def test_each_condition(when: dict, facts: Facts, matches: bool) -> None:
    validate_rule(rule(when))
    assert bool(evaluate([rule(when)], facts).matched) is matches


def test_a_catastrophic_pattern_times_out_instead_of_stalling() -> None:
    r = rule({"text_matches": r"(a+)+$"})
    assert evaluate([r], Facts(text="a" * 40 + "!")).matched == []


@pytest.mark.parametrize(
    ("bad", "loc"),
    [
        (rule({"threat_at_least": 2}), ["when", "threat_at_least"]),
        (rule({"all": []}), ["when", "all"]),
        (rule({"any": [{"bogus": 1}]}), ["when", "any", 0, "bogus"]),
        (rule({"text_matches": "(unclosed"}), ["when", "text_matches"]),
        (rule({"category_at_least": {"rudeness": 0.5}}), ["when", "category_at_least", "rudeness"]),
        (rule({"threat_at_least": 0.5}, {"tier": "urgent"}), ["then", "tier"]),
        (rule({"threat_at_least": 0.5}, {"queue": "nowhere"}), ["then", "queue"]),
        ({"when": {"threat_at_least": 0.5}, "then": {"tier": "high"}}, ["name"]),
    ],
)
def test_invalid_rules_are_refused_with_their_location(bad: dict, loc: list) -> None:
    with pytest.raises(RuleError) as err:
        validate_rule(bad, ["threats", "harassment"])
    assert err.value.loc == loc
