"""How long a backtest takes over 100,000 past cases (the target: under a minute).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/heed_bench SECRET_KEY=x .venv/bin/python bench/backtest.py [CASES]

Uses a scratch database (created and migrated if missing; never one with other cases in it), seeds
CASES synthetic cases from the last 30 days with COPY — case, 1–3 reports, triage, a score, and a
decision for about 60% of them — unless they are there from an earlier run, then times what the
Celery task does (`backtest.backtest`: load_cases + replay) for three drafts: the default threat rule
(thresholds only), the issue's purple-giraffe rule (a text search on every case) and a rule that
needs every costly fact (author history, campaigns, report times).
"""

import os
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django
import psycopg
from psycopg.types.json import Jsonb

CLIENT = "bench-backtest"
DRAFTS = {
    "threat rule": {"name": "Threat of violence", "when": {"threat_at_least": 0.5},
                    "then": {"queue": "threats", "tier": "critical"}},
    "purple giraffe": {"name": "Purple giraffe campaign",
                       "when": {"all": [{"text_contains": ["purple giraffe"]},
                                        {"not": {"reported_category_in": ["spam"]}}]},
                       "then": {"queue": "harassment", "tier": "high"}},
    # The worst case: every costly fact (author history, campaigns, report times) and a text search.
    "repeat offender": {"name": "Repeat offender",
                        "when": {"any": [{"author_prior_actions_at_least": 2},
                                         {"target_open_cases_24h_at_least": 3},
                                         {"reports_in_last_minutes": {"minutes": 10, "at_least": 3}},
                                         {"text_contains": ["see you soon"]}]},
                        "then": {"queue": "senior", "tier": "high"}},
}  # fmt: skip
KINDS = [  # (share, category, texts, threat, category scores, signals, queue)
    (0.05, "violent_threat", ["I'm going to k1ll you when I see you after school",
                              "i know where you live. see you soon", "I will stab you when you walk home tonight"],
     0.93, {}, ["threat.direct"], "threats"),
    (0.20, "harassment", ["you're a pathetic loser and nobody likes you", "shut up you ugly cow, delete your account",
                          "everyone look at the purple giraffe, what a clown"], 0.05, {"harassment": 0.8},
     ["harassment.insult"], "harassment"),
    (0.15, "spam", ["EARN $500 A DAY with crypto!! DM me on telegram", "cheap watches, purple giraffe discount code"],
     0.01, {"spam": 0.9}, ["spam.money"], "spam"),
    (0.60, "other", ["Had a great time at the beach with the kids today, the weather was perfect",
                     "Does anyone know a good plumber in Croydon? Our boiler packed in again",
                     "That comedian killed it at the festival, I was crying laughing"], 0.02, {}, [], "general"),
]  # fmt: skip
TABLES = (
    "reports_case",
    "reports_contentversion",
    "reports_report",
    "moderation_triage",
    "moderation_score",
    "moderation_decision",
)
OUTCOMES = {  # per reported category: what a moderator decided, with action or without
    "violent_threat": [("remove_content", "violent-threat"), ("no_violation", "satire-or-idiom")],
    "harassment": [("remove_content", "harassment"), ("no_violation", "not-abusive")],
    "spam": [("suspend_author", "spam-account"), ("no_violation", "not-abusive")],
    "other": [("no_violation", "not-abusive"), ("remove_content", "hate")],
}


def ensure_database(url: str) -> None:
    name = urlparse(url).path.lstrip("/")
    admin_url = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def seed(n: int) -> None:
    from django.contrib.auth.models import User
    from django.db import connection, transaction

    from moderation.models import Queue
    from reports.models import ApiClient, Case, version_digest

    rnd = random.Random(7)
    now = datetime.now(UTC)
    with transaction.atomic():
        client, _ = ApiClient.issue(CLIENT)
        user = User.objects.create_user("bench-moderator")
        queues = dict(Queue.objects.values_list("slug", "id"))
        start_id = (Case.objects.order_by("-id").values_list("id", flat=True).first() or 0) + 1
        tables: dict[str, list[dict]] = {t: [] for t in TABLES}
        report_id = 0
        for i in range(n):
            case_id = start_id + i
            _, category, texts, threat, cats, signals, queue = rnd.choices(KINDS, [k[0] for k in KINDS])[0]
            first = now - timedelta(minutes=rnd.randrange(30 * 24 * 60 - 60))
            count = rnd.choice([1, 1, 1, 2, 3])
            times = [first + timedelta(minutes=j * rnd.randrange(1, 30)) for j in range(count)]
            tables["reports_case"].append({
                "id": case_id, "client_id": client.pk, "content_id": f"c{case_id}", "text": f"{rnd.choice(texts)} #{i}",
                "author_id": f"a{rnd.randrange(20_000)}", "first_reported_at": first, "last_reported_at": times[-1],
                "target_id": f"t{rnd.randrange(2_000)}" if rnd.random() < 0.1 else "", "queue": queue, "tier": "normal",
            })  # fmt: skip
            case = tables["reports_case"][-1]
            tables["reports_contentversion"].append({
                "id": case_id, "case_id": case_id, "text": case["text"], "digest": version_digest(case["text"], ""),
                "first_reported_at": first, "last_reported_at": times[-1],
            })  # fmt: skip
            for t in times:
                report_id += 1
                tables["reports_report"].append({
                    "id": report_id, "client_id": client.pk, "external_id": f"r{case_id}-{report_id}",
                    "case_id": case_id, "version_id": case_id, "category": category,
                    "reporter_id": f"u{rnd.randrange(50_000)}",
                    "received_at": t, "status": "resolved", "scored_at": t, "status_token": f"tok{case_id}-{report_id}",
                })  # fmt: skip
            decided = rnd.random() < 0.6
            outcome, reason = rnd.choice(OUTCOMES[category]) if decided else ("", "")
            categories = {"harassment": 0.0, "hate": 0.0, "spam": 0.0, "sexual": 0.0, **cats}
            tables["moderation_triage"].append({
                "case_id": case_id, "queue_id": queues[queue], "state": "resolved" if decided else "open", "tier": 1,
                "threat": threat, "categories": Jsonb(categories), "report_count": count, "reporter_count": count,
                "opened_at": first, "sla_due_at": first + timedelta(hours=4), "outcome": outcome, "version": 1,
                "resolved_at": first + timedelta(hours=1) if decided else None, "updated_at": now,
            })  # fmt: skip
            tables["moderation_score"].append({
                "case_id": case_id, "created_at": times[-1], "scorer_version": "bench", "threat": threat,
                "escalate": threat >= 0.5, "severity": threat, "categories": Jsonb(categories),
                "signals": Jsonb([{"name": s, "weight": 3.0, "evidence": [[0, 4]]} for s in signals]),
                "report_ids": [report_id], "version_id": case_id,
            })  # fmt: skip
            if decided:
                tables["moderation_decision"].append({
                    "case_id": case_id, "action": outcome, "reason_code": reason, "by_id": user.pk,
                    "created_at": first + timedelta(hours=1), "case_version": 1,
                })  # fmt: skip
        with connection.cursor() as cursor:
            for table, rows in tables.items():
                copy_rows(cursor.cursor, table, rows, now)
            for table in ("reports_case", "reports_contentversion", "reports_report"):
                cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def copy_rows(cursor: psycopg.Cursor, table: str, rows: list[dict], now: datetime) -> None:
    """COPY `rows` into `table`, filling the columns they leave out that may not be NULL with blanks."""
    required = cursor.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = %s "
        "AND is_nullable = 'NO' AND column_default IS NULL AND is_identity = 'NO'",
        [table],
    ).fetchall()
    blanks = {"text": "", "character varying": "", "jsonb": Jsonb([]), "boolean": False,
              "timestamp with time zone": now}  # fmt: skip
    columns = list(rows[0]) + [c for c, _ in required if c not in rows[0]]
    fill = {c: blanks.get(kind, 0) for c, kind in required if c not in rows[0]}
    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([*row.values(), *fill.values()])


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    ensure_database(os.environ["DATABASE_URL"])
    django.setup()
    from django.core.management import call_command

    from moderation.bootstrap.setup import ensure_defaults
    from moderation.rules import backtest
    from moderation.rules import store as rulesets
    from reports.models import ApiClient, Case

    call_command("migrate", verbosity=0)
    ensure_defaults()
    bench_client = ApiClient.objects.filter(name=CLIENT).first()
    if Case.objects.exclude(client=bench_client).exists():
        sys.exit("This database holds other cases; point DATABASE_URL at a scratch database.")
    if bench_client is None:
        started = time.perf_counter()
        seed(n)
        print(f"seeded {n:,} cases in {time.perf_counter() - started:.1f} s")
    current = [dict(r) for r in rulesets.live_rules().values("name", "version", "enabled", "when", "then")]

    for label, draft in DRAFTS.items():
        started, cpu = time.perf_counter(), time.process_time()
        result = backtest.backtest(draft, days=30, current=current)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        print(f"backtest of the {label}: {result.replayed:,} cases in {seconds:.1f} s ({cpu:.1f} s CPU here, "
              f"the rest waiting on PostgreSQL); {result.matched:,} matched, precision {result.precision}, "
              f"{result.missed_threats:,} of {result.threats:,} actioned threats missed")  # fmt: skip


if __name__ == "__main__":
    main()
