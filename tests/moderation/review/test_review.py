"""A moderator's shift through the HTTP pages: claim, decide, release, reassign, refuse."""

import json
import re
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.utils import timezone

from moderation.models import AuditEvent, Decision, Delivery, Queue, Triage
from moderation.placement.pipeline import score_reports
from moderation.review.services import expire_claims
from reports.models import ApiClient, Report
from tests.helpers import file_reports, make_user, report_body

THREATS = [
    "I'm going to kill you tonight",
    "I will stab you when you walk home",
    "I'm going to shoot you in the face",
]


def filed(platform_client: ApiClient, *texts: str, target: str = "") -> list[int]:
    extra = {"target_id": target} if target else {}
    reports = file_reports(platform_client, *(report_body(t, category="violent_threat", **extra) for t in texts))
    score_reports([r.pk for r in reports])
    return [r.case_id for r in reports]


def login(user: User) -> Client:
    c = Client()
    c.force_login(user)
    return c


def decide(c: Client, case_id: int, action: str, reason: str, **extra: str) -> Any:
    version = Triage.objects.get(case_id=case_id).version
    data = {"action": action, "reason_code": reason, "version": str(version), **extra}
    return c.post(f"/cases/{case_id}/decide", data)


@pytest.mark.django_db
def test_next_claims_the_top_case_and_opens_it(platform_client: ApiClient, moderator: User) -> None:
    ids = filed(platform_client, "you absolute clown", *THREATS)
    top = Triage.objects.filter(queue__slug="threats", state="open").order_by("-tier", "-priority", "opened_at")[0]
    response = login(moderator).post("/queues/threats/next")
    assert response.status_code == 302
    assert response["Location"] == f"/cases/{top.case_id}/"
    top.refresh_from_db()
    assert (top.state, top.assignee) == ("in_review", moderator)
    assert top.case_id in ids
    assert AuditEvent.objects.filter(case_id=top.case_id, action="claimed", actor=moderator).exists()
    assert set(Report.objects.filter(case_id=top.case_id).values_list("status", flat=True)) == {"in_review"}


@pytest.mark.django_db(transaction=True)
def test_fifty_simultaneous_next_clicks_get_fifty_different_cases(platform: tuple[ApiClient, str]) -> None:
    filed(platform[0], *(f"I will kill you, number {i}" for i in range(60)))
    users = [make_user(f"mod{i}", "Moderator") for i in range(50)]

    def click(user: User) -> int:
        try:
            location = login(user).post("/queues/threats/next")["Location"]
            return int(re.findall(r"\d+", location)[0])
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=50) as pool:
        got = list(pool.map(click, users))
    assert len(set(got)) == 50
    assert Triage.objects.filter(state="in_review").count() == 50


@pytest.mark.django_db
def test_remove_content_resolves_the_case_and_tells_the_reporter(platform_client: ApiClient, moderator: User) -> None:
    (case_id,) = filed(platform_client, THREATS[0])
    c = login(moderator)
    c.post(f"/cases/{case_id}/claim")
    response = decide(c, case_id, "remove_content", "violent-threat")
    assert response.status_code == 302
    triage = Triage.objects.get(case_id=case_id)
    assert (triage.state, triage.outcome, triage.assignee) == ("resolved", "remove_content", None)
    report = Report.objects.get(case_id=case_id)
    assert (report.status, report.outcome) == ("resolved", "remove_content")
    assert report.outcome_at is not None and report.in_review_at is not None
    decision = Decision.objects.get(case_id=case_id)
    assert (decision.by, decision.reason_code) == (moderator, "violent-threat")
    assert Delivery.objects.filter(case_id=case_id, kind="decision").count() == 1
    assert AuditEvent.objects.filter(case_id=case_id, action="decided").exists()


@pytest.mark.django_db
def test_decide_and_next_lands_on_the_next_case(platform_client: ApiClient, moderator: User) -> None:
    filed(platform_client, *THREATS)
    c = login(moderator)
    first = int(re.findall(r"\d+", c.post("/queues/threats/next")["Location"])[0])
    response = decide(c, first, "no_violation", "not-abusive", next="1")
    second = int(re.findall(r"\d+", response["Location"])[0])
    assert second != first
    assert Triage.objects.get(case_id=second).assignee == moderator


def unchanged(case_id: int) -> tuple[Any, ...]:
    fields = ("state", "queue__slug", "version", "assignee")
    return tuple(Triage.objects.filter(case_id=case_id).values_list(*fields).get())


def chosen_reasons(html: str) -> list[str]:
    reasons = html.split('id="reason"', 1)[1].split("</select>")[0]
    return re.findall(r'<option value="([^"]+)"[^>]*\bselected\b', reasons)


@pytest.mark.django_db
def test_a_decision_without_a_reason_is_refused_with_a_form_error(platform_client: ApiClient, moderator: User) -> None:
    (case_id,) = filed(platform_client, THREATS[0])
    c = login(moderator)
    c.post(f"/cases/{case_id}/claim")
    before = unchanged(case_id)
    response = decide(c, case_id, "remove_content", "", revealed="1")
    assert response.status_code == 422
    html = response.content.decode()
    assert "Choose a reason for this decision." in html
    assert re.search(r'value="remove_content"[^>]*\bchecked\b', html)  # the chosen action is kept
    assert chosen_reasons(html) == []  # and no reason is chosen for the moderator
    assert re.search(r'id="reason"[^>]*\bautofocus\b', html)
    assert 'class="text-wrap blurred"' not in html  # revealed content stays revealed
    assert not Decision.objects.exists()
    assert unchanged(case_id) == before


@pytest.mark.django_db
def test_a_decision_needs_a_reason_code_that_fits(platform_client: ApiClient, moderator: User) -> None:
    (case_id,) = filed(platform_client, THREATS[0])
    c = login(moderator)
    before = unchanged(case_id)
    response = decide(c, case_id, "remove_content", "not-abusive")
    assert response.status_code == 422
    assert "“not-abusive” is not a reason for Remove content." in response.content.decode()
    assert unchanged(case_id) == before
    assert not Decision.objects.exists()


@pytest.mark.django_db
def test_an_escalation_without_a_note_keeps_the_form_and_asks_for_the_note(
    platform_client: ApiClient, moderator: User
) -> None:
    (case_id,) = filed(platform_client, THREATS[0])
    c = login(moderator)
    c.post(f"/cases/{case_id}/claim")
    before = unchanged(case_id)
    response = decide(c, case_id, "escalate", "possibly-credible", note="  ")
    assert response.status_code == 422
    html = response.content.decode()
    assert "Say why you escalate, for the senior who picks it up." in html
    assert re.search(r'value="escalate"[^>]*\bchecked\b', html)
    assert chosen_reasons(html) == ["possibly-credible"]
    assert re.search(r'<textarea name="note"[^>]*\bautofocus\b', html)
    assert 'class="text-wrap blurred"' in html  # never revealed, so still blurred
    assert not Decision.objects.exists()
    assert unchanged(case_id) == before


@pytest.mark.django_db
def test_acting_on_a_case_claimed_by_someone_else_is_refused(platform_client: ApiClient, moderator: User) -> None:
    (case_id,) = filed(platform_client, THREATS[0])
    login(moderator).post(f"/cases/{case_id}/claim")
    other = login(make_user("ola", "Moderator"))
    response = decide(other, case_id, "no_violation", "not-abusive")
    assert not Decision.objects.exists()
    page = other.get(response["Location"]).content.decode()
    assert "claimed by mo" in page


@pytest.mark.django_db
def test_a_stale_page_cannot_overwrite_a_newer_decision(
    platform_client: ApiClient, moderator: User, senior: User
) -> None:
    (case_id,) = filed(platform_client, THREATS[0])
    c = login(moderator)
    stale = Triage.objects.get(case_id=case_id).version
    decide(c, case_id, "escalate", "second-opinion", note="Looks credible")
    c.post(
        f"/cases/{case_id}/decide",
        {"action": "no_violation", "reason_code": "not-abusive", "version": str(stale)},
    )
    assert list(Decision.objects.values_list("action", flat=True)) == ["escalate"]


@pytest.mark.django_db
def test_escalation_moves_the_case_to_the_senior_queue(platform_client: ApiClient, moderator: User) -> None:
    (case_id,) = filed(platform_client, THREATS[0])
    c = login(moderator)
    decide(c, case_id, "escalate", "second-opinion")  # no note: refused
    assert Triage.objects.get(case_id=case_id).queue.slug == "threats"
    decide(c, case_id, "escalate", "second-opinion", note="Mentions a date and place")
    triage = Triage.objects.get(case_id=case_id)
    assert (triage.queue.slug, triage.state) == ("senior", "open")
    assert Report.objects.get(case_id=case_id).status == "in_review"


@pytest.mark.django_db
def test_a_moderator_cannot_refer_to_law_enforcement(platform_client: ApiClient, moderator: User) -> None:
    (case_id,) = filed(platform_client, THREATS[0])
    decide(login(moderator), case_id, "refer_law_enforcement", "credible-threat")
    assert not Decision.objects.exists()


@pytest.mark.django_db
def test_a_senior_refers_to_law_enforcement_with_an_evidence_bundle(platform_client: ApiClient, senior: User) -> None:
    (case_id,) = filed(platform_client, THREATS[1])
    c = login(senior)
    decide(c, case_id, "refer_law_enforcement", "credible-threat")
    assert Triage.objects.get(case_id=case_id).outcome == "refer_law_enforcement"
    response = c.get(f"/cases/{case_id}/evidence?format=json")
    assert response["Content-Disposition"].startswith("attachment")
    bundle = json.loads(response.content)
    assert bundle["case"]["text"] == THREATS[1]
    assert bundle["decisions"][0]["action"] == "refer_law_enforcement"
    assert [e["action"] for e in bundle["audit"]][:1] == ["placed"]
    assert "Evidence bundle" in c.get(f"/cases/{case_id}/evidence").content.decode()


@pytest.mark.django_db
def test_the_evidence_bundle_names_the_case_s_language_and_where_it_came_from(
    platform_client: ApiClient, senior: User
) -> None:
    given = report_body("Ich bringe dich morgen um, ich weiß wo du wohnst", category="violent_threat")
    given["content"]["language"] = "de-AT"
    detected = report_body("te voy a matar, sé dónde vives y a qué hora sales", category="violent_threat")
    reports = file_reports(platform_client, given, detected)
    score_reports([r.pk for r in reports])
    c = login(senior)

    languages = []
    for report in reports:
        decide(c, report.case_id, "refer_law_enforcement", "credible-threat")
        case = json.loads(c.get(f"/cases/{report.case_id}/evidence?format=json").content)["case"]
        languages.append((case["language"], case["language_tag"], case["language_source"]))

    assert languages == [("de", "de-AT", "given"), ("es", "es", "detected")]
    page = c.get(f"/cases/{reports[0].case_id}/evidence").content.decode()
    assert "<dt>Language</dt><dd>de-AT (given with the report)</dd>" in page
    page = c.get(f"/cases/{reports[1].case_id}/evidence").content.decode()
    assert "<dt>Language</dt><dd>es (detected by Heed)</dd>" in page


@pytest.mark.django_db
def test_a_moderator_cannot_open_the_evidence_bundle(platform_client: ApiClient, moderator: User) -> None:
    (case_id,) = filed(platform_client, THREATS[1])
    assert login(moderator).get(f"/cases/{case_id}/evidence").status_code == 403


@pytest.mark.django_db
def test_suspension_needs_a_duration(platform_client: ApiClient, moderator: User) -> None:
    (case_id,) = filed(platform_client, THREATS[0])
    c = login(moderator)
    decide(c, case_id, "suspend_author", "repeat-violent-threats")
    assert not Decision.objects.exists()
    decide(c, case_id, "suspend_author", "repeat-violent-threats", suspend_days="30")
    assert Decision.objects.get().suspend_days == 30


@pytest.mark.django_db
def test_release_returns_the_case_to_the_queue(platform_client: ApiClient, moderator: User) -> None:
    (case_id,) = filed(platform_client, THREATS[0])
    c = login(moderator)
    c.post(f"/cases/{case_id}/claim")
    c.post(f"/cases/{case_id}/release")
    triage = Triage.objects.get(case_id=case_id)
    assert (triage.state, triage.assignee) == ("open", None)
    assert AuditEvent.objects.filter(case_id=case_id, action="released").exists()


@pytest.mark.django_db
def test_an_expired_claim_returns_to_the_queue_unless_kept_alive(platform_client: ApiClient, moderator: User) -> None:
    a, b = filed(platform_client, THREATS[0], THREATS[1])
    c = login(moderator)
    c.post(f"/cases/{a}/claim")
    c.post(f"/cases/{b}/claim")
    Triage.objects.filter(case_id__in=[a, b]).update(claimed_until=timezone.now() - timedelta(seconds=1))
    assert c.post(f"/cases/{b}/keep-alive").status_code == 204  # b's page is still open
    assert expire_claims() == 1
    assert Triage.objects.get(case_id=a).state == "open"
    assert Triage.objects.get(case_id=b).state == "in_review"
    assert AuditEvent.objects.filter(case_id=a, action="claim_expired").exists()


@pytest.mark.django_db
def test_a_senior_reassigns_a_case_and_a_moderator_cannot(
    platform_client: ApiClient, moderator: User, senior: User
) -> None:
    (case_id,) = filed(platform_client, THREATS[0])
    login(moderator).post(f"/cases/{case_id}/claim")
    other = make_user("ola", "Moderator")
    assert login(moderator).post(f"/cases/{case_id}/reassign", {"to": other.pk}).status_code == 403
    login(senior).post(f"/cases/{case_id}/reassign", {"to": other.pk})
    assert Triage.objects.get(case_id=case_id).assignee == other
    assert AuditEvent.objects.filter(case_id=case_id, action="reassigned", actor=senior).exists()


@pytest.mark.django_db
def test_revealing_blurred_content_is_counted_and_audited(platform_client: ApiClient, moderator: User) -> None:
    (case_id,) = filed(platform_client, THREATS[0])
    c = login(moderator)
    assert 'class="text-wrap blurred"' in c.get(f"/cases/{case_id}/").content.decode()
    response = c.post(f"/cases/{case_id}/reveal")
    page = c.get(response["Location"]).content.decode()
    assert 'class="text-wrap blurred"' not in page
    assert "Revealed this shift: <strong data-exposure>1</strong>" in page
    assert AuditEvent.objects.filter(case_id=case_id, action="revealed", actor=moderator).count() == 1


@pytest.mark.django_db
def test_past_the_exposure_limit_heed_suggests_a_break(platform_client: ApiClient, moderator: User) -> None:
    from moderation.models import TeamSettings

    TeamSettings.objects.filter(pk=1).update(exposure_limit=2)
    ids = filed(platform_client, *THREATS[:2])
    c = login(moderator)
    for case_id in ids:
        c.post(f"/cases/{case_id}/reveal")
    assert "Consider a break" in c.get("/queues/").content.decode()


@pytest.mark.django_db
def test_notes_are_kept_and_audited(platform_client: ApiClient, moderator: User) -> None:
    (case_id,) = filed(platform_client, THREATS[0])
    c = login(moderator)
    c.post(f"/cases/{case_id}/notes", {"text": "Same wording as last week's campaign"})
    assert "Same wording as last week" in c.get(f"/cases/{case_id}/").content.decode()
    assert AuditEvent.objects.filter(case_id=case_id, action="note_added").exists()


@pytest.mark.django_db
def test_a_campaign_is_shown_and_decided_in_bulk(platform_client: ApiClient, moderator: User) -> None:
    ids = filed(platform_client, *THREATS, "you are a clown", target="u-maya")
    c = login(moderator)
    page = c.get(f"/cases/{ids[0]}/").content.decode()
    assert "Campaign against u-maya: 3 other live cases" in page
    c.post(
        "/cases/bulk-decide",
        {"case_ids": [str(i) for i in ids[1:]], "action": "remove_content", "reason_code": "harassment"},
    )
    assert Decision.objects.filter(case_id__in=ids[1:]).count() == 3
    assert AuditEvent.objects.filter(action="decided", data__bulk=True).count() == 3


@pytest.mark.django_db
def test_a_bulk_decision_with_a_reason_of_another_action_is_refused(
    platform_client: ApiClient, moderator: User
) -> None:
    ids = filed(platform_client, *THREATS, "you are a clown", target="u-maya")
    c = login(moderator)
    before = [unchanged(i) for i in ids]
    response = c.post(
        "/cases/bulk-decide",
        {
            "case_ids": [str(i) for i in ids[1:]],
            "action": "remove_content",
            "reason_code": "not-abusive",
            "back": f"/cases/{ids[0]}/",
        },
    )
    assert response.status_code == 422
    html = response.content.decode()
    assert html.count("“not-abusive” is not a reason for Remove content.") == 1
    for i in ids[1:]:  # the moderator's selection is kept
        assert re.search(rf'name="case_ids" value="{i}"[^>]*\bchecked\b', html)
    assert not Decision.objects.exists()
    assert [unchanged(i) for i in ids] == before


@pytest.mark.django_db
def test_a_bulk_decision_without_a_reason_is_refused(platform_client: ApiClient, moderator: User) -> None:
    ids = filed(platform_client, *THREATS, target="u-maya")
    response = login(moderator).post(
        "/cases/bulk-decide",
        {"case_ids": [str(i) for i in ids[1:]], "action": "remove_content", "back": f"/cases/{ids[0]}/"},
    )
    assert response.status_code == 422
    assert "Choose a reason for this decision." in response.content.decode()
    assert not Decision.objects.exists()


@pytest.mark.django_db
def test_the_queue_filters_keep_the_order(platform_client: ApiClient, moderator: User) -> None:
    ids = filed(platform_client, *THREATS, "is this a threat? no idea")
    html = login(moderator).get("/queues/threats/?tier=critical").content.decode()
    shown = [int(x) for x in re.findall(r'data-case-id="(\d+)"', html)]
    expected = Triage.objects.filter(queue__slug="threats", tier=3).order_by("-priority", "opened_at", "case_id")
    assert shown == [t.case_id for t in expected]
    assert ids[3] not in shown
    html = login(moderator).get("/queues/threats/?q=stab").content.decode()
    assert re.findall(r'data-case-id="(\d+)"', html) == [str(ids[1])]


@pytest.mark.django_db
def test_the_category_filter_finds_cases_by_what_they_were_filed_as_or_scored_as(
    platform_client: ApiClient, moderator: User
) -> None:
    reports = file_reports(
        platform_client,
        report_body("nice weather for a walk", category="other"),
        report_body("a picture of my lunch", category="other"),
        report_body("I will stab you when you walk home tonight", category="spam"),
    )
    score_reports([r.pk for r in reports])
    plain, refiled, threat = (r.case_id for r in reports)
    # A later report filed under another category puts the case under that one too.
    more = file_reports(
        platform_client, report_body("a picture of my lunch", content_id=reports[1].case.content_id, category="hate")
    )
    score_reports([r.pk for r in more])

    def shown(case_id: int, category: str) -> bool:
        queue = Triage.objects.get(case_id=case_id).queue.slug
        html = login(moderator).get(f"/queues/{queue}/?category={category}").content.decode()
        return f'data-case-id="{case_id}"' in html

    assert shown(refiled, "hate") and shown(refiled, "other")
    assert not shown(plain, "hate") and shown(plain, "other")
    assert shown(threat, "violent_threat") and shown(threat, "spam")
    assert not shown(plain, "violent_threat")


@pytest.mark.django_db
def test_a_queue_restricted_to_seniors_refuses_moderators(
    platform_client: ApiClient, moderator: User, senior: User
) -> None:
    from django.contrib.auth.models import Group

    from moderation.models import Queue

    Queue.objects.get(slug="senior").allowed_roles.add(Group.objects.get(name="Senior moderator"))
    assert login(moderator).get("/queues/senior/").status_code == 403
    assert login(senior).get("/queues/senior/").status_code == 200
    assert "senior" not in [q.slug for q in login(moderator).get("/queues/").context["queues"]]


@pytest.mark.django_db
def test_a_case_under_appeal_is_not_decided_from_the_case_page(platform_client: ApiClient, moderator: User) -> None:
    (case_id,) = filed(platform_client, THREATS[0])
    Triage.objects.filter(case_id=case_id).update(queue=Queue.objects.get(slug="appeals"))
    decide(login(moderator), case_id, "no_violation", "not-abusive")
    assert not Decision.objects.exists()


def escalated(platform_client: ApiClient, moderator: User) -> int:
    (case_id,) = filed(platform_client, THREATS[0])
    decide(login(moderator), case_id, "escalate", "possibly-credible", note="Names a street and a time")
    assert Triage.objects.get(case_id=case_id).queue.slug == "senior"
    return case_id


@pytest.mark.django_db
def test_a_moderator_is_refused_a_case_escalated_to_seniors_and_told_which_role_may_take_it(
    platform_client: ApiClient, moderator: User
) -> None:
    case_id = escalated(platform_client, moderator)
    c = login(moderator)
    for response in (
        c.post(f"/cases/{case_id}/claim"),
        c.post("/queues/senior/next"),
        decide(c, case_id, "no_violation", "not-abusive"),
    ):
        assert response.status_code == 403
        assert "Senior review queue is worked by Senior moderator or Admin" in response.content.decode()
    triage = Triage.objects.get(case_id=case_id)
    assert (triage.state, triage.assignee) == ("open", None)
    assert list(Decision.objects.values_list("action", flat=True)) == ["escalate"]


@pytest.mark.django_db
def test_a_moderators_refused_htmx_decision_shows_the_refusal_on_the_page(
    platform_client: ApiClient, moderator: User
) -> None:
    case_id = escalated(platform_client, moderator)
    c = login(moderator)
    version = Triage.objects.get(case_id=case_id).version
    response = c.post(
        f"/cases/{case_id}/decide",
        {"action": "no_violation", "reason_code": "not-abusive", "version": str(version)},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 403
    page = c.get(response["HX-Redirect"])
    assert "Senior review queue is worked by Senior moderator or Admin" in page.content.decode()
    assert Triage.objects.get(case_id=case_id).state == "open"


@pytest.mark.django_db
def test_a_senior_claims_and_decides_a_case_escalated_to_seniors(
    platform_client: ApiClient, moderator: User, senior: User
) -> None:
    case_id = escalated(platform_client, moderator)
    c = login(senior)
    assert c.post("/queues/senior/next")["Location"] == f"/cases/{case_id}/"
    assert decide(c, case_id, "remove_content", "violent-threat").status_code == 302
    triage = Triage.objects.get(case_id=case_id)
    assert (triage.state, triage.outcome) == ("resolved", "remove_content")


@pytest.mark.django_db
def test_the_queue_list_offers_each_role_only_the_queues_it_may_work(moderator: User, senior: User) -> None:
    offered = {
        user.username: {q.slug for q in login(user).get("/queues/").context["queues"]} for user in (moderator, senior)
    }
    assert "threats" in offered["mo"] and not {"senior", "appeals"} & offered["mo"]
    assert {"threats", "senior", "appeals"} <= offered["sam"]
    assert login(moderator).get("/appeals/").status_code == 403


@pytest.mark.django_db
def test_the_case_page_names_the_form_of_a_threat_in_another_language(
    platform_client: ApiClient, moderator: User
) -> None:
    (case_id,) = filed(platform_client, "te voy a matar, sé dónde vives")
    html = login(moderator).get(f"/cases/{case_id}/").content.decode()
    assert "es: direct — te voy a matar" in html  # in the list of signals
    marked = re.findall(r'<mark title="([^"]*)">([^<]*)</mark>', html)
    # The words marked with the form are the threatening ones, as written.
    assert "".join(words for title, words in marked if "es: direct — te voy a matar" in title) == "te voy a matar"
