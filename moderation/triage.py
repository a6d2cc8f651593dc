"""Scoring reports and placing their cases in queues: the path from intake to the review list."""

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from django.contrib.postgres.aggregates import ArrayAgg
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from moderation import priority as priority_formula
from moderation.defaults import FALLBACK_QUEUE
from moderation.models import AuditEvent, EscalationRule, Queue, Score, Tier, Triage
from moderation.rules import Facts, evaluate
from moderation.scoring import score_texts
from reports.models import Case, Report

# Reports one scoring transaction takes on at most.
DRAIN_LIMIT = 1000
ACTIONED_OUTCOMES = ("remove_content", "suspend_author", "refer_law_enforcement")
LIVE_STATES = (Triage.State.OPEN, Triage.State.IN_REVIEW, Triage.State.ESCALATED)
REPORT_STATUS = {
    Triage.State.OPEN: Report.Status.QUEUED,
    Triage.State.IN_REVIEW: Report.Status.IN_REVIEW,
    Triage.State.ESCALATED: Report.Status.IN_REVIEW,
    Triage.State.RESOLVED: Report.Status.RESOLVED,
}


def active_rules() -> list[dict[str, Any]]:
    return list(EscalationRule.objects.filter(enabled=True).values("name", "version", "when", "then"))


@transaction.atomic
def score_reports(report_ids: Sequence[int], *, now: datetime | None = None) -> int:
    """Score the given reports (and others still waiting), place their cases, return how many.

    1. Lock the given reports that are still unscored, plus the oldest others waiting: a pile-on
       arrives as many one-report tasks, and whichever runs first drains them, so the rest are no-ops
       and a threat never waits behind a backlog of tasks. Locked rows are skipped, never scored twice.
    2. Create missing triage rows, then lock the triages of the touched cases in case-id order, so
       two workers touching the same cases serialise instead of deadlocking.
    3. Score each case's text once, gather its facts, apply the rules, store score and placement.
    4. Mark the reports scored and write back their public status.
    """
    now = now or timezone.now()
    waiting = Report.objects.filter(scored_at__isnull=True).order_by("received_at").values("id")[:DRAIN_LIMIT]
    reports = list(
        Report.objects.select_for_update(skip_locked=True)
        .filter(scored_at__isnull=True)
        .filter(Q(id__in=list(report_ids)) | Q(id__in=waiting))
        .order_by("id")
        .only("id", "case_id")[: DRAIN_LIMIT + len(report_ids)]
    )
    if not reports:
        return 0  # another worker got there first

    case_ids = sorted({r.case_id for r in reports})
    cases = Case.objects.in_bulk(case_ids)
    _create_missing_triages(cases, now)
    triages = list(Triage.objects.select_for_update().filter(case_id__in=case_ids).order_by("case_id"))

    stats = _report_stats(case_ids, now)
    prior_actions = _author_prior_actions(cases.values())
    campaigns = _target_open_cases(cases.values(), now)
    queues = dict(Queue.objects.values_list("slug", "id"))
    queue_sla = dict(Queue.objects.values_list("id", "sla_minutes"))
    rules = active_rules()
    text_scores = dict(zip(case_ids, score_texts([cases[cid].text for cid in case_ids]), strict=True))

    reports_by_case: dict[int, list[int]] = defaultdict(list)
    for r in reports:
        reports_by_case[r.case_id].append(r.id)

    scores, events = [], []
    for triage in triages:
        case = cases[triage.case_id]
        result = text_scores[case.id]
        stat = stats[case.id]
        facts = Facts(
            text=case.text,
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
        )
        placement = evaluate(rules, facts)
        points, breakdown = priority_formula.priority(
            priority_formula.PriorityInputs(
                threat=result.threat,
                categories=result.categories,
                report_count=facts.report_count,
                distinct_reporters=facts.distinct_reporters,
                reports_last_hour=stat["last_hour"],
                author_prior_actions=facts.author_prior_actions,
                target_open_cases_24h=facts.target_open_cases_24h,
                rule_points=placement.priority_points,
            )
        )
        tier = placement.tier if placement.tier is not None else Tier.NORMAL
        queue_id = queues.get(placement.queue or FALLBACK_QUEUE) or queues[FALLBACK_QUEUE]
        was = (triage.state, triage.tier, triage.queue_id)

        if triage.state == Triage.State.NEW:
            triage.state = Triage.State.OPEN
        elif triage.state == Triage.State.RESOLVED and tier == Tier.CRITICAL:
            # A new threat on a reviewed item deserves fresh eyes.
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
            triage.sla_due_at = min(triage.sla_due_at, now + timedelta(minutes=sla))
        triage.priority = points
        triage.reasons = breakdown
        triage.matched_rules = placement.matched
        triage.threat = result.threat
        triage.categories = result.categories
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
                report_ids=reports_by_case[case.id],
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

    Triage.objects.bulk_update(
        triages,
        [
            "state", "queue", "tier", "priority", "reasons", "matched_rules", "threat", "categories",
            "top_signals", "report_count", "reporter_count", "reports_last_hour", "sla_due_at",
            "opened_at", "resolved_at", "outcome", "version",
        ],
    )
    Score.objects.bulk_create(scores)
    AuditEvent.objects.bulk_create(events)
    _write_back_status(triages, reports_by_case, now)
    slugs = {v: k for k, v in queues.items()}
    for triage in triages:
        cases[triage.case_id].queue = slugs[triage.queue_id]
        cases[triage.case_id].tier = Tier(triage.tier).label
    Case.objects.bulk_update(cases.values(), ["queue", "tier"])
    return len(reports)


def _create_missing_triages(cases: dict[int, Case], now: datetime) -> None:
    fallback = Queue.objects.get(slug=FALLBACK_QUEUE)
    Triage.objects.bulk_create(
        [
            Triage(
                case_id=case_id,
                queue=fallback,
                state=Triage.State.NEW,
                opened_at=case.first_reported_at,
                sla_due_at=case.first_reported_at + timedelta(minutes=fallback.sla_minutes),
            )
            for case_id, case in sorted(cases.items())
        ],
        ignore_conflicts=True,
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
    return {row["case_id"]: row for row in rows}


def _author_prior_actions(cases: Any) -> dict[tuple[int, str], int]:
    authors = Q()
    for case in cases:
        authors |= Q(case__client_id=case.client_id, case__author_id=case.author_id)
    rows = (
        Triage.objects.filter(authors, state=Triage.State.RESOLVED, outcome__in=ACTIONED_OUTCOMES)
        .values("case__client_id", "case__author_id")
        .annotate(n=Count("case_id"))
    )
    return {(r["case__client_id"], r["case__author_id"]): r["n"] for r in rows}


def _target_open_cases(cases: Any, now: datetime) -> dict[tuple[int, str], int]:
    """Distinct authors with live cases aimed at each target in the last 24 hours."""
    targets = Q()
    for case in cases:
        if case.target_id:
            targets |= Q(client_id=case.client_id, target_id=case.target_id)
    if not targets:
        return {}
    rows = (
        Case.objects.filter(targets, last_reported_at__gte=now - timedelta(hours=24))
        .filter(triage__state__in=(*LIVE_STATES, Triage.State.NEW))
        .values("client_id", "target_id")
        .annotate(authors=Count("author_id", distinct=True))
    )
    return {(r["client_id"], r["target_id"]): r["authors"] for r in rows}


def _write_back_status(triages: list[Triage], reports_by_case: dict[int, list[int]], now: datetime) -> None:
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for triage in triages:
        groups[(REPORT_STATUS[Triage.State(triage.state)], triage.outcome)] += reports_by_case[triage.case_id]
    for (status, outcome), ids in groups.items():
        Report.objects.filter(id__in=ids).update(
            scored_at=now,
            status=status,
            status_changed_at=now,
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
    return [ids[i : i + DRAIN_LIMIT] for i in range(0, len(ids), DRAIN_LIMIT)]
