"""Structured logs: one JSON object a line, with the request id and (when known) the case id.

RequestIdMiddleware takes the proxy's X-Request-ID (or makes one), echoes it on the response and
puts it, with the URL's case_id, in context variables that JsonFormatter adds to every record
logged while the request runs. Celery workers log through the same formatter; this module also
counts task failures for the Prometheus endpoint, since LOGGING imports it in every process.
"""

import contextvars
import json
import logging
import re
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from celery.signals import task_failure
from django.http import HttpRequest, HttpResponse

request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("heed_request_id", default=None)
case_id: contextvars.ContextVar[int | None] = contextvars.ContextVar("heed_case_id", default=None)
_SAFE_ID = re.compile(r"^[A-Za-z0-9._-]{1,100}$")
_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        if rid := request_id.get():
            entry["request_id"] = rid
        if cid := case_id.get():
            entry["case_id"] = cid
        # Extras passed as logger.info(..., extra={"case_id": 7}) win over the request's.
        entry.update({k: v for k, v in record.__dict__.items() if k not in _STANDARD and not k.startswith("_")})
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


class RequestIdMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        incoming = request.headers.get("X-Request-ID", "")
        rid = incoming if _SAFE_ID.match(incoming) else uuid.uuid4().hex
        token = request_id.set(rid)
        case_token = case_id.set(None)
        try:
            response = self.get_response(request)
        finally:
            request_id.reset(token)
            case_id.reset(case_token)
        response["X-Request-ID"] = rid
        return response

    def process_view(self, request: HttpRequest, view: Any, args: Any, kwargs: dict[str, Any]) -> None:
        if isinstance(kwargs.get("case_id"), int):
            case_id.set(kwargs["case_id"])


@task_failure.connect
def _count_task_failure(sender: Any = None, **kwargs: Any) -> None:
    from moderation.metrics.prometheus import count_task_failure

    count_task_failure(getattr(sender, "name", "unknown"))
