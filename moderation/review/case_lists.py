"""The case page's lists of other cases: the campaign against the same person and the author's history.

Read as the queue's rows are (queue_rows.py): only the columns a row shows, each row a plain dict. A
pile-on's target can have hundreds of live cases, and reading each as a triage (with its JSON), a case
and a queue cost more than the whole rest of the case page (docs/performance.md).
"""

from datetime import timedelta
from typing import TypedDict

from django.db.models import Q
from django.utils import timezone

from moderation.models import Triage
from moderation.review.queue_rows import case_urls, snippet
from moderation.vocabulary import Tier, is_blurred
from reports.models import Case

CAMPAIGN_WINDOW = timedelta(hours=24)
CAMPAIGN_SHOWN = 200
HISTORY_SHOWN = 50
SNIPPET_CHARS = 100


class CampaignRow(TypedDict):
    case_id: int
    url: str
    tier: str
    author: str
    snippet: str
    blurred: bool
    state: str


class HistoryRow(TypedDict):
    case_id: int
    url: str
    reported_on: str  # as the page prints it, in the current time zone
    state: str
    outcome: str


def campaign(case: Case) -> list[CampaignRow]:
    """Other live cases aimed at the same person in the last 24 hours, across authors, the most urgent first."""
    if not case.target_id:
        return []
    triages = (
        Triage.objects.filter(
            case__client_id=case.client_id,
            case__target_id=case.target_id,
            case__last_reported_at__gte=timezone.now() - CAMPAIGN_WINDOW,
        )
        .filter(Q(state=Triage.State.OPEN) | Q(state=Triage.State.IN_REVIEW))
        .exclude(case_id=case.pk)
        .order_by("-tier", "-priority")
        .values_list(
            "case_id", "tier", "threat", "categories", "state", "case__author_handle", "case__author_id", "case__text"
        )[:CAMPAIGN_SHOWN]
    )
    url = case_urls()
    return [
        CampaignRow(
            case_id=case_id,
            url=url(case_id),
            tier=Tier(tier).label,
            author=handle or author_id,
            snippet=snippet(text, SNIPPET_CHARS),
            blurred=is_blurred(tier=tier, threat=threat, categories=categories),
            state=Triage.State(state).label,
        )
        for case_id, tier, threat, categories, state, handle, author_id, text in triages
    ]


def history(case: Case) -> list[HistoryRow]:
    """The author's other cases, the most recently reported first."""
    triages = (
        Triage.objects.filter(case__client_id=case.client_id, case__author_id=case.author_id)
        .exclude(case_id=case.pk)
        .order_by("-case__first_reported_at")
        .values_list("case_id", "case__first_reported_at", "state", "outcome")[:HISTORY_SHOWN]
    )
    url = case_urls()
    return [
        HistoryRow(
            case_id=case_id,
            url=url(case_id),
            reported_on=timezone.localtime(reported_at).strftime("%Y-%m-%d"),  # not the `date` filter: 50 rows
            state=Triage.State(state).label,
            outcome=outcome,
        )
        for case_id, reported_at, state, outcome in triages
    ]
