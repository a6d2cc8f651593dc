"""The settings pages' forms: what an admin may change about queues, reason codes and channels."""

import secrets
from typing import Any

from django import forms
from django.contrib.auth.models import Group
from django.core.validators import URLValidator, validate_email

from config import network
from moderation.models import NotificationChannel, Queue, ReasonCode, TeamSettings
from moderation.review.forms import Flag
from moderation.vocabulary import ALL_ROLES


class ActiveForm(forms.Form):
    active = Flag()


class EnabledForm(forms.Form):
    enabled = Flag()


class QueueForm(forms.ModelForm):
    sla_minutes = forms.IntegerField(label="SLA (minutes)", min_value=1, max_value=60 * 24 * 90)
    allowed_roles = forms.ModelMultipleChoiceField(
        queryset=Group.objects.filter(name__in=ALL_ROLES).order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="None ticked: every role may work the queue.",
    )

    class Meta:
        model = Queue
        fields = ["name", "slug", "description", "sla_minutes", "position", "allowed_roles", "languages_required"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # Rules, reports and links name a queue by its slug: renaming it would silently reroute cases.
            self.fields["slug"].disabled = True


class ReasonCodeForm(forms.ModelForm):
    class Meta:
        model = ReasonCode
        fields = ["action", "code", "label", "position"]
        labels = {"action": "Decision"}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # Past decisions record the code: changing it would relabel them.
            self.fields["action"].disabled = True
            self.fields["code"].disabled = True


class ChannelForm(forms.ModelForm):
    dedupe_minutes = forms.IntegerField(
        label="Quiet window (minutes)",
        min_value=0,
        max_value=60 * 24 * 7,
        help_text="Do not page twice about one case within this. An SLA breach pages regardless.",
    )

    class Meta:
        model = NotificationChannel
        fields = ["name", "slug", "kind", "target", "secret", "dedupe_minutes", "enabled"]
        widgets = {"target": forms.TextInput(attrs={"size": 60}), "secret": forms.TextInput(attrs={"size": 60})}
        help_texts = {"secret": "Signs webhook bodies (X-Heed-Signature). Left empty for a webhook: one is made."}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # Rules name channels by slug, and alerts waiting in the outbox find their signing secret by it.
            self.fields["slug"].disabled = True

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        target = data.get("target", "").strip()
        if data.get("kind") == NotificationChannel.Kind.EMAIL:
            addresses = [a.strip() for a in target.split(",") if a.strip()]
            try:
                if not addresses:
                    raise forms.ValidationError("Give at least one e-mail address.")
                for address in addresses:
                    validate_email(address)
            except forms.ValidationError:
                self.add_error("target", "Give e-mail addresses, separated by commas.")
            data["target"] = ", ".join(addresses)
        elif data.get("kind") == NotificationChannel.Kind.WEBHOOK:
            try:
                URLValidator(schemes=["http", "https"])(target)
            except forms.ValidationError:
                self.add_error("target", "Give the webhook's http(s) URL.")
            else:
                if refusal := network.refusal_on_save(target):
                    self.add_error("target", refusal)
            if not data.get("secret"):
                data["secret"] = secrets.token_urlsafe(32)
        return data


class RetentionForm(forms.ModelForm):
    # Ten years at most: a typo of extra digits should not pass for "forever".
    retention_days = forms.IntegerField(
        label="Keep reported text (days)",
        min_value=0,
        max_value=3650,
        required=False,
        help_text=TeamSettings._meta.get_field("retention_days").help_text,
    )

    class Meta:
        model = TeamSettings
        fields = ["retention_days"]


class LanguageSettingsForm(forms.ModelForm):
    class Meta:
        model = TeamSettings
        fields = ["unscored_language_queue"]
        labels = {"unscored_language_queue": "Queue for languages the threat scorer does not read"}
