"""End to end through a real Celery worker process, real Redis and PostgreSQL."""

import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from moderation.models import Score, Triage
from moderation.vocabulary import Tier
from reports.models import Report
from tests.conftest import Worker, wait_for
from tests.helpers import report_body

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def post(api: Client, reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    response = api.post("/api/v1/reports", json.dumps({"reports": reports}), content_type="application/json")
    assert response.status_code == 202, response.content
    return response.json()["reports"]


def scored(n: int) -> Callable[[], bool]:
    return lambda: Report.objects.filter(scored_at__isnull=False).count() >= n


def assert_each_report_scored_exactly_once() -> None:
    assert not Report.objects.filter(scored_at__isnull=True).exists()
    consumed = [i for ids in Score.objects.values_list("report_ids", flat=True) for i in ids]
    assert len(consumed) == len(set(consumed)) == Report.objects.count()
    assert not Score.objects.filter(report_ids=[]).exists()


def test_a_worker_scores_a_posted_batch(api: Client, start_worker: Callable[[], Worker]) -> None:
    start_worker()
    items = post(api, [report_body("I'm going to shoot you in the head"), report_body("buy cheap followers now")])
    wait_for(scored(2), timeout=30)
    threat = Triage.objects.get(case_id=items[0]["case_id"])
    assert (threat.queue.slug, threat.tier) == ("threats", Tier.CRITICAL)
    status = api.get(f"/api/v1/reports/{items[0]['id']}").json()
    assert (status["status"], status["queue"], status["tier"]) == ("queued", "threats", "critical")


def test_a_death_threat_tops_the_queue_while_ordinary_reports_stream_in(
    api: Client, as_moderator: Client, start_worker: Callable[[], Worker]
) -> None:
    start_worker()
    ordinary = [report_body(f"you are so annoying, stop posting #{i}", category="violent_threat") for i in range(1000)]
    for i in range(0, 500, 50):
        post(api, ordinary[i : i + 50])
    (threat,) = post(api, [report_body("I will kill you. You're dead tomorrow.")])
    for i in range(500, 1000, 50):
        post(api, ordinary[i : i + 50])

    def first_row() -> bool:
        html = as_moderator.get("/queues/threats/").content.decode()
        found = re.search(r'data-case-id="(\d+)"', html)
        return found is not None and int(found[1]) == threat["case_id"]

    wait_for(first_row, timeout=30, interval=0.05)
    wait_for(scored(1001), timeout=60)
    assert_each_report_scored_exactly_once()


def test_killing_the_worker_mid_ingest_loses_and_doubles_nothing(
    api: Client, start_worker: Callable[[], Worker]
) -> None:
    worker = start_worker()
    total = 5000
    for start in range(0, total, 500):
        post(api, [report_body(f"report number {start + i}, spam http://x.example/{i}") for i in range(500)])
    wait_for(lambda: Report.objects.filter(scored_at__isnull=False).exists(), timeout=30, interval=0.01)
    worker.kill()
    done_when_killed = Report.objects.filter(scored_at__isnull=False).count()
    assert done_when_killed < total, "the worker finished before it could be killed; raise the volume"

    start_worker()
    wait_for(scored(total), timeout=120, interval=0.5)
    assert_each_report_scored_exactly_once()


def test_reports_accepted_while_the_broker_is_down_are_scored_by_the_sweep(
    api: Client, start_worker: Callable[[], Worker], monkeypatch: pytest.MonkeyPatch
) -> None:
    from celery import current_app

    # A real refused connection: the broker's address points at a closed port, and the cached pools
    # are dropped so the next publish connects afresh.
    def reconnect() -> None:
        # Celery offers no public way to drop its cached pools; the stubs do not know these attributes.
        current_app._pool = None  # type: ignore[attr-defined]
        current_app.amqp._producer_pool = None  # type: ignore[attr-defined]

    with monkeypatch.context() as m:
        m.setattr(current_app.conf, "broker_url", "redis://127.0.0.1:9/0")
        reconnect()
        (item,) = post(api, [report_body("I'll find you and hurt you")])
    reconnect()
    assert Report.objects.get(pk=item["id"]).scored_at is None

    start_worker()  # its beat runs the sweep every second in tests
    wait_for(scored(1), timeout=30)
    assert Triage.objects.get(case_id=item["case_id"]).tier == Tier.CRITICAL


def test_healthz_reports_each_service(start_worker: Callable[[], Worker]) -> None:
    down = Client().get("/healthz")
    assert down.status_code == 503
    assert down.json() == {"database": "ok", "redis": "ok", "worker": "down"}

    start_worker()
    up = wait_for(lambda: (r := Client().get("/healthz")).status_code == 200 and r, timeout=30, interval=0.5)
    assert up.json() == {"database": "ok", "redis": "ok", "worker": "ok"}


def test_the_second_reader_raises_a_threat_the_first_reading_missed(
    api: Client, start_worker: Callable[[], Worker]
) -> None:
    start_worker()
    body = report_body("Write your will.")
    body["content"]["language"] = "en"
    (item,) = post(api, [body])

    def raised() -> bool:
        triage = Triage.objects.filter(case_id=item["case_id"]).select_related("queue").first()
        return triage is not None and (triage.queue.slug, triage.tier) == ("threats", Tier.CRITICAL)

    wait_for(raised, timeout=30)
    first, read = Score.objects.filter(case_id=item["case_id"]).order_by("id")
    assert (first.escalate, first.unread, first.report_ids) == (False, False, [item["id"]])
    assert (read.escalate, read.report_ids) == (True, [])
    status = api.get(f"/api/v1/reports/{item['id']}").json()
    assert (status["queue"], status["tier"]) == ("threats", "critical")
