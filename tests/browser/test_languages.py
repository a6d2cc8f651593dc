"""A moderator sees each case's language on the queue and the case page, filters by it, and sees a case in
a language the threat scorer does not read marked as such."""

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect

from moderation.placement.pipeline import score_reports
from reports.models import ApiClient
from tests.browser.conftest import log_in
from tests.helpers import file_reports, report_body

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def in_language(text: str, language: str) -> dict[str, object]:
    body = report_body(text, category="other")
    body["content"]["language"] = language  # type: ignore[index]
    return body


def test_a_moderator_filters_the_queue_by_language_and_reads_it_on_the_case(
    page: Page, live_server: object, platform: tuple[ApiClient, str], moderator: User
) -> None:
    base = str(live_server)
    spanish, german, japanese = file_reports(
        platform[0],
        in_language("no me gusta nada lo que publicas", "es-MX"),
        in_language("das gefällt mir überhaupt nicht", "de"),
        in_language("お前の投稿は本当に嫌いだ", "ja"),
    )
    score_reports([spanish.pk, german.pk, japanese.pk])
    log_in(page, base, moderator)

    page.goto(f"{base}/queues/general/")
    rows = page.locator("tr[data-case-id]")
    expect(rows).to_have_count(2)
    expect(page.locator(f'tr[data-case-id="{spanish.case_id}"] td.language')).to_have_text("es")
    expect(page.locator(f'tr[data-case-id="{german.case_id}"] td.language')).to_have_text("de")

    page.select_option("select[name=language]", "es")
    page.click("form.filters button[type=submit]")
    expect(page).to_have_url(f"{base}/queues/general/?category=&tier=&language=es&waiting=&q=")
    expect(rows).to_have_count(1)
    expect(page.locator(f'tr[data-case-id="{spanish.case_id}"]')).to_be_visible()

    page.click(f'tr[data-case-id="{spanish.case_id}"] a')
    expect(page.locator("#case-language")).to_contain_text("Language es-MX (given by the platform or reporter)")
    expect(page.locator("#not-scored")).to_have_count(0)

    page.goto(f"{base}/queues/other-languages/")
    row = page.locator(f'tr[data-case-id="{japanese.case_id}"]')
    expect(row.locator("td.language")).to_contain_text("ja")
    expect(row.locator(".not-scored")).to_have_text("not scored")
    row.locator("a").click()
    expect(page.locator("#not-scored")).to_contain_text("Not scored for threats in this language")
