"""Personas and real services for the suite: a moderator, a senior, an admin, an outsider, a platform."""

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client
from kombu import Queue

from moderation.bootstrap.setup import ensure_defaults
from moderation.vocabulary import ADMIN, MODERATOR, SENIOR
from reports.models import ApiClient
from tests.helpers import make_user

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True, scope="session")
def _fast_password_hashing() -> None:
    # The default hasher is slow on purpose; personas need no protection.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def heed(db: None) -> None:
    ensure_defaults()


@pytest.fixture
def platform(heed: None) -> tuple[ApiClient, str]:
    return ApiClient.issue("platform", "http://127.0.0.1:9/hook")


@pytest.fixture
def platform_client(platform: tuple[ApiClient, str]) -> ApiClient:
    return platform[0]


@pytest.fixture
def api(platform: tuple[ApiClient, str]) -> Client:
    return Client(headers={"Authorization": f"Bearer {platform[1]}"})


@pytest.fixture
def moderator(heed: None) -> User:
    return make_user("mo", MODERATOR)


@pytest.fixture
def senior(heed: None) -> User:
    return make_user("sam", SENIOR)


@pytest.fixture
def admin_user(heed: None) -> User:
    return make_user("ada", ADMIN)


@pytest.fixture
def outsider(heed: None) -> User:
    return make_user("olly", None)


@pytest.fixture
def as_moderator(moderator: User) -> Client:
    c = Client()
    c.force_login(moderator)
    return c


def test_database_url() -> str:
    db = settings.DATABASES["default"]
    host = quote(db["HOST"], safe="") if db["HOST"].startswith("/") else db["HOST"]
    port = f":{db['PORT']}" if db["PORT"] else ""
    return f"postgres://{db['USER']}@{host}{port}/{db['NAME']}"


test_database_url.__test__ = False  # type: ignore[attr-defined]


class Worker:
    """A real `celery worker` process (with beat) against the test database and the real broker."""

    def __init__(self, overrides: dict[str, str | None] | None = None, queues: Sequence[str] | None = None) -> None:
        env = dict(os.environ)
        env.update(
            DATABASE_URL=test_database_url(),
            HEED_CELERY_QUEUE=settings.CELERY_TASK_DEFAULT_QUEUE,
            HEED_SWEEP_EVERY_SECONDS="1",
            HEED_SCORE_SWEEP_AFTER_SECONDS="2",
            HEED_WEBHOOK_BACKOFF_SECONDS="1",
            HEED_DELIVERY_SWEEP_SECONDS="1",
            HEED_SLA_CHECK_SECONDS="1",
            EMAIL_URL="memorymail://",
            CONN_MAX_AGE="0",
        )
        for name, value in (overrides or {}).items():  # None: not set, as in a bare shell
            if value is None:
                env.pop(name, None)
            else:
                env[name] = value
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", "--beat", "--concurrency=2",
             "--loglevel=warning", "--without-gossip", "--without-mingle",
             f"--queues={','.join(settings.HEED_QUEUES if queues is None else queues)}",
             f"--schedule={ROOT / 'var' / f'beat-test-{os.getpid()}'}"],
            cwd=ROOT, env=env, start_new_session=True,
        )  # fmt: skip

    def kill(self) -> None:
        """kill -9 the worker and its pool processes."""
        with_suppressed(lambda: os.killpg(self.proc.pid, signal.SIGKILL))
        self.proc.wait()

    def stop(self) -> None:
        with_suppressed(lambda: os.killpg(self.proc.pid, signal.SIGTERM))
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.kill()


def with_suppressed(fn: Callable[[], Any]) -> None:
    with contextlib.suppress(ProcessLookupError):
        fn()


@pytest.fixture
def start_worker(transactional_db: None) -> Iterator[Callable[..., Worker]]:
    workers: list[Worker] = []

    def start(*, queues: Sequence[str] | None = None, **env: str | None) -> Worker:
        """Start a worker on `queues` (all four by default); `env` sets (or, with None, unsets) variables."""
        (ROOT / "var").mkdir(exist_ok=True)
        workers.append(Worker(env, queues))
        return workers[-1]

    yield start
    for w in workers:
        w.stop()
    # A worker on some queues leaves the others' tasks (beat's, a backtest's) behind: not for the next test.
    from config.celery import app

    with app.connection_for_write() as connection:
        for name in settings.HEED_QUEUES:
            Queue(name, channel=connection.default_channel).purge()


def wait_for(predicate: Callable[[], Any], timeout: float = 30.0, interval: float = 0.1) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout} s")
