"""Webhooks through a real Celery worker process (with beat), real Redis and PostgreSQL."""

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.db import connection, transaction
from django.test import Client

from config.celery import app
from config.network import UNREACHABLE
from moderation.delivery import outbox
from moderation.models import Decision, Delivery, Triage
from reports.models import ApiClient
from tests.conftest import Worker, wait_for
from tests.helpers import Receiver, file_reports, free_port, report_body, signature_ok

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def receivers() -> Iterator[list[Receiver]]:
    started: list[Receiver] = []
    yield started
    for r in started:
        r.stop()


def delivered(delivery: Delivery) -> Callable[[], bool]:
    return lambda: Delivery.objects.filter(pk=delivery.pk, state="delivered").exists()


def test_a_queued_delivery_reaches_the_platform_through_the_worker(
    platform: tuple[ApiClient, str], receivers: list[Receiver], start_worker: Callable[[], Worker]
) -> None:
    receivers.append(receiver := Receiver())
    client = platform[0]
    start_worker()

    delivery = outbox.queue_delivery(
        kind="decision", url=receiver.url, payload={"event": "decision", "case_id": 1}, client=client
    )

    wait_for(delivered(delivery), timeout=30)
    (request,) = receiver.received
    assert signature_ok(client.webhook_secret, request)
    assert request.headers["X-Heed-Delivery"] == str(delivery.pk)
    assert request.json()["case_id"] == 1


def test_a_decision_webhook_reaches_the_platform_signed(
    platform: tuple[ApiClient, str], moderator: User, receivers: list[Receiver], start_worker: Callable[[], Worker]
) -> None:
    receivers.append(receiver := Receiver())
    client = platform[0]
    client.callback_url = receiver.url
    client.save()
    case = file_reports(client, report_body("I will hurt you"))[0].case
    start_worker()

    decision = Decision.objects.create(
        case=case, action="remove_content", reason_code="violent-threat", by=moderator, case_version=1
    )
    delivery = outbox.queue_outcome_webhook(case=case, decision=decision)
    assert delivery is not None

    wait_for(delivered(delivery), timeout=30)
    (request,) = receiver.received
    assert signature_ok(client.webhook_secret, request)
    assert (request.json()["event"], request.json()["case_id"]) == ("decision", case.pk)


def test_the_decision_on_a_spanish_threat_tells_the_platform_the_language_heed_detected(
    platform: tuple[ApiClient, str], moderator: User, receivers: list[Receiver], start_worker: Callable[[], Worker]
) -> None:
    """Filed through the API without a language, detected by the scoring worker, decided on the case page:
    the platform hears the language with the outcome, and reads it on the report's status."""
    receivers.append(receiver := Receiver())
    client, token = platform
    client.callback_url = receiver.url
    client.save()
    start_worker()
    api = Client(headers={"Authorization": f"Bearer {token}"})
    body = report_body("te voy a matar, sé dónde vives y a qué hora sales", category="violent_threat")
    (accepted,) = api.post("/api/v1/reports", json.dumps(body), content_type="application/json").json()["reports"]

    status = wait_for(
        lambda: (s := api.get(f"/api/v1/reports/{accepted['id']}").json())["status"] == "queued" and s, timeout=60
    )
    assert (status["language"], status["language_tag"], status["language_source"]) == ("es", "es", "detected")
    moderation = Client()
    moderation.force_login(moderator)
    version = Triage.objects.get(case_id=accepted["case_id"]).version
    moderation.post(
        f"/cases/{accepted['case_id']}/decide",
        {"action": "remove_content", "reason_code": "violent-threat", "version": str(version)},
    )

    delivery = Delivery.objects.get(kind="decision", case_id=accepted["case_id"])
    wait_for(delivered(delivery), timeout=30)
    (request,) = receiver.received
    sent = request.json()
    assert (sent["event"], sent["action"]) == ("decision", "remove_content")
    assert (sent["language"], sent["language_tag"], sent["language_source"]) == ("es", "es", "detected")


def test_a_platform_that_is_down_gets_the_webhook_once_it_is_back(
    platform: tuple[ApiClient, str], receivers: list[Receiver], start_worker: Callable[[], Worker]
) -> None:
    port = free_port()
    client = platform[0]
    start_worker()  # in tests the back-off starts at 1 s and the sweep runs every second

    delivery = outbox.queue_delivery(
        kind="decision", url=f"http://127.0.0.1:{port}/hooks/heed", payload={"event": "decision"}, client=client
    )
    wait_for(lambda: Delivery.objects.filter(pk=delivery.pk, attempts__gte=2).exists(), timeout=30)
    delivery.refresh_from_db()
    assert delivery.state == "pending"
    assert delivery.last_error == UNREACHABLE  # why (refused, timed out) is for the log only

    receivers.append(receiver := Receiver(port=port))
    wait_for(delivered(delivery), timeout=60)
    (request,) = receiver.received
    assert signature_ok(client.webhook_secret, request)
    assert request.headers["X-Heed-Delivery"] == str(delivery.pk)


def test_a_delivery_queued_while_the_broker_is_down_is_sent_by_the_sweep(
    platform: tuple[ApiClient, str],
    receivers: list[Receiver],
    start_worker: Callable[[], Worker],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from celery import current_app

    def broker_down(*args: Any, **kwargs: Any) -> None:
        raise ConnectionError("Redis is down")

    receivers.append(receiver := Receiver())
    with monkeypatch.context() as m:
        m.setattr(current_app, "send_task", broker_down)
        delivery = outbox.queue_delivery(kind="decision", url=receiver.url, payload={}, client=platform[0])
    assert receiver.received == []

    start_worker()  # its beat runs the delivery sweep every second in tests
    wait_for(delivered(delivery), timeout=30)
    assert len(receiver.received) == 1


def _sessions() -> int:
    """Connections ever made to the test database (PostgreSQL's own count; stats as of now)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute("SELECT sessions FROM pg_stat_database WHERE datname = current_database()")
        return int(cursor.fetchone()[0])


def test_a_worker_keeps_its_database_connection_from_task_to_task(start_worker: Callable[..., Worker]) -> None:
    # A page is one small task: a new PostgreSQL backend for each would cost more than the task.
    worker = start_worker(queues=[settings.HEED_QUEUE_DELIVERIES], CONN_MAX_AGE="60")

    def page(n: int) -> None:
        for i in range(n):
            outbox.queue_delivery(
                kind="notification", url="mailto:oncall@localhost", payload={"subject": "p", "body": str(i)}
            )

    page(10)  # the worker's processes connect
    wait_for(lambda: Delivery.objects.filter(state="delivered").count() == 10, timeout=60)
    before = _sessions()
    page(40)
    wait_for(lambda: Delivery.objects.filter(state="delivered").count() == 50, timeout=60)
    worker.stop()  # its connections' statistics are flushed when they close
    assert _sessions() - before < 10  # a few processes' connections at most, not one a task


def _waiting(queue: str) -> int:
    with app.connection_for_write() as broker:
        channel: Any = broker.default_channel  # declaring a queue answers its message count
        return int(channel.queue_declare(queue=queue).message_count)


def test_deliveries_stored_together_reach_the_worker_a_batch_a_message(start_worker: Callable[..., Worker]) -> None:
    # Scoring pages ~80 threats of a 500-report request at once: one message each cost the worker more
    # than sending them (docs/performance.md).
    queue = settings.HEED_QUEUE_DELIVERIES
    waiting = _waiting(queue)
    n = 2 * outbox.BATCH + 3
    with transaction.atomic():
        outbox.queue_deliveries(
            [
                Delivery(kind="notification", url="mailto:oncall@localhost", payload={"subject": "p", "body": str(i)})
                for i in range(n)
            ]
        )
    assert _waiting(queue) - waiting == 3

    start_worker(queues=[queue])
    wait_for(lambda: Delivery.objects.filter(state="delivered").count() == n, timeout=60)
    assert set(Delivery.objects.values_list("attempts", flat=True)) == {1}
