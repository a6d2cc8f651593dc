"""The priority formula. Pure; documented in docs/scoring.md ("Priority").

Tier orders first; within a tier, priority is the sum of the parts below, each shown to the
moderator as "why is this here?". Admins change the weights in TeamSettings.priority_weights.
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

DEFAULT_WEIGHTS = {
    "severity": 100.0,  # × severity × confidence of the worst harm found (0–1)
    "reports": 4.0,  # × log2(1 + reports)
    "reporters": 4.0,  # × log2(1 + distinct reporters)
    "velocity": 3.0,  # × log2(1 + reports in the last hour)
    "credibility": 10.0,  # × (2 × credibility − 1): −10 for reporters never upheld, +10 for always upheld
    "history": 4.0,  # × prior actioned cases of the author (at most 5)
    "campaign": 2.0,  # × distinct authors aimed at the same target in 24 h (at most 10)
    "waiting": 2.0,  # × hours waited (at most 12 hours), so old cases rise
    # When the scorer cannot read the case's language its severity says nothing: as if half-sure of a threat.
    "unscored_language": 50.0,
}
WAITING_CAP_HOURS = 12.0


@dataclass(frozen=True)
class PriorityInputs:
    threat: float
    categories: Mapping[str, float]
    report_count: int
    distinct_reporters: int
    reports_last_hour: int
    author_prior_actions: int = 0
    target_open_cases_24h: int = 0
    reporter_credibility: float | None = None
    rule_points: float = 0.0
    unscored_language: bool = False


def weights_from(overrides: Mapping[str, float] | None) -> dict[str, float]:
    """Defaults overlaid with the admin's numeric overrides; unknown keys are ignored."""
    weights = dict(DEFAULT_WEIGHTS)
    for key, value in (overrides or {}).items():
        if key in weights and isinstance(value, int | float) and not isinstance(value, bool):
            weights[key] = float(value)
    return weights


def severity(threat: float, categories: Mapping[str, float]) -> float:
    """Severity × confidence of the worst harm found, 0–1."""
    scored = {"threat": threat, **categories}
    return max((SEVERITY.get(name, 0.3) * p for name, p in scored.items()), default=0.0)


def priority(
    inputs: PriorityInputs, weights: Mapping[str, float] = DEFAULT_WEIGHTS
) -> tuple[float, list[dict[str, object]]]:
    """The base priority (without waiting time) and its breakdown."""
    w = weights
    credibility = inputs.reporter_credibility
    parts = [
        ("Severity × confidence", w["severity"] * severity(inputs.threat, inputs.categories)),
        ("Reports", w["reports"] * math.log2(1 + inputs.report_count)),
        ("Distinct reporters", w["reporters"] * math.log2(1 + inputs.distinct_reporters)),
        ("Reports in the last hour", w["velocity"] * math.log2(1 + inputs.reports_last_hour)),
        ("Reporter credibility", 0.0 if credibility is None else w["credibility"] * (2 * credibility - 1)),
        ("Author's prior violations", w["history"] * min(inputs.author_prior_actions, 5)),
        ("Campaign against the target", w["campaign"] * min(inputs.target_open_cases_24h, 10)),
        ("Escalation rules", inputs.rule_points),
        ("Language not scored for threats", w["unscored_language"] if inputs.unscored_language else 0.0),
    ]
    breakdown: list[dict[str, object]] = [
        {"label": label, "points": round(points, 1)} for label, points in parts if round(points, 1)
    ]
    return round(sum(points for _, points in parts), 2), breakdown


def waiting_points(hours_waited: float, weights: Mapping[str, float] = DEFAULT_WEIGHTS) -> float:
    return round(weights["waiting"] * min(max(hours_waited, 0.0), WAITING_CAP_HOURS), 2)
