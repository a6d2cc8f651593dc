"""What an author posts to appeal, and what a senior posts to decide an appeal."""

from django import forms


class AppealForm(forms.Form):
    statement = forms.CharField(
        label="Why should we look again?",
        max_length=5000,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": "Tell us why you think the decision is wrong."},
    )


class AppealDecisionForm(forms.Form):
    # The service refuses an outcome that is neither upheld nor overturned, in its own words.
    outcome = forms.CharField(required=False)
    note = forms.CharField(required=False, strip=False)
