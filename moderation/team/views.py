"""Admins' settings pages: queues, reason codes, notification channels and retention. Every change is an audit event."""

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, Model, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from moderation.delivery import notify
from moderation.models import (
    Decision,
    Delivery,
    EscalationRule,
    ModeratorPreference,
    NotificationChannel,
    Queue,
    ReasonCode,
    TeamSettings,
    Triage,
)
from moderation.review.forms import LanguagesForm, read
from moderation.review.services import audit, moderators
from moderation.roles import admin_required
from moderation.team.forms import (
    ActiveForm,
    ChannelForm,
    EnabledForm,
    LanguageSettingsForm,
    QueueForm,
    ReasonCodeForm,
    RetentionForm,
)

FORM = "moderation/admin/form.html"
RECENT_ALERTS = 20


def _plain(value: Any) -> Any:
    """A form value as JSON for the audit log."""
    if isinstance(value, Model):
        return str(value)
    if isinstance(value, Iterable) and not isinstance(value, str):
        return sorted(str(v) for v in value)
    return value


def _changes(form: forms.ModelForm) -> dict[str, list[Any]]:
    changes = {
        name: [_plain(form.initial.get(name)), _plain(form.cleaned_data.get(name))] for name in form.changed_data
    }
    if "secret" in changes:
        changes["secret"] = ["…", "(changed)"]  # never a secret in the audit log
    return changes


def _save(request: HttpRequest, form: forms.ModelForm, what: str, done: str) -> HttpResponse | None:
    """Save a valid POSTed form with its audit event (`<what>_created` / `<what>_changed`); else None."""
    if request.method != "POST" or not form.is_valid():
        return None
    creating = form.instance.pk is None
    with transaction.atomic():
        changes = _changes(form)
        obj = form.save()
        audit(
            f"{what}_{'created' if creating else 'changed'}",
            actor=request.user,
            id=obj.pk,
            name=str(obj),
            changes=changes,
        )
    messages.success(request, f"Saved {obj}.")
    return redirect(done)


def _form_page(request: HttpRequest, form: forms.ModelForm, *, title: str, section: str, back: str) -> HttpResponse:
    return render(request, FORM, {"form": form, "title": title, "section": section, "back": back})


# -- queues ----------------------------------------------------------------------------------------


@admin_required
def queues(request: HttpRequest) -> HttpResponse:
    rows = Queue.objects.prefetch_related("allowed_roles").annotate(
        open=Count("triages", filter=Q(triages__state=Triage.State.OPEN))
    )
    return render(request, "moderation/admin/queues.html", {"queues": rows, "section": "queues"})


@require_http_methods(["GET", "POST"])
@admin_required
def queue_create(request: HttpRequest) -> HttpResponse:
    form = QueueForm(request.POST or None)
    return _save(request, form, "queue", "settings-queues") or _form_page(
        request, form, title="New queue", section="queues", back="settings-queues"
    )


@require_http_methods(["GET", "POST"])
@admin_required
def queue_edit(request: HttpRequest, queue_id: int) -> HttpResponse:
    queue = get_object_or_404(Queue, pk=queue_id)
    form = QueueForm(request.POST or None, instance=queue)
    return _save(request, form, "queue", "settings-queues") or _form_page(
        request, form, title=f"Queue: {queue.name}", section="queues", back="settings-queues"
    )


# -- reason codes ----------------------------------------------------------------------------------


@admin_required
def reason_codes(request: HttpRequest) -> HttpResponse:
    by_action: dict[str, list[ReasonCode]] = defaultdict(list)
    for code in ReasonCode.objects.all():
        by_action[code.action].append(code)
    groups = [(action, label, by_action[action]) for action, label in Decision.Action.choices]
    return render(request, "moderation/admin/reason_codes.html", {"groups": groups, "section": "reason-codes"})


@require_http_methods(["GET", "POST"])
@admin_required
def reason_code_create(request: HttpRequest) -> HttpResponse:
    form = ReasonCodeForm(request.POST or None, initial={"action": request.GET.get("action")})
    return _save(request, form, "reason_code", "settings-reason-codes") or _form_page(
        request, form, title="New reason code", section="reason-codes", back="settings-reason-codes"
    )


@require_http_methods(["GET", "POST"])
@admin_required
def reason_code_edit(request: HttpRequest, code_id: int) -> HttpResponse:
    code = get_object_or_404(ReasonCode, pk=code_id)
    form = ReasonCodeForm(request.POST or None, instance=code)
    return _save(request, form, "reason_code", "settings-reason-codes") or _form_page(
        request, form, title=f"Reason code: {code.label}", section="reason-codes", back="settings-reason-codes"
    )


@require_POST
@admin_required
def reason_code_set_active(request: HttpRequest, code_id: int) -> HttpResponse:
    active = read(ActiveForm(request.POST))["active"]
    with transaction.atomic():
        code = get_object_or_404(ReasonCode.objects.select_for_update(), pk=code_id)
        others = ReasonCode.objects.filter(action=code.action, active=True).exclude(pk=code.pk)
        if not active and not others.exists():
            # case_decide needs an active code: without one this decision could not be taken at all.
            messages.error(request, f"Keep at least one active reason code for “{code.get_action_display()}”.")
            return redirect("settings-reason-codes")
        if code.active != active:
            code.active = active
            code.save(update_fields=["active"])
            audit(
                f"reason_code_{'activated' if active else 'deactivated'}",
                actor=request.user, id=code.pk, decision=code.action, code=code.code,
            )  # fmt: skip
    messages.success(request, f"{code.label}: {'active' if active else 'inactive'}.")
    return redirect("settings-reason-codes")


# -- notification channels -------------------------------------------------------------------------


@admin_required
def channels(request: HttpRequest) -> HttpResponse:
    rows = list(NotificationChannel.objects.order_by("slug"))
    named_by: dict[str, list[str]] = defaultdict(list)
    for rule in EscalationRule.objects.filter(enabled=True).only("name", "then"):
        for slug in rule.then.get("notify", []):
            named_by[slug].append(rule.name)
    known = {c.slug for c in rows}
    return render(
        request,
        "moderation/admin/channels.html",
        {
            "channels": [(c, named_by.get(c.slug, [])) for c in rows],
            "missing": sorted((slug, names) for slug, names in named_by.items() if slug not in known),
            "alerts": Delivery.objects.filter(kind=notify.KIND).order_by("-created_at", "-pk")[:RECENT_ALERTS],
            "section": "channels",
        },
    )


@require_http_methods(["GET", "POST"])
@admin_required
def channel_create(request: HttpRequest) -> HttpResponse:
    form = ChannelForm(request.POST or None)
    return _save(request, form, "channel", "settings-channels") or _form_page(
        request, form, title="New notification channel", section="channels", back="settings-channels"
    )


@require_http_methods(["GET", "POST"])
@admin_required
def channel_edit(request: HttpRequest, channel_id: int) -> HttpResponse:
    channel = get_object_or_404(NotificationChannel, pk=channel_id)
    form = ChannelForm(request.POST or None, instance=channel)
    return _save(request, form, "channel", "settings-channels") or _form_page(
        request, form, title=f"Channel: {channel.name}", section="channels", back="settings-channels"
    )


@require_POST
@admin_required
def channel_set_enabled(request: HttpRequest, channel_id: int) -> HttpResponse:
    enabled = read(EnabledForm(request.POST))["enabled"]
    with transaction.atomic():
        n = NotificationChannel.objects.filter(pk=channel_id).exclude(enabled=enabled).update(enabled=enabled)
        channel = get_object_or_404(NotificationChannel, pk=channel_id)
        if n:
            audit(
                f"channel_{'enabled' if enabled else 'disabled'}", actor=request.user, id=channel.pk, slug=channel.slug
            )
    if enabled:
        messages.success(request, f"{channel.name} is enabled.")
    else:
        messages.warning(request, f"{channel.name} is disabled: rules that name it page nobody.")
    return redirect("settings-channels")


@require_POST
@admin_required
def channel_test(request: HttpRequest, channel_id: int) -> HttpResponse:
    channel = get_object_or_404(NotificationChannel, pk=channel_id)
    with transaction.atomic():
        delivery = notify.send_test(channel)
        audit("channel_tested", actor=request.user, id=channel.pk, slug=channel.slug, delivery_id=delivery.pk)
    messages.success(request, f"Test alert queued for {channel.name} (delivery {delivery.pk}); see its state below.")
    return redirect("settings-channels")


# -- retention -------------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@admin_required
def retention(request: HttpRequest) -> HttpResponse:
    form = RetentionForm(request.POST or None, instance=TeamSettings.load())
    return _save(request, form, "retention", "settings-retention") or _form_page(
        request, form, title="Retention", section="retention", back="settings-retention"
    )


# -- languages -------------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@admin_required
def languages(request: HttpRequest) -> HttpResponse:
    """Where unscored languages go, and the languages each moderator reads."""
    form = LanguageSettingsForm(request.POST or None, instance=TeamSettings.load())
    if saved := _save(request, form, "language_settings", "settings-languages"):
        return saved
    reads = dict(ModeratorPreference.objects.values_list("user_id", "languages"))
    people = [(m, reads.get(m.pk) or []) for m in moderators()]
    return render(request, "moderation/admin/languages.html", {"form": form, "people": people, "section": "languages"})


@require_http_methods(["GET", "POST"])
@admin_required
def moderator_languages(request: HttpRequest, user_id: int) -> HttpResponse:
    moderator = get_object_or_404(get_user_model(), pk=user_id)
    preference, _ = ModeratorPreference.objects.get_or_create(user=moderator)
    form = LanguagesForm(request.POST or None, instance=preference)
    return _save(request, form, "moderator_languages", "settings-languages") or _form_page(
        request, form, title=f"Languages {moderator} reads", section="languages", back="settings-languages"
    )
