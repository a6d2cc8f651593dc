"""Retention: past the admin's period a resolved case loses its words and personal fields, never its numbers;
a referred, appealed, recent or open case is left alone; the admin sets the period, nobody else may."""

from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from moderation import tasks
from moderation.appeals import services as appeals
from moderation.models import AuditEvent, Decision, Score, TeamSettings, Triage
from moderation.placement.pipeline import score_reports
from moderation.review.services import case_decide
from moderation.team.retention import redact_expired
from reports.models import ApiClient, Case, ContentVersion, Report
from tests.conftest import wait_for
from tests.helpers import file_reports, report_body

MARKER = "[redacted after 30 days]"


def keep_for(days: int | None) -> None:
    TeamSettings.load()
    TeamSettings.objects.filter(pk=1).update(retention_days=days)


def reported_case(client: ApiClient, content_id: str) -> int:
    """A case with two versions (the post edited between reports), comments, handles and a contact."""
    first = report_body(
        "you are a worthless idiot, alice",
        content_id=content_id,
        comment="He keeps posting my address",
        reporter={"id": "r-1", "handle": "@alice"},
        target={"id": "t-1", "handle": "@alice"},
    )
    first["content"]["author"]["handle"] = "@mallory"
    first["content"]["url"] = "https://example.com/p/mallory/1"
    second = report_body("you are a worthless idiot, alice!!", content_id=content_id)
    reports = file_reports(client, first) + file_reports(client, second)
    Report.objects.filter(pk=reports[0].pk).update(reporter_contact="alice@example.com")
    score_reports([r.pk for r in reports])
    return reports[0].case_id


def resolve(case_id: int, by: User, action: str = "remove_content", reason: str = "harassment") -> None:
    triage = Triage.objects.get(case_id=case_id)
    case_decide(case_id=case_id, by=by, action=action, reason_code=reason, version=triage.version)


def age(case_id: int, days: int) -> None:
    Triage.objects.filter(case_id=case_id).update(resolved_at=timezone.now() - timedelta(days=days))


def words(case_id: int) -> dict[str, Any]:
    case = Case.objects.get(pk=case_id)
    return {
        "case": (case.text, case.url, case.author_handle, case.target_handle),
        "versions": sorted((v.text, v.url) for v in ContentVersion.objects.filter(case_id=case_id)),
        "reports": sorted(
            Report.objects.filter(case_id=case_id).values_list(
                "comment", "reporter_handle", "reporter_contact", "target_handle", "raw"
            ),
            key=repr,
        ),
    }


def numbers(case_id: int) -> dict[str, Any]:
    triage = Triage.objects.get(case_id=case_id)
    return {
        "triage": (triage.state, triage.tier, triage.report_count, triage.reporter_count, triage.threat),
        "categories": triage.categories,
        "outcome": (triage.outcome, triage.reason_code),
        "decisions": list(Decision.objects.filter(case_id=case_id).values_list("action", "reason_code")),
        "scores": list(Score.objects.filter(case_id=case_id).values_list("threat", "severity", "categories")),
        "reports": sorted(
            Report.objects.filter(case_id=case_id).values_list("category", "status", "outcome", "reporter_id")
        ),
        "versions": ContentVersion.objects.filter(case_id=case_id).count(),
    }


def test_it_redacts_the_words_of_an_old_resolved_case_and_keeps_its_numbers(
    platform: tuple[ApiClient, str], moderator: User
) -> None:
    keep_for(30)
    case_id = reported_case(platform[0], "old")
    resolve(case_id, moderator)
    age(case_id, 31)
    before = numbers(case_id)

    assert redact_expired() == 1

    assert words(case_id) == {
        "case": (MARKER, "", "", ""),
        "versions": [(MARKER, ""), (MARKER, "")],
        "reports": sorted([(MARKER, "", "", "", {}), ("", "", "", "", {})], key=repr),
    }
    assert numbers(case_id) == before
    assert Triage.objects.get(case_id=case_id).redacted_at is not None


def test_it_leaves_referred_appealed_recent_and_open_cases_alone(
    platform: tuple[ApiClient, str], moderator: User, senior: User
) -> None:
    keep_for(30)
    client = platform[0]
    referred = reported_case(client, "referred")
    resolve(referred, senior, "refer_law_enforcement", "credible-threat")
    appealed = reported_case(client, "appealed")
    resolve(appealed, moderator)
    appeal, _ = appeals.appeal_file(client=client, external_id="ap-1", case_id=appealed, statement="A joke.")
    appeals.appeal_decide(appeal_id=appeal.pk, by=senior, outcome="upheld", note="Stands.")
    recent = reported_case(client, "recent")
    resolve(recent, moderator)
    unresolved = reported_case(client, "open")
    for case_id in (referred, appealed):
        age(case_id, 400)
    age(recent, 29)
    Triage.objects.filter(case_id=unresolved).update(opened_at=timezone.now() - timedelta(days=400))
    before = {case_id: words(case_id) for case_id in (referred, appealed, recent, unresolved)}

    assert redact_expired() == 0

    assert {case_id: words(case_id) for case_id in before} == before
    assert not AuditEvent.objects.filter(action="retention_redacted").exists()


def test_running_it_twice_redacts_once_and_audits_each_batch(platform: tuple[ApiClient, str], moderator: User) -> None:
    keep_for(30)
    case_ids = [reported_case(platform[0], f"old-{n}") for n in range(3)]
    for case_id in case_ids:
        resolve(case_id, moderator)
        age(case_id, 60)

    assert redact_expired(batch_size=2) == 3
    redacted = {case_id: words(case_id) for case_id in case_ids}
    assert redact_expired(batch_size=2) == 0

    assert {case_id: words(case_id) for case_id in case_ids} == redacted
    events = list(AuditEvent.objects.filter(action="retention_redacted").order_by("id"))
    assert [e.data["counts"] for e in events] == [
        {"cases": 2, "versions": 4, "reports": 4},
        {"cases": 1, "versions": 2, "reports": 2},
    ]
    assert sorted(i for e in events for i in e.data["case_ids"]) == sorted(case_ids)
    assert {(e.actor_id, e.case_id, e.data["days"]) for e in events} == {(None, None, 30)}


def test_it_keeps_everything_when_no_period_is_set(platform: tuple[ApiClient, str], moderator: User) -> None:
    case_id = reported_case(platform[0], "forever")
    resolve(case_id, moderator)
    age(case_id, 4000)
    before = words(case_id)

    for days in (None, 0):
        keep_for(days)
        assert redact_expired() == 0
    assert words(case_id) == before


def test_a_new_report_of_the_redacted_text_is_a_fresh_version(platform: tuple[ApiClient, str], moderator: User) -> None:
    keep_for(30)
    case_id = reported_case(platform[0], "again")
    resolve(case_id, moderator)
    age(case_id, 31)
    redact_expired()

    file_reports(platform[0], report_body("you are a worthless idiot, alice", content_id="again"))

    texts = sorted(ContentVersion.objects.filter(case_id=case_id).values_list("text", flat=True))
    assert texts == [MARKER, MARKER, "you are a worthless idiot, alice"]


@pytest.mark.django_db(transaction=True)
def test_the_beat_task_redacts_through_a_real_worker(
    platform: tuple[ApiClient, str], moderator: User, start_worker: Any
) -> None:
    keep_for(30)
    case_id = reported_case(platform[0], "by-beat")
    resolve(case_id, moderator)
    age(case_id, 31)

    start_worker(HEED_RETENTION_EVERY_SECONDS="1")

    wait_for(lambda: Triage.objects.get(case_id=case_id).redacted_at, timeout=60)
    assert Case.objects.get(pk=case_id).text == MARKER
    assert tasks.apply_retention() == 0


def logged_in(user: User) -> Client:
    c = Client()
    c.force_login(user)
    return c


def test_an_admin_sets_the_period_and_it_is_audited(admin_user: User) -> None:
    c = logged_in(admin_user)
    assert c.get("/admin-settings/retention/").status_code == 200

    r = c.post("/admin-settings/retention/", {"retention_days": "90"})

    assert r.status_code == 302
    assert TeamSettings.load().retention_days == 90
    event = AuditEvent.objects.get(action="retention_changed")
    assert event.actor == admin_user and event.data["changes"] == {"retention_days": [None, 90]}
    c.post("/admin-settings/retention/", {"retention_days": ""})
    assert TeamSettings.load().retention_days is None


def test_it_refuses_a_negative_period(admin_user: User) -> None:
    r = logged_in(admin_user).post("/admin-settings/retention/", {"retention_days": "-1"})
    assert r.status_code == 200
    assert "retention_days" in r.context["form"].errors
    assert TeamSettings.load().retention_days is None


def test_a_moderator_and_a_senior_may_not_see_or_set_the_period(moderator: User, senior: User) -> None:
    for user in (moderator, senior):
        c = logged_in(user)
        assert c.get("/admin-settings/retention/").status_code == 403
        assert c.post("/admin-settings/retention/", {"retention_days": "1"}).status_code == 403
    assert TeamSettings.load().retention_days is None
