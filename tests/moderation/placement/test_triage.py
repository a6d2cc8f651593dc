import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from moderation.bootstrap.demo import load_demo
from moderation.models import AuditEvent, Decision, Score, Triage
from moderation.placement.pipeline import score_reports, sweep_unscored
from moderation.review.services import case_decide
from moderation.vocabulary import Tier
from reports.models import ApiClient, Report
from tests.helpers import file_reports, report_body

pytestmark = pytest.mark.django_db

DEATH_THREAT = "I am going to kill you tomorrow, you will die"


def test_it_escalates_a_death_threat_to_the_top_of_the_threats_queue(platform_client: ApiClient) -> None:
    reports = file_reports(platform_client, report_body("you are a clown"), report_body(DEATH_THREAT, category="other"))
    assert score_reports([r.pk for r in reports]) == 2
    threat = Triage.objects.get(case_id=reports[1].case_id)
    assert threat.queue.slug == "threats"
    assert threat.tier == Tier.CRITICAL
    assert threat.state == Triage.State.OPEN
    assert threat.threat >= 0.5
    assert threat.matched_rules[0]["rule"] == "Threat of violence"
    assert any(s["name"].startswith("threat.") for s in threat.top_signals)
    report = Report.objects.get(pk=reports[1].pk)
    assert report.status == Report.Status.QUEUED
    assert report.scored_at is not None
    assert (report.case.queue, report.case.tier) == ("threats", "critical")


def test_an_insult_is_not_a_threat(platform_client: ApiClient) -> None:
    (r,) = file_reports(platform_client, report_body("you absolute idiot, nobody likes you", category="harassment"))
    score_reports([r.pk])
    triage = Triage.objects.get(case_id=r.case_id)
    assert triage.tier != Tier.CRITICAL
    assert triage.queue.slug == "harassment"


def test_a_report_with_nothing_found_goes_to_general(platform_client: ApiClient) -> None:
    (r,) = file_reports(platform_client, report_body("lovely weather in Leeds today", category="other"))
    score_reports([r.pk])
    assert Triage.objects.get(case_id=r.case_id).queue.slug == "general"


def test_scoring_twice_changes_nothing(platform_client: ApiClient) -> None:
    (r,) = file_reports(platform_client, report_body(DEATH_THREAT))
    assert score_reports([r.pk]) == 1
    before = Triage.objects.get(case_id=r.case_id)
    assert score_reports([r.pk]) == 0
    after = Triage.objects.get(case_id=r.case_id)
    assert Score.objects.count() == 1
    assert (after.priority, after.version, after.updated_at) == (before.priority, before.version, before.updated_at)


def test_a_task_drains_other_waiting_reports(platform_client: ApiClient) -> None:
    reports = file_reports(platform_client, *(report_body(f"spam offer {i}") for i in range(5)))
    assert score_reports([reports[0].pk]) == 5
    assert not Report.objects.filter(scored_at__isnull=True).exists()


def test_reports_about_one_post_share_a_case_with_counts(platform_client: ApiClient) -> None:
    bodies = [report_body(DEATH_THREAT, content_id="p-1", reporter_id=f"rep-{i % 3}") for i in range(6)]
    reports = file_reports(platform_client, *bodies)
    score_reports([r.pk for r in reports])
    triage = Triage.objects.get(case_id=reports[0].case_id)
    assert (triage.report_count, triage.reporter_count, triage.reports_last_hour) == (6, 3, 6)
    (score,) = Score.objects.filter(case_id=triage.case_id)
    assert sorted(score.report_ids) == sorted(r.pk for r in reports)


def test_rescoring_appends_to_the_history(platform_client: ApiClient) -> None:
    (first,) = file_reports(platform_client, report_body(DEATH_THREAT, content_id="p-1"))
    score_reports([first.pk])
    (second,) = file_reports(platform_client, report_body(DEATH_THREAT, content_id="p-1"))
    score_reports([second.pk])
    assert Score.objects.filter(case_id=first.case_id).count() == 2
    assert Triage.objects.get(case_id=first.case_id).report_count == 2


def test_placement_is_audited(platform_client: ApiClient) -> None:
    (r,) = file_reports(platform_client, report_body(DEATH_THREAT))
    score_reports([r.pk])
    event = AuditEvent.objects.get(case_id=r.case_id, action="placed")
    assert event.data["queue"] == "threats"
    assert event.data["tier"] == "critical"


def test_the_sweep_finds_reports_left_unscored(platform_client: ApiClient) -> None:
    reports = file_reports(platform_client, report_body("a"), report_body("b"))
    Report.objects.filter(pk=reports[0].pk).update(received_at=timezone.now() - timedelta(minutes=5))
    assert sweep_unscored(older_than_seconds=60) == [[reports[0].pk]]


def test_the_demo_data_loads_once(platform_client: ApiClient) -> None:
    assert load_demo(platform_client) == 320
    assert load_demo(platform_client) == 0
    threats = Triage.objects.filter(queue__slug__in=["threats", "senior"])
    assert threats.count() == 12
    assert Triage.objects.filter(tier=Tier.CRITICAL).count() >= 10
    assert Decision.objects.count() == threats.count() + 20
    assert not threats.filter(queue__slug="threats", state="open").exists()  # the demo team cleared it
    assert Triage.objects.filter(queue__slug="senior", state="open").count() == 1
    assert Triage.objects.filter(case__target_id="u-maya").count() >= 50


def test_reports_filed_as_threats_are_drained_before_older_ones(platform_client: ApiClient) -> None:
    from moderation.placement.pipeline import DRAIN_LIMIT

    backlog = file_reports(
        platform_client, *(report_body(f"old spam {i}", category="spam") for i in range(DRAIN_LIMIT + 50))
    )
    (threat,) = file_reports(platform_client, report_body(DEATH_THREAT, category="violent_threat"))
    score_reports([backlog[0].pk])
    assert Report.objects.get(pk=threat.pk).scored_at is not None
    assert Report.objects.filter(scored_at__isnull=True).exists()  # older spam waits its turn


def test_a_reopened_case_starts_its_sla_clock_at_the_reopening(
    platform_client: ApiClient, moderator: User, as_moderator: Client
) -> None:
    (first,) = file_reports(platform_client, report_body(DEATH_THREAT, content_id="post-reopened"))
    score_reports([first.pk])
    triage = Triage.objects.get(case_id=first.case_id)
    case_decide(
        case_id=triage.case_id, by=moderator, action="no_violation", reason_code="satire-or-idiom",
        version=triage.version,
    )  # fmt: skip
    # Its first stint: opened 34 minutes ago, decided in time, its 15-minute deadline 19 minutes ago.
    now = timezone.now()
    Triage.objects.filter(pk=triage.pk).update(
        opened_at=now - timedelta(minutes=34),
        sla_due_at=now - timedelta(minutes=19),
        resolved_at=now - timedelta(minutes=30),
    )

    (again,) = file_reports(platform_client, report_body(DEATH_THREAT, content_id="post-reopened"))
    score_reports([again.pk])

    reopened = Triage.objects.get(pk=triage.pk)
    assert (reopened.state, reopened.tier) == ("open", Tier.CRITICAL)
    assert reopened.opened_at >= now
    assert reopened.sla_due_at == reopened.opened_at + timedelta(minutes=15)
    row = re.search(rf'<tr data-case-id="{triage.case_id}".*?</tr>', as_moderator.get("/queues/threats/").text, re.S)
    assert row is not None
    assert "breached" not in row.group(0)
    assert "0\xa0minutes" in row.group(0)
