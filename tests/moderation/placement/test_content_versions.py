"""A post edited between reports: every version is kept, scored, shown, and carried to the platform."""

import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from moderation.models import Delivery, Score, Triage
from moderation.placement.pipeline import score_reports
from moderation.scoring import THREAT_THRESHOLD
from moderation.vocabulary import Tier
from reports.models import Case, ContentVersion, Report
from tests.conftest import Worker, wait_for

ORIGINAL = "Lovely <b>sunset</b> photo from the beach <3"
EDITED = "Lovely sunset photo from the beach. I will kill you tomorrow, you're dead."


def report(external_id: str, text: str, content_id: str = "post-edited-1", **extra: Any) -> dict[str, Any]:
    return {
        "external_id": external_id,
        "category": "harassment",
        "content": {"id": content_id, "text": text, "url": "https://social.example/p/e1", "author": {"id": "u-1"}},
        "reporter": {"id": f"reporter-{external_id}", "handle": f"@{external_id}"},
        **extra,
    }


def post(api: Client, *bodies: dict[str, Any]) -> list[dict[str, Any]]:
    response = api.post("/api/v1/reports", json.dumps({"reports": list(bodies)}), content_type="application/json")
    assert response.status_code == 202, response.content
    return response.json()["reports"]


def login(user: User) -> Client:
    c = Client()
    c.force_login(user)
    return c


def scored(n: int) -> Callable[[], bool]:
    return lambda: Report.objects.filter(scored_at__isnull=False).count() >= n


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_an_edited_post_that_became_a_death_threat_escalates_and_the_case_shows_both_versions(
    api: Client, senior: User, start_worker: Callable[[], Worker]
) -> None:
    start_worker()
    (first,) = post(api, report("r-1", ORIGINAL))
    wait_for(scored(1))
    assert Triage.objects.get(case_id=first["case_id"]).tier == Tier.NORMAL

    (second,) = post(api, report("r-2", EDITED))
    # A stale copy of the old text arrives later still: the threat in the edit must not be forgotten.
    (third,) = post(api, report("r-3", ORIGINAL))
    assert first["case_id"] == second["case_id"] == third["case_id"]
    wait_for(scored(3))

    triage = Triage.objects.get(case_id=first["case_id"])
    assert triage.tier == Tier.CRITICAL
    assert triage.threat >= THREAT_THRESHOLD
    latest = Score.objects.filter(case_id=triage.case_id).latest()
    assert latest.version.text == EDITED
    assert all(EDITED[s:e] for sig in latest.signals for s, e in sig["evidence"])
    case = Case.objects.get(pk=triage.case_id)
    assert case.text == ORIGINAL  # the case's text is the newest version: the stale copy reported last
    assert ContentVersion.objects.filter(case=case).count() == 2

    html = login(senior).get(f"/cases/{case.pk}/").content.decode()
    versions = re.findall(r'<li class="version" id="version-(\d+)"', html)
    assert versions == ["1", "2"]  # the stale copy made version 1 the most recently reported
    v1 = html[html.index('id="version-1"') : html.index('id="version-2"')]
    v2 = html[html.index('id="version-2"') :]
    assert "r-1" in v1 and "r-3" in v1 and "r-2" not in v1
    assert "r-2" in v2.split("</li>")[0]
    # The edit is shown as a word diff against the version before it, escaped.
    assert re.search(r"<ins>[^<]*kill[^<]*</ins>", v2)
    assert "<b>sunset</b>" not in html
    assert "&lt;b&gt;sunset" in html


def decided_case(api: Client, senior: User) -> tuple[int, list[dict[str, Any]]]:
    # Two requests: within one, the versions of a post count as reported at the same moment.
    items = post(api, report("r-1", ORIGINAL)) + post(api, report("r-2", EDITED))
    score_reports([i["id"] for i in items])
    case_id = items[0]["case_id"]
    c = login(senior)
    assert c.post(f"/cases/{case_id}/claim").status_code == 302
    version = Triage.objects.get(case_id=case_id).version
    c.post(
        f"/cases/{case_id}/decide",
        {"action": "remove_content", "reason_code": "violent-threat", "version": str(version)},
    )
    assert Triage.objects.get(case_id=case_id).state == Triage.State.RESOLVED
    return case_id, items


@pytest.mark.django_db
def test_the_evidence_bundle_carries_every_version_and_which_reports_carried_it(api: Client, senior: User) -> None:
    case_id, _ = decided_case(api, senior)
    bundle = json.loads(login(senior).get(f"/cases/{case_id}/evidence?format=json").content)
    assert [(v["number"], v["text"], v["reports"]) for v in bundle["versions"]] == [
        (1, ORIGINAL, ["r-1"]),
        (2, EDITED, ["r-2"]),
    ]
    assert {r["external_id"]: r["version"] for r in bundle["reports"]} == {"r-1": 1, "r-2": 2}
    assert bundle["scores"][-1]["version"] == 2
    printable = login(senior).get(f"/cases/{case_id}/evidence").content.decode()
    assert 'id="version-1"' in printable and 'id="version-2"' in printable
    assert "&lt;b&gt;sunset&lt;/b&gt;" in printable


@pytest.mark.django_db
def test_the_decision_webhook_carries_every_version(api: Client, senior: User) -> None:
    case_id, _ = decided_case(api, senior)
    payload = Delivery.objects.get(case_id=case_id, kind="decision").payload
    assert [(v["number"], v["text"], v["url"]) for v in payload["versions"]] == [
        (1, ORIGINAL, "https://social.example/p/e1"),
        (2, EDITED, "https://social.example/p/e1"),
    ]
    assert {r["external_id"]: r["version"] for r in payload["reports"]} == {"r-1": 1, "r-2": 2}


@pytest.mark.django_db
def test_reposting_an_external_id_under_another_content_id_returns_the_stored_report_and_no_empty_case(
    api: Client,
) -> None:
    (stored,) = post(api, report("r-1", ORIGINAL))
    (again,) = post(api, report("r-1", EDITED, content_id="post-other"))
    assert again == stored
    assert list(Case.objects.values_list("content_id", flat=True)) == ["post-edited-1"]
    assert list(ContentVersion.objects.values_list("text", flat=True)) == [ORIGINAL]


@pytest.mark.django_db
def test_a_repost_of_the_same_text_is_one_version(api: Client) -> None:
    post(api, report("r-1", ORIGINAL))
    post(api, report("r-2", ORIGINAL))
    (version,) = ContentVersion.objects.all()
    assert sorted(version.reports.values_list("external_id", flat=True)) == ["r-1", "r-2"]
    assert version.last_reported_at > version.first_reported_at
