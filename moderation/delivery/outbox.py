"""The outbox: signed webhooks (and alert e-mails), stored first and retried with back-off until they land."""

import hashlib
import hmac
import http.client
import json
import logging
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from celery import current_app
from django.conf import settings
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from config import network
from moderation.models import Decision, Delivery, NotificationChannel
from moderation.review import notices
from moderation.vocabulary import ACTIONED
from reports.models import ApiClient, Case

log = logging.getLogger(__name__)

TIMEOUT_SECONDS = 5
MAX_BACKOFF_SECONDS = 3600
# How long a claimed attempt keeps others off the row; longer than one attempt takes (its network timeout,
# and the deliver task's time limit per delivery).
CLAIM_SECONDS = 60
# How long the sweep trusts a message it sent to still be waiting in the broker.
ENQUEUED_SECONDS = 300
USER_AGENT = "Heed-Webhooks/1"
# Deliveries one task sends, one after another: scoring pages a whole batch of threats at once, and a task
# per page cost the worker more than sending it. Each attempt stays bounded by its own network timeout.
BATCH = 50
# The deliver task's time limits, per delivery in its batch (soft, then hard: the soft one plus HARD_MARGIN).
SECONDS_PER_DELIVERY = 20
HARD_MARGIN = 10


def queue_delivery(
    *, kind: str, url: str, payload: dict[str, Any], client: ApiClient | None = None, case_id: int | None = None
) -> Delivery:
    """Store a pending delivery; it is handed to a worker once the caller's transaction commits."""
    (delivery,) = queue_deliveries([Delivery(kind=kind, url=url, payload=payload, client=client, case_id=case_id)])
    return delivery


def queue_deliveries(deliveries: list[Delivery]) -> list[Delivery]:
    """Store unsaved deliveries as pending, in one statement; they are handed to workers, BATCH a task,
    once the caller's transaction commits."""
    now = timezone.now()
    for delivery in deliveries:
        delivery.next_attempt_at = now
    stored = Delivery.objects.bulk_create(deliveries)
    due = [(d.pk, now) for d in stored]
    transaction.on_commit(lambda: _enqueue(due), robust=True)
    return stored


def queue_outcome_webhook(*, case: Case, decision: Decision) -> Delivery | None:
    """Tell the case's platform what we decided, and the outcome of each of its reports."""
    client = case.client
    if not client.callback_url:
        return None
    versions = case.numbered_versions()
    number = {v.pk: v.number for v in versions}
    payload = {
        "event": "decision",
        "case_id": case.pk,
        "content_id": case.content_id,
        "action": decision.action,
        "reason_code": decision.reason_code,
        "suspend_days": decision.suspend_days,
        "decided_at": decision.created_at.isoformat(),
        # for the author: the decision, its reason and the way to appeal (only actions can be appealed)
        "author_notice_url": notices.notice_url(case.pk) if decision.action in ACTIONED else None,
        **case.language_fields(),
        # What was reported, oldest first: a post edited between reports has several versions.
        "versions": [
            {
                "number": v.number,
                "text": v.text,
                "url": v.url,
                "first_reported_at": v.first_reported_at.isoformat(),
                "last_reported_at": v.last_reported_at.isoformat(),
            }
            for v in versions
        ],
        "reports": [
            {
                "id": r.pk,
                "external_id": r.external_id,
                "status": r.status,
                "outcome": r.outcome,
                "version": number[r.version_id],
            }
            for r in case.reports.order_by("pk")
        ],
    }
    return queue_delivery(kind="decision", url=client.callback_url, payload=payload, client=client, case_id=case.pk)


def queue_restrict_webhooks(case_ids: Iterable[int]) -> list[Delivery]:
    """Ask each case's platform to restrict its content, unless it was asked before: a rule that matches
    again at a later placement (a new report, a rescoring) asks nothing more."""
    asked = Delivery.objects.filter(kind="restrict_content", case_id=OuterRef("pk"))
    cases = Case.objects.filter(pk__in=case_ids).exclude(Exists(asked)).select_related("client").order_by("pk")
    return [d for case in cases if (d := queue_restrict_webhook(case=case))]


def queue_restrict_webhook(*, case: Case) -> Delivery | None:
    """Ask the case's platform to restrict the content while we review it."""
    client = case.client
    if not client.callback_url:
        return None
    payload = {
        "event": "restrict_content",
        "case_id": case.pk,
        "content_id": case.content_id,
        "queue": case.queue,
        "tier": case.tier,
        **case.language_fields(),
    }
    return queue_delivery(
        kind="restrict_content", url=client.callback_url, payload=payload, client=client, case_id=case.pk
    )


def sign(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def backoff(attempts: int) -> timedelta:
    """The wait after the `attempts`-th failure: base × 2^(attempts-1), capped at an hour."""
    base = settings.HEED_WEBHOOK_BACKOFF_SECONDS
    return timedelta(seconds=min(base * 2 ** min(attempts - 1, 20), MAX_BACKOFF_SECONDS))


def deliver_all(delivery_ids: list[int]) -> None:
    """Make one attempt at each delivery, in turn, if it is pending, due and nobody else is at it.

    1. Read the batch's pending deliveries in one query.
    2. For each: claim it with one conditional UPDATE (on the attempts we read, so a delivery another
       worker claimed since is left to it): count the attempt and push `next_attempt_at` past the
       attempt's time limit, so neither the sweep nor a duplicate task takes it while we wait on the network.
    3. POST the signed body (or send the e-mail), outside any transaction.
    4. Record the answer with an UPDATE conditional on the attempt we claimed (a later claim wins).
    """
    # Claim, then POST, then record: a slow or hanging platform must not hold a row lock or a connection's
    # transaction open; a worker killed mid-POST leaves the claim to expire and the sweep retries it.
    # Each delivery is claimed just before its own attempt, not the batch at once, so a worker lost mid-batch
    # holds back only the page it was sending.
    pending = Delivery.objects.select_related("client").filter(pk__in=delivery_ids, state=Delivery.State.PENDING)
    by_id = {d.pk: d for d in pending}
    for delivery_id in delivery_ids:
        if (delivery := by_id.pop(delivery_id, None)) is not None:
            _attempt(delivery)


def deliver(delivery_id: int) -> None:
    """Make one attempt at a delivery (as `deliver_all`)."""
    deliver_all([delivery_id])


def _attempt(delivery: Delivery) -> None:
    now = timezone.now()
    read = Delivery.objects.filter(
        pk=delivery.pk, state=Delivery.State.PENDING, attempts=delivery.attempts, next_attempt_at__lte=now
    )
    if delivery.attempts >= settings.HEED_WEBHOOK_MAX_ATTEMPTS:
        read.update(state=Delivery.State.FAILED, last_error="The worker was lost during the last attempt.")
        return
    if not read.update(attempts=delivery.attempts + 1, next_attempt_at=now + timedelta(seconds=CLAIM_SECONDS)):
        return  # another worker has it, it is not due yet, or it is done
    delivery.attempts += 1

    error = _mail(delivery) if delivery.url.startswith("mailto:") else _post(delivery)

    done = timezone.now()
    claimed = Delivery.objects.filter(pk=delivery.pk, state=Delivery.State.PENDING, attempts=delivery.attempts)
    if error is None:
        claimed.update(state=Delivery.State.DELIVERED, delivered_at=done)
    elif delivery.attempts >= settings.HEED_WEBHOOK_MAX_ATTEMPTS:
        claimed.update(state=Delivery.State.FAILED, last_error=error)
        log.error("delivery %s failed for good after %d attempts: %s", delivery.pk, delivery.attempts, error)
    else:
        claimed.update(last_error=error, next_attempt_at=done + backoff(delivery.attempts))
        log.warning("delivery %s attempt %d failed: %s", delivery.pk, delivery.attempts, error)


def due_deliveries(limit: int = 500) -> list[int]:
    return [pk for pk, _ in _due(limit)]


def enqueue_due(limit: int = 500) -> int:
    """For the sweep: hand each due delivery to a worker, unless a message for it is already waiting."""
    return _enqueue(_due(limit))


def retry(delivery_id: int) -> bool:
    """An admin's retry: a failed delivery starts its schedule again. False if it had not failed."""
    now = timezone.now()
    n = Delivery.objects.filter(pk=delivery_id, state=Delivery.State.FAILED).update(
        state=Delivery.State.PENDING, attempts=0, next_attempt_at=now
    )
    if n != 1:
        return False  # already pending or delivered
    transaction.on_commit(lambda: _enqueue([(delivery_id, now)]), robust=True)
    return True


def _due(limit: int) -> list[tuple[int, datetime]]:
    return list(
        Delivery.objects.filter(state=Delivery.State.PENDING, next_attempt_at__lte=timezone.now())
        .order_by("next_attempt_at")
        .values_list("pk", "next_attempt_at")[:limit]
    )


def _enqueue(due: list[tuple[int, datetime]]) -> int:
    """Hand deliveries (id, due time) to workers, BATCH a message; returns how many were handed."""
    return sum(_enqueue_batch(due[i : i + BATCH]) for i in range(0, len(due), BATCH))


def _enqueue_batch(due: list[tuple[int, datetime]]) -> int:
    # One message per delivery and due time: while workers are behind (a hanging platform), the sweep
    # must not pile copies of the same deliveries in front of the scoring tasks every few seconds.
    keys: dict[int, str] = {}
    try:
        for delivery_id, due_at in due:
            key = f"heed:deliver:{delivery_id}:{due_at.timestamp():.6f}"
            if cache.add(key, 1, timeout=ENQUEUED_SECONDS):
                keys[delivery_id] = key
        if not keys:
            return 0
        soft = SECONDS_PER_DELIVERY * len(keys)
        current_app.send_task(
            "moderation.deliver", args=[list(keys)], soft_time_limit=soft, time_limit=soft + HARD_MARGIN, retry=False
        )
    except Exception:
        log.exception("could not enqueue deliveries %s; the sweep will pick them up", [i for i, _ in due])
        for key in keys.values():
            _forget(key)
        return 0
    return len(keys)


def _forget(key: str) -> None:
    try:
        cache.delete(key)
    except Exception:
        log.exception("could not clear %s; the delivery waits until it expires", key)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    # A webhook answers where it was sent; following a redirect could carry the signed body elsewhere.
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def _pinned(cls: type[http.client.HTTPConnection], address: str) -> Callable[..., http.client.HTTPConnection]:
    """`cls`, connecting to `address` (checked) whatever its host resolves to now; TLS still verifies the name."""

    def connection(host: str, **kwargs: Any) -> http.client.HTTPConnection:
        conn = cls(host, **kwargs)
        conn._create_connection = lambda where, *args: socket.create_connection((address, where[1]), *args)  # type: ignore[attr-defined]
        return conn

    return connection


class _PinnedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, address: str) -> None:
        super().__init__()
        self.address = address

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_pinned(http.client.HTTPConnection, self.address), req)


class _PinnedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, address: str) -> None:
        super().__init__()
        self.address = address

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_pinned(http.client.HTTPSConnection, self.address), req, context=self._context)  # type: ignore[attr-defined]


def _opener(address: str) -> urllib.request.OpenerDirector:
    # No proxy from the environment: the connection must go to the address that was checked.
    return urllib.request.build_opener(
        urllib.request.ProxyHandler({}), _NoRedirects, _PinnedHTTPHandler(address), _PinnedHTTPSHandler(address)
    )


def _post(delivery: Delivery) -> str | None:
    """POST the delivery once; None if the platform answered 2xx, else what went wrong (for admins' eyes).

    The target's host is resolved once here, every address it has checked (config/network.py), and the
    connection made to the checked address. Why a connection failed goes to the log only.
    """
    parts = urlsplit(delivery.url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"not an http(s) URL: {delivery.url[:200]}"
    try:
        address = network.resolve(parts.hostname, network.default_port(delivery.url))
    except network.TargetRefused as e:
        log.warning("delivery %s not sent: %s", delivery.pk, e)
        return network.UNREACHABLE
    sent_at = int(time.time())
    # Stamped per attempt, inside the signed body, so a receiver can refuse replays of old requests.
    body = json.dumps({**delivery.payload, "sent_at": sent_at}, separators=(",", ":")).encode()
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-Heed-Timestamp": str(sent_at),
        "X-Heed-Delivery": str(delivery.pk),
    }
    secret = _secret(delivery)
    if secret:
        headers["X-Heed-Signature"] = "sha256=" + sign(secret, body)
    request = urllib.request.Request(delivery.url, data=body, headers=headers, method="POST")  # noqa: S310
    try:
        with _opener(address).open(request, timeout=TIMEOUT_SECONDS) as response:
            status = response.status
    except urllib.error.HTTPError as e:
        e.close()
        return f"HTTP {e.code} {e.reason}"[:500]
    except Exception as e:
        log.warning("delivery %s to %s failed: %s: %s", delivery.pk, address, type(e).__name__, e)
        return network.UNREACHABLE
    return None if 200 <= status < 300 else f"HTTP {status}"


def _secret(delivery: Delivery) -> str:
    if delivery.client:
        return delivery.client.webhook_secret
    if delivery.kind == "notification":
        # An alert is signed with its channel's own secret (moderation/delivery/notify.py); unsigned if it has none.
        slug = delivery.payload.get("heed_channel", "")
        return NotificationChannel.objects.filter(slug=slug).values_list("secret", flat=True).first() or ""
    return settings.HEED_WEBHOOK_SECRET


def _mail(delivery: Delivery) -> str | None:
    """Send an alert e-mail (`mailto:a@x,b@y`, payload `subject` and `body`) once; None if the server took it."""
    recipients = [a.strip() for a in delivery.url.removeprefix("mailto:").split(",") if a.strip()]
    try:
        send_mail(delivery.payload["subject"], delivery.payload["body"], None, recipients)
    except Exception as e:
        return f"{type(e).__name__}: {e}"[:500]
    return None
