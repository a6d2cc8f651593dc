"""Celery tasks: thin adapters that take IDs and call services."""

from celery import shared_task
from django.conf import settings

from moderation import triage


@shared_task(name="moderation.score_reports", acks_late=True)
def score_reports(report_ids: list[int]) -> int:
    return triage.score_reports(report_ids)


@shared_task(name="moderation.sweep_unscored")
def sweep_unscored() -> int:
    batches = triage.sweep_unscored(older_than_seconds=settings.HEED_SCORE_SWEEP_AFTER_SECONDS)
    for ids in batches:
        score_reports.delay(ids)
    return sum(len(ids) for ids in batches)
