"""The parse tree of a scorer pattern, for the prefilter to reason about.

The prefilter (prefilter.py) derives, from each pattern's structure, the words any match must
contain. Python's own regex parser is private (`re._parser`, whose `sre_parse` alias is deprecated)
and may change shape in any release, so the scorer reads its patterns itself. It reads the syntax
the scorer writes: literals and escapes, classes, `.`, `^ $ \\A \\Z \\b \\B`, groups (plain,
non-capturing, named), lookarounds, back-references, branches and greedy or lazy repeats. Anything
else (inline flags, conditionals, possessive repeats...) raises `ValueError` when the pattern is
compiled, so a new construct is noticed at import rather than silently misread.

The tree is a list of `(op, argument)` items, each a piece of the sequence:

- `(LITERAL, code point)`, `(NOT_LITERAL, code point)`, `(ANY, None)`;
- `(IN, [(LITERAL, c) | (RANGE, (lo, hi)) | (CATEGORY, name) | (NEGATE, None), ...])`, a class;
- `(AT, name)`, an anchor; `(GROUPREF, number)`, a back-reference;
- `(SUBPATTERN, (number, 0, 0, sequence))`, a capturing group;
- `(ASSERT | ASSERT_NOT, (1 ahead or -1 behind, sequence))`, a lookaround;
- `(BRANCH, (None, [sequence, ...]))`, alternatives;
- `(MAX_REPEAT | MIN_REPEAT, (low, high, sequence))`, a greedy or lazy repeat (`high` MAXREPEAT
  for no bound).

Three simplifications are made as the pattern is read, because the prefilter's analysis is tuned
to them: a non-capturing group stands in line as its pieces (unless it is repeated), alternatives
that all start with the same piece have it moved out in front of the branch, and alternatives that
are each one character become one class.
"""

from __future__ import annotations

import re
from typing import Any

LITERAL, NOT_LITERAL, ANY, IN, AT, GROUPREF = "literal", "not_literal", "any", "in", "at", "groupref"
SUBPATTERN, ASSERT, ASSERT_NOT, BRANCH = "subpattern", "assert", "assert_not", "branch"
MAX_REPEAT, MIN_REPEAT = "max_repeat", "min_repeat"
RANGE, CATEGORY, NEGATE = "range", "category", "negate"
CATEGORY_DIGIT, CATEGORY_NOT_DIGIT = "digit", "not_digit"
CATEGORY_SPACE, CATEGORY_NOT_SPACE = "space", "not_space"
CATEGORY_WORD, CATEGORY_NOT_WORD = "word", "not_word"
AT_BEGINNING, AT_BEGINNING_STRING, AT_END, AT_END_STRING = "beginning", "beginning_string", "end", "end_string"
AT_BOUNDARY, AT_NON_BOUNDARY = "boundary", "non_boundary"
MAXREPEAT = 1 << 32

Item = tuple[str, Any]

_CATEGORIES = {
    "d": CATEGORY_DIGIT,
    "D": CATEGORY_NOT_DIGIT,
    "s": CATEGORY_SPACE,
    "S": CATEGORY_NOT_SPACE,
    "w": CATEGORY_WORD,
    "W": CATEGORY_NOT_WORD,
}
_ANCHORS = {"A": AT_BEGINNING_STRING, "Z": AT_END_STRING, "b": AT_BOUNDARY, "B": AT_NON_BOUNDARY}
_BOUNDS = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")
_CONTROLS = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}


class Sequence(list):  # type: ignore[type-arg]
    """A sequence of items. Compared by identity, like the nodes of a tree: two groups are one
    common piece only if they are the same group."""

    __eq__ = object.__eq__  # type: ignore[assignment]
    __hash__ = object.__hash__  # type: ignore[assignment]


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source
        self.at = 0
        self.groups = 0

    def peek(self) -> str:
        return self.source[self.at] if self.at < len(self.source) else ""

    def take(self, text: str) -> bool:
        if self.source.startswith(text, self.at):
            self.at += len(text)
            return True
        return False

    def next(self) -> str:
        ch = self.peek()
        if not ch:
            raise self.error("unexpected end of pattern")
        self.at += 1
        return ch

    def error(self, message: str) -> ValueError:
        return ValueError(f"{message} at {self.at} in {self.source!r}")


def parse(source: str) -> Sequence:
    """The tree of the pattern `source` (see the module docstring)."""
    reader = _Reader(source)
    tree = _alternatives(reader)
    if reader.peek():
        raise reader.error("unbalanced parenthesis")
    return tree


def _alternatives(reader: _Reader) -> Sequence:
    branches = [_sequence(reader)]
    while reader.take("|"):
        branches.append(_sequence(reader))
    if len(branches) == 1:
        return branches[0]
    out = Sequence()
    while all(branches) and all(b[0] == branches[0][0] for b in branches):
        out.append(branches[0][0])  # a common first piece, moved out in front
        for b in branches:
            del b[0]
    chars: list[Item] = []
    for b in branches:
        if len(b) != 1:
            break
        op, av = b[0]
        if op == LITERAL:
            chars.append((op, av))
        elif op == IN and av[0][0] != NEGATE:
            chars.extend(av)
        else:
            break
    else:
        out.append((IN, list(dict.fromkeys(chars))))
        return out
    out.append((BRANCH, (None, branches)))
    return out


def _sequence(reader: _Reader) -> Sequence:
    items = Sequence()
    while (ch := reader.peek()) and ch not in "|)":
        if ch in "?*+" or (ch == "{" and _bounds(reader, peek=True)):
            _repeat(reader, items)
            continue
        reader.at += 1
        if ch == "\\":
            items.append(_escape(reader))
        elif ch == "[":
            items.append(_class(reader))
        elif ch == "(":
            items.append(_group(reader))
        elif ch == ".":
            items.append((ANY, None))
        elif ch == "^":
            items.append((AT, AT_BEGINNING))
        elif ch == "$":
            items.append((AT, AT_END))
        else:
            items.append((LITERAL, ord(ch)))
    for i in range(len(items) - 1, -1, -1):
        op, av = items[i]
        if op == SUBPATTERN and av[0] is None:
            items[i : i + 1] = av[3]  # a non-capturing group is only its pieces, in line
    return items


def _bounds(reader: _Reader, peek: bool = False) -> tuple[int, int] | None:
    """`{m,n}` (or `{m}`, `{m,}`, `{,n}`) at the reader, or None when the brace is a literal."""
    m = _BOUNDS.match(reader.source, reader.at)
    if m is None or m.group() == "{}":
        return None
    if not peek:
        reader.at = m.end()
    low = int(m[1]) if m[1] else 0
    if not m[2]:
        return low, low
    return low, int(m[3]) if m[3] else MAXREPEAT


def _repeat(reader: _Reader, items: Sequence) -> None:
    ch = reader.peek()
    if ch == "{":
        bounds = _bounds(reader)
        assert bounds is not None
        low, high = bounds
    else:
        reader.at += 1
        low, high = {"?": (0, 1), "*": (0, MAXREPEAT), "+": (1, MAXREPEAT)}[ch]
    if not items or items[-1][0] in (AT, MAX_REPEAT, MIN_REPEAT):
        raise reader.error("nothing to repeat")
    op, av = items[-1]
    # A non-capturing group repeated is its body repeated.
    body = av[3] if op == SUBPATTERN and av[0] is None else Sequence([items[-1]])
    if reader.peek() == "+":
        raise reader.error("possessive repeats are not read")
    kind = MIN_REPEAT if reader.take("?") else MAX_REPEAT
    items[-1] = (kind, (low, high, body))


def _escape(reader: _Reader, in_class: bool = False) -> Item:
    ch = reader.next()
    if ch in _CATEGORIES:
        return (IN, [(CATEGORY, _CATEGORIES[ch])])
    if ch in _CONTROLS:
        return (LITERAL, ord(_CONTROLS[ch]))
    if not in_class and ch in _ANCHORS:
        return (AT, _ANCHORS[ch])
    if not in_class and ch.isdigit() and ch != "0":
        number = ch
        while reader.peek().isdigit() and len(number) < 2:
            number += reader.next()
        return (GROUPREF, int(number))
    if ch.isalnum():
        raise reader.error(f"escape \\{ch} is not read")
    return (LITERAL, ord(ch))


def _class(reader: _Reader) -> Item:
    negate = reader.take("^")
    members: list[Item] = []
    first = True
    while True:
        ch = reader.next()
        if ch == "]" and not first:
            break
        first = False
        if ch == "\\":
            op, av = _escape(reader, in_class=True)
            low = (op, av)
        else:
            low = (LITERAL, ord(ch))
        if reader.peek() == "-" and reader.source[reader.at + 1 : reader.at + 2] not in ("]", ""):
            reader.at += 1
            high_ch = reader.next()
            high = _escape(reader, in_class=True) if high_ch == "\\" else (LITERAL, ord(high_ch))
            if low[0] != LITERAL or high[0] != LITERAL or high[1] < low[1]:
                raise reader.error("bad character range")
            members.append((RANGE, (low[1], high[1])))
        else:
            members.append(low[1][0] if low[0] == IN else low)
    members = list(dict.fromkeys(members))
    if len(members) == 1 and members[0][0] == LITERAL:
        return (NOT_LITERAL, members[0][1]) if negate else members[0]
    return (IN, [(NEGATE, None), *members] if negate else members)


def _group(reader: _Reader) -> Item:
    if reader.take("?"):
        if reader.take(":"):
            kind, number = "group", None
        elif reader.take("P<"):
            end = reader.source.find(">", reader.at)
            if end < 0 or not reader.source[reader.at : end].isidentifier():
                raise reader.error("bad group name")
            reader.at = end + 1
            reader.groups += 1
            kind, number = "group", reader.groups
        elif reader.take("="):
            kind, number = "ahead", None
        elif reader.take("!"):
            kind, number = "not ahead", None
        elif reader.take("<="):
            kind, number = "behind", None
        elif reader.take("<!"):
            kind, number = "not behind", None
        else:
            raise reader.error("this kind of group is not read")
    else:
        reader.groups += 1
        kind, number = "group", reader.groups
    body = _alternatives(reader)
    if not reader.take(")"):
        raise reader.error("missing )")
    if kind == "group":
        return (SUBPATTERN, (number, 0, 0, body))
    op = ASSERT if kind in ("ahead", "behind") else ASSERT_NOT
    return (op, (-1 if kind.endswith("behind") else 1, body))


def min_width(items: list[Item], groups: dict[int, int] | None = None) -> int:
    """The fewest characters a match of the sequence holds (`groups`: each group's, as read so far)."""
    groups = {} if groups is None else groups
    width = 0
    for op, av in items:
        if op in (LITERAL, NOT_LITERAL, ANY, IN):
            width += 1
        elif op == SUBPATTERN:
            inner = min_width(av[3], groups)
            if av[0] is not None:
                groups[av[0]] = inner
            width += inner
        elif op == BRANCH:
            width += min(min_width(alt, groups) for alt in av[1])
        elif op in (MAX_REPEAT, MIN_REPEAT):
            width += av[0] * min_width(av[2], groups)
        elif op == GROUPREF:
            width += groups.get(av, 0)
    return width
