"""Read-side queries for the moderator's pages."""

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypedDict

from django.db.models import BooleanField, Count, ExpressionWrapper, Min, Q, QuerySet, Subquery
from django.utils import timezone

from moderation.models import Queue, Triage
from moderation.placement.language import DETECTED_LANGUAGES
from moderation.placement.sla import breached
from moderation.vocabulary import CATEGORY_THRESHOLD, THREAT_THRESHOLD, Category, Tier, tier_named
from reports.languages import UNDETERMINED
from reports.models import Report

QUEUE_PAGE_SIZE = 100
# The case page shows a case's first reports; "Show more reports" pages through the rest (a pile-on has thousands).
CASE_REPORTS_FIRST = 50
CASE_REPORTS_PAGE = 200


def queue_overview() -> QuerySet[Queue]:
    open_ = Q(triages__state=Triage.State.OPEN)
    return (
        Queue.objects.prefetch_related("allowed_roles")
        .annotate(
            open_count=Count("triages", filter=open_),
            critical_count=Count("triages", filter=open_ & Q(triages__tier=Tier.CRITICAL)),
            breached_count=Count("triages", filter=open_ & breached(timezone.now(), prefix="triages__")),
            in_review_count=Count("triages", filter=Q(triages__state=Triage.State.IN_REVIEW)),
            oldest_opened_at=Min("triages__opened_at", filter=open_),
        )
        .order_by("position", "name")
    )


@dataclass(frozen=True)
class QueueFilters:
    category: str = ""
    tier: str = ""
    waiting_minutes: int | None = None
    search: str = ""
    language: str = ""

    @classmethod
    def from_query(cls, params: dict[str, str]) -> "QueueFilters":
        category = params.get("category", "")
        tier = params.get("tier", "")
        waiting = params.get("waiting", "")
        language = params.get("language", "")
        return cls(
            category=category if category in Category.values else "",
            tier=tier if tier_named(tier) is not None else "",
            waiting_minutes=int(waiting) if waiting.isdigit() else None,
            search=params.get("q", "").strip()[:200],
            language=language if re.fullmatch("[a-z]{2,3}", language) else "",
        )

    @property
    def active(self) -> bool:
        return bool(self.category or self.tier or self.waiting_minutes or self.search or self.language)


def open_cases(queue: Queue, filters: QueueFilters | None = None, *, now: datetime | None = None) -> QuerySet[Triage]:
    """The queue in review order: tier, then priority, then oldest first. Filters keep the order.

    Each case carries `breached` as of `now`."""
    cases = Triage.objects.filter(queue=queue, state=Triage.State.OPEN).annotate(
        breached=ExpressionWrapper(breached(now or timezone.now()), output_field=BooleanField())
    )
    f = filters or QueueFilters()
    if f.category:
        if f.category == Category.VIOLENT_THREAT:
            scored = Q(threat__gte=THREAT_THRESHOLD)
        else:
            scored = Q(**{f"categories__{f.category}__gte": CATEGORY_THRESHOLD})
        # Read off the triage row, so the filter walks the queue's order index and stops at a page: a probe
        # of the reports per case became a hash of every report so filed, ~0.5 s at 1M reports.
        cases = cases.filter(scored | Q(reported_categories__contains=[f.category]))
    if (tier := tier_named(f.tier)) is not None:
        cases = cases.filter(tier=tier)
    if f.language:
        cases = cases.filter(case__language=f.language)
    if f.waiting_minutes:
        cases = cases.filter(opened_at__lte=timezone.now() - timedelta(minutes=f.waiting_minutes))
    if f.search:
        cases = cases.filter(
            # The case's own copy of its queue lets the text's trigram index read this queue's part alone.
            Q(case__queue=queue.slug, case__text__icontains=f.search)
            | Q(case__author_id=f.search)
            | Q(case__author_handle__iexact=f.search)
            | Q(case__target_id=f.search)
            | Q(case__target_handle__iexact=f.search)
        )
    return cases.select_related("case").order_by("-tier", "-priority", "opened_at", "case_id")


def filter_languages(filters: QueueFilters) -> list[str]:
    """The languages the queue's filter offers: every language Heed detects, "und" and the one asked for.
    Not the languages of the queue's open cases: finding those read every open case, 0.1 s at 100,000."""
    return sorted({*DETECTED_LANGUAGES, UNDETERMINED, *([filters.language] if filters.language else [])})


def new_critical(queue: Queue, since: datetime) -> list[int]:
    return list(
        Triage.objects.filter(
            queue=queue, state=Triage.State.OPEN, tier=Tier.CRITICAL, opened_at__gt=since
        ).values_list("case_id", flat=True)[:10]
    )


class ReportRow(TypedDict):
    id: int
    received: str  # as the page prints it, in the current time zone
    reporter: str
    category: str  # its label
    comment: str
    version_id: int


_CATEGORY_LABELS = dict(Category.choices)


def case_reports(case_id: int, *, after: int | None = None, limit: int) -> tuple[list[ReportRow], bool]:
    """The case's reports in the order they came (received, then id), `limit` of them from the one after
    report `after` (keyset: every page is one walk of the `report_case_order` index, however deep), and
    whether more follow. A report of another case as `after` starts nowhere: no reports.

    Each as the case page's row shows it, read from the columns it shows: a pile-on's page lists 50
    (or 200), and a model instance of every column cost more than its row."""
    reports = Report.objects.filter(case_id=case_id).order_by("received_at", "id")
    if after is not None:
        at = Subquery(Report.objects.filter(case_id=case_id, pk=after).values("received_at"))
        reports = reports.filter(Q(received_at__gt=at) | Q(received_at=at, pk__gt=after))
    fields = ("id", "received_at", "reporter_handle", "reporter_id", "category", "comment", "version_id")
    page = [
        ReportRow(
            id=pk,
            # The template's `date` filter cost more than the rest of a 50-row page's rows.
            received=timezone.localtime(received_at).strftime("%Y-%m-%d %H:%M:%S"),
            reporter=handle or reporter_id,
            category=_CATEGORY_LABELS.get(category, category),
            comment=comment,
            version_id=version_id,
        )
        for pk, received_at, handle, reporter_id, category, comment, version_id in reports.values_list(*fields)[
            : limit + 1
        ]
    ]
    return page[:limit], len(page) > limit
