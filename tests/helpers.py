"""Filing reports the way a platform does, for tests that need some."""

import itertools
from typing import Any

from reports.intake import accept_reports
from reports.models import ApiClient, Report
from reports.schemas import ReportIn

_ids = itertools.count(1)


def report_body(text: str, **overrides: Any) -> dict[str, Any]:
    n = next(_ids)
    body: dict[str, Any] = {
        "external_id": f"t-{n}",
        "category": "harassment",
        "content": {"id": f"post-{n}", "text": text, "author": {"id": f"author-{n}"}},
        "reporter": {"id": f"reporter-{n}"},
    }
    for key, value in overrides.items():
        if key in ("content_id", "author_id", "text"):
            body["content"][{"content_id": "id", "author_id": "author", "text": "text"}[key]] = (
                {"id": value} if key == "author_id" else value
            )
        elif key in ("reporter_id", "target_id"):
            body[key.removesuffix("_id")] = {"id": value}
        else:
            body[key] = value
    return body


def file_reports(client: ApiClient, *bodies: dict[str, Any]) -> list[Report]:
    return accept_reports(client=client, items=[ReportIn.model_validate(b) for b in bodies])
