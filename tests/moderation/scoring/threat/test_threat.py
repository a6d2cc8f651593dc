"""Threat verdicts on examples written for these tests (none is copied from the training data).

Each list mixes forms and spellings; the hard negatives are the ones a keyword list gets wrong. Each
verdict is the final one, after the second reader has read what it was asked to (second_reader.py).
"""

from pathlib import Path

import pytest

import moderation.scoring.model as model_module
from moderation.scoring import THREAT_THRESHOLD, score_text
from moderation.scoring.model import load_model

THREATS = [
    # direct
    "I'm going to slit your throat while you sleep",
    "im gonna shoot u and ur whole family",
    "I will kill you, I know what car you drive",
    "next week I'm stabbing you in front of everyone",
    "I will hurt you and everyone you love",
    "we're going to burn your house down with you inside",
    "I'll beat you to death with a hammer",
    "I swear to god I will strangle you",
    "We will find you and we will kill you.",
    "I'm coming to your school tomorrow with a gun",
    "I want to see you bleed",
    "you'll be dead by friday",
    "Ur dead meat when I find u",
    "you are going to die tonight",
    # conditional
    "if you ever talk to my girlfriend again I'll stab you",
    "Don't show up Monday or I'll shoot you",
    "unless you pay by the 1st I'm breaking your legs",
    "If you testify, your kids will pay for it",
    "say one more word about my mum and I will put you in a wheelchair",
    # veiled
    "It would be a real shame if your car caught fire tonight",
    "Nice house. Be a shame if something happened to it.",
    "You should sleep with one eye open from now on",
    "We know where your children go to school",
    "I know where you live and I know when you're alone",
    "Your days are numbered, pal",
    "Better start looking over your shoulder, Gemma",
    "You won't see me coming",
    "I'd hate for anything to happen to your little girl",
    # sexual violence
    "I'm going to rape you until you cry",
    "one night I'll catch you alone and take what I want from you",
    "gonna molest your daughter",
    # doxxing with intimidation
    "17 Birch Road, apartment 4. I'll be there at 8. Don't bother locking the door.",
    "Found your parents' address in Leeds. Maybe I'll drop by and say hi 🙂",
    # incitement
    "Somebody needs to shoot that cop",
    "Everyone go to his house and beat him up",
    "Let's all go and burn down their mosque",
    "those people should all be hanged",
    "Why has nobody stabbed that politician yet",
    # death wishes
    "I hope you get hit by a train",
    "hope ur kids die in a car crash",
    "You deserve to be tortured to death",
    "may you burn alive, you worthless cow",
    # evasion
    "i will k i l l you",
    "I'll $hoot y0u in the f4ce",
    "gonna st.a.b you",
    "I will kiiiiill you",
    "I wіll kіll уou",  # Cyrillic look-alikes
    "you're next 🔪🔪",
    "see you tonight 🔫🩸",
    "I WILL END YOUR LIFE",
]

# Written later, to see how the scorer fares on phrasings it was not built around; the rules
# alone miss some of these and the model lifts them, so they are checked on the full scorer.
MORE_THREATS = [
    "I'm gonna put you six feet under, you little snitch",
    "Keep it up and I'll cave your skull in",
    "we'll be waiting outside your gym with bats",
    "You have no idea what I'm capable of. Sleep tight.",
    "ill fucking end u",
    "I swear I'll make you regret the day you were born",
    "if I see your face at the school gates again I'm going to knock your teeth out",
    "Your little boy walks to school by himself, doesn't he?",
    "You'll be lucky if you can walk after I'm done with you",
    "someone needs to run that bitch over with a truck",
    "Hang every last one of those traitors",
    "I hope your whole family gets cancer",
    "I will shoot up your office on Monday",
    "go die in a ditch you worthless piece of shit",
    "The next time you speak to my wife I will break your neck",
    "I'll rip your tongue out",
    "u r getting stabbed on sight",
    "I know your address, I know your car, I know your kids' names",
    "Pray I don't find you",
    "cant wait to watch u bleed out",
    "All those immigrants should be lined up and shot",
    "I am going to sexually assault you",
    "If you report me again I'll come to your house and rape you",
    "💣💣💣 your school tomorrow",
    "we will hunt down every one of you",
    "Come outside and I'll show you what happens to grasses",
    "bro im finna smoke you on sight no cap",
    "You better lock your doors tonight",
    "Delete the video or your sister gets hurt",
    "I'll be at the school gate at 3. Your move.",
    "my cousins are gonna jump u after practice",
    "I have a knife and your name on it",
    "Think your family would miss you if you disappeared?",
    "Every one of you who voted for this deserves a bullet",
    "put her in the ground where she belongs",
    "I'll smash ur car windows and then ur face",
    "If the verdict goes the wrong way, we burn the courthouse down",
    "you will regret crossing me. I know which gym you use.",
    "Women who dress like that are asking to be raped and I'll prove it",
    "Gonna pay your mum a visit while you're at work 😉",
    "I'm gonna kick your head in when I see you",
    "The day you come back to this town is the day you die",
    "Hope someone puts a bullet in your head",
    "I'll tie you up and leave you in the woods",
    "Just wait till I get out of prison, you're first on my list",
    "Muslims should be wiped off the face of the earth",
    "get ready to bleed",
    "I'll find out where you live and burn it down",
    "ima beat yo ass so bad ur mama wont recognise u",
    "Next person who parks in my spot gets their tyres slashed and their legs broken",
    "You will not live to see your next birthday",
    "He is a dead man walking. Someone will get him soon.",
    "I'm going to hurt you so bad",
    "When I catch you I'm going to gut you like a fish",
    "Go near my daughter again and they'll never find your body",
    "One of these nights you won't make it to your car",
    "I've got a machete with your name written on it",
    "Talk to the cops and I'll cut your family into pieces",
    "your kid's bus stop is on Elm Street right? be a real pity",
    "im gonna light ur house up with u inside",
    "Every cop in this city deserves to be shot",
    "I'll make sure you never walk again",
    "All the people at that clinic need to be taken out",
    "mate you're getting a hiding when I see you",
    "I'll drown you in the canal, nobody will know",
    "hope you get raped walking home",
    "Stay away from my wife or you'll be found in a ditch",
    "u wanna die? keep talking",
    "I'm bringing my boys to your work tomorrow, you're done",
    "somebody should shank that ref",
    "we're coming for your family one by one",
    "I will personally see to it that you suffer",
    "gonna cave ur head in w a brick",
    "That journalist won't be writing anything after Friday",
    "Let's go smash his windows in and drag him out",
    "the jews must be eliminated",
    "I'll slice you open like a pig",
    "The teachers at that school better watch out. I've had enough.",
    "i will come for u and ur children",
    "one bullet is all it takes, remember that",
    "@dan_the_man keep running your mouth and see what happens when I catch you outside the chippy",
    "I've been patient with you Karen. Next time you block my drive I'm slashing your tyres and then you.",
    "Reckon your front door would burn nicely. Just a thought 🔥",
    "she's going to regret ever reporting me. her and that little brat of hers",  # found by the second reader
    "If the club sacks the manager I will personally hunt down every board member",
    "Somebody give that ref a good kicking after the match, he deserves it",
    pytest.param(
        "lol imagine if someone followed you home from the station one night",
        marks=pytest.mark.xfail(reason="known weakness: menace as a hypothetical", strict=True),
    ),
    "you've got till Friday to pay or I'm breaking your kneecaps",
    "When I get my hands on you, you won't be able to stand",
    "Tell your brother he's a dead man",
    "u think ur safe behind a screen? we found ur house already",
    "ima send my cousin round to stab you up",
    "I hope your daughter gets what's coming to her",
    "All those councillors should be dragged out and hanged",
    "gonna make you watch while I hurt your dog",
    "Keep posting my pics and I'll break every finger you type with",
    "You and your lot will burn, mark my words",
    "I would love to put my hands around your neck and squeeze",
    "If I lose my job because of you I'm coming back with a gun",
    "drop the charges or we drop you",  # the model's from seed-4 to seed-6, a rule's since seed-7
    "withdraw your statement, or else we will deal with you",
    "your last tweet will be your last tweet, understand?",
    "I'm gonna choke u out next time ur at the skatepark",
    "Everyone who lives on Ash Street better sleep with the lights on",
    "I'll batter you so bad your mum won't know your face",
    "the new teacher needs a bullet, honestly someone sort it",
]

HARD_NEGATIVES = [
    # "drop" someone, not as a threat
    "play better on saturday or we drop you from the team",
    "drop the charges or I'll drop you off at the station myself, your choice",
    # idiom and hyperbole
    "I'm going to kill it at the gym today",
    "I'd kill for a coffee right now",
    "that joke killed me 😂",
    "this traffic is murder",
    "my boss is going to kill me when he sees this",
    "you're killing it, keep going!",
    "she absolutely slayed that performance",
    "I'm dying to see the new Bond film",
    # games and sport
    "I'm going to destroy you in ranked tonight",
    "We'll crush them on Sunday, the defence is rubbish",
    "gonna kill you in Fortnite later lol",
    "our keeper murdered that penalty",
    "I'll beat you at chess any day",
    # news and reported speech
    "She received tweets saying 'I will rape you' and has reported them to the police.",
    "A man was arrested after threatening to shoot staff at the bank, police said.",
    'He texted me "you are dead" last night. Police have the screenshots.',
    "The jury heard he told the victim 'I know where you live' before the attack.",
    # fiction and lyrics
    'In chapter three the villain whispers "I will kill you all" and vanishes.',
    "that song where he sings about shooting the sheriff is a banger",
    "Our D&D party finally killed the dragon!",
    # cooking, hunting, work
    "Kill the heat once the sauce thickens",
    "Dad's going to shoot a deer this weekend",
    "Execute the cron job at midnight and kill any zombie processes",
    "Can you shoot me an email with the figures?",
    "Chop the onions and smash the garlic",
    # insults and profanity without a threat
    "you're a fucking idiot and everyone knows it",
    "what a useless pathetic excuse for a manager",
    "shit, I forgot my keys again",
    # negated threats
    "I would never hurt you, you know that",
    "Nobody is going to hurt you here, you're safe",
    "I'm not going to kill anyone, calm down",
    # counter-speech and support
    "Saying 'kill all immigrants' is disgusting and you should be ashamed.",
    "Death threats are not OK. Report them and block.",
    "Sending love to everyone who received threats this week ❤️",
    # everyday words
    "Hang the picture a little higher",
    "This new album is a bomb 💣🔥",
    "my phone battery is dead",
    "I nearly died laughing at the wedding speech",
    # written later, as MORE_THREATS
    "I'm going to murder this pizza",
    "She killed the interview, got the job!",
    "We got absolutely slaughtered 5-0 on Saturday",
    "My cat keeps attacking my feet at night",
    "I could strangle my brother sometimes, he's so annoying lol",
    "The shooting range opens at 9, bring ear protection",
    "I'm dead tired after that shift",
    "He said he'd kill me if I ate his leftovers 😂",
    "The protesters chanted 'no justice no peace' outside the court",
    "Police say the suspect threatened to stab a shop worker before fleeing",
    "Hunting season: got two pheasants and a rabbit",
    "kill the engine before you open the bonnet",
    "You're an idiot if you think that's a good deal",
    "I will never forgive you for spoiling the ending",
    "That horror film where the doll stabs everyone gave me nightmares",
    "we're going to smash it at the bake sale!",
    "Beat the butter and sugar until pale",
    "Her lyrics go 'I'll burn your whole world down' and I love it",
    "I'm going to hit the gym then hit the sack",
    "Just shot my first wedding as a photographer!",
    "My teacher is going to kill me, I forgot my homework",
    "anyone who sends death threats to referees should be banned for life",
    "i'd die for my kids",
    "This heat is killing my plants",
    "Don't worry, nobody's going to hurt you",
    "this cake is to die for",
    "I'm going to crush this exam tomorrow",
    "Our team absolutely destroyed them in the final lol",
    "Reminder: shooting at the range is members only this weekend",
    "I hate Mondays so much",
    "Someone should fix the potholes on my road, they're deadly",
    "My nan says she'll kill me if I don't visit at Christmas 😂",
    "If you kill the process it will restart automatically",
    "Police are searching for a man who threatened staff with a knife",
    "Just finished Breaking Bad, Walter is a monster",
    "The Joker's line 'why so serious' still gives me chills",
    "Going to shoot some hoops after work",
    "I'll beat you to the finish line!",
    "you're such a clown, honestly",
    "Stop sending me death threats, I've reported you to the police",
    "nobody deserves to be harassed online",
    "This update is going to kill our battery life",
    "Butcher's on Main Street has the best sausages",
    "I could murder a curry right now",
    "Lost my job today. Feel like screaming into a pillow.",
    "we need to eliminate waste in the supply chain",
    "let's smash this project and go home early",
    "He's the bomb at karaoke",
    "The troops were ordered to fire on the protesters in 1919, historians say",
    "If anyone touches my leftovers again I'm going to cry",
    "That's a killer deal on those trainers",
    "My kid brother keeps stabbing me with his pencil lol",
    "Imagine threatening a teenager over a football game, pathetic",
    "I will destroy the competition at the science fair",
    "She's going to knock them dead at the audition",
    "I'm going to smash out this essay tonight",
    "This song slaps so hard I died",
    "the cops shot down the rumour pretty quickly",
    "If you stab the potatoes with a fork they cook faster",
    "My physio is going to destroy my legs tomorrow lol",
    "I swear my cat wants to murder me at 5am",
    "We need to take out the bins before Thursday",
    "Knives out is such a good film",
    "Our CEO slashed the budget again",
    "Kill Bill soundtrack on repeat",
    "He was shot in the leg during the robbery, police confirmed",
    "I'm dead serious, that was the best pizza ever",
    "gonna go hunt for vintage jackets this weekend",
    "Reporting this account: they told me they'd 'end me' in a DM",
    "Bombed my driving test again",
    "If anyone hurts you, tell a teacher",
    "I'd take a bullet for my best friend",
    "watch your step, the floor is wet",
    "We're going to the shooting range for his birthday",
    "The boxer promised to knock out his opponent in round three",
    "my sister will strangle me for borrowing her dress",
    "you're so annoying I could scream",
    "Tornado destroys homes in Oklahoma, killing 3",
    "Police warn the public after a spate of knife attacks",
    "She threatened to quit if they cut her hours again",
    "I'm going to kill this presentation tomorrow, wish me luck",
    "My brother threatened to 'end me' if I ate his chocolate lol",
    "Headline: man jailed for threatening to burn down neighbour's house",
    "This lasagne is going to be the death of me",
    "I will fight anyone who says pineapple doesn't belong on pizza 😂",
    "Can someone kill the music in the upstairs room? It's 2am",
    "We're going to hammer Leeds on Saturday, mark my words",
    "Stop saying 'I'll kill you' to your little sister, it's not funny",
    "Cut the chicken into strips and fry until golden",
    "my legs are destroyed after leg day",
    "That cliffhanger nearly killed me",
    "The drill sergeant screamed that he'd break us, and honestly he did",
    "If I see one more ad for that app I'm going to lose my mind",
    "Our new security guard used to be a sniper in the army",
    "Great thread on how to report threats to the police 👇",
    "I'll shoot you a text when I'm outside",
    "She said she'd murder a burger after the gym",
    "We're going to take the town by storm with this gig",
    "Just blew up my phone with 200 notifications",
    "In the book the killer leaves a note saying 'you're next'",
    "Burn the old files before we move office",
    "Nobody is going to bully my son again, I've spoken to the school",
    "honestly I could kill for some sleep right now",
    "the villain's line 'I'll find you' is iconic",
    "That's it, I'm done with you. Don't text me again.",
]


@pytest.fixture(params=["rules and model", "rules only"])
def scorer_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "rules only":
        monkeypatch.setattr(model_module, "MODEL_PATH", Path("/nonexistent/model.joblib"))
    else:
        assert load_model() is not None
    return str(request.param)


@pytest.mark.parametrize("text", THREATS)
def test_it_escalates_a_threat(text: str, scorer_mode: str) -> None:
    score = score_text(text, read=True)
    assert score.escalate, (text, score.threat, [s.name for s in score.signals])
    assert score.threat >= THREAT_THRESHOLD


@pytest.mark.parametrize("text", MORE_THREATS)
def test_it_escalates_a_threat_in_other_words(text: str) -> None:
    score = score_text(text, read=True)
    assert score.escalate, (text, score.threat, [s.name for s in score.signals])


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_it_does_not_escalate_a_hard_negative(text: str, scorer_mode: str) -> None:
    score = score_text(text, read=True)
    assert not score.escalate, (text, score.threat, [(s.name, s.weight) for s in score.signals])


# Families added after a held-out set showed them missing (docs/scoring.md); written for these tests.
FAMILY_THREATS = {
    "aftermath": [
        "Say that to my face and you'll be going home in an ambulance",
        "Lads who grass on this estate tend to end up in the river",
        "your boys are going to grow up without a father, think on",
        "Your wife had better start choosing a coffin",
    ],
    "warning": [
        "Only one of us is walking out of that meeting on Monday",
        "Better hope we never run into each other, pal",
        "you won't be smiling for much longer, I promise you that",
        "Tick tock. Not long now, Steven.",
    ],
    "hinted method": [
        "You might want to start checking under your van every morning",
        "Lovely motor. Be a real pity if the brakes failed on the bypass.",
        "Hope your new flat has strong locks",
    ],
    "surveillance": [
        "You leave the office at half five every Friday. Just saying.",
        "I've been watching your house all week",
        "I know which school your daughter goes to",
        "Your son's name is Jack, isn't it. Take the post down.",
    ],
    "incitement": [
        "She lives at 14 Carver Road. You know what to do.",
        "The only good landlord is a dead landlord",
        "Lock the doors and burn the place with them inside",
        "Round up every last one of the immigrants",
    ],
    "death wish": [
        "I hope your cancer comes back and wins",
        "hoping his flight goes down over the sea",
        "I'd pop champagne if you dropped dead",
        "honestly just die already",
        "I wish someone would stab you",
    ],
    "sexual coercion": [
        "Your no doesn't matter to me",
        "I'll spike your drink at the work do",
        "Your crying won't stop me",
        "I'm going to violate you",
    ],
    "robustness": [
        "ur dead m8",
        "You're dead, I mean it.",
        "gonna k*ll him and his brother",
        "I'm going to beat the absolute shit out of you",
        "we'll do him in tonight",
        "one more word and I'll put you through the window",
    ],
}
FAMILY_NEGATIVES = {
    "aftermath": [
        "My nan went home in an ambulance after her fall, she's fine now",
        "The kids grew up without a dad and turned out brilliant",
        "Mum is picking out flowers for the wedding",
    ],
    "warning": [
        "Only one of us can have the last slice",
        "Not long now till the holidays!",
    ],
    "surveillance": [
        "I saw you at the concert last night, you were amazing!",
        "My son's name is Jack and he loves dinosaurs",
    ],
    "incitement": [
        "The only good thing about Monday is coffee",
        "Set the table and take out the bins please",
    ],
    "death wish": [
        "hoping the price goes down soon",
        "Die Hard is the best Christmas film",
    ],
    "frames": [
        "I'm coming for you Saturday with cake and balloons",
        "Court hears the defendant texted his ex: I will kill you",
        "The witness says he's going to shoot the suspect if he returns, the jury heard",
        "'You have been warned, I will kill you' is such an iconic line",
        "we're doing a murder mystery night and I'm the poisoner",
        "gonna crush you in fantasy football this week",
        "he's going to knock him out in round 3, easy",
        "Pheasant for tea, shot them myself at dawn",
        "Your days are numbered on the advent calendar, chocolate fiend",
        "bringing the knife and forks tonight, see you at 7",
    ],
}


# Round 3 (docs/scoring.md): forms found missing on posts written after rules-2. Our own wording.
ROUND_3_THREATS = {
    "direct": [
        "Keep it up and you'll get a bullet, simple",
        "the inspector who signed this gets a bullet",
        "I'm going to end yours like you ended mine",
        "I will set him on fire if he comes back",
        "Pay up by Friday, after that I break your arms",
        "the manager is the first one I'm shooting",
        "I'll make sure she never talks again",
        "I'm putting you through the shop window",
        "ki11 you tonight",
        "tujhe zinda nahi chhodunga",
        # no jokes: the trivial-condition idioms must not reach these
        "I'll kill you if you touch her",
        "if you go to the police I'll kill you",
        "I'll kill you for taking my kids",
    ],
    "veiled": [
        "Accidents happen to reporters who dig like you",
        "Funny how whistleblowers just... disappear sometimes",
        "Start saving for a funeral, Gary",
        "I hope you've got decent life insurance",
        "Your brakes sounded a bit funny this morning",
        "The last guy who crossed me still can't walk",
        "That's the final warning you're going to get",
        "the councillor won't live long enough to see the vote",
        "you're going to need a new set of teeth",
        "You lot are going to get what's coming",
    ],
    "doxxing": [
        "You take the 8:10 bus every day, seat at the back. Predictable.",
        "Her home address is in the replies for anyone interested",
        "Your flat is above the bakery on Mill Road. We're not done.",
        "That's where your daughter is right now. Think on.",
        "Flat 3B, 19 Ash Grove. Careless of you.",
    ],
    "incitement": [
        "somebody shoot the landlord already",
        "go find @mark_r and beat him",
        "They should be lined up and shot, every one",
        "£500 to whoever puts that referee in hospital",
        "Bomb the council office.",
        "anyone round here fancy helping me batter the guy who robbed my mum",
    ],
    "death wish": [
        "God please let that man choke on his dinner",
        "wishing a slow painful death on the whole board",
        "I pray every night that the cancer takes you",
        "can't wait for that senator to die",
        "may your kids bury you young",
        "d i e d i e d i e",
    ],
    "sexual violence": [
        "Every woman who speaks up deserves to be assaulted",
        "Rape is exactly what girls like her need",
        "I hope someone assaults you on the way home",
    ],
    "emoji": ["🔥🏠 tonight. sleep tight", "school tomorrow 🔫🔫"],
    "set B, as development set": [
        "I know which flat you're in and which door is yours",
        "You work the night shift at the garage on Elm Road. Car park's empty after that.",
        "ima smoke him on sight",
        "Touch my sister again before I put hands on you",
        "Raising money for a hitman, the target lives in Derby",
        "Why hasn't anyone torched that clinic yet?",
        "i wish you'd just drop dead",
        "Karma will give him a stroke, and I'll laugh",
        "Wait until you're drunk at the party, then you're mine",
        "I'll have her, with or without her consent",
        "Imagine what else I can find now I know which flat you're in",
    ],
}
ROUND_3_NEGATIVES = [
    "Beat the egg whites until stiff, then fold in the sugar",
    "I'll kill him if he's late again lol",
    "If you spoil the ending for me I will strangle you 😂",
    "We can disagree without wishing death on anyone",
    "Inquest opens into the death of a 40-year-old man found in the canal",
    "people in the comments saying they hope she gets raped. disgusting",
    "You vote for them at the polls and I'll crush you in the debate",
    "Can't wait for the hype to die down",
    "Bring the bats, the cricket nets are free at 6",
    "My 4th year at uni, living in flat 3B with the best people",
    "I got a bullet journal for Christmas",
    "Put them in the ground in October and they flower in spring",
    "Darren told my boss lies. Anyway the team won the final today and I'm going to beat you at darts next week",
    "babe if u dont text back im gonna strangle u lol jk love u",
    "u can't hide from me on this map, i'm coming for your base gg",
    "I know which film you're going to love",
    "Your new flat looks amazing! I'll pop round tonight with wine",
    "Your son's football match was brilliant to watch on Saturday!",
    "Still driving the old Corsa? Thought so, legend",
    "Parked on level 2 again, the lift is broken as usual",
    "if my boyfriend eats the last Biscoff again I'm burying him in the garden",
    "that pothole on Mill Rd is going to kill someone one day, council pls fix",
    "this heat is gonna kill someone",
    "Pruning the roses back hard today, cut them right down to 3 buds",
    "Squash against my brother tomorrow, gonna slaughter him like last time",
    "Gonna hunt down every single one of you in the next battle royale, you've been warned chat",
]


@pytest.mark.parametrize("text", [t for texts in (*FAMILY_THREATS.values(), *ROUND_3_THREATS.values()) for t in texts])
def test_it_escalates_the_added_families(text: str, scorer_mode: str) -> None:
    score = score_text(text, read=True)
    assert score.escalate, (text, score.threat, [(s.name, s.weight) for s in score.signals])


@pytest.mark.parametrize("text", [t for texts in FAMILY_NEGATIVES.values() for t in texts] + ROUND_3_NEGATIVES)
def test_it_does_not_escalate_false_friends_of_the_added_families(text: str, scorer_mode: str) -> None:
    score = score_text(text, read=True)
    assert not score.escalate, (text, score.threat, [(s.name, s.weight) for s in score.signals])


@pytest.mark.xfail(reason="known weakness: the second reader reads a child's school as menace (q 1.00)", strict=True)
def test_praise_for_a_childs_school_is_not_a_threat() -> None:
    # Escalated since round 8; hidden while the false-friend tests asked for the first reading only.
    assert not score_text("Your son's school is lovely, we went to the open day", read=True).escalate


def test_a_lucky_i_dont_is_not_a_negation() -> None:
    score = score_text("You're lucky I don't come round and break your legs", read=True)
    assert score.escalate
    assert "mitigation.negation" not in {s.name for s in score.signals}


def test_a_censored_word_is_read_with_its_letters() -> None:
    from moderation.scoring.normalise import normalise

    n = normalise("gonna k*ll u")
    assert n.text == "gona kil u"
    assert n.span(5, 8) == (6, 10)


# A game word with nothing a player says around it ("level 2" of a car park, a stream, a podcast) is no
# game, and does not hold down the model's reading; trash talk keeps its frame.
NOT_A_GAME = [
    "You seemed nervous on stream tonight. You'd be more nervous if you knew who was parked outside.",
    "Your podcast goes out on Thursdays and you walk the dog right after. Noted.",
]


@pytest.mark.parametrize("text", NOT_A_GAME)
def test_a_game_word_alone_does_not_frame_the_models_reading(text: str) -> None:
    score = score_text(text, "en", read=True)
    assert "mitigation.game" not in {s.name for s in score.signals}
    assert score.escalate, (text, score.threat)


def test_trash_talk_keeps_its_game_frame() -> None:
    score = score_text("ur getting destroyed on stream tonight, nowhere to hide", "en", read=True)
    assert not score.escalate and "mitigation.game" in {s.name for s in score.signals}
