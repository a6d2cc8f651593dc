"""Which language a case is written in, when neither the reporter nor the platform said (docs/scoring.md,
"Languages").

py3langid ships its model inside its wheel: nothing is downloaded at run time. It is restricted to the
languages a platform's posts are most likely to be in, which makes it more accurate on short posts; a
text it is not sure of ("lol", "ok!!", "🔪🔪", one word) is "und", undetermined. Pure: texts in, codes
out; it imports nothing of Heed, so bench/language.py runs it without Django.
"""

from collections.abc import Sequence
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# ISO 639-1 codes: the scored languages and the languages most posted in beside them. A post in a
# language outside this set is detected as the nearest one in it or as "und"; the platform can always say.
DETECTED_LANGUAGES = frozenset(
    {"en", "es", "pt", "fr", "de", "it", "nl", "pl", "sv", "ro", "tr", "ru", "uk", "el", "ar", "fa",
     "he", "hi", "bn", "ur", "id", "vi", "th", "zh", "ja", "ko", "tl", "sw"}
)  # fmt: skip

# The detector's probability (over DETECTED_LANGUAGES) below which a text is undetermined. On the bench
# (bench/language.py) it leaves every post of 3+ words determined and one-word posts mostly "und".
MIN_CONFIDENCE = 0.5


@cache
def _identifier() -> LanguageIdentifier:
    # Loaded once per worker process (about 0.3 s; its memory is in docs/scoring.md).
    full = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True, min_confidence=MIN_CONFIDENCE)
    full.set_languages(sorted(DETECTED_LANGUAGES))
    # Built again from the restricted tables alone: `full` keeps all 97 languages' weights for a later
    # `set_languages`, 25 MB in every scoring process that Heed never uses.
    return LanguageIdentifier(
        full.nb_ptc, full.nb_pc, full.nb_classes, full.tk_nextmove, full.tk_output,
        norm_probs=True, min_confidence=MIN_CONFIDENCE, tk_row=full.tk_row,
    )  # fmt: skip


def detect_languages(texts: Sequence[str]) -> list[str]:
    """Each text's ISO 639-1 code, or "und" when the detector is not sure of it."""
    identifier = _identifier()
    return [identifier.classify(text)[0] for text in texts]
