"""Server time of the moderator's pages over 1,000,000 reports on 100,000 open cases, and a scoring
worker's memory. Prints p50/p95/max of REQUESTS requests for the queue page (as a moderator, with the
filters the page offers), claim-next and the case page, then the RSS of a real scoring worker.

Seeds the database DATABASE_URL names once (creating it if missing; refuses a `test_` one) with
generate_series, and reuses it on later runs: a database holding the seed's marker client is not
seeded again (`--reseed` drops and seeds it afresh). Requests go through Django's test client: the
full middleware stack, queries and templates, no network.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/heed_queuebench_big REDIS_URL=redis://127.0.0.1:6379/2 \
        python bench/queue_at_scale.py [--reseed] [--no-worker]
"""

import sys
from pathlib import Path

# This file's name shadows the standard library's `queue` (which psycopg and Celery import): drop its folder.
sys.path = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import io  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402
import uuid  # noqa: E402
from collections.abc import Callable  # noqa: E402
from urllib.parse import urlsplit, urlunsplit  # noqa: E402

OPEN_CASES = 100_000
REPORTS = 1_000_000  # on the open cases; the resolved cases carry RESOLVED_REPORTS more
RESOLVED_CASES = 30_000
RESOLVED_REPORTS = 5 * RESOLVED_CASES
MODERATORS = 12
REQUESTS = 200
MARKER = "queuebench"  # the seeded API client's name: present means seeded

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
source = urlsplit(os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/heed_queuebench_big"))
database = source.path.lstrip("/")
if database.startswith("test_"):
    sys.exit("refusing to run against a test database")
os.environ["DATABASE_URL"] = urlunsplit(source)
os.environ.setdefault("SECRET_KEY", "bench-only")
os.environ.update(ALLOWED_HOSTS="testserver", SECURE_SSL_REDIRECT="0", LOG_FORMAT="text", DEBUG="0")
os.environ.setdefault("HEED_STATIC_MANIFEST", "0")  # no collectstatic needed
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
# The worker this bench starts listens on a queue of its own, so it never takes another run's tasks.
os.environ.setdefault("HEED_CELERY_QUEUE", f"queuebench-{uuid.uuid4().hex[:8]}")

import psycopg  # noqa: E402

# Words the seeded texts are made of; "harbour" and "lantern" are rare (1 text in ~2,000), for searches
# that must look far down a queue.
WORDS = (  # noqa: SIM905 (a sentence reads better than a list of 90 strings)
    "you people are the worst this post is spam buy cheap pills now click here free money stupid idiot "
    "hate them all go away never come back leave this site i will find you watch out tonight nobody "
    "likes your face ugly photo shared address phone number call me later great game last night thanks "
    "for sharing what a joke delete this account fake news liar scam crypto giveaway winner prize"
).split()

SEED_SQL = f"""
INSERT INTO reports_apiclient (name, token_hash, callback_url, webhook_secret, is_active, created_at)
VALUES ('{MARKER}', md5('{MARKER}') || md5('{MARKER}'), '', '', true, now());

CREATE TEMP TABLE seed_moderator AS SELECT min(id) AS id FROM auth_user WHERE username LIKE 'moderator-%';

-- Per case: its main category (weighted as reports arrive: harassment and spam most), tier, age, author
-- (a few prolific authors), target (a few targets of campaigns) and state.
CREATE TEMP TABLE seed_case AS
SELECT id,
       (ARRAY['harassment','harassment','harassment','harassment','harassment','spam','spam','spam','spam','spam',
              'hate','hate','other','other','other','sexual','sexual','violent_threat','self_harm','private_info'])
           [1 + (id * 7919) % 20] AS category,
       CASE WHEN x < 0.02 THEN 3 WHEN x < 0.17 THEN 2 WHEN x < 0.67 THEN 1 ELSE 0 END::smallint AS tier,
       CASE WHEN id > {OPEN_CASES} THEN now() - interval '4 days' - random() * interval '26 days'
            ELSE now() - power(random(), 2) * interval '3 days' END AS opened_at,
       'author-' || floor(40000 * power(random(), 2))::int AS author_id,
       CASE WHEN random() < 0.3 THEN 'user-' || floor(20000 * power(random(), 3))::int ELSE '' END AS target_id,
       CASE WHEN id > {OPEN_CASES} THEN 'resolved' WHEN id % 50 = 0 THEN 'in_review' ELSE 'open' END AS state,
       random() AS r
FROM (SELECT id, random() AS x FROM generate_series(1, {OPEN_CASES + RESOLVED_CASES}) id) s;
ALTER TABLE seed_case ADD PRIMARY KEY (id);

-- Reports: one on every open case, the rest piled on (case k gets ~1/sqrt(k) of them: pile-ons of
-- thousands on a few, one or two on most); five on each resolved case. Before their cases (foreign keys are
-- checked at commit), so that each case row is written once, with its last report's time, as intake writes
-- it: a second pass over every case would leave the text's trigram index bloated as no running Heed does.
INSERT INTO reports_report (client_id, external_id, case_id, version_id, category, comment, reporter_id,
                            reporter_handle, reporter_contact, target_id, target_handle, received_at, raw, status,
                            status_changed_at, scored_at, queued_at, in_review_at, outcome, outcome_at, appeal_state,
                            status_token)
SELECT (SELECT id FROM reports_apiclient WHERE name = '{MARKER}'), 'r-' || i, s.id,
       CASE WHEN s.id % 10 = 3 AND i % 2 = 0 THEN 1000000 + s.id ELSE s.id END,
       CASE WHEN i % 5 = 0 THEN (ARRAY['violent_threat','harassment','hate','sexual','self_harm','spam','private_info',
                                       'other'])[1 + i % 8] ELSE s.category END,
       CASE WHEN i % 7 = 0 THEN 'please look at this' ELSE '' END,
       'reporter-' || floor(300000 * random())::int, '', '', s.target_id,
       CASE WHEN s.target_id = '' THEN '' ELSE '@' || s.target_id END, t.at, '{{}}',
       CASE s.state WHEN 'open' THEN 'queued' WHEN 'in_review' THEN 'in_review' ELSE 'resolved' END, t.at, t.at, t.at,
       CASE WHEN s.state = 'open' THEN NULL ELSE t.at END,
       CASE WHEN s.state = 'resolved' THEN 'no_violation' ELSE '' END,
       CASE WHEN s.state = 'resolved' THEN t.at END, '', md5(i::text) || i
FROM (SELECT i, CASE WHEN i <= {OPEN_CASES} THEN i
                     WHEN i <= {REPORTS} THEN 1 + floor({OPEN_CASES} * power(random(), 2))::int
                     ELSE {OPEN_CASES} + 1 + (i - {REPORTS} - 1) % {RESOLVED_CASES} END AS case_id
      FROM generate_series(1, {REPORTS + RESOLVED_REPORTS}) i) g
JOIN seed_case s ON s.id = g.case_id
CROSS JOIN LATERAL (SELECT s.opened_at + random() * (now() - s.opened_at) AS at) t;
INSERT INTO reports_case (id, client_id, content_id, url, text, author_id, author_handle, target_id, target_handle,
                          reply_to, first_reported_at, last_reported_at, queue, tier,
                          language, language_tag, language_source)
SELECT s.id, (SELECT id FROM reports_apiclient WHERE name = '{MARKER}'), 'post-' || s.id,
       'https://example.social/p/' || s.id,
       (SELECT string_agg(w[1 + floor(random() * array_length(w, 1))::int], ' ')
        FROM generate_series(1, 8 + s.id % 17), (SELECT ARRAY[{",".join(f"'{w}'" for w in WORDS)}] AS w) v)
       || CASE WHEN s.id % 2000 = 17 THEN ' harbour' WHEN s.id % 2000 = 1017 THEN ' lantern' ELSE '' END
       || CASE WHEN s.id % 10 = 3 THEN ' (edited)' ELSE '' END,
       s.author_id, '@' || s.author_id, s.target_id, CASE WHEN s.target_id = '' THEN '' ELSE '@' || s.target_id END,
       '', s.opened_at, a.last, '', '', 'en', '', 'detected'
FROM seed_case s
JOIN (SELECT case_id, max(received_at) AS last FROM reports_report GROUP BY case_id) a ON a.case_id = s.id;

-- One version per case (id = the case's), and an earlier one for every tenth case: edited after reports.
INSERT INTO reports_contentversion (id, case_id, text, url, digest, first_reported_at, last_reported_at)
SELECT id, id, text, url, encode(sha256(convert_to(length(url)::text || ':' || url || text, 'UTF8')), 'hex'),
       first_reported_at, last_reported_at
FROM reports_case;
INSERT INTO reports_contentversion (id, case_id, text, url, digest, first_reported_at, last_reported_at)
SELECT 1000000 + id, id, replace(text, ' (edited)', ''), url,
       encode(sha256(convert_to(length(url)::text || ':' || url || replace(text, ' (edited)', ''), 'UTF8')), 'hex'),
       first_reported_at - interval '1 minute', first_reported_at
FROM reports_case WHERE id % 10 = 3;
SELECT setval(pg_get_serial_sequence('reports_case', 'id'), 2000000);
SELECT setval(pg_get_serial_sequence('reports_contentversion', 'id'), 2000000);

-- Triage as the pipeline writes it: queue by category (a few escalated to seniors), scores, signals,
-- the priority breakdown, counts; claims on every fiftieth open case; the resolved ones decided.
INSERT INTO moderation_triage (case_id, queue_id, state, tier, priority, priority_base, reasons, matched_rules,
                               threat, categories, reported_categories, top_signals, report_count,
                               reporter_credibility, reporter_count,
                               reports_last_hour, assignee_id, claimed_until, opened_at, sla_due_at, updated_at,
                               resolved_at, outcome, version, first_look_at, escalated, reason_code)
SELECT s.id, q.id, s.state, s.tier, p.base + 5, p.base,
       jsonb_build_array(jsonb_build_object('label', 'Harm: ' || s.category, 'points', round(p.harm::numeric, 1)),
                         jsonb_build_object('label', 'Reports', 'points', round((8 * ln(1 + a.n))::numeric, 1)),
                         jsonb_build_object('label', 'Waiting', 'points', 5)),
       CASE WHEN s.tier = 3 THEN '[{{"rule": "Threats are critical", "version": 1, "why": "threat >= 0.6"}}]'::jsonb
            ELSE '[]'::jsonb END,
       p.threat,
       jsonb_build_object(s.category, round(p.confidence::numeric, 2), 'spam', round((s.r * 0.3)::numeric, 2)),
       a.categories,
       jsonb_build_array(jsonb_build_object('name', s.category || '_phrase', 'weight', round(p.confidence::numeric, 2),
                                            'evidence', '[[0, 8]]'::jsonb)),
       a.n, 0.6, a.reporters, 0,
       CASE WHEN s.state = 'in_review' THEN (SELECT id FROM seed_moderator) + s.id % {MODERATORS} END,
       CASE WHEN s.state = 'in_review' THEN now() + interval '10 minutes' END,
       s.opened_at, s.opened_at + q.sla_minutes * interval '1 minute', now(),
       CASE WHEN s.state = 'resolved' THEN s.opened_at + s.r * interval '20 hours' END,
       CASE WHEN s.state = 'resolved' THEN (ARRAY['no_violation','remove_content','suspend_author'])[1 + s.id % 3]
            ELSE '' END,
       1, NULL, false, ''
FROM seed_case s
JOIN (SELECT case_id, count(*) AS n, count(DISTINCT reporter_id) AS reporters,
             array_agg(DISTINCT category ORDER BY category) AS categories
      FROM reports_report GROUP BY case_id) a
  ON a.case_id = s.id
CROSS JOIN LATERAL (SELECT CASE WHEN s.category = 'violent_threat' THEN 0.6 + 0.4 * s.r ELSE 0.2 * s.r END AS threat,
                           0.5 + 0.5 * s.r AS confidence,
                           60 * (0.3 + 0.7 * s.r) * (0.5 + 0.5 * s.r) AS harm) p0
CROSS JOIN LATERAL (SELECT p0.*, p0.harm + 8 * ln(1 + a.n) AS base) p
JOIN moderation_queue q ON q.slug = CASE WHEN s.id % 50 = 7 THEN 'senior' ELSE
    CASE s.category WHEN 'violent_threat' THEN 'threats' WHEN 'self_harm' THEN 'self-harm'
                    WHEN 'private_info' THEN 'private-info' WHEN 'other' THEN 'general' ELSE s.category END END;
-- The placement, as scoring writes it: the case row's one update.
UPDATE reports_case c SET queue = q.slug, tier = (ARRAY['low','normal','high','critical'])[t.tier + 1]
FROM moderation_triage t JOIN moderation_queue q ON q.id = t.queue_id WHERE t.case_id = c.id;

-- One score per version (the history a rescoring leaves), naming the reports it consumed.
INSERT INTO moderation_score (case_id, created_at, scorer_version, threat, escalate, severity, categories, signals,
                              report_ids, version_id)
SELECT v.case_id, v.first_reported_at, 'bench', t.threat, t.threat >= 0.6, 0.5, t.categories, t.top_signals,
       coalesce(r.ids, ARRAY[]::bigint[]), v.id
FROM reports_contentversion v JOIN moderation_triage t ON t.case_id = v.case_id
LEFT JOIN (SELECT version_id, array_agg(id) AS ids FROM reports_report GROUP BY version_id) r ON r.version_id = v.id;

INSERT INTO moderation_decision (case_id, action, reason_code, note, by_id, created_at, case_version)
SELECT t.case_id, t.outcome,
       CASE t.outcome WHEN 'no_violation' THEN 'satire-or-idiom' WHEN 'remove_content' THEN 'violent-threat'
            ELSE 'spam-account' END, '', (SELECT id FROM seed_moderator) + t.case_id % {MODERATORS}, t.resolved_at, 1
FROM moderation_triage t WHERE t.state = 'resolved';

INSERT INTO moderation_auditevent (at, actor_id, action, case_id, data)
SELECT t.opened_at, NULL, 'placed', t.case_id,
       jsonb_build_object('queue', q.slug, 'tier', (ARRAY['low','normal','high','critical'])[t.tier + 1])
FROM moderation_triage t JOIN moderation_queue q ON q.id = t.queue_id;
INSERT INTO moderation_auditevent (at, actor_id, action, case_id, data)
SELECT coalesce(t.resolved_at - interval '5 minutes', now() - interval '2 minutes'),
       (SELECT id FROM seed_moderator) + t.case_id % {MODERATORS}, 'claimed', t.case_id, '{{}}'
FROM moderation_triage t WHERE t.state IN ('resolved', 'in_review');
INSERT INTO moderation_auditevent (at, actor_id, action, case_id, data)
SELECT now() - random() * interval '7 hours', (SELECT id FROM seed_moderator) + t.case_id % {MODERATORS}, 'revealed',
       t.case_id, '{{}}'
FROM moderation_triage t WHERE t.tier = 3 OR t.threat >= 0.6;
INSERT INTO moderation_auditevent (at, actor_id, action, case_id, data)
SELECT d.created_at, d.by_id, 'decided', d.case_id, jsonb_build_object('decision', d.action)
FROM moderation_decision d;
"""


def ensure_database(reseed: bool) -> None:
    admin_url = urlunsplit(source._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone()
        if exists and reseed:
            conn.execute(f'DROP DATABASE "{database}" WITH (FORCE)')
        if not exists or reseed:
            conn.execute(f'CREATE DATABASE "{database}"')


def seed() -> None:
    """Seed once: a database that holds the marker client is left as it is."""
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from django.db import connection, transaction

    from moderation.vocabulary import MODERATOR
    from reports.models import ApiClient

    call_command("migrate", verbosity=0)  # a database seeded by an older version gets the new schema
    if ApiClient.objects.filter(name=MARKER).exists():
        return
    call_command("setup_heed", verbosity=0)
    started = time.perf_counter()
    with transaction.atomic():
        role = Group.objects.get(name=MODERATOR)
        for n in range(MODERATORS):  # first, so that their ids are min(auth_user.id) + 0 … MODERATORS - 1
            User.objects.create_user(f"moderator-{n:02}").groups.add(role)
        with connection.cursor() as cursor:
            cursor.execute(SEED_SQL)
    print(f"seeded in {time.perf_counter() - started:.0f} s")
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")  # as autovacuum would have by now: fresh statistics, visibility map


def p95(ms: list[float]) -> float:
    return sorted(ms)[min(len(ms) - 1, round(0.95 * len(ms)) - 1)]


def percentiles(label: str, ms: list[float], busy: list[float]) -> None:
    print(
        f"{label:<34} p50 {statistics.median(ms):6.1f} ms  p95 {p95(ms):6.1f} ms  max {max(ms):6.1f} ms  (n={len(ms)})"
        f"   busy p50 {statistics.median(busy):6.1f} ms  p95 {p95(busy):6.1f} ms"
    )


class Busy:
    """What a request cost the server apart from waiting for a core: this thread's CPU time plus the
    wall time of its queries. On a shared machine the wall time also holds the waits for a core."""

    def __init__(self) -> None:
        self.db = 0.0

    def __call__(self, execute: Callable, sql: str, params: object, many: bool, context: object) -> object:
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.db += time.perf_counter() - started


def timed(request: Callable[[], object], busy: list[float]) -> float:
    """The request's wall time in ms; appends its busy time (see Busy) to `busy`."""
    from django.db import connection

    meter = Busy()
    started, cpu = time.perf_counter(), time.thread_time()
    with connection.execute_wrapper(meter):
        request()
    wall = (time.perf_counter() - started) * 1000
    busy.append((time.thread_time() - cpu) * 1000 + meter.db * 1000)
    return wall


def bench_pages() -> None:
    from django.contrib.auth.models import Group, User
    from django.test import Client

    from moderation.models import Queue, Triage
    from moderation.review import services
    from moderation.vocabulary import MODERATOR

    me, _ = User.objects.get_or_create(username="bench-moderator")
    me.groups.add(Group.objects.get(name=MODERATOR))
    client = Client()
    client.force_login(me)
    slug = "harassment"  # the largest queue: a quarter of the open cases

    # The filters the page offers, as a moderator combines them; the htmx poll (every 2 s) is the commonest.
    sample = Triage.objects.filter(queue__slug=slug, state="open").select_related("case").order_by("?").first()
    assert sample is not None
    author, target = sample.case.author_id, sample.case.target_handle or "@user-3"
    views = [
        ("", {}),
        ("poll", {"HX-Request": "true"}),
        ("category=hate", {}),
        ("category=violent_threat&tier=high", {}),
        ("tier=critical", {}),
        ("waiting=60", {}),
        (f"q={author}", {}),
        (f"q={target}", {}),
        ("q=click+here&category=spam&tier=normal", {}),
        ("q=harbour", {}),
        ("q=no+such+words+anywhere", {}),
    ]
    url = f"/queues/{slug}/"
    per_view: dict[str, list[float]] = {query or "(none)": [] for query, _ in views}
    for query, headers in views:  # warm: templates, plan cache
        assert client.get(f"{url}?{query}", headers=headers).status_code == 200
    all_ms: list[float] = []
    queue_busy: list[float] = []
    for n in range(REQUESTS):
        query, headers = views[n % len(views)]
        ms = timed(lambda q=query, h=headers: client.get(f"{url}?{q}", headers=h), queue_busy)  # type: ignore[misc]
        per_view[query or "(none)"].append(ms)
        all_ms.append(ms)
    percentiles(f"queue page /queues/{slug}/", all_ms, queue_busy)
    for query, runs in per_view.items():
        print(f"    {query:<40} median {statistics.median(runs):6.1f} ms  max {max(runs):6.1f} ms")

    # Claim-next, then (untimed) give the case back, as a moderator who opens it and releases it would.
    claim_ms: list[float] = []
    claim_busy: list[float] = []
    opened: list[int] = []
    for _ in range(REQUESTS):
        response = None

        def claim() -> None:
            nonlocal response
            response = client.post(f"/queues/{slug}/next")

        claim_ms.append(timed(claim, claim_busy))
        assert response is not None and response.status_code == 302, response
        case_id = int(response["Location"].rstrip("/").rsplit("/", 1)[1])
        opened.append(case_id)
        services.case_release(case_id=case_id, moderator=me)
    percentiles("claim-next", claim_ms, claim_busy)

    # The case page, of cases this moderator may open: the ten most reported (pile-ons of thousands of
    # reports), the top of the queues (what claim-next hands out) and cases picked at random.
    workable = Triage.objects.filter(
        state="open", queue__in=[q for q in Queue.objects.all() if services.may_work(me, q)]
    ).values_list("case_id", flat=True)
    tops = list(workable.order_by("-tier", "-priority")[:50])
    piled_on = list(workable.order_by("-report_count")[:10])
    rng = random.Random(13)
    cases = (piled_on + tops + rng.sample(list(workable), REQUESTS))[:REQUESTS]
    client.get(f"/cases/{cases[0]}/")
    case_ms: list[float] = []
    case_busy: list[float] = []
    for case_id in cases:
        response = None

        def page(case_id: int = case_id) -> None:
            nonlocal response
            response = client.get(f"/cases/{case_id}/")

        case_ms.append(timed(page, case_busy))
        assert response is not None and response.status_code == 200, (case_id, response)
    percentiles("case page", case_ms, case_busy)


def install_learned_model() -> None:
    """Make the shipped model the active learned one, stored as retraining stores it, so the worker loads
    it from the database as it would after a promotion."""
    import joblib

    from moderation.learning.training import CACHE_KEY
    from moderation.models import ScorerModel
    from moderation.scoring.model import load_model

    ScorerModel.objects.filter(version="bench-learned").delete()  # stored afresh, as retraining stores it now
    model = load_model()
    assert model is not None, "the shipped model is missing"
    buffer = io.BytesIO()
    joblib.dump({**model.saved(), "version": "bench-learned"}, buffer, compress=3)
    ScorerModel.objects.create(version="bench-learned", trained_on=0, active=True, blob=buffer.getvalue())
    from django.core.cache import cache

    cache.delete(CACHE_KEY)


def bench_worker() -> None:
    """Start the scoring worker (as the Procfile does), have it score a batch, and print its RSS."""
    import psutil
    from django.conf import settings

    from reports.intake import accept_reports
    from reports.models import ApiClient, Report
    from reports.schemas import ReportIn

    install_learned_model()
    queue = settings.CELERY_TASK_DEFAULT_QUEUE
    # All of Heed's queues: the intake screen sends a suspect text to the urgent one.
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "--loglevel=warning", "--concurrency=2",
         "-n", f"{queue}@%h", "-Q", ",".join(settings.HEED_QUEUES)],
        cwd=ROOT, env=os.environ.copy(),
    )  # fmt: skip
    try:
        client = ApiClient.objects.get(name=MARKER)
        batch = uuid.uuid4().hex[:8]
        items = [
            ReportIn.model_validate(
                {
                    "external_id": f"rss-{batch}-{n}",
                    "category": "harassment",
                    "content": {
                        "id": f"rss-post-{batch}-{n}",
                        "text": f"{' '.join(random.sample(WORDS, 12))} {n}",
                        "author": {"id": f"rss-author-{n % 50}"},
                    },
                    "reporter": {"id": f"rss-reporter-{n}"},
                }
            )
            for n in range(500)
        ]
        ids = [r.pk for r in accept_reports(client=client, items=items)]
        deadline = time.monotonic() + 300
        while Report.objects.filter(pk__in=ids, scored_at__isnull=True).exists():
            assert worker.poll() is None, "the worker died"
            assert time.monotonic() < deadline, "the worker did not score the batch in 5 minutes"
            time.sleep(0.5)
        time.sleep(1)
        main = psutil.Process(worker.pid)
        children = main.children(recursive=True)
        rss = {p.pid: p.memory_info().rss / 2**20 for p in [main, *children]}
        uss = sum(p.memory_full_info().uss for p in [main, *children]) / 2**20
        print(
            f"scoring worker (concurrency 2) after scoring {len(ids)} reports: RSS main {rss[main.pid]:.0f} MB, "
            + ", ".join(f"child {rss[c.pid]:.0f} MB" for c in children)
            + f"; largest process {max(rss.values()):.0f} MB; all processes together (USS) {uss:.0f} MB"
        )
    finally:
        worker.terminate()
        worker.wait(30)


def main() -> None:
    ensure_database("--reseed" in sys.argv)
    import django

    django.setup()
    seed()
    from django.db import connection

    import config.wsgi  # noqa: F401 (the web server's start-up: its URLconf, its start-up objects frozen)

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT (SELECT count(*) FROM reports_report),"
            " (SELECT count(*) FROM moderation_triage WHERE state = 'open'),"
            " (SELECT count(*) FROM moderation_auditevent), pg_size_pretty(pg_database_size(current_database()))"
        )
        reports, open_, events, size = cursor.fetchone()
    print(f"{database}: {reports:,} reports, {open_:,} open cases, {events:,} audit events, {size}")
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f} (1/5/15 min)")
    bench_pages()
    if "--no-worker" not in sys.argv:
        bench_worker()


if __name__ == "__main__":
    main()
