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

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

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


def _fold(text: str) -> tuple[str, list[int], list[int]]:
    if text.isascii():
        # Fast path: lowering ASCII keeps every offset.
        folded = text.lower()
        if "`" in folded or "\t" in folded or "\n" in folded or "\r" in folded:
            folded = folded.translate(str.maketrans("`\t\n\r", "'   "))
        return folded, list(range(len(text))), list(range(1, len(text) + 1))
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        mapped = _fold_char(ch)
        chars.append(mapped)
        starts.extend([i] * len(mapped))
        ends.extend([i + 1] * len(mapped))
    return "".join(chars), starts, ends


def _unleet(text: str) -> str:
    if not LEET_CHARS.search(text):
        return text
    out = list(text)
    for m in LEET_TOKEN.finditer(text):
        token = m.group()
        if token.isalpha():
            continue
        last = len(token) - 1
        while last >= 0 and token[last] == "!":
            last -= 1  # trailing "!" is punctuation
        for j, ch in enumerate(token):
            if ch in LEET and j <= last and not (j == 0 and ch == "@"):
                out[m.start() + j] = LEET[ch]
    return "".join(out)


def _join_spelt_out(text: str, starts: list[int], ends: list[int]) -> tuple[str, list[int], list[int]]:
    if not SPELT_OUT.search(text):
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
    for m in REPEATS.finditer(text):
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


def normalise(text: str) -> Normalised:
    """Fold `text` for matching; see the module docstring for the steps."""
    folded, starts, ends = _fold(text)
    folded, starts, ends = _join_spelt_out(folded, starts, ends)
    folded = _unleet(folded)  # one character for one: offsets unchanged
    folded, starts, ends = _squeeze(folded, starts, ends)
    return Normalised(original=text, text=folded, starts=tuple(starts), ends=tuple(ends))
