"""The decision form records only what the moderator chose, by keyboard or mouse, in headless Chromium."""

import re

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Browser, Page, expect

from moderation.models import Decision, ReasonCode, Triage
from moderation.placement.pipeline import score_reports
from reports.models import ApiClient
from tests.browser.conftest import log_in
from tests.helpers import file_reports, report_body

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def file_threats(client: ApiClient, *texts: str, target: str = "") -> list[int]:
    extra = {"target_id": target} if target else {}
    reports = file_reports(client, *(report_body(t, category="violent_threat", **extra) for t in texts))
    score_reports([r.pk for r in reports])
    return [r.case_id for r in reports]


def open_claimed(page: Page, base: str, moderator: User, case_id: int) -> None:
    log_in(page, base, moderator)
    page.goto(f"{base}/cases/{case_id}/")
    page.keyboard.press("c")
    expect(page.locator(".claim")).to_contain_text("You hold this case")


def offered_reasons(page: Page, select: str) -> list[str]:
    return page.locator(f"{select} option:not([hidden]):not([disabled])").evaluate_all(
        "options => options.map(o => o.value).filter(Boolean)"
    )


def test_two_and_enter_without_a_reason_says_so_and_stores_nothing(
    page: Page, live_server: object, platform: tuple[ApiClient, str], moderator: User
) -> None:
    base = str(live_server)
    (case_id,) = file_threats(platform[0], "you are an idiot and I'll kill you")
    open_claimed(page, base, moderator, case_id)
    page.keyboard.press("r")
    expect(page.locator("#content")).not_to_have_class(re.compile("blurred"))

    page.keyboard.press("2")
    expect(page.locator("#reason")).to_be_focused()
    expect(page.locator("#reason")).to_have_value("")  # nothing chosen for the moderator
    page.keyboard.press("Enter")

    expect(page.locator("#decide-error")).to_have_text("Choose a reason for this decision.")
    expect(page).to_have_url(f"{base}/cases/{case_id}/")
    expect(page.locator('#decide-form input[value="remove_content"]')).to_be_checked()
    expect(page.locator("#reason")).to_be_focused()
    expect(page.locator("#content")).not_to_have_class(re.compile("blurred"))
    assert not Decision.objects.exists()

    page.select_option("#reason", "harassment")
    page.keyboard.press("Enter")
    expect(page).not_to_have_url(f"{base}/cases/{case_id}/")
    decision = Decision.objects.get(case_id=case_id)
    assert (decision.action, decision.reason_code, decision.by) == ("remove_content", "harassment", moderator)


def test_an_escalation_without_a_note_keeps_typing_in_the_note(
    page: Page, live_server: object, platform: tuple[ApiClient, str], moderator: User
) -> None:
    base = str(live_server)
    case_id, _ = file_threats(platform[0], "I'll find you after school", "I will stab you tonight")
    open_claimed(page, base, moderator, case_id)

    page.keyboard.press("4")
    page.select_option("#reason", "possibly-credible")
    page.keyboard.press("Enter")
    expect(page.locator("#decide-error")).to_have_text("Say why you escalate, for the senior who picks it up.")
    note = page.locator('#decide-form textarea[name="note"]')
    expect(note).to_be_focused()

    page.keyboard.type("names a school")  # its "n" and "c" are letters of the note, not shortcuts
    expect(note).to_have_value("names a school")
    expect(page).to_have_url(f"{base}/cases/{case_id}/")
    assert Triage.objects.get(case_id=case_id).assignee == moderator  # not skipped
    assert not Decision.objects.exists()

    page.click("#decide")
    expect(page).not_to_have_url(f"{base}/cases/{case_id}/")
    decision = Decision.objects.get(case_id=case_id)
    assert (decision.action, decision.reason_code, decision.note) == ("escalate", "possibly-credible", "names a school")


def test_no_shortcut_fires_while_a_decision_field_has_focus(
    page: Page, live_server: object, platform: tuple[ApiClient, str], moderator: User
) -> None:
    base = str(live_server)
    case_id, _ = file_threats(platform[0], "I'll hurt you", "I will stab you tonight")
    open_claimed(page, base, moderator, case_id)
    page.click('#decide-form input[value="escalate"]')
    page.keyboard.press("n")
    page.keyboard.press("1")
    expect(page.locator('#decide-form input[value="escalate"]')).to_be_checked()
    expect(page).to_have_url(f"{base}/cases/{case_id}/")
    assert Triage.objects.get(case_id=case_id).assignee == moderator

    page.keyboard.press("Escape")  # out of the field, the shortcuts work again
    page.keyboard.press("n")
    expect(page).not_to_have_url(f"{base}/cases/{case_id}/")


def test_the_bulk_form_offers_only_the_reasons_of_the_chosen_action(
    page: Page, live_server: object, platform: tuple[ApiClient, str], moderator: User
) -> None:
    base = str(live_server)
    ids = file_threats(platform[0], "I'll kill you", "you're dead", "watch your back", target="u-maya")
    log_in(page, base, moderator)
    page.goto(f"{base}/cases/{ids[0]}/")
    bulk = ".campaign select[name=reason_code]"
    assert offered_reasons(page, bulk) == []

    page.select_option(".campaign select[name=action]", "remove_content")
    expect(page.locator(bulk)).to_have_value("")
    removal = list(ReasonCode.objects.filter(action="remove_content", active=True).values_list("code", flat=True))
    assert offered_reasons(page, bulk) == removal

    page.select_option(bulk, "harassment")
    page.select_option(".campaign select[name=action]", "no_violation")
    expect(page.locator(bulk)).to_have_value("")  # a removal reason does not follow the action change
    assert "harassment" not in offered_reasons(page, bulk)

    page.select_option(".campaign select[name=action]", "remove_content")
    page.select_option(bulk, "violent-threat")
    page.check("[data-select-all]")
    page.click("text=Decide selected")
    expect(page.locator(".message.success")).to_contain_text("Decided 2 cases")
    assert set(Decision.objects.values_list("case_id", "reason_code")) == {(i, "violent-threat") for i in ids[1:]}


def test_without_javascript_a_refused_escalation_reopens_in_the_note(
    browser: Browser, live_server: object, platform: tuple[ApiClient, str], moderator: User
) -> None:
    base = str(live_server)
    (case_id,) = file_threats(platform[0], "I'll find you")
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        log_in(page, base, moderator)
        page.goto(f"{base}/cases/{case_id}/")
        page.check('#decide-form input[value="escalate"]')
        page.select_option("#reason", "second-opinion")
        page.click("#decide")
        expect(page.locator("#decide-error")).to_have_text("Say why you escalate, for the senior who picks it up.")
        expect(page.locator('#decide-form textarea[name="note"]')).to_be_focused()
        expect(page.locator('#decide-form input[value="escalate"]')).to_be_checked()
        expect(page.locator("#reason")).to_have_value("second-opinion")
        assert not Decision.objects.exists()
    finally:
        context.close()
