"""Celery tasks: thin adapters that take IDs and call services."""

from celery import shared_task
from celery.signals import worker_process_init
from django.conf import settings

from moderation import triage
from moderation.scoring import score_text


@shared_task(name="moderation.score_reports", acks_late=True)
def score_reports(report_ids: list[int]) -> int:
    return triage.score_reports(report_ids)


@shared_task(name="moderation.sweep_unscored")
def sweep_unscored() -> int:
    batches = triage.sweep_unscored(older_than_seconds=settings.HEED_SCORE_SWEEP_AFTER_SECONDS)
    for ids in batches:
        score_reports.delay(ids)
    return sum(len(ids) for ids in batches)


@worker_process_init.connect
def _warm_up_scorer(**kwargs: object) -> None:
    # Compile the scorer's patterns and load its model before the first report, not during it.
    score_text("warm up")
