"""An admin creates a rule, tries it in the Test panel, backtests it and enables it, in headless Chromium.

The backtest runs the way it does in production: the page enqueues it through Celery and a real worker
(the `start_worker` fixture) runs it while the results page polls.
"""

import re
from collections.abc import Callable
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.utils import timezone
from playwright.sync_api import Page, expect

from moderation.models import BacktestRun, EscalationRule, RuleVersion, Tier, Triage
from moderation.placement.pipeline import score_reports
from moderation.review.services import case_decide
from reports.models import ApiClient
from tests.browser.conftest import log_in
from tests.conftest import Worker, wait_for
from tests.helpers import file_reports, report_body

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RULE = """\
name: Purple giraffe campaign
description: Coordinated harassment using a code phrase
enabled: false
when:
  all:
    - text_contains: ["purple giraffe"]
    - not: {reported_category_in: [spam]}
then:
  queue: harassment
  tier: high
"""


def seed_history(client: ApiClient, moderator: User) -> None:
    """Two past giraffe cases, one actioned and one not, and an unrelated one."""
    reports = file_reports(
        client,
        report_body("the purple giraffe will find you, loser", category="harassment"),
        report_body("saw a purple giraffe balloon at the fair", category="other"),
        report_body("lovely weather today", category="other"),
    )
    score_reports([r.pk for r in reports])
    for report, action, reason in [
        (reports[0], "remove_content", "harassment"),
        (reports[1], "no_violation", "not-abusive"),
    ]:
        version = Triage.objects.get(case_id=report.case_id).version
        case_decide(case_id=report.case_id, by=moderator, action=action, reason_code=reason, version=version)


def test_an_admin_creates_tests_backtests_and_enables_a_rule(
    page: Page,
    live_server: object,
    platform: tuple[ApiClient, str],
    admin_user: User,
    moderator: User,
    start_worker: Callable[[], Worker],
) -> None:
    base = str(live_server)
    seed_history(platform[0], moderator)
    start_worker()
    log_in(page, base, admin_user)

    # Create: live validation names the line of a mistake, then the rule saves (disabled).
    page.goto(f"{base}/rules/")
    page.click("text=New rule")
    page.fill("#rule-yaml", RULE.replace("tier: high", "tier: urgent"))
    expect(page.locator("#rule-check")).to_contain_text(
        "Line 10: then.tier: must be one of critical, high, normal, low"
    )
    page.fill("#rule-yaml", RULE)
    expect(page.locator("#rule-check")).to_contain_text("Valid rule.")
    page.click("button:has-text('Save')")
    expect(page).to_have_url(f"{base}/rules/")
    row = page.locator('tr[data-rule="Purple giraffe campaign"]')
    expect(row).to_contain_text("Disabled")
    rule = EscalationRule.objects.get(name="Purple giraffe campaign")
    assert (rule.enabled, rule.version) == (False, 1)

    # Test: the disabled rule would match this text; the live rules still send it to general.
    page.click("text=Test panel")
    page.fill("textarea[name=text]", "Spotted the Purple Giraffe again this morning")
    page.select_option("select[name=reported_category]", "other")
    page.click("button:has-text('Test the rules')")
    expect(page.locator('[data-result="queue"]')).to_have_text("general")
    expect(page.locator('#disabled-matches li[data-rule="Purple giraffe campaign"]')).to_contain_text(
        'text contains "purple giraffe"'
    )

    # Backtest: from the rule's editor, over the last 30 days; the page fills in once the worker is done.
    page.goto(f"{base}/rules/")
    row.locator("a", has_text="Purple giraffe campaign").click()
    page.click("text=Backtest this rule")
    expect(page.locator("#backtest-yaml")).to_have_value(re.compile(r"^name: Purple giraffe campaign\n"))
    page.click("button:has-text('Run the backtest')")
    expect(page).to_have_url(re.compile(r"/rules/backtest/\d+$"))
    expect(page.locator('[data-figure="matched"]')).to_have_text("2", timeout=30_000)
    expect(page.locator('[data-figure="decided"]')).to_have_text("2")
    expect(page.locator('[data-figure="actioned"]')).to_have_text("1")
    expect(page.locator('[data-figure="precision"]')).to_have_text("50.0%")
    expect(page.locator("#examples tr[data-case-id]")).to_have_count(2)
    expect(page.locator('.queue-moves tr[data-queue="harassment"]')).to_contain_text("+1")  # the fair balloon
    assert BacktestRun.objects.get().state == BacktestRun.State.DONE

    # Enable it from the list.
    page.goto(f"{base}/rules/")
    row.locator("button:has-text('Enable')").click()
    expect(row).to_contain_text("Enabled")
    rule.refresh_from_db()
    assert (rule.enabled, rule.version) == (True, 2)
    assert list(RuleVersion.objects.filter(rule=rule).order_by("number").values_list("change", flat=True)) == [
        "created",
        "enabled",
    ]


def test_an_admin_builds_a_rule_without_yaml_tests_backtests_saves_it_and_it_routes_a_new_report(
    page: Page,
    live_server: object,
    platform: tuple[ApiClient, str],
    admin_user: User,
    start_worker: Callable[[], Worker],
) -> None:
    base = str(live_server)
    # Three authors already have live cases against the same person.
    earlier = file_reports(
        platform[0],
        *(report_body(f"you are pathetic, number {n}", target_id="victim-1", author_id=f"troll-{n}") for n in range(3)),
    )
    score_reports([r.pk for r in earlier])
    start_worker()
    log_in(page, base, admin_user)

    # Build: three conditions from the list, each with its typed field, and the actions.
    page.goto(f"{base}/rules/")
    page.click(".rules-nav >> text=Builder")
    expect(page).to_have_url(f"{base}/rules/build")
    page.fill("input[name=name]", "Threats against a targeted person")
    page.fill("input[name=description]", "Harassment reports carrying a threat, aimed at someone already piled on")
    for kind in ("reported_category_in", "threat_at_least", "target_open_cases_24h_at_least"):
        page.select_option("select[name=c-add]", kind)
        page.click('[data-node="c"] > .node-add button:has-text("Add")')
        expect(page.locator(f'[data-kind="{kind}"]')).to_have_count(1)
    page.check('input[name=c-0-category][value="harassment"]')
    page.fill("input[name=c-1-number]", "0.6")
    page.fill("input[name=c-2-number]", "3")
    expect(page.locator('[data-node="c-2"]')).to_contain_text("at least n distinct authors")  # its description
    page.select_option("select[name=queue]", "harassment")
    page.select_option("select[name=tier]", "critical")
    page.fill("input[name=priority_points]", "25")
    page.fill("input[name=sla_minutes]", "5")
    page.fill("input[name=notify]", "on-call")

    # Test it on a sample text: the panel says whether the draft catches it.
    page.fill("textarea[name=try-text]", "I will find you and kill you")
    page.select_option("select[name=try-reported_category]", "harassment")
    page.fill("input[name=try-target_open_cases_24h]", "3")
    page.click("button:has-text('Test the draft')")
    expect(page.locator("#draft-match")).to_contain_text(
        "reported as harassment and threat 1.00 ≥ 0.6 and 3 open cases against the target in 24 h ≥ 3"
    )
    page.fill("input[name=try-target_open_cases_24h]", "2")
    page.click("button:has-text('Test the draft')")
    expect(page.locator("#draft-match")).to_have_text("This draft does not catch it.")
    expect(page.locator("#builder-check")).to_have_text("Valid rule.")

    # The YAML view is the same rule; back in the builder nothing is lost.
    page.click("button:has-text('YAML view')")
    expect(page.locator("#rule-yaml")).to_have_value(re.compile(r"target_open_cases_24h_at_least: 3\n"))
    expect(page.locator("#rule-yaml")).to_have_value(re.compile(r"notify: \[on-call\]"))
    page.click("button:has-text('Open in the builder')")
    expect(page.locator("input[name=c-1-number]")).to_have_value("0.6")
    expect(page.locator('input[name=c-0-category][value="harassment"]')).to_be_checked()
    expect(page.locator("select[name=tier]")).to_have_value("critical")

    # One click backtests the draft; the results page leads back to the builder with the same draft.
    page.click("button:has-text('Backtest this draft')")
    expect(page).to_have_url(re.compile(r"/rules/backtest/\d+$"))
    expect(page.locator('[data-figure="matched"]')).to_have_text(re.compile(r"^\d+$"), timeout=30_000)
    assert BacktestRun.objects.get().rule["when"]["all"][2] == {"target_open_cases_24h_at_least": 3}
    page.click("#draft-in-builder")
    expect(page.locator("input[name=c-2-number]")).to_have_value("3")

    # Enable and save it.
    page.check("input[name=enabled]")
    page.click("button:has-text('Save')")
    expect(page).to_have_url(f"{base}/rules/")
    expect(page.locator('tr[data-rule="Threats against a targeted person"]')).to_contain_text("Enabled")

    # A new threat against the same person is routed by it.
    (report,) = file_reports(
        platform[0],
        report_body("I will find you and kill you", category="harassment", target_id="victim-1", author_id="troll-9"),
    )
    triage = wait_for(
        lambda: Triage.objects.filter(case_id=report.case_id, matched_rules__contains=[
            {"rule": "Threats against a targeted person"}]).first()
    )  # fmt: skip
    assert triage.tier == Tier.CRITICAL
    assert triage.sla_due_at <= timezone.now() + timedelta(minutes=5)  # its SLA, shorter than the threat rule's 15
