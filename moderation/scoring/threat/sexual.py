"""Sexual violence: coercion phrases ("you won't get to say no") and rape said to be deserved.
The verb forms ("I'll rape you") are in `verbs.VERB_PATTERNS`, weighed by the sexual verb tier."""

from __future__ import annotations

from moderation.scoring.prefilter import Words
from moderation.scoring.threat.base import Hit, form, led_form

RAPE_DESERVED = led_form(
    r"\b(?P<target>{SUBJECT}) (?:[\w'@]+ ){0,5}?(?:need|needs|deserve|deserves|should|ought to|beg|begs|asking|"
    r"want|wants) (?:to |for )?(?:be |get |it |a good )?(?P<vx>raped|rape|raping|molested|gang raped|gang rape|gangrape)"
)

SEXUAL_COERCION = form(
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


def coercion_hits(words: Words) -> list[Hit]:
    """One hit for all the coercion phrases in the text, stronger for each (at most two count)."""
    coercion = words.spans(SEXUAL_COERCION)
    if coercion:
        return [Hit("threat.sexual_violence", min(7.0, 3.5 * len(coercion)), tuple(coercion), tier="sexual")]
    return []
