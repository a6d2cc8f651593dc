"""Old path, kept only while the rules area's tests still import it; they move in issue 12.

Delete this module once tests/moderation/rules/ imports moderation.review.services.
"""

from moderation.review.services import case_decide

__all__ = ["case_decide"]
