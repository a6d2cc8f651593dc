"""The pattern compiler the scorer is built from (its word lists are in wordlists.py).

`compile_pattern` squeezes repeated letters the same way the normaliser does (so "kill" is matched
as "kil") and turns `{NAME}` placeholders into one pre-lowered trie per list, which the regex
engine walks far faster than a flat alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from itertools import product

from moderation.scoring import prefilter
from moderation.scoring.wordlists import TYPO_STOP

# -- building blocks --------------------------------------------------------------------------


def squeeze(word: str) -> str:
    """Collapse runs of one character, as the normaliser does: "kill" -> "kil"."""
    out: list[str] = []
    for ch in word:
        if not out or ch != out[-1] or ch.isdigit():
            out.append(ch)
    return "".join(out)


def squeeze_pattern(pattern: str) -> str:
    """`squeeze` for a regex: repeated letters merge unless the first is an escape (`\\bb`)."""
    out: list[str] = []
    escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
            out.append(ch)
            continue
        if ch.isalpha() and out and out[-1] == ch and not (len(out) > 1 and out[-2] == "\\"):
            continue
        out.append(ch)
    return "".join(out)


# Without their apostrophe these are other, everyday words ("well", "were", "hell").
APOSTROPHE_REQUIRED = {"wel", "were", "hel", "shel", "its", "wed"}


def trie(words: Iterable[str]) -> str:
    """One regex alternation for `words`, shared prefixes factored out. Spaces match one space,
    apostrophes are optional (im, i'm) unless that makes another word, and a word may be a phrase."""
    root: dict[str, dict] = {}
    for word in {squeeze(w.lower()) for w in words if w}:
        if word.replace("'", "") in APOSTROPHE_REQUIRED or word.split(" ")[0].replace("'", "") in APOSTROPHE_REQUIRED:
            word = word.replace("'", "\0")
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # end of a word
    rendered = _render(root)
    prefilter.remember(rendered, _spellings(root))
    return rendered


def _spellings(root: dict[str, dict]) -> list[str]:
    """Every string the rendered trie matches: each optional apostrophe with and without it."""
    out: list[str] = []

    def walk(node: dict[str, dict], prefix: str) -> None:
        for ch, child in node.items():
            if not ch:
                out.append(prefix)
            else:
                walk(child, prefix + ch)

    walk(root, "")
    strings = []
    for word in out:
        pieces = word.split("'")
        for keep in product(("'", ""), repeat=len(pieces) - 1):
            strings.append("".join(p + k for p, k in zip(pieces, (*keep, ""), strict=True)).replace("\0", "'"))
    return strings


def _render(node: dict[str, dict]) -> str:
    ends = "" in node
    branches = [(_atom(ch) + _render(child)) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")" if len(branches) > 1 else f"(?:{branches[0]})"
    return body + "?" if ends else body


def _atom(ch: str) -> str:
    if ch == "'":
        return "'?"
    if ch == "\0":
        return "'"
    if ch == " ":
        return " "
    return re.escape(ch)


PLACEHOLDER = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
GROUP_NAME = re.compile(r"\(\?P<([a-z][a-z0-9]*)>")


def expand(template: str, lists: Mapping[str, str]) -> str:
    """Replace each `{NAME}` with `lists[NAME]` (already a pattern); squeeze the literals."""

    def fill(m: re.Match[str]) -> str:
        return f"(?:{lists[m.group(1)]})"

    return PLACEHOLDER.sub(fill, squeeze_pattern(template))


# The stdlib engine walks these tries several times faster than `regex`, but wants unique group
# names; a name used in several branches becomes name__1, name__2... and `named` reads them back.
# Keyed by id(): hashing a compiled pattern hashes its whole source each time (PATTERNS keeps
# every one alive, so an id is never reused).
ALIASES: dict[int, dict[str, list[str]]] = {}
PATTERNS: list[re.Pattern[str]] = []


def compile_pattern(template: str, lists: Mapping[str, str], lead: bool = False) -> re.Pattern[str]:
    """A compiled pattern over normalised text, with `{NAME}` lists filled in.

    `lead`: start it with `prefilter.leading`, a zero-width check of the strings every match
    starts with. It changes no match, but the engine then gives up on most positions at once:
    several times faster for a pattern that starts with lookbehinds or many alternatives.
    """
    counts: dict[str, int] = {}

    def rename(m: re.Match[str]) -> str:
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
        return f"(?P<{m.group(1)}__{counts[m.group(1)]}>"

    source = GROUP_NAME.sub(rename, expand(template, lists))
    pattern = re.compile((prefilter.leading(source) if lead else "") + source)
    if lead:
        prefilter.UNLED[id(pattern)] = (pattern, source)
    ALIASES[id(pattern)] = {name: [f"{name}__{i}" for i in range(1, n + 1)] for name, n in counts.items()}
    PATTERNS.append(pattern)
    return pattern


def split_top(template: str) -> list[str]:
    """The top-level alternatives of a pattern: `a|(b|c)|d` -> `a`, `(b|c)`, `d`."""
    parts, start, depth, escaped, in_class = [], 0, 0, False, False
    for i, ch in enumerate(template):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]" or template[i - 1] == "["
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(template[start:i])
            start = i + 1
    return [*parts, template[start:]]


class Alternation:
    """A pattern `A|B|...` kept as one compiled pattern per alternative, each with its own lead and
    its own prefilter requirement, so that a text is only searched with the alternatives its words
    allow. `finditer` returns what the single pattern's would: at the leftmost position where any
    alternative matches, the first one that does, then on from the end of that match.

    With `lists`, each alternative goes through `compile_pattern`; without, it is compiled as it is."""

    def __init__(self, templates: Iterable[str], lists: Mapping[str, str] | None = None) -> None:
        if lists is not None:
            self.patterns = [compile_pattern(t, lists, lead=True) for t in templates]
        else:
            self.patterns = [re.compile(prefilter.leading(t) + t) for t in templates]
            for p, t in zip(self.patterns, templates, strict=True):
                prefilter.UNLED[id(p)] = (p, t)
        if any(not prefilter.never_empty(p) for p in self.patterns):
            raise ValueError("an alternative matches the empty string: finditer would need its rules for those")
        self.group = prefilter.Group(self.patterns)

    def finditer(self, text: str, words: prefilter.Words | None = None) -> list[re.Match[str]]:
        live = [self.patterns[i] for i in words.which(self.group)] if words is not None else self.patterns
        if len(live) <= 1:
            return list(live[0].finditer(text)) if live else []
        found: list[re.Match[str]] = []
        pos = 0
        ahead = [p.search(text) for p in live]  # each alternative's next match from `pos` on
        while True:
            best = None
            for k, m in enumerate(ahead):
                if m is not None and m.start() < pos:
                    m = ahead[k] = live[k].search(text, pos)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m  # ties go to the earlier alternative, as in `A|B`
            if best is None:
                return found
            found.append(best)
            pos = best.end()  # never empty (checked above)

    def search(self, text: str, words: prefilter.Words | None = None) -> re.Match[str] | None:
        found = self.finditer(text, words)
        return found[0] if found else None


def named(m: re.Match[str], name: str) -> str | None:
    """The text of group `name` in whichever branch matched, or None."""
    for alias in ALIASES.get(id(m.re), {}).get(name, ()):
        value = m.group(alias)
        if value is not None:
            return value
    return None


def named_start(m: re.Match[str], name: str) -> int:
    for alias in ALIASES.get(id(m.re), {}).get(name, ()):
        if m.start(alias) >= 0:
            return m.start(alias)
    return -1


def verb_forms(*verbs: str) -> list[str]:
    """Base, -s, -ed and -ing forms; repeated letters vanish in the squeeze (stabbing = stabing)."""
    out: list[str] = []
    for verb in verbs:
        head, _, tail = verb.partition(" ")
        rest = f" {tail}" if tail else ""
        if head.endswith("e"):
            forms = [head, head + "s", head + "d", head[:-1] + "ing"]
        elif head.endswith("y") and head[-2:-1] not in "aeiou":
            forms = [head, head[:-1] + "ies", head[:-1] + "ied", head + "ing"]
        elif head.endswith(("sh", "ch", "ss", "x")):
            forms = [head, head + "es", head + "ed", head + "ing"]
        else:
            forms = [head, head + "s", head + "ed", head + "ing"]
        out.extend(f + rest for f in forms)
    return out


def typos(words: Iterable[str], min_length: int = 4) -> list[str]:
    """Adjacent swaps (klil, strangel, execuet) and, for longer words, one dropped inner letter
    (killd, immigrnt): common evasions and common slips. Real words are left out (TYPO_STOP)."""
    out: set[str] = set()
    for word in words:
        if len(word) < min_length or " " in word:
            continue
        for i in range(1, len(word) - 1):
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
            if len(word) >= 5:
                out.add(word[:i] + word[i + 1 :])
    return sorted(w for w in out if squeeze(w) not in TYPO_STOP and w not in words)
