from typing import Any

from django.http import HttpRequest

from moderation.models import TeamSettings
from moderation.roles import ADMIN, SENIOR, has_role, roles_of
from moderation.services import exposure_count


def workspace(request: HttpRequest) -> dict[str, Any]:
    """The moderator's shift at a glance: their roles and how much violent content they have seen."""
    user = request.user
    if not roles_of(user):
        return {}
    exposure = exposure_count(user)  # type: ignore[arg-type]  # a role implies a logged-in User
    limit = TeamSettings.load().exposure_limit
    return {
        "is_senior": has_role(user, SENIOR, ADMIN),
        "is_admin": has_role(user, ADMIN),
        "exposure": exposure,
        "exposure_limit": limit,
        "take_a_break": exposure >= limit,
    }
