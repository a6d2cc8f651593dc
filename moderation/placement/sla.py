"""SLA breaches: an open case nobody took before its deadline is bumped, audited and paged, once per deadline."""

from datetime import datetime

from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q
from django.utils import timezone

from moderation.delivery import notify
from moderation.models import AuditEvent, Triage
from moderation.vocabulary import Tier

# Within its tier, a breached case rises above cases still on time.
BREACH_POINTS = 25.0
BATCH = 500
REASON = "SLA breached"


def breached(at: datetime, *, prefix: str = "") -> Q:
    """A missed deadline, as of `at`: still undecided past it, or decided after it.

    The one definition the queue pages, the SLA check and /metrics/ all count with. `prefix` reaches
    the triage through a relation (`"triages__"` from a queue).
    """
    return Q(**{f"{prefix}resolved_at__isnull": True, f"{prefix}sla_due_at__lt": at}) | Q(
        **{f"{prefix}resolved_at__gt": F(f"{prefix}sla_due_at")}
    )


def check_sla(*, now: datetime | None = None) -> int:
    """Flag every open case past its deadline that is not flagged for that deadline yet; returns how many.

    A case is flagged once per deadline: by an "sla_breached" audit event written after it. A case given
    a new deadline (escalated to seniors, say) can breach again.
    """
    now = now or timezone.now()
    flagged = AuditEvent.objects.filter(
        case_id=OuterRef("case_id"), action=notify.SLA_BREACHED, at__gte=OuterRef("sla_due_at")
    )
    due = list(
        Triage.objects.filter(breached(now), state=Triage.State.OPEN)
        .filter(~Exists(flagged))
        .order_by("sla_due_at")
        .values_list("case_id", flat=True)[:BATCH]
    )
    return sum(_breach(case_id, now) for case_id in due)


@transaction.atomic
def _breach(case_id: int, now: datetime) -> bool:
    triage = (
        Triage.objects.select_for_update(of=("self",))
        .select_related("case", "queue")
        .filter(breached(now), case_id=case_id, state=Triage.State.OPEN)
        .first()
    )
    if triage is None:
        return False  # claimed, decided or given a new deadline meanwhile
    if AuditEvent.objects.filter(case_id=case_id, action=notify.SLA_BREACHED, at__gte=triage.sla_due_at).exists():
        return False  # another worker got there first
    # priority_base too: the beat's re-ranking recomputes priority from it as the case keeps waiting.
    Triage.objects.filter(case_id=case_id).update(
        priority=F("priority") + BREACH_POINTS,
        priority_base=F("priority_base") + BREACH_POINTS,
        reasons=[*triage.reasons, {"label": REASON, "points": BREACH_POINTS}],
    )
    paged = notify.sla_breached(triage)
    AuditEvent.objects.create(
        action=notify.SLA_BREACHED,
        case_id=case_id,
        data={
            "due": triage.sla_due_at.isoformat(),
            "queue": triage.queue.slug,
            "tier": Tier(triage.tier).label,
            "points": BREACH_POINTS,
            "notified": paged,
        },
    )
    return True
