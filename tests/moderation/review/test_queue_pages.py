import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from moderation.models import Queue, Triage
from moderation.placement.pipeline import score_reports
from moderation.vocabulary import Tier
from reports.models import ApiClient, Case, Report
from tests.helpers import file_reports, report_body

pytestmark = pytest.mark.django_db


@pytest.fixture
def filed(platform: tuple[ApiClient, str]) -> dict[str, int]:
    client = platform[0]
    reports = file_reports(
        client,
        report_body("I will stab you when you walk home tonight", category="violent_threat"),
        report_body("is this a threat? dunno", category="violent_threat"),
        report_body("I'm going to kill you, you're dead", category="violent_threat"),
    )
    score_reports([r.pk for r in reports])
    return {"stab": reports[0].case_id, "unsure": reports[1].case_id, "kill": reports[2].case_id}


def rows(html: str) -> list[int]:
    return [int(x) for x in re.findall(r'data-case-id="(\d+)"', html)]


def test_the_threats_queue_lists_critical_cases_first(as_moderator: Client, filed: dict[str, int]) -> None:
    html = as_moderator.get("/queues/threats/").content.decode()
    order = rows(html)
    assert set(order) == set(filed.values())
    assert order[-1] == filed["unsure"]
    critical = Triage.objects.filter(tier=Tier.CRITICAL).order_by("-priority", "opened_at")
    assert order[:2] == [t.case_id for t in critical]


def test_ties_are_broken_by_oldest_first(as_moderator: Client, filed: dict[str, int]) -> None:
    Triage.objects.filter(tier=Tier.CRITICAL).update(priority=50)
    # Filed in one batch, both were opened at the same instant: make each in turn the older.
    for older, newer in (("stab", "kill"), ("kill", "stab")):
        now = timezone.now()
        Triage.objects.filter(case_id=filed[older]).update(opened_at=now - timedelta(minutes=2))
        Triage.objects.filter(case_id=filed[newer]).update(opened_at=now - timedelta(minutes=1))
        order = rows(as_moderator.get("/queues/threats/").content.decode())
        assert order[:2] == [filed[older], filed[newer]]


def test_the_live_refresh_returns_only_the_rows(as_moderator: Client, filed: dict[str, int]) -> None:
    response = as_moderator.get("/queues/threats/", headers={"HX-Request": "true"})
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="queue-rows"')
    assert "<html" not in html


def test_a_new_critical_case_is_announced(as_moderator: Client, filed: dict[str, int]) -> None:
    response = as_moderator.get("/queues/threats/?since=2000-01-01T00:00:00Z", headers={"HX-Request": "true"})
    assert 'role="alert"' in response.content.decode()


def test_the_overview_counts_open_and_critical_cases(as_moderator: Client, filed: dict[str, int]) -> None:
    response = as_moderator.get("/queues/")
    threats = next(q for q in response.context["queues"] if q.slug == "threats")
    assert (threats.open_count, threats.critical_count) == (3, 2)


def test_the_case_page_highlights_the_evidence(as_moderator: Client, filed: dict[str, int]) -> None:
    html = as_moderator.get(f"/cases/{filed['stab']}/").content.decode()
    assert "<mark" in html
    assert "Threat of violence" in html


def test_report_text_is_never_rendered_as_html(as_moderator: Client, platform: tuple[ApiClient, str]) -> None:
    (r,) = file_reports(platform[0], report_body('<script>alert("x")</script> you idiot'))
    score_reports([r.pk])
    html = as_moderator.get(f"/cases/{r.case_id}/").content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html


def test_pages_need_a_login(filed: dict[str, int]) -> None:
    for url in ("/queues/", "/queues/threats/", f"/cases/{filed['stab']}/"):
        response = Client().get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/login/")


def test_pages_refuse_a_user_without_a_role(outsider: object, filed: dict[str, int]) -> None:
    c = Client()
    c.force_login(outsider)  # type: ignore[arg-type]
    assert c.get("/queues/").status_code == 403


def test_an_unknown_queue_is_404(as_moderator: Client) -> None:
    assert Queue.objects.filter(slug="threats").exists()
    assert as_moderator.get("/queues/nope/").status_code == 404


def test_the_sla_column_says_how_long_is_left_without_javascript(as_moderator: Client, filed: dict[str, int]) -> None:
    triage = Triage.objects.get(case_id=filed["kill"])
    Triage.objects.filter(pk=triage.pk).update(sla_due_at=timezone.now() + timedelta(minutes=15))
    html = as_moderator.get(f"/queues/{triage.queue.slug}/").content.decode()
    due = re.search(rf'data-case-id="{filed["kill"]}".*?data-sla-due="[^"]*">([^<]*)</time>', html, re.S)
    assert due is not None
    assert due.group(1).strip() in ("14\xa0minutes", "15\xa0minutes")


def cells(html: str, case_id: int) -> list[str]:
    row = re.search(rf'<tr data-case-id="{case_id}" class="([^"]*)">(.*?)</tr>', html, re.S)
    assert row is not None, case_id
    return [row.group(1), *(c.strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row.group(2), re.S))]


def test_a_queue_row_shows_every_field_of_the_case(as_moderator: Client, platform: tuple[ApiClient, str]) -> None:
    long_text = "you are a worthless idiot " * 8
    plain, threat, unknown = file_reports(
        platform[0],
        report_body(long_text, content_id="long"),
        report_body("I will stab you when you walk home tonight", category="violent_threat"),
        report_body("Je bent een idioot <b>echt</b>"),
    )
    file_reports(platform[0], report_body(long_text, content_id="long"))  # a second report, by someone else
    score_reports(list(Report.objects.values_list("pk", flat=True)))
    Case.objects.update(language="en")
    Case.objects.filter(pk=unknown.case_id).update(language="nl")
    now = timezone.now()
    Triage.objects.update(queue=Queue.objects.get(slug="threats"), tier=Tier.HIGH)
    Triage.objects.filter(case_id=plain.case_id).update(
        top_signals=[{"name": f"signal.{n}", "weight": 0.5} for n in range(4)],
        opened_at=now - timedelta(hours=2, minutes=5, seconds=30),
        sla_due_at=now - timedelta(minutes=1),
        reporter_count=1,
    )
    Triage.objects.filter(case_id=threat.case_id).update(
        tier=Tier.CRITICAL,
        opened_at=now - timedelta(minutes=3, seconds=10),
        sla_due_at=now + timedelta(days=1, hours=2, seconds=30),
    )
    Triage.objects.filter(case_id=unknown.case_id).update(
        top_signals=[], matched_rules=[{"rule": "insults", "version": 1, "why": "x"}], opened_at=now, sla_due_at=now
    )
    html = as_moderator.get("/queues/threats/").content.decode()

    due = {t.case_id: t.sla_due_at.isoformat() for t in Triage.objects.all()}
    snippet = long_text[:139] + "…"
    assert cells(html, plain.case_id) == [
        "tier-row-high",
        '<span class="tier tier-high">high</span>',
        f'<a href="/cases/{plain.case_id}/">#{plain.case_id}</a>',
        " ".join(f'<span class="signal">signal.{n}</span>' for n in range(3)),
        "en",
        snippet,
        "2 (1 people)",
        "2\xa0hours, 5\xa0minutes",
        f'<time class="sla breached" data-sla-due="{due[plain.case_id]}">breached</time>',
    ]
    assert cells(html, threat.case_id)[:2] == ["tier-row-critical", '<span class="tier tier-critical">critical</span>']
    assert cells(html, threat.case_id)[5:] == [
        '<span class="blur-inline" title="Open the case to read">I will stab you when you walk home tonight</span>',
        "1",
        "3\xa0minutes",
        f'<time class="sla" data-sla-due="{due[threat.case_id]}">1\xa0day, 2\xa0hours</time>',
    ]
    assert cells(html, unknown.case_id)[3:6] == [
        '<span class="muted">insults</span>',
        'nl <span class="badge not-scored" title="Not scored for threats in this language">not scored</span>',
        "Je bent een idioot &lt;b&gt;echt&lt;/b&gt;",
    ]


def test_the_live_refresh_reads_nothing_for_the_header_it_does_not_show(
    as_moderator: Client, filed: dict[str, int]
) -> None:
    """The poll runs every 2 s for every open queue page: the header's shift figures are the full page's only."""
    with CaptureQueriesContext(connection) as poll:
        as_moderator.get("/queues/threats/", headers={"HX-Request": "true"})
    read = " ".join(q["sql"] for q in poll.captured_queries)
    assert "moderation_teamsettings" not in read
    assert "moderation_auditevent" not in read
    assert "moderation_triage" in read
    with CaptureQueriesContext(connection) as page:
        html = as_moderator.get("/queues/threats/").content.decode()
    assert "moderation_auditevent" in " ".join(q["sql"] for q in page.captured_queries)
    assert "Revealed this shift: <strong data-exposure>0</strong>/" in html
