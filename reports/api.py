"""The intake JSON API (django-ninja): /api/v1/…, OpenAPI at /api/v1/openapi.json, docs at /api/v1/docs."""

import json
from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import NinjaAPI, Path
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as RequestValidationError
from ninja.responses import Status
from ninja.security import HttpBearer
from pydantic import ValidationError

from reports.intake import accept_reports
from reports.models import ApiClient, Report, hash_token
from reports.schemas import MAX_ID, Errors, ReportBatchIn, ReportIn, ReportsAccepted, ReportStatus


class ClientToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> ApiClient | None:
        return ApiClient.objects.filter(token_hash=hash_token(token), is_active=True).first()


class HeedAPI(NinjaAPI):
    def get_openapi_schema(self, **kwargs: Any) -> Any:
        # The intake body is parsed by hand (see _read_reports); publish its schemas all the same.
        schema = super().get_openapi_schema(**kwargs)
        batch = ReportBatchIn.model_json_schema(ref_template="#/components/schemas/{model}")
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components.update(batch.pop("$defs"))
        components["ReportBatchIn"] = batch
        return schema


api = HeedAPI(title="Heed API", version="1", urls_namespace="api", auth=ClientToken())


def _errors(request: HttpRequest, status: int, errors: list[dict[str, Any]]) -> HttpResponse:
    return api.create_response(request, {"errors": errors}, status=status)


@api.exception_handler(AuthenticationError)
def _unauthorized(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    response = _errors(request, 401, [{"loc": ["header", "Authorization"], "msg": "a valid bearer token is required"}])
    response["WWW-Authenticate"] = "Bearer"
    return response


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return _errors(request, 404, [{"loc": ["path"], "msg": "not found"}])


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return _errors(request, exc.status_code, [{"loc": [], "msg": exc.message}])


@api.exception_handler(RequestValidationError)
def _invalid_parameters(request: HttpRequest, exc: RequestValidationError) -> HttpResponse:
    # Path and query parameters, which django-ninja validates (bodies are read by read_json).
    return _errors(request, 422, [{"loc": list(e["loc"]), "msg": e["msg"]} for e in exc.errors])


class Refused(Exception):
    """A request refused with field locations, answered as {"errors": [...]} with `status`."""

    def __init__(self, status: int, errors: list[dict[str, Any]]) -> None:
        self.status = status
        self.errors = errors

    @classmethod
    def invalid(cls, exc: ValidationError) -> "Refused":
        return cls(422, [{"loc": ["body", *e["loc"]], "msg": e["msg"]} for e in exc.errors(include_url=False)])


@api.exception_handler(Refused)
def _refused(request: HttpRequest, exc: Refused) -> HttpResponse:
    return _errors(request, exc.status, exc.errors)


def read_json(request: HttpRequest) -> Any:
    """The request body as JSON; a body that is too large, not JSON or nested too deeply is refused."""
    try:
        body = request.body
    except RequestDataTooBig:
        raise Refused(413, [{"loc": ["body"], "msg": "request body too large"}]) from None
    try:
        return json.loads(body)
    except RecursionError:
        raise Refused(400, [{"loc": ["body"], "msg": "malformed JSON: nested too deeply"}]) from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise Refused(400, [{"loc": ["body"], "msg": f"malformed JSON: {exc}"}]) from None


def _read_reports(request: HttpRequest) -> list[ReportIn]:
    """Parse the body as one report or {"reports": [...]}, with a field-level message for each invalid field."""
    data = read_json(request)
    try:
        if isinstance(data, dict) and "reports" in data:
            return ReportBatchIn.model_validate(data).reports
        return [ReportIn.model_validate(data)]
    except ValidationError as exc:
        raise Refused.invalid(exc) from None


_BODY_SCHEMA = {
    "content": {
        "application/json": {
            "schema": {
                "oneOf": [
                    {"$ref": "#/components/schemas/ReportIn"},
                    {"$ref": "#/components/schemas/ReportBatchIn"},
                ]
            }
        }
    },
    "required": True,
}


@api.post(
    "/reports",
    response={202: ReportsAccepted, 400: Errors, 401: Errors, 413: Errors, 422: Errors, 503: Errors},
    openapi_extra={"requestBody": _BODY_SCHEMA},
    summary="File one report, or a batch of up to 1,000",
)
def post_reports(request: HttpRequest) -> Status[dict[str, Any]]:
    """Idempotent on `external_id`: posting the same report again returns the stored one."""
    reports = accept_reports(client=request.auth, items=_read_reports(request))  # type: ignore[attr-defined]
    return Status(
        202,
        {
            "reports": [
                {
                    "id": r.pk,
                    "external_id": r.external_id,
                    "case_id": r.case_id,
                    "status": r.status,
                    "url": request.build_absolute_uri(r.get_status_url()),
                }
                for r in reports
            ]
        },
    )


ObjectId = Path(..., ge=1, le=MAX_ID)


@api.get("/reports/{report_id}", response={200: ReportStatus, 401: Errors, 404: Errors, 422: Errors, 503: Errors})
def get_report(request: HttpRequest, report_id: int = ObjectId) -> dict[str, Any]:
    report = get_object_or_404(
        Report.objects.select_related("case"),
        pk=report_id,
        client=request.auth,  # type: ignore[attr-defined]
    )
    return {
        "id": report.pk,
        "external_id": report.external_id,
        "case_id": report.case_id,
        "status": report.status,
        "status_changed_at": report.status_changed_at,
        "queue": report.case.queue or None,
        "tier": report.case.tier or None,
        "outcome": report.outcome or None,
        "outcome_at": report.outcome_at,
        **report.case.language_fields(),
        "url": request.build_absolute_uri(report.get_status_url()),
    }
