"""/metrics/prometheus: refused without the token, and the listed series with it."""

import logging

import pytest
from django.test import Client
from pytest_django import DjangoCaptureOnCommitCallbacks, Settings

from config.logging import JsonFormatter
from moderation.delivery import outbox
from moderation.metrics.prometheus import count_task_failure
from moderation.placement.pipeline import score_reports
from reports.models import ApiClient
from tests.helpers import file_reports, report_body

TOKEN = "s3cret-metrics-token"


@pytest.fixture
def metrics_token(settings: Settings) -> str:
    settings.HEED_METRICS_TOKEN = TOKEN
    return TOKEN


def scrape(token: str | None) -> object:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return Client(headers=headers).get("/metrics/prometheus")


def test_it_refuses_a_request_without_a_token(db: None, metrics_token: str) -> None:
    r = scrape(None)
    assert r.status_code == 401  # type: ignore[attr-defined]
    assert r["WWW-Authenticate"] == "Bearer"  # type: ignore[index]


def test_it_refuses_a_wrong_token(db: None, metrics_token: str) -> None:
    assert scrape("guess").status_code == 403  # type: ignore[attr-defined]


def test_it_refuses_everyone_when_no_token_is_configured(db: None, settings: Settings) -> None:
    settings.HEED_METRICS_TOKEN = ""
    assert scrape("").status_code == 401  # type: ignore[attr-defined]
    assert scrape("anything").status_code == 403  # type: ignore[attr-defined]


def test_it_serves_the_operational_series(
    platform: tuple[ApiClient, str],
    metrics_token: str,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
) -> None:
    threat = file_reports(platform[0], report_body("I'm going to kill you tonight", category="violent_threat"))[0]
    score_reports([threat.pk])
    file_reports(platform[0], report_body("waiting to be scored"))
    outbox.queue_delivery(kind="decision", url="http://127.0.0.1:9/hook", payload={}, client=platform[0])
    count_task_failure("moderation.deliver")
    Client().get("/login/")

    body = scrape(TOKEN).content.decode()  # type: ignore[attr-defined]

    assert 'heed_queue_depth{queue="threats",tier="critical"} 1.0' in body
    assert "heed_scoring_lag_seconds " in body
    assert 'heed_webhook_backlog{kind="decision"} 1.0' in body
    assert 'heed_task_failures_total{task="moderation.deliver"}' in body
    assert 'heed_request_duration_seconds_bucket{le="0.005",method="GET",status="200",view="login"}' in body


def test_logs_are_json_with_the_request_id(db: None) -> None:
    from config import logging as heed_logging

    token = heed_logging.request_id.set("abc123")
    try:
        record = logging.makeLogRecord({"name": "heed", "levelname": "INFO", "msg": "decided %s", "args": (7,)})
        record.case_id = 7
        line = JsonFormatter().format(record)
    finally:
        heed_logging.request_id.reset(token)
    assert '"request_id": "abc123"' in line
    assert '"case_id": 7' in line
    assert '"msg": "decided 7"' in line


def test_responses_carry_a_request_id(db: None) -> None:
    r = Client(headers={"X-Request-ID": "req-1"}).get("/healthz")
    assert r["X-Request-ID"] == "req-1"
