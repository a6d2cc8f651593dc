"""Word lists and the pattern compiler the scorer is built from.

Every list is written in plain English; `compile_pattern` squeezes repeated letters the same way
the normaliser does (so "kill" is matched as "kil") and turns `{NAME}` placeholders into one
pre-lowered trie per list, which the regex engine walks far faster than a flat alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from itertools import product

from moderation.scoring import prefilter

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
        # What prefilter.requirement reads, for the whole.
        self.pattern = "|".join(p.pattern for p in self.patterns)
        self.flags = self.patterns[0].flags
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


# Misspellings that are real words in their own right.
TYPO_STOP = {
    "down", "soot", "hoot", "bunt", "burt", "shot", "bun", "sot", "sting", "string", "ming", "hag", "bone", "tone",
    "tore", "sore", "ore", "rap", "ape", "tab", "sap", "hat", "dad", "bat", "bury", "busy", "shoo", "moder",
    "mured", "posion", "butcher", "gut", "gust", "hunt", "buns", "runs", "turn", "hug", "hung", "stop", "stops",
    "sank", "sins", "sits", "skis", "silt", "silts", "shots", "downs", "cons", "coos", "backs", "chins", "dyes",
    "pols", "hinds", "cued", "sited", "skied", "shied", "mimed", "cust", "goos",
}  # fmt: skip


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


# -- people -------------------------------------------------------------------------------------

SECOND_PERSON = ["you", "u", "ya", "yu", "yous", "youse", "ye", "y'all", "yal", "you all", "all of you",
                 "you lot", "you guys", "you two", "each of you", "every last one of you", "every one of you",
                 "every single one of you", "all you"]  # fmt: skip
SECOND_POSSESSIVE = ["your", "ur", "yer", "yo", "thy", "your own"]
THIRD_PERSON = ["him", "her", "them", "em", "'em", "dem", "that man", "that woman", "this man", "this woman"]
THIRD_POSSESSIVE = ["his", "her", "their", "dem"]
INDEFINITE = [
    "someone",
    "somebody",
    "some1",
    "sum1",
    "everyone",
    "everybody",
    "people",
    "anyone",
    "a person",
    "the first one",
    "the next one",
    "whoever",
]

PERSON_NOUNS = [
    "man", "men", "woman", "women", "guy", "guys", "girl", "girls", "boy", "boys", "lad", "lads", "kid", "kids",
    "child", "children", "baby", "babies", "son", "sons", "daughter", "daughters", "wife", "husband", "mum",
    "mom", "mother", "dad", "father", "sister", "brother", "sis", "bro", "family", "famly", "families", "parents",
    "friend", "friends", "mate", "mates", "boyfriend", "girlfriend", "bf", "gf", "ex", "neighbour", "neighbor",
    "teacher", "teachers", "student", "students", "principal", "headteacher", "head teacher", "boss", "manager",
    "coworker", "colleague", "judge", "judges", "cop", "cops", "copper", "coppers", "officer", "officers",
    "ref", "referee", "umpire", "mod", "mods", "moderator", "admin", "journalist", "journalists", "reporter",
    "councillor", "councilor", "mayor", "senator", "mp", "mps", "minister", "president", "governor",
    "politician", "politicians", "nurse", "nurses", "doctor", "doctors", "priest", "imam", "rabbi", "pastor",
    "vicar", "driver", "cyclist", "influencer", "streamer", "youtuber", "landlord", "landlady", "tenant",
    "customer", "cashier", "staff", "worker", "workers", "employee", "employees", "person", "persons", "people",
    "folk", "folks", "lady", "ladies", "gentleman", "bitch", "bitches", "bastard", "bastards", "cunt", "cunts",
    "twat", "prick", "slut", "sluts", "whore", "whores", "hoe", "hoes", "thot", "snitch", "snitches", "grass",
    "traitor", "traitors", "scum", "scumbag", "pig", "pigs", "motherfucker", "fucker", "mf", "dickhead",
    "infidel", "infidels", "kafir", "kuffar", "heretic", "heretics", "apostate", "apostates", "nonce", "nonces",
    "pedo", "pedos", "paedo", "paedos", "pedophile", "paedophile", "rapist", "witness", "witnesses",
    "pupil", "pupils", "classmate", "classmates", "player", "players", "fan", "fans", "victim",
    "enemy", "enemies", "slag", "loser", "clown", "idiot", "moron", "retard", "freak", "creep", "rat", "member",
    "members", "official", "officials", "executive", "executives", "director", "directors", "owner", "owners",
    "ceo", "chairman", "guard", "guards", "soldier", "soldiers", "brat", "councillors", "lawyer", "lawyers",
    "solicitor", "landlords", "bailiff", "bailiffs", "priests", "protester", "protesters", "voter", "voters",
]  # fmt: skip

# Protected characteristics (and the slurs used for them) for the hate category and for
# threats against a group. A word that squeezes into an everyday one ("coons" -> "cons") is left out.
GROUP_NOUNS = [
    "muslims", "muslim", "moslems", "musloids", "islamists", "jews", "jew", "jewish people", "christians",
    "hindus", "sikhs", "buddhists", "atheists", "catholics", "blacks", "black people", "black men",
    "black women", "whites", "white people", "asians", "asian people", "arabs", "mexicans", "latinos",
    "immigrants", "immigrant", "migrants", "refugees", "asylum seekers", "foreigners", "gays", "gay people",
    "gay men", "lesbians", "bisexuals", "trans people", "trans women", "trans men", "transgender people",
    "transgenders", "queers", "queer people", "homosexuals", "lgbt people", "women", "feminists",
    "disabled people", "the disabled", "cripples", "retards", "gypsies", "roma", "travellers", "indians",
    "pakistanis", "africans", "chinese", "chinese people", "nigerians", "somalis", "poles", "romanians",
    "palestinians", "israelis", "kurds", "hispanics", "natives", "old people", "fat people",
    "niggers", "niggas", "negroes", "kikes", "pakis", "spics", "chinks", "gooks", "wetbacks", "towelheads",
    "ragheads", "sandniggers", "faggots", "fags", "dykes", "trannies", "shemales", "darkies",
    "savages", "infidels", "kafirs", "kuffar", "libtards", "commies",
]  # fmt: skip

SLURS = [
    "nigger", "niggers", "nigga", "kike", "kikes", "paki", "pakis", "spic", "spics", "chink", "chinks", "gook",
    "wetback", "towelhead", "raghead", "sandnigger", "faggot", "faggots", "fag", "fags", "dyke", "dykes",
    "tranny", "trannies", "shemale", "shemales", "darkie", "darkies", "retard", "retards",
    "cripple", "mong", "musloid", "musloids", "camel fucker", "camel fuckers", "pikey", "gyppo", "kaffir",
    "golliwog", "sambo", "jungle bunny", "beaner", "beaners", "slant eye", "zipperhead", "heeb", "yid",
    "spastic", "spaz", "poofter", "poof", "batty boy", "abo", "abbo",
]  # fmt: skip

BODY_PARTS = [
    "head", "face", "skull", "neck", "throat", "jaw", "teeth", "nose", "leg", "legs", "arm", "arms", "hand",
    "hands", "finger", "fingers", "knee", "knees", "kneecap", "kneecaps", "rib", "ribs", "bone", "bones",
    "spine", "back", "eye", "eyes", "guts", "heart", "brain", "brains", "balls", "tongue", "ankles", "wrist",
    "wrists", "chest", "stomach", "belly", "body", "limbs", "skin", "throats", "necks", "heads", "faces", "ass",
    "arse", "butt", "tyres", "tires", "kneecaps",
]  # fmt: skip

VENUES = ["school", "office", "gym", "club", "bar", "pub", "church", "mosque", "synagogue", "temple",
          "mall", "concert", "rally", "classroom", "campus", "station", "hospital", "clinic", "restaurant", "stadium",
          "festival", "parade", "protest", "meeting", "courthouse", "college", "university", "uni", "nursery",
          "workplace", "factory", "warehouse", "headquarters", "hq", "studio", "newsroom"]  # fmt: skip
PROPERTY = ["house", "home", "car", "flat", "apartment", "shop", "store", "office", "school", "mosque",
            "church", "synagogue", "temple", "gurdwara", "clinic", "door", "windows", "place", "crib",
            "gaff", "village", "street", "business", "restaurant", "wedding", "funeral", "kingdom"]  # fmt: skip

# -- violence -------------------------------------------------------------------------------------

# Lethal or plainly violent whatever the context.
STRONG_BASE = [
    "kill", "murder", "stab", "shank", "shoot", "strangle", "hang", "lynch", "behead", "decapitate",
    "execute", "slaughter", "butcher", "massacre", "torture", "mutilate", "maim", "slit", "gut",
    "skin", "burn", "torch", "bomb", "gas", "poison", "drown", "bury", "murk", "unalive", "exterminate",
    "dismember", "castrate", "crucify", "stone", "curb stomp", "suffocate", "smother", "disembowel", "gun down",
    "mow down", "run over", "blow up", "hack up", "cut up", "knife", "machete", "assassinate", "eradicate",
    "set fire to", "set on fire", "stomp", "shiv", "cut", "string up", "burn down", "break every bone in", "run",
    "gun", "mow", "hunt down", "put a bullet in", "put a bullet through",
    "put one in", "pop a cap in", "bust a cap in", "put a cap in", "blow the head off", "blow the brains out of",
    *(f"{verb} the {part} of" for verb in ("snap", "slit", "cut", "break", "wring", "smash", "bash", "crush", "blow")
      for part in ("neck", "necks", "throat", "throats", "skull", "skulls", "head", "heads", "legs", "bones")),
]  # fmt: skip
STRONG_VERBS = [
    *verb_forms(*STRONG_BASE),
    "shot", "hung", "burnt", "ran over", "blew up", "strung up", "lit on fire", "unaliving", "unaliveing", "kll",
]  # fmt: skip
# The past forms people misspell most (killd, executd); with the base forms, the typo list.
STRONG_PAST = ["killed", "murdered", "executed", "stabbed", "hanged", "strangled", "slaughtered", "butchered",
               "exterminated", "shot", "burned", "drowned", "tortured", "lynched", "beheaded", "gassed"]  # fmt: skip
SEXUAL_BASE = ["rape", "molest", "sexually assault", "grope", "sodomize", "sodomise", "gang rape", "gangrape",
               "force myself on", "have my way with"]  # fmt: skip
SEXUAL_VERBS = [*verb_forms(*SEXUAL_BASE), "rapy", "rapey"]
# Violent, but also common in play-fighting and sport; need a target and no game context.
MEDIUM_BASE = [
    "hurt", "harm", "attack", "assault", "beat", "batter", "punch", "kick", "smash", "bash", "break",
    "snap", "choke", "jump", "cave", "slap", "smack", "hit", "stomp", "pummel", "thump", "deck",
    "glass", "bottle", "acid", "rip", "tear", "hunt", "chop", "slice", "slash", "cripple",
    "knock out", "beat up", "fuck up", "mess up", "jack up", "bust", "whoop", "clap", "cap", "blast",
    "waste", "smoke", "whack", "merk", "beat the shit out of", "beat the crap out of",
    "kick the shit out of", "beat the hell out of", "kick the crap out of", "knock the teeth out of",
    "make an example of", "make a bloody example of", "make an example out of", "drag", "put an end to", "tie",
    "rough up", "knock", "fuck",
]  # fmt: skip
MEDIUM_VERBS = [*verb_forms(*MEDIUM_BASE), "beaten", "broke", "broken", "tore", "torn"]
# Mostly sport, games and idiom; alone they never escalate.
SOFT_BASE = [
    "destroy", "crush", "wreck", "annihilate", "demolish", "end", "finish", "eliminate", "obliterate",
    "deal with", "sort out", "get rid of", "wipe out", "erase", "delete", "silence", "neutralise",
    "neutralize", "ruin",
]  # fmt: skip
SOFT_VERBS = [*verb_forms(*SOFT_BASE), "dealt with", "got rid of"]

GAME_VERBS = [
    *verb_forms(
        "kill", "murder", "destroy", "crush", "beat", "smash", "slaughter", "wreck", "end", "own", "annihilate",
        "demolish", "obliterate", "batter", "hammer", "thrash", "bury", "snipe", "eliminate", "finish", "body",
        "rekt", "pwn", "roast", "cook", "bodied", "dunk", "shoot", "massacre", "butcher", "hit", "knock out",
        "smoke", "execute", "knock", "take out", "kick", "whoop", "hunt", "hunt down",
    ),
    "shot", "rekt", "beaten", "dead",
]  # fmt: skip

DEATH_WORDS = ["die", "dies", "died", "dying", "death", "dead", "deaths", "drop dead", "perish", "rot"]

WEAPONS = ["knife", "knives", "blade", "blades", "machete", "machetes", "gun", "guns", "pistol", "rifle", "shotgun",
           "ak", "ak47", "glock", "bullet", "bullets", "bat", "bats", "crowbar", "hammer", "axe", "acid", "petrol",
           "gasoline",
           "bomb", "grenade", "rope", "noose", "razor", "shank", "nine", "9mm", "strap", "piece", "brick",
           ":knife:", ":gun:", ":bomb:"]  # fmt: skip
WEAPON_EMOJI = [":knife:", ":gun:", ":bomb:", ":coffin:", ":blood:"]

# Said of a time or place, these turn a violent sentence into a plan.
WHEN = ["tonight", "2nite", "tonite", "tomorrow", "tmrw", "tmr", "tomoro", "2moro", "2morrow", "today",
        "this weekend", "next week", "this week", "on monday", "on tuesday", "on wednesday", "on thursday",
        "on friday", "on saturday", "on sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "after school", "after work", "after class", "at lunch", "at break",
        "next time i see you", "next time i see u", "next time", "when i see you", "when i see u", "when i find you",
        "when i find u", "when i catch you", "when i catch u", "when you come out", "when u come out",
        "on your way home", "the second you", "the moment you", "one day", "very soon", "any day now",
        "this evening", "in the morning", "at the party", "at the match", "at the park", "at school",
        "at skool", "outside your house", "outside ur house", "at your house", "at your door"]  # fmt: skip
SINCERE = ["not joking", "not kidding", "i'm serious", "im serious", "i mean it", "i swear", "swear down",
           "swear to god", "mark my words", "that's a promise", "thats a promise", "count on it", "no cap",
           "on god", "on my mother", "on my mum", "i promise", "promise by god", "believe me", "trust me",
           "fr fr", "watch me", "you've been warned", "you have been warned", "last warning", "final warning",
           "i'm not playing", "im not playing", "just saying", "think about that", "think about it",
           "remember that", "sleep well", "tick tock", "your choice", "ur choice", "be ready", "simple as that",
           "you'll see", "you will see", "wait and see", "wait only", "understand?", "once and for all",
           "keep talking", "keep running your mouth", "keep it up", "keep posting", "keep lying", "sleep tight",
           "while you're at work", "while you're asleep", "while you sleep", "while you're out", "when you're alone",
           "your move", "we'll see", "see you soon", "see you around", "you're next"]  # fmt: skip

# -- contexts that change what violent words mean ----------------------------------------------------

GAME_CONTEXT = [
    "game", "games", "gaming", "match", "ranked", "tournament", "lobby", "next round", "first round", "final round",
    "this round", "in round", "second round", "third round", "round one", "round two", "round three", "level",
    "final boss", "boss fight", "boss battle", "raid",
    "server", "squad", "league", "1v1", "2v2", "pvp", "fortnite", "cod", "warzone", "valorant", "minecraft",
    "roblox", "fifa", "fc24", "apex", "overwatch", "league of legends", "lol match", "dota", "csgo", "cs2",
    "chess", "poker", "monopoly", "scrabble", "mario kart", "smash bros", "tekken", "street fighter",
    "football", "footie", "soccer", "cricket", "rugby", "basketball", "hockey", "tennis", "golf",
    "volleyball", "netball", "darts", "snooker", "pool table", "the final", "cup final", "finals", "playoffs", "semi",
    "derby", "fixture", "pitch", "on court", "on the court", "tennis court", "basketball court", "squash court",
    "netball court", "badminton court", "fantasy", "fantasy football", "fpl", "ufc", "mma", "boxing", "main event",
    "bout", "sparring", "fight night", "on sunday", "on saturday", "at the weekend", "gg", "ez",
    "noob", "rekt", "respawn", "spawn", "headshot", "controller", "on stream", "scrim", "scrims", "kd",
    "quiz", "pub quiz", "trivia", "debate", "race", "marathon", "5k", "10k", "spelling bee", "bake off",
    "karaoke", "arm wrestle", "arm wrestling", "paintball", "laser tag", "dodgeball", "nerf", "water fight",
    "snowball", "pillow fight", "mario", "zelda", "elden ring", "dark souls", "among us", "call of duty",
    "battlefield", "pubg", "rocket league", "team", "teams", "season", "score", "goal", "goals", "points",
    "pitcher", "striker", "goalkeeper", "keeper", "quarterback", "midfield", "back four", "defence", "defense",
    "bowler", "batsman", "innings", "touchdown", "half time", "halftime", "offside", "penalties", "base",
    "squash", "badminton", "padel", "bowling", "parkrun", "pb", "personal best", "battle royale", "tarkov",
    "podcast", "true crime",
]  # fmt: skip

FICTION_CONTEXT = [
    "chapter", "novel", "book", "story", "short story", "film", "movie", "scene", "screenplay", "script",
    "episode", "season", "series", "villain", "character", "characters", "lyric", "lyrics", "song", "verse",
    "rap", "album", "track", "fanfic", "fic", "fan fiction", "play", "rehearsal", "rehearsals", "stage",
    "actor", "actress", "dnd", "d&d", "campaign", "monologue", "trailer", "my rogue", "my character", "plot",
    "thriller", "horror", "quote", "line", "poem", "netflix", "cinema", "shakespeare", "macbeth", "hamlet",
    "sings", "singing", "sang", "lyric", "musical", "opera", "game of thrones", "anime", "manga", "comic",
    "draft", "writing prompt", "prompt", "roleplay", "rp", "larp", "iconic", "murder mystery", "whodunnit",
    "cluedo", "rehearsing", "escape room", "franchise", "sequel", "prequel", "trilogy", "box office",
]  # fmt: skip

# Verbs that frame what follows as somebody else's words.
REPORTING = [
    "said", "says", "saying", "say", "told", "tells", "telling", "wrote", "writes", "writing", "texted",
    "texting", "messaged", "message", "messages", "sent", "sends", "sending", "received", "receiving",
    "got", "getting", "dm'd", "dmed", "dm", "dms", "screamed", "shouted", "yelled", "called", "calls",
    "threatened", "threatening", "threat", "threats", "note", "letter", "email", "comment", "comments",
    "tweet", "tweets", "tweeted", "post", "posted", "reply", "replies", "voicemail", "quoting", "quote",
    "like", "went", "goes", "reported", "report", "reporting", "police", "cops", "screenshot", "screenshots",
    "blocked", "solicitor", "lawyer", "harassment", "words", "claimed", "accused", "allegedly", "charged",
    "court", "heard", "jailed", "convicted", "arrested", "testified", "warned", "screenshotting", "screenshoting",
    "inbox", "daily", "deal with", "posting", "sentences", "sentenced",
]  # fmt: skip

CONDEMNING = [
    "not ok", "not okay", "never ok", "never okay", "not acceptable", "unacceptable", "disgusting",
    "pathetic", "illegal", "not a joke", "not jokes", "not funny", "not free speech", "is incitement",
    "that's incitement", "is intimidation", "it's intimidation", "need to stop", "needs to stop",
    "has to stop", "must stop", "stop saying", "stop sending", "stop threatening", "please stop", "don't say",
    "do not say", "reported you", "i've reported", "report it", "report them", "we condemn", "condemn",
    "shameful", "vile", "sick", "horrible", "appalling", "no place", "isn't ok", "is not ok", "isn't okay",
    "is wrong", "are wrong", "not normal", "no excuse", "grow up", "get help", "have consequences",
    "no respect for", "shouldn't be allowed", "should be banned", "should be ashamed", "hate speech",
    "are threats", "is a threat", "counts as", "crosses the line", "over the line",
]  # fmt: skip

LAUGHTER = ["lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "hehe", "jk", "just kidding", "just joking", "jokes",
            "kidding", ":laugh:", "/s", "xd", "ded"]  # fmt: skip
