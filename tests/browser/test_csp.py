"""The pages work in Chromium under the Content-Security-Policy, without one refused script or style."""

import re

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import ConsoleMessage, Page, expect

from moderation.placement.pipeline import score_reports
from reports.models import ApiClient
from tests.browser.conftest import log_in
from tests.helpers import file_reports, report_body

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def watch_console(page: Page) -> list[str]:
    """Every policy violation Chromium reports, and every uncaught script error."""
    seen: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text or "Refused to" in message.text:
            seen.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: seen.append(str(error)))
    return seen


def policy_of(page: Page, url: str) -> str:
    response = page.goto(url)
    assert response is not None and response.ok, url
    return response.headers.get("content-security-policy", "")


def test_the_queue_and_case_pages_work_under_the_policy(
    page: Page, live_server: object, platform: tuple[ApiClient, str], senior: User
) -> None:
    base = str(live_server)
    reports = file_reports(platform[0], report_body("I will stab you when you walk home", category="violent_threat"))
    score_reports([r.pk for r in reports])
    console = watch_console(page)
    log_in(page, base, senior)

    assert "script-src 'self'" in policy_of(page, f"{base}/queues/threats/")
    expect(page.locator("tr[data-case-id]")).to_have_count(1)
    page.keyboard.press("n")  # heed.js: the keyboard shortcut claims the top case
    expect(page).to_have_url(re.compile(r"/cases/\d+/$"))
    content = page.locator("#content")
    expect(content).to_have_class(re.compile("blurred"))
    page.keyboard.press("r")  # htmx posts the reveal and heed.js unblurs
    expect(content).not_to_have_class(re.compile("blurred"))

    assert "script-src 'self'" in policy_of(page, f"{base}/cases/{reports[0].case_id}/evidence")
    assert console == [], console


def test_the_api_docs_work_under_the_policy(page: Page, live_server: object, platform: tuple[ApiClient, str]) -> None:
    console = watch_console(page)
    assert "script-src 'self'" in policy_of(page, f"{live_server}/api/v1/docs")
    expect(page.locator(".swagger-ui .info .title")).to_be_visible()
    assert console == [], console


def test_the_login_and_report_form_work_under_the_policy(page: Page, live_server: object, heed: None) -> None:
    console = watch_console(page)
    for path in ["/login/", "/report/", "/admin/login/"]:
        assert "default-src 'self'" in policy_of(page, f"{live_server}{path}")
    assert console == [], console


def test_the_django_admin_works_under_the_policy(page: Page, live_server: object, admin_user: User) -> None:
    admin_user.is_staff = admin_user.is_superuser = True
    admin_user.save()
    console = watch_console(page)
    page.goto(f"{live_server}/admin/login/")
    page.fill("input[name=username]", admin_user.username)
    page.fill("input[name=password]", "correct horse battery staple")
    page.click("input[type=submit]")
    expect(page.locator("#site-name")).to_be_visible()
    for path in ["/admin/", "/admin/auth/user/", f"/admin/auth/user/{admin_user.pk}/change/"]:
        assert "script-src 'self'" in policy_of(page, f"{live_server}{path}")
    assert console == [], console
