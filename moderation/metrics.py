"""The team's numbers for a period and (optionally) a queue: plain SQL aggregates, one pass per question.

Definitions (docs/metrics.md):
- A case's stint in review starts at `Triage.opened_at` (reset when an appeal or a new threat reopens it).
- First human look: the first "claimed" or "decided" audit event at or after `opened_at`.
- Time to decision: `resolved_at - opened_at`, for cases resolved in the period.
- SLA compliance: of the cases whose deadline (`sla_due_at`) fell in the period, the share resolved by it.
- Escalation precision: of the cases resolved in the period that the rules sent to the critical tier
  (a "placed" audit event with tier critical, or the triage's tier now), the share actioned.
- Escalation recall: of the cases resolved in the period as actioned threats (a threat reason code on the
  decision), the share that had been sent to the critical tier.
- A queue filter selects cases by the queue they are in now.
"""

# The SQL below is assembled only from constant fragments (queue_sql, the depth columns); every value is a
# bound parameter.
# ruff: noqa: S608

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db import connection
from django.utils import timezone

from moderation.models import Tier
from moderation.services import ACTIONED

PERIODS = {"24h": timedelta(hours=24), "7d": timedelta(days=7), "30d": timedelta(days=30)}
DEPTH_POINTS = 24
# The reason codes that say "this was a threat of violence" (moderation/defaults.py).
THREAT_REASONS = ("violent-threat", "repeat-violent-threats", "credible-threat", "imminent-harm")
TIERS = [t.label for t in sorted(Tier, reverse=True)]


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


def volume(p: Period) -> dict[str, int]:
    """Reports received, cases opened and cases resolved in the period."""
    join = " JOIN moderation_triage t ON t.case_id = r.case_id" + p.queue_sql() if p.queue_id is not None else ""
    [(received,)] = _rows(
        f"SELECT count(*) FROM reports_report r{join} WHERE r.received_at >= %(start)s AND r.received_at < %(end)s",
        p.params,
    )
    [(opened, resolved)] = _rows(
        "SELECT count(*) FILTER (WHERE t.opened_at >= %(start)s AND t.opened_at < %(end)s),"
        " count(*) FILTER (WHERE t.resolved_at >= %(start)s AND t.resolved_at < %(end)s)"
        " FROM moderation_triage t WHERE t.state <> 'new'"
        " AND (t.opened_at >= %(start)s OR t.resolved_at >= %(start)s)" + p.queue_sql(),
        p.params,
    )
    return {"reports_received": received, "cases_opened": opened, "cases_resolved": resolved}


def depth_points(p: Period, n: int = DEPTH_POINTS) -> list[datetime]:
    step = (p.end - p.start) / n
    return [p.start + step * i for i in range(n + 1)]


def queue_depth(p: Period, n: int = DEPTH_POINTS) -> list[tuple[datetime, int]]:
    """Cases waiting or in review at n+1 evenly spaced moments: opened by then and not yet resolved."""
    points = depth_points(p, n)
    params = {**p.params, **{f"p{i}": t for i, t in enumerate(points)}}
    columns = ", ".join(
        f"count(*) FILTER (WHERE t.opened_at <= %(p{i})s AND (t.resolved_at IS NULL OR t.resolved_at > %(p{i})s))"
        for i in range(len(points))
    )
    [counts] = _rows(
        f"SELECT {columns} FROM moderation_triage t WHERE t.state <> 'new' AND t.opened_at <= %(end)s"
        " AND (t.resolved_at IS NULL OR t.resolved_at > %(start)s)" + p.queue_sql(),
        params,
    )
    return list(zip(points, counts, strict=True))


def _percentiles(rows: list[tuple[Any, ...]]) -> dict[str, dict[str, float | int | None]]:
    out: dict[str, dict[str, float | int | None]] = {}
    for tier, count, p50, p90 in rows:
        out[_tier(tier)] = {"count": count, "p50": _round(p50), "p90": _round(p90)}
    return out


def _round(seconds: float | None) -> float | None:
    return None if seconds is None else round(float(seconds), 1)


def time_to_first_look(p: Period) -> dict[str, dict[str, float | int | None]]:
    """Seconds from opening to the first claim or decision, for cases opened in the period, per tier."""
    rows = _rows(
        "WITH looks AS ("
        "  SELECT t.case_id, t.tier, extract(epoch FROM min(a.at) - t.opened_at) AS wait"
        "  FROM moderation_triage t JOIN moderation_auditevent a ON a.case_id = t.case_id"
        "   AND a.action IN ('claimed', 'decided') AND a.at >= t.opened_at AND a.at >= %(start)s"
        "  WHERE t.state <> 'new' AND t.opened_at >= %(start)s AND t.opened_at < %(end)s" + p.queue_sql() + ""
        "  GROUP BY t.case_id, t.tier, t.opened_at)"
        " SELECT tier, count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY wait),"
        " percentile_cont(0.9) WITHIN GROUP (ORDER BY wait) FROM looks GROUP BY tier",
        p.params,
    )
    return _percentiles(rows)


def time_to_decision(p: Period) -> dict[str, dict[str, float | int | None]]:
    """Seconds from opening to resolution, for cases resolved in the period, per tier."""
    rows = _rows(
        "SELECT t.tier, count(*),"
        " percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t.resolved_at - t.opened_at)),"
        " percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM t.resolved_at - t.opened_at))"
        " FROM moderation_triage t WHERE t.resolved_at >= %(start)s AND t.resolved_at < %(end)s"
        + p.queue_sql()
        + " GROUP BY t.tier",
        p.params,
    )
    return _percentiles(rows)


def sla_compliance(p: Period) -> dict[str, dict[str, float | int | None]]:
    """Per tier: deadlines that fell in the period, how many were met (resolved by then), and the share."""
    rows = _rows(
        "SELECT t.tier, count(*), count(*) FILTER (WHERE t.resolved_at IS NOT NULL AND t.resolved_at <= t.sla_due_at)"
        " FROM moderation_triage t WHERE t.state <> 'new'"
        " AND t.sla_due_at >= %(start)s AND t.sla_due_at < %(end)s" + p.queue_sql() + " GROUP BY t.tier",
        {**p.params, "end": min(p.end, timezone.now())},
    )
    return {_tier(tier): {"due": due, "met": met, "share": _share(met, due)} for tier, due, met in rows}


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def decisions(p: Period) -> list[tuple[str, str, int]]:
    """(action, reason code, count) of decisions made in the period, most frequent first."""
    join = " JOIN moderation_triage t ON t.case_id = d.case_id" + p.queue_sql() if p.queue_id is not None else ""
    return [
        (a, r, n)
        for a, r, n in _rows(
            f"SELECT d.action, d.reason_code, count(*) FROM moderation_decision d{join}"
            " WHERE d.created_at >= %(start)s AND d.created_at < %(end)s"
            " GROUP BY d.action, d.reason_code ORDER BY count(*) DESC, d.action, d.reason_code",
            p.params,
        )
    ]


def throughput(p: Period) -> list[tuple[str, int, int]]:
    """(moderator, decisions, appeals decided) in the period, busiest first."""
    join = " JOIN moderation_triage t ON t.case_id = x.case_id" + p.queue_sql() if p.queue_id is not None else ""
    return [
        (u, d, a)
        for u, d, a in _rows(
            "SELECT u.username, count(*) FILTER (WHERE x.kind = 'd'), count(*) FILTER (WHERE x.kind = 'a') FROM ("
            "  SELECT 'd' AS kind, by_id AS user_id, case_id FROM moderation_decision"
            "   WHERE created_at >= %(start)s AND created_at < %(end)s"
            "  UNION ALL SELECT 'a', decided_by_id, case_id FROM moderation_appeal"
            "   WHERE decided_at >= %(start)s AND decided_at < %(end)s"
            f") x{join} JOIN auth_user u ON u.id = x.user_id"
            " GROUP BY u.username ORDER BY count(*) DESC, u.username",
            p.params,
        )
    ]


def escalation(p: Period) -> dict[str, Any]:
    """Precision and recall of automatic escalation to the critical tier, over cases resolved in the period."""
    [(escalated, escalated_actioned, threats, threats_escalated)] = _rows(
        "WITH c AS ("
        "  SELECT t.case_id, t.outcome = ANY(%(actioned)s) AS actioned,"
        "   (t.tier = %(critical)s OR EXISTS (SELECT 1 FROM moderation_auditevent a WHERE a.case_id = t.case_id"
        "     AND a.action = 'placed' AND a.data->>'tier' = 'critical')) AS escalated,"
        "   t.outcome = ANY(%(actioned)s) AND EXISTS (SELECT 1 FROM moderation_decision d"
        "     WHERE d.case_id = t.case_id AND d.action = t.outcome AND d.reason_code = ANY(%(threat)s)) AS threat"
        "  FROM moderation_triage t WHERE t.resolved_at >= %(start)s AND t.resolved_at < %(end)s" + p.queue_sql() + ")"
        " SELECT count(*) FILTER (WHERE escalated), count(*) FILTER (WHERE escalated AND actioned),"
        " count(*) FILTER (WHERE threat), count(*) FILTER (WHERE threat AND escalated) FROM c",
        {**p.params, "actioned": list(ACTIONED), "critical": int(Tier.CRITICAL), "threat": list(THREAT_REASONS)},
    )
    return {
        "escalated": escalated,
        "escalated_actioned": escalated_actioned,
        "precision": _share(escalated_actioned, escalated),
        "actioned_threats": threats,
        "actioned_threats_escalated": threats_escalated,
        "recall": _share(threats_escalated, threats),
    }


def dashboard(p: Period) -> dict[str, Any]:
    return {
        "volume": volume(p),
        "depth": queue_depth(p),
        "first_look": time_to_first_look(p),
        "decision_time": time_to_decision(p),
        "sla": sla_compliance(p),
        "decisions": decisions(p),
        "throughput": throughput(p),
        "escalation": escalation(p),
    }
