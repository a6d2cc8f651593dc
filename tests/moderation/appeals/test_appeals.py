"""Appeals: filed through the API, reviewed by someone other than the decider, upheld or overturned."""

from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from pytest_django import DjangoCaptureOnCommitCallbacks

from moderation.appeals import services
from moderation.models import Appeal, AuditEvent, Decision, Delivery, Triage
from moderation.placement.pipeline import score_reports
from moderation.review.services import Refused
from reports.models import ApiClient, Report
from tests.helpers import decided_case, file_reports, report_body


def post_appeal(api: Client, **body: Any) -> Any:
    return api.post("/api/v1/appeals", body, content_type="application/json")


def test_it_files_an_appeal_into_the_appeals_queue(
    api: Client, platform: tuple[ApiClient, str], moderator: User
) -> None:
    report = decided_case(platform[0], moderator)
    tier = Triage.objects.get(case_id=report.case_id).tier

    r = post_appeal(api, external_id="ap-1", report_id=report.pk, statement="It was a joke between friends.")

    assert r.status_code == 202, r.content
    appeal = Appeal.objects.get(pk=r.json()["id"])
    assert (appeal.state, appeal.case_id, appeal.decision.action) == ("open", report.case_id, "remove_content")
    assert r.json()["url"].endswith(f"/a/{appeal.status_token}/")
    triage = Triage.objects.get(case_id=report.case_id)
    assert (triage.queue.slug, triage.state, triage.tier, triage.resolved_at) == ("appeals", "open", tier, None)
    assert AuditEvent.objects.filter(case_id=report.case_id, action="appeal_opened").count() == 1


def test_it_is_idempotent_on_external_id(api: Client, platform: tuple[ApiClient, str], moderator: User) -> None:
    report = decided_case(platform[0], moderator)
    first = post_appeal(api, external_id="ap-1", case_id=report.case_id, statement="Please look again.")
    again = post_appeal(api, external_id="ap-1", case_id=report.case_id, statement="Please look again.")
    assert again.status_code == 202
    assert again.json()["id"] == first.json()["id"]
    assert Appeal.objects.count() == 1


def test_it_refuses_a_missing_statement_with_field_errors(api: Client, platform: tuple[ApiClient, str]) -> None:
    r = post_appeal(api, external_id="ap-1", report_id=1)
    assert r.status_code == 422
    assert {"loc": ["body", "statement"], "msg": "Field required"} in r.json()["errors"]


def test_it_refuses_neither_report_nor_case(api: Client, platform: tuple[ApiClient, str]) -> None:
    r = post_appeal(api, external_id="ap-1", statement="x")
    assert r.status_code == 422
    assert "report_id or case_id" in r.json()["errors"][0]["msg"]


def test_it_hides_another_clients_case(api: Client, platform: tuple[ApiClient, str], moderator: User) -> None:
    other, _ = ApiClient.issue("other platform")
    report = decided_case(other, moderator)
    r = post_appeal(api, external_id="ap-1", report_id=report.pk, statement="x")
    assert r.status_code == 404
    assert r.json() == {"errors": [{"loc": ["path"], "msg": "not found"}]}


def test_it_refuses_an_undecided_case_and_a_no_violation(
    api: Client, platform: tuple[ApiClient, str], moderator: User
) -> None:
    open_report = file_reports(platform[0], report_body("hello"))[0]
    score_reports([open_report.pk])
    assert post_appeal(api, external_id="a", report_id=open_report.pk, statement="x").status_code == 409
    cleared = decided_case(platform[0], moderator, action="no_violation", reason="satire-or-idiom")
    r = post_appeal(api, external_id="b", report_id=cleared.pk, statement="x")
    assert r.status_code == 409
    assert "nothing to appeal" in r.json()["errors"][0]["msg"]


def test_it_refuses_the_original_decider(api: Client, platform: tuple[ApiClient, str], moderator: User) -> None:
    report = decided_case(platform[0], moderator)
    appeal_id = post_appeal(api, external_id="ap-1", report_id=report.pk, statement="x").json()["id"]
    with pytest.raises(Refused, match="You made the decision under appeal"):
        services.appeal_decide(appeal_id=appeal_id, by=moderator, outcome="overturned", note="my mistake")
    assert Appeal.objects.get(pk=appeal_id).state == "open"


def test_the_original_decider_sees_the_refusal_on_the_page(
    api: Client, platform: tuple[ApiClient, str], senior: User
) -> None:
    report = decided_case(platform[0], senior)  # appeals are for seniors: one of them decided first
    appeal_id = post_appeal(api, external_id="ap-1", report_id=report.pk, statement="x").json()["id"]
    as_senior = Client()
    as_senior.force_login(senior)
    page = as_senior.get(f"/appeals/{appeal_id}/")
    assert b"another moderator must review it" in page.content
    assert b'id="appeal-decide"' not in page.content
    r = as_senior.post(f"/appeals/{appeal_id}/decide", {"outcome": "overturned", "note": "x"}, follow=True)
    assert b"another moderator must review it" in r.content
    assert Appeal.objects.get(pk=appeal_id).state == "open"


def test_a_second_moderator_upholds(
    api: Client, platform: tuple[ApiClient, str], moderator: User, senior: User
) -> None:
    report = decided_case(platform[0], moderator)
    appeal_id = post_appeal(api, external_id="ap-1", report_id=report.pk, statement="x").json()["id"]

    appeal = services.appeal_decide(appeal_id=appeal_id, by=senior, outcome="upheld", note="Targeted insult.")

    assert (appeal.state, appeal.decided_by) == ("upheld", senior)
    triage = Triage.objects.get(case_id=report.case_id)
    assert (triage.state, triage.outcome) == ("resolved", "remove_content")
    assert Report.objects.get(pk=report.pk).outcome == "remove_content"
    assert not Delivery.objects.filter(kind="decision_reversed").exists()
    assert AuditEvent.objects.get(action="appeal_upheld").actor == senior
    status = Client().get(f"/a/{appeal.status_token}/")
    assert b"the decision stands" in status.content


def test_an_overturn_reverses_the_outcome_and_queues_the_reversal_webhook(
    api: Client,
    platform: tuple[ApiClient, str],
    moderator: User,
    senior: User,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
) -> None:
    report = decided_case(platform[0], moderator)
    appeal_id = post_appeal(api, external_id="ap-1", report_id=report.pk, statement="x").json()["id"]
    senior_client = Client()
    senior_client.force_login(senior)
    assert senior_client.post(f"/appeals/{appeal_id}/claim").status_code == 302
    assert Triage.objects.get(case_id=report.case_id).assignee == senior

    r = senior_client.post(f"/appeals/{appeal_id}/decide", {"outcome": "overturned", "note": "Banter."})

    assert r.status_code == 302
    appeal = Appeal.objects.get(pk=appeal_id)
    assert appeal.state == "overturned"
    triage = Triage.objects.get(case_id=report.case_id)
    assert (triage.state, triage.outcome, triage.assignee) == ("resolved", "reversed", None)
    assert Report.objects.get(pk=report.pk).outcome == "reversed"
    delivery = Delivery.objects.get(kind="decision_reversed")
    assert delivery.payload["event"] == "decision_reversed"
    assert delivery.payload["reversed_action"] == "remove_content"
    assert delivery.url == platform[0].callback_url
    assert AuditEvent.objects.filter(case_id=report.case_id, action="appeal_overturned", actor=senior).exists()
    assert b"reversed" in Client().get(report.get_status_url()).content
    assert b"reversed the decision" in Client().get(f"/a/{appeal.status_token}/").content
    assert api.get(f"/api/v1/appeals/{appeal_id}").json()["state"] == "overturned"


def test_an_appeal_is_decided_once(api: Client, platform: tuple[ApiClient, str], moderator: User, senior: User) -> None:
    report = decided_case(platform[0], moderator)
    appeal_id = post_appeal(api, external_id="ap-1", report_id=report.pk, statement="x").json()["id"]
    services.appeal_decide(appeal_id=appeal_id, by=senior, outcome="upheld", note="Stands.")
    with pytest.raises(Refused, match="already upheld"):
        services.appeal_decide(appeal_id=appeal_id, by=senior, outcome="overturned", note="Changed my mind.")
    again = post_appeal(api, external_id="ap-2", report_id=report.pk, statement="again")
    assert again.status_code == 409


def test_a_moderator_may_neither_see_nor_decide_appeals(
    api: Client, platform: tuple[ApiClient, str], senior: User, as_moderator: Client
) -> None:
    report = decided_case(platform[0], senior)
    appeal_id = post_appeal(api, external_id="ap-1", report_id=report.pk, statement="x").json()["id"]
    for response in (
        as_moderator.get("/appeals/"),
        as_moderator.post(f"/appeals/{appeal_id}/claim"),
        as_moderator.post(f"/appeals/{appeal_id}/decide", {"outcome": "overturned", "note": "x"}),
    ):
        assert response.status_code == 403
        assert b"Appeals queue is worked by Senior moderator or Admin" in response.content
    assert Appeal.objects.get(pk=appeal_id).state == "open"


def test_an_outsider_cannot_see_appeals(outsider: User) -> None:
    c = Client()
    c.force_login(outsider)
    assert c.get("/appeals/").status_code == 403


def test_decision_model_is_untouched_by_an_appeal(
    api: Client, platform: tuple[ApiClient, str], moderator: User
) -> None:
    report = decided_case(platform[0], moderator)
    post_appeal(api, external_id="ap-1", report_id=report.pk, statement="x")
    assert Decision.objects.filter(case_id=report.case_id).count() == 1
