"""A web or worker process freezes what it built as it started, so full garbage collections skip it.

Each process is started afresh (a subprocess): freezing the test run's own objects would test nothing."""

import os
import subprocess
import sys

from django.conf import settings

from tests.conftest import ROOT, test_database_url

# Prints how many objects are frozen, and how many a full collection still walks.
REPORT = "import gc; print(gc.get_freeze_count(), len(gc.get_objects()))"


def _started(code: str) -> tuple[int, int]:
    env = {**os.environ, "DATABASE_URL": test_database_url(), "REDIS_URL": settings.REDIS_URL,
           "DJANGO_SETTINGS_MODULE": "config.settings"}  # fmt: skip
    done = subprocess.run([sys.executable, "-c", f"{code}\n{REPORT}"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    frozen, walked = done.stdout.split()[-2:]
    return int(frozen), int(walked)


def test_the_web_process_freezes_its_start_up() -> None:
    frozen, walked = _started("import config.wsgi")
    assert frozen > 50_000  # Django, the apps and every view module the URLconf imports
    assert walked < 1_000


def test_a_worker_process_freezes_its_start_up_with_the_scorer() -> None:
    frozen, walked = _started("import django; django.setup()\nfrom moderation.tasks import _start_worker_process\n"
                              "_start_worker_process()")  # fmt: skip
    assert frozen > 50_000
    assert walked < 1_000


def test_without_it_a_process_walks_everything() -> None:
    frozen, walked = _started("import django; django.setup()")
    assert frozen == 0 and walked > 50_000
