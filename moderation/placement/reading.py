"""The second reading: cases placed with a text the second reader could escalate, or with an
escalation held back until it is read (Score.unread), are read by it in a task of their own, and
re-placed: as a threat if it reads one, below the line, now read, if it takes a held escalation back.

Scoring marks such texts instead of reading them (about 20 ms each, fifty times the rest of scoring),
so a batch is placed at scoring's speed and the few borderline English posts are read right after:
a threat the reader finds reaches the threats queue well within a second or two, with the reader's
probability in its signals. A case is read at most once per scoring: its unread scores are locked,
read and marked read in one transaction, and a case decided or escalated meanwhile is only marked.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from moderation.models import Score, Triage
from moderation.placement import pipeline
from moderation.scoring import score_texts
from moderation.scoring.scorer import is_doubted
from moderation.vocabulary import Tier
from reports.models import ContentVersion

log = logging.getLogger(__name__)


@transaction.atomic
def read_unread(case_ids: Sequence[int], *, now: datetime | None = None) -> list[int]:
    """Read the unread texts of these cases; re-place the open ones the reader escalates or takes
    back. Returns those it escalates."""
    now = now or timezone.now()
    pending = list(
        Score.objects.select_for_update(skip_locked=True)
        .filter(case_id__in=sorted(set(case_ids)), unread=True)
        .order_by("id")
        .values_list("id", "case_id")
    )
    if not pending:
        return []  # read already, or another worker is reading them
    Score.objects.filter(id__in=[i for i, _ in pending]).update(unread=False)
    # Only a case still waiting, below critical, can be raised; one decided or escalated meanwhile is only marked.
    open_cases = list(
        Triage.objects.filter(case_id__in={c for _, c in pending}, state=Triage.State.OPEN)
        .exclude(tier=Tier.CRITICAL)
        .values_list("case_id", "case__language")
    )
    languages = dict(open_cases)
    versions = list(ContentVersion.objects.filter(case_id__in=languages).values_list("case_id", "text"))
    readings = sorted({(text, languages[case_id]) for case_id, text in versions})
    results = score_texts([t for t, _ in readings], [language for _, language in readings], read=True)
    scored = dict(zip(readings, results, strict=True))
    found = {case_id for case_id, text in versions if scored[(text, languages[case_id])].escalate}
    # A held escalation the reader took back is placed again too, so its Score row says it was read.
    taken_back = {case_id for case_id, text in versions if is_doubted(scored[(text, languages[case_id])])} - found
    # Read again under lock: a moderator may have decided a case while it was read (a decided case
    # placed again as critical would be reopened, as a new threat on it would).
    settled = list(
        Triage.objects.select_for_update()
        .filter(case_id__in=found | taken_back, state=Triage.State.OPEN)
        .exclude(tier=Tier.CRITICAL)
        .order_by("case_id")
        .values_list("case_id", flat=True)
    )
    if settled:
        pipeline.place_cases(settled, {}, scored, {}, now)  # no reports consumed
    raised = [case_id for case_id in settled if case_id in found]
    if raised:
        log.info("the second reader escalated cases %s", raised)
    return raised


def sweep_unread(*, older_than_seconds: int, limit: int = 2_000) -> list[int]:
    """Cases whose unread scores were never read (a lost task, a broker down at the time)."""
    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    return sorted(
        set(Score.objects.filter(unread=True, created_at__lt=cutoff).values_list("case_id", flat=True)[:limit])
    )
