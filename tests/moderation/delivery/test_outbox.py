"""The outbox against a real local HTTP receiver: signing, payloads, back-off, giving up, retrying."""

from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone
from pytest_django import DjangoCaptureOnCommitCallbacks, Settings

from config.network import UNREACHABLE
from moderation.delivery import outbox
from moderation.models import Decision, Delivery
from moderation.placement.pipeline import score_reports
from moderation.review import notices
from moderation.rules import store
from reports.models import ApiClient, Case
from tests.helpers import Receiver, file_reports, free_port, report_body, signature_ok


@pytest.fixture
def client_at(platform: tuple[ApiClient, str], receiver: Receiver) -> ApiClient:
    client = platform[0]
    client.callback_url = receiver.url
    client.save()
    return client


@pytest.fixture
def case(client_at: ApiClient) -> Case:
    reports = file_reports(client_at, report_body("I will hurt you", content_id="post-9"))
    file_reports(client_at, report_body("I will hurt you", content_id="post-9"))
    return reports[0].case


@pytest.fixture
def decision(case: Case, moderator: User) -> Decision:
    return Decision.objects.create(
        case=case, action="remove_content", reason_code="violent-threat", by=moderator, case_version=1
    )


@pytest.fixture
def as_admin(admin_user: User) -> Client:
    c = Client()
    c.force_login(admin_user)
    return c


@pytest.fixture
def failing(receiver: Receiver, client_at: ApiClient) -> Delivery:
    receiver.status = 500
    return outbox.queue_delivery(kind="decision", url=receiver.url, payload={"event": "decision"}, client=client_at)


def make_due(delivery: Delivery) -> None:
    Delivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now() - timedelta(seconds=1))


def test_a_decision_webhook_reaches_the_platform_signed(
    case: Case, decision: Decision, client_at: ApiClient, receiver: Receiver
) -> None:
    delivery = outbox.queue_outcome_webhook(case=case, decision=decision)
    assert delivery is not None

    outbox.deliver(delivery.pk)

    (request,) = receiver.received
    assert request.path == "/hooks/heed"
    assert signature_ok(client_at.webhook_secret, request)
    assert request.headers["X-Heed-Signature"] == "sha256=" + outbox.sign(client_at.webhook_secret, request.body)
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["User-Agent"] == "Heed-Webhooks/1"
    assert request.headers["X-Heed-Delivery"] == str(delivery.pk)
    assert request.json()["sent_at"] == int(request.headers["X-Heed-Timestamp"])
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts, delivery.delivered_at is not None) == ("delivered", 1, True)


def test_a_signature_made_with_another_secret_does_not_verify(
    case: Case, decision: Decision, receiver: Receiver
) -> None:
    delivery = outbox.queue_outcome_webhook(case=case, decision=decision)
    assert delivery is not None
    outbox.deliver(delivery.pk)
    assert not signature_ok("not the platform's secret", receiver.received[0])


def test_the_decision_payload_names_the_case_the_decision_and_every_report(
    case: Case, decision: Decision, receiver: Receiver
) -> None:
    delivery = outbox.queue_outcome_webhook(case=case, decision=decision)
    assert delivery is not None
    assert (delivery.kind, delivery.case_id, delivery.client_id) == ("decision", case.pk, case.client_id)

    outbox.deliver(delivery.pk)

    body = receiver.received[0].json()
    reports = list(case.reports.order_by("pk"))
    (version,) = case.versions.all()
    assert body == {
        "event": "decision",
        "case_id": case.pk,
        "content_id": "post-9",
        "action": "remove_content",
        "reason_code": "violent-threat",
        "suspend_days": None,
        "decided_at": decision.created_at.isoformat(),
        "author_notice_url": body["author_notice_url"],
        # neither given nor detected yet: the case was never scored
        "language": None,
        "language_tag": None,
        "language_source": None,
        "versions": [
            {
                "number": 1,
                "text": case.text,
                "url": case.url,
                "first_reported_at": version.first_reported_at.isoformat(),
                "last_reported_at": version.last_reported_at.isoformat(),
            }
        ],
        "reports": [
            {"id": r.pk, "external_id": r.external_id, "status": r.status, "outcome": r.outcome, "version": 1}
            for r in reports
        ],
        "sent_at": body["sent_at"],
    }
    assert len(reports) == 2
    notice = urlsplit(body["author_notice_url"])
    assert f"{notice.scheme}://{notice.netloc}" == settings.SITE_URL
    assert notices.case_id_of(notice.path.split("/")[2]) == case.pk


def removal_sent(case: Case, moderator: User, receiver: Receiver) -> dict[str, Any]:
    """The decision webhook a removal of `case` sends, as the platform receives it."""
    decision = Decision.objects.create(
        case=case, action="remove_content", reason_code="violent-threat", by=moderator, case_version=1
    )
    delivery = outbox.queue_outcome_webhook(case=case, decision=decision)
    assert delivery is not None
    outbox.deliver(delivery.pk)
    return receiver.received[0].json()


def test_the_decision_payload_carries_the_language_the_platform_gave(
    client_at: ApiClient, moderator: User, receiver: Receiver
) -> None:
    body = report_body("Vou te matar amanhã", content_id="post-br")
    body["content"]["language"] = "pt-br"
    case = file_reports(client_at, body)[0].case
    sent = removal_sent(case, moderator, receiver)
    assert (sent["language"], sent["language_tag"], sent["language_source"]) == ("pt", "pt-BR", "given")


def test_the_decision_payload_carries_the_language_heed_detected(
    client_at: ApiClient, moderator: User, receiver: Receiver
) -> None:
    (report,) = file_reports(client_at, report_body("te voy a matar, sé dónde vives y a qué hora sales"))
    score_reports([report.pk])
    sent = removal_sent(Case.objects.get(pk=report.case_id), moderator, receiver)
    assert (sent["language"], sent["language_tag"], sent["language_source"]) == ("es", "es", "detected")


def test_a_restrict_request_names_the_content_and_its_language(client_at: ApiClient, receiver: Receiver) -> None:
    body = report_body("Je vais te tuer", content_id="post-9")
    body["content"]["language"] = "fr-CA"
    case = file_reports(client_at, body)[0].case
    delivery = outbox.queue_restrict_webhook(case=case)
    assert delivery is not None
    outbox.deliver(delivery.pk)
    sent = receiver.received[0].json()
    assert (sent["event"], sent["case_id"], sent["content_id"]) == ("restrict_content", case.pk, "post-9")
    assert (sent["language"], sent["language_tag"], sent["language_source"]) == ("fr", "fr-CA", "given")


def test_a_client_without_a_callback_url_gets_no_delivery(platform: tuple[ApiClient, str], moderator: User) -> None:
    client = platform[0]
    client.callback_url = ""
    client.save()
    case = file_reports(client, report_body("I will hurt you"))[0].case
    decision = Decision.objects.create(
        case=case, action="no_violation", reason_code="not-a-threat", by=moderator, case_version=1
    )
    assert outbox.queue_outcome_webhook(case=case, decision=decision) is None
    assert outbox.queue_restrict_webhook(case=case) is None
    assert not Delivery.objects.exists()


def test_a_delivery_is_handed_to_a_worker_only_after_commit(
    client_at: ApiClient, django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks
) -> None:
    with django_capture_on_commit_callbacks() as callbacks:
        delivery = outbox.queue_delivery(kind="decision", url=client_at.callback_url, payload={}, client=client_at)
    assert len(callbacks) == 1
    assert delivery.state == "pending"
    assert delivery.next_attempt_at <= timezone.now()
    assert outbox.due_deliveries() == [delivery.pk]


def test_a_500_answer_schedules_a_retry_with_growing_back_off(failing: Delivery, receiver: Receiver) -> None:
    waits = []
    for attempt in (1, 2, 3):
        before = timezone.now()
        outbox.deliver(failing.pk)
        failing.refresh_from_db()
        assert (failing.state, failing.attempts) == ("pending", attempt)
        assert failing.last_error == "HTTP 500 Internal Server Error"
        waits.append((failing.next_attempt_at - before).total_seconds())
        assert outbox.due_deliveries() == []
        make_due(failing)
    assert len(receiver.received) == 3
    assert [round(w) for w in waits] == [30, 60, 120]


def test_the_back_off_doubles_up_to_an_hour(settings: Settings) -> None:
    settings.HEED_WEBHOOK_BACKOFF_SECONDS = 30
    assert [outbox.backoff(n).total_seconds() for n in (1, 2, 3, 7, 8, 12, 100)] == [
        30, 60, 120, 1920, 3600, 3600, 3600,
    ]  # fmt: skip


def test_a_delivery_not_yet_due_is_not_sent(failing: Delivery, receiver: Receiver) -> None:
    outbox.deliver(failing.pk)
    outbox.deliver(failing.pk)
    assert len(receiver.received) == 1


def test_a_delivered_webhook_is_not_sent_twice(client_at: ApiClient, receiver: Receiver) -> None:
    delivery = outbox.queue_delivery(kind="decision", url=receiver.url, payload={}, client=client_at)
    outbox.deliver(delivery.pk)
    make_due(delivery)
    outbox.deliver(delivery.pk)
    assert len(receiver.received) == 1


def test_it_gives_up_after_the_maximum_attempts(failing: Delivery, receiver: Receiver, settings: Settings) -> None:
    settings.HEED_WEBHOOK_MAX_ATTEMPTS = 3
    for _ in range(3):
        outbox.deliver(failing.pk)
        make_due(failing)
    failing.refresh_from_db()
    assert (failing.state, failing.attempts) == ("failed", 3)
    outbox.deliver(failing.pk)
    assert len(receiver.received) == 3
    assert outbox.due_deliveries() == []


def test_an_unreachable_platform_is_recorded_as_the_error(client_at: ApiClient) -> None:
    delivery = outbox.queue_delivery(
        kind="decision", url=f"http://127.0.0.1:{free_port()}/hook", payload={}, client=client_at
    )
    outbox.deliver(delivery.pk)
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts) == ("pending", 1)
    assert delivery.last_error == UNREACHABLE  # why (refused, timed out) is for the log only


def test_a_redirect_is_not_followed(client_at: ApiClient, receiver: Receiver) -> None:
    receiver.status = 302
    delivery = outbox.queue_delivery(kind="decision", url=receiver.url, payload={}, client=client_at)
    outbox.deliver(delivery.pk)
    delivery.refresh_from_db()
    assert (delivery.state, delivery.last_error) == ("pending", "HTTP 302 Found")
    assert len(receiver.received) == 1


def test_retry_requeues_a_failed_delivery(
    failing: Delivery, receiver: Receiver, django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks
) -> None:
    Delivery.objects.filter(pk=failing.pk).update(state="failed", attempts=12, last_error="HTTP 500")
    with django_capture_on_commit_callbacks() as callbacks:
        assert outbox.retry(failing.pk) is True
    assert len(callbacks) == 1
    failing.refresh_from_db()
    assert (failing.state, failing.attempts) == ("pending", 0)
    assert outbox.due_deliveries() == [failing.pk]

    receiver.status = 204
    outbox.deliver(failing.pk)
    failing.refresh_from_db()
    assert failing.state == "delivered"


def test_retry_leaves_a_pending_delivery_alone(failing: Delivery) -> None:
    assert outbox.retry(failing.pk) is False


def test_a_moderator_may_not_see_the_deliveries(as_moderator: Client, failing: Delivery) -> None:
    assert as_moderator.get("/deliveries/").status_code == 403
    assert as_moderator.post(f"/deliveries/{failing.pk}/retry").status_code == 403


def test_an_admin_sees_a_failed_delivery_and_retries_it(as_admin: Client, failing: Delivery) -> None:
    Delivery.objects.filter(pk=failing.pk).update(state="failed", attempts=12, last_error="HTTP 500 Boom")
    page = as_admin.get("/deliveries/")
    assert page.status_code == 200
    html = page.content.decode()
    assert f'data-delivery-id="{failing.pk}"' in html
    assert "HTTP 500 Boom" in html
    assert f'action="/deliveries/{failing.pk}/retry"' in html

    response = as_admin.post(f"/deliveries/{failing.pk}/retry")
    assert response.status_code == 302
    failing.refresh_from_db()
    assert failing.state == "pending"


def test_the_deliveries_page_leaves_out_delivered_webhooks(
    as_admin: Client, client_at: ApiClient, receiver: Receiver
) -> None:
    delivery = outbox.queue_delivery(kind="decision", url=receiver.url, payload={}, client=client_at)
    outbox.deliver(delivery.pk)
    assert f'data-delivery-id="{delivery.pk}"' not in as_admin.get("/deliveries/").content.decode()


def test_a_rule_that_restricts_content_asks_the_platform_once(
    client_at: ApiClient, receiver: Receiver, heed: None, admin_user: User
) -> None:
    store.save_rule(
        rule=None,
        data={"name": "Hold threats back", "enabled": True, "when": {"threat_at_least": 0.5},
              "then": {"queue": "threats", "tier": "critical", "restrict_content": True}},
        by=admin_user,
    )  # fmt: skip
    (first,) = file_reports(client_at, report_body("I will kill you tomorrow", content_id="post-77"))
    score_reports([first.pk])
    (restrict,) = Delivery.objects.filter(kind="restrict_content")
    assert restrict.case_id == first.case_id
    # Reported again and placed again: the platform was already asked.
    (again,) = file_reports(client_at, report_body("I will kill you tomorrow", content_id="post-77"))
    score_reports([again.pk])
    assert Delivery.objects.filter(kind="restrict_content").count() == 1
    # Nothing is asked for a case no restricting rule matched.
    (calm,) = file_reports(client_at, report_body("lovely weather today"))
    score_reports([calm.pk])
    assert not Delivery.objects.filter(kind="restrict_content", case_id=calm.case_id).exists()
    outbox.deliver(restrict.pk)
    assert receiver.received[0].json()["event"] == "restrict_content"


def _pending(client: ApiClient, url: str, n: int) -> list[int]:
    return [
        outbox.queue_delivery(kind="decision", url=url, payload={"event": "decision", "n": i}, client=client).pk
        for i in range(n)
    ]


@pytest.mark.parametrize("n", [3, 12])
def test_a_batch_is_read_in_one_query_and_each_delivery_claimed_and_recorded_in_one_statement_each(
    client_at: ApiClient, receiver: Receiver, n: int, django_assert_num_queries: Any
) -> None:
    # A page costs the deliveries worker more in Django's query building than in sending it: one read
    # for the batch, then a conditional UPDATE to claim each and another to record it.
    ids = _pending(client_at, receiver.url, n)
    with django_assert_num_queries(1 + 2 * n):
        outbox.deliver_all(ids)
    assert len(receiver.received) == n
    assert set(Delivery.objects.filter(pk__in=ids).values_list("state", "attempts")) == {("delivered", 1)}


def test_a_delivery_another_worker_took_after_the_batch_was_read_is_not_sent_again(
    client_at: ApiClient, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = _pending(client_at, receiver.url, 2)
    post = outbox._post

    def post_then_race(delivery: Delivery) -> str | None:
        if delivery.pk == first:
            outbox.deliver(second)  # a sweep's message for it, on another worker, while we send the first
        return post(delivery)

    monkeypatch.setattr(outbox, "_post", post_then_race)
    outbox.deliver_all([first, second])
    assert sorted(int(r.headers["X-Heed-Delivery"]) for r in receiver.received) == [first, second]
    assert Delivery.objects.get(pk=second).attempts == 1


def test_a_delivery_whose_worker_was_lost_on_its_last_attempt_fails_for_good(
    failing: Delivery, receiver: Receiver, settings: Settings
) -> None:
    settings.HEED_WEBHOOK_MAX_ATTEMPTS = 2
    Delivery.objects.filter(pk=failing.pk).update(attempts=2)  # claimed twice, never recorded
    outbox.deliver_all([failing.pk])
    failing.refresh_from_db()
    assert (failing.state, failing.attempts, failing.last_error) == (
        "failed",
        2,
        "The worker was lost during the last attempt.",
    )
    assert receiver.received == []
