"""The author's notice of a decision on their content: a signed, unguessable link the platform passes on."""

from django.conf import settings
from django.core import signing
from django.urls import reverse

SALT = "heed.author-notice"


def notice_url(case_id: int) -> str:
    """The absolute link to the notice of the decision on `case_id` (and the way to appeal it)."""
    token = signing.dumps(case_id, salt=SALT, compress=True)
    return settings.SITE_URL.rstrip("/") + reverse("author-notice", args=[token])


def case_id_of(token: str) -> int | None:
    """The case a notice link names, or None for a link we did not sign."""
    try:
        case_id = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    return case_id if isinstance(case_id, int) else None
