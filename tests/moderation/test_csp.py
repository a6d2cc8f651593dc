"""Every page carries a Content-Security-Policy that allows no inline script, and no page needs one."""

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client

from moderation.placement.pipeline import score_reports
from reports.models import ApiClient, Report
from tests.helpers import file_reports, report_body

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", re.IGNORECASE)
INLINE_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.IGNORECASE)
INLINE_STYLE = re.compile(r"<style\b|\sstyle\s*=", re.IGNORECASE)


def directives(response: object) -> dict[str, str]:
    header = response["Content-Security-Policy"]  # type: ignore[index]
    return {d.split()[0]: " ".join(d.split()[1:]) for d in header.split(";") if d.strip()}


@pytest.fixture
def report(platform: tuple[ApiClient, str]) -> Report:
    (report,) = file_reports(platform[0], report_body("I will stab you tonight", category="violent_threat"))
    score_reports([report.pk])
    return Report.objects.get(pk=report.pk)


def staff_pages(report: Report) -> list[str]:
    return [
        "/queues/",
        "/queues/threats/",
        f"/cases/{report.case_id}/",
        f"/cases/{report.case_id}/evidence",
        "/rules/",
        "/rules/new",
        "/metrics/",
        "/deliveries/",
        "/admin-settings/queues/",
        "/admin-settings/channels/",
        "/appeals/",
    ]


def assert_strict(response: object) -> None:
    assert response.status_code == 200, response  # type: ignore[attr-defined]
    assert_strict_headers(response)
    html = response.content.decode()  # type: ignore[attr-defined]
    assert not INLINE_SCRIPT.search(html), INLINE_SCRIPT.search(html)
    assert not INLINE_HANDLER.search(html), INLINE_HANDLER.search(html)
    assert not INLINE_STYLE.search(html), INLINE_STYLE.search(html)


def assert_strict_headers(response: object) -> None:
    policy = directives(response)
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["img-src"] == "'self' data:"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["form-action"] == "'self'"
    assert policy["base-uri"] == "'self'"
    assert policy["object-src"] == "'none'"


def test_every_staff_page_has_a_strict_policy_and_no_inline_script(report: Report, admin_user: User) -> None:
    admin = Client()
    admin.force_login(admin_user)
    for path in staff_pages(report):
        assert_strict(admin.get(path))


def test_every_public_page_has_a_strict_policy_and_no_inline_script(report: Report) -> None:
    for path in ["/login/", "/report/", report.get_status_url()]:
        assert_strict(Client().get(path))


def test_the_lock_out_page_has_a_strict_policy(report: Report) -> None:
    guesser = Client()
    for _ in range(5):
        response = guesser.post("/login/", {"username": "ada", "password": "wrong"})
    assert response.status_code == 429
    assert_strict_headers(response)


def test_htmx_is_told_not_to_inject_its_indicator_styles(report: Report) -> None:
    html = Client().get("/login/").content.decode()
    assert '<meta name="htmx-config" content=\'{"includeIndicatorStyles":false}\'>' in html


def test_the_api_docs_page_loads_only_this_sites_scripts(heed: None) -> None:
    response = Client().get("/api/v1/docs")
    policy = directives(response)
    assert policy["script-src"] == "'self'"
    assert not INLINE_SCRIPT.search(response.content.decode())
    assert "cdn" not in response.content.decode()
