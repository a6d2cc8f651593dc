"""Where a case in a language the threat scorer does not read goes (docs/scoring.md, "Languages").

Its scores say nothing, so it must not sink to the bottom of a queue nobody reading it works: it goes to
the queue the admin chose (team settings), with a tier and priority that get it looked at. Pure.
"""

from moderation.rules import Placement
from moderation.vocabulary import Tier


def unscored_placement(
    placement: Placement, *, by_language_rules: str | None, chosen_queue: str, reported: frozenset[str]
) -> tuple[str, int]:
    """The queue and tier of a case in a language the scorer does not read (docs/scoring.md, "Languages").

    A rule that routes by language (`by_language_rules`, the queue of the first matching rule with a
    `language_in` condition) wins; other rules' queues do not, as the scores they read are blind here.
    The tier is at least normal, and at least high when someone reported it as a threat.
    """
    floor = Tier.HIGH if "violent_threat" in reported else Tier.NORMAL
    tier = max(placement.tier if placement.tier is not None else floor, floor)
    return by_language_rules or chosen_queue, tier
