"""The second reading: scoring places a borderline English post (or an escalation not plain enough to
be final) at once, marked unread; the reader's task reads it and re-places the case, once: as a
threat, or below the line and marked read if the reader takes the escalation back."""

import re
import threading
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection, transaction
from django.test import Client

from moderation.models import AuditEvent, Score, Triage
from moderation.placement import reading
from moderation.placement.pipeline import score_reports
from moderation.scoring import READER_VERSION
from moderation.vocabulary import Tier
from reports.models import ApiClient, Report
from tests.helpers import file_reports, report_body

pytestmark = pytest.mark.django_db

# Threats the rules and the n-gram model alone miss (tests/moderation/scoring/test_second_reader.py).
UNSURE_THREAT = "Get your affairs in order."
DOUBTED = "Delete the post or I'm sorting this out in person."
# Escalated by the rules, but not by far: held until read (tests/moderation/scoring/test_second_reader.py).
HELD_THREAT = "Watch your back."
TAKEN_BACK = "I know where you live now, so expect a casserole on Sunday"


def english(text: str) -> dict[str, Any]:
    body = report_body(text, category="harassment")
    body["content"]["language"] = "en"
    return body


def place(client: ApiClient, text: str) -> Report:
    (report,) = file_reports(client, english(text))
    assert score_reports([report.pk]) == 1
    return report


@pytest.mark.parametrize("text", [UNSURE_THREAT, HELD_THREAT], ids=["below the line", "held"])
def test_a_threat_the_reader_finds_is_placed_at_once_then_raised_to_the_threats_queue(
    platform_client: ApiClient, text: str
) -> None:
    report = place(platform_client, text)
    first = Score.objects.get(case_id=report.case_id)
    assert first.unread and not first.escalate
    assert Triage.objects.get(case_id=report.case_id).tier != Tier.CRITICAL

    assert reading.read_unread([report.case_id]) == [report.case_id]

    triage = Triage.objects.get(case_id=report.case_id)
    assert (triage.queue.slug, triage.tier) == ("threats", Tier.CRITICAL)
    latest = Score.objects.filter(case_id=report.case_id).latest()
    assert latest.escalate and latest.report_ids == [] and not latest.unread
    assert latest.scorer_version.endswith(f"+reader-{READER_VERSION}")
    [model] = [s for s in latest.signals if s["name"] == "threat.model"]
    assert model["detail"].startswith("read as a whole: ")
    assert not Score.objects.filter(case_id=report.case_id, unread=True).exists()
    placed = AuditEvent.objects.filter(case_id=report.case_id, action="placed").order_by("id").last()
    assert placed is not None and placed.data["queue"] == "threats"
    public = Report.objects.get(pk=report.pk)
    assert (public.case.queue, public.case.tier) == ("threats", "critical")

    assert reading.read_unread([report.case_id]) == []  # read once
    assert Score.objects.filter(case_id=report.case_id).count() == 2


def test_an_escalation_the_reader_takes_back_is_never_paged_and_says_it_was_read(
    platform_client: ApiClient, as_moderator: Client
) -> None:
    report = place(platform_client, TAKEN_BACK)
    before = Triage.objects.get(case_id=report.case_id)
    assert before.tier != Tier.CRITICAL and before.queue.slug != "threats"

    assert reading.read_unread([report.case_id]) == []
    after = Triage.objects.get(case_id=report.case_id)
    assert (after.queue_id, after.tier) == (before.queue_id, before.tier)
    latest = Score.objects.filter(case_id=report.case_id).latest()
    assert not latest.escalate and not latest.unread and latest.report_ids == []
    [taken] = [s for s in latest.signals if s["name"] == "threat.doubted"]
    assert taken["detail"].startswith("read as a whole: 0.0")
    placed = list(AuditEvent.objects.filter(case_id=report.case_id, action="placed").values_list("data", flat=True))
    assert placed and not any(d["queue"] == "threats" or d["notify"] for d in placed)  # nobody was paged
    page = as_moderator.get(f"/cases/{report.case_id}/").content.decode()
    assert '<span class="signal">threat.doubted</span>' in page


def test_the_case_page_says_the_post_was_read_as_a_whole(platform_client: ApiClient, as_moderator: Client) -> None:
    report = place(platform_client, UNSURE_THREAT)
    reading.read_unread([report.case_id])
    page = as_moderator.get(f"/cases/{report.case_id}/").content.decode()
    signal = (
        r'<span class="signal">threat\.model</span> [\d.]+ <span class="signal-detail">read as a whole: (0\.9\d|1\.00)'
    )
    assert re.search(signal, page)
    assert f"+reader-{READER_VERSION}" in page


def test_a_post_the_reader_doubts_stays_where_scoring_placed_it(platform_client: ApiClient) -> None:
    report = place(platform_client, DOUBTED)
    before = Triage.objects.get(case_id=report.case_id)
    assert Score.objects.get(case_id=report.case_id).unread

    assert reading.read_unread([report.case_id]) == []

    after = Triage.objects.get(case_id=report.case_id)
    assert (after.queue_id, after.tier, after.priority) == (before.queue_id, before.tier, before.priority)
    assert Score.objects.filter(case_id=report.case_id).count() == 1
    assert not Score.objects.get(case_id=report.case_id).unread


def test_a_case_decided_before_its_reading_is_not_reopened(platform_client: ApiClient) -> None:
    report = place(platform_client, UNSURE_THREAT)
    Triage.objects.filter(case_id=report.case_id).update(state=Triage.State.RESOLVED)

    assert reading.read_unread([report.case_id]) == []
    assert Triage.objects.get(case_id=report.case_id).state == Triage.State.RESOLVED
    assert not Score.objects.filter(case_id=report.case_id, unread=True).exists()


@pytest.mark.django_db(transaction=True)
def test_a_case_decided_while_it_is_read_stays_decided(platform_client: ApiClient) -> None:
    report = place(platform_client, UNSURE_THREAT)
    deciding, done = threading.Event(), threading.Event()

    def decide() -> None:
        try:
            with transaction.atomic():
                Triage.objects.select_for_update().filter(case_id=report.case_id).update(state=Triage.State.RESOLVED)
                deciding.set()
                done.wait(5)
        finally:
            connection.close()

    moderator = threading.Thread(target=decide)
    moderator.start()
    assert deciding.wait(5)
    threading.Timer(0.5, done.set).start()  # the decision commits while the reader waits for its lock
    assert reading.read_unread([report.case_id]) == []
    moderator.join()
    assert Triage.objects.get(case_id=report.case_id).state == Triage.State.RESOLVED


def test_ordinary_posts_and_certain_threats_are_never_left_unread(platform_client: ApiClient) -> None:
    reports = file_reports(
        platform_client,
        english("lovely weather in Leeds today"),
        english("I am going to kill you tomorrow, you will die"),
    )
    score_reports([r.pk for r in reports])
    assert not Score.objects.filter(unread=True).exists()


def test_the_sweep_finds_readings_that_were_lost(platform_client: ApiClient) -> None:
    report = place(platform_client, UNSURE_THREAT)
    assert reading.sweep_unread(older_than_seconds=60) == []  # too recent: its task may still come
    Score.objects.filter(case_id=report.case_id).update(
        created_at=Score.objects.get().created_at - timedelta(minutes=2)
    )
    assert reading.sweep_unread(older_than_seconds=60) == [report.case_id]
