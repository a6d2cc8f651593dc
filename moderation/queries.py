"""Read-side queries for the moderator's pages."""

from datetime import datetime

from django.db.models import Count, Min, Q, QuerySet

from moderation.models import Queue, Tier, Triage

QUEUE_PAGE_SIZE = 100


def queue_overview() -> QuerySet[Queue]:
    open_ = Q(triages__state=Triage.State.OPEN)
    return Queue.objects.annotate(
        open_count=Count("triages", filter=open_),
        critical_count=Count("triages", filter=open_ & Q(triages__tier=Tier.CRITICAL)),
        oldest_opened_at=Min("triages__opened_at", filter=open_),
    )


def open_cases(queue: Queue) -> QuerySet[Triage]:
    """The queue in review order: tier, then priority, then oldest first."""
    return (
        Triage.objects.filter(queue=queue, state=Triage.State.OPEN)
        .select_related("case")
        .order_by("-tier", "-priority", "opened_at", "case_id")
    )


def new_critical(queue: Queue, since: datetime) -> list[int]:
    return list(
        Triage.objects.filter(
            queue=queue, state=Triage.State.OPEN, tier=Tier.CRITICAL, opened_at__gt=since
        ).values_list("case_id", flat=True)[:10]
    )
