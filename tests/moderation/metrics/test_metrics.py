"""The dashboard's numbers against the hand-counted history in tests/moderation/seed_history.py."""

import csv
import io
import re
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from moderation import tasks
from moderation.metrics import compute, snapshots
from moderation.metrics.charts import bar_chart
from moderation.models import AuditEvent, Queue, Triage
from moderation.placement.pipeline import score_reports
from reports.models import ApiClient
from tests.helpers import file_reports, report_body
from tests.moderation.metrics.seed_history import Seeded, seed


@pytest.fixture
def history(platform: tuple[ApiClient, str], moderator: User, senior: User) -> Seeded:
    return seed(platform[0], moderator, senior, timezone.now())


def day(history: Seeded, queue: str | None = None) -> compute.Period:
    queue_id = Queue.objects.get(slug=queue).pk if queue else None
    return compute.Period.last("24h", queue_id=queue_id, now=history.now)


def test_the_threats_were_placed_critical_by_the_rules(history: Seeded) -> None:
    placed = AuditEvent.objects.filter(action="placed", data__tier="critical").values_list("case_id", flat=True)
    assert set(placed) == {history.cases[k] for k in "ABC"}


def test_it_counts_reports_and_cases(history: Seeded) -> None:
    assert compute.volume(day(history)) == {"reports_received": 5, "cases_opened": 5, "cases_resolved": 4}
    assert compute.volume(day(history, "threats")) == {"reports_received": 3, "cases_opened": 3, "cases_resolved": 2}


def test_it_reconstructs_queue_depth_hour_by_hour(history: Seeded) -> None:
    depth = [n for _, n in compute.queue_depth(day(history))]
    assert depth == [1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 2, 2, 2]


def test_it_measures_time_to_first_look_per_tier(history: Seeded) -> None:
    # critical: A 30 min (claim), B 120 min (decision), C 30 min (claim): p90 = 1800 + 0.8 × 5400 s;
    # normal: D 60 min; F not looked at
    assert compute.time_to_first_look(day(history)) == {
        "critical": {"count": 3, "p50": 1800.0, "p90": 6120.0},
        "normal": {"count": 1, "p50": 3600.0, "p90": 3600.0},
    }


def test_it_measures_time_to_decision_per_tier(history: Seeded) -> None:
    # critical: A 1 h, B 2 h; normal: D 2 h, E 7 h (percentile_cont interpolates)
    assert compute.time_to_decision(day(history)) == {
        "critical": {"count": 2, "p50": 5400.0, "p90": 6840.0},
        "normal": {"count": 2, "p50": 16200.0, "p90": 23400.0},
    }


def test_it_measures_sla_compliance_per_tier(history: Seeded) -> None:
    # deadlines in the last 24 h: A met, B missed (late), C missed (open), D met; E and G earlier, F later
    assert compute.sla_compliance(day(history)) == {
        "critical": {"due": 3, "met": 1, "share": 0.3333},
        "normal": {"due": 1, "met": 1, "share": 1.0},
    }


def test_it_counts_decisions_by_type_and_reason(history: Seeded) -> None:
    assert compute.decisions(day(history)) == [
        ("remove_content", "violent-threat", 2),
        ("no_violation", "satire-or-idiom", 1),
        ("remove_content", "spam", 1),
    ]


def test_it_counts_each_moderators_decisions(history: Seeded) -> None:
    assert compute.throughput(day(history)) == [("mo", 2, 0), ("sam", 2, 0)]


def test_it_measures_escalation_precision_and_recall(history: Seeded) -> None:
    # resolved in the period: A, B (escalated; A actioned), D, E; actioned threats: A (escalated), D (not)
    assert compute.escalation(day(history)) == {
        "escalated": 2,
        "escalated_actioned": 1,
        "precision": 0.5,
        "actioned_threats": 2,
        "actioned_threats_escalated": 1,
        "recall": 0.5,
    }


def test_a_longer_period_takes_in_older_cases(history: Seeded) -> None:
    week = compute.Period.last("7d", now=history.now)
    assert compute.volume(week) == {"reports_received": 7, "cases_opened": 7, "cases_resolved": 5}


def test_the_dashboard_shows_the_numbers_to_a_senior(history: Seeded, senior: User) -> None:
    c = Client()
    c.force_login(senior)
    r = c.get("/metrics/?period=24h")
    assert r.status_code == 200
    assert b'data-metric="reports_received">5<' in r.content
    assert b'data-metric="cases_resolved">4<' in r.content
    assert r.content.count(b"<svg") == 7
    assert b"Download CSV" in r.content


def test_each_chart_downloads_as_csv(history: Seeded, admin_user: User) -> None:
    c = Client()
    c.force_login(admin_user)
    r = c.get("/metrics/?period=24h&format=csv&chart=sla")
    assert r["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.content.decode())))
    assert rows == [
        ["tier", "deadlines due", "met", "compliance"],
        ["critical", "3", "1", "33.3%"],
        ["normal", "1", "1", "100.0%"],
    ]
    threats = c.get("/metrics/?period=24h&queue=threats&format=csv&chart=decisions")
    assert list(csv.reader(io.StringIO(threats.content.decode())))[1:] == [
        ["no_violation", "satire-or-idiom", "1"],
        ["remove_content", "violent-threat", "1"],
    ]
    assert c.get("/metrics/?format=csv&chart=nope").status_code == 404


def test_it_refuses_a_moderator(as_moderator: Client) -> None:
    assert as_moderator.get("/metrics/").status_code == 403


@pytest.fixture
def no_snapshots() -> Iterator[None]:
    # Snapshots live in Redis, outside the test's rolled-back transaction.
    keys = [snapshots._key(period, None) for period in compute.PERIODS]
    cache.delete_many(keys)
    yield
    cache.delete_many(keys)


def test_the_month_is_served_from_a_snapshot_that_beat_refreshes(
    history: Seeded, senior: User, platform: tuple[ApiClient, str], no_snapshots: None
) -> None:
    c = Client()
    c.force_login(senior)
    first = c.get("/metrics/?period=30d")
    assert b'data-metric="reports_received">7<' in first.content
    assert b"refreshed every minute" in first.content

    file_reports(platform[0], report_body("one more report"))
    assert b'data-metric="reports_received">7<' in c.get("/metrics/?period=30d").content
    assert b'data-metric="reports_received">8<' in c.get("/metrics/?period=7d").content  # computed fresh

    assert tasks.refresh_metrics() == 1
    assert b'data-metric="reports_received">8<' in c.get("/metrics/?period=30d").content
    assert "refresh-metrics" in settings.CELERY_BEAT_SCHEDULE


def test_the_sla_figures_count_the_breach_the_queue_shows(
    platform: tuple[ApiClient, str], moderator: User, senior: User
) -> None:
    """A threat nobody has taken since its deadline passed, more than a day ago, is still breaching today."""
    reports = file_reports(platform[0], report_body("I will kill you tonight"), report_body("I will stab you"))
    score_reports([r.pk for r in reports])
    met, waiting = (r.case_id for r in reports)
    now = timezone.now()

    def ago(hours: float) -> datetime:
        return now - timedelta(hours=hours)

    Triage.objects.filter(case_id=met).update(
        state="resolved", outcome="remove_content", opened_at=ago(3), resolved_at=ago(2.9), sla_due_at=ago(2.75)
    )
    Triage.objects.filter(case_id=waiting).update(opened_at=ago(26), sla_due_at=ago(25.75))

    c = Client()
    c.force_login(senior)
    queue = c.get("/queues/threats/").text
    assert re.search(rf'<tr data-case-id="{waiting}".*?class="sla breached"', queue, re.S)
    assert next(q for q in c.get("/queues/").context["queues"] if q.slug == "threats").breached_count == 1
    sla = next(chart for chart in c.get("/metrics/?period=24h").context["charts"] if chart.slug == "sla")
    assert sla.rows == [["critical", 2, 1, "50.0%"]]


def test_a_long_chart_label_is_not_cut_at_the_left() -> None:
    label = "refer_to_law_enforcement · credible-threat"
    svg = bar_chart("Decisions", [(label, [3.0])], ["decisions"])
    x = float(re.search(r'<text x="([\d.]+)"[^>]*text-anchor="end">refer', svg).group(1))  # type: ignore[union-attr]
    assert x >= 6.5 * len(label), "the label's start falls left of the chart"
