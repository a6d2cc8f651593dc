"""Word prefilters: skip a regex on a text that cannot match it, decided from the text's words.

Most of the scorer's patterns never match most texts, yet a scan of a 280-character post by one of
them costs as much as a dozen dictionary lookups. So every pattern gets a *requirement*, derived
from the pattern itself when it is compiled: a set of clauses, each a set of word conditions, such
that any text the pattern matches satisfies at least one condition of every clause. A condition is
"the text has the word w" or "the text has a word starting with p", where a word is a maximal run
of `\\w` characters (what `re.findall(r"\\w+", text)` returns).

`Words(text).may_match(pattern)` then costs one `findall`, one dictionary lookup per distinct word
(memoised across texts) and one bit test per pattern. A pattern skipped this way cannot have
matched: the requirement is a consequence of the pattern, never a guess. It is derived from the
pattern's tree (regex_tree.py reads it; the standard library's own parser is private):

- a finite piece of the pattern (a literal, a word list compiled into a trie, an optional word...)
  is expanded into the strings it can match; a run of word characters in such a string that has a
  non-word character (or `\\b`, a start, an end, a lookaround that rules out a word character) on
  both sides is a whole word of any text the piece matches; with one on its left only, a prefix of
  one. Every string must yield one, or the piece requires nothing;
- a sequence requires what each of its parts requires; a branch, one of what its branches require;
  a repetition that may occur zero times, nothing; anything else (classes, gaps of any words,
  back-references) requires nothing but still tells its neighbours whether it starts or ends with a
  word character.

Case-insensitive (or verbose) patterns and patterns searched in another string than the one the
words came from must not be prefiltered; `requirement` returns nothing (always passes) for the first.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from functools import reduce
from itertools import product
from operator import eq, or_
from typing import Any, Protocol

from moderation.scoring import regex_tree as rt
from moderation.scoring.regex_tree import Item


class PatternSet(Protocol):
    """Patterns searched as one `A|B|...`, each gated on its own (lexicon.Alternation)."""

    patterns: list[re.Pattern[str]]

    def finditer(self, text: str, words: Words | None = None) -> list[re.Match[str]]: ...

    def search(self, text: str, words: Words | None = None) -> re.Match[str] | None: ...


Searchable = re.Pattern[str] | PatternSet  # what Words can be asked about

WORD_RUN = re.compile(r"\w+")
SPLIT = re.compile(r"(\W+)").split
LIMIT = 4000  # the most strings a finite piece is expanded into before it is summarised
# Classes of the character next to a piece: a word character, a non-word character, \b, or
# "nothing there" (the start or the end of the text); "" marks a piece that may be empty (look past it).
WORD, OTHER, BOUNDARY, EDGE, PAST = "w", "n", "b", "e", ""
CLOSING = frozenset({OTHER, BOUNDARY, EDGE})  # next to a word character, each ends the word there
UNKNOWN = frozenset({WORD, OTHER})
# Words so common that requiring one says little: a clause is ranked by its weakest condition.
COMMON = frozenset(
    "a i u m s t d ll re ve the to you of and in it is me my be at on so for your ur he she we they im".split()
)

Condition = tuple[str, str]  # ("=", word) or ("^", prefix)
Clause = frozenset[Condition]


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _class(ch: str) -> str:
    return WORD if _is_word(ch) else OTHER


# -- word lists, analysed once ----------------------------------------------------------------------

# A word list compiled into a trie regex (lexicon.trie) is a finite piece whose strings are known
# without parsing it. Where a pattern holds one whole, as `(?:TRIE)` or `(?P<name>TRIE)`, the
# analysis reads a single placeholder character instead: the same strings, far less to parse.
_PIECES: dict[str, str] = {}  # rendered trie -> its placeholder character
_STRINGS: dict[str, frozenset[str]] = {}  # placeholder -> the strings it stands for
_GROUP_OPEN = re.compile(r"\((?:\?:|\?P<\w+>)$")


def remember(rendered: str, strings: Iterable[str]) -> None:
    """Record that the regex `rendered` matches exactly `strings` (lexicon.trie calls this)."""
    if rendered in _PIECES or not rendered:
        return
    placeholder = chr(0xF0000 + len(_PIECES))
    _PIECES[rendered] = placeholder
    _STRINGS[placeholder] = frozenset(strings)


def _reduce(source: str) -> str:
    """`source` with every whole remembered trie replaced by its placeholder."""
    for rendered in sorted((r for r in _PIECES if r in source), key=len, reverse=True):
        out, start = [], 0
        while (at := source.find(rendered, start)) >= 0:
            end = at + len(rendered)
            if end < len(source) and source[end] == ")" and _GROUP_OPEN.search(source, max(0, at - 64), at):
                out.append(source[start:at] + _PIECES[rendered])
            else:
                out.append(source[start:end])
            start = end
        source = "".join(out) + source[start:]
    return source


# -- what a piece shows its neighbours ------------------------------------------------------------


def _charset(items: Sequence[Item]) -> tuple[frozenset[str] | None, frozenset[str], frozenset[str]]:
    """(the strings of a small class or None, the classes its first and its last characters can be).
    A class is one character, but the parser turns a branch of placeholders into one."""
    chars: set[str] = set()
    classes: set[str] = set()
    small = True
    pieces: set[str] = set()
    for op, av in items:
        if op is rt.NEGATE:
            return None, UNKNOWN, UNKNOWN
        if op is rt.LITERAL:
            strings = _STRINGS.get(chr(av))
            if strings is not None:
                pieces |= strings
                continue
            chars.add(chr(av))
            classes.add(_class(chr(av)))
        elif op is rt.RANGE:
            lo, hi = av
            span = [chr(c) for c in range(lo, hi + 1)] if hi - lo < 4096 else None
            if span is None:
                return None, UNKNOWN, UNKNOWN
            if len(span) > 12:
                small = False
            chars.update(span)
            classes.update(_class(c) for c in span)
        elif op is rt.CATEGORY:
            small = False
            if av in (rt.CATEGORY_WORD, rt.CATEGORY_DIGIT):
                classes.add(WORD)
            elif av in (rt.CATEGORY_NOT_WORD, rt.CATEGORY_SPACE):
                classes.add(OTHER)
            else:
                classes.update(UNKNOWN)
        else:
            return None, UNKNOWN, UNKNOWN
    first = frozenset(classes | {_class(x[0]) if x else PAST for x in pieces})
    last = frozenset(classes | {_class(x[-1]) if x else PAST for x in pieces})
    if small and len(chars) <= 12:
        return frozenset(chars) | pieces, first, last
    return None, first, last


def _covers_words(items: Sequence[Item]) -> bool:
    """Whether a pattern (a lookaround's body) matches every single word character."""
    if len(items) != 1:
        return False
    op, av = items[0]
    if op is rt.IN:
        return any(o is rt.CATEGORY and a == rt.CATEGORY_WORD for o, a in av) and not any(o is rt.NEGATE for o, _ in av)
    if op is rt.SUBPATTERN:
        return _covers_words(av[3])
    return False


_EDGES: dict[
    tuple[str, int], tuple[frozenset[str], frozenset[str]]
] = {}  # by id() of a node of the tree being analysed


def _edges(op: str, av: Any) -> tuple[frozenset[str], frozenset[str]]:
    """What the piece shows the piece on its left (its start) and the piece on its right (its end)."""
    key = (op, id(av))
    found = _EDGES.get(key)
    if found is None:
        found = _EDGES[key] = _node_edges(op, av)
    return found


def _node_edges(op: str, av: Any) -> tuple[frozenset[str], frozenset[str]]:
    if op is rt.LITERAL:
        strings = _STRINGS.get(chr(av))
        if strings is not None:
            first = frozenset(_class(x[0]) if x else PAST for x in strings)
            last = frozenset(_class(x[-1]) if x else PAST for x in strings)
            return first, last
        c = frozenset({_class(chr(av))})
        return c, c
    if op in (rt.NOT_LITERAL, rt.ANY):
        return UNKNOWN, UNKNOWN
    if op is rt.IN:
        _, first, last = _charset(av)
        return first, last
    if op is rt.AT:
        if av == rt.AT_BOUNDARY:
            return frozenset({BOUNDARY}), frozenset({BOUNDARY})
        if av in (rt.AT_BEGINNING, rt.AT_BEGINNING_STRING):
            return frozenset({PAST}), frozenset({EDGE})  # nothing on its left
        if av in (rt.AT_END, rt.AT_END_STRING):
            return frozenset({EDGE}), frozenset({PAST})  # nothing (or a final newline) on its right
        return frozenset({PAST}), frozenset({PAST})
    if op is rt.ASSERT or op is rt.ASSERT_NOT:
        direction, items = av
        if direction < 0:  # a lookbehind speaks of the character on its left, as the piece after it sees it
            if op is rt.ASSERT:
                _, right = _sequence_edges(items)
                return frozenset({PAST}), (right if PAST not in right else frozenset({PAST}))
            return frozenset({PAST}), (frozenset({OTHER, EDGE}) if _covers_words(items) else frozenset({PAST}))
        if op is rt.ASSERT:  # a lookahead speaks of the character on its right
            left, _ = _sequence_edges(items)
            return (left if PAST not in left else frozenset({PAST})), frozenset({PAST})
        return (frozenset({OTHER, EDGE}) if _covers_words(items) else frozenset({PAST})), frozenset({PAST})
    if op is rt.SUBPATTERN:
        return _sequence_edges(av[3])
    if op is rt.BRANCH:
        lefts, rights = zip(*(_sequence_edges(alt) for alt in av[1]), strict=True)
        return frozenset().union(*lefts), frozenset().union(*rights)
    if op in (rt.MAX_REPEAT, rt.MIN_REPEAT):
        low, _, body = av
        left, right = _sequence_edges(body)
        if low == 0:
            left, right = left | {PAST}, right | {PAST}
        return left, right
    return UNKNOWN | {PAST}, UNKNOWN | {PAST}


def _sequence_edges(items: Sequence[Item]) -> tuple[frozenset[str], frozenset[str]]:
    key = ("sequence", id(items))
    found = _EDGES.get(key)
    if found is None:
        n = len(items)
        left = _walk(_edges(*items[i])[0] for i in range(n))  # lazily: only up to the first non-empty piece
        right = _walk(_edges(*items[i])[1] for i in range(n - 1, -1, -1))
        found = _EDGES[key] = (left, right)
    return found


def _walk(sides: Iterable[frozenset[str]]) -> frozenset[str]:
    """What shows first, looking past the pieces that may be empty."""
    seen: set[str] = set()
    for side in sides:
        seen |= side - {PAST}
        if PAST not in side:
            return frozenset(seen)
    return frozenset(seen | {PAST})


# -- what a piece requires -----------------------------------------------------------------------


class _Info:
    """Either the finite set of strings a piece matches, or the clauses it requires."""

    __slots__ = ("exact", "clauses")

    def __init__(self, exact: frozenset[str] | None = None, clauses: frozenset[Clause] = frozenset()) -> None:
        self.exact = exact
        self.clauses = clauses


_SCORES: dict[Condition, int] = {}


def _score(condition: Condition) -> int:
    found = _SCORES.get(condition)
    if found is None:
        kind, text = condition
        pair = 60 if WORD_RUN.fullmatch(text) is None else 0  # two words are rarer than one
        if kind == "=":
            found = 100 + 10 * len(text) + pair - (90 if text in COMMON else 0)
        else:
            found = 10 * len(text) + pair - (40 if len(text) < 3 else 0)
        _SCORES[condition] = found
    return found


def _rank(condition: Condition) -> tuple[int, Condition]:
    return -_score(condition), condition


def _clause_rank(clause: Clause) -> tuple:
    """Best first: the strongest weakest condition, then the fewest conditions (then any fixed order)."""
    return min(map(_score, clause)), -len(clause), sorted(clause)


# (closed on the left, closed on the right) -> string -> its conditions, best first.
_CONDITIONS: dict[tuple[bool, bool], dict[str, tuple[Condition, ...]]] = {
    (a, b): {} for a in (False, True) for b in (False, True)
}


def _conditions(s: str, closed_left: bool, closed_right: bool) -> tuple[Condition, ...]:
    """The word conditions a match of exactly `s` guarantees, best first, given whether what lies
    left and right of the piece is sure not to be a word character."""
    memo = _CONDITIONS[closed_left, closed_right]
    found = memo.get(s)
    if found is None:
        out: set[Condition] = set()
        runs = [(m.start(), m.end(), m.start() > 0 or closed_left, m.end() < len(s) or closed_right)
                for m in WORD_RUN.finditer(s)]  # fmt: skip
        # Inside `s` a run is bounded by non-word characters; at its ends, by what lies around it.
        for start, end, left, right in runs:
            if left:
                out.add(("=" if right else "^", s[start:end]))
        # Two whole words with one character between them: a pair of the text (see Prefilter.mask).
        for (start, end, left, _), (start2, end2, _, right2) in zip(runs, runs[1:]):
            if left and start2 == end + 1:
                out.add(("=" if right2 else "^", s[start:end2]))
        found = memo[s] = tuple(sorted(out, key=_rank))
    return found


_TO_CLAUSES: dict[tuple[frozenset[str], bool, bool], frozenset[Clause]] = {}


def _to_clauses(strings: frozenset[str], left: frozenset[str], right: frozenset[str]) -> frozenset[Clause]:
    """Up to two clauses every string of a finite piece satisfies."""
    closed_left, closed_right = bool(left) and left <= CLOSING, bool(right) and right <= CLOSING
    key = (strings, closed_left, closed_right)
    found = _TO_CLAUSES.get(key)
    if found is not None:
        return found
    memo = _CONDITIONS[closed_left, closed_right]
    per_string = [memo.get(s) or _conditions(s, closed_left, closed_right) for s in strings]
    if not per_string or not all(per_string):
        found = frozenset()
    else:
        clauses = {frozenset([c[0] for c in per_string])}
        if all(len(c) > 1 for c in per_string):
            clauses.add(frozenset([c[1] for c in per_string]))
        found = frozenset(clauses)
    if len(_TO_CLAUSES) < 20_000:
        _TO_CLAUSES[key] = found
    return found


def _clauses(info: _Info, left: frozenset[str], right: frozenset[str]) -> frozenset[Clause]:
    return info.clauses if info.exact is None else _to_clauses(info.exact, left, right)


def _any_of(alternatives: list[frozenset[Clause]]) -> frozenset[Clause]:
    """What a branch requires: one clause per combination, or the union of each one's best clause."""
    if any(not clauses for clauses in alternatives):
        return frozenset()
    combinations = 1
    for clauses in alternatives:
        combinations *= len(clauses)
    if combinations <= 8:
        return frozenset(frozenset().union(*combo) for combo in product(*alternatives))
    return frozenset({frozenset().union(*(max(c, key=_clause_rank) for c in alternatives))})


def _concat(a: frozenset[str], b: frozenset[str]) -> frozenset[str] | None:
    if len(a) * len(b) > LIMIT:
        return None
    if len(a) == 1:
        (x,) = a
        return frozenset(x + y for y in b)
    if len(b) == 1:
        (y,) = b
        return frozenset(x + y for x in a)
    return frozenset(x + y for x in a for y in b)


_FINITE: dict[tuple, frozenset[str] | None] = {}  # by node, for the tree being analysed


def _finite(op: str, av: Any) -> frozenset[str] | None:
    """The strings the piece can match, if they are few; needs no context, so it is memoised."""
    key = (op, id(av))
    if key in _FINITE:
        return _FINITE[key]
    found: frozenset[str] | None = None
    if op is rt.LITERAL:
        found = _STRINGS.get(chr(av)) or frozenset({chr(av)})
    elif op is rt.IN:
        found, _, _ = _charset(av)
    elif op is rt.SUBPATTERN:
        found = _finite_sequence(av[3])
    elif op is rt.BRANCH:
        parts = [_finite_sequence(alt) for alt in av[1]]
        exact = [p for p in parts if p is not None]
        if len(exact) == len(parts) and sum(map(len, exact)) <= LIMIT:
            found = frozenset().union(*exact)
    elif op in (rt.MAX_REPEAT, rt.MIN_REPEAT):
        low, high, body = av
        one = _finite_sequence(body)
        if one is not None:
            found = _repeated(one, low, high)
    _FINITE[key] = found
    return found


def _repeated(one: frozenset[str], low: int, high: int) -> frozenset[str] | None:
    """Every string `one{low,high}` matches, if there are few (a short repeat of a finite set)."""
    if high > 4:
        return None
    strings: frozenset[str] | None = frozenset({""}) if low == 0 else None
    power = frozenset({""})
    for k in range(1, high + 1):
        longer = _concat(power, one)
        if longer is None:
            return None
        power = longer
        if k >= low:
            strings = power if strings is None else strings | power
    return strings if strings is not None and len(strings) <= LIMIT else None


def _finite_sequence(items: Sequence[Item]) -> frozenset[str] | None:
    key = ("sequence", id(items))
    if key in _FINITE:
        return _FINITE[key]
    found: frozenset[str] | None = frozenset({""})
    for op, av in items:
        part = _finite(op, av)
        found = _concat(found, part) if part is not None else None  # type: ignore[arg-type]
        if found is None:
            break
    _FINITE[key] = found
    return found


def _analyse(op: str, av: Any, left: frozenset[str], right: frozenset[str]) -> _Info:
    finite = _finite(op, av)
    if finite is not None:
        return _Info(finite)
    if op in (rt.LITERAL, rt.IN):
        return _Info()
    if op is rt.SUBPATTERN:
        return _analyse_sequence(av[3], left, right)
    if op is rt.BRANCH:
        infos = [_analyse_sequence(alt, left, right) for alt in av[1]]
        exact = [i.exact for i in infos if i.exact is not None]
        if len(exact) == len(infos) and sum(map(len, exact)) <= LIMIT:
            return _Info(frozenset().union(*exact))
        return _Info(clauses=_any_of([_clauses(i, left, right) for i in infos]))
    if op in (rt.MAX_REPEAT, rt.MIN_REPEAT):
        low, high, body = av
        items = body
        inner_left, inner_right = _sequence_edges(items)
        # Another repetition may stand next to this one.
        left_here = left | (inner_right - {PAST}) if high != 1 else left
        right_here = right | (inner_left - {PAST}) if high != 1 else right
        info = _analyse_sequence(items, left_here, right_here)
        strings = _repeated(info.exact, low, high) if info.exact is not None else None
        if strings is not None:
            return _Info(strings)
        if low == 0:
            return _Info()
        return _Info(clauses=_clauses(info, left_here, right_here))
    return _Info()  # classes, gaps, assertions, back-references: no requirement of their own


def _analyse_sequence(items: Sequence[Item], left: frozenset[str], right: frozenset[str]) -> _Info:
    finite = _finite_sequence(items)
    if finite is not None:
        return _Info(finite)
    edges = [_edges(op, av) for op, av in items]
    n = len(items)
    # What each item sees on its left and on its right.
    lefts, rights = [], []
    for i in range(n):
        seen = _walk(e[1] for e in reversed(edges[:i]))
        lefts.append((seen - {PAST}) | left if PAST in seen else seen)
        seen = _walk(e[0] for e in edges[i + 1 :])
        rights.append((seen - {PAST}) | right if PAST in seen else seen)
    infos = [_analyse(op, av, lefts[i], rights[i]) for i, (op, av) in enumerate(items)]
    clauses: set[Clause] = set()
    run: frozenset[str] | None = None
    run_start = 0
    whole = True
    for i, info in enumerate(infos):
        if info.exact is not None:
            merged = _concat(run, info.exact) if run is not None else info.exact
            if merged is not None:
                if run is None:
                    run_start = i
                run = merged
                continue
            whole = False
            clauses |= _to_clauses(run, lefts[run_start], rights[i - 1])  # type: ignore[arg-type]
            run, run_start = info.exact, i
            continue
        whole = False
        if run is not None:
            clauses |= _to_clauses(run, lefts[run_start], rights[i - 1])
            run = None
        clauses |= info.clauses
    if whole and run is not None:
        return _Info(run)
    if run is not None:
        clauses |= _to_clauses(run, lefts[run_start], rights[n - 1])
    return _Info(clauses=frozenset(clauses))


PREFILTER_LOCK = threading.RLock()  # the analyses keep their memos in module globals: one at a time
_KEEP: list = []  # sequences built during one analysis, kept alive so that their id()s stay unique
MAX_ALTERNATIVES = 32


def _branch_at(items: Sequence[Item]) -> int:
    """The index of the first item that is a branch (maybe inside groups) with no finite strings, or -1."""
    for i, (op, av) in enumerate(items):
        if _alternatives(op, av) is not None and _finite(op, av) is None:
            return i
    return -1


def _alternatives(op: str, av: Any) -> list[Sequence[Item]] | None:
    while op is rt.SUBPATTERN and len(av[3]) == 1:
        op, av = av[3][0]
    return list(av[1]) if op is rt.BRANCH else None


def _either(items: Sequence[Item], left: frozenset[str], right: frozenset[str], budget: int) -> list[frozenset[Clause]]:
    """What a sequence requires, as alternatives (it matches only where one of them holds): a branch
    in it is split into one alternative per way through it."""
    at = _branch_at(items)
    ways = _alternatives(*items[at]) if at >= 0 else None
    if ways is None or len(ways) > budget:
        return [_clauses(_analyse_sequence(items, left, right), left, right)]
    out: list[frozenset[Clause]] = []
    for way in ways:
        flat = [*items[:at], *way, *items[at + 1 :]]
        _KEEP.append(flat)
        out += _either(flat, left, right, max(1, budget // len(ways)))
        if any(not clauses for clauses in out):
            return [frozenset()]
    return out


# id(compiled pattern) -> (the pattern, its source without the lead `leading` put before it): the
# lead is zero-width, so what the pattern requires is what the rest does, and the rest parses faster.
UNLED: dict[int, tuple[re.Pattern[str], str]] = {}


def requirement(pattern: re.Pattern[str]) -> list[frozenset[Clause]]:
    """Alternatives of clauses: any text `pattern` matches satisfies every clause of one of them.
    `[frozenset()]` when no requirement could be derived."""
    if pattern.flags & (re.IGNORECASE | re.LOCALE | re.VERBOSE) or not isinstance(pattern.pattern, str):
        return [frozenset()]
    unled = UNLED.get(id(pattern))
    source = unled[1] if unled is not None and unled[0] is pattern else pattern.pattern
    tree = rt.parse(_reduce(source))
    unknown = frozenset({WORD, OTHER, EDGE})
    try:
        alternatives = _either(tree, unknown, unknown, MAX_ALTERNATIVES)
        return [frozenset()] if any(not a for a in alternatives) else sorted(set(alternatives), key=sorted)
    finally:
        # Kept across patterns these memos grew to ~400 MB of small objects by the last pattern, and the
        # allocator kept the peak for the life of every worker; per pattern they cost nothing in time.
        _EDGES.clear()
        _FINITE.clear()
        _KEEP.clear()
        for memo in _CONDITIONS.values():
            memo.clear()
        _TO_CLAUSES.clear()


# -- where a match can start ------------------------------------------------------------------------

MAX_LEADS = 3000


def _zero_width(op: str, av: Any) -> bool:
    if op in (rt.AT, rt.ASSERT, rt.ASSERT_NOT):
        return True
    if op is rt.BRANCH:
        return all(all(_zero_width(o, a) for o, a in alt) for alt in av[1])
    if op is rt.SUBPATTERN:
        return all(_zero_width(o, a) for o, a in av[3])
    return False


def _leads(items: Sequence[Item], closed: bool) -> tuple[frozenset[str], bool] | None:
    """(strings one of which every match starts with, whether the character before every match is
    sure not to be a word character), or None when that cannot be told."""
    items = list(items)
    i = 0
    while i < len(items):
        op, av = items[i]
        if _zero_width(op, av):
            _, right = _edges(op, av)
            if PAST not in right:
                closed = bool(right) and right <= CLOSING
            i += 1
            continue
        rest = items[i + 1 :]
        finite = _finite(op, av)
        if finite is not None:
            # As many of the following finite pieces as keep the strings few (and short).
            j = i + 1
            while j < len(items) and min(map(len, finite)) < 8:
                more = _finite(*items[j])
                longer = _concat(finite, more) if more is not None else None
                if longer is None or len(longer) > MAX_LEADS:
                    break
                finite, j = longer, j + 1
            if "" not in finite:
                return finite, closed
            after = _leads(items[j:], closed)  # the pieces may be empty: then the match starts later
            if after is None:
                return None
            return finite - {""} | after[0], closed and after[1]
        if op is rt.SUBPATTERN:
            return _leads([*av[3], *rest], closed)
        if op is rt.BRANCH:
            found: set[str] = set()
            every_closed = True
            for alt in av[1]:
                lead = _leads([*alt, *rest], closed)
                if lead is None:
                    return None
                found |= lead[0]
                every_closed = every_closed and lead[1]
                if len(found) > MAX_LEADS:
                    return None
            return frozenset(found), every_closed
        if op in (rt.MAX_REPEAT, rt.MIN_REPEAT):
            low, _, body = av
            inner = _leads(body, closed)
            if inner is None or "" in inner[0]:
                return None
            if low > 0:
                return inner
            after = _leads(rest, closed)
            if after is None:
                return None
            return inner[0] | after[0], inner[1] and after[1]
        return None
    return None  # the match may be empty


def _literal_trie(strings: Iterable[str]) -> str:
    """An alternation matching exactly `strings` (plain characters), shared prefixes factored out."""
    root: dict[str, dict] = {}
    for word in strings:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return render(root)


def leading(source: str) -> str:
    """A zero-width prefix for the pattern `source` that changes none of its matches but lets the
    engine reject most positions at once: `\b` where every match starts a word, then a lookahead
    for the strings every match starts with. "" when none can be derived."""
    tree = rt.parse(_reduce(source))
    with PREFILTER_LOCK:
        try:
            found = _leads(tree, False)
        finally:
            _EDGES.clear()
            _FINITE.clear()
    if found is None or not found[0] or "" in found[0]:
        return ""
    strings, closed = found
    # Two words to a lead at most: enough to reject a position, and a short lookahead.
    shortened = set()
    for s in strings:
        words = s.split(" ")
        shortened.add(" ".join(words[:2]) if len(words) > 2 else s)
    # Keeping only the shortest of strings that extend one another changes nothing either.
    minimal = (
        [s for s in shortened if not any(s != t and s.startswith(t) for t in shortened)]
        if len(shortened) < 400
        else sorted(shortened)
    )
    boundary = r"\b" if closed and all(_is_word(s[0]) for s in strings) else ""
    return f"{boundary}(?={_literal_trie(minimal)})"


def never_empty(pattern: re.Pattern[str]) -> bool:
    """Whether every match of `pattern` holds at least one character."""
    return rt.min_width(rt.parse(pattern.pattern)) > 0


# -- checking texts -------------------------------------------------------------------------------


class Prefilter:
    """Bits for clauses, the words that satisfy them, and the patterns that need them."""

    def __init__(self) -> None:
        self._bits: dict[Clause, int] = {}
        self._words: dict[str, int] = {}  # a whole word -> the clauses it satisfies
        self._prefixes: dict[str, int] = {}  # a prefix -> the clauses a word starting with it satisfies
        self._prefix_lengths: list[int] = []
        # id(pattern) -> (the clauses all its alternatives need, each alternative's clauses, the
        # pattern, one clause of each alternative). By id(): hashing a compiled pattern hashes its whole source every time; the
        # pattern is kept in the value so that its id() is never reused.
        self._needs: dict[int, tuple[int, tuple[int, ...], Searchable, int]] = {}
        self._memo = _Bits(self)
        self._lock = PREFILTER_LOCK
        self.generation = 0  # changes whenever a clause is added: masks computed before it lack its bit

    def register(self, pattern: Searchable) -> Searchable:
        """Derive `pattern`'s requirement (once); returns the pattern."""
        with self._lock:  # the analysis keeps its memos in module globals: one at a time
            if id(pattern) in self._needs:
                return pattern
            needs = []
            witness = 0  # one clause of each alternative, its rarest-looking: a text has one, or no match
            # An alternation of patterns (lexicon.Alternation) requires what one of them does.
            parts = [pattern] if isinstance(pattern, re.Pattern) else pattern.patterns
            for clauses in [alternative for part in parts for alternative in requirement(part)]:
                need = 0
                if clauses:
                    rarest = max(clauses, key=_clause_rank)
                for clause in clauses:
                    bit = self._bits.get(clause)
                    if bit is None:
                        bit = self._bits[clause] = 1 << len(self._bits)
                        for kind, text in clause:
                            table = self._words if kind == "=" else self._prefixes
                            table[text] = table.get(text, 0) | bit
                            if kind != "=" and len(text) not in self._prefix_lengths:
                                self._prefix_lengths = sorted({*self._prefix_lengths, len(text)})
                        self._memo = _Bits(self)  # words seen so far may satisfy the new clause
                        self.generation += 1
                    need |= bit
                    if clause is rarest:
                        witness |= bit
                needs.append(need)
            if not all(needs):
                needs, witness = [0], 0
            common = needs[0]
            for need in needs:
                common &= need
            self._needs[id(pattern)] = (common, tuple(needs), pattern, witness)
        return pattern

    def needs(self, pattern: Searchable) -> tuple[int, tuple[int, ...], Searchable, int]:
        """(the bits every alternative needs, bit sets one per alternative, the pattern, one bit of
        each alternative): a text may match if it has every bit of one of the alternatives."""
        found = self._needs.get(id(pattern))
        if found is None:
            self.register(pattern)  # derived on first use: a pattern never tried is never analysed
            found = self._needs[id(pattern)]
        return found

    def mask(self, text: str, items: set[str] | None = None) -> int:
        """The clauses `text` satisfies, as bits: through its words and pairs (`items(text)`)."""
        memo = self._memo
        if len(memo) > 200_000:
            memo = self._memo = _Bits(self)
        return reduce(or_, map(memo.__getitem__, items if items is not None else words_and_pairs(text)), 0)

    def bits(self, item: str) -> int:
        """The clauses a word or a pair satisfies."""
        bits = self._words.get(item, 0)
        prefixes = self._prefixes
        for k in self._prefix_lengths:
            if k > len(item):
                break
            bits |= prefixes.get(item[:k], 0)
        return bits


def words_and_pairs(text: str) -> set[str]:
    """The words of `text` (maximal runs of word characters) and its pairs (two words with exactly
    one other character between them: "i'm", "kill you")."""
    parts = SPLIT(text)  # word, gap, word, gap, ... ("" where the text starts or ends with a gap)
    words = parts[0::2]
    items = set(words)
    # (A pair with an empty word, at either end, satisfies nothing: every condition starts and ends
    # with a word character.)
    items.update([a + g + b for a, g, b in zip(words, parts[1::2], words[1:]) if len(g) == 1])
    return items


class _Bits(dict):
    """word or pair -> the clauses it satisfies, worked out once."""

    def __init__(self, prefilter: Prefilter) -> None:
        super().__init__()
        self.prefilter = prefilter

    def __missing__(self, item: str) -> int:
        bits = self[item] = self.prefilter.bits(item)
        return bits


PREFILTER = Prefilter()
_NEEDS = PREFILTER._needs


def prepare(patterns: Iterable[re.Pattern[str]]) -> None:
    """Derive every requirement now rather than on first use: each new one makes the words seen
    so far be looked up again, which the first texts scored should not pay for."""
    for pattern in patterns:
        PREFILTER.needs(pattern)


class Words:
    """A text and the clauses its words satisfy: ask `may_match(pattern)` before searching it."""

    __slots__ = ("text", "items", "mask", "generation", "_searched")

    def __init__(self, text: str) -> None:
        self.text = text
        self.items = words_and_pairs(text)  # its words and pairs
        self.generation = PREFILTER.generation
        self.mask = PREFILTER.mask(text, self.items)
        self._searched: dict[int, re.Match[str] | None] = {}

    def may_match(self, pattern: Searchable) -> bool:
        """False if `pattern` cannot match the text (True: it may)."""
        entry = _NEEDS.get(id(pattern)) or PREFILTER.needs(pattern)
        if self.generation != PREFILTER.generation:  # clauses were added since: count them too
            self.generation = PREFILTER.generation
            self.mask = PREFILTER.mask(self.text, self.items)
        mask = self.mask
        common, needs, _, witness = entry
        if mask & common != common:
            return False
        # Whether the text has every bit of one alternative (all in C: no Python loop).
        return len(needs) == 1 or (mask & witness != 0 and any(map(eq, map(mask.__and__, needs), needs)))

    def which(self, group: Group) -> list[int]:
        """The indexes of the group's patterns that may match the text."""
        entries = group.entries or group.load()
        if self.generation != PREFILTER.generation:
            self.generation = PREFILTER.generation
            self.mask = PREFILTER.mask(self.text, self.items)
        mask = self.mask
        if group.gate and not mask & group.gate:
            return []  # none of the group's patterns has a word of the text: one test for them all
        return [
            i
            for i, (common, needs, _, witness) in enumerate(entries)
            if mask & common == common
            and (len(needs) == 1 or (mask & witness != 0 and any(map(eq, map(mask.__and__, needs), needs))))
        ]

    def finditer(self, pattern: Searchable) -> Iterable[re.Match[str]]:
        if not isinstance(pattern, re.Pattern):  # lexicon.Alternation: each alternative gated on its own
            return pattern.finditer(self.text, self)
        return pattern.finditer(self.text) if self.may_match(pattern) else ()

    def search(self, pattern: Searchable) -> re.Match[str] | None:
        """`pattern.search(text)`, remembered: several rules ask the same question of one text."""
        key = id(pattern)
        if key in self._searched:
            return self._searched[key]
        if not isinstance(pattern, re.Pattern):  # lexicon.Alternation
            found = pattern.search(self.text, self)
        else:
            found = pattern.search(self.text) if self.may_match(pattern) else None
        self._searched[key] = found
        return found

    def spans(self, pattern: Searchable) -> list[tuple[int, int]]:
        if not isinstance(pattern, re.Pattern):  # lexicon.Alternation
            return [m.span() for m in pattern.finditer(self.text, self)]
        return [m.span() for m in pattern.finditer(self.text)] if self.may_match(pattern) else []


class Group:
    """Patterns tried one after the other on the same texts: `Words.which` checks them all at once."""

    __slots__ = ("patterns", "entries", "gate")

    def __init__(self, patterns: Iterable[Searchable]) -> None:
        self.patterns = list(patterns)
        self.entries: list[tuple[int, tuple[int, ...], Searchable, int]] = []
        # Bits one of which a text needs for any of the patterns to match; 0 when one may match any text.
        self.gate = 0

    def load(self) -> list[tuple[int, tuple[int, ...], Searchable, int]]:
        entries = [PREFILTER.needs(p) for p in self.patterns]
        # A pattern matches only where the text has every bit of `common` or, with several
        # alternatives, a bit of `witness`; one with neither may match any text.
        gates = [common or witness for common, _, _, witness in entries]
        self.gate = 0 if not all(gates) else reduce(or_, gates, 0)
        self.entries = entries
        return self.entries
