import json
import re
import uuid
from typing import Any

import pytest
from django.test import Client
from pytest_django import DjangoCaptureOnCommitCallbacks, Settings

from reports.models import Case, Report

pytestmark = pytest.mark.django_db

URL = "https://social.example/p/9"
TEXT = "I know where you live and I'm going to hurt you"


@pytest.fixture(autouse=True)
def generous_limits(settings: Settings) -> None:
    # The counters live in the shared Redis; only the rate-limit tests use a real limit, on an IP of their own.
    settings.HEED_REPORT_FORM_RATES = ["1000/m"]


def form(**overrides: str) -> dict[str, str]:
    data = {
        "url": URL,
        "text": TEXT,
        "author_handle": "@someone",
        "category": "violent_threat",
        "target_handle": "@me",
        "comment": "he posted my address",
        "contact": "",
    }
    data.update(overrides)
    return data


def file(client: Client, **overrides: str) -> Any:
    return client.post("/report/", form(**overrides))


def stored() -> tuple[int, int]:
    return Report.objects.count(), Case.objects.count()


def own_ip() -> str:
    n = uuid.uuid4().int
    return f"10.{n % 256}.{n // 256 % 256}.{n // 65536 % 254 + 1}"


def test_anyone_can_open_the_form_and_pick_a_category_by_its_name(heed: None) -> None:
    response = Client().get("/report/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Threat of violence" in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_filing_the_form_creates_a_report_and_its_case_through_intake(
    heed: None, django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks
) -> None:
    with django_capture_on_commit_callbacks() as scoring:
        response = file(Client())
    report = Report.objects.select_related("case", "client").get()
    assert response.status_code == 302
    assert response["Location"] == f"/report/sent/{report.status_token}/"
    assert report.client.name == "web-form"
    assert report.external_id.startswith("web-")
    assert report.category == "violent_threat"
    assert report.comment == "he posted my address"
    assert report.case.text == TEXT
    assert report.case.url == URL
    assert report.case.author_handle == "@someone"
    assert report.target_handle == "@me"
    assert report.raw["content"]["text"] == TEXT
    assert len(scoring) == 1  # handed to scoring after commit, like any intake


def test_two_people_reporting_the_same_link_join_one_case(heed: None) -> None:
    file(Client(), contact="ana@example.org")
    file(Client(), url="http://www.Social.example/p/9/?utm_source=share#reply", contact="bo@example.org")
    assert stored() == (2, 1)
    assert Report.objects.values("reporter_id").distinct().count() == 2


def test_different_links_are_different_cases(heed: None) -> None:
    file(Client())
    file(Client(), url="https://social.example/p/10")
    assert stored() == (2, 2)


def test_one_contact_counts_as_one_reporter_without_showing_the_address(heed: None) -> None:
    file(Client(), contact="ana@example.org")
    file(Client(), url="https://social.example/p/10", contact="Ana@Example.org")
    ids = set(Report.objects.values_list("reporter_id", flat=True))
    assert len(ids) == 1
    assert "ana" not in ids.pop().lower()


def test_the_contact_is_stored_on_the_report_and_nowhere_else(heed: None) -> None:
    file(Client(), contact="ana@example.org")
    report = Report.objects.get()
    assert report.reporter_contact == "ana@example.org"
    assert "ana@example.org" not in json.dumps(report.raw)
    assert "ana@example.org" not in report.reporter_id


def test_authors_are_named_by_site_and_handle(heed: None) -> None:
    file(Client(), author_handle="@Sam")
    file(Client(), url="https://social.example/p/10", author_handle="sam")
    file(Client(), url="https://other.example/p/9", author_handle="@sam")
    by_url = dict(Case.objects.values_list("url", "author_id"))
    assert by_url[URL] == by_url["https://social.example/p/10"] == "social.example:sam"
    assert by_url["https://other.example/p/9"] == "other.example:sam"


def test_posts_by_unknown_authors_are_not_one_author(heed: None) -> None:
    file(Client(), author_handle="")
    file(Client(), url="https://social.example/p/10", author_handle="")
    authors = list(Case.objects.values_list("author_id", flat=True))
    assert len(set(authors)) == 2
    assert all(a.startswith("unknown:") for a in authors)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("url", ""),
        ("url", "javascript:alert(1)"),
        ("text", ""),
        ("text", "x" * 10_001),
        ("contact", "not-an-address"),
        ("category", "nonsense"),
    ],
)
def test_a_bad_field_is_shown_next_to_it_and_nothing_is_stored(heed: None, field: str, value: str) -> None:
    response = file(Client(), **{field: value})
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {field}
    assert f'id="id_{field}_error"' in response.content.decode()
    assert stored() == (0, 0)


def test_line_breaks_count_as_one_character_like_in_the_browser(heed: None) -> None:
    text = "\r\n".join(["x" * 99] * 100) + "x"  # 10,000 characters as the browser counts them
    assert file(Client(), text=text).status_code == 302
    assert Case.objects.get().text == text.replace("\r\n", "\n")


def test_the_confirmation_shows_the_reference_and_a_working_status_link(heed: None) -> None:
    reporter = Client()
    response = file(reporter, contact="ana@example.org")
    page = reporter.get(response["Location"])
    html = page.content.decode()
    report = Report.objects.get()
    assert page.status_code == 200
    assert report.external_id in html
    assert "What happens next" in html
    assert page["Referrer-Policy"] == "same-origin"
    href = re.search(r'<a href="([^"]+)" id="status-link">', html)
    assert href and href.group(1) == f"/r/{report.status_token}/"
    status = reporter.get(href.group(1))
    assert status.status_code == 200
    assert report.external_id in status.content.decode()


def test_it_answers_429_after_the_limit(heed: None, settings: Settings) -> None:
    settings.HEED_REPORT_FORM_RATES = ["3/h"]
    reporter = Client(REMOTE_ADDR=own_ip())
    for n in range(3):
        assert file(reporter, url=f"https://social.example/p/{n}").status_code == 302
    response = file(reporter, url="https://social.example/p/3", text="my words, kept for later")
    html = response.content.decode()
    assert response.status_code == 429
    assert "Please wait a moment: your report has not been sent yet" in html
    assert "my words, kept for later" in html
    assert int(response["Retry-After"]) > 0
    assert stored() == (3, 3)
    assert file(Client(REMOTE_ADDR=own_ip())).status_code == 302  # someone else is not held up


def test_every_configured_rate_applies(heed: None, settings: Settings) -> None:
    settings.HEED_REPORT_FORM_RATES = ["100/m", "2/h"]
    reporter = Client(REMOTE_ADDR=own_ip())
    assert [file(reporter).status_code for _ in range(3)] == [302, 302, 429]


def test_it_still_takes_reports_when_the_rate_limiter_is_down(heed: None, settings: Settings) -> None:
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}
    }
    assert file(Client()).status_code == 302
    assert stored() == (1, 1)


def test_the_form_needs_a_csrf_token(heed: None) -> None:
    browser = Client(enforce_csrf_checks=True)
    assert browser.post("/report/", form()).status_code == 403
    assert stored() == (0, 0)
    browser.get("/report/")
    token = browser.cookies["csrftoken"].value
    assert browser.post("/report/", form(csrfmiddlewaretoken=token)).status_code == 302
    assert stored() == (1, 1)
