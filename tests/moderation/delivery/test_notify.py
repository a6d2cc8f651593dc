"""Paging: the on-call channel hears of a threat once, of an SLA breach once more, by webhook or e-mail."""

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.utils import timezone
from pytest_django import DjangoCaptureOnCommitCallbacks, Settings

from moderation.delivery import notify, outbox
from moderation.models import AuditEvent, Delivery, NotificationChannel, Triage
from moderation.placement import pipeline, sla
from moderation.vocabulary import Tier
from reports.models import ApiClient, Case
from tests.helpers import Receiver, file_reports, report_body, signature_ok

SECRET = "on-call-secret"
THREAT = "I will kill you. You're dead tomorrow."
VIOLENT_WORDS = ("kill", "dead")


@pytest.fixture
def on_call(heed: None, receiver: Receiver) -> NotificationChannel:
    channel = NotificationChannel.objects.get(slug="on-call")
    channel.kind, channel.target, channel.secret = "webhook", receiver.url, SECRET
    channel.save()
    return channel


def file_and_score(
    platform_client: ApiClient, capture: DjangoCaptureOnCommitCallbacks, text: str = THREAT, **overrides: Any
) -> Case:
    """File a report and score it, then run what scoring leaves for after commit (the paging)."""
    (report,) = file_reports(platform_client, report_body(text, **overrides))
    with capture() as callbacks:
        pipeline.score_reports([report.pk])
    for callback in callbacks:
        callback()
    return report.case


def send_alerts() -> list[Delivery]:
    """What a worker does with the alerts waiting in the outbox."""
    alerts = list(Delivery.objects.filter(kind="notification", state="pending").order_by("pk"))
    for alert in alerts:
        outbox.deliver(alert.pk)
    return alerts


def test_a_death_threat_pages_on_call_once_signed_and_without_the_threat(
    platform_client: ApiClient,
    on_call: NotificationChannel,
    receiver: Receiver,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
) -> None:
    case = file_and_score(
        platform_client,
        django_capture_on_commit_callbacks,
        content_id="post-1",
        target={"id": "u-7", "handle": "alice"},
    )
    send_alerts()

    (page,) = receiver.received
    assert signature_ok(SECRET, page)
    body = page.json()
    assert (body["event"], body["heed_channel"], body["case_id"]) == ("case_escalated", "on-call", case.pk)
    assert (body["queue"], body["tier"]) == ("threats", "critical")
    assert body["url"].endswith(f"/cases/{case.pk}/")
    assert body["rules"] == ["Threat of violence"]
    assert body["text"] == (
        f"Critical: Threat of violence against @alice — case #{case.pk} in Critical: threats {body['url']}"
    )
    assert not any(word in page.body.decode().lower() for word in VIOLENT_WORDS)
    assert "channel" not in body  # a Slack legacy webhook would post elsewhere


def test_a_page_about_a_spanish_threat_says_its_language(
    platform_client: ApiClient,
    on_call: NotificationChannel,
    receiver: Receiver,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
) -> None:
    # on-call needs to know who can read it before opening the case
    case = file_and_score(
        platform_client, django_capture_on_commit_callbacks, "te voy a matar, sé dónde vives y a qué hora sales"
    )
    send_alerts()

    (page,) = receiver.received
    body = page.json()
    assert (body["case_id"], body["language"]) == (case.pk, "es")
    assert not any(word in page.body.decode().lower() for word in ("matar", "vives"))


def test_a_second_report_on_the_same_post_does_not_page_again(
    platform_client: ApiClient,
    on_call: NotificationChannel,
    receiver: Receiver,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
) -> None:
    case = file_and_score(platform_client, django_capture_on_commit_callbacks, content_id="post-1")
    again = file_and_score(platform_client, django_capture_on_commit_callbacks, content_id="post-1")
    send_alerts()

    assert again == case
    assert Triage.objects.get(case=case).report_count == 2
    assert len(receiver.received) == 1


def test_paging_twice_about_a_case_inside_the_quiet_window_sends_one_alert(
    platform_client: ApiClient,
    on_call: NotificationChannel,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
) -> None:
    case = file_and_score(platform_client, django_capture_on_commit_callbacks)

    assert notify.case_escalated([case.pk, case.pk]) == 0
    assert Delivery.objects.filter(kind="notification").count() == 1


def test_paging_a_batch_of_threats_pages_each_case_in_a_fixed_number_of_queries(
    platform_client: ApiClient,
    on_call: NotificationChannel,
    django_assert_num_queries: Callable[..., Any],
) -> None:
    # A 500-report request of threats pages hundreds of cases at once: a few queries per case made
    # paging the scoring worker's largest cost (docs/performance.md).
    reports = file_reports(platform_client, *(report_body(f"{THREAT} #{i}") for i in range(10)))
    pipeline.score_reports([r.pk for r in reports])  # no commit in this test: the pages wait for us
    case_ids = [r.case_id for r in reports]

    # The savepoint pair, the triages, the placements, the paging rules, the channels, the earlier
    # pages, then one insert for all the pages.
    with django_assert_num_queries(8):
        assert notify.case_escalated(case_ids) == len(case_ids)
    assert notify.case_escalated(case_ids) == 0
    assert sorted(Delivery.objects.filter(kind="notification").values_list("case_id", flat=True)) == sorted(case_ids)


def test_it_pages_again_once_the_quiet_window_has_passed(
    platform_client: ApiClient,
    on_call: NotificationChannel,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
) -> None:
    case = file_and_score(platform_client, django_capture_on_commit_callbacks)
    Delivery.objects.filter(kind="notification").update(
        created_at=timezone.now() - timedelta(minutes=on_call.dedupe_minutes + 1)
    )

    assert notify.case_escalated([case.pk]) == 1


def test_a_disabled_channel_pages_nobody(
    platform_client: ApiClient,
    on_call: NotificationChannel,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
) -> None:
    NotificationChannel.objects.filter(pk=on_call.pk).update(enabled=False)

    file_and_score(platform_client, django_capture_on_commit_callbacks)

    assert not Delivery.objects.filter(kind="notification").exists()


def test_an_ordinary_report_pages_nobody(
    platform_client: ApiClient,
    on_call: NotificationChannel,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
) -> None:
    file_and_score(platform_client, django_capture_on_commit_callbacks, text="you are so annoying, stop posting")

    assert not Delivery.objects.filter(kind="notification").exists()


def test_a_decided_case_is_not_paged(platform_client: ApiClient, on_call: NotificationChannel) -> None:
    (report,) = file_reports(platform_client, report_body(THREAT))
    pipeline.score_reports([report.pk])  # its page never ran: no commit in this test
    Triage.objects.filter(case_id=report.case_id).update(state=Triage.State.RESOLVED)

    assert notify.case_escalated([report.case_id]) == 0


def test_the_e_mail_channel_sends_one_e_mail_without_the_threat(
    platform_client: ApiClient,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
    mailoutbox: list[mail.EmailMessage],
) -> None:
    case = file_and_score(platform_client, django_capture_on_commit_callbacks, content_id="post-1")
    file_and_score(platform_client, django_capture_on_commit_callbacks, content_id="post-1")
    (alert,) = send_alerts()

    (message,) = mailoutbox
    assert message.to == ["oncall@localhost"]
    assert message.subject == f"[Heed] Critical: Threat of violence — case #{case.pk} in Critical: threats"
    assert f"/cases/{case.pk}/" in message.body
    assert not any(word in (message.subject + message.body).lower() for word in VIOLENT_WORDS)
    alert.refresh_from_db()
    assert (alert.url, alert.state) == ("mailto:oncall@localhost", "delivered")


def test_an_e_mail_the_server_refuses_is_retried_and_shown(
    platform_client: ApiClient, django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks, settings: Settings
) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens there
    file_and_score(platform_client, django_capture_on_commit_callbacks)

    (alert,) = send_alerts()

    alert.refresh_from_db()
    assert (alert.state, alert.attempts) == ("pending", 1)
    assert "refused" in alert.last_error.lower()


def test_an_sla_breach_pages_once_more_and_bumps_the_case(
    platform_client: ApiClient,
    on_call: NotificationChannel,
    receiver: Receiver,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
) -> None:
    case = file_and_score(platform_client, django_capture_on_commit_callbacks)
    send_alerts()
    before = Triage.objects.get(case=case)
    Triage.objects.filter(case=case).update(sla_due_at=timezone.now() - timedelta(minutes=1))

    assert sla.check_sla() == 1
    assert sla.check_sla() == 0
    send_alerts()

    assert [r.json()["event"] for r in receiver.received] == ["case_escalated", "sla_breached"]
    breach = receiver.received[1].json()
    assert signature_ok(SECRET, receiver.received[1])
    assert breach["text"].startswith(f"SLA breached: critical case #{case.pk} in Critical: threats is still waiting")
    after = Triage.objects.get(case=case)
    assert after.priority == pytest.approx(before.priority + sla.BREACH_POINTS)
    assert after.reasons[-1] == {"label": "SLA breached", "points": sla.BREACH_POINTS}
    (event,) = AuditEvent.objects.filter(case=case, action="sla_breached")
    assert (event.data["tier"], event.data["notified"]) == ("critical", ["on-call"])


def test_a_new_deadline_can_breach_again(
    platform_client: ApiClient,
    on_call: NotificationChannel,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
) -> None:
    case = file_and_score(platform_client, django_capture_on_commit_callbacks)
    Triage.objects.filter(case=case).update(sla_due_at=timezone.now() - timedelta(minutes=1))
    assert sla.check_sla() == 1

    Triage.objects.filter(case=case).update(sla_due_at=timezone.now())  # escalated to seniors, missed again

    assert sla.check_sla() == 1
    assert AuditEvent.objects.filter(case=case, action="sla_breached").count() == 2


def test_a_claimed_case_past_its_deadline_is_not_flagged(
    platform_client: ApiClient,
    on_call: NotificationChannel,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
) -> None:
    case = file_and_score(platform_client, django_capture_on_commit_callbacks)
    Triage.objects.filter(case=case).update(
        state=Triage.State.IN_REVIEW, sla_due_at=timezone.now() - timedelta(minutes=1)
    )

    assert sla.check_sla() == 0


def test_an_sla_breach_of_a_normal_case_is_recorded_but_pages_nobody(
    platform_client: ApiClient,
    on_call: NotificationChannel,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
) -> None:
    case = file_and_score(platform_client, django_capture_on_commit_callbacks, text="you are so annoying, stop posting")
    Triage.objects.filter(case=case).update(sla_due_at=timezone.now() - timedelta(minutes=1))

    assert sla.check_sla() == 1

    assert not Delivery.objects.filter(kind="notification").exists()
    (event,) = AuditEvent.objects.filter(case=case, action="sla_breached")
    assert event.data["notified"] == []


def test_an_sla_breach_of_a_high_case_pages_on_call(
    platform_client: ApiClient,
    on_call: NotificationChannel,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
) -> None:
    case = file_and_score(platform_client, django_capture_on_commit_callbacks, text="you are so annoying, stop posting")
    Triage.objects.filter(case=case).update(tier=Tier.HIGH, sla_due_at=timezone.now() - timedelta(minutes=1))

    assert sla.check_sla() == 1

    (alert,) = Delivery.objects.filter(kind="notification")
    assert (alert.payload["event"], alert.payload["heed_channel"], alert.payload["tier"]) == (
        "sla_breached", "on-call", "high",
    )  # fmt: skip


def test_a_page_lost_after_scoring_is_sent_by_the_sweep_once(
    platform_client: ApiClient, on_call: NotificationChannel
) -> None:
    (report,) = file_reports(platform_client, report_body(THREAT))
    pipeline.score_reports([report.pk])  # the worker died before its after-commit paging ran
    assert not Delivery.objects.filter(kind="notification").exists()

    assert notify.page_missed() == 1
    assert notify.page_missed() == 0
    (alert,) = Delivery.objects.filter(kind="notification")
    assert alert.case_id == report.case_id


def test_a_test_alert_reaches_the_webhook_signed(on_call: NotificationChannel, receiver: Receiver) -> None:
    delivery = notify.send_test(on_call)
    outbox.deliver(delivery.pk)

    (request,) = receiver.received
    assert signature_ok(SECRET, request)
    assert request.json()["event"] == "test"
    assert request.json()["text"] == "Test alert from Heed: the On call channel works."


def test_slack_markup_in_a_handle_is_escaped(
    platform_client: ApiClient,
    on_call: NotificationChannel,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
) -> None:
    file_and_score(platform_client, django_capture_on_commit_callbacks, target={"id": "u-1", "handle": "<!channel>"})

    (alert,) = Delivery.objects.filter(kind="notification")
    assert "against @&lt;!channel&gt; —" in alert.payload["text"]


def test_the_links_in_pages_by_e_mail_and_webhook_start_with_site_url(
    platform_client: ApiClient,
    receiver: Receiver,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
    mailoutbox: list[mail.EmailMessage],
    settings: Settings,
) -> None:
    settings.SITE_URL = "https://heed.example.org/"
    case = file_and_score(platform_client, django_capture_on_commit_callbacks)  # on-call by e-mail, as installed
    NotificationChannel.objects.filter(slug="on-call").update(kind="webhook", target=receiver.url)
    Triage.objects.filter(case=case).update(sla_due_at=timezone.now() - timedelta(minutes=1))
    sla.check_sla()
    send_alerts()

    link = f"https://heed.example.org/cases/{case.pk}/"
    (message,) = mailoutbox
    assert message.body.strip().endswith(link)
    (breach,) = receiver.received
    assert (breach.json()["url"], breach.json()["text"].split()[-1]) == (link, link)
