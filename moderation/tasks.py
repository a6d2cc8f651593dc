"""Celery tasks: thin adapters that take IDs and call services."""

from celery import shared_task
from celery.signals import worker_process_init
from django.conf import settings

from config import long_lived
from moderation import locks
from moderation.delivery import notify, outbox
from moderation.learning import training
from moderation.metrics import snapshots
from moderation.placement import pipeline, reading, sla
from moderation.review import services
from moderation.rules import backtest
from moderation.scoring import score_text
from moderation.team import retention


@shared_task(name="moderation.score_reports", acks_late=True)
def score_reports(report_ids: list[int]) -> int:
    training.use_active_model()
    return pipeline.score_reports(report_ids)


@shared_task(name="moderation.score_urgent", acks_late=True)
def score_urgent(report_ids: list[int]) -> int:
    # Reports filed as threats, on their own queue (config/settings.py CELERY_TASK_ROUTES).
    training.use_active_model()
    return pipeline.score_reports(report_ids, urgent=True)


@shared_task(name="moderation.read_unread", acks_late=True)
def read_unread(case_ids: list[int]) -> int:
    training.use_active_model()
    return len(reading.read_unread(case_ids))


RETRAIN_SECONDS = 1800


@shared_task(name="moderation.retrain_model", time_limit=RETRAIN_SECONDS)
def retrain_model() -> str | None:
    # Half an hour of work: a second run (a beat started twice, a manual run) leaves it to the first.
    with locks.only_one("retrain_model", seconds=RETRAIN_SECONDS) as mine:
        if not mine:
            return None
        stored = training.retrain()
        return stored.version if stored else None


@shared_task(name="moderation.sweep_unscored")
def sweep_unscored() -> int:
    batches = pipeline.sweep_unscored(older_than_seconds=settings.HEED_SCORE_SWEEP_AFTER_SECONDS)
    for ids in batches:
        score_reports.delay(ids)
    # The same for cases whose second reading was lost.
    if unread := reading.sweep_unread(older_than_seconds=settings.HEED_SCORE_SWEEP_AFTER_SECONDS):
        read_unread.delay(unread)
    return sum(len(ids) for ids in batches)


@shared_task(name="moderation.refresh_metrics", expires=55)
def refresh_metrics() -> int:
    return snapshots.refresh_all()


@shared_task(name="moderation.rerank_waiting")
def rerank_waiting() -> int:
    return pipeline.rerank_waiting()


@shared_task(name="moderation.expire_claims")
def expire_claims() -> int:
    return services.expire_claims()


@worker_process_init.connect
def _start_worker_process(**kwargs: object) -> None:
    # Compile the scorer's patterns and load its model before the first report, not during it; then keep
    # all that start-up built out of full garbage collections.
    score_text("warm up")
    long_lived.freeze()


@shared_task(name="moderation.deliver", acks_late=True, soft_time_limit=20, time_limit=30)
def deliver(delivery_ids: list[int] | int) -> None:
    # Failures are recorded on the row and retried by the sweep, not by Celery: the outbox is the schedule.
    # A batch's message carries time limits for its size (outbox._enqueue_batch); one id is a message
    # from before batches.
    outbox.deliver_all(delivery_ids if isinstance(delivery_ids, list) else [delivery_ids])


@shared_task(name="moderation.retry_due_deliveries")
def retry_due_deliveries() -> int:
    return outbox.enqueue_due()


@shared_task(name="moderation.check_sla")
def check_sla() -> int:
    return sla.check_sla()


@shared_task(name="moderation.page_missed")
def page_missed() -> int:
    return notify.page_missed()


@shared_task(name="moderation.run_backtest", soft_time_limit=300, time_limit=330)
def run_backtest(run_id: int) -> None:
    # A run over the time limit is recorded as failed on the run, like any other error.
    backtest.run_backtest(run_id)


@shared_task(name="moderation.apply_retention")
def apply_retention() -> int:
    return retention.redact_expired()
