"""Paging through a real Celery worker process (with beat), real Redis and PostgreSQL."""

import json
import os
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from config import devstack
from moderation.models import NotificationChannel, Triage
from reports.models import Report
from tests.conftest import Worker, wait_for
from tests.helpers import Receiver, report_body, signature_ok

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

SECRET = "on-call-secret"
THREAT = "I will kill you. You're dead tomorrow."


def post(api: Client, body: dict[str, Any]) -> dict[str, Any]:
    response = api.post("/api/v1/reports", json.dumps({"reports": [body]}), content_type="application/json")
    assert response.status_code == 202, response.content
    return response.json()["reports"][0]  # type: ignore[no-any-return]


def scored(report: dict[str, Any]) -> Callable[[], bool]:
    return lambda: Report.objects.filter(pk=report["id"], scored_at__isnull=False).exists()


def test_a_death_threat_pages_on_call_within_two_seconds_once_and_its_sla_breach_once_more(
    api: Client, receiver: Receiver, start_worker: Callable[[], Worker]
) -> None:
    NotificationChannel.objects.filter(slug="on-call").update(kind="webhook", target=receiver.url, secret=SECRET)
    start_worker()
    wait_for(scored(post(api, report_body("lovely weather today"))), timeout=120)  # the worker is up

    started = time.monotonic()
    threat = post(api, report_body(THREAT, content_id="post-threat"))
    wait_for(lambda: receiver.received, timeout=2.0, interval=0.01)
    assert time.monotonic() - started < 2.0

    (page,) = receiver.received
    assert signature_ok(SECRET, page)
    assert (page.json()["event"], page.json()["case_id"], page.json()["tier"]) == (
        "case_escalated", threat["case_id"], "critical",
    )  # fmt: skip

    # Another report of the same post: scored into the same case, and nobody is paged again.
    again = post(api, report_body(THREAT, content_id="post-threat"))
    wait_for(scored(again), timeout=30)
    time.sleep(1.5)
    assert len(receiver.received) == 1

    # Nobody took it before its deadline: the beat's SLA check (every second in tests) pages once more.
    Triage.objects.filter(case_id=threat["case_id"]).update(sla_due_at=timezone.now() - timedelta(minutes=1))
    wait_for(lambda: len(receiver.received) >= 2, timeout=15)
    time.sleep(2.5)
    assert [r.json()["event"] for r in receiver.received] == ["case_escalated", "sla_breached"]
    assert signature_ok(SECRET, receiver.received[1])


def make_run_env(var: Path) -> dict[str, str]:
    """The environment `make run` (config.devstack run) hands honcho, which passes it on to web, worker and beat."""
    env = {k: v for k, v in os.environ.items() if k not in ("PORT", "SITE_URL")}
    return devstack.development_env(env, var=var)


def test_a_page_sent_by_the_worker_links_to_the_web_server_not_to_the_workers_own_port(
    api: Client, receiver: Receiver, start_worker: Callable[..., Worker], tmp_path: Path
) -> None:
    NotificationChannel.objects.filter(slug="on-call").update(kind="webhook", target=receiver.url, secret=SECRET)
    env = make_run_env(tmp_path)
    # honcho gives each process of the Procfile its own PORT: web PORT, worker PORT + 100, beat + 200.
    start_worker(PORT=str(int(env["PORT"]) + 100), SITE_URL=env.get("SITE_URL"))

    threat = post(api, report_body(THREAT, content_id="post-linked"))
    wait_for(lambda: receiver.received, timeout=120)

    assert receiver.received[0].json()["url"] == f"http://127.0.0.1:{env['PORT']}/cases/{threat['case_id']}/"
