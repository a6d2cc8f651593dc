"""Incitement: violence urged on others ("someone should shoot her", "let's get rid of them",
"death to...", imperatives at a third person, "they deserve to be executed")."""

from __future__ import annotations

from moderation.scoring.threat.base import GAP, form, led_form

DESERVE = led_form(
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

NO_RIGHT = led_form(
    r"\b(?P<target>{SUBJECT}) (?:[\w']+ ){0,2}?(?P<vs>(?:have|has) no right to (?:be alive|live|exist|breathe)"
    r"|(?:do not|don't|dont|does not|doesn't) (?:deserve to (?:live|be alive|exist|breathe)|belong on (?:this"
    r" )?earth)|(?:should not|shouldn't|shouldnt) (?:be alowed to )?(?:live|exist|breathe|be alive)"
    r"|(?:would be|are|r|is) beter of dead|need killing|need kilin'?|needs? (?:a bul+et|kiling|shooting"
    r"|hanging|putting down|to be put down))"
)

INCITE_SOMEONE = form(
    r"\b(?:someone|somebody|some1|sum1|anyone|anybody|one of you|one of u|you guys|y'al|u guys|we al|we|people"
    r"|everyone|everybody|you al|real patriots|patriots|lads|boys|the people|you lot|y'al)\b(?! else\b) (?:[\w']+ ){0,3}?"
    r"(?:should|shuld|needs? to|has to|have to|ought to|oughta|must|gota|got to|go|beter|could|please|pls|plz"
    r"|can|wil you|just|finaly|need to|would|wud|needa|want to|wana|wants to|fancy|up for|keen to)\b (?:[\w']+ ){0,3}?(?:{VERB})\b (?:up |down |out "
    r"|over )?(?:[\w']+ )?(?P<target>{TARGET})"
)

INCITE_LETS = form(
    rf"\b(?:let'?s|let us|how about we|what about we|why don't we|why dont we|why not|what if we|time to|"
    rf"it's time to|its time to|we need to|we must|we should|we gota|it would be best to|it'd be best to|best to|"
    rf"in every(?:body|one)'s interest to|the only solution is to|the answer is to|solution is to|we have to|"
    rf"we ought to|who's brave enough to|whos brave enough to|who wants to|who's going to|who's gona|"
    rf"whoever|anyone who|the first person to|the first person who|i'l pay (?:[\w']+ ){{0,2}}(?:to|for) "
    rf"(?:whoever|anyone|someone)(?: to)?|\d+ (?:to|for) (?:whoever|anyone who|the first (?:one|person)))"
    rf" (?P<gap>{GAP})(?:{{VERB}})\b (?:up |down |out |over )?(?:[\w']+ )?(?P<target>{{TARGET}})"
)

WHY_NOBODY = form(
    r"\bwhy (?:hasn't|hasnt|has not|haven't|havent|doesn't|doesnt|don't|dont|didn't|didnt|won't|wont|isn't|has|"
    r"have|did|does|do|is) (?:anyone|anybody|someone|somebody|one of you|we|you guys|nobody|no one|"
    r"noone) (?:[\w']+ )?(?:{VERB})\b (?:[\w']+ )?"
    r"(?P<target>{TARGET})"
)

# Verb first, clause start checked behind it: far faster than scanning for clause starts.
IMPERATIVE = led_form(
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

DEATH_TO = form(
    r"\b(?P<vs>death|deaht|deth) to (?P<target>(?:al )?(?:the |those |these |you |al you )?(?:[\w']+ )?(?:{PERSON}|"
    r"{GROUP})s?\b|you\b|u\b|al \w+)"
)

THROATS = led_form(
    r"\b(?P<target>{SUBJECT}) (?:[\w']+ ){0,3}?(?:had|have|get|got|with) (?:their|his|her|your|ur) (?P<vs>"
    r"(?:throats?|necks?|heads?) (?:cut|slit|sliced|snapped|chopped off|blown off|bashed in|caved in|cut off))"
)

SEE_THEM = form(
    r"\b(?:love|like|want|wana|wish|hope|glad|happy|enjoy|wait) to (?:see|watch) (?P<target>{SUBJECT}|"
    r"al (?:of )?(?:them|"
    r"those \w+|these \w+)) (?:[\w']+ ){0,2}?(?P<vs>suffer|die|hang|burn|dead|shot|kiled|executed|tortured"
    r"|swing|lynched|burned|gased|beaten|stabbed|raped|bleed|rot)\b"
    r"|\bwish (?P<target>{SUBJECT}) (?:[\w']+ ){0,2}?(?:would|could|will) (?:al )?(?:get |be )?(?P<vs>die|"
    r"shot|kiled|executed|hanged|burned|gased|stabbed|drown|perish|disappear)\b"
    r"|\bif only (?:someone|somebody|we|they|you) (?:would|could) (?:[\w']+ )?(?:{VERB})\b (?:[\w']+ )?"
    r"(?P<target>{TARGET})"
)

SHOULD_BE_LEGAL = led_form(
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
