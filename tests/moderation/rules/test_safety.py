"""The rule editor and the rule import refuse what would stall a worker: YAML aliases, deep nesting,
and more regular expressions than a rule set's time budget covers."""

import time
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.test import Client

from moderation.models import EscalationRule
from moderation.rules import MAX_PATTERNS, RULE_SET_BUDGET_SECONDS, Facts, evaluate, pattern_count, store

pytestmark = pytest.mark.django_db

# 465 characters that expand to 9^9 strings: the billion laughs, in YAML.
ALIAS_BOMB = """\
name: bomb
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
when: {text_contains: *i}
then: {queue: harassment}
"""

ANCHORED = """\
name: Two phrases
when:
  any:
    - text_contains: &phrases ["purple giraffe"]
    - not: {text_contains: *phrases}
then: {queue: harassment}
"""

SLOW = r"(a|aa)+$"  # exponential on "aaa…!" even for the regex module


def slow_rule(n: int) -> str:
    return f"name: slow {n}\nwhen: {{text_matches: '{SLOW}'}}\nthen: {{queue: harassment}}\n"


@pytest.fixture
def as_admin(admin_user: User) -> Client:
    c = Client()
    c.force_login(admin_user)
    return c


def test_the_editor_refuses_an_alias_bomb_at_once(as_admin: Client) -> None:
    started = time.monotonic()
    response = as_admin.post("/rules/new", {"yaml": ALIAS_BOMB})
    assert time.monotonic() - started < 2
    assert response.status_code == 200
    page = response.content.decode()
    assert "anchors and aliases" in page
    assert "Line 2:" in page
    assert not EscalationRule.objects.filter(name="bomb").exists()


def test_the_editor_refuses_even_a_harmless_alias(as_admin: Client) -> None:
    response = as_admin.post("/rules/validate", {"yaml": ANCHORED})
    assert "anchors and aliases" in response.content.decode()


def test_the_editor_refuses_yaml_nested_too_deep(as_admin: Client) -> None:
    deep = "name: deep\nwhen: " + "[" * 5000 + "]" * 5000 + "\nthen: {queue: harassment}\n"
    response = as_admin.post("/rules/new", {"yaml": deep})
    assert response.status_code == 200
    assert "nested too deep" in response.content.decode()


def test_the_import_refuses_an_alias_bomb(admin_user: User, tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text("rules:\n  - " + ALIAS_BOMB.replace("\n", "\n    ").rstrip() + "\n")
    before = list(store.live_rules().values_list("name", flat=True))
    with pytest.raises(CommandError, match="anchors and aliases"):
        call_command("rules", "import", str(path))
    assert list(store.live_rules().values_list("name", flat=True)) == before


def test_the_editor_refuses_a_pattern_beyond_the_rule_sets_budget(as_admin: Client) -> None:
    existing = pattern_count([r.when for r in store.live_rules()])
    for n in range(MAX_PATTERNS - existing):
        assert as_admin.post("/rules/new", {"yaml": slow_rule(n)}).status_code == 302
    response = as_admin.post("/rules/new", {"yaml": slow_rule(999)})
    assert response.status_code == 200
    assert f"at most {MAX_PATTERNS} text_matches patterns" in response.content.decode()
    assert not EscalationRule.objects.filter(name="slow 999").exists()


def test_the_import_refuses_more_patterns_than_the_budget(admin_user: User, tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    rules = "".join("  - " + slow_rule(n).replace("\n", "\n    ").rstrip() + "\n" for n in range(MAX_PATTERNS + 1))
    path.write_text("rules:\n" + rules)
    with pytest.raises(CommandError, match=f"at most {MAX_PATTERNS} text_matches patterns"):
        call_command("rules", "import", str(path))
    assert not EscalationRule.objects.filter(name__startswith="slow").exists()


def test_a_rule_set_full_of_slow_patterns_stays_within_its_time_budget() -> None:
    rules = [{"name": f"slow {n}", "when": {"text_matches": SLOW}, "then": {"queue": "harassment"}}
             for n in range(MAX_PATTERNS)]  # fmt: skip
    started = time.monotonic()
    placement = evaluate(rules, Facts(text="a" * 40 + "!"))
    assert time.monotonic() - started < RULE_SET_BUDGET_SECONDS + 0.2
    assert placement.matched == []
    assert placement.budget_exhausted


def test_a_rule_after_an_exhausted_budget_still_applies_if_it_needs_no_pattern() -> None:
    rules = [
        *({"name": f"slow {n}", "when": {"text_matches": SLOW}, "then": {"queue": "harassment"}} for n in range(20)),
        {"name": "threat", "when": {"threat_at_least": 0.5}, "then": {"queue": "threats"}},
    ]
    placement = evaluate(rules, Facts(text="a" * 40 + "!", threat=0.9))
    assert placement.queue == "threats"
