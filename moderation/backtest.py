"""Backtest a draft rule: replay it over past cases and set what it catches against how moderators decided.

`replay` is pure (the facts of past cases in, figures out); `load_cases` streams those facts from the
database, a chunk of cases per query; `run_backtest` runs the two for the Celery task and stores the
figures on the `BacktestRun`. Definitions (docs/rules.md, "Backtest"):

- *matched*: the draft's conditions hold for the case's stored facts;
- *actioned*: the case was resolved by removing content, suspending the author or referring to law
  enforcement; *precision* is actioned ÷ decided among matched cases (undecided ones do not count);
- an *actioned threat* is an actioned case whose latest score had threat ≥ 0.5, or that someone
  reported as a violent threat, or that a moderator decided with a threat reason code; the draft
  *missed* it if it did not match;
- *queue moves* compare, on the same facts, the current rule set with the draft in it (replacing the
  live rule of the same name, else appended last, where a new rule goes) against the set without it,
  so escalations and earlier rule changes do not show up as moves.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from celery import current_app
from django.contrib.auth.models import User
from django.contrib.postgres.aggregates import ArrayAgg
from django.db import transaction
from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.utils import timezone

from moderation import rulesets
from moderation.defaults import FALLBACK_QUEUE
from moderation.models import BacktestRun, Decision, Score, Triage
from moderation.rules import Facts, evaluate
from moderation.scoring import THREAT_THRESHOLD
from moderation.triage import ACTIONED_OUTCOMES
from reports.models import Case, Report

log = logging.getLogger(__name__)

THREAT_REASON_CODES = frozenset({"violent-threat", "repeat-violent-threats", "credible-threat", "imminent-harm"})
EXAMPLES = 20
SNIPPET = 200
CHUNK = 2000


@dataclass(frozen=True)
class CaseFacts:
    """A past case as the rules saw it, with where it is now and how it was decided."""

    case_id: int
    facts: Facts
    queue: str
    outcome: str = ""  # the resolving decision; empty while undecided
    reason_codes: frozenset[str] = frozenset()

    @property
    def actioned(self) -> bool:
        return self.outcome in ACTIONED_OUTCOMES

    @property
    def threat(self) -> bool:
        return (
            self.facts.threat >= THREAT_THRESHOLD
            or "violent_threat" in self.facts.reported_categories
            or bool(self.reason_codes & THREAT_REASON_CODES)
        )


def _example(case: CaseFacts, why: str = "") -> dict[str, Any]:
    text = case.facts.text
    snippet = text[:SNIPPET] + ("…" if len(text) > SNIPPET else "")
    return {"case_id": case.case_id, "text": snippet, "queue": case.queue, "outcome": case.outcome,
            "threat": round(case.facts.threat, 2), "why": why}  # fmt: skip


@dataclass
class BacktestResult:
    replayed: int = 0
    matched: int = 0
    decided: int = 0
    actioned: int = 0
    by_outcome: Counter[str] = field(default_factory=Counter)
    threats: int = 0
    missed_threats: int = 0
    examples: list[dict[str, Any]] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)
    queues: defaultdict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    @property
    def precision(self) -> float | None:
        return round(self.actioned / self.decided, 4) if self.decided else None

    def add(self, case: CaseFacts, why: str | None, before: str, after: str) -> None:
        self.replayed += 1
        self.queues[before]["before"] += 1
        if before != after:
            self.queues[before]["out"] += 1
            self.queues[after]["in"] += 1
        if why is not None:
            self.matched += 1
            self.by_outcome[case.outcome or "undecided"] += 1
            self.decided += bool(case.outcome)
            self.actioned += case.actioned
            if len(self.examples) < EXAMPLES:
                self.examples.append(_example(case, why))
        if case.actioned and case.threat:
            self.threats += 1
            if why is None:
                self.missed_threats += 1
                if len(self.missed) < EXAMPLES:
                    self.missed.append(_example(case))

    def as_dict(self) -> dict[str, Any]:
        queues = [
            {"queue": q, "before": c["before"], "in": c["in"], "out": c["out"],
             "after": c["before"] + c["in"] - c["out"]}
            for q, c in sorted(self.queues.items(), key=lambda kv: (-(kv[1]["in"] + kv[1]["out"]), kv[0]))
        ]  # fmt: skip
        return {
            "replayed": self.replayed,
            "matched": self.matched,
            "decided": self.decided,
            "actioned": self.actioned,
            "precision": self.precision,
            "by_outcome": dict(self.by_outcome.most_common()),
            "threats": self.threats,
            "missed_threats": self.missed_threats,
            "examples": self.examples,
            "missed": self.missed,
            "queues": queues,
        }


def replay(
    rule: Mapping[str, Any], cases: Iterable[CaseFacts], *, current: Sequence[Mapping[str, Any]] = ()
) -> BacktestResult:
    """Replay the draft `rule` over `cases`; `current` is the live rule set in order (for queue moves)."""
    name = rule["name"]
    draft = {**rule, "enabled": True, "version": 0}
    place = next((i for i, r in enumerate(current) if r["name"] == name), None)
    with_draft = [draft if r["name"] == name else r for r in current] if place is not None else [*current, draft]
    queue_of = {r["name"]: r["then"].get("queue") for r in with_draft}
    result = BacktestResult()
    for case in cases:
        after = evaluate(with_draft, case.facts)
        why = next((m["why"] for m in after.matched if m["rule"] == name), None)
        if place is None:  # without the draft, the first other matching rule that names a queue wins
            before = next(
                (queue_of[m["rule"]] for m in after.matched if m["rule"] != name and queue_of[m["rule"]]), None
            )
        else:  # the draft replaces a live rule: evaluate the live one in its place
            before = evaluate(current, case.facts).queue
        result.add(case, why, before or FALLBACK_QUEUE, after.queue or FALLBACK_QUEUE)
    return result


# -- loading past cases -----------------------------------------------------------------------------

_CASE_FIELDS = ("case_id", "case__text", "case__client_id", "case__author_id", "case__target_id",
                "case__first_reported_at", "case__last_reported_at", "queue__slug", "outcome",
                "threat", "categories", "report_count", "reporter_count")  # fmt: skip


def load_cases(days: int, *, now: datetime | None = None) -> Iterator[CaseFacts]:
    """The facts of every case first reported in the last `days` days, oldest first.

    One streaming query over triage and case, then per chunk of cases one query each for their latest
    scores, reports, decisions, authors' earlier actioned cases and other cases aimed at their targets.
    """
    now = now or timezone.now()
    rows = (
        Triage.objects.filter(case__first_reported_at__gte=now - timedelta(days=days))
        .exclude(state=Triage.State.NEW)
        .order_by("case_id")
        .values_list(*_CASE_FIELDS)
        .iterator(chunk_size=CHUNK)
    )
    while batch := list(itertools.islice(rows, CHUNK)):
        yield from _case_facts(batch)


def _case_facts(batch: list[tuple[Any, ...]]) -> Iterator[CaseFacts]:
    ids = [row[0] for row in batch]
    scores = _latest_scores(ids)
    reports: dict[int, tuple[list[str], list[datetime]]] = {
        case_id: (reported, times)
        for case_id, reported, times in Report.objects.filter(case_id__in=ids)
        .values("case_id")
        .annotate(categories=ArrayAgg("category", distinct=True), times=ArrayAgg("received_at"))
        .values_list("case_id", "categories", "times")
    }
    reasons: dict[int, set[str]] = defaultdict(set)
    for case_id, code in Decision.objects.filter(case_id__in=ids).values_list("case_id", "reason_code"):
        reasons[case_id].add(code)
    history = _actioned_by_author(batch)
    targets = _cases_by_target(batch)
    for (case_id, text, client, author, target, first_at, last_at, queue, outcome, threat, categories,
         n, reporters) in batch:  # fmt: skip
        threat, categories, signals = scores.get(case_id, (threat, categories, []))
        reported, received = reports.get(case_id, ([], []))
        times = tuple(sorted(received))
        facts = Facts(
            text=text,
            threat=threat,
            categories=categories,
            signals=frozenset(signals),
            reported_categories=frozenset(reported),
            report_count=n,
            distinct_reporters=reporters,
            report_times=times,
            now=times[-1] if times else last_at,  # "reports in the last N minutes" as of the last report
            author_prior_actions=bisect.bisect_left(history.get((client, author), []), first_at),
            target_open_cases_24h=_authors_around(targets.get((client, target), []), last_at) if target else 0,
        )
        yield CaseFacts(case_id, facts, queue, outcome, frozenset(reasons.get(case_id, ())))


def _latest_scores(ids: list[int]) -> dict[int, tuple[float, dict[str, float], list[str]]]:
    names = RawSQL("jsonb_path_query_array(signals, '$[*].name')", ())  # not the evidence offsets
    rows = (
        Score.objects.filter(case_id__in=ids)
        .order_by("case_id", "-created_at")
        .distinct("case_id")
        .annotate(names=names)
        .values_list("case_id", "threat", "categories", "names")
    )
    return {case_id: (threat, categories, signal_names) for case_id, threat, categories, signal_names in rows}


def _by_client(batch: list[tuple[Any, ...]], column: int, field: str) -> Q:
    values: dict[int, set[str]] = defaultdict(set)
    for row in batch:
        if row[column]:
            values[row[2]].add(row[column])
    condition = Q(pk__in=[])
    for client, ids in values.items():
        condition |= Q(client_id=client, **{f"{field}__in": sorted(ids)})
    return condition


def _actioned_by_author(batch: list[tuple[Any, ...]]) -> dict[tuple[int, str], list[datetime]]:
    """When each author's actioned cases were resolved, sorted: the count before a time is a bisect."""
    found: dict[tuple[int, str], list[datetime]] = defaultdict(list)
    rows = (
        Case.objects.filter(_by_client(batch, 3, "author_id"))
        .filter(triage__state=Triage.State.RESOLVED, triage__outcome__in=ACTIONED_OUTCOMES)
        .values_list("client_id", "author_id", "triage__resolved_at")
    )
    for client, author, resolved_at in rows:
        if resolved_at:
            found[(client, author)].append(resolved_at)
    for times in found.values():
        times.sort()
    return found


def _cases_by_target(batch: list[tuple[Any, ...]]) -> dict[tuple[int, str], list[tuple[datetime, datetime, str]]]:
    found: dict[tuple[int, str], list[tuple[datetime, datetime, str]]] = defaultdict(list)
    since = min(row[5] for row in batch) - timedelta(hours=24)
    rows = Case.objects.filter(_by_client(batch, 4, "target_id"), last_reported_at__gte=since).values_list(
        "client_id", "target_id", "first_reported_at", "last_reported_at", "author_id"
    )
    for client, target, first_at, last_at, author in rows:
        found[(client, target)].append((first_at, last_at, author))
    return found


def _authors_around(cases: list[tuple[datetime, datetime, str]], at: datetime) -> int:
    """Distinct authors with cases on the target reported within the 24 hours up to `at`."""
    since = at - timedelta(hours=24)
    return len({author for first_at, last_at, author in cases if first_at <= at and last_at >= since})


# -- running ----------------------------------------------------------------------------------------


def start_backtest(*, rule: Mapping[str, Any], days: int, by: User) -> BacktestRun:
    """Record a run of the draft `rule` (validated) over `days` days and hand it to a worker after commit."""
    clean = rulesets.clean_rule(rule, rulesets.queue_slugs())
    run = BacktestRun.objects.create(rule=clean, days=days, created_by=by)
    transaction.on_commit(lambda: _enqueue(run.pk), robust=True)
    return run


def _enqueue(run_id: int) -> None:
    try:
        current_app.send_task("moderation.run_backtest", args=[run_id], retry=False)
    except Exception:
        log.exception("could not enqueue backtest %s", run_id)
        BacktestRun.objects.filter(pk=run_id, state=BacktestRun.State.PENDING).update(
            state=BacktestRun.State.FAILED,
            error="Could not reach the task queue; try again.",
            finished_at=timezone.now(),
        )


def run_backtest(run_id: int) -> None:
    """Replay the run's rule over its days of cases and store the figures on the run."""
    # A run left "running" by a worker that died is taken up again by the redelivered task: the replay
    # only reads, so doing it twice costs time, not correctness.
    taken = BacktestRun.objects.filter(
        pk=run_id, state__in=(BacktestRun.State.PENDING, BacktestRun.State.RUNNING)
    ).update(state=BacktestRun.State.RUNNING)
    if taken != 1:
        return  # finished already
    run = BacktestRun.objects.get(pk=run_id)
    started = time.monotonic()
    try:
        current = [dict(r) for r in rulesets.live_rules().values("name", "version", "enabled", "when", "then")]
        result = replay(run.rule, load_cases(run.days), current=current)
    except Exception as exc:  # recorded on the run for the admin, whatever it was
        log.exception("backtest %s failed", run_id)
        BacktestRun.objects.filter(pk=run_id).update(
            state=BacktestRun.State.FAILED, error=f"{type(exc).__name__}: {exc}"[:2000], finished_at=timezone.now()
        )
        return
    BacktestRun.objects.filter(pk=run_id).update(
        state=BacktestRun.State.DONE,
        results={**result.as_dict(), "seconds": round(time.monotonic() - started, 2)},
        finished_at=timezone.now(),
    )
