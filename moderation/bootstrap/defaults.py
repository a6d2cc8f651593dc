"""The queues and escalation rules a fresh Heed starts with."""

from typing import Any

from moderation.vocabulary import CATEGORY_THRESHOLD, SENIOR_ROLES, THREAT_THRESHOLD

QUEUES: list[dict[str, Any]] = [
    {
        "slug": "threats",
        "name": "Critical: threats",
        "sla_minutes": 15,
        "position": 1,
        "description": "Threats of violence, doxxing with intimidation, incitement.",
    },
    {
        "slug": "self-harm",
        "name": "Self-harm",
        "sla_minutes": 30,
        "position": 2,
        "description": "A person at risk. Never ranked as low.",
    },
    {
        "slug": "senior",
        "name": "Senior review",
        "sla_minutes": 60,
        "position": 3,
        "description": "Escalated cases and second opinions.",
        "roles": list(SENIOR_ROLES),
    },
    {"slug": "harassment", "name": "Harassment", "sla_minutes": 240, "position": 10},
    {"slug": "hate", "name": "Hate", "sla_minutes": 240, "position": 11},
    {"slug": "private-info", "name": "Private information", "sla_minutes": 120, "position": 12},
    {"slug": "sexual", "name": "Sexual content", "sla_minutes": 480, "position": 13},
    {"slug": "spam", "name": "Spam and scams", "sla_minutes": 1440, "position": 20},
    {"slug": "general", "name": "General", "sla_minutes": 720, "position": 30},
    {
        "slug": "other-languages",
        "name": "Other languages",
        "sla_minutes": 240,
        "position": 35,
        "description": "Cases in a language the threat scorer does not read: a person must judge them.",
    },
    {
        "slug": "appeals",
        "name": "Appeals",
        "sla_minutes": 24 * 60,
        "position": 40,
        "description": "Authors contesting a decision; never decided by the original moderator.",
        "roles": list(SENIOR_ROLES),
    },
]

# "roles": who may work the queue (no roles: every role). Set when the queue is created; an admin's
# later choice stands. Existing installs got the same by migration 0007.

FALLBACK_QUEUE = "general"
# Queues the code sends cases to by name: escalations and appeals.
SENIOR_QUEUE = "senior"
# Where cases in a language the scorer does not read go until an admin chooses another queue (team settings).
OTHER_LANGUAGES_QUEUE = "other-languages"
APPEALS_QUEUE = "appeals"

# The channel the default threat rule pages, and an SLA breach of a high or critical case
# (moderation/delivery/notify.py). `ensure_defaults` creates it from the HEED_ONCALL_* settings.
ONCALL_CHANNEL = "on-call"

RULES: list[dict[str, Any]] = [
    {
        "name": "Threat of violence",
        "description": "The scorer found a threat of violence: critical tier, on-call alerted.",
        "when": {"threat_at_least": THREAT_THRESHOLD},
        "then": {
            "queue": "threats",
            "tier": "critical",
            "priority_points": 50,
            "sla_minutes": 15,
            "notify": ["on-call"],
        },
    },
    {
        "name": "Person at risk",
        "description": "Self-harm: its own queue, never low.",
        "when": {"category_at_least": {"self_harm": CATEGORY_THRESHOLD}},
        "then": {"queue": "self-harm", "tier": "high", "sla_minutes": 30},
    },
    {
        "name": "Private information",
        "when": {"category_at_least": {"private_info": 0.6}},
        "then": {"queue": "private-info", "tier": "high"},
    },
    {
        "name": "Hate",
        "when": {"category_at_least": {"hate": CATEGORY_THRESHOLD}},
        "then": {"queue": "hate", "tier": "normal"},
    },
    {
        "name": "Harassment",
        "when": {"category_at_least": {"harassment": CATEGORY_THRESHOLD}},
        "then": {"queue": "harassment", "tier": "normal"},
    },
    {
        "name": "Sexual content",
        "when": {"category_at_least": {"sexual": CATEGORY_THRESHOLD}},
        "then": {"queue": "sexual", "tier": "normal"},
    },
    {
        "name": "Spam",
        "when": {"category_at_least": {"spam": CATEGORY_THRESHOLD}},
        "then": {"queue": "spam", "tier": "low"},
    },
    {
        "name": "Pile-on",
        "description": "Many people reporting one item within ten minutes.",
        "when": {"reports_in_last_minutes": {"minutes": 10, "at_least": 20}},
        "then": {"tier": "high", "priority_points": 15},
    },
    {
        "name": "Campaign against one person",
        "description": "Several authors' content aimed at the same person in 24 hours.",
        "when": {"target_open_cases_24h_at_least": 5},
        "then": {"tier": "high", "priority_points": 10},
    },
] + [
    # When the scorer finds nothing, follow what the reporter chose (normal tier, below any score).
    {
        "name": f"Reported as {category}",
        "when": {"reported_category_in": [category]},
        "then": {"queue": queue},
    }
    for category, queue in [
        ("violent_threat", "threats"),
        ("self_harm", "self-harm"),
        ("private_info", "private-info"),
        ("hate", "hate"),
        ("harassment", "harassment"),
        ("sexual", "sexual"),
        ("spam", "spam"),
    ]
]

REASON_CODES: dict[str, list[tuple[str, str]]] = {
    "no_violation": [
        ("not-abusive", "Not abusive"),
        ("satire-or-idiom", "Satire, idiom or game talk"),
        ("counter-speech", "Quoting or condemning abuse"),
        ("bad-faith-report", "Bad-faith report"),
    ],
    "remove_content": [
        ("violent-threat", "Threat of violence"),
        ("harassment", "Targeted harassment"),
        ("hate", "Hateful conduct"),
        ("private-info", "Private information"),
        ("sexual", "Sexual content"),
        ("spam", "Spam or scam"),
    ],
    "suspend_author": [
        ("repeat-violent-threats", "Repeated threats of violence"),
        ("coordinated-harassment", "Coordinated harassment"),
        ("spam-account", "Spam account"),
    ],
    "escalate": [
        ("second-opinion", "Second opinion needed"),
        ("possibly-credible", "Possibly credible threat"),
        ("campaign", "Part of a campaign"),
    ],
    "refer_law_enforcement": [
        ("imminent-harm", "Imminent risk of harm"),
        ("credible-threat", "Credible threat of violence"),
        ("child-safety", "Child safety"),
    ],
}
