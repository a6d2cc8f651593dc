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
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
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

# Letters NFKC keeps whole that are spelt with two elsewhere: "weiß" is also written "weiss".
LIGATURES = {"ß": "ss", "œ": "oe", "æ": "ae"}

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

# Three or more single characters, each separated by the same one separator: k.i.l.l, k i l l.
# With a separator other than a space, pairs count too (st.a.b); with spaces they are words.
SPELT_OUT = regex.compile(
    r"(?<![\p{L}\p{N}])[\p{L}\p{N}](?P<sep>[ .\-_*·])[\p{L}\p{N}](?:(?P=sep)[\p{L}\p{N}])+(?![\p{L}\p{N}])"
    r"|(?<![\p{L}\p{N}.\-_*·])[\p{L}\p{N}]{1,2}(?P<sep2>[.\-_*·])[\p{L}\p{N}](?:(?P=sep2)[\p{L}\p{N}]{1,2})+"
    r"(?![\p{L}\p{N}.\-_*·])"
)

# Any character repeated; digits are left alone because 100 is not 10.
# Words censored with asterisks (k*ll, r*pe, f**k): each inner run of letters masked, back to the word.
CENSORED_WORDS = [
    "kill", "kills", "killed", "killing", "rape", "raped", "raping", "rapist", "fuck", "fucking", "fucked", "murder",
    "murdered", "stab", "stabbed", "shoot", "shot", "shit", "die", "dead", "cunt", "bitch", "slut", "whore", "bomb",
    "hang", "hanged", "burn", "beat", "choke", "strangle", "slit", "knife", "gun",
]  # fmt: skip


def _masks(words: list[str]) -> dict[str, str]:
    found: dict[str, set[str]] = {}
    for word in words:
        for i in range(1, len(word) - 1):
            for j in range(i + 1, len(word)):
                found.setdefault(word[:i] + "*" * (j - i) + word[j:], set()).add(word)
    return {mask: next(iter(ws)) for mask, ws in found.items() if len(ws) == 1}


UNCENSOR = _masks(CENSORED_WORDS)
CENSORED_TOKEN = re.compile(r"(?<![a-z*])[a-z]+\*+[a-z]+(?![a-z*])")


def _uncensor(text: str) -> str:
    """k*ll -> kill: one character for one, so offsets are unchanged."""
    return CENSORED_TOKEN.sub(lambda m: UNCENSOR.get(m.group(), m.group()), text)


REPEATS = regex.compile(r"([^\d])\1+")

# The same patterns in the stdlib engine, which is faster on them. For LEET_* (ASCII classes only)
# they are the same everywhere; for the others, on ASCII text, where \p{L}\p{N} is [^\W_].
LEET_CHARS_FAST = re.compile(r"[013457@$!|]")
# A maximal run of token characters with a leet character in it (found in linear time: only from
# the start of a run, and never giving back): LEET_TOKENs are such runs with a letter in them.
LEET_CANDIDATE = re.compile(r"(?<![a-z0-9@$!|])[a-z0-9@$!|]*?[013457@$!|][a-z0-9@$!|]*+")
HAS_LETTER = re.compile(r"[a-z]")
LEET_TABLE = str.maketrans(LEET)
# "1" is an "l" after an "i" or another "1": "ki11", "ki1l" are "kill", where "k1ll" is too.
ONE_AS_L = re.compile(r"(?<=[i1])1")
# A house number or an ordinal ("3b", "12a", "4th", "1st") is not leetspeak.
NUMBERED = re.compile(r"\d+(?:st|nd|rd|th|[a-z])")
REPEATS_ASCII = re.compile(r"([^\d])\1+")
# What every SPELT_OUT match holds, on ASCII text (no ·, and \p{L}\p{N} is [^\W_]): with a
# separator other than a space, a character between two of them (st.a.b); with spaces, three
# single characters in a row (k i l). Both start at a separator, so the engine skips to those.
SPELT_OUT_ASCII_CHECKS = (
    re.compile(r"([.\-_*])(?<=[^\W_].)[^\W_]\1[^\W_]"),
    re.compile(r" (?<=[^\W_] )(?<![^\W_][^\W_] )[^\W_] [^\W_](?![^\W_])"),
)


class Normalised:
    """Folded text plus, for each of its characters, where it came from in `original`.

    `starts[i]`, `ends[i]`: the [start, end) span of `original` that `text[i]` came from. Most
    texts keep one original character for each folded one, less the repeats squeezed out; for
    those only the kept positions are stored and the two tuples are built if they are asked for
    (scoring only maps the few spans its evidence needs, through `span`).
    """

    __slots__ = ("original", "text", "_starts", "_ends", "_kept", "_first")

    def __init__(self, original: str, text: str, starts: Sequence[int], ends: Sequence[int]) -> None:
        self.original = original
        self.text = text
        self._starts: tuple[int, ...] | None = tuple(starts)
        self._ends: tuple[int, ...] | None = tuple(ends)
        self._kept: Sequence[int] | np.ndarray = ()
        self._first = 0

    @classmethod
    def kept(cls, original: str, text: str, kept: Sequence[int] | np.ndarray, first: int = 0) -> Normalised:
        """`text[i]` is `original[kept[i] - first]`, and stands for every character up to the next
        kept one (a squeezed run): ends are the next start, and len(original) for the last."""
        n = cls.__new__(cls)
        n.original, n.text = original, text
        n._starts = n._ends = None
        n._kept, n._first = kept, first
        return n

    @property
    def starts(self) -> tuple[int, ...]:
        if self._starts is None:
            self._starts = tuple(int(k) - self._first for k in self._kept)
        return self._starts

    @property
    def ends(self) -> tuple[int, ...]:
        if self._ends is None:
            self._ends = (*self.starts[1:], len(self.original)) if len(self._kept) else ()
        return self._ends

    def _start(self, i: int) -> int:
        if self._starts is not None:
            return self._starts[i]
        return int(self._kept[i]) - self._first

    def _end(self, i: int) -> int:
        if self._ends is not None:
            return self._ends[i]
        return int(self._kept[i + 1]) - self._first if i + 1 < len(self._kept) else len(self.original)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of `text` back to a [start, end) span of `original`."""
        if end <= start:
            at = self._start(start) if start < len(self.text) else len(self.original)
            return at, at
        return self._start(start), self._end(end - 1)

    def _key(self) -> tuple[str, str, tuple[int, ...], tuple[int, ...]]:
        return self.original, self.text, self.starts, self.ends

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Normalised) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Normalised(original={self.original!r}, text={self.text!r}, starts={self.starts!r}, ends={self.ends!r})"

    def __reduce__(self) -> tuple[type[Normalised], tuple[str, str, tuple[int, ...], tuple[int, ...]]]:
        return Normalised, self._key()


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
        if c in LIGATURES:
            out.append(LIGATURES[c])
            continue
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


class _LengthTable(dict):
    """code point -> chr(len(_fold_char(it))), for `str.translate`: every length at once, in C."""

    def __missing__(self, code: int) -> str:
        length = chr(len(_FOLD_TABLE[code]))
        if len(self) < 100_000:
            self[code] = length
        return length


_LENGTH_TABLE = _LengthTable()
ASCII_FOLD = str.maketrans("`\t\n\r", "'   ")


def _fold(text: str) -> tuple[str, np.ndarray | None, np.ndarray | None]:
    """The folded text and its offsets, or None for both when every character folded to one
    (the offsets are then 0, 1, 2...)."""
    if text.isascii():
        # Fast path: lowering ASCII keeps every offset.
        folded = text.lower()
        if "`" in folded or "\t" in folded or "\n" in folded or "\r" in folded:
            folded = folded.translate(ASCII_FOLD)
        return folded, None, None
    folded = text.translate(_FOLD_TABLE)  # every character through _fold_char, in C
    lengths = text.translate(_LENGTH_TABLE).encode("latin-1")  # each character's folded length
    if lengths.count(1) == len(text):
        return folded, None, None
    # Each folded character comes from the original character whose fold holds it.
    origin = np.repeat(np.arange(len(text)), np.frombuffer(lengths, dtype=np.uint8))
    return folded, origin, origin + 1


def _unleet(text: str) -> str:
    if not LEET_CHARS_FAST.search(text):
        return text
    pieces: list[str] = []
    pos = 0
    for m in LEET_CANDIDATE.finditer(text):
        token = m.group()
        core = token.rstrip("!")  # trailing "!" is punctuation
        first = 1 if core.startswith("@") else 0  # a leading "@" is a mention
        if not LEET_CHARS_FAST.search(core, first) or not HAS_LETTER.search(token) or NUMBERED.fullmatch(core, first):
            continue
        start = m.start()
        pieces.append(text[pos : start + first])
        pieces.append(ONE_AS_L.sub("l", core[first:]).translate(LEET_TABLE))
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


def _join_spelt_out(text: str, starts: np.ndarray, ends: np.ndarray) -> tuple[str, np.ndarray, np.ndarray]:
    if not _has_spelt_out(text):
        return text, starts, ends
    keep = [True] * len(text)
    for m in SPELT_OUT.finditer(text):
        separator = m.group("sep") or m.group("sep2")
        for j in range(m.start(), m.end()):
            if text[j] == separator:
                keep[j] = False
    text = "".join(c for c, k in zip(text, keep, strict=True) if k)
    kept = np.asarray(keep, dtype=bool)
    return text, starts[kept], ends[kept]


def _squeeze(text: str, starts: np.ndarray, ends: np.ndarray) -> tuple[str, np.ndarray, np.ndarray]:
    """Runs of one character (not a digit) squeezed to their first, which then ends where the
    run does. (REPEATS, with numpy: `regex`'s \\d is what str.isdecimal says.)"""
    if len(text) < 2:
        return text, np.asarray(starts, dtype=np.int64), np.asarray(ends, dtype=np.int64)
    points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    repeated = points[1:] == points[:-1]
    if not repeated.any():
        return text, np.asarray(starts, dtype=np.int64), np.asarray(ends, dtype=np.int64)
    for digit in {ord(c) for c in text if c.isdecimal()}:
        repeated &= points[1:] != digit
    keep = np.ones(len(points), dtype=bool)
    keep[1:] = ~repeated
    kept = np.flatnonzero(keep)
    last = np.append(kept[1:], len(points)) - 1  # the last character of each kept one's run
    return points[kept].tobytes().decode("utf-32-le"), np.asarray(starts)[kept], np.asarray(ends)[last]


def _squeeze_plain(text: str, original: str) -> Normalised:
    """`_squeeze` for offsets 0, 1, 2... (`text` is as long as `original`)."""
    repeats = REPEATS_ASCII if text.isascii() else REPEATS
    runs = [m.span() for m in repeats.finditer(text)]
    if not runs:
        return Normalised.kept(original, text, range(len(text)))
    kept = list(range(len(text)))
    pieces = []
    pos = len(text)
    for s, e in reversed(runs):
        del kept[s + 1 : e]
        pieces.append(text[e:pos])
        pos = s + 1
    pieces.append(text[:pos])
    # A kept character stands for its whole run: it ends where the next kept one starts.
    return Normalised.kept(original, "".join(reversed(pieces)), kept)


def normalise(text: str) -> Normalised:
    """Fold `text` for matching; see the module docstring for the steps."""
    folded, starts, ends = _fold(text)
    if "*" in folded:
        folded = _uncensor(folded)
    if starts is None and not _has_spelt_out(folded):
        # Offsets still 0, 1, 2...: the common case, squeezed without building the map first.
        return _squeeze_plain(_unleet(folded), text)  # unleet: one character for one
    if starts is None or ends is None:
        starts, ends = np.arange(len(text)), np.arange(1, len(text) + 1)
    folded, starts, ends = _join_spelt_out(folded, starts, ends)
    folded = _unleet(folded)  # one character for one: offsets unchanged
    folded, starts, ends = _squeeze(folded, starts, ends)
    return Normalised(original=text, text=folded, starts=starts.tolist(), ends=ends.tolist())


# -- many texts at once -------------------------------------------------------------------------------

# Byte tables for the ASCII texts `normalise_many` does in bulk.
_TOKEN_CHAR = np.zeros(256, dtype=bool)  # LEET_TOKEN's characters: [a-z0-9@$!|]
_TOKEN_CHAR[[ord(c) for c in "abcdefghijklmnopqrstuvwxyz0123456789@$!|"]] = True
_LETTER = np.zeros(256, dtype=bool)
_LETTER[ord("a") : ord("z") + 1] = True
_LEET_BYTE = np.zeros(256, dtype=bool)
_LEET_BYTE[[ord(c) for c in LEET]] = True
_UNLEET_BYTE = np.arange(256, dtype=np.uint8)
for _leet, _letter in LEET.items():
    _UNLEET_BYTE[ord(_leet)] = ord(_letter)
_DIGIT = np.zeros(256, dtype=bool)
_DIGIT[ord("0") : ord("9") + 1] = True


def normalise_many(texts: list[str]) -> list[Normalised]:
    """`normalise` of each text, the same results; the common case (ASCII, nothing spelt out) has
    its leetspeak and its repeats undone for all the texts at once, with numpy."""
    out: list[Normalised | None] = [None] * len(texts)
    ascii_: list[int] = []
    folded: list[str] = []
    for i, text in enumerate(texts):
        if text.isascii():
            f = text.lower()
            if "`" in f or "\t" in f or "\n" in f or "\r" in f:
                f = f.translate(ASCII_FOLD)
            if "*" in f:
                out[i] = normalise(text)
                continue
            ascii_.append(i)
            folded.append(f)
        else:
            out[i] = normalise(text)
    plain: list[int] = []
    plain_folded: list[str] = []
    maybe = _maybe_spelt_out(folded)
    for k, (i, f) in enumerate(zip(ascii_, folded, strict=True)):
        if k in maybe and SPELT_OUT.search(f) is not None:
            out[i] = normalise(texts[i])
        else:
            plain.append(i)
            plain_folded.append(f)
    if plain:
        for i, n in zip(plain, _plain_many(texts, plain, plain_folded), strict=True):
            out[i] = n
    return out  # type: ignore[return-value]


_ALNUM = np.zeros(256, dtype=bool)  # [^\W_] on lower-case ASCII
_ALNUM[ord("a") : ord("z") + 1] = True
_ALNUM[ord("0") : ord("9") + 1] = True
_SEPARATOR = np.zeros(256, dtype=bool)  # SPELT_OUT's separators but the space (and ·, not ASCII)
_SEPARATOR[[ord(c) for c in ".-_*"]] = True


def _maybe_spelt_out(folded: list[str]) -> set[int]:
    """The indexes of the folded ASCII texts that SPELT_OUT_ASCII_CHECKS finds something in, worked
    out for all the texts at once (a newline, which no folded text has, keeps them apart)."""
    if not folded:
        return set()
    b = np.frombuffer("\n".join(folded).encode("ascii"), dtype=np.uint8)
    n = len(b)
    alnum = np.zeros(n + 4, dtype=bool)  # padded: past the end is no letter
    alnum[:n] = _ALNUM[b]
    sep = np.zeros(n + 4, dtype=np.uint8)
    sep[:n] = b
    i = np.arange(1, max(n - 3, 1))  # a separator at i, with a letter on each side
    # st.a.b: letter, separator (not a space), letter, the same separator, letter.
    a = _SEPARATOR[sep[i]] & alnum[i - 1] & alnum[i + 1] & (sep[i + 2] == sep[i]) & alnum[i + 3]
    # k i l: three single letters with a space between each.
    before = np.concatenate(([False], alnum[: max(len(i) - 1, 0)]))  # alnum[i - 2]; nothing before the text
    c = (sep[i] == 32) & alnum[i - 1] & ~before & alnum[i + 1] & (sep[i + 2] == 32) & alnum[i + 3] & ~alnum[i + 4]
    hits = i[a | c]
    if not len(hits):
        return set()
    starts = np.concatenate(([0], np.cumsum([len(f) + 1 for f in folded])[:-1]))
    return set((np.searchsorted(starts, hits, side="right") - 1).tolist())


def _numbered(
    b: np.ndarray, begin: np.ndarray, end: np.ndarray, not_bang: np.ndarray, letters: np.ndarray
) -> np.ndarray:
    """NUMBERED.fullmatch of each run between its leading "@" and its trailing "!"s, in bulk.
    `letters`: the running count of letters in `b`."""
    begin = begin + (b[begin] == ord("@"))
    # Past the last non-"!" before `end`; a run of "!"s alone has none in it (and at the very start of the
    # batch none before it at all: index -1 would wrap to the last element): nothing between, end = begin.
    last = np.searchsorted(not_bang, end, side="left") - 1
    end = np.where(last >= 0, not_bang[np.maximum(last, 0)] + 1, begin)
    end = np.maximum(end, begin)
    size = end - begin
    digits = np.zeros(len(b) + 1, dtype=np.int32)
    np.cumsum(_DIGIT[b], out=digits[1:])
    nl = letters[end] - letters[begin]
    lead = np.maximum(end - nl, begin)  # where the letters would start
    numbered = (nl >= 1) & (nl <= 2) & (size > nl) & (digits[lead] - digits[begin] == size - nl)
    numbered &= letters[end] - letters[lead] == nl  # the letters all come last
    two = numbered & (nl == 2)
    if two.any():
        suffix = b[lead[two]].astype(np.int32) * 256 + b[lead[two] + 1]
        ok = np.isin(suffix, [ord(a) * 256 + ord(c) for a, c in ("st", "nd", "rd", "th")])
        numbered[np.flatnonzero(two)[~ok]] = False
    return numbered


def _plain_many(texts: list[str], indexes: list[int], folded: list[str]) -> list[Normalised]:
    """`_unleet` then `_squeeze_plain` of folded ASCII texts, as one array of bytes."""
    offsets = np.zeros(len(folded) + 1, dtype=np.int64)
    np.cumsum([len(f) for f in folded], out=offsets[1:])
    size = int(offsets[-1])
    b = np.frombuffer("".join(folded).encode("ascii"), dtype=np.uint8).copy()
    first = np.zeros(size + 1, dtype=bool)  # the first character of a text (a run never crosses one)
    first[offsets[:-1]] = True
    first = first[:size]
    # Leetspeak: in a maximal run of token characters with a letter in it, the leet characters
    # change, but for the "!"s it ends with and an "@" it starts with.
    token = _TOKEN_CHAR[b]
    leet = np.flatnonzero(token & _LEET_BYTE[b])  # few: worked out one by one, in bulk
    if len(leet):
        run_start = token.copy()
        run_start[1:] &= ~token[:-1] | first[1:]
        starts = np.flatnonzero(run_start)
        stops = np.append(np.flatnonzero(~token | first), size)  # where runs end (exclusive)
        run = np.searchsorted(starts, leet, side="right") - 1
        begin = starts[run]
        end = stops[np.searchsorted(stops, begin, side="right")]
        letters = np.zeros(size + 1, dtype=np.int32)
        np.cumsum(_LETTER[b], out=letters[1:])
        has_letter = letters[end] > letters[begin]
        # A "!" with nothing but "!"s after it in its run is punctuation.
        not_bang = np.append(np.flatnonzero(b != ord("!")), size)
        trailing_bang = (b[leet] == ord("!")) & (not_bang[np.searchsorted(not_bang, leet, side="right")] >= end)
        leading_at = (leet == begin) & (b[leet] == ord("@"))
        changes = has_letter & ~trailing_bang & ~leading_at & ~_numbered(b, begin, end, not_bang, letters)
        change = leet[changes]
        before = b[np.maximum(change - 1, 0)]  # ONE_AS_L, read before anything changes
        one_as_l = (b[change] == ord("1")) & (change > begin[changes])
        one_as_l &= (before == ord("1")) | (before == ord("i"))
        b[change] = _UNLEET_BYTE[b[change]]
        b[change[one_as_l]] = ord("l")
    # Repeats: a character equal to the one before it in the same text, and not a digit, goes.
    keep = np.ones(size, dtype=bool)
    keep[1:] = (b[1:] != b[:-1]) | first[1:] | _DIGIT[b[1:]]
    kept = np.flatnonzero(keep)
    squeezed = b[keep].tobytes().decode("ascii")
    bounds = np.searchsorted(kept, offsets).tolist()
    offsets_list = offsets.tolist()
    return [
        Normalised.kept(texts[i], squeezed[bounds[k] : bounds[k + 1]], kept[bounds[k] : bounds[k + 1]], offsets_list[k])
        for k, i in enumerate(indexes)
    ]
