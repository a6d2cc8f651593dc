"""The priority formula. Pure; documented in docs/architecture.md ("Priority").

Tier orders first; within a tier, priority is the sum of the parts below, each shown to the
moderator as "why is this here?".
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass

# How bad the harm is when the scorer is sure of it.
SEVERITY = {
    "threat": 1.0,
    "self_harm": 0.9,
    "private_info": 0.7,
    "hate": 0.6,
    "harassment": 0.5,
    "sexual": 0.4,
    "spam": 0.2,
}


@dataclass(frozen=True)
class PriorityInputs:
    threat: float
    categories: Mapping[str, float]
    report_count: int
    distinct_reporters: int
    reports_last_hour: int
    author_prior_actions: int = 0
    target_open_cases_24h: int = 0
    rule_points: float = 0.0


def severity(threat: float, categories: Mapping[str, float]) -> float:
    """Severity × confidence of the worst harm found, 0–1."""
    scored = {"threat": threat, **categories}
    return max((SEVERITY.get(name, 0.3) * p for name, p in scored.items()), default=0.0)


def priority(inputs: PriorityInputs) -> tuple[float, list[dict[str, object]]]:
    parts = [
        ("Severity × confidence", 60 * severity(inputs.threat, inputs.categories)),
        ("Reports", 6 * math.log2(1 + inputs.report_count)),
        ("Distinct reporters", 6 * math.log2(1 + inputs.distinct_reporters)),
        ("Reports in the last hour", 4 * math.log2(1 + inputs.reports_last_hour)),
        ("Author's prior violations", 4 * min(inputs.author_prior_actions, 5)),
        ("Campaign against the target", 2 * min(inputs.target_open_cases_24h, 10)),
        ("Escalation rules", inputs.rule_points),
    ]
    breakdown: list[dict[str, object]] = [
        {"label": label, "points": round(points, 1)} for label, points in parts if round(points, 1)
    ]
    return round(sum(points for _, points in parts), 2), breakdown
