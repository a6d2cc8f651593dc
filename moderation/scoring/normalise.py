"""Undo the usual evasions while remembering where every character came from.

`normalise(text)` returns the folded text the scorer matches against plus, for each of its
characters, the [start, end) span of the original text it came from, so that evidence is always
reported on what the reporter actually wrote.

Steps, in order (each keeps the offset map):
1. fold: NFKC, case, accents, Cyrillic/Greek look-alikes, typographic quotes, whitespace;
   weapon emoji become shortcode tokens (" :knife: ") and invisible characters are dropped;
2. letters spelt out with one separator (k.i.l.l, k i l l, k-i-l-l) are joined;
3. leetspeak inside words (k1ll, r@pe, $hoot, sh00t);
4. runs of the same character are squeezed to one (kiiiill, diiie -> kil, die).
Step 4 also turns "kill" into "kil": patterns are squeezed the same way (lexicon.squeeze), so
both sides agree.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat

import regex

# Emoji people use as weapons or as a promise of death. Shortcodes cannot collide with words.
EMOJI_TOKENS: dict[str, str] = {
    "\U0001f52a": ":knife:",  # 🔪
    "\U0001f5e1": ":knife:",  # 🗡
    "\u2694": ":knife:",  # ⚔
    "\U0001f52b": ":gun:",  # 🔫
    "\U0001f4a3": ":bomb:",  # 💣
    "\U0001f9e8": ":bomb:",  # 🧨
    "\u26b0": ":coffin:",  # ⚰
    "\U0001faa6": ":coffin:",  # 🪦 headstone
    "\U0001fa78": ":blood:",  # 🩸
    "\U0001f4a5": ":bang:",  # 💥
    "\U0001f525": ":fire:",  # 🔥
    "\U0001f3e0": ":house:",  # 🏠
    "\U0001f3e1": ":house:",  # 🏡
    "\U0001f480": ":skull:",  # 💀
    "\u2620": ":skull:",  # ☠
    "\U0001f4cd": ":pin:",  # 📍
    "\u23f0": ":clock:",  # ⏰
    "\u23f3": ":clock:",  # ⏳
    "\U0001f449": ":point:",  # 👉
    "\U0001f602": ":laugh:",  # 😂
    "\U0001f923": ":laugh:",  # 🤣
    "\U0001f606": ":laugh:",  # 😆
    "\U0001f62d": ":laugh:",  # 😭 (usually laughing, in context)
}

# Latin look-alikes from other scripts that survive NFKC (Cyrillic, Greek).
CONFUSABLES: dict[str, str] = {
    "а": "a", "в": "b", "с": "c", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i", "ј": "j",
    "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "ԛ": "q", "ѕ": "s", "т": "t", "у": "y",
    "х": "x", "ԝ": "w", "ь": "b", "ɡ": "g",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w", "μ": "u", "σ": "o", "ς": "s", "γ": "y",
}  # fmt: skip

QUOTES = {"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u0060": "'", "\u00b4": "'", "\u2032": "'",
          "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"'}  # fmt: skip

# Zero-width characters and variation selectors hide nothing we want to see.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\ufe0e\ufe0f")

LEET: dict[str, str] = {
    "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
    "@": "a", "$": "s", "!": "i", "|": "l",
}  # fmt: skip

# A word with letters and leet characters in it. "@name" at the start is a mention, "!" at the
# end is punctuation, and a token must hold a real letter so "1990" stays a number.
LEET_TOKEN = regex.compile(r"[a-z0-9@$!|]*[a-z][a-z0-9@$!|]*")
LEET_CHARS = regex.compile(r"[013457@$!|]")

# Three or more single characters, each separated by the same one separator: k.i.l.l, k i l l.
# With a separator other than a space, pairs count too (st.a.b); with spaces they are words.
SPELT_OUT = regex.compile(
    r"(?<![\p{L}\p{N}])[\p{L}\p{N}](?P<sep>[ .\-_*·])[\p{L}\p{N}](?:(?P=sep)[\p{L}\p{N}])+(?![\p{L}\p{N}])"
    r"|(?<![\p{L}\p{N}.\-_*·])[\p{L}\p{N}]{1,2}(?P<sep2>[.\-_*·])[\p{L}\p{N}](?:(?P=sep2)[\p{L}\p{N}]{1,2})+"
    r"(?![\p{L}\p{N}.\-_*·])"
)

# Any character repeated; digits are left alone because 100 is not 10.
REPEATS = regex.compile(r"([^\d])\1+")

# The same patterns in the stdlib engine, which is faster on them. For LEET_* (ASCII classes only)
# they are the same everywhere; for the others, on ASCII text, where \p{L}\p{N} is [^\W_].
LEET_CHARS_FAST = re.compile(r"[013457@$!|]")
# A maximal run of token characters with a leet character in it (found in linear time: only from
# the start of a run, and never giving back): LEET_TOKENs are such runs with a letter in them.
LEET_CANDIDATE = re.compile(r"(?<![a-z0-9@$!|])[a-z0-9@$!|]*?[013457@$!|][a-z0-9@$!|]*+")
HAS_LETTER = re.compile(r"[a-z]")
LEET_TABLE = str.maketrans(LEET)
REPEATS_ASCII = re.compile(r"([^\d])\1+")
# What every SPELT_OUT match holds, on ASCII text (no ·, and \p{L}\p{N} is [^\W_]): with a
# separator other than a space, a character between two of them (st.a.b); with spaces, three
# single characters in a row (k i l). Both start at a separator, so the engine skips to those.
SPELT_OUT_ASCII_CHECKS = (
    re.compile(r"([.\-_*])(?<=[^\W_].)[^\W_]\1[^\W_]"),
    re.compile(r" (?<=[^\W_] )(?<![^\W_][^\W_] )[^\W_] [^\W_](?![^\W_])"),
)


@dataclass(frozen=True)
class Normalised:
    """Folded text plus, for each of its characters, where it came from in `original`."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of `text` back to a [start, end) span of `original`."""
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else len(self.original)
            return at, at
        return self.starts[start], self.ends[end - 1]


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    if ch in INVISIBLE:
        return ""
    if ch in EMOJI_TOKENS:
        return f" {EMOJI_TOKENS[ch]} "
    if ch in QUOTES:
        return QUOTES[ch]
    if ch.isspace():
        return " "
    out = []
    for c in unicodedata.normalize("NFKC", ch).lower():
        c = CONFUSABLES.get(c, c)
        # Strip accents: kíll -> kill; keep the base letter only.
        base = unicodedata.normalize("NFD", c)
        out.append("".join(b for b in base if not unicodedata.combining(b)) or c)
    return "".join(out)


class _FoldTable(dict):
    """`_fold_char` for `str.translate`: code point -> folded text, filled in as characters are met."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        if len(self) < 100_000:
            self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()
ASCII_FOLD = str.maketrans("`\t\n\r", "'   ")


def _fold(text: str) -> tuple[str, list[int] | None, list[int] | None]:
    """The folded text and its offsets, or None for both when every character folded to one
    (the offsets are then 0, 1, 2...)."""
    if text.isascii():
        # Fast path: lowering ASCII keeps every offset.
        folded = text.lower()
        if "`" in folded or "\t" in folded or "\n" in folded or "\r" in folded:
            folded = folded.translate(ASCII_FOLD)
        return folded, None, None
    folded = text.translate(_FOLD_TABLE)  # every character through _fold_char, in C
    table = _FOLD_TABLE
    if len(folded) == len(text) and all(len(table[ord(c)]) == 1 for c in set(text)):
        return folded, None, None
    lengths = [len(table[ord(c)]) for c in text]
    starts = list(chain.from_iterable(map(repeat, range(len(text)), lengths)))
    ends = list(chain.from_iterable(map(repeat, range(1, len(text) + 1), lengths)))
    return folded, starts, ends


def _unleet(text: str) -> str:
    if not LEET_CHARS_FAST.search(text):
        return text
    pieces: list[str] = []
    pos = 0
    for m in LEET_CANDIDATE.finditer(text):
        token = m.group()
        core = token.rstrip("!")  # trailing "!" is punctuation
        first = 1 if core.startswith("@") else 0  # a leading "@" is a mention
        if not LEET_CHARS_FAST.search(core, first) or not HAS_LETTER.search(token):
            continue
        start = m.start()
        pieces.append(text[pos : start + first])
        pieces.append(core[first:].translate(LEET_TABLE))
        pos = start + len(core)
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


def _has_spelt_out(text: str) -> bool:
    if text.isascii():
        if not any(check.search(text) for check in SPELT_OUT_ASCII_CHECKS):
            return False
    return SPELT_OUT.search(text) is not None


def _join_spelt_out(text: str, starts: list[int], ends: list[int]) -> tuple[str, list[int], list[int]]:
    if not _has_spelt_out(text):
        return text, starts, ends
    keep = [True] * len(text)
    for m in SPELT_OUT.finditer(text):
        separator = m.group("sep") or m.group("sep2")
        for j in range(m.start(), m.end()):
            if text[j] == separator:
                keep[j] = False
    text = "".join(c for c, k in zip(text, keep, strict=True) if k)
    starts = [s for s, k in zip(starts, keep, strict=True) if k]
    ends = [e for e, k in zip(ends, keep, strict=True) if k]
    return text, starts, ends


def _squeeze(text: str, starts: list[int], ends: list[int]) -> tuple[str, list[int], list[int]]:
    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    pos = 0
    for m in (REPEATS_ASCII if text.isascii() else REPEATS).finditer(text):
        s, e = m.span()
        pieces.append(text[pos : s + 1])
        new_starts.extend(starts[pos : s + 1])
        new_ends.extend(ends[pos:s])
        new_ends.append(ends[e - 1])  # the kept character stands for the whole run
        pos = e
    if not pieces:
        return text, starts, ends
    pieces.append(text[pos:])
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    return "".join(pieces), new_starts, new_ends


def _squeeze_plain(text: str, size: int) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """`_squeeze` for offsets 0, 1, 2... of an original of `size` characters (`text` has as many)."""
    repeats = REPEATS_ASCII if text.isascii() else REPEATS
    runs = [m.span() for m in repeats.finditer(text)]
    if not runs:
        return text, tuple(range(size)), tuple(range(1, size + 1))
    kept = list(range(size))
    pieces = []
    pos = size
    for s, e in reversed(runs):
        del kept[s + 1 : e]
        pieces.append(text[e:pos])
        pos = s + 1
    pieces.append(text[:pos])
    # A kept character stands for its whole run: it ends where the next kept one starts.
    return "".join(reversed(pieces)), tuple(kept), (*kept[1:], size)


def normalise(text: str) -> Normalised:
    """Fold `text` for matching; see the module docstring for the steps."""
    folded, starts, ends = _fold(text)
    if starts is None and not _has_spelt_out(folded):
        # Offsets still 0, 1, 2...: the common case, squeezed without building the map first.
        folded = _unleet(folded)  # one character for one: offsets unchanged
        folded, plain_starts, plain_ends = _squeeze_plain(folded, len(text))
        return Normalised(original=text, text=folded, starts=plain_starts, ends=plain_ends)
    if starts is None or ends is None:
        starts, ends = list(range(len(text))), list(range(1, len(text) + 1))
    folded, starts, ends = _join_spelt_out(folded, starts, ends)
    folded = _unleet(folded)  # one character for one: offsets unchanged
    folded, starts, ends = _squeeze(folded, starts, ends)
    return Normalised(original=text, text=folded, starts=tuple(starts), ends=tuple(ends))
