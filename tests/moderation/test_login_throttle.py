"""Password guessing: five wrong passwords lock the account and the address for a while (django-axes)."""

from django.contrib.auth.models import User
from django.test import Client
from pytest_django import Settings

PASSWORD = "correct horse battery staple"


def _log_in(client: Client, path: str, username: str, password: str, ip: str) -> tuple[int, str]:
    response = client.post(path, {"username": username, "password": password}, REMOTE_ADDR=ip)
    return response.status_code, response.content.decode()


def test_it_locks_out_a_guesser_after_five_wrong_passwords(admin_user: User) -> None:
    guesser = Client()
    for _ in range(5):
        status, _ = _log_in(guesser, "/login/", "ada", "wrong", "203.0.113.5")
    status, page = _log_in(guesser, "/login/", "ada", "wrong", "203.0.113.5")
    assert status == 429
    assert "Too many failed log-ins" in page
    assert "15 minutes" in page

    status, page = _log_in(guesser, "/login/", "ada", PASSWORD, "203.0.113.5")
    assert status == 429, "the right password is refused during the lock-out too"
    assert "_auth_user_id" not in guesser.session


def test_it_locks_the_account_from_every_address(admin_user: User) -> None:
    for _ in range(5):
        _log_in(Client(), "/login/", "ada", "wrong", "203.0.113.5")
    status, _ = _log_in(Client(), "/login/", "ada", PASSWORD, "198.51.100.7")
    assert status == 429


def test_it_locks_an_address_guessing_many_accounts(admin_user: User, moderator: User) -> None:
    for name in ["a", "b", "c", "d", "e"]:
        _log_in(Client(), "/login/", name, "wrong", "203.0.113.5")
    status, _ = _log_in(Client(), "/login/", "mo", PASSWORD, "203.0.113.5")
    assert status == 429


def test_another_user_from_another_address_can_still_log_in(admin_user: User, moderator: User) -> None:
    for _ in range(6):
        _log_in(Client(), "/login/", "ada", "wrong", "203.0.113.5")
    mo = Client()
    status, _ = _log_in(mo, "/login/", "mo", PASSWORD, "198.51.100.7")
    assert status == 302
    assert mo.session["_auth_user_id"] == str(moderator.pk)


def test_it_locks_out_a_guesser_at_the_django_admin_login(admin_user: User) -> None:
    admin_user.is_staff = True
    admin_user.save()
    for _ in range(4):
        status, _ = _log_in(Client(), "/admin/login/", "ada", "wrong", "203.0.113.5")
        assert status == 200
    status, _ = _log_in(Client(), "/admin/login/", "ada", "wrong", "203.0.113.5")
    assert status == 429, "the fifth wrong password is the last"
    status, page = _log_in(Client(), "/admin/login/", "ada", PASSWORD, "203.0.113.5")
    assert status == 429
    assert "Too many failed log-ins" in page


def test_a_wrong_password_or_two_do_not_lock_anyone_out(admin_user: User) -> None:
    for _ in range(4):
        _log_in(Client(), "/login/", "ada", "wrong", "203.0.113.5")
    status, _ = _log_in(Client(), "/login/", "ada", PASSWORD, "203.0.113.5")
    assert status == 302


def test_behind_a_proxy_each_client_address_is_locked_out_alone(
    admin_user: User, moderator: User, settings: Settings
) -> None:
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_REAL_IP"
    for name in ["a", "b", "c", "d", "e"]:
        Client().post("/login/", {"username": name, "password": "wrong"}, REMOTE_ADDR="10.0.0.2",
                      HTTP_X_REAL_IP="203.0.113.5")  # fmt: skip
    locked = Client().post("/login/", {"username": "mo", "password": PASSWORD}, REMOTE_ADDR="10.0.0.2",
                           HTTP_X_REAL_IP="203.0.113.5")  # fmt: skip
    other = Client().post("/login/", {"username": "mo", "password": PASSWORD}, REMOTE_ADDR="10.0.0.2",
                          HTTP_X_REAL_IP="198.51.100.7")  # fmt: skip
    assert (locked.status_code, other.status_code) == (429, 302)
