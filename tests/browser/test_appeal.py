"""An author's appeal, from the platform's API call to the reversal webhook, reviewed in headless Chromium."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import User
from django.test import Client
from playwright.sync_api import Page, expect

from moderation.models import Appeal, Triage
from moderation.placement.pipeline import score_reports
from moderation.review.services import case_decide
from reports.models import ApiClient, Report
from tests.browser.conftest import log_in
from tests.conftest import wait_for
from tests.helpers import Receiver, file_reports, report_body

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@contextmanager
def removed_for_harassment(
    client: ApiClient, moderator: User, start_worker: Callable[[], object]
) -> Iterator[tuple[Report, Receiver]]:
    """A report whose content a moderator removed, with the platform's webhooks going to a local receiver."""
    receiver = Receiver()
    try:
        client.callback_url = receiver.url
        client.save(update_fields=["callback_url"])
        start_worker()
        report = file_reports(client, report_body("you are a worthless idiot"))[0]
        score_reports([report.pk])
        triage = Triage.objects.get(case_id=report.case_id)
        case_decide(case_id=report.case_id, by=moderator, action="remove_content", reason_code="harassment",
                    version=triage.version)  # fmt: skip
        yield report, receiver
    finally:
        receiver.stop()


def test_a_second_moderator_overturns_an_appeal_and_the_platform_hears_of_it(
    page: Page, live_server: object, platform: tuple[ApiClient, str], moderator: User, senior: User, start_worker
) -> None:
    with removed_for_harassment(platform[0], moderator, start_worker) as (report, receiver):
        token = platform[1]
        api = Client(headers={"Authorization": f"Bearer {token}"})
        r = api.post(
            "/api/v1/appeals",
            {"external_id": "appeal-1", "report_id": report.pk, "statement": "It was a quote from a film."},
            content_type="application/json",
        )
        assert r.status_code == 202, r.content
        appeal_id = r.json()["id"]

        base = str(live_server)
        log_in(page, base, senior)
        page.goto(f"{base}/appeals/")
        page.click(f"tr[data-appeal-id='{appeal_id}'] a")
        expect(page.locator("#statement")).to_have_text("It was a quote from a film.")
        page.click("#claim-appeal")
        page.check("input[name=outcome][value=overturned]")
        page.fill("#appeal-note", "A film quote, not aimed at anyone.")
        page.click("#appeal-decide button[type=submit]")
        expect(page.locator("p.message")).to_contain_text("overturned")

        assert Appeal.objects.get(pk=appeal_id).state == "overturned"
        reversal = wait_for(
            lambda: next((x for x in receiver.received if x.json()["event"] == "decision_reversed"), None)
        )
        assert reversal.json()["case_id"] == report.case_id
        assert reversal.json()["reversed_action"] == "remove_content"

        page.goto(f"{base}{report.get_status_url()}")
        expect(page.locator("#appeal-result")).to_contain_text("reversed")


def test_the_author_appeals_from_the_notice_and_a_second_moderator_upholds(
    page: Page, live_server: object, platform: tuple[ApiClient, str], moderator: User, senior: User, start_worker
) -> None:
    with removed_for_harassment(platform[0], moderator, start_worker) as (report, receiver):
        decision = wait_for(lambda: next((x for x in receiver.received if x.json()["event"] == "decision"), None))
        base = str(live_server)

        # The platform passes the link on; the author opens it, with no account here.
        page.goto(base + urlsplit(decision.json()["author_notice_url"]).path)
        expect(page.locator("#notice-decision")).to_have_text("The content was removed.")
        page.fill("textarea[name=statement]", "I was quoting what was said to me.")
        page.click("#appeal-form button[type=submit]")
        expect(page.locator("#appeal-result")).to_contain_text("waiting for review")
        author_page = page.url

        appeal = Appeal.objects.get(case_id=report.case_id)
        assert appeal.statement == "I was quoting what was said to me."
        log_in(page, base, senior)
        page.goto(f"{base}/appeals/{appeal.pk}/")
        page.click("#claim-appeal")
        page.check("input[name=outcome][value=upheld]")
        page.fill("#appeal-note", "An insult aimed at the person, not a quote.")
        page.click("#appeal-decide button[type=submit]")
        expect(page.locator("p.message")).to_contain_text("upheld")

        page.goto(author_page)
        expect(page.locator("#appeal-result")).to_contain_text("the decision stands")
        page.goto(f"{base}{report.get_status_url()}")
        expect(page.locator("#appeal-result")).to_contain_text("the decision stands")
