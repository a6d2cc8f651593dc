"""The queue page's search box: what it finds, in which queue, and that it reads only that queue's part of
the text index (a common phrase used to recheck every queue's candidates: 15 ms at 100,000 open cases)."""

import re

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client

from moderation.models import Triage
from moderation.placement.pipeline import score_reports
from moderation.review import queries
from reports.models import ApiClient, Report
from tests.helpers import file_reports, report_body


def filed(client: ApiClient, *bodies: dict[str, str]) -> list[int]:
    reports = file_reports(client, *bodies)
    score_reports([r.pk for r in reports])
    return [r.case_id for r in reports]


def version(case_id: int) -> str:
    return str(Triage.objects.get(case_id=case_id).version)


def shown(c: Client, url: str) -> list[int]:
    response = c.get(url)
    assert response.status_code == 200
    return [int(x) for x in re.findall(r'data-case-id="(\d+)"', response.content.decode())]


@pytest.mark.django_db
def test_it_finds_text_ids_and_handles_in_this_queue_only(
    platform: tuple[ApiClient, str], as_moderator: Client, senior: User
) -> None:
    threat, other_threat, insult = filed(
        platform[0],
        report_body("I will find you at the HARBOUR and hurt you", category="violent_threat", author_id="a-71"),
        report_body(
            "I will stab you, see you at the market", category="violent_threat", target={"id": "t-9", "handle": "@Maya"}
        ),
        report_body("the harbour photos are ugly, you clown", category="harassment"),
    )
    assert shown(as_moderator, "/queues/threats/?q=harbour") == [threat]  # not the harassment queue's case
    assert shown(as_moderator, "/queues/harassment/?q=harbour") == [insult]
    assert shown(as_moderator, "/queues/threats/?q=a-71") == [threat]
    assert shown(as_moderator, "/queues/threats/?q=%40maya") == [other_threat]
    assert shown(as_moderator, "/queues/threats/?q=at+the+harbour+and") == [threat]
    assert shown(as_moderator, "/queues/threats/?q=harbour+hurt") == []  # a phrase, not two words

    # A case the search finds follows its case to the queue it is moved to.
    c = Client()
    c.force_login(senior)
    response = c.post(
        f"/cases/{threat}/decide",
        {"action": "escalate", "reason_code": "second-opinion", "note": "Names a place", "version": version(threat)},
    )
    assert response.status_code == 302, response.content
    assert shown(c, "/queues/threats/?q=harbour") == []
    assert shown(c, "/queues/senior/?q=harbour") == [threat]


@pytest.mark.django_db
def test_an_appealed_case_is_found_in_the_appeals_queue(
    platform: tuple[ApiClient, str], api: Client, moderator: User, senior: User
) -> None:
    (case_id,) = filed(platform[0], report_body("meet me at the harbour, loser", category="harassment"))
    c = Client()
    c.force_login(moderator)
    c.post(
        f"/cases/{case_id}/decide",
        {"action": "remove_content", "reason_code": "harassment", "version": version(case_id)},
    )
    report = Report.objects.get(case_id=case_id)
    r = api.post("/api/v1/appeals", {"external_id": "ap-1", "report_id": report.pk, "statement": "A joke."},
                 content_type="application/json")  # fmt: skip
    assert r.status_code == 202, r.content
    c.force_login(senior)
    assert shown(c, "/queues/appeals/?q=HARBOUR") == [case_id]


@pytest.mark.django_db
def test_a_text_search_reads_this_queues_part_of_the_index(platform: tuple[ApiClient, str]) -> None:
    ids = filed(platform[0], *(report_body(f"post number {n} with click here inside") for n in range(30)))
    queue = Triage.objects.get(case_id=ids[0]).queue
    sql, params = queries.open_cases(queue, queries.QueueFilters(search="click here")).query.sql_with_params()
    with connection.cursor() as cursor:
        # Thirty rows: left to itself the planner would walk the queue and read each case; as at scale, it
        # is to find the text's candidates from the index.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute("SET LOCAL enable_nestloop = off")
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    scan = re.search(r"Bitmap Index Scan on case_queue_text_search.*\n\s+Index Cond: (.*)", plan)
    assert scan, plan
    assert f"queue)::text = '{queue.slug}'" in scan.group(1) and "CLICK HERE" in scan.group(1), plan
