"""The scorer reads its own patterns' structure (regex_tree), not the standard library's private parser."""

import re

import pytest

from moderation.scoring import regex_tree as rt
from moderation.scoring.lexicon import compile_pattern


def test_it_reads_a_pattern_into_pieces():
    tree = rt.parse(r"\bkil+ (?P<who>you|u)\b")

    assert tree == [
        (rt.AT, rt.AT_BOUNDARY),
        (rt.LITERAL, ord("k")),
        (rt.LITERAL, ord("i")),
        (rt.MAX_REPEAT, (1, rt.MAXREPEAT, [(rt.LITERAL, ord("l"))])),
        (rt.LITERAL, ord(" ")),
        (rt.SUBPATTERN, (1, 0, 0, [(rt.BRANCH, (None, [[(rt.LITERAL, ord("y")), (rt.LITERAL, ord("o")),
                                                        (rt.LITERAL, ord("u"))], [(rt.LITERAL, ord("u"))]]))])),
        (rt.AT, rt.AT_BOUNDARY),
    ]  # fmt: skip


def test_it_moves_a_common_first_piece_out_of_a_branch_and_makes_single_characters_a_class():
    assert rt.parse("(?:ab|ac)") == [(rt.LITERAL, ord("a")), (rt.IN, [(rt.LITERAL, ord("b")), (rt.LITERAL, ord("c"))])]


def test_it_reads_lookarounds_classes_and_lazy_repeats():
    tree = rt.parse(r"(?<!not )[^\s'](?:\w+ ){0,6}?x{2}")

    assert tree[0] == (rt.ASSERT_NOT, (-1, [(rt.LITERAL, c) for c in b"not "]))
    assert tree[1] == (rt.IN, [(rt.NEGATE, None), (rt.CATEGORY, rt.CATEGORY_SPACE), (rt.LITERAL, ord("'"))])
    assert tree[2][0] == rt.MIN_REPEAT and tree[2][1][:2] == (0, 6)
    assert tree[3] == (rt.MAX_REPEAT, (2, 2, [(rt.LITERAL, ord("x"))]))


def test_a_brace_that_is_no_repeat_is_a_letter():
    assert rt.parse("a{b}") == [(rt.LITERAL, c) for c in b"a{b}"]


def test_it_knows_which_patterns_can_match_nothing():
    assert rt.min_width(rt.parse(r"\b(?:kil)?\b")) == 0
    assert rt.min_width(rt.parse(r"(\w+) \1")) == 3


@pytest.mark.parametrize("source", [r"(?i)kill", r"kil++", r"(?>kill)", r"(a)(?(1)b|c)"])
def test_it_refuses_a_construct_it_does_not_read_when_the_pattern_is_compiled(source):
    re.compile(source)  # Python reads it ...

    with pytest.raises(ValueError):
        compile_pattern(source, {}, lead=True)  # ... the prefilter would misread it: refused at import
