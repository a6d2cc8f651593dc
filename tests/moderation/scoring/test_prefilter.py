"""The word prefilter skips a pattern only on a text it cannot match."""

import ast
import re
from pathlib import Path

from moderation.scoring import lexicon, prefilter, scorer
from moderation.scoring.normalise import normalise
from moderation.scoring.prefilter import Words, requirement

TEXTS = [
    "im gonna k1ll u tonight",
    "It would be a real shame if your car caught fire tonight",
    "someone should shoot that councillor",
    "i know where you live. 12 Mill Lane. see you soon",
    "I'll kill you in the match tonight lol",
    'he said "I\'ll stab you" and the police charged him',
    "Kill the lights on your way out please",
    "send nudes or I'll tell everyone, here's her number 07700 900123",
]


def test_it_skips_a_pattern_whose_words_the_text_lacks():
    pattern = lexicon.compile_pattern(r"\bi wil (?:kil|stab) (?:you|u)\b", {})

    assert not Words("lovely weather for it").may_match(pattern)
    assert Words("i wil stab u").may_match(pattern)


def test_it_never_skips_a_pattern_that_matches():
    scorer.prepare()
    matched = 0
    for text in TEXTS:
        folded = normalise(text).text
        words = Words(folded)
        for pattern in lexicon.PATTERNS:
            if pattern.search(folded):
                matched += 1
                assert words.may_match(pattern), (pattern.pattern[:80], text)
    assert matched > len(TEXTS)  # the texts exercise many patterns, not none


def test_it_asks_nothing_of_a_case_insensitive_pattern():
    assert requirement(re.compile(r"\bkill\b", re.IGNORECASE)) == [frozenset()]


def test_the_prefilter_imports_nothing_of_the_pattern_compiler():
    tree = ast.parse(Path(prefilter.__file__).read_text(encoding="utf-8"))
    imported = [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    imported += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]

    assert not [m for m in imported if m and "lexicon" in m]  # lexicon builds on the prefilter, not the reverse
