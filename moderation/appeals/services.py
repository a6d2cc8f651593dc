"""Appeals: a platform forwards an author's challenge of a decision; someone else upholds or overturns it.

An appeal reopens the case in the `appeals` queue (same tier, fresh deadline) so it is claimed and
worked like any case. It ends *upheld* (the decision stands) or *overturned*: the reports' outcome
becomes "reversed" and the platform is sent a `decision_reversed` webhook through the outbox.
"""

import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils import timezone

from moderation.bootstrap.defaults import APPEALS_QUEUE
from moderation.delivery import outbox
from moderation.models import Appeal, Decision, Delivery, Queue, ReasonCode, Triage
from moderation.review import notices
from moderation.review.services import Refused, audit, require_may_work
from moderation.vocabulary import ACTIONED
from reports.models import ApiClient, Case, Report

# The reports' public outcome after an overturn: distinct from "no_violation" so the platform and the
# reporter can tell a reversal on appeal from a first decision that found nothing wrong.
REVERSED = "reversed"


class NotFound(Exception):
    """No such case or report for this client."""


class NotAppealable(Exception):
    """The case exists but there is no decision on it that can be appealed now; the message says why."""


def _case_for(client: ApiClient, *, report_id: int | None, case_id: int | None) -> Case:
    if report_id is not None:
        report = Report.objects.filter(pk=report_id, client=client).select_related("case").first()
        if report is None:
            raise NotFound
        return report.case
    case = Case.objects.filter(pk=case_id, client=client).first() if case_id is not None else None
    if case is None:
        raise NotFound
    return case


@transaction.atomic
def appeal_file(
    *, client: ApiClient, external_id: str, statement: str, report_id: int | None = None, case_id: int | None = None
) -> tuple[Appeal, bool]:
    """Store an appeal and put its case in the appeals queue; returns (appeal, created).

    1. Idempotent on (client, external_id): a repeat returns the stored appeal, whatever its body.
    2. Only a case resolved with an action (removal, suspension, referral) can be appealed, once per
       decision; an appeal already open refuses another.
    3. Reopen the triage in the appeals queue with the original tier and the queue's deadline.
    """
    existing = Appeal.objects.filter(client=client, external_id=external_id).first()
    if existing:
        return existing, False
    case = _case_for(client, report_id=report_id, case_id=case_id)
    triage = Triage.objects.select_for_update().select_related("queue").filter(case_id=case.pk).first()
    if triage is None or triage.state != Triage.State.RESOLVED:
        raise NotAppealable("this case has no final decision to appeal yet")
    decision = Decision.objects.filter(case_id=case.pk).exclude(action=Decision.Action.ESCALATE).last()
    if decision is None or decision.action not in ACTIONED:
        raise NotAppealable("no action was taken on this case, so there is nothing to appeal")
    if Appeal.objects.filter(decision=decision).exists():
        raise NotAppealable("this decision has already been appealed")
    try:
        with transaction.atomic():
            appeal = Appeal.objects.create(
                case=case,
                decision=decision,
                client=client,
                external_id=external_id,
                statement=statement,
                status_token=secrets.token_urlsafe(32),
            )
    except IntegrityError:
        # the same appeal arrived twice at once; the other request stored it
        return Appeal.objects.get(client=client, external_id=external_id), False

    queue = Queue.objects.get(slug=APPEALS_QUEUE)
    now = timezone.now()
    triage.queue = queue
    triage.state = Triage.State.OPEN
    triage.assignee = None
    triage.claimed_until = None
    triage.resolved_at = None
    # A fresh stint in review, like a reopened threat in triage.score_reports: the metrics measure
    # first look and decision from here.
    triage.opened_at = now
    triage.sla_due_at = now + timedelta(minutes=queue.sla_minutes)
    triage.version += 1
    triage.save()
    case.queue = queue.slug
    case.save(update_fields=["queue"])
    _tell_reporters(case.pk, Appeal.State.OPEN)
    audit(
        "appeal_opened",
        case_id=case.pk,
        appeal_id=appeal.pk,
        decision_id=decision.pk,
        decision=decision.action,
        external_id=external_id,
    )
    return appeal, True


def may_decide(appeal: Appeal, user: User) -> bool:
    return appeal.state == Appeal.State.OPEN and appeal.decision.by_id != user.pk


@transaction.atomic
def appeal_decide(*, appeal_id: int, by: User, outcome: str, note: str) -> Appeal:
    """Uphold or overturn an appeal. Refused to the original decider, to a stale or claimed case."""
    appeal = Appeal.objects.select_for_update(of=("self",)).select_related("decision", "case").get(pk=appeal_id)
    if outcome not in (Appeal.State.UPHELD, Appeal.State.OVERTURNED):
        raise Refused("Choose to uphold or to overturn the decision.")
    if appeal.state != Appeal.State.OPEN:
        raise Refused(f"This appeal is already {appeal.state}.")
    if appeal.decision.by_id == by.pk:
        raise Refused("You made the decision under appeal; another moderator must review it.")
    if not note.strip():
        raise Refused("Say why, for the author: the reasons are sent with the result.")
    triage = (
        Triage.objects.select_for_update(of=("self",)).select_related("queue", "assignee").get(case_id=appeal.case_id)
    )
    require_may_work(by, triage.queue)
    if triage.state not in (Triage.State.OPEN, Triage.State.IN_REVIEW):
        raise Refused("This case is not open for review.")
    if triage.assignee_id not in (None, by.pk):
        raise Refused(f"This case is claimed by {triage.assignee}; only they can decide it now.")

    now = timezone.now()
    appeal.state = outcome
    appeal.decided_by = by
    appeal.decided_at = now
    appeal.note = note.strip()
    appeal.save(update_fields=["state", "decided_by", "decided_at", "note"])
    triage.state = Triage.State.RESOLVED
    triage.resolved_at = now
    triage.assignee = None
    triage.claimed_until = None
    triage.version += 1
    _tell_reporters(appeal.case_id, outcome)
    if outcome == Appeal.State.OVERTURNED:
        triage.outcome = REVERSED
        Report.objects.filter(case_id=appeal.case_id, scored_at__isnull=False).update(
            status=Report.Status.RESOLVED, status_changed_at=now, outcome=REVERSED, outcome_at=now
        )
        queue_reversal_webhook(appeal)
    triage.save()
    audit(
        f"appeal_{outcome}",
        actor=by,
        case_id=appeal.case_id,
        appeal_id=appeal.pk,
        decision_id=appeal.decision_id,
        decision=appeal.decision.action,
        note=appeal.note,
    )
    return appeal


def _tell_reporters(case_id: int, state: str) -> None:
    """The reporters' status pages show where an appeal against the decision stands."""
    Report.objects.filter(case_id=case_id, scored_at__isnull=False).update(appeal_state=state)


def case_for_notice(token: str) -> Case:
    """The case an author's notice link names (`moderation.notices`)."""
    case_id = notices.case_id_of(token)
    case = Case.objects.select_related("client").filter(pk=case_id).first() if case_id is not None else None
    if case is None:
        raise NotFound
    return case


@dataclass(frozen=True)
class Notice:
    """What the author's notice shows: the last final decision, its rule, and any appeal against it."""

    decision: Decision | None
    rule: str
    appeal: Appeal | None

    @property
    def appealable(self) -> bool:
        return self.decision is not None and self.decision.action in ACTIONED and self.appeal is None


def notice_for(case: Case) -> Notice:
    decision = Decision.objects.filter(case_id=case.pk).exclude(action=Decision.Action.ESCALATE).last()
    if decision is None:
        return Notice(None, "", None)
    reason = ReasonCode.objects.filter(action=decision.action, code=decision.reason_code).first()
    appeal = Appeal.objects.filter(decision=decision).first()
    return Notice(decision, reason.label if reason else decision.reason_code, appeal)


def appeal_from_notice(case: Case, statement: str) -> Appeal:
    """The author appeals from their notice: filed as their platform would, once per decision."""
    decision = notice_for(case).decision
    if decision is None:
        raise NotAppealable("there is no decision on this content to appeal")
    appeal, _ = appeal_file(
        client=case.client, external_id=f"notice-{decision.pk}", statement=statement, case_id=case.pk
    )
    return appeal


def queue_reversal_webhook(appeal: Appeal) -> Delivery | None:
    """Tell the platform to undo what the overturned decision made it do (restore, lift a suspension)."""
    case = appeal.case
    client = case.client
    if not client.callback_url:
        return None
    payload = {
        "event": "decision_reversed",
        "case_id": case.pk,
        "content_id": case.content_id,
        "appeal_id": appeal.pk,
        "appeal_external_id": appeal.external_id,
        "reversed_action": appeal.decision.action,
        "reason_code": appeal.decision.reason_code,
        "reversed_at": appeal.decided_at.isoformat() if appeal.decided_at else None,
        "note": appeal.note,
        "reports": [
            {"id": r.pk, "external_id": r.external_id, "status": r.status, "outcome": r.outcome}
            for r in case.reports.order_by("pk")
        ],
    }
    return outbox.queue_delivery(
        kind="decision_reversed", url=client.callback_url, payload=payload, client=client, case_id=case.pk
    )


def open_appeals() -> list[Appeal]:
    return list(
        Appeal.objects.filter(state=Appeal.State.OPEN)
        .select_related("case", "case__triage", "case__triage__assignee", "decision", "decision__by")
        .order_by("created_at")
    )
