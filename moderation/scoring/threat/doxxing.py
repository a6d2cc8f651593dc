"""Doxxing: knowing where someone is (an address, a routine, "I know where you live", surveillance),
weighed by whether anything in the text makes it a reason to fear."""

from __future__ import annotations

from moderation.scoring import lexicon as lx
from moderation.scoring.prefilter import Words
from moderation.scoring.threat.base import LISTS, Hit, led_form

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
        r"\b(?:{YOUR}|{HIS}) (?:[\w']+ )?\w+(?:'s|s) (?:care home|nursing home|nursery|ward)\b|"
        # Where the writer will be, at a place of the reader's day: a menace marker ("your move") makes it one.
        r"\b(?:i'l|i wil|il|we'l|we wil) be (?:waiting )?(?:at|outside|by) (?:the |{YOUR} )?(?:school|nursery|"
        r"ofice|gym|house|flat|front door|car park)(?: gates?| dor)? at \d"
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

INTIMIDATION = led_form(
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


def doxxing_hits(text: str, words: Words, others: list[Hit]) -> list[Hit]:
    """One hit for what the text tells of where someone is, weighed by what makes it menacing:
    intimidation, any other threat form found (`others`), or knowing several details."""
    locators = words.spans(LOCATOR) + words.spans(ADDRESS) + words.spans(SURVEILLANCE)
    if not locators:
        return []
    # Any other threat form in the text intimidates as well.
    scares = words.spans(INTIMIDATION) + [s for h in others for s in h.spans]
    knows = any(text[s:e].startswith(("i know", "we know")) or "watching" in text[s:e] for s, e in locators)
    if scares:
        weight = 5.5 if len(locators) + len(scares) >= 3 else 4.5
    else:
        # Knowing, or three details of someone's life: the telling is the menace. One or two weigh
        # enough to carry a model that half suspects the post ("Your kids go to St Brigid's don't they.
        # Pickup's at 3.15, yeah?" at p 0.67), not to escalate alone (docs/scoring.md, rules-6).
        weight = 4.5 if knows or len(locators) >= 3 else 2.5 + 1.0 * (len(locators) > 1)
    return [Hit("threat.doxxing", weight, tuple(locators + scares), tier="doxxing")]
