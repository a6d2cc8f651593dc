"""The case page's lists of other cases: the campaign against the same person and the author's history."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from moderation.models import Triage
from moderation.placement.pipeline import score_reports
from moderation.review import case_lists
from reports.models import ApiClient, Case
from tests.helpers import file_reports, report_body

pytestmark = pytest.mark.django_db

THREAT = "I will stab you when you walk home tonight"
LONG = "you are a clown and everyone here knows it " * 5  # 215 characters


def filed(client: ApiClient, *bodies: dict) -> list[Case]:
    reports = file_reports(client, *bodies)
    score_reports([r.pk for r in reports])
    return [r.case for r in reports]


def test_the_campaign_lists_the_targets_other_live_cases_as_the_page_shows_them(platform_client: ApiClient) -> None:
    shown, threat, insult = filed(
        platform_client,
        report_body("you are a clown", target_id="u-maya"),
        report_body(THREAT, target_id="u-maya", author_id="a-threat"),
        report_body(LONG, target_id="u-maya", author_id="a-insult"),
    )
    resolved, _elsewhere = filed(
        platform_client, report_body("you are a clown too", target_id="u-maya"), report_body(LONG, target_id="u-other")
    )
    Triage.objects.filter(case=resolved).update(state=Triage.State.RESOLVED)
    Case.objects.filter(pk=insult.pk).update(author_handle="@insulter")

    rows = case_lists.campaign(shown)

    assert [r["case_id"] for r in rows] == [threat.pk, insult.pk]  # the most urgent first; live cases only
    first, second = rows
    assert first["url"] == f"/cases/{threat.pk}/"
    assert (first["tier"], first["author"], first["blurred"], first["state"]) == ("critical", "a-threat", True, "Open")
    assert first["snippet"] == THREAT
    assert (second["author"], second["blurred"]) == ("@insulter", False)
    assert second["snippet"] == LONG[:99] + "…"  # truncatechars:100


def test_only_cases_reported_in_the_last_day_make_a_campaign(platform_client: ApiClient) -> None:
    shown, old = filed(
        platform_client, report_body("you are a clown", target_id="u-maya"), report_body(LONG, target_id="u-maya")
    )
    assert [r["case_id"] for r in case_lists.campaign(shown)] == [old.pk]
    Case.objects.filter(pk=old.pk).update(last_reported_at=timezone.now() - timedelta(hours=25))
    assert case_lists.campaign(shown) == []


def test_a_case_without_a_target_has_no_campaign(platform_client: ApiClient) -> None:
    (case,) = filed(platform_client, report_body("you are a clown"))
    assert case_lists.campaign(case) == []


def test_the_history_lists_the_authors_other_cases_newest_first(platform_client: ApiClient, moderator: User) -> None:
    shown, older, newer, _other_author = filed(
        platform_client,
        report_body("you are a clown", author_id="a-1"),
        report_body(LONG, author_id="a-1"),
        report_body(THREAT, author_id="a-1"),
        report_body(THREAT, author_id="a-2"),
    )
    Case.objects.filter(pk=older.pk).update(first_reported_at=timezone.now() - timedelta(days=3))
    Triage.objects.filter(case=older).update(state=Triage.State.RESOLVED, outcome="remove_content")

    rows = case_lists.history(shown)

    assert [r["case_id"] for r in rows] == [newer.pk, older.pk]
    assert rows[1]["url"] == f"/cases/{older.pk}/"
    assert (rows[1]["state"], rows[1]["outcome"]) == ("Resolved", "remove_content")
    assert (rows[0]["state"], rows[0]["outcome"]) == ("Open", "")
    assert rows[1]["reported_on"] == (timezone.localtime() - timedelta(days=3)).strftime("%Y-%m-%d")


def test_the_lists_read_only_the_columns_they_show(platform_client: ApiClient) -> None:
    # A pile-on's target can have hundreds of live cases: reading each as a triage (its JSON), a case and a
    # queue cost more than the rest of the case page.
    shown, _ = filed(
        platform_client,
        report_body("you are a clown", target_id="u-maya", author_id="a-1"),
        report_body(THREAT, target_id="u-maya", author_id="a-1"),
    )
    with CaptureQueriesContext(connection) as queries:
        assert case_lists.campaign(shown) and case_lists.history(shown)
    assert len(queries) == 2
    for query in queries.captured_queries:
        for unread in ('"reasons"', '"matched_rules"', '"top_signals"', '"moderation_queue"', '"reply_to"'):
            assert unread not in query["sql"]


def test_the_case_page_shows_both_lists(platform_client: ApiClient, moderator: User) -> None:
    shown, threat, insult = filed(
        platform_client,
        report_body("you are a clown", target_id="u-maya", author_id="a-1"),
        report_body(THREAT, target_id="u-maya", author_id="a-1"),
        report_body(LONG, target_id="u-maya"),
    )
    c = Client()
    c.force_login(moderator)
    page = c.get(f"/cases/{shown.pk}/").content.decode()
    campaign = page[page.index('<section class="campaign">') : page.index("Author's history")]
    assert "Campaign against u-maya: 2 other live cases" in campaign
    assert f'name="case_ids" value="{threat.pk}"' in campaign and f'name="case_ids" value="{insult.pk}"' in campaign
    assert f'<span class="blur-inline">{THREAT}</span>' in campaign
    history = page[page.index("Author's history") :]
    assert f'<a href="/cases/{threat.pk}/">#{threat.pk}</a>' in history
    assert f"#{insult.pk}<" not in history
