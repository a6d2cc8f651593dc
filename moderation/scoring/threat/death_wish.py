"""Death wishes: harm wished on someone rather than promised ("I hope you die", "hope your plane
crashes", "can't wait to read your obituary")."""

from __future__ import annotations

from moderation.scoring.threat.base import form

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

WISH = form(
    rf"\b(?:hope|hoping|pray|praying|wish|hopefuly|may)\b (?:that )?(?:god |someone |somebody )?(?:both |al )?"
    rf"(?P<target>{{SUBJECT}}) (?:[\w']+ ){{0,5}}?(?P<vs>{DEATH_EVENT})\b"
)

FUNERAL = form(
    r"\b(?P<vs>(?:can't|cant|cannot) wait (?:to|til|until|for) (?:[\w']+ ){0,3}?(?P<target>{YOUR}|{HIS}) "
    r"(?:funeral|obituary|death|grave|wake|autopsy|coffin)|dance on (?P<target>{YOUR}|{HIS}) grave|piss on "
    r"(?P<target>{YOUR}|{HIS}) grave|(?P<target>you|u|ya) (?:should|need to|can) (?:go )?(?:die|drop dead|die in a"
    r" (?:fire|hole|ditch))|go (?:and )?die(?: in a (?:fire|hole|ditch))?|die in a (?:fire|hole|ditch))\b"
)
