import json
from typing import Any

import pytest
from django.test import Client

from reports.models import ApiClient, Case, Report

pytestmark = pytest.mark.django_db


def report(external_id: Any = "r-1", **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "external_id": external_id,
        "category": "violent_threat",
        "comment": "he posted my address",
        "content": {
            "id": "post-9",
            "text": "I know where you live and I'm going to hurt you",
            "url": "https://social.example/p/9",
            "created_at": "2026-11-25T10:00:00Z",
            "author": {"id": "u-1", "handle": "@someone"},
        },
        "reporter": {"id": "u-2", "handle": "@reporter"},
        "target": {"id": "u-3", "handle": "@person_attacked"},
    }
    body.update(overrides)
    return body


def post(api: Client, body: Any) -> Any:
    return api.post("/api/v1/reports", json.dumps(body), content_type="application/json")


def stored() -> tuple[int, int]:
    return Report.objects.count(), Case.objects.count()


def test_it_accepts_one_report(api: Client) -> None:
    response = post(api, report())
    assert response.status_code == 202
    (item,) = response.json()["reports"]
    saved = Report.objects.get(pk=item["id"])
    assert item["external_id"] == "r-1"
    assert item["case_id"] == saved.case_id
    assert item["status"] == "received"
    assert item["url"].endswith(saved.get_status_url())
    assert saved.case.text == "I know where you live and I'm going to hurt you"
    assert saved.target_id == "u-3"
    assert saved.raw["comment"] == "he posted my address"


def test_it_accepts_a_batch_and_groups_reports_by_content(api: Client) -> None:
    body = {"reports": [report(f"r-{i}", content={**report()["content"], "id": f"post-{i % 3}"}) for i in range(9)]}
    response = post(api, body)
    assert response.status_code == 202
    items = response.json()["reports"]
    assert [i["external_id"] for i in items] == [f"r-{i}" for i in range(9)]
    assert stored() == (9, 3)
    assert items[0]["case_id"] == items[3]["case_id"] != items[1]["case_id"]


def test_posting_the_same_external_id_twice_yields_one_report(api: Client) -> None:
    first = post(api, report()).json()["reports"][0]
    second = post(api, report()).json()["reports"][0]
    assert first["id"] == second["id"]
    assert first["case_id"] == second["case_id"]
    assert stored() == (1, 1)


def test_a_repeat_inside_one_batch_is_one_report(api: Client) -> None:
    response = post(api, {"reports": [report("r-1"), report("r-1")]})
    assert response.status_code == 202
    ids = [i["id"] for i in response.json()["reports"]]
    assert ids[0] == ids[1]
    assert stored() == (1, 1)


def test_the_same_external_id_from_another_client_is_another_report(api: Client) -> None:
    post(api, report())
    _, token = ApiClient.issue("other")
    other = Client(headers={"Authorization": f"Bearer {token}"})
    assert post(other, report()).status_code == 202
    assert stored() == (2, 2)


def test_it_refuses_a_missing_token(platform: Any) -> None:
    response = Client().post("/api/v1/reports", json.dumps(report()), content_type="application/json")
    assert response.status_code == 401
    assert response.json()["errors"][0]["loc"] == ["header", "Authorization"]
    assert stored() == (0, 0)


def test_it_refuses_a_wrong_token(platform: Any) -> None:
    bad = Client(headers={"Authorization": "Bearer heed_not-a-token"})
    assert post(bad, report()).status_code == 401
    assert stored() == (0, 0)


def test_it_refuses_malformed_json(api: Client) -> None:
    response = api.post("/api/v1/reports", '{"external_id": "r-1",', content_type="application/json")
    assert response.status_code == 400
    assert "malformed JSON" in response.json()["errors"][0]["msg"]
    assert stored() == (0, 0)


def test_it_names_each_missing_field(api: Client) -> None:
    body = report()
    del body["reporter"]
    del body["content"]["text"]
    response = post(api, body)
    assert response.status_code == 422
    locs = [e["loc"] for e in response.json()["errors"]]
    assert ["body", "reporter"] in locs
    assert ["body", "content", "text"] in locs
    assert stored() == (0, 0)


def test_it_names_wrong_types_and_values(api: Client) -> None:
    response = post(api, report(category="rudeness", external_id=42))
    assert response.status_code == 422
    locs = [e["loc"] for e in response.json()["errors"]]
    assert ["body", "category"] in locs
    assert ["body", "external_id"] in locs


def test_it_refuses_text_over_ten_thousand_characters(api: Client) -> None:
    body = report()
    body["content"]["text"] = "x" * 10_001
    response = post(api, body)
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "content", "text"]


def test_it_names_every_invalid_item_of_a_batch_and_stores_none(api: Client) -> None:
    items = [report(f"r-{i}") for i in range(5)]
    items[1]["category"] = "nope"
    del items[3]["content"]["author"]
    response = post(api, {"reports": items})
    assert response.status_code == 422
    locs = [e["loc"] for e in response.json()["errors"]]
    assert ["body", "reports", 1, "category"] in locs
    assert ["body", "reports", 3, "content", "author"] in locs
    assert stored() == (0, 0)


def test_it_refuses_a_batch_of_1001(api: Client) -> None:
    response = post(api, {"reports": [report(f"r-{i}") for i in range(1001)]})
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "reports"]
    assert stored() == (0, 0)


def test_it_refuses_an_oversized_body(api: Client, settings: Any) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 50_000
    body = {"reports": [report(f"r-{i}", comment="y" * 4000) for i in range(20)]}
    response = post(api, body)
    assert response.status_code == 413
    assert stored() == (0, 0)


def test_it_shows_a_report_to_the_client_that_filed_it(api: Client) -> None:
    item = post(api, report()).json()["reports"][0]
    response = api.get(f"/api/v1/reports/{item['id']}")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "received"
    assert body["case_id"] == item["case_id"]
    assert body["outcome"] is None


def test_it_hides_a_report_from_another_client(api: Client) -> None:
    item = post(api, report()).json()["reports"][0]
    _, token = ApiClient.issue("other")
    other = Client(headers={"Authorization": f"Bearer {token}"})
    assert other.get(f"/api/v1/reports/{item['id']}").status_code == 404


def test_it_publishes_an_openapi_document(api: Client) -> None:
    doc = Client().get("/api/v1/openapi.json").json()
    assert "/api/v1/reports" in doc["paths"]
    assert "ReportIn" in doc["components"]["schemas"]
