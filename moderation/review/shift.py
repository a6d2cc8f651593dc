"""The moderator's shift at a glance, as the header of every full page shows it."""

from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.utils import timezone

from moderation.bootstrap.defaults import APPEALS_QUEUE
from moderation.models import TeamSettings
from moderation.roles import roles_of


@dataclass(frozen=True)
class ShiftHeader:
    revealed: int  # blurred items the moderator revealed in the current shift (the team's `shift_hours`)
    exposure_limit: int
    may_see_appeals: bool  # the appeals queue's roles admit them (an admin may widen them)

    @property
    def take_a_break(self) -> bool:
        return self.revealed >= self.exposure_limit


# One statement: the header is on every full page, and four small queries cost more than the page's rows.
# The settings row is pk 1 (TeamSettings.load); without it, the defaults.
_HEADER_SQL = """
SELECT (SELECT count(*) FROM moderation_auditevent e
         WHERE e.actor_id = %(user)s AND e.action = 'revealed'
           AND e.at >= %(now)s - make_interval(hours => s.shift_hours)),
       s.exposure_limit,
       EXISTS (SELECT 1 FROM moderation_queue WHERE slug = %(appeals)s),
       ARRAY(SELECT g.name FROM moderation_queue q
               JOIN moderation_queue_allowed_roles r ON r.queue_id = q.id
               JOIN auth_group g ON g.id = r.group_id
              WHERE q.slug = %(appeals)s)
  FROM (SELECT shift_hours, exposure_limit, 0 AS saved FROM moderation_teamsettings WHERE id = 1
        UNION ALL SELECT %(shift_hours)s, %(exposure_limit)s, 1) s
 ORDER BY s.saved LIMIT 1
"""


def shift_header(user: Any) -> ShiftHeader:
    defaults = TeamSettings()
    with connection.cursor() as cursor:
        cursor.execute(
            _HEADER_SQL,
            {
                "user": user.pk,
                "now": timezone.now(),
                "appeals": APPEALS_QUEUE,
                "shift_hours": defaults.shift_hours,
                "exposure_limit": defaults.exposure_limit,
            },
        )
        revealed, limit, appeals_exists, appeals_roles = cursor.fetchone()
    may_see_appeals = appeals_exists and (not appeals_roles or bool(roles_of(user) & set(appeals_roles)))
    return ShiftHeader(revealed=revealed, exposure_limit=limit, may_see_appeals=may_see_appeals)
