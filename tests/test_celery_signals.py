"""What every Celery task gets around it (config/celery.py)."""

from types import SimpleNamespace

import pytest
from celery.signals import task_prerun
from django.db import connection
from pytest_django import Settings

pytestmark = pytest.mark.django_db


class _Task:
    """What the signal's receivers read of the task that is starting."""

    def __init__(self, *, eager: bool) -> None:
        self.request = SimpleNamespace(is_eager=eager)


def _run_a_query() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def test_a_task_starts_with_an_empty_query_log_under_debug(settings: Settings) -> None:
    # Under DEBUG (make run) Django logs every query, with its values, until something resets the log: a
    # request does, a task did not, and a scoring process's log of 500-report inserts kept it growing past 300 MB.
    settings.DEBUG = True
    connection.force_debug_cursor = True
    try:
        _run_a_query()
        assert connection.queries_log
        task_prerun.send(sender=_Task(eager=False), task_id="t", task=None)
        assert not connection.queries_log
    finally:
        connection.force_debug_cursor = False


def test_a_task_run_inline_leaves_its_callers_query_log_alone(settings: Settings) -> None:
    settings.DEBUG = True
    connection.force_debug_cursor = True
    try:
        _run_a_query()
        task_prerun.send(sender=_Task(eager=True), task_id="t", task=None)
        assert connection.queries_log
    finally:
        connection.force_debug_cursor = False
