"""Appeals for moderators (list, review, claim, decide), and the author's public notice and appeal status pages."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from moderation.appeals import services
from moderation.appeals.forms import AppealDecisionForm, AppealForm
from moderation.bootstrap.defaults import APPEALS_QUEUE
from moderation.models import Appeal, Queue
from moderation.review import services as review
from moderation.review.forms import read
from moderation.review.views import refuse_unless_may_work
from moderation.roles import AuthedRequest, moderator_required
from reports.views import OUTCOME_WORDS, unlisted


def _get_appeal_for_moderator(request: AuthedRequest, appeal_id: int) -> Appeal:
    appeal = get_object_or_404(
        Appeal.objects.select_related(
            "case", "case__triage", "case__triage__queue", "case__triage__assignee", "decision", "decision__by"
        ),
        pk=appeal_id,
    )
    refuse_unless_may_work(request, appeal.case.triage.queue)
    return appeal


def _appeals_queue_for_moderator(request: AuthedRequest) -> Queue:
    queue = get_object_or_404(Queue.objects.prefetch_related("allowed_roles"), slug=APPEALS_QUEUE)
    refuse_unless_may_work(request, queue)
    return queue


@moderator_required
def appeal_list(request: AuthedRequest) -> HttpResponse:
    queue = _appeals_queue_for_moderator(request)
    return render(request, "moderation/appeals.html", {"queue": queue, "appeals": services.open_appeals()})


@moderator_required
def appeal_detail(request: AuthedRequest, appeal_id: int) -> HttpResponse:
    appeal = _get_appeal_for_moderator(request, appeal_id)
    triage = appeal.case.triage
    me = request.user
    context = {
        "appeal": appeal,
        "case": appeal.case,
        "triage": triage,
        "is_decider": appeal.decision.by_id == me.pk,
        "mine": triage.assignee_id == me.pk,
        "claimed_by_other": triage.assignee_id not in (None, me.pk),
        "may_decide": services.may_decide(appeal, me),
    }
    return render(request, "moderation/appeal.html", context)


@require_POST
@moderator_required
def appeal_claim(request: AuthedRequest, appeal_id: int) -> HttpResponse:
    appeal = _get_appeal_for_moderator(request, appeal_id)
    if not services.may_decide(appeal, request.user):
        messages.error(request, "You made the decision under appeal; another moderator must review it.")
        return redirect("appeal", appeal_id=appeal_id)
    try:
        review.case_claim(case_id=appeal.case_id, moderator=request.user)
    except review.Refused as exc:
        messages.error(request, str(exc))
    return redirect("appeal", appeal_id=appeal_id)


@require_POST
@moderator_required
def appeal_decide(request: AuthedRequest, appeal_id: int) -> HttpResponse:
    _get_appeal_for_moderator(request, appeal_id)
    posted = read(AppealDecisionForm(request.POST))
    try:
        appeal = services.appeal_decide(
            appeal_id=appeal_id,
            by=request.user,
            outcome=posted["outcome"],
            note=posted["note"],
        )
    except review.Refused as exc:
        messages.error(request, str(exc))
        return redirect("appeal", appeal_id=appeal_id)
    messages.success(request, f"Appeal {appeal.pk} on case #{appeal.case_id}: {appeal.state}.")
    return redirect("appeals")


@unlisted
def appeal_status(request: HttpRequest, token: str) -> HttpResponse:
    """The author's view of their appeal: what was decided, and what came of the appeal. Nothing of moderators."""
    appeal = get_object_or_404(Appeal.objects.select_related("decision"), status_token=token)
    return render(
        request,
        "moderation/appeal_status.html",
        {"appeal": appeal, "decision_words": OUTCOME_WORDS.get(appeal.decision.action, "")},
    )


@unlisted
@require_http_methods(["GET", "POST"])
def author_notice(request: HttpRequest, token: str) -> HttpResponse:
    """The author's notice of the decision on their content, and where they appeal it. No login: the
    signed link is the key, and an appeal from here is filed once per decision."""
    try:
        case = services.case_for_notice(token)
    except services.NotFound as exc:
        raise Http404 from exc
    notice = services.notice_for(case)
    form = AppealForm(request.POST or None)
    refusal = ""
    if request.method == "POST" and notice.appealable and form.is_valid():
        try:
            appeal = services.appeal_from_notice(case, form.cleaned_data["statement"])
        except services.NotAppealable as exc:
            refusal = str(exc).capitalize() + "."
        else:
            return redirect("appeal-status", token=appeal.status_token)
    decision_words = OUTCOME_WORDS.get(notice.decision.action, "") if notice.decision else ""
    context = {"case": case, "notice": notice, "decision_words": decision_words, "form": form, "refusal": refusal}
    return render(request, "moderation/author_notice.html", context, status=400 if form.errors or refusal else 200)
