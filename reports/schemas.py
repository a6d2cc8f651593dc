"""The intake API's request and response shapes."""

from datetime import datetime

from ninja import Schema
from pydantic import ConfigDict, Field

from reports.models import Category

MAX_BATCH = 1000
MAX_TEXT = 10_000

Id = Field(min_length=1, max_length=200)


class Person(Schema):
    model_config = ConfigDict(extra="forbid")
    id: str = Id
    handle: str = Field("", max_length=200)


class Content(Schema):
    model_config = ConfigDict(extra="forbid")
    id: str = Id
    text: str = Field(max_length=MAX_TEXT)
    url: str = Field("", max_length=2000)
    created_at: datetime | None = None
    reply_to: str = Field("", max_length=200)
    author: Person


class ReportIn(Schema):
    model_config = ConfigDict(extra="forbid")
    external_id: str = Id
    category: Category
    comment: str = Field("", max_length=5000)
    content: Content
    reporter: Person
    target: Person | None = None


class ReportBatchIn(Schema):
    model_config = ConfigDict(extra="forbid")
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
    url: str


class ErrorItem(Schema):
    loc: list[str | int]
    msg: str


class Errors(Schema):
    errors: list[ErrorItem]
