"""Server time of the /metrics/ dashboard over 1,000,000 reports. Prints each period's runs and median of 5.

Creates (or reuses) a scratch database next to DATABASE_URL's, named `<name>_bench_dashboard`, migrates it,
seeds it with generate_series and times the view through Django's test client (middleware, queries,
template: everything the server does, no network).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/heed python bench/dashboard.py [--reseed]
"""

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPORTS = 1_000_000
CASES = 400_000
DAYS = 60
MODERATORS = 20
RUNS = 5

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
source = urlsplit(os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/heed"))
scratch = source.path.lstrip("/") + "_bench_dashboard"
if scratch.startswith("test_"):
    sys.exit("refusing to run against a test database")
os.environ["DATABASE_URL"] = urlunsplit(source._replace(path="/" + scratch))
os.environ.setdefault("SECRET_KEY", "bench-only")
os.environ.update(ALLOWED_HOSTS="testserver", SECURE_SSL_REDIRECT="0", LOG_FORMAT="text", DEBUG="0")
os.environ.setdefault("HEED_STATIC_MANIFEST", "0")  # no collectstatic needed
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import psycopg  # noqa: E402

SEED_SQL = f"""
INSERT INTO reports_apiclient (name, token_hash, callback_url, webhook_secret, is_active, created_at)
VALUES ('bench', md5('bench') || md5('bench'), '', '', true, now());

INSERT INTO reports_case (id, client_id, content_id, url, text, author_id, author_handle, target_id, target_handle,
                          reply_to, first_reported_at, last_reported_at, queue, tier)
SELECT i, (SELECT id FROM reports_apiclient WHERE name = 'bench'), 'post-' || i, '', 'text of post ' || i,
       'author-' || (i % 50000), '', '', '', '', t, t, '', ''
FROM (SELECT i, now() - (random() * interval '{DAYS} days') AS t FROM generate_series(1, {CASES}) i) s;

-- One version per case, with the case's id (the digest as reports.models.version_digest makes it).
INSERT INTO reports_contentversion (id, case_id, text, url, digest, first_reported_at, last_reported_at)
SELECT id, id, text, url, encode(sha256(convert_to(length(url)::text || ':' || url || text, 'UTF8')), 'hex'),
       first_reported_at, last_reported_at
FROM reports_case;

INSERT INTO reports_report (client_id, external_id, case_id, version_id, category, comment, reporter_id,
                            reporter_handle, reporter_contact, target_id, target_handle, received_at, raw, status,
                            scored_at, outcome, status_token)
SELECT c.client_id, 'r-' || i, c.id, c.id,
       (ARRAY['violent_threat','harassment','hate','sexual','self_harm','spam','private_info','other'])[1 + i % 8],
       '', 'reporter-' || (i % 200000), '', '', '', '', c.first_reported_at + (i % 7) * interval '1 minute',
       '{{}}', 'resolved', c.first_reported_at, '', md5(i::text) || i
FROM generate_series(1, {REPORTS}) i JOIN reports_case c ON c.id = 1 + (i % {CASES});

INSERT INTO moderation_triage (case_id, queue_id, state, tier, priority, priority_base, reasons, matched_rules,
                               threat, categories, reported_categories, top_signals, report_count, reporter_count,
                               reports_last_hour,
                               opened_at, sla_due_at, updated_at, resolved_at, outcome, version)
SELECT c.id, q.id, CASE WHEN s.r < 0.9 THEN 'resolved' ELSE 'open' END, s.tier, 10, 10, '[]', '[]', 0, '{{}}', '{{}}',
       '[]', 3, 3, 0, c.first_reported_at, c.first_reported_at + q.sla_minutes * interval '1 minute', now(),
       CASE WHEN s.r < 0.9 THEN c.first_reported_at + s.r * interval '30 hours' END,
       CASE WHEN s.r < 0.9 THEN (ARRAY['no_violation','remove_content','suspend_author'])[1 + c.id % 3] ELSE '' END, 1
FROM reports_case c
CROSS JOIN LATERAL (SELECT random() AS r, (c.id % 4)::smallint AS tier) s
JOIN moderation_queue q ON q.position = (SELECT position FROM moderation_queue ORDER BY position
                                         OFFSET (c.id % (SELECT count(*) FROM moderation_queue)) LIMIT 1);

INSERT INTO moderation_decision (case_id, action, reason_code, note, by_id, created_at, case_version)
SELECT t.case_id, t.outcome,
       CASE t.outcome WHEN 'no_violation' THEN 'satire-or-idiom' WHEN 'remove_content' THEN 'violent-threat'
            ELSE 'spam-account' END, '', (SELECT min(id) FROM auth_user) + t.case_id % {MODERATORS}, t.resolved_at, 1
FROM moderation_triage t WHERE t.state = 'resolved';

INSERT INTO moderation_auditevent (at, actor_id, action, case_id, data)
SELECT t.opened_at, NULL, 'placed', t.case_id,
       jsonb_build_object('tier', (ARRAY['low','normal','high','critical'])[t.tier + 1])
FROM moderation_triage t;
INSERT INTO moderation_auditevent (at, actor_id, action, case_id, data)
SELECT t.opened_at + (t.resolved_at - t.opened_at) / 2, d.by_id, 'claimed', t.case_id, '{{}}'
FROM moderation_triage t JOIN moderation_decision d ON d.case_id = t.case_id;
INSERT INTO moderation_auditevent (at, actor_id, action, case_id, data)
SELECT d.created_at, d.by_id, 'decided', d.case_id, '{{}}' FROM moderation_decision d;
"""


def ensure_database(reseed: bool) -> bool:
    """Create the scratch database if missing (or if asked to); True if it needs seeding."""
    admin_url = urlunsplit(source._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [scratch]).fetchone()
        if exists and not reseed:
            return False
        if exists:
            conn.execute(f'DROP DATABASE "{scratch}"')
        conn.execute(f'CREATE DATABASE "{scratch}"')
    return True


def main() -> None:
    fresh = ensure_database("--reseed" in sys.argv)
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from moderation.vocabulary import SENIOR

    call_command("migrate", verbosity=0)  # a database seeded by an older version gets the new schema
    if fresh:
        call_command("setup_heed", verbosity=0)
        for n in range(MODERATORS):
            User.objects.create_user(f"moderator-{n}")
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute(SEED_SQL)
        print(f"seeded {REPORTS:,} reports, {CASES:,} cases in {time.perf_counter() - started:.0f} s")
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")  # as autovacuum would have by now: fresh statistics, visibility map
    with connection.cursor() as cursor:
        cursor.execute("SELECT (SELECT count(*) FROM reports_report), (SELECT count(*) FROM moderation_auditevent)")
        reports, events = cursor.fetchone()
    print(f"{reports:,} reports, {events:,} audit events")

    senior, _ = User.objects.get_or_create(username="bench-senior")
    senior.groups.add(Group.objects.get(name=SENIOR))
    client = Client()
    client.force_login(senior)
    from django.core.cache import cache

    from moderation.metrics import snapshots

    def median_ms(url: str, before: Callable[[], object] = lambda: None) -> tuple[float, list[float]]:
        client.get(url)  # warm: connection, templates, plan cache
        runs = []
        for _ in range(RUNS):
            before()
            started = time.perf_counter()
            response = client.get(url)
            runs.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.status_code
        return statistics.median(runs), runs

    for period in ("24h", "7d", "30d"):
        url = f"/metrics/?period={period}"
        label = period
        if period in settings.HEED_METRICS_SNAPSHOT_PERIODS:
            # computed afresh every time (the snapshot dropped first), then served from the snapshot
            key = snapshots._key(period, None)
            computed, computed_runs = median_ms(url, lambda: cache.delete(key))  # noqa: B023 (used at once)
            print(
                f"{period:>4} computed: median {computed:6.0f} ms  runs " + " ".join(f"{r:.0f}" for r in computed_runs)
            )
            label = f"{period} snapshot"
        ms, runs = median_ms(url)
        print(f"{label:>4}: median {ms:6.0f} ms  runs " + " ".join(f"{r:.0f}" for r in runs))


if __name__ == "__main__":
    main()
