"""Counts for a public transparency report over whole UTC days, written as CSV and JSON."""

import csv
import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection
from django.db.models import Count

from moderation.models import Appeal, Decision
from reports.models import Report


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"not a date (YYYY-MM-DD): {value}") from None


def transparency_counts(start: datetime, end: datetime) -> dict[str, Any]:
    """Notices by category, actions by type, median handling time, appeals and reversals in [start, end)."""
    in_range = {"gte": start, "lt": end}
    notices = dict(
        Report.objects.filter(received_at__gte=start, received_at__lt=end)
        .values_list("category")
        .annotate(n=Count("id"))
        .order_by("category")
    )
    # "escalate" routes a case to seniors; it is not an action taken on the content.
    actions = dict(
        Decision.objects.filter(created_at__gte=in_range["gte"], created_at__lt=in_range["lt"])
        .exclude(action=Decision.Action.ESCALATE)
        .values_list("action")
        .annotate(n=Count("id"))
        .order_by("action")
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - opened_at))"
            " FROM moderation_triage WHERE resolved_at >= %s AND resolved_at < %s",
            [start, end],
        )
        resolved, median = cursor.fetchone()
    appeals = Appeal.objects.filter(created_at__gte=start, created_at__lt=end).count()
    decided = dict(
        Appeal.objects.filter(decided_at__gte=start, decided_at__lt=end)
        .values_list("state")
        .annotate(n=Count("id"))
        .order_by("state")
    )
    return {
        "from": start.date().isoformat(),
        "to": (end - timedelta(days=1)).date().isoformat(),
        "notices_received": {"total": sum(notices.values()), "by_category": notices},
        "actions_taken": {"total": sum(actions.values()), "by_type": actions},
        "handling": {
            "cases_resolved": resolved,
            "median_handling_seconds": None if median is None else round(float(median), 1),
        },
        "appeals": {
            "received": appeals,
            "upheld": decided.get(Appeal.State.UPHELD, 0),
            "overturned": decided.get(Appeal.State.OVERTURNED, 0),
        },
    }


def _csv_rows(counts: dict[str, Any]) -> list[tuple[str, str, Any]]:
    rows: list[tuple[str, str, Any]] = [("period", "from", counts["from"]), ("period", "to", counts["to"])]
    rows += [("notices_received", k, v) for k, v in counts["notices_received"]["by_category"].items()]
    rows.append(("notices_received", "total", counts["notices_received"]["total"]))
    rows += [("actions_taken", k, v) for k, v in counts["actions_taken"]["by_type"].items()]
    rows.append(("actions_taken", "total", counts["actions_taken"]["total"]))
    rows += [("handling", k, "" if v is None else v) for k, v in counts["handling"].items()]
    rows += [("appeals", k, v) for k, v in counts["appeals"].items()]
    return rows


class Command(BaseCommand):
    help = "Write the counts of a public transparency report (CSV and JSON) for whole UTC days FROM to TO."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--from", dest="start", required=True, type=_date, help="first day, YYYY-MM-DD")
        parser.add_argument("--to", dest="end", required=True, type=_date, help="last day (included), YYYY-MM-DD")
        parser.add_argument("--output-dir", default=".", type=Path)

    def handle(self, *args: Any, start: date, end: date, output_dir: Path, **options: Any) -> None:
        if end < start:
            raise CommandError("--to is before --from")
        counts = transparency_counts(
            datetime.combine(start, time(), tzinfo=UTC), datetime.combine(end + timedelta(days=1), time(), tzinfo=UTC)
        )
        output_dir.mkdir(parents=True, exist_ok=True)
        stem = output_dir / f"transparency-{start.isoformat()}-{end.isoformat()}"
        stem.with_suffix(".json").write_text(json.dumps(counts, indent=2) + "\n")
        with stem.with_suffix(".csv").open("w", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(["section", "key", "value"])
            writer.writerows(_csv_rows(counts))
        self.stdout.write(f"Wrote {stem}.json and {stem}.csv")
