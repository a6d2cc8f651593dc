"""The rule builder (Admins only): the ordered list, the YAML editor with live validation, the Test
panel, each rule's history with restore, and backtests. Thin: the work is in `store`, `backtest` and `builder`."""

from __future__ import annotations

from typing import Any, cast

from django.contrib import messages
from django.contrib.auth.models import User
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST
from django_htmx.middleware import HtmxDetails

from moderation.models import BacktestRun, EscalationRule, RuleVersion
from moderation.roles import ADMIN, role_required
from moderation.rules import backtest, builder, store
from moderation.rules.conditions import CONDITIONS, GROUPS
from moderation.rules.forms import BacktestForm, BuilderForm, RuleForm, TryForm
from moderation.rules.schema import ACTION_ORDER, RuleError

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
RECENT_RUNS = 10


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


def _me(request: HttpRequest) -> User:
    return cast(User, request.user)


def _get_live_rule(rule_id: int) -> EscalationRule:
    rule = get_object_or_404(EscalationRule, pk=rule_id)
    if rule.position == store.RETIRED:
        raise Http404("This rule was deleted; restore it from its history.")
    return rule


# -- the list ---------------------------------------------------------------------------------------


@admin_required
def rules(request: HttpRequest) -> HttpResponse:
    live = list(store.live_rules())
    rows = [(rule, store.to_yaml(rule.when).strip(), store.to_yaml(store.rule_data(rule)["then"]).strip())
            for rule in live]  # fmt: skip
    return render(
        request,
        "moderation/rules/list.html",
        {"rows": rows, "last": len(live), "deleted": store.deleted_rules()},
    )


@require_POST
@admin_required
def set_enabled(request: HttpRequest, rule_id: int) -> HttpResponse:
    rule = _get_live_rule(rule_id)
    enabled = request.POST.get("enabled") == "1"
    store.set_enabled(rule=rule, enabled=enabled, by=_me(request))
    messages.success(request, f"{rule.name} is {'enabled' if enabled else 'disabled'}.")
    return redirect("rules")


@require_POST
@admin_required
def move(request: HttpRequest, rule_id: int) -> HttpResponse:
    rule = _get_live_rule(rule_id)
    order = list(store.live_rules().values_list("pk", flat=True))
    step = -1 if request.POST.get("direction") == "up" else 1
    store.move_rule(rule=rule, position=order.index(rule.pk) + 1 + step, by=_me(request))
    return redirect("rules")


@require_POST
@admin_required
def delete(request: HttpRequest, rule_id: int) -> HttpResponse:
    rule = _get_live_rule(rule_id)
    store.delete_rule(rule=rule, by=_me(request))
    messages.success(request, f"Deleted {rule.name}. Its history keeps every version, should you want it back.")
    return redirect("rules")


@admin_required
def export(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(store.export_yaml(), content_type="application/yaml; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="heed-rules.yaml"'
    return response


# -- the editor -------------------------------------------------------------------------------------


def _editor(request: HttpRequest, rule: EscalationRule | None, text: str, error: Any = None) -> HttpResponse:
    context = {"rule": rule, "yaml": text, "error": error, "checked": False, "keys": _reference(),
               "builder": reverse("rule-build", args=[rule.pk]) if rule else reverse("rule-build-new")}  # fmt: skip
    return render(request, "moderation/rules/form.html", context)


def _save(request: HttpRequest, rule: EscalationRule | None) -> HttpResponse:
    form = RuleForm(request.POST)
    if not form.is_valid():
        return _editor(request, rule, request.POST.get("yaml", ""), store.RuleImportError("write the rule"))
    text = form.cleaned_data["yaml"]
    try:
        data = store.parse_rule_yaml(text)
        saved = store.save_rule(rule=rule, data=data, by=_me(request), expected_version=form.cleaned_data["version"])
    except store.RuleImportError as exc:
        return _editor(request, rule, text, exc)
    except RuleError as exc:  # a rule-set check (its name is taken, it changed meanwhile): find its line
        return _editor(request, rule, text, store.locate(text, exc))
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
    return _editor(request, rule, store.to_yaml(store.rule_data(rule)))


@require_POST
@admin_required
def validate(request: HttpRequest) -> HttpResponse:
    """The editor's live check: the partial with the first error (and its line), or that all is well."""
    error = None
    try:
        store.parse_rule_yaml(request.POST.get("yaml", ""))
    except store.RuleImportError as exc:
        error = exc
    return render(request, "moderation/rules/form.html#rule-check", {"error": error, "checked": True})


def _reference() -> dict[str, Any]:
    """The editor's key list, from the registry: each condition with its one-line description."""
    return {
        "groups": [(g.name, g.description) for g in GROUPS.values()],
        "conditions": [(c.name, c.description.split(". ")[0]) for c in CONDITIONS.values()],
        "actions": list(ACTION_ORDER),
    }


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
        {"rule": rule, "history": history, "deleted": rule.position == store.RETIRED},
    )


@require_POST
@admin_required
def restore(request: HttpRequest, version_id: int) -> HttpResponse:
    version = get_object_or_404(RuleVersion.objects.select_related("rule"), pk=version_id)
    try:
        rule = store.restore_version(version=version, by=_me(request))
    except RuleError as exc:
        messages.error(request, f"Version {version.number} cannot be restored: {exc}")
        return redirect("rule-versions", rule_id=version.rule_id) if version.rule_id else redirect("rules")
    messages.success(request, f"Restored {rule.name} to version {version.number} (now version {rule.version}).")
    return redirect("rule-versions", rule_id=rule.pk)


# -- the Test panel ---------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@admin_required
def try_rules(request: HttpRequest) -> HttpResponse:
    form = TryForm(request.POST) if request.method == "POST" else TryForm()
    run = None
    if form.is_bound and form.is_valid():
        run = store.dry_run(**form.facts())
    ids = dict(store.live_rules().values_list("name", "pk"))
    return render(request, "moderation/rules/test.html", {"form": form, "run": run, "rule_ids": ids})


# -- backtests --------------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@admin_required
def backtest_new(request: HttpRequest) -> HttpResponse:
    error = None
    if request.method == "POST":
        form = BacktestForm(request.POST)
        if form.is_valid():
            try:
                rule = store.parse_rule_yaml(form.cleaned_data["yaml"])
            except store.RuleImportError as exc:
                error = exc
            else:
                run = backtest.start_backtest(rule=rule, days=form.cleaned_data["days"], by=_me(request))
                return redirect("backtest", run_id=run.pk)
    else:
        source = request.GET.get("rule", "")
        live = _get_live_rule(int(source)) if source.isdigit() else None
        form = BacktestForm(initial={"yaml": store.to_yaml(store.rule_data(live)) if live else NEW_RULE})
    recent = BacktestRun.objects.select_related("created_by").order_by("-created_at")[:RECENT_RUNS]
    return render(request, "moderation/rules/backtest_new.html", {"form": form, "error": error, "recent": recent})


def _builder_url(run: BacktestRun) -> str:
    """The builder holding the run's draft: the live rule's it was drafted from, else a new one's."""
    live = store.live_rules().filter(name=run.rule.get("name")).first()
    url = reverse("rule-build", args=[live.pk]) if live else reverse("rule-build-new")
    return f"{url}?run={run.pk}"


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
            "draft_yaml": store.to_yaml(run.rule),
            "builder_url": _builder_url(run),
        },
    )


# -- the visual builder -----------------------------------------------------------------------------


def _problem(draft: dict[str, Any]) -> RuleError | None:
    try:
        store.clean_rule(draft, store.queue_slugs())
    except RuleError as exc:
        return exc
    return None


def _builder(
    request: HttpRequest,
    rule: EscalationRule | None,
    draft: dict[str, Any],
    *,
    error: RuleError | None = None,
    run: store.DryRun | None = None,
    try_form: TryForm | None = None,
    version: int | None = None,
    days: int | None = None,
) -> HttpResponse:
    error = error or _problem(draft)
    where = builder.prefix_of(error.loc) if error else None
    context = {
        "rule": rule,
        "draft": draft,
        "root": builder.tree(draft.get("when"), errors={where: error.msg} if error and where else {}),
        "error": error,
        "choices": builder.choices(),
        "queues": store.queue_slugs(),
        "tiers": builder.TIER_CHOICES,
        "notify": ", ".join(draft["then"].get("notify", [])),
        "version": version if version is not None else rule.version if rule else None,
        "days": days or 30,
        "try_form": try_form or TryForm(prefix="try", use_required_attribute=False),
        "run": run,
        "action": reverse("rule-build", args=[rule.pk]) if rule else reverse("rule-build-new"),
    }
    template = "moderation/rules/builder.html"
    if getattr(request, "htmx", False):
        template += "#builder"
    return render(request, template, context)


def _build(request: HttpRequest, rule: EscalationRule | None) -> HttpResponse:
    """GET: the rule (or a new one) in the builder. POST: one of the builder's buttons (`op`)."""
    if request.method == "GET":
        source = request.GET.get("run", "")
        if source.isdigit():  # back from a backtest: the draft it ran, not re-entered
            draft = get_object_or_404(BacktestRun, pk=int(source)).rule
        else:
            draft = store.rule_data(rule) if rule else dict(builder.NEW_RULE)
        return _builder(request, rule, draft)
    form = BuilderForm(request.POST)
    form.is_valid()
    op, version, days = form.cleaned_data.get("op", ""), form.cleaned_data.get("version"), form.cleaned_data.get("days")
    if op == "from-yaml":
        # Only a valid rule crosses over, so the builder never drops what it could not show.
        text = request.POST.get("yaml", "")
        try:
            draft = store.parse_rule_yaml(text)
        except store.RuleImportError as exc:
            return _editor(request, rule, text, exc)
        return _builder(request, rule, draft, version=version)
    draft = builder.rule_from_form(request.POST)
    if op == "yaml":
        return _editor(request, rule, store.to_yaml(draft))
    if op in ("save", "backtest"):
        try:
            if op == "backtest":
                run = backtest.start_backtest(rule=draft, days=days or 30, by=_me(request))
                return redirect("backtest", run_id=run.pk)
            saved = store.save_rule(rule=rule, data=draft, by=_me(request), expected_version=version)
        except RuleError as exc:
            return _builder(request, rule, draft, error=exc, version=version, days=days)
        messages.success(request, f"Saved {saved.name} (version {saved.version}).")
        return redirect("rules")
    if op == "try":
        # The sample text is optional in the builder: Save and Backtest must not wait for it.
        try_form = TryForm(request.POST, prefix="try", use_required_attribute=False)
        dry = None
        if try_form.is_valid() and _problem(draft) is None:
            dry = store.dry_run(**try_form.facts(), draft=store.clean_rule(draft, store.queue_slugs()))
        return _builder(request, rule, draft, run=dry, try_form=try_form, version=version, days=days)
    return _builder(request, rule, builder.apply(draft, op, request.POST), version=version, days=days)


@require_http_methods(["GET", "POST"])
@admin_required
def build_new(request: HttpRequest) -> HttpResponse:
    return _build(request, None)


@require_http_methods(["GET", "POST"])
@admin_required
def build(request: HttpRequest, rule_id: int) -> HttpResponse:
    return _build(request, _get_live_rule(rule_id))
