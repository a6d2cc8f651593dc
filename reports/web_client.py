"""The public report form as an intake client: reports filed on our site go through `accept_reports`
like any platform's, as the built-in client "web-form"."""

import hashlib
import re
import uuid
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.db import IntegrityError, transaction
from django.utils.crypto import salted_hmac

from reports.intake import accept_reports
from reports.models import ApiClient, Report
from reports.schemas import ReportIn

WEB_FORM_CLIENT = "web-form"

# Query parameters that track who shared a link, not which content it points to.
_TRACKING_PARAM = re.compile(r"utm_\w+|fbclid|gclid|igshid|mc_eid")


def web_form_client() -> ApiClient:
    client = ApiClient.objects.filter(name=WEB_FORM_CLIENT).first()
    if client is not None:
        return client
    try:
        with transaction.atomic():
            client, _token = ApiClient.issue(WEB_FORM_CLIENT)  # the token is thrown away: nobody calls the API as us
    except IntegrityError:  # another request created it first
        client = ApiClient.objects.get(name=WEB_FORM_CLIENT)
    return client


def normalise_url(url: str) -> str:
    """One spelling per link: https, lower-case host without www., no fragment, tracking or trailing slash."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host += f":{parts.port}"
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAM.fullmatch(k)
    )
    return urlunsplit(("https", host, parts.path.rstrip("/") or "/", urlencode(query), ""))


def _person_id(host: str, handle: str) -> str:
    # The web form spans every site: "@sam" on one platform is not "@sam" on another.
    return f"{host}:{handle.strip().removeprefix('@').lower()}"[:200]


def _reporter_id(contact: str) -> str:
    # Keyed, so one person's reports count as one reporter, without their address in the id.
    if contact:
        return "web:" + salted_hmac("heed.reports.web-reporter", contact.lower(), algorithm="sha256").hexdigest()
    return "web:" + uuid.uuid4().hex


@transaction.atomic
def file_web_report(*, data: Mapping[str, Any]) -> Report:
    """File one report from the form's cleaned data and return it.

    1. Key the content by its normalised link, so everyone reporting the same post joins one case.
    2. Name the author and the target by site and handle. An unknown author gets an id of its own:
       one shared "unknown" would give every anonymous post the same growing history of actions.
    3. Store the reporter's contact on the report only, never in `raw` or the reporter id.
    """
    link = normalise_url(data["url"])
    host = urlsplit(link).netloc
    content_id = "url:" + hashlib.sha256(link.encode()).hexdigest()
    author = data["author_handle"].strip()
    target = data["target_handle"].strip()
    contact = data["contact"].strip()
    item = ReportIn.model_validate(
        {
            "external_id": f"web-{uuid.uuid4()}",
            "category": data["category"],
            "comment": data["comment"],
            "content": {
                "id": content_id,
                "text": data["text"],
                "url": data["url"],
                "language": data.get("language") or None,
                "author": {"id": _person_id(host, author) if author else f"unknown:{content_id}", "handle": author},
            },
            "reporter": {"id": _reporter_id(contact)},
            "target": {"id": _person_id(host, target), "handle": target} if target else None,
        }
    )
    (report,) = accept_reports(client=web_form_client(), items=[item])
    if contact:
        Report.objects.filter(pk=report.pk).update(reporter_contact=contact)
        report.reporter_contact = contact
    return report
