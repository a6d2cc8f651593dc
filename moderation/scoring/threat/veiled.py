"""Veiled threats and intimidation ("would be a shame if something happened to...", "watch your
back", "they'll never find your body"), found through key words: a text tries only the patterns
whose key words it has.

`PHRASES` holds, with more veiled forms, fixed phrases of the other families (death wishes,
sexual violence, direct threats, incitement) that are found the same way; each row names its
signal."""

from __future__ import annotations

import re

from moderation.scoring import lexicon as lx
from moderation.scoring import wordlists as wl
from moderation.scoring.prefilter import Words
from moderation.scoring.threat.base import Hit, form, led_form

# (weight, words one of which must occur, pattern): the words are looked up in one trie scan, so
# most texts try none of these patterns at all.
VEILED: list[tuple[float, str, re.Pattern[str]]] = [
    (
        4.0,
        "bulet bulets knife blade round grave cofin machete axe gun name",
        form(
            r"\b(?:bul+et|knife|blade|round|grave|cofin|machete|axe|gun)s? (?:with|and|that has|that's got|has got) "
            r"(?:{YOUR}|{HIS}) name (?:written |engraved |carved |scratched )?on it\b|\b(?:{YOUR}|{HIS}) name on (?:a|"
            r"my|this|the) (?:bul+et|knife|blade|grave|list)"
        ),
    ),
    (
        4.0,
        "mis",
        form(
            r"\b(?:would|wil|'d|'l) (?:anyone |anybody |they |your \w+ )?miss (?:you|u|him|her) if (?:you|u|he|she) "
            r"(?:disappeared|vanished|died|were gone|went missing|had an accident|never came home)\b"
        ),
    ),
    (
        3.5,
        "lock check bolt",
        form(
            r"\b(?:you|u|ya)(?:'d| would| had|d)? (?:better|beter|should|might want to|wana) (?:lock|check|bolt) "
            r"(?:{YOUR}) (?:doors?|windows?|car|back|brakes)\b"
        ),
    ),
    (
        3.0,
        "visit",
        form(r"\b(?:pay|paying|give) (?:{YOU}|{YOUR} \w+|him|her|them) a (?:little |friendly |quick |nice )?visit\b"),
    ),
    (
        4.5,
        "day night moment ready prepare",
        form(
            r"\b(?:is|wil be|'s) the (?:day|night|moment|last day) (?:you|u) (?:die|bleed|get hurt|regret|take your "
            r"last)\b|\b(?:get ready|prepare|be ready|better be ready) to (?:die|bleed|meet (?:your|ur) maker|suffer|"
            r"get hurt)\b"
        ),
    ),
    (
        3.5,
        "list wait",
        form(
            r"\b(?:you're|ur|you are|u r|he's|she's|he is|she is) (?:first|next|top|number one) on my (?:hit )?list\b"
            r"|\b(?:wait|just wait) (?:til|until|till) i (?:get out|get my hands on|find|see|catch)\b"
        ),
    ),
    (
        4.0,
        "recognise recognize identify body",
        form(
            r"\b(?:won't|wont|wil not|never|not|can't|cant) (?:be able to )?(?:recogni[sz]e|identify) (?:you|u|him|her|"
            r"your \w+)\b|\b(?:never|won't|wont|wil not|not) (?:ever )?find (?:{YOUR}|{HIS}|the) body\b|\b(?:{YOUR}|"
            r"{HIS}) body (?:wil|'l) be found\b"
        ),
    ),
    (
        3.5,
        "dead",
        form(
            r"\b(?:you're|ur|you are|u r|he's|she's|he is|she is|they're|they are) (?:a )?dead (?:man|men|woman|girl|"
            r"boy) walking\b|\bdead (?:man|woman) walking\b(?= .*\b(?:you|u|he|she|him|her)\b)"
        ),
    ),
    (
        4.0,
        "found won't wont se",
        form(
            r"\b(?:be |get |end up |turn up )?found (?:dead |face down |floating )?in (?:a|the) (?:ditch|river|canal|"
            r"skip|bin|gutter|dumpster|morgue|woods|lake|boot|trunk)\b|\bsee to it that (?:you|u|he|she|they) "
            r"(?:suffer|bleed|die|pay|never)\b|\bwon't be (?:writing|talking|posting|walking|breathing|tweeting|"
            r"speaking) (?:anything |much |again )?(?:after|by|past|come)\b"
        ),
    ),
    (
        3.0,
        "takes light set hiding kicking beating shoeing",
        form(
            r"\b(?:one|a single) (?:bul+et|shot|stab|match|spark) is al it takes\b|\b(?:light|set) (?:{YOUR}|{HIS}) "
            r"(?:house|home|car|flat|place|crib|shop) (?:up|alight|ablaze|on fire)\b|\bgetting a (?:hiding|kicking|"
            r"beating|shoeing)\b"
        ),
    ),
    (
        4.0,
        "find come",
        form(
            r"\b(?:i'l|i wil|we'l|we wil|gona|ima|i'm going to|im going to) find out where (?:you|u|your \w+|ur \w+)"
            r" (?:live|lives|work|works|sleep|sleeps)\b|\b(?:i'l|i wil|we'l|we wil|ima|gona|i'm gona|im gona) come "
            r"for (?:you|u|ya|your|ur)\b"
        ),
    ),
    (
        3.5,
        "die show inside",
        form(
            r"\b(?:you|u) (?:wana|want to|wanna) die\?|\b(?:i'l|i wil|let me|gona|ima) show (?:you|u|ya) what "
            r"happens\b|\bwith (?:you|u) (?:stil )?(?:inside|in it)\b"
        ),
    ),
    (
        3.5,
        "capable",
        form(
            r"\b(?:you|u) have no idea what (?:i'm|im|i am|we're|we are) capable of\b|\b(?:you|u) "
            r"(?:don't|dont|do not) know what (?:i'm|im|i am|we're|we are) capable of\b"
        ),
    ),
    (
        4.0,
        "lucky done finished",
        form(
            r"\b(?:you'l|you wil|you'd|ul|u'l) be lucky (?:if|to) (?:you|u) (?:can |could |ever )?(?:walk|talk|see|"
            r"breathe|survive|live|wake up)|\b(?:after|when|once|by the time) (?:i'm|im|i am|we're|we are|i've|"
            r"we've) (?:done|finished) with (?:you|u|him|her)\b"
        ),
    ),
    (
        4.0,
        "pray hope",
        form(
            r"\b(?:pray|hope|better hope|beter hope) (?:that )?(?:i|we) (?:don't|dont|do not|never) (?:find|catch|"
            r"see|get) (?:you|u|ya)\b"
        ),
    ),
    (
        4.5,
        "hate",
        form(r"\b(?:i'd|i would|we'd|we would) hate (?:for )?(?:anything|something) (?:bad )?to happen to\b"),
    ),
    (
        4.5,
        "shame pity tragedy tragic awful terible sad unfortunate horible dreadful bad",
        form(
            r"\b(?:shame|pity|tragedy|tragic|awful|terible|sad|unfortunate|horible|dreadful|bad) (?:[\w']+ )"
            r"{0,2}?if (?:[\w']+ ){0,6}?(?:happened|happens|happen|were to|got hurt|gets hurt|failed|fail|"
            r"caught fire|catches fire|went missing|disappeared|had an accident|got hit|broke|burned|burnt|"
            r"never came home|didn't come home|got lost|fel|never (?:[\w']+ ){1,3}?again)\b"
        ),
    ),
    (
        4.5,
        "coming",
        form(
            r"\b(?:you|u|ya|they|he|she)(?:'l| wil| won't| wont| will not| wil never|'l never| never| ain't)"
            r"(?: ever)? (?:see|hear) (?:it|us|me|them|this|what) coming\b|\bnever see it coming\b"
        ),
    ),
    (
        4.5,
        "numbered count enjoy last sleep",
        form(
            r"\b(?:{YOUR}) days are numbered(?![^a-z]{0,6}(?:on|in) (?:the|my|an?|your|ur) (?:advent )?calendar)|\bcount (?:{YOUR}) days|\benjoy (?:{YOUR}) last (?:day|days|night"
            r"|nights|breath|breaths|week|moments|christmas|birthday)|\blast day on earth|\bsleep with one eye "
            r"open|\b(?:this is|wil be|is) (?:{YOUR}) last (?:day|night|breath|christmas|birthday)\b"
        ),
    ),
    (
        4.0,
        "watch mind lok loking",
        form(
            r"\b(?:watch|mind) (?:{YOUR}) (?:back|self)\b|\bwatch yourself\b|\bbeter watch out\b|"
            r"\blook(?:ing)? over (?:{YOUR}) shoulder\b|\b(?:you|u)(?:'d| would| had|d) beter (?:watch|sleep|"
            r"be careful)"
        ),
    ),
    (
        4.0,
        "careful",
        form(
            r"\b(?:i'd|i would|id) be (?:very |real |realy )?careful (?:[\w']+ ){0,8}?if i (?:were|was) "
            r"(?:you|u)\b|\bif i (?:were|was) (?:you|u),? i'?d be careful\b"
        ),
    ),
    (
        4.5,
        "ambulance stretcher dental nap prayers eulogy obituary under bag cofin",
        form(
            r"\b(?:bring|get) (?:an |a )?(?:ambulance|body bag|coffin|stretcher)|\bdental records\b|"
            r"\b(?:six|6) f(?:ee|e)t under\b|\bdirt nap\b|\bsay (?:your|ur) prayers\b|\bwriting (?:your|ur) "
            r"(?:eulogy|obituary)"
        ),
    ),
    (
        4.0,
        "arange aranged sent hired paid got",
        form(
            r"\b(?:i|we) (?:have|'ve|ve|has) (?:arange|aranged|sent|hired|paid|got) (?:some )?(?:people|someone|"
            r"men|boys|guys|somebody|a guy|a man) (?:for|to (?:visit|find|deal with|handle|see)) (?:you|u|him|her)"
        ),
    ),
    (
        4.5,
        "pay sufer burying bury cry mourn identify mis find next regret",
        form(
            r"\b(?:{YOUR}|{HIS}) (?:whole )?(?:family|kids|children|wife|husband|mum|mom|mother|son|daughter|"
            r"parents|loved ones)(?: wil| 'l|'l| are going to| are gona| gona| go| is going to| is gona)"
            r" (?:be )?(?:pay|suffer|be burying|bury|burying|cry over|mourn|identify|miss you|find you|"
            r"be next|regret)"
        ),
    ),
    (
        3.5,
        "acidents things stuf shit way people",
        form(
            r"\b(?:accidents|things|bad things|stuf|shit) (?:happen|can happen|tend to happen|have a way of "
            r"happening)(?: to (?:people|those|snitches|[\w']+ who))?\b|\bhave a way of (?:disappearing|going "
            r"missing|getting hurt|having accidents|ending up)\b|\bpeople (?:go missing|disappear|get hurt) "
            r"(?:round|around|for)\b"
        ),
    ),
    (3.5, "remember", form(r"\bremember what happened to\b")),
    (3.5, "next", form(r"\b(?:you're|you are|ur|u r|you'l be|you wil be|your|youre) next\b")),
    (3.5, "hide", form(r"\b(?:you|u) can(?:'t|t|not) hide\b|\bnowhere to (?:hide|run)\b")),
    (
        3.0,
        "think fast quickly easily",
        form(
            r"\bthink (?:about|on) (?:that|it|this) before (?:you|u)\b|\bhow (?:fast|quickly|easily) (?:[\w']+ )"
            r"{0,3}?(?:can )?(?:catch fire|burn|go up in flames|disappear|get hurt|break|go missing|have an "
            r"accident)"
        ),
    ),
    (
        4.5,
        "next hope hoping wish",
        form(
            r"\bnext time,? (?:i|we)(?:'l| wil)? (?:shoot|stab|kil|swing|won't mis|wont mis)\b|\b(?:hope|"
            r"hoping|wish) (?:[\w']+ ){0,3}?finish(?:es)? (?:the job|(?:you|u|him|her) of)\b"
        ),
    ),
    (
        4.0,
        "coming find hunt track",
        form(
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
        form(
            r"\b(?:i'l|i wil|we'l|we wil|i'm|im) (?:be )?(?:waiting|outside) (?:for (?:you|u|him|her|them)|outside|"
            r"at|by|in)\b"
        ),
    ),
    (
        4.0,
        "won't wont not never ain't",
        form(
            r"\b(?:you|u|ya|ur)(?:'l| wil|'re| are| r)?(?: \w+)? (?:won't|wont|wil not|not|never|never gona|not "
            r"gona|ain't gona|ain't) (?:see|make it to|live to see|live past|survive|walk again|talk again|wake up|"
            r"make it home|get home|be laughing|be breathing|last)\b"
        ),
    ),
    (
        3.0,
        "godbye bye",
        form(r"\b(?:say|said|saying) goodbye to (?:{YOUR})\b|\bkis (?:{YOUR}) (?:\w+ )?goodbye\b|\bbye bye\b"),
    ),
    (
        2.5,
        "regret pay sory wish get make",
        form(
            r"\b(?:you'l|you wil|u wil|ul|you're going to|youre going to|ur gona|you gona|u gona|you'l be|you "
            r"wil be)(?: \w+)? (?:regret (?:this|it|that|\w+ing|the day|ever)|pay for (?:this|it|that)|be sory|pay|"
            r"wish you (?:were "
            r"dead|never))\b|\bi'l (?:get|make) you (?:for this|back)\b|\bi'l make you pay\b"
        ),
    ),
    (
        3.5,
        "se blod hapens",
        form(
            r"\b(?:you|u) (?:wil|'l|go|gona|are going to) see (?:blood|what (?:wil )?happens?)\b|"
            r"\bthere (?:wil|'l) be blood\b|\bfind out what happens\b|\bsee what (?:wil )?happens? (?:to|next)\b"
        ),
    ),
    (
        2.5,
        "warning warned tock did",
        form(
            r"\blast warning\b|\bfinal warning\b|\b(?:you've|you have|youve|u have) ben warned\b|\btick tock\b"
            r"|\bi know what you did\b|\bwe know what you did\b"
        ),
    ),
    (
        3.5,
        "hands able",
        form(
            r"\b(?:when|once|if|til|until) i (?:get|lay|put) my hands on (?:you|u|ya|him|her)\b|\b(?:won't|wont|"
            r"wil not|"
            r"not) be able to (?:stand|walk|talk|see|breathe|eat|type)\b"
        ),
    ),
    (
        4.0,
        "dead",
        form(
            r"\b(?:he's|she's|he is|she is|you're|youre|ur|you are|they're|they are) (?:a )?dead (?:man|woman|men|"
            r"meat|girl|boy)\b(?! walking)"
        ),
    ),
    (
        4.5,
        "hands lights",
        form(
            r"\b(?:put|wrap|get|squeze) my hands (?:around|round|on) (?:{YOUR}|{HIS}) (?:neck|throat)\b|"
            r"\bsleep with the lights on\b"
        ),
    ),
    (
        3.5,
        "nice lovely beautiful",
        form(
            r"\bnice (?:house|family|car|kids|wife|place|shop|home|daughter|son|business|dog|job) (?:you've got|you"
            r" have|you got|youve got|u got|u have)\b|\b(?:lovely|beautiful|nice) (?:family|kids|wife|house|home)"
            r"[^.?!]{0,40}?\b(?:be a shame|anything happened|something happened|wouldn't want)"
        ),
    ),
    (
        3.0,
        "pul step met outside gates catch come run square",
        form(
            r"\b(?:pul up|step outside|meet me outside|see you outside|outside the gates|catch (?:you|u) "
            r"outside|come outside|run (?:me|up) the fade|square up)\b"
        ),
    ),
    (2.5, "irl", form(r"\b(?:deleted|erased|unalived|removed|ended) irl\b|\birl,? not the (?:account|acount)")),
]

# Families found missing on text written after the rules (docs/scoring.md): (signal, weight, key
# words, pattern), tried through the same word keys as VEILED.
_YOU_WILL = (
    r"(?:you|u|ya|ye|ur|youre)(?:'l|l| wil| are going to| are gona|'re going to|'re gona| r gona| gona| are| r|'re)?"
)

PHRASES: list[tuple[str, float, str, re.Pattern[str]]] = [
    # -- aftermath: what the violence leaves, with no act named
    ("threat.veiled", 4.5, "ambulance bag stretcher cofin box wheelchair hearse",
     led_form(rf"\b{_YOU_WILL} (?:be )?(?:leaving|leave|going home|go home|coming out|come out|carried out|wheeled out|"
        r"walk out|walking out)(?: [\w']+){0,3}? (?:in|on) (?:an? |the |your own )?(?:ambulance|body bag|"
        r"stretcher|coffin|box|wheelchair|hearse|bag)\b")),
    ("threat.veiled", 4.0, "canal river ditch morgue bag cofin grave wheelchair boot woods hospital a&e icu intensive lake sea dock docks harbour",
     led_form(r"\b(?:you|u|ya|people (?:who|like)|anyone who|those who|[\w']+s who|lads who|girls who)\b(?: [\w']+){0,4}?"
        r" (?:tend to |usually |always |wil |'l |might |could |gona )?(?:end|ends|wind|winds) up (?:in|at the bottom "
        r"of|face down in|floating in) (?:a |the )?(?:canal|river|ditch|morgue|body bag|coffin|grave|wheelchair|"
        r"boot|woods|hospital|a&e|icu|intensive care|lake|sea|dock|docks|harbour)\b")),
    ("threat.veiled", 4.0, "grave", led_form(r"\b(?:find|finding|dig|digging|fill|filling|pick|picking) (?:{YOUR}) own "
                                       r"grave (?:eventualy|soon|one day|yet|before|after|if|when)")),
    ("threat.veiled", 4.0, "pul puling fish fishing drag draging scrape scraping",
     led_form(r"\b(?:pul|puling|fish|fishing|drag|draging|scrape|scraping|peel|peling) (?:you|u|ya|him|her|your \w+) "
        r"(?:out of|of|up of) (?:the|a) (?:river|canal|sea|lake|ditch|pavement|floor|road|tarmac|harbour)\b")),
    ("threat.veiled", 4.5, "teeth", led_form(r"\b(?:pick|picking|pickin|colect|colecting|sweep|sweping) (?:up )?(?:{YOUR}) "
                                       r"teeth (?:up )?(?:of|from|aff)\b")),
    ("threat.veiled", 4.0, "insurance cover plan wil",
     led_form(r"\bhope (?:{YOUR}) (?:life insurance|life cover|funeral plan|wil) (?:is|'s|are) (?:up to date|paid|sorted|"
        r"in order)")),
    ("threat.veiled", 4.5, "cal phone knock visit",
     led_form(r"\b(?:hate|want|like|love) (?:for )?(?:{YOUR}|{HIS}) [\w']+ to (?:get|receive|have) (?:a |that |the )?"
        r"(?:phone ?cal|cal|knock on the door|visit) from\b")),
    ("threat.veiled", 4.5, "flowers cofin casket headstone wreath hymns funeral",
     led_form(r"\b(?:{YOUR}|{HIS}) (?:[\w']+ )?(?:{PERSON})(?:'d| had)? (?:better|should|might want to|can|wil need to|"
        r"needs to|need to) (?:start )?(?:picking|choosing|buying|ordering|booking|planning|loking at|pick|choose|"
        r"buy|order|book|plan) (?:out )?(?:the |some |a |nice )?(?:flowers|cofin|casket|headstone|funeral|hymns|"
        r"wreath)|\b(?:pick|picking|choose|choosing) (?:out )?(?:{YOUR}) (?:cofin|casket|headstone|burial plot|"
        r"funeral (?:song|hymns))\b")),
    ("threat.veiled", 3.5, "nail", led_form(r"\bevery (?:post|tweet|word|comment|video|message|lie) (?:is|'s) another nail"
                                      r"|\banother nail in (?:{YOUR}) cofin\b")),
    ("threat.veiled", 4.5, "grow growing",
     led_form(r"\b(?:{YOUR}|{HIS}) (?:kids|children|sons?|daughters?|boys?|girls?|litle \w+|baby|babies|family)(?: wil| are|"
        r" is|'re| are going to| are gona| gona| going to|'l| could| might|'s)?(?: [\w']+)? grow(?:ing)? up "
        r"without (?:a|their|his|her|a) (?:dad|father|mum|mom|mother|parent|daddy|mummy)\b")),
    # -- warning formulas
    ("threat.veiled", 4.0, "walks walk walking leaves leaving comes coming gets makes",
     led_form(r"\bonly one of us (?:is )?(?:walks|walk|walking|leaves|leaving|coming|comes|gets|getting|makes|making|goes)"
        r" (?:out|away|home|it|of)\b")),
    ("threat.veiled", 2.5, "carefuly twice", led_form(r"\b(?:i'd|i would|id|you'd|you should|you beter|you'd beter|i'd) think "
                                       r"(?:very |realy |long and )?(?:carefuly|twice|hard) (?:about|before)\b")),
    ("threat.veiled", 3.0, "long ticking running time",
     led_form(r"\bnot long now\b|\bwon't be long now\b|\b(?:time's|time is) running out\b|\b(?:{YOUR}) time is "
        r"(?:almost |nearly )?up\b|\bclock(?:'s| is) ticking\b")),
    ("threat.veiled", 3.0, "talking talk",
     led_form(r"\b(?:no more|won't be any more|won't be no more|done) talking\b|\btime for talking is over\b")),
    ("threat.veiled", 4.0, "happens",
     led_form(r"\bwhat happens to (?:people|those|anyone|girls|boys|lads|snitches|grases|rats|folk|women|men|[\w']+s) "
        r"(?:who|that|like) (?:cross|mes|fuck|talk|snitch|gras|disrespect|lie|tease|rat|test|threaten|screw|betray|"
        r"report|you|u|me)")),
    ("threat.veiled", 4.0, "hope pray",
     led_form(r"\b(?:pray|hope|beter hope|better hope) (?:that )?(?:i|we) (?:don't|dont|do not|never) (?:ever )?(?:meet|run "
        r"into|bump into|cross paths|end up in the same|come across|se (?:you|u) again)")),
    ("threat.veiled", 4.0, "posting smiling laughing tweeting talking walking breathing smug brave cocky smirking",
     led_form(rf"\b{_YOU_WILL} (?:won't|wont|wil not|not|ain't) be (?:posting|smiling|laughing|tweeting|talking|walking|"
        r"breathing|around|smirking|running your mouth|so smug|so brave|so cocky|so mouthy|so tough|so gobby)"
        r"(?: like that| so much)? (?:for )?(?:much|very|to) long(?:er)?\b|\b(?:won't|wont) be (?:so )?(?:smug|brave|cocky|mouthy|gobby|"
        r"tough) (?:with|when) my\b")),
    ("threat.veiled", 2.5, "patient patience change",
     led_form(r"\b(?:i've|i have|ive|we've)(?: ben)? (?:very |extremely |more than )?patient with (?:you|u)\b|\bmy "
        r"patience (?:is|has) (?:running out|run out|wearing thin|gone)|\b(?:that's|that is) (?:about to|going to|"
        r"gona) change\b")),
    ("threat.veiled", 3.5, "hope pray",
     led_form(r"\b(?:hope|hoping|pray) nothing (?:bad |nasty |unfortunate )?(?:happens|ever happens) to (?:it|him|her|them|"
        r"(?:{YOUR}|{HIS}) \w+)")),
    ("threat.veiled", 4.0, "lesson respect",
     led_form(r"\bteach (?:you|u|him|her|them|ya) (?:a |some )?(?:lesson|respect|manners)\b[^.!?]{0,30}?\bwith "
        r"(?:their|our|my|his|the) (?:fists|boots|bats|hands)")),
    # -- hinted methods
    ("threat.veiled", 4.0, "brakes brake",
     led_form(r"\b(?:{YOUR}|{HIS}|the) brakes (?:just |sometimes |might |could |can )?(?:went|go|fail|failed|gave out|were cut|"
        r"get cut|stoped working|stop working)|\bcut (?:{YOUR}|{HIS}|the) brake|\b(?:{YOUR}) brakes\b[^.!?]{0,30}?\b(?:noise|"
        r"funy|fail|failing|hold|holding|working|lately)\b")),
    ("threat.veiled", 4.5, "under", led_form(r"\b(?:check|checking|lok|loking) under (?:{YOUR}) (?:car|van|vehicle|motor)")),
    ("threat.veiled", 3.5, "bang bom", led_form(r"\bsomething (?:that )?(?:goes|go|going) (?:bang|bom)\b")),
    ("threat.veiled", 4.0, "petrol lighter match rag",
     led_form(r"\b(?:house|home|flat|car|place|shop|door|van) (?:goes|go|went) up\b[^.!?]{0,30}?\b(?:petrol|match|lighter"
        r"|fire)|\b(?:petrol|lighter fluid|a lit match|a match|a rag) (?:through|in|into|under) (?:{YOUR}|{HIS}|the)"
        r" (?:letterbox|leter box|door|window|car)")),
    ("threat.veiled", 4.0, "locks", led_form(r"\bhope (?:the|{YOUR}) (?:new )?(?:place|house|flat|home|door)s? (?:has|have|"
                                       r"got) (?:god|strong|decent|solid) (?:locks|doors|security)")),
    ("threat.veiled", 3.0, "bringing bring packing",
     led_form(r"\b(?:bringing|bring|packing|i'l have|i've got) (?:the|my|a) (?:knife|blade|machete|gun|pistol|rifle|"
        r"shotgun|glock|axe|crowbar|acid|shank|:knife:|:gun:)\b(?! (?:and|&) (?:forks|spons|plates))")),
    ("threat.veiled", 3.5, "lucky",
     led_form(r"\b(?:you're|ur|you are|youre|u r|he's|she's) lucky (?:that )?(?:i|we) (?:don't|didn't|dont|didnt|"
        r"haven't|havent) (?:[\w']+ ){0,2}?(?:{VERB}|come|break into|find|show)")),
    # -- incitement without a listed verb
    ("threat.incitement", 5.0, "dead", led_form(r"\bthe only god [\w']+(?: [\w']+)? is a dead\b")),
    ("threat.incitement", 5.5, "inside there them",
     led_form(r"\b(?:burn|torch|set fire to|petrol bomb|firebomb|light up)\b(?: [\w']+){1,5}? with (?:them|him|her|everyone|"
        r"people|the \w+|al of them|the families|the kids)(?: stil| al)? (?:inside|in it|in there|in them)\b|"
        r"\b(?:nobody|no one|none of them|noone) (?:inside |in there )?(?:gets|get|walks|comes|makes it) out\b")),
    ("threat.incitement", 5.0, "fire alight ablaze petrol",
     led_form(r"(?:^|(?<=[.!?,;] )|(?<=\band ))(?:(?:go|just|now|al) )?(?:set|seting) (?:the|their|that|this|those|these)"
        r" (?:[\w']+ )?(?:{VENUE}|{PROPERTY}|hotel|hotels|mosques|churches|homes|houses)s? (?:on fire|alight|ablaze)"
        r"|\b(?:get|grab|bring) the petrol\b")),
    ("threat.incitement", 4.5, "round",
     led_form(r"\bround up (?:every |al |each )?(?:last |single )?(?:one of )?(?:the |these |those |them )?(?:{GROUP})")),
    ("threat.incitement", 4.5, "blod", led_form(r"\b(?:make|making) (?:them|him|her|you|u|'em) pay in blod\b")),
    # -- death wishes as events
    ("threat.death_wish", 5.0, "hope hoping pray praying wish",
     led_form(r"\b(?:hope|hoping|pray|praying|wish|hopefuly)\b (?:[\w']+ ){0,3}?(?:that )?(?:the |{YOUR} |{HIS} )?(?:cancer|tumou?r|chemo|"
        r"disease|ilnes|covid|virus|stroke|heart attack|operation|surgery|treatment|transplant|plane|flight|"
        r"helicopter|boat|ferry|next bomb|bomb|mis+ile|rocket|meteor) (?:wins|kils|gets|takes|fails|spreads|comes "
        r"back|doesn't work|dont work|don't work|finishes|goes down|go down|crashes|crash|sinks|lands on|hits|falls on"
        r"|drops on|is quick|is slow|is painful|takes you|takes him|takes her)\b")),
    ("threat.death_wish", 5.0, "party celebrate dance dancing champagne happy glad laugh",
     led_form(r"\b(?:throw a party|celebrate|dance|be dancing|pop (?:the )?champagne|crack open|be so happy|be happy|be "
        r"glad|be so glad|laugh|cheer)\b(?: [\w']+){0,3}? (?:if|when|the day) (?:you|u|he|she|they) (?:[\w']+ )?"
        r"(?:dropped dead|drop dead|died|die|dies|got shot|get shot|got kiled|get kiled|overdosed|got hit|got stabbed"
        r"|got run over|got cancer|croaked)\b|\bwhen (?:you|u) die,? i'l be (?:there )?(?:dancing|celebrating|laughing)")),
    ("threat.death_wish", 5.0, "wait",
     led_form(r"\b(?:can't|cant|cannot) wait (?:for|til|until|till) (?:the day )?(?:you|u|he|she|they) (?:[\w']+ )?(?:die|"
        r"dies|drop dead|get shot|get kiled|croak|kick the bucket|stop breathing)\b")),
    ("threat.death_wish", 5.0, "die dead hit run",
     led_form(r"(?:^|(?<=[.!?,] ))(?:(?:pls|please|plz|just|go|can you|why don't you|why dont you|kindly|honestly|"
        r"seriously|ngl|tbh) )*(?:die|drop "
        r"dead|get hit by (?:a|an) \w+|get run over|get cancer|go die)(?=$| ?[.!?,]| you\b| u\b| already| in a| slowly|"
        r" alone| bitch| plz| pls| please| asap)")),
    ("threat.death_wish", 4.5, "hope", led_form(r"\bhope (?:you|u|he|she|they) (?:get|gets|go|goes|end up) (?:there|to hel)"
                                         r" (?:soon|this|today|tonight|quick|fast|first)")),
    ("threat.death_wish", 4.5, "birth",
     led_form(r"\bshould(?:'ve| have|a)? (?:ben )?(?:drowned|strangled|smothered|kiled|aborted|put down|shot) (?:you|u|him|"
        r"her|them)? ?at birth\b")),
    # -- sexual violence without the act
    ("threat.sexual_violence", 5.0, "no consent care mater maters anyway either regardless",
     led_form(r"\b(?:{YOUR}|her) (?:no|consent) (?:doesn't|does not|won't|wont|don't|dont) (?:mean anything|mater)\b|\bno "
        r"means nothing\b|\b(?:don't|dont|do not|won't|wont) care (?:that|if) (?:you|u|she) (?:said|say|says) no\b|"
        r"\b(?:doing|do|having|take|taking|have) (?:it|you|u|her|what i want) (?:anyway|either way|regardless)\b")),
    ("threat.sexual_violence", 4.5, "spike spiking drug roofies rohypnol ghb chloroform",
     led_form(r"\b(?:spike|spiking|drug|druging) (?:{YOUR}|you|u|her) (?:drink|drinks|coke|wine|pint)?\b|\b(?:i've got|i "
        r"have|got|bringing|brought|ordered|ive got) (?:some )?(?:rofies|rohypnol|ghb|chloroform)\b")),
    ("threat.sexual_violence", 5.0, "scream screaming screams crying cry tears begging beg stop",
     led_form(r"\b(?:{YOUR}|her) (?:screaming|screams|crying|tears|begging|struggling) (?:won't|wont|wil not|isn't going to|"
        r"not gona) (?:stop|save|help) (?:me|you|u|her)\b|\b(?:crying|screaming|kicking|begging|struggling) or not\b|"
        r"\b(?:beg|beging) me to stop and i (?:won't|wont|wil not)\b")),
    ("threat.sexual_violence", 4.5, "held down pined tied",
     led_form(r"\b(?:held|pined|tied) down and (?:taught|shown|used|made|raped|fucked)\b|\bpin (?:you|u|her) down and\b")),
    ("threat.sexual_violence", 5.0, "asking", led_form(r"\basking for it\b[^.!?]{0,40}?\b(?:give it to (?:you|u|her)|you'l "
                                                 r"get it|gona get it)")),
    ("threat.sexual_violence", 4.0, "pased paseed round around",
     led_form(r"\b(?:get|getting|be|gets|being) pased (?:a)?round (?:the|al the|my|our) (?:whole )?(?:team|lads|boys|mates|"
        r"squad|group)")),
]  # fmt: skip

PHRASES += [
    ("threat.direct", 5.0, "do did doing done",
     led_form(r"\b(?:do|did|doing) (?:him|her|them|you|u|ya|that \w+|this \w+|the \w+) in\b(?=$|[.,!?]| (?:tonight|tomorow|"
        r"this|next|soon|for god|properly|fr|mate|when|if|before))|\bgetting done in\b(?! (?:court|the|a|an)\b)")),
    ("threat.direct", 4.5, "bodied", led_form(r"\b(?:getting|get|gets|gona get|be|wil get|'l get) bodied\b(?! (?:in|at|on)\b)")),
    ("threat.incitement", 5.0, "take",
     led_form(r"(?:^|(?<=[.!?] ))(?:go |just |someone |somebody )?take out (?:the|that|this|those|these|every) (?:[\w']+ )?"
        r"(?:{PERSON})\b")),
    ("threat.sexual_violence", 5.5, "violate",
     led_form(r"\b(?:{INTENT}) (?:[\w']+ ){0,3}?violate (?:you|u|her|ya)\b")),
    ("threat.death_wish", 5.0, "hope hoping pray praying wish",
     led_form(r"\b(?:hope|hoping|pray|praying|wish) (?:that )?(?:someone|somebody|a [\w']+(?: [\w']+)?|the [\w']+|some "
        r"[\w']+) (?:would |wil |'l |finaly |just )?(?:(?:(?:{STRONG})|glases|takes out|take out|runs over) (?:you|u|ya|"
        r"him|her|them|(?:{YOUR}|{HIS}) \w+)\b|sets? (?:you|u|him|her|them) (?:on fire|alight|ablaze))")),
    ("threat.direct", 5.0, "shooting shoot bombing bomb blowing blow",
     led_form(rf"\b(?:shooting|shoot|bombing|bomb|blowing|blow) up (?:{{YOUR}}|the|this|our|my) (?:{{VENUE}}|{{PROPERTY}})\b"
        rf"(?: [\w']+)? (?:{lx.trie(wl.WHEN)})\b")),
]  # fmt: skip

PHRASES += [
    ("threat.veiled", 3.5, "bringing bring",
     led_form(r"\b(?:bringing|bring|i'l bring|i'm bringing) (?:my|the|a few of my|some of my|al my) (?:boys|lads|mates|"
        r"friends|cousins|brothers|crew|gang|people) (?:to|round to|down to|over to) (?:{YOUR}|{HIS}) (?:[\w']+ )?"
        r"(?:work|house|home|school|ofice|flat|place|gaf|gym|job)\b")),
    ("threat.veiled", 4.5, "last",
     led_form(r"\b(?:{YOUR}) last (\w+) (?:wil be|is going to be|'l be|is gona be) (?:{YOUR}) last \1\b")),
]  # fmt: skip

PHRASES += [
    # -- round 3 (docs/scoring.md): forms missed on posts written after rules-2
    ("threat.direct", 5.5, "first next",
     led_form(r"\b(?:first|next|last) (?:one |person |target |\w+ )?(?:i'm|im|i am|i'l be|i wil be|we're|we are) (?:shooting|"
        r"stabbing|killing|taking out|ending|hurting|murdering)\b")),
    ("threat.direct", 5.0, "one",
     led_form(r"\b(?:take|taking|takes|pick|picking|shoot|shooting|kil|killing) (?:out |of )?(?:(?:them|you|u|em|'em|the \w+|"
        r"every \w+|al of (?:you|them)|[\w']+) )?(?:out |of )?one by one\b")),
    ("threat.direct", 5.0, "end",
     led_form(r"\b(?:{INTENT}) (?:[\w']+ ){0,2}?end (?:yours|urs|his|hers|theirs)\b")),
    ("threat.direct", 6.0, "fire alight ablaze",
     led_form(r"\b(?:{INTENT}) (?:[\w']+ ){0,3}?set (?:you|u|him|her|them|(?:{YOUR}|{HIS}) \w+) (?:on fire|alight|ablaze)\b")),
    ("threat.direct", 5.0, "then after otherwise else or",
     led_form(r"\b(?:then|after that|otherwise|or else|or) (?:i|we) (?:personally |wil )?(?:break|snap|smash|cave in) "
        r"(?:{YOUR}|{HIS}) (?:[\w']+ )?(?:{BODY})")),
    ("threat.direct", 5.5, "alive live breathing zinda jan mar khatam",
     led_form(r"\b(?:won't|wont|will not|not gonna|never|not going to) (?:let|leave) (?:you|u|him|her|them) (?:alive|live|"
        r"breathing|walk away)\b|\bzinda (?:nahi|nahin|nai) (?:chod|chhod)\w*|\bjaan se (?:maar|mar)\w*|\bmaar (?:dalunga|"
        r"dalenge|daalunga|dunga)\b|\bkhatam kar (?:dunga|denge)\b")),
    ("threat.veiled", 4.0, "won't wont never not",
     led_form(r"\b(?:he|she|they|him|her|the \w+|that \w+|this \w+|@\w+|you|u)(?:'ll| will)? (?:won't|wont|will not|never) "
        r"(?:make it (?:to|home|out)|live (?:long enough|to see|past)|survive the|walk again|wake up)\b")),
    ("threat.veiled", 4.5, "ned",
     led_form(rf"\b{_YOU_WILL} (?:[\w']+ )?need (?:a )?new (?:set of )?(?:teeth|face|kneecaps|knees|legs|jaw)\b|\b{_YOU_WILL} "
        r"(?:[\w']+ )?need (?:a |an )?(?:wheelchair|stitches|surgeon|ambulance|dentist)\b")),
    ("threat.veiled", 4.5, "coming",
     led_form(r"\b(?:gonna|going to|will|'ll|about to|finna|are|is) (?:al )?get (?:what's|whats|what is) coming\b")),
    ("threat.veiled", 4.0, "keep have cary got",
     led_form(r"\bwhat i (?:keep|have|carry|got|keep stashed) in (?:my|the) (?:glovebox|glove box|boot|trunk|waistband|"
        r"jacket|bag|pocket|car)\b")),
    ("threat.veiled", 4.5, "hate",
     led_form(r"\b(?:would|'d|d) hate (?:for )?(?:anything|something) (?:bad |nasty )?to (?:happen|speed)")),
    ("threat.veiled", 4.5, "acidents things",
     led_form(r"\b(?:accidents|bad things|things) (?:happen|can happen|tend to happen|have a way of happening) to (?:people like "
        r"(?:you|u)|(?:{PERSON}|{GROUP})s?\b|nosy \w+|(?:[\w']+ )?(?:journalists|reporters|people who|those who|anyone "
        r"who|girls who|women who|men who|snitches))")),
    ("threat.veiled", 4.0, "lives soner",
     led_form(r"\bshort lives\b|\bsome sooner than others\b")),
    ("threat.veiled", 4.0, "funy",
     led_form(r"\bfunny how (?:[\w'.]+ ){0,4}?(?:disappear|disappears|go missing|goes missing|have accidents|has accidents|"
        r"get hurt|gets hurt|fall|falls|fail|fails|die|dies|turn up dead|burn|burns)\b")),
    ("threat.veiled", 4.0, "last",
     led_form(r"\bthe last (?:person|guy|man|woman|one|girl|lad|bloke|reporter|journalist|\w+) (?:who|that|to) (?:crossed|"
        r"messed|talked|asked|spoke|tried|did|snitched|grassed|went|posted|wrote|questioned|disrespected)\b")),
    ("threat.veiled", 4.0, "protect save watch",
     led_form(r"\b(?:police|cops|chat|security|bodyguards?|mods|followers|fans|lawyers?|block button)\b[^.?!]{0,30}\b(?:can't|"
        r"cant|won't|wont|cannot|can not|not going to|isn't going to|aren't going to) (?:protect|save|watch) (?:you|u|"
        r"them|him|her)\b|\bthink (?:their|your|ur|his|her) (?:chat|fans|followers|mods|police|security|bodyguards?) "
        r"(?:can|will|could) (?:protect|save)")),
    ("threat.veiled", 4.5, "warning",
     led_form(r"\b(?:last|final|only) warning (?:you're|you are|you'll|your|ur|u|you|ul) (?:going to |gonna )?(?:get|receive)")),
    ("threat.veiled", 4.0, "ask", led_form(r"\b(?:they|who|people who) (?:don't|dont|do not|never) ask (?:questions|qs)\b")),
    ("threat.veiled", 3.5, "turn", led_form(r"\b(?:don't|dont|do not) turn around\b")),
    ("threat.veiled", 3.0, "behind close near",
     led_form(r"\b(?:i'm|im|i am|i'll be|i will be)\b[^.!?]{0,25}\b(?:behind|close to|near) (?:you|u)\b(?! in (?:the )?"
        r"(?:queue|line))")),
    ("threat.veiled", 3.5, "waiting wait",
     led_form(r"\b(?:waiting|wait) for (?:you|u|ya) (?:after|outside|when) ")),
    ("threat.veiled", 4.0, "quick quickly fast easily flames",
     led_form(r"\b(?:houses?|homes?|flats?|cars?|places?) (?:go|goes|went) up (?:so |very |really |pretty )?(?:quick|quickly|"
        r"fast|easily|in flames|like paper)")),
    ("threat.veiled", 4.5, "funeral",
     led_form(r"\b(?:start |starting )?(?:saving|paying|planning|budgeting) (?:up )?for (?:a |your |ur |the |his |her )?"
        r"funeral\b")),
    ("threat.veiled", 4.5, "insurance cover plan",
     led_form(r"\bhope (?:you've|you have|youve|u have|you got|u got|you've got|u've got) (?:good |decent |a lot of |plenty "
        r"of |some )?(?:life insurance|life cover|a funeral plan|funeral cover)")),
    ("threat.veiled", 4.5, "under",
     led_form(r"\b(?:check|checking|look|looking) under (?:your|ur|my|his|her|the) (?:car|van|vehicle|motor)\b[^.!?]{0,50}?"
        r"\bif i (?:were|was) (?:you|u)")),
    ("threat.veiled", 4.0, "permanent eternal",
     led_form(r"\b(?:permanent|eternal) (?:nap|sleep|rest|dirt nap)\b")),
    ("threat.veiled", 2.5, "bring",
     led_form(r"\bbring (?:your |ur |some |al the |the )?(?:bats|blades|knives|machetes|weapons|petrol|crowbars|hammers|"
        r"shanks|guns|bricks)\b(?! (?:and|&) (?:forks|spoons|plates))")),
    # -- incitement without a listed subject or verb
    ("threat.incitement", 5.0, "someone somebody some1 sum1",
     led_form(r"\b(?:someone|somebody|some1|sum1)\b (?:pls |please |plz |just |go |finally )?(?:{VERB_BASE})\b (?:the |that |"
        r"this |those |these )(?:[\w']+ ){0,2}?(?:{PERSON}|{GROUP})")),
    ("threat.incitement", 5.0, "find catch track hunt grab",
     led_form(r"\b(?:go|just|someone|somebody|let's|lets|pls|please) (?:find|catch|track down|hunt down|grab) (?:[\w'@]+ ){1,3}?"
        r"and (?:{VERB_BASE}) (?:him|her|them|the \w+|his \w+|her \w+)\b")),
    ("threat.incitement", 5.0, "lined thrown against",
     led_form(r"\b(?:should|must|need to|needs to|ought to|deserve to|will) be (?:al )?(?:lined up and (?:shot|executed|hanged)|"
        r"thrown off (?:a |the )?(?:roofs?|buildings?|bridges?|cliffs?)|lined up against (?:a|the) wall|put against (?:a|"
        r"the) wall)")),
    ("threat.incitement", 5.0, "whoever anyone first",
     led_form(r"\b(?:whoever|anyone who|the first (?:one|person) (?:to|who)|first to)\b (?:[\w']+ )?(?:puts?|sends?|leaves?) "
        r"(?:[\w'@]+ ){1,3}?in(?:to)? (?:the |a |an )?(?:hospital|ground|grave|wheelchair|icu|morgue|coffin|body bag|"
        r"intensive care)")),
    ("threat.incitement", 5.0, "put send",
     led_form(r"(?:^|(?<=[.!?,] )|(?<=\band )|(?<=\bgo ))(?:put|send) (?:them|him|her|em|every \w+|al of them|the \w+) "
        r"in(?:to)? (?:the |a )?(?:hospital|wheelchair|icu|morgue|coffin|body bag|intensive care)\b")),
    ("threat.incitement", 4.5, "bounty", led_form(r"\bbounty (?:on (?:{YOUR}|{HIS}) head|for (?:his|her|their|the))\b|\bbounty:")),
    ("threat.incitement", 4.5, "drive plough plow run ram mow",
     led_form(r"(?:^|(?<=[.!?,] )|(?<=\bjust )|(?<=\bshould )|(?<=\bgo ))(?:drive|plough|plow|run|ram|mow) (?:into|through|"
        r"over|down) (?:the |those |these |al the |al those |any )?(?:[\w']+ )?(?:protesters|protestors|marchers|crowds?|"
        r"cyclists|pedestrians|{GROUP})\b")),
    ("threat.incitement", 5.0, "bomb torch burn firebomb blow",
     led_form(r"(?:^|(?<=[.!?] ))(?:go |just )?(?:bomb|torch|burn down|firebomb|petrol bomb|blow up) (?:the|that|their|his|"
        r"her|this) (?:[\w']+ )?(?:{VENUE}|{PROPERTY}|hq|headquarters)\b")),
    # -- death wishes
    ("threat.death_wish", 5.0, "let",
     led_form(r"\b(?:god|lord|universe|karma|jesus)\b,? (?:please )?let (?:[\w'@]+ ){1,3}?(?:die|choke|have a (?:heart attack"
        r"|stroke)|get (?:cancer|hit|shot|run over)|drop dead|burn|rot|suffer|crash|drown)\b")),
    ("threat.death_wish", 5.0, "wish wishing",
     led_form(r"(?<!without )(?<!stop )(?<!not )(?<!never )\bwish(?:ing)? (?:a |an )?(?:slow |painful |horrible |agonising |agonizing |long |quick |very |,)*(?:death|"
        r"cancer|aids|heart attack) (?:on|upon|to|for)\b")),
    ("threat.death_wish", 5.0, "hope pray wish hoping",
     led_form(r"\b(?:hope|pray|wish|hoping|praying)\b (?:[\w']+ ){0,4}?(?:{YOUR}|{HIS}) heart (?:gives out|stops|explodes|fails|"
        r"gives up)")),
    ("threat.death_wish", 5.0, "wait",
     led_form(r"\b(?:can't|cant|cannot) wait for (?:[\w'@]+ ){1,3}?to (?:die|drop dead|croak|kick the bucket|be dead|get shot|"
        r"hang)\b(?! (?:down|out|of))")),
    ("threat.death_wish", 5.0, "bury",
     led_form(r"\bmay (?:{YOUR}|{HIS}) (?:[\w']+ )?(?:children|kids|family|mother|mum|mom|wife|husband) bury (?:you|u|him|her)")),
    ("threat.death_wish", 4.5, "diedie diediedie diediediedie", led_form(r"\b(?:die){2,5}\b")),
    # -- sexual violence
    ("threat.sexual_violence", 5.5, "hope hoping pray wish",
     led_form(r"\b(?:hope|hoping|pray|wish) (?:that )?(?:someone|somebody|one of (?:{YOUR}|{HIS}|the) \w+|a \w+) (?:[\w']+ )?"
        r"(?:assaults|rapes|molests|gropes) (?:you|u|her|him|them)\b")),
    ("threat.sexual_violence", 5.5, "rape", led_form(r"\b(?:corrective )?rape is (?:exactly |just |al )?what (?:[\w']+ ){1,3}?"
                                               r"(?:need|needs|deserve|deserves)\b")),
    ("threat.sexual_violence", 5.0, "raped",
     led_form(r"\b(?:you'd|you would|u'd|ud|she'd|she would) (?:[\w']+ ){1,3}?if (?:you|u|she) (?:got|get|were|was) "
        r"(?:gang )?raped\b|\b(?:will|'ll|are going to|are gonna|gonna|going to) (?:al )?(?:be|get) (?:gang )?raped\b")),
    ("threat.direct", 4.5, "bulet bulets slug",
     led_form(r"\b(?:gets?|getting|'ll get|will get|gonna get|going to get) (?:a |one |some )?(?:bullet|slug)s?\b(?! (?:point|"
        r"journal|list|train|proof))")),
    ("threat.direct", 5.0, "sure",
     led_form(r"\bmake sure (?:he|she|they|you|u|(?:{HIS}|{YOUR}) \w+) (?:never|can't|cant|won't|wont) (?:walks?|talks?|speaks?|"
        r"sees?|breathes?|wakes? up|posts?|works?|sings?) again\b")),
    ("threat.veiled", 4.5, "permanently",
     led_form(r"\bor (?:we'll|i'll|we will|i will) (?!block|ban|mute|unfollow|remove|delete|report|unfriend)\w+ (?:you|u)[.,]? "
        r"permanently\b")),
    ("threat.veiled", 4.0, "24/7", led_form(r"\b(?:police|cops) can(?:'t|t| not|not)? (?:watch|protect|save) (?:you|u) 24/7")),
    ("threat.incitement", 5.0, "fire torch burn firebomb",
     led_form(r"\b(?:should|needs? to|must|go|let's|lets|someone|somebody) (?:just )?(?:set fire to|torch|burn down|firebomb) "
        r"(?:that|the|their|his|her|this) (?:[\w']+(?:'s)? )?(?:house|home|car|flat|shop|place|mosque|church|synagogue)")),
    ("threat.death_wish", 5.0, "misery",
     led_form(r"\b(?:wish|hope|pray) (?:someone|somebody|god)[^.!?]{0,20}put (?:[\w'@]+ ){1,3}?out of (?:his|her|their) misery")),
    ("threat.direct", 5.0, "sight",
     led_form(r"\b(?:{INTENT}) (?:[\w']+ ){0,2}?(?:smoke|pop|drop|dome|rush|jump|slide on|wet|clap|shoot|stab|beat|slap|kill|"
        r"box|batter) (?:[\w'@]+ ){1,2}?on sight\b|\b(?:it's|its|it is) on sight\b")),
    ("threat.veiled", 4.5, "hands",
     led_form(r"\b(?:i|i'll|i will|ima|gonna|i'm gonna|before i|or i|til i|until i)\b (?:[\w']+ ){0,2}?(?:put|lay|laying|putting) "
        r"(?:my )?hands on (?:you|u|ya|him|her)\b")),
    ("threat.veiled", 4.0, "find",
     led_form(r"\bhow easy (?:it'd be|it would be|it is|it was) to find (?:where|you|u|your|ur)\b")),
    ("threat.veiled", 4.0, "ways way",
     led_form(r"\b(?:ways|way) to (?:shut|silence) (?:a |an |that |this |the |you |u )?(?:[\w']+ )?up\b|\bways to silence\b")),
    ("threat.veiled", 4.5, "home",
     led_form(r"\bif (?:{YOUR}|{HIS}) (?:[\w']+ )?(?:{PERSON}) (?:didn't|didnt|did not|never|doesn't|doesnt|does not|won't|wont) "
        r"(?:come|make it|get) home\b")),
    ("threat.veiled", 4.0, "hurt",
     led_form(r"\bthink (?:you|u|they) can (?:[\w']+ ){0,5}?(?:and not|without) (?:get|getting) (?:hurt|a slap|smacked|touched)")),
    ("threat.incitement", 5.0, "hitman hit",
     led_form(r"\b(?:hire|hiring|hired|crowdfund|crowdfunding|pay for|paying for|chip in for|get|getting|raising money for|"
        r"raise money for|fundraiser for|collecting for|saving for) (?:a |an )?"
        r"(?:hitman|hit man)\b|\bput (?:a |out a )?hit on (?:him|her|them|you|u|\w+)\b")),
    ("threat.incitement", 5.0, "someone somebody",
     led_form(r"\b(?:someone|somebody)\b (?:[\w']+ ){0,3}?(?:runs?|mows?|ploughs?) (?:these|those|the|them|al the|al these) "
        r"(?:[\w']+ )?(?:protesters|protestors|{GROUP}|marchers|cyclists|people) (?:over|down)\b")),
    ("threat.incitement", 5.0, "why",
     led_form(r"\bwhy (?:hasn't|hasnt|has no one|did no one|didn't|didnt|haven't|havent) (?:anyone |anybody |someone |somebody |we )?"
        r"(?:burned|burnt|torched|bombed|blown up|blew up|shot up|firebombed) (?:that|the|this|their) (?:[\w']+ )?(?:{VENUE}|"
        r"{PROPERTY})")),
    ("threat.death_wish", 5.0, "wish",
     led_form(r"\bwish (?:you|u|he|she|they)(?:'d| would| could) (?:just |al )?(?:drop dead|die|get hit by|get run over|get "
        r"cancer|stop breathing)\b")),
    ("threat.death_wish", 5.0, "give gives",
     led_form(r"\b(?:god|karma|universe)\b[^.!?]{0,30}\b(?:give|gives|'ll give) (?:you|u|him|her|them) (?:a |an )?(?:stroke|cancer|"
        r"heart attack|tumou?r|aneurysm|brain tumou?r)\b")),
    ("threat.sexual_violence", 5.0, "without",
     led_form(r"\bwith or without (?:your|ur|her) (?:say so|say-so|consent|permission|say)\b")),
    ("threat.sexual_violence", 4.5, "tied",
     led_form(r"\btied up in (?:my|the|our) (?:basement|cellar|van|boot|trunk|garage|shed|car)\b")),
    ("threat.sexual_violence", 4.5, "pased asleep drunk unconscious",
     led_form(r"\b(?:when|once|til|until|wait til|wait until) (?:you're|ur|she's|you are|she is) (?:passed out|asleep|drunk|"
        r"unconscious|knocked out)\b[^.!?]{0,30}[.!?]? ?(?:then )?(?:you're|ur|you are|she's|she is) (?:mine|ours)\b")),
    ("threat.sexual_violence", 5.0, "slip",
     led_form(r"\bslip (?:something|a pill|sth|smth|a roofie|her something|you something) (?:in|into) (?:her|your|ur|their) "
        r"(?:drink|drinks|pint|wine|cup)")),
    # "drop the charges or we drop you": a demand to withdraw, then what happens to you otherwise.
    ("threat.conditional", 5.0, "charges complaint lawsuit testimony statement case report claim",
     led_form(r"\b(?:drop|retract|withdraw|take back|pull) (?:the|your|ur|that|those|his|her|them) (?:[\w']+ )?(?:charges|"
        r"case|complaint|statement|report|lawsuit|claim|testimony)\b,? or (?:else )?(?:we|i)(?:'ll| will| are gonna| gonna)? "
        r"(?:drop|bury|end|handle|silence|deal with|take care of|sort) (?:you|u|ya)\b(?! off| at | home)")),
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


def veiled_hits(text: str, words: Words) -> list[Hit]:
    """A hit for every match of a keyed pattern (VEILED, with PHRASES) whose key words the text has."""
    hits: list[Hit] = []
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
    return hits
