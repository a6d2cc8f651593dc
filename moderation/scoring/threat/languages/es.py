"""Spanish: threat forms and false friends, as plain tables (see languages/__init__.py).

Written on normalised text: no accents ("sé dónde vives" is "se donde vives"), runs squeezed.
The object pronoun goes before the verb ("te voy a matar", "te mato") or after the infinitive
("voy a matarte"); both are written out.
"""

# fmt: off
WORDS: dict[str, list[str]] = {
    # lethal, as an infinitive ("te voy a ___", "voy a ___te")
    "KILL": ["matar", "asesinar", "apuñalar", "acuchillar", "degollar", "ahorcar", "estrangular", "balear",
             "fusilar", "descuartizar", "quemar vivo", "quemar viva", "enterrar vivo", "enterrar viva",
             "reventar a tiros", "liquidar", "rajar", "pegar un tiro", "meter un tiro",
             "pegar un balazo", "meter un balazo", "meter bala", "llenar de plomo", "volar la cabeza",
             "cortar el cuello", "sacar las tripas", "dar matarile", "pelar", "quebrar", "partir el cuello"],
    # lethal, first person present or future ("te ___")
    "KILL_1S": ["mato", "mataré", "matamos", "mataremos", "asesino", "apuñalo", "acuchillo", "degüello", "ahorco",
                "estrangulo", "quemo", "entierro", "desaparezco", "pego un tiro", "meto un tiro", "pego un balazo",
                "meto un balazo", "meto bala", "lleno de plomo", "vuelo la cabeza", "corto el cuello", "rajo",
                "quiebro"],
    # violent, as an infinitive
    "HURT": ["golpear", "lastimar", "herir", "torturar", "apalear", "patear", "madrear", "reventar",
             "dar una paliza", "dar una golpiza", "dar una madriza", "dar una putiza", "dar una vergueada",
             "dar de hostias", "dar de palos", "dar una hostia", "dar un navajazo", "dar una puñalada",
             "cagar a palos", "cagar a trompadas", "cagar a piñas", "moler a palos", "hacer daño", "hacer mierda",
             "hacer pedazos", "partir la cara", "partir la madre", "partir la boca", "partir las piernas",
             "romper la cara", "romper las piernas", "romper el cuello", "romper los huesos", "romper la boca",
             "romper el alma", "romper la crisma", "romper los dientes", "saltar los dientes", "volar los dientes",
             "sacar los ojos", "arrancar la cabeza", "partir el alma", "destrozar la cara", "reventar la cara",
             "desfigurar", "apuñalar", "romper la madre", "partir la jeta", "romper la jeta", "quemar la cara",
             "cortar la cara", "cortar el cuello"],
    # violent, first person present ("te ___")
    "HURT_1S": ["golpeo", "reviento", "parto la cara", "parto la madre", "parto la boca", "parto las piernas",
                "rompo la cara", "rompo las piernas", "rompo el cuello", "rompo los huesos", "rompo la boca",
                "rompo el alma", "rompo la crisma", "rompo los dientes", "rompo la madre", "parto el alma",
                "saco los ojos", "arranco la cabeza", "doy una paliza", "doy una golpiza", "doy una madriza",
                "doy una putiza", "meto una paliza", "meto una hostia", "meto una puñalada", "pego una paliza",
                "pego una puñalada", "hago mierda", "hago pedazos", "destrozo la cara", "reviento la cara",
                "madreo", "pego un tiro", "pego un navajazo", "pego una hostia", "pego una ostia", "pego una piña"],
    "SEX": ["violar", "abusar de", "coger a la fuerza", "follar a la fuerza"],
    "SEX_1S": ["violo", "violaré", "violamos"],
    # second person and the people close to "you"
    "YOUR_PEOPLE": ["tu familia", "tu madre", "tu mama", "tu padre", "tu papa", "tu hija", "tu hijo", "tus hijos",
                    "tus hijas", "tu hermana", "tu hermano", "tu mujer", "tu esposa", "tu marido", "tu novia",
                    "tu novio", "tu perro", "tu gente", "tus niños", "tu niño", "tu niña", "tu vieja", "tu jefa",
                    "su familia", "sus hijos", "su hija", "su hijo", "su madre", "su mujer"],
    "GROUPS": ["inmigrantes", "moros", "negros", "judios", "gitanos", "maricones", "putos", "sudacas", "panchitos",
               "musulmanes", "rojos", "fachos", "fachas", "feministas", "feminazis", "politicos", "okupas", "trans",
               "gays", "indios", "migrantes", "ilegales", "menas", "zurdos", "comunistas", "periodistas"],
    "WEAPON": ["cuchillo", "navaja", "pistola", "arma", "fierro", "machete", "escopeta", "bate", "cuchilla", "bala",
               "balas", "plomo", "pipa", "cuete", "fusca"],
    "GAME": ["gg", "partida", "partido", "juego", "jueguito", "fifa", "fortnite", "ranked", "rankeds", "lol", "cod",
             "warzone", "valorant", "minecraft", "clash", "servidor", "nivel", "torneo", "liga", "cancha", "futbol",
             "futbolito", "padel", "tenis", "ajedrez", "jefe final", "la play", "play", "1v1", "pvp",
             "mapa", "ronda", "apex", "overwatch", "gta", "counter", "csgo", "mario kart", "smash", "pokemon",
             "monopoly", "parchis", "cartas", "dota", "free fire", "brawl", "pichanga", "penales", "pachanga",
             "competitivo", "duelo", "rival", "resultado", "marcador", "la final", "semifinal", "el clasico",
             "examen", "entreno", "gimnasio", "gym", "karaoke", "baile"],
    "NEWS": ["policia", "detenido", "detenida", "detenidos", "arrestado", "arrestada", "juicio", "tribunal",
             "fiscal", "fiscalia", "sentencia", "condenado", "condenada", "investigacion", "victima", "sospechoso",
             "sospechosa", "agentes", "guardia civil", "juzgado", "presunto", "presunta", "hospitalizado",
             "carabineros", "mossos", "ertzaintza", "imputado", "acusado", "acusada", "la justicia", "denuncia",
             "comisaria", "segun fuentes", "informo", "informaron", "declaro", "homicidio", "asesinato", "el agresor",
             "prision", "años de carcel", "crimen", "testigos", "autopsia", "feminicidio"],
    "FICTION": ["pelicula", "peli", "serie", "capitulo", "novela", "libro", "cancion", "letra", "el villano",
                "la villana", "personaje", "escena", "guion", "obra de teatro", "temporada", "trailer", "el malo",
                "videoclip", "corrido", "corridos", "narcocorrido", "reggaeton", "rap", "la trama", "cuento",
                "ficcion", "el protagonista", "la protagonista", "anime", "manga", "el asesino de la"],
}

_TE = r"(?:te|os)"
_LO = r"(?:lo|la|los|las|le|les)"
_GOING = r"(?:voy|vamos|va|van|iré|ire|vas)"  # "te va a ir mal" has no verb of ours: harmless
_GAP = r"(?:[\w']+ ){0,2}?"

# (family, weight, label, template)
FORMS: list[tuple[str, float, str, str]] = [
    ("direct", 6.0, "te voy a matar",
     rf"\b{_TE} (?:juro que (?:te )?)?{_GOING} a {_GAP}(?:{{KILL}})\b"),
    ("direct", 6.0, "voy a matarte",
     rf"\b{_GOING} a {_GAP}(?:{{KILL}})(?:te|os)\b|\b(?:matarte|asesinarte|apuñalarte|degollarte|ahorcarte|"
     r"estrangularte|rajarte|liquidarte|quemarte viva?|enterrarte|desaparecerte|volarte la cabeza|cortarte el cuello)"
     r" (?:voy|vamos|quiero|pienso)\b"),
    ("direct", 5.0, "te voy a pegar",
     rf"\b{_TE} (?:juro que (?:te )?)?{_GOING} a {_GAP}(?:{{HURT}})\b"),
    ("direct", 5.0, "te voy a pegar",
     rf"\b{_TE} {_GOING} a pegar(?= ?(?:[.,!?]|$| (?:una? (?:paliza|hostia|ostia|puñalada|tiro|balazo|golpe|patada|"
     r"piña|trompada|cachetada|bofetada|navajazo|guantazo|leche|ostion|putiza|madriza|golpiza|chingadazo|vergazo)\b|"
     r"(?:tan|muy|hasta|donde|cuando|si|por|que|y|hijo|cabron|pendej|imbecil|idiota|gilipollas)\b)))"),
    ("direct", 5.0, "voy a partirte la cara",
     rf"\b{_GOING} a {_GAP}(?:pegarte|golpearte|lastimarte|herirte|torturarte|apalearte|patearte|madrearte|"
     r"reventarte|darte (?:una (?:paliza|golpiza|madriza|putiza|hostia|puñalada)|de (?:hostias|palos))|hacerte "
     r"(?:daño|mierda|pedazos)|(?:partirte|romperte|saltarte|volarte|reventarte|destrozarte|arrancarte|sacarte) "
     r"(?:la|las|el|los) (?:cara|madre|boca|piernas|cuello|huesos|alma|crisma|dientes|ojos|cabeza|jeta))\b"),
    ("sexual", 6.5, "te voy a violar",
     rf"\b{_TE} {_GOING} a {_GAP}(?:{{SEX}})\b|\b{_GOING} a {_GAP}(?:violarte|violaros|abusar de ti)\b|\b{_TE} "
     r"(?:{SEX_1S})\b"),
    ("direct", 5.0, "te mato",
     r"\b(?:yo )?(?:te|os) (?:{KILL_1S})\b(?! de (?:risa|hambre|amor|ganas|pena|un susto|cosquillas|besos))"),
    ("direct", 4.5, "te parto la cara",
     r"\b(?:yo )?(?:te|os) (?:{HURT_1S})\b"),
    ("direct", 5.0, "lo voy a matar",
     rf"\b{_LO} (?:voy|vamos|ire) a {_GAP}(?:{{KILL}})\b|\b(?:voy|vamos|ire) a {_GAP}(?:{{KILL}})(?:lo|la|los|las)\b"),
    ("direct", 5.5, "voy a matar a tu familia",
     rf"\b{_GOING} a {_GAP}(?:{{KILL}}|{{HURT}}|{{SEX}}) a (?:{{YOUR_PEOPLE}}|ti)\b"),
    ("direct", 5.0, "estás muerto",
     r"\b(?:ya )?(?:estas|tas|estais|eres|sos) (?:un )?(?:muerto|muerta|muertos|hombre muerto|mujer muerta|"
     r"cadaver|fiambre|boleta)\b(?! de (?:risa|hambre|sueño|cansancio|frio|calor|miedo|verguenza|envidia|"
     r"aburrimiento|amor|ganas|pena|celos))|\bdate por muert[oa]\b|\bvas a (?:morir|palmar|amanecer con "
     r"(?:hormigas|moscas) en la boca|aparecer (?:en una (?:zanja|cuneta|bolsa)|muert[oa]|flotando))\b"),
    ("direct", 5.0, "vas a terminar en el hospital",
     r"\b(?:vas a|vais a|vas|vais) (?:terminar|acabar|quedar|amanecer) (?:en (?:el|un|una|silla de) (?:hospital|"
     r"cementerio|ataud|cajon|bolsa|zanja|cuneta|ruedas|silla)|bajo tierra|tres metros bajo tierra|en la morgue)\b"),
    ("direct", 5.0, "te voy a dar un tiro",
     rf"\b{_TE} {_GOING} a {_GAP}(?:dar|meter|pegar|clavar) (?:un|una|dos|tres|seis) (?:tiro|tiros|balazo|balazos|"
     r"puñalada|puñaladas|navajazo|navajazos|cuchillazo|cuchillazos|plomazo|plomazos)\b"),
    ("direct", 4.5, "te espero a la salida con un cuchillo",
     r"\b(?:te|os) (?:espero|esperamos|buscare|buscaremos|encontrare) (?:[\w']+ ){0,5}?con (?:un|una|el|la|mi) "
     r"(?:{WEAPON})\b|\b(?:voy|vamos|iré|ire) (?:a tu casa|por ti|a por ti|a buscarte) (?:[\w']+ ){0,4}?con (?:un|una|el|"
     r"la|mi) (?:{WEAPON})\b"),
    ("direct", 4.0, "te voy a acabar",
     rf"\b{_TE} {_GOING} a {_GAP}(?:acabar|destrozar|destruir|aplastar|hundir|arruinar|joder|chingar|partir|"
     rf"reventar la vida|fundir|eliminar)\b|\b(?:voy|vamos) a acabar contigo\b|\b{_GOING} a (?:destrozarte|destruirte|"
     r"aplastarte|hundirte|arruinarte|joderte|chingarte|partirte)\b"),
    ("veiled", 4.5, "tus días están contados",
     r"\b(?:tus|sus) dias (?:estan|ya estan) contados\b|\btienes los dias contados\b|\bno (?:vas a ver|veras|llegas "
     r"a(?:l)?|vas a llegar a) (?:el|la|otro|otra|mañana|fin de)\b(?: (?:amanecer|semana|año|mes|navidad|mañana))?"),
    ("veiled", 4.5, "sería una pena que le pasara algo a tu familia",
     r"\b(?:seria|va a ser|que) (?:una )?(?:pena|lastima) (?:que|si) (?:le |te |les )?(?:pasara|pasase|pase|ocurriera|"
     r"sucediera) algo\b|\bno (?:querras|quieres|quieras) que (?:le|les|te) pase (?:algo|nada)\b|\ba ver si (?:te|le) "
     r"(?:pasa|ocurre) algo\b|\b(?:te|le|les) (?:va|puede) a? ?(?:pasar|ocurrir) algo (?:malo|feo|muy malo)\b"),
    ("veiled", 3.5, "cuídate las espaldas",
     r"\b(?:cuidate|cuida) (?:las|tus) espaldas\b|\bmira (?:bien )?(?:detras de ti|por encima del hombro|bajo tu coche)"
     r"\b|\bduerme con un ojo abierto\b|\bno vas a saber (?:ni )?(?:de donde|cuando|por donde) te (?:vino|viene|llego)\b"),
    ("veiled", 3.0, "te vas a arrepentir",
     r"\b(?:te vas a|os vais a|vas a) arrepentir\b|\bte arrepentiras\b|\bme las (?:vas|vais) a pagar\b|\bme las pagaras\b"
     r"|\bvas a ver lo que te (?:pasa|espera|va a pasar)\b|\bno sabes con quien te (?:metiste|estas metiendo|has metido)"
     r"\b|\besto no se (?:queda|va a quedar) asi\b|\bte voy a dar tu merecido\b|\bya (?:veras|vas a ver)\b(?= .*\b(?:te|tu|ti)\b)"),
    ("veiled", 3.5, "voy a por ti",
     r"\b(?:voy|vamos|iremos|ire) (?:a )?por ti\b|\bte (?:voy|vamos) a (?:buscar|encontrar|cazar)\b|\bte (?:encontrare|"
     r"encontraremos|buscare|cazare|encuentro)\b|\b(?:voy|vamos) a (?:buscarte|encontrarte|cazarte)\b|\bnunca (?:van|vais) "
     r"a encontrar (?:tu|el) cuerpo\b|\bnadie (?:va a encontrar|encontrara) (?:tu|el) cuerpo\b|\bte (?:voy|vamos) a "
     r"hacer desaparecer\b"),
    ("doxxing", 3.0, "sé dónde vives",
     r"\b(?:ya )?(?:se|sabemos|conozco|conocemos|tengo|tenemos) (?:muy bien |perfectamente )?(?:donde |en que (?:\w+ )?)"
     r"(?:vives|vivis|vive|trabajas|trabaja|estudias|estudian|duermes|viven|sales|aparcas|entrenas|van (?:tus|sus) "
     r"(?:hijos|niños|hijas))\b|\b(?:se|sabemos|tengo|tenemos) (?:tu|su) (?:direccion|domicilio|casa|matricula)\b|\bse a que"
     r" (?:hora|colegio|escuela) (?:sales|llegas|van|va|vas)\b"),
    ("doxxing", 3.5, "te estoy vigilando",
     r"\b(?:te|os) (?:estoy|estamos|tengo|tenemos) (?:vigilando|observando|siguiendo|vigilad[oa]|ubicad[oa]|fichad[oa]|"
     r"en la mira)\b|\bte tengo (?:bien )?(?:ubicad[oa]|fichad[oa]|localizad[oa])\b|\bte (?:vi|vimos) (?:ayer|hoy|anoche|"
     r"esta mañana) (?:saliendo|entrando|en)\b"),
    ("death_wish", 5.0, "ojalá te mueras",
     r"\b(?:ojala|ojala que|espero que|deseo que|que dios quiera que|rezo para que|quiero que) (?:te|se|os|les|tu|"
     r"el|ella|usted)? ?(?:[\w']+ ){0,2}?(?:mueras|muera|mueran|muerais|maten|mate|violen|viole|atropellen|atropelle|"
     r"pudras|pudra|revientes|reviente|den un tiro|peguen un tiro|de (?:un )?cancer|caiga un rayo|parta un rayo|"
     r"estrelle|estrelles|ahogues|ahogue|quemes|queme|desangres|desangre)\b"),
    ("death_wish", 4.5, "muérete",
     r"(?:^|[.!?,] ?|\b(?:asi|vete a|que|pues|y|ya|anda y|por favor) )(?:muerete|muerase|muéranse|moriros|pudrete|"
     r"revienta|vete a la mierda y muerete)\b(?! de (?:envidia|risa|celos|ganas|hambre|frio|calor|amor|sueño|pena))"),
    ("death_wish", 5.0, "mereces morir",
     r"\b(?:mereces|merece|mereceis|merecen|deberias|deberia|deberian|tendrias que|tendria que|tienes que|tiene que) "
     r"(?:estar muert[oa]s?|morir|morirte|la muerte|que te maten|que lo maten|que la maten|que te violen|una bala|"
     r"un tiro)\b|\bte deseo (?:la muerte|lo peor|un cancer|una muerte lenta)\b|\bno (?:mereces|merece|mereceis|merecen) "
     r"(?:vivir|estar viv[oa]s?|existir|respirar)\b"),
    ("incitement", 5.5, "hay que matarlos",
     r"\b(?:hay que|hay q|habria que|tendriamos que|deberiamos|debemos|tenemos que|vamos a) (?:[\w']+ )?(?:matar|matarlos|"
     r"matarlas|fusilar|fusilarlos|quemar|quemarlos|exterminar|exterminarlos|colgar|colgarlos|ahorcar|ahorcarlos|"
     r"linchar|lincharlos|linchar a|eliminar|eliminarlos|cargarse|cargarselos|pegarles un tiro|meterles un tiro|"
     r"gasear|gasearlos|acabar con) (?:a )?(?:todos |todas |esos |esas |los |las |estos |estas |esta |este |ese |esa )*"
     r"(?:{GROUPS}|ratas|escoria|basura|cerdos|perros|hijos de puta|cabrones|putas|traidores|politicos|ese|esa|"
     r"esos|esas|todos|todas|al|ella|ellos|ellas)\b"),
    ("incitement", 5.5, "que alguien lo mate",
     r"\b(?:que )?(?:alguien|algun valiente|nadie) (?:que )?(?:deberia|tiene que|podria|puede|se anima a)? ?(?:lo|la|los|"
     r"las|le|les)? ?(?:mate|maten|matar|matarlo|matarla|matarlos|pegarle un tiro|pegue un tiro|meta un tiro|disparar|"
     r"dispare|apuñale|apuñalar|queme|quemar|cuelgue|colgar|linche|linchar|viole|violar|reviente|reventar)\b"),
    ("incitement", 5.5, "mátenlo",
     r"\b(?:matenlo|matenla|matenlos|matenlas|maten a|quemenlos|quemenla|quemenlo|quemen a|cuelguenlo|cuelguenlos|"
     r"fusilenlos|fusilenlo|linchenlo|linchenlos|linchen a|revientenlo|revienten a|violenla|peguenle un tiro|"
     r"exterminenlos|acaben con ellos)\b"),
    ("incitement", 5.5, "muerte a los …",
     r"\bmuerte a (?:los |las |todos (?:los )?|todas (?:las )?|esos |esas |este |esta |ese |esa )?(?:[\w']+ )?"
     r"(?:{GROUPS}|[\w']+)\b|\bal pared[oó]n (?:con )?(?:ellos|todos|esos|los|las)\b|\bparedon para\b"),
    ("incitement", 5.5, "merecen ser fusilados",
     r"\b(?:merecen|deberian|deben|tendrian que|tienen que|habria que) (?:ser |estar )?(?:todos |todas )?"
     r"(?:fusilados|fusiladas|asesinados|asesinadas|ejecutados|ejecutadas|quemados|quemadas|colgados|colgadas|"
     r"ahorcados|exterminados|exterminadas|gaseados|linchados|eliminados|muertos|muertas|morir|desaparecer)\b"),
    ("sexual", 6.0, "mereces que te violen",
     r"\b(?:merece|mereces|merecen|se merece|se merecen|necesitas|necesita|le hace falta|te hace falta) (?:que )?"
     r"(?:te|la|las|le|les) (?:violen|viole|violaran|violasen)\b|\b(?:merece|mereces|merecen) ser violad[oa]s?\b"),
    ("sexual", 4.0, "quieras o no",
     r"\b(?:quieras o no|quiera o no|te guste o no|aunque digas que no|aunque no quieras|digas lo que digas)\b(?=.*\b"
     r"(?:coger|follar|tocar|tocarte|meter|meterte|chupar|desnud|cama|violar|cuerpo|encima)\w*)"),
    ("sexual", 5.0, "te echo algo en la bebida",
     r"\b(?:echar|echarte|echarle|poner|ponerte|ponerle|meter|meterte|meterle|echo|pongo|meto) (?:algo|una pastilla|"
     r"burundanga|escopolamina|droga) en (?:tu|su|la) (?:bebida|copa|vaso|cubata|trago)\b|\bte (?:voy|vamos) a drogar\b"),
    ("direct", 5.0, "te rompo todos los dientes",
     r"\b(?:yo )?(?:te|le|les|os) ?(?:voy a |vamos a )?(?:rompo|romper|parto|partir|reviento|reventar|vuelo|volar|"
     r"salto|saltar|arranco|arrancar|quiebro|quebrar|abro|abrir|corto|cortar|destrozo|destrozar|machaco|machacar|"
     r"hundo|hundir) (?:todos |todas )?(?:la|las|el|los) (?:cara|crisma|cabeza|boca|dientes|piernas|brazos|rodillas|"
     r"cuello|huesos|costillas|nariz|madre|jeta|hocico|mandibula|craneo|alma|ojos|dedos|garganta|espalda)\b|\b(?:voy|"
     r"vamos) a (?:romperte|partirte|reventarte|volarte|saltarte|arrancarte|quebrarte|abrirte|cortarte|destrozarte|"
     r"machacarte|hundirte|romperle|partirle|reventarle) (?:todos |todas )?(?:la|las|el|los) (?:cara|crisma|cabeza|"
     r"boca|dientes|piernas|brazos|rodillas|cuello|huesos|costillas|nariz|madre|jeta|craneo|ojos|dedos|garganta)\b"),
    ("direct", 5.5, "te clavo una navaja",
     r"\b(?:yo )?(?:te|le|os) ?(?:voy a |vamos a )?(?:clavo|clavar|meto|meter|pego|pegar|doy|dar|pincho|pinchar|"
     r"hundo|hundir|entierro|enterrar|descargo|descargar|vacio|vaciar) (?:una|un|el|la|mi|dos|tres|seis|todo el|"
     r"toda la) (?:navaja|cuchillo|puñal|cuchillada|navajazo|puñalada|tiro|tiros|balazo|balazos|bala|balas|plomo|"
     r"cargador|pipa|fierro|machete|machetazo|tubo|barra|bate|botellazo|ladrillazo)\b|\b(?:te|le) pincho\b|\b(?:voy|"
     r"vamos) a (?:clavarte|meterte|pegarte|darte|pincharte|descargarte|vaciarte) (?:una|un|el|la|mi|dos|tres|seis) "
     r"(?:navaja|cuchillo|puñal|cuchillada|navajazo|puñalada|tiro|tiros|balazo|balazos|bala|balas|cargador)\b"),
    ("direct", 5.0, "te voy a moler a golpes",
     r"\b(?:te|le|os|les|lo|la) ?(?:voy a|vamos a)? ?(?:moler|molo|muelo|matar|mato|cagar|cago|reventar|reviento|"
     r"sacar|saco|correr|corro|agarrar|agarro|llenar|lleno|coser|coso|romper|rompo|echar|echo) (?:a|de) (?:golpes|"
     r"palos|patadas|hostias|ostias|piñas|trompadas|puñetazos|tiros|balazos|navajazos|cuchilladas|puñaladas|"
     r"cachetadas|chingadazos|madrazos)\b|\b(?:voy|vamos) a (?:molerte|matarte|cagarte|reventarte|sacarte|llenarte|"
     r"coserte|echarte|molerlo|molerla|agarrarte) (?:a|de) (?:golpes|palos|patadas|hostias|piñas|trompadas|"
     r"puñetazos|tiros|balazos|navajazos|cuchilladas|puñaladas)\b"),
    ("direct", 5.0, "voy a prenderle fuego a tu casa",
     r"\b(?:voy|vamos|van) a (?:prender(?:le)?|pegar(?:le)?|meter(?:le)?|echar(?:le)?) fuego (?:a|en) (?:tu|su|la|el|"
     r"esa|ese) (?:[\w']+ )?(?:casa|coche|carro|auto|negocio|tienda|local|piso|depa|departamento|oficina|moto)\b|"
     r"\b(?:voy|vamos|van) a (?:quemar|incendiar|quemarte|incendiarte) (?:tu|su|la) (?:[\w']+ )?(?:casa|coche|carro|"
     r"auto|negocio|tienda|local|piso|depa|oficina)\b|\bcontigo dentro\b|\bcon (?:vos|ustedes|ellos) adentro\b"),
    ("direct", 4.5, "te voy a dejar tirado",
     r"\b(?:te|os) (?:voy a|vamos a|van a) (?:dejar|mandar|enviar|meter) (?:tirad[oa]|en (?:silla de ruedas|coma|el "
     r"hospital|la uci|el cementerio|una bolsa|una zanja|el suelo|la morgue)|sin (?:dientes|piernas|cara|vida)|al "
     r"(?:hospital|cementerio|otro barrio|infierno|hoyo)|bajo tierra|desangrando|muert[oa])\b|\bno (?:sales|salis|"
     r"vas a salir|salgas|sale|va a salir) (?:viv[oa]|entero|caminando|andando|de (?:ahi|aqui) (?:viv[oa]|caminando|"
     r"entero))\b|\bno te salvas\b"),
    ("death_wish", 5.0, "que te atropelle un tren",
     r"(?:^|[.!?,] ?|\bojala |\bespero |\bque dios quiera )(?:que )?(?:al? [\w']+ |a esa \w+ |a ese \w+ )?(?:te|le|les|"
     r"se|os) (?:caiga|caigan|atropelle|atropellen|parta|pise|pisen|coma|coman|trague|lleve|lleven|mate|maten|"
     r"disparen|dispare|de|den|agarre|estrelle|estrellen|explote|reviente|pegue|peguen|violen|apuñalen|quemen|"
     r"ahorquen|entierren|muerda|devore|ahogue|parta un rayo|pudra)\b(?! (?:bien|genial|suerte|la gana|ganas|risa|"
     r"el sol|un beso|un abrazo|tiempo|la razon|trabajo|igual))"),
    ("incitement", 5.5, "que alguien le meta un balazo",
     r"\b(?:que )?(?:alguien|alguno|el que|quien|que alguno|uno de ustedes|ustedes) (?:de ustedes )?(?:que )?"
     r"(?:le|les|lo|la|los) (?:meta|de|dé|rompa|parta|pegue|ponga|clave|reviente|queme|mate|cuelgue|dispare|"
     r"apuñale|agarre|espere|cace|cague|linche|viole|reviente|destroce|tire|raje|pinche)\b|\b(?:pongo|doy|pago|ofrezco)"
     r" (?:[\w']+ ){0,3}?(?:para|a) (?:el|quien|la) (?:que )?(?:le|lo|la|les) ?(?:rompa|mate|parta|pegue|meta|queme|"
     r"reviente|dispare|clave|apuñale|cuelgue|destroce|de)\b|\b(?:rompanle|partanle|reventanle|matenle|peguenle|"
     r"quemenle|metanle|cuelguenle|denle|claven|apuñalenlo|linchenla|agarrenlo|agarrenla|esperenlo|esperenla|"
     r"cacenlo|cacenla|tirenle|disparenle)\b"),
    ("incitement", 5.0, "hay que echarlos a palos",
     r"\b(?:hay q(?:ue)?|habria q(?:ue)?|tenemos q(?:ue)?|vamos a|hay que salir a) (?:[\w']+ )?(?:echar(?:los|las|lo|la)?|"
     r"sacar(?:los|las|lo|la)?|correr(?:los|las|lo|la)?|cazar(?:los|las|lo|la)?|agarrar(?:los|las|lo|la)?|esperar(?:los|"
     r"las|lo|la)?) (?:a (?:los|las|esos|esas) \w+ )?(?:a (?:palos|golpes|tiros|hostias|pedradas|patadas|balazos)|y "
     r"(?:matarlos|quemarlos|colgarlos|molerlos))\b|\bhay q(?:ue)? (?:salir a )?cazar a\b|\b(?:ponerle|poner|"
     r"ponga|pongan) una bomba (?:a|en)\b|\bsaben lo que hay que hacer con (?:el|ella|ellos|ese|esa)\b"),
    ("sexual", 5.0, "te voy a hacer mía a la fuerza",
     r"\b(?:a la fuerza|por las malas|entre varios|en grupo)\b(?=[^.!?]*\b(?:mia|tuya|hacer|hago|agarren|agarramos|"
     r"coger|follar|violar|cuerpo|sacar|saco|todos|quitar)\w*)|\b(?:hago|hare|voy a hacer|haremos) (?:contigo|con "
     r"ella|con vos) (?:lo que|lo q) (?:se me antoje|quiera|me de la gana)\b|\bvas a gritar y nadie (?:te )?(?:va a "
     r"escuchar|escuchara|oira)\b|\b(?:deberian|hay que|habria que|tendrian que) violar(?:la|las|lo)?\b|\bva a ser de "
     r"todos\b|\bte (?:voy a|vamos a) hacer de todo\b|\bla vas a pagar con tu cuerpo\b"),
    ("veiled", 4.0, "los accidentes pasan",
     r"\b(?:los )?accidentes? (?:de trafico |de transito )?(?:pasan|ocurren|pasa|ocurre|suceden) (?:todos los dias|muy "
     r"rapido|a cualquiera|facil|seguido)\b|\b(?:a la gente como tu|a gente como vos|a los que hablan|a los soplones) "
     r"(?:le|les) (?:pasan|pasa) (?:cosas|algo)\b|\bsi es que llegas\b|\brevisa (?:bien )?(?:los|tus) frenos\b|"
     r"\b(?:tiene|tienes) (?:buen |un buen )?seguro (?:contra incendios|de vida)\b|\bnadie encuentra nada (?:ahi|alli)"
     r"\b|\bno (?:vas a tener|tendras) con que\b|\b(?:se te acabo|ya se te acabo) el tiempo\b|\bte (?:vamos|voy|van) a "
     r"(?:visitar|hacer una visita)\b|\bque no (?:salga|sale) (?:caminando|andando|viv[oa]|entero)\b"),
    ("doxxing", 3.5, "ya sé a qué hora sales",
     r"\b(?:ya )?(?:se|sabemos|se q|se que) (?:a que hora|q hora|cuando|que tu (?:coche|carro|auto|casa|hija|hijo|moto)|"
     r"q tu (?:coche|carro|auto|casa|hija|hijo|moto)|que trabajas|q trabajas|que trabajás|donde estacionas|donde "
     r"aparcas)\b|\b(?:ya )?(?:averigue|consegui|encontre|tengo) (?:tu|su) (?:numero|direccion|correo|dni|matricula|"
     r"patente)\b|\b(?:comparto|aqui esta|aca esta|les dejo|paso) la direccion (?:de|del)\b|\b(?:sales|salis|sale|sale "
     r"sola|sales sola|salis sola) (?:[\w']+ ){0,4}?a las \d"),
    ("direct", 5.0, "llego a tu oficina con el machete",
     r"\b(?:(?:llego|voy|vamos|aparezco|paso|entro|vuelvo|estare|me planto) (?:a|en|por) (?:tu|su|vuestra|vuestro)|"
     r"te espero|te esperamos|te estare esperando|voy por ti|voy a por ti) (?:[\w']+ ){0,6}?con (?:el|la|un|una|mi|los|las|unos) (?:(?:{WEAPON})\b|:knife:|:gun:|:bomb:)|\b(?:lo|la|los|las)"
     r" (?:colgamos|matamos|quemamos|linchamos|fusilamos|enterramos|reventamos|apuñalamos|bajamos|ahorcamos)\b|"
     r"\b(?:va|van|vas) a (?:ser|terminar|acabar) (?:colgad|linchad|apuñalad|fusilad|quemad|ejecutad|baleado|baleada|"
     r"degollad|violad|ahorcad)\w*\b|\b(?:hacerte|te voy a hacer|vas a ser) mi[oa] a la fuerza\b"),
    ("direct", 4.5, "lo apuñalo / te arranco los pelos",
     r"\b(?:lo|la|los|las) (?:apuñalo|reviento|acuchillo|degüello|ahorco|estrangulo|balaceo|quiebro|rajo|pincho)\b|"
     r"\b(?:te|le|os|les) (?:arranco|estampo|quiebro|corto|parto|reviento|machaco) (?:los|las|el|la|contra) "
     r"(?:pelos|huevos|lengua|dedos|orejas|uñas|pared|suelo|piso|cara|manos)\b|\b(?:lo|la|los|las|te) (?:voy a|vamos "
     r"a) (?:dejar|mandar) (?:en silla de ruedas|en coma|irreconocible|sin cara|en el hospital|bajo tierra)\b|"
     r"\b(?:los|las) (?:voy|vamos) a (?:cagar|moler|llenar|coser) (?:a|de) (?:tiros|golpes|palos|balazos|plomo)\b"),
    ("direct", 5.0, "estoy afuera de tu casa con un cuchillo",
     r"\b(?:estoy|estamos|te estoy esperando|te voy a estar esperando|voy a estar esperando(?:te)?) (?:[\w']+ ){0,6}?"
     r"(?:con (?:un|una|el|la|mi) (?:(?:{WEAPON})\b|:knife:|:gun:)|(?:pa|para) (?:darte|pegarte|matarte|partirte|"
     r"romperte|reventarte))|\b(?:va|vas|van) a (?:aparecer|amanecer|terminar) (?:colgad[oa]s?|muert[oa]s?|"
     r"flotando|con la boca cosida|en una (?:zanja|cuneta|bolsa))\b|\bno (?:llegas|llegaras|vas a llegar|llega) "
     r"viv[oa]\b"),
    ("veiled", 3.5, "disfruta mientras puedas",
     r"\b(?:disfruta|aprovecha|goza|rie|sonrie|cuidala|cuidalos)\w* (?:[\w']+ ){0,3}?mientras (?:puedas|podas|"
     r"todavia puedas|aun puedas)\b|\bdisfruta (?:tu|tus) ultim[oa]s?\b|\b(?:ya )?te (?:llegara|va a llegar|llego) tu "
     r"hora\b|\b(?:yo que vos|yo que tu|yo en tu lugar) (?:dormiria|no saldria|me iria|tendria cuidado)\b|\bpagar con "
     r"sangre\b|\bardería\b|\barderia (?:rapid\w*|facil)\b|\b(?:termina|terminan|acaba|acaban) (?:calladit[oa]s?|en "
     r"una bolsa|en una zanja|en el rio|mal)\b|\bno vas a llegar a (?:navidad|fin de año|tu cumple|verano)\b|\b"
     r"(?:tengas|tenes|tienes) (?:un )?(?:buen )?seguro de vida\b|\bq(?:ue)? a (?:tus|tu) \w+ (?:les|le) pasara algo\b"
     r"|\bvete preparando (?:el|tu) (?:ataud|funeral|entierro)\b"),
    ("incitement", 4.5, "vayan a visitarlo",
     r"\b(?:vayan|vamos|id|anda|andá|vayamos) a (?:visitarlo|visitarla|verlo|verla|buscarlo|buscarla|esperarlo|"
     r"esperarla|hacerle una visita)\b"),
    ("veiled", 3.5, "cuando menos te lo esperes",
     r"\bcuando menos (?:te )?lo esperes\b|\b(?:es )?mejor para tu salud\b|\bpor tu (?:propia )?salud\b|\bnos vemos,? "
     r"(?:pero )?no (?:en|por) (?:internet|las redes)\b"),
]  # fmt: skip

# (kind, label, template)
FALSE_FRIENDS: list[tuple[str, str, str]] = [
    ("idiom", "me muero de risa",
     r"\b(?:me muero|me estoy muriendo|me mori|nos morimos|me muera|muriendome|muerto|muerta|muertos|muertas|morirme|"
     r"morir|muero|mueras|muerete|te mueres|se muere|matarme|mato|matas|mata|matan|matarte|mataste|me mataste) "
     r"(?:de|del|por) (?:la )?(?:risa|hambre|sueño|cansancio|frio|calor|ganas|amor|pena|verguenza|envidia|celos|"
     r"aburrimiento|miedo|un susto|los nervios|curiosidad|cosquillas|besos|abrazos|gusto|asco|la risa|placer|"
     r"la emocion|emocion|ternura|sed)\b|\bme parto (?:de risa|el culo)\b|\bpartirse de risa\b"),
    ("idiom", "me mata de risa / me matas",
     r"\b(?:me|nos) (?:mata|matas|matan|mataste|mato|matais|esta matando|estas matando|estan matando) (?:este|esta|el|la"
     r"|los|las|tu|tus|de|con|jaja\w*|xd|lol)\b|\b(?:me|nos) (?:matas|mataste)\b(?= ?(?:[.!?]|$|jaj|xd|lol|:laugh:))"
     r"|\b(?:esto|eso|este|esta|el calor|el trabajo|la espera|el dolor|la curiosidad|tu risa|el frio) (?:me|nos) "
     r"(?:mata|esta matando|va a matar)\b"),
    ("idiom", "mi madre me va a matar",
     r"\b(?:tu|tus|su) (?:madre|mama|padre|papa|jefe|jefa|novia|novio|mujer|marido|viejo|vieja|profe|profesor|"
     r"profesora|entrenador|hermana|hermano|abuela|esposa|pareja|padres) (?:te|os) (?:va|van) a matar\b|"
     r"\b(?:mi|mis) (?:madre|mama|padre|papa|jefe|jefa|novia|novio|mujer|marido|viejo|vieja|profe|profesor|profesora|"
     r"entrenador|hermana|hermano|abuela|esposa|pareja|padres) (?:me|nos) (?:va|van|vais)? ?a? ?(?:matar|mata|matan|"
     r"asesinar|mataria|matarian|matara)\b|\b(?:me|nos) (?:van|va) a matar (?:en casa|mis|mi)\b"),
    ("idiom", "matar el tiempo",
     r"\bmatar (?:el tiempo|el rato|el hambre|la sed|el gusanillo|dos pajaros|el aburrimiento|la curiosidad|el gusano|"
     r"moscas|el mono|las horas)\b|\bmataria por (?:un|una|unos|unas)\b|\bmatar(?:ia|ias)? por (?:un|una) (?:cafe|pizza|"
     r"cerveza|birra|siesta|helado|tacos?|hamburguesa|cama)\b|\bestoy (?:muert[oa]|reventad[oa])\b(?! de miedo)"),
    ("idiom", "la rompiste / lo vas a petar",
     r"\b(?:la (?:rompes|rompiste|rompio|vas a romper|van a romper|rompen|rompimos|va a romper)|lo (?:petas|petaste|vas"
     r" a petar|vais a petar|reventaste|vas a reventar)|vas a arrasar|vais a arrasar|arrasaste|rompela|reventalo|"
     r"mata(?:lo|la)s? en el escenario|a romperla|a darlo todo|matar(?:la|lo)s? en (?:el|la) (?:escenario|examen|"
     r"entrevista|concierto|pista))\b|\b(?:te|le) (?:voy a )?pegar? (?:un toque|una llamada|un telefonazo|un grito|"
     r"una voz|un silbido|una vuelta|un vistazo|el rollo|la gripe|el virus|el resfriado|el (?:enlace|link|texto|"
     r"archivo|mensaje|audio|codigo|documento|pdf|video|numero))\b"),
    ("idiom", "te voy a matar a besos",
     r"\b(?:matar|matarte|mato|comer|comerte) (?:a|de|con) (?:besos|cosquillas|abrazos|preguntas|mensajes|audios|"
     r"amor|mimos|chistes|memes)\b"),
    ("idiom", "muérete de envidia",
     r"\bmuerete de (?:envidia|risa|celos|ganas|la envidia|amor)\b|\bmata(?:r)? (?:la|las) (?:cucaracha|cucarachas|"
     r"mosca|moscas|araña|arañas|planta|plantas|bacteria|bacterias|ratas?|hormigas?)\b"),
    ("negation", "nunca te haría daño",
     r"\b(?:nunca|jamas|no) (?:te|os) (?:haria|haré|hare|hago|voy a hacer|pondria|tocaria|pegaria|mataria|lastimaria)\b"
     r"|\bnadie (?:te|os) (?:va a|puede|podra) (?:hacer|tocar|pegar|matar|lastimar)\b"),
    ("game", "game and sport",
     r"\b(?:{GAME})\b"),
    ("irl", "en la vida real",
     r"\b(?:en la vida real|en persona|fuera del juego|irl|en la calle|a la salida del (?:partido|estadio|juego|entreno)|despues del (?:partido|juego|entreno)|"
     r"al (?:final|terminar) (?:el|del) (?:partido|juego|entreno)|rodillas?|hospital|silla de ruedas|uci)\b"),
    ("reporting", "reported speech",
     r"\b(?:dijo|dice|me dijo|le dijo|me escribio|me mando|me mandaron|me envio|escribio|publico|amenazo|gritaba|grito|"
     r"decia|comentario|comentarios|mensaje|mensajes|captura|pantallazo|denuncie|segun|citando|textualmente|literal|"
     r"frase|tuit|tweet|dm|audio)\b"),
    ("reported_clause", "reported clause",
     r"\b(?:me|le|les|nos|te) (?:dijo|escribio|mando|grito|amenazo|decia|dice|ha dicho|puso|envio|soltó|solto) "
     r"(?:que|:)(?P<said>[^.!?\n]+)|\b(?:dijo|dice|amenazo con|asegura|afirmo|declaro|gritaba|escribio) que"
     r"(?P<said>[^.!?\n]+)|\bamenazo con (?P<said>[^.!?\n]+)"),
    ("news", "news", r"\b(?:{NEWS})\b"),
    ("counter", "counter-speech",
     r"\b(?:no es|no esta|nada|esto no es|eso no es) (?:normal|bien|aceptable|ok|gracioso|broma)\b(?=.*\b(?:amenaz|"
     r"violencia|acoso|odio|incitacion|matar))|\b(?:las )?amenazas (?:de muerte )?(?:son|es) (?:un )?(?:delito|"
     r"inaceptables?|violencia|un crimen)\b|\b(?:lo|la|te|os|les) (?:he|hemos)? ?(?:denunciado|reportado|"
     r"denunciamos|reporte|denuncie)\b|\b(?:condeno|condenamos|repudio|repudiamos|rechazo|rechazamos) (?:las|toda|"
     r"cualquier|esta|estas|la|el)? ?(?:amenazas|violencia|amenaza|discurso|incitacion)\b|\b(?:basta|no mas|ni una) "
     r"(?:de )?(?:amenazas|violencia|odio)\b|\bno se (?:amenaza|desea la muerte)\b|\bdesear la muerte (?:a nadie )?"
     r"(?:no|nunca) (?:esta|es)\b|\b(?:desear la muerte|amenazar|amenazar de muerte|desear que (?:se muera|lo maten)) "
     r"(?:a )?(?:[\w']+ ){0,6}?(?:es|me parece) (?:asqueroso|repugnante|lamentable|vergonzoso|inaceptable|"
     r"un delito|de cobardes|violencia)\b|\bes (?:una )?(?:amenaza|incitacion|apologia)\b"),
    ("fiction", "fiction", r"\b(?:{FICTION})\b"),
    ("laugh", "laughter",
     r"\b(?:ja(?:ja)+j?|aja(?:ja)+|je(?:je)+|js(?:js)+|jsj\w*|xd|lol|lmao|ajaj\w*|jajaj\w*)\b|:laugh:"),
    ("joke", "es broma",
     r"(?<!no )(?<!nada de )\b(?:es|era|fue|solo|de|en) (?:broma|coña|cachondeo|chiste|chiste)\b|(?<!no )\b(?:bromeando"
     r"|bromeo|vacilando|de risas)\b"),
]  # fmt: skip

# Someone addressed outside a quotation: a quoted threat with nobody addressed around it is reported.
SECOND_PERSON = r"\b(?:tu|tus|te|ti|contigo|vos|usted|ustedes|os|vosotros|vosotras)\b"

CONDITION = (
    r"\b(?:si (?:vuelves|vuelve|te|me|le|sigues|sigue|tocas|toca|dices|hablas|no|lo|la|apareces|vienes|publicas|"
    r"denuncias|cuentas)|como (?:vuelvas|te|me|sigas|toques|digas|hables|aparezcas|vengas|publiques)|ni se te ocurra|"
    r"vuelve a|una vez mas|otra vez y|o te|o si no|si no|sino|o (?:me|nos) pagas|a la proxima|la proxima vez)\b"
)

NEGATED = r"\b(?:no|nunca|jamas|nadie|ni|tampoco)\s+$"

AGGRAVATING = (
    r"\b(?:esta noche|mañana|a la salida|hoy mismo|hoy|pronto|te lo juro|lo juro|juro por|no es broma|en serio|"
    r"a muerte|hasta la muerte|en tu casa|{WEAPON})\b"
)
# fmt: on
