from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django.utils import translation
from django.utils.timesince import timesince, timeuntil

from moderation.review.queue_rows import QueueRow, row_html, span

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


ROW = QueueRow(case_id=7, url="/cases/7/", tier="Critical", signals=("direct threat",), rule="—", language="en",
               threat_scored=True, snippet="I will <b>find</b> you", blurred=True, reports="3 (2 people)",
               waiting="5 minutes", sla_due="2026-12-06T10:00:00+00:00", breached=False, sla="10 minutes")  # fmt: skip
CHANGED: dict[str, Any] = {
    "case_id": 8, "url": "/cases/8/", "tier": "High", "signals": (), "rule": "pile-on", "language": "ja",
    "threat_scored": False, "snippet": "other words", "blurred": False, "reports": "4", "waiting": "6 minutes",
    "sla_due": "2026-12-06T10:01:00+00:00", "breached": True, "sla": "breached",
}  # fmt: skip


def test_a_row_is_rendered_from_its_values_and_escaped() -> None:
    html = row_html(ROW)
    assert row_html(QueueRow(**ROW)) is html  # kept: the next poll does not render it again
    assert "I will &lt;b&gt;find&lt;/b&gt; you" in html and '<span class="blur-inline"' in html
    assert '<span class="signal">direct threat</span>' in html and "5 minutes" in html


@pytest.mark.parametrize("field", sorted(CHANGED))
def test_a_row_that_changes_is_rendered_again(field: str) -> None:
    row = QueueRow(**{**ROW, "signals": ()}) if field == "rule" else ROW  # the rule shows when no signal does
    changed = row_html(QueueRow(**{**row, field: CHANGED[field]}))  # type: ignore[misc]
    assert changed != row_html(row)
