"""The rule builder (Admins only): the ordered list, the YAML editor with live validation, the Test
panel, each rule's history with restore, and backtests. Thin: the work is in `rulesets` and `backtest`."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.contrib import messages
from django.contrib.auth.models import User
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST
from django_htmx.middleware import HtmxDetails

from moderation import backtest, rulesets
from moderation.models import BacktestRun, EscalationRule, RuleVersion
from moderation.roles import ADMIN, role_required
from moderation.rules import CATEGORIES, CONDITION_KEYS, RuleError
from reports.models import Category

admin_required = role_required(ADMIN)
NEW_RULE = """\
name: New rule
description: What this rule catches, and why
enabled: false          # test and backtest it first; enable it from the list
when:
  all:
    - text_contains: ["a phrase"]
then:
  queue: general
  tier: normal
"""
SCORED_CATEGORIES = [c for c in CATEGORIES if c not in ("violent_threat", "other")]
FACT_FIELDS = ("reported_category", "report_count", "distinct_reporters", "author_prior_actions",
               "target_open_cases_24h", "reporter_credibility")  # fmt: skip
RECENT_RUNS = 10


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


def _me(request: HttpRequest) -> User:
    return cast(User, request.user)


def _get_live_rule(rule_id: int) -> EscalationRule:
    rule = get_object_or_404(EscalationRule, pk=rule_id)
    if rule.position == rulesets.RETIRED:
        raise Http404("This rule was deleted; restore it from its history.")
    return rule


# -- the list ---------------------------------------------------------------------------------------


@admin_required
def rules(request: HttpRequest) -> HttpResponse:
    live = list(rulesets.live_rules())
    rows = [(rule, rulesets.to_yaml(rule.when).strip(), rulesets.to_yaml(rulesets.rule_data(rule)["then"]).strip())
            for rule in live]  # fmt: skip
    return render(
        request,
        "moderation/rules/list.html",
        {"rows": rows, "last": len(live), "deleted": rulesets.deleted_rules()},
    )


@require_POST
@admin_required
def set_enabled(request: HttpRequest, rule_id: int) -> HttpResponse:
    rule = _get_live_rule(rule_id)
    enabled = request.POST.get("enabled") == "1"
    rulesets.set_enabled(rule=rule, enabled=enabled, by=_me(request))
    messages.success(request, f"{rule.name} is {'enabled' if enabled else 'disabled'}.")
    return redirect("rules")


@require_POST
@admin_required
def move(request: HttpRequest, rule_id: int) -> HttpResponse:
    rule = _get_live_rule(rule_id)
    order = list(rulesets.live_rules().values_list("pk", flat=True))
    step = -1 if request.POST.get("direction") == "up" else 1
    rulesets.move_rule(rule=rule, position=order.index(rule.pk) + 1 + step, by=_me(request))
    return redirect("rules")


@require_POST
@admin_required
def delete(request: HttpRequest, rule_id: int) -> HttpResponse:
    rule = _get_live_rule(rule_id)
    rulesets.delete_rule(rule=rule, by=_me(request))
    messages.success(request, f"Deleted {rule.name}. Its history keeps every version, should you want it back.")
    return redirect("rules")


@admin_required
def export(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(rulesets.export_yaml(), content_type="application/yaml; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="heed-rules.yaml"'
    return response


# -- the editor -------------------------------------------------------------------------------------


class RuleForm(forms.Form):
    yaml = forms.CharField(max_length=20_000, strip=False)
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)


def _editor(request: HttpRequest, rule: EscalationRule | None, text: str, error: Any = None) -> HttpResponse:
    context = {"rule": rule, "yaml": text, "error": error, "checked": False, "keys": _reference()}
    return render(request, "moderation/rules/form.html", context)


def _save(request: HttpRequest, rule: EscalationRule | None) -> HttpResponse:
    form = RuleForm(request.POST)
    if not form.is_valid():
        return _editor(request, rule, request.POST.get("yaml", ""), rulesets.RuleImportError("write the rule"))
    text = form.cleaned_data["yaml"]
    try:
        data = rulesets.parse_rule_yaml(text)
        saved = rulesets.save_rule(rule=rule, data=data, by=_me(request), expected_version=form.cleaned_data["version"])
    except rulesets.RuleImportError as exc:
        return _editor(request, rule, text, exc)
    except RuleError as exc:  # a rule-set check (its name is taken, it changed meanwhile): find its line
        return _editor(request, rule, text, rulesets.locate(text, exc))
    messages.success(request, f"Saved {saved.name} (version {saved.version}).")
    return redirect("rules")


@require_http_methods(["GET", "POST"])
@admin_required
def new(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        return _save(request, None)
    return _editor(request, None, NEW_RULE)


@require_http_methods(["GET", "POST"])
@admin_required
def edit(request: HttpRequest, rule_id: int) -> HttpResponse:
    rule = _get_live_rule(rule_id)
    if request.method == "POST":
        return _save(request, rule)
    return _editor(request, rule, rulesets.to_yaml(rulesets.rule_data(rule)))


@require_POST
@admin_required
def validate(request: HttpRequest) -> HttpResponse:
    """The editor's live check: the partial with the first error (and its line), or that all is well."""
    error = None
    try:
        rulesets.parse_rule_yaml(request.POST.get("yaml", ""))
    except rulesets.RuleImportError as exc:
        error = exc
    return render(request, "moderation/rules/form.html#rule-check", {"error": error, "checked": True})


def _reference() -> dict[str, list[str]]:
    return {"conditions": sorted(CONDITION_KEYS), "actions": list(rulesets.ACTION_ORDER)}


# -- history ----------------------------------------------------------------------------------------


def _diff_lines(diff: str) -> list[tuple[str, str]]:
    kinds = {"+": "add", "-": "del", "@": "hunk"}
    return [
        ("file" if line.startswith(("+++", "---")) else kinds.get(line[:1], ""), line) for line in diff.splitlines()
    ]


@admin_required
def versions(request: HttpRequest, rule_id: int) -> HttpResponse:
    rule = get_object_or_404(EscalationRule, pk=rule_id)
    history = [(v, _diff_lines(v.diff)) for v in rule.versions.select_related("author")]
    return render(
        request,
        "moderation/rules/versions.html",
        {"rule": rule, "history": history, "deleted": rule.position == rulesets.RETIRED},
    )


@require_POST
@admin_required
def restore(request: HttpRequest, version_id: int) -> HttpResponse:
    version = get_object_or_404(RuleVersion.objects.select_related("rule"), pk=version_id)
    try:
        rule = rulesets.restore_version(version=version, by=_me(request))
    except RuleError as exc:
        messages.error(request, f"Version {version.number} cannot be restored: {exc}")
        return redirect("rule-versions", rule_id=version.rule_id) if version.rule_id else redirect("rules")
    messages.success(request, f"Restored {rule.name} to version {version.number} (now version {rule.version}).")
    return redirect("rule-versions", rule_id=rule.pk)


# -- the Test panel ---------------------------------------------------------------------------------


class TryForm(forms.Form):
    text = forms.CharField(max_length=20_000, widget=forms.Textarea(attrs={"rows": 5}))
    threat = forms.FloatField(required=False, min_value=0, max_value=1)
    reported_category = forms.ChoiceField(choices=[("", "—"), *Category.choices], required=False)
    report_count = forms.IntegerField(min_value=1, max_value=1_000_000, initial=1, label="Reports")
    distinct_reporters = forms.IntegerField(min_value=1, max_value=1_000_000, initial=1)
    author_prior_actions = forms.IntegerField(
        min_value=0, max_value=10_000, initial=0, label="Author's earlier actioned cases"
    )
    target_open_cases_24h = forms.IntegerField(
        min_value=0, max_value=10_000, initial=0, label="Authors with open cases against the target (24 h)"
    )
    reporter_credibility = forms.FloatField(required=False, min_value=0, max_value=1)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in SCORED_CATEGORIES:
            self.fields[name] = forms.FloatField(required=False, min_value=0, max_value=1, label=name)

    def fact_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in FACT_FIELDS]

    def category_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in SCORED_CATEGORIES]


@require_http_methods(["GET", "POST"])
@admin_required
def try_rules(request: HttpRequest) -> HttpResponse:
    form = TryForm(request.POST) if request.method == "POST" else TryForm()
    run = None
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        run = rulesets.dry_run(
            text=data["text"],
            threat=data["threat"],
            categories={c: data[c] for c in SCORED_CATEGORIES if data[c] is not None},
            reported_categories=[data["reported_category"]] if data["reported_category"] else [],
            report_count=data["report_count"],
            distinct_reporters=data["distinct_reporters"],
            author_prior_actions=data["author_prior_actions"],
            target_open_cases_24h=data["target_open_cases_24h"],
            reporter_credibility=data["reporter_credibility"],
        )
    ids = dict(rulesets.live_rules().values_list("name", "pk"))
    return render(request, "moderation/rules/test.html", {"form": form, "run": run, "rule_ids": ids})


# -- backtests --------------------------------------------------------------------------------------


class BacktestForm(forms.Form):
    yaml = forms.CharField(max_length=20_000, strip=False)
    days = forms.IntegerField(min_value=1, max_value=365, initial=30)


@require_http_methods(["GET", "POST"])
@admin_required
def backtest_new(request: HttpRequest) -> HttpResponse:
    error = None
    if request.method == "POST":
        form = BacktestForm(request.POST)
        if form.is_valid():
            try:
                rule = rulesets.parse_rule_yaml(form.cleaned_data["yaml"])
            except rulesets.RuleImportError as exc:
                error = exc
            else:
                run = backtest.start_backtest(rule=rule, days=form.cleaned_data["days"], by=_me(request))
                return redirect("backtest", run_id=run.pk)
    else:
        source = request.GET.get("rule", "")
        live = _get_live_rule(int(source)) if source.isdigit() else None
        form = BacktestForm(initial={"yaml": rulesets.to_yaml(rulesets.rule_data(live)) if live else NEW_RULE})
    recent = BacktestRun.objects.select_related("created_by").order_by("-created_at")[:RECENT_RUNS]
    return render(request, "moderation/rules/backtest_new.html", {"form": form, "error": error, "recent": recent})


@admin_required
def backtest_run(request: HtmxHttpRequest, run_id: int) -> HttpResponse:
    run = get_object_or_404(BacktestRun.objects.select_related("created_by"), pk=run_id)
    template = "moderation/rules/backtest.html"
    if request.htmx:
        template += "#run"
    results = run.results or {}
    precision = results.get("precision")
    return render(
        request,
        template,
        {
            "run": run,
            "results": results,
            "polling": run.state in (BacktestRun.State.PENDING, BacktestRun.State.RUNNING),
            "precision_percent": None if precision is None else round(100 * precision, 1),
            "draft_yaml": rulesets.to_yaml(run.rule),
        },
    )
