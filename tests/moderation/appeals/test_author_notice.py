"""The author's notice of a decision (linked from the decision webhook) and the appeal filed from it;
the reporter's status page following the appeal."""

from urllib.parse import urlsplit

from django.contrib.auth.models import User
from django.test import Client

from moderation.appeals import services
from moderation.models import Appeal, Delivery, Triage
from reports.models import ApiClient, Report
from tests.helpers import decided_case


def notice_path(report: Report) -> str:
    delivery = Delivery.objects.get(kind="decision", case_id=report.case_id)
    return urlsplit(delivery.payload["author_notice_url"]).path


def test_the_decision_webhook_links_the_author_to_a_notice_of_the_decision(
    platform: tuple[ApiClient, str], moderator: User
) -> None:
    report = decided_case(platform[0], moderator, reason="harassment")

    page = Client().get(notice_path(report))

    assert page.status_code == 200
    html = page.content.decode()
    assert "The content was removed." in html
    assert "you are a worthless idiot" in html
    assert 'id="appeal-form"' in html
    assert page["X-Robots-Tag"] == "noindex, nofollow"


def test_a_no_violation_decision_has_no_notice_link(platform: tuple[ApiClient, str], moderator: User) -> None:
    report = decided_case(platform[0], moderator, action="no_violation", reason="satire-or-idiom")
    assert Delivery.objects.get(kind="decision", case_id=report.case_id).payload["author_notice_url"] is None


def test_a_forged_or_altered_link_is_not_found(platform: tuple[ApiClient, str], moderator: User) -> None:
    report = decided_case(platform[0], moderator)
    path = notice_path(report)

    assert Client().get(path[:-3] + "xx/").status_code == 404
    assert Client().get(f"/n/{report.case_id}/").status_code == 404


def test_the_author_appeals_from_the_notice_once(platform: tuple[ApiClient, str], moderator: User) -> None:
    report = decided_case(platform[0], moderator)
    author = Client(enforce_csrf_checks=True)
    path = notice_path(report)
    author.get(path)
    token = author.cookies["csrftoken"].value

    r = author.post(path, {"statement": "It was a quote from a film.", "csrfmiddlewaretoken": token})

    appeal = Appeal.objects.get(case_id=report.case_id)
    assert r.status_code == 302 and r["Location"] == f"/a/{appeal.status_token}/"
    assert (appeal.statement, appeal.state, appeal.client) == ("It was a quote from a film.", "open", platform[0])
    assert Triage.objects.get(case_id=report.case_id).queue.slug == "appeals"
    again = author.post(path, {"statement": "And again.", "csrfmiddlewaretoken": token})
    assert again.status_code == 200 and b"See where your appeal stands" in again.content
    assert Appeal.objects.filter(case_id=report.case_id).count() == 1


def test_an_empty_statement_is_a_form_error_and_files_nothing(platform: tuple[ApiClient, str], moderator: User) -> None:
    report = decided_case(platform[0], moderator)

    r = Client().post(notice_path(report), {"statement": "   "})

    assert r.status_code == 400
    assert b"Tell us why you think the decision is wrong." in r.content
    assert not Appeal.objects.exists()


def test_the_reporter_sees_the_appeal_open_then_upheld(
    platform: tuple[ApiClient, str], moderator: User, senior: User
) -> None:
    report = decided_case(platform[0], moderator)
    reporter = Client()
    assert b"appeal" not in reporter.get(report.get_status_url()).content

    appeal = services.appeal_from_notice(report.case, "a joke")
    assert b"The author has appealed the decision" in reporter.get(report.get_status_url()).content

    services.appeal_decide(appeal_id=appeal.pk, by=senior, outcome="upheld", note="Targeted insult.")
    page = reporter.get(report.get_status_url()).content
    assert b"the decision stands" in page
    assert b"The content was removed." in page
