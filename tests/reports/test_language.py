"""The language a platform or a reporter gives: validated, normalised and kept on the case."""

import json
from typing import Any

import pytest
from django.test import Client
from pytest_django import Settings

from reports.models import Case, LanguageSource
from tests.helpers import report_body

pytestmark = pytest.mark.django_db


def post(api: Client, body: Any) -> Any:
    return api.post("/api/v1/reports", json.dumps(body), content_type="application/json")


def with_language(text: str, language: Any) -> dict[str, Any]:
    body = report_body(text)
    body["content"]["language"] = language
    return body


def test_it_keeps_the_language_a_platform_gives_as_its_primary_subtag_and_full_tag(api: Client) -> None:
    response = post(api, with_language("vou te pegar na saída", "pt-br"))
    assert response.status_code == 202
    case = Case.objects.get(pk=response.json()["reports"][0]["case_id"])
    assert (case.language, case.language_tag, case.language_source) == ("pt", "pt-BR", LanguageSource.GIVEN)


@pytest.mark.parametrize("language", ["spanish", "e", "es_ES", "es-", "123", "", "x-klingon", 7])
def test_it_refuses_a_language_that_is_no_bcp_47_tag_with_the_field_named(api: Client, language: Any) -> None:
    response = post(api, with_language("hola", language))
    assert response.status_code == 422
    (error,) = response.json()["errors"]
    assert error["loc"] == ["body", "content", "language"]
    assert "BCP 47" in error["msg"] or "string" in error["msg"]
    assert not Case.objects.exists()


def test_the_report_s_status_says_the_language_given_and_null_before_any(api: Client) -> None:
    given = post(api, with_language("vou te pegar na saída", "pt-br")).json()["reports"][0]
    not_yet = post(api, report_body("hola, ¿qué tal?")).json()["reports"][0]

    status = api.get(f"/api/v1/reports/{given['id']}").json()
    assert (status["language"], status["language_tag"], status["language_source"]) == ("pt", "pt-BR", "given")
    status = api.get(f"/api/v1/reports/{not_yet['id']}").json()
    assert (status["language"], status["language_tag"], status["language_source"]) == (None, None, None)


def test_a_report_without_a_language_leaves_it_to_the_scoring_worker(api: Client) -> None:
    response = post(api, report_body("hola, ¿qué tal?"))
    case = Case.objects.get(pk=response.json()["reports"][0]["case_id"])
    assert (case.language, case.language_source) == ("", "")


def test_undetermined_given_says_nothing_and_is_left_to_detection(api: Client) -> None:
    response = post(api, with_language("hola, ¿qué tal?", "und"))
    case = Case.objects.get(pk=response.json()["reports"][0]["case_id"])
    assert (case.language, case.language_source) == ("", "")


def test_a_language_given_by_a_later_report_replaces_a_detected_one(api: Client) -> None:
    first = post(api, report_body("obrigado", content_id="post-pt"))
    case_id = first.json()["reports"][0]["case_id"]
    Case.objects.filter(pk=case_id).update(language="es", language_tag="es", language_source=LanguageSource.DETECTED)
    later = with_language("obrigado", "pt-PT")
    later["content"]["id"] = "post-pt"
    post(api, later)
    case = Case.objects.get(pk=case_id)
    assert (case.language, case.language_tag, case.language_source) == ("pt", "pt-PT", LanguageSource.GIVEN)


def test_the_openapi_document_publishes_the_language_pattern(api: Client) -> None:
    content = api.get("/api/v1/openapi.json").json()["components"]["schemas"]["Content"]
    language = content["properties"]["language"]
    assert "BCP 47" in json.dumps(language)
    assert "pattern" in json.dumps(language)


class TestTheReportForm:
    @pytest.fixture(autouse=True)
    def generous_limits(self, settings: Settings) -> None:
        settings.HEED_REPORT_FORM_RATES = ["1000/m"]

    def form(self, **overrides: str) -> dict[str, str]:
        data = {"url": "https://social.example/p/77", "text": "te voy a encontrar", "category": "harassment"}
        return {"author_handle": "", "target_handle": "", "comment": "", "contact": "", **data, **overrides}

    def test_it_stores_the_language_a_reporter_gives(self, client: Client) -> None:
        response = client.post("/report/", self.form(language="es-mx"))
        assert response.status_code == 302
        case = Case.objects.get()
        assert (case.language, case.language_tag, case.language_source) == ("es", "es-MX", LanguageSource.GIVEN)

    def test_it_points_at_a_language_that_is_no_language_code(self, client: Client) -> None:
        response = client.post("/report/", self.form(language="Spanish please"))
        assert response.status_code == 200
        assert "The language must be a BCP 47 language tag" in response.content.decode()
        assert response.context["form"].errors["language"]
        assert not Case.objects.exists()

    def test_it_leaves_an_empty_language_to_detection(self, client: Client) -> None:
        assert client.post("/report/", self.form(language="")).status_code == 302
        assert Case.objects.get().language_source == ""
