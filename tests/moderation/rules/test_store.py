"""Changing rules: versions, diffs, audit events, restore, import and export (the services)."""

from pathlib import Path
from typing import Any

import pytest
import yaml
from django.contrib.auth.models import User

from moderation.models import AuditEvent, EscalationRule, RuleVersion, Triage
from moderation.placement.pipeline import active_rules, score_reports
from moderation.rules import RuleError, store
from reports.models import ApiClient
from tests.helpers import file_reports, report_body

pytestmark = pytest.mark.django_db

GIRAFFE: dict[str, Any] = {
    "name": "Purple giraffe campaign",
    "description": "Coordinated harassment using a code phrase",
    "enabled": True,
    "when": {"text_contains": ["purple giraffe"]},
    "then": {"queue": "harassment", "tier": "high"},
}


def versions_of(rule: EscalationRule) -> list[tuple[int, str]]:
    return list(RuleVersion.objects.filter(rule=rule).order_by("number").values_list("number", "change"))


def route(client: ApiClient, text: str) -> Triage:
    (report,) = file_reports(client, report_body(text, category="other"))
    score_reports([report.pk])
    return Triage.objects.select_related("queue").get(case_id=report.case_id)


def test_creating_a_rule_records_version_1_and_an_audit_event(admin_user: User) -> None:
    rule = store.save_rule(rule=None, data=GIRAFFE, by=admin_user)
    assert rule.version == 1
    assert rule.position == EscalationRule.objects.exclude(pk=rule.pk).count() + 1  # appended last
    (version,) = RuleVersion.objects.filter(rule=rule)
    assert (version.number, version.change, version.author) == (1, "created", admin_user)
    assert version.snapshot == {**GIRAFFE, "position": rule.position}
    assert "+name: Purple giraffe campaign" in version.diff
    event = AuditEvent.objects.get(rule=rule)
    assert (event.action, event.actor, event.data["version"]) == ("rule_created", admin_user, 1)


def test_an_invalid_rule_is_refused_and_nothing_is_stored(admin_user: User) -> None:
    with pytest.raises(RuleError) as caught:
        store.save_rule(rule=None, data={**GIRAFFE, "then": {"queue": "nowhere"}}, by=admin_user)
    assert caught.value.loc == ["then", "queue"]
    assert not EscalationRule.objects.filter(name=GIRAFFE["name"]).exists()
    assert not RuleVersion.objects.exists()


def test_two_rules_cannot_share_a_name(admin_user: User) -> None:
    with pytest.raises(RuleError, match="another rule already has this name"):
        store.save_rule(rule=None, data={**GIRAFFE, "name": "Threat of violence"}, by=admin_user)


def test_editing_a_default_rule_records_its_starting_point_then_the_change(admin_user: User) -> None:
    rule = EscalationRule.objects.get(name="Hate")
    data = {**store.rule_data(rule), "then": {"queue": "hate", "tier": "high"}}
    rule = store.save_rule(rule=rule, data=data, by=admin_user)
    assert rule.version == 2
    assert versions_of(rule) == [(1, "baseline"), (2, "updated")]
    diff = RuleVersion.objects.get(rule=rule, number=2).diff
    assert "-  tier: normal\n+  tier: high\n" in diff
    assert diff.startswith("--- Hate v1\n+++ Hate v2\n")


def test_saving_a_rule_unchanged_records_nothing(admin_user: User) -> None:
    rule = store.save_rule(rule=None, data=GIRAFFE, by=admin_user)
    store.save_rule(rule=rule, data=GIRAFFE, by=admin_user)
    assert versions_of(rule) == [(1, "created")]


def test_a_stale_editor_cannot_overwrite_a_newer_change(admin_user: User) -> None:
    rule = store.save_rule(rule=None, data=GIRAFFE, by=admin_user)
    store.set_enabled(rule=rule, enabled=False, by=admin_user)
    with pytest.raises(RuleError, match="changed"):
        store.save_rule(rule=rule, data={**GIRAFFE, "description": "x"}, by=admin_user, expected_version=1)


def test_enabling_and_disabling_are_versions_and_audited(admin_user: User) -> None:
    rule = EscalationRule.objects.get(name="Spam")
    store.set_enabled(rule=rule, enabled=False, by=admin_user)
    store.set_enabled(rule=rule, enabled=False, by=admin_user)  # already disabled: nothing to record
    store.set_enabled(rule=rule, enabled=True, by=admin_user)
    assert versions_of(rule) == [(1, "baseline"), (2, "disabled"), (3, "enabled")]
    assert list(AuditEvent.objects.filter(rule=rule).values_list("action", flat=True)) == [
        "rule_disabled",
        "rule_enabled",
    ]


def test_moving_a_rule_up_swaps_it_with_the_one_above(admin_user: User) -> None:
    names = list(store.live_rules().values_list("name", flat=True))
    rule = EscalationRule.objects.get(name=names[2])
    store.move_rule(rule=rule, position=2, by=admin_user)
    after = list(store.live_rules().values_list("name", flat=True))
    assert after[:3] == [names[0], names[2], names[1]]
    assert after[3:] == names[3:]
    changed = RuleVersion.objects.filter(change="reordered").values_list("rule_name", flat=True)
    assert sorted(changed) == sorted([names[1], names[2]])


def test_a_deleted_rule_leaves_the_rule_set_and_a_restore_brings_it_back(admin_user: User) -> None:
    rule = EscalationRule.objects.get(name="Spam")
    position = rule.position
    store.delete_rule(rule=rule, by=admin_user)
    assert "Spam" not in [r["name"] for r in active_rules()]
    assert "Spam" not in store.export_yaml()
    deleted = RuleVersion.objects.get(rule=rule, change="deleted")
    assert deleted.diff.count("\n-") > 3 and "\n+ " not in deleted.diff

    restored = store.restore_version(version=deleted, by=admin_user)
    assert (restored.position, restored.enabled, restored.version) == (position, True, 3)
    assert "Spam" in [r["name"] for r in active_rules()]
    assert AuditEvent.objects.get(rule=rule, action="rule_restored").data["restored_from"] == 2


def test_a_new_rule_named_like_a_deleted_one_continues_its_history(admin_user: User) -> None:
    rule = store.save_rule(rule=None, data=GIRAFFE, by=admin_user)
    store.delete_rule(rule=rule, by=admin_user)
    again = store.save_rule(rule=None, data=GIRAFFE, by=admin_user)
    assert again.pk == rule.pk
    assert versions_of(again) == [(1, "created"), (2, "deleted"), (3, "created")]


def test_cases_record_the_version_of_each_rule_that_matched(platform: tuple[ApiClient, str], admin_user: User) -> None:
    rule = store.save_rule(rule=None, data=GIRAFFE, by=admin_user)
    store.move_rule(rule=rule, position=1, by=admin_user)
    triage = route(platform[0], "the purple giraffe walks at dawn")
    rule.refresh_from_db()
    assert rule.version == 2  # created, then moved
    assert triage.matched_rules[0]["rule"] == GIRAFFE["name"]
    assert triage.matched_rules[0]["version"] == 2


def test_restoring_an_older_version_changes_routing_of_the_next_report_and_the_audit_log_shows_both(
    platform: tuple[ApiClient, str], admin_user: User
) -> None:
    client = platform[0]
    rule = store.save_rule(rule=None, data=GIRAFFE, by=admin_user)
    rule = store.move_rule(rule=rule, position=1, by=admin_user)
    first = RuleVersion.objects.get(rule=rule, number=rule.version)
    assert route(client, "the purple giraffe walks at dawn").queue.slug == "harassment"

    rule = store.save_rule(rule=rule, data={**GIRAFFE, "then": {"queue": "spam", "tier": "low"}}, by=admin_user)
    assert route(client, "the purple giraffe walks at noon").queue.slug == "spam"

    store.restore_version(version=first, by=admin_user)
    triage = route(client, "the purple giraffe walks at dusk")
    assert (triage.queue.slug, triage.tier) == ("harassment", 2)
    assert triage.matched_rules[0] == {
        "rule": GIRAFFE["name"],
        "version": first.number + 2,
        "why": 'text contains "purple giraffe"',
    }
    events = list(AuditEvent.objects.filter(rule=rule).values_list("action", "actor", "data__version"))
    assert events[-2:] == [
        ("rule_updated", admin_user.pk, first.number + 1),
        ("rule_restored", admin_user.pk, first.number + 2),
    ]


def test_an_old_version_whose_queue_is_gone_is_not_restored(admin_user: User) -> None:
    rule = store.save_rule(rule=None, data=GIRAFFE, by=admin_user)
    version = RuleVersion.objects.get(rule=rule)
    RuleVersion.objects.filter(pk=version.pk).update(snapshot={**version.snapshot, "then": {"queue": "gone"}})
    version.refresh_from_db()
    with pytest.raises(RuleError, match="unknown queue"):
        store.restore_version(version=version, by=admin_user)


# -- YAML ------------------------------------------------------------------------------------------


def test_the_export_lists_the_rules_in_evaluation_order_in_the_documented_format(heed: None) -> None:
    text = store.export_yaml()
    assert "\nrules:\n  - name: Threat of violence\n    description: " in text
    data = yaml.safe_load(text)
    assert list(data) == ["rules"]
    assert [r["name"] for r in data["rules"]] == list(store.live_rules().values_list("name", flat=True))
    assert all(list(r) == ["name", "description", "enabled", "when", "then"] for r in data["rules"])
    assert "reported_category_in: [violent_threat]" in text


def test_export_then_import_round_trips_with_no_change(admin_user: User) -> None:
    before = list(EscalationRule.objects.values())
    text = store.export_yaml()
    store.import_yaml(text, by=admin_user)
    assert list(EscalationRule.objects.values()) == before
    assert not RuleVersion.objects.exists()
    assert not AuditEvent.objects.exists()
    assert store.export_yaml() == text


def test_an_import_records_imported_and_deleted_versions(admin_user: User) -> None:
    data = yaml.safe_load(store.export_yaml())
    data["rules"] = [r for r in data["rules"] if r["name"] != "Spam"]
    data["rules"].insert(0, GIRAFFE)
    data["rules"][1]["then"]["priority_points"] = 60  # Threat of violence
    rules = store.import_yaml(yaml.safe_dump(data, sort_keys=False), by=admin_user)

    assert [r.name for r in rules] == [r["name"] for r in data["rules"]]
    assert [r.position for r in rules] == list(range(1, len(rules) + 1))
    changes = dict(RuleVersion.objects.exclude(change="baseline").values_list("rule_name", "change"))
    assert changes[GIRAFFE["name"]] == "imported"
    assert changes["Threat of violence"] == "imported"
    assert changes["Spam"] == "deleted"
    assert AuditEvent.objects.get(action="rules_imported").data["deleted"] == ["Spam"]


def test_check_only_validates(admin_user: User) -> None:
    data = {"rules": [GIRAFFE]}
    rules = store.import_yaml(yaml.safe_dump(data), by=admin_user, check=True)
    assert [r.name for r in rules] == [GIRAFFE["name"]]
    assert not EscalationRule.objects.filter(name=GIRAFFE["name"]).exists()
    assert not RuleVersion.objects.exists()


BAD_FILE = """\
rules:
  - name: Threat of violence
    when: {threat_at_least: 0.5}
    then: {queue: threats, tier: critical}
  - name: Purple giraffe campaign
    when:
      all:
        - text_contains: ["purple giraffe"]
        - reported_category_in: [spam, kittens]
    then:
      queue: harassment
"""


def test_an_invalid_file_names_the_line_and_changes_nothing(admin_user: User) -> None:
    before = list(EscalationRule.objects.values())
    with pytest.raises(store.RuleImportError) as caught:
        store.import_yaml(BAD_FILE, by=admin_user)
    assert caught.value.line == 9
    assert str(caught.value) == (
        'line 9: rule 2 ("Purple giraffe campaign"): when.all.1.reported_category_in.1: unknown category; '
        "one of violent_threat, harassment, hate, sexual, self_harm, spam, private_info, other"
    )
    assert list(EscalationRule.objects.values()) == before


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("rules:\n  - name: a\n    when: {threat_at_least: 2}\n    then: {tier: high}\n", 3, "when.threat_at_least"),
        ("rules:\n  - name: a\n    when: {threat_at_least: 0.5}\n    then:\n      tier: urgent\n", 5, "then.tier"),
        ("rules:\n  - name: a\n    when: {threat_at_least: 0.5}\n    then: {tier: high}\n    colour: red\n", 5,
         "colour: unknown key"),
        ("rules:\n  - name: a\n    when: {threat_at_least: 0.5}\n    when: {threat_at_least: 0.6}\n", 4,
         '"when" appears twice'),
        ("rules:\n  - name: a\n    when: [\n", 4, "not valid YAML"),
        ("rules:\n  - name: a\n    when: {threat_at_least: 0.5}\n    then: {tier: high}\n"
         "  - name: a\n    when: {threat_at_least: 0.6}\n    then: {tier: low}\n", 5, "same name"),
        ("rule:\n  - name: a\n", 1, "one top-level key"),
        ("rules: {}\n", 1, "must be a list"),
    ],
)  # fmt: skip
def test_file_errors_name_their_line(heed: None, text: str, line: int, message: str) -> None:
    with pytest.raises(store.RuleImportError) as caught:
        store.parse_rules_yaml(text)
    assert caught.value.line == line
    assert message in str(caught.value)


def test_a_single_rule_in_yaml_is_checked_with_its_line(heed: None) -> None:
    text = "name: a\nwhen:\n  any:\n    - signal: []\nthen: {queue: hate}\n"
    with pytest.raises(store.RuleImportError) as caught:
        store.parse_rule_yaml(text)
    assert (caught.value.line, caught.value.loc) == (4, ["when", "any", 0, "signal"])


def test_the_dry_run_scores_the_text_and_explains_the_placement(admin_user: User) -> None:
    store.save_rule(rule=None, data={**GIRAFFE, "enabled": False}, by=admin_user)
    run = store.dry_run(text="I am going to kill you tomorrow, purple giraffe", reported_categories=["hate"])
    assert run.score.threat >= 0.5
    assert (run.queue, run.tier, run.sla_minutes) == ("threats", "critical", 15)
    assert run.placement.matched[0]["rule"] == "Threat of violence"
    assert [m["rule"] for m in run.disabled_matches] == [GIRAFFE["name"]]
    assert run.priority > 50


def test_the_dry_run_takes_overrides_over_the_scorer(heed: None) -> None:
    run = store.dry_run(text="nice weather", threat=0.0, categories={"hate": 0.9})
    assert run.queue == "hate"
    assert run.placement.matched[0]["why"] == "hate 0.90 ≥ 0.5"


def test_the_documented_example_file_is_a_valid_rule_set(heed: None) -> None:
    doc = (Path(__file__).resolve().parents[3] / "docs" / "rules.md").read_text()
    example = doc.split("## Rules as code")[1].split("```yaml\n")[1].split("```")[0]
    rules = store.parse_rules_yaml(example)
    names = ["Threat of violence", "Purple giraffe campaign", "Repeat offender on a pile-on"]
    assert [r["name"] for r in rules] == names
    assert store.to_yaml({"rules": rules}) in example  # and it is written the way the export writes it
