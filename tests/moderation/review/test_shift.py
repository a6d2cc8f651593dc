from datetime import timedelta
from typing import Any
from unittest import mock

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from moderation.bootstrap.defaults import APPEALS_QUEUE
from moderation.models import AuditEvent, Queue, TeamSettings
from moderation.review.shift import shift_header
from moderation.roles import roles_of
from moderation.vocabulary import MODERATOR, SENIOR

pytestmark = pytest.mark.django_db


def revealed(user: User, *, hours_ago: float) -> None:
    # Audit rows are append-only and stamped when written: write this one as if that long ago.
    then = timezone.now() - timedelta(hours=hours_ago)
    with mock.patch("django.db.models.fields.timezone.now", return_value=then):
        AuditEvent.objects.create(action="revealed", actor=user)


def test_the_header_counts_what_the_moderator_revealed_this_shift_in_one_query(
    moderator: User, senior: User, django_assert_num_queries: Any
) -> None:
    TeamSettings.objects.update_or_create(pk=1, defaults={"shift_hours": 4, "exposure_limit": 3})
    revealed(moderator, hours_ago=1)
    revealed(moderator, hours_ago=3.9)
    revealed(moderator, hours_ago=4.1)  # the last shift's
    revealed(senior, hours_ago=1)  # someone else's
    AuditEvent.objects.create(action="claimed", actor=moderator)
    roles_of(moderator)  # as every page's role check has
    with django_assert_num_queries(1):
        header = shift_header(moderator)
    assert (header.revealed, header.exposure_limit) == (2, 3)
    assert not header.take_a_break
    revealed(moderator, hours_ago=0)
    assert shift_header(moderator).take_a_break


def test_the_appeals_link_follows_the_appeals_queue_s_roles(moderator: User, senior: User) -> None:
    appeals = Queue.objects.get(slug=APPEALS_QUEUE)
    appeals.allowed_roles.set(Group.objects.filter(name=SENIOR))
    assert (shift_header(moderator).may_see_appeals, shift_header(senior).may_see_appeals) == (False, True)
    appeals.allowed_roles.add(Group.objects.get(name=MODERATOR))
    assert shift_header(moderator).may_see_appeals
    appeals.allowed_roles.clear()  # a queue without roles is every role's
    assert shift_header(moderator).may_see_appeals
    appeals.delete()
    assert not shift_header(senior).may_see_appeals


def test_a_team_that_never_saved_its_settings_gets_the_defaults(moderator: User) -> None:
    TeamSettings.objects.all().delete()
    header = shift_header(moderator)
    defaults = TeamSettings()
    assert (header.revealed, header.exposure_limit) == (0, defaults.exposure_limit)


def test_a_full_page_reads_its_header_in_one_query(moderator: User, as_moderator: Client) -> None:
    revealed(moderator, hours_ago=1)
    with CaptureQueriesContext(connection) as page:
        html = as_moderator.get("/queues/threats/").content.decode()
    # What the header reads: the team's shift settings, the moderator's reveals, the appeals queue's roles.
    header = [
        q["sql"]
        for q in page.captured_queries
        if any(read in q["sql"] for read in ("moderation_teamsettings", "moderation_auditevent", f"'{APPEALS_QUEUE}'"))
    ]
    assert len(header) == 1, header
    assert "Revealed this shift: <strong data-exposure>1</strong>/" in html
    assert ('href="/appeals/"' in html) == shift_header(moderator).may_see_appeals
