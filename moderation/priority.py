"""Old path, kept only while the rules area still imports it; it moves to moderation/rules/ in issue 12.

Delete this module once rulesets.py imports moderation.placement.priority.
"""

from moderation.placement.priority import PriorityInputs, priority

__all__ = ["PriorityInputs", "priority"]
