"""The reporter's pages: the public report form and the status of a report. No login, nothing of moderation."""

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import wraps
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import get_usage
from redis import RedisError

from reports.forms import ReportForm
from reports.models import Report
from reports.web_client import file_web_report

log = logging.getLogger(__name__)

# What a decision means to the person who reported, in plain words. "escalate" is not an outcome
# for them: the report is still under review, by a specialist.
OUTCOME_WORDS = {
    "remove_content": "The content was removed.",
    "suspend_author": "The author was suspended.",
    "refer_law_enforcement": "We took action on the content.",
    "no_violation": "We reviewed it and found no violation of our rules.",
}
ESCALATED = "escalate"


def unlisted(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """For pages behind an unguessable link: keep the link out of search engines, other sites' Referer
    and shared caches. "same-origin", not "no-referrer": with no referrer a browser posts a form with
    `Origin: null`, which Django's CSRF check rightly refuses (the author's appeal form is on such a page)."""

    @never_cache
    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        response["Referrer-Policy"] = "same-origin"
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return wrapped


def _seconds_until_allowed(request: HttpRequest) -> int | None:
    """Count this submission against every configured rate; None if within all of them."""
    waits = []
    for rate in settings.HEED_REPORT_FORM_RATES:
        try:
            usage = get_usage(request, group="report-form", key="ip", rate=rate, increment=True)
        except RedisError:
            # Fail open, like intake: losing a report is worse than a few minutes without a limit.
            log.exception("rate limiter unavailable; accepting the report form unlimited")
            return None
        if usage and usage["should_limit"]:
            waits.append(usage["time_left"])
    return max(1, *waits) if waits else None


@require_http_methods(["GET", "POST"])
def report_form(request: HttpRequest) -> HttpResponse:
    """The report button for people without an integration."""
    form = ReportForm()
    if request.method == "POST":
        wait = _seconds_until_allowed(request)
        if wait is not None:
            # Unsent, but not lost: hand the person's words back with the explanation.
            form = ReportForm(initial=request.POST.dict())
            context = {"form": form, "wait_minutes": math.ceil(wait / 60)}
            response = render(request, "reports/form.html", context, status=429)
            response["Retry-After"] = str(wait)
            return response
        form = ReportForm(request.POST)
        if form.is_valid():
            report = file_web_report(data=form.cleaned_data)
            return redirect("report-sent", token=report.status_token)
    return render(request, "reports/form.html", {"form": form})


@unlisted
def report_sent(request: HttpRequest, token: str) -> HttpResponse:
    report = get_object_or_404(Report, status_token=token)
    status_url = request.build_absolute_uri(report.get_status_url())
    return render(request, "reports/sent.html", {"report": report, "status_url": status_url})


@dataclass(frozen=True)
class Step:
    label: str
    at: datetime | None
    done: bool
    detail: str = ""
    # What the page says first while this is the latest step reached.
    summary: str = ""


def _timeline(report: Report) -> list[Step]:
    """Received → waiting → under review → outcome, each with its time once reached."""
    escalated = report.outcome == ESCALATED
    decided = bool(report.outcome) and not escalated
    outcome = OUTCOME_WORDS.get(report.outcome, "We reviewed it and made a decision.") if decided else ""
    reviewing = (
        decided
        or escalated
        or report.in_review_at is not None
        or report.status in (Report.Status.IN_REVIEW, Report.Status.RESOLVED)
    )
    queued = reviewing or report.queued_at is not None or report.status != Report.Status.RECEIVED
    specialist = "It was passed to a specialist team for a closer look." if escalated else ""
    return [
        Step("Received", report.received_at, True, summary="We have your report. It will be queued for review soon."),
        Step("Waiting for review", report.queued_at, queued, summary="Your report is waiting for a reviewer."),
        Step("Under review", report.in_review_at, reviewing, specialist, "Your report is under review. " + specialist),
        Step("Outcome", report.outcome_at if decided else None, decided, outcome, outcome),
    ]


@unlisted
def report_status(request: HttpRequest, token: str) -> HttpResponse:
    """The reporter's view: where their report stands, nothing about moderators or other reporters."""
    report = get_object_or_404(Report, status_token=token)
    steps = _timeline(report)
    return render(
        request,
        "reports/status.html",
        {
            "report": report,
            "steps": steps,
            "summary": next(s.summary for s in reversed(steps) if s.done).strip(),
            "link": report.raw.get("content", {}).get("url", ""),
        },
    )
