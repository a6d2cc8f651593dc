"""Scoring reports and placing their cases in queues: the path from intake to the review list."""

import json
import logging
import math
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from celery import current_app
from django.contrib.postgres.aggregates import ArrayAgg
from django.db import connection, transaction
from django.db.models import Case as DbCase
from django.db.models import Count, Q, When
from django.utils import timezone

from moderation.bootstrap.defaults import FALLBACK_QUEUE
from moderation.delivery import notify, outbox
from moderation.models import AuditEvent, EscalationRule, Queue, Score, TeamSettings, Triage
from moderation.placement import priority as priority_formula
from moderation.placement.language import detect_languages
from moderation.placement.unscored import place_by_language
from moderation.rules import Facts, evaluate
from moderation.scoring import TextScore, score_texts
from moderation.vocabulary import ACTIONED, Tier
from reports.models import Case, Category, ContentVersion, Report

# Waiting reports a task takes on besides its own. Small enough that a task is short (a threat's own
# task never waits long for a free worker process), large enough that a pile-on of one-report tasks
# collapses into a few transactions.
log = logging.getLogger(__name__)

DRAIN_LIMIT = 100
SWEEP_BATCH = 1000
LIVE_STATES = (Triage.State.OPEN, Triage.State.IN_REVIEW, Triage.State.ESCALATED)
REPORT_STATUS = {
    Triage.State.OPEN: Report.Status.QUEUED,
    Triage.State.IN_REVIEW: Report.Status.IN_REVIEW,
    Triage.State.ESCALATED: Report.Status.IN_REVIEW,
    Triage.State.RESOLVED: Report.Status.RESOLVED,
}


# A text as the scorer reads it: the text and its case's language (given, else detected). One text
# can be read in two languages (two platforms tagging one post differently): each reading is scored.
Reading = tuple[str, str]


def active_rules() -> list[dict[str, Any]]:
    return [dict(r) for r in EscalationRule.objects.filter(enabled=True).values("name", "version", "when", "then")]


def score_reports(report_ids: Sequence[int], *, urgent: bool = False, now: datetime | None = None) -> int:
    """Score the given reports (and others still waiting), threats first; place their cases; return how many.

    1. Take the given reports that are still unscored, plus the oldest others waiting (those filed as
       threats first; on the urgent queue only those): a pile-on arrives as many one-report tasks, and
       whichever runs first drains them, so the rest are no-ops and a threat never waits behind a
       backlog of tasks.
    2. Score their texts (the scorer is fast, and its results are reused below) and place the reports
       whose text is a threat first, in a transaction of their own: a threat filed as spam inside a
       500-report batch reaches the threats queue before the rest of the batch is placed.
    3. Place the rest.
    """
    waiting = Report.objects.filter(scored_at__isnull=True)
    if urgent:
        # The urgent worker stays free for threats: ordinary reports are the scoring workers' to drain.
        waiting = waiting.filter(category=Category.VIOLENT_THREAT)
    window = waiting.order_by(DbCase(When(category=Category.VIOLENT_THREAT, then=0), default=1), "received_at")
    candidates = list(
        Report.objects.filter(scored_at__isnull=True)
        .filter(Q(id__in=list(report_ids)) | Q(id__in=window.values("id")[:DRAIN_LIMIT]))
        .values_list("id", "version__text", "case_id", "case__language", "case__text")
    )
    # Each case without a language is detected once, here, from its newest text; placing stores it.
    detected = _detect_languages({case_id: text for _, _, case_id, language, text in candidates if not language})
    readings = [(text, language or detected[case_id][1]) for _, text, case_id, language, _ in candidates]
    scored: dict[Reading, TextScore] = {}
    _score(set(readings), scored)
    threats = [c[0] for c, reading in zip(candidates, readings, strict=True) if scored[reading].escalate]
    others = [c[0] for c, reading in zip(candidates, readings, strict=True) if not scored[reading].escalate]
    placed = _place(threats, scored, detected, now) if threats else 0
    return placed + (_place(others, scored, detected, now) if others else 0)


# A case's detected language and the text it was detected from, by case id.
Detected = dict[int, tuple[str, str]]


def _detect_languages(texts: dict[int, str]) -> Detected:
    """The language of each case's text (case id → text), in one batch."""
    ids = sorted(texts)
    return {i: (texts[i], language) for i, language in zip(ids, detect_languages([texts[i] for i in ids]), strict=True)}


@transaction.atomic
def _place(report_ids: list[int], scored: dict[Reading, TextScore], known: Detected, now: datetime | None) -> int:
    """Place the cases of those of `report_ids` still unscored, in one transaction.

    1. Lock the reports still unscored; locked rows are skipped (another worker has them), never scored twice.
    2. Create missing triage rows, then lock the triages of the touched cases in case-id order, so
       two workers touching the same cases serialise instead of deadlocking.
    3. Score every version of each case (each distinct text once, `scored` already known) and take the
       most severe, so a threat in any version escalates; gather its facts, apply the rules, store
       score and placement.
    4. Mark the reports scored and write back their public status; the case rows are locked last,
       in id order, the order intake locks them in.
    """
    now = now or timezone.now()
    reports = list(
        Report.objects.select_for_update(skip_locked=True)
        .filter(scored_at__isnull=True, id__in=report_ids)
        .order_by("id")
        .only("id", "case_id")
    )
    if not reports:
        return 0  # another worker got there first
    reports_by_case: dict[int, list[int]] = defaultdict(list)
    for r in reports:
        reports_by_case[r.case_id].append(r.id)
    unread = place_cases(sorted(reports_by_case), reports_by_case, scored, known, now)
    if unread:
        transaction.on_commit(lambda: enqueue_reading(unread), robust=True)
    return len(reports)


def enqueue_reading(case_ids: list[int]) -> None:
    """Hand cases with unread texts to the second reader (placement/reading.py). If the broker is down,
    the sweep hands them over later: their scores stay marked unread."""
    try:
        current_app.send_task("moderation.read_unread", args=[case_ids], retry=False)
    except Exception:
        log.exception("could not enqueue the second reading of %d cases; the sweep will", len(case_ids))


def place_cases(
    case_ids: list[int], reports_by_case: dict[int, list[int]], scored: dict[Reading, TextScore], known: Detected,
    now: datetime,
) -> list[int]:  # fmt: skip
    """Steps 2 to 4 of `_place` for these cases (`reports_by_case`: the reports each consumes, none
    when the second reader re-places it), inside the caller's transaction. Returns the cases placed
    with a text the second reader could escalate."""
    cases = Case.objects.in_bulk(case_ids)
    _create_missing_triages(case_ids, now)
    triages = list(Triage.objects.select_for_update().filter(case_id__in=case_ids).order_by("case_id"))

    stats = _report_stats(case_ids, now)
    prior_actions = _author_prior_actions(cases.values())
    campaigns = _target_open_cases(cases.values(), now)
    credibility = reporter_credibility(case_ids, now)
    team = TeamSettings.load()
    weights = priority_formula.weights_from(team.priority_weights)
    queues = dict(Queue.objects.values_list("slug", "id"))
    queue_sla = dict(Queue.objects.values_list("id", "sla_minutes"))
    rules = active_rules()
    unscored_queue = team.unscored_language_slug()
    detected = _missing_languages(cases, known)
    worst = _most_severe_versions(
        case_ids, scored, {case_id: case.language or detected.get(case_id, "") for case_id, case in cases.items()}
    )

    scores, events = [], []
    for triage in triages:
        case = cases[triage.case_id]
        version, result = worst[case.id]
        stat = stats[case.id]
        facts = Facts(
            text=version.text,
            threat=result.threat,
            categories=result.categories,
            signals=frozenset(s.name for s in result.signals),
            reported_categories=frozenset(stat["categories"]),
            report_count=stat["n"],
            distinct_reporters=stat["reporters"],
            report_times=tuple(stat["times"] or ()),
            now=now,
            author_prior_actions=prior_actions.get((case.client_id, case.author_id), 0),
            target_open_cases_24h=campaigns.get((case.client_id, case.target_id), 0) if case.target_id else 0,
            reporter_credibility=credibility.get(case.id),
            language=case.language or detected.get(case.id, ""),
        )
        placement = evaluate(rules, facts)
        if placement.budget_exhausted:
            log.warning("case %s: rule patterns ran out of time; later patterns did not match", case.pk)
        scored_language = place_by_language(placement, rules, facts, chosen_queue=unscored_queue)
        points, breakdown = priority_formula.priority(
            priority_formula.PriorityInputs(
                threat=result.threat,
                categories=result.categories,
                report_count=facts.report_count,
                distinct_reporters=facts.distinct_reporters,
                reports_last_hour=stat["last_hour"],
                author_prior_actions=facts.author_prior_actions,
                target_open_cases_24h=facts.target_open_cases_24h,
                reporter_credibility=facts.reporter_credibility,
                rule_points=placement.priority_points,
                unscored_language=not scored_language,
            ),
            weights,
        )
        tier = placement.tier if placement.tier is not None else Tier.NORMAL
        queue_id = queues.get(placement.queue or FALLBACK_QUEUE) or queues[FALLBACK_QUEUE]
        was = (triage.state, triage.tier, triage.queue_id)
        reopened = triage.state == Triage.State.RESOLVED and tier == Tier.CRITICAL

        if triage.state == Triage.State.NEW:
            triage.state = Triage.State.OPEN
        elif reopened:
            # A new threat on a reviewed item deserves fresh eyes: a new stint, its clock starting now.
            triage.state = Triage.State.OPEN
            triage.outcome = ""
            triage.resolved_at = None
            triage.opened_at = now
            triage.version += 1
        if triage.state == Triage.State.OPEN:
            triage.queue_id = queue_id
        if triage.state != Triage.State.RESOLVED:
            triage.tier = max(tier, triage.tier) if triage.state != Triage.State.OPEN else tier
            sla = placement.sla_minutes or queue_sla[triage.queue_id]
            due = now + timedelta(minutes=sla)
            # Within a stint a new report can only bring the deadline nearer; the last stint's deadline
            # (met or not, and judged then) is no deadline for the new one.
            triage.sla_due_at = due if reopened else min(triage.sla_due_at, due)
        triage.priority_base = points
        triage.priority = points + priority_formula.waiting_points(_hours_since(triage.opened_at, now), weights)
        triage.reporter_credibility = facts.reporter_credibility
        triage.reasons = breakdown
        triage.matched_rules = placement.matched
        triage.threat = result.threat
        triage.categories = result.categories
        triage.reported_categories = sorted(stat["categories"])
        triage.top_signals = [s.as_dict() for s in result.signals[:5]]
        triage.report_count = facts.report_count
        triage.reporter_count = facts.distinct_reporters
        triage.reports_last_hour = stat["last_hour"]

        scores.append(
            Score(
                case_id=case.id,
                created_at=now,
                scorer_version=result.version,
                threat=result.threat,
                escalate=result.escalate,
                severity=round(priority_formula.severity(result.threat, result.categories), 3),
                categories=result.categories,
                signals=[s.as_dict() for s in result.signals],
                report_ids=reports_by_case.get(case.id, []),
                version=version,
                unread=result.unread,
            )
        )
        if (triage.state, triage.tier, triage.queue_id) != was:
            events.append(
                AuditEvent(
                    action="placed",
                    case_id=case.id,
                    data={
                        "queue": placement.queue or FALLBACK_QUEUE,
                        "tier": Tier(triage.tier).label,
                        "state": triage.state,
                        "rules": placement.matched,
                        "notify": placement.notify,
                        "restrict_content": placement.restrict_content,
                    },
                )
            )

    _save_triages(triages)
    Score.objects.bulk_create(scores)
    AuditEvent.objects.bulk_create(events)
    # In the placing transaction (the outbox sends after commit): a rule asked the platform to hold the content.
    if restricted := [e.case_id for e in events if e.case_id and e.data["restrict_content"]]:
        outbox.queue_restrict_webhooks(restricted)
    # Page the channels the rules name (on-call for a threat) once the placement is committed.
    if paged := [e.case_id for e in events if e.case_id and e.data["notify"]]:
        transaction.on_commit(lambda: notify.case_escalated(paged), robust=True)
    _write_back_status(triages, reports_by_case, now)
    slugs = {v: k for k, v in queues.items()}
    _save_public_placement([(t.case_id, slugs[t.queue_id], Tier(t.tier).label) for t in triages], detected)
    return [score.case_id for score in scores if score.unread]


def _missing_languages(cases: dict[int, Case], known: Detected) -> dict[int, str]:
    """The language of each case that has none yet (neither given nor detected), from its newest text.

    Detected in the worker rather than at intake, so intake stays fast, and once: `known` holds what
    scoring detected; only a case whose text changed since (a new version filed meanwhile) is read again."""
    missing = {case_id: case.text for case_id, case in cases.items() if not case.language}
    stale = {case_id: text for case_id, text in missing.items() if case_id not in known or known[case_id][0] != text}
    fresh = {**known, **_detect_languages(stale)} if stale else known
    return {case_id: fresh[case_id][1] for case_id in sorted(missing)}


# Django's bulk_update builds one CASE per column per row, which takes seconds for a 1,000-case batch;
# one UPDATE … FROM unnest(arrays) does the same in milliseconds.
_TRIAGE_COLUMNS = {
    "state": "text", "queue_id": "bigint", "tier": "smallint", "priority": "float8", "priority_base": "float8",
    "reporter_credibility": "float8", "reasons": "jsonb",
    "matched_rules": "jsonb", "threat": "float8", "categories": "jsonb", "top_signals": "jsonb",
    "reported_categories": "text[]",
    "report_count": "int", "reporter_count": "int", "reports_last_hour": "int", "sla_due_at": "timestamptz",
    "opened_at": "timestamptz", "resolved_at": "timestamptz", "outcome": "text", "version": "int",
}  # fmt: skip


def _save_triages(triages: list[Triage]) -> None:
    columns = list(_TRIAGE_COLUMNS)
    arrays = [[t.case_id for t in triages]]
    for column in columns:
        values = [getattr(t, column) for t in triages]
        if _TRIAGE_COLUMNS[column] in ("jsonb", "text[]"):
            values = [json.dumps(v) for v in values]
        arrays.append(values)
    # unnest() cannot take an array of arrays of different lengths: a text[] column travels as JSON.
    assignments = ", ".join(
        f"{c} = ARRAY(SELECT jsonb_array_elements_text(v.{c}))" if _TRIAGE_COLUMNS[c] == "text[]" else f"{c} = v.{c}"
        for c in columns
    )
    unnest = ", ".join(
        "%s::jsonb[]" if _TRIAGE_COLUMNS[c] == "text[]" else f"%s::{_TRIAGE_COLUMNS[c]}[]" for c in columns
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE moderation_triage t SET {assignments}, updated_at = now() "  # noqa: S608 (fixed column names)
            f"FROM unnest(%s::bigint[], {unnest}) AS v(case_id, {', '.join(columns)}) WHERE t.case_id = v.case_id",
            arrays,
        )


def _score(readings: set[Reading], scored: dict[Reading, TextScore]) -> None:
    """Score the readings not in `scored` yet, in one batch, and add them to it."""
    todo = sorted(readings - scored.keys())
    results = score_texts([text for text, _ in todo], [language for _, language in todo])
    scored.update(zip(todo, results, strict=True))


def _most_severe_versions(
    case_ids: list[int], scored: dict[Reading, TextScore], languages: dict[int, str]
) -> dict[int, tuple[ContentVersion, TextScore]]:
    """Each case's most severe version and its score: a threat first, then the highest threat, then severity.

    Every version is read in its case's language (`languages`); readings not in `scored` yet are
    scored once, in one batch (and added to it); on a tie
    the newest version wins.
    """
    versions = list(
        ContentVersion.objects.filter(case_id__in=case_ids)
        .order_by("case_id", "-last_reported_at", "-id")
        .only("id", "case_id", "text")
    )
    readings = {v.id: (v.text, languages[v.case_id]) for v in versions}
    _score(set(readings.values()), scored)

    def severity(result: TextScore) -> tuple[bool, float, float]:
        return result.escalate, result.threat, priority_formula.severity(result.threat, result.categories)

    worst: dict[int, tuple[ContentVersion, TextScore]] = {}
    for version in versions:
        result = scored[readings[version.id]]
        if version.case_id not in worst or severity(result) > severity(worst[version.case_id][1]):
            worst[version.case_id] = (version, result)
    return worst


def _save_public_placement(rows: list[tuple[int, str, str]], detected: dict[int, str]) -> None:
    ids, queues, tiers = (list(col) for col in zip(*rows, strict=True))
    languages = [detected.get(case_id) for case_id in ids]
    with connection.cursor() as cursor:
        # Lock in id order first, as intake does: one UPDATE … FROM locks rows in its plan's order.
        cursor.execute("SELECT id FROM reports_case WHERE id = ANY(%s) ORDER BY id FOR UPDATE", [sorted(ids)])
        # One statement, and only for rows that change: each rewrite is a new row version (see intake).
        # A detected language is taken only where nobody has spoken since: one given meanwhile stands.
        cursor.execute(
            "UPDATE reports_case c SET queue = v.queue, tier = v.tier, "
            "language = CASE WHEN c.language_source = '' THEN coalesce(v.detected, c.language) ELSE c.language END, "
            "language_tag = CASE WHEN c.language_source = '' THEN coalesce(v.detected, c.language_tag) "
            "                    ELSE c.language_tag END, "
            "language_source = CASE WHEN c.language_source = '' AND v.detected IS NOT NULL THEN 'detected' "
            "                       ELSE c.language_source END "
            "FROM unnest(%s::bigint[], %s::text[], %s::text[], %s::text[]) AS v(id, queue, tier, detected) "
            "WHERE c.id = v.id "
            "AND ((c.queue, c.tier) IS DISTINCT FROM (v.queue, v.tier) "
            "     OR (c.language_source = '' AND v.detected IS NOT NULL))",
            [ids, queues, tiers, languages],
        )


def _hours_since(then: datetime, now: datetime) -> float:
    return (now - then).total_seconds() / 3600


# Reporter credibility: how often moderators upheld a reporter's earlier reports in the same category,
# each weighted by exp(-age / 90 days), smoothed towards 0.5 by one upheld and one rejected pseudo-report.
CREDIBILITY_HALF_LIFE_DAYS = 90
CREDIBILITY_LOOKBACK_DAYS = 365


def reporter_credibility(case_ids: list[int], now: datetime) -> dict[int, float]:
    """Mean credibility of each case's reporters, for the categories they chose. One query."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            WITH mine AS (
                SELECT DISTINCT case_id, client_id, reporter_id, category
                FROM reports_report WHERE case_id = ANY(%(cases)s)
            ), past AS (
                SELECT m.case_id, m.reporter_id, m.category,
                       SUM(w.weight * w.upheld) AS upheld, SUM(w.weight) AS total
                FROM mine m
                JOIN LATERAL (
                    SELECT exp(-extract(epoch FROM (%(now)s - r.outcome_at)) / %(tau)s) AS weight,
                           (r.outcome = ANY(%(actioned)s))::int AS upheld
                    FROM reports_report r
                    WHERE r.client_id = m.client_id AND r.reporter_id = m.reporter_id
                      AND r.category = m.category AND r.case_id <> m.case_id
                      AND r.outcome <> '' AND r.outcome_at > %(since)s
                ) w ON true
                GROUP BY 1, 2, 3
            )
            SELECT m.case_id, AVG((COALESCE(p.upheld, 0) + 1) / (COALESCE(p.total, 0) + 2))
            FROM mine m LEFT JOIN past p USING (case_id, reporter_id, category)
            GROUP BY m.case_id
            """,
            {
                "cases": case_ids,
                "now": now,
                "tau": CREDIBILITY_HALF_LIFE_DAYS / math.log(2) * 86400,
                "actioned": list(ACTIONED),
                "since": now - timedelta(days=CREDIBILITY_LOOKBACK_DAYS),
            },
        )
        return {case_id: round(float(value), 3) for case_id, value in cursor.fetchall()}


def rerank_waiting(*, now: datetime | None = None) -> int:
    """Let waiting cases rise: priority = base + waiting points, in one statement over open cases."""
    now = now or timezone.now()
    weights = priority_formula.weights_from(TeamSettings.load().priority_weights)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE moderation_triage SET priority = priority_base + round(("
            "%s * LEAST(GREATEST(extract(epoch FROM (%s - opened_at)) / 3600, 0), %s))::numeric, 2) "
            "WHERE state = 'open'",
            [weights["waiting"], now, priority_formula.WAITING_CAP_HOURS],
        )
        return cursor.rowcount


# Set from each case's first report in _create_missing_triages; every other column is the model's default.
_TRIAGE_FROM_CASE = ("case_id", "opened_at", "sla_due_at")


def _create_missing_triages(case_ids: list[int], now: datetime) -> None:
    """A new triage row in the fallback queue, its clock started at the first report, for each case without one.

    One INSERT … SELECT for the batch: a bulk_create of 500 rows spends longer building and quoting its
    SQL than the database spends running it. In case-id order, as before; a row another worker made
    meanwhile stands (ON CONFLICT DO NOTHING)."""
    fallback = Queue.objects.get(slug=FALLBACK_QUEUE)
    blank = Triage(queue=fallback, state=Triage.State.NEW, opened_at=now, sla_due_at=now)
    fields = [f for f in Triage._meta.concrete_fields if f.attname not in _TRIAGE_FROM_CASE]
    columns = ", ".join(str(f.column) for f in fields)
    values = ", ".join(f"%s::{f.cast_db_type(connection)}" for f in fields)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO moderation_triage (case_id, opened_at, sla_due_at, {columns}) "  # noqa: S608 (the model's columns)
            f"SELECT c.id, c.first_reported_at, c.first_reported_at + make_interval(mins => %s), {values} "
            "FROM reports_case c WHERE c.id = ANY(%s) "
            "AND NOT EXISTS (SELECT 1 FROM moderation_triage t WHERE t.case_id = c.id) "
            "ORDER BY c.id ON CONFLICT (case_id) DO NOTHING",
            [
                fallback.sla_minutes,
                *(f.get_db_prep_save(f.pre_save(blank, True), connection) for f in fields),
                case_ids,
            ],
        )


def _report_stats(case_ids: list[int], now: datetime) -> dict[int, dict[str, Any]]:
    rows = (
        Report.objects.filter(case_id__in=case_ids)
        .values("case_id")
        .annotate(
            n=Count("id"),
            reporters=Count("reporter_id", distinct=True),
            last_hour=Count("id", filter=Q(received_at__gte=now - timedelta(hours=1))),
            categories=ArrayAgg("category", distinct=True),
            times=ArrayAgg("received_at", filter=Q(received_at__gte=now - timedelta(hours=24))),
        )
    )
    return {row["case_id"]: dict(row) for row in rows}


def _by_client(cases: Any, field: str) -> Q:
    """cases' `field` values per client, as one condition (IN lists, not an OR per case)."""
    values: dict[int, set[str]] = defaultdict(set)
    for case in cases:
        if getattr(case, field):
            values[case.client_id].add(getattr(case, field))
    condition = Q(pk__in=[])
    for client_id, ids in values.items():
        condition |= Q(client_id=client_id, **{f"{field}__in": sorted(ids)})
    return condition


def _author_prior_actions(cases: Any) -> dict[tuple[int, str], int]:
    rows = (
        Case.objects.filter(_by_client(cases, "author_id"))
        .filter(triage__state=Triage.State.RESOLVED, triage__outcome__in=ACTIONED)
        .values("client_id", "author_id")
        .annotate(n=Count("id"))
    )
    return {(r["client_id"], r["author_id"]): r["n"] for r in rows}


def _target_open_cases(cases: Any, now: datetime) -> dict[tuple[int, str], int]:
    """Distinct authors with live cases aimed at each target in the last 24 hours."""
    rows = (
        Case.objects.filter(_by_client(cases, "target_id"), last_reported_at__gte=now - timedelta(hours=24))
        .filter(triage__state__in=(*LIVE_STATES, Triage.State.NEW))
        .values("client_id", "target_id")
        .annotate(authors=Count("author_id", distinct=True))
    )
    return {(r["client_id"], r["target_id"]): r["authors"] for r in rows}


def _write_back_status(triages: list[Triage], reports_by_case: dict[int, list[int]], now: datetime) -> None:
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for triage in triages:
        groups[(REPORT_STATUS[Triage.State(triage.state)], triage.outcome)] += reports_by_case.get(triage.case_id, [])
    for (status, outcome), ids in groups.items():
        if not ids:
            continue
        Report.objects.filter(id__in=ids).update(
            scored_at=now,
            status=status,
            status_changed_at=now,
            queued_at=now,
            outcome=outcome,
            outcome_at=now if outcome else None,
        )


def sweep_unscored(*, older_than_seconds: int, limit: int = 20_000) -> list[list[int]]:
    """Batches of reports accepted but still unscored after a grace period (a lost task, a dead worker)."""
    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    ids = list(
        Report.objects.filter(scored_at__isnull=True, received_at__lt=cutoff)
        .order_by("received_at")
        .values_list("id", flat=True)[:limit]
    )
    return [ids[i : i + SWEEP_BATCH] for i in range(0, len(ids), SWEEP_BATCH)]
