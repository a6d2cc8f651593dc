"""The intake API's request and response shapes.

What the schemas publish in the OpenAPI document is what they enforce, pattern for pattern, so that a
client validating against the document and the API agree on every input (tests/reports/test_openapi_contract.py).
"""

import re
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from ninja import Schema
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from reports.languages import LANGUAGE_TAG, LANGUAGE_TAG_MESSAGE, MAX_TAG_LENGTH, canonical_tag, is_language_tag
from reports.models import HTTP_URL, Category, is_http_url

MAX_BATCH = 1000
MAX_TEXT = 10_000
# PostgreSQL's bigint, the type of every id.
MAX_ID = 2**63 - 1

# PostgreSQL refuses NUL in text and jsonb; a lone surrogate cannot be encoded as UTF-8. Neither is text.
_NO_NUL = r"[^\u0000]*"


def _storable(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain NUL (\\u0000) characters")
    try:
        value.encode()
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text (no lone surrogates)") from None
    return value


Text = Annotated[str, AfterValidator(_storable), Field(json_schema_extra={"pattern": f"^{_NO_NUL}$"})]
Id = Annotated[Text, Field(min_length=1, max_length=200)]


def _http_url(value: str) -> str:
    if value and not is_http_url(value):
        raise ValueError("must be an http:// or https:// link")
    return _storable(value)


Link = Annotated[
    str, AfterValidator(_http_url), Field(max_length=2000, json_schema_extra={"pattern": f"^(?:{HTTP_URL})?$"})
]

# RFC 3339, the profile of ISO 8601 that JSON Schema's date-time names: a date, a time and an offset.
_RFC_3339 = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})"
)


def _rfc_3339(value: Any) -> Any:
    # Pydantic alone also takes numbers as Unix times and times without an offset.
    if not isinstance(value, str) or not _RFC_3339.fullmatch(value):
        raise ValueError("must be a date and time with an offset, e.g. 2026-11-25T10:00:00Z")
    return value


def _in_utc(value: datetime) -> datetime:
    try:
        return value.astimezone(UTC)
    except OverflowError:
        raise ValueError("is out of range once in UTC") from None


Instant = Annotated[datetime, BeforeValidator(_rfc_3339), AfterValidator(_in_utc)]


def _json_integer(value: Any) -> Any:
    # JSON Schema's integer: 7 and 7.0, but neither "7" nor true, which pydantic alone would take.
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("must be an integer")
    return value


def _language_tag(value: str) -> str:
    if not is_language_tag(value):
        raise ValueError(LANGUAGE_TAG_MESSAGE)
    return canonical_tag(value)


LanguageTag = Annotated[
    str,
    AfterValidator(_language_tag),
    Field(
        max_length=MAX_TAG_LENGTH,
        json_schema_extra={
            "pattern": f"^(?:{LANGUAGE_TAG})$",
            "description": 'The language the content is written in, as a BCP 47 tag ("es", "pt-BR"). '
            "Optional: Heed detects it when absent.",
        },
    ),
]


RowId = Annotated[int, Field(ge=1, le=MAX_ID), BeforeValidator(_json_integer)]


# The request shapes are plain pydantic models: ninja's Schema, made for reading Django objects, wraps
# every model in a validator that, with extra="forbid", validates its input twice, so a nested report
# was validated 2^depth times (a third of the web worker's time on a 500-report batch).
class RequestModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Person(RequestModel):
    id: Id
    handle: Annotated[Text, Field(max_length=200)] = ""


class Content(RequestModel):
    id: Id
    text: Annotated[Text, Field(max_length=MAX_TEXT)]
    url: Link = ""
    created_at: Instant | None = None
    reply_to: Annotated[Text, Field(max_length=200)] = ""
    language: LanguageTag | None = None
    author: Person


class ReportIn(RequestModel):
    external_id: Id
    category: Category
    comment: Annotated[Text, Field(max_length=5000)] = ""
    content: Content
    reporter: Person
    target: Person | None = None


class ReportBatchIn(RequestModel):
    reports: list[ReportIn] = Field(min_length=1, max_length=MAX_BATCH)


class ReportAccepted(Schema):
    id: int
    external_id: str
    case_id: int
    status: str
    url: str


class ReportsAccepted(Schema):
    reports: list[ReportAccepted]


class ReportStatus(Schema):
    id: int
    external_id: str
    case_id: int
    status: str
    status_changed_at: datetime | None
    queue: str | None
    tier: str | None
    outcome: str | None
    outcome_at: datetime | None
    # The case's language: the primary subtag ("und": none found), the full tag, "given" or "detected";
    # null until given or detected.
    language: str | None
    language_tag: str | None
    language_source: Literal["given", "detected"] | None
    url: str


class ErrorItem(Schema):
    loc: list[str | int]
    msg: str


class Errors(Schema):
    errors: list[ErrorItem]
