"""A small, hand-countable history of cases for the metrics and transparency tests.

Relative to `now` (hours before it):
  A threat, critical, threats queue: opened -10, claimed -9.5 (mo), removed (violent-threat) -9 by mo, due -8.
  B threat, critical, threats queue: opened -6, no claim, no violation (satire-or-idiom) -4 by sam, due -5.
  C threat, critical, threats queue: opened -3, claimed -2.5 (mo), still in review, due -2.
  D insult, normal, general queue: opened -20, claimed -19 (sam), removed (violent-threat) -18 by sam, due -12.
  E insult, normal, general queue: opened -30, removed (spam) -23 by mo, due -26.
  F insult, normal, general queue: opened -2, open, due +22.
  G insult, normal, general queue: opened -50, removed (spam) -40 by mo, due -45.
Each case has one report, received when the case opened. A, B, C are threats the scorer places critical.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple

from django.contrib.auth.models import User
from django.db import connection

from moderation.models import Decision, Queue, Triage
from moderation.placement.pipeline import score_reports
from moderation.vocabulary import Tier
from reports.models import ApiClient, Report
from tests.helpers import file_reports, report_body

THREAT = "I'm going to kill you tonight, you're dead"
INSULT = "you are a worthless idiot"


@dataclass
class Seeded:
    now: datetime
    cases: dict[str, int]


def event(action: str, case_id: int, at: datetime, actor: User | None = None) -> None:
    # AuditEvent.at is auto_now_add and the table refuses updates, so a past event is inserted as it was.
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO moderation_auditevent (at, actor_id, action, case_id, data) VALUES (%s, %s, %s, %s, '{}')",
            [at, actor.pk if actor else None, action, case_id],
        )


class Kind(NamedTuple):
    text: str
    category: str
    tier: int
    queue: str


def _case(
    client: ApiClient,
    now: datetime,
    kind: Kind,
    *,
    opened: float,
    due: float,
    resolved: float | None = None,
    decision: tuple[str, str, User] | None = None,
    claimed: tuple[float, User] | None = None,
) -> int:
    def h(hours: float) -> datetime:
        return now + timedelta(hours=hours)

    report = file_reports(client, report_body(kind.text, category=kind.category))[0]
    score_reports([report.pk])
    Report.objects.filter(pk=report.pk).update(received_at=h(opened))
    state = Triage.State.RESOLVED if resolved is not None else Triage.State.OPEN
    if claimed and resolved is None:
        state = Triage.State.IN_REVIEW
    Triage.objects.filter(case_id=report.case_id).update(
        tier=kind.tier,
        queue=Queue.objects.get(slug=kind.queue),
        state=state,
        opened_at=h(opened),
        sla_due_at=h(due),
        resolved_at=h(resolved) if resolved is not None else None,
        outcome=decision[0] if decision else "",
    )
    if claimed:
        event("claimed", report.case_id, h(claimed[0]), claimed[1])
    if decision and resolved is not None:
        action, reason, by = decision
        d = Decision.objects.create(case_id=report.case_id, action=action, reason_code=reason, by=by, case_version=1)
        Decision.objects.filter(pk=d.pk).update(created_at=h(resolved))
        event("decided", report.case_id, h(resolved), by)
    return report.case_id


def seed(client: ApiClient, mo: User, sam: User, now: datetime) -> Seeded:
    threat = Kind(THREAT, "violent_threat", int(Tier.CRITICAL), "threats")
    insult = Kind(INSULT, "harassment", int(Tier.NORMAL), "general")
    cases = {
        "A": _case(client, now, threat, opened=-10, claimed=(-9.5, mo), resolved=-9, due=-8,
                   decision=("remove_content", "violent-threat", mo)),
        "B": _case(client, now, threat, opened=-6, resolved=-4, due=-5,
                   decision=("no_violation", "satire-or-idiom", sam)),
        "C": _case(client, now, threat, opened=-3, claimed=(-2.5, mo), due=-2),
        "D": _case(client, now, insult, opened=-20, claimed=(-19, sam), resolved=-18, due=-12,
                   decision=("remove_content", "violent-threat", sam)),
        "E": _case(client, now, insult, opened=-30, resolved=-23, due=-26, decision=("remove_content", "spam", mo)),
        "F": _case(client, now, insult, opened=-2, due=22),
        "G": _case(client, now, insult, opened=-50, resolved=-40, due=-45, decision=("remove_content", "spam", mo)),
    }  # fmt: skip
    return Seeded(now, cases)
