"""The team's numbers for a period and (optionally) a queue: a few SQL aggregates over time-indexed columns.

Every figure about cases comes from `moderation_triage` alone, one index scan per time window: the facts
that live elsewhere (first look, escalation, reason code) are copied onto it by triggers as they happen
(migration 0006).

Definitions (docs/metrics.md):
- A case's stint in review starts at `Triage.opened_at` (reset when an appeal or a new threat reopens it).
- First human look: the first "claimed" or "decided" audit event at or after `opened_at` (`first_look_at`).
- Time to decision: `resolved_at - opened_at`, for cases resolved in the period.
- SLA compliance: the cases whose deadline (`sla_due_at`) fell in the period, and the cases still waiting
  past a deadline that fell before it; the share not breached (`moderation.sla.breached`, the definition
  the queue pages use) at the period's end.
- Escalation precision: of the cases resolved in the period that the rules sent to the critical tier
  (a "placed" audit event with tier critical, or the triage's tier now), the share actioned.
- Escalation recall: of the cases resolved in the period as actioned threats (a threat reason code on the
  last decision), the share that had been sent to the critical tier.
- A queue filter selects cases by the queue they are in now.
"""

# The SQL below is assembled only from constant fragments (queue_sql, the depth columns); every value is a
# bound parameter.
# ruff: noqa: S608

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import accumulate
from typing import Any

from django.contrib.auth.models import User
from django.db import connection, transaction
from django.db.models import Count
from django.utils import timezone

from moderation.models import Triage
from moderation.placement.sla import breached
from moderation.vocabulary import ACTIONED, THREAT_REASON_CODES, Tier

PERIODS = {"24h": timedelta(hours=24), "7d": timedelta(days=7), "30d": timedelta(days=30)}
DEPTH_POINTS = 24


@dataclass(frozen=True)
class Period:
    start: datetime
    end: datetime
    queue_id: int | None = None

    @classmethod
    def last(cls, name: str, *, queue_id: int | None = None, now: datetime | None = None) -> "Period":
        end = now or timezone.now()
        return cls(end - PERIODS[name], end, queue_id)

    def queue_sql(self, alias: str = "t") -> str:
        return f" AND {alias}.queue_id = %(queue)s" if self.queue_id is not None else ""

    @property
    def params(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "queue": self.queue_id}


def _rows(sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return list(cursor.fetchall())


def _tier(value: int) -> str:
    return Tier(value).label


def _in(column: str) -> str:
    return f"{column} >= %(start)s AND {column} < %(end)s"


# Triage's time indexes lead with the tier: naming every tier lets the planner walk each one tier by
# tier, rows arriving already grouped.
ALL_TIERS = "tier = ANY(%(tiers)s) AND state <> 'new'"


# Each window is read from the index on its own time column, which carries every column its figures
# need (migration 0006), so the scan never visits the table.
ACTIONED_SQL = "outcome = ANY(%(actioned)s)"
ESCALATED_SQL = "(tier = %(critical)s OR escalated)"
THREAT_SQL = f"{ACTIONED_SQL} AND reason_code = ANY(%(threat)s)"
# One sort for both percentiles, over intervals (cheaper to sort than the numeric seconds of extract()).
P50_P90 = "percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY {})"
WINDOWS = {
    # cases whose stint opened in the period
    "opened_at": {
        "opened": "count(*)",
        "looked": "count(first_look_at)",
        "look": P50_P90.format("first_look_at - opened_at"),
    },
    # cases resolved in the period
    "resolved_at": {
        "resolved": "count(*)",
        "decide": P50_P90.format("resolved_at - opened_at"),
        "escalated": f"count(*) FILTER (WHERE {ESCALATED_SQL})",
        "escalated_actioned": f"count(*) FILTER (WHERE {ESCALATED_SQL} AND {ACTIONED_SQL})",
        "threats": f"count(*) FILTER (WHERE {THREAT_SQL})",
        "threats_escalated": f"count(*) FILTER (WHERE {THREAT_SQL} AND {ESCALATED_SQL})",
    },
}
EMPTY = {name: [None, None] if "count" not in sql else 0 for a in WINDOWS.values() for name, sql in a.items()}


def _case_figures(p: Period) -> dict[int, dict[str, Any]]:
    """Per tier, every figure about cases whose stint opened or resolved in the period."""
    params = {
        **p.params,
        "actioned": list(ACTIONED),
        "critical": int(Tier.CRITICAL),
        "threat": sorted(THREAT_REASON_CODES),
        "tiers": list(Tier),
    }
    figures: dict[int, dict[str, Any]] = {}
    for column, aggregates in WINDOWS.items():
        rows = _rows(
            f"SELECT tier, {', '.join(aggregates.values())} FROM moderation_triage t"
            f" WHERE {ALL_TIERS} AND {_in(column)}" + p.queue_sql() + " GROUP BY tier",
            params,
        )
        for tier, *values in rows:
            figures.setdefault(tier, dict(EMPTY)).update(zip(aggregates, values, strict=True))
    return figures


def _sum(figures: dict[int, dict[str, Any]], key: str) -> int:
    return sum(f[key] for f in figures.values())


def _reports_received(p: Period) -> int:
    join = " JOIN moderation_triage t ON t.case_id = r.case_id" + p.queue_sql() if p.queue_id is not None else ""
    [(received,)] = _rows(f"SELECT count(*) FROM reports_report r{join} WHERE {_in('r.received_at')}", p.params)
    return int(received)


def _volume(p: Period, figures: dict[int, dict[str, Any]]) -> dict[str, int]:
    return {
        "reports_received": _reports_received(p),
        "cases_opened": _sum(figures, "opened"),
        "cases_resolved": _sum(figures, "resolved"),
    }


def volume(p: Period) -> dict[str, int]:
    """Reports received, cases opened and cases resolved in the period."""
    return _volume(p, _case_figures(p))


def depth_points(p: Period, n: int = DEPTH_POINTS) -> list[datetime]:
    step = (p.end - p.start) / n
    return [p.start + step * i for i in range(n + 1)]


def queue_depth(p: Period, n: int = DEPTH_POINTS) -> list[tuple[datetime, int]]:
    """Cases waiting or in review at n+1 evenly spaced moments: opened by then and not yet resolved.

    The depth at the start, then each step's openings less its resolutions: index range scans, however
    long the history. Step k holds the times in (point k-1, point k]: width_bucket counts the thresholds
    at or before a time, and a threshold 1 µs after each point makes that "the points before it"."""
    points = depth_points(p, n)
    thresholds = [t + timedelta(microseconds=1) for t in points]
    steps = "SELECT {sign} * count(*), width_bucket({column}, %(thresholds)s) FROM moderation_triage t"
    steps += f" WHERE {ALL_TIERS} AND {{column}} > %(start)s AND {{column}} <= %(end)s" + p.queue_sql() + " GROUP BY 2"
    at_start = f"SELECT count(*), 0 FROM moderation_triage t WHERE {ALL_TIERS} AND opened_at <= %(start)s AND "
    rows = _rows(
        " UNION ALL ".join(
            [
                steps.format(sign=1, column="opened_at"),
                steps.format(sign=-1, column="resolved_at"),
                at_start + "resolved_at > %(start)s" + p.queue_sql(),
                at_start + "resolved_at IS NULL" + p.queue_sql(),
            ]
        ),
        {**p.params, "thresholds": thresholds, "tiers": list(Tier)},
    )
    change = [0] * (n + 1)
    for count, k in rows:
        change[k] += count
    return list(zip(points, accumulate(change), strict=True))


def _percentiles(figures: dict[int, dict[str, Any]], count: str, durations: str) -> dict[str, dict[str, Any]]:
    return {
        _tier(tier): {"count": f[count], "p50": _seconds(f[durations][0]), "p90": _seconds(f[durations][1])}
        for tier, f in sorted(figures.items())
        if f[count]
    }


def _seconds(duration: timedelta | None) -> float | None:
    return None if duration is None else round(duration.total_seconds(), 1)


def time_to_first_look(p: Period) -> dict[str, dict[str, float | int | None]]:
    """Seconds from opening to the first claim or decision, for cases opened in the period, per tier."""
    return _percentiles(_case_figures(p), "looked", "look")


def time_to_decision(p: Period) -> dict[str, dict[str, float | int | None]]:
    """Seconds from opening to resolution, for cases resolved in the period, per tier."""
    return _percentiles(_case_figures(p), "resolved", "decide")


def sla_compliance(p: Period) -> dict[str, dict[str, float | int | None]]:
    """Per tier: deadlines due (fell in the period, or fell earlier on a case still waiting), how many
    were met, and the share. Counted with the queue's own `sla.breached`, so the two agree.

    Two windows, each read from an index: deadlines in the period from `(tier, sla_due_at)`, and
    undecided cases from `(tier, resolved_at)` (resolved_at IS NULL), however long the history."""
    # deadlines still ahead are neither met nor missed yet
    end = min(p.end, timezone.now())
    cases = Triage.objects.filter(tier__in=list(Tier)).exclude(state=Triage.State.NEW)
    if p.queue_id is not None:
        cases = cases.filter(queue_id=p.queue_id)
    windows = [
        cases.filter(sla_due_at__gte=p.start, sla_due_at__lt=end),
        cases.filter(resolved_at=None, sla_due_at__lt=p.start),
    ]
    due: Counter[int] = Counter()
    missed: Counter[int] = Counter()
    for window in windows:
        rows = window.order_by().values("tier").annotate(n=Count("*"), missed=Count("tier", filter=breached(end)))
        for row in rows:
            due[row["tier"]] += row["n"]
            missed[row["tier"]] += row["missed"]
    return {
        _tier(tier): {
            "due": due[tier],
            "met": due[tier] - missed[tier],
            "share": _share(due[tier] - missed[tier], due[tier]),
        }
        for tier in sorted(due)
    }


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _decision_counts(p: Period) -> list[tuple[str, str, str, int]]:
    """(moderator, action, reason code, count) of decisions made in the period."""
    join = " JOIN moderation_triage t ON t.case_id = d.case_id" + p.queue_sql() if p.queue_id is not None else ""
    rows = _rows(
        f"SELECT d.by_id, d.action, d.reason_code, count(*) FROM moderation_decision d{join}"
        f" WHERE {_in('d.created_at')} GROUP BY 1, 2, 3",
        p.params,
    )
    names = dict(User.objects.filter(pk__in={row[0] for row in rows}).values_list("pk", "username"))
    return [(names[by], action, reason, n) for by, action, reason, n in rows]


def _decisions(counts: list[tuple[str, str, str, int]]) -> list[tuple[str, str, int]]:
    totals: Counter[tuple[str, str]] = Counter()
    for _, action, reason, n in counts:
        totals[action, reason] += n
    return sorted(((a, r, n) for (a, r), n in totals.items()), key=lambda row: (-row[2], row[0], row[1]))


def decisions(p: Period) -> list[tuple[str, str, int]]:
    """(action, reason code, count) of decisions made in the period, most frequent first."""
    return _decisions(_decision_counts(p))


def _throughput(p: Period, counts: list[tuple[str, str, str, int]]) -> list[tuple[str, int, int]]:
    join = " JOIN moderation_triage t ON t.case_id = x.case_id" + p.queue_sql() if p.queue_id is not None else ""
    decided: Counter[str] = Counter()
    for user, _, _, n in counts:
        decided[user] += n
    appeals = Counter(
        dict(
            _rows(
                f"SELECT u.username, count(*) FROM moderation_appeal x{join} JOIN auth_user u ON u.id = x.decided_by_id"
                f" WHERE {_in('x.decided_at')} GROUP BY 1",
                p.params,
            )
        )
    )
    people = set(decided) | set(appeals)
    return sorted(((u, decided[u], appeals[u]) for u in people), key=lambda row: (-row[1] - row[2], row[0]))


def throughput(p: Period) -> list[tuple[str, int, int]]:
    """(moderator, decisions, appeals decided) in the period, busiest first."""
    return _throughput(p, _decision_counts(p))


def _escalation(figures: dict[int, dict[str, Any]]) -> dict[str, Any]:
    escalated, escalated_actioned = _sum(figures, "escalated"), _sum(figures, "escalated_actioned")
    threats, threats_escalated = _sum(figures, "threats"), _sum(figures, "threats_escalated")
    return {
        "escalated": escalated,
        "escalated_actioned": escalated_actioned,
        "precision": _share(escalated_actioned, escalated),
        "actioned_threats": threats,
        "actioned_threats_escalated": threats_escalated,
        "recall": _share(threats_escalated, threats),
    }


def escalation(p: Period) -> dict[str, Any]:
    """Precision and recall of automatic escalation to the critical tier, over cases resolved in the period."""
    return _escalation(_case_figures(p))


# ALL_TIERS with the triage named: the case has a (public) tier too.
ALL_TRIAGE_TIERS = "t.tier = ANY(%(tiers)s) AND t.state <> 'new'"


def per_language(p: Period) -> list[dict[str, Any]]:
    """Per case language: cases opened and resolved in the period, and the median time to decision
    (opening to resolution) of those resolved, in seconds. Busiest language first; "" is not yet known."""
    opened = _rows(
        "SELECT c.language, count(*) FROM moderation_triage t JOIN reports_case c ON c.id = t.case_id"
        f" WHERE {ALL_TRIAGE_TIERS} AND {_in('t.opened_at')}" + p.queue_sql() + " GROUP BY 1",
        {**p.params, "tiers": list(Tier)},
    )
    resolved = _rows(
        "SELECT c.language, count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY t.resolved_at - t.opened_at)"
        " FROM moderation_triage t JOIN reports_case c ON c.id = t.case_id"
        f" WHERE {ALL_TRIAGE_TIERS} AND {_in('t.resolved_at')}" + p.queue_sql() + " GROUP BY 1",
        {**p.params, "tiers": list(Tier)},
    )
    rows: dict[str, dict[str, Any]] = {}
    for language, n in opened:
        rows.setdefault(language, {"language": language, "opened": 0, "resolved": 0, "p50": None})["opened"] = n
    for language, n, median in resolved:
        row = rows.setdefault(language, {"language": language, "opened": 0, "resolved": 0, "p50": None})
        row.update(resolved=n, p50=_seconds(median))
    return sorted(rows.values(), key=lambda r: (-(r["opened"] + r["resolved"]), r["language"]))


# Room to sort a month of cases for the percentiles in memory rather than on disk.
WORK_MEM = "64MB"


@transaction.atomic
def dashboard(p: Period) -> dict[str, Any]:
    """Everything /metrics/ shows: ten queries in one transaction."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('work_mem', %s, true)", [WORK_MEM])
    figures = _case_figures(p)
    counts = _decision_counts(p)
    return {
        "volume": _volume(p, figures),
        "depth": queue_depth(p),
        "first_look": _percentiles(figures, "looked", "look"),
        "decision_time": _percentiles(figures, "resolved", "decide"),
        "sla": sla_compliance(p),
        "decisions": _decisions(counts),
        "throughput": _throughput(p, counts),
        "escalation": _escalation(figures),
        "languages": per_language(p),
    }
