"""Each word of the vocabulary is said once: pages ask their view, never restate a rule."""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client

from moderation.models import Triage
from moderation.placement.pipeline import score_reports
from moderation.vocabulary import Tier
from reports.models import ApiClient
from tests.helpers import file_reports, report_body

pytestmark = pytest.mark.django_db

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def row_of(html: str, case_id: int) -> str:
    """The table row that links to case `case_id`."""
    rows = re.findall(r"<tr\b.*?</tr>", html, flags=re.S)
    return next(r for r in rows if f'href="/cases/{case_id}/"' in r)


def sexual_case(client: ApiClient, **overrides: str) -> int:
    (report,) = file_reports(client, report_body("look at these pictures of me", category="sexual", **overrides))
    score_reports([report.pk])
    # As the scorer puts explicit text: sexual but neither critical nor a threat.
    Triage.objects.filter(case_id=report.case_id).update(tier=Tier.NORMAL, threat=0.01, categories={"sexual": 0.9})
    return report.case_id


def logged_in(user: User) -> Client:
    c = Client()
    c.force_login(user)
    return c


def test_sexual_content_is_blurred_in_the_queue_as_on_its_page(platform: tuple[ApiClient, str], senior: User) -> None:
    case_id = sexual_case(platform[0])
    c = logged_in(senior)
    slug = Triage.objects.get(case_id=case_id).queue.slug
    assert "blur-inline" in row_of(c.get(f"/queues/{slug}/").content.decode(), case_id)
    assert 'class="text-wrap blurred"' in c.get(f"/cases/{case_id}/").content.decode()


def test_a_sexual_case_in_a_campaign_is_blurred_on_the_other_case_page(
    platform: tuple[ApiClient, str], senior: User
) -> None:
    (other,) = file_reports(platform[0], report_body("you are pathetic", target_id="victim-1"))
    score_reports([other.pk])
    case_id = sexual_case(platform[0], target_id="victim-1")
    page = logged_in(senior).get(f"/cases/{other.case_id}/").content.decode()
    assert "blur-inline" in row_of(page, case_id)


def test_no_template_restates_who_may_take_an_action_or_what_is_blurred() -> None:
    for template in TEMPLATES.rglob("*.html"):
        text = template.read_text()
        assert "refer_law_enforcement" not in text, template
        assert not re.search(r"tier\s*==\s*\d|threat\s*>=\s*\d*\.\d", text), template


def test_the_case_page_offers_the_referral_to_a_senior_and_not_to_a_moderator(
    platform: tuple[ApiClient, str], moderator: User, senior: User
) -> None:
    (report,) = file_reports(platform[0], report_body("you are pathetic"))
    score_reports([report.pk])
    offered = 'value="refer_law_enforcement"'
    assert offered in logged_in(senior).get(f"/cases/{report.case_id}/").content.decode()
    assert offered not in logged_in(moderator).get(f"/cases/{report.case_id}/").content.decode()
