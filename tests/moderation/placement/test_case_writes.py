"""How often filing and scoring rewrite a case row. Every new row version of a case that is not a HOT update
also writes every index of the table again, the text's trigram index (~100 entries a post) included."""

import pytest
from django.db import connection

from moderation.placement.pipeline import score_reports
from reports.models import ApiClient
from tests.helpers import file_reports, report_body

pytestmark = pytest.mark.django_db


def case_row_updates() -> int:
    """Updates of reports_case rows in this test's transaction so far."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT n_tup_upd FROM pg_stat_xact_user_tables WHERE relname = 'reports_case'")
        return int(cursor.fetchone()[0])


def test_filing_new_posts_writes_each_case_once_and_scoring_updates_it_once(platform: tuple[ApiClient, str]) -> None:
    before = case_row_updates()
    reports = file_reports(platform[0], *(report_body(f"post number {n}, nothing to see") for n in range(40)))
    assert case_row_updates() == before, "a new case is inserted as it is: intake rewrote it"
    score_reports([r.pk for r in reports])
    assert case_row_updates() == before + 40, "scoring places each case with one update"
    # Another report of each post: intake moves last_reported_at on; scoring finds the placement unchanged.
    again = file_reports(platform[0], *(report_body(f"post number {n}, nothing to see", content_id=r.case.content_id)
                                        for n, r in enumerate(reports)))  # fmt: skip
    assert {r.case_id for r in again} == {r.case_id for r in reports}
    assert case_row_updates() == before + 80
    score_reports([r.pk for r in again])
    assert case_row_updates() == before + 80, "a placement that did not change was written again"


def test_a_new_report_of_a_known_post_updates_its_case(platform: tuple[ApiClient, str]) -> None:
    first = file_reports(platform[0], report_body("same post", content_id="p-1"))[0]
    before = case_row_updates()
    file_reports(platform[0], report_body("same post", content_id="p-1"))
    assert case_row_updates() == before + 1  # last_reported_at moves on
    file_reports(platform[0], report_body("same post, edited", content_id="p-1"))
    first.case.refresh_from_db()
    assert first.case.text == "same post, edited"


def test_the_case_table_leaves_room_on_each_page_for_its_updates() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'reports_case'")
        assert "fillfactor=70" in (cursor.fetchone()[0] or [])
