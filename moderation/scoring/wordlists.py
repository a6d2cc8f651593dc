"""The scorer's word lists: plain tables, apart from the patterns that use them.

Every list is written in plain English, as people write: the pattern compiler (lexicon.py) squeezes
repeated letters and builds one trie per list. Verb lists hold base forms (`lexicon.verb_forms` adds
-s, -ed and -ing) and, separately, the forms it cannot make. What each list is for is said above it.
"""

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
# Forms `verb_forms` does not make (irregular, misspelt); with the base forms' own, the strong verbs.
STRONG_OTHER_FORMS = [
    "shot", "hung", "burnt", "ran over", "blew up", "strung up", "lit on fire", "unaliving", "unaliveing", "kll",
]  # fmt: skip
# The past forms people misspell most (killd, executd); with the base forms, the typo list.
STRONG_PAST = ["killed", "murdered", "executed", "stabbed", "hanged", "strangled", "slaughtered", "butchered",
               "exterminated", "shot", "burned", "drowned", "tortured", "lynched", "beheaded", "gassed"]  # fmt: skip
SEXUAL_BASE = ["rape", "molest", "sexually assault", "grope", "sodomize", "sodomise", "gang rape", "gangrape",
               "force myself on", "have my way with"]  # fmt: skip
SEXUAL_OTHER_FORMS = ["rapy", "rapey"]
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
MEDIUM_OTHER_FORMS = ["beaten", "broke", "broken", "tore", "torn"]
# Mostly sport, games and idiom; alone they never escalate.
SOFT_BASE = [
    "destroy", "crush", "wreck", "annihilate", "demolish", "end", "finish", "eliminate", "obliterate",
    "deal with", "sort out", "get rid of", "wipe out", "erase", "delete", "silence", "neutralise",
    "neutralize", "ruin",
]  # fmt: skip
SOFT_OTHER_FORMS = ["dealt with", "got rid of"]

# What one does to an opponent in a game, too ("killed him in ranked", "got bodied").
GAME_BASE = [
    "kill", "murder", "destroy", "crush", "beat", "smash", "slaughter", "wreck", "end", "own", "annihilate",
    "demolish", "obliterate", "batter", "hammer", "thrash", "bury", "snipe", "eliminate", "finish", "body",
    "rekt", "pwn", "roast", "cook", "bodied", "dunk", "shoot", "massacre", "butcher", "hit", "knock out",
    "smoke", "execute", "knock", "take out", "kick", "whoop", "hunt", "hunt down",
]  # fmt: skip
GAME_OTHER_FORMS = ["shot", "rekt", "beaten", "dead"]

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
    "sparring", "fight night", "on sunday", "on saturday", "at the weekend", "gg", "ez",
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

# -- intent ------------------------------------------------------------------------------------

# Who intends, and how they say so: "I'll", "gonna", "imma"...
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
# Sentence starts that lead into an act as intent does ("i come round and...").
INTENT_STARTS = [
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

# -- the other categories of harm ------------------------------------------------------------------

INSULTS = [
    "idiot", "moron", "loser", "stupid", "dumb", "dumbass", "ugly", "fat", "fatso", "pathetic", "worthless",
    "clown", "fraud", "trash", "garbage", "bitch", "cunt", "twat", "dickhead", "prick", "wanker", "retard",
    "retarded", "cow", "slag", "slut", "whore", "scum", "scumbag", "waste of space", "waste of oxygen",
    "embarrassment", "freak", "creep", "weirdo", "failure", "snowflake", "attention seeker", "attention-seeking",
    "liar", "hypocrite", "coward", "spineless", "talentless", "useless", "incompetent", "brainless",
    "braindead", "imbecile", "cretin", "jackass", "asshole", "arsehole", "bastard", "motherfucker",
    "piece of shit", "piece of crap", "pos", "cringe", "pig", "worm", "rat", "snake", "lowlife", "degenerate",
    "nonce", "simp", "incel", "bellend", "knobhead", "tosser", "douche", "douchebag", "numpty", "muppet",
    "halfwit", "dimwit", "nitwit", "dunce", "trash human", "subhuman", "parasite", "vermin", "hag",
    "skank", "thot", "hoe", "ho", "fool", "imbecile", "sad little", "little man", "manchild",
]  # fmt: skip
HARASSING_PHRASES = [
    "nobody likes you", "no one likes you", "everyone hates you", "everybody hates you", "no one cares",
    "nobody cares", "delete your account", "delete ur account", "shut up", "shut the fuck up", "stfu",
    "fuck you", "fuck u", "fuck off", "screw you", "piss off", "go away", "stop posting", "you should be ashamed",
    "nobody asked", "no one asked", "get a life", "kill yourself", "kill urself", "kys", "go hang yourself",
    "neck yourself", "drink bleach", "end yourself", "unalive yourself", "rope yourself", "you peaked",
    "you're a joke", "ur a joke", "laughing stock", "no friends", "flood her mentions", "flood his mentions",
    "pile on", "everyone report", "mass report", "unfollow", "expose her", "expose him", "you disgust me",
]  # fmt: skip
SELF_HARM_BAIT = ["kill yourself", "kill urself", "kys", "go hang yourself", "neck yourself", "drink bleach",
                  "end yourself", "unalive yourself", "rope yourself", "go die"]  # fmt: skip
DEROGATION = [
    "subhuman", "sub-human", "vermin", "animals", "rats", "cockroaches", "parasites", "plague", "cancer",
    "disease", "scum", "trash", "filth", "filthy", "dirty", "disgusting", "disgust me", "inferior", "savages",
    "go back", "don't belong", "do not belong", "invaders", "hate", "despise", "can't stand", "cant stand",
    "worthless", "criminals", "rapists", "terrorists", "stupid", "repulsive", "revolting", "evil", "pests",
    "creatures", "monsters", "not human", "less than human", "a burden", "useless", "pathetic", "gross", "vile",
    "lesser", "should not be allowed", "shouldn't be allowed", "nothing like us", "never going to change",
    "make me sick", "makes me sick", "a virus", "a disgrace", "deport", "no place", "ruin", "ruining",
]  # fmt: skip
SEXUAL = [
    "porn", "porno", "nudes", "send nudes", "nude", "naked", "sex", "sexy", "horny", "fuck me", "cock", "dick pic",
    "dick", "pussy", "tits", "boobs", "blowjob", "blow job", "cum", "onlyfans", "escort", "escorts", "hookup",
    "hook up", "nsfw", "milf", "bbw", "anal", "orgasm", "masturbate", "masturbating", "erection",
    "hard-on", "suck my", "sit on my face", "dtf", "sugar daddy", "camgirl", "webcam girls", "sexting",
    "lingerie", "threesome", "fetish", "bdsm", "strip club", "stripper", "sex massage", "hot singles",
    "wanna fuck", "want to fuck", "fuck you hard", "bend you over", "ride me", "cumming", "titties", "booty call",
]  # fmt: skip
SELF_HARM = [
    "kill myself", "killing myself", "kms", "end my life", "end it all", "ending it all", "take my own life",
    "taking my own life", "suicidal", "suicide", "cut myself", "cutting myself", "self harm", "self-harm",
    "selfharm", "overdose", "od on", "don't want to be here anymore", "dont want to be here anymore",
    "don't want to live", "dont want to live", "don't want to wake up", "dont want to wake up",
    "better off without me", "better off dead", "no reason to live", "nothing to live for", "can't go on",
    "cant go on", "want to die", "wanna die", "want to disappear forever", "hang myself", "jump off a bridge",
    "jump off the bridge", "jump off the roof", "slit my wrists", "unalive myself", "wish i was dead",
    "wish i were dead", "wish i wasn't alive", "wish i was never born", "goodbye everyone", "final goodbye",
    "this is my last post", "i can't do this anymore", "i cant do this anymore", "hurt myself", "hurting myself",
    "starve myself", "pills", "end things",
]  # fmt: skip
HYPERBOLE = ["of embarrassment", "of cringe", "of laughter", "laughing", "lol", "lmao", "haha", ":laugh:",
             "kill me now", "it's monday", "its monday", "this exam", "this traffic", "this heat", "jk", "😂",
             "my code", "my thesis", "so bored", "kms lol"]  # fmt: skip
SPAM_MONEY = [
    "bitcoin", "btc", "crypto", "cryptocurrency", "eth", "ethereum", "usdt", "forex", "investment", "invest",
    "investing", "profit", "profits", "returns", "passive income", "earn", "earning", "income", "giveaway",
    "airdrop", "wallet", "double your", "trading", "trader", "account manager", "binary options", "nft",
    "mint", "cash app", "cashapp", "paypal", "gift card", "prize", "winner", "claim your", "loan", "loans",
    "per day", "per week", "a day", "a week", "from home", "work from home", "financial freedom",
]  # fmt: skip
SPAM_CALL = [
    "dm me", "dm for", "inbox me", "message me", "whatsapp", "telegram", "click here", "click the link",
    "link in bio", "link in my bio", "sign up", "limited time", "act now", "hurry", "join now", "register now",
    "contact me", "text me on", "check my profile", "visit my profile", "free followers", "buy followers",
    "promo code", "use code", "only today", "don't miss", "dont miss", "100%", "guaranteed", "risk free",
    "risk-free", "congratulations", "you have won", "you've won", "100x", "10x", "to the moon",
]  # fmt: skip

# Misspellings that are real words in their own right (lexicon.typos leaves them out).
TYPO_STOP = {
    "down", "soot", "hoot", "bunt", "burt", "shot", "bun", "sot", "sting", "string", "ming", "hag", "bone", "tone",
    "tore", "sore", "ore", "rap", "ape", "tab", "sap", "hat", "dad", "bat", "bury", "busy", "shoo", "moder",
    "mured", "posion", "butcher", "gut", "gust", "hunt", "buns", "runs", "turn", "hug", "hung", "stop", "stops",
    "sank", "sins", "sits", "skis", "silt", "silts", "shots", "downs", "cons", "coos", "backs", "chins", "dyes",
    "pols", "hinds", "cued", "sited", "skied", "shied", "mimed", "cust", "goos",
}  # fmt: skip

# -- the intake screen (screen.py) --------------------------------------------------------------------

# Threat words per language for the screen intake runs on every report, so that a threat filed under
# another category goes to the urgent queue. English is drawn from the lists above; the other scored
# languages (languages.py) list their clear violent forms here. Whole words; "stem*" matches any word
# that starts with the stem; several words must follow one another ("te mato"). Accents, case and
# repeated letters are folded as the normaliser folds the text, so write words as people do.
SCREEN_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "unalive*", "murk*", "kys", "merk*", "slit*", "bodybag*", "body bag*", "funeral*", "coffin*", "grave",
        "graves", "corpse*", "bleed*", "bled", "blood*", "behead*", "dismember*", "gut you", "shank*",
        "put you in the ground", "in the ground", "six feet", "6 feet", "6ft", "rip", "r.i.p", "watch your back",
        "watch ur back", "know where you live", "know where u live", "where you live", "where u live",
        "your address", "ur address", "find you", "find u", "come for you", "come for u", "coming for you",
        "coming for u", "pull up", "pulling up", "last breath", "won't wake up", "wont wake up",
        "not survive", "won't survive", "wont survive", "ends tonight", "suffer*", "pay for this",
    ),
    "es": (
        "matar*", "mato", "te mato", "mataré", "matare", "mataremos", "muere", "muérete", "muerete", "muerto",
        "muerta", "muertos", "morir*", "morirás", "violar*", "violaré", "violo", "violación", "apuñal*",
        "acuchill*", "degoll*", "disparar*", "dispararte", "balazo*", "tiro", "cuchillo*", "navaja*",
        "pistola*", "quemar*", "ahorcar*", "descuartiz*", "asesin*", "reventar*", "partirte", "romperte",
    ),
    "pt": (
        "matar*", "mato", "te mato", "matar-te", "mato-te", "vou te matar", "morto", "morta",
        "mortos", "morrer*", "morreras", "estupr*", "violentar*", "esfaque*", "facada*", "faca", "facas", "tiro", "tiros",
        "balear*", "baleado", "arma", "armas", "degol*", "enforc*", "queimar*", "assassin*", "quebrar-te",
    ),
    "fr": (
        "tuer", "tue", "tuerai", "tuerais", "tuera", "tuerons", "te tuer", "je vais te tuer", "crever", "crève",
        "creve", "crevez", "violer", "violerai", "viol", "égorg*", "egorg*", "poignard*", "buter", "bute",
        "flinguer", "flingue*", "couteau*", "mort", "morte", "morts", "meurs", "mourir", "crame*", "brûler",
        "bruler", "pendre", "massacr*", "assassin*", "saigner",
    ),
    "de": (
        "umbringen", "umbring*", "bring dich um", "bringe dich um", "bringen dich um", "töten", "töte", "tote",
        "tötet", "getötet", "abstechen", "absteche*", "abstech*", "vergewaltig*", "erschieß*", "erschiess*",
        "abknallen", "abknall*", "abschlachten", "aufschlitzen", "erstechen", "ersteche*", "erwürg*", "erwurg*",
        "messer", "tot", "stirb", "verrecke*", "kaltmachen", "kalt machen", "aufhängen", "aufhangen",
        "verbrennen", "totschlagen", "totschlag*", "kopf ab",
    ),
}  # fmt: skip
