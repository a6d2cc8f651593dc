"""The public report form: what a person without an integration may tell us, validated."""

from typing import Any

from django import forms
from django.core.validators import URLValidator

from reports.models import Category
from reports.schemas import MAX_TEXT


class ReportedText(forms.CharField):
    def to_python(self, value: Any) -> str:
        # Browsers count a line break as one character against `maxlength` but submit it as CRLF;
        # normalise first so the 10,000-character limit means the same on both sides.
        return str(super().to_python(value)).replace("\r\n", "\n")


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
