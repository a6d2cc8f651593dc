"""Old path, kept only while the rules area still imports it; it moves to moderation/rules/ in issue 12.

Delete this module once rulesets.py, backtest.py and their tests import moderation.bootstrap.defaults.
"""

from moderation.bootstrap.defaults import FALLBACK_QUEUE, QUEUES, RULES

__all__ = ["FALLBACK_QUEUE", "QUEUES", "RULES"]
