"""The intake screen: does a report's text look enough like a threat to be scored on the urgent queue?

Intake runs it on every report, whatever its category, so a threat filed as spam or harassment does not
wait behind the ordinary scoring backlog. It is a net, not a verdict: a text it passes goes to the
urgent worker, which scores it like any other and places it where the scorer says; a threat it misses
is still scored, on the ordinary queue. So it favours recall, and costs the normaliser, the model's features and a
set lookup per word (docs/performance.md, "Intake screen").

A text is suspect when the scorer's own model gives it at least MODEL_AT_LEAST (a fraction of the
threshold the scorer escalates at; the model reads veiled threats no word list does), or it holds one
of the scorer's own words (wordlists.py), which also stand alone when the model file is absent and
carry the languages the model has not learnt yet: a violent, sexual-violence or death word, a weapon
or weapon emoji, or SCREEN_WORDS of any language (kill, stabbed, dead, :knife:, te mato, umbringen).
A word the scorer learns joins the screen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from moderation.scoring import wordlists as w
from moderation.scoring.lexicon import verb_forms
from moderation.scoring.model import load_model
from moderation.scoring.normalise import normalise, normalise_many

# Measured on the project's threat sets (docs/performance.md, "Intake screen"): with the words, 0.98 of
# the threats the model was not trained on are suspect, and 10-15% of everyday posts.
MODEL_AT_LEAST = 0.2
TOKEN = re.compile(r"[a-z0-9]+|:[a-z]+:")

# Words of the scorer's lists that are everyday words first, folded as the normaliser folds them
# ("runing"): alone they would send a large share of ordinary reports to the urgent queue, and a
# threat using them nearly always says another word of the screen too.
EVERYDAY = frozenset(
    {
        "run", "runs", "runing", "ran", "cut", "cuts", "cuting", "gas", "gases", "stone", "stones", "skin", "skins",
        "hang", "hangs", "hanging", "gut", "guts", "mow", "burn", "burns", "burned", "burnt", "buring", "bury",
        "stomp", "tie", "execute", "executes", "executing", "bat", "bats", "nine", "piece", "strap", "brick",
        "hamer", "rope", "ak", "petrol", "razor", "blade", "blades",
    }
)  # fmt: skip


class Words:
    """Whole words, word prefixes ("matar*") and word sequences ("te mato"), folded as the text is."""

    def __init__(self, entries: Iterable[str]) -> None:
        words: set[str] = set()
        prefixes: set[str] = set()
        self.sequences: dict[str, list[tuple[str, ...]]] = {}
        for entry in entries:
            tokens = TOKEN.findall(normalise(entry.rstrip("*")).text)
            if not tokens or " ".join(tokens) in EVERYDAY:
                continue
            if entry.endswith("*") and len(tokens) == 1:
                prefixes.add(tokens[0])
            elif len(tokens) == 1:
                words.add(tokens[0])
            else:
                self.sequences.setdefault(tokens[0], []).append(tuple(tokens[1:]))
        self.words = frozenset(words)
        self.prefixes = tuple(sorted(prefixes))

    def found(self, tokens: Sequence[str]) -> str | None:
        """The first entry found in `tokens` (the words of a normalised text), or None."""
        for i, token in enumerate(tokens):
            if token in self.words or (self.prefixes and token.startswith(self.prefixes)):
                return token
            for rest in self.sequences.get(token, ()):
                if tuple(tokens[i + 1 : i + 1 + len(rest)]) == rest:
                    return " ".join((token, *rest))
        return None


WORDS = Words(
    [
        *verb_forms(*w.STRONG_BASE, *w.SEXUAL_BASE),
        *w.STRONG_OTHER_FORMS,
        *w.STRONG_PAST,
        *w.SEXUAL_OTHER_FORMS,
        *w.DEATH_WORDS,
        *w.WEAPONS,
        *w.WEAPON_EMOJI,
        *w.SELF_HARM_BAIT,
        *(word for words in w.SCREEN_WORDS.values() for word in words),
    ]
)


def why(folded: str) -> str | None:
    """The words that make the normalised text `folded` suspect, or None."""
    return WORDS.found(TOKEN.findall(folded))


def suspect(texts: list[str]) -> list[bool]:
    """For each text, whether it should be scored on the urgent queue."""
    folded = [n.text for n in normalise_many(texts)]
    model = load_model()
    likely = model.probabilities(folded) if model else [0.0] * len(folded)
    return [p >= MODEL_AT_LEAST or why(f) is not None for f, p in zip(folded, likely, strict=True)]
