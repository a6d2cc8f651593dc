"""Paging people: alerts to notification channels (e-mail, Slack-style webhooks) through the outbox.

A placement whose rules name channels (`notify: [on-call]`) pages each enabled channel once, and not
again about the same case within the channel's `dedupe_minutes`; an SLA breach pages once per missed
deadline (moderation/placement/sla.py). Every alert is an outbox `Delivery` of kind "notification": stored in
the transaction that decided to page, sent by a worker right after commit, retried with back-off,
and listed on /deliveries/ when it fails. See docs/notifications.md.
"""

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone

from moderation.bootstrap.defaults import ONCALL_CHANNEL
from moderation.delivery import outbox
from moderation.models import AuditEvent, Delivery, EscalationRule, NotificationChannel, Triage
from moderation.vocabulary import Tier

log = logging.getLogger(__name__)

KIND = "notification"
ESCALATED = "case_escalated"
SLA_BREACHED = "sla_breached"
TEST = "test"
LIVE_STATES = (Triage.State.OPEN, Triage.State.IN_REVIEW, Triage.State.ESCALATED)
# A page written up to this long before a placement (clocks of two hosts disagree a little) still counts
# as the page for it.
CLOCK_SLACK = timedelta(seconds=60)
# How far back `page_missed` looks for placements whose page was lost.
MISSED_LOOKBACK = timedelta(minutes=10)
RULES_NAMED = 3


@dataclass(frozen=True)
class Alert:
    """What to say, without the reported text: moderators see that, the channel does not."""

    event: str
    headline: str
    case_id: int | None = None
    queue: str = ""
    tier: str = ""
    language: str | None = None  # who can read it, before anyone opens the case
    url: str = ""
    rules: tuple[str, ...] = ()


@transaction.atomic
def case_escalated(case_ids: Sequence[int]) -> int:
    """Page the channels each case's latest placement names, unless already paged; returns alerts queued.

    Each channel at most once per placement and per quiet window. A fixed number of queries for the
    whole batch, the pages stored in one insert and sent a batch a task: scoring pages hundreds of cases at once.
    1. Lock the live cases' triage rows in case-id order (the order scoring locks them in), so two
       workers paging about one case take turns.
    2. Read the channels from each case's latest "placed" audit event: what its rules said when scored.
    3. Skip a channel already paged about the case since that placement, or within its window.
    """
    now = timezone.now()
    triages = list(
        Triage.objects.select_for_update(of=("self",))
        .select_related("case", "queue")
        .filter(case_id__in=sorted(set(case_ids)), state__in=LIVE_STATES)  # decided meanwhile: nobody needs waking
        .order_by("case_id")
    )
    if not triages:
        return 0
    live = [t.case_id for t in triages]
    placements = {
        e.case_id: e
        for e in AuditEvent.objects.filter(case_id__in=live, action="placed")
        .order_by("case_id", "-at", "-pk")
        .distinct("case_id")
    }
    paging_rules = _paging_rules(placements.values())
    channels = {c.slug: c for c in _channels(s for e in placements.values() for s in e.data.get("notify", []))}
    if not channels:
        return 0
    earliest = min(
        min(e.at for e in placements.values()) - CLOCK_SLACK,
        now - timedelta(minutes=max(c.dedupe_minutes for c in channels.values())),
    )
    paged: dict[tuple[int, str], datetime] = {}
    for case_id, slug, at in Delivery.objects.filter(
        kind=KIND, case_id__in=live, payload__heed_channel__in=list(channels), payload__event=ESCALATED,
        created_at__gte=earliest,
    ).values_list("case_id", "payload__heed_channel", "created_at"):  # fmt: skip
        paged[(case_id, slug)] = max(at, paged.get((case_id, slug), at))
    pages = []
    for triage in triages:
        placed = placements.get(triage.case_id)
        if placed is None:
            continue
        alert = _case_alert(triage, ESCALATED, _rule_names(placed.data, paging_rules))
        for slug in dict.fromkeys(placed.data.get("notify", [])):
            if (channel := channels.get(slug)) is None:
                continue
            since = min(placed.at - CLOCK_SLACK, now - timedelta(minutes=channel.dedupe_minutes))
            last = paged.get((triage.case_id, slug))
            if last is None or last < since:
                pages.append(_delivery(channel, alert))
    return len(outbox.queue_deliveries(pages))


def page_missed(*, now: datetime | None = None) -> int:
    """Page recent placements that name channels but paged nobody (a worker died right after scoring).

    Idempotent: a placement counts as paged once any alert about its case was written after it.
    """
    now = now or timezone.now()
    alerted = Delivery.objects.filter(
        kind=KIND, case_id=OuterRef("case_id"), created_at__gte=OuterRef("at") - CLOCK_SLACK
    )
    case_ids = (
        AuditEvent.objects.filter(action="placed", at__gte=now - MISSED_LOOKBACK, data__notify__0__isnull=False)
        .filter(~Exists(alerted))
        .values_list("case_id", flat=True)
        .distinct()
    )
    return case_escalated([case_id for case_id in case_ids if case_id is not None])


def sla_breached(triage: Triage) -> list[str]:
    """Page about a missed deadline: the channels the case's rules name, and on-call if it is high or critical.

    The caller holds the triage row lock and guarantees once per deadline. Returns the channels paged.
    """
    placed = AuditEvent.objects.filter(case_id=triage.case_id, action="placed").order_by("-at", "-pk").first()
    slugs = list(placed.data.get("notify", [])) if placed else []
    if triage.tier >= Tier.HIGH and ONCALL_CHANNEL not in slugs:
        slugs.append(ONCALL_CHANNEL)
    alert = _case_alert(triage, SLA_BREACHED, _rule_names(placed.data, _paging_rules([placed])) if placed else ())
    channels = _channels(slugs)
    for channel in channels:
        _queue(channel, alert)
    return [c.slug for c in channels]


def send_test(channel: NotificationChannel) -> Delivery:
    """An admin's "Send test": one alert through the channel, enabled or not."""
    return _queue(channel, Alert(event=TEST, headline=f"Test alert from Heed: the {channel.name} channel works."))


def recipients(channel: NotificationChannel) -> list[str]:
    return [a.strip() for a in channel.target.split(",") if a.strip()]


def _case_alert(triage: Triage, event: str, rules: Iterable[str]) -> Alert:
    case = triage.case
    tier = Tier(triage.tier).label
    named = list(rules)[:RULES_NAMED]
    what = ", ".join(named) or "Escalated"
    target = case.target_handle or case.target_id
    against = f" against @{target.lstrip('@')}" if target else ""
    if event == SLA_BREACHED:
        headline = f"SLA breached: {tier} case #{case.pk} in {triage.queue.name} is still waiting ({what}{against})"
    else:
        headline = f"{tier.capitalize()}: {what}{against} — case #{case.pk} in {triage.queue.name}"
    return Alert(
        event=event,
        headline=headline,
        case_id=case.pk,
        queue=triage.queue.slug,
        tier=tier,
        language=case.language or None,
        url=settings.SITE_URL.rstrip("/") + reverse("case", args=[case.pk]),
        rules=tuple(named),
    )


def _matched_rules(placed: dict[str, Any]) -> list[str]:
    return [str(m["rule"]) for m in placed.get("rules", []) if isinstance(m, dict) and m.get("rule")]


def _paging_rules(placements: Iterable[AuditEvent]) -> set[str]:
    """Which of the rules these placements matched page someone, in one query."""
    names = {name for e in placements for name in _matched_rules(e.data)}
    return set(EscalationRule.objects.filter(name__in=names, then__has_key="notify").values_list("name", flat=True))


def _rule_names(placed: dict[str, Any], paging: set[str]) -> list[str]:
    """The matched rules that page (all matched rules if none does), by name only: their "why" quotes the text."""
    names = _matched_rules(placed)
    return [n for n in names if n in paging] or names


def _channels(slugs: Iterable[str]) -> list[NotificationChannel]:
    wanted = list(dict.fromkeys(slugs))
    found = {c.slug: c for c in NotificationChannel.objects.filter(slug__in=wanted)}
    for slug in wanted:
        if slug not in found:
            log.warning("a rule names notification channel %r, which does not exist", slug)
    return [found[s] for s in wanted if s in found and found[s].enabled]


def _queue(channel: NotificationChannel, alert: Alert) -> Delivery:
    (delivery,) = outbox.queue_deliveries([_delivery(channel, alert)])
    return delivery


def _delivery(channel: NotificationChannel, alert: Alert) -> Delivery:
    """The alert as an unsaved delivery through the channel."""
    fields = {
        "event": alert.event,
        # Not "channel": a Slack legacy incoming webhook would read that as where to post.
        "heed_channel": channel.slug,
        "case_id": alert.case_id,
        "queue": alert.queue,
        "tier": alert.tier,
        "language": alert.language,
        "url": alert.url,
        "rules": list(alert.rules),
    }
    if channel.kind == NotificationChannel.Kind.EMAIL:
        subject = " ".join(f"[Heed] {alert.headline}".split())[:200]  # one line: no header injection
        body = f"{alert.headline}\n\n{alert.url}\n" if alert.url else f"{alert.headline}\n"
        return Delivery(
            kind=KIND,
            url="mailto:" + ",".join(recipients(channel)),
            payload={**fields, "subject": subject, "body": body},
            case_id=alert.case_id,
        )
    text = f"{_slack_escape(alert.headline)} {alert.url}".strip()
    return Delivery(kind=KIND, url=channel.target, payload={"text": text, **fields}, case_id=alert.case_id)


def _slack_escape(text: str) -> str:
    # Slack reads <…> as links and mentions (<!channel>); a target's handle must not page a whole workspace.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
