from functools import cache
from typing import Any

from django.http import HttpRequest

from moderation.bootstrap.defaults import APPEALS_QUEUE
from moderation.models import Queue, TeamSettings
from moderation.review.services import exposure_count, may_work
from moderation.roles import has_role, roles_of
from moderation.vocabulary import ADMIN, SENIOR_ROLES


def workspace(request: HttpRequest) -> dict[str, Any]:
    """The moderator's shift at a glance: roles, the pages they may open, how much violent content they saw.

    The figures that need a query are functions the template calls when it shows them (each at most once
    a request): a partial, such as the queue's 2-second poll, shows no header and reads none of them."""
    user = request.user
    if not roles_of(user):
        return {}

    @cache
    def team() -> TeamSettings:
        return TeamSettings.load()

    @cache
    def exposure() -> int:
        return exposure_count(user, shift_hours=team().shift_hours)  # type: ignore[arg-type]  # a role: a logged-in User

    @cache
    def may_see_appeals() -> bool:
        # The header links to the appeals queue for whoever that queue's roles admit (an admin may widen them).
        appeals = Queue.objects.prefetch_related("allowed_roles").filter(slug=APPEALS_QUEUE).first()
        return appeals is not None and may_work(user, appeals)

    return {
        "is_senior": has_role(user, *SENIOR_ROLES),
        "may_see_metrics": has_role(user, *SENIOR_ROLES),  # as metrics.views.dashboard requires
        "may_see_appeals": may_see_appeals,
        "is_admin": has_role(user, ADMIN),
        "exposure": exposure,
        "exposure_limit": lambda: team().exposure_limit,
        "take_a_break": lambda: exposure() >= team().exposure_limit,
    }
