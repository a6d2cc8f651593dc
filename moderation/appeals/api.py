"""POST /api/v1/appeals: the platform forwards an author's appeal. A router added to reports' API in config/urls.py,
so that `reports` keeps importing nothing of `moderation`."""

from typing import Annotated, Any

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from ninja import Field, Router, Schema
from ninja.errors import HttpError
from ninja.responses import Status
from pydantic import ConfigDict, ValidationError, model_validator

from moderation.appeals import services
from moderation.models import Appeal
from reports.api import ObjectId, Refused, read_json
from reports.schemas import Errors, Id, RowId, Text

router = Router(tags=["appeals"])


def _exactly_one(name: str, other: str) -> dict[str, Any]:
    return {"required": [name], "properties": {name: {"type": "integer"}, other: {"type": "null"}}}


class AppealIn(Schema):
    model_config = ConfigDict(
        json_schema_extra={"oneOf": [_exactly_one("report_id", "case_id"), _exactly_one("case_id", "report_id")]}
    )
    external_id: Id
    report_id: RowId | None = None
    case_id: RowId | None = None
    statement: Annotated[Text, Field(min_length=1, max_length=5000)]

    @model_validator(mode="after")
    def _one_target(self) -> "AppealIn":
        if (self.report_id is None) == (self.case_id is None):
            raise ValueError("give either report_id or case_id of the decided case")
        return self


class AppealOut(Schema):
    id: int
    external_id: str
    case_id: int
    state: str
    decided_at: str | None = None
    url: str


def _read_appeal(request: HttpRequest) -> AppealIn:
    data = read_json(request)
    try:
        return AppealIn.model_validate(data)
    except ValidationError as exc:
        raise Refused.invalid(exc) from None


def _out(request: HttpRequest, appeal: Appeal) -> dict[str, Any]:
    return {
        "id": appeal.pk,
        "external_id": appeal.external_id,
        "case_id": appeal.case_id,
        "state": appeal.state,
        "decided_at": appeal.decided_at.isoformat() if appeal.decided_at else None,
        "url": request.build_absolute_uri(reverse("appeal-status", args=[appeal.status_token])),
    }


@router.post(
    "",
    response={202: AppealOut, **dict.fromkeys((400, 401, 404, 409, 413, 422, 503), Errors)},
    openapi_extra={
        "requestBody": {"content": {"application/json": {"schema": AppealIn.model_json_schema()}}, "required": True}
    },
    summary="Forward an author's appeal of a decision",
)
def post_appeal(request: HttpRequest) -> Status[dict[str, Any]]:
    """Idempotent on `external_id`. The case (named by `report_id` or `case_id`) must be yours and decided."""
    body = _read_appeal(request)
    try:
        appeal, _ = services.appeal_file(
            client=request.auth,  # type: ignore[attr-defined]
            external_id=body.external_id,
            statement=body.statement,
            report_id=body.report_id,
            case_id=body.case_id,
        )
    except services.NotFound:
        raise Http404 from None
    except services.NotAppealable as exc:
        raise HttpError(409, str(exc)) from None
    return Status(202, _out(request, appeal))


@router.get("/{appeal_id}", response={200: AppealOut, 401: Errors, 404: Errors, 422: Errors, 503: Errors})
def get_appeal(request: HttpRequest, appeal_id: int = ObjectId) -> dict[str, Any]:
    appeal = get_object_or_404(Appeal, pk=appeal_id, client=request.auth)  # type: ignore[attr-defined]
    return _out(request, appeal)
