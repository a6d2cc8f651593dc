from datetime import UTC, datetime, timedelta

import pytest
from django.utils import translation
from django.utils.timesince import timesince, timeuntil

from moderation.review.queue_rows import span

MINUTE = timedelta(minutes=1)
# Across month ends, leap days and the four-week edge where `timesince` starts counting months.
NOWS = [datetime(2026, 3, 1, 0, 30, tzinfo=UTC), datetime(2024, 2, 29, 23, 59, 59, tzinfo=UTC),
        datetime(2026, 12, 31, 12, 0, 7, 500, tzinfo=UTC)]  # fmt: skip
DELTAS = [timedelta(0), timedelta(seconds=59), MINUTE, timedelta(minutes=59, seconds=59), timedelta(hours=1),
          timedelta(hours=23, minutes=59), timedelta(days=1, minutes=1), timedelta(days=6, hours=23),
          timedelta(days=7), timedelta(days=13, hours=5), timedelta(days=27, hours=23, minutes=59),
          timedelta(days=28), timedelta(days=31, hours=2), timedelta(days=400),
          -MINUTE, -timedelta(days=3)]  # fmt: skip


@pytest.mark.parametrize("now", NOWS)
@pytest.mark.parametrize("delta", DELTAS)
def test_a_span_reads_as_djangos_timesince_and_timeuntil(now: datetime, delta: timedelta) -> None:
    assert span(now - delta, now) == timesince(now - delta, now)
    assert span(now, now + delta) == timeuntil(now + delta, now)


def test_a_span_is_in_the_active_language() -> None:
    now = NOWS[0]
    with translation.override("de"):
        german = span(now - timedelta(hours=2), now)
        assert german == timesince(now - timedelta(hours=2), now)
    assert german != span(now - timedelta(hours=2), now)
