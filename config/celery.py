import os
from typing import Any

from celery import Celery, Task
from celery.signals import task_postrun, task_prerun

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("heed")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@task_prerun.connect
@task_postrun.connect
def _close_old_connections(sender: Task, **kwargs: Any) -> None:
    # As Django does around a request: keep the connection for the next task unless it is broken or older
    # than CONN_MAX_AGE. (Celery's own handling, switched off by CELERY_DB_REUSE_MAX, closes it around
    # every task: a new PostgreSQL backend per task, dearer than a one-page delivery task itself.)
    if getattr(sender.request, "is_eager", False):
        return  # run inline, inside the caller's transaction
    from django.db import close_old_connections

    close_old_connections()
