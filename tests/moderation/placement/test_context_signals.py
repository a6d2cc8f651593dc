"""Volume, reporter credibility, author history, campaigns and waiting time, as they move priority."""

from datetime import timedelta

import pytest
from django.utils import timezone

from moderation.models import TeamSettings, Triage
from moderation.placement.pipeline import rerank_waiting, score_reports
from moderation.vocabulary import Tier
from reports.models import ApiClient, Report
from tests.helpers import file_reports, report_body

pytestmark = pytest.mark.django_db

INSULT = "you absolute clown, nobody wants you here"
THREAT = "I am going to kill you tonight"


def triage_of(report: Report) -> Triage:
    return Triage.objects.get(case_id=report.case_id)


def credibility(report: Report) -> float:
    value = triage_of(report).reporter_credibility
    assert value is not None
    return value


def reasons(triage: Triage) -> dict[str, float]:
    return {r["label"]: r["points"] for r in triage.reasons}


def file_and_score(platform_client: ApiClient, *bodies: dict) -> list[Report]:
    reports = file_reports(platform_client, *bodies)
    score_reports([r.pk for r in reports])
    return reports


def resolve(report: Report, outcome: str, days_ago: float = 1) -> None:
    when = timezone.now() - timedelta(days=days_ago)
    Report.objects.filter(case_id=report.case_id).update(status="resolved", outcome=outcome, outcome_at=when)
    Triage.objects.filter(case_id=report.case_id).update(state="resolved", outcome=outcome, resolved_at=when)


def test_more_reports_and_reporters_raise_priority(platform_client: ApiClient) -> None:
    (one,) = file_and_score(platform_client, report_body(INSULT))
    many = file_and_score(
        platform_client, *(report_body(INSULT + "!", content_id="pile", reporter_id=f"r{i}") for i in range(12))
    )
    assert triage_of(many[0]).priority > triage_of(one).priority
    assert reasons(triage_of(many[0]))["Reports in the last hour"] > reasons(triage_of(one))["Reports in the last hour"]


def test_a_reporter_whose_reports_were_upheld_is_believed_more(platform_client: ApiClient) -> None:
    for i in range(4):
        (past,) = file_and_score(
            platform_client, report_body(f"old insult {i}", reporter_id="good", category="harassment")
        )
        resolve(past, "remove_content")
        (past,) = file_and_score(
            platform_client, report_body(f"old post {i}", reporter_id="bad", category="harassment")
        )
        resolve(past, "no_violation")
    (good,) = file_and_score(platform_client, report_body(INSULT, reporter_id="good", category="harassment"))
    (bad,) = file_and_score(platform_client, report_body(INSULT, reporter_id="bad", category="harassment"))
    assert credibility(good) > 0.75 > 0.25 > credibility(bad)
    assert triage_of(good).priority > triage_of(bad).priority
    assert reasons(triage_of(bad))["Reporter credibility"] < 0


def test_old_verdicts_count_less_than_recent_ones(platform_client: ApiClient) -> None:
    (past,) = file_and_score(platform_client, report_body("x", reporter_id="r", category="spam"))
    resolve(past, "no_violation", days_ago=300)
    (recent,) = file_and_score(platform_client, report_body("y", reporter_id="r", category="spam"))
    resolve(recent, "remove_content", days_ago=1)
    (now,) = file_and_score(platform_client, report_body("z", reporter_id="r", category="spam"))
    assert credibility(now) > 0.55


def test_a_bad_faith_reporter_never_pushes_a_threat_below_critical(platform_client: ApiClient) -> None:
    for i in range(6):
        (past,) = file_and_score(
            platform_client, report_body(f"post {i}", reporter_id="troll", category="violent_threat")
        )
        resolve(past, "no_violation")
    (threat,) = file_and_score(platform_client, report_body(THREAT, reporter_id="troll", category="violent_threat"))
    assert triage_of(threat).tier == Tier.CRITICAL
    assert credibility(threat) < 0.2


def test_an_author_with_prior_violations_ranks_higher(platform_client: ApiClient) -> None:
    for i in range(3):
        (past,) = file_and_score(platform_client, report_body(f"old {i}", author_id="repeat"))
        resolve(past, "remove_content")
    (repeat,) = file_and_score(platform_client, report_body(INSULT, author_id="repeat"))
    (fresh,) = file_and_score(platform_client, report_body(INSULT + ".", author_id="fresh"))
    assert reasons(triage_of(repeat))["Author's prior violations"] == 12
    assert triage_of(repeat).priority > triage_of(fresh).priority


def test_a_campaign_against_one_person_raises_every_case_in_it(platform_client: ApiClient) -> None:
    bodies = [report_body(f"{INSULT} #{i}", author_id=f"a{i}", target_id="maya") for i in range(6)]
    reports = file_and_score(platform_client, *bodies)
    (alone,) = file_and_score(platform_client, report_body(INSULT, author_id="x", target_id="someone-else"))
    for r in reports:
        t = triage_of(r)
        assert reasons(t)["Campaign against the target"] == 12
        assert t.tier == Tier.HIGH  # the default "Campaign against one person" rule
        assert any(m["rule"] == "Campaign against one person" for m in t.matched_rules)
    assert triage_of(alone).priority < triage_of(reports[0]).priority


def test_waiting_cases_rise_as_time_passes(platform_client: ApiClient) -> None:
    old, new = file_and_score(platform_client, report_body(INSULT), report_body(INSULT + "?"))
    Triage.objects.filter(case_id=old.case_id).update(opened_at=timezone.now() - timedelta(hours=5))
    assert rerank_waiting() == 2
    assert triage_of(old).priority - triage_of(old).priority_base == pytest.approx(10, abs=0.1)
    assert triage_of(old).priority > triage_of(new).priority


def test_an_admin_can_change_the_weights(platform_client: ApiClient) -> None:
    TeamSettings.objects.update_or_create(pk=1, defaults={"priority_weights": {"reports": 0, "reporters": 0}})
    (r,) = file_and_score(platform_client, report_body(INSULT))
    assert "Reports" not in reasons(triage_of(r))
