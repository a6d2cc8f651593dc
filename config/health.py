"""/healthz: is the database, Redis and at least one Celery worker up?"""

import redis
from django.conf import settings
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache

from config.celery import app


def _database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except Exception:
        return False


def _redis() -> bool:
    try:
        return bool(redis.Redis.from_url(settings.REDIS_URL, socket_timeout=1).ping())
    except Exception:
        return False


def _worker() -> bool:
    try:
        return bool(app.control.ping(timeout=1.0))
    except Exception:
        return False


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    checks = {"database": _database(), "redis": _redis()}
    checks["worker"] = checks["redis"] and _worker()
    status = {name: "ok" if up else "down" for name, up in checks.items()}
    return JsonResponse(status, status=200 if all(checks.values()) else 503)
