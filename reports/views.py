from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from reports.models import Report


def report_status(request: HttpRequest, token: str) -> HttpResponse:
    """The reporter's view: where their report stands, nothing about moderators or other reporters."""
    report = get_object_or_404(Report, status_token=token)
    return render(request, "reports/status.html", {"report": report})
