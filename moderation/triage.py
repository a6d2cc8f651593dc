"""Old path, kept only while the rules area's tests still import it; they move in issue 12.

Delete this module once tests/moderation/rules/ imports moderation.placement.pipeline.
"""

from moderation.placement.pipeline import active_rules, score_reports

__all__ = ["active_rules", "score_reports"]
