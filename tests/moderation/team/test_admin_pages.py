"""Admins manage queues, reason codes and notification channels; every change is audited; nobody else may."""

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from moderation.models import AuditEvent, Delivery, EscalationRule, NotificationChannel, Queue, ReasonCode
from moderation.vocabulary import SENIOR

PAGES = [
    "/admin-settings/queues/",
    "/admin-settings/queues/new",
    "/admin-settings/reason-codes/",
    "/admin-settings/reason-codes/new",
    "/admin-settings/channels/",
    "/admin-settings/channels/new",
]


@pytest.fixture
def as_admin(admin_user: User) -> Client:
    c = Client()
    c.force_login(admin_user)
    return c


def logged_in(user: User) -> Client:
    c = Client()
    c.force_login(user)
    return c


def last_event(action: str) -> AuditEvent:
    return AuditEvent.objects.filter(action=action).latest("at")


@pytest.mark.parametrize("path", PAGES)
def test_a_moderator_a_senior_and_a_user_without_a_role_get_403(
    path: str, moderator: User, senior: User, outsider: User
) -> None:
    for user in (moderator, senior, outsider):
        assert logged_in(user).get(path).status_code == 403


@pytest.mark.parametrize("path", PAGES)
def test_a_visitor_is_sent_to_log_in(path: str, heed: None) -> None:
    response = Client().get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


def test_a_moderator_cannot_change_anything(moderator: User) -> None:
    queue = Queue.objects.get(slug="threats")
    code = ReasonCode.objects.filter(active=True).first()
    channel = NotificationChannel.objects.get(slug="on-call")
    assert code is not None
    c = logged_in(moderator)
    for path, data in [
        (f"/admin-settings/queues/{queue.pk}/", {"name": "Mine", "sla_minutes": 1, "position": 1}),
        (f"/admin-settings/reason-codes/{code.pk}/active", {"active": "0"}),
        (f"/admin-settings/channels/{channel.pk}/enabled", {"enabled": "0"}),
        (f"/admin-settings/channels/{channel.pk}/test", {}),
    ]:
        assert c.post(path, data).status_code == 403
    assert Queue.objects.get(pk=queue.pk).name == queue.name
    assert ReasonCode.objects.get(pk=code.pk).active
    assert NotificationChannel.objects.get(pk=channel.pk).enabled
    assert not Delivery.objects.exists()


def test_the_nav_links_settings_for_admins_only(as_admin: Client, as_moderator: Client) -> None:
    assert b'href="/admin-settings/queues/"' in as_admin.get("/queues/").content
    assert b'href="/admin-settings/queues/"' not in as_moderator.get("/queues/").content


def test_an_admin_sees_every_queue_with_its_sla_and_roles(as_admin: Client) -> None:
    Queue.objects.get(slug="senior").allowed_roles.add(Group.objects.get(name=SENIOR))

    html = as_admin.get("/admin-settings/queues/").content.decode()

    for queue in Queue.objects.all():
        assert f'data-queue="{queue.slug}"' in html
    assert "15 min" in html
    assert SENIOR in html


def test_an_admin_creates_a_queue_for_seniors_only(as_admin: Client, admin_user: User) -> None:
    senior_role = Group.objects.get(name=SENIOR)
    response = as_admin.post(
        "/admin-settings/queues/new",
        {"name": "Elections", "slug": "elections", "description": "", "sla_minutes": 30, "position": 5,
         "allowed_roles": [senior_role.pk]},
    )  # fmt: skip

    assert response.status_code == 302
    queue = Queue.objects.get(slug="elections")
    assert (queue.name, queue.sla_minutes, list(queue.allowed_roles.all())) == ("Elections", 30, [senior_role])
    event = last_event("queue_created")
    assert event.actor == admin_user
    assert event.data["name"] == "Elections"
    assert event.data["changes"]["allowed_roles"] == [None, [SENIOR]]


def test_an_admin_changes_a_queue_sla_but_not_its_slug(as_admin: Client, admin_user: User) -> None:
    queue = Queue.objects.get(slug="harassment")
    response = as_admin.post(
        f"/admin-settings/queues/{queue.pk}/",
        {"name": queue.name, "slug": "renamed", "description": "", "sla_minutes": 60, "position": queue.position},
    )

    assert response.status_code == 302
    queue.refresh_from_db()
    assert (queue.slug, queue.sla_minutes) == ("harassment", 60)
    event = last_event("queue_changed")
    assert (event.actor, event.data["changes"]) == (admin_user, {"sla_minutes": [240, 60]})


def test_a_queue_needs_a_positive_sla(as_admin: Client) -> None:
    response = as_admin.post(
        "/admin-settings/queues/new", {"name": "Now", "slug": "now", "sla_minutes": 0, "position": 1}
    )

    assert response.status_code == 200
    assert b"errorlist" in response.content
    assert not Queue.objects.filter(slug="now").exists()
    assert not AuditEvent.objects.filter(action="queue_created").exists()


def test_an_admin_sees_reason_codes_per_decision(as_admin: Client) -> None:
    html = as_admin.get("/admin-settings/reason-codes/").content.decode()

    for action in ("no_violation", "remove_content", "suspend_author", "escalate", "refer_law_enforcement"):
        assert f'data-action="{action}"' in html
    assert "Credible threat of violence" in html


def test_an_admin_adds_a_reason_code(as_admin: Client, admin_user: User) -> None:
    form = as_admin.get("/admin-settings/reason-codes/new?action=escalate").content.decode()
    assert '<option value="escalate" selected>' in form

    response = as_admin.post(
        "/admin-settings/reason-codes/new",
        {"action": "escalate", "code": "legal-review", "label": "Needs legal review", "position": 9},
    )

    assert response.status_code == 302
    assert ReasonCode.objects.get(action="escalate", code="legal-review").label == "Needs legal review"
    assert last_event("reason_code_created").actor == admin_user


def test_a_reason_code_is_unique_per_decision(as_admin: Client) -> None:
    response = as_admin.post(
        "/admin-settings/reason-codes/new",
        {"action": "remove_content", "code": "hate", "label": "Hate again", "position": 1},
    )

    assert response.status_code == 200
    assert ReasonCode.objects.filter(action="remove_content", code="hate").count() == 1


def test_an_admin_relabels_a_reason_code_but_keeps_its_code(as_admin: Client) -> None:
    code = ReasonCode.objects.get(action="remove_content", code="spam")
    as_admin.post(
        f"/admin-settings/reason-codes/{code.pk}/",
        {"action": "no_violation", "code": "junk", "label": "Spam, scam or junk", "position": code.position},
    )

    code.refresh_from_db()
    assert (code.action, code.code, code.label) == ("remove_content", "spam", "Spam, scam or junk")
    assert last_event("reason_code_changed").data["changes"] == {"label": ["Spam or scam", "Spam, scam or junk"]}


def test_an_admin_deactivates_and_reactivates_a_reason_code(as_admin: Client, admin_user: User) -> None:
    code = ReasonCode.objects.get(action="escalate", code="campaign")

    as_admin.post(f"/admin-settings/reason-codes/{code.pk}/active", {"active": "0"})
    code.refresh_from_db()
    assert not code.active
    assert last_event("reason_code_deactivated").data == {"id": code.pk, "decision": "escalate", "code": "campaign"}

    as_admin.post(f"/admin-settings/reason-codes/{code.pk}/active", {"active": "1"})
    code.refresh_from_db()
    assert code.active
    assert last_event("reason_code_activated").actor == admin_user


def test_the_last_active_reason_code_of_a_decision_stays(as_admin: Client) -> None:
    codes = list(ReasonCode.objects.filter(action="suspend_author"))
    ReasonCode.objects.filter(pk__in=[c.pk for c in codes[1:]]).update(active=False)

    response = as_admin.post(f"/admin-settings/reason-codes/{codes[0].pk}/active", {"active": "0"}, follow=True)

    assert ReasonCode.objects.get(pk=codes[0].pk).active
    assert "Keep at least one active reason code" in response.content.decode()
    assert not AuditEvent.objects.filter(action="reason_code_deactivated").exists()


def test_an_admin_adds_a_webhook_channel_and_a_secret_is_made(as_admin: Client, admin_user: User) -> None:
    response = as_admin.post(
        "/admin-settings/channels/new",
        {"name": "Trust team Slack", "slug": "trust-slack", "kind": "webhook",
         "target": "https://hooks.slack.example/services/T0/B0/x", "secret": "", "dedupe_minutes": 30,
         "enabled": "on"},
    )  # fmt: skip

    assert response.status_code == 302
    channel = NotificationChannel.objects.get(slug="trust-slack")
    assert (channel.kind, channel.dedupe_minutes, channel.enabled) == ("webhook", 30, True)
    assert len(channel.secret) >= 32
    event = last_event("channel_created")
    assert event.actor == admin_user
    assert channel.secret not in str(event.data)


def test_a_channel_target_must_fit_its_kind(as_admin: Client) -> None:
    for kind, target in [("email", "oncall@example.com, not an address"), ("webhook", "ftp://example.com/hook")]:
        response = as_admin.post(
            "/admin-settings/channels/new",
            {"name": "Bad", "slug": "bad", "kind": kind, "target": target, "dedupe_minutes": 60},
        )
        assert response.status_code == 200
        assert b"errorlist" in response.content
    assert not NotificationChannel.objects.filter(slug="bad").exists()


def test_an_admin_points_on_call_at_e_mail_addresses(as_admin: Client) -> None:
    channel = NotificationChannel.objects.get(slug="on-call")
    as_admin.post(
        f"/admin-settings/channels/{channel.pk}/",
        {"name": "On call", "slug": "ignored", "kind": "email", "target": "a@example.com,b@example.com",
         "dedupe_minutes": 15, "enabled": "on"},
    )  # fmt: skip

    channel.refresh_from_db()
    assert (channel.slug, channel.target, channel.dedupe_minutes) == ("on-call", "a@example.com, b@example.com", 15)
    assert last_event("channel_changed").data["changes"]["dedupe_minutes"] == [60, 15]


def test_an_admin_disables_and_enables_a_channel(as_admin: Client, admin_user: User) -> None:
    channel = NotificationChannel.objects.get(slug="on-call")

    response = as_admin.post(f"/admin-settings/channels/{channel.pk}/enabled", {"enabled": "0"}, follow=True)
    assert not NotificationChannel.objects.get(pk=channel.pk).enabled
    assert "rules that name it page nobody" in response.content.decode()
    as_admin.post(f"/admin-settings/channels/{channel.pk}/enabled", {"enabled": "0"})  # already disabled

    as_admin.post(f"/admin-settings/channels/{channel.pk}/enabled", {"enabled": "1"})
    assert NotificationChannel.objects.get(pk=channel.pk).enabled
    assert AuditEvent.objects.filter(action="channel_disabled", actor=admin_user).count() == 1
    assert AuditEvent.objects.filter(action="channel_enabled", actor=admin_user).count() == 1


def test_send_test_queues_an_alert_that_the_page_lists(as_admin: Client, admin_user: User) -> None:
    channel = NotificationChannel.objects.get(slug="on-call")

    response = as_admin.post(f"/admin-settings/channels/{channel.pk}/test", follow=True)

    (delivery,) = Delivery.objects.filter(kind="notification")
    assert (delivery.url, delivery.payload["event"]) == ("mailto:oncall@localhost", "test")
    assert f'data-delivery-id="{delivery.pk}"' in response.content.decode()
    assert last_event("channel_tested").data["delivery_id"] == delivery.pk
    assert last_event("channel_tested").actor == admin_user


def test_the_channels_page_shows_which_rules_page_and_warns_of_missing_channels(as_admin: Client) -> None:
    EscalationRule.objects.create(
        name="Doxxing", when={"signal": "address"}, then={"notify": ["legal-team"]}, position=99
    )

    html = as_admin.get("/admin-settings/channels/").content.decode()

    assert "Threat of violence" in html  # names on-call
    assert "Rules name the channel <code>legal-team</code>, which does not exist: Doxxing." in html


def test_every_settings_page_renders_for_an_admin(as_admin: Client) -> None:
    edits = [
        f"/admin-settings/queues/{Queue.objects.get(slug='threats').pk}/",
        f"/admin-settings/reason-codes/{ReasonCode.objects.first().pk}/",  # type: ignore[union-attr]
        f"/admin-settings/channels/{NotificationChannel.objects.get(slug='on-call').pk}/",
    ]
    for path in [*PAGES, *edits]:
        assert as_admin.get(path).status_code == 200, path
    assert as_admin.get("/admin-settings/").status_code == 302
