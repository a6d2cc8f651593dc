"""Beat's periodic jobs are safe to run twice at once: from two worker hosts, or a beat started twice."""

import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone
from kombu import Queue

from config.celery import app
from moderation import locks, tasks
from moderation.models import AuditEvent, ScorerModel, Triage
from moderation.placement import pipeline, sla
from moderation.review import services
from reports.models import ApiClient
from tests.helpers import file_reports, report_body
from tests.moderation.learning.test_learning import coded_threats, decided

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _empty_queues() -> Iterator[None]:
    # Intake and scoring enqueue after commit; no worker runs here, so nothing is left for the next test.
    yield
    with app.connection_for_write() as broker:
        for name in settings.HEED_QUEUES:
            Queue(name, channel=broker.default_channel).purge()


def waiting_cases(client: ApiClient, n: int) -> list[int]:
    reports = file_reports(client, *[report_body(f"you are so annoying, stop posting #{i}") for i in range(n)])
    pipeline.score_reports([r.pk for r in reports])
    return [r.case_id for r in reports]


def twice_at_once(job: Callable[[], int]) -> list[int]:
    """Run `job` in two threads, each with its own database connection, released together."""
    start = threading.Barrier(2)
    results: list[Any] = [None, None]

    def run(i: int) -> None:
        try:
            start.wait()
            results[i] = job()
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def test_two_sla_checks_at_once_flag_each_late_case_once(platform: tuple[ApiClient, str]) -> None:
    cases = waiting_cases(platform[0], 30)
    Triage.objects.filter(case_id__in=cases).update(sla_due_at=timezone.now() - timedelta(minutes=1))

    flagged = twice_at_once(sla.check_sla)

    assert sum(flagged) == 30
    assert AuditEvent.objects.filter(action="sla_breached").count() == 30


def test_two_claim_expiries_at_once_return_each_case_once(platform: tuple[ApiClient, str], moderator: Any) -> None:
    cases = waiting_cases(platform[0], 30)
    Triage.objects.filter(case_id__in=cases).update(
        state=Triage.State.IN_REVIEW, assignee=moderator, claimed_until=timezone.now() - timedelta(seconds=1)
    )

    twice_at_once(services.expire_claims)

    assert AuditEvent.objects.filter(action="claim_expired").count() == 30
    assert Triage.objects.filter(case_id__in=cases, state=Triage.State.OPEN).count() == 30


def test_a_second_retrain_while_one_runs_leaves_it_to_the_first(
    platform: tuple[ApiClient, str], moderator: Any
) -> None:
    decided(platform[0], moderator, coded_threats(150))  # enough decisions to train on
    with locks.only_one("retrain_model", seconds=60) as mine:
        assert mine  # the first run, on another host
        assert tasks.retrain_model() is None
        assert not ScorerModel.objects.exists()
    assert tasks.retrain_model() is not None  # with the first run over, the next one trains
