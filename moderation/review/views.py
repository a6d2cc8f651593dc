from datetime import datetime
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST
from django_htmx.http import trigger_client_event

from moderation.models import AuditEvent, ModeratorPreference, Queue, ReasonCode, Triage
from moderation.review import case_lists, queries, services
from moderation.review.evidence import segments, version_history
from moderation.review.evidence_bundle import evidence_bundle
from moderation.review.forms import (
    BlurPreferenceForm,
    BulkDecisionForm,
    CaseDecisionForm,
    LanguagesForm,
    NoteForm,
    ReassignForm,
    ReleaseForm,
    read,
)
from moderation.review.queue_rows import FIELDS as QUEUE_ROW_FIELDS
from moderation.review.queue_rows import rows_html
from moderation.roles import AuthedRequest, has_role, moderator_required, roles_of, senior_required
from moderation.vocabulary import SENIOR_ROLES, TIERS_HIGHEST_FIRST, Category, actions_for, is_blurred


def refuse_unless_may_work(request: AuthedRequest, queue: Queue) -> None:
    """403 saying which roles may, unless the user's role may work `queue` (see `forbidden`)."""
    try:
        services.require_may_work(request.user, queue)
    except services.Refused as exc:
        raise PermissionDenied(str(exc)) from exc


def _get_queue_for_moderator(request: AuthedRequest, slug: str) -> Queue:
    queue = get_object_or_404(services.with_roles(Queue.objects.all()), slug=slug)
    refuse_unless_may_work(request, queue)
    return queue


def _get_triage_for_moderator(request: AuthedRequest, case_id: int) -> Triage:
    triage = get_object_or_404(
        Triage.objects.select_related("case", "case__client", "queue", "assignee").annotate(
            queue_role_names=services.role_names("queue_id")
        ),
        case_id=case_id,
    )
    triage.queue.role_names = triage.queue_role_names  # type: ignore[attr-defined]  # read with the case (roles_for)
    refuse_unless_may_work(request, triage.queue)
    return triage


def forbidden(request: HttpRequest, exception: Exception) -> HttpResponse:
    """The 403 page (`handler403`), with the refusal's reason. htmx does not swap a 403 into the page,
    so an htmx request is sent to the queue list, where the reason waits as a message."""
    reason = str(exception) or "Your role may not open this page."
    if getattr(request, "htmx", False) and request.user.is_authenticated:
        messages.error(request, reason)
        response = HttpResponse(reason, status=403, content_type="text/plain; charset=utf-8")
        response["HX-Redirect"] = reverse("queues")
        return response
    return render(request, "403.html", {"reason": reason}, status=403)


def _blurred(triage: Triage) -> bool:
    return is_blurred(tier=triage.tier, threat=triage.threat, categories=triage.categories)


# The external ids each version lists on the case page; the evidence bundle lists them all.
VERSION_IDS_SHOWN = 20


def _back_to_case(case_id: int) -> HttpResponse:
    return redirect("case", case_id=case_id)


@moderator_required
def queues(request: AuthedRequest) -> HttpResponse:
    template = "moderation/queues.html"
    if request.htmx:
        template += "#queue-table"
    visible = [q for q in queries.queue_overview() if services.may_work(request.user, q)]
    return render(request, template, {"queues": visible, "now": timezone.now()})


@moderator_required
def queue(request: AuthedRequest, slug: str) -> HttpResponse:
    q = _get_queue_for_moderator(request, slug)
    now = timezone.now()
    since: datetime = parse_datetime(request.GET.get("since", "")) or now
    filters = queries.QueueFilters.from_query(request.GET.dict())
    template = "moderation/queue.html"
    if request.htmx:
        template += "#queue-rows"
    return render(
        request,
        template,
        {
            "queue": q,
            "rows": rows_html(
                queries.open_cases(q, filters, now=now).values(*QUEUE_ROW_FIELDS)[: queries.QUEUE_PAGE_SIZE], now=now
            ),
            "filters": filters,
            "query": request.GET.urlencode(),
            "categories": Category.choices,
            "tiers": TIERS_HIGHEST_FIRST,
            "languages": queries.filter_languages(filters) if not request.htmx else [],
            "new_critical": queries.new_critical(q, since) if request.htmx else [],
            "since": since,
            "now": now,
        },
    )


@require_POST
@moderator_required
def claim_next(request: AuthedRequest, slug: str) -> HttpResponse:
    q = _get_queue_for_moderator(request, slug)
    try:
        case_id = services.case_claim_next(queue=q, moderator=request.user)
    except services.Refused as exc:
        messages.error(request, str(exc))
        return redirect("queue", slug=slug)
    if case_id is None:
        messages.info(request, f"Nothing left to claim in {q.name}.")
        return redirect("queue", slug=slug)
    return _back_to_case(case_id)


def _decision_form(
    form: BulkDecisionForm | CaseDecisionForm | None = None, refused: services.Refused | None = None
) -> dict[str, Any]:
    """What the moderator chose in a decision form, as they typed it, to show it again beside why it was refused."""
    return {
        "action": form["action"].value() or "" if form else "",
        "reason_code": form["reason_code"].value() or "" if form else "",
        "note": form["note"].value() or "" if form else "",
        "suspend_days": form["suspend_days"].value() or "" if form else "",
        "case_ids": set(read(form)["case_ids"]) if isinstance(form, BulkDecisionForm) else set(),
        "error": str(refused or ""),
        "field": refused.field if refused else "",
    }


def _case_page(
    request: AuthedRequest,
    triage: Triage,
    *,
    revealed: bool,
    decide: dict[str, Any] | None = None,
    bulk: dict[str, Any] | None = None,
    status: int = 200,
) -> HttpResponse:
    case = triage.case
    score = case.scores.select_related("version").order_by("-created_at").first()
    versions = case.numbered_versions(first_ids=VERSION_IDS_SHOWN)
    number = {v.pk: v.number for v in versions}
    reports, more = queries.case_reports(case.pk, limit=queries.CASE_REPORTS_FIRST)
    me = request.user
    preference = ModeratorPreference.objects.filter(user=me).first()
    blur_on = preference.keep_blurred if preference else True
    return render(
        request,
        "moderation/case.html",
        {
            "triage": triage,
            "case": case,
            "score": score,
            "segments": segments(score.version.text, score.signals) if score else segments(case.text, []),
            "scored_version": number.get(score.version_id) if score else None,
            "versions": version_history(versions),
            "waiting_points": round(triage.priority - triage.priority_base, 1),
            "sensitive": _blurred(triage),
            "blurred": _blurred(triage) and blur_on and not revealed,
            "keep_blurred": blur_on,
            "mine": triage.state == Triage.State.IN_REVIEW and triage.assignee_id == request.user.pk,
            "claimed_by_other": triage.state == Triage.State.IN_REVIEW and triage.assignee_id != request.user.pk,
            "decidable": triage.state in (Triage.State.OPEN, Triage.State.IN_REVIEW),
            "actions": [(value, label, services.NEEDS.get(value, "")) for value, label in actions_for(roles_of(me))],
            "missing": services.MISSING,
            "decide": decide or _decision_form(),
            "bulk": bulk or _decision_form(),
            "reason_codes": ReasonCode.objects.filter(active=True),
            "reports": [(r, number[r["version_id"]]) for r in reports],
            "more_reports": reports[-1]["id"] if more else None,
            "decisions": case.decisions.select_related("by"),
            "notes": case.notes.select_related("author"),
            "history": case_lists.history(case),
            "campaign": case_lists.campaign(case),
            "audit": AuditEvent.objects.filter(case=case).select_related("actor")[:300],
            "moderators": services.moderators() if has_role(me, *SENIOR_ROLES) else [],
        },
        status=status,
    )


@moderator_required
def case_detail(request: AuthedRequest, case_id: int) -> HttpResponse:
    triage = _get_triage_for_moderator(request, case_id)
    return _case_page(request, triage, revealed=request.GET.get("reveal") == "1")


@moderator_required
def case_reports(request: AuthedRequest, case_id: int) -> HttpResponse:
    """The case's reports after report `after`, a page at a time: the case page's "Show more reports"."""
    triage = _get_triage_for_moderator(request, case_id)
    after = request.GET.get("after", "")
    reports, more = queries.case_reports(
        case_id, after=int(after) if after.isdigit() else None, limit=queries.CASE_REPORTS_PAGE
    )
    number = triage.case.version_numbers()
    template = "moderation/case_reports.html"
    if request.htmx:
        template += "#report-rows"
    return render(
        request,
        template,
        {
            "triage": triage,
            "case": triage.case,
            "reports": [(r, number[r["version_id"]]) for r in reports],
            "more_reports": reports[-1]["id"] if more else None,
        },
    )


@require_POST
@moderator_required
def claim(request: AuthedRequest, case_id: int) -> HttpResponse:
    _get_triage_for_moderator(request, case_id)
    try:
        services.case_claim(case_id=case_id, moderator=request.user)
    except services.Refused as exc:
        messages.error(request, str(exc))
    return _back_to_case(case_id)


@require_POST
@moderator_required
def keep_alive(request: AuthedRequest, case_id: int) -> HttpResponse:
    held = services.case_keep_alive(case_id=case_id, moderator=request.user)
    response = HttpResponse(status=204)
    if not held:
        trigger_client_event(response, "claimLost")
    return response


@require_POST
@moderator_required
def release(request: AuthedRequest, case_id: int) -> HttpResponse:
    triage = _get_triage_for_moderator(request, case_id)
    try:
        services.case_release(case_id=case_id, moderator=request.user)
    except services.Refused as exc:
        messages.error(request, str(exc))
        return _back_to_case(case_id)
    if read(ReleaseForm(request.POST))["next"]:
        return claim_next(request, triage.queue.slug)
    messages.info(request, f"Case #{case_id} is back in the queue.")
    return redirect("queue", slug=triage.queue.slug)


@require_POST
@senior_required
def reassign(request: AuthedRequest, case_id: int) -> HttpResponse:
    _get_triage_for_moderator(request, case_id)
    to = read(ReassignForm(request.POST))["to"]
    if to is None:
        messages.error(request, "Choose someone to reassign the case to.")
        return _back_to_case(case_id)
    try:
        services.case_reassign(case_id=case_id, to=to, by=request.user)
        messages.success(request, f"Case #{case_id} reassigned to {to}.")
    except services.Refused as exc:
        messages.error(request, str(exc))
    return _back_to_case(case_id)


@require_POST
@moderator_required
def reveal(request: AuthedRequest, case_id: int) -> HttpResponse:
    _get_triage_for_moderator(request, case_id)
    services.case_reveal(case_id=case_id, moderator=request.user)
    if request.htmx:
        return trigger_client_event(HttpResponse(status=204), "revealed")
    return redirect(reverse("case", args=[case_id]) + "?reveal=1")


@require_POST
@moderator_required
def add_note(request: AuthedRequest, case_id: int) -> HttpResponse:
    _get_triage_for_moderator(request, case_id)
    try:
        services.case_add_note(case_id=case_id, author=request.user, text=read(NoteForm(request.POST))["text"])
    except services.Refused as exc:
        messages.error(request, str(exc))
    return _back_to_case(case_id)


@require_POST
@moderator_required
def decide(request: AuthedRequest, case_id: int) -> HttpResponse:
    triage = _get_triage_for_moderator(request, case_id)
    form = CaseDecisionForm(request.POST)
    posted = read(form)
    try:
        decision = services.case_decide(
            case_id=case_id,
            by=request.user,
            action=posted["action"],
            reason_code=posted["reason_code"],
            version=posted["version"] or 0,
            note=posted["note"],
            suspend_days=posted["suspend_days"],
        )
    except services.Refused as exc:
        if exc.field:
            # Something the moderator can fix in place: keep what they chose, the reveal and their place.
            return _case_page(
                request, triage, revealed=posted["revealed"], decide=_decision_form(form, exc), status=422
            )
        messages.error(request, str(exc))
        return _back_to_case(case_id)
    messages.success(request, f"Case #{case_id}: {decision.get_action_display()}.")
    # The decision form is a plain POST (heed.js submits it on Enter): the answer is the next page to work on.
    if posted["next"]:
        return claim_next(request, triage.queue.slug)
    return redirect("queue", slug=triage.queue.slug)


@require_POST
@moderator_required
def bulk_decide(request: AuthedRequest) -> HttpResponse:
    form = BulkDecisionForm(request.POST)
    posted = read(form)
    for case_id in posted["case_ids"]:
        _get_triage_for_moderator(request, case_id)
    back = posted["back"]
    try:
        done, refused = services.cases_decide(
            case_ids=posted["case_ids"],
            by=request.user,
            action=posted["action"],
            reason_code=posted["reason_code"],
            note=posted["note"],
            suspend_days=posted["suspend_days"],
        )
    except services.Refused as exc:
        from_case = _case_id_of(back)
        if from_case is None:
            messages.error(request, str(exc))
            return redirect("queues")
        triage = _get_triage_for_moderator(request, from_case)
        return _case_page(request, triage, revealed=posted["revealed"], bulk=_decision_form(form, exc), status=422)
    if done:
        messages.success(request, f"Decided {len(done)} case{'s' if len(done) != 1 else ''}.")
    for case_id, why in refused.items():
        messages.error(request, f"Case #{case_id}: {why}")
    return redirect(back if back.startswith("/cases/") else "queues")


def _case_id_of(path: str) -> int | None:
    """The case whose page `path` is, if it is one: the page a campaign's bulk form was sent from."""
    try:
        match = resolve(path)
    except Resolver404:
        return None
    return match.kwargs["case_id"] if match.url_name == "case" else None


@senior_required
def evidence(request: AuthedRequest, case_id: int) -> HttpResponse:
    triage = _get_triage_for_moderator(request, case_id)
    bundle = evidence_bundle(triage)
    services.audit("evidence_exported", actor=request.user, case_id=case_id, format=request.GET.get("format", "html"))
    if request.GET.get("format") == "json":
        response = JsonResponse(bundle, json_dumps_params={"indent": 2})
        response["Content-Disposition"] = f'attachment; filename="heed-case-{case_id}-evidence.json"'
        return response
    return render(request, "moderation/evidence.html", {"bundle": bundle, "triage": triage})


@require_POST
@moderator_required
def toggle_blur(request: AuthedRequest) -> HttpResponse:
    preference, _ = ModeratorPreference.objects.get_or_create(user=request.user)
    posted = read(BlurPreferenceForm(request.POST))
    preference.keep_blurred = posted["keep_blurred"]
    preference.save(update_fields=["keep_blurred"])
    back = posted["back"]
    # `//evil.example` starts with a slash too: only a page of this site is a place to go back to.
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect("queues")
    return redirect(back)


@require_http_methods(["GET", "POST"])
@moderator_required
def preferences(request: AuthedRequest) -> HttpResponse:
    """The moderator's own preferences: the languages they read."""
    preference, _ = ModeratorPreference.objects.get_or_create(user=request.user)
    form = LanguagesForm(request.POST or None, instance=preference)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Saved your languages.")
        return redirect("preferences")
    return render(request, "moderation/preferences.html", {"form": form})
