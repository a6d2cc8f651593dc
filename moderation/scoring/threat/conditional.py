"""Conditional threats: a direct threat with a condition attached ("if you...", "touch my...",
"...or I'll...", "one more time and..."), or a bare present after one ("if it goes the wrong way,
we burn the courthouse down")."""

from __future__ import annotations

from moderation.scoring.prefilter import Words
from moderation.scoring.threat.base import Hit, form, led_form

# "if the verdict goes the wrong way, we burn the courthouse down": a bare present after a condition.
IF_THEN = form(
    r"\b(?:if|when|unles|once)\b[^.!?]{3,80}?, (?:then )?(?:i|we) (?:{VERB})\b (?:up |down |out )?(?P<target>{TARGET}|"
    r"(?:the|that|this) (?:[\w']+ )?(?:{PROPERTY}|{VENUE}))"
)

CONDITION = led_form(
    r"\b(?:if|unles|touch|come near|one more (?:time|word)|again and|or else|or i'?l|or i wil|or we|next time"
    r" (?:you|u)|try me|test me|(?:you|u) testify|keep (?:\w+ing|it up|talking|posting|lying|chating)|don't|"
    r"dont|do not|say my name|show up|otherwise|stop the|or (?:you|u) wil)\b"
)


def as_conditional(hits: list[Hit], words: Words) -> list[Hit]:
    """Direct threats with a condition attached are named as such (and weigh a little more)."""
    if not words.search(CONDITION):
        return hits
    return [Hit("threat.conditional", h.weight + 0.5, h.spans, h.verb, h.tier, h.group, h.detail)
            if h.name == "threat.direct" else h for h in hits]  # fmt: skip
