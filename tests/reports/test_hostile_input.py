"""No input a platform, a reporter or an attacker can send makes Heed answer 5xx, and what it does answer is
the API's documented `{"errors": [...]}`. PostgreSQL being down is a 503 with Retry-After, not a 500."""

import contextlib
import json
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.urls import reverse

from moderation.models import Appeal
from moderation.placement.pipeline import score_reports
from reports.models import ApiClient, Case, Report
from tests.helpers import file_reports, report_body
from tests.reports.test_intake_api import post, report, stored
from tests.reports.test_report_form import form

pytestmark = pytest.mark.django_db


def errors(response: Any) -> list[dict[str, Any]]:
    assert response["Content-Type"].startswith("application/json")
    return response.json()["errors"]


def locs(response: Any) -> list[list[str | int]]:
    return [e["loc"] for e in errors(response)]


@pytest.mark.parametrize(
    ("field", "body"),
    [
        (["body", "content", "text"], report(content={**report()["content"], "text": "I will\u0000 hurt you"})),
        (["body", "comment"], report(comment="\u0000")),
        (["body", "external_id"], report(external_id="r\u00001")),
        (["body", "reporter", "handle"], report(reporter={"id": "u-2", "handle": "@a\u0000"})),
        (["body", "content", "author", "id"], report(content={**report()["content"], "author": {"id": "\u0000"}})),
    ],
)
def test_it_refuses_a_nul_character_in_any_text_field_naming_the_field(
    api: Client, field: list[str], body: dict[str, Any]
) -> None:
    response = post(api, body)
    assert response.status_code == 422
    assert locs(response) == [field]
    assert "NUL" in errors(response)[0]["msg"]
    assert stored() == (0, 0)


def test_it_refuses_a_lone_surrogate_which_postgresql_cannot_store(api: Client) -> None:
    raw = json.dumps(report()).replace("I know where you live", "I know \\ud800 where you live")
    response = api.post("/api/v1/reports", raw, content_type="application/json")
    assert response.status_code == 422
    assert locs(response) == [["body", "content", "text"]]


def test_it_answers_a_100000_deep_json_body_with_400(api: Client) -> None:
    response = api.post("/api/v1/reports", "[" * 100_000 + "]" * 100_000, content_type="application/json")
    assert response.status_code == 400
    assert locs(response) == [["body"]]


@pytest.mark.parametrize(
    "created_at",
    [
        "9999-12-31T23:59:59-01:00",  # past year 9999 once in UTC
        "0001-01-01T00:00:00+01:00",  # before year 1 once in UTC
        "2026-11-25T10:00:00+25:00",
        0,
        1764064800,
        "1764064800",
        "2026-11-25",
        "2026-11-25T10:00:00",  # no offset: which day it was depends on where
        "2026-11-25 10:00:00Z",
    ],
)
def test_it_refuses_a_created_at_that_is_not_an_iso_8601_time_with_an_offset(api: Client, created_at: Any) -> None:
    response = post(api, report(content={**report()["content"], "created_at": created_at}))
    assert response.status_code == 422
    assert locs(response) == [["body", "content", "created_at"]]
    assert stored() == (0, 0)


def test_it_stores_a_created_at_with_an_offset_as_that_instant(api: Client) -> None:
    response = post(api, report(content={**report()["content"], "created_at": "2026-11-25T23:30:00.5-02:00"}))
    assert response.status_code == 202
    created_at = Case.objects.get().content_created_at
    assert created_at is not None
    assert created_at.isoformat() == "2026-11-26T01:30:00.500000+00:00"


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://x.example/",
                                 " javascript:alert(1)", "//evil.example/", "https://", "https:///path"])  # fmt: skip
def test_it_refuses_a_content_url_that_is_not_an_http_link(api: Client, url: str) -> None:
    response = post(api, report(content={**report()["content"], "url": url}))
    assert response.status_code == 422
    assert locs(response) == [["body", "content", "url"]]
    assert stored() == (0, 0)


@pytest.mark.parametrize("url", ["", "https://social.example/p/9", "HTTP://Social.Example:8080/p?q=1#x"])
def test_it_accepts_http_links_and_no_link(api: Client, url: str) -> None:
    response = post(api, report(content={**report()["content"], "url": url}))
    assert response.status_code == 202


@pytest.mark.parametrize("text", ["!", "!!", "!! hello"])
def test_a_post_of_bangs_alone_is_accepted_and_scored(api: Client, text: str) -> None:
    # Screened at intake (filed as spam), then scored: both read the texts as one batch.
    response = post(api, report(category="spam", content={**report()["content"], "text": text}))
    assert response.status_code == 202
    (item,) = response.json()["reports"]
    assert score_reports([item["id"]]) == 1
    assert Report.objects.get(pk=item["id"]).scored_at is not None


@pytest.mark.parametrize("path", ["/api/v1/reports/abc", "/api/v1/reports/1.5", "/api/v1/reports/99999999999999999999",
                                  "/api/v1/appeals/abc", "/api/v1/appeals/-1"])  # fmt: skip
def test_a_path_id_that_is_not_an_id_is_a_422_in_the_api_error_format(api: Client, path: str) -> None:
    response = api.get(path)
    assert response.status_code == 422
    assert locs(response)[0][0] == "path"


def appeal(api: Client, body: Any) -> Any:
    return api.post("/api/v1/appeals", json.dumps(body), content_type="application/json")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"external_id": "a-1", "report_id": 1, "statement": "it was a joke\u0000"}, ["body", "statement"]),
        ({"external_id": "a\u00001", "case_id": 1, "statement": "it was a joke"}, ["body", "external_id"]),
    ],
)
def test_the_appeals_api_refuses_a_nul_character_naming_the_field(api: Client, body: Any, field: list[str]) -> None:
    response = appeal(api, body)
    assert response.status_code == 422
    assert locs(response) == [field]
    assert Appeal.objects.count() == 0


def test_the_appeals_api_answers_a_deep_json_body_with_400(api: Client) -> None:
    response = api.post("/api/v1/appeals", '{"a":' * 100_000 + "1" + "}" * 100_000, content_type="application/json")
    assert response.status_code == 400


def test_the_appeals_api_refuses_an_id_postgresql_cannot_hold(api: Client) -> None:
    response = appeal(api, {"external_id": "a-1", "report_id": 2**63, "statement": "it was a joke"})
    assert response.status_code == 422
    assert locs(response) == [["body", "report_id"]]


@pytest.fixture
def report_form(settings: Any) -> Client:
    # The rate limit's counters live in the shared Redis (see test_report_form.py).
    settings.HEED_REPORT_FORM_RATES = ["1000/m"]
    return Client()


def test_the_report_form_refuses_a_nul_character_as_a_form_error(heed: None, report_form: Client) -> None:
    response = report_form.post(reverse("report-form"), form(text="I will\x00 hurt you"))
    assert response.status_code == 200
    assert "Null characters are not allowed" in response.content.decode()
    assert Report.objects.count() == 0


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://x.example/p", "data:text/html,hi"])
def test_the_report_form_refuses_a_link_that_is_not_http(heed: None, report_form: Client, url: str) -> None:
    response = report_form.post(reverse("report-form"), form(url=url))
    assert response.status_code == 200
    assert "Enter a valid URL." in response.content.decode()
    assert Report.objects.count() == 0


def test_a_stored_link_that_is_not_http_is_shown_but_never_a_link(
    platform: tuple[ApiClient, str], as_moderator: Client
) -> None:
    (filed,) = file_reports(platform[0], report_body("you absolute clown"))
    score_reports([filed.pk])
    # Stored before intake refused such links.
    Case.objects.filter(pk=filed.case_id).update(url="javascript:alert(document.cookie)")
    page = as_moderator.get(reverse("case", args=[filed.case_id])).content.decode()
    assert "javascript:alert(document.cookie)" in page
    assert 'href="javascript:' not in page
    Case.objects.filter(pk=filed.case_id).update(url="https://social.example/p/1")
    page = as_moderator.get(reverse("case", args=[filed.case_id])).content.decode()
    assert 'href="https://social.example/p/1"' in page


def test_an_unexpected_error_on_the_api_is_json_not_an_html_page(api: Client, settings: Any) -> None:
    # A real fault, not a mock: the reports table is gone from under the running app.
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE reports_report RENAME TO reports_report_elsewhere")
    api.raise_request_exception = False
    response = api.get("/api/v1/reports/1")
    assert response.status_code == 500
    assert errors(response) == [{"loc": [], "msg": "internal server error"}]


@contextlib.contextmanager
def database_down() -> Iterator[None]:
    """Point the connection at a port nobody listens on: every query is refused as by a stopped server."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]
    saved = {key: connection.settings_dict[key] for key in ("HOST", "PORT")}
    connection.close()
    connection.settings_dict.update(HOST="127.0.0.1", PORT=str(closed_port))
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict.update(saved)


@pytest.mark.django_db(transaction=True)
def test_the_api_answers_503_with_retry_after_when_postgresql_is_down(platform: tuple[ApiClient, str]) -> None:
    api = Client(headers={"Authorization": f"Bearer {platform[1]}"}, raise_request_exception=False)
    with database_down():
        response = post(api, report())
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    assert errors(response) == [{"loc": [], "msg": "the database is unavailable; retry later"}]


@pytest.mark.django_db(transaction=True)
def test_pages_answer_503_with_retry_after_when_postgresql_is_down(moderator: User) -> None:
    browser = Client(raise_request_exception=False)
    browser.force_login(moderator)
    with database_down():
        for path in (reverse("queues"), reverse("report-status", args=["some-token"])):
            response = browser.get(path)
            assert response.status_code == 503, path
            assert int(response["Retry-After"]) > 0
            assert "Heed is briefly unavailable" in response.content.decode()
