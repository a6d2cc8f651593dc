"""/metrics/prometheus: operational series for whoever runs Heed, on our own registry (prometheus_client).

- heed_request_duration_seconds: histogram of request time in this process (RequestMetricsMiddleware).
- heed_queue_depth{queue, tier}: open and in-review cases, counted at scrape.
- heed_scoring_lag_seconds: age of the oldest report not scored yet (0 when none wait).
- heed_task_failures_total{task}: Celery task failures. Workers run in other processes, so the
  `task_failure` signal (config/logging.py) counts them in the shared cache and this reads them back.
- heed_webhook_backlog{kind}: pending outbox deliveries.
"""

import hmac
import time
from collections.abc import Callable, Iterator
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Min
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector

from moderation.models import Delivery, Triage
from moderation.vocabulary import Tier
from reports.models import Report

TASK_FAILURES_KEY = "heed:metrics:task_failures:"

REGISTRY = CollectorRegistry(auto_describe=True)
REQUEST_SECONDS = Histogram(
    "heed_request_duration_seconds",
    "Time to answer an HTTP request, by view.",
    ["method", "view", "status"],
    registry=REGISTRY,
)


def task_failure_key(task_name: str) -> str:
    return TASK_FAILURES_KEY + task_name


def count_task_failure(task_name: str) -> None:
    key = task_failure_key(task_name)
    try:
        if not cache.add(key, 1, timeout=None):
            cache.incr(key)
    except Exception:  # noqa: S110 -- a metric must never turn a failure into a worse one
        pass


def _task_names() -> list[str]:
    from celery import current_app

    import moderation.tasks  # noqa: F401 -- registers the tasks whose failures we report

    return sorted(name for name in current_app.tasks if name.startswith("moderation."))


class HeedCollector(Collector):
    """Computes the database-backed series at scrape time."""

    def collect(self) -> Iterator[Any]:
        depth = GaugeMetricFamily("heed_queue_depth", "Open and in-review cases.", labels=["queue", "tier"])
        rows = (
            Triage.objects.filter(state__in=(Triage.State.OPEN, Triage.State.IN_REVIEW))
            .values_list("queue__slug", "tier")
            .annotate(n=Count("case_id"))
        )
        for queue, tier, n in rows:
            depth.add_metric([queue, Tier(tier).label], n)
        yield depth

        oldest = Report.objects.filter(scored_at__isnull=True).aggregate(at=Min("received_at"))["at"]
        lag = (timezone.now() - oldest).total_seconds() if oldest else 0.0
        yield GaugeMetricFamily("heed_scoring_lag_seconds", "Age of the oldest unscored report.", value=max(lag, 0.0))

        backlog = GaugeMetricFamily("heed_webhook_backlog", "Pending outbox deliveries.", labels=["kind"])
        for kind, n in (
            Delivery.objects.filter(state=Delivery.State.PENDING).values_list("kind").annotate(n=Count("id"))
        ):
            backlog.add_metric([kind], n)
        yield backlog

        failures = CounterMetricFamily("heed_task_failures", "Celery task failures.", labels=["task"])
        names = _task_names()
        counts = cache.get_many([task_failure_key(n) for n in names])
        for name in names:
            failures.add_metric([name], counts.get(task_failure_key(name), 0))
        yield failures

    def describe(self) -> Iterator[Any]:
        return iter(())


REGISTRY.register(HeedCollector())


def _authorised(request: HttpRequest) -> int | None:
    """None if the bearer token matches HEED_METRICS_TOKEN; else the status to refuse with."""
    expected = settings.HEED_METRICS_TOKEN
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        return 401
    # No token configured: the endpoint is closed, not open.
    if not expected or not hmac.compare_digest(header.removeprefix("Bearer ").encode(), expected.encode()):
        return 403
    return None


@never_cache
def prometheus_metrics(request: HttpRequest) -> HttpResponse:
    refused = _authorised(request)
    if refused:
        response = HttpResponse("a valid metrics token is required\n", status=refused, content_type="text/plain")
        if refused == 401:
            response["WWW-Authenticate"] = "Bearer"
        return response
    return HttpResponse(generate_latest(REGISTRY), content_type=CONTENT_TYPE_LATEST)


class RequestMetricsMiddleware:
    """Observe every request's time, labelled by the view's URL name (bounded), not its path."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        view = (match.view_name or "unnamed") if match else "unmatched"
        REQUEST_SECONDS.labels(request.method or "", view, str(response.status_code)).observe(
            time.perf_counter() - started
        )
        return response
