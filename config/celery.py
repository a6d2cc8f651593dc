import os
from typing import Any

from celery import Celery, Task
from celery.signals import task_postrun, task_prerun

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("heed")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@task_prerun.connect
def _start_task(sender: Task, **kwargs: Any) -> None:
    if getattr(sender.request, "is_eager", False):
        return  # run inline, inside the caller's transaction and request
    from django.db import reset_queries

    # As Django does at each request: under DEBUG (make run) every query is logged with its values, up to
    # 9,000 of them, and a scoring process's log of 500-report inserts kept it growing past 300 MB.
    reset_queries()
    _close_old_connections(sender)


@task_postrun.connect
def _close_old_connections(sender: Task, **kwargs: Any) -> None:
    # As Django does around a request: keep the connection for the next task unless it is broken or older
    # than CONN_MAX_AGE. (Celery's own handling, switched off by CELERY_DB_REUSE_MAX, closes it around
    # every task: a new PostgreSQL backend per task, dearer than a one-page delivery task itself.)
    if getattr(sender.request, "is_eager", False):
        return  # run inline, inside the caller's transaction
    from django.db import close_old_connections

    close_old_connections()
