"""The visual rule builder through the HTTP client: form ↔ rule ↔ YAML, its buttons, its errors."""

import html
import re
from html.parser import HTMLParser
from typing import Any

import pytest
import yaml
from django.contrib.auth.models import User
from django.test import Client
from django.utils.datastructures import MultiValueDict

from moderation.models import BacktestRun, EscalationRule
from moderation.rules import builder, store

pytestmark = pytest.mark.django_db

CAMPAIGN: dict[str, Any] = {
    "name": "Threatened and piled on",
    "description": "Harassment reports with a threat, against someone already targeted",
    "enabled": True,
    "when": {
        "all": [
            {"reported_category_in": ["harassment"]},
            {"threat_at_least": 0.6},
            {"target_open_cases_24h_at_least": 3},
            {"any": [{"text_contains": ["watch your back", "we know where"]},
                     {"not": {"category_at_least": {"spam": 0.5, "hate": 0.9}}}]},
            {"reports_in_last_minutes": {"minutes": 10, "at_least": 2}},
            {"text_matches": r"\bkill\b"},
        ]
    },
    "then": {"queue": "harassment", "tier": "critical", "priority_points": 25, "sla_minutes": 5,
             "notify": ["on-call"], "restrict_content": True},
}  # fmt: skip


class _Fields(HTMLParser):
    """The values a browser would submit for the form with id `builder` (checked boxes, selected options)."""

    def __init__(self) -> None:
        super().__init__()
        self.data: MultiValueDict[str, str] = MultiValueDict()
        self._textarea: str | None = None
        self._text = ""
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "input" and "name" in a and a.get("type") not in ("checkbox", "submit"):
            self.data.appendlist(a["name"], a.get("value", ""))
        elif tag == "input" and a.get("type") == "checkbox" and "checked" in a:
            self.data.appendlist(a["name"], a.get("value", "on"))
        elif tag == "textarea":
            self._textarea, self._text = a["name"], ""
        elif tag == "select":
            self._select = a["name"]
        elif tag == "option" and self._select and "selected" in a:
            self.data.appendlist(self._select, a["value"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "textarea" and self._textarea:
            self.data.appendlist(self._textarea, self._text.removeprefix("\n"))
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data: str) -> None:
        if self._textarea:
            self._text += data


def form_of(page: str) -> MultiValueDict[str, str]:
    parser = _Fields()
    parser.feed(page)
    data = parser.data
    data.pop("csrfmiddlewaretoken", None)
    for key in list(data):
        if key.endswith("-add") or key.startswith("try-"):
            data.pop(key)
    return data


@pytest.fixture
def as_admin(admin_user: User) -> Client:
    c = Client()
    c.force_login(admin_user)
    return c


def post(client: Client, url: str, data: MultiValueDict[str, str] | dict[str, Any], **extra: Any) -> str:
    response = client.post(url, data, **extra)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def test_a_rule_goes_builder_to_yaml_to_builder_unchanged(as_admin: Client) -> None:
    text = store.to_yaml(CAMPAIGN)
    page = post(as_admin, "/rules/build", {"op": "from-yaml", "yaml": text})
    assert "Valid rule." in page
    form = form_of(page)
    assert builder.rule_from_form(form) == CAMPAIGN

    page = post(as_admin, "/rules/build", {**form.dict(), **{k: form.getlist(k) for k in form}, "op": "yaml"})
    shown = re.search(r'<textarea id="rule-yaml"[^>]*>(.*?)</textarea>', page, re.S)
    assert shown is not None
    assert yaml.safe_load(html.unescape(shown.group(1))) == CAMPAIGN

    again = post(as_admin, "/rules/build", {"op": "from-yaml", "yaml": html.unescape(shown.group(1))})
    assert builder.rule_from_form(form_of(again)) == CAMPAIGN


def test_an_existing_rule_opens_in_the_builder_as_it_is_stored(as_admin: Client, admin_user: User) -> None:
    rule = store.save_rule(rule=None, data=CAMPAIGN, by=admin_user)
    page = as_admin.get(f"/rules/{rule.pk}/build").content.decode()
    assert builder.rule_from_form(form_of(page)) == store.rule_data(rule)
    assert f'name="version" value="{rule.version}"' in page


def test_the_builder_adds_a_condition_from_the_registry_and_removes_one(as_admin: Client) -> None:
    page = as_admin.get("/rules/build").content.decode()
    assert "target open cases 24h at least: at least n distinct authors" in page  # offered with its description
    form = form_of(page)
    form.setlist("c-add", ["threat_at_least"])
    form.setlist("op", ["add:c"])
    part = post(as_admin, "/rules/build", form, HTTP_HX_REQUEST="true")
    assert part.lstrip().startswith('<form method="post" id="builder"')  # the partial, for htmx
    assert builder.rule_from_form(form_of(part))["when"] == {"all": [{"threat_at_least": 0.5}]}

    form = form_of(part)
    form.setlist("c-add", ["any"])
    form.setlist("op", ["add:c"])
    form = form_of(post(as_admin, "/rules/build", form))
    form.setlist("c-1-add", ["reported_category_in"])
    form.setlist("op", ["add:c-1"])
    form = form_of(post(as_admin, "/rules/build", form))
    assert builder.rule_from_form(form)["when"] == {"all": [{"threat_at_least": 0.5},
                                                           {"any": [{"reported_category_in": []}]}]}  # fmt: skip
    form.setlist("op", ["remove:c-0"])
    form = form_of(post(as_admin, "/rules/build", form))
    assert builder.rule_from_form(form)["when"] == {"all": [{"any": [{"reported_category_in": []}]}]}


def test_validation_errors_are_shown_on_the_builder_at_their_condition(as_admin: Client) -> None:
    form = form_of(post(as_admin, "/rules/build", {"op": "from-yaml", "yaml": store.to_yaml(CAMPAIGN)}))
    form.setlist("c-1-number", ["6"])
    form.setlist("op", ["save"])
    page = post(as_admin, "/rules/build", form)
    assert "when.all.1.threat_at_least: must be a number between 0 and 1" in page
    assert re.search(r'class="node has-error" data-node="c-1" data-kind="threat_at_least"', page)
    assert not EscalationRule.objects.filter(name=CAMPAIGN["name"]).exists()

    form.setlist("c-1-number", ["0.6"])
    form.setlist("c-0-category", [])
    page = post(as_admin, "/rules/build", form)
    assert "when.all.0.reported_category_in: must be a non-empty list of non-empty strings" in page


def test_an_admin_saves_a_rule_from_the_builder(as_admin: Client) -> None:
    form = form_of(post(as_admin, "/rules/build", {"op": "from-yaml", "yaml": store.to_yaml(CAMPAIGN)}))
    form.setlist("op", ["save"])
    response = as_admin.post("/rules/build", form)
    assert response.status_code == 302 and response["Location"] == "/rules/"
    rule = EscalationRule.objects.get(name=CAMPAIGN["name"])
    assert store.rule_data(rule) == CAMPAIGN
    assert rule.versions.get().change == "created"


def test_the_draft_is_tested_on_a_sample_text_without_saving(as_admin: Client) -> None:
    form = form_of(post(as_admin, "/rules/build", {"op": "from-yaml", "yaml": store.to_yaml(CAMPAIGN)}))
    form.setlist("op", ["try"])
    sample = {"try-text": "I will kill you, watch your back", "try-reported_category": "harassment",
              "try-report_count": "2", "try-distinct_reporters": "2", "try-author_prior_actions": "0",
              "try-target_open_cases_24h": "3", "try-threat": "0.7"}  # fmt: skip
    for key, value in sample.items():
        form.setlist(key, [value])
    page = post(as_admin, "/rules/build", form, HTTP_HX_REQUEST="true")
    assert "This draft catches it:" in page
    assert "reported as harassment and threat 0.70 ≥ 0.6 and 3 open cases against the target" in page
    assert 'tier-critical">critical' in page
    form.setlist("try-target_open_cases_24h", ["2"])
    assert "This draft does not catch it." in post(as_admin, "/rules/build", form)
    assert not EscalationRule.objects.filter(name=CAMPAIGN["name"]).exists()


def test_one_click_backtests_the_draft(as_admin: Client, django_capture_on_commit_callbacks: Any) -> None:
    form = form_of(post(as_admin, "/rules/build", {"op": "from-yaml", "yaml": store.to_yaml(CAMPAIGN)}))
    form.setlist("op", ["backtest"])
    form.setlist("days", ["7"])
    response = as_admin.post("/rules/build", form)
    run = BacktestRun.objects.get()
    assert response["Location"] == f"/rules/backtest/{run.pk}"
    assert (run.rule, run.days) == (CAMPAIGN, 7)


def test_yaml_that_is_no_valid_rule_stays_in_the_yaml_editor(as_admin: Client) -> None:
    page = post(
        as_admin, "/rules/build", {"op": "from-yaml", "yaml": "name: x\nwhen: {bogus: 1}\nthen: {tier: high}\n"}
    )
    assert 'id="rule-yaml"' in page and "<strong>Line 2:</strong> when.bogus: unknown condition" in page


def test_the_yaml_editor_lists_every_condition_with_its_description(as_admin: Client) -> None:
    page = as_admin.get("/rules/new").content.decode()
    assert "<dt><code>target_open_cases_24h_at_least</code></dt><dd>at least n distinct authors" in page
    assert 'formaction="/rules/build"' in page


def test_a_backtest_leads_back_to_the_builder_with_its_draft(as_admin: Client, admin_user: User) -> None:
    run = BacktestRun.objects.create(rule=CAMPAIGN, days=30, created_by=admin_user)
    page = as_admin.get(f"/rules/backtest/{run.pk}").content.decode()
    assert f'href="/rules/build?run={run.pk}"' in page
    assert builder.rule_from_form(form_of(as_admin.get(f"/rules/build?run={run.pk}").content.decode())) == CAMPAIGN
