"""Language tags as platforms and reporters give them (BCP 47, e.g. "es", "pt-BR", "zh-Hant-TW").

Heed keeps the tag in its canonical case and works with its primary subtag ("pt" for "pt-BR"):
scoring, rules, routing and filters speak primary subtags, the case page shows the full tag.
"""

import re

# Well-formed BCP 47 language tags (RFC 5646 §2.1 "langtag", without the grandfathered and bare
# private-use forms): language (2–3 letters, up to three extlangs), script, region, variants,
# extensions, private use. Written for both Python and ECMA 262, as the OpenAPI document publishes it.
LANGUAGE_TAG = (
    r"[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"
    r"(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*"
    r"(?:-[xX](?:-[A-Za-z0-9]{1,8})+)?"
)
MAX_TAG_LENGTH = 64
LANGUAGE_TAG_MESSAGE = 'must be a BCP 47 language tag, e.g. "es" or "pt-BR"'
# The primary subtag a tag names when it says nothing (BCP 47's "undetermined").
UNDETERMINED = "und"


def is_language_tag(value: str) -> bool:
    return len(value) <= MAX_TAG_LENGTH and re.fullmatch(LANGUAGE_TAG, value) is not None


def canonical_tag(tag: str) -> str:
    """The tag in BCP 47's canonical case: "pt-br" → "pt-BR", "ZH-hant-tw" → "zh-Hant-TW"."""
    parts = tag.split("-")
    out = [parts[0].lower()]
    singleton = False
    for part in parts[1:]:
        singleton = singleton or len(part) == 1  # after an extension or "x", subtags stay lowercase
        if not singleton and len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif not singleton and len(part) == 2:
            out.append(part.upper())
        else:
            out.append(part.lower())
    return "-".join(out)


def primary_subtag(tag: str) -> str:
    """The language a tag names, lowercased: "pt-BR" → "pt"."""
    return tag.split("-", 1)[0].lower()
