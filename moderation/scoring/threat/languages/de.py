"""German: threat forms and false friends, as plain tables (see languages/__init__.py).

Written on normalised text: no umlauts ("töten" is "toten"), "ß" is "ss", runs squeezed ("weiß" and
"weiss" are both "weis"). Separable verbs put their particle at the end of the clause: "ich bring dich
um", "ich stech dich ab", "ich mach dich kalt"; both orders are written out.
"""

# fmt: off
WORDS: dict[str, list[str]] = {
    # lethal, as an infinitive ("ich werde dich ___")
    "KILL": ["umbringen", "töten", "toeten", "abstechen", "erstechen", "erschießen", "abknallen", "kaltmachen",
             "killen", "abmurksen", "erwürgen", "erdrosseln", "aufhängen", "aufschlitzen", "köpfen", "massakrieren",
             "ermorden", "hinrichten", "vergasen", "verbrennen", "abschlachten", "niederstechen", "niederschießen",
             "über den haufen schießen", "umlegen", "umnieten", "kalt machen", "um die ecke bringen", "ausknipsen",
             "plattmachen", "abfackeln", "ertränken", "totschlagen", "totprügeln", "tottreten", "lebendig begraben",
             "eine kugel verpassen", "in den kopf schießen", "abschießen", "zerstückeln", "fertig machen",
             "ausradieren", "auslöschen", "beseitigen"],
    # violent, as an infinitive
    "HURT": ["schlagen", "verprügeln", "zusammenschlagen", "zusammentreten", "verletzen", "foltern", "quälen",
             "aufmischen", "vermöbeln", "verhauen", "klatschen", "boxen", "treten", "zerfetzen", "zerlegen",
             "krankenhausreif schlagen", "krankenhausreif prügeln", "windelweich prügeln", "grün und blau schlagen",
             "die fresse polieren", "die fresse einschlagen", "die zähne ausschlagen", "die beine brechen",
             "die knochen brechen", "das genick brechen", "den hals umdrehen", "die nase brechen",
             "eine reinhauen", "eins auf die fresse geben", "auf die fresse hauen", "in die fresse schlagen",
             "den schädel einschlagen", "den kopf abreißen", "die augen auskratzen", "wehtun", "weh tun",
             "eine verpassen", "aufs maul hauen", "die schnauze polieren", "das gesicht zerschneiden", "anzünden"],
    "SEX": ["vergewaltigen", "missbrauchen", "durchnehmen gegen deinen willen", "schänden"],
    "YOUR_PEOPLE": ["deine familie", "deine mutter", "deinen vater", "dein vater", "deine tochter", "deinen sohn",
                    "dein sohn", "deine kinder", "deine schwester", "deinen bruder", "deine frau", "deinen mann",
                    "deine freundin", "deinen freund", "deine eltern", "deinen hund", "deine alte", "deine kleine",
                    "deinen kleinen", "deine oma", "seine familie", "seine kinder", "seine frau", "ihre kinder",
                    "ihre familie"],
    "GROUPS": ["ausländer", "auslaender", "flüchtlinge", "fluechtlinge", "asylanten", "kanaken", "muslime",
               "moslems", "juden", "zigeuner", "neger", "schwarze", "schwuchteln", "schwule", "lesben", "transen",
               "linke", "zecken", "nazis", "rechte", "grüne", "politiker", "journalisten", "feministinnen",
               "türken", "araber", "polen", "russen", "ossis", "bullen", "polizisten", "migranten", "syrer",
               "afghanen", "roma", "sinti", "kinderschänder", "volksverräter", "gutmenschen"],
    "WEAPON": ["messer", "klinge", "knarre", "waffe", "pistole", "gewehr", "baseballschläger", "schläger", "axt",
               "machete", "kugel", "kugeln", "schreckschuss", "wumme", "teleskopschlagstock", "schlagring",
               "benzin", "molotow"],
    "GAME": ["spiel", "spielen", "zocken", "gezockt", "fifa", "fortnite", "ranked", "lol", "cs", "csgo", "valorant",
             "match", "runde", "level", "server", "turnier", "liga", "mannschaft", "team", "fußball", "fussball",
             "tennis", "schach", "1v1", "pvp", "boss", "kicker", "tischkicker", "cod", "warzone", "minecraft", "gta",
             "apex", "overwatch", "mario kart", "smash", "uno", "monopoly", "skat", "poker", "karten", "rocket league",
             "konsole", "ps5", "xbox", "switch", "controller", "bundesliga", "pokal", "finale", "halbfinale",
             "derby", "elfmeter", "handball", "basketball", "tischtennis", "bowling", "billard", "dart",
             "among us", "prüfung", "klausur", "test", "abi", "vortrag", "karaoke",
             "schnick schnack schnuck", "wettrennen"],
    "NEWS": ["polizei", "festgenommen", "verhaftet", "tatverdächtige", "tatverdächtiger", "tatverdaechtige",
             "opfer", "ermittlungen", "staatsanwaltschaft", "gericht", "prozess", "verurteilt", "angeklagte",
             "angeklagter", "laut polizei", "mordkommission", "zeugen", "getötet", "untersuchungshaft", "u-haft",
             "angeklagt", "ermittler", "beamte", "beamten", "polizeisprecher", "haftbefehl", "tatort",
             "landgericht", "amtsgericht", "mordprozess", "tötungsdelikt", "femizid", "jahre haft",
             "bewährung", "schwer verletzt", "lebensgefährlich verletzt", "krankenhaus gebracht", "täter"],
    "FICTION": ["film", "serie", "roman", "buch", "kapitel", "song", "lied", "liedtext", "songtext", "rap",
                "figur", "bösewicht", "szene", "staffel", "tatort", "krimi", "rollenspiel", "folge", "trailer",
                "manga", "anime", "comic", "theaterstück", "drehbuch", "hörspiel", "thriller", "der mörder in",
                "strophe", "refrain", "album", "drill", "horrorfilm"],
}

_I = r"(?:ich|i|wir|ick|ech)"
_YOU = r"(?:dich|di|euch|dir)"
_WILL = r"(?:werde|werd|werden|will|wollen|gehe|geh|komme|komm|muss)"
_GAP = r"(?:(?!nicht\b|nie\b|niemals\b|kein\w*)[\w']+ ){0,4}?"

# (family, weight, label, template)
FORMS: list[tuple[str, float, str, str]] = [
    ("direct", 6.0, "ich bring dich um",
     rf"\b{_I} (?:bring|bringe|bringen|brings|bringt) {_YOU} {_GAP}um\b(?! ?(?:\d|halb|viertel|punkt|mitternacht|"
     r"eins|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|vor lachen|vor freude|vor langeweile|den "
     r"verstand|deinen verstand|den schlaf|deinen schlaf|die ecke (?:zum|zur|zu)|zu hause|nach hause|zum))"
     rf"|\b{_I} (?:bring|bringe) {_YOU} um die ecke\b(?! (?:zum|zur|zu|in|ins|nach))"),
    ("direct", 6.0, "ich werde dich umbringen",
     rf"\b{_I} {_WILL} {_YOU} {_GAP}(?:{{KILL}})\b(?! (?:vor lachen|im spiel|in (?:fifa|fortnite|cs|lol|valorant|"
     r"der (?:nachsten )?runde|dem match)))"),
    ("direct", 6.0, "ich stech dich ab",
     rf"\b{_I} (?:stech|steche|stechen|knall|knalle|knallen|mach|mache|machen|schlag|schlage|schlagen|schies|schiese|"
     rf"schiesen|leg|lege|legen|murks|murkse|fackel|fackle|nagel|nagle|tret|trete|prugel|prugle) {_YOU} {_GAP}(?:ab|"
     r"kalt|tot|um|nieder|uber den haufen|alle|zu brei|platt)\b(?! (?:vor lachen|in (?:fifa|fortnite|cs|lol|"
     r"valorant|der runde|dem spiel|mario kart)|beim (?:zocken|spiel|schach|tennis|kicker|fussball)))"),
    ("direct", 5.0, "ich hau dir in die Fresse",
     rf"\b{_I} (?:hau|haue|hauen|schlag|schlage|polier|poliere|brech|breche|brich|dreh|drehe|reis|reise|kratz|kratze|"
     rf"trete|tret|schneid|schneide|verpass|verpasse|geb|gebe|knall|knalle) {_YOU} {_GAP}(?:eine rein|eins rein|"
     r"(?:in|auf) die (?:fresse|schnauze|kauleiste|mappe|zahne|nase)|die (?:fresse|schnauze|zahne|nase|beine|knochen|"
     r"rippen|arme|kehle|fingern?) (?:ein|aus|durch|polieren|brechen|kaputt)?|das (?:genick|gesicht|nasenbein)|den "
     r"(?:hals|schadel|kiefer|kopf|arm)|alle knochen|ein paar|eine (?:kugel|schelle|backpfeife|ohrfeige|klatsche)|"
     r"ein messer|aufs maul|eine aufs maul|blutig|windelweich|krankenhausreif)\b"),
    ("direct", 5.0, "ich werde dich verprügeln",
     rf"\b{_I} {_WILL} {_YOU} {_GAP}(?:{{HURT}})\b(?! (?:im spiel|in (?:fifa|fortnite|cs|lol|valorant|schach|der "
     rf"runde|mario kart)|beim (?:zocken|spiel|schach|tennis|kicker|fussball|armdrucken)))|\b{_I} (?:schlag|schlage|"
     rf"prugel|prugle|mach|mache|mische|misch|tret|trete) {_YOU} {_GAP}(?:zusammen|krankenhausreif|windelweich|grun "
     r"und blau|auf|kaputt|fertig)\b(?! (?:in (?:fifa|fortnite|cs|lol|valorant|schach|der runde|mario kart)|beim "
     r"(?:zocken|spiel|schach|tennis|kicker|fussball)|mit (?:meinen|den|deinen) (?:argumenten|fakten)))"),
    ("sexual", 6.5, "ich vergewaltige dich",
     rf"\b{_I} (?:{_WILL} )?(?:vergewaltige|vergewaltigen|missbrauche|missbrauchen) {_YOU}\b|\b{_I} {_WILL} {_YOU} "
     rf"{_GAP}(?:{{SEX}})\b"),
    ("direct", 5.0, "ich bring ihn um",
     rf"\b{_I} (?:bring|bringe|stech|steche|knall|knalle|mach|mache|schlag|schlage|leg|lege) (?:ihn|sie|den|die|das) "
     rf"(?:[\w']+ )?{_GAP}(?:um|ab|kalt|tot)\b(?! ?(?:\d|halb|viertel|punkt|vor lachen|zu hause|nach hause|zum|zur|in |"
     rf"ins |noch))|\b{_I} {_WILL} (?:ihn|sie|den|die) (?:[\w']+ )?{_GAP}(?:umbringen|toten|abstechen|erschiesen|"
     r"abknallen|kaltmachen|ermorden|vergewaltigen)\b"),
    ("direct", 5.5, "ich bring deine Familie um",
     rf"\b{_I} (?:bring|bringe|{_WILL}) (?:{{YOUR_PEOPLE}}) (?:[\w']+ ){{0,2}}?(?:um|umbringen|toten|abstechen|"
     r"abknallen|erschiesen|vergewaltigen|weh ?tun|verletzen|holen|finden|besuchen)\b"),
    ("direct", 5.0, "du bist tot",
     r"\b(?:du bist|du bist so|ihr seid|bist du) (?:schon |sowas von |so gut wie |ein )?(?:tot|toter mann|tote frau|"
     r"erledigt|geliefert|todgeweiht|dran|fallig|ein toter mann|eine tote frau|ne leiche|eine leiche)\b(?! (?:vor "
     r"(?:lachen|mudigkeit)|mude|im spiel|in (?:fifa|fortnite|der runde)|oder was|\?))(?! ?\?)|\bdu (?:wirst|wirdst)"
     r" (?:bald |heute |morgen |noch )?(?:sterben|krepieren|verrecken|draufgehen|bluten|leiden|im krankenhaus "
     r"landen|im rollstuhl landen|im sarg landen|unter der erde liegen|im grab liegen|nicht mehr aufwachen)\b"),
    ("direct", 5.0, "ich jag dir eine Kugel in den Kopf",
     rf"\b{_I} (?:jag|jage|ramm|ramme|steck|stecke|verpass|verpasse|schies|schiese|setz|setze) {_YOU} (?:eine |ein "
     r"|die |das |paar )?(?:kugel|kugeln|messer|klinge|blei|ladung) (?:in|zwischen|durch) (?:den|die|das|deinen|deine|"
     rf"dein)\b|\b{_I} (?:komm|komme|kommen|steh|stehe) (?:[\w']+ ){{0,5}}?mit (?:einem|einer|nem|ner|meinem|meiner|"
     r"der|dem) (?:{WEAPON})\b"),
    ("direct", 4.0, "ich mach dich fertig",
     rf"\b{_I} (?:mach|mache|machen) {_YOU} (?:so )?(?:fertig|platt|kaputt|alle|zur sau|zu brei)\b(?! (?:in (?:fifa|"
     r"fortnite|cs|lol|valorant|schach|der runde|mario kart)|beim (?:zocken|spiel|schach|tennis|kicker|fussball)|mit "
     rf"(?:meinen|den) (?:argumenten|fakten)))|\b{_I} (?:zerstor|zerstore|vernichte|vernicht|erledige|erledig) "
     rf"{_YOU}\b"),
    ("veiled", 4.5, "deine Tage sind gezählt",
     r"\b(?:deine|eure|seine|ihre) tage sind gezahlt\b|\bdu (?:wirst|erlebst) (?:weihnachten|das wochenende|"
     r"deinen geburtstag|das neue jahr|den sommer) nicht (?:mehr )?(?:erleben|erlebst)?\b"),
    ("veiled", 4.5, "wäre schade, wenn deiner Familie was passiert",
     r"\b(?:ware|war|es ware) (?:doch |echt |wirklich )?(?:schade|blod|traurig),? wenn (?:deiner|deinem|deinen|dir|"
     r"euch|ihr|ihm) (?:[\w']+ ){0,2}?(?:was|etwas|irgendwas) (?:passiert|passieren wurde|zustost|zustosen wurde)\b"
     r"|\bnicht dass (?:dir|deiner \w+|deinem \w+|deinen \w+) (?:noch )?(?:was|etwas) (?:passiert|zustost)\b"),
    ("veiled", 3.5, "pass bloß auf dich auf",
     r"\bpass (?:blos|lieber|ja|besser) auf(?: dich auf)?\b|\bschau (?:lieber |besser )?uber deine schulter\b|"
     r"\bschlaf (?:lieber |besser )?mit einem offenen auge\b|\b(?:man|die|niemand) (?:wird|werden) deine leiche "
     rf"(?:nie|niemals|nicht) finden\b|\b{_I} (?:lass|lasse) {_YOU} verschwinden\b|\bdu wirst (?:einfach )?"
     r"verschwinden\b"),
    ("veiled", 3.0, "du wirst es bereuen",
     rf"\bdu wirst (?:es |das )?(?:noch )?(?:bitter )?bereuen\b|\bdas wirst du (?:noch )?(?:bitter )?bereuen\b|"
     rf"\bdas wirst du (?:mir )?(?:noch )?bussen\b|\bdu weist (?:nicht|nich) mit wem du dich anlegst\b|\bdas hat "
     rf"(?:noch )?(?:ein )?nachspiel\b|\b{_I} (?:krieg|kriege|kriegen|find|finde|finden|hol|hole|holen|erwisch|"
     rf"erwische|erwischen) {_YOU}(?: noch| schon| irgendwann)?\b(?! (?:ab|um \d|morgen ab|vom|am bahnhof|an der))|"
     rf"\bwarte nur,? bis {_I} {_YOU}\b|\bwir sehen uns (?:noch|bald wieder)\b(?=.*\b(?:bereuen|tot|blut|fresse|messer|"
     r"warte)\b)"),
    ("doxxing", 3.0, "ich weiß, wo du wohnst",
     rf"\b{_I} (?:weis|weiss|wissen|kenne|kenn|kennen) (?:genau |ganz genau |schon |jetzt )?,? ?(?:wo|wann|welche "
     r"schule|in welche schule|auf welche schule) (?:du|deine \w+|dein \w+|deine kinder|ihr) (?:wohnst|wohnt|"
     r"arbeitest|arbeitet|schlafst|schlaft|gehst|geht|zur schule gehst|zur schule gehen|rausgehst|nach hause "
     rf"kommst|feierabend hast|parkst|trainierst|lebst|lebt|joggen gehst|einkaufen gehst)\b|\b{_I} (?:hab|habe|"
     r"haben|kenn|kenne|kennen) (?:deine|eure) (?:adresse|anschrift|wohnadresse|handynummer|kennzeichen)\b"),
    ("doxxing", 3.5, "ich beobachte dich",
     rf"\b{_I} (?:beobachte|beobachten|verfolge|verfolgen|observiere|beschatte) {_YOU}\b(?! (?:auf|beim|gern|"
     rf"gerne))|\b{_I} (?:hab|habe|haben) {_YOU} (?:schon |die ganze zeit |seit tagen |seit wochen )?(?:beobachtet|"
     r"verfolgt|im auge|im visier)\b"),
    ("death_wish", 5.0, "ich hoffe, du stirbst",
     r"\b(?:ich hoffe|hoffentlich|ich wunsche|wir hoffen|mogest|moge|ich bete),? (?:dass |das )?(?:du |er |sie |ihr "
     r"|deine \w+ |dein \w+ )?(?:[\w']+ ){0,3}?(?:stirbst|krepierst|verreckst|abkratzt|stirbt|krepiert|verreckt|"
     r"sterben|krepieren|verrecken|vergewaltigt wirst|vergewaltigt wird|uberfahren wirst|krebs (?:bekommst|kriegst|"
     r"hast)|abgestochen wirst|erschossen wirst|erschlagen wirst|in der holle (?:brennst|schmorst)|elend "
     r"(?:krepierst|verreckst)|qualvoll (?:stirbst|verreckst))\b"),
    ("death_wish", 4.5, "verreck doch",
     r"(?:^|[.!?,] ?|\b(?:doch|einfach|und|also|bitte|geh|geht) )(?:verreck|verrecke|verreckt|krepier|krepiere|"
     r"stirb|sterbt|geh sterben|geht sterben|kratz ab|häng dich auf|hang dich auf)\b(?! (?:langsam|vor (?:lachen|"
     r"neid|langeweile)|an))(?! ?\w* ?(?:film|teil|reihe))"),
    ("death_wish", 5.0, "du verdienst den Tod",
     r"\b(?:du verdienst|er verdient|sie verdient|ihr verdient|du hast|er hat|sie hat) (?:es )?(?:den tod|zu "
     r"sterben|zu krepieren|zu verrecken|eine kugel|den strick|es verdient zu sterben|den tod verdient)\b|\b(?:du "
     r"sollst|du sollst einfach|du solltest|sollst du) (?:verrecken|sterben|krepieren|abkratzen|qualvoll sterben|"
     r"tot sein)\b|\bdu (?:hast|verdienst) (?:es )?nicht (?:verdient )?zu leben\b"),
    ("incitement", 5.5, "die gehören alle erschossen",
     r"\b(?:die|sie|er|der|den|das|diese \w+|solche \w+|alle \w+) (?:[\w']+ ){0,2}?(?:gehoren|gehort|gehort "
     r"doch|gehoren doch) (?:alle |allesamt |sofort |endlich |eigentlich |doch )*(?:erschossen|vergast|aufgehangt|"
     r"aufgehangen|umgebracht|an die wand gestellt|abgeknallt|erhangt|getotet|verbrannt|abgestochen|hingerichtet|"
     r"ausgerottet|gelyncht|erschlagen|vergewaltigt|an den galgen|in die gaskammer|an die laterne|weggesperrt und "
     r"vergast)\b"),
    ("incitement", 5.5, "man sollte sie alle umbringen",
     r"\b(?:man sollte|man muss|man musste|wir sollten|wir mussen|jemand sollte|jemand muss|jemand musste|irgendwer "
     r"sollte|einer sollte|ihr solltet|lasst uns|wir werden) (?:die|sie|ihn|den|diese|alle|diesen|dieses)? ?"
     r"(?:[\w']+ ){0,3}?(?:umbringen|toten|erschiesen|vergasen|aufhangen|abknallen|abstechen|verbrennen|an die wand "
     r"stellen|ausrotten|hinrichten|lynchen|abschlachten|kaltmachen|erschlagen|vergewaltigen|anzunden|abfackeln)\b"),
    ("incitement", 5.5, "tötet sie",
     r"(?:^|[.!?,] ?)(?:totet|erschiest|vergast|verbrennt|hangt|knallt|stecht|fackelt|schlachtet) (?:sie|ihn|die|"
     r"den|alle|diese \w+)(?: alle)?(?: (?:ab|auf|nieder|tot))?\b"),
    ("incitement", 5.5, "Tod den …",
     r"\btod (?:den|allen|dem|der) (?:[\w']+ )?(?:{GROUPS}|[\w']+)\b|\b(?:an die wand|an den galgen|an die "
     r"laterne|ins gas|in die gaskammer) mit (?:ihnen|ihm|ihr|denen|den|der|dem|allen|diesen|solchen)\b"),
    ("sexual", 6.0, "die gehört vergewaltigt",
     r"\b(?:du|die|sie|solche \w+|diese \w+) (?:gehorst|gehort|gehoren|verdienst es|verdient es|verdienen es|"
     r"brauchst|braucht) (?:mal )?(?:es )?(?:richtig )?(?:vergewaltigt|vergewaltigt zu werden|missbraucht)\b"),
    ("sexual", 4.0, "ob du willst oder nicht",
     r"\b(?:ob du willst oder nicht|ob sie will oder nicht|auch wenn du nein sagst|egal ob du nein sagst|dein nein "
     r"zahlt nicht|nein heist bei mir ja)\b(?=.*\b(?:ficken|bett|nackt|anfassen|korper|blasen|vogeln|"
     r"ausziehen|titten|arsch|nehmen)\w*)"),
    ("sexual", 5.0, "k.o.-Tropfen in dein Getränk",
     r"\b(?:k\.?o\.?-?tropfen|was|etwas|eine pille|drogen|ko tropfen|ko-tropfen) (?:in|ins) (?:dein|deinen|ihr|ihren|"
     rf"das|den) (?:getrank|glas|drink|bier|cocktail|wein)\b|\b{_I} {_WILL} {_YOU} (?:unter drogen setzen|betauben|"
     r"abfullen und)\b"),
    # Verb second: a fronted time or "dann" puts the verb before "ich" ("dann schlag ich dich tot").
    ("direct", 6.0, "dann stech ich dich ab",
     rf"\b(?:stech|steche|knall|knalle|schlag|schlage|mach|mache|bring|bringe|leg|lege|fahr|fahre|ertrank|ertranke|"
     rf"erwurg|erwurge|erschies|erschiese|tret|trete|prugel|prugle|fackel) (?:ich|wir) (?:{_YOU}|ihn|sie|den|die) "
     rf"{_GAP}(?:ab|tot|kalt|um|nieder|platt)\b(?! ?(?:\d|halb|viertel|vor lachen|zu hause|nach hause|zum|zur))|\b{_I} "
     rf"(?:ertrank|ertranke|erwurg|erwurge|erschies|erschiese|erstech|ersteche|fahr|fahre|verbrenn|verbrenne|"
     rf"zund|zunde|vergift|vergifte|erdrossel|erschlag|erschlage|kopf|kopfe|hang|hange) {_YOU} {_GAP}(?:tot|auf|"
     r"an|ab|in deinem|in deiner|im|mit)?\b(?! (?:vor lachen|in (?:fifa|fortnite|cs|lol|valorant|mario kart)|beim))"),
    ("direct", 5.0, "dann brech ich dir die Beine",
     r"\b(?:brech|breche|hau|haue|schlag|schlage|polier|poliere|tret|trete|dreh|drehe|reis|reise|schneid|schneide) "
     r"(?:ich|wir) (?:dir|euch|ihm|ihr) (?:[\w']+ ){0,2}?(?:die|das|den|alle|eine|eins|ein paar) (?:[\w']+ )?(?:beine|"
     r"knochen|zahne|fresse|schnauze|nase|genick|hals|arme|finger|rippen|kiefer|schadel|kopf|kehle|gesicht|rein|"
     r"aufs maul)\b"),
    ("direct", 5.0, "ich zünd dein Haus an",
     r"\b(?:ich|wir|jemand) (?:[\w']+ ){0,2}?(?:zund|zunde|zunden|fackel|fackle|fackeln|brenn|brenne|brennen|jag|jage|"
     r"jagen) (?:dein|deine|deinen|euer|eure|sein|seine|ihr|ihre|das|die|den) (?:[\w']+ )?(?:haus|wohnung|auto|"
     r"laden|bude|hutte|geschaft|buro|heim|redaktion|moschee|synagoge|kirche|schule|praxis|wagen|karre)\b(?:[\w' ]{0,30})"
     r"?\b(?:an|ab|nieder|in die luft)\b|\bmit (?:dir|ihm|ihr|euch|denen) (?:drin|darin)\b"),
    ("death_wish", 5.0, "ich hoffe, dein Flugzeug stürzt ab",
     r"\b(?:ich hoffe|ich hoff|hoffentlich|ich bete|ich wunsch|ich wunsche|wir hoffen)(?: [\w']+){0,3}?,? "
     r"(?:dass |das )?(?:[\w']+ ){0,5}?(?:sturzt ab|absturzt|stirbst|krepierst|verreckst|abkratzt|uberlebst es nicht|"
     r"abgestochen|erschossen|uberfahren|uberfahrt|totgefahren|uberrollt|zerquetscht|erschlagen|verbrennst|"
     r"ertrinkst|ersaufst|erstickst|verblutest|vergewaltigt|zusammengeschlagen|fertig ?gemacht|krebs)\b"),
    ("death_wish", 4.5, "ersauf doch",
     r"(?:^|[.!?,] ?)(?:ersauf|ersaufe|erstick|ersticke|verblute|verblut|verbrenn|verrott|verrotte|krepier) "
     r"(?:doch|einfach|endlich|dran|am|an|im|in)\b"),
    ("incitement", 5.5, "wer ihm eine reinhaut, kriegt 200 Euro",
     r"\b(?:\d+ ?(?:euro|eur|€|franken|mark)?|ne tankfullung|ein kasten bier|respekt|belohnung) (?:fur|an) "
     r"(?:den|die|jeden|jemanden)(?:,)? (?:der|die|wer) (?:[\w']+ ){0,6}?(?:poliert|reinhaut|umbringt|absticht|"
     r"abfackelt|anzundet|abknallt|erschiest|verpruegelt|verprugelt|zusammenschlagt|plattmacht|totet|kaltmacht|"
     r"aufmischt|fertigmacht|bricht)\b|\bwer (?:[\w']+ ){0,6}?(?:eine reinhaut|umbringt|absticht|abknallt|"
     r"abfackelt|anzundet|verprugelt|zusammenschlagt|plattmacht|kaltmacht|die fresse poliert)\b,? (?:kriegt|bekommt|"
     r"hat|kriegen|bekommen)\b|\bzahl (?:dem|jedem)\b[^.!?]{0,40}\b(?:der|wer)\b[^.!?]{0,40}\b(?:abfackelt|anzundet|"
     r"umbringt|absticht|abknallt|verprugelt)\b"),
    ("incitement", 5.5, "zündet das Heim an",
     r"(?:^|[.!?,:] ?|\b(?:und|dann|los|jetzt|endlich|noch) )(?:zundet|fackelt|brennt|sprengt|stecht|knallt|"
     r"totet|erschiest|verprugelt|klatscht|schlagt|jagt|stürmt|sturmt|plattmacht|macht) (?:[\w']+ ){0,3}?"
     r"(?:heim|haus|moschee|synagoge|unterkunft|redaktion|buro|ihn|sie|die|den|das)\b(?: [\w']+){0,3}? ?(?:an|ab|"
     r"nieder|tot|platt|in die luft|zusammen)\b|\b(?:in die luft (?:jagen|sprengen)|platt ?zu ?machen|"
     r"plattzumachen|abzufackeln|anzuzunden|zusammenzuschlagen|aufzuklatschen|abzustechen)\b(?=[^.!?]*\b(?:die|den|"
     r"das|man|wir|leute|lasst|bock|samstag|sonntag|heute|morgen|sollte)\b)"),
    ("incitement", 5.0, "der muss Prügel kriegen",
     r"\b(?:der|die|das|er|sie|den|ihn) (?:muss|mus|soll|sollte|gehort) (?:endlich |endgultig |mal |richtig )*"
     r"(?:prugel|schlage|aufs maul|eine kugel|ein messer|kalt gemacht|zum schweigen gebracht|beseitigt|"
     r"ausgeschaltet|aus dem weg geraumt|weg|verschwinden|sterben|bluten|leiden)\b(?:[^.!?]{0,40}\b(?:klinge|"
     r"messer|kugel|knarre|waffe|prugel|gewalt)\b)?|\beinmal (?:richtig )?mit (?:der|dem|nem|ner) \w+ (?:auf|drauf)"
     r"\b"),
    ("veiled", 4.0, "ein Unfall passiert schnell",
     r"\b(?:unfalle|unfall|ein unfall|sowas|so was|so etwas) (?:passieren|passiert) (?:schnell|jeden tag|leicht|"
     r"standig|halt|eben|oft)\b|\b(?:verrater|petzen|leute wie du|typen wie du) (?:werden|leben) (?:selten|nicht) "
     r"(?:alt|lange)\b|\b(?:war|wird) das letzte mal\b|\bkontrollier (?:mal )?(?:deine|die) bremsen\b|\b(?:hast du|"
     r"ist dein \w+) (?:gut )?versichert\b|\bkonntest (?:ne[nm]? )?(?:krankenwagen|notarzt|sarg|anwalt fur "
     r"deine erben) brauchen\b|\bdein (?:haus|auto|laden) ist aus holz\b|\b(?:brennt|brennen) (?:gut|schnell)\b"),
    ("veiled", 3.5, "wir statten dir einen Besuch ab",
     rf"\b{_I} (?:statte|statten|werde|werden) (?:dir|euch|ihm|ihr) (?:bald |mal |morgen |heute )?(?:einen|nen) "
     rf"(?:kleinen )?besuch ab\b|\b{_I} (?:komm|komme|kommen) (?:dich )?(?:bald |heute |morgen )?(?:mal )?(?:besuchen|"
     rf"vorbei)\b(?=[^.!?]*\b(?:bereu|angst|spas|blut|messer|warte|zeit|ende)\w*)|\bdeine zeit ist (?:abgelaufen|um)\b"
     r"|\b(?:keiner|niemand) (?:wird|wurde) (?:dich|dir|was|etwas) (?:horen|finden|helfen)\b"),
    ("doxxing", 3.5, "ich weiß, wann du rausgehst",
     rf"\b{_I} (?:weis|weiss|kenne|kenn|hab|habe) (?:genau |jetzt |schon )?(?:,)? ?(?:wann|um wieviel uhr|welches auto|"
     r"welchen wagen|deine (?:nummer|adresse|route|arbeitszeiten|schicht))\b|\b(?:hab|habe) (?:dich|euch) "
     r"(?:heute|gestern|gerade) (?:[\w']+ ){0,3}?(?:gesehen|sehen)\b|\b(?:teilt|teil|postet|verbreitet) "
     r"(?:den namen|die adresse|die nummer|seine adresse|ihre adresse)\b|\b(?:du|deine \w+) (?:wohnst|wohnt|gehst|"
     r"geht|fahrst|kommst) (?:[\w']+ ){0,4}?(?:um|ab) \d"),
    ("sexual", 5.0, "machst du alles, was ich will",
     r"\b(?:machst|tust) du (?:alles|was) (?:was|,) ?(?:ich will|ich sage|ich verlange)\b|\b(?:nehm|nehme|hol|hole) "
     r"(?:ich )?mir,? was mir zusteht\b|\bauch wenn du (?:weinst|schreist|heulst|dich wehrst)\b|\bob du (?:schreist|"
     r"weinst|dich wehrst) oder nicht\b|\b(?:gehorst|gehörst) (?:dann )?mir\b(?=[^.!?]*\b(?:ob|egal|auch wenn|"
     r"willst)\b)"),
    ("sexual", 6.0, "dich müsste man mal vergewaltigen",
     r"\b(?:dich|die|sie|solche|so eine) (?:musste|muste|mus|muss|sollte|sollt) (?:man|einer|jemand|wer) (?:mal )?"
     r"(?:richtig )?(?:vergewaltigen|durchnehmen|missbrauchen|rannehmen)\b|\bsexuell (?:missbrauchen|belastigen|"
     r"nehmen|gefugig machen)\b|\b(?:deine|die) \w+ (?:nehm|nehme|hol|hole|krall|kralle) (?:ich|wir) (?:mir|uns)\b|"
     r"\b(?:sie|du) (?:hat|hast) keine wahl\b(?=[^.!?]*$)|\bwas mit (?:schlampen|huren|solchen|frauen wie dir|"
     r"madchen wie dir) passiert\b"),
    ("direct", 5.0, "landest du im Rollstuhl",
     r"\b(?:landest|liegst|endest) du (?:[\w']+ ){0,2}?(?:im|in der|unter der|auf der) (?:rollstuhl|krankenhaus|grab|"
     r"sarg|intensivstation|notaufnahme|erde|leichenhalle|psychiatrie)\b|\b(?:laufst|gehst|sprichst|siehst|isst|"
     r"atmest) du nie (?:wieder|mehr)\b|\b(?:kommt|kommst|geht|gehst) (?:der|die|er|sie|du|ihr) (?:nicht|nie) (?:mehr )?"
     r"(?:heil|lebend|lebendig|ganz|in einem stuck) (?:nach hause|heim|raus|zuruck|davon)\b|\b(?:abstechen|umbringen|"
     r"toten|kaltmachen|abknallen|erschiesen|erwurgen|kopfen|vergewaltigen) (?:werd|werde|will|wollen) (?:ich|wir) "
     r"(?:dich|euch|ihn|sie)\b"),
    ("veiled", 4.0, "genieß deine letzten Tage",
     r"\bgenies (?:deine|eure|die) letzten (?:tage|stunden|wochen)\b|\bdeine letzten tage\b|\b(?:ist|war|wird) das "
     r"letzte mal\b|\b(?:leute|typen|frauen|menschen|manner|petzen) wie du (?:verschwinden|sterben|leben nicht lange|"
     r"werden nicht alt)\b|\b(?:verdient|braucht|kriegt|bekommt) (?:ne[nm]? |einen |eine )?(?:nachtlichen |kleinen |"
     r"netten )?besuch\b|\b(?:er|sie|du) (?:sollte|solltest) (?:lieber |besser |gut )?aufpassen\b"),
    ("incitement", 5.5, "man sollte die Redaktion in die Luft jagen",
     r"\b(?:man sollte|man muss|man musste|wir sollten|lasst uns|jemand sollte) (?:[\w']+ ){0,4}?(?:in die luft "
     r"(?:jagen|sprengen)|sprengen|abfackeln|anzunden|niederbrennen|sturmen|platt ?machen|zerlegen|aufmischen)\b|"
     r"\b(?:bock|lust|lasst uns|wer kommt mit|auf gehts|auf geht's)\b[^.!?]{0,60}\b(?:plattzumachen|platt zu machen|"
     r"aufzumischen|abzustechen|zusammenzuschlagen|abzufackeln|anzuzunden|klatschen|zu klatschen|aufzuklatschen)\b"),
    ("direct", 5.0, "dich umlegen",
     r"\b(?:dich|euch) (?:umlegen|umbringen|abstechen|kaltmachen|abknallen|erschiesen|toten|aufschlitzen|abmurksen)\b"
     r"(?! (?:vor lachen|in|im|beim))|\b(?:schies|schiese|schiess|ballere) (?:dir|dich|ihm|ihr) (?:in|ins) (?:die|den|"
     r"das) (?:knie|kopf|bein|beine|gesicht|bauch|ruckgrat)\b|\b(?:kratz|kratze|stech|steche) (?:ich )?(?:dir|ihm|ihr)"
     r" (?:die augen|ein auge) aus\b|\bvergewaltige ich dich\b|\bregel\w* (?:wir|ich) das (?:[\w']+ ){0,3}?mit (?:dem|"
     r"nem|einem|der) (?:messer|knarre|baseballschlager|axt|eisenstange)\b|\bfliegst du (?:aus dem fenster|vom balkon|"
     r"die treppe runter)\b|\b(?:steh|stehe|stehen|bin|warte) (?:ich )?(?:vor deiner tur|vor deinem haus|vor deiner "
     r"wohnung|bei dir) (?:[\w']+ ){0,3}?mit (?:ner|einer|nem|einem|dem|der) \w+\b"),
    ("death_wish", 5.0, "ich freu mich auf deinen Tod",
     r"\b(?:freu|freue) (?:mich|uns) auf (?:deinen|seinen|ihren) tod\b|\b(?:tanz|tanze|tanzen) (?:ich |wir )?auf "
     r"(?:deinem|seinem|ihrem) grab\b|\b(?:i hoff|i hoffe|i hof)\b,? (?:dass |das )?(?:du|di) (?:[\w']+ ){0,3}?"
     r"(?:krepierst|stirbst|verreckst)\b|\bhoffentlich (?:brennt|fahrt|jagt|sticht|erschiest) (?:[\w']+ ){0,4}?(?:ab|"
     r"um|kugel|nieder|drin)\b|\b(?:der|die|er|sie) \w* ?(?:soll|sollen|sollte) (?:endlich )?(?:sterben|verrecken|"
     r"krepieren|abkratzen)\b"),
    ("incitement", 5.0, "abpassen und kaputtschlagen",
     r"\b(?:abpassen|finden|erwischen|holen) und (?:einzeln )?(?:kaputtschlagen|zusammenschlagen|abstechen|umbringen|"
     r"totschlagen|aufhangen|platt ?machen|klatschen|erschiesen)\b|(?:^|[.!?,] ?)(?:jagt|schlagt|klatscht|verprugelt|"
     r"totet|erschiest|messert) (?:sie|ihn|die|den)\b|\b(?:gehoren|gehort) (?:alle )?(?:angezundet|abgefackelt|"
     r"verprugelt|zusammengeschlagen|abgestochen|abgeknallt)\b|\b(?:sollt|sollte|soll) (?:amoi |mal |endlich )?(?:wer|"
     r"einer|jemand) (?:[\w']+ )?(?:d'goschn|die goschn|die fresse|die schnauze|die visage) polieren\b|\bmuss man "
     r"(?:[\w']+ ){0,3}?(?:abstechen|umbringen|abknallen|erschiesen|aufhangen|kaputtschlagen|totschlagen)\b"),
    ("veiled", 4.0, "auf dem Friedhof ist noch Platz",
     r"\bauf dem friedhof (?:[\w']+ ){0,4}?(?:ist )?noch platz\b|\bbesser fur deine gesundheit\b|\bwir sehen uns,? "
     r"(?:aber )?nicht im (?:internet|netz)\b|\b(?:schwarzen anzug|den sarg|die beerdigung|die trauerfeier) "
     r"(?:[\w']+ ){0,3}?(?:rauslegen|aussuchen|planen|bestellen)\b|\bwenn du(?:'s| es) am wenigsten erwartest\b|"
     r"\bentkommst du mir nicht\b|\b(?:du wirst|kannst du) (?:diesmal )?nicht nein sagen\b|\b(?:teilen|teilt) und (?:mal"
     r" )?vorbeischauen\b|\b(?:die|alle,? die) mal hallo sagen wollen\b|\bhier (?:ist )?(?:deine|seine|ihre) "
     r"(?:privatadresse|adresse|wohnadresse)\b"),
]  # fmt: skip

# (kind, label, template)
FALSE_FRIENDS: list[tuple[str, str, str]] = [
    ("idiom", "ich bring dich um vor Lachen",
     r"\b(?:um|umbringen|sterbe|sterben|stirbst|stirbt|gestorben|tot|toten|totlachen|totgelacht|totlach|lach mich "
     r"tot|lachen mich tot|kaputtlachen|kaputtgelacht|wegschmeissen|wegschmeisen|weggeschmissen|krepiere|krepieren|"
     r"verrecke) (?:vor|aus) (?:lachen|lache|freude|langeweile|neid|mudigkeit|hitze|kalte|hunger|durst|scham|"
     r"peinlichkeit|angst|sehnsucht|neugier|aufregung|ungeduld)\b|\b(?:ich lach mich|ich hab mich|hab mich) "
     r"(?:tot|kaputt|schlapp|weg)(?:gelacht)?\b|\bzum (?:totlachen|sterben (?:schon|langweilig|gut|sus)|schreien|"
     r"wegschmeisen)\b|\b(?:sterbenslangweilig|todmude|todschick|todlangweilig|todernst|totlachen|totgelacht|"
     r"sterbensmude|stirb langsam)\b"),
    ("idiom", "du bringst mich um",
     r"\b(?:du|das|die hitze|die arbeit|der job|das warten|die schule|mein chef|meine chefin|die klausur|dieser typ|"
     r"dieses wetter|der laden|die kinder|dein humor|deine witze|diese serie|die kalte|der stress|es) (?:[\w']+ )?"
     r"(?:bringst|bringt|bringen) mich (?:noch )?(?:um|ins grab)\b|\b(?:meine|mein) (?:mutter|mama|vater|papa|"
     r"chef|chefin|freundin|freund|frau|mann|eltern|lehrer|lehrerin|trainer|oma|opa|schwester|bruder) (?:bringt|wird|"
     r"bringen|werden) mich (?:[\w']+ )?(?:um|umbringen|killen|toten|erschlagen)\b|\b(?:deine|dein) (?:mutter|mama|"
     r"vater|papa|chef|chefin|freundin|frau|mann|eltern|lehrer|trainer) (?:bringt|wird) dich (?:[\w']+ )?(?:um|"
     r"umbringen|killen)\b"),
    ("idiom", "ich sterbe / ich bin tot",
     r"\b(?:ich sterbe|ich sterb|ich bin tot|ich bin so tot|bin tot|bin so tot|ich bin gestorben|ich bin fertig|bin "
     r"fertig|ich bin platt|ich bin erledigt|ich bin am sterben|ich sterbe gleich|ich kill mich|ich kann nicht mehr|"
     r"ich kann nimmer|ich bin raus)\b"),
    ("idiom", "die Zeit totschlagen",
     r"\b(?:zeit|die zeit|langeweile) (?:totschlagen|totzuschlagen|tot schlagen|killen)\b|\bwurde (?:fur|für) "
     r"(?:einen|eine|ein) \w+ (?:toten|morden|killen|sterben)\b|\b(?:den|die|das) (?:test|klausur|prufung|abi|"
     r"vortrag|auftritt|job|interview|gig|set|konzert|bewerbungsgesprach) (?:[\w']+ )?(?:killen|rocken|zerlegen|"
     r"wegrocken|gekillt|gerockt|zerlegt|abreisen|abgerissen)\b|\b(?:hast|habt|hat) (?:es |das |den |die )?"
     r"(?:gekillt|gerockt|zerrissen|abgerissen)\b|\b(?:er|sie|du|ihr) (?:killt|rockt|zerreist|zerlegt) (?:es|das|"
     r"den laden|die buhne|alles)\b|\bkiller(?:song|track|beat)?\b"),
    ("idiom", "ich bring dich um acht",
     r"\b(?:bring|bringe|bringen|hol|hole|holen) (?:dich|euch|di) (?:[\w']+ ){0,2}?(?:um \d|um halb|um viertel|zum "
     r"bahnhof|zum flughafen|nach hause|heim|zur schule|zur arbeit|ins bett|zum arzt|vorbei|morgen ab|ab)\b"),
    ("negation", "ich würde dir nie etwas tun",
     r"\b(?:ich|wir) (?:wurde|wurden|werde|werden|kann|konnte|will) (?:dir|dich|euch) (?:[\w']+ )?(?:nie|niemals|"
     r"nicht|nichts|kein haar) (?:[\w']+ )?(?:tun|antun|weh ?tun|krummen|schaden|verletzen|umbringen|schlagen)?\b|"
     r"\bniemand (?:wird|kann) (?:dir|dich|euch) (?:was|etwas|weh)\b"),
    ("game", "game and sport", r"\b(?:{GAME})\b"),
    ("irl", "im echten Leben",
     r"\b(?:im echten leben|in echt|irl|real life|im reallife|ausserhalb des spiels|draussen vor|auf der strase|"
     r"nach(?:'?m| dem| em|em) (?:spiel|match|derby|training|turnier|abpfiff)|gastebl[oa]ck|fanbl[oa]ck|knie|"
     r"kniescheiben?|spital|krankenhaus|rolstuhl|intensivstation|grabstein|sarg|wohnt|wohnst|adrese|aleine? mit (?:uns|mir)|"
     r"deine (?:kinder|tochter|frau|familie)|dein (?:sohn|haus|auto)|messer|baseballschlager|schlagring)\b"),
    ("reporting", "reported speech",
     r"\b(?:hat gesagt|sagte|sagt|meinte|meint|schrieb|schreibt|hat geschrieben|hat mir geschrieben|hat gedroht|"
     r"drohte|droht|nachricht|nachrichten|screenshot|laut|zitat|zitiert|kommentar|kommentare|tweet|dm|post|"
     r"sprachnachricht|whatsapp|hat gepostet|brullte|schrie|geschrieben|gesagt|gesprüht|gesprayt|geschickt|"
     r"angerufen|anzeige|erstattet|polizei|gschriebn)\b"),
    ("reported_clause", "reported clause",
     r"\b(?:er|sie|der|die|mein ex|meine ex|der typ|der mann|die frau|der tater|der angeklagte|jemand)? ?(?:hat )?"
     r"(?:mir|ihr|ihm|uns|ihnen)? ?(?:geschrieben|gesagt|geschickt|gedroht|schrieb|sagte|drohte|gebrullt|brullte|"
     r"schrie|meinte|angekundigt|kundigte an)(?:,)? (?:dass|das|:|er|sie|,)(?P<said>[^.!?\n]+)|\bdrohte(?:,)? "
     r"(?P<said>[^.!?\n]+)|\bdroht (?:damit|ihr|ihm|mir),? (?P<said>[^.!?\n]+)"),
    ("news", "news", r"\b(?:{NEWS})\b"),
    ("counter", "counter-speech",
     r"\b(?:das ist|das sind|sowas ist|so was ist|ist) (?:eine |ne |doch eine )?(?:drohung|morddrohung|straftat|"
     r"volksverhetzung|aufruf zur gewalt|bedrohung|nicht ok|nicht okay|nicht lustig|nicht normal)\b|\bdrohungen "
     r"(?:sind|gehen) (?:nicht|gar nicht|ein)\b|\b(?:ich|wir) (?:habe|haben|hab) (?:dich|ihn|sie|das|den post|den "
     r"kommentar|es)? ?(?:angezeigt|gemeldet|zur anzeige gebracht)\b|\b(?:zeige|zeigen) (?:dich|das|ihn) an\b|"
     r"\b(?:inakzeptabel|unfassbar|widerlich|geht gar nicht)\b(?=.*\b(?:droh|gewalt|mord|toten|umbringen|hetze))|"
     r"\b(?:melden|meldet|anzeigen|gemeldet|angezeigt)\b|\bkein humor\b|\bman droht (?:niemandem|nicht)\b|\bkeine gewalt\b"),
    ("fiction", "fiction", r"\b(?:{FICTION})\b"),
    ("laugh", "laughter", r"\b(?:ha(?:ha)+|hi(?:hi)+|he(?:he)+|lol|lel|xd|lmao|rofl|:d)\b|:laugh:"),
    ("joke", "nur Spaß",
     r"(?<!kein )(?<!nicht )\b(?:nur spas|nur n spas|war nur spas|spas|nicht ernst gemeint|kleiner scherz|scherz|"
     r"witz|ironie|spass bei seite|nur ein witz|war ein witz)\b"),
]  # fmt: skip

# Someone addressed outside a quotation: a quoted threat with nobody addressed around it is reported.
SECOND_PERSON = r"\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner|euch|euer|eure)\b"

CONDITION = (
    r"\b(?:wenn du|wenn ihr|falls du|falls ihr|sonst|oder ich|oder wir|noch einmal|nochmal|noch ein wort|ein wort|"
    r"fass (?:meine|meinen|mein|sie|ihn)|wag es|wage es|komm (?:mir|ihr|ihm) nicht)\b"
)

NEGATED = r"\b(?:nie|niemals|keiner|niemand)\s+$"

AGGRAVATING = (
    r"\b(?:heute nacht|heute abend|heute|morgen|bald|nach der schule|vor deiner tur|vor deinem haus|bei dir zu "
    r"hause|ich schwore|ich schwor|ich schwor's|kein spas|kein witz|ernsthaft|ich mein das ernst|{WEAPON})\b"
)
# fmt: on
