"""Threat forms and false friends in the languages besides English that the scorer reads
(`moderation/scoring/languages.py`): one module of plain tables per language (`es`, `pt`, `fr`,
`de`), compiled here.

Each language module holds:
- `WORDS`: word lists, filled into the templates as `{NAME}` (a trie each, as `wordlists.py` is);
- `FORMS`: (family, weight, label, template) rows; a match is a hit of the family's signal
  (`threat.direct`, ...) whose detail names the language and the form: "es: direct — te voy a matar";
- `FALSE_FRIENDS`: (kind, label, template) rows, the frames that mitigate (see `KINDS`): the
  language's idioms with violent words, game talk, reported speech, news, counter-speech, fiction,
  laughter and jokes;
- `CONDITION`: what makes a direct threat conditional; `NEGATED`: what, just before a form,
  undoes it ("no te voy a hacer daño"); `AGGRAVATING`: a time, a weapon, "I swear".

Every template is matched against normalised text (accents stripped, runs squeezed: "llamar" is
"lamar" on both sides), so write words as people type them, accents or not.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import ModuleType

from moderation.scoring import lexicon as lx
from moderation.scoring.prefilter import Group, Words
from moderation.scoring.threat.base import Hit
from moderation.scoring.threat.languages import de, es, fr, pt

SIGNAL_OF_FAMILY = {
    "direct": "threat.direct",
    "conditional": "threat.conditional",
    "veiled": "threat.veiled",
    "sexual": "threat.sexual_violence",
    "doxxing": "threat.doxxing",
    "incitement": "threat.incitement",
    "death_wish": "threat.death_wish",
}

# Families a game frames: trash talk shares them ("te voy a destrozar en el FIFA").
PLAYABLE = frozenset({"threat.direct", "threat.conditional", "threat.veiled", "threat.cooccurrence"})

# kind -> (mitigation signal, share of what it covers it cancels). Coverage: see `frames`.
KINDS = {
    "idiom": ("mitigation.idiom", 1.0),  # the hits it overlaps
    "negation": ("mitigation.negation", 1.0),  # the hits it overlaps
    "game": ("mitigation.game", 0.9),  # the playable hits, unless an "irl" row matches
    "irl": ("", 0.0),  # "en la vida real": no game frame
    "reporting": ("mitigation.reported_speech", 1.0),  # with quotes: the quoted hits
    "reported_clause": ("mitigation.reported_speech", 1.0),  # (?P<said>...) is read as quoted
    "news": ("mitigation.reported_speech", 0.9),  # two distinct cues: every hit
    "counter": ("mitigation.counter_speech", 1.0),  # every hit
    "fiction": ("mitigation.fiction", 0.9),  # every hit
    "laugh": ("mitigation.joke", 0.3),  # every hit
    "joke": ("mitigation.joke", 0.7),  # with laughter: every hit
}


# Games and gamer words every language writes as English does ("ranked", "spawn", "Scrabble"), added to
# each language's own GAME list. None may squeeze to a word of these languages: "mma" reads "ma" (French
# "my") and "gg" reads "g" (French texting "j'ai"), so "gg" is in the lists of the other three only.
SHARED_GAMES = [
    "tekken", "mortal kombat", "street fighter", "fall guys", "rocket league", "league of legends", "lol", "ranked",
    "spawn", "respawn", "spawnkill", "discord", "lobby", "squad", "scrim", "noob", "headshot", "among us",
    "pubg", "tarkov", "call of duty", "battle royale", "elden ring", "dark souls", "zelda", "mario", "scrabble",
    "minigolf", "paintball", "laser tag", "lasertag", "airsoft", "nerf", "darts", "ufc", "sparring",
]  # fmt: skip


@dataclass(frozen=True)
class Row:
    language: str
    kind: str  # a family (forms) or a kind of frame (false friends)
    weight: float
    label: str
    pattern: re.Pattern[str]

    @property
    def detail(self) -> str:
        return f"{self.language}: {self.kind.replace('_', ' ')} — {self.label}"


@dataclass(frozen=True)
class Language:
    code: str
    forms: list[Row]
    friends: list[Row]
    form_group: Group
    friend_group: Group
    condition: re.Pattern[str]
    second_person: re.Pattern[str]
    negated: re.Pattern[str]
    aggravating: re.Pattern[str]


LIGATURES = str.maketrans({"ß": "ss", "œ": "oe", "æ": "ae"})


def fold(source: str) -> str:
    """Accents off, as the normaliser takes them off the text: the tables may keep them ("sé")."""
    decomposed = unicodedata.normalize("NFD", source.translate(LIGATURES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _compile(module: ModuleType) -> Language:
    code = module.__name__.rsplit(".", 1)[-1]
    # Keyed as `expand` will look them up: templates are squeezed, placeholders too ({KILL} is {KIL}).
    tables = {**module.WORDS, "GAME": [*SHARED_GAMES, *module.WORDS["GAME"]]}
    lists = {lx.squeeze(name): lx.trie(fold(w) for w in words) for name, words in tables.items()}
    for row in (*module.FORMS, *module.FALSE_FRIENDS):
        if "{_" in row[-1] or "{{" in row[-1]:
            raise ValueError(f"{code}: a piece of a template was not filled in: {row[-2]!r}")
    forms = []
    for family, weight, label, template in module.FORMS:
        if family not in SIGNAL_OF_FAMILY:
            raise ValueError(f"{code}: unknown family {family!r}")
        forms.append(Row(code, family, weight, label, lx.compile_pattern(fold(template), lists, lead=True)))
    friends = []
    for kind, label, template in module.FALSE_FRIENDS:
        if kind not in KINDS:
            raise ValueError(f"{code}: unknown kind of false friend {kind!r}")
        friends.append(Row(code, kind, 0.0, label, lx.compile_pattern(fold(template), lists, lead=True)))
    return Language(
        code,
        forms,
        friends,
        Group(r.pattern for r in forms),
        Group(r.pattern for r in friends),
        lx.compile_pattern(fold(module.CONDITION), lists),
        lx.compile_pattern(fold(module.SECOND_PERSON), lists),
        re.compile(lx.squeeze_pattern(fold(module.NEGATED))),  # read just before a match: no prefilter
        lx.compile_pattern(fold(module.AGGRAVATING), lists),
    )


LANGUAGES: dict[str, Language] = {module.__name__.rsplit(".", 1)[-1]: _compile(module) for module in (es, pt, fr, de)}

# Every pattern, for the prefilter to derive its requirements up front (scorer.prepare).
PATTERNS: list[re.Pattern[str]] = [
    p
    for lang in LANGUAGES.values()
    for p in (
        *(r.pattern for r in lang.forms),
        *(r.pattern for r in lang.friends),
        lang.condition,
        lang.second_person,
        lang.aggravating,
    )
]


def language_hits(text: str, words: Words, codes: Sequence[str]) -> list[Hit]:
    """The forms of the languages `codes` found in `text` (normalised), before mitigation."""
    hits: list[Hit] = []
    for code in codes:
        lang = LANGUAGES[code]
        found = []
        for i in words.which(lang.form_group):
            row = lang.forms[i]
            for m in row.pattern.finditer(text):
                if lang.negated.search(text, max(0, m.start() - 16), m.start()):
                    continue  # "no te voy a hacer daño", "nadie te va a matar"
                found.append(Hit(SIGNAL_OF_FAMILY[row.kind], row.weight, (m.span(),), tier=row.kind,
                                 detail=row.detail))  # fmt: skip
        if found and words.search(lang.condition):
            found = [_conditional(h) if h.name == "threat.direct" else h for h in found]
        hits += found
    return hits


def _conditional(hit: Hit) -> Hit:
    detail = hit.detail.replace(": direct — ", ": conditional — ", 1)
    return Hit("threat.conditional", hit.weight + 0.5, hit.spans, hit.verb, hit.tier, hit.group, detail)


def aggravating_spans(words: Words, codes: Sequence[str]) -> list[tuple[int, int]]:
    return [span for code in codes for span in words.spans(LANGUAGES[code].aggravating)]


@dataclass(frozen=True)
class Frame:
    """A mitigation proposed by a language's false friends, in the terms of `frames.mitigations`."""

    name: str
    factor: float
    covers: frozenset[str]
    spans: list[tuple[int, int]]
    detail: str


def _overlaps(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    for s, e in spans:
        text = text[:s] + " " * (e - s) + text[e:]
    return text


def _inside(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


# Frames found by phrases of their own language ("me muero de risa"), not by single words that
# other languages share ("time", "film", "police"): these may cover the model in any text.
PHRASAL = frozenset({"idiom", "negation", "counter", "reported_clause"})


def language_frames(
    text: str, words: Words, real: list[Hit], codes: Sequence[str], quotes: list[tuple[int, int]]
) -> list[Frame]:
    """The mitigating frames of the languages `codes` in `text`, given its hits and quoted spans.

    A language's frame covers that language's hits only (its words are often English ones too:
    Portuguese "time" is a team), and the model only when there are no hits and either the text was
    said to be in that language or the frame is a phrase of it (PHRASAL)."""
    explicit = len(codes) == 1
    frames: list[Frame] = []
    for code in codes:
        lang = LANGUAGES[code]
        own = [h for h in real if f"{code}: " in h.detail]
        if real and not own:
            continue  # nothing of this language's to cover (most texts: they cost nothing here)
        every = frozenset(h.name for h in own)
        by_kind: dict[str, list[tuple[Row, list[tuple[int, int]]]]] = {}
        for i in words.which(lang.friend_group):
            row = lang.friends[i]
            if not real and not explicit and row.kind not in PHRASAL:
                continue  # only the model to cover, and this word may be another language's
            spans = [m.span() for m in row.pattern.finditer(text)] if row.kind != "reported_clause" else [
                (lx.named_start(m, "said"), m.end()) for m in row.pattern.finditer(text)]  # fmt: skip
            if spans:
                by_kind.setdefault(row.kind, []).append((row, spans))

        def propose(kind: str, covers: frozenset[str], factor: float | None = None, by_kind: dict = by_kind) -> None:
            rows = by_kind[kind]
            name, default = KINDS[kind]
            spans = [s for _, ss in rows for s in ss]
            if covers or (not real and (explicit or kind in PHRASAL)):
                frames.append(Frame(name, default if factor is None else factor, covers, spans, rows[0][0].detail))

        for kind in ("idiom", "negation"):
            if kind in by_kind:
                spans = [s for _, ss in by_kind[kind] for s in ss]
                propose(kind, frozenset(h.name for h in own if all(_overlaps(s, spans) for s in h.spans)))
        if "game" in by_kind and "irl" not in by_kind:
            propose("game", frozenset(h.name for h in own if h.name in PLAYABLE))
        # Quoted, and reported (a reporting word, news, fiction or counter-speech), or quoted with
        # nobody addressed outside the quotation ('"te voy a matar" — qué villano más dramático').
        framed = any(k in by_kind for k in ("reporting", "news", "fiction", "counter"))
        quoted = [h for h in own if quotes and all(_inside(s, quotes) for s in h.spans)]
        if quoted and not framed and lang.second_person.search(_blank(text, quotes)) is None:
            frames.append(Frame("mitigation.reported_speech", 1.0, frozenset(h.name for h in quoted), list(quotes),
                                f"{code}: quoted — nobody addressed outside the quotes"))  # fmt: skip
        said = list(quotes) if framed else []
        if "reported_clause" in by_kind:
            said += [s for _, ss in by_kind["reported_clause"] for s in ss]
        if said:
            kind = "reported_clause" if "reported_clause" in by_kind else "reporting"
            if kind not in by_kind:
                by_kind[kind] = [r for k in ("reporting", "news", "fiction", "counter") for r in by_kind.get(k, [])]
            propose(kind, frozenset(h.name for h in own if all(_inside(s, said) for s in h.spans)))
        if "news" in by_kind and len({text[s:e] for _, ss in by_kind["news"] for s, e in ss}) >= 2:
            propose("news", every)
        for kind in ("counter", "fiction"):
            if kind in by_kind:
                propose(kind, every)
        if "laugh" in by_kind:
            propose("laugh", every, 0.7 if "joke" in by_kind else None)
    return frames
