"""Retention: once the period an admin sets has passed, a resolved case keeps its numbers and loses its words.

It lives in `team/` beside the setting that drives it (`TeamSettings.retention_days`, edited on the settings
pages), not in an area of its own: it has no pages, and its one question is the admin's ("how long do we keep
what people reported?").

Redacted: the reported text and link of the case and of each content version, the reports' comments and raw
payloads, and the handles and contact details of reporters, targets and the author. Kept: every row, the
platform's ids (reporter credibility and author history count by them), categories, scores, tiers, decisions,
reason codes and timestamps, so metrics, backtests and the transparency report count what they did before.
"""

from datetime import datetime, timedelta

from django.db import models, transaction
from django.db.models import CharField, Exists, F, OuterRef, Q, QuerySet, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from moderation.models import Appeal, Decision, TeamSettings, Triage
from moderation.review.services import audit
from moderation.vocabulary import Action
from reports.models import Case, ContentVersion, Report

BATCH_SIZE = 500


def marker(days: int) -> str:
    return f"[redacted after {days} days]"


def redactable(*, days: int, now: datetime) -> QuerySet[Triage]:
    """Triages of cases resolved more than `days` ago, not redacted since, and neither referred nor appealed."""
    case = OuterRef("case_id")
    referred = Decision.objects.filter(case_id=case, action=Action.REFER_LAW_ENFORCEMENT)
    # An appeal's outcome may be reviewed again (by the platform, a regulator, a court): keep its evidence.
    appealed = Report.objects.filter(case_id=case).exclude(appeal_state="")
    open_appeal = Appeal.objects.filter(case_id=case, state=Appeal.State.OPEN)
    return (
        Triage.objects.filter(state=Triage.State.RESOLVED, resolved_at__lt=now - timedelta(days=days))
        # A case reopened and resolved again after its redaction may carry new reports to redact.
        .filter(Q(redacted_at__isnull=True) | Q(redacted_at__lt=F("resolved_at")))
        .exclude(Exists(referred))
        .exclude(Exists(appealed))
        .exclude(Exists(open_appeal))
    )


def redact_expired(*, batch_size: int = BATCH_SIZE) -> int:
    """Redact every case past the retention period, a batch per transaction; returns how many cases."""
    days = TeamSettings.load().retention_days
    if not days:
        return 0
    total = 0
    while redacted := _redact_batch(days=days, batch_size=batch_size):
        total += redacted
    return total


@transaction.atomic
def _redact_batch(*, days: int, batch_size: int) -> int:
    """Redact up to `batch_size` cases with set-based UPDATEs and one audit event; returns how many.

    1. Lock the oldest redactable triages, skipping rows another worker (or a moderator) holds.
    2. Overwrite text with the marker and clear personal fields on cases, versions and reports.
    3. Mark the triages redacted, so the next batch and the next run pass them by.
    """
    now = timezone.now()
    case_ids = list(
        redactable(days=days, now=now)
        .order_by("resolved_at", "case_id")
        .select_for_update(skip_locked=True)
        .values_list("case_id", flat=True)[:batch_size]
    )
    if not case_ids:
        return 0
    text = marker(days)
    Case.objects.filter(pk__in=case_ids).update(text=text, url="", author_handle="", target_handle="")
    versions = ContentVersion.objects.filter(case_id__in=case_ids).update(
        text=text,
        url="",
        # The digest names the original text: a new report carrying it again makes a fresh version to score,
        # instead of landing on this redacted one. "redacted:<id>" is unique and never a 64-hex sha256.
        digest=Concat(Value("redacted:"), Cast("id", CharField())),
    )
    reports = Report.objects.filter(case_id__in=case_ids).update(
        comment=models.Case(models.When(comment="", then=Value("")), default=Value(text)),
        reporter_handle="",
        reporter_contact="",
        target_handle="",
        raw={},
    )
    Triage.objects.filter(case_id__in=case_ids).update(redacted_at=now)
    audit(
        "retention_redacted",
        days=days,
        case_ids=case_ids,
        counts={"cases": len(case_ids), "versions": versions, "reports": reports},
    )
    return len(case_ids)
