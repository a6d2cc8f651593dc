"""/metrics/: the team's numbers for seniors and admins, each chart with its table and a CSV download."""

import csv
from dataclasses import dataclass
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.safestring import SafeString, mark_safe

from moderation.metrics import charts, compute, snapshots
from moderation.models import Queue
from moderation.roles import senior_required
from moderation.vocabulary import TIERS_HIGHEST_FIRST

DEFAULT_PERIOD = "7d"


@dataclass(frozen=True)
class Chart:
    slug: str
    title: str
    svg: SafeString
    headers: list[str]
    rows: list[list[Any]]


def _pct(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.1f}%"


def _minutes(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 60, 1)


def _charts(data: dict[str, Any], period: str) -> list[Chart]:
    fmt = "%H:%M" if period == "24h" else "%d %b %H:%M"
    depth = [(t.strftime(fmt), n) for t, n in data["depth"]]
    timing = []
    for name, key in (("first human look", "first_look"), ("decision", "decision_time")):
        for tier in TIERS_HIGHEST_FIRST:
            row = data[key].get(tier)
            if row:
                timing.append([f"{tier}: {name}", row["count"], _minutes(row["p50"]), _minutes(row["p90"])])
    sla = [[tier, r["due"], r["met"], _pct(r["share"])] for tier in TIERS_HIGHEST_FIRST if (r := data["sla"].get(tier))]
    decisions = [[a, r, n] for a, r, n in data["decisions"]]
    people = [[u, d, a] for u, d, a in data["throughput"]]
    # A snapshot stored before languages were counted has none; it is replaced within the minute.
    languages = [
        [r["language"] or "not yet known", r["opened"], r["resolved"], _minutes(r["p50"])]
        for r in data.get("languages", [])
    ]
    e = data["escalation"]
    escalation = [
        ["precision", e["escalated"], e["escalated_actioned"], _pct(e["precision"])],
        ["recall", e["actioned_threats"], e["actioned_threats_escalated"], _pct(e["recall"])],
    ]
    return [
        Chart(
            "depth", "Queue depth over time", mark_safe(charts.line_chart("Queue depth", depth)),  # noqa: S308
            ["time (UTC)", "open cases"], [list(p) for p in depth],
        ),
        Chart(
            "timing", "Time to first human look and to decision (minutes)",
            mark_safe(charts.bar_chart("Minutes", [(r[0], [r[2], r[3]]) for r in timing], ["p50", "p90"])),  # noqa: S308
            ["tier and step", "cases", "p50 minutes", "p90 minutes"], timing,
        ),
        Chart(
            "sla", "SLA compliance per tier",
            mark_safe(charts.bar_chart("Deadlines", [(r[0], [r[1], r[2]]) for r in sla], ["due", "met"])),  # noqa: S308
            ["tier", "deadlines due", "met", "compliance"], sla,
        ),
        Chart(
            "decisions", "Decisions by type and reason",
            mark_safe(charts.bar_chart("Decisions", [(f"{a} · {r}", [n]) for a, r, n in decisions], ["decisions"])),  # noqa: S308
            ["decision", "reason code", "count"], decisions,
        ),
        Chart(
            "throughput", "Per-moderator throughput",
            mark_safe(charts.bar_chart("Throughput", [(r[0], [r[1], r[2]]) for r in people], ["decisions", "appeals"])),  # noqa: S308
            ["moderator", "decisions", "appeals decided"], people,
        ),
        Chart(
            "languages", "Volume and median handling time per language",
            mark_safe(charts.bar_chart("Cases", [(r[0], [r[1], r[2]]) for r in languages], ["opened", "resolved"])),  # noqa: S308
            ["language", "cases opened", "cases resolved", "median minutes to decision"], languages,
        ),
        Chart(
            "escalation", "Auto-escalation to critical: precision and recall",
            mark_safe(charts.bar_chart("Escalation", [(r[0], [r[1], r[2]]) for r in escalation], ["of", "hits"])),  # noqa: S308
            ["measure", "cases considered", "hits", "share"], escalation,
        ),
    ]  # fmt: skip


def _csv(chart: Chart, filename: str) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = csv.writer(response)
    writer.writerow(chart.headers)
    writer.writerows(chart.rows)
    return response


@senior_required
def dashboard(request: HttpRequest) -> HttpResponse:
    period = request.GET.get("period", DEFAULT_PERIOD)
    if period not in compute.PERIODS:
        period = DEFAULT_PERIOD
    queues = list(Queue.objects.all())
    queue = next((q for q in queues if q.slug == request.GET.get("queue")), None)
    data, as_of, snapshot = snapshots.figures(period, queue.pk if queue else None)
    chart_list = _charts(data, period)
    if request.GET.get("format") == "csv":
        chart = next((c for c in chart_list if c.slug == request.GET.get("chart")), None)
        if chart is None:
            raise Http404
        return _csv(chart, f"heed-{chart.slug}-{period}{'-' + queue.slug if queue else ''}.csv")
    return render(
        request,
        "moderation/metrics.html",
        {
            "period": period,
            "periods": list(compute.PERIODS),
            "queues": queues,
            "queue": queue,
            "start": as_of - compute.PERIODS[period],
            "as_of": as_of,
            "snapshot": snapshot,
            "volume": data["volume"],
            "escalation": data["escalation"],
            "charts": chart_list,
            "query": f"period={period}" + (f"&queue={queue.slug}" if queue else ""),
        },
    )
