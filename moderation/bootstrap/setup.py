"""Idempotent set-up of what every Heed needs: roles, queues, the on-call channel and the default rules."""

import secrets

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction

from moderation.bootstrap import defaults
from moderation.models import EscalationRule, NotificationChannel, Queue, ReasonCode, TeamSettings
from moderation.rules import validate_rule
from moderation.vocabulary import ALL_ROLES


@transaction.atomic
def ensure_defaults() -> None:
    for role in ALL_ROLES:
        Group.objects.get_or_create(name=role)
    for q in defaults.QUEUES:
        fields = {k: v for k, v in q.items() if k != "roles"}
        queue, created = Queue.objects.get_or_create(slug=q["slug"], defaults=fields)
        if created:
            queue.allowed_roles.set(Group.objects.filter(name__in=q.get("roles", [])))
    team = TeamSettings.load()
    if team.unscored_language_queue_id is None:
        team.unscored_language_queue = Queue.objects.get(slug=defaults.OTHER_LANGUAGES_QUEUE)
        team.save(update_fields=["unscored_language_queue"])
    NotificationChannel.objects.get_or_create(
        slug=defaults.ONCALL_CHANNEL, defaults={"name": "On call", **_oncall_target()}
    )  # an admin's edits to it stand
    if not ReasonCode.objects.exists():
        ReasonCode.objects.bulk_create(
            ReasonCode(action=action, code=code, label=label, position=i)
            for action, codes in defaults.REASON_CODES.items()
            for i, (code, label) in enumerate(codes)
        )
    if not EscalationRule.objects.exists():  # never overwrite an admin's rules
        slugs = list(Queue.objects.values_list("slug", flat=True))
        for position, rule in enumerate(defaults.RULES, start=1):
            validate_rule(rule, slugs)
            EscalationRule.objects.create(position=position, **rule)


def _oncall_target() -> dict[str, str]:
    if settings.HEED_ONCALL_WEBHOOK_URL:
        secret = settings.HEED_ONCALL_WEBHOOK_SECRET or secrets.token_urlsafe(32)
        return {"kind": "webhook", "target": settings.HEED_ONCALL_WEBHOOK_URL, "secret": secret}
    return {"kind": "email", "target": settings.HEED_ONCALL_EMAIL}
