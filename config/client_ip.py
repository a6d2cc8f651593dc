"""The client's address, as the report form's rate limit sees it, for the log-in lock-out too."""

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    # Behind a proxy REMOTE_ADDR is the proxy's: one lock-out for every client would lock everyone out.
    key = settings.RATELIMIT_IP_META_KEY or "REMOTE_ADDR"
    value = request.META.get(key)
    # In a list (X-Forwarded-For) the client writes the left of it; the last is what our proxy saw.
    return value.split(",")[-1].strip() if value else None
