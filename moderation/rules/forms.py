"""The rule pages' forms: the YAML editor, the Test panel (also the builder's sample), backtests, the builder."""

from __future__ import annotations

from typing import Any

from django import forms

from moderation.vocabulary import SCORED_CATEGORIES
from reports.languages import UNDETERMINED
from reports.models import Category

FACT_FIELDS = ("reported_category", "report_count", "distinct_reporters", "author_prior_actions",
               "target_open_cases_24h", "reporter_credibility", "language")  # fmt: skip


class RuleForm(forms.Form):
    yaml = forms.CharField(max_length=20_000, strip=False)
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)


class TryForm(forms.Form):
    text = forms.CharField(max_length=20_000, widget=forms.Textarea(attrs={"rows": 5}))
    threat = forms.FloatField(required=False, min_value=0, max_value=1)
    reported_category = forms.ChoiceField(choices=[("", "—"), *Category.choices], required=False)
    report_count = forms.IntegerField(min_value=1, max_value=1_000_000, initial=1, label="Reports")
    distinct_reporters = forms.IntegerField(min_value=1, max_value=1_000_000, initial=1)
    author_prior_actions = forms.IntegerField(
        min_value=0, max_value=10_000, initial=0, label="Author's earlier actioned cases"
    )
    target_open_cases_24h = forms.IntegerField(
        min_value=0, max_value=10_000, initial=0, label="Authors with open cases against the target (24 h)"
    )
    reporter_credibility = forms.FloatField(required=False, min_value=0, max_value=1)
    language = forms.RegexField(
        regex=r"^[a-z]{2,3}$",
        required=False,
        help_text='A language code such as es or ja; empty: "und", undetermined.',
        error_messages={"invalid": "Give a language code such as es or ja."},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in SCORED_CATEGORIES:
            self.fields[name] = forms.FloatField(required=False, min_value=0, max_value=1, label=name)

    def fact_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in FACT_FIELDS]

    def category_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in SCORED_CATEGORIES]

    def facts(self) -> dict[str, Any]:
        """The valid form as `store.dry_run`'s arguments."""
        data = self.cleaned_data
        return {
            "text": data["text"],
            "threat": data["threat"],
            "categories": {c: data[c] for c in SCORED_CATEGORIES if data[c] is not None},
            "reported_categories": [data["reported_category"]] if data["reported_category"] else [],
            **{name: data[name] for name in FACT_FIELDS[1:]},
            "language": data["language"] or UNDETERMINED,
        }


class BacktestForm(forms.Form):
    yaml = forms.CharField(max_length=20_000, strip=False)
    days = forms.IntegerField(min_value=1, max_value=365, initial=30)


class BuilderForm(forms.Form):
    """The builder's fixed fields; the condition tree is read by `builder.rule_from_form`."""

    op = forms.CharField(max_length=200, required=False)
    version = forms.IntegerField(required=False)
    days = forms.IntegerField(min_value=1, max_value=365, initial=30, required=False)
