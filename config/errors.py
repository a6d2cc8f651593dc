"""What Heed answers when something other than the request is wrong: PostgreSQL unreachable (503 with
Retry-After, on pages and on the API) and any unexpected error on the API (a JSON 500, never an HTML page)."""

import logging
import sys
from collections.abc import Callable

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template import loader
from django.views import defaults

log = logging.getLogger(__name__)

# Long enough for a failover or a restart, short enough that a platform's retry lands soon after.
RETRY_AFTER_SECONDS = 30
# Connection refused or lost, and transient conflicts (deadlock, serialisation): a retry may succeed.
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
JSON = "application/json; charset=utf-8"


def _is_api(request: HttpRequest) -> bool:
    return request.path.startswith("/api/")


def database_unavailable(request: HttpRequest) -> HttpResponse:
    response: HttpResponse
    if _is_api(request):
        msg = "the database is unavailable; retry later"
        response = JsonResponse({"errors": [{"loc": [], "msg": msg}]}, status=503, content_type=JSON)
    else:
        # Rendered without the request: context processors would ask the database again.
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


class DatabaseUnavailableMiddleware:
    """Turn a view's database connection failure into a 503 instead of a 500."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, DATABASE_UNAVAILABLE):
            return None
        log.error("database unavailable: %s", exception, exc_info=exception)
        return database_unavailable(request)


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500, for errors outside views too (a middleware saving the session, say); Django has logged it."""
    exception = sys.exc_info()[1]  # Django calls handler500 while handling the exception
    if isinstance(exception, DATABASE_UNAVAILABLE):
        return database_unavailable(request)
    if _is_api(request):
        return JsonResponse({"errors": [{"loc": [], "msg": "internal server error"}]}, status=500, content_type=JSON)
    return defaults.server_error(request)
