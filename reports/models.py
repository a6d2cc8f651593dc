"""What the outside world told us, and what it may see of our answer."""

import hashlib
import re
import secrets
from collections import defaultdict

from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.db import models
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce, Upper
from django.urls import reverse

# The only content links Heed accepts or renders: http(s) with a host. Spelled out letter by letter, without
# flags, so that Python and the JSON Schema pattern of the OpenAPI document (ECMA 262) read it the same way.
HTTP_URL = r"[hH][tT][tT][pP][sS]?://[^/?#\u0000][^\u0000]*"


def is_http_url(url: str) -> bool:
    return re.fullmatch(HTTP_URL, url) is not None


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class ApiClient(models.Model):
    """An integrating platform. Only a hash of its bearer token is stored."""

    name = models.CharField(max_length=100, unique=True)
    token_hash = models.CharField(max_length=64, unique=True)
    callback_url = models.URLField(blank=True)
    webhook_secret = models.CharField(max_length=64, default="", blank=True)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name

    @classmethod
    def issue(cls, name: str, callback_url: str = "") -> tuple["ApiClient", str]:
        token = "heed_" + secrets.token_urlsafe(32)
        client = cls.objects.create(
            name=name,
            token_hash=hash_token(token),
            callback_url=callback_url,
            webhook_secret=secrets.token_hex(32),
        )
        return client, token


class Category(models.TextChoices):
    VIOLENT_THREAT = "violent_threat", "Threat of violence"
    HARASSMENT = "harassment", "Harassment"
    HATE = "hate", "Hate"
    SEXUAL = "sexual", "Sexual content"
    SELF_HARM = "self_harm", "Self-harm"
    SPAM = "spam", "Spam or scam"
    PRIVATE_INFO = "private_info", "Private information"
    OTHER = "other", "Other"


class LanguageSource(models.TextChoices):
    GIVEN = "given", "given by the platform or reporter"
    DETECTED = "detected", "detected"


# Versions are numbered in the order they were first reported.
VERSION_ORDER = ("first_reported_at", "id")


class Case(models.Model):
    """One reported content item; every report about it belongs to this case.

    What was reported is kept in `versions`: every distinct (text, url) any report carried. `text` and
    `url` here are the newest version's (the one most recently reported), kept in step by intake, so
    lists and searches need no join; scoring reads every version, never `text` alone.
    """

    client = models.ForeignKey(ApiClient, on_delete=models.PROTECT, related_name="cases")
    content_id = models.CharField(max_length=200)
    url = models.URLField(max_length=2000, blank=True)
    text = models.TextField()
    author_id = models.CharField(max_length=200)
    author_handle = models.CharField(max_length=200, blank=True)
    target_id = models.CharField(max_length=200, blank=True)
    target_handle = models.CharField(max_length=200, blank=True)
    reply_to = models.CharField(max_length=200, blank=True)
    content_created_at = models.DateTimeField(null=True, blank=True)
    first_reported_at = models.DateTimeField()
    last_reported_at = models.DateTimeField()
    # Written back by moderation: where the case stands, as the platform may see it.
    queue = models.CharField(max_length=50, blank=True)
    tier = models.CharField(max_length=20, blank=True)
    # The language it is written in: the primary subtag ("pt"; "und" when undetermined) and the full
    # BCP 47 tag as given ("pt-BR"; the primary subtag when detected). Given by the platform or the
    # reporter at intake, or detected by the scoring worker; empty until one of them has spoken.
    language = models.CharField(max_length=8, blank=True)
    language_tag = models.CharField(max_length=64, blank=True)
    language_source = models.CharField(max_length=10, choices=LanguageSource.choices, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["client", "content_id"], name="case_unique_content"),
        ]
        indexes = [
            models.Index(fields=["client", "author_id"], name="case_author"),
            models.Index(fields=["client", "target_id"], name="case_target"),
            # The moderators' queue search (moderation/review/queries.py): text contains, or an id or a
            # handle is, what they typed, across clients; each arm of the OR has its index. The text's
            # trigrams are keyed by queue too (btree_gin), so a search rechecks one queue's candidates only,
            # and hold cases from their placement on: intake's insert writes none of them, scoring's does.
            GinIndex(
                "queue",
                OpClass(Upper("text"), name="gin_trgm_ops"),
                name="case_queue_text_search",
                condition=~models.Q(queue=""),
            ),
            models.Index(fields=["author_id"], name="case_author_search"),
            models.Index(Upper("author_handle"), name="case_author_handle_search"),
            models.Index(fields=["target_id"], name="case_target_search"),
            models.Index(Upper("target_handle"), name="case_target_handle_search"),
        ]

    def __str__(self) -> str:
        return f"Case {self.pk} ({self.content_id})"

    @property
    def safe_url(self) -> str:
        """The content's link if it may be rendered as one; links stored before intake refused others are not."""
        return self.url if is_http_url(self.url) else ""

    def language_fields(self) -> dict[str, str | None]:
        """The language as it leaves Heed (webhooks, API, evidence bundle): null until given or detected."""
        return {
            "language": self.language or None,
            "language_tag": self.language_tag or None,
            "language_source": self.language_source or None,
        }

    def numbered_versions(self, *, first_ids: int | None = None) -> list["ContentVersion"]:
        """The versions oldest first, each with `number` (1 = first reported), `report_count` (the reports
        that carried it) and `external_ids`: theirs, in the order they came. All of them (the evidence
        bundle names every report), or the first `first_ids`, read in one query that does not read every
        report (a pile-on's version is carried by thousands)."""
        versions = self.versions.order_by(*VERSION_ORDER)
        if first_ids is None:
            carried: dict[int, list[str]] = defaultdict(list)
            for version_id, external_id in self.reports.order_by("id").values_list("version_id", "external_id"):
                carried[version_id].append(external_id)
            numbered = list(versions)
            for version in numbered:
                version.external_ids = carried[version.pk]
                version.report_count = len(version.external_ids)
        else:
            carrying = Report.objects.filter(version=OuterRef("pk")).order_by()
            annotated = versions.annotate(
                carried_by=Coalesce(Subquery(carrying.values("version").annotate(n=Count("*")).values("n")), 0),
                first_external_ids=ArraySubquery(carrying.order_by("id").values("external_id")[:first_ids]),
            )
            numbered = []
            for version in annotated:
                version.external_ids = version.first_external_ids
                version.report_count = version.carried_by
                numbered.append(version)
        for number, version in enumerate(numbered, start=1):
            version.number = number
        return numbered

    def version_numbers(self) -> dict[int, int]:
        """Each version's number (as `numbered_versions` gives it) by its id."""
        ids = self.versions.order_by(*VERSION_ORDER).values_list("pk", flat=True)
        return {pk: number for number, pk in enumerate(ids, start=1)}


def version_digest(text: str, url: str) -> str:
    """What makes a version distinct; the length prefix keeps ("ab", "c") apart from ("a", "bc")."""
    return hashlib.sha256(f"{len(url)}:{url}{text}".encode()).hexdigest()


class ContentVersion(models.Model):
    """One distinct (text, url) reported for a case: a post edited after the first report is a second version."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="versions")
    text = models.TextField()
    url = models.URLField(max_length=2000, blank=True)
    # A text of 10,000 characters is too long for a btree key; its hash is not (see version_digest).
    digest = models.CharField(max_length=64)
    first_reported_at = models.DateTimeField()
    last_reported_at = models.DateTimeField()

    # Set by Case.numbered_versions: the version's number and the reports that carried it.
    number: int
    report_count: int
    external_ids: list[str]

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["case", "digest"], name="version_unique_content"),
        ]

    def __str__(self) -> str:
        return f"Version {self.pk} of case {self.case_id}"


class Report(models.Model):
    class Status(models.TextChoices):
        RECEIVED = "received"
        QUEUED = "queued"
        IN_REVIEW = "in_review"
        RESOLVED = "resolved"

    client = models.ForeignKey(ApiClient, on_delete=models.PROTECT, related_name="reports")
    external_id = models.CharField(max_length=200)
    # Both foreign keys are indexed by the Meta indexes that lead with them (report_case_order, report_version_order).
    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="reports", db_index=False)
    # The text and URL this report carried.
    version = models.ForeignKey(ContentVersion, on_delete=models.PROTECT, related_name="reports", db_index=False)
    category = models.CharField(max_length=20, choices=Category.choices)
    comment = models.TextField(blank=True)
    reporter_id = models.CharField(max_length=200)
    reporter_handle = models.CharField(max_length=200, blank=True)
    reporter_contact = models.CharField(max_length=254, blank=True)
    target_id = models.CharField(max_length=200, blank=True)
    target_handle = models.CharField(max_length=200, blank=True)
    received_at = models.DateTimeField()
    raw = models.JSONField()
    # Written back by moderation: the public status and outcome of this report.
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.RECEIVED)
    status_changed_at = models.DateTimeField(null=True, blank=True)
    scored_at = models.DateTimeField(null=True, blank=True)
    # The reporter's timeline: when the report entered a queue and when a human first took it up.
    queued_at = models.DateTimeField(null=True, blank=True)
    in_review_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=40, blank=True)
    outcome_at = models.DateTimeField(null=True, blank=True)
    # Where the author's appeal against the decision stands: "", open, upheld or overturned.
    appeal_state = models.CharField(max_length=20, blank=True)
    status_token = models.CharField(max_length=64, unique=True, default=secrets.token_urlsafe)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["client", "external_id"], name="report_unique_external_id"),
        ]
        indexes = [
            models.Index(
                fields=["received_at"],
                condition=models.Q(scored_at__isnull=True),
                name="report_unscored",
            ),
            models.Index(fields=["client", "reporter_id"], name="report_reporter"),
            models.Index(fields=["received_at"], name="report_received", include=("case_id",)),
            # The case page's reports, a page at a time in the order they came (moderation/review/queries.py).
            models.Index(fields=["case", "received_at", "id"], name="report_case_order"),
            # A version's first reports and their count (Case.numbered_versions), read off the index alone.
            models.Index(fields=["version", "id"], name="report_version_order", include=("external_id",)),
        ]

    def __str__(self) -> str:
        return f"Report {self.pk} ({self.external_id})"

    def get_status_url(self) -> str:
        return reverse("report-status", args=[self.status_token])
