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

import itertools
import logging
import time
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from celery import current_app
from django.contrib.auth.models import User
from django.contrib.postgres.aggregates import ArrayAgg
from django.contrib.postgres.fields import ArrayField
from django.db import transaction
from django.db.models import Case as Choose
from django.db.models import F, FloatField, Func, IntegerField, JSONField, OuterRef, Subquery, Value, When
from django.db.models.expressions import RawSQL
from django.utils import timezone

from moderation.bootstrap.defaults import FALLBACK_QUEUE
from moderation.models import ACTIONED, BacktestRun, Decision, Score, Triage
from moderation.rules import store
from moderation.rules.conditions import facts_needed
from moderation.rules.engine import Facts, evaluate
from moderation.scoring import THREAT_THRESHOLD
from moderation.vocabulary import THREAT_REASON_CODES
from reports.models import Case, Report

log = logging.getLogger(__name__)

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
        return self.outcome in ACTIONED

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


def routing_rules(rule: Mapping[str, Any], current: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The live rules that can move a case: those naming a queue (and the draft's namesake, if any).
    The others only set tier or points, which no figure here depends on, so the replay skips them."""
    return [r for r in current if "queue" in r["then"] or r["name"] == rule["name"]]


def replay(
    rule: Mapping[str, Any], cases: Iterable[CaseFacts], *, current: Sequence[Mapping[str, Any]] = ()
) -> BacktestResult:
    """Replay the draft `rule` over `cases`; `current` is the live rule set in order (for queue moves)."""
    name = rule["name"]
    draft = {**rule, "enabled": True, "version": 0}
    current = routing_rules(rule, current)
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


def backtest(rule: Mapping[str, Any], *, days: int, current: Sequence[Mapping[str, Any]]) -> BacktestResult:
    """Load the last `days` days of cases (only the facts the rules need) and replay `rule` over them."""
    need = facts_needed(r["when"] for r in [rule, *routing_rules(rule, current)])
    return replay(rule, load_cases(days, need=need), current=current)


# -- loading past cases -----------------------------------------------------------------------------

_CASE_FIELDS = ("case_id", "case__text", "queue__slug", "outcome", "report_count", "reporter_count",
                "prior_actions", "target_authors", "case__language")  # fmt: skip


def load_cases(days: int, *, now: datetime | None = None, need: Collection[str] | None = None) -> Iterator[CaseFacts]:
    """The facts of every case first reported in the last `days` days, oldest first.

    One streaming query over triage and case (the author's earlier actioned cases and the campaign
    against the target are counted there, by index), then per chunk of cases one query each for
    their latest scores, their reports and their decisions. `need` (`Facts` fields, from the registry)
    leaves out the costlier facts no rule asks for; they read as zero.
    """
    now = now or timezone.now()
    wanted = None if need is None else set(need)
    zero = Value(0, output_field=IntegerField())
    rows = (
        Triage.objects.filter(case__first_reported_at__gte=now - timedelta(days=days))
        .exclude(state=Triage.State.NEW)
        .annotate(
            prior_actions=_prior_actions() if wanted is None or "author_prior_actions" in wanted else zero,
            target_authors=_target_authors() if wanted is None or "target_open_cases_24h" in wanted else zero,
        )
        .order_by("case_id")
        .values_list(*_CASE_FIELDS)
        .iterator(chunk_size=CHUNK)
    )
    with_times = wanted is None or "report_times" in wanted
    while batch := list(itertools.islice(rows, CHUNK)):
        yield from _case_facts(batch, with_times=with_times)


def _count(field: str, *, distinct: bool = False) -> Func:
    # A plain COUNT, not an aggregate to Django: the subquery stays one row without a GROUP BY.
    template = "COUNT(DISTINCT %(expressions)s)" if distinct else "COUNT(%(expressions)s)"
    return Func(F(field), function="COUNT", template=template, output_field=IntegerField())


def _prior_actions() -> Subquery:
    """The author's cases resolved with action before this one was first reported."""
    earlier = Triage.objects.filter(
        case__client_id=OuterRef("case__client_id"),
        case__author_id=OuterRef("case__author_id"),
        state=Triage.State.RESOLVED,
        outcome__in=ACTIONED,
        resolved_at__lt=OuterRef("case__first_reported_at"),
    )
    return Subquery(earlier.order_by().values(n=_count("case_id")))


def _target_authors() -> Choose:
    """Distinct authors of cases aimed at the same person reported in the 24 hours up to this one's
    last report (whether those cases were still open then is not recorded, so all count)."""
    last = OuterRef("case__last_reported_at")
    around = Case.objects.filter(
        client_id=OuterRef("case__client_id"),
        target_id=OuterRef("case__target_id"),
        first_reported_at__lte=last,
        last_reported_at__gte=last - timedelta(hours=24),
    )
    counted = Subquery(around.order_by().values(n=_count("author_id", distinct=True)))
    return Choose(When(case__target_id="", then=Value(0)), default=counted, output_field=IntegerField())


def _case_facts(batch: list[tuple[Any, ...]], *, with_times: bool) -> Iterator[CaseFacts]:
    # The batch is a run of case ids in order, so a range selects its rows: a 2,000-item IN list costs
    # more to build than the query takes to run. Rows of cases in the range but not in the batch (older
    # than the window) are fetched and ignored.
    ids = (batch[0][0], batch[-1][0])
    scores = _latest_scores(ids)
    # Timestamps as numbers are ten times cheaper to load than datetimes; a pile-on has thousands.
    epoch = Func(F("received_at"), template="date_part('epoch', %(expressions)s)", output_field=FloatField())
    no_times = Value([], output_field=ArrayField(FloatField()))
    reports: dict[int, tuple[list[str], list[float]]] = {
        case_id: (reported, times)
        for case_id, reported, times in Report.objects.filter(case_id__gte=ids[0], case_id__lte=ids[1])
        .values("case_id")
        .annotate(categories=ArrayAgg("category", distinct=True), times=ArrayAgg(epoch) if with_times else no_times)
        .values_list("case_id", "categories", "times")
    }
    reasons: dict[int, set[str]] = defaultdict(set)
    decisions = Decision.objects.filter(case_id__gte=ids[0], case_id__lte=ids[1])
    for case_id, code in decisions.values_list("case_id", "reason_code"):
        reasons[case_id].add(code)
    for case_id, text, queue, outcome, n, reporters, prior, authors, language in batch:
        threat, categories, signals = scores.get(case_id, (0.0, {}, []))
        reported, received = reports.get(case_id, ([], []))
        times = tuple(datetime.fromtimestamp(t, UTC) for t in sorted(received))
        facts = Facts(
            text=text,
            threat=threat,
            categories=categories,
            signals=frozenset(signals),
            reported_categories=frozenset(reported),
            report_count=n,
            distinct_reporters=reporters,
            report_times=times,
            now=times[-1] if times else None,  # "reports in the last N minutes" as of the last report
            author_prior_actions=prior or 0,
            target_open_cases_24h=authors or 0,
            language=language or "und",  # cases stored before languages were
        )
        yield CaseFacts(case_id, facts, queue, outcome, frozenset(reasons.get(case_id, ())))


def _latest_scores(ids: tuple[int, int]) -> dict[int, tuple[float, dict[str, float], list[str]]]:
    # The names only, not the evidence offsets.
    names = RawSQL("jsonb_path_query_array(signals, '$[*].name')", (), output_field=JSONField())
    rows = (
        Score.objects.filter(case_id__gte=ids[0], case_id__lte=ids[1])
        .order_by("case_id", "-created_at")
        .distinct("case_id")
        .annotate(names=names)
        .values_list("case_id", "threat", "categories", "names")
    )
    return {case_id: (threat, categories, signal_names) for case_id, threat, categories, signal_names in rows}


# -- running ----------------------------------------------------------------------------------------


def start_backtest(*, rule: Mapping[str, Any], days: int, by: User) -> BacktestRun:
    """Record a run of the draft `rule` (validated) over `days` days and hand it to a worker after commit."""
    clean = store.clean_rule(rule, store.queue_slugs())
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
        store.clean_rule(run.rule, store.queue_slugs())  # a queue may have gone since it was started
        current = [dict(r) for r in store.live_rules().values("name", "version", "enabled", "when", "then")]
        result = backtest(run.rule, days=run.days, current=current)
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
