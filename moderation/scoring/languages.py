"""The languages the threat scorer reads: forms, false friends and a model that has seen them."""

from __future__ import annotations

# BCP 47 primary language subtags. A case in any other language is marked "not scored for threats
# in this language" and goes to the queue an admin chose for it, never silently to the bottom.
SCORED_LANGUAGES = frozenset({"en", "es", "pt", "fr", "de"})

# Besides English, whose forms are always read: people code-switch ("te voy a matar bro").
OTHER_LANGUAGES = ("es", "pt", "fr", "de")


def primary_subtag(language: str | None) -> str:
    """ "pt-BR" -> "pt"; None, "" and "und" (undetermined) -> "und"."""
    return (language or "und").strip().split("-")[0].split("_")[0].lower() or "und"


def forms_to_read(language: str | None) -> tuple[str, tuple[str, ...]]:
    """What the scorer reads a text as: (the language it reports, the languages whose forms it
    reads besides English's).

    - "en": English alone, as before languages were added;
    - "es", "pt", "fr", "de": English and that language's;
    - None, "und", or a language Heed does not score ("ja"): every scored language's, reported as
      "und" (not knowing, or not scoring, the language is no reason to miss a threat in one we do).
    """
    tag = primary_subtag(language)
    if tag == "en":
        return "en", ()
    if tag in OTHER_LANGUAGES:
        return tag, (tag,)
    return "und", OTHER_LANGUAGES
