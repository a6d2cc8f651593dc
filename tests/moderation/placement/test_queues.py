"""Separate Celery queues: threats (filed as threats, or found suspect by the intake screen whatever their
category) are scored on their own queue, and first within any batch."""

import json
import re
import time
from collections.abc import Callable
from typing import Any

import pytest
import redis
from django.conf import settings
from django.contrib.auth.models import User
from django.db.models import Max, Min
from django.test import Client

from config.celery import app
from moderation.bootstrap.defaults import RULES
from moderation.models import BacktestRun, Score, Triage
from moderation.rules import backtest
from moderation.scoring.screen import suspect
from moderation.vocabulary import Tier
from reports.models import Report
from tests.conftest import Worker, wait_for
from tests.helpers import report_body

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def post(api: Client, reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    response = api.post("/api/v1/reports", json.dumps({"reports": reports}), content_type="application/json")
    assert response.status_code == 202, response.content
    return response.json()["reports"]


def first_threat_row(moderator: Client) -> int | None:
    found = re.search(r'data-case-id="(\d+)"', moderator.get("/queues/threats/").content.decode())
    return int(found[1]) if found else None


def test_a_threat_is_scored_by_the_urgent_worker_alone_while_batch_work_waits(
    api: Client, admin_user: User, start_worker: Callable[..., Worker]
) -> None:
    start_worker(queues=[settings.HEED_QUEUE_URGENT])
    run = backtest.start_backtest(rule=RULES[0], days=30, by=admin_user)
    ordinary, threat = post(
        api,
        [
            report_body("you are so annoying, stop posting"),
            report_body("I will kill you. You're dead tomorrow.", category="violent_threat"),
        ],
    )

    wait_for(lambda: Report.objects.filter(pk=threat["id"], scored_at__isnull=False).exists(), timeout=30)
    placed = Triage.objects.get(case_id=threat["case_id"])
    assert (placed.queue.slug, placed.tier) == ("threats", Tier.CRITICAL)
    # Neither the ordinary scoring queue nor the batch queue has a worker here: their work waits.
    assert Report.objects.get(pk=ordinary["id"]).scored_at is None
    assert BacktestRun.objects.get(pk=run.pk).state == BacktestRun.State.PENDING


def test_a_threat_filed_as_spam_is_placed_before_the_rest_of_its_batch(
    api: Client, as_moderator: Client, start_worker: Callable[..., Worker]
) -> None:
    start_worker()
    wait_for(lambda: app.control.ping(timeout=0.5), timeout=30)  # one task for the batch, not the sweep's too
    batch = [report_body(f"buy cheap followers now, offer #{i}", category="spam") for i in range(500)]
    batch[250] = report_body("I will kill you. You're dead tomorrow.", category="spam")
    items = post(api, batch)
    threat = items[250]

    wait_for(lambda: not Report.objects.filter(scored_at__isnull=True).exists(), timeout=60)
    assert first_threat_row(as_moderator) == threat["case_id"]
    # The threat's placement was committed first: its score is the batch's first row. (Not told by the
    # reports' scored_at: each placement stamps the time it started, and with one worker serving every
    # queue, a pool process still warming up can start the threat's task a moment after the other
    # process starts placing the rest.)
    scores = Score.objects.aggregate(first=Min("id"), last=Max("id"))
    assert Score.objects.get(case_id=threat["case_id"]).id == scores["first"] < scores["last"]


def test_a_threat_filed_as_spam_is_scored_by_the_urgent_worker(
    api: Client, as_moderator: Client, start_worker: Callable[..., Worker]
) -> None:
    start_worker(queues=[settings.HEED_QUEUE_URGENT])
    ordinary, threat = post(
        api,
        [
            report_body("buy cheap followers now, link in bio", category="spam"),
            report_body("I will kill you. You're dead tomorrow.", category="spam"),
        ],
    )

    # Routing, not latency (the next test): a fresh worker warms its scorer up slowly on a busy machine.
    wait_for(lambda: first_threat_row(as_moderator) == threat["case_id"], timeout=90)
    # Only the urgent queue has a worker: the intake screen sent the threat there, the spam stays put.
    assert Report.objects.get(pk=ordinary["id"]).scored_at is None


def test_a_misfiled_threat_reaches_the_top_quickly_while_ordinary_scoring_is_backed_up(
    api: Client, as_moderator: Client, start_worker: Callable[..., Worker]
) -> None:
    # 2,000 ordinary reports in 40 tasks wait on the ordinary queue, which no worker serves.
    texts = [f"honestly you are the worst, log off {n}" for n in range(2000)]
    backlog = [
        r["id"] for start in range(0, 2000, 50) for r in post(api, [report_body(t) for t in texts[start : start + 50]])
    ]
    # The screen is a net: the odd insult it finds suspect goes to the urgent worker, which scores it.
    screened = [pk for pk, hit in zip(backlog, suspect(texts), strict=True) if hit]
    assert len(screened) < 20
    assert redis.Redis.from_url(settings.REDIS_URL).llen(settings.CELERY_TASK_DEFAULT_QUEUE) >= 40
    start_worker(queues=[settings.HEED_QUEUE_URGENT])
    # A running worker, not a starting one: its pool has warmed up its scorer (slow on a busy machine),
    # and has scored what the screen sent it before.
    warm_up = [
        r["id"] for r in post(api, [report_body("the kill count in that game was mad", category="spam") for _ in "ab"])
    ]
    wait_for(lambda: not Report.objects.filter(pk__in=warm_up + screened, scored_at=None).exists(), 120)

    (threat,) = post(api, [report_body("ur dead tonight, I know where you live 🔪", category="other")])
    accepted = time.monotonic()
    wait_for(lambda: first_threat_row(as_moderator) == threat["case_id"], timeout=10, interval=0.02)

    # Under a second on a quiet machine (bench/threat_latency.py); the bound leaves room for a shared one.
    assert time.monotonic() - accepted < 3
    assert Report.objects.filter(scored_at__isnull=True).count() == 2000 - len(screened)  # the backlog still waits
