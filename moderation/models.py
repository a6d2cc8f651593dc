"""Our judgement about each case: scores, placement, claims, decisions, rules and the audit trail."""

from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.postgres.fields import ArrayField
from django.db import models

# ACTIONED is re-exported for the modules that still import it from here.
from moderation.bootstrap.defaults import OTHER_LANGUAGES_QUEUE
from moderation.vocabulary import ACTIONED as ACTIONED
from moderation.vocabulary import Action, Tier, is_threat_scored
from reports.models import ApiClient, Case, ContentVersion


class Queue(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=100)
    description = models.CharField(max_length=300, blank=True)
    sla_minutes = models.PositiveIntegerField(default=24 * 60)
    position = models.PositiveSmallIntegerField(default=100)
    # Empty: every role may work the queue.
    allowed_roles = models.ManyToManyField(Group, blank=True, related_name="queues")
    languages_required = models.BooleanField(
        default=False,
        help_text="Next case hands a moderator only cases in the languages they read (and undetermined ones).",
    )

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name


class Triage(models.Model):
    """Where a case stands in review. One per case, created when its first report is scored."""

    class State(models.TextChoices):
        NEW = "new"
        OPEN = "open"
        IN_REVIEW = "in_review"
        ESCALATED = "escalated"
        RESOLVED = "resolved"

    case = models.OneToOneField(Case, on_delete=models.CASCADE, primary_key=True, related_name="triage")
    queue = models.ForeignKey(Queue, on_delete=models.PROTECT, related_name="triages")
    state = models.CharField(max_length=20, choices=State.choices, default=State.OPEN)
    tier = models.SmallIntegerField(choices=Tier.choices, default=Tier.NORMAL)
    priority = models.FloatField(default=0)
    # Priority before waiting time; `priority` = this + waiting points, refreshed as time passes.
    priority_base = models.FloatField(default=0)
    # "Why is this here?": the priority breakdown and the rules that placed the case.
    reasons = models.JSONField(default=list)
    matched_rules = models.JSONField(default=list)
    threat = models.FloatField(default=0)
    categories = models.JSONField(default=dict)
    # The categories its reports were filed under, as of its last scoring: the queue's category filter reads
    # this instead of probing every report (migration 0010).
    reported_categories = ArrayField(models.CharField(max_length=20), default=list, blank=True)
    top_signals = models.JSONField(default=list)
    report_count = models.PositiveIntegerField(default=0)
    reporter_credibility = models.FloatField(null=True, blank=True)
    reporter_count = models.PositiveIntegerField(default=0)
    reports_last_hour = models.PositiveIntegerField(default=0)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="claimed"
    )
    claimed_until = models.DateTimeField(null=True, blank=True)
    opened_at = models.DateTimeField()
    sla_due_at = models.DateTimeField()
    updated_at = models.DateTimeField(auto_now=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=40, blank=True)
    # When retention last redacted the case's text and personal fields (moderation/team/retention.py).
    redacted_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Bumped on every change a moderator could be looking at, so a stale page cannot overwrite it.
    version = models.PositiveIntegerField(default=1)
    # Facts for the metrics, kept by database triggers from the audit trail and the decisions
    # (migration 0006) so that /metrics/ reads this one table. `save()` never writes them.
    first_look_at = models.DateTimeField(null=True, blank=True, editable=False)
    escalated = models.BooleanField(default=False, editable=False)
    reason_code = models.CharField(max_length=60, blank=True, editable=False)

    class Meta:
        indexes = [
            models.Index(
                fields=["tier", "opened_at"], name="triage_opened", include=("state", "queue_id", "first_look_at")
            ),
            models.Index(
                fields=["tier", "resolved_at"],
                name="triage_resolved",
                include=("state", "queue_id", "opened_at", "outcome", "escalated", "reason_code"),
            ),
            models.Index(
                fields=["tier", "sla_due_at"], name="triage_sla_due", include=("state", "queue_id", "resolved_at")
            ),
            models.Index(
                "queue",
                models.F("tier").desc(),
                models.F("priority").desc(),
                "opened_at",
                condition=models.Q(state="open"),
                name="triage_open_order",
            ),
        ]

    def __str__(self) -> str:
        return f"Triage of case {self.case_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding and not args and kwargs.get("update_fields") is None:
            # A full save would write back stale copies of the trigger-kept facts.
            kwargs["update_fields"] = [
                f.name for f in self._meta.concrete_fields if not f.primary_key and f.name not in TRIGGER_KEPT
            ]
        super().save(*args, **kwargs)

    @property
    def threat_scored(self) -> bool:
        """False for a case in a language the threat scorer does not read: its scores say nothing."""
        return is_threat_scored(self.case.language)


TRIGGER_KEPT = frozenset({"first_look_at", "escalated", "reason_code"})


class Score(models.Model):
    """One scoring of a case. Kept as history: rescoring appends."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="scores")
    created_at = models.DateTimeField()
    scorer_version = models.CharField(max_length=60)
    threat = models.FloatField()
    escalate = models.BooleanField()
    severity = models.FloatField()
    categories = models.JSONField()
    # [{"name", "weight", "evidence": [[start, end], ...]}, ...]
    signals = models.JSONField()
    # The reports this scoring consumed; each report is consumed exactly once.
    report_ids = ArrayField(models.BigIntegerField())
    # The most severe of the case's versions: the text the threat, signals and evidence spans are about.
    version = models.ForeignKey(ContentVersion, on_delete=models.PROTECT, related_name="+")
    # Placed with a text the second reader could escalate, not read yet (placement/reading.py).
    unread = models.BooleanField(default=False)

    class Meta:
        get_latest_by = "created_at"
        indexes = [
            models.Index(fields=["case", "-created_at"], name="score_case_latest"),
            models.Index(fields=["created_at"], condition=models.Q(unread=True), name="score_unread"),
        ]

    def __str__(self) -> str:
        return f"Score of case {self.case_id} at {self.created_at:%Y-%m-%d %H:%M:%S}"


class EscalationRule(models.Model):
    """An admin's rule, stored as validated structured data (see moderation.rules)."""

    name = models.CharField(max_length=120, unique=True)
    description = models.CharField(max_length=500, blank=True)
    position = models.PositiveIntegerField(default=0)
    enabled = models.BooleanField(default=True)
    when = models.JSONField()
    then = models.JSONField()
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.name


class Decision(models.Model):
    Action = Action

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="decisions")
    action = models.CharField(max_length=30, choices=Action.choices)
    reason_code = models.CharField(max_length=60)
    note = models.TextField(blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="decisions")
    created_at = models.DateTimeField(auto_now_add=True)
    case_version = models.PositiveIntegerField()
    suspend_days = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]
        indexes = [
            models.Index(
                fields=["created_at"], name="decision_created", include=("by_id", "action", "reason_code", "case_id")
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()} on case {self.case_id}"


class AuditEvent(models.Model):
    """Append-only: a database trigger refuses updates and deletes."""

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    action = models.CharField(max_length=60)
    case = models.ForeignKey(Case, null=True, blank=True, on_delete=models.PROTECT, related_name="audit_events")
    rule = models.ForeignKey(EscalationRule, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    data = models.JSONField(default=dict)

    class Meta:
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["actor", "action", "at"], name="audit_actor_action")]

    def __str__(self) -> str:
        return f"{self.action} at {self.at:%Y-%m-%d %H:%M:%S}"


class ReasonCode(models.Model):
    """Why a moderator decided as they did; managed by admins, one list per decision type."""

    action = models.CharField(max_length=30, choices=Decision.Action.choices)
    code = models.SlugField(max_length=60)
    label = models.CharField(max_length=200)
    active = models.BooleanField(default=True)
    position = models.PositiveSmallIntegerField(default=100)

    class Meta:
        ordering = ["action", "position", "label"]
        constraints = [models.UniqueConstraint(fields=["action", "code"], name="reason_code_unique")]

    def __str__(self) -> str:
        return self.label


class Note(models.Model):
    """An internal note on a case; never shown to the platform or the reporter."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField(max_length=5000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"Note on case {self.case_id}"


class ModeratorPreference(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="heed_preference")
    keep_blurred = models.BooleanField(default=True, help_text="Blur violent and sexual content until revealed.")
    # Primary subtags ("es", "pt"): Next case prefers cases in these, and in a queue with
    # languages_required hands out only these (moderation/review/services.py).
    languages = ArrayField(models.CharField(max_length=8), default=list, blank=True)

    def __str__(self) -> str:
        return f"Preferences of {self.user}"


class TeamSettings(models.Model):
    """The admin-set knobs of one Heed deployment (a single row)."""

    claim_minutes = models.PositiveSmallIntegerField(default=10)
    shift_hours = models.PositiveSmallIntegerField(default=8)
    exposure_limit = models.PositiveSmallIntegerField(
        default=25, help_text="Violent or sexual items revealed in a shift before Heed suggests a break."
    )
    # Priority weights (see moderation/placement/priority.py); missing keys take the defaults there.
    priority_weights = models.JSONField(default=dict, blank=True)
    # Empty or 0: keep reported text and personal fields forever (moderation/team/retention.py).
    retention_days = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="Redact the reported text and personal fields of cases resolved more than this many days ago. "
        "Empty or 0: keep them forever.",
    )

    # Where a case in a language the threat scorer does not read goes when no rule placed it (empty: the
    # "Other languages" queue, moderation/placement/language.py).
    unscored_language_queue = models.ForeignKey(
        Queue,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Where cases in a language the threat scorer does not read go, unless a rule places them.",
    )

    class Meta:
        verbose_name_plural = "team settings"

    def __str__(self) -> str:
        return "Team settings"

    @classmethod
    def load(cls) -> "TeamSettings":
        return cls.objects.get_or_create(pk=1)[0]

    def unscored_language_slug(self) -> str:
        """The slug of the queue for languages the scorer does not read; empty means "Other languages"."""
        return self.unscored_language_queue.slug if self.unscored_language_queue else OTHER_LANGUAGES_QUEUE


class Delivery(models.Model):
    """The outbox: a signed webhook to deliver, retried with back-off until it lands."""

    class State(models.TextChoices):
        PENDING = "pending"
        DELIVERED = "delivered"
        FAILED = "failed"

    kind = models.CharField(max_length=30)  # decision, restrict_content, notification
    client = models.ForeignKey(ApiClient, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    case = models.ForeignKey(Case, null=True, blank=True, on_delete=models.CASCADE, related_name="deliveries")
    url = models.URLField(max_length=2000)
    payload = models.JSONField()
    state = models.CharField(max_length=20, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField()
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["next_attempt_at"], condition=models.Q(state="pending"), name="delivery_due"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} delivery {self.pk} ({self.state})"


class RuleVersion(models.Model):
    """An immutable snapshot of a rule after each change; any one can be restored."""

    rule = models.ForeignKey(EscalationRule, null=True, blank=True, on_delete=models.SET_NULL, related_name="versions")
    rule_name = models.CharField(max_length=120)
    number = models.PositiveIntegerField()
    change = models.CharField(
        max_length=20
    )  # created, updated, enabled, disabled, reordered, deleted, restored, imported
    snapshot = models.JSONField()  # {name, description, enabled, position, when, then}
    diff = models.TextField(blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.rule_name} v{self.number}"


class NotificationChannel(models.Model):
    """Where alerts go: e-mail addresses or a (Slack-compatible) webhook."""

    class Kind(models.TextChoices):
        EMAIL = "email", "E-mail"
        WEBHOOK = "webhook", "Webhook"

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=100)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    target = models.CharField(max_length=2000, help_text="E-mail addresses (comma-separated) or a webhook URL.")
    secret = models.CharField(max_length=128, blank=True, help_text="Signs webhook bodies (HMAC-SHA256).")
    enabled = models.BooleanField(default=True)
    dedupe_minutes = models.PositiveIntegerField(default=60, help_text="Do not page twice about one case within this.")

    def __str__(self) -> str:
        return self.name


class BacktestRun(models.Model):
    """A draft rule replayed over past cases, with how moderators judged what it would have caught."""

    class State(models.TextChoices):
        PENDING = "pending"
        RUNNING = "running"
        DONE = "done"
        FAILED = "failed"

    rule = models.JSONField()
    days = models.PositiveSmallIntegerField(default=30)
    state = models.CharField(max_length=20, choices=State.choices, default=State.PENDING)
    results = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Backtest {self.pk} ({self.state})"


class ScorerModel(models.Model):
    """A version of the learned threat model; the active one is what workers score with."""

    version = models.CharField(max_length=60, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    trained_on = models.PositiveIntegerField(default=0)
    metrics = models.JSONField(default=dict)  # held-out figures, and the incumbent's on the same rows
    active = models.BooleanField(default=False)
    blob = models.BinaryField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["active"], condition=models.Q(active=True), name="one_active_scorer_model")
        ]

    def __str__(self) -> str:
        return self.version


class Appeal(models.Model):
    """An author's (or reporter's) challenge of a decision, reviewed by someone other than the decider."""

    class State(models.TextChoices):
        OPEN = "open"
        UPHELD = "upheld"
        OVERTURNED = "overturned"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="appeals")
    decision = models.ForeignKey(Decision, on_delete=models.PROTECT, related_name="appeals")
    client = models.ForeignKey(ApiClient, on_delete=models.PROTECT, related_name="+")
    external_id = models.CharField(max_length=200)
    statement = models.TextField(max_length=5000)
    state = models.CharField(max_length=20, choices=State.choices, default=State.OPEN)
    status_token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["client", "external_id"], name="appeal_unique_external_id")]

    def __str__(self) -> str:
        return f"Appeal {self.pk} of case {self.case_id}"
