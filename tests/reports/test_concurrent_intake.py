"""Platforms retry: many copies of one batch arriving while a real worker scores it."""

import json
import threading
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connections
from django.test import Client

from moderation.models import Score
from reports.models import ApiClient, Case, Report
from tests.conftest import Worker, wait_for
from tests.helpers import report_body

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

THREADS = 8
ROUNDS = 12
COPIES = 4  # posts of the same batch per thread and round


def batch(round_no: int) -> list[dict[str, Any]]:
    # Forty reports on ten posts, so retries meet both cases and reports that scoring has locked.
    return [
        report_body(
            f"round {round_no}: you are a disgrace, I will find you #{i % 10}",
            external_id=f"round-{round_no}-{i}",
            content_id=f"round-{round_no}-post-{i % 10}",
            author_id=f"author-{i % 10}",
            target_id="u-target",
        )
        for i in range(40)
    ]


def test_concurrent_retries_of_a_batch_being_scored_all_succeed_and_score_once(
    platform: tuple[ApiClient, str], start_worker: Callable[[], Worker]
) -> None:
    start_worker()
    statuses: list[int] = []
    errors: list[str] = []
    barrier = threading.Barrier(THREADS)

    def retry(body: str, together: bool = False) -> None:
        if together:
            barrier.wait()  # all threads post at once
        client = Client(headers={"Authorization": f"Bearer {platform[1]}"})
        try:
            for _ in range(COPIES):
                try:
                    response = client.post("/api/v1/reports", body, content_type="application/json")
                    statuses.append(response.status_code)
                except Exception as exc:  # a 500 is raised by the test client; keep it to report
                    errors.append(repr(exc))
        finally:
            connections.close_all()

    for round_no in range(ROUNDS):
        body = json.dumps({"reports": batch(round_no)})
        # The first copy lands alone so the worker is scoring it while the retries arrive.
        retry(body)
        threads = [threading.Thread(target=retry, args=(body, True)) for _ in range(THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    assert not [e for e in errors if "deadlock detected" in e], errors[:3]
    assert errors == []
    assert set(statuses) == {202}
    assert Report.objects.count() == ROUNDS * 40
    assert Case.objects.count() == ROUNDS * 10
    wait_for(lambda: not Report.objects.filter(scored_at__isnull=True).exists(), timeout=60, interval=0.2)
    consumed = [i for ids in Score.objects.values_list("report_ids", flat=True) for i in ids]
    assert sorted(consumed) == sorted(Report.objects.values_list("id", flat=True))


def test_racing_first_posts_of_one_external_id_under_different_content_leave_no_empty_case(
    platform: tuple[ApiClient, str],
) -> None:
    answers: dict[str, set[int]] = {}
    barrier = threading.Barrier(THREADS)

    def first_post(external_id: str, n: int) -> None:
        client = Client(headers={"Authorization": f"Bearer {platform[1]}"})
        body = report_body("the same report, told two ways", external_id=external_id, content_id=f"{external_id}-{n}")
        barrier.wait()
        try:
            response = client.post("/api/v1/reports", json.dumps(body), content_type="application/json")
            answers.setdefault(external_id, set()).add(response.json()["reports"][0]["id"])
        finally:
            connections.close_all()

    for round_no in range(20):
        threads = [threading.Thread(target=first_post, args=(f"race-{round_no}", n)) for n in range(THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    assert all(len(ids) == 1 for ids in answers.values()), answers
    assert Report.objects.count() == 20
    assert not Case.objects.filter(reports__isnull=True).exists()
    assert Case.objects.count() == 20
