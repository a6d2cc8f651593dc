"""`manage.py rules export` and `rules import [--check]`: rules as code."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from moderation.management.commands.rules import Command
from moderation.models import AuditEvent, EscalationRule, RuleVersion, Tier, Triage
from moderation.placement.pipeline import score_reports

pytestmark = pytest.mark.django_db

# The example, appended to the exported rule set.
PURPLE_GIRAFFE = """\
  - name: Purple giraffe campaign
    description: Coordinated harassment using a code phrase
    enabled: true
    when:                      # all / any / not, nesting allowed, or a single condition
      all:
        - text_contains: ["purple giraffe"]
        - not: {reported_category_in: [spam]}
    then:
      queue: harassment
      tier: high               # critical | high | normal | low
      priority_points: 10
      sla_minutes: 60
      notify: [on-call]
"""


def run(*args: str) -> str:
    out = StringIO()
    call_command("rules", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def export_to(path: Path) -> str:
    run("export", "--output", str(path))
    return path.read_text()


def post_report(api: Client, text: str, category: str = "other") -> int:
    body = {
        "external_id": "giraffe-1",
        "category": category,
        "content": {"id": "post-giraffe", "text": text, "author": {"id": "u-1"}},
        "reporter": {"id": "u-2"},
    }
    response = api.post("/api/v1/reports", json.dumps(body), content_type="application/json")
    assert response.status_code == 202
    return int(response.json()["reports"][0]["case_id"])


def test_importing_a_purple_giraffe_rule_routes_a_newly_posted_report_to_harassment(
    api: Client, tmp_path: Path
) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(export_to(path) + PURPLE_GIRAFFE)

    out = run("import", str(path))
    assert "create 1, update 0 and delete 0 rules" in out
    assert "create: Purple giraffe campaign" in out

    case_id = post_report(api, "Spotted the Purple Giraffe again this morning")
    score_reports([])  # drains every waiting report, as the worker would
    triage = Triage.objects.select_related("queue").get(case_id=case_id)
    assert (triage.queue.slug, triage.tier) == ("harassment", Tier.HIGH)
    assert triage.matched_rules[-1]["rule"] == "Purple giraffe campaign"
    assert triage.matched_rules[-1]["version"] == 1


def test_export_then_import_round_trips_with_no_change(heed: None, tmp_path: Path) -> None:
    before = list(EscalationRule.objects.values())
    path = tmp_path / "rules.yaml"
    text = export_to(path)
    assert text == run("export")

    assert "nothing to change" in run("import", str(path))
    assert list(EscalationRule.objects.values()) == before
    assert not RuleVersion.objects.exists()
    assert not AuditEvent.objects.exists()
    assert export_to(tmp_path / "again.yaml") == text


def test_an_invalid_file_names_the_line_and_changes_nothing(heed: None, tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    good = export_to(path)
    bad = good + PURPLE_GIRAFFE.replace("tier: high  ", "tier: urgent")
    path.write_text(bad)
    line = bad.splitlines().index("      tier: urgent             # critical | high | normal | low") + 1

    with pytest.raises(CommandError) as caught:
        run("import", str(path))
    assert str(caught.value).startswith(f"{path}: line {line}: rule ")
    assert "then.tier: must be one of critical, high, normal, low; nothing was changed" in str(caught.value)
    assert run("export") == good
    assert not RuleVersion.objects.exists()


def test_check_validates_and_changes_nothing(heed: None, tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(export_to(path) + PURPLE_GIRAFFE)
    out = run("import", str(path), "--check")
    assert "would create 1" in out
    assert not EscalationRule.objects.filter(name="Purple giraffe campaign").exists()


def test_a_missing_file_is_an_error(heed: None, tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="cannot read"):
        run("import", str(tmp_path / "nope.yaml"))


def test_the_command_exits_non_zero_on_an_invalid_file(
    heed: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text("rules:\n  - name: x\n")
    with pytest.raises(SystemExit) as caught:
        Command().run_from_argv(["manage.py", "rules", "import", str(path), "--check"])
    assert caught.value.code == 1
    assert 'line 2: rule 1 ("x"): when: required' in capsys.readouterr().err
