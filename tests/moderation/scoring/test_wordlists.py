"""The word lists are plain tables, kept apart from the patterns that match them."""

import ast
from pathlib import Path

from moderation.scoring import lexicon, wordlists


def test_the_word_lists_are_plain_tables_of_words():
    tree = ast.parse(Path(wordlists.__file__).read_text(encoding="utf-8"))

    assert not [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom | ast.FunctionDef | ast.ClassDef)]
    tables = {name: value for name, value in vars(wordlists).items() if name.isupper()}
    assert len(tables) > 40
    for name, value in tables.items():
        # A table is a list or set of words, or one such list per language (the intake screen's).
        lists = value.values() if isinstance(value, dict) else [value]
        for words in lists:
            assert isinstance(words, list | set | tuple) and words, name
            assert all(isinstance(word, str) and word == word.strip() and word for word in words), name


def test_the_pattern_compiler_holds_no_word_list():
    lists = [name for name, value in vars(lexicon).items() if name.isupper() and isinstance(value, list)]

    assert lists == ["PATTERNS"]  # the compiled patterns, not words
