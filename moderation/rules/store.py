"""Changing the escalation rules: each change validated, versioned (a snapshot and a diff) and audited.

The rules themselves (what a condition means, how actions combine) live in `conditions`, `schema` and
`engine`; this module only stores them. Every change bumps `EscalationRule.version` and writes a `RuleVersion` with
that number, so the `version` a case records in `Triage.matched_rules` names the exact snapshot.

A deleted rule is retired, not removed: its row stays, disabled, at position `RETIRED`, because its
audit events point at it and audit events can be neither updated nor deleted. Creating or importing a
rule with a retired rule's name brings that row back, so its version numbers carry on.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml
from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Max, QuerySet

from moderation.bootstrap.defaults import FALLBACK_QUEUE
from moderation.models import AuditEvent, EscalationRule, Queue, RuleVersion, TeamSettings, Tier
from moderation.placement import priority as priority_formula
from moderation.placement.unscored import place_by_language
from moderation.rules.engine import Facts, Placement, evaluate, explain
from moderation.rules.schema import ACTION_ORDER, RULE_KEYS, RuleError, validate_pattern_budget, validate_rule
from moderation.scoring import TextScore, score_text
from reports.languages import UNDETERMINED

# Rules nest conditions a few levels deep; YAML nested deeper is a way to exhaust the parser's recursion.
MAX_YAML_DEPTH = 40
RETIRED = 2_147_483_647  # the position of a deleted rule (the largest a PositiveIntegerField holds)
FILE_KEYS = RULE_KEYS
MAX_DESCRIPTION = 500
EXPORT_HEADER = (
    "# Heed escalation rules, in evaluation order. Format and semantics: docs/rules.md.\n"
    "# Check with `python manage.py rules import FILE --check`; apply without --check.\n"
)


class RuleImportError(ValueError):
    """A rule file (or a single rule's YAML) that does not validate; `line` is 1-based."""

    def __init__(self, msg: str, *, line: int | None = None, loc: Sequence[str | int] = ()) -> None:
        self.msg = msg
        self.line = line
        self.loc = list(loc)
        super().__init__(f"line {line}: {msg}" if line else msg)


# -- reading ----------------------------------------------------------------------------------------


def live_rules() -> QuerySet[EscalationRule]:
    """The rule set in evaluation order, without deleted (retired) rules."""
    return EscalationRule.objects.exclude(position=RETIRED)


def deleted_rules() -> QuerySet[EscalationRule]:
    return EscalationRule.objects.filter(position=RETIRED).order_by("name")


def queue_slugs() -> list[str]:
    return list(Queue.objects.values_list("slug", flat=True))


def rule_data(rule: EscalationRule) -> dict[str, Any]:
    """The rule as its file entry: name, description, enabled, when, then."""
    # PostgreSQL's jsonb keeps keys in its own order; show actions in the documented one.
    then = dict(sorted(rule.then.items(), key=lambda kv: ACTION_ORDER.index(kv[0]) if kv[0] in ACTION_ORDER else 99))
    return {"name": rule.name, "description": rule.description, "enabled": rule.enabled, "when": rule.when,
            "then": then}  # fmt: skip


def snapshot(rule: EscalationRule) -> dict[str, Any]:
    return {**rule_data(rule), "position": rule.position}


def clean_rule(data: Mapping[str, Any], queues: Sequence[str]) -> dict[str, Any]:
    """Validate one rule (raising RuleError) and return it with defaults filled in, keys in file order."""
    validate_rule(data, queues)
    description = data.get("description") or ""
    if not isinstance(description, str) or len(description) > MAX_DESCRIPTION:
        raise RuleError(["description"], f"must be text of up to {MAX_DESCRIPTION} characters")
    return {"name": data["name"].strip(), "description": description.strip(), "enabled": data.get("enabled", True),
            "when": data["when"], "then": data["then"]}  # fmt: skip


# -- changing ---------------------------------------------------------------------------------------


def _diff(before: Mapping[str, Any] | None, after: Mapping[str, Any] | None, name: str, number: int) -> str:
    """A unified diff of the two snapshots as YAML; no `before` for a new rule, no `after` for a deleted one."""
    old = to_yaml(dict(before)).splitlines(keepends=True) if before else []
    new = to_yaml(dict(after)).splitlines(keepends=True) if after else []
    return "".join(difflib.unified_diff(old, new, f"{name} v{number - 1}", f"{name} v{number}"))


def _record(rule: EscalationRule, *, change: str, before: Mapping[str, Any] | None, by: User | None,
            **audit_data: Any) -> RuleVersion:  # fmt: skip
    """Save `rule` as its next version and write that version and its audit event."""
    if before is not None and not rule.versions.exists():
        # A rule set up before versioning (the defaults) gets its starting point recorded first, so
        # the very first change can be rolled back too.
        RuleVersion.objects.create(rule=rule, rule_name=before["name"], number=rule.version, change="baseline",
                                   snapshot=dict(before))  # fmt: skip
    if before is not None:
        rule.version += 1
    rule.save()
    deleted = change == "deleted" and before is not None
    # A deleted rule's version keeps the rule as it was, so restoring it undoes the deletion.
    after = dict(before) if deleted and before else snapshot(rule)
    version = RuleVersion.objects.create(
        rule=rule, rule_name=rule.name, number=rule.version, change=change, snapshot=after, author=by,
        diff=_diff(before, None if deleted else after, rule.name, rule.version),
    )  # fmt: skip
    AuditEvent.objects.create(action=f"rule_{change}", actor=by, rule=rule,
                              data={"name": rule.name, "version": rule.version, **audit_data})  # fmt: skip
    return version


def _apply(rule: EscalationRule, data: Mapping[str, Any]) -> None:
    for key in FILE_KEYS:
        setattr(rule, key, data[key])


def _locked(rule: EscalationRule) -> EscalationRule:
    return EscalationRule.objects.select_for_update().get(pk=rule.pk)


def _check_pattern_budget(clean: Mapping[str, Any], rule: EscalationRule | None) -> None:
    """RuleError if the live set with `clean` in place of `rule` (or added) holds too many patterns."""
    # Locked, so that two editors adding a pattern each cannot both fit under the cap.
    others = live_rules().select_for_update().exclude(name=clean["name"])
    if rule is not None:
        others = others.exclude(pk=rule.pk)
    validate_pattern_budget([*others.values_list("when", flat=True), clean["when"]])


def _next_position() -> int:
    return (live_rules().aggregate(m=Max("position"))["m"] or 0) + 1


def _check_name_free(name: str, rule: EscalationRule | None) -> EscalationRule | None:
    """The retired rule of that name (to bring back) if any; RuleError if a live rule has it."""
    others = EscalationRule.objects.select_for_update().filter(name=name)
    clash = (others.exclude(pk=rule.pk) if rule else others).first()
    if clash is None:
        return None
    if clash.position != RETIRED:
        raise RuleError(["name"], "another rule already has this name")
    if rule is not None:
        raise RuleError(["name"], "a deleted rule had this name; restore it from its history or choose another")
    return clash


@transaction.atomic
def save_rule(
    *, rule: EscalationRule | None, data: Mapping[str, Any], by: User | None, expected_version: int | None = None
) -> EscalationRule:
    """Create a rule (`rule=None`, appended last) or change one; RuleError if `data` does not validate.

    Saving a rule unchanged records nothing. `expected_version` refuses to overwrite a newer change
    made since the editor was opened.
    """
    clean = clean_rule(data, queue_slugs())
    _check_pattern_budget(clean, rule)
    if rule is None:
        retired = _check_name_free(clean["name"], None)
        if retired is None:
            created = EscalationRule(position=_next_position(), version=1, **clean)
            _record(created, change="created", before=None, by=by)
            return created
        rule, before = retired, snapshot(retired)
        _apply(rule, clean)
        rule.position = _next_position()
        _record(rule, change="created", before=before, by=by)
        return rule
    rule = _locked(rule)
    if rule.position == RETIRED:
        raise RuleError(["name"], "this rule was deleted; restore it from its history first")
    if expected_version is not None and rule.version != expected_version:
        raise RuleError(["version"], f"this rule changed (now version {rule.version}) since you opened it; reload")
    _check_name_free(clean["name"], rule)
    before = snapshot(rule)
    _apply(rule, clean)
    if snapshot(rule) != before:
        _record(rule, change="updated", before=before, by=by)
    return rule


@transaction.atomic
def set_enabled(*, rule: EscalationRule, enabled: bool, by: User | None) -> EscalationRule:
    rule = _locked(rule)
    if rule.enabled == enabled or rule.position == RETIRED:
        return rule
    before = snapshot(rule)
    rule.enabled = enabled
    _record(rule, change="enabled" if enabled else "disabled", before=before, by=by)
    return rule


@transaction.atomic
def move_rule(*, rule: EscalationRule, position: int, by: User | None) -> EscalationRule:
    """Put `rule` at `position` (1-based, clamped) in the evaluation order; renumber the set 1…n.

    Every rule whose position changes gets a version, since its position is part of its snapshot.
    """
    order = list(live_rules().select_for_update())
    moving = next((r for r in order if r.pk == rule.pk), None)
    if moving is None:
        return rule  # deleted meanwhile: it has no place in the order
    order.remove(moving)
    order.insert(min(max(position, 1), len(order) + 1) - 1, moving)
    for number, r in enumerate(order, start=1):
        if r.position != number:
            before = snapshot(r)
            r.position = number
            _record(r, change="reordered", before=before, by=by)
    return moving


@transaction.atomic
def delete_rule(*, rule: EscalationRule, by: User | None) -> None:
    rule = _locked(rule)
    if rule.position == RETIRED:
        return
    before = snapshot(rule)
    rule.position, rule.enabled = RETIRED, False
    _record(rule, change="deleted", before=before, by=by)


@transaction.atomic
def restore_version(*, version: RuleVersion, by: User | None) -> EscalationRule:
    """Bring a rule back to `version`'s name, description, enabled flag, conditions and actions.

    A live rule keeps its place in the order; a deleted one returns at the position it had. RuleError
    if the snapshot no longer validates (say, its queue was removed) or its name is taken.
    """
    snap = version.snapshot
    clean = clean_rule({k: snap[k] for k in FILE_KEYS}, queue_slugs())
    _check_pattern_budget(clean, version.rule)
    rule = _locked(version.rule) if version.rule else None
    if rule is None:  # the row itself is gone (removed outside Heed): start it afresh
        rule = _check_name_free(clean["name"], None) or EscalationRule(version=0, position=RETIRED, when={}, then={})
    else:
        clash = EscalationRule.objects.filter(name=clean["name"]).exclude(pk=rule.pk).first()
        if clash is not None:
            raise RuleError(["name"], f'another rule is now called "{clean["name"]}"; rename it first')
    before = snapshot(rule) if rule.pk else None
    _apply(rule, clean)
    if rule.position == RETIRED:
        rule.position = snap.get("position") or _next_position()
    if before is None or snapshot(rule) != before:
        if before is None:
            rule.version = max(version.number, 0) + 1
        _record(rule, change="restored", before=before, by=by, restored_from=version.number)
    return rule


# -- YAML: export, import, a single rule ------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Block style, lists indented under their key, short lists of words inline: `[spam, hate]`."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        return super().increase_indent(flow, False)


def _represent_list(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    scalars = all(isinstance(v, str | int | float | bool) for v in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=scalars)


_Dumper.add_representer(list, _represent_list)


def to_yaml(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10_000)


def export_yaml() -> str:
    return EXPORT_HEADER + to_yaml({"rules": [rule_data(r) for r in live_rules()]})


class _RuleLoader(yaml.SafeLoader):
    """YAML without anchors and aliases, nested at most MAX_YAML_DEPTH deep.

    Aliases let 465 characters stand for a billion strings (and hold a worker for as long as it takes to
    walk them); rules have no use for them, so the first anchor or alias is an error naming its line.
    """

    depth = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise yaml.composer.ComposerError(
                None, None, "anchors and aliases (&name, *name) are not allowed in rules", event.start_mark
            )
        if self.depth >= MAX_YAML_DEPTH:
            raise yaml.composer.ComposerError(None, None, f"nested too deep (over {MAX_YAML_DEPTH} levels)",
                                              event.start_mark)  # fmt: skip
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def _compose(text: str) -> tuple[Any, yaml.Node | None]:
    """The parsed document and its node tree (whose marks give the line of every key)."""
    loader = _RuleLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        _refuse_duplicate_keys(node)
        return loader.construct_document(node), node
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise RuleImportError(f"not valid YAML: {exc.problem or exc.context}", line=line) from None
    except yaml.YAMLError as exc:
        raise RuleImportError(f"not valid YAML: {exc}") from None
    finally:
        loader.dispose()


def _refuse_duplicate_keys(node: yaml.Node) -> None:
    # PyYAML quietly keeps the last of two equal keys; in a rule that hides a mistake.
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            if key.value in seen:
                raise RuleImportError(f'"{key.value}" appears twice', line=key.start_mark.line + 1)
            seen.add(key.value)
            _refuse_duplicate_keys(value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _refuse_duplicate_keys(item)


def line_of(node: yaml.Node, loc: Sequence[str | int]) -> int:
    """The 1-based line of the key (or list item) at `loc`, or of the deepest part of it that exists."""
    mark = node.start_mark
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            found = next(((k, v) for k, v in node.value if str(k.value) == str(part)), None)
            if found is None:
                break
            mark, node = found[0].start_mark, found[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
            mark = node.start_mark
        else:
            break
    return mark.line + 1


def _located(exc: RuleError, node: yaml.Node, prefix: Sequence[str | int], label: str = "") -> RuleImportError:
    where = ".".join(str(p) for p in exc.loc)
    return RuleImportError(f"{label}{where}: {exc.msg}", line=line_of(node, [*prefix, *exc.loc]), loc=exc.loc)


def locate(text: str, exc: RuleError) -> RuleImportError:
    """A RuleError raised about a rule given as YAML, with the line of the key it names."""
    try:
        _, node = _compose(text)
    except RuleImportError:
        node = None
    if node is None:
        return RuleImportError(str(exc), loc=exc.loc)
    return _located(exc, node, [])


def parse_rule_yaml(text: str, queues: Sequence[str] | None = None) -> dict[str, Any]:
    """One rule as YAML (the editor's textarea) to validated data; RuleImportError names the line."""
    data, node = _compose(text)
    if node is None or not isinstance(data, dict):
        raise RuleImportError("expected a rule: name, description, enabled, when, then", line=1)
    try:
        return clean_rule(data, queue_slugs() if queues is None else queues)
    except RuleError as exc:
        raise _located(exc, node, []) from None


def parse_rules_yaml(text: str, queues: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """A whole rule file to validated rules in order; RuleImportError names the line of the first error."""
    data, node = _compose(text)
    if node is None or not isinstance(data, dict) or "rules" not in data:
        raise RuleImportError("expected one top-level key, rules: a list of rules", line=1)
    if set(data) != {"rules"}:
        extra = sorted(str(k) for k in data if k != "rules")[0]
        msg = f'unknown top-level key "{extra}"; the file has one key, rules'
        raise RuleImportError(msg, line=line_of(node, [extra]))
    if not isinstance(data["rules"], list):
        raise RuleImportError("rules: must be a list of rules", line=line_of(node, ["rules"]))
    queues = queue_slugs() if queues is None else queues
    rules: list[dict[str, Any]] = []
    names: set[str] = set()
    for i, item in enumerate(data["rules"]):
        label = f"rule {i + 1}" + (f' ("{item["name"]}")' if isinstance(item, dict) and item.get("name") else "")
        if not isinstance(item, dict):
            raise RuleImportError(f"{label}: a rule is a mapping of name, description, enabled, when, then",
                                  line=line_of(node, ["rules", i]))  # fmt: skip
        try:
            clean = clean_rule(item, queues)
            if clean["name"] in names:
                raise RuleError(["name"], "another rule in this file has the same name")
        except RuleError as exc:
            raise _located(exc, node, ["rules", i], f"{label}: ") from None
        names.add(clean["name"])
        rules.append(clean)
        try:
            validate_pattern_budget(r["when"] for r in rules)
        except RuleError as exc:
            raise _located(exc, node, ["rules", i], f"{label}: ") from None
    return rules


@dataclass
class ImportSummary:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.deleted)


def plan_import(rules: Sequence[Mapping[str, Any]]) -> ImportSummary:
    """What importing `rules` (validated, in order) would do to the live set. Reads only."""
    live = list(live_rules())
    summary = ImportSummary()
    if [rule_data(r) for r in live] == list(rules):
        summary.unchanged = [r.name for r in live]
        return summary  # the same rules in the same order: nothing to do, whatever the positions
    by_name = {r.name: r for r in live}
    for position, data in enumerate(rules, start=1):
        row = by_name.get(data["name"])
        if row is None:
            summary.created.append(data["name"])
        elif snapshot(row) != {**data, "position": position}:
            summary.updated.append(data["name"])
        else:
            summary.unchanged.append(data["name"])
    names = {r["name"] for r in rules}
    summary.deleted = [r.name for r in live if r.name not in names]
    return summary


@transaction.atomic
def import_yaml(text: str, *, by: User | None, check: bool = False) -> list[EscalationRule]:
    """Replace the whole rule set with the file's, in one transaction; return the new set in order.

    Everything is validated before anything is written (RuleImportError names the line). A file equal
    to the live set changes nothing and records no versions. Otherwise each created or changed rule
    gets an "imported" version, each rule missing from the file a "deleted" one. With `check`, nothing
    is written and the returned rules are unsaved.
    """
    rules = parse_rules_yaml(text)
    if check:
        return [EscalationRule(position=i, **r) for i, r in enumerate(rules, start=1)]
    rows = {r.name: r for r in EscalationRule.objects.select_for_update().order_by()}
    summary = plan_import(rules)
    if not summary.changed:
        return list(live_rules())
    for position, data in enumerate(rules, start=1):
        row = rows.get(data["name"])
        if row is None:
            row = EscalationRule(position=position, version=1, **data)
            _record(row, change="imported", before=None, by=by)
            continue
        before = snapshot(row)
        _apply(row, data)
        row.position = position
        if snapshot(row) != before:
            _record(row, change="imported", before=before, by=by)
    for name in summary.deleted:
        row = rows[name]
        before = snapshot(row)
        row.position, row.enabled = RETIRED, False
        _record(row, change="deleted", before=before, by=by)
    AuditEvent.objects.create(action="rules_imported", actor=by,
                              data={"created": summary.created, "updated": summary.updated,
                                    "deleted": summary.deleted})  # fmt: skip
    return list(live_rules())


# -- the Test panel ---------------------------------------------------------------------------------


@dataclass
class DryRun:
    """What the live rule set would do with a case: placement, priority, and rules that would match."""

    facts: Facts
    score: TextScore
    placement: Placement
    queue: str
    tier: str
    priority: float
    breakdown: list[dict[str, object]]
    sla_minutes: int
    disabled_matches: list[dict[str, Any]]
    draft_why: str | None = None  # why the draft (if one was given) matches, or None


def dry_run(
    *,
    text: str,
    threat: float | None = None,
    categories: Mapping[str, float] | None = None,
    reported_categories: Sequence[str] = (),
    report_count: int = 1,
    distinct_reporters: int = 1,
    author_prior_actions: int = 0,
    target_open_cases_24h: int = 0,
    reporter_credibility: float | None = None,
    language: str = UNDETERMINED,
    draft: Mapping[str, Any] | None = None,
) -> DryRun:
    """Score `text` with the real scorer (threat and categories may be overridden), apply the rules.

    Every report counts as recent (no report times are given), as they would for a fresh pile-on. A
    validated `draft` takes the place of the live rule of its name (else goes last), enabled.
    """
    score = score_text(text, read=True)  # the verdict placement ends with, second reading included
    facts = Facts(
        text=text,
        threat=score.threat if threat is None else threat,
        categories={**score.categories, **(categories or {})},
        signals=frozenset(s.name for s in score.signals),
        reported_categories=frozenset(reported_categories),
        report_count=report_count,
        distinct_reporters=distinct_reporters,
        author_prior_actions=author_prior_actions,
        target_open_cases_24h=target_open_cases_24h,
        reporter_credibility=reporter_credibility,
        language=language,
    )
    rules = [dict(r) for r in live_rules().values("name", "version", "enabled", "when", "then")]
    draft_why = None
    if draft is not None:
        trial = {**draft, "enabled": True, "version": 0}
        if draft["name"] in {r["name"] for r in rules}:
            rules = [trial if r["name"] == draft["name"] else r for r in rules]
        else:
            rules = [*rules, trial]
        draft_why = explain(draft["when"], facts)
    placement = evaluate(rules, facts)
    scored_language = place_by_language(
        placement, rules, facts, chosen_queue=TeamSettings.load().unscored_language_slug()
    )
    disabled = evaluate([{**r, "enabled": True} for r in rules if not r["enabled"]], facts).matched
    points, breakdown = priority_formula.priority(
        priority_formula.PriorityInputs(
            threat=facts.threat,
            categories=facts.categories,
            report_count=report_count,
            distinct_reporters=distinct_reporters,
            reports_last_hour=report_count,
            author_prior_actions=author_prior_actions,
            target_open_cases_24h=target_open_cases_24h,
            reporter_credibility=reporter_credibility,
            rule_points=placement.priority_points,
            unscored_language=not scored_language,
        )
    )
    queue = placement.queue or FALLBACK_QUEUE
    sla = placement.sla_minutes or Queue.objects.filter(slug=queue).values_list("sla_minutes", flat=True).first()
    return DryRun(
        facts=facts,
        score=score,
        placement=placement,
        queue=queue,
        tier=Tier(placement.tier if placement.tier is not None else Tier.NORMAL).label,
        priority=points,
        breakdown=breakdown,
        sla_minutes=sla or 0,
        disabled_matches=disabled,
        draft_why=draft_why,
    )
