"""What moderators do to cases: claim, release, reassign, reveal, note, decide. Each a transaction."""

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, User
from django.contrib.postgres.expressions import ArraySubquery
from django.db import connection, transaction
from django.db.models import F, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from moderation.bootstrap.defaults import APPEALS_QUEUE, SENIOR_QUEUE
from moderation.delivery import outbox
from moderation.models import AuditEvent, Decision, ModeratorPreference, Note, Queue, ReasonCode, TeamSettings, Triage
from moderation.roles import has_role, roles_of
from moderation.vocabulary import ALL_ROLES, SENIOR_ROLES, Tier, may_take
from reports.languages import UNDETERMINED
from reports.models import Report


class Refused(Exception):
    """The action is not allowed as asked; the message says why, for the moderator.

    `field` names the form field the moderator can fix, so the page can keep the form and point at it.
    """

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.field = field


# What the moderator is told when a decision lacks something; the case page shows the same words
# before posting, so the browser and the server never disagree.
MISSING = {
    "action": "Choose an action.",
    "reason_code": "Choose a reason for this decision.",
    "suspend_days": "A suspension needs a duration in days (1 to 3650).",
    "note": "Say why you escalate, for the senior who picks it up.",
}
# The field each action needs besides a reason.
NEEDS: dict[str, str] = {Decision.Action.SUSPEND_AUTHOR: "suspend_days", Decision.Action.ESCALATE: "note"}


def roles_for(queue: Queue) -> set[str]:
    """The roles that may work `queue`; none named means every moderator. Read with the queue where it
    was loaded `with_roles`, else from its relation."""
    names = getattr(queue, "role_names", None)
    return set(names) if names is not None else {g.name for g in queue.allowed_roles.all()}


def role_names(queue_id: str = "pk") -> ArraySubquery:
    """The names of the roles that may work the queue `queue_id` refers to, as a subquery of its query."""
    return ArraySubquery(Group.objects.filter(queues=OuterRef(queue_id)).values("name"))


def with_roles(queues: QuerySet[Queue]) -> QuerySet[Queue]:
    # The pages moderators open all day check the queue's roles: one statement, not a prefetch's two.
    return queues.annotate(role_names=role_names())


def may_work(user: Any, queue: Queue) -> bool:
    allowed = roles_for(queue)
    return not allowed or bool(roles_of(user) & allowed)


def require_may_work(user: Any, queue: Queue) -> None:
    """Refuse, naming the roles that may, someone whose role may not work `queue`'s cases."""
    if not may_work(user, queue):
        allowed = roles_for(queue)
        roles = " or ".join([r for r in ALL_ROLES if r in allowed] + sorted(allowed - set(ALL_ROLES)))
        raise Refused(f"The {queue.name} queue is worked by {roles}: your role may not claim or decide its cases.")


def audit(action: str, *, actor: Any = None, case_id: int | None = None, **data: Any) -> AuditEvent:
    return AuditEvent.objects.create(action=action, actor=actor, case_id=case_id, data=data)


def _claim_until() -> Any:
    return timezone.now() + timedelta(minutes=TeamSettings.load().claim_minutes)


def _mark_reports_in_review(case_id: int) -> None:
    now = timezone.now()
    Report.objects.filter(case_id=case_id, status=Report.Status.QUEUED).update(
        status=Report.Status.IN_REVIEW, status_changed_at=now, in_review_at=Coalesce(F("in_review_at"), now)
    )


def case_claim_next(*, queue: Queue, moderator: User) -> int | None:
    """Claim the top unclaimed case of `queue` and return its id, or the id of the moderator's own live
    claim in it; None when nothing is left.

    Two statements (claim-next is the moderator's most frequent request): what they hold, read and may
    hold it for; then the claim (`_CLAIM_TOP_SQL`).
    """
    require_may_work(moderator, queue)
    mine, reads, claim_minutes = _claim_context(queue, moderator)
    if mine is not None:
        return mine
    now = timezone.now()
    with connection.cursor() as cursor:
        cursor.execute(
            _CLAIM_TOP_SQL.format(
                # The case's language only where it counts: without it the pick is the first row of an index.
                join="JOIN reports_case c ON c.id = t.case_id" if reads or queue.languages_required else "",
                may_read="AND c.language = ANY(%(may_read)s)" if queue.languages_required else "",
                theirs_first="c.language = ANY(%(reads)s) DESC," if reads else "",
            ),
            {
                "queue": queue.pk,
                "open": Triage.State.OPEN,
                "may_read": [*reads, UNDETERMINED, ""],
                "reads": reads,
                "in_review": Triage.State.IN_REVIEW,
                "moderator": moderator.pk,
                "until": now + timedelta(minutes=claim_minutes),
                "now": now,
                "report_in_review": Report.Status.IN_REVIEW,
                "queued": Report.Status.QUEUED,
            },
        )
        row = cursor.fetchone()
    return row[0] if row else None


# The pick, the claim, its reports' public status and the audit event, in one statement:
# 1. the top open case: tiers first, then cases in the languages the moderator reads, then priority and
#    age; a queue that requires languages hands out only those (and undetermined ones: nobody can be said
#    not to read a text no language was found in). A critical case in another language still comes before
#    a high one in theirs. Rows locked by a colleague's concurrent claim are skipped, so two moderators
#    never get one case;
# 2. what case_claim does to it: the triage claimed, its queued reports in review, the audit event.
_CLAIM_TOP_SQL = """
WITH top AS (
    SELECT t.case_id FROM moderation_triage t {join}
     WHERE t.queue_id = %(queue)s AND t.state = %(open)s {may_read}
     ORDER BY t.tier DESC, {theirs_first} t.priority DESC, t.opened_at, t.case_id
     LIMIT 1
       FOR UPDATE OF t SKIP LOCKED
),
claimed AS (
    UPDATE moderation_triage t
       SET state = %(in_review)s, assignee_id = %(moderator)s, claimed_until = %(until)s, updated_at = %(now)s
      FROM top WHERE t.case_id = top.case_id
    RETURNING t.case_id
),
reports AS (
    UPDATE reports_report r
       SET status = %(report_in_review)s, status_changed_at = %(now)s, in_review_at = COALESCE(r.in_review_at, %(now)s)
      FROM claimed WHERE r.case_id = claimed.case_id AND r.status = %(queued)s
),
audited AS (
    INSERT INTO moderation_auditevent (at, actor_id, action, case_id, data)
    SELECT %(now)s, %(moderator)s, 'claimed', case_id, '{{}}' FROM claimed
)
SELECT case_id FROM claimed
"""


def _claim_context(queue: Queue, moderator: User) -> tuple[int | None, list[str], int]:
    """In one query: the case of `queue` the moderator holds a live claim on, the languages they read
    (their preferences, as primary subtags) and how long a claim lasts (`TeamSettings.claim_minutes`, its default
    until the team saves its settings)."""
    held = Triage.objects.filter(
        queue=queue, state=Triage.State.IN_REVIEW, assignee=moderator, claimed_until__gt=timezone.now()
    )
    mine, reads, minutes = (
        User.objects.filter(pk=moderator.pk)
        .annotate(
            mine=Subquery(held.values("case_id")[:1]),
            reads=Subquery(ModeratorPreference.objects.filter(user=OuterRef("pk")).values("languages")[:1]),
            minutes=Subquery(TeamSettings.objects.filter(pk=1).values("claim_minutes")),
        )
        .values_list("mine", "reads", "minutes")
        .get()
    )
    return mine, list(reads or []), minutes or TeamSettings._meta.get_field("claim_minutes").get_default()


@transaction.atomic
def case_claim(*, case_id: int, moderator: User) -> Triage:
    triage = Triage.objects.select_for_update().select_related("queue").get(case_id=case_id)
    require_may_work(moderator, triage.queue)
    if triage.state == Triage.State.IN_REVIEW and triage.assignee_id not in (None, moderator.pk):
        raise Refused(f"This case is claimed by {triage.assignee}.")
    if triage.state not in (Triage.State.OPEN, Triage.State.IN_REVIEW):
        raise Refused("This case is not open.")
    triage.state = Triage.State.IN_REVIEW
    triage.assignee = moderator
    triage.claimed_until = _claim_until()
    triage.save(update_fields=["state", "assignee", "claimed_until", "updated_at"])
    _mark_reports_in_review(case_id)
    audit("claimed", actor=moderator, case_id=case_id)
    return triage


def case_keep_alive(*, case_id: int, moderator: User) -> bool:
    """Extend the moderator's claim while their case page is open; False if they no longer hold it."""
    return bool(
        Triage.objects.filter(case_id=case_id, state=Triage.State.IN_REVIEW, assignee=moderator).update(
            claimed_until=_claim_until()
        )
    )


@transaction.atomic
def case_release(*, case_id: int, moderator: User) -> None:
    released = Triage.objects.filter(case_id=case_id, state=Triage.State.IN_REVIEW, assignee=moderator).update(
        state=Triage.State.OPEN, assignee=None, claimed_until=None
    )
    if not released:
        raise Refused("You do not hold a claim on this case.")
    audit("released", actor=moderator, case_id=case_id)


@transaction.atomic
def case_reassign(*, case_id: int, to: User, by: User) -> None:
    if not has_role(by, *SENIOR_ROLES):
        raise Refused("Only a senior moderator can reassign a case.")
    triage = Triage.objects.select_for_update().get(case_id=case_id)
    if triage.state not in (Triage.State.OPEN, Triage.State.IN_REVIEW):
        raise Refused("Only an open case can be reassigned.")
    previous = triage.assignee_id
    triage.state = Triage.State.IN_REVIEW
    triage.assignee = to
    triage.claimed_until = _claim_until()
    triage.version += 1
    triage.save(update_fields=["state", "assignee", "claimed_until", "version", "updated_at"])
    _mark_reports_in_review(case_id)
    audit("reassigned", actor=by, case_id=case_id, to=to.get_username(), previous_assignee_id=previous)


def expire_claims() -> int:
    """Return to the queue every case whose claim ran out (nobody kept its page open)."""
    expired = list(
        Triage.objects.filter(state=Triage.State.IN_REVIEW, claimed_until__lt=timezone.now()).values_list(
            "case_id", "assignee_id"
        )
    )
    for case_id, assignee_id in expired:
        with transaction.atomic():
            n = Triage.objects.filter(
                case_id=case_id, state=Triage.State.IN_REVIEW, claimed_until__lt=timezone.now()
            ).update(state=Triage.State.OPEN, assignee=None, claimed_until=None)
            if n:
                audit("claim_expired", case_id=case_id, assignee_id=assignee_id)
    return len(expired)


def case_reveal(*, case_id: int, moderator: User) -> None:
    audit("revealed", actor=moderator, case_id=case_id)


def case_add_note(*, case_id: int, author: User, text: str) -> Note:
    text = text.strip()
    if not text:
        raise Refused("A note needs some text.")
    with transaction.atomic():
        note = Note.objects.create(case_id=case_id, author=author, text=text)
        audit("note_added", actor=author, case_id=case_id, note_id=note.pk)
    return note


def check_decision(*, action: str, reason_code: str, note: str, suspend_days: int | None) -> None:
    """Refuse a decision the moderator has not fully made: never fill in a reason or a note for them."""
    if action not in Decision.Action.values:
        raise Refused(MISSING["action"], field="action")
    if not reason_code:
        raise Refused(MISSING["reason_code"], field="reason_code")
    if not ReasonCode.objects.filter(action=action, code=reason_code, active=True).exists():
        label = Decision.Action(action).label
        raise Refused(f"“{reason_code}” is not a reason for {label}. Choose one of its reasons.", field="reason_code")
    if NEEDS.get(action) == "suspend_days" and not (suspend_days and 1 <= suspend_days <= 3650):
        raise Refused(MISSING["suspend_days"], field="suspend_days")
    if NEEDS.get(action) == "note" and not note.strip():
        raise Refused(MISSING["note"], field="note")


@transaction.atomic
def case_decide(
    *,
    case_id: int,
    by: User,
    action: str,
    reason_code: str,
    version: int,
    note: str = "",
    suspend_days: int | None = None,
    bulk: bool = False,
) -> Decision:
    """Record a decision on a case and tell the platform and the reporters.

    1. Lock the case's triage; refuse a stale page (version), someone else's claim, a closed case,
       an action the moderator's role may not take, or a reason code that does not fit the action.
    2. Escalation moves the case to the senior queue; any other decision resolves it.
    3. Write the public status and outcome onto every report of the case.
    4. Queue the signed outcome webhook and the audit event.
    """
    triage = Triage.objects.select_for_update().select_related("case", "queue").get(case_id=case_id)
    if triage.version != version:
        raise Refused("This case changed since you opened it. Reload to see the latest before deciding.")
    if triage.queue.slug == APPEALS_QUEUE:
        raise Refused("This case is under appeal: decide it on its appeal page.")
    if triage.state not in (Triage.State.OPEN, Triage.State.IN_REVIEW):
        raise Refused(f"This case is already {triage.get_state_display().lower()}.")
    if triage.assignee_id not in (None, by.pk):
        raise Refused(f"This case is claimed by {triage.assignee}; only they can decide it now.")
    require_may_work(by, triage.queue)
    if not may_take(action, roles_of(by)):
        raise Refused("Only a senior moderator can refer to law enforcement.")
    check_decision(action=action, reason_code=reason_code, note=note, suspend_days=suspend_days)

    now = timezone.now()
    decision = Decision.objects.create(
        case_id=case_id,
        action=action,
        reason_code=reason_code,
        note=note.strip(),
        by=by,
        case_version=version,
        suspend_days=suspend_days if action == Decision.Action.SUSPEND_AUTHOR else None,
    )
    if action == Decision.Action.ESCALATE:
        triage.queue = Queue.objects.get(slug=SENIOR_QUEUE)
        triage.state = Triage.State.OPEN
        triage.tier = max(triage.tier, Tier.HIGH)
        triage.sla_due_at = now + timedelta(minutes=triage.queue.sla_minutes)
        Report.objects.filter(case_id=case_id).exclude(status=Report.Status.RESOLVED).update(
            status=Report.Status.IN_REVIEW, status_changed_at=now, in_review_at=Coalesce(F("in_review_at"), now)
        )
    else:
        triage.state = Triage.State.RESOLVED
        triage.outcome = action
        triage.resolved_at = now
        Report.objects.filter(case_id=case_id, scored_at__isnull=False).update(
            status=Report.Status.RESOLVED,
            status_changed_at=now,
            in_review_at=Coalesce(F("in_review_at"), now),
            outcome=action,
            outcome_at=now,
        )
        outbox.queue_outcome_webhook(case=triage.case, decision=decision)
    triage.assignee = None
    triage.claimed_until = None
    triage.version += 1
    triage.save()
    triage.case.queue, triage.case.tier = triage.queue.slug, Tier(triage.tier).label
    triage.case.save(update_fields=["queue", "tier"])
    audit(
        "decided",
        actor=by,
        case_id=case_id,
        decision=action,
        reason_code=reason_code,
        suspend_days=decision.suspend_days,
        note=decision.note,
        bulk=bulk,
    )
    return decision


def cases_decide(
    *,
    case_ids: Sequence[int],
    by: User,
    action: str,
    reason_code: str,
    note: str = "",
    suspend_days: int | None = None,
) -> tuple[list[int], dict[int, str]]:
    """Bulk decision (a campaign): each case decided and recorded on its own; returns done and refused.

    An incomplete decision is refused once, for all cases, before any is touched.
    """
    check_decision(action=action, reason_code=reason_code, note=note, suspend_days=suspend_days)
    done, refused = [], {}
    for triage in Triage.objects.filter(case_id__in=case_ids).only("case_id", "version"):
        try:
            case_decide(
                case_id=triage.case_id, by=by, action=action, reason_code=reason_code,
                version=triage.version, note=note, bulk=True, suspend_days=suspend_days,
            )  # fmt: skip
            done.append(triage.case_id)
        except Refused as exc:
            refused[triage.case_id] = str(exc)
    return done, refused


def moderators() -> list[Any]:
    """Everyone who holds a role, for a senior choosing whom to reassign a case to."""
    return list(get_user_model().objects.filter(groups__name__in=ALL_ROLES).distinct().order_by("username"))
