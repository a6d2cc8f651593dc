"""The public report form: what a person without an integration may tell us, validated."""

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from reports.languages import LANGUAGE_TAG_MESSAGE, MAX_TAG_LENGTH, canonical_tag, is_language_tag
from reports.models import Category
from reports.schemas import MAX_TEXT


class ReportedText(forms.CharField):
    def to_python(self, value: Any) -> str:
        # Browsers count a line break as one character against `maxlength` but submit it as CRLF;
        # normalise first so the 10,000-character limit means the same on both sides.
        return str(super().to_python(value)).replace("\r\n", "\n")


class LanguageTagField(forms.CharField):
    def clean(self, value: Any) -> str:
        tag = str(super().clean(value)).strip()
        if tag and not is_language_tag(tag):
            raise ValidationError(f"The language {LANGUAGE_TAG_MESSAGE}, or left empty.", code="invalid")
        return canonical_tag(tag) if tag else ""


class ReportForm(forms.Form):
    url = forms.URLField(
        label="Link to the content",
        max_length=2000,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
        help_text="The address of the post, comment or message, e.g. https://social.example/p/123.",
    )
    text = ReportedText(
        label="The words you are reporting",
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Copy the words of the post here, so we can act even if it changes.",
    )
    language = LanguageTagField(
        label="Language of the words (optional)",
        required=False,
        max_length=MAX_TAG_LENGTH,
        help_text="A language code such as es, pt-BR or fr. Leave it empty and we will work it out.",
    )
    author_handle = forms.CharField(
        label="Who posted it (optional)",
        required=False,
        max_length=200,
        help_text="Their handle or user name, e.g. @someone.",
    )
    category = forms.ChoiceField(
        label="What is wrong with it",
        choices=Category.choices,
        widget=forms.RadioSelect,
    )
    target_handle = forms.CharField(
        label="Who it is aimed at (optional)",
        required=False,
        max_length=200,
        help_text="The handle of the person targeted, if someone is. It may be you.",
    )
    comment = forms.CharField(
        label="Anything else we should know (optional)",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    contact = forms.EmailField(
        label="Your e-mail (optional)",
        required=False,
        max_length=254,
        help_text="Only if you are happy for us to contact you about this report. The person you report never sees it.",
    )
