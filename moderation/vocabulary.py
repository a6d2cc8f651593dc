"""The words Heed judges with, each defined here once: tiers, categories, decision actions, thresholds,
reason-code families, which content is blurred, and who may do what.

No queries and no models of our own: models, services, views and the rules engine import these, and
templates get the answers from their views instead of restating a rule. The categories are the ones
reporters choose from, so they stay in `reports` (which never imports `moderation`); the threat
threshold is the scorer's calibration, so it stays in `scoring` (which imports nothing of the rest).
"""

from collections.abc import Iterable, Mapping

from django.db.models import IntegerChoices, TextChoices

from moderation.scoring import THREAT_THRESHOLD
from moderation.scoring.languages import SCORED_LANGUAGES
from reports.languages import UNDETERMINED
from reports.models import Category

__all__ = [
    "ACTIONED",
    "ALL_ROLES",
    "BLURRED_CATEGORIES",
    "CATEGORIES",
    "CATEGORY_THRESHOLD",
    "SCORED_CATEGORIES",
    "SENIOR_ONLY_ACTIONS",
    "SENIOR_ROLES",
    "THREAT_REASON_CODES",
    "THREAT_THRESHOLD",
    "TIERS_HIGHEST_FIRST",
    "TRAINING_THREAT_REASON_CODES",
    "Action",
    "Category",
    "Tier",
    "actions_for",
    "is_blurred",
    "is_threat_scored",
    "may_take",
    "tier_named",
]


class Tier(IntegerChoices):
    """How urgent a case is; the queue orders by it first. The labels are the names rules and the API use."""

    LOW = 0, "low"
    NORMAL = 1, "normal"
    HIGH = 2, "high"
    CRITICAL = 3, "critical"


# Highest first, as the queue filter and the metrics list them.
TIERS_HIGHEST_FIRST = tuple(t.label for t in sorted(Tier, reverse=True))


def is_threat_scored(language: str) -> bool:
    """Whether the threat scorer reads `language` (a primary subtag). Undetermined texts, and cases whose
    language is not known yet, are scored with every language's forms, so they count as scored."""
    return language in SCORED_LANGUAGES or language in (UNDETERMINED, "")


def tier_named(name: str) -> Tier | None:
    """The tier called `name` ("critical"…), or None for a name that is not one."""
    return next((t for t in Tier if t.label == name), None)


CATEGORIES = tuple(Category.values)
# The categories the scorer gives a probability of its own: a threat is scored as `threat`, "other" not at all.
SCORED_CATEGORIES = tuple(c for c in CATEGORIES if c not in (Category.VIOLENT_THREAT, Category.OTHER))
# A category score at which the content counts as that category (the queue's category filter, the blur).
CATEGORY_THRESHOLD = 0.5


class Action(TextChoices):
    """What a moderator may decide about a case."""

    NO_VIOLATION = "no_violation", "No violation"
    REMOVE_CONTENT = "remove_content", "Remove content"
    SUSPEND_AUTHOR = "suspend_author", "Suspend author"
    ESCALATE = "escalate", "Escalate"
    REFER_LAW_ENFORCEMENT = "refer_law_enforcement", "Refer to law enforcement"


# The decisions that act on the content or its author (and so can be appealed).
ACTIONED = (Action.REMOVE_CONTENT.value, Action.SUSPEND_AUTHOR.value, Action.REFER_LAW_ENFORCEMENT.value)

# Reason codes that say "this was a threat of violence": the metrics' threat figures and the backtest's
# actioned threats count decisions made with one of them.
THREAT_REASON_CODES = frozenset({"violent-threat", "repeat-violent-threats", "credible-threat", "imminent-harm"})
# Retraining also learns from "possibly credible" escalations: the model should lift those too, even though
# the figures do not count an escalation as an actioned threat.
TRAINING_THREAT_REASON_CODES = THREAT_REASON_CODES | {"possibly-credible"}


# Sexual content is blurred like violence: a moderator should choose to look at it.
BLURRED_CATEGORIES = (Category.SEXUAL.value,)


def is_blurred(*, tier: int, threat: float, categories: Mapping[str, float]) -> bool:
    """Whether content is hidden behind a blur until the moderator reveals it: critical, threatening or
    sexual content, wherever it is shown (the queue, the case page, the case's campaign)."""
    if tier == Tier.CRITICAL or threat >= THREAT_THRESHOLD:
        return True
    return any(categories.get(c, 0) >= CATEGORY_THRESHOLD for c in BLURRED_CATEGORIES)


MODERATOR = "Moderator"
SENIOR = "Senior moderator"
ADMIN = "Admin"
ALL_ROLES = (MODERATOR, SENIOR, ADMIN)
# Who may reassign cases, export evidence, read the metrics, decide appeals and take senior-only actions.
SENIOR_ROLES = (SENIOR, ADMIN)
# Referring to law enforcement reaches outside the platform: a senior answers for it.
SENIOR_ONLY_ACTIONS = (Action.REFER_LAW_ENFORCEMENT.value,)


def may_take(action: str, roles: Iterable[str]) -> bool:
    """Whether someone holding `roles` may decide a case with `action`."""
    return action not in SENIOR_ONLY_ACTIONS or bool(set(roles) & set(SENIOR_ROLES))


def actions_for(roles: Iterable[str]) -> list[tuple[str, str]]:
    """The (action, label) choices someone holding `roles` is offered, in the form's order."""
    held = set(roles)
    return [(value, label) for value, label in Action.choices if may_take(value, held)]
