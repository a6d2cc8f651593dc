from datetime import datetime

from django.http import HttpRequest, HttpResponse
from django_htmx.middleware import HtmxDetails
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from moderation import queries
from moderation.evidence import segments
from moderation.models import AuditEvent, Queue, Triage
from moderation.roles import moderator_required


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


def _get_triage_for_moderator(request: HttpRequest, case_id: int) -> Triage:
    return get_object_or_404(Triage.objects.select_related("case", "queue", "assignee"), case_id=case_id)


@moderator_required
def queues(request: HtmxHttpRequest) -> HttpResponse:
    template = "moderation/queues.html"
    if request.htmx:
        template += "#queue-table"
    return render(request, template, {"queues": queries.queue_overview(), "now": timezone.now()})


@moderator_required
def queue(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    q = get_object_or_404(Queue, slug=slug)
    now = timezone.now()
    since: datetime = parse_datetime(request.GET.get("since", "")) or now
    template = "moderation/queue.html"
    if request.htmx:
        template += "#queue-rows"
    return render(
        request,
        template,
        {
            "queue": q,
            "cases": queries.open_cases(q)[: queries.QUEUE_PAGE_SIZE],
            "new_critical": queries.new_critical(q, since) if request.htmx else [],
            "since": since,
            "now": now,
        },
    )


@moderator_required
def case_detail(request: HtmxHttpRequest, case_id: int) -> HttpResponse:
    triage = _get_triage_for_moderator(request, case_id)
    case = triage.case
    score = case.scores.order_by("-created_at").first()
    signals = score.signals if score else []
    return render(
        request,
        "moderation/case.html",
        {
            "triage": triage,
            "case": case,
            "score": score,
            "segments": segments(case.text, signals),
            "reports": case.reports.order_by("received_at")[:500],
            "audit": AuditEvent.objects.filter(case=case).select_related("actor")[:200],
        },
    )
