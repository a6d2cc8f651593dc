"""Direct threats: a speaker's intent, a violent act and a target ("I'm going to stab you", "you're
dead", "I'll put you in the ground"); weapon emoji aimed at someone; and the fallback for phrasings
no rule foresaw (violence, a person and a future in one sentence)."""

from __future__ import annotations

import re

from moderation.scoring import lexicon as lx
from moderation.scoring import wordlists as wl
from moderation.scoring.prefilter import Words
from moderation.scoring.threat.base import GAP, LISTS, Hit, form, led_form

DIRECT = form(
    rf"\b(?P<intent>{{INTENT}}) (?P<gap>{GAP})(?:{{VERB}})\b (?:up |down |out |over )?(?:the )?(?P<target>{{TARGET}})"
)

PUT_AWAY = form(
    rf"\b(?P<intent>{{INTENT}}) (?P<gap>{GAP})(?:(?P<vs>put|putting|send|sending|leave|leaving) (?P<target>{{TARGET}}) (?:in|into|6|six|under)"
    r" (?:the |a |an )?(?:hospital|ground|grave|coffin|body bag|bodybag|wheelchair|feet under|icu|morgue|casket|"
    r"dirt|box|intensive care|river|canal|ditch|hole|woods|forest|gutter|boot|trunk|swamp|pieces)|(?P<vs>leave) "
    r"(?P<target>{TARGET}) (?:for dead|bleeding|in pieces|unrecognisable|unrecognizable)|(?P<vs>put|pump|pop|"
    r"bust) (?:a |one |some |two |\d+ )?"
    r"(?:bul+ets?|rounds?|slugs?|holes?|caps?|:gun:) (?:in|into|through) (?P<target>{TARGET})|(?P<vs>shot up|shoot up|"
    r"bomb|blow up|burn down|torch|set fire to|"
    r"open fire (?:on|at|in)|shoot (?:at|into))\b (?P<target>(?:the|that|this|a|our|(?:{YOUR})|(?:{HIS})) (?:[\w']+ )?"
    r"(?:{PROPERTY}|{VENUE}))\b|make (?:sure )?(?P<target>{TARGET})"
    r" (?:(?P<vm>suffer|bleed|disappear|scream|beg|vanish|never (?:walk|talk|see|breathe|wake|speak|post|sing|work)\w*)\b|"
    r"(?P<vw>pay|regret|sorry|cry)\b)|(?P<vs>make) (?P<target>{TARGET}) (?:an )?(?:orphans?|widows?|"
    r"a widow|an orphan)\b|(?P<vs>take) (?P<target>{TARGET}) out (?:permanently|for good)|(?P<vs>end|"
    r"take) (?P<target>{TARGET})"
    r"(?:'s|s')? (?:life|lives)\b|(?P<vs>end|take) (?P<target>{YOUR}|{HIS}) (?:[\w']+ )?(?:life|lives)\b|(?P<vm>rip|"
    r"tear|"
    r"knock|blow|chop|cut) (?P<target>(?:{YOUR}|{HIS}) (?:[\w']+ )?(?:{BODY})) (?:off|out|in|open|apart|to "
    r"pieces)|(?P<vm>break|wring|snap|crush|stamp on|cave in) (?P<target>(?:{YOUR}|{HIS}|(?:{YOUR}|{HIS}) al|al (?:{YOUR}|{HIS})) (?:[\w']+ )?"
    r"(?:{BODY}))|(?P<vm>put|puting|throw|throwing|send|chuck|lob) (?P<target>{TARGET}) through (?:a|that|the|your|ur|his|her) (?:[\w']+ )?"
    r"(?:window|wal|windscreen|table|door|floor|fence|glas)|(?P<vm>take) it out (?:of|on) (?P<target>(?:{YOUR}|{HIS}) "
    r"(?:[\w']+ )?(?:{BODY}|hide|skin)))"
)

# Coming with a weapon ("I'm bringing a knife to your school"), and other short direct forms, each
# alternative searched on its own.
WEAPON_ON_WAY = lx.Alternation(
    [
        rf"\b(?P<intent>{{INTENT}}) (?P<gap>{GAP})(?P<vm>bring|bringing|come with|coming with|cary|carying|pack|"
        rf"packing|show up with|turn up with) (?:a |my |the |some |his |me )?(?:{lx.trie(wl.WEAPONS)})s? (?:to|into|"
        rf"round|over|for|at) (?P<target>{{TARGET}})",
        rf"\b(?P<intent>{{INTENT}}) (?P<gap>{GAP})(?P<vm>come|coming|show up|showing up|turn up|turning up|walk|walking"
        rf"|go|going) (?:in)?to (?P<target>(?:{{YOUR}}|{{HIS}}|the|that) (?:[\w']+ )?(?:{{PROPERTY}}|work|clas|ofice))"
        rf"(?: [\w']+){{0,3}}? with (?:a|my|the|some|his|me) (?:{lx.trie(wl.WEAPONS)})s?\b",
        rf"\b(?P<intent>{{INTENT}}) (?P<gap>{GAP})(?P<vm>come|coming|be|show up|turn up|showing up|turning up)(?: back| "
        rf"round| over| down)? with (?:a|my|the|some|his) (?:{lx.trie(wl.WEAPONS)})\b",
        r"\b(?:or|and|before) (?:i'l|i wil|ima|i'm gona|we'l|i go|i|we) do it (?:for|4) (?P<target>you|u)\b",
        r"\bnext time,? (?:i|we)(?:'l| wil)? (?P<vs>shoot|stab|kil|swing|won't mis|wont mis|aim for the head)\b",
        rf"(?:^|(?<=[.!?])|(?<=[.!?] ))(?P<vs>{{STRONG}}) (?P<target>{{YOU}}) (?:[\w']+ ){{0,3}}?(?:{lx.trie(wl.WHEN)})\b",
        r"\b(?P<vm>(?:beat|kick|knock|slap|punch|smack) the (?:living |absolute |everliving |ever living )?(?:shit|crap|hel|"
        r"life|living daylights|daylights|pis) out of) "
        r"(?P<target>(?!me\b|myself\b|it\b|this\b|that\b|the\b)[\w@]+)",
    ],
    LISTS,
)

BULLET_FOR = form(
    r"\b(?P<target>he|she|they|you|u|him|her|he's|she's|they're|you're|ur|that \w+)(?: is| are|'s|'re)? "
    r"(?:getting|get|gets|gona get|going to get|catching|catch|eating|eat|wil get|'l get|(?<=\w)'l get) (?:a |one |some "
    r"|two )?(?P<vs>bul+ets?|slugs?|rounds? to the head|lead|the knife|a knife|stabbed|shanked|popped|capped)\b"
)

# "you're dead", "ur gonna get jumped", "you will die this week".
YOU_FUTURE = form(
    r"\b(?P<target>you|u|ya|yu|(?:{YOUR}) (?:[\w']+ )?(?:{PERSON}))(?:(?:'re| are| r|'l| wil| go| is|r) "
    r"(?:(?:going to|gona|gon|about to|wil|gota|finna|bout to|so) )?| (?:going to|gona|gon|about to|wil|gota|"
    r"finna|bout to|'l) )(?:(?:get|be|end up|getting|being) "
    r"(?:[\w']+ ){0,2}?(?:(?P<vs>{STRONG})|(?P<vx>{SEXUAL})|(?P<vm>{MEDIUM})|(?P<vw>{SOFT}))\b|(?P<vs>die|bleed"
    r"|dead(?! to me\b)(?=(?: meat| man| when| by| the| m8| mate| bro| bruv| pal| fam| lad| son| fr| i mean| now| "
    r"already| if| soon| tonight| tomorow|\s*[,.!?;:]|\s*$))|be dead|a dead man|be burying (?:you|u))\b"
    r"|(?P<vm>see blood|suffer|be in (?:a |the )?(?:hospital|wheelchair|coffin|body bag|grave))\b)"
)

# "your sister gets hurt", "gets their legs broken": harm done to someone, no agent named.
GETS_HURT = form(
    r"\b(?P<target>(?:{YOUR}|{HIS}|their) (?:[\w']+ )?(?:{PERSON}))(?: wil| 'l|'l| is gona| is going to)? (?:gets|get|"
    r"is getting|ends up) (?:[\w']+ )?(?:(?P<vs>{STRONG})|(?P<vx>{SEXUAL})|(?P<vm>{MEDIUM}|hurt))\b"
    r"|\b(?:gets?|getting|wil get|'l get) (?P<target>(?:{YOUR}|{HIS}|their) (?:[\w']+ )?(?:{BODY}|{PROPERTY})s?) "
    r"(?P<vm>broken|snapped|smashed|kicked in|caved in|cut of|ripped of|blown of|slit|cut|slashed|burned|burnt|"
    r"torched|bashed in|cracked|split open|stoved in|caved)\b"
)

# "give that ref a good kicking": a beating by another name, whoever is asked to give it.
GIVE_A_BEATING = form(
    r"\b(?P<vm>give|giving|gives|gave) (?P<target>{TARGET}) (?:a |one )?(?:good |proper |real |right )?(?:kicking|"
    r"beating|hiding|shoeing|slap|smack|punch|doing|kicking in|bul+et|pasting|thrashing)\b"
)

# Put someone in the ground, whoever says it: violent on its face; news and quotes are mitigated.
PUT_DOWN = form(
    r"\b(?P<vs>put|send|leave|left|sent) (?P<target>{TARGET}) (?:in|into|under|for|6|six) (?:the |a |an )?(?:ground|"
    r"grave|cofin|body bag|bodybag|morgue|casket|dirt|feet under|dead)\b"
)

SNITCHES = form(
    r"\b(?P<target>\w+) gets? (?:{WEAPON_EMOJI})|\b(?P<target>snitches|rats|grases) get (?:stitches|:knife:)"
)

WEAPON_EMOJI = form(r"(?:{WEAPON_EMOJI})")

EMOJI_TARGET = form(
    r"\b(?:you|u|ya|your|ur|yours)\b|@\w+|\bthis is (?:you|u)\b|\bbye bye\b|\btick tock\b|\bsee (?:you|u|ya)\b|"
    r"\bnext time\b|\bsnitch|\b(?:school|clas|campus|ofice|church|mosque|synagogue|mal|tonight|sleep wel|sleep tight)\b"
)

ARSON_EMOJI = form(r":fire: ?:house:|:house: ?:fire:|:pin: ?(?:your|ur) (?:house|home)")

# The fallback for phrasings no rule foresaw: violence, a person and a future in one sentence.
VIOLENCE_CUE = led_form(
    rf"\b(?:{{STRONG}}|{{SEXUAL}}|{{MEDIUM}}|{{DEATH}}|{lx.trie(wl.WEAPONS)}|sufer|bleed|blood|hurt|pain|ditch|"
    rf"body bag)\b"
)

PERSON_CUE = form(r"\b(?:you|u|ya|your|ur|yo|yours|yourself)\b|@\w+")

FUTURE_CUE = form(
    r"\b(?:wil|'l|gona|gon|going to|finna|ima|imma|i'ma|{ANON}|tonight|tomorow|tmrw|next time|one day|one of these|"
    r"wait til|wait until|or else|coming|bringing|about to|gets|get|getting)\b|:knife:|:gun:|:bomb:"
)

SENTENCE = re.compile(r"[^.!?\n]+")


def cooccurrence(text: str, words: Words | None = None) -> Hit | None:
    words = words or Words(text)
    # A sentence's words are words of the text: if the text lacks what a cue needs, so do they all.
    if not (words.may_match(VIOLENCE_CUE) and words.may_match(FUTURE_CUE) and words.may_match(PERSON_CUE)):
        return None
    for m in SENTENCE.finditer(text):
        sentence = m.group()
        violence = VIOLENCE_CUE.search(sentence)
        person = PERSON_CUE.search(sentence)
        if violence and person and FUTURE_CUE.search(sentence):
            verb = violence.group()
            return Hit("threat.cooccurrence", 2.5, ((m.start() + violence.start(), m.start() + violence.end()),
                                                    (m.start() + person.start(), m.start() + person.end())),
                       verb=verb, tier="weak")  # fmt: skip
    return None


def emoji_hits(text: str, words: Words) -> list[Hit]:
    """One hit for weapon emoji aimed at someone: more for a burning house and for several kinds."""
    emoji = words.spans(WEAPON_EMOJI) + words.spans(ARSON_EMOJI)
    if not emoji:
        return []
    targets = words.spans(EMOJI_TARGET)
    if not targets:
        return []
    kinds = len({text[s:e] for s, e in emoji})
    arson = 1.0 if words.search(ARSON_EMOJI) else 0.0  # a house on fire is no figure of speech
    return [Hit("threat.weapon_emoji", 3.5 + arson + 0.75 * min(kinds - 1, 2), tuple(emoji + targets[:2]),
                tier="emoji")]  # fmt: skip
