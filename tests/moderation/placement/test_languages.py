"""Languages in placement: detected by the scoring worker, a rule condition, and a case in a language the
threat scorer does not read going to the queue the admin chose, marked, never to the bottom."""

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from moderation.models import Queue, TeamSettings, Triage
from moderation.placement import pipeline
from moderation.placement.language import detect_languages
from moderation.placement.pipeline import score_reports
from moderation.rules import Facts, evaluate, validate_rule
from moderation.scoring import score_texts
from moderation.vocabulary import Tier
from reports.models import ApiClient, Case, LanguageSource
from tests.conftest import Worker, wait_for
from tests.helpers import file_reports, report_body

JAPANESE = "お前の家は知ってるぞ。明日行くからな"


def with_language(text: str, language: str, **overrides: Any) -> dict[str, Any]:
    body = report_body(text, **overrides)
    body["content"]["language"] = language
    return body


def place(client: ApiClient, *bodies: dict[str, Any]) -> list[Triage]:
    reports = file_reports(client, *bodies)
    score_reports([r.pk for r in reports])
    return [Triage.objects.select_related("case", "queue").get(case_id=r.case_id) for r in reports]


@pytest.fixture
def as_admin(admin_user: User) -> Client:
    c = Client()
    c.force_login(admin_user)
    return c


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_detects_a_spanish_post_and_stores_es(api: Client, start_worker: Callable[[], Worker]) -> None:
    start_worker()
    body = {"reports": [report_body("te voy a matar, sé dónde vives y sé a qué hora sales de casa")]}
    response = api.post("/api/v1/reports", json.dumps(body), content_type="application/json")
    case_id = response.json()["reports"][0]["case_id"]
    assert Case.objects.get(pk=case_id).language == ""  # intake does not detect: it stays fast

    # The worker's first task loads the scorer and the detector: allow for a cold start on a busy machine.
    detected = Case.objects.filter(pk=case_id, language_source=LanguageSource.DETECTED)
    case = wait_for(detected.first, timeout=60)
    assert (case.language, case.language_tag) == ("es", "es")


@pytest.mark.django_db
class TestPlacement:
    def test_the_platform_s_language_wins_over_detection(self, platform: tuple[ApiClient, str]) -> None:
        (triage,) = place(platform[0], with_language("you are an idiot and everybody knows it", "de"))
        assert (triage.case.language, triage.case.language_source) == ("de", LanguageSource.GIVEN)

    def test_a_misfiled_spanish_death_threat_is_read_in_spanish_and_tops_the_threats_queue(
        self, platform: tuple[ApiClient, str]
    ) -> None:
        (threat, ordinary) = place(
            platform[0],
            report_body("te voy a matar, sé dónde vives", category="spam"),
            report_body("me muero de risa con este video jajaja", category="spam"),
        )
        assert threat.case.language == "es" and ordinary.case.language == "es"
        assert (threat.queue.slug, threat.tier) == ("threats", Tier.CRITICAL)
        assert any("es:" in (s.get("detail") or "") for s in threat.top_signals), threat.top_signals
        assert ordinary.tier != Tier.CRITICAL and ordinary.threat < 0.5

    def test_the_case_s_language_is_the_one_the_scorer_reads(self, platform: tuple[ApiClient, str]) -> None:
        # "en" reads English forms alone (docs/scoring.md); so the platform's tag, not a guess, decides.
        german, english = place(
            platform[0],
            with_language("ich bring dich um", "de", category="other"),
            with_language("ich bring dich um", "en", category="other"),
        )
        assert german.tier == Tier.CRITICAL
        assert english.threat < german.threat

    def test_each_case_s_language_is_detected_once_and_its_versions_read_in_it(
        self, platform: tuple[ApiClient, str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # Scoring reads each text in its case's language and placing stores it: one detection serves both.
        detected: list[str] = []

        def counting(texts: list[str]) -> list[str]:
            detected.extend(texts)
            return detect_languages(texts)

        monkeypatch.setattr(pipeline, "detect_languages", counting)
        spanish = "te voy a matar, sé dónde vives"
        edited = "me muero de risa con este video jajaja"
        file_reports(platform[0], report_body("this was the first version of the post", content_id="p-edited"))
        triages = place(
            platform[0],
            report_body(spanish, content_id="p-es", category="spam"),
            report_body(spanish, content_id="p-es"),  # a pile-on: the same case
            report_body("ich finde dieses Video wirklich sehr lustig", content_id="p-de"),
            report_body("you are an idiot and everybody knows it", content_id="p-en"),
            with_language("ich bring dich um", "de", content_id="p-given"),  # given: nothing to detect
            report_body(edited, content_id="p-edited"),  # edited since its first report: two versions, one case
        )
        assert sorted(detected) == sorted([spanish, "ich finde dieses Video wirklich sehr lustig",
                                           "you are an idiot and everybody knows it", edited])  # fmt: skip
        languages = {t.case.content_id: (t.case.language, t.case.language_source) for t in triages}
        assert languages["p-es"] == ("es", LanguageSource.DETECTED)
        assert languages["p-de"] == ("de", LanguageSource.DETECTED)
        assert languages["p-given"] == ("de", LanguageSource.GIVEN)
        assert languages["p-edited"] == ("es", LanguageSource.DETECTED)  # from the newest version
        threat = next(t for t in triages if t.case.content_id == "p-es")
        assert (threat.queue.slug, threat.tier) == ("threats", Tier.CRITICAL)

    def test_a_text_too_short_to_tell_is_undetermined_and_scored(self, platform: tuple[ApiClient, str]) -> None:
        (triage,) = place(platform[0], report_body("ok!!"))
        assert (triage.case.language, triage.case.language_source) == ("und", LanguageSource.DETECTED)
        assert triage.threat_scored
        assert triage.queue.slug != "other-languages"

    def test_a_case_in_a_language_the_scorer_does_not_read_goes_to_other_languages_marked(
        self, platform: tuple[ApiClient, str], as_moderator: Client
    ) -> None:
        (triage,) = place(platform[0], with_language(JAPANESE, "ja", category="harassment"))
        # Not the harassment queue the reporter's category would pick: nobody there may read Japanese.
        assert (triage.queue.slug, triage.tier) == ("other-languages", Tier.NORMAL)
        assert not triage.threat_scored
        assert {"label": "Language not scored for threats", "points": 50.0} in triage.reasons

        page = as_moderator.get(f"/cases/{triage.case_id}/").content.decode()
        assert "Not scored for threats in this language" in page
        assert "ja" in page
        queue = as_moderator.get("/queues/other-languages/").content.decode()
        assert f'data-case-id="{triage.case_id}"' in queue
        assert "not scored" in queue

    def test_a_detected_unscored_language_is_placed_the_same(self, platform: tuple[ApiClient, str]) -> None:
        (triage,) = place(platform[0], report_body(JAPANESE))
        assert (triage.case.language, triage.case.language_source) == ("ja", LanguageSource.DETECTED)
        assert triage.queue.slug == "other-languages"

    def test_one_reported_as_a_threat_is_high_even_unscored(self, platform: tuple[ApiClient, str]) -> None:
        (triage,) = place(platform[0], with_language(JAPANESE, "ja", category="violent_threat"))
        assert (triage.queue.slug, triage.tier) == ("other-languages", Tier.HIGH)

    def test_it_goes_to_the_queue_an_admin_chooses_in_team_settings(
        self, platform: tuple[ApiClient, str], as_admin: Client
    ) -> None:
        general = Queue.objects.get(slug="general")
        response = as_admin.post("/admin-settings/languages/", {"unscored_language_queue": general.pk})
        assert response.status_code == 302
        assert TeamSettings.load().unscored_language_queue == general

        (triage,) = place(platform[0], with_language(JAPANESE, "ja"))
        assert triage.queue.slug == "general"

    def test_a_saved_language_rule_places_a_case_and_wins_over_the_chosen_queue(
        self, platform: tuple[ApiClient, str], as_admin: Client
    ) -> None:
        Queue.objects.create(slug="japanese", name="Japanese")
        rule = "name: Japanese team\nwhen:\n  language_in: [ja]\nthen:\n  queue: japanese\n  tier: high\n"
        assert as_admin.post("/rules/new", {"yaml": rule}).status_code == 302

        japanese, spanish = place(
            platform[0], with_language(JAPANESE, "ja"), with_language("eres un idiota y lo sabes", "es")
        )
        assert (japanese.queue.slug, japanese.tier) == ("japanese", Tier.HIGH)
        assert {"rule": "Japanese team", "version": 1, "why": "language ja"} in japanese.matched_rules
        assert spanish.queue.slug != "japanese"

    def test_the_rules_test_panel_places_by_language_as_the_pipeline_does(self, as_admin: Client) -> None:
        facts = {"text": JAPANESE, "report_count": 1, "distinct_reporters": 1, "author_prior_actions": 0,
                 "target_open_cases_24h": 0, "reported_category": "harassment"}  # fmt: skip
        html = as_admin.post("/rules/test", {**facts, "language": "ja"}).content.decode()
        assert '<dd data-result="queue"><strong>other-languages</strong></dd>' in html
        assert "Language not scored for threats" in html
        html = as_admin.post("/rules/test", {**facts, "language": ""}).content.decode()
        assert '<dd data-result="queue"><strong>harassment</strong></dd>' in html


def test_the_scorer_scores_a_text_without_a_character_it_knows_instead_of_failing() -> None:
    (result,) = score_texts([JAPANESE])
    assert not result.escalate


def test_the_language_in_condition_through_the_engine() -> None:
    rule = {"name": "Portuguese", "when": {"language_in": ["pt", "es"]}, "then": {"queue": "iberian"}}
    validate_rule(rule, ["iberian"])
    assert evaluate([rule], Facts(text="...", language="pt")).queue == "iberian"
    assert evaluate([rule], Facts(text="...", language="fr")).queue is None
    assert evaluate([rule], Facts(text="...")).queue is None  # undetermined
