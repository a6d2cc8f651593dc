"""The frames that change what a threat means: aggravating (a time, a weapon, "not joking") and
mitigating (quoted or reported speech, counter-speech, fiction, games and sport, idioms, negation,
jokes). A mitigation cancels part of the hits it covers (see scorer.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from moderation.scoring import lexicon as lx
from moderation.scoring import wordlists as wl
from moderation.scoring.normalise import Normalised
from moderation.scoring.prefilter import Words
from moderation.scoring.threat.base import Hit, form, led_form
from moderation.scoring.threat.languages import language_frames

AGGRAVATING = form(
    rf"\b(?:{lx.trie(wl.WHEN)}|{lx.trie(wl.SINCERE)}|{lx.trie(wl.WEAPONS)}|irl|in real life|to death|to a pulp|"
    rf"senseless|black and blue|half to death|within an inch|{{ANON}})\b"
)

AGGRAVATING_IRL = form(
    r"\b(?:irl|in real life|not the (?:game|acount|account)|for real|after the (?:game|match)|in the (?:face|head|chest|neck|"
    r"throat|gut|stomach|knees?|kneecaps?)|in one piece|(?:your|ur|ya) (?:house|car|kids|wife|mum|mom|adres|dor|stret)|"
    r"where (?:you|u) live|driv(?:e|ing) home|petrol|car park)\b"
)

# Somebody else's words without quote marks: "the caller says he's going to...", "accused messaged his
# neighbour: I will...". What follows the reporting verb is read as quoted, to the end of the sentence.
REPORTED_CLAUSE = form(
    r"\b(?:he|she|they|acused|defendant|caler|man|woman|suspect|gunman|atacker|victim|witnes|prosecutor|police|"
    r"oficer|people|trolls|acounts|comments|replies|men|users|strangers) (?:says|said|claims|claimed|admits|admited|"
    r"saying|are saying|keep saying|kept saying|"
    r"messaged|texted|wrote|told|posted|sent|shouted|yeled|tweeted|emailed|replied|threatened)(?: (?:to )?(?:his|her|"
    r"their|the|a|him|them) ?[\w']*)?(?: that)?(?::|(?= (?:he|she|they)(?:'s| is| was|'d| would|'l| wil| hope| want| wish)))"
    r"(?P<said>[^.!?\n]+)"
)

QUOTED = re.compile(r"\"[^\"]{2,}?\"|(?<![\w'])'(?=[^\s'])[^\n]{1,}?(?<=[^\s])'(?![\w])")

REPORTING = form(rf"\b(?:{lx.trie(wl.REPORTING)}):?\b")

NEWS = led_form(
    r"\b(?:police|arested|charged|jailed|court|according to|oficials|breaking|suspect|investigation|sentenced|"
    r"convicted|trial|reportedly|alegedly|witneses|confirmed|spokesperson|study|figures|report:|heard|gunman|"
    r"victim|victims|injured|custody|prosecutors|oficers|vigil|hospital said|were kiled|was kiled|hears|jury|"
    r"defendant|acused|prosecution|inquest|coroner|\d+-year-old|the death of)\b"
)

SECOND_PERSON_ANY = form(r"\b(?:you|u|your|ur|ya|yourself|you're|youre|@\w+)\b")

COUNTER = form(
    rf"\b(?:{lx.trie(wl.CONDEMNING)})\b|\b(?:threatening|threatened|threats?|saying|tel+ing (?:someone|people|"
    rf"a \w+)|jokes? about|calls? (?:for|to)) (?:[\w']+ )?(?:to )?(?:{{VERB}})"
)

META_THREAT = form(r"\b(?:threat|threats|threatening|threatened|incitement|intimidation|violence|abuse)\b")

FICTION = form(rf"\b(?:{lx.trie(wl.FICTION_CONTEXT)})\b")

# Politics only "at the polls": "you vote yes and I'll end you" is no game. "bout to" is "about to".
GAME = form(
    rf"\b(?:{lx.trie(wl.GAME_CONTEXT)}|bout(?! (?:to|2|ta)\b)|coys|ynwa|ggmu|kick of|kickof|(?:at|in|on) the (?:polls|ballot box|ballot|election|"
    rf"elections|primary|primaries|vote|voting booth))\b"
)

GAME_VERB = form(rf"^(?:{lx.trie([*lx.verb_forms(*wl.GAME_BASE), *wl.GAME_OTHER_FORMS])})$")

GAME_TAUNT = form(
    r"\b(?:hide|coming for|hunt|find (?:you|u|him|her|them)|next|dead|watch|warned)\b"
)  # veiled forms that trash talk shares

WORD = re.compile(r"[\w']+")

LAUGH = led_form(rf"(?:\b(?:{lx.trie(wl.LAUGHTER)})\b|:laugh:)")

# Saying it is a joke, not just laughing: "jk love u", but not "I'm not joking".
JOKE = form(r"(?<!not )(?<!no )(?<!n't )\b(?:jk|just kidding|just joking|only joking|kidding|joking)\b")

IDIOM = led_form(
    r"\b(?:kil+(?:ed|ing|s)? (?:it|for (?:a|an|some|one|that|this|the)|time|two birds|the (?:vibe|mod|bu?z|game))"
    r"|dresed to kil|dead to me|(?:you're|youre|you are|ur|u r) kil+ing me|kil me now|kil me|shot me|"
    r"kil(?:ed|s)? me (?:lol|lmao|haha|:laugh:)|(?:joke|jokes|set|show|video|meme|tweet|post) (?:\w+ )?"
    r"kil+ed me|murder (?:a|an|this|that) (?:pint|curry|burger|kebab|pizza|song|cover|track)|knock '?em dead|"
    r"break a leg|slay(?:ed|ing)?|lethal outfit|you'?re killing it|kil+ing it|smash(?:ed|ing)? it|"
    r"crush(?:ed|ing)? it|nail(?:ed|ing)? it|knock(?:ed|ing|s)? (?:them|em|'em|him|her|you|u|everyone) dead|"
    r"destroy(?:ed)? (?:my|the) (?:exam|test|interview|workout|set)|"
    r"(?:i'd|i would|would) kil for|spoil(?:s|ed|ing)? (?:it|the \w+|this|that|anything)[^.!?]{0,40}?(?:kil|strangle|murder|"
    r"slap|end) (?:you|u)|beat (?:the |\d )?egs?(?: whites| yolks)?|kil (?:you|u|him|her|them) if (?:you|u|he|she|they)"
    r"(?:'s|'re| is| are| r)? (?:late|spoil|spoils|forget|forgets|eat|eats|finish|finishes|drink|drinks|wake|wakes|"
    r"borow|borows)|if (?:you|u|he|she|my \w+) (?:eat|eats|drink|drinks|finish|finishes|borow|borows|spoil|spoils|wake|"
    r"wakes|forget|forgets)[^.!?]{0,40}?(?:kil|strangle|murder|end|bury|burying|smother|throttle) (?:you|u|him|her)|"
    r"(?:kil|strangle|murder) (?:you|u|him|her) "
    r"for (?:spoiling|eating|drinking|finishing|borowing|forgetting)|(?:shoot|shot|hit|drop|ping|pop|fire|flick) (?:you|u|him|her|them|me|us) (?:a |an "
    r")?(?:quick )?(?:text|message|msg|email|e-mail|dm|line|note|pic|photo|link|invite|reminder|cal|wave)|"
    r"(?:hit|gas|hype) (?:you|u|me|him|her|them) up|"
    # A lift ("I'll drop you off at the station"), not "drop you off a bridge".
    r"drop (?:you|u|ya|him|her|them) of+ (?:at|home|outside|first|later|on the way)|"
    # Gardening: bulbs and seedlings go in the ground and come up again.
    r"(?:put|plant|get|pop)(?:ing)? (?:them|these|those|the \w+) in the ground(?=[^.!?]{0,60}?\b(?:flower|flowers|blom|"
    r"bloms|grow|grows|sprout|sprouts|come up|spring|harvest)\b))\b"
)

NEGATED_INTENT = form(
    r"(?<!lucky )(?<!lucky that )\b(?:(?:i|we)(?:'m| am|'re| are|'d|'l| wil| would| could)? (?:won't|wont|wil not|not|never|wouldn't|"
    r"wouldnt|don't|dont|do not|can't|cannot|couldn't|shal not)|(?:nobody|no one|none|nothing)(?:'s| is)?"
    r" (?:is going to|going to|wil|gona|would|can|could|'l|ever))\b (?:[\w']+ ){0,3}?(?:{VERB})\b "
    r"(?:[\w']+ )?(?:{TARGET})"
)


@dataclass(frozen=True)
class Mitigation:
    """A frame that cancels `factor` of the hits it covers, and of the model if `covers_model`."""

    name: str
    factor: float
    covers: frozenset[str]  # names of the hits it covers
    covers_model: bool
    spans: tuple[tuple[int, int], ...]
    detail: str = ""  # the language's false friend that found it, if not English's


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)


SENTENCE_BREAK = re.compile(r"[.!?\n]+\s")


def _near(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans are at most two sentences apart."""
    between = text[min(a[1], b[1]) : max(a[0], b[0])]
    return len(SENTENCE_BREAK.findall(between)) <= 2


def _playable(text: str, hit: Hit) -> bool:
    """A sport-like verb ("destroy you") or a veiled form trash talk shares ("you can't hide")."""
    if hit.verb:
        return hit.tier != "sexual" and GAME_VERB.match(hit.verb) is not None
    return hit.name == "threat.veiled" and GAME_TAUNT.search(text, *hit.spans[0]) is not None


def _sounds_like_play(text: str) -> bool:
    """A sport-like verb or trash talk's veiled forms anywhere in the text: without them a game word
    ("level 2" of a car park, a stream, a podcast) does not make the model's suspicion a game."""
    words = WORD.findall(text)
    pairs = (f"{a} {b}" for a, b in zip(words, words[1:], strict=False))  # "knock out", "hunt down"
    return any(GAME_VERB.match(w) for w in (*words, *pairs)) or GAME_TAUNT.search(text) is not None


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for s, e in spans:
        text = text[:s] + " " * (e - s) + text[e:]
    return text


def mitigations(
    n: Normalised,
    hits: list[Hit],
    model_suspects: bool,
    words: Words | None = None,
    languages: Sequence[str] = (),
) -> list[Mitigation]:
    """The frames in `n` that change what its hits (or the model's suspicion) mean: English's and
    those of `languages` (languages/).

    A frame that covers every hit also covers the model: the model read the same words.
    """
    text = n.text
    real = [h for h in hits if h.name != "threat.aggravating"]
    if not real and not model_suspects:
        return []
    words = words or Words(text)
    every = frozenset(h.name for h in real)
    found: list[Mitigation] = []
    # In a text said to be in another language, English's frame words mean other things there
    # (French "sang" and "stage", Portuguese "ma"): they frame English hits, never the model's reading.
    english_frames_model = len(languages) != 1

    def add(
        name: str,
        factor: float,
        covered: frozenset[str],
        spans: list[tuple[int, int]],
        detail: str = "",
        model: bool = english_frames_model,
    ) -> None:
        if not covered and (real or not model):
            return
        for i, m in enumerate(found):
            if m.name == name:  # one frame found twice: keep the stronger reading of it
                covered |= m.covers
                factor = max(factor, m.factor)
                spans = list(m.spans) + [s for s in spans if s not in m.spans]
                detail = "; ".join(d for d in (m.detail, detail) if d)
                covers_model = covered == every and (model or m.covers_model)
                found[i] = Mitigation(name, factor, covered, covers_model, tuple(spans[:4]), detail)
                return
        found.append(Mitigation(name, factor, covered, model and covered == every, tuple(spans[:4]), detail))

    quotes = [m.span() for m in QUOTED.finditer(text)] if "'" in text or '"' in text else []
    if words.may_match(REPORTED_CLAUSE):
        quotes += [(lx.named_start(m, "said"), m.end()) for m in words.finditer(REPORTED_CLAUSE)]
    outside = _blank(text, quotes) if quotes else text
    words_outside = Words(outside) if quotes else words  # blanking can cut a word short: count again
    addressed = words_outside.search(SECOND_PERSON_ANY) is not None
    fiction = words_outside.spans(FICTION)
    countering = words.spans(COUNTER)
    if quotes:
        reporting = words_outside.spans(REPORTING)
        if reporting or fiction or countering:
            quoted = frozenset(h.name for h in real if all(_inside(s, quotes) for s in h.spans))
            name = "mitigation.fiction" if fiction and not reporting else "mitigation.reported_speech"
            add(name, 1.0, quoted, quotes + reporting)
    news = words.spans(NEWS)
    if len({text[s:e] for s, e in news}) >= 2 and not addressed:
        add("mitigation.reported_speech", 0.9, every, news)
    if countering and words.search(META_THREAT):
        add("mitigation.counter_speech", 1.0, every, countering)
    if fiction and not addressed:
        add("mitigation.fiction", 0.9, every, fiction)
    negated = words.spans(NEGATED_INTENT)
    if negated:
        add("mitigation.negation", 1.0, frozenset(h.name for h in real if all(_overlaps(s, negated)
                                                                          for s in h.spans)), negated)  # fmt: skip
    games = words.spans(GAME)
    if games and not words.search(AGGRAVATING_IRL) and (real or _sounds_like_play(text)):
        # A game word frames a sport-like hit near it, not one a few sentences away ("telling my boss lies").
        playable = frozenset(h.name for h in real if _playable(text, h) and any(_near(text, s, g) for s in h.spans
                                                                                 for g in games))  # fmt: skip
        add("mitigation.game", 0.9, playable, games)
    idioms = words.spans(IDIOM)
    if idioms:
        add("mitigation.idiom", 1.0, frozenset(h.name for h in real if all(_overlaps(s, idioms)
                                                                           for s in h.spans)), idioms)  # fmt: skip
    laughs = words.spans(LAUGH)
    if laughs:
        add("mitigation.joke", 0.7 if words.search(JOKE) else 0.3, every, laughs)
    if languages:
        for frame in language_frames(text, words, real, languages, quotes):
            add(frame.name, frame.factor, frame.covers, frame.spans, frame.detail, model=True)
    return found
