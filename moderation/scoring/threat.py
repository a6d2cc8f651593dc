"""Threats of violence: what was said (hits) and in what frame (mitigations).

A hit needs more than a violent word: a speaker who intends it (or wishes or urges it), a
violent act and a person or group on the receiving end. "I'm going to kill it at the gym" has
no person to receive it, "kill the heat" neither; "I'm going to kill you in ranked" has one but
sits in a game. Frames are judged separately and cancel the hits they cover:
quoted or reported speech, counter-speech, fiction, games and sport, idioms, negation, jokes.

Weights are log-odds contributions; see docs/scoring.md for the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from moderation.scoring import lexicon as lx
from moderation.scoring.normalise import Normalised
from moderation.scoring.prefilter import Group, Words

# -- vocabulary as patterns ---------------------------------------------------------------------

INTENT = [
    "i'll", "ill", "i will", "i shall", "i'm going to", "i am going to", "i'm gonna", "i am gonna", "i'm gon",
    "imma", "ima", "i'ma", "i'mma", "gonna", "going to", "gon", "gunna", "finna", "i'm finna", "i want to",
    "i wanna", "i'd love to", "i would love to", "i'm about to", "i am about to", "i'm bout to",
    "i'm coming to", "i am coming to", "i'm coming over to", "let me", "we'll", "we will", "we're going to",
    "we are going to", "we're gonna", "we gonna", "we go", "i go", "i'd", "i would", "i'm sure to",
    "i am sure to", "i'm", "i am", "we're", "we are", "i'll be", "i will be", "iwill", "imgonna",
    "i'm gonna come", "i can't wait to", "i cant wait to", "i'm dying to", "i intend to", "i plan to",
    "i'm planning to", "we're coming to", "i'm ready to", "i am ready to", "i gotta", "i need to", "i must",
]  # fmt: skip
# "I just want to...", "I really will...": words people put between the subject and the intent.
ADVERBS = [
    "just", "really", "fucking", "seriously", "honestly", "actually", "literally", "definitely", "totally",
    "genuinely", "still", "truly", "absolutely", "swear", "so", "kinda", "lowkey", "then", "now", "will",
]  # fmt: skip
INTENT += [
    f"{who} {adverb} {rest}"
    for who, _, rest in (i.partition(" ") for i in INTENT if i.startswith(("i ", "we ")))
    for adverb in ADVERBS
]
INTENT += [
    "i come round and",
    "i come over and",
    "we come round and",
    "i start",
    "i'll start",
    "i will start",
    "when i start",
    "i begin",
    "i'm starting",
    "we start",
]
PRE_NEGATION = re.compile(r"\b(?:no|not|never|nobody|none)\s*$")
NEGATION = re.compile(r"\b(?:not|never|n't|nt|no way|wouldn't|won't|wont)\b")

VERB_LISTS = {
    "STRONG": lx.trie(lx.STRONG_VERBS + lx.typos(lx.STRONG_BASE + lx.STRONG_PAST)),
    "SEXUAL": lx.trie(lx.SEXUAL_VERBS),
    "MEDIUM": lx.trie(lx.MEDIUM_VERBS),
    "SOFT": lx.trie(lx.SOFT_VERBS),
    "STRONG_BASE": lx.trie(lx.STRONG_BASE + lx.typos(lx.STRONG_BASE)),
    "SEXUAL_BASE": lx.trie(lx.SEXUAL_BASE),
    "MEDIUM_BASE": lx.trie(lx.MEDIUM_BASE),
}
LISTS: dict[str, str] = {
    **VERB_LISTS,
    "INTENT": lx.trie(INTENT),
    "YOU": lx.trie(lx.SECOND_PERSON),
    "YOUR": lx.trie(lx.SECOND_POSSESSIVE),
    "THEM": lx.trie(lx.THIRD_PERSON),
    "HIS": lx.trie(lx.THIRD_POSSESSIVE),
    "INDEF": lx.trie(lx.INDEFINITE),
    "PERSON": lx.trie(lx.PERSON_NOUNS),
    "GROUP": lx.trie(lx.GROUP_NOUNS),
    "BODY": lx.trie(lx.BODY_PARTS),
    "PROPERTY": lx.trie(lx.PROPERTY),
    "VENUE": lx.trie(lx.VENUES),
    "DEATH": lx.trie(lx.DEATH_WORDS),
    "WEAPON_EMOJI": lx.trie(lx.WEAPON_EMOJI),
}
# "soon" squeezes to "son": read as "soon" ("anon") only where no one's son is meant.
LISTS["ANON"] = r"(?<!your )(?<!ur )(?<!my )(?<!his )(?<!her )(?<!their )(?<!our )(?<!a )(?<!the )son\b(?!'s|s\b)"
LISTS["VERB"] = f"(?P<vs>{LISTS['STRONG']})|(?P<vx>{LISTS['SEXUAL']})|(?P<vm>{LISTS['MEDIUM']})|(?P<vw>{LISTS['SOFT']})"
LISTS["VERB_BASE"] = f"(?P<vs>{LISTS['STRONG_BASE']})|(?P<vx>{LISTS['SEXUAL_BASE']})|(?P<vm>{LISTS['MEDIUM_BASE']})"
# Who receives the violence. Named groups tell a person from a group from "someone".
QUANTIFIER = r"(?:(?:every (?:last |single )?one|al|each|some|any|most|both|the rest|one) of )?"
LISTS["TARGET"] = lx.expand(
    QUANTIFIER
    + r"(?:(?:both |all |every |each |even )?(?P<tp2>(?:{YOUR}) (?:[\w']+ ){0,2}?(?:{PERSON}|{BODY}|{PROPERTY})s?\b"
    r"|(?:{YOU})\b)"
    r"|(?P<tp3>(?:{HIS}) (?:[\w']+ ){0,2}?(?:{PERSON}|{BODY}|{PROPERTY}|{GROUP})s?\b|(?:{THEM})\b|@\w+"
    r"|(?:that|this|the|those|these|every|each|al|al the|al those|al these|al of the|any|some|a|an|every single"
    r"|every last|such) (?:[\w']+ ){0,2}?(?:{PERSON}|{GROUP})(?:'s|s)?\b|(?:{PERSON})(?:'s|s)?\b)"
    r"|(?P<tgrp>(?:al )?(?:{GROUP})\b)"
    r"|(?P<tind>(?:{INDEF})\b))",
    LISTS,
)
LISTS["THIRD_TARGET"] = lx.expand(
    QUANTIFIER + r"(?:(?:{HIS}) (?:[\w']+ ){0,2}?(?:{PERSON}|{BODY}|{GROUP})s?\b|(?:{THEM})\b|@\w+"
    r"|(?:that|this|the|those|these|every|al|al the|al those|al these|any) (?:[\w']+ ){0,2}?(?:{PERSON}|{GROUP})"
    r"(?:'s|s)?\b|(?:{GROUP})\b)",
    LISTS,
)
# Who a wish or an incitement is about.
LISTS["SUBJECT"] = lx.expand(
    r"(?:you|u|ya|ye|y'al|he|she|they|them|him|her|someone|somebody|al of (?:them|you)|(?:{YOUR}|{HIS}) "
    r"(?:[\w']+ ){0,2}?[\w']+|@\w+|(?:that|this|those|these|al|al those|al these|al the|every) (?:[\w']+ ){0,2}?"
    r"(?:{PERSON}|{GROUP})s?|(?:{GROUP})|(?:{PERSON}|{GROUP}) like (?:you|u|them|him|her)|people like (?:you|u)"
    r"|(?:the )?(?:{PERSON}|{GROUP}))",
    LISTS,
)

WEIGHT = {"strong": 6.0, "sexual": 6.5, "medium": 5.0, "soft": 3.0}
TIER_OF_GROUP = {"vs": "strong", "vx": "sexual", "vm": "medium", "vw": "soft"}

# Words after the target that turn a violent verb into something else: "hit you up",
# "shoot her a text", "cut him off", "kill them with kindness", "beat you to it".
NOT_VIOLENT_AFTER = lx.compile_pattern(
    r"^ ?(?:back\b|off\b(?! (?:mine|yours|his|hers|ours|theirs)\b)|out\b|with (?:kindness|love|compliments|my cooking|cuteness)|in the dms|"
    r"laughing|of (?:laughter|embarrassment|boredom|shame|cringe|old age)|with (?:these|this|those|my|the|al "
    r"these|al the|al this) (?:puns|jokes|memes|questions|updates|emails|messages|texts|posts|pics|photos|spam|"
    r"notifications|looks|outfits?|stories|videos|requests|facts|logic)|into (?:[\w']+ )?(?:cubes|strips|slices|"
    r"chunks|wedges|quarters|halves|rounds|dice|bits|sticks|filets|portions)|in half|lengthwise|crosswise|"
    r"(?:an? |some |the )?(?:email|e-mail|text|message|msg|dm|line|note|pic|photo|picture|link|invite|"
    r"look|glance|smile|wave|check|cheque|deal|slack|break|favour|favor|shot|question|reminder|call)s?\b|"
    r"to it\b|to the punch\b|to the (?:finish|line|top|end|door|car|bar|front|bus|shops|checkout)\b|by a mile\b|"
    r"loose\b|in on\b|a slice\b|over\b|some slack\b|down for\b|(?:right |al the way )?(?:down|back) to\b|short\b|"
    r"at (?:your|ur|his|her) own game\b)",
    {},
)


def _p(template: str, lead: bool = False) -> re.Pattern[str]:
    return lx.compile_pattern(template, LISTS, lead=lead)


def _lead(template: str) -> re.Pattern[str]:
    """`_p` with a lead (see lexicon.compile_pattern): for the patterns it makes much faster."""
    return _p(template, lead=True)


# Gaps are words separated by single spaces: punctuation ends a clause and so ends a match.
GAP = r"(?:[\w'@:]+ ){0,6}?"
DIRECT = _p(
    rf"\b(?P<intent>{{INTENT}}) (?P<gap>{GAP})(?:{{VERB}})\b (?:up |down |out |over )?(?:the )?(?P<target>{{TARGET}})"
)
PUT_AWAY = _p(
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
# "you're dead", "ur gonna get jumped", "you will die this week".
WEAPON_ON_WAY = lx.Alternation(
    [
        rf"\b(?P<intent>{{INTENT}}) (?P<gap>{GAP})(?P<vm>bring|bringing|come with|coming with|cary|carying|pack|"
        rf"packing|show up with|turn up with) (?:a |my |the |some |his |me )?(?:{lx.trie(lx.WEAPONS)})s? (?:to|into|"
        rf"round|over|for|at) (?P<target>{{TARGET}})",
        rf"\b(?P<intent>{{INTENT}}) (?P<gap>{GAP})(?P<vm>come|coming|show up|showing up|turn up|turning up|walk|walking"
        rf"|go|going) (?:in)?to (?P<target>(?:{{YOUR}}|{{HIS}}|the|that) (?:[\w']+ )?(?:{{PROPERTY}}|work|clas|ofice))"
        rf"(?: [\w']+){{0,3}}? with (?:a|my|the|some|his|me) (?:{lx.trie(lx.WEAPONS)})s?\b",
        rf"\b(?P<intent>{{INTENT}}) (?P<gap>{GAP})(?P<vm>come|coming|be|show up|turn up|showing up|turning up)(?: back| "
        rf"round| over| down)? with (?:a|my|the|some|his) (?:{lx.trie(lx.WEAPONS)})\b",
        r"\b(?:or|and|before) (?:i'l|i wil|ima|i'm gona|we'l|i go|i|we) do it (?:for|4) (?P<target>you|u)\b",
        r"\bnext time,? (?:i|we)(?:'l| wil)? (?P<vs>shoot|stab|kil|swing|won't mis|wont mis|aim for the head)\b",
        rf"(?:^|(?<=[.!?])|(?<=[.!?] ))(?P<vs>{{STRONG}}) (?P<target>{{YOU}}) (?:[\w']+ ){{0,3}}?(?:{lx.trie(lx.WHEN)})\b",
        r"\b(?P<vm>(?:beat|kick|knock|slap|punch|smack) the (?:living |absolute |everliving |ever living )?(?:shit|crap|hel|"
        r"life|living daylights|daylights|pis) out of) "
        r"(?P<target>(?!me\b|myself\b|it\b|this\b|that\b|the\b)[\w@]+)",
    ],
    LISTS,
)
BULLET_FOR = _p(
    r"\b(?P<target>he|she|they|you|u|him|her|he's|she's|they're|you're|ur|that \w+)(?: is| are|'s|'re)? "
    r"(?:getting|get|gets|gona get|going to get|catching|catch|eating|eat|wil get|'l get|(?<=\w)'l get) (?:a |one |some "
    r"|two )?(?P<vs>bul+ets?|slugs?|rounds? to the head|lead|the knife|a knife|stabbed|shanked|popped|capped)\b"
)
YOU_FUTURE = _p(
    r"\b(?P<target>you|u|ya|yu|(?:{YOUR}) (?:[\w']+ )?(?:{PERSON}))(?:(?:'re| are| r|'l| wil| go| is|r) "
    r"(?:(?:going to|gona|gon|about to|wil|gota|finna|bout to|so) )?| (?:going to|gona|gon|about to|wil|gota|"
    r"finna|bout to|'l) )(?:(?:get|be|end up|getting|being) "
    r"(?:[\w']+ ){0,2}?(?:(?P<vs>{STRONG})|(?P<vx>{SEXUAL})|(?P<vm>{MEDIUM})|(?P<vw>{SOFT}))\b|(?P<vs>die|bleed"
    r"|dead(?! to me\b)(?=(?: meat| man| when| by| the| m8| mate| bro| bruv| pal| fam| lad| son| fr| i mean| now| "
    r"already| if| soon| tonight| tomorow|\s*[,.!?;:]|\s*$))|be dead|a dead man|be burying (?:you|u))\b"
    r"|(?P<vm>see blood|suffer|be in (?:a |the )?(?:hospital|wheelchair|coffin|body bag|grave))\b)"
)
# "your sister gets hurt", "gets their legs broken": harm done to someone, no agent named.
GETS_HURT = _p(
    r"\b(?P<target>(?:{YOUR}|{HIS}|their) (?:[\w']+ )?(?:{PERSON}))(?: wil| 'l|'l| is gona| is going to)? (?:gets|get|"
    r"is getting|ends up) (?:[\w']+ )?(?:(?P<vs>{STRONG})|(?P<vx>{SEXUAL})|(?P<vm>{MEDIUM}|hurt))\b"
    r"|\b(?:gets?|getting|wil get|'l get) (?P<target>(?:{YOUR}|{HIS}|their) (?:[\w']+ )?(?:{BODY}|{PROPERTY})s?) "
    r"(?P<vm>broken|snapped|smashed|kicked in|caved in|cut of|ripped of|blown of|slit|cut|slashed|burned|burnt|"
    r"torched|bashed in|cracked|split open|stoved in|caved)\b"
)
# "give that ref a good kicking": a beating by another name, whoever is asked to give it.
GIVE_A_BEATING = _p(
    r"\b(?P<vm>give|giving|gives|gave) (?P<target>{TARGET}) (?:a |one )?(?:good |proper |real |right )?(?:kicking|"
    r"beating|hiding|shoeing|slap|smack|punch|doing|kicking in|bul+et|pasting|thrashing)\b"
)
# Put someone in the ground, whoever says it: violent on its face; news and quotes are mitigated.
PUT_DOWN = _p(
    r"\b(?P<vs>put|send|leave|left|sent) (?P<target>{TARGET}) (?:in|into|under|for|6|six) (?:the |a |an )?(?:ground|"
    r"grave|cofin|body bag|bodybag|morgue|casket|dirt|feet under|dead)\b"
)
# "if the verdict goes the wrong way, we burn the courthouse down": a bare present after a condition.
IF_THEN = _p(
    r"\b(?:if|when|unles|once)\b[^.!?]{3,80}?, (?:then )?(?:i|we) (?:{VERB})\b (?:up |down |out )?(?P<target>{TARGET}|"
    r"(?:the|that|this) (?:[\w']+ )?(?:{PROPERTY}|{VENUE}))"
)
SNITCHES = _p(r"\b(?P<target>\w+) gets? (?:{WEAPON_EMOJI})|\b(?P<target>snitches|rats|grases) get (?:stitches|:knife:)")

DEATH_EVENT = (
    r"(?:die|dies|drop dead|drops dead|get hit|gets hit|get run over|gets run over|(?:get|gets) (?:\w+ )?"
    r"(?:shot|stabbed|kiled|murdered|raped|cancer|aids|ebola|beaten|hurt|lynched|hanged|hung|gased|burned|burnt"
    r"|eaten|mauled|decapitated|tortured|asaulted|hit by|run over|blown up|ran over|what's coming|whats coming)"
    r"|drown|drowns|choke|chokes|burn|burns|rot|rots|suffer|suffers|crash|crashes|flip|flips|explode|explodes"
    r"|catch fire|catches fire|burn down|burns down|never wake up|don't wake up|dont wake up|stabs|shoots|kils"
    r"|beats|runs over|rapes|asaults|molests|gropes|finish the job|finishes the job|perish|perishes|go missing|goes missing"
    r"|never wakes up|doesn't wake up|doesnt wake up"
    r"|puts? a bul+et (?:in|through)|(?:puts?|sticks?) a knife in|overdose|overdoses|od|bleed out|bleeds out"
    r"|(?:get|gets|got) (?:struck by lightning|blown of|blown up|glased|shot|run over|hit by)"
    r"|(?:plane|flight|helicopter|chopper|jet|boat|ship|ferry) (?:goes|go) down)"
)
WISH = _p(
    rf"\b(?:hope|hoping|pray|praying|wish|hopefuly|may)\b (?:that )?(?:god |someone |somebody )?(?:both |al )?"
    rf"(?P<target>{{SUBJECT}}) (?:[\w']+ ){{0,5}}?(?P<vs>{DEATH_EVENT})\b"
)
DESERVE = _lead(
    r"\b(?P<target>{SUBJECT}) (?:[\w']+ ){0,5}?(?:deserve|deserves|deserved|should|shuld|must|ought to|oughta"
    r"|need to|needs to|have to|has to|gota|got to|would al|wil al|are al gona|needs)(?: not)? (?:al |just |realy |fucking |"
    r"to |al be |be al |the |al get |get )*(?P<vs>die\b|death\b|a bul+et|the rope|(?:be )?(?:[\w']+ ){0,3}?"
    r"(?:wiped of (?:the face of )?the (?:earth|planet|map)|kiled|shot(?! down)|executed|execuetd|hanged|hung|gased|"
    r"burned|burnt|lynched|exterminated|wiped out|put down"
    r"|eliminated|slaughtered|murdered|stabbed|tortured|beheaded|drowned|butchered|masacred|castrated"
    r"|stoned|culed|put to death|strung up|eradicated|raped|shot on sight|burned at the stake|burnt at the stake"
    r"|gunned down|run over|beaten to death|skined alive|buried alive|put against a wal|locked up and burned|asaulted|"
    r"sexualy asaulted|molested|groped|violated)\b"
    r"|(?:suffer|rot|burn|hang|swing)(?= ?[.,!?;]|$| for| in| forever| together| al| slowly| painfuly)"
    r"|be taken out\b|be (?:put|locked up) (?:down|in a cage) like|(?:be )?put(?:ing)? in the ground\b"
    r"|be put down\b|get (?:shot|kiled|stabbed|raped|hanged|lynched)\b)"
)
NO_RIGHT = _lead(
    r"\b(?P<target>{SUBJECT}) (?:[\w']+ ){0,2}?(?P<vs>(?:have|has) no right to (?:be alive|live|exist|breathe)"
    r"|(?:do not|don't|dont|does not|doesn't) (?:deserve to (?:live|be alive|exist|breathe)|belong on (?:this"
    r" )?earth)|(?:should not|shouldn't|shouldnt) (?:be alowed to )?(?:live|exist|breathe|be alive)"
    r"|(?:would be|are|r|is) beter of dead|need killing|need kilin'?|needs? (?:a bul+et|kiling|shooting"
    r"|hanging|putting down|to be put down))"
)
FUNERAL = _p(
    r"\b(?P<vs>(?:can't|cant|cannot) wait (?:to|til|until|for) (?:[\w']+ ){0,3}?(?P<target>{YOUR}|{HIS}) "
    r"(?:funeral|obituary|death|grave|wake|autopsy|coffin)|dance on (?P<target>{YOUR}|{HIS}) grave|piss on "
    r"(?P<target>{YOUR}|{HIS}) grave|(?P<target>you|u|ya) (?:should|need to|can) (?:go )?(?:die|drop dead|die in a"
    r" (?:fire|hole|ditch))|go (?:and )?die(?: in a (?:fire|hole|ditch))?|die in a (?:fire|hole|ditch))\b"
)
INCITE_SOMEONE = _p(
    r"\b(?:someone|somebody|some1|sum1|anyone|anybody|one of you|one of u|you guys|y'al|u guys|we al|we|people"
    r"|everyone|everybody|you al|real patriots|patriots|lads|boys|the people|you lot|y'al)\b(?! else\b) (?:[\w']+ ){0,3}?"
    r"(?:should|shuld|needs? to|has to|have to|ought to|oughta|must|gota|got to|go|beter|could|please|pls|plz"
    r"|can|wil you|just|finaly|need to|would|wud|needa|want to|wana|wants to|fancy|up for|keen to)\b (?:[\w']+ ){0,3}?(?:{VERB})\b (?:up |down |out "
    r"|over )?(?:[\w']+ )?(?P<target>{TARGET})"
)
INCITE_LETS = _p(
    rf"\b(?:let'?s|let us|how about we|what about we|why don't we|why dont we|why not|what if we|time to|"
    rf"it's time to|its time to|we need to|we must|we should|we gota|it would be best to|it'd be best to|best to|"
    rf"in every(?:body|one)'s interest to|the only solution is to|the answer is to|solution is to|we have to|"
    rf"we ought to|who's brave enough to|whos brave enough to|who wants to|who's going to|who's gona|"
    rf"whoever|anyone who|the first person to|the first person who|i'l pay (?:[\w']+ ){{0,2}}(?:to|for) "
    rf"(?:whoever|anyone|someone)(?: to)?|\d+ (?:to|for) (?:whoever|anyone who|the first (?:one|person)))"
    rf" (?P<gap>{GAP})(?:{{VERB}})\b (?:up |down |out |over )?(?:[\w']+ )?(?P<target>{{TARGET}})"
)
WHY_NOBODY = _p(
    r"\bwhy (?:hasn't|hasnt|has not|haven't|havent|doesn't|doesnt|don't|dont|didn't|didnt|won't|wont|isn't|has|"
    r"have|did|does|do|is) (?:anyone|anybody|someone|somebody|one of you|we|you guys|nobody|no one|"
    r"noone) (?:[\w']+ )?(?:{VERB})\b (?:[\w']+ )?"
    r"(?P<target>{TARGET})"
)
# Verb first, clause start checked behind it: far faster than scanning for clause starts.
IMPERATIVE = _lead(
    r"(?:^|(?<=[.!?;:,\"')])|(?<=[.!?;:,\"')] )|(?<=\band )|(?<=\bthen )|(?<=\bnow )|(?<=\bjust )|(?<=\bgo )|"
    r"(?<=\bplease )|(?<=\bpls ))(?:(?:go|just|please|pls|now|someone|somebody|al|"
    r"and) )*(?:(?:{VERB_BASE})\b (?:the )?(?P<target>{THIRD_TARGET})|"
    r"(?P<vm>kick|smash|bash|cave|stove) (?P<target>{HIS}|their|(?:{HIS}|their) \w+) (?:(?:[\w']+ )?(?:{BODY}) )?in"
    r"|(?P<vs>string) (?P<target>{THIRD_TARGET}) up|(?P<vm>drag) (?P<target>{THIRD_TARGET}) out|(?P<vm>sort)"
    r" (?P<target>{THIRD_TARGET}) out (?:permanently|for good|properly)|(?P<vs>make) (?P<target>{THIRD_TARGET})"
    r" (?:disappear|vanish|suffer|bleed)|(?P<vs>burn) (?:it|them|the \w+) (?:down )?with (?P<target>them|him|her|"
    r"everyone|the \w+) (?:inside|in it)|(?P<vs>make) (?:a |an )?(?:bloody |real |proper )?example of "
    r"(?P<target>{THIRD_TARGET}))"
)
DEATH_TO = _p(
    r"\b(?P<vs>death|deaht|deth) to (?P<target>(?:al )?(?:the |those |these |you |al you )?(?:[\w']+ )?(?:{PERSON}|"
    r"{GROUP})s?\b|you\b|u\b|al \w+)"
)
THROATS = _lead(
    r"\b(?P<target>{SUBJECT}) (?:[\w']+ ){0,3}?(?:had|have|get|got|with) (?:their|his|her|your|ur) (?P<vs>"
    r"(?:throats?|necks?|heads?) (?:cut|slit|sliced|snapped|chopped off|blown off|bashed in|caved in|cut off))"
)
SEE_THEM = _p(
    r"\b(?:love|like|want|wana|wish|hope|glad|happy|enjoy|wait) to (?:see|watch) (?P<target>{SUBJECT}|"
    r"al (?:of )?(?:them|"
    r"those \w+|these \w+)) (?:[\w']+ ){0,2}?(?P<vs>suffer|die|hang|burn|dead|shot|kiled|executed|tortured"
    r"|swing|lynched|burned|gased|beaten|stabbed|raped|bleed|rot)\b"
    r"|\bwish (?P<target>{SUBJECT}) (?:[\w']+ ){0,2}?(?:would|could|will) (?:al )?(?:get |be )?(?P<vs>die|"
    r"shot|kiled|executed|hanged|burned|gased|stabbed|drown|perish|disappear)\b"
    r"|\bif only (?:someone|somebody|we|they|you) (?:would|could) (?:[\w']+ )?(?:{VERB})\b (?:[\w']+ )?"
    r"(?P<target>{TARGET})"
)
SHOULD_BE_LEGAL = _lead(
    r"\b(?:{VERB})\b (?P<target>(?:a|an|the|those|these|al|every|any)? ?(?:[\w']+ ){0,2}?(?:{PERSON}|{GROUP})"
    r"(?: like (?:you|u|them))?) (?:should|must|ought to|needs to|would) (?:not be (?:ilegal|a crime|punished)|be "
    r"(?:legal|legalised|legalized|decriminalised|decriminalized|alowed|encouraged|rewarded|a sport|mandatory))"
    r"|\b(?P<vs>execution|extermination|genocide|death|a bul+et|the rope|gas chambers?|the gallows|a final "
    r"solution|a bul+et in the head) (?:is|are|would be) the (?:only |best |real )?(?:solution|answer|cure|way)"
    r" (?:for|to|with) (?P<target>(?:the |those |these |al )?(?:[\w']+ )?(?:{PERSON}|{GROUP}))"
    r"|\b(?:world|country|we|everyone|society) (?:would be|is|'d be|wil be) (?:a )?beter (?:place |of )?(?P<vm>"
    r"without) (?P<target>(?:the |those |these |al )?(?:[\w']+ )?(?:{PERSON}|{GROUP}))"
    r"|\bif (?P<target>(?:the |those |these |al )?(?:[\w']+ )?(?:{PERSON}|{GROUP})) (?:were|was|got|al got|were al"
    r"|would al) (?:[\w']+ )?(?P<vs>eradicated|exterminated|kiled|wiped out|gased|shot|executed|hanged|dead|"
    r"gone for good|eliminated)\b"
)
RAPE_DESERVED = _lead(
    r"\b(?P<target>{SUBJECT}) (?:[\w'@]+ ){0,5}?(?:need|needs|deserve|deserves|should|ought to|beg|begs|asking|"
    r"want|wants) (?:to |for )?(?:be |get |it |a good )?(?P<vx>raped|rape|raping|molested|gang raped|gang rape|gangrape)"
)
SEXUAL_COERCION = _p(
    r"\b(?:hold (?:you|u|her) down|(?:catch|get|find) (?:you|u|her) alone|force myself on|have my way with|"
    r"take what i want|do whatever i want(?: to)?"
    r" (?:with |to )?(?:you|u|her)|get (?:you|u|her) alone|corner (?:you|u|her)|(?:tear|rip) (?:your|ur|her) "
    r"clothes off|strip (?:you|u|her)|(?:\w+ ){0,2}consent (?:\w+ ){0,3}?(?:matters|means nothing)|"
    r"how litle (?:your|ur|her) consent|(?:won't|wont|not|never) (?:get to |be able to )?say no|whether (?:you|u|"
    r"she) (?:want|like|wants|likes)(?: it| to)? or not|nobody (?:wil|'l|can|gona|is gona) hear (?:you|u|her) "
    r"scream|(?:you|u)'?l give me what i want|one way or another|fight me of|fight (?:me|us) of|when i break in"
    r"|taking (?:you|u|her) home whether|pin (?:you|u|her) down|make (?:you|u|her) mine|(?:be|become) my property"
    r"|(?:won't|wont|don't|dont) get a say|(?:not|never) (?:gona |going to )?(?:have|get) a (?:choice|say)"
    r"|do what(?:ever)? i want (?:to|with) (?:you|u|her)|take what i want anyway)\b"
)

# -- veiled threats and intimidation ----------------------------------------------------------------

# (weight, words one of which must occur, pattern): the words are looked up in one trie scan, so
# most texts try none of these patterns at all.
VEILED: list[tuple[float, str, re.Pattern[str]]] = [
    (
        4.0,
        "bulet bulets knife blade round grave cofin machete axe gun name",
        _p(
            r"\b(?:bul+et|knife|blade|round|grave|cofin|machete|axe|gun)s? (?:with|and|that has|that's got|has got) "
            r"(?:{YOUR}|{HIS}) name (?:written |engraved |carved |scratched )?on it\b|\b(?:{YOUR}|{HIS}) name on (?:a|"
            r"my|this|the) (?:bul+et|knife|blade|grave|list)"
        ),
    ),
    (
        4.0,
        "mis",
        _p(
            r"\b(?:would|wil|'d|'l) (?:anyone |anybody |they |your \w+ )?miss (?:you|u|him|her) if (?:you|u|he|she) "
            r"(?:disappeared|vanished|died|were gone|went missing|had an accident|never came home)\b"
        ),
    ),
    (
        3.5,
        "lock check bolt",
        _p(
            r"\b(?:you|u|ya)(?:'d| would| had|d)? (?:better|beter|should|might want to|wana) (?:lock|check|bolt) "
            r"(?:{YOUR}) (?:doors?|windows?|car|back|brakes)\b"
        ),
    ),
    (
        3.0,
        "visit",
        _p(r"\b(?:pay|paying|give) (?:{YOU}|{YOUR} \w+|him|her|them) a (?:little |friendly |quick |nice )?visit\b"),
    ),
    (
        4.5,
        "day night moment ready prepare",
        _p(
            r"\b(?:is|wil be|'s) the (?:day|night|moment|last day) (?:you|u) (?:die|bleed|get hurt|regret|take your "
            r"last)\b|\b(?:get ready|prepare|be ready|better be ready) to (?:die|bleed|meet (?:your|ur) maker|suffer|"
            r"get hurt)\b"
        ),
    ),
    (
        3.5,
        "list wait",
        _p(
            r"\b(?:you're|ur|you are|u r|he's|she's|he is|she is) (?:first|next|top|number one) on my (?:hit )?list\b"
            r"|\b(?:wait|just wait) (?:til|until|till) i (?:get out|get my hands on|find|see|catch)\b"
        ),
    ),
    (
        4.0,
        "recognise recognize identify body",
        _p(
            r"\b(?:won't|wont|wil not|never|not|can't|cant) (?:be able to )?(?:recogni[sz]e|identify) (?:you|u|him|her|"
            r"your \w+)\b|\b(?:never|won't|wont|wil not|not) (?:ever )?find (?:{YOUR}|{HIS}|the) body\b|\b(?:{YOUR}|"
            r"{HIS}) body (?:wil|'l) be found\b"
        ),
    ),
    (
        3.5,
        "dead",
        _p(
            r"\b(?:you're|ur|you are|u r|he's|she's|he is|she is|they're|they are) (?:a )?dead (?:man|men|woman|girl|"
            r"boy) walking\b|\bdead (?:man|woman) walking\b(?= .*\b(?:you|u|he|she|him|her)\b)"
        ),
    ),
    (
        4.0,
        "found won't wont se",
        _p(
            r"\b(?:be |get |end up |turn up )?found (?:dead |face down |floating )?in (?:a|the) (?:ditch|river|canal|"
            r"skip|bin|gutter|dumpster|morgue|woods|lake|boot|trunk)\b|\bsee to it that (?:you|u|he|she|they) "
            r"(?:suffer|bleed|die|pay|never)\b|\bwon't be (?:writing|talking|posting|walking|breathing|tweeting|"
            r"speaking) (?:anything |much |again )?(?:after|by|past|come)\b"
        ),
    ),
    (
        3.0,
        "takes light set hiding kicking beating shoeing",
        _p(
            r"\b(?:one|a single) (?:bul+et|shot|stab|match|spark) is al it takes\b|\b(?:light|set) (?:{YOUR}|{HIS}) "
            r"(?:house|home|car|flat|place|crib|shop) (?:up|alight|ablaze|on fire)\b|\bgetting a (?:hiding|kicking|"
            r"beating|shoeing)\b"
        ),
    ),
    (
        4.0,
        "find come",
        _p(
            r"\b(?:i'l|i wil|we'l|we wil|gona|ima|i'm going to|im going to) find out where (?:you|u|your \w+|ur \w+)"
            r" (?:live|lives|work|works|sleep|sleeps)\b|\b(?:i'l|i wil|we'l|we wil|ima|gona|i'm gona|im gona) come "
            r"for (?:you|u|ya|your|ur)\b"
        ),
    ),
    (
        3.5,
        "die show inside",
        _p(
            r"\b(?:you|u) (?:wana|want to|wanna) die\?|\b(?:i'l|i wil|let me|gona|ima) show (?:you|u|ya) what "
            r"happens\b|\bwith (?:you|u) (?:stil )?(?:inside|in it)\b"
        ),
    ),
    (
        3.5,
        "capable",
        _p(
            r"\b(?:you|u) have no idea what (?:i'm|im|i am|we're|we are) capable of\b|\b(?:you|u) "
            r"(?:don't|dont|do not) know what (?:i'm|im|i am|we're|we are) capable of\b"
        ),
    ),
    (
        4.0,
        "lucky done finished",
        _p(
            r"\b(?:you'l|you wil|you'd|ul|u'l) be lucky (?:if|to) (?:you|u) (?:can |could |ever )?(?:walk|talk|see|"
            r"breathe|survive|live|wake up)|\b(?:after|when|once|by the time) (?:i'm|im|i am|we're|we are|i've|"
            r"we've) (?:done|finished) with (?:you|u|him|her)\b"
        ),
    ),
    (
        4.0,
        "pray hope",
        _p(
            r"\b(?:pray|hope|better hope|beter hope) (?:that )?(?:i|we) (?:don't|dont|do not|never) (?:find|catch|"
            r"see|get) (?:you|u|ya)\b"
        ),
    ),
    (4.5, "hate", _p(r"\b(?:i'd|i would|we'd|we would) hate (?:for )?(?:anything|something) (?:bad )?to happen to\b")),
    (
        4.5,
        "shame pity tragedy tragic awful terible sad unfortunate horible dreadful bad",
        _p(
            r"\b(?:shame|pity|tragedy|tragic|awful|terible|sad|unfortunate|horible|dreadful|bad) (?:[\w']+ )"
            r"{0,2}?if (?:[\w']+ ){0,6}?(?:happened|happens|happen|were to|got hurt|gets hurt|failed|fail|"
            r"caught fire|catches fire|went missing|disappeared|had an accident|got hit|broke|burned|burnt|"
            r"never came home|didn't come home|got lost|fel|never (?:[\w']+ ){1,3}?again)\b"
        ),
    ),
    (
        4.5,
        "coming",
        _p(
            r"\b(?:you|u|ya|they|he|she)(?:'l| wil| won't| wont| will not| wil never|'l never| never| ain't)"
            r"(?: ever)? (?:see|hear) (?:it|us|me|them|this|what) coming\b|\bnever see it coming\b"
        ),
    ),
    (
        4.5,
        "numbered count enjoy last sleep",
        _p(
            r"\b(?:{YOUR}) days are numbered(?![^a-z]{0,6}(?:on|in) (?:the|my|an?|your|ur) (?:advent )?calendar)|\bcount (?:{YOUR}) days|\benjoy (?:{YOUR}) last (?:day|days|night"
            r"|nights|breath|breaths|week|moments|christmas|birthday)|\blast day on earth|\bsleep with one eye "
            r"open|\b(?:this is|wil be|is) (?:{YOUR}) last (?:day|night|breath|christmas|birthday)\b"
        ),
    ),
    (
        4.0,
        "watch mind lok loking",
        _p(
            r"\b(?:watch|mind) (?:{YOUR}) (?:back|self)\b|\bwatch yourself\b|\bbeter watch out\b|"
            r"\blook(?:ing)? over (?:{YOUR}) shoulder\b|\b(?:you|u)(?:'d| would| had|d) beter (?:watch|sleep|"
            r"be careful)"
        ),
    ),
    (
        4.0,
        "careful",
        _p(
            r"\b(?:i'd|i would|id) be (?:very |real |realy )?careful (?:[\w']+ ){0,8}?if i (?:were|was) "
            r"(?:you|u)\b|\bif i (?:were|was) (?:you|u),? i'?d be careful\b"
        ),
    ),
    (
        4.5,
        "ambulance stretcher dental nap prayers eulogy obituary under bag cofin",
        _p(
            r"\b(?:bring|get) (?:an |a )?(?:ambulance|body bag|coffin|stretcher)|\bdental records\b|"
            r"\b(?:six|6) f(?:ee|e)t under\b|\bdirt nap\b|\bsay (?:your|ur) prayers\b|\bwriting (?:your|ur) "
            r"(?:eulogy|obituary)"
        ),
    ),
    (
        4.0,
        "arange aranged sent hired paid got",
        _p(
            r"\b(?:i|we) (?:have|'ve|ve|has) (?:arange|aranged|sent|hired|paid|got) (?:some )?(?:people|someone|"
            r"men|boys|guys|somebody|a guy|a man) (?:for|to (?:visit|find|deal with|handle|see)) (?:you|u|him|her)"
        ),
    ),
    (
        4.5,
        "pay sufer burying bury cry mourn identify mis find next regret",
        _p(
            r"\b(?:{YOUR}|{HIS}) (?:whole )?(?:family|kids|children|wife|husband|mum|mom|mother|son|daughter|"
            r"parents|loved ones)(?: wil| 'l|'l| are going to| are gona| gona| go| is going to| is gona)"
            r" (?:be )?(?:pay|suffer|be burying|bury|burying|cry over|mourn|identify|miss you|find you|"
            r"be next|regret)"
        ),
    ),
    (
        3.5,
        "acidents things stuf shit way people",
        _p(
            r"\b(?:accidents|things|bad things|stuf|shit) (?:happen|can happen|tend to happen|have a way of "
            r"happening)(?: to (?:people|those|snitches|[\w']+ who))?\b|\bhave a way of (?:disappearing|going "
            r"missing|getting hurt|having accidents|ending up)\b|\bpeople (?:go missing|disappear|get hurt) "
            r"(?:round|around|for)\b"
        ),
    ),
    (3.5, "remember", _p(r"\bremember what happened to\b")),
    (3.5, "next", _p(r"\b(?:you're|you are|ur|u r|you'l be|you wil be|your|youre) next\b")),
    (3.5, "hide", _p(r"\b(?:you|u) can(?:'t|t|not) hide\b|\bnowhere to (?:hide|run)\b")),
    (
        3.0,
        "think fast quickly easily",
        _p(
            r"\bthink (?:about|on) (?:that|it|this) before (?:you|u)\b|\bhow (?:fast|quickly|easily) (?:[\w']+ )"
            r"{0,3}?(?:can )?(?:catch fire|burn|go up in flames|disappear|get hurt|break|go missing|have an "
            r"accident)"
        ),
    ),
    (
        4.5,
        "next hope hoping wish",
        _p(
            r"\bnext time,? (?:i|we)(?:'l| wil)? (?:shoot|stab|kil|swing|won't mis|wont mis)\b|\b(?:hope|"
            r"hoping|wish) (?:[\w']+ ){0,3}?finish(?:es)? (?:the job|(?:you|u|him|her) of)\b"
        ),
    ),
    (
        4.0,
        "coming find hunt track",
        _p(
            r"\b(?:i'm|im|i am|we're|we are|were) coming for (?:you|u|ya|your|ur)\b(?! (?:base|title|crown|spot|place|job|"
            r"record|position|seat|belt|trophy|cup|time|pb|crown)\b)(?![^.!?]{0,40}\bwith (?:pizza|wine|"
            r"cake|food|drinks|snacks|beer|flowers|presents|gifts|hugs|a hug|cuddles|tea|cofee|chocolate|popcorn|"
            r"takeaway|dinner|brunch))|\b(?:i'l|i wil|we'l|we wil"
            r"|ima|i'm gona|im gona|gona|i'm going to|im going to|i am going to|i shal) (?:find|hunt|track) "
            r"(?:you|u|ya|him|her) (?:down|wherever|and)\b|\bhunt (?:you|u|ya) down\b"
        ),
    ),
    (
        3.0,
        "waiting outside",
        _p(
            r"\b(?:i'l|i wil|we'l|we wil|i'm|im) (?:be )?(?:waiting|outside) (?:for (?:you|u|him|her|them)|outside|"
            r"at|by|in)\b"
        ),
    ),
    (
        4.0,
        "won't wont not never ain't",
        _p(
            r"\b(?:you|u|ya|ur)(?:'l| wil|'re| are| r)?(?: \w+)? (?:won't|wont|wil not|not|never|never gona|not "
            r"gona|ain't gona|ain't) (?:see|make it to|live to see|live past|survive|walk again|talk again|wake up|"
            r"make it home|get home|be laughing|be breathing|last)\b"
        ),
    ),
    (
        3.0,
        "godbye bye",
        _p(r"\b(?:say|said|saying) goodbye to (?:{YOUR})\b|\bkis (?:{YOUR}) (?:\w+ )?goodbye\b|\bbye bye\b"),
    ),
    (
        2.5,
        "regret pay sory wish get make",
        _p(
            r"\b(?:you'l|you wil|u wil|ul|you're going to|youre going to|ur gona|you gona|u gona|you'l be|you "
            r"wil be)(?: \w+)? (?:regret (?:this|it|that|\w+ing|the day|ever)|pay for (?:this|it|that)|be sory|pay|"
            r"wish you (?:were "
            r"dead|never))\b|\bi'l (?:get|make) you (?:for this|back)\b|\bi'l make you pay\b"
        ),
    ),
    (
        3.5,
        "se blod hapens",
        _p(
            r"\b(?:you|u) (?:wil|'l|go|gona|are going to) see (?:blood|what (?:wil )?happens?)\b|"
            r"\bthere (?:wil|'l) be blood\b|\bfind out what happens\b|\bsee what (?:wil )?happens? (?:to|next)\b"
        ),
    ),
    (
        2.5,
        "warning warned tock did",
        _p(
            r"\blast warning\b|\bfinal warning\b|\b(?:you've|you have|youve|u have) ben warned\b|\btick tock\b"
            r"|\bi know what you did\b|\bwe know what you did\b"
        ),
    ),
    (
        3.5,
        "hands able",
        _p(
            r"\b(?:when|once|if|til|until) i (?:get|lay|put) my hands on (?:you|u|ya|him|her)\b|\b(?:won't|wont|"
            r"wil not|"
            r"not) be able to (?:stand|walk|talk|see|breathe|eat|type)\b"
        ),
    ),
    (
        4.0,
        "dead",
        _p(
            r"\b(?:he's|she's|he is|she is|you're|youre|ur|you are|they're|they are) (?:a )?dead (?:man|woman|men|"
            r"meat|girl|boy)\b(?! walking)"
        ),
    ),
    (
        4.5,
        "hands lights",
        _p(
            r"\b(?:put|wrap|get|squeze) my hands (?:around|round|on) (?:{YOUR}|{HIS}) (?:neck|throat)\b|"
            r"\bsleep with the lights on\b"
        ),
    ),
    (
        3.5,
        "nice lovely beautiful",
        _p(
            r"\bnice (?:house|family|car|kids|wife|place|shop|home|daughter|son|business|dog|job) (?:you've got|you"
            r" have|you got|youve got|u got|u have)\b|\b(?:lovely|beautiful|nice) (?:family|kids|wife|house|home)"
            r"[^.?!]{0,40}?\b(?:be a shame|anything happened|something happened|wouldn't want)"
        ),
    ),
    (
        3.0,
        "pul step met outside gates catch come run square",
        _p(
            r"\b(?:pul up|step outside|meet me outside|see you outside|outside the gates|catch (?:you|u) "
            r"outside|come outside|run (?:me|up) the fade|square up)\b"
        ),
    ),
    (2.5, "irl", _p(r"\b(?:deleted|erased|unalived|removed|ended) irl\b|\birl,? not the (?:account|acount)")),
]

# Families found missing on text written after the rules (docs/scoring.md): (signal, weight, key
# words, pattern), tried through the same word keys as VEILED.
_YOU_WILL = (
    r"(?:you|u|ya|ye|ur|youre)(?:'l|l| wil| are going to| are gona|'re going to|'re gona| r gona| gona| are| r|'re)?"
)
PHRASES: list[tuple[str, float, str, re.Pattern[str]]] = [
    # -- aftermath: what the violence leaves, with no act named
    ("threat.veiled", 4.5, "ambulance bag stretcher cofin box wheelchair hearse",
     _lead(rf"\b{_YOU_WILL} (?:be )?(?:leaving|leave|going home|go home|coming out|come out|carried out|wheeled out|"
        r"walk out|walking out)(?: [\w']+){0,3}? (?:in|on) (?:an? |the |your own )?(?:ambulance|body bag|"
        r"stretcher|coffin|box|wheelchair|hearse|bag)\b")),
    ("threat.veiled", 4.0, "canal river ditch morgue bag cofin grave wheelchair boot woods hospital a&e icu intensive lake sea dock docks harbour",
     _lead(r"\b(?:you|u|ya|people (?:who|like)|anyone who|those who|[\w']+s who|lads who|girls who)\b(?: [\w']+){0,4}?"
        r" (?:tend to |usually |always |wil |'l |might |could |gona )?(?:end|ends|wind|winds) up (?:in|at the bottom "
        r"of|face down in|floating in) (?:a |the )?(?:canal|river|ditch|morgue|body bag|coffin|grave|wheelchair|"
        r"boot|woods|hospital|a&e|icu|intensive care|lake|sea|dock|docks|harbour)\b")),
    ("threat.veiled", 4.0, "grave", _lead(r"\b(?:find|finding|dig|digging|fill|filling|pick|picking) (?:{YOUR}) own "
                                       r"grave (?:eventualy|soon|one day|yet|before|after|if|when)")),
    ("threat.veiled", 4.0, "pul puling fish fishing drag draging scrape scraping",
     _lead(r"\b(?:pul|puling|fish|fishing|drag|draging|scrape|scraping|peel|peling) (?:you|u|ya|him|her|your \w+) "
        r"(?:out of|of|up of) (?:the|a) (?:river|canal|sea|lake|ditch|pavement|floor|road|tarmac|harbour)\b")),
    ("threat.veiled", 4.5, "teeth", _lead(r"\b(?:pick|picking|pickin|colect|colecting|sweep|sweping) (?:up )?(?:{YOUR}) "
                                       r"teeth (?:up )?(?:of|from|aff)\b")),
    ("threat.veiled", 4.0, "insurance cover plan wil",
     _lead(r"\bhope (?:{YOUR}) (?:life insurance|life cover|funeral plan|wil) (?:is|'s|are) (?:up to date|paid|sorted|"
        r"in order)")),
    ("threat.veiled", 4.5, "cal phone knock visit",
     _lead(r"\b(?:hate|want|like|love) (?:for )?(?:{YOUR}|{HIS}) [\w']+ to (?:get|receive|have) (?:a |that |the )?"
        r"(?:phone ?cal|cal|knock on the door|visit) from\b")),
    ("threat.veiled", 4.5, "flowers cofin casket headstone wreath hymns funeral",
     _lead(r"\b(?:{YOUR}|{HIS}) (?:[\w']+ )?(?:{PERSON})(?:'d| had)? (?:better|should|might want to|can|wil need to|"
        r"needs to|need to) (?:start )?(?:picking|choosing|buying|ordering|booking|planning|loking at|pick|choose|"
        r"buy|order|book|plan) (?:out )?(?:the |some |a |nice )?(?:flowers|cofin|casket|headstone|funeral|hymns|"
        r"wreath)|\b(?:pick|picking|choose|choosing) (?:out )?(?:{YOUR}) (?:cofin|casket|headstone|burial plot|"
        r"funeral (?:song|hymns))\b")),
    ("threat.veiled", 3.5, "nail", _lead(r"\bevery (?:post|tweet|word|comment|video|message|lie) (?:is|'s) another nail"
                                      r"|\banother nail in (?:{YOUR}) cofin\b")),
    ("threat.veiled", 4.5, "grow growing",
     _lead(r"\b(?:{YOUR}|{HIS}) (?:kids|children|sons?|daughters?|boys?|girls?|litle \w+|baby|babies|family)(?: wil| are|"
        r" is|'re| are going to| are gona| gona| going to|'l| could| might|'s)?(?: [\w']+)? grow(?:ing)? up "
        r"without (?:a|their|his|her|a) (?:dad|father|mum|mom|mother|parent|daddy|mummy)\b")),
    # -- warning formulas
    ("threat.veiled", 4.0, "walks walk walking leaves leaving comes coming gets makes",
     _lead(r"\bonly one of us (?:is )?(?:walks|walk|walking|leaves|leaving|coming|comes|gets|getting|makes|making|goes)"
        r" (?:out|away|home|it|of)\b")),
    ("threat.veiled", 2.5, "carefuly twice", _lead(r"\b(?:i'd|i would|id|you'd|you should|you beter|you'd beter|i'd) think "
                                       r"(?:very |realy |long and )?(?:carefuly|twice|hard) (?:about|before)\b")),
    ("threat.veiled", 3.0, "long ticking running time",
     _lead(r"\bnot long now\b|\bwon't be long now\b|\b(?:time's|time is) running out\b|\b(?:{YOUR}) time is "
        r"(?:almost |nearly )?up\b|\bclock(?:'s| is) ticking\b")),
    ("threat.veiled", 3.0, "talking talk",
     _lead(r"\b(?:no more|won't be any more|won't be no more|done) talking\b|\btime for talking is over\b")),
    ("threat.veiled", 4.0, "happens",
     _lead(r"\bwhat happens to (?:people|those|anyone|girls|boys|lads|snitches|grases|rats|folk|women|men|[\w']+s) "
        r"(?:who|that|like) (?:cross|mes|fuck|talk|snitch|gras|disrespect|lie|tease|rat|test|threaten|screw|betray|"
        r"report|you|u|me)")),
    ("threat.veiled", 4.0, "hope pray",
     _lead(r"\b(?:pray|hope|beter hope|better hope) (?:that )?(?:i|we) (?:don't|dont|do not|never) (?:ever )?(?:meet|run "
        r"into|bump into|cross paths|end up in the same|come across|se (?:you|u) again)")),
    ("threat.veiled", 4.0, "posting smiling laughing tweeting talking walking breathing smug brave cocky smirking",
     _lead(rf"\b{_YOU_WILL} (?:won't|wont|wil not|not|ain't) be (?:posting|smiling|laughing|tweeting|talking|walking|"
        r"breathing|around|smirking|running your mouth|so smug|so brave|so cocky|so mouthy|so tough|so gobby)"
        r"(?: like that| so much)? (?:for )?(?:much|very|to) long(?:er)?\b|\b(?:won't|wont) be (?:so )?(?:smug|brave|cocky|mouthy|gobby|"
        r"tough) (?:with|when) my\b")),
    ("threat.veiled", 2.5, "patient patience change",
     _lead(r"\b(?:i've|i have|ive|we've)(?: ben)? (?:very |extremely |more than )?patient with (?:you|u)\b|\bmy "
        r"patience (?:is|has) (?:running out|run out|wearing thin|gone)|\b(?:that's|that is) (?:about to|going to|"
        r"gona) change\b")),
    ("threat.veiled", 3.5, "hope pray",
     _lead(r"\b(?:hope|hoping|pray) nothing (?:bad |nasty |unfortunate )?(?:happens|ever happens) to (?:it|him|her|them|"
        r"(?:{YOUR}|{HIS}) \w+)")),
    ("threat.veiled", 4.0, "lesson respect",
     _lead(r"\bteach (?:you|u|him|her|them|ya) (?:a |some )?(?:lesson|respect|manners)\b[^.!?]{0,30}?\bwith "
        r"(?:their|our|my|his|the) (?:fists|boots|bats|hands)")),
    # -- hinted methods
    ("threat.veiled", 4.0, "brakes brake",
     _lead(r"\b(?:{YOUR}|{HIS}|the) brakes (?:just |sometimes |might |could |can )?(?:went|go|fail|failed|gave out|were cut|"
        r"get cut|stoped working|stop working)|\bcut (?:{YOUR}|{HIS}|the) brake|\b(?:{YOUR}) brakes\b[^.!?]{0,30}?\b(?:noise|"
        r"funy|fail|failing|hold|holding|working|lately)\b")),
    ("threat.veiled", 4.5, "under", _lead(r"\b(?:check|checking|lok|loking) under (?:{YOUR}) (?:car|van|vehicle|motor)")),
    ("threat.veiled", 3.5, "bang bom", _lead(r"\bsomething (?:that )?(?:goes|go|going) (?:bang|bom)\b")),
    ("threat.veiled", 4.0, "petrol lighter match rag",
     _lead(r"\b(?:house|home|flat|car|place|shop|door|van) (?:goes|go|went) up\b[^.!?]{0,30}?\b(?:petrol|match|lighter"
        r"|fire)|\b(?:petrol|lighter fluid|a lit match|a match|a rag) (?:through|in|into|under) (?:{YOUR}|{HIS}|the)"
        r" (?:letterbox|leter box|door|window|car)")),
    ("threat.veiled", 4.0, "locks", _lead(r"\bhope (?:the|{YOUR}) (?:new )?(?:place|house|flat|home|door)s? (?:has|have|"
                                       r"got) (?:god|strong|decent|solid) (?:locks|doors|security)")),
    ("threat.veiled", 3.0, "bringing bring packing",
     _lead(r"\b(?:bringing|bring|packing|i'l have|i've got) (?:the|my|a) (?:knife|blade|machete|gun|pistol|rifle|"
        r"shotgun|glock|axe|crowbar|acid|shank|:knife:|:gun:)\b(?! (?:and|&) (?:forks|spons|plates))")),
    ("threat.veiled", 3.5, "lucky",
     _lead(r"\b(?:you're|ur|you are|youre|u r|he's|she's) lucky (?:that )?(?:i|we) (?:don't|didn't|dont|didnt|"
        r"haven't|havent) (?:[\w']+ ){0,2}?(?:{VERB}|come|break into|find|show)")),
    # -- incitement without a listed verb
    ("threat.incitement", 5.0, "dead", _lead(r"\bthe only god [\w']+(?: [\w']+)? is a dead\b")),
    ("threat.incitement", 5.5, "inside there them",
     _lead(r"\b(?:burn|torch|set fire to|petrol bomb|firebomb|light up)\b(?: [\w']+){1,5}? with (?:them|him|her|everyone|"
        r"people|the \w+|al of them|the families|the kids)(?: stil| al)? (?:inside|in it|in there|in them)\b|"
        r"\b(?:nobody|no one|none of them|noone) (?:inside |in there )?(?:gets|get|walks|comes|makes it) out\b")),
    ("threat.incitement", 5.0, "fire alight ablaze petrol",
     _lead(r"(?:^|(?<=[.!?,;] )|(?<=\band ))(?:(?:go|just|now|al) )?(?:set|seting) (?:the|their|that|this|those|these)"
        r" (?:[\w']+ )?(?:{VENUE}|{PROPERTY}|hotel|hotels|mosques|churches|homes|houses)s? (?:on fire|alight|ablaze)"
        r"|\b(?:get|grab|bring) the petrol\b")),
    ("threat.incitement", 4.5, "round",
     _lead(r"\bround up (?:every |al |each )?(?:last |single )?(?:one of )?(?:the |these |those |them )?(?:{GROUP})")),
    ("threat.incitement", 4.5, "blod", _lead(r"\b(?:make|making) (?:them|him|her|you|u|'em) pay in blod\b")),
    # -- death wishes as events
    ("threat.death_wish", 5.0, "hope hoping pray praying wish",
     _lead(r"\b(?:hope|hoping|pray|praying|wish|hopefuly)\b (?:[\w']+ ){0,3}?(?:that )?(?:the |{YOUR} |{HIS} )?(?:cancer|tumou?r|chemo|"
        r"disease|ilnes|covid|virus|stroke|heart attack|operation|surgery|treatment|transplant|plane|flight|"
        r"helicopter|boat|ferry|next bomb|bomb|mis+ile|rocket|meteor) (?:wins|kils|gets|takes|fails|spreads|comes "
        r"back|doesn't work|dont work|don't work|finishes|goes down|go down|crashes|crash|sinks|lands on|hits|falls on"
        r"|drops on|is quick|is slow|is painful|takes you|takes him|takes her)\b")),
    ("threat.death_wish", 5.0, "party celebrate dance dancing champagne happy glad laugh",
     _lead(r"\b(?:throw a party|celebrate|dance|be dancing|pop (?:the )?champagne|crack open|be so happy|be happy|be "
        r"glad|be so glad|laugh|cheer)\b(?: [\w']+){0,3}? (?:if|when|the day) (?:you|u|he|she|they) (?:[\w']+ )?"
        r"(?:dropped dead|drop dead|died|die|dies|got shot|get shot|got kiled|get kiled|overdosed|got hit|got stabbed"
        r"|got run over|got cancer|croaked)\b|\bwhen (?:you|u) die,? i'l be (?:there )?(?:dancing|celebrating|laughing)")),
    ("threat.death_wish", 5.0, "wait",
     _lead(r"\b(?:can't|cant|cannot) wait (?:for|til|until|till) (?:the day )?(?:you|u|he|she|they) (?:[\w']+ )?(?:die|"
        r"dies|drop dead|get shot|get kiled|croak|kick the bucket|stop breathing)\b")),
    ("threat.death_wish", 5.0, "die dead hit run",
     _lead(r"(?:^|(?<=[.!?,] ))(?:(?:pls|please|plz|just|go|can you|why don't you|why dont you|kindly|honestly|"
        r"seriously|ngl|tbh) )*(?:die|drop "
        r"dead|get hit by (?:a|an) \w+|get run over|get cancer|go die)(?=$| ?[.!?,]| you| u| already| in a| slowly|"
        r" alone| bitch| plz| pls| please| asap)")),
    ("threat.death_wish", 4.5, "hope", _lead(r"\bhope (?:you|u|he|she|they) (?:get|gets|go|goes|end up) (?:there|to hel)"
                                         r" (?:soon|this|today|tonight|quick|fast|first)")),
    ("threat.death_wish", 4.5, "birth",
     _lead(r"\bshould(?:'ve| have|a)? (?:ben )?(?:drowned|strangled|smothered|kiled|aborted|put down|shot) (?:you|u|him|"
        r"her|them)? ?at birth\b")),
    # -- sexual violence without the act
    ("threat.sexual_violence", 5.0, "no consent care mater maters anyway either regardless",
     _lead(r"\b(?:{YOUR}|her) (?:no|consent) (?:doesn't|does not|won't|wont|don't|dont) (?:mean anything|mater)\b|\bno "
        r"means nothing\b|\b(?:don't|dont|do not|won't|wont) care (?:that|if) (?:you|u|she) (?:said|say|says) no\b|"
        r"\b(?:doing|do|having|take|taking|have) (?:it|you|u|her|what i want) (?:anyway|either way|regardless)\b")),
    ("threat.sexual_violence", 4.5, "spike spiking drug roofies rohypnol ghb chloroform",
     _lead(r"\b(?:spike|spiking|drug|druging) (?:{YOUR}|you|u|her) (?:drink|drinks|coke|wine|pint)?\b|\b(?:i've got|i "
        r"have|got|bringing|brought|ordered|ive got) (?:some )?(?:rofies|rohypnol|ghb|chloroform)\b")),
    ("threat.sexual_violence", 5.0, "scream screaming screams crying cry tears begging beg stop",
     _lead(r"\b(?:{YOUR}|her) (?:screaming|screams|crying|tears|begging|struggling) (?:won't|wont|wil not|isn't going to|"
        r"not gona) (?:stop|save|help) (?:me|you|u|her)\b|\b(?:crying|screaming|kicking|begging|struggling) or not\b|"
        r"\b(?:beg|beging) me to stop and i (?:won't|wont|wil not)\b")),
    ("threat.sexual_violence", 4.5, "held down pined tied",
     _lead(r"\b(?:held|pined|tied) down and (?:taught|shown|used|made|raped|fucked)\b|\bpin (?:you|u|her) down and\b")),
    ("threat.sexual_violence", 5.0, "asking", _lead(r"\basking for it\b[^.!?]{0,40}?\b(?:give it to (?:you|u|her)|you'l "
                                                 r"get it|gona get it)")),
    ("threat.sexual_violence", 4.0, "pased paseed round around",
     _lead(r"\b(?:get|getting|be|gets|being) pased (?:a)?round (?:the|al the|my|our) (?:whole )?(?:team|lads|boys|mates|"
        r"squad|group)")),
]  # fmt: skip
PHRASES += [
    ("threat.direct", 5.0, "do did doing done",
     _lead(r"\b(?:do|did|doing) (?:him|her|them|you|u|ya|that \w+|this \w+|the \w+) in\b(?=$|[.,!?]| (?:tonight|tomorow|"
        r"this|next|soon|for god|properly|fr|mate|when|if|before))|\bgetting done in\b(?! (?:court|the|a|an)\b)")),
    ("threat.direct", 4.5, "bodied", _lead(r"\b(?:getting|get|gets|gona get|be|wil get|'l get) bodied\b(?! (?:in|at|on)\b)")),
    ("threat.incitement", 5.0, "take",
     _lead(r"(?:^|(?<=[.!?] ))(?:go |just |someone |somebody )?take out (?:the|that|this|those|these|every) (?:[\w']+ )?"
        r"(?:{PERSON})\b")),
    ("threat.sexual_violence", 5.5, "violate",
     _lead(r"\b(?:{INTENT}) (?:[\w']+ ){0,3}?violate (?:you|u|her|ya)\b")),
    ("threat.death_wish", 5.0, "hope hoping pray praying wish",
     _lead(r"\b(?:hope|hoping|pray|praying|wish) (?:that )?(?:someone|somebody|a [\w']+(?: [\w']+)?|the [\w']+|some "
        r"[\w']+) (?:would |wil |'l |finaly |just )?(?:(?:(?:{STRONG})|glases|takes out|take out|runs over) (?:you|u|ya|"
        r"him|her|them|(?:{YOUR}|{HIS}) \w+)\b|sets? (?:you|u|him|her|them) (?:on fire|alight|ablaze))")),
    ("threat.direct", 5.0, "shooting shoot bombing bomb blowing blow",
     _lead(rf"\b(?:shooting|shoot|bombing|bomb|blowing|blow) up (?:{{YOUR}}|the|this|our|my) (?:{{VENUE}}|{{PROPERTY}})\b"
        rf"(?: [\w']+)? (?:{lx.trie(lx.WHEN)})\b")),
]  # fmt: skip
PHRASES += [
    ("threat.veiled", 3.5, "bringing bring",
     _lead(r"\b(?:bringing|bring|i'l bring|i'm bringing) (?:my|the|a few of my|some of my|al my) (?:boys|lads|mates|"
        r"friends|cousins|brothers|crew|gang|people) (?:to|round to|down to|over to) (?:{YOUR}|{HIS}) (?:[\w']+ )?"
        r"(?:work|house|home|school|ofice|flat|place|gaf|gym|job)\b")),
    ("threat.veiled", 4.5, "last",
     _lead(r"\b(?:{YOUR}) last (\w+) (?:wil be|is going to be|'l be|is gona be) (?:{YOUR}) last \1\b")),
]  # fmt: skip
PHRASES += [
    # -- round 3 (docs/scoring.md): forms missed on posts written after rules-2
    ("threat.direct", 5.5, "first next",
     _lead(r"\b(?:first|next|last) (?:one |person |target |\w+ )?(?:i'm|im|i am|i'l be|i wil be|we're|we are) (?:shooting|"
        r"stabbing|killing|taking out|ending|hurting|murdering)\b")),
    ("threat.direct", 5.0, "one",
     _lead(r"\b(?:take|taking|takes|pick|picking|shoot|shooting|kil|killing) (?:out |of )?(?:(?:them|you|u|em|'em|the \w+|"
        r"every \w+|al of (?:you|them)|[\w']+) )?(?:out |of )?one by one\b")),
    ("threat.direct", 5.0, "end",
     _lead(r"\b(?:{INTENT}) (?:[\w']+ ){0,2}?end (?:yours|urs|his|hers|theirs)\b")),
    ("threat.direct", 6.0, "fire alight ablaze",
     _lead(r"\b(?:{INTENT}) (?:[\w']+ ){0,3}?set (?:you|u|him|her|them|(?:{YOUR}|{HIS}) \w+) (?:on fire|alight|ablaze)\b")),
    ("threat.direct", 5.0, "then after otherwise else or",
     _lead(r"\b(?:then|after that|otherwise|or else|or) (?:i|we) (?:personally |wil )?(?:break|snap|smash|cave in) "
        r"(?:{YOUR}|{HIS}) (?:[\w']+ )?(?:{BODY})")),
    ("threat.direct", 5.5, "alive live breathing zinda jan mar khatam",
     _lead(r"\b(?:won't|wont|will not|not gonna|never|not going to) (?:let|leave) (?:you|u|him|her|them) (?:alive|live|"
        r"breathing|walk away)\b|\bzinda (?:nahi|nahin|nai) (?:chod|chhod)\w*|\bjaan se (?:maar|mar)\w*|\bmaar (?:dalunga|"
        r"dalenge|daalunga|dunga)\b|\bkhatam kar (?:dunga|denge)\b")),
    ("threat.veiled", 4.0, "won't wont never not",
     _lead(r"\b(?:he|she|they|him|her|the \w+|that \w+|this \w+|@\w+|you|u)(?:'ll| will)? (?:won't|wont|will not|never) "
        r"(?:make it (?:to|home|out)|live (?:long enough|to see|past)|survive the|walk again|wake up)\b")),
    ("threat.veiled", 4.5, "ned",
     _lead(rf"\b{_YOU_WILL} (?:[\w']+ )?need (?:a )?new (?:set of )?(?:teeth|face|kneecaps|knees|legs|jaw)\b|\b{_YOU_WILL} "
        r"(?:[\w']+ )?need (?:a |an )?(?:wheelchair|stitches|surgeon|ambulance|dentist)\b")),
    ("threat.veiled", 4.5, "coming",
     _lead(r"\b(?:gonna|going to|will|'ll|about to|finna|are|is) (?:al )?get (?:what's|whats|what is) coming\b")),
    ("threat.veiled", 4.0, "keep have cary got",
     _lead(r"\bwhat i (?:keep|have|carry|got|keep stashed) in (?:my|the) (?:glovebox|glove box|boot|trunk|waistband|"
        r"jacket|bag|pocket|car)\b")),
    ("threat.veiled", 4.5, "hate",
     _lead(r"\b(?:would|'d|d) hate (?:for )?(?:anything|something) (?:bad |nasty )?to (?:happen|speed)")),
    ("threat.veiled", 4.5, "acidents things",
     _lead(r"\b(?:accidents|bad things|things) (?:happen|can happen|tend to happen|have a way of happening) to (?:people like "
        r"(?:you|u)|(?:{PERSON}|{GROUP})s?\b|nosy \w+|(?:[\w']+ )?(?:journalists|reporters|people who|those who|anyone "
        r"who|girls who|women who|men who|snitches))")),
    ("threat.veiled", 4.0, "lives soner",
     _lead(r"\bshort lives\b|\bsome sooner than others\b")),
    ("threat.veiled", 4.0, "funy",
     _lead(r"\bfunny how (?:[\w'.]+ ){0,4}?(?:disappear|disappears|go missing|goes missing|have accidents|has accidents|"
        r"get hurt|gets hurt|fall|falls|fail|fails|die|dies|turn up dead|burn|burns)\b")),
    ("threat.veiled", 4.0, "last",
     _lead(r"\bthe last (?:person|guy|man|woman|one|girl|lad|bloke|reporter|journalist|\w+) (?:who|that|to) (?:crossed|"
        r"messed|talked|asked|spoke|tried|did|snitched|grassed|went|posted|wrote|questioned|disrespected)\b")),
    ("threat.veiled", 4.0, "protect save watch",
     _lead(r"\b(?:police|cops|chat|security|bodyguards?|mods|followers|fans|lawyers?|block button)\b[^.?!]{0,30}\b(?:can't|"
        r"cant|won't|wont|cannot|can not|not going to|isn't going to|aren't going to) (?:protect|save|watch) (?:you|u|"
        r"them|him|her)\b|\bthink (?:their|your|ur|his|her) (?:chat|fans|followers|mods|police|security|bodyguards?) "
        r"(?:can|will|could) (?:protect|save)")),
    ("threat.veiled", 4.5, "warning",
     _lead(r"\b(?:last|final|only) warning (?:you're|you are|you'll|your|ur|u|you|ul) (?:going to |gonna )?(?:get|receive)")),
    ("threat.veiled", 4.0, "ask", _lead(r"\b(?:they|who|people who) (?:don't|dont|do not|never) ask (?:questions|qs)\b")),
    ("threat.veiled", 3.5, "turn", _lead(r"\b(?:don't|dont|do not) turn around\b")),
    ("threat.veiled", 3.0, "behind close near",
     _lead(r"\b(?:i'm|im|i am|i'll be|i will be)\b[^.!?]{0,25}\b(?:behind|close to|near) (?:you|u)\b(?! in (?:the )?"
        r"(?:queue|line))")),
    ("threat.veiled", 3.5, "waiting wait",
     _lead(r"\b(?:waiting|wait) for (?:you|u|ya) (?:after|outside|when) ")),
    ("threat.veiled", 4.0, "quick quickly fast easily flames",
     _lead(r"\b(?:houses?|homes?|flats?|cars?|places?) (?:go|goes|went) up (?:so |very |really |pretty )?(?:quick|quickly|"
        r"fast|easily|in flames|like paper)")),
    ("threat.veiled", 4.5, "funeral",
     _lead(r"\b(?:start |starting )?(?:saving|paying|planning|budgeting) (?:up )?for (?:a |your |ur |the |his |her )?"
        r"funeral\b")),
    ("threat.veiled", 4.5, "insurance cover plan",
     _lead(r"\bhope (?:you've|you have|youve|u have|you got|u got|you've got|u've got) (?:good |decent |a lot of |plenty "
        r"of |some )?(?:life insurance|life cover|a funeral plan|funeral cover)")),
    ("threat.veiled", 4.5, "under",
     _lead(r"\b(?:check|checking|look|looking) under (?:your|ur|my|his|her|the) (?:car|van|vehicle|motor)\b[^.!?]{0,50}?"
        r"\bif i (?:were|was) (?:you|u)")),
    ("threat.veiled", 4.0, "permanent eternal",
     _lead(r"\b(?:permanent|eternal) (?:nap|sleep|rest|dirt nap)\b")),
    ("threat.veiled", 2.5, "bring",
     _lead(r"\bbring (?:your |ur |some |al the |the )?(?:bats|blades|knives|machetes|weapons|petrol|crowbars|hammers|"
        r"shanks|guns|bricks)\b(?! (?:and|&) (?:forks|spoons|plates))")),
    # -- incitement without a listed subject or verb
    ("threat.incitement", 5.0, "someone somebody some1 sum1",
     _lead(r"\b(?:someone|somebody|some1|sum1)\b (?:pls |please |plz |just |go |finally )?(?:{VERB_BASE})\b (?:the |that |"
        r"this |those |these )(?:[\w']+ ){0,2}?(?:{PERSON}|{GROUP})")),
    ("threat.incitement", 5.0, "find catch track hunt grab",
     _lead(r"\b(?:go|just|someone|somebody|let's|lets|pls|please) (?:find|catch|track down|hunt down|grab) (?:[\w'@]+ ){1,3}?"
        r"and (?:{VERB_BASE}) (?:him|her|them|the \w+|his \w+|her \w+)\b")),
    ("threat.incitement", 5.0, "lined thrown against",
     _lead(r"\b(?:should|must|need to|needs to|ought to|deserve to|will) be (?:al )?(?:lined up and (?:shot|executed|hanged)|"
        r"thrown off (?:a |the )?(?:roofs?|buildings?|bridges?|cliffs?)|lined up against (?:a|the) wall|put against (?:a|"
        r"the) wall)")),
    ("threat.incitement", 5.0, "whoever anyone first",
     _lead(r"\b(?:whoever|anyone who|the first (?:one|person) (?:to|who)|first to)\b (?:[\w']+ )?(?:puts?|sends?|leaves?) "
        r"(?:[\w'@]+ ){1,3}?in(?:to)? (?:the |a |an )?(?:hospital|ground|grave|wheelchair|icu|morgue|coffin|body bag|"
        r"intensive care)")),
    ("threat.incitement", 5.0, "put send",
     _lead(r"(?:^|(?<=[.!?,] )|(?<=\band )|(?<=\bgo ))(?:put|send) (?:them|him|her|em|every \w+|al of them|the \w+) "
        r"in(?:to)? (?:the |a )?(?:hospital|wheelchair|icu|morgue|coffin|body bag|intensive care)\b")),
    ("threat.incitement", 4.5, "bounty", _lead(r"\bbounty (?:on (?:{YOUR}|{HIS}) head|for (?:his|her|their|the))\b|\bbounty:")),
    ("threat.incitement", 4.5, "drive plough plow run ram mow",
     _lead(r"(?:^|(?<=[.!?,] )|(?<=\bjust )|(?<=\bshould )|(?<=\bgo ))(?:drive|plough|plow|run|ram|mow) (?:into|through|"
        r"over|down) (?:the |those |these |al the |al those |any )?(?:[\w']+ )?(?:protesters|protestors|marchers|crowds?|"
        r"cyclists|pedestrians|{GROUP})\b")),
    ("threat.incitement", 5.0, "bomb torch burn firebomb blow",
     _lead(r"(?:^|(?<=[.!?] ))(?:go |just )?(?:bomb|torch|burn down|firebomb|petrol bomb|blow up) (?:the|that|their|his|"
        r"her|this) (?:[\w']+ )?(?:{VENUE}|{PROPERTY}|hq|headquarters)\b")),
    # -- death wishes
    ("threat.death_wish", 5.0, "let",
     _lead(r"\b(?:god|lord|universe|karma|jesus)\b,? (?:please )?let (?:[\w'@]+ ){1,3}?(?:die|choke|have a (?:heart attack"
        r"|stroke)|get (?:cancer|hit|shot|run over)|drop dead|burn|rot|suffer|crash|drown)\b")),
    ("threat.death_wish", 5.0, "wish wishing",
     _lead(r"(?<!without )(?<!stop )(?<!not )(?<!never )\bwish(?:ing)? (?:a |an )?(?:slow |painful |horrible |agonising |agonizing |long |quick |very |,)*(?:death|"
        r"cancer|aids|heart attack) (?:on|upon|to|for)\b")),
    ("threat.death_wish", 5.0, "hope pray wish hoping",
     _lead(r"\b(?:hope|pray|wish|hoping|praying)\b (?:[\w']+ ){0,4}?(?:{YOUR}|{HIS}) heart (?:gives out|stops|explodes|fails|"
        r"gives up)")),
    ("threat.death_wish", 5.0, "wait",
     _lead(r"\b(?:can't|cant|cannot) wait for (?:[\w'@]+ ){1,3}?to (?:die|drop dead|croak|kick the bucket|be dead|get shot|"
        r"hang)\b(?! (?:down|out|of))")),
    ("threat.death_wish", 5.0, "bury",
     _lead(r"\bmay (?:{YOUR}|{HIS}) (?:[\w']+ )?(?:children|kids|family|mother|mum|mom|wife|husband) bury (?:you|u|him|her)")),
    ("threat.death_wish", 4.5, "diedie diediedie diediediedie", _lead(r"\b(?:die){2,5}\b")),
    # -- sexual violence
    ("threat.sexual_violence", 5.5, "hope hoping pray wish",
     _lead(r"\b(?:hope|hoping|pray|wish) (?:that )?(?:someone|somebody|one of (?:{YOUR}|{HIS}|the) \w+|a \w+) (?:[\w']+ )?"
        r"(?:assaults|rapes|molests|gropes) (?:you|u|her|him|them)\b")),
    ("threat.sexual_violence", 5.5, "rape", _lead(r"\b(?:corrective )?rape is (?:exactly |just |al )?what (?:[\w']+ ){1,3}?"
                                               r"(?:need|needs|deserve|deserves)\b")),
    ("threat.sexual_violence", 5.0, "raped",
     _lead(r"\b(?:you'd|you would|u'd|ud|she'd|she would) (?:[\w']+ ){1,3}?if (?:you|u|she) (?:got|get|were|was) "
        r"(?:gang )?raped\b|\b(?:will|'ll|are going to|are gonna|gonna|going to) (?:al )?(?:be|get) (?:gang )?raped\b")),
    ("threat.direct", 4.5, "bulet bulets slug",
     _lead(r"\b(?:gets?|getting|'ll get|will get|gonna get|going to get) (?:a |one |some )?(?:bullet|slug)s?\b(?! (?:point|"
        r"journal|list|train|proof))")),
    ("threat.direct", 5.0, "sure",
     _lead(r"\bmake sure (?:he|she|they|you|u|(?:{HIS}|{YOUR}) \w+) (?:never|can't|cant|won't|wont) (?:walks?|talks?|speaks?|"
        r"sees?|breathes?|wakes? up|posts?|works?|sings?) again\b")),
    ("threat.veiled", 4.5, "permanently",
     _lead(r"\bor (?:we'll|i'll|we will|i will) (?!block|ban|mute|unfollow|remove|delete|report|unfriend)\w+ (?:you|u)[.,]? "
        r"permanently\b")),
    ("threat.veiled", 4.0, "24/7", _lead(r"\b(?:police|cops) can(?:'t|t| not|not)? (?:watch|protect|save) (?:you|u) 24/7")),
    ("threat.incitement", 5.0, "fire torch burn firebomb",
     _lead(r"\b(?:should|needs? to|must|go|let's|lets|someone|somebody) (?:just )?(?:set fire to|torch|burn down|firebomb) "
        r"(?:that|the|their|his|her|this) (?:[\w']+(?:'s)? )?(?:house|home|car|flat|shop|place|mosque|church|synagogue)")),
    ("threat.death_wish", 5.0, "misery",
     _lead(r"\b(?:wish|hope|pray) (?:someone|somebody|god)[^.!?]{0,20}put (?:[\w'@]+ ){1,3}?out of (?:his|her|their) misery")),
    ("threat.direct", 5.0, "sight",
     _lead(r"\b(?:{INTENT}) (?:[\w']+ ){0,2}?(?:smoke|pop|drop|dome|rush|jump|slide on|wet|clap|shoot|stab|beat|slap|kill|"
        r"box|batter) (?:[\w'@]+ ){1,2}?on sight\b|\b(?:it's|its|it is) on sight\b")),
    ("threat.veiled", 4.5, "hands",
     _lead(r"\b(?:i|i'll|i will|ima|gonna|i'm gonna|before i|or i|til i|until i)\b (?:[\w']+ ){0,2}?(?:put|lay|laying|putting) "
        r"(?:my )?hands on (?:you|u|ya|him|her)\b")),
    ("threat.veiled", 4.0, "find",
     _lead(r"\bhow easy (?:it'd be|it would be|it is|it was) to find (?:where|you|u|your|ur)\b")),
    ("threat.veiled", 4.0, "ways way",
     _lead(r"\b(?:ways|way) to (?:shut|silence) (?:a |an |that |this |the |you |u )?(?:[\w']+ )?up\b|\bways to silence\b")),
    ("threat.veiled", 4.5, "home",
     _lead(r"\bif (?:{YOUR}|{HIS}) (?:[\w']+ )?(?:{PERSON}) (?:didn't|didnt|did not|never|doesn't|doesnt|does not|won't|wont) "
        r"(?:come|make it|get) home\b")),
    ("threat.veiled", 4.0, "hurt",
     _lead(r"\bthink (?:you|u|they) can (?:[\w']+ ){0,5}?(?:and not|without) (?:get|getting) (?:hurt|a slap|smacked|touched)")),
    ("threat.incitement", 5.0, "hitman hit",
     _lead(r"\b(?:hire|hiring|hired|crowdfund|crowdfunding|pay for|paying for|chip in for|get|getting|raising money for|"
        r"raise money for|fundraiser for|collecting for|saving for) (?:a |an )?"
        r"(?:hitman|hit man)\b|\bput (?:a |out a )?hit on (?:him|her|them|you|u|\w+)\b")),
    ("threat.incitement", 5.0, "someone somebody",
     _lead(r"\b(?:someone|somebody)\b (?:[\w']+ ){0,3}?(?:runs?|mows?|ploughs?) (?:these|those|the|them|al the|al these) "
        r"(?:[\w']+ )?(?:protesters|protestors|{GROUP}|marchers|cyclists|people) (?:over|down)\b")),
    ("threat.incitement", 5.0, "why",
     _lead(r"\bwhy (?:hasn't|hasnt|has no one|did no one|didn't|didnt|haven't|havent) (?:anyone |anybody |someone |somebody |we )?"
        r"(?:burned|burnt|torched|bombed|blown up|blew up|shot up|firebombed) (?:that|the|this|their) (?:[\w']+ )?(?:{VENUE}|"
        r"{PROPERTY})")),
    ("threat.death_wish", 5.0, "wish",
     _lead(r"\bwish (?:you|u|he|she|they)(?:'d| would| could) (?:just |al )?(?:drop dead|die|get hit by|get run over|get "
        r"cancer|stop breathing)\b")),
    ("threat.death_wish", 5.0, "give gives",
     _lead(r"\b(?:god|karma|universe)\b[^.!?]{0,30}\b(?:give|gives|'ll give) (?:you|u|him|her|them) (?:a |an )?(?:stroke|cancer|"
        r"heart attack|tumou?r|aneurysm|brain tumou?r)\b")),
    ("threat.sexual_violence", 5.0, "without",
     _lead(r"\bwith or without (?:your|ur|her) (?:say so|say-so|consent|permission|say)\b")),
    ("threat.sexual_violence", 4.5, "tied",
     _lead(r"\btied up in (?:my|the|our) (?:basement|cellar|van|boot|trunk|garage|shed|car)\b")),
    ("threat.sexual_violence", 4.5, "pased asleep drunk unconscious",
     _lead(r"\b(?:when|once|til|until|wait til|wait until) (?:you're|ur|she's|you are|she is) (?:passed out|asleep|drunk|"
        r"unconscious|knocked out)\b[^.!?]{0,30}[.!?]? ?(?:then )?(?:you're|ur|you are|she's|she is) (?:mine|ours)\b")),
    ("threat.sexual_violence", 5.0, "slip",
     _lead(r"\bslip (?:something|a pill|sth|smth|a roofie|her something|you something) (?:in|into) (?:her|your|ur|their) "
        r"(?:drink|drinks|pint|wine|cup)")),
]  # fmt: skip
VEILED += [(weight, keys, pattern) for _, weight, keys, pattern in PHRASES]
SIGNAL_OF = ["threat.veiled"] * (len(VEILED) - len(PHRASES)) + [signal for signal, _, _, _ in PHRASES]

VEILED_WORDS = [frozenset(lx.squeeze(w) for w in words.split()) for _, words, _ in VEILED]
VEILED_BY_KEY: dict[str, list[int]] = {}
for _i, _keys in enumerate(VEILED_WORDS):
    for _key in _keys:
        VEILED_BY_KEY.setdefault(_key, []).append(_i)
VEILED_KEY_SET = frozenset(VEILED_BY_KEY)
VEILED_KEYS = re.compile(rf"\b(?:{lx.trie(w for _, words, _ in VEILED for w in words.split())})\b")

# Knowing where someone is, plus a reason to fear it. Each alone is weaker.
LOCATOR = lx.Alternation(
    lx.split_top(
        r"\b(?:{YOUR}|{HIS}) (?:son|daughter|kid|kids|child|children|boy|girl|litle \w+)(?:'s|s'|s) (?:school|nursery|"
        r"bus|route|walk|clasroom|teacher|playground)\b|\b(?:i|we)(?: am)? know where (?:is )?(?:your|ur) \w+|"
        r"\b(?:i|we) know where (?:you|u|ya|your \w+|ur \w+|he|she|they|his \w+|her \w+|their \w+)(?: \w+)? (?:live|"
        r"lives|sleep|sleeps|work|works|park|parks|go|goes|stay|stays|hang|drink|train|eat|study|studies|is|are|be|"
        r"take|walk|walks)\b|\b(?:i|we) know (?:{YOUR}|{HIS}) (?:[\w']+ )?(?:adres|house|home|shift|shifts|route|"
        r"schedule|routine|car|reg|plate|gym|school|ofice|workplace|postcode|stret|movements|timetable|pattern|bus|"
        r"times)|\b(?:i|we) know (?:which|what) (?:[\w']+ ){0,2}?(?:you|u|he|she|they) (?:take|use|drive|park|walk|"
        r"catch)|\bi know (?:you|u|he|she) (?:work|works|live|lives|go|goes|park|parks|study|studies) (?:at|in|on|by|"
        r"near)|\b(?:found|got|have|i've got|ive got|we've got|we have) (?:{YOUR}|{HIS}) (?:[\w']+ ){0,2}?(?:adres|"
        r"house|stret|home|postcode|gym times|schedule|shift|number|workplace|school|facebok|car reg|route|"
        r"whereabouts|location|details)\b|\b(?:{YOUR}|{HIS}) (?:son|daughter|kid|kids|child|children|wife|husband|"
        r"mum|mom|sister|brother|little \w+) (?:goes|go|walks|walk|attends|is at|plays|gets out|finishes) "
        r"|\bwalks? home alone\b|\b(?:{YOUR}|{HIS}) shift (?:ends|starts|finishes)\b|\b(?:lives|lives at|lives on|"
        r"lives in|lives by|lives near) \d|\b(?:here (?:is|are|'s)|posting|post|found|leaked|leak|dropping|droped|publish) (?:[\w']+ )"
        r"{0,3}?(?:adres|adreses|home adres|phone number|number|details|location)\b|\b(?:saw|sen|watched|noticed|"
        r"spoted|clocked) (?:you|u) (?:at|in|on|outside|leaving|walking)\b|\bkids at st\b|\bpick-?up \d|"
        r"\bhouse with the \w+\b|\bwhere (?:you|u) sleep\b|\bfound (?:your|ur) stret\b|\b(?:{YOUR}) stret sign\b|"
        r"\b(?:{YOUR}|{HIS}) (?:flat|house|home|ofice|place|desk) is (?:above|next to|behind|opposite|near|on|at|by)\b|"
        r"\b(?:adres|home adres|number|details|location|city|postcode)(?:'s| is)? in (?:the |my |his |her |their )?(?:replies|"
        r"comments|bio|thread)\b|\b(?:park|parks|parked|parking) on level \d|\b(?:reg|plate) (?:ending|ends|is)\b|"
        r"\b(?:named|identified|tagged|posted) in the (?:comments|replies)\b|\b(?:i|we) know (?:which|what|where) (?:[\w']+ ){0,2}?"
        r"(?:you're|you are|ur|u r|you|u) (?:in|at|live|sleep|stay|work|go)\b|\bwhich (?:window|room|flat|door|house|car) is "
        r"(?:yours|urs|hers|his)\b|\b(?:you|u) work (?:the )?(?:late |night |early |morning )?shifts?\b|\bparked "
        r"(?:outside|on|at) \d|\b(?:{YOUR}|{HIS}) \w+ (?:lets out|finishes|ends|starts|opens|closes) at \d|\bthat's where (?:{YOUR}|{HIS}) \w+ (?:is|lives|"
        r"works|sleeps)\b|\b(?:he|she|they) (?:works|lives|parks|drinks|studies) (?:at|in|on|near) the\b|\b(?:pop|drop|swing|"
        r"come) (?:by|round|over|in)(?: to| at)? (?:{YOUR}|{HIS}) (?:shift|work|house|home|ofice|place|flat|school)\b|"
        r"\b(?:{YOUR}|{HIS}) (?:[\w']+ )?\w+(?:'s|s) (?:care home|nursing home|nursery|ward)\b"
    ),
    LISTS,
)
# Surveillance told to the reader: a routine, a workplace, a family member's whereabouts, "I've been
# watching you". Each alternative has its own prefilter requirement.
SURVEILLANCE = lx.Alternation(
    lx.split_top(
        r"\b(?:you|u|ya|he|she|(?:{YOUR}|{HIS}) \w+)(?: always| usualy| normaly| stil)? (?:leave|leaves|walk|walks|"
        r"park|parks|finish|finishes|jog|jogs|arive|arives|drop|drops|pick|picks|get picked up|gets picked up)\b"
        r"(?: [\w']+){0,5}? (?:at|about|around|by|every|on level) (?:\d|half|quarter)"
        r"|\b(?:{YOUR}|{HIS}) (?:[\w']+ )?(?:{PERSON})(?:'s|s)? (?:works|parks|drinks|shops|trains|lives|stays) "
        r"(?:at|in|on|near|by)\b|\b(?:{YOUR}|{HIS}) (?:kid|son|daughter|child|boy|girl|wife|husband|kids|children)"
        r"(?:'s|s'|s) names? (?:is|are)\b|\b(?:{YOUR}|{HIS}) (?:[\w']+ )?(?:{PERSON})(?:'s| is) (?:on nights|on "
        r"lates|away|working late|out of town|on shift)\b|\b(?:i've|i have|ive|we've|we have|i|we|i'm|we're)(?: ben)? "
        r"(?:watching|folowing|tracking|monitoring|stalking) (?:you|u|your|ur|him|her)\b|\bben (?:watching|folowing|"
        r"stalking) (?:you|u|your|ur)\b|\b(?:i|we) know (?:which|what) (?:[\w']+ ){0,2}?(?:{YOUR}|{HIS}) (?:[\w']+ ){0,2}?"
        r"(?:goes|go|attends|works|uses|takes|drives|parks)\b|\b(?:found|saw|sen|spoted|"
        r"clocked|noticed) (?:{YOUR}|{HIS}) (?:[\w']+ ){0,2}?(?:car|van|house|flat|motor|bike|kids?|wife|husband|"
        r"mum|mom|dad|daughter|son|parents|girlfriend|boyfriend)\b|\b(?:reg plate|number plate|car reg|licence "
        r"plate|license plate)\b|\b(?:drove|walked|driven|went) (?:past|by|round) (?:{YOUR}|{HIS}) (?:[\w']+ ){0,2}?"
        r"(?:house|home|flat|place|work|ofice|school|gaf)\b|\boutside (?:{YOUR}|{HIS}) (?:house|home|flat|door|"
        r"work|ofice)\b|\bnice (?:new )?(?:job|house|flat|ofice|school) (?:at|in|on)\b|\b(?:you|u) think "
        r"(?:you're|ur|you are|youre) (?:anonymous|safe|hidden|untraceable)\b|\b(?:saw|sen|spoted|clocked) (?:you|u) "
        r"(?:at|in|on|with)\b|\bthis is where (?:the|that|this|he|she|they) (?:[\w']+ ){0,2}?(?:lives|works|sleeps)\b|"
        r"\bthis is (?:his|her|their) (?:house|home|car|adres|flat|ofice|workplace)\b|\b(?:home )?adres(?:es)? of "
        r"(?:every|the|that|this|al)\b|\b(?:here's|here is|here are) the (?:car reg|adres|workplace|home adres)\b|"
        r"\b(?:you|y'al|we) (?:al )?know where (?:the|his|her|their) \w+ (?:is|are|lives)\b|\b(?:she's|he's|they're)"
        r" at \d|\b(?:we|i) (?:have|'ve got|ve got) (?:{YOUR}|{HIS}) (?:[\w']+ )?(?:timetable|schedule|rota)\b"
        r"|\b(?:you|u|he|she|(?:{YOUR}|{HIS}) \w+) (?:always |usualy |stil )?(?:take|takes|took|catch|catches|get|gets) the \d"
        r"|\b(?:{YOUR}|{HIS}) (?:[\w']+ )?(?:schedule|routine|commute|movements) (?:is|are)\b|\b(?:{YOUR}|{HIS}) (?:[\w']+ )?"
        r"(?:{PERSON})(?:'s|s) (?:insta|instagram|facebok|fb|tiktok|page|profile|stories) (?:says|shows|said)\b|\b(?:{YOUR}|"
        r"{HIS}) (?:son|daughter|kid|kids|child|boy|girl)(?:'s|s) (?:netball|football|rugby|swimming|ballet|dance|match|"
        r"practice|recital|game|club|care home)\b|\bworks (?:nights|days|lates|shifts) (?:at|on|in)\b|\bdrives? a "
        r"(?:black|white|red|blue|grey|gray|silver|green|new) \w+"
    ),
    LISTS,
)
INTIMIDATION = _lead(
    r"\b(?:see (?:you|u|ya) (?:son|tonight|tomorow|there|around|at)|i'?l be there|(?:pay|paying|give) (?:him|her|"
    r"them|you|u) a (?:little )?visit|drop by|show up at|come and wait|wait for (?:you|u|her|him)|make (?:him|her|"
    r"them|you|u) (?:regret|scared|sory|pay|afraid)|(?:delete|retract|withdraw|take down|remove|drop) (?:your|ur|"
    r"the|that|his|her) (?:[\w']+ )?(?:article|post|story|case|complaint|thread|review|tweet|video|statement|"
    r"charges|report)|or face (?:the )?consequences|still feling brave|find out what happens|see what (?:wil )?"
    r"happens?|(?:you've|you have|u have|youve) got \d+ (?:hours|days)|doesn't (?:he|she)\?|dont (?:he|she|they)\?|"
    r"don't (?:they|you)\?|right\?|isn't (?:he|she|it)\?|"
    r"by (?:himself|herself|themselves)|on (?:his|her|their) own|alone\b|(?:keep|continue) (?:talking|posting|"
    r"reporting|writing|tweeting|it up|chating|lying|running)|think about (?:that|it)|just saying|something i "
    r"noticed|sleep wel|bringing (?:friends|my boys|the boys|company)|make (?:him|her|them) scared|you can'?t"
    r" hide|we'?re watching|i'?m watching|be ready|go make|let's al|lets al|everyone can|so everyone|"
    r":point:|:pin:|{ANON}|:\)|tonight|you know what to do|do (?:your|ur) worst|do what (?:you|u|ya) (?:want|like|"
    r"wil) with|pay (?:this|that|the) \w+ a visit|do something about|remind (?:him|her|them) what happens|anyone in \w+"
    r" (?:want|fancy|up for)|(?:didn't|did not|never) (?:se|notice) me|(?:i've|i have|ive) noticed|i noticed|"
    r"(?:very|so|nice and) quiet|quiet (?:up|down|round|around|out) there|be seeing (?:you|u)|be home|recogni[sz]e "
    r"the (?:stret|house|road)|nice (?:porch|door|car|house|garden|reg|plate|van|spot)|cute\b|(?:doesn't|doesnt|"
    r"isn't|isnt) (?:he|she|they|it)\b|hope nothing|delete the|your move|lovely spot|careles|remember that|(?:we're|we are|"
    r"i'm|im|i am) not done|not done with (?:you|u)|stop the (?:articles|posts|videos|reporting|stories|lies)|think on|"
    r"(?:don't|dont) (?:lok so surprised|turn around)|fel(?:s)? safe|dangerous (?:places?|roads?|times?)|predictable|"
    r"easy to (?:climb|open|break|get into|find)|that's where (?:{YOUR}|{HIS}) \w+ is|spread (?:it|this|the word)|"
    r"won't be long|wont be long|empty after|(?:you|u) al know|for anyone interested|quiet (?:stret|road|area|"
    r"neighbourhood)|(?:yeah|yep|yes),? i know|loking out for (?:it|you|u|him|her)|imagine what (?:else )?i)"
)
# `\b\d{1,5}...` written to start with the digit (`(?<!\w\d)` is the \b): the engine then skips to digits.
ADDRESS = lx.Alternation(
    [
        lx.squeeze_pattern(template)
        for template in [
            r"\d(?<!\w\d)\d{0,4}[a-z]? (?:[a-z]+ ){1,3}(?:st|street|rd|road|ave|avenue|lane|ln|close|cl|drive|dr|way|court|"
            r"ct|crescent|place|pl|terrace|gardens|grove|hil|row|square|boulevard|blvd|walk|mews)\b",
            r"\bflat \d+\w?\b",
            r"\b(?:apartment|apt|unit|suite) \d+[a-z]?\b",
            r"\bapartments\b",
        ]
    ]
)

WEAPON_EMOJI = _p(r"(?:{WEAPON_EMOJI})")
GROUP_WORD = _p(r"\b(?:{GROUP})\b")
EMOJI_TARGET = _p(
    r"\b(?:you|u|ya|your|ur|yours)\b|@\w+|\bthis is (?:you|u)\b|\bbye bye\b|\btick tock\b|\bsee (?:you|u|ya)\b|"
    r"\bnext time\b|\bsnitch|\b(?:school|clas|campus|ofice|church|mosque|synagogue|mal|tonight|sleep wel|sleep tight)\b"
)
ARSON_EMOJI = _p(r":fire: ?:house:|:house: ?:fire:|:pin: ?(?:your|ur) (?:house|home)")

# -- aggravating and mitigating frames ----------------------------------------------------------------

AGGRAVATING = _p(
    rf"\b(?:{lx.trie(lx.WHEN)}|{lx.trie(lx.SINCERE)}|{lx.trie(lx.WEAPONS)}|irl|in real life|to death|to a pulp|"
    rf"senseless|black and blue|half to death|within an inch|{{ANON}})\b"
)
AGGRAVATING_IRL = _p(
    r"\b(?:irl|in real life|not the (?:game|acount|account)|for real|after the (?:game|match)|in the (?:face|head|chest|neck|"
    r"throat|gut|stomach|knees?|kneecaps?))\b"
)
# Somebody else's words without quote marks: "the caller says he's going to...", "accused messaged his
# neighbour: I will...". What follows the reporting verb is read as quoted, to the end of the sentence.
REPORTED_CLAUSE = _p(
    r"\b(?:he|she|they|acused|defendant|caler|man|woman|suspect|gunman|atacker|victim|witnes|prosecutor|police|"
    r"oficer|people|trolls|acounts|comments|replies|men|users|strangers) (?:says|said|claims|claimed|admits|admited|"
    r"saying|are saying|keep saying|kept saying|"
    r"messaged|texted|wrote|told|posted|sent|shouted|yeled|tweeted|emailed|replied|threatened)(?: (?:to )?(?:his|her|"
    r"their|the|a|him|them) ?[\w']*)?(?: that)?(?::|(?= (?:he|she|they)(?:'s| is| was|'d| would|'l| wil| hope| want| wish)))"
    r"(?P<said>[^.!?\n]+)"
)
QUOTED = re.compile(r"\"[^\"]{2,}?\"|(?<![\w'])'(?=[^\s'])[^\n]{1,}?(?<=[^\s])'(?![\w])")
REPORTING = _p(rf"\b(?:{lx.trie(lx.REPORTING)}):?\b")
NEWS = _lead(
    r"\b(?:police|arested|charged|jailed|court|according to|oficials|breaking|suspect|investigation|sentenced|"
    r"convicted|trial|reportedly|alegedly|witneses|confirmed|spokesperson|study|figures|report:|heard|gunman|"
    r"victim|victims|injured|custody|prosecutors|oficers|vigil|hospital said|were kiled|was kiled|hears|jury|"
    r"defendant|acused|prosecution|inquest|coroner|\d+-year-old|the death of)\b"
)
SECOND_PERSON_ANY = _p(r"\b(?:you|u|your|ur|ya|yourself|you're|youre|@\w+)\b")
COUNTER = _p(
    rf"\b(?:{lx.trie(lx.CONDEMNING)})\b|\b(?:threatening|threatened|threats?|saying|tel+ing (?:someone|people|"
    rf"a \w+)|jokes? about|calls? (?:for|to)) (?:[\w']+ )?(?:to )?(?:{{VERB}})"
)
META_THREAT = _p(r"\b(?:threat|threats|threatening|threatened|incitement|intimidation|violence|abuse)\b")
FICTION = _p(rf"\b(?:{lx.trie(lx.FICTION_CONTEXT)})\b")
# Politics only "at the polls": "you vote yes and I'll end you" is no game.
GAME = _p(
    rf"\b(?:{lx.trie(lx.GAME_CONTEXT)}|coys|ynwa|ggmu|kick of|kickof|(?:at|in|on) the (?:polls|ballot box|ballot|election|"
    rf"elections|primary|primaries|vote|voting booth))\b"
)
GAME_VERB = _p(rf"^(?:{lx.trie(lx.GAME_VERBS)})$")
GAME_TAUNT = _p(
    r"\b(?:hide|coming for|hunt|find (?:you|u|him|her|them)|next|dead|watch|warned)\b"
)  # veiled forms that trash talk shares
LAUGH = _lead(rf"(?:\b(?:{lx.trie(lx.LAUGHTER)})\b|:laugh:)")
# Saying it is a joke, not just laughing: "jk love u", but not "I'm not joking".
JOKE = _p(r"(?<!not )(?<!no )(?<!n't )\b(?:jk|just kidding|just joking|only joking|kidding|joking)\b")
IDIOM = _lead(
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
    r"(?:hit|gas|hype) (?:you|u|me|him|her|them) up)\b"
)
NEGATED_INTENT = _p(
    r"(?<!lucky )(?<!lucky that )\b(?:(?:i|we)(?:'m| am|'re| are|'d|'l| wil| would| could)? (?:won't|wont|wil not|not|never|wouldn't|"
    r"wouldnt|don't|dont|do not|can't|cannot|couldn't|shal not)|(?:nobody|no one|none|nothing)(?:'s| is)?"
    r" (?:is going to|going to|wil|gona|would|can|could|'l|ever))\b (?:[\w']+ ){0,3}?(?:{VERB})\b "
    r"(?:[\w']+ )?(?:{TARGET})"
)
CONDITION = _lead(
    r"\b(?:if|unles|touch|come near|one more (?:time|word)|again and|or else|or i'?l|or i wil|or we|next time"
    r" (?:you|u)|try me|test me|(?:you|u) testify|keep (?:\w+ing|it up|talking|posting|lying|chating)|don't|"
    r"dont|do not|say my name|show up|otherwise|stop the|or (?:you|u) wil)\b"
)


@dataclass(frozen=True)
class Hit:
    """One matched threat form. Spans are offsets in the normalised text."""

    name: str
    weight: float
    spans: tuple[tuple[int, int], ...]
    verb: str = ""
    tier: str = ""
    group: bool = False  # aimed at a protected group rather than a person


def _tier(m: re.Match[str]) -> tuple[str, str]:
    for group, tier in TIER_OF_GROUP.items():
        verb = lx.named(m, group)
        if verb:
            return tier, verb
    return "medium", ""


def _target_weight(m: re.Match[str]) -> float:
    """Less for "someone" or "them" (weeds, eggs, garlic...) than for you, her or a named group."""
    if lx.named(m, "tind"):
        return -1.5
    if lx.named(m, "target") in {"them", "em", "'em", "dem"}:
        return -1.5
    return 0.0


ENDINGS = {"end", "finish"}
MAKE_THEM = {"sufer", "bleed", "bled", "disappear", "scream", "beg", "vanish"}


def _negated(m: re.Match[str]) -> bool:
    """A negation in the match outside its target, or just before it ("no Muslim ought to...")."""
    text = m.group()
    target = lx.named(m, "target")
    if target:
        text = text.replace(target, " ", 1)
    before = m.string[max(0, m.start() - 12) : m.start()]
    return NEGATION.search(text) is not None or PRE_NEGATION.search(before) is not None


def _second_person(m: re.Match[str]) -> bool:
    target = lx.named(m, "target")
    return bool(target) and re.match(r"(?:you|u|ya|ye|your|ur)\b", target or "") is not None


# "hit you up", "gas him up": the only verbs whose "up" makes them harmless.
BENIGN_UP = ("hit", "gas", "pick", "hok", "cal", "ring", "lok", "text", "link", "pop", "hype", "bring", "set")
# "beat him up" and "bleed out" are violent where "hit him up" and "cut him out" are not.
VIOLENT_WITH = {
    " up": ("beat", "fuck", "mes", "cut", "tear", "rip", "smash", "shot", "bust", "string", "hang", "blow", "jack",
            "bash", "slice", "chop", "light", "set"),
    " out": ("bled", "knock", "blow", "rip", "tear", "gut", "beat", "kick", "smash", "snuf", "take", "drag"),
    " off": ("blow", "rip", "tear", "chop", "cut", "bit", "shot", "finish", "kil"),
}  # fmt: skip


# Verbs that are violent only with their particle: "run him over", "gun them down".
PARTICLE = {"run": (" over", " down", " of the road"), "ran": (" over", " down", " of the road"),
            "runing": (" over", " down", " of the road"),
            "runs": (" over", " down"), "gun": (" down",), "mow": (" down",), "rough": (" up",), "tie": (" up",),
            "tied": (" up",), "ties": (" up",), "fuck": (" up",),
            "fucks": (" up",), "fucking": (" up",), "fucked": (" up",)}  # fmt: skip


def _followed_by_non_violence(text: str, end: int, verb: str) -> bool:
    if verb in PARTICLE:
        return not text[end : end + 14].startswith(PARTICLE[verb])
    after = text[end : end + 40]
    for particle, verbs in VIOLENT_WITH.items():
        if after.startswith(particle) and verb.startswith(verbs):
            return False
    if after.startswith(" up"):
        return verb.startswith(BENIGN_UP)
    return NOT_VIOLENT_AFTER.match(after) is not None


# Cheap keyword checks: a rule's full pattern runs only where one of its words occurs.
ANCHOR = _lead(
    rf"\b(?:{{STRONG}}|{{SEXUAL}}|{{MEDIUM}}|{{SOFT}}|{{DEATH}}|{lx.trie(lx.WEAPONS)}|sufer|bleed|blood|hospital|"
    rf"ground|grave|cofin|orphans?|widows?|life|lives|disappear|vanish|example|scream|beg|pay|regret|sory|do it|"
    rf"next time|wheelchair|jumped|bul+ets?|knock|rip|tear|blow|chop|put|puting|send|sending|leave|leaving|pump|pop|bust|make|take|end|drag"
    rf"|break|run|hunt|shoot up|watch)\b"
)


class _AnchorItems(dict):
    """word or pair -> whether ANCHOR matches it whole, worked out once per distinct item.

    A word (or pair) of a text is bounded by non-word characters or the text's ends, and ANCHOR
    (`\\b(?:...)\\b`, no lookaround beyond its lead) reads nothing outside its match: so if it
    matches an item whole, it matches the text there. A dictionary lookup per item is cheaper than
    the scan, which is left for texts with no such item (a match of three words, say)."""

    def __missing__(self, item: str) -> bool:
        if len(self) > 200_000:
            self.clear()
        found = self[item] = ANCHOR.fullmatch(item) is not None
        return found


_ANCHOR_ITEMS = _AnchorItems()


def _anchored(words: Words) -> bool:
    """Whether ANCHOR matches the text: `words.search(ANCHOR) is not None`, mostly without the scan."""
    return any(map(_ANCHOR_ITEMS.__getitem__, words.items)) or words.search(ANCHOR) is not None


def _gate(words: str) -> re.Pattern[str]:
    return _p(rf"\b(?:{words})")


# (pattern, signal, base weight or None to weigh by the verb's tier, gate or None for ANCHOR)
VERB_PATTERNS: list[tuple[re.Pattern[str] | lx.Alternation, str, float | None, re.Pattern[str] | None]] = [
    (DIRECT, "threat.direct", None, None),
    (PUT_AWAY, "threat.direct", None, None),
    (YOU_FUTURE, "threat.direct", None, None),
    (WEAPON_ON_WAY, "threat.direct", 5.0, None),
    (BULLET_FOR, "threat.direct", 5.0, _gate(r"bul+ets?|slugs?|rounds?|lead|knife|stabbed|shanked|popped|capped")),
    (SNITCHES, "threat.direct", 4.5, _p(r":knife:|:gun:|:bomb:|:cofin:|:blod:|stitches")),
    (INCITE_SOMEONE, "threat.incitement", None, None),
    (INCITE_LETS, "threat.incitement", None, None),
    (WHY_NOBODY, "threat.incitement", None, _gate("why")),
    (IMPERATIVE, "threat.incitement", None, None),
    (DEATH_TO, "threat.incitement", 5.5, _gate("death to|deaht to|deth to")),
    (GETS_HURT, "threat.direct", 4.5, None),
    (GIVE_A_BEATING, "threat.direct", 4.5, _gate("give|giving|gives|gave")),
    (IF_THEN, "threat.conditional", None, _gate("if|when|unles|once")),
    (PUT_DOWN, "threat.direct", 4.5, _gate("put|send|leave|left|sent")),
    (DESERVE, "threat.incitement", 5.5, _gate("deserve|should|shuld|must|ought|oughta|need|needs|have to|has to"
                                              "|gota|got to|would al|wil al|are al")),
    (NO_RIGHT, "threat.incitement", 5.0, _gate("right to|deserve|belong|alowed|live|exist|dead|need|needs")),
    (THROATS, "threat.incitement", 5.5, _gate("throats?|necks?|heads?")),
    (SEE_THEM, "threat.incitement", 5.5, _gate("se|watch|wish|if only")),
    (RAPE_DESERVED, "threat.sexual_violence", 6.0, _gate("rap|molest|gang")),
    (SHOULD_BE_LEGAL, "threat.incitement", 5.0, _gate(
        "ilegal|legal|legali[sz]ed|decriminali[sz]ed|alowed|encouraged|rewarded|sport|mandatory|solution|answer"
        "|cure|without|eradicated|exterminated|kiled|wiped|gased|shot|executed|hanged|dead|gone|eliminated")),
    (WISH, "threat.death_wish", 5.0, _gate("hope|hoping|pray|praying|wish|hopefuly|may")),
    (FUNERAL, "threat.death_wish", 5.0, _gate("funeral|obituary|grave|die|death|wake|autopsy|cofin")),
]  # fmt: skip
# A thing as the subject of a bare "going to": "this heat is gonna kill someone".
THING_BEFORE = re.compile(r"\b(?:it|this|that|the|these|those)\b(?: [\w']+){0,5} (?:is|are|'s|'re) $|\bit's $")
PAST_FORMS = {"shot", "kiled", "stabed", "burned", "burnt", "hung", "hanged", "beaten", "kicked", "punched"}
STATES = {"i'm", "im", "i am", "we're", "we are", "i'l be", "i wil be"}
VERB_GROUP = Group(pattern for pattern, _, _, _ in VERB_PATTERNS)


def _verb_hits(text: str, words: Words | None = None) -> tuple[list[Hit], bool]:
    """The verb-based hits, and whether a match was set aside as not violent (then no fallback)."""
    words = words or Words(text)
    hits: list[Hit] = []
    set_aside = False
    anchored: bool | None = None
    # The patterns' own words first (a dictionary lookup), then their gates (a scan).
    for index in words.which(VERB_GROUP):
        pattern, name, base, gate = VERB_PATTERNS[index]
        if gate is not None:
            if words.search(gate) is None:
                continue
        else:
            if anchored is None:
                anchored = _anchored(words)
            if not anchored:
                continue
        for m in pattern.finditer(text, words) if isinstance(pattern, lx.Alternation) else pattern.finditer(text):
            tier, verb = _tier(m)
            if _followed_by_non_violence(text, m.end(), verb):
                set_aside = True
                continue
            gap = lx.named(m, "gap") or ""
            if NEGATION.search(gap) or "yourself" in m.group():
                set_aside = True
                continue  # "I would never hurt you" is explained by the negation mitigation
            if lx.named(m, "intent") in STATES and tier == "soft" and not gap:
                continue  # "I'm done with you", "we're finished": states, not acts
            if pattern is IMPERATIVE and (verb in PAST_FORMS or m.string.startswith(" myself", m.end())):
                continue  # "shot them myself this morning": a report, not an order
            if lx.named(m, "tind") and THING_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                set_aside = True
                continue  # "that pothole is going to kill someone": a prediction about a thing
            if pattern is not WHY_NOBODY and pattern is not INCITE_LETS and _negated(m):
                set_aside = True
                continue  # "no one deserves to die", "we must never condone the killing of..."
            weight = WEIGHT[tier] if base is None else base
            if verb not in MAKE_THEM:
                weight += _target_weight(m)
            if verb in ENDINGS and re.search(r"(?:you|u|him|her|them)$", lx.named(m, "target") or ""):
                weight = WEIGHT["medium"]  # "I'll end you" is not a sports result
            if tier == "soft" and GROUP_WORD.search(m.group()):
                weight = WEIGHT["medium"]  # "get rid of" a people is not sport
            if pattern is YOU_FUTURE and tier != "sexual" and m.group().endswith(("ed", "en", "t", "g")):
                weight -= 1.0  # "you'll get killed" can be a warning as well as a threat
            signal = name
            if tier == "sexual":
                signal = "threat.sexual_violence"
            elif name == "threat.incitement" and _second_person(m) and (pattern is DESERVE or pattern is NO_RIGHT):
                signal = "threat.death_wish"  # "you deserve to die" is wished on the reader
            target = lx.named(m, "target") or ""
            group = bool(target) and GROUP_WORD.search(target) is not None
            hits.append(Hit(signal, weight, (m.span(),), verb=verb, tier=tier, group=group))
    return hits, set_aside


def _phrase_hits(text: str, verb_hits: list[Hit], words: Words | None = None) -> list[Hit]:
    words = words or Words(text)
    hits: list[Hit] = []
    coercion = words.spans(SEXUAL_COERCION)
    if coercion:
        hits.append(Hit("threat.sexual_violence", min(7.0, 3.5 * len(coercion)), tuple(coercion), tier="sexual"))
    # A key VEILED_KEYS finds is a word (or a pair: "won't") of the text: only the patterns with a
    # key among the text's words can be tried, and only those its words allow.
    keyed = sorted({i for key in words.items & VEILED_KEY_SET for i in VEILED_BY_KEY[key]})
    veiled = [i for i in keyed if words.may_match(VEILED[i][2])]
    present = {m.group() for m in VEILED_KEYS.finditer(text)} if veiled else set()
    for i in veiled:
        if not present.isdisjoint(VEILED_WORDS[i]):
            weight, _, pattern = VEILED[i]
            signal = SIGNAL_OF[i]
            tier = "sexual" if signal == "threat.sexual_violence" else "veiled"
            hits.extend(Hit(signal, weight, (m.span(),), tier=tier) for m in pattern.finditer(text))
    locators = words.spans(LOCATOR) + words.spans(ADDRESS) + words.spans(SURVEILLANCE)
    if locators:
        # Any other threat form in the text intimidates as well.
        scares = words.spans(INTIMIDATION) + [s for h in hits + verb_hits for s in h.spans]
        knows = any(text[s:e].startswith(("i know", "we know")) or "watching" in text[s:e] for s, e in locators)
        if scares:
            weight = 5.5 if len(locators) + len(scares) >= 3 else 4.5
        else:
            # Knowing, or three details of someone's life: the telling is the menace.
            weight = 4.5 if knows or len(locators) >= 3 else 1.5 + 1.0 * (len(locators) > 1)
        hits.append(Hit("threat.doxxing", weight, tuple(locators + scares), tier="doxxing"))
    emoji = words.spans(WEAPON_EMOJI) + words.spans(ARSON_EMOJI)
    if emoji:
        targets = words.spans(EMOJI_TARGET)
        if targets:
            kinds = len({text[s:e] for s, e in emoji})
            arson = 1.0 if words.search(ARSON_EMOJI) else 0.0  # a house on fire is no figure of speech
            hits.append(Hit("threat.weapon_emoji", 3.5 + arson + 0.75 * min(kinds - 1, 2), tuple(emoji + targets[:2]),
                            tier="emoji"))  # fmt: skip
    return hits


# The fallback for phrasings no rule foresaw: violence, a person and a future in one sentence.
VIOLENCE_CUE = _lead(
    rf"\b(?:{{STRONG}}|{{SEXUAL}}|{{MEDIUM}}|{{DEATH}}|{lx.trie(lx.WEAPONS)}|sufer|bleed|blood|hurt|pain|ditch|"
    rf"body bag)\b"
)
PERSON_CUE = _p(r"\b(?:you|u|ya|your|ur|yo|yours|yourself)\b|@\w+")
FUTURE_CUE = _p(
    r"\b(?:wil|'l|gona|gon|going to|finna|ima|imma|i'ma|{ANON}|tonight|tomorow|tmrw|next time|one day|one of these|"
    r"wait til|wait until|or else|coming|bringing|about to|gets|get|getting)\b|:knife:|:gun:|:bomb:"
)
SENTENCE = re.compile(r"[^.!?\n]+")


def _cooccurrence(text: str, words: Words | None = None) -> Hit | None:
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


def _merge(hits: list[Hit]) -> list[Hit]:
    """One hit per signal name: the strongest, plus a little for each further distinct match."""
    by_name: dict[str, list[Hit]] = {}
    for h in hits:
        by_name.setdefault(h.name, []).append(h)
    merged = []
    for name, group in by_name.items():
        group.sort(key=lambda h: -h.weight)
        top = group[0]
        extra = min(1.0, 0.5 * (len(group) - 1))
        spans = tuple(sorted({s for h in group for s in h.spans}))
        merged.append(Hit(name, top.weight + extra, spans, top.verb, top.tier, any(h.group for h in group)))
    return merged


def threat_hits(n: Normalised, words: Words | None = None) -> list[Hit]:
    """Every threat form found in `n`, before mitigation. `words`: Words(n.text), if already made."""
    text = n.text
    words = words or Words(text)
    verb_hits, set_aside = _verb_hits(text, words)
    raw = verb_hits + _phrase_hits(text, verb_hits, words)
    if not raw:
        fallback = _cooccurrence(text, words) if not set_aside and _anchored(words) else None
        return [fallback] if fallback else []
    # Conditional threats are direct threats with a condition attached; name them as such.
    if words.search(CONDITION):
        raw = [Hit("threat.conditional", h.weight + 0.5, h.spans, h.verb, h.tier, h.group) if h.name == "threat.direct"
               else h for h in raw]  # fmt: skip
    hits = _merge(raw)
    if max(h.weight for h in hits) >= 3.0:
        extra = words.spans(AGGRAVATING)
        if extra:
            hits.append(Hit("threat.aggravating", min(2.0, 1.0 * len(extra)), tuple(extra[:4])))
    return hits


@dataclass(frozen=True)
class Mitigation:
    """A frame that cancels `factor` of the hits it covers, and of the model if `covers_model`."""

    name: str
    factor: float
    covers: frozenset[str]  # names of the hits it covers
    covers_model: bool
    spans: tuple[tuple[int, int], ...]


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


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for s, e in spans:
        text = text[:s] + " " * (e - s) + text[e:]
    return text


def mitigations(n: Normalised, hits: list[Hit], model_suspects: bool, words: Words | None = None) -> list[Mitigation]:
    """The frames in `n` that change what its hits (or the model's suspicion) mean.

    A frame that covers every hit also covers the model: the model read the same words.
    """
    text = n.text
    real = [h for h in hits if h.name != "threat.aggravating"]
    if not real and not model_suspects:
        return []
    words = words or Words(text)
    every = frozenset(h.name for h in real)
    found: list[Mitigation] = []

    def add(name: str, factor: float, covered: frozenset[str], spans: list[tuple[int, int]]) -> None:
        if not covered and real:
            return
        for i, m in enumerate(found):
            if m.name == name:  # one frame found twice: keep the stronger reading of it
                covered |= m.covers
                factor = max(factor, m.factor)
                spans = list(m.spans) + [s for s in spans if s not in m.spans]
                found[i] = Mitigation(name, factor, covered, covered == every, tuple(spans[:4]))
                return
        found.append(Mitigation(name, factor, covered, covered == every, tuple(spans[:4])))

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
    if games and not words.search(AGGRAVATING_IRL):
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
    return found
