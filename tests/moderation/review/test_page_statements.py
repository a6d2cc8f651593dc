"""What the pages moderators open all day read: each statement is a round trip and a query built in Python,
which cost these pages more than their rows do."""

from typing import Any

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from moderation.models import Queue, Triage
from moderation.placement.pipeline import score_reports
from moderation.vocabulary import SENIOR
from reports.models import ApiClient
from tests.helpers import file_reports, report_body

pytestmark = pytest.mark.django_db


@pytest.fixture
def case_id(platform: tuple[ApiClient, str]) -> int:
    reports = file_reports(
        platform[0], report_body("I will stab you when you walk home tonight", category="violent_threat")
    )
    score_reports([r.pk for r in reports])
    return reports[0].case_id


def statements(c: Client, method: str, url: str) -> tuple[Any, list[str]]:
    with CaptureQueriesContext(connection) as read:
        response = getattr(c, method)(url)
    assert response.status_code in (200, 302), response
    return response, [q["sql"] for q in read.captured_queries]


@pytest.mark.parametrize(
    ("method", "url"), [("get", "/queues/threats/"), ("post", "/queues/threats/next"), ("get", "/cases/{case}/")]
)
def test_a_queue_s_roles_are_read_with_the_queue(as_moderator: Client, case_id: int, method: str, url: str) -> None:
    _, read = statements(as_moderator, method, url.format(case=case_id))
    # A statement of its own (one SELECT) for the roles, rather than a subquery of the queue's or the case's.
    alone = [sql for sql in read if "moderation_queue_allowed_roles" in sql and sql.count("SELECT") == 1]
    assert alone == []


def test_the_roles_read_with_the_queue_still_refuse_a_role_it_does_not_admit(
    as_moderator: Client, case_id: int
) -> None:
    Queue.objects.get(slug="threats").allowed_roles.set(Group.objects.filter(name=SENIOR))
    assert as_moderator.get("/queues/threats/").status_code == 403
    assert as_moderator.post("/queues/threats/next").status_code == 403
    assert as_moderator.get(f"/cases/{case_id}/").status_code == 403
    assert Triage.objects.get(case_id=case_id).state == Triage.State.OPEN


@pytest.mark.parametrize(
    ("method", "url"), [("get", "/queues/threats/"), ("post", "/queues/threats/next"), ("get", "/cases/{case}/")]
)
def test_a_moderator_s_roles_are_read_with_the_moderator(
    as_moderator: Client, case_id: int, method: str, url: str
) -> None:
    _, read = statements(as_moderator, method, url.format(case=case_id))
    alone = [sql for sql in read if "auth_user_groups" in sql and sql.count("SELECT") == 1]
    assert alone == []


def test_a_role_taken_away_is_gone_at_the_next_request(moderator: User, as_moderator: Client, case_id: int) -> None:
    assert as_moderator.get("/queues/threats/").status_code == 200
    moderator.groups.clear()
    assert as_moderator.get("/queues/threats/").status_code == 403
    assert as_moderator.post("/queues/threats/next").status_code == 403


def test_next_case_is_claimed_in_one_statement(moderator: User, as_moderator: Client, case_id: int) -> None:
    """Claim-next is the moderator's most frequent request: the session, the moderator, the queue, what the
    moderator holds and reads, then the claim itself (the pick, the triage, its reports, the audit) at once."""
    response, read = statements(as_moderator, "post", "/queues/threats/next")
    assert response["Location"] == f"/cases/{case_id}/"
    assert len(read) == 5, "\n".join(read)
