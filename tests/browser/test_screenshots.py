"""The three pages people look at most, rendered at 1280×800.

`HEED_SCREENSHOTS=docs/screenshots make test ARGS=tests/browser/test_screenshots.py` refreshes the
pictures in docs/; otherwise they go to a temporary folder and only the rendering is checked.
"""

import os
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect

from moderation.bootstrap.demo import load_demo
from reports.models import ApiClient, Report
from tests.browser.conftest import log_in
from tests.helpers import file_reports, report_body

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_queue_the_case_and_the_status_page_render(
    page: Page, live_server: object, platform: tuple[ApiClient, str], moderator: User, tmp_path: Path
) -> None:
    out = Path(os.environ.get("HEED_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    base = str(live_server)
    load_demo(platform[0])
    from moderation.placement.pipeline import score_reports

    (threat,) = file_reports(
        platform[0],
        report_body(
            "I know where you live, Maya. 14 Alder Road. You won't see it coming.",
            category="violent_threat",
            target_id="u-maya",
            comment="He keeps posting my address",
        ),
    )
    score_reports([threat.pk])
    log_in(page, base, moderator)

    page.goto(f"{base}/queues/harassment/")
    expect(page.locator("tr[data-case-id]").first).to_be_visible()
    page.screenshot(path=out / "queue.png")

    page.goto(f"{base}/cases/{threat.case_id}/")
    expect(page.locator("#content.blurred")).to_be_visible()
    page.screenshot(path=out / "case.png")

    decided = Report.objects.filter(status="resolved").first()
    assert decided is not None
    page.goto(f"{base}{decided.get_status_url()}")
    expect(page.locator("body")).to_contain_text("Received")
    page.screenshot(path=out / "status.png")
    for name in ("queue.png", "case.png", "status.png"):
        assert (out / name).stat().st_size > 10_000
