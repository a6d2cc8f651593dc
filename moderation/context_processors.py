from functools import cache
from typing import Any

from django.http import HttpRequest

from moderation.review.shift import ShiftHeader, shift_header
from moderation.roles import has_role, roles_of
from moderation.vocabulary import ADMIN, SENIOR_ROLES


def workspace(request: HttpRequest) -> dict[str, Any]:
    """The moderator's shift at a glance: roles, the pages they may open, how much violent content they saw.

    The figures that need a query are read when the template first shows one of them, all in one query
    (`shift_header`): a partial, such as the queue's 2-second poll, shows no header and reads none of them."""
    user = request.user
    if not roles_of(user):
        return {}

    @cache
    def header() -> ShiftHeader:
        return shift_header(user)

    return {
        "is_senior": has_role(user, *SENIOR_ROLES),
        "may_see_metrics": has_role(user, *SENIOR_ROLES),  # as metrics.views.dashboard requires
        "may_see_appeals": lambda: header().may_see_appeals,
        "is_admin": has_role(user, ADMIN),
        "exposure": lambda: header().revealed,
        "exposure_limit": lambda: header().exposure_limit,
        "take_a_break": lambda: header().take_a_break,
    }
