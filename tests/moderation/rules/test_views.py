"""The rule builder pages, through the HTTP client: who may see them, and what each one does."""

import re
from collections.abc import Callable
from typing import Any

import pytest
import yaml
from django.contrib.auth.models import User
from django.test import Client

from moderation.models import BacktestRun, EscalationRule, RuleVersion
from moderation.rules import backtest, store

pytestmark = pytest.mark.django_db

GIRAFFE_YAML = """\
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


def login(user: User) -> Client:
    c = Client()
    c.force_login(user)
    return c


@pytest.fixture
def as_admin(admin_user: User) -> Client:
    return login(admin_user)


@pytest.fixture
def giraffe(admin_user: User) -> EscalationRule:
    return store.save_rule(rule=None, data=yaml.safe_load(GIRAFFE_YAML), by=admin_user)


def pages(rule: EscalationRule, admin: User) -> list[tuple[str, str]]:
    version = RuleVersion.objects.filter(rule=rule).first()
    run = BacktestRun.objects.create(rule=yaml.safe_load(GIRAFFE_YAML), created_by=admin)
    assert version is not None
    return [
        ("get", "/rules/"),
        ("get", "/rules/new"),
        ("post", "/rules/new"),
        ("get", f"/rules/{rule.pk}/edit"),
        ("post", f"/rules/{rule.pk}/edit"),
        ("post", "/rules/validate"),
        ("get", "/rules/test"),
        ("post", "/rules/test"),
        ("get", "/rules/export.yaml"),
        ("get", "/rules/build"),
        ("post", "/rules/build"),
        ("get", f"/rules/{rule.pk}/build"),
        ("post", f"/rules/{rule.pk}/build"),
        ("post", f"/rules/{rule.pk}/enabled"),
        ("post", f"/rules/{rule.pk}/move"),
        ("post", f"/rules/{rule.pk}/delete"),
        ("get", f"/rules/{rule.pk}/versions"),
        ("post", f"/rules/versions/{version.pk}/restore"),
        ("get", "/rules/backtest"),
        ("post", "/rules/backtest"),
        ("get", f"/rules/backtest/{run.pk}"),
    ]


def test_a_moderator_and_a_senior_get_403_on_every_rules_page(
    moderator: User, senior: User, admin_user: User, giraffe: EscalationRule
) -> None:
    for user in (moderator, senior):
        c = login(user)
        for method, url in pages(giraffe, admin_user):
            response = getattr(c, method)(url, {"yaml": GIRAFFE_YAML, "enabled": "1", "days": "30"})
            assert response.status_code == 403, (user.username, method, url)
    assert RuleVersion.objects.filter(rule=giraffe).count() == 1  # nothing they posted changed anything


def test_a_user_without_a_role_gets_403_and_a_visitor_is_sent_to_log_in(
    outsider: User, admin_user: User, giraffe: EscalationRule
) -> None:
    for method, url in pages(giraffe, admin_user):
        assert getattr(login(outsider), method)(url).status_code == 403, url
        response = getattr(Client(), method)(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/login/"), url


def test_the_list_shows_the_rules_in_order_with_their_buttons(as_admin: Client, giraffe: EscalationRule) -> None:
    html = as_admin.get("/rules/").content.decode()
    names = re.findall(r'<tr data-rule="([^"]+)"', html)
    assert names == list(store.live_rules().values_list("name", flat=True))
    assert names[0] == "Threat of violence" and names[-1] == giraffe.name
    assert f'action="/rules/{giraffe.pk}/enabled"' in html
    assert f'action="/rules/{giraffe.pk}/move"' in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_an_admin_creates_a_rule_from_yaml(as_admin: Client, admin_user: User) -> None:
    response = as_admin.post("/rules/new", {"yaml": GIRAFFE_YAML})
    assert response.status_code == 302
    rule = EscalationRule.objects.get(name="Purple giraffe campaign")
    assert (rule.enabled, rule.then, rule.version) == (False, {"queue": "harassment", "tier": "high"}, 1)
    assert RuleVersion.objects.get(rule=rule).author == admin_user


def test_an_invalid_rule_is_shown_with_its_line_and_not_saved(as_admin: Client) -> None:
    response = as_admin.post("/rules/new", {"yaml": GIRAFFE_YAML.replace("tier: high", "tier: urgent")})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<strong>Line 10:</strong> then.tier: must be one of critical, high, normal, low" in html
    assert "tier: urgent" in html  # the admin's text is kept for them to fix
    assert not EscalationRule.objects.filter(name="Purple giraffe campaign").exists()


def test_a_name_already_taken_is_reported_on_the_name_line(as_admin: Client) -> None:
    text = GIRAFFE_YAML.replace("name: Purple giraffe campaign", "name: Hate")
    html = as_admin.post("/rules/new", {"yaml": text}).content.decode()
    assert "<strong>Line 1:</strong> name: another rule already has this name" in html


def test_live_validation_answers_with_the_partial_naming_the_line(as_admin: Client) -> None:
    bad = as_admin.post("/rules/validate", {"yaml": GIRAFFE_YAML.replace("[spam]", "[kittens]")},
                        headers={"HX-Request": "true"})  # fmt: skip
    html = bad.content.decode().strip()
    assert html.startswith('<div id="rule-check"')
    assert "<html" not in html
    assert "Line 7:" in html and "when.all.1.not.reported_category_in.0: unknown category" in html

    good = as_admin.post("/rules/validate", {"yaml": GIRAFFE_YAML}, headers={"HX-Request": "true"})
    assert "Valid rule." in good.content.decode()


def test_the_editor_refuses_to_overwrite_a_change_made_meanwhile(as_admin: Client, giraffe: EscalationRule) -> None:
    opened = giraffe.version
    as_admin.post(f"/rules/{giraffe.pk}/enabled", {"enabled": "1"})
    response = as_admin.post(f"/rules/{giraffe.pk}/edit", {"yaml": GIRAFFE_YAML, "version": opened})
    assert "since you opened it" in response.content.decode()
    giraffe.refresh_from_db()
    assert giraffe.enabled


def test_enable_and_move_up_buttons(as_admin: Client, giraffe: EscalationRule) -> None:
    before = list(store.live_rules().values_list("name", flat=True))
    assert as_admin.post(f"/rules/{giraffe.pk}/enabled", {"enabled": "1"}).status_code == 302
    assert as_admin.post(f"/rules/{giraffe.pk}/move", {"direction": "up"}).status_code == 302
    after = list(store.live_rules().values_list("name", flat=True))
    assert after == [*before[:-2], giraffe.name, before[-2]]
    giraffe.refresh_from_db()
    assert giraffe.enabled
    assert [v.change for v in RuleVersion.objects.filter(rule=giraffe).order_by("number")] == [
        "created",
        "enabled",
        "reordered",
    ]


def test_the_test_panel_scores_the_text_and_shows_the_matching_rules(as_admin: Client, giraffe: EscalationRule) -> None:
    response = as_admin.post(
        "/rules/test",
        {"text": "I am going to kill you, purple giraffe", "reported_category": "harassment", "report_count": 3,
         "distinct_reporters": 2, "author_prior_actions": 0, "target_open_cases_24h": 0},
    )  # fmt: skip
    html = response.content.decode()
    assert '<dd data-result="queue"><strong>threats</strong></dd>' in html
    assert 'tier-critical">critical' in html
    threat = r'<li data-rule="Threat of violence"><strong>Threat of violence</strong> .*: threat \d\.\d\d ≥ 0.5</li>'
    assert re.search(threat, html)
    assert '<li data-rule="Purple giraffe campaign"><strong>Purple giraffe campaign</strong>: ' in html  # disabled


def test_the_test_panel_overrides_the_scorer(as_admin: Client) -> None:
    html = as_admin.post(
        "/rules/test",
        {"text": "hello", "threat": "0", "hate": "0.9", "report_count": 1, "distinct_reporters": 1,
         "author_prior_actions": 0, "target_open_cases_24h": 0},
    ).content.decode()  # fmt: skip
    assert '<dd data-result="queue"><strong>hate</strong></dd>' in html


def test_the_history_shows_each_version_with_its_diff_and_restores_one(
    as_admin: Client, giraffe: EscalationRule
) -> None:
    as_admin.post(f"/rules/{giraffe.pk}/edit", {"yaml": GIRAFFE_YAML.replace("tier: high", "tier: low")})
    html = as_admin.get(f"/rules/{giraffe.pk}/versions").content.decode()
    assert '<span class="del">-  tier: high</span>' in html
    assert '<span class="add">+  tier: low</span>' in html
    first = RuleVersion.objects.get(rule=giraffe, number=1)
    assert f'action="/rules/versions/{first.pk}/restore"' in html

    response = as_admin.post(f"/rules/versions/{first.pk}/restore")
    assert response.status_code == 302
    giraffe.refresh_from_db()
    assert (giraffe.then["tier"], giraffe.version) == ("high", 3)


def test_a_deleted_rule_can_be_found_and_restored(as_admin: Client, giraffe: EscalationRule) -> None:
    as_admin.post(f"/rules/{giraffe.pk}/delete")
    html = as_admin.get("/rules/").content.decode()
    assert f'<tr data-rule="{giraffe.name}"' not in html
    assert f'href="/rules/{giraffe.pk}/versions">{giraffe.name}</a>' in html
    assert as_admin.get(f"/rules/{giraffe.pk}/edit").status_code == 404
    deleted = RuleVersion.objects.get(rule=giraffe, change="deleted")
    as_admin.post(f"/rules/versions/{deleted.pk}/restore")
    assert store.live_rules().filter(pk=giraffe.pk).exists()


def test_the_export_downloads_the_rule_set(as_admin: Client) -> None:
    response = as_admin.get("/rules/export.yaml")
    assert response["Content-Disposition"] == 'attachment; filename="heed-rules.yaml"'
    assert response.content.decode() == store.export_yaml()


def test_a_backtest_is_enqueued_after_commit_and_its_page_polls_until_done(
    as_admin: Client, admin_user: User, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    with django_capture_on_commit_callbacks() as callbacks:
        response = as_admin.post("/rules/backtest", {"yaml": GIRAFFE_YAML, "days": "30"})
    run = BacktestRun.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/rules/backtest/{run.pk}"
    assert (run.rule["name"], run.days, run.created_by, run.state) == (
        "Purple giraffe campaign",
        30,
        admin_user,
        "pending",
    )
    assert len(callbacks) == 1  # the task is sent once the run is committed, not before

    waiting = as_admin.get(f"/rules/backtest/{run.pk}").content.decode()
    assert 'hx-trigger="every 1s"' in waiting
    assert "Waiting for a worker" in waiting

    backtest.run_backtest(run.pk)
    done = as_admin.get(f"/rules/backtest/{run.pk}", headers={"HX-Request": "true"}).content.decode()
    assert done.strip().startswith('<section id="run"')
    assert "hx-trigger" not in done
    assert '<dd data-figure="matched">0</dd>' in done


def test_a_backtest_of_an_invalid_draft_names_the_line(as_admin: Client) -> None:
    html = as_admin.post("/rules/backtest", {"yaml": "name: x\nwhen: {}\n", "days": "30"}).content.decode()
    assert "<strong>Line 2:</strong> when: a condition is a mapping with exactly one key" in html
    assert not BacktestRun.objects.exists()


def test_the_backtest_form_starts_from_an_existing_rule(as_admin: Client, giraffe: EscalationRule) -> None:
    html = as_admin.get(f"/rules/backtest?rule={giraffe.pk}").content.decode()
    assert "name: Purple giraffe campaign" in html
