"""The case page of a pile-on: its reports a page at a time, its versions counted, not listed in full."""

import json
import re

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from moderation.models import Queue, Triage
from moderation.placement.pipeline import score_reports
from moderation.review.queries import case_reports
from reports.models import ApiClient, Report
from tests.helpers import file_reports, report_body

pytestmark = pytest.mark.django_db

FIRST_PAGE = 50
MORE_PAGE = 200


def pile_on(client: ApiClient, n: int, text: str = "you are a worthless idiot", content_id: str = "pile") -> int:
    """A post reported `n` times, in one batch: every report received at the same instant."""
    reports = file_reports(client, *(report_body(text, content_id=content_id) for _ in range(n)))
    score_reports([r.pk for r in reports])
    return reports[0].case_id


def reporters(html: str) -> list[str]:
    return re.findall(r"<td>(reporter-\d+)</td>", html)


def more_link(html: str) -> str | None:
    found = re.search(r'<a href="([^"]+)"[^>]*id="more-reports"', html)
    return found.group(1).replace("&amp;", "&") if found else None


def in_order(case_id: int) -> list[str]:
    return list(
        Report.objects.filter(case_id=case_id).order_by("received_at", "id").values_list("reporter_id", flat=True)
    )


def test_the_case_page_shows_the_first_50_reports_and_more_a_page_at_a_time(
    as_moderator: Client, platform: tuple[ApiClient, str]
) -> None:
    case_id = pile_on(platform[0], FIRST_PAGE + MORE_PAGE + 10)
    expected = in_order(case_id)

    html = as_moderator.get(f"/cases/{case_id}/").content.decode()
    assert "Reports (260 from 260 people)" in html
    assert reporters(html) == expected[:FIRST_PAGE]
    link = more_link(html)
    assert link is not None and "Show more reports" in html

    # Without JavaScript the link is a page of its own: the next 200, and a link to the rest.
    page = as_moderator.get(link)
    assert page.status_code == 200 and "<html" in page.content.decode()
    assert reporters(page.content.decode()) == expected[FIRST_PAGE : FIRST_PAGE + MORE_PAGE]
    last = more_link(page.content.decode())
    assert last is not None

    # With htmx, only the rows (and the next link, if any) come back, to replace the link's row.
    rows = as_moderator.get(last, headers={"HX-Request": "true"}).content.decode()
    assert "<html" not in rows and rows.lstrip().startswith("<tr")
    assert reporters(rows) == expected[FIRST_PAGE + MORE_PAGE :]
    assert more_link(rows) is None


def test_a_case_with_few_reports_has_no_more_link(as_moderator: Client, platform: tuple[ApiClient, str]) -> None:
    case_id = pile_on(platform[0], FIRST_PAGE)
    html = as_moderator.get(f"/cases/{case_id}/").content.decode()
    assert len(reporters(html)) == FIRST_PAGE
    assert more_link(html) is None


def test_more_reports_are_refused_to_whoever_may_not_see_the_case(
    platform: tuple[ApiClient, str], moderator: User, senior: User
) -> None:
    case_id = pile_on(platform[0], FIRST_PAGE + 5)
    Triage.objects.filter(case_id=case_id).update(queue=Queue.objects.get(slug="senior"))
    c = Client()
    c.force_login(senior)
    link = more_link(c.get(f"/cases/{case_id}/").content.decode())
    assert link is not None
    assert len(reporters(c.get(link).content.decode())) == 5

    c.force_login(moderator)
    refused = c.get(link)
    assert refused.status_code == 403
    assert "Senior review queue is worked by Senior moderator or Admin" in refused.content.decode()
    assert Client().get(link)["Location"].startswith("/login/")


def test_each_version_shows_how_many_reports_carried_it_and_the_first_20(
    platform: tuple[ApiClient, str], senior: User
) -> None:
    case_id = pile_on(platform[0], 25, text="you are a worthless idiot")
    pile_on(platform[0], 1, text="you are a worthless idiot and I know where you live")
    first = list(Report.objects.filter(case_id=case_id).order_by("id").values_list("external_id", flat=True))
    c = Client()
    c.force_login(senior)

    html = c.get(f"/cases/{case_id}/").content.decode()
    version_1 = re.search(r'id="version-1">.*?</p>', html, re.S)
    version_2 = re.search(r'id="version-2">.*?</p>', html, re.S)
    assert version_1 is not None and version_2 is not None
    assert f"carried by 25 reports: {', '.join(first[:20])}, …" in version_1.group(0)
    assert not re.search(rf"{first[20]}\b", version_1.group(0))
    last = Report.objects.filter(case_id=case_id).latest("id").external_id
    assert f"carried by 1 report: {last}" in version_2.group(0)

    # The evidence bundle names every report of every version.
    bundle = json.loads(c.get(f"/cases/{case_id}/evidence?format=json").content)
    assert [v["reports"] for v in bundle["versions"]] == [first[:25], [last]]


def test_a_report_row_shows_when_who_what_and_which_version(
    as_moderator: Client, platform: tuple[ApiClient, str]
) -> None:
    client = platform[0]
    (first,) = file_reports(
        client, report_body("you are a worthless idiot", content_id="p1", category="hate", comment="<b>again</b>")
    )
    (second,) = file_reports(
        client,
        report_body("you are a worthless idiot, edited", content_id="p1", category="spam"),
    )
    Report.objects.filter(pk=second.pk).update(reporter_handle="@watcher")
    score_reports([first.pk, second.pk])
    received = timezone.localtime(first.received_at).strftime("%Y-%m-%d %H:%M:%S")

    html = as_moderator.get(f"/cases/{first.case_id}/").content.decode()

    assert (
        f"<tr><td>{received}</td><td>{first.reporter_id}</td><td>Hate</td><td>&lt;b&gt;again&lt;/b&gt;</td><td>1</td></tr>"
        in html
    )
    assert re.search(r"<tr><td>[-\d :]+</td><td>@watcher</td><td>Spam or scam</td><td></td><td>2</td></tr>", html)


def test_the_reports_are_read_with_only_the_columns_their_rows_show(platform: tuple[ApiClient, str]) -> None:
    # A page of a pile-on lists 50 (or 200) of them: model instances with every column cost more than their rows.
    case_id = pile_on(platform[0], 3)
    with CaptureQueriesContext(connection) as queries:
        rows, more = case_reports(case_id, limit=2)
    assert (len(rows), more) == (2, True)
    (sql,) = [q["sql"] for q in queries.captured_queries]
    # Each row's time as the page prints it: the `date` filter on 50 rows cost a pile-on's page ~3 ms.
    received = Report.objects.filter(case_id=case_id).order_by("received_at", "id")[0].received_at
    assert rows[0]["received"] == timezone.localtime(received).strftime("%Y-%m-%d %H:%M:%S")
    for unread in ('"raw"', '"status_token"', '"reporter_contact"', '"target_id"', '"outcome"'):
        assert unread not in sql
