"""Accepting reports: store them with their case in one transaction, then hand them to scoring."""

import logging
from collections.abc import Sequence

from celery import current_app
from django.db import transaction
from django.utils import timezone

from reports.models import ApiClient, Case, Report
from reports.schemas import ReportIn

log = logging.getLogger(__name__)


@transaction.atomic
def accept_reports(*, client: ApiClient, items: Sequence[ReportIn]) -> list[Report]:
    """Store `items` (idempotent on external_id) and return their reports in input order."""
    now = timezone.now()
    first: dict[str, ReportIn] = {}
    for item in items:
        first.setdefault(item.external_id, item)  # a repeat inside one batch is the same report

    by_content: dict[str, ReportIn] = {}
    for item in first.values():
        by_content.setdefault(item.content.id, item)
    cases = Case.objects.bulk_create(
        [
            Case(
                client=client,
                content_id=content_id,
                url=item.content.url,
                text=item.content.text,
                author_id=item.content.author.id,
                author_handle=item.content.author.handle,
                target_id=item.target.id if item.target else "",
                target_handle=item.target.handle if item.target else "",
                reply_to=item.content.reply_to,
                content_created_at=item.content.created_at,
                first_reported_at=now,
                last_reported_at=now,
            )
            for content_id, item in sorted(by_content.items())
        ],
        update_conflicts=True,
        unique_fields=["client", "content_id"],
        update_fields=["last_reported_at"],
    )
    case_ids = {case.content_id: case.pk for case in cases}

    stored = Report.objects.bulk_create(
        [
            Report(
                client=client,
                external_id=item.external_id,
                case_id=case_ids[item.content.id],
                category=item.category,
                comment=item.comment,
                reporter_id=item.reporter.id,
                reporter_handle=item.reporter.handle,
                target_id=item.target.id if item.target else "",
                target_handle=item.target.handle if item.target else "",
                received_at=now,
                raw=item.model_dump(mode="json"),
            )
            for item in sorted(first.values(), key=lambda i: i.external_id)
        ],
        # A repeat of an earlier report touches nothing but returns the stored row's id.
        update_conflicts=True,
        unique_fields=["client", "external_id"],
        update_fields=["external_id"],
    )
    reports = Report.objects.in_bulk([r.pk for r in stored])
    by_external_id = {r.external_id: r for r in reports.values()}
    unscored = sorted(r.pk for r in reports.values() if r.scored_at is None)
    if unscored:
        transaction.on_commit(lambda: _enqueue_scoring(unscored), robust=True)
    return [by_external_id[item.external_id] for item in items]


def _enqueue_scoring(report_ids: list[int]) -> None:
    # By name: intake knows nothing of moderation. If the broker is down, the sweep re-enqueues.
    try:
        current_app.send_task("moderation.score_reports", args=[report_ids], retry=False)
    except Exception:
        log.exception("could not enqueue scoring of %d reports; the sweep will pick them up", len(report_ids))
