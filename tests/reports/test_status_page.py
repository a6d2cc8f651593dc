from datetime import UTC, datetime

import pytest
from django.test import Client

from reports.models import ApiClient, Report
from tests.helpers import file_reports, report_body

pytestmark = pytest.mark.django_db

RECEIVED = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
QUEUED = datetime(2026, 11, 25, 10, 1, tzinfo=UTC)
IN_REVIEW = datetime(2026, 11, 25, 11, 30, tzinfo=UTC)
DECIDED = datetime(2026, 11, 25, 11, 42, tzinfo=UTC)


@pytest.fixture
def report(platform: tuple[ApiClient, str]) -> Report:
    mine, other = file_reports(
        platform[0],
        report_body("I will find you", content_id="post-1", reporter_id="reporter-me", comment="my own words"),
        report_body("I will find you", content_id="post-1", reporter_id="reporter-other", comment="their words"),
    )
    Report.objects.filter(pk=mine.pk).update(received_at=RECEIVED, reporter_contact="me@example.org")
    Report.objects.filter(pk=other.pk).update(reporter_handle="@other_reporter", reporter_contact="them@example.org")
    return Report.objects.get(pk=mine.pk)


def page(report: Report) -> str:
    response = Client().get(report.get_status_url())
    assert response.status_code == 200
    return response.content.decode()


def test_a_new_report_shows_as_received(report: Report) -> None:
    html = page(report)
    assert "We have your report" in html
    assert "25 Nov 2026, 10:00 UTC" in html
    assert report.external_id in html


def test_it_shows_each_step_with_its_time_and_the_outcome_in_plain_words(report: Report) -> None:
    Report.objects.filter(pk=report.pk).update(
        status=Report.Status.RESOLVED,
        queued_at=QUEUED,
        in_review_at=IN_REVIEW,
        outcome="remove_content",
        outcome_at=DECIDED,
    )
    html = page(report)
    for when in ("10:00", "10:01", "11:30", "11:42"):
        assert f"25 Nov 2026, {when} UTC" in html
    assert html.index("Received") < html.index("Waiting for review") < html.index("Under review")
    assert "The content was removed." in html


@pytest.mark.parametrize(
    ("outcome", "words"),
    [
        ("remove_content", "The content was removed."),
        ("suspend_author", "The author was suspended."),
        ("no_violation", "We reviewed it and found no violation of our rules."),
    ],
)
def test_it_says_the_outcome_in_plain_words(report: Report, outcome: str, words: str) -> None:
    Report.objects.filter(pk=report.pk).update(status=Report.Status.RESOLVED, outcome=outcome, outcome_at=DECIDED)
    html = page(report)
    assert words in html
    assert outcome not in html


def test_a_report_in_the_queue_waits_for_review(report: Report) -> None:
    Report.objects.filter(pk=report.pk).update(status=Report.Status.QUEUED, queued_at=QUEUED)
    html = page(report)
    assert "waiting for a reviewer" in html
    assert "10:01 UTC" in html


def test_an_escalated_report_shows_as_still_under_review(report: Report) -> None:
    Report.objects.filter(pk=report.pk).update(
        status=Report.Status.IN_REVIEW, queued_at=QUEUED, in_review_at=IN_REVIEW, outcome="escalate"
    )
    html = page(report)
    assert "Your report is under review" in html
    assert "specialist" in html
    assert "escalate" not in html
    assert "The content was removed." not in html


def test_it_never_shows_the_contact_or_other_reporters(report: Report) -> None:
    html = page(report)
    for private in ("me@example.org", "them@example.org", "reporter-other", "@other_reporter", "their words"):
        assert private not in html


def test_it_keeps_the_link_out_of_search_engines_referers_and_caches(report: Report) -> None:
    response = Client().get(report.get_status_url())
    assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response["Cache-Control"]


def test_an_unknown_token_is_not_found(heed: None) -> None:
    assert Client().get("/r/not-a-real-token/").status_code == 404
    assert Client().get("/report/sent/not-a-real-token/").status_code == 404


def test_an_outsider_can_open_the_public_pages_but_not_the_queues(report: Report) -> None:
    outsider = Client()
    assert outsider.get("/report/").status_code == 200
    assert outsider.get(report.get_status_url()).status_code == 200
    response = outsider.get("/queues/")
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")
