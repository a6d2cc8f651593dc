"""Long periods of /metrics/ served from a snapshot that beat refreshes every minute.

A month of figures is ~200k cases per window: computing it fresh takes most of a second
(docs/performance.md), and a month's numbers a minute old are as good to a team lead. Short periods
(24 h, 7 d) are always computed fresh. If Redis is unavailable the figures are computed fresh.
"""

import logging
from datetime import datetime
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from redis import RedisError

from moderation.metrics import compute

log = logging.getLogger(__name__)


def _key(period: str, queue_id: int | None) -> str:
    # The database name keeps two deployments (or test runs) sharing a Redis apart.
    return f"heed:metrics:{connection.settings_dict['NAME']}:{period}:{queue_id or 'all'}"


def refresh(period: str, queue_id: int | None = None) -> tuple[dict[str, Any], datetime]:
    """Compute the figures for the period ending now and store them as the period's snapshot."""
    p = compute.Period.last(period, queue_id=queue_id)
    data = compute.dashboard(p)
    try:
        cache.set(_key(period, queue_id), (data, p.end), timeout=settings.HEED_METRICS_SNAPSHOT_SECONDS)
    except RedisError:
        log.warning("metrics snapshot not stored: cache unavailable", exc_info=True)
    return data, p.end


def figures(period: str, queue_id: int | None = None) -> tuple[dict[str, Any], datetime, bool]:
    """(figures, as of, from a snapshot?) for the period ending about now."""
    if period in settings.HEED_METRICS_SNAPSHOT_PERIODS:
        try:
            stored = cache.get(_key(period, queue_id))
        except RedisError:
            stored = None
        if stored is not None:
            data, as_of = stored
            return data, as_of, True
        data, as_of = refresh(period, queue_id)
        return data, as_of, True
    p = compute.Period.last(period, queue_id=queue_id)
    return compute.dashboard(p), p.end, False


def refresh_all() -> int:
    """Beat: refresh every snapshotted period's team-wide view. Returns how many."""
    for period in settings.HEED_METRICS_SNAPSHOT_PERIODS:
        refresh(period)
    return len(settings.HEED_METRICS_SNAPSHOT_PERIODS)
