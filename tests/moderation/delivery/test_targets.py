"""Webhook and alert targets: public addresses only, checked on save and on every send; errors say little."""

import socket
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.test import Client
from pytest_django import Settings

from config.network import UNREACHABLE
from moderation.delivery import outbox
from moderation.models import Delivery, NotificationChannel
from reports.models import ApiClient
from tests.helpers import Receiver, free_port

pytestmark = pytest.mark.django_db

real_getaddrinfo = socket.getaddrinfo


@pytest.fixture
def private_refused(settings: Settings) -> None:
    settings.HEED_ALLOW_PRIVATE_TARGETS = False


@pytest.fixture
def as_admin(admin_user: User) -> Client:
    c = Client()
    c.force_login(admin_user)
    return c


@pytest.fixture
def dns(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Names that resolve as the test says (the machine's resolver knows nothing of hooks.*.example)."""
    names: dict[str, list[str]] = {}
    lookups: list[str] = []

    def getaddrinfo(host: str, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        if host in names:
            lookups.append(host)
            family = {4: socket.AF_INET, 6: socket.AF_INET6}
            return [(family[6 if ":" in a else 4], socket.SOCK_STREAM, 6, "", (a, port)) for a in names[host]]
        return real_getaddrinfo(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    names["lookups"] = lookups
    return names


def send(url: str) -> Delivery:
    delivery = outbox.queue_delivery(kind="notification", url=url, payload={"text": "hi"})
    outbox.deliver(delivery.pk)
    delivery.refresh_from_db()
    return delivery


def test_a_loopback_target_is_refused_without_a_connection(private_refused: None) -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.3)
    try:
        delivery = send(f"http://127.0.0.1:{listener.getsockname()[1]}/hook")
        with pytest.raises(TimeoutError):
            listener.accept()
    finally:
        listener.close()
    assert (delivery.state, delivery.last_error) == ("pending", UNREACHABLE)


@pytest.mark.parametrize(
    "host",
    [
        "localhost",
        "[::1]",
        "169.254.169.254",
        "10.1.2.3",
        "192.168.0.10",
        "0.0.0.0",  # noqa: S104
        "224.0.0.1",
        "[::ffff:127.0.0.1]",
    ],
)
def test_no_private_loopback_link_local_multicast_or_unspecified_target_is_sent_to(
    private_refused: None, host: str
) -> None:
    assert send(f"http://{host}:8080/hook").last_error == UNREACHABLE


def test_a_name_resolving_to_a_private_address_is_refused(private_refused: None, dns: dict[str, list[str]]) -> None:
    dns["hooks.internal.example"] = ["10.0.0.5"]
    assert send("https://hooks.internal.example/hook").last_error == UNREACHABLE


def test_a_name_with_any_private_address_among_public_ones_is_refused(
    private_refused: None, dns: dict[str, list[str]]
) -> None:
    dns["hooks.mixed.example"] = ["93.184.215.14", "10.0.0.5"]
    assert send("https://hooks.mixed.example/hook").last_error == UNREACHABLE


def test_with_private_targets_allowed_a_local_receiver_gets_the_delivery(
    settings: Settings, receiver: Receiver
) -> None:
    settings.HEED_ALLOW_PRIVATE_TARGETS = True
    assert send(receiver.url).state == "delivered"
    assert len(receiver.received) == 1


def test_it_resolves_once_and_connects_to_the_address_it_checked(
    settings: Settings, receiver: Receiver, dns: dict[str, list[str]]
) -> None:
    settings.HEED_ALLOW_PRIVATE_TARGETS = True
    dns["hooks.platform.example"] = ["127.0.0.1"]
    port = receiver.server_address[1]
    assert send(f"http://hooks.platform.example:{port}/hook").state == "delivered"
    (request,) = receiver.received
    assert request.headers["Host"] == f"hooks.platform.example:{port}"
    assert dns["lookups"] == ["hooks.platform.example"]


def test_a_failed_connection_says_nothing_of_why(settings: Settings) -> None:
    settings.HEED_ALLOW_PRIVATE_TARGETS = True
    assert send(f"http://127.0.0.1:{free_port()}/hook").last_error == UNREACHABLE


def test_an_admin_cannot_save_a_channel_aimed_at_a_private_address(
    private_refused: None, as_admin: Client, dns: dict[str, list[str]]
) -> None:
    dns["hooks.internal.example"] = ["10.0.0.5"]
    for target in ["http://127.0.0.1:6379/", "http://169.254.169.254/latest/", "https://hooks.internal.example/x"]:
        response = as_admin.post(
            "/admin-settings/channels/new",
            {"name": "Bad", "slug": "bad", "kind": "webhook", "target": target, "dedupe_minutes": 60},
        )
        assert response.status_code == 200
        assert "Give a public address" in response.content.decode()
    assert not NotificationChannel.objects.filter(slug="bad").exists()


def test_an_admin_may_save_a_local_channel_when_private_targets_are_allowed(
    settings: Settings, as_admin: Client
) -> None:
    settings.HEED_ALLOW_PRIVATE_TARGETS = True
    response = as_admin.post(
        "/admin-settings/channels/new",
        {"name": "Local", "slug": "local", "kind": "webhook", "target": "http://127.0.0.1:9000/", "dedupe_minutes": 60},
    )
    assert response.status_code == 302


def test_an_api_client_cannot_get_a_private_callback_url(private_refused: None, heed: None) -> None:
    with pytest.raises(CommandError, match="public address"):
        call_command("create_api_client", "acme", "--callback-url", "http://10.0.0.1/hook")
    assert not ApiClient.objects.filter(name="acme").exists()
