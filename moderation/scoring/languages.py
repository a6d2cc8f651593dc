"""The languages the threat scorer reads: forms, false friends and a model that has seen them."""

# BCP 47 primary language subtags. A case in any other language is marked "not scored for threats
# in this language" and goes to the queue an admin chose for it, never silently to the bottom.
SCORED_LANGUAGES = frozenset({"en", "es", "pt", "fr", "de"})
