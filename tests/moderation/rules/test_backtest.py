"""Backtesting a draft rule: the pure replay, loading past cases, and a run end to end."""

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from moderation.bootstrap.defaults import RULES
from moderation.models import BacktestRun, Triage
from moderation.placement.pipeline import score_reports
from moderation.review.services import case_decide
from moderation.rules import Facts, backtest
from moderation.rules.backtest import CaseFacts, replay
from moderation.rules.conditions import facts_needed
from reports.models import ApiClient, Case
from tests.conftest import Worker, wait_for
from tests.helpers import file_reports, report_body

THREAT_RULE = next(r for r in RULES if r["name"] == "Threat of violence")
GIRAFFE = {"name": "Giraffe", "when": {"text_contains": ["giraffe"]}, "then": {"queue": "spam"}}
REPORTED_HARASSMENT = {"name": "Reported as harassment", "when": {"reported_category_in": ["harassment"]},
                       "then": {"queue": "harassment"}}  # fmt: skip


def case(case_id: int, text: str = "x", threat: float = 0.0, outcome: str = "", reported: str = "other",
         reasons: tuple[str, ...] = (), queue: str = "general") -> CaseFacts:  # fmt: skip
    facts = Facts(text=text, threat=threat, reported_categories=frozenset({reported}))
    return CaseFacts(case_id, facts, queue, outcome, frozenset(reasons))


# -- the pure replay ---------------------------------------------------------------------------------


def test_replay_counts_matches_precision_and_missed_threats() -> None:
    cases = [
        case(1, threat=0.9, outcome="remove_content"),
        case(2, threat=0.7, outcome="suspend_author"),
        case(3, threat=0.6, outcome="no_violation"),
        case(4, threat=0.8),  # undecided
        case(5, threat=0.1, outcome="remove_content", reported="violent_threat"),  # a threat it misses
        case(6, threat=0.2, outcome="refer_law_enforcement", reasons=("credible-threat",)),  # and another
        case(7, threat=0.1, outcome="remove_content", reasons=("spam",)),  # actioned, not a threat
        case(8, threat=0.0, outcome="no_violation", reported="violent_threat"),  # a threat, not actioned
    ]
    result = replay(THREAT_RULE, cases).as_dict()
    assert result["replayed"] == 8
    assert result["matched"] == 4
    assert (result["decided"], result["actioned"], result["precision"]) == (3, 2, round(2 / 3, 4))
    assert result["by_outcome"] == {"remove_content": 1, "suspend_author": 1, "no_violation": 1, "undecided": 1}
    assert (result["threats"], result["missed_threats"]) == (4, 2)
    assert [m["case_id"] for m in result["missed"]] == [5, 6]
    assert [e["case_id"] for e in result["examples"]] == [1, 2, 3, 4]
    assert result["examples"][0]["why"] == "threat 0.90 ≥ 0.5"


def test_precision_is_unknown_when_no_matched_case_was_decided() -> None:
    result = replay(THREAT_RULE, [case(1, threat=0.9), case(2)]).as_dict()
    assert (result["matched"], result["decided"], result["precision"]) == (1, 0, None)


def test_a_new_rule_moves_cases_only_where_it_wins_the_queue() -> None:
    current = [THREAT_RULE, REPORTED_HARASSMENT]
    cases = [
        case(1, "a giraffe", reported="harassment"),  # an earlier rule already names a queue
        case(2, "a giraffe"),  # nothing else named one: general → spam
        case(3, "a giraffe", threat=0.9),
        case(4, "nothing"),
    ]
    result = replay(GIRAFFE, cases, current=current).as_dict()
    assert result["matched"] == 3
    assert result["queues"] == [
        {"queue": "general", "before": 2, "in": 0, "out": 1, "after": 1},
        {"queue": "spam", "before": 0, "in": 1, "out": 0, "after": 1},
        {"queue": "harassment", "before": 1, "in": 0, "out": 0, "after": 1},
        {"queue": "threats", "before": 1, "in": 0, "out": 0, "after": 1},
    ]


def test_a_draft_of_a_live_rule_is_compared_with_the_live_version() -> None:
    stricter = {**THREAT_RULE, "when": {"threat_at_least": 0.8}}
    cases = [case(1, threat=0.9), case(2, threat=0.6), case(3, threat=0.1)]
    result = replay(stricter, cases, current=[THREAT_RULE]).as_dict()
    assert result["matched"] == 1
    moves = {q["queue"]: (q["in"], q["out"]) for q in result["queues"]}
    assert moves == {"threats": (0, 1), "general": (1, 0)}


def test_a_disabled_draft_is_replayed_as_if_enabled() -> None:
    result = replay({**GIRAFFE, "enabled": False}, [case(1, "giraffe")]).as_dict()
    assert result["matched"] == 1


def test_only_the_facts_some_rule_asks_for_are_named_as_needed() -> None:
    draft = {"name": "d", "when": {"any": [{"not": {"author_prior_actions_at_least": 1}}, {"signal": ["x"]}]},
             "then": {"tier": "high"}}  # fmt: skip
    pile_on = {"name": "p", "when": {"reports_in_last_minutes": {"minutes": 10, "at_least": 20}},
               "then": {"tier": "high"}}  # fmt: skip
    routing = backtest.routing_rules(draft, [THREAT_RULE, pile_on])
    assert routing == [THREAT_RULE]  # a rule that names no queue cannot move a case
    assert facts_needed(r["when"] for r in [draft, *routing]) == {"author_prior_actions", "signals", "threat"}


# -- past cases from the database ------------------------------------------------------------------

THREATS = {
    "kill": "I am going to kill you tomorrow, you will die",
    "stab": "I will stab you when you walk home tonight",
    "dead": "I'm going to kill you, you're dead",
    "shoot": "I'll shoot you",
}
OTHERS = {
    "weather": ("lovely weather in Leeds today", "violent_threat"),
    "idiot": ("you absolute idiot, nobody likes you", "harassment"),
    "watches": ("buy cheap watches at my shop", "spam"),
}


def decide(case_id: int, by: User, action: str, reason: str, **extra: Any) -> None:
    version = Triage.objects.get(case_id=case_id).version
    case_decide(case_id=case_id, by=by, action=action, reason_code=reason, version=version, **extra)


@pytest.fixture
def history(platform: tuple[ApiClient, str], moderator: User) -> dict[str, int]:
    """Seven recent cases, four of them threats, decided by hand; and one old actioned threat."""
    client = platform[0]
    bodies = [report_body(t, category="violent_threat") for t in THREATS.values()]
    bodies += [report_body(t, category=c) for t, c in OTHERS.values()]
    bodies.append(report_body("I will kill you and your family", category="violent_threat"))
    reports = file_reports(client, *bodies)
    score_reports([r.pk for r in reports])
    ids = dict(zip([*THREATS, *OTHERS, "old"], [r.case_id for r in reports], strict=True))
    for name in THREATS:  # the hand count below relies on the scorer seeing these as threats
        assert Triage.objects.get(case_id=ids[name]).threat >= 0.5, name
    for name in OTHERS:
        assert Triage.objects.get(case_id=ids[name]).threat < 0.5, name

    decide(ids["kill"], moderator, "remove_content", "violent-threat")
    decide(ids["stab"], moderator, "suspend_author", "repeat-violent-threats", suspend_days=30)
    decide(ids["dead"], moderator, "no_violation", "satire-or-idiom")
    # "shoot" stays undecided.
    decide(ids["weather"], moderator, "remove_content", "violent-threat")  # an actioned threat the rule misses
    decide(ids["idiot"], moderator, "remove_content", "harassment")  # actioned, not a threat
    decide(ids["watches"], moderator, "no_violation", "not-abusive")
    decide(ids["old"], moderator, "remove_content", "violent-threat")
    Case.objects.filter(pk=ids["old"]).update(first_reported_at=timezone.now() - timedelta(days=40))
    return ids


@pytest.mark.django_db
def test_a_backtest_of_the_default_threat_rule_matches_the_hand_count(
    history: dict[str, int], admin_user: User
) -> None:
    run = BacktestRun.objects.create(rule=THREAT_RULE, days=30, created_by=admin_user)
    backtest.run_backtest(run.pk)
    run.refresh_from_db()
    assert run.state == BacktestRun.State.DONE, run.error
    results = run.results

    assert results["replayed"] == 7  # the 40-day-old case is outside the window
    assert results["matched"] == 4  # kill, stab, dead, shoot
    assert results["by_outcome"] == {"remove_content": 1, "suspend_author": 1, "no_violation": 1, "undecided": 1}
    assert (results["decided"], results["actioned"]) == (3, 2)
    assert results["precision"] == round(2 / 3, 4)
    assert (results["threats"], results["missed_threats"]) == (3, 1)  # kill, stab caught; weather missed
    assert [m["case_id"] for m in results["missed"]] == [history["weather"]]
    assert {e["case_id"] for e in results["examples"]} == {history[n] for n in THREATS}
    assert all(q["in"] == q["out"] == 0 for q in results["queues"])  # the live rule, unchanged
    assert run.finished_at is not None


@pytest.mark.django_db
def test_loading_cases_takes_a_fixed_number_of_queries(
    history: dict[str, int], django_assert_max_num_queries: Callable[..., Any]
) -> None:
    with django_assert_max_num_queries(6):
        cases = {c.case_id: c for c in backtest.load_cases(30)}
    kill = cases[history["kill"]]
    assert (kill.queue, kill.outcome, kill.reason_codes) == ("threats", "remove_content", {"violent-threat"})
    assert kill.facts.reported_categories == {"violent_threat"}
    assert any(s.startswith("threat.") for s in kill.facts.signals)
    assert (kill.facts.report_count, kill.facts.distinct_reporters) == (1, 1)


@pytest.mark.django_db
def test_loaded_cases_know_the_authors_earlier_actions_and_the_campaign_against_a_target(
    platform: tuple[ApiClient, str], moderator: User
) -> None:
    client = platform[0]
    (first,) = file_reports(client, report_body("you idiot", author_id="troll", target_id="victim"))
    score_reports([first.pk])
    decide(first.case_id, moderator, "remove_content", "harassment")
    later = file_reports(
        client,
        report_body("you idiot again", author_id="troll", target_id="victim"),
        report_body("agree, idiot", author_id="friend", target_id="victim"),
    )
    score_reports([r.pk for r in later])
    cases = {c.case_id: c.facts for c in backtest.load_cases(30)}
    assert cases[first.case_id].author_prior_actions == 0
    assert cases[later[0].case_id].author_prior_actions == 1
    assert cases[later[1].case_id].target_open_cases_24h == 2


@pytest.mark.django_db
def test_a_backtest_of_a_rule_that_no_longer_validates_fails_with_the_reason(admin_user: User) -> None:
    run = BacktestRun.objects.create(rule={"name": "x", "when": {}, "then": {}}, days=30, created_by=admin_user)
    backtest.run_backtest(run.pk)
    run.refresh_from_db()
    assert run.state == BacktestRun.State.FAILED
    assert run.error


@pytest.mark.django_db
def test_a_finished_run_is_not_run_again(admin_user: User) -> None:
    run = BacktestRun.objects.create(
        rule=THREAT_RULE, days=30, created_by=admin_user, state=BacktestRun.State.DONE, results={"x": 1}
    )
    backtest.run_backtest(run.pk)
    run.refresh_from_db()
    assert run.results == {"x": 1}


@pytest.mark.worker
def test_a_started_backtest_runs_on_a_worker(
    start_worker: Callable[[], Worker], history: dict[str, int], admin_user: User
) -> None:
    start_worker()
    run = backtest.start_backtest(rule=THREAT_RULE, days=30, by=admin_user)
    done = wait_for(lambda: BacktestRun.objects.filter(pk=run.pk, state=BacktestRun.State.DONE).first(), timeout=60)
    assert done.results["matched"] == 4
