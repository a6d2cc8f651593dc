"""French: threat forms and false friends, as plain tables (see languages/__init__.py).

Written on normalised text: no accents ("où" is "ou", "crève" is "creve"), runs squeezed. The object
pronoun sits before the verb, elided before a vowel: "je vais te tuer", "j'vais t'égorger", "je te bute".
Spoken negation often drops "ne" ("j'vais pas te tuer"); the forms need the pronoun right after the
verb of intent, so "pas" breaks them.
"""

# fmt: off
WORDS: dict[str, list[str]] = {
    # lethal, as an infinitive after "te"
    "KILL": ["tuer", "buter", "crever", "flinguer", "descendre", "planter", "egorger", "étrangler", "assassiner",
             "fumer", "trouer", "refroidir", "dessouder", "zigouiller", "poignarder", "fusiller", "pendre",
             "brûler vif", "bruler vive", "enterrer vivant", "enterrer vive", "faire la peau", "faire la peau a",
             "mettre une balle", "mettre une balle dans la tete", "coller une balle", "tirer dessus", "saigner",
             "éventrer", "decapiter", "égorger comme un mouton", "achever", "liquider", "calciner", "sauter la cervelle",
             "faire sauter la cervelle", "exploser la tete", "eclater la tete", "buter ta race", "crever ta race"],
    "KILL_1S": ["tue", "tuerai", "bute", "buterai", "creve", "creverai", "flingue", "flinguerai", "plante", "egorge",
                "egorgerai", "etrangle", "descends", "fume", "troue", "saigne", "poignarde", "fusille", "pends",
                "fais la peau", "mets une balle", "colle une balle", "acheve", "liquide"],
    # violent, after "te"
    "HURT": ["frapper", "cogner", "defoncer", "tabasser", "massacrer", "demolir", "defigurer", "casser la gueule",
             "casser la figure", "casser les dents", "casser les jambes", "casser la tete", "casser le nez",
             "casser les genoux", "casser les os", "peter la gueule", "peter les dents", "peter les jambes",
             "peter le crane", "exploser la gueule", "eclater la gueule", "eclater", "exploser", "niquer ta mere",
             "arracher la tete", "arracher les yeux", "briser les jambes", "briser les os", "briser la nuque",
             "briser le cou", "faire du mal", "faire mal", "torturer", "taillader", "lacerer", "bruler", "demonter la "
             "gueule", "refaire le portrait", "foutre une raclee", "mettre une raclee", "mettre une branlee",
             "mettre une droite", "coller une droite", "mettre des coups", "casser en deux", "ecraser la tete",
             "arranger le portrait", "ouvrir le crane", "defoncer la gueule", "niquer la gueule", "cramer",
             "lyncher", "mutiler", "rouer de coups", "mettre en sang", "mettre a terre", "cracher dessus"],
    "HURT_1S": ["frappe", "cogne", "defonce", "tabasse", "massacre", "demolis", "casse la gueule", "casse la figure",
                "casse les dents", "casse les jambes", "pete la gueule", "pete les dents", "eclate", "explose",
                "eclate la gueule", "explose la gueule", "arrache la tete", "refais le portrait", "brise les jambes",
                "nique ta mere", "fous une raclee", "mets une raclee", "defigure", "crame"],
    "SEX": ["violer", "prendre de force", "baiser de force", "agresser sexuellement"],
    "YOUR_PEOPLE": ["ta famille", "ta mere", "ton pere", "ta fille", "ton fils", "tes enfants", "tes gosses",
                    "ta soeur", "ton frere", "ta femme", "ton mari", "ta copine", "ton copain", "ta meuf",
                    "ton mec", "tes parents", "ta daronne", "ton daron", "ton chien", "ta petite", "ton petit",
                    "ta gamine", "ton gamin", "tes proches", "sa famille", "ses enfants", "sa fille", "sa femme"],
    "GROUPS": ["immigres", "immigrants", "migrants", "arabes", "bougnoules", "noirs", "negres", "juifs", "youpins",
               "musulmans", "roms", "gitans", "pedes", "pd", "gays", "homos", "trans", "feministes", "gauchistes",
               "fachos", "flics", "keufs", "politiciens", "journalistes", "migrants", "etrangers", "bicots", "sans-papiers",
               "islamistes", "chretiens", "catholiques", "francais", "blancs", "racailles", "bourgeois", "elus"],
    "WEAPON": ["couteau", "lame", "flingue", "arme", "pistolet", "gun", "fusil", "kalash", "kalachnikov", "machette",
               "batte", "hache", "cutter", "surin", "schlass", "balle", "balles", "calibre", "pompe", "glock"],
    "GAME": ["jeu", "jeux", "partie", "match", "fifa", "fortnite", "ranked", "partie classee", "lol", "valo", "valorant",
             "serveur", "tournoi", "equipe", "foot", "football", "tennis", "echecs", "1v1", "pvp", "cod", "warzone",
             "minecraft", "manette", "niveau", "boss", "apex", "overwatch", "gta", "smash", "mario kart", "uno",
             "monopoly", "belote", "poker", "cartes", "rocket league", "league", "csgo", "cs", "ligue", "championnat",
             "finale", "demi-finale", "basket", "rugby", "handball", "babyfoot", "ping-pong", "pingpong", "petanque",
             "play", "ps5", "xbox", "switch", "round", "manche", "score", "among us",
             "controle", "partiel", "exam", "examen", "bac", "oral", "entretien", "concours", "karaoke", "muscu",
             "salle de sport"],
    "NEWS": ["police", "gendarmerie", "gendarmes", "interpelle", "interpellee", "arrete", "arretee", "garde a vue",
             "suspect", "suspecte", "victime", "enquete", "proces", "tribunal", "parquet", "condamne", "condamnee",
             "mis en examen", "mise en examen", "selon le parquet", "selon la police", "assassine", "assassinee",
             "tue par balle", "temoins", "agresseur", "prevenu", "prevenue", "procureur", "juge", "cour d'assises",
             "hospitalise", "hospitalisee", "deces", "homicide", "feminicide", "meurtre", "faits divers",
             "ans de prison", "policiers", "brigade", "plainte deposee", "a ete retrouve"],
    "FICTION": ["film", "serie", "roman", "livre", "chapitre", "chanson", "paroles", "rap", "clip", "personnage",
                "le mechant", "la mechante", "scene", "saison", "jdr", "episode", "bande-annonce", "trailer",
                "manga", "anime", "bd", "piece de theatre", "scenario", "fiction", "polar", "thriller", "le tueur du",
                "drill", "couplet", "refrain", "album", "son de"],
}

_TE = r"(?:te|t'|t|vous)"
_I_WILL = r"(?:je vais|j'vais|jvais|j'vai|jvai|on va|nous allons|je vai|je vas|j'vas|jvas|ch'vais|chvais|je compte|on compte|je veux|j'veux|jveux|je vous|on vient|je viens|je reviens|on revient)"
_GAP = r"(?:[\w']+ ){0,2}?"

# (family, weight, label, template)
FORMS: list[tuple[str, float, str, str]] = [
    ("direct", 6.0, "je vais te tuer",
     rf"\b{_I_WILL} (?:bien |vraiment |juste |te jure |finir par |venir |aller )?{_TE} ?(?:{{KILL}})\b(?! (?:le temps|"
     r"de rire|de (?:bisous|calins|chatouilles|questions|messages)))"),
    ("direct", 5.0, "je vais te casser la gueule",
     rf"\b{_I_WILL} (?:bien |vraiment |juste |te jure |venir |aller )?{_TE} ?(?:{{HURT}})\b(?! (?:de (?:rire|bisous|"
     r"calins|chatouilles)|a (?:fifa|fortnite|lol|valo|la (?:manette|console|belote|petanque)|ce jeu|ce match|"
     r"la prochaine partie)|au (?:foot|tennis|ping|babyfoot|basket|bowling|billard|poker|uno|scrabble|monopoly)"
     r"|en (?:1v1|ranked|classee|finale|duel)))"),
    ("sexual", 6.5, "je vais te violer",
     rf"\b{_I_WILL} (?:bien |vraiment |juste |te jure )?{_TE} ?(?:{{SEX}})\b|\b(?:je|j'|on) {_TE} ?(?:viole|violerai|"
     r"violerons)\b"),
    ("direct", 5.0, "je te tue",
     r"\b(?:je|j'|on|moi je|sinon je|sinon on) (?:te|t'|t) ?(?:{KILL_1S})\b(?! (?:le temps|de rire|avec (?:mes|tes) "
     r"(?:blagues|questions)))"),
    ("direct", 6.0, "je te tuerai",
     r"\b(?:je|j'|on|moi je|sinon je) (?:te|t'|t) ?(?:tuerai|buterai|creverai|flinguerai|egorgerai|planterai|"
     r"etranglerai|descendrai|ferai la peau|mettrai une balle)\b"),
    ("direct", 4.5, "je te défonce",
     r"\b(?:je|j'|on|moi je|sinon je) (?:te|t'|t) ?(?:{HURT_1S})\b(?! (?:de rire|a (?:fifa|fortnite|lol|valo|la "
     r"manette|la console|ce jeu)|au (?:foot|tennis|ping|babyfoot|basket|bowling|poker|uno|scrabble|monopoly)|en "
     r"(?:1v1|ranked|duel)))"),
    ("direct", 5.0, "je vais le tuer",
     rf"\b{_I_WILL} (?:bien |vraiment |juste )?(?:le|la|les|l'|l) ?(?:{{KILL}})\b(?! (?:ce|cette|cet|ces|mon|ma|"
     r"mes|le|la|les|de rire)\b)"),
    ("direct", 5.5, "je vais tuer ta famille",
     rf"\b{_I_WILL} (?:{{KILL}}|{{HURT}}|{{SEX}}) (?:{{YOUR_PEOPLE}})\b|\b{_I_WILL} (?:m'en prendre|m'occuper|"
     r"m'attaquer) (?:a|de) (?:{YOUR_PEOPLE})\b"),
    ("direct", 5.0, "t'es mort",
     r"\b(?:t'es|tes|t es|tu es|vous etes|t'es deja|tu es deja) (?:un )?(?:mort|morte|morts|homme mort|femme "
     r"morte|cadavre|un homme mort)\b(?! (?:de (?:rire|fatigue|honte|faim|froid|chaud|peur|ennui|trouille)|"
     r"ou quoi|\?))(?! ?\?)|\btu (?:vas|va) (?:mourir|crever|y passer|finir (?:a l'hopital|a l'hosto|dans un fosse|"
     r"au cimetiere|six pieds sous terre|sous terre|en fauteuil|dans un sac|entre quatre planches)|te faire "
     r"(?:buter|tuer|planter|egorger|fumer|descendre|defoncer|tabasser|massacrer|violer))\b(?! (?:de rire|de "
     r"(?:faim|froid|chaud|honte|fatigue|ennui|peur)|a (?:fifa|ce jeu)))"),
    ("direct", 5.0, "je vais te mettre une balle",
     rf"\b{_I_WILL} {_TE} ?(?:mettre|coller|loger|planter|enfoncer) (?:une|deux|trois|six|des) (?:balle|balles|bastos|"
     r"coup de couteau|coups de couteau|lame|pruneau|pruneaux)\b|\b(?:je|on) (?:viens|vient|reviens|revient|passe|"
     r"passerai|debarque|arrive) (?:[\w']+ ){0,5}?(?:avec|armé d'un|armee d'un) (?:un|une|mon|ma|le|la) "
     r"(?:{WEAPON})\b"),
    ("direct", 4.0, "je vais te détruire",
     rf"\b{_I_WILL} {_TE} ?(?:detruire|ecraser|aneantir|pulveriser|ruiner la vie|pourrir la vie|faire regretter|"
     r"faire payer|faire la misere|regler ton compte|finir)\b(?! (?:a (?:fifa|fortnite|lol|valo|ce jeu|la manette)|au "
     r"(?:foot|tennis|ping|babyfoot|basket|poker|uno|monopoly)|en (?:1v1|ranked|duel|finale)))|\bje vais (?:regler|"
     r"m'occuper de) (?:ton|ta) (?:cas|compte|sort)\b"),
    ("veiled", 4.5, "tes jours sont comptés",
     r"\b(?:tes|vos|ses) jours sont comptes\b|\btu (?:ne )?(?:verras|vas voir) (?:pas|jamais) (?:noel|la fin de|"
     r"demain|le prochain|l'annee|ton anniversaire)\b|\btu passeras pas (?:l'hiver|la semaine|l'annee|noel)\b"),
    ("veiled", 4.5, "ce serait dommage qu'il arrive quelque chose à ta famille",
     r"\b(?:ce serait|ca serait|c'est|ce sera|ca sera) (?:vraiment )?(?:dommage|triste|bete) (?:qu'il|que quelque "
     r"chose|qu'un accident|s'il) (?:t'|lui |leur )?(?:arrive|arrivait|se passe|se passait)\b|\btu (?:ne )?voudrais "
     r"pas qu'il (?:t'|lui |leur )?arrive (?:quelque chose|malheur)\b|\bil (?:pourrait|va) (?:t'|lui |leur )arriver "
     r"(?:quelque chose|malheur|un accident)\b"),
    ("veiled", 3.5, "surveille tes arrières",
     r"\b(?:surveille|fais gaffe a|fais attention a|regarde) (?:tes|bien tes) arrieres\b|\bdors (?:avec )?un oeil "
     r"ouvert\b|\b(?:on|ils|personne) (?:ne )?(?:retrouvera|retrouveront|trouvera|trouveront) (?:jamais )?(?:ton|"
     rf"le|ta) (?:corps|cadavre)\b|\b{_I_WILL} {_TE} ?faire disparaitre\b|\btu vas disparaitre\b"),
    ("veiled", 3.0, "tu vas le regretter",
     r"\btu (?:vas|va) (?:le |tout )?regretter\b|\btu (?:vas|va) (?:me )?le payer\b|\btu me le paieras\b|\btu "
     r"(?:vas|va) voir ce qui va t'arriver\b|\btu vas voir ce que tu vas voir\b|\btu (?:sais|connais) pas a qui tu "
     r"(?:as|a) affaire\b|\bca va pas se passer comme ca\b|\b(?:on|je) (?:va|vais|vas) te (?:retrouver|trouver|"
     r"chercher|choper|attraper|coincer|attendre a la sortie)\b|\bje te retrouverai\b|\bon sait ou te trouver\b|\b"
     r"(?:j'arrive|on arrive|je viens|on vient) (?:pour|te chercher|chez toi)\b(?=.*\b(?:{WEAPON}|regretter|"
     r"payer|mort|sang|crever|buter|tuer)\b)|\bfais gaffe a toi\b(?=.*\b(?:sinon|ou|tu vas|la prochaine)\b)"),
    ("doxxing", 3.0, "je sais où tu habites",
     r"\b(?:je|j'|on|nous) (?:sais|sait|savons|connais|connait|connaissons) (?:tres bien |bien |exactement )?"
     r"(?:ou|a quelle heure|a quelle ecole|dans quelle ecole|quel) (?:tu |t'|vous |ta \w+ |ton \w+ |tes \w+ )?"
     r"(?:habites|habite|vis|vit|bosses|bosse|travailles|travaille|dors|dort|vont|va|sors|sort|rentres|rentre|"
     r"gares|gare|es scolarise|etudies|crech\w*|pionces|bus)\b|\b(?:j'ai|on a|je connais|on connait) (?:ton|ta|"
     r"votre) (?:adresse|numero de plaque|plaque|immatriculation)\b"),
    ("doxxing", 3.5, "je te surveille",
     r"\b(?:je|j'|on) (?:te|t'|vous) ?(?:surveille|observe|suis|piste|guette|ai a l'oeil|a a l'oeil|ai dans le "
     r"viseur|a dans le viseur|ai reperee?|a reperee?)\b(?! (?:sur (?:insta|twitter|tiktok|youtube|twitch|x)|depuis "
     r"longtemps sur))|\b(?:je|j'|on) (?:t'ai|t'a) vue? (?:hier|ce matin|ce soir|sortir|rentrer)\b"),
    ("death_wish", 5.0, "j'espère que tu crèves",
     r"\b(?:j'espere|jespere|on espere|j'souhaite|je souhaite|je prie pour|vivement|pourvu) (?:que |qu')?(?:tu |il "
     r"|elle |ils |elles |vous |ta \w+ |ton \w+ )?(?:[\w']+ ){0,2}?(?:creves|creve|crevent|meurs|meure|meurent|"
     r"mourras|mourra|mourir|crever|te fasses? (?:violer|tuer|buter|ecraser|egorger|planter)|se fasse (?:violer|"
     r"tuer|buter|ecraser|egorger|planter)|choppes? un cancer|attrapes? un cancer|pourrisses|pourrisse)\b"),
    ("death_wish", 4.5, "crève",
     r"(?:^|[.!?,] ?|\b(?:va|allez|vas|et|bah|alors|donc|mais) )(?:creve|crevez|meurs|mourez|va mourir|va crever|"
     r"allez crever|allez mourir|va te pendre|va te tuer|crevez tous)\b(?! (?:de (?:rire|faim|froid|chaud|soif|"
     r"jalousie|envie)|pas))"),
    ("death_wish", 5.0, "tu mérites de mourir",
     r"\b(?:tu merites|il merite|elle merite|ils meritent|vous meritez|tu devrais|il devrait|elle devrait|ils "
     r"devraient) (?:de )?(?:mourir|crever|la mort|etre mort\w*|une balle|te faire tuer|te faire violer|se faire "
     r"violer|se faire tuer|te pendre|se pendre|etre pendu\w*)\b|\b(?:je te|on te) souhaite (?:la mort|de mourir|"
     r"de crever|un cancer|une mort lente)\b|\btu (?:merites|merite) pas de vivre\b"),
    ("incitement", 5.5, "il faut les tuer",
     r"\b(?:il faut|faut|faudrait|il faudrait|on doit|on devrait|on va|allons|y'a qu'a|ya qu'a|suffit de) (?:tous )?"
     r"(?:les|le|la|l') ?(?:tous )?(?:tuer|buter|cramer|bruler|pendre|fusiller|exterminer|gazer|lyncher|egorger|"
     r"massacrer|eliminer|abattre|flinguer|descendre|crever|noyer|renvoyer dans des wagons)\b|\b(?:il faut|faut|"
     r"faudrait|on devrait) (?:tuer|buter|cramer|bruler|pendre|fusiller|exterminer|gazer|lyncher|egorger|massacrer|"
     r"abattre|eliminer) (?:tous )?(?:les|ces|ce|cette|cet) (?:[\w']+ )?(?:{GROUPS}|[\w']+)\b"),
    ("incitement", 5.5, "quelqu'un devrait le buter",
     r"\b(?:quelqu'un|quelqu'1|qqn|quelqu un|un mec|personne|vous) (?:[\w']+ )?(?:doit|devrait|pourrait|peut|va|veut|"
     r"voudrait)? ?(?:pas )?(?:le|la|les|l') ?(?:tuer|buter|flinguer|descendre|planter|egorger|cramer|bruler|"
     r"pendre|violer|tabasser|defoncer|fumer|abattre)\b|\bqu'on (?:le|la|les|l') ?(?:tue|bute|pende|brule|crame|"
     r"fusille|egorge|lynche|abatte|viole)\b"),
    ("incitement", 5.5, "tuez-les",
     r"\b(?:tuez|butez|brulez|cramez|pendez|fusillez|massacrez|egorgez|lynchez|abattez|violez|exterminez|"
     r"gazez)[- ]?(?:les|le|la|l|tous|toutes|moi ces|ces)\b"),
    ("incitement", 5.5, "mort aux …",
     r"\b(?:mort aux|mort au|mort a la|a mort les|a mort le|a mort la|mort a tous les) (?:[\w']+ )?(?:{GROUPS}|"
     r"[\w']+)\b|\b(?:ils|elles|ces \w+|les \w+) (?:meritent|doivent|devraient|meriteraient) (?:tous |toutes )?"
     r"(?:de )?(?:mourir|crever|la mort|etre (?:tues|tuees|pendus|fusilles|exterminés|exterminees|gazes|brules|"
     r"abattus|elimines))\b|\bune balle (?:dans la tete |dans la nuque )?(?:pour|a) (?:chacun|tous|ces|ce|cette)\b"),
    ("sexual", 6.0, "tu mérites de te faire violer",
     r"\b(?:merites|merite|meritent|tu cherches|elle cherche|elles cherchent) (?:de te faire|de se "
     r"faire|d'etre|a te faire|a se faire) viol\w*|\b(?:il faudrait|faudrait|faut) (?:te|la|les) violer\b"),
    ("sexual", 4.0, "que tu le veuilles ou non",
     r"\b(?:que tu le veuilles ou non|que tu veuilles ou non|meme si tu dis non|de gre ou de force|tu pourras pas "
     r"dire non|tu diras pas non|ton avis compte pas)\b(?=.*\b(?:baiser|coucher|lit|corps|toucher|sucer|nue|"
     r"a poil|prendre|deshabill|culotte|seins|cul)\w*)"),
    ("sexual", 5.0, "mettre quelque chose dans ton verre",
     r"\b(?:mettre|mets|glisser|glisse|verser|verse) (?:un truc|quelque chose|un cachet|du ghb|de la drogue|une "
     r"pilule|un produit) dans (?:ton|ta|son|sa|votre) (?:verre|boisson|cocktail|biere|coca)\b|\b(?:je vais|on va) "
     r"te droguer\b"),
    ("direct", 5.0, "je te casse les genoux",
     r"\b(?:je|j'|on|moi je|sinon je) ?(?:te|t'|t|vous) ?(?:vais |va )?(?:casse|casser|pete|peter|brise|briser|eclate|"
     r"eclater|explose|exploser|fracasse|fracasser|defonce|defoncer|arrache|arracher|ouvre|ouvrir|demonte|demonter|"
     r"coupe|couper|tranche|trancher|creve|crever) (?:la |les |le |l'|ta |tes |ton |tous les |toutes les )?"
     r"(?:gueule|yeule|tete|dents|genoux|jambes|bras|nez|crane|machoire|cou|nuque|doigts|cotes|rotules|os|figure|"
     r"face|tronche|bouche|yeux|gorge|ventre|bide)\b"),
    ("direct", 5.0, "je te fracasse",
     r"\b(?:je|j'|on|moi je|sinon je) ?(?:te|t'|t) ?(?:fracasse|fracasserai|derouille|derouillerai|allume|abats|"
     r"abattrai|aba-ttre|abattre|saigne|pulverise|ecrabouille|dechire|arrange|egorge|plante|troue|shoote|finis)\b(?! "
     r"(?:a (?:fifa|fortnite|lol|valo|la manette|ce jeu)|au (?:foot|tennis|ping|babyfoot|poker|uno)|en (?:1v1|ranked|"
     rf"duel)))|\b{_I_WILL} (?:t'|te )?(?:abattre|aba-ttre|allumer|derouiller|fracasser|pulveriser|envoyer a "
     r"l'hopital|envoyer a l'hosto|envoyer six pieds sous terre)\b"),
    ("direct", 4.5, "t'auras plus de dents",
     r"\b(?:t'auras|tu auras|t'aura|tu n'auras) (?:plus|pas) (?:de dents|de jambes|de genoux|de visage|de tete|"
     r"d'yeux)\b|\b(?:rentre|rentrera|sortira|sortiras|repartira|repartiras|rentreras) (?:pas|jamais) (?:chez \w+ )?"
     r"(?:entier|entiere|vivant|vivante|indemne|debout|sur ses jambes|sur tes jambes)\b|\btu (?:vas|va) (?:finir|"
     r"terminer) (?:a|en|au|dans) (?:l'hopital|l'hosto|fauteuil|reanimation|morceaux|sac|boite)\b"),
    ("direct", 4.5, "je débarque chez toi avec une barre de fer",
     r"\b(?:je|j'|on) ?(?:debarque|debarquerai|viens|viendrai|passe|passerai|arrive|arriverai|monte|monterai|"
     r"t'attends|t'attendrai|attends) (?:[\w']+ ){0,6}?(?:avec|arme d'|armee d') (?:un|une|mon|ma|le|la|des|mes) "
     r"(?:barre de fer|barre|batte|marteau|couteau|lame|flingue|pistolet|fusil|hache|machette|cutter|tournevis|"
     r"cocktail molotov|bidon d'essence|essence)\b"),
    ("death_wish", 5.0, "j'espère qu'un ours te bouffe",
     r"\b(?:j'espere|jespere|j'souhaite|on espere|je prie|vivement|pourvu) (?:[\w']+ ){0,3}?(?:que|qu'|pour que|pour "
     r"qu') ?(?:[\w']+ ){0,4}?(?:te|t'|le|la|les|vous) ?(?:bouffe|devore|ecrase|renverse|percute|tue|bute|egorge|"
     r"viole|massacre|mange|emporte|achevent|tuent|butent|violent|ecrasent|fracasse|explose)\b|\b(?:je prie|"
     r"j'espere|on prie) (?:[\w']+ ){0,3}?pour (?:que|qu') ?(?:tu |il |elle |ils |vous )?(?:meures|meure|meurent|"
     r"creves|creve|crevent|mourriez)\b|\bsi seulement (?:tu|il|elle|vous) (?:pouvais|pouvait|pouviez) "
     r"(?:te |se |vous )?(?:noyer|crever|mourir|pendre|faire ecraser|faire tuer)\b|\b(?:j'attends|jattends|vivement|"
     r"hate de voir|hate de lire|j'ai hate) (?:[\w']+ ){0,2}?(?:ton|ta|tes|son|sa) (?:avis de deces|enterrement|"
     r"funerailles|mort|necrologie|tombe|cercueil|faire-part)\b|\b(?:choper|chopes|attraper|attrapes) un cancer et "
     r"(?:crever|creves|mourir|meurs)\b"),
    ("incitement", 5.5, "faut les attendre et les dérouiller",
     r"\b(?:faut|il faut|faudrait|il faudrait|on devrait|on va|allons) (?:[\w']+ ){0,6}?(?:les|le|la|l') ?"
     r"(?:derouiller|tabasser|defoncer|lyncher|frapper|cogner|massacrer|abattre|finir|achever|bruler|cramer|"
     r"fracasser|egorger|planter)\b|\b(?:faut|il faut|faudrait|il faudrait|on devrait|on va) (?:[\w']+ ){0,2}?"
     r"(?:bruler|cramer|faire sauter|incendier|brûler|plastiquer|attaquer|bomber|saccager|mitrailler|tirer dans|"
     r"tirer sur|foncer dans) (?:la|le|les|l'|ce|cette|cet|ces|toute la|tout le) (?:[\w']+ )?(?:mosquee|synagogue|"
     r"eglise|redaction|mairie|prefecture|camp|foyer|centre|ecole|manif|cortege|congres|assemblee|siege|local|"
     r"bureaux?|journal|maison|immeuble|commissariat|bar|boite)\b"),
    ("incitement", 5.5, "tabassez-le",
     r"\b(?:tabassez|derouillez|defoncez|frappez|cognez|lynchez|cramez|attaquez|plantez|saignez|eclatez|"
     r"fracassez|abattez)[- ]?(?:les|le|la|l|tous|moi)\b"),
    ("incitement", 5.5, "celui qui le bute, je lui paie",
     r"\b(?:celui|celle|le premier|la premiere|quiconque|ceux) (?:qui|qu') ?(?:[\w']+ ){0,2}?(?:met|mettra|bute|"
     r"butera|tabasse|tabassera|tue|tuera|abat|abattra|plante|plantera|crame|cramera|frappe|frappera|defonce|"
     r"egorge|fracasse|flingue) (?:[\w']+ ){0,9}?(?:gagne|aura|je lui|a mon respect|recevra|touche)\b|\bsi "
     r"(?:un jour )?(?:quelqu'un|qqn|un mec|quelqu'1) (?:l'|le |la |les )?(?:abat|bute|tue|flingue|plante|crame|"
     r"egorge|tabasse|defonce)\b|\b(?:faire taire|fasse taire|fassent taire) (?:[\w']+ )?(?:definitivement|pour de "
     r"bon|pour toujours|a jamais)\b"),
    ("veiled", 4.0, "les accidents arrivent vite",
     r"\b(?:les )?accidents? (?:arrivent|arrive|est vite arrive|sont vite arrives) (?:vite|si vite|tous les jours|"
     r"souvent|facilement)\b|\b(?:les )?(?:traitres|balances|mouchards|gens comme toi) (?:vivent|font) (?:rarement|pas)"
     r" (?:vieux|long feu)\b|\bc'(?:etait|est) la derniere fois\b|\b(?:verifie|controle) (?:bien )?tes freins\b|"
     r"\bt'es (?:bien )?assure\b|\b(?:tu pourrais|tu risques d') ?avoir besoin d'une ambulance\b|\bpersonne "
     r"(?:ne )?(?:t'entendra|t'entendras|viendra t'aider|te retrouvera)\b|\b(?:on se reverra|on se recroisera|on "
     r"se retrouvera)\b(?=[^.!?]*\b(?:proteger|potes|seul|regretter|cette fois)\b)"),
    ("veiled", 3.5, "on va te rendre une petite visite",
     r"\b(?:je|on|nous) (?:va|vais|allons|viendra|viendrai|passera|passerai) (?:te |vous )?(?:rendre|faire) "
     r"(?:une |un )?(?:petite |petit )?visite\b|\bton heure (?:est venue|a sonne|approche)\b|\bton tour (?:va|viendra|"
     r"arrive)\b"),
    ("doxxing", 3.5, "on a retrouvé ta rue",
     r"\b(?:on a|j'ai|jai) (?:retrouve|trouve|recupere|chope) (?:ton|ta|tes) (?:adresse|rue|profil|boulot|numero|"
     r"plaque|immatriculation|famille|ecole|domicile)\b|\b(?:je sais|on sait) que tu (?:gares|ranges|laisses|prends|"
     r"sors|rentres|passes)\b|\b(?:partagez|balancez|diffusez) (?:son|sa|leur|l') ?(?:adresse|numero|nom)\b"),
    ("veiled", 4.0, "profite bien de tes derniers jours",
     r"\bprofite (?:bien )?de tes derniers (?:jours|instants|moments)\b|\btes derniers jours\b|\b(?:ce serait|ca serait|"
     r"c'est|ce sera) (?:vraiment )?(?:dommage|con|bete|triste|ballot) (?:que |qu')(?:il |ils |elle |elles |tu |ta |ton "
     r"|tes )?(?:[\w']+ ){0,3}?(?:tombe|tombent|tombes|brule|brulent|disparaisse|disparaissent|arrive|prenne feu|"
     r"se blesse|se blessent|se fasse)\b|\b(?:ca|ces choses-la|le bois) (?:part|brule|flambe|crame) (?:vite|bien|"
     r"facilement)\b|\bbesoin (?:d'appeler |d'|de )?(?:une )?ambulance\b|\b(?:va|vont|ira) pas rester (?:entier|"
     r"entiere|intacte?|debout)\b"),
    ("incitement", 5.0, "on les sort à coups de pied",
     r"\b(?:on|allez|faut|il faut|faudrait) (?:[\w']+ ){0,4}?(?:les|le|la|l') ?(?:sort|sortir|vire|virer|chasse|chasser|"
     r"degage|degager|fini|finit|finir|acheve|achever|tabasse|tabasser) (?:[\w']+ ){0,2}?(?:a coups de (?:pied|poing|"
     r"batte|barre|couteau|pelle|matraque|bate)|s'ils resistent|definitivement)\b|\bs'ils resistent on les "
     r"(?:fini|finit|acheve|bute|tue|crame)\b|\btire(?:r)? dans (?:ce|cette|la|le|les|cet) (?:[\w']+ )?(?:congres|foule|"
     r"manif|cortege|mosquee|synagogue|eglise|ecole|assemblee|salle|tas|rassemblement)\b"),
    ("sexual", 4.5, "ton consentement je m'en bats",
     r"\b(?:ton|son|leur|votre) (?:consentement|avis|non) (?:je m'en|on s'en|j'm'en|jm'en|compte pas|j'en ai rien|"
     r"on en a rien|n'existe pas|je m'assois dessus)\b|\bc'est moi qui decide\b(?=[^.!?]*\b(?:consent|corps|lit|"
     r"coucher|baiser)\w*)"),
    ("direct", 5.5, "jte viole",
     r"\bj(?:'te|te|t'|'t') ?(?:viole|violerai|tue|tuerai|bute|buterai|creve|plante|egorge|defonce|casse la gueule|"
     r"pete la gueule|eclate|explose|fume|fracasse|brule|crame|etrangle|saigne)\b(?! (?:de rire|a (?:fifa|fortnite|"
     r"lol|valo|ce jeu|la manette)|au (?:foot|tennis|ping|babyfoot|poker|uno)|en (?:1v1|ranked|duel)))"),
    ("direct", 5.0, "on te règle ton compte",
     r"\b(?:on|je|j') ?(?:te|va te|vais te|vas te) ?regle[rz]? (?:ton|son) compte\b|\b(?:regler|régler) (?:son|leur|"
     r"ton) compte (?:au|a|à) (?:couteau|flingue|pistolet|batte)\b|\bje te (?:brule|brulerai|crame) viv\w*\b|\bje te "
     r"fais (?:bouffer|manger|avaler) (?:le bitume|le trottoir|tes dents|le goudron|la poussiere)\b|\b(?:je|on) ?(?:te|"
     r"t') ?(?:prends|prendrai|prendra) de force\b|\b(?:forcer|force|forcerai) a (?:coucher|baiser|sucer)\b|\b(?:je "
     r"vais|j'vais|jvais) (?:te )?(?:casser|peter|briser) les deux (?:jambes|bras|genoux)\b|\bjve te (?:tuer|buter)\b"),
    ("veiled", 3.5, "souris tant que tu peux encore",
     r"\b(?:profite|souris|ris|prends-en soin|prends en soin|prends soin)\w* (?:[\w']+ ){0,3}?(?:tant|pendant) "
     r"(?:que|qu') ?(?:tu |t')?(?:peux|as|as encore|peux encore|t'as encore|le peux)\b|\b(?:je serais toi|a ta place|"
     r"moi a ta place),? (?:je )?(?:dormirais|sortirais|ferais gaffe)\b|\bprepar\w* (?:ta tenue pour |ton |le |"
     r"l')?(?:enterrement|cercueil|obseques)\b|\b(?:finissent|finissez|finit) (?:rarement (?:vieux|vieilles|vieille)|mal|"
     r"dans un fosse|au fond)\b|\bverifi\w* (?:bien )?tes freins\b|\b(?:une |ton |ta )?assurance[- ]vie\b"
),
    ("death_wish", 4.5, "que toute ta famille crève",
     r"(?:^|[.!?,] ?)(?:que|qu') ?(?:[\w']+ ){0,4}?(?:creve|crevent|meure|meurent|brule|brulent|pourrisse|"
     r"pourrissent)\b(?! de (?:rire|faim|envie|jalousie))|\bj'espere (?:que |qu')(?:[\w']+ ){0,4}?(?:s'ecrase|"
     r"s'ecrasent|te lynchent|te fasses? (?:poignarder|tabasser|defoncer|renverser|lyncher|egorger|buter|tuer|"
     r"violer)|te fais (?:poignarder|tabasser|defoncer|renverser|lyncher|egorger|buter|tuer|violer))\b"),
    ("incitement", 5.0, "quelqu'un devrait aller lui péter la gueule",
     r"\b(?:quelqu'un|qqn|un mec|y'en a pas un|personne) (?:[\w']+ ){0,3}?(?:aller )?(?:y |lui |leur )?(?:peter|"
     r"casser|defoncer|eclater|exploser|fracasser) la (?:gueule|tete|figure)\b|\b(?:allez|aller|faut aller) (?:lui|"
     r"leur) (?:rendre (?:une petite |une )?visite|regler son compte|faire la peau)\b|\bcoup de (?:barre de fer|batte|"
     r"couteau|machette|hache) (?:sur|a|dans) (?:les|la|le|ce|cette|ces)\b|\b(?:je t'ai|on t'a) suivie? jusqu'(?:a|à) "
     r"chez (?:toi|vous)\b|\b(?:trouve|retrouve) ou (?:tu |t')habites\b"),
    ("veiled", 3.5, "quand tu t'y attendras le moins",
     r"\bquand tu (?:t'y|t y) attendras le moins\b|\b(?:c'est )?mieux pour ta sante\b|\bpour ta (?:propre )?sante\b|"
     r"\bon va se voir,? (?:et )?pas sur (?:internet|les reseaux|insta)\b"),
]  # fmt: skip

# (kind, label, template)
FALSE_FRIENDS: list[tuple[str, str, str]] = [
    ("idiom", "mort de rire",
     r"\b(?:mort|morte|morts|mortes|mourir|meurs|meurt|crever|creve|crevee|crevé|tuer|tue|pete|pt|explose|explosee|"
     r"plie|pliee|pliés|plies|ecroule|ecroulee) (?:de|d') ?(?:rire|faim|froid|chaud|soif|honte|fatigue|ennui|"
     r"trouille|peur|jalousie|envie|amour|impatience|chatouilles)\b|\b(?:mdr|ptdr|mdrr|xptdr|jpp|jpeux plus|"
     r"je suis mort|je suis morte|j'suis mort|j'suis morte|jsuis mort|jsuis morte|chui mort|chuis mort|"
     r"chui morte|chuis morte|je suis decede|je suis decedee|je suis crevee?|on est morts)\b"),
    ("idiom", "ça me tue / tu me tues",
     r"\b(?:ca|ça|cela|c|tu|il|elle|vous|ce|cette|ces|la chaleur|le boulot|ce prof|cette prof|ta blague|tes blagues|"
     r"ce mec|cette meuf|ce gars) (?:[\w']+ )?(?:me|m'|nous) ?(?:tue|tues|tuent|tuez|achevent|acheve|a tue|a "
     r"achevee?|crevent|creve|fait mourir|fais mourir|fait crever|fais crever)\b|\b(?:ma|mon|mes) (?:mere|pere|"
     r"daronne|daron|copine|copain|meuf|mec|femme|mari|patron|boss|prof|parents|coach|soeur|frere) (?:va|vont|"
     r"aller) me (?:tuer|buter|massacrer|defoncer|egorger|etrangler)\b|\b(?:ta|ton|tes) (?:mere|pere|daronne|daron|"
     r"copine|copain|meuf|mec|femme|mari|patron|boss|prof|parents) (?:va|vont) te (?:tuer|buter|massacrer|"
     r"defoncer|etrangler)\b"),
    ("idiom", "je vais le tuer ce contrôle",
     r"\b(?:le|la|les|l') ?(?:tuer|defoncer|exploser|eclater|detruire|massacrer|plier|niquer|demonter|tout casser|"
     r"gerer|dechirer|ecraser|bouffer|manger|tue|defonce|explose|eclate|detruit|massacre|plie|nique|demonte|ecrase|"
     r"dechire|bouffe|a tue|a defonce|ai defonce|ai tue|ai explose|ai plie|ai massacre|ai nique)(?: [\w']+)?,? "
     r"(?:ce|cette|cet|ces|le|la|les|mon|ma|mes) (?:[\w']+ )?(?:controle|exam|examen|partiel|oral|bac|brevet|match|"
     r"niveau|boss|concert|gateau|plat|pizza|burger|projet|entretien|dossier|devoir|devoirs|test|compet|partie|"
     r"game|jeu|course|marathon|semestre|rapport|expose|memoire|these|soiree|karaoke|dance|choré|chore|plateau|"
     r"kebab|tacos|raclette|seance|salle|dm|qcm|concours|permis|code|semaine|journee|taf|boulot|set|show)\b|"
     r"\b(?:il|elle|tu|t'as|t as|on|j'ai|jai|ils|elles) (?:a |as |ont |avons )?(?:tue|tuer|tues|defonce|"
     r"explose|dechire|assure|gere|cartonne|plie) (?:le game|la game|le match|la scene|le show|la piste|le dancefloor|"
     r"tout|grave|sa race|le concert|le set)\b|\bc'est (?:une )?(?:tuerie|une dinguerie|une masterclass|mortel)\b"),
    ("idiom", "ce moustique, je vais le buter",
     r"\b(?:ce|cette|cet|ces|le|la|les|un|une) (?:[\w']+ )?(?:moustique|moustiques|mouche|mouches|guepe|guepes|araignee|"
     r"araignees|cafard|cafards|frelon|frelons|rat|rats|souris|fourmis|punaise|punaises|tique|tiques|limace|limaces|"
     r"taupe|moucheron|moucherons|pigeon|pigeons|plante|plantes|virus|bug|bugs|imprimante|ordi|pc|tel|reveil)\b(?: "
     r"[\w']+){0,6}? ?,? (?:je|j'|on) ?(?:vais|va|vai) (?:le|la|les|l') ?(?:buter|tuer|exploser|eclater|defoncer|"
     r"ecraser|massacrer|cramer)\b|\b(?:je|j'|on) ?(?:vais|va|vai) (?:le|la|les|l') ?(?:buter|tuer|exploser|eclater|"
     r"defoncer|ecraser|massacrer|cramer),? (?:ce|cette|cet|ces) (?:[\w']+ )?(?:moustique|mouche|guepe|araignee|"
     r"cafard|frelon|rat|souris|punaise|tique|imprimante|ordi|pc|reveil|bug)\b"),
    ("idiom", "tuer le temps",
     r"\btuer (?:le temps|l'ennui|les moustiques|une mouche|les mouches|le game|le suspense|dans l'oeuf|la "
     r"poule aux oeufs)\b|\bje tuerais pour (?:un|une|des)\b|\b(?:je vais|on va|j'vais|jvais) (?:m'|s')eclater\b|"
     r"\beclater de rire\b|\bcasser la baraque\b|\btout (?:dechirer|casser|defoncer|exploser|niquer)\b"),
    ("idiom", "je vais te tuer de rire",
     rf"\b{_I_WILL} {_TE} ?(?:tuer|faire mourir|faire crever|exploser|achever|defoncer|tuer|noyer) (?:de |d'|a coups "
     r"de |avec (?:mes|ces) )(?:rire|bisous|calins|chatouilles|questions|messages|blagues|memes|vocaux|photos|"
     r"textos)\b"),
    ("negation", "je ne te ferais jamais de mal",
     r"\b(?:je|on) (?:ne |n')?(?:te|t'|vous) ?(?:ferai|ferais|fera|ferait|toucherai|toucherais|frapperai|"
     r"frapperais|tuerai|tuerais) (?:jamais|pas|rien|aucun mal)\b|\bpersonne (?:ne )?(?:va|te fera|vous fera) "
     r"(?:te |vous )?(?:faire|toucher|frapper|tuer)\b|\bjamais je (?:ne )?(?:te|t')\b"),
    ("game", "game and sport", r"\b(?:{GAME})\b"),
    ("irl", "en vrai",
     r"\b(?:dans la vraie vie|irl|en dehors du jeu|pour de vrai|en vrai de vrai|en face|dans la rue|chez toi|"
     r"(?:apres|a la fin du?|a la sortie du?) (?:le |la )?(?:match|stade|vestiaire|entrainement|tournoi|derby)|"
     r"genoux|rotules?|hopital|fauteuil roulant|reanimation)\b"),
    ("reporting", "reported speech",
     r"\b(?:a dit|m'a dit|lui a dit|disait|dit|a ecrit|m'a ecrit|ecrit|a envoye|m'a envoye|a poste|a publie|a menace|"
     r"m'a menace|menacait|a crie|criait|message|messages|capture|screen|selon|citation|tweet|dm|mp|vocal|"
     r"commentaire|commentaires|a balance|texto|sms)\b"),
    ("reported_clause", "reported clause",
     r"\b(?:il|elle|ils|elles|on|le mec|la meuf|mon ex|le gars|le type|l'accuse|le suspect)? ?(?:m'a|lui a|leur a|"
     r"nous a|a|m'avait|avait|me|lui) (?:dit|ecrit|envoye|crie|hurle|menace|balance|poste|lache|repete|textote) "
     r"(?:que|qu'|:|de)(?P<said>[^.!?\n]+)|\b(?:menace de|menacait de|promet de|promettait de) (?P<said>[^.!?\n]+)"),
    ("news", "news", r"\b(?:{NEWS})\b"),
    ("counter", "counter-speech",
     r"\bc'est (?:une |des )?(?:menace|menaces|appel au meurtre|apologie|incitation|violence)\b|\b(?:les )?menaces "
     r"(?:de mort )?(?:c'est|sont|ne sont) (?:pas|un delit|inacceptables|interdites|punies)\b|\b(?:pas normal|"
     r"inacceptable|inadmissible|intolerable)\b(?=.*\b(?:menac|violen|tuer|mort|haine))|\b(?:j'ai|on a|jai) "
     r"(?:signale|report|porte plainte|depose plainte|fait un signalement)\w*\b|\b(?:signale|signalez|"
     r"signalé|portez plainte|porter plainte)\b|\b(?:je|on|nous) (?:condamne|condamnons|denonce|denoncons)\b|"
     r"\bstop (?:aux|a la) (?:menaces|violence|haine)\b|\bon ne (?:menace|souhaite la mort)\b"),
    ("fiction", "fiction", r"\b(?:{FICTION})\b"),
    ("laugh", "laughter",
     r"\b(?:mdr\w*|ptdr\w*|xptdr|lol|lmao|ha(?:ha)+|hi(?:hi)+|xd|jpp|mort de rire|ahah\w*)\b|:laugh:"),
    ("joke", "je rigole",
     r"(?<!pas )(?<!je )\b(?:je rigole|jrigole|je plaisante|c'est une blague|c'est pour rire|pour rigoler|"
     r"c'est de l'humour|je deconne|jdeconne|je te taquine|second degre|c'est pour de faux|je blague)\b"),
]  # fmt: skip

# Someone addressed outside a quotation: a quoted threat with nobody addressed around it is reported.
SECOND_PERSON = r"\b(?:tu|te|t'|toi|ton|ta|tes|vous|votre|vos)\b"

CONDITION = (
    r"\b(?:si (?:tu|t'|vous|jamais|je te|je vous|on te)|sinon|ou je|ou on|ou bien|encore une fois|la prochaine fois|"
    r"une fois de plus|touche (?:a|encore)|approche|essaie (?:de|encore)|avise-toi|ose)\b"
)

NEGATED = r"\b(?:ne|n'|jamais|personne|pas)\s*(?:[\w']+\s+)?$"

AGGRAVATING = (
    r"\b(?:ce soir|cette nuit|demain|a la sortie|devant chez toi|chez toi|bientot|je te jure|jte jure|je le jure|"
    r"sur la tete de|wallah|wesh je rigole pas|je rigole pas|c'est pas une blague|serieux|{WEAPON})\b"
)
# fmt: on
