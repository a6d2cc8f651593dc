"""A moderator's shift and a senior's referral, in headless Chromium."""

import json
import re

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect

from moderation.models import AuditEvent, Decision, Triage
from moderation.placement.pipeline import score_reports
from reports.models import ApiClient
from tests.browser.conftest import log_in
from tests.helpers import file_reports, report_body

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

THREATS = ["I'm going to kill you tonight, you're dead", "I will stab you when you walk home", "I'll shoot you"]


def file_threats(client: ApiClient, *texts: str) -> list[int]:
    reports = file_reports(client, *(report_body(t, category="violent_threat") for t in texts))
    score_reports([r.pk for r in reports])
    return [r.case_id for r in reports]


def case_id_of(url: str) -> int:
    found = re.search(r"/cases/(\d+)/", url)
    assert found, url
    return int(found[1])


def test_a_moderator_works_the_threats_queue_by_keyboard(
    page: Page, live_server: object, platform: tuple[ApiClient, str], moderator: User
) -> None:
    base = str(live_server)
    ids = file_threats(platform[0], *THREATS)
    log_in(page, base, moderator)

    page.click("text=Critical: threats")
    expect(page.locator("tr[data-case-id]")).to_have_count(3)
    page.keyboard.press("n")
    expect(page).to_have_url(re.compile(r"/cases/\d+/$"))
    first = case_id_of(page.url)
    assert first in ids

    content = page.locator("#content")
    expect(content).to_have_class(re.compile("blurred"))
    page.keyboard.press("r")
    expect(content).not_to_have_class(re.compile("blurred"))
    expect(page.locator("[data-exposure]")).to_have_text("1")
    expect(page.locator("#case-text mark").first).to_be_visible()

    page.keyboard.press("2")  # Remove content; the reason list now offers removal reasons only
    expect(page.locator("#reason")).to_be_focused()
    page.select_option("#reason", "violent-threat")
    page.keyboard.press("Enter")
    expect(page).not_to_have_url(re.compile(rf"/cases/{first}/$"))
    expect(page).to_have_url(re.compile(r"/cases/\d+/$"))
    second = case_id_of(page.url)
    assert second in ids

    decision = Decision.objects.get(case_id=first)
    assert (decision.action, decision.reason_code, decision.by) == ("remove_content", "violent-threat", moderator)
    assert Triage.objects.get(case_id=second).assignee == moderator
    assert AuditEvent.objects.filter(case_id=first, action="revealed").exists()


def test_the_help_opens_with_a_question_mark(
    page: Page, live_server: object, platform: tuple[ApiClient, str], moderator: User
) -> None:
    log_in(page, str(live_server), moderator)
    page.keyboard.press("?")
    expect(page.locator("dialog#help")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("dialog#help")).to_be_hidden()


def test_a_new_threat_appears_on_an_open_queue_page_without_reload(
    page: Page, live_server: object, platform: tuple[ApiClient, str], moderator: User
) -> None:
    base = str(live_server)
    file_threats(platform[0], "you are a clown")
    log_in(page, base, moderator)
    page.goto(f"{base}/queues/threats/")
    (new,) = file_threats(platform[0], "I am going to kill you tomorrow")
    expect(page.locator("tr[data-case-id]").first).to_have_attribute("data-case-id", str(new), timeout=10_000)
    expect(page.locator(".banner.critical")).to_be_visible()
    expect(page).to_have_title(re.compile(r"^\(1 critical\)"))


def test_a_senior_refers_a_threat_to_law_enforcement_with_its_evidence(
    page: Page, live_server: object, platform: tuple[ApiClient, str], senior: User
) -> None:
    base = str(live_server)
    (case_id,) = file_threats(platform[0], "I know where you live, 12 Oak Street. I'll kill you Friday.")
    log_in(page, base, senior)
    page.goto(f"{base}/cases/{case_id}/")
    page.keyboard.press("c")
    expect(page.locator(".claim")).to_contain_text("You hold this case")
    page.keyboard.press("5")
    page.select_option("#reason", "credible-threat")
    page.fill("textarea[name=note]", "Address and date given")
    page.click("#decide")
    expect(page).to_have_url(re.compile(r"/queues/threats/$"))
    assert Triage.objects.get(case_id=case_id).outcome == "refer_law_enforcement"

    page.goto(f"{base}/cases/{case_id}/")
    with page.expect_download() as download:
        page.click("#evidence-json")
    bundle = json.loads(download.value.path().read_text())
    assert bundle["case"]["text"].startswith("I know where you live")
    assert bundle["decisions"][0]["note"] == "Address and date given"
    page.goto(f"{base}/cases/{case_id}/evidence")
    expect(page.locator("h1")).to_contain_text(f"Evidence bundle — case #{case_id}")


def test_an_outsider_sees_only_the_login_page(page: Page, live_server: object, outsider: User) -> None:
    base = str(live_server)
    page.goto(f"{base}/queues/threats/")
    expect(page).to_have_url(re.compile(r"/login/\?next="))
    log_in_page = page.locator("input[name=username]")
    expect(log_in_page).to_be_visible()
