"""Where a case in a language the threat scorer does not read goes (docs/scoring.md, "Languages").

Its scores say nothing, so it must not sink to the bottom of a queue nobody reading it works: it goes to
the queue the admin chose (team settings), with a tier and priority that get it looked at. Pure; the
pipeline and the rules' Test panel both place through it.
"""

from collections.abc import Mapping, Sequence
from typing import Any

from moderation.rules import Facts, Placement, evaluate, routes_by_language
from moderation.vocabulary import Tier, is_threat_scored


def place_by_language(
    placement: Placement, rules: Sequence[Mapping[str, Any]], facts: Facts, *, chosen_queue: str
) -> bool:
    """Whether the scorer reads the case's language; when it does not, set `placement`'s queue and tier.

    A rule that routes by language (the first matching rule with a `language_in` condition and a queue)
    wins; other rules' queues do not, as the scores they read are blind here. The tier is at least
    normal, and at least high when someone reported it as a threat.
    """
    if is_threat_scored(facts.language):
        return True
    by_language = evaluate([r for r in rules if routes_by_language(r["when"])], facts).queue
    floor = Tier.HIGH if "violent_threat" in facts.reported_categories else Tier.NORMAL
    placement.queue = by_language or chosen_queue
    placement.tier = max(placement.tier if placement.tier is not None else floor, floor)
    return False
