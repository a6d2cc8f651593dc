"""What moderators post about cases, read into typed values. The services judge it: a form here never
refuses a decision itself, so the moderator sees the service's one wording of what is missing."""

import re
from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from moderation.models import ModeratorPreference
from reports.languages import is_language_tag, primary_subtag


class Flag(forms.BooleanField):
    """On when posted as "1" by a hidden input; "0", nothing or anything else is off."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(required=False, **kwargs)

    def to_python(self, value: Any) -> bool:
        return value == "1"


class CaseIds(forms.Field):
    """The cases ticked in a list; what is not a case number is ignored."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value: Any) -> list[int]:
        return [int(i) for i in value or [] if str(i).isdigit()]


def _text() -> forms.CharField:
    return forms.CharField(required=False, strip=False)


class DecisionForm(forms.Form):
    action = _text()
    reason_code = _text()
    note = _text()
    # A number the service checks; anything else reads as missing, which the service says how to fix.
    suspend_days = forms.IntegerField(required=False)
    revealed = Flag()


class CaseDecisionForm(DecisionForm):
    version = forms.IntegerField(required=False)
    next = Flag()


class BulkDecisionForm(DecisionForm):
    case_ids = CaseIds(required=False)
    back = _text()


class ReleaseForm(forms.Form):
    next = Flag()


class ReassignForm(forms.Form):
    to = forms.ModelChoiceField(queryset=get_user_model().objects.all(), required=False)


class NoteForm(forms.Form):
    text = _text()


class LanguageListField(forms.CharField):
    """Language codes separated by commas or spaces ("es, pt-BR fr"), kept as primary subtags (["es", "pt", "fr"])."""

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        tags = [t for t in re.split(r"[\s,;]+", str(super().to_python(value))) if t]
        if wrong := [t for t in tags if not is_language_tag(t)]:
            raise ValidationError(f"Not a language code: {', '.join(wrong)}. Use codes such as es, pt, fr.")
        return list(dict.fromkeys(primary_subtag(t) for t in tags))

    def prepare_value(self, value: Any) -> str:
        return ", ".join(value) if isinstance(value, list | tuple) else str(value or "")


class LanguagesForm(forms.ModelForm):
    languages = LanguageListField(
        label="Languages read",
        required=False,
        max_length=200,
        help_text="Codes such as en, es, pt-BR, separated by commas. Next case offers cases in these first; "
        "a queue that requires languages offers only these.",
    )

    class Meta:
        model = ModeratorPreference
        fields = ["languages"]


class BlurPreferenceForm(forms.Form):
    keep_blurred = Flag()
    back = _text()


def read(form: forms.Form) -> dict[str, Any]:
    """The form's values; a field that did not parse reads as empty, for the service to refuse."""
    form.is_valid()
    return {name: form.cleaned_data.get(name, field.to_python(None)) for name, field in form.fields.items()}
