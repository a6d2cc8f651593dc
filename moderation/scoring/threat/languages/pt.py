"""Portuguese (Brazil and Portugal): threat forms and false friends, as plain tables (see
languages/__init__.py).

Written on normalised text: no accents ("você" is "voce", "não" is "nao"), runs squeezed. Brazil puts
the pronoun before the verb ("vou te matar", "vou matar você"), Portugal after it ("vou matar-te").
"""

# fmt: off
WORDS: dict[str, list[str]] = {
    "YOU": ["você", "voce", "vc", "tu", "ti", "ce", "cê", "vocês", "voces", "vcs", "vos"],
    "KILL": ["matar", "assassinar", "esfaquear", "degolar", "enforcar", "estrangular", "fuzilar", "executar",
             "queimar vivo", "queimar viva", "enterrar vivo", "enterrar viva", "furar", "apagar", "eliminar",
             "dar um tiro", "dar uns tiros", "meter bala", "meter uma bala", "meter um tiro", "encher de bala",
             "encher de tiro", "encher de chumbo", "passar o cerol", "passar", "mandar pro saco", "mandar pra vala",
             "mandar pro caixao", "mandar pro cemiterio", "mandar pro inferno", "dar fim", "sumir com",
             "picar", "esquartejar", "torar", "estourar os miolos", "estourar a cabeca", "cortar o pescoco",
             "meter o pipoco", "dar um pipoco", "dar pipoco", "matar-te", "mata-lo", "mata-la", "furar todo",
             "dar uma facada", "dar facada", "dar umas facadas", "cravar uma faca"],
    "KILL_1S": ["mato", "matarei", "matamos", "furo", "esfaqueio", "degolo", "enforco", "fuzilo", "apago", "passo",
                "meto bala", "dou um tiro", "dou uns tiros", "encho de bala", "encho de tiro", "estouro os miolos",
                "estouro a cabeca", "dou uma facada", "meto uma bala", "queimo vivo", "queimo viva"],
    "HURT": ["bater", "espancar", "arrebentar", "arrebentar a cara", "quebrar", "quebrar a cara", "quebrar os dentes",
             "quebrar as pernas", "quebrar o pescoco", "quebrar os ossos", "quebrar na porrada", "quebrar no pau",
             "encher de porrada", "encher de soco", "encher de murro", "dar porrada", "dar uma surra", "dar um pau",
             "dar uma coca", "dar uma sova", "meter porrada", "meter a porrada", "socar", "machucar", "ferir",
             "torturar", "cortar", "desfigurar", "partir a cara", "partir os dentes", "partir as pernas",
             "arrancar os dentes", "arrancar a cabeca", "fazer picadinho", "dar um soco", "dar uns socos",
             "esmurrar", "linchar", "moer de pancada", "dar na cara", "rebentar", "rebentar a cara",
             "encher a cara de porrada", "dar um couro", "dar um cacete", "cacetar", "sentar a mao", "sentar o dedo",
             "dar um murro", "partir-te a cara", "partir-te os dentes"],
    "HURT_1S": ["bato", "espanco", "arrebento", "quebro", "quebro a cara", "encho de porrada", "meto porrada",
                "dou uma surra", "dou porrada", "soco", "rebento", "parto a cara", "parto os dentes", "sento a mao",
                "arrebento a cara", "quebro os dentes", "quebro as pernas", "quebro o pescoco", "desfiguro"],
    "SEX": ["estuprar", "violentar", "abusar de", "comer a forca", "comer a força", "pegar a forca", "currar",
            "violar"],
    "YOUR_PEOPLE": ["sua familia", "tua familia", "sua mae", "tua mae", "seu pai", "teu pai", "sua filha",
                    "tua filha", "seu filho", "teu filho", "seus filhos", "teus filhos", "sua irma", "tua irma",
                    "seu irmao", "teu irmao", "sua mulher", "tua mulher", "sua esposa", "tua esposa", "seu marido",
                    "teu marido", "sua namorada", "tua namorada", "seu namorado", "teu namorado", "sua mina",
                    "tua mina", "seus parentes", "sua gente", "sua velha", "seu cachorro", "sua filhinha",
                    "seu filhinho"],
    "GROUPS": ["imigrantes", "pretos", "negros", "macacos", "judeus", "ciganos", "viados", "bichas", "sapatoes",
               "travecos", "trans", "gays", "nordestinos", "baianos", "paraibas", "petistas", "bolsominions",
               "esquerdistas", "comunistas", "feministas", "muculmanos", "bandidos", "vagabundos", "politicos",
               "indios", "refugiados", "venezuelanos", "haitianos", "macumbeiros", "crentes", "jornalistas",
               "ciclistas", "favelados", "mendigos", "moradores de rua", "lgbts", "estrangeiros"],
    "WEAPON": ["faca", "peixeira", "arma", "revolver", "pistola", "oitao", "trezoitao", "ferro", "fuzil", "12",
               "taco", "machado", "facao", "canivete", "bala", "balas", "chumbo", "glock"],
    "GAME": ["gg", "jogo", "joguinho", "partida", "fifa", "fortnite", "free fire", "lol", "cs", "csgo", "valorant",
             "x1", "rankeada", "ranked", "servidor", "campeonato", "time", "futebol", "pelada", "quadra", "game",
             "minecraft", "clash", "round", "fase", "chefao", "boss", "pvp", "1v1", "gta", "roblox", "cod",
             "warzone", "apex", "dota", "uno", "truco", "xadrez", "tenis", "volei", "basquete", "placar", "final",
             "semifinal", "classico", "rodada", "torneio", "videogame", "play", "ps5", "xbox", "mapa",
             "brawl", "among us", "prova", "treino", "karaoke"],
    "NEWS": ["policia", "pm", "preso", "presa", "presos", "detido", "detida", "suspeito", "suspeita", "vitima",
             "investigacao", "delegacia", "delegado", "tribunal", "julgamento", "condenado", "condenada",
             "assassinado", "assassinada", "morto a tiros", "morta a tiros", "boletim de ocorrencia", "inquerito",
             "segundo a policia", "de acordo com", "reu", "acusado", "acusada", "justica", "promotoria",
             "ministerio publico", "flagrante", "homicidio", "feminicidio", "policia civil", "policia militar",
             "hospitalizado", "baleado", "baleada", "testemunhas", "pena de", "anos de prisao", "crime", "agressor",
             "gnr", "psp", "policia judiciaria"],
    "FICTION": ["filme", "serie", "novela", "livro", "capitulo", "letra", "musica", "cancao", "personagem", "vilao",
                "vila da novela", "cena", "roteiro", "temporada", "rpg", "trailer", "funk", "rap", "trap", "clipe",
                "anime", "manga", "conto", "ficcao", "protagonista", "o assassino do", "a assassina do", "dorama",
                "peca de teatro", "episodio"],
}

_TE = r"(?:te|vos)"
_GOING = r"(?:vou|vamos|vai|vao|irei|iremos|vo|bou)"
_GAP = r"(?:[\w']+ ){0,2}?"
_YOU = r"(?:{YOU})"

# (family, weight, label, template)
FORMS: list[tuple[str, float, str, str]] = [
    ("direct", 6.0, "vou te matar",
     rf"\b(?:eu )?{_GOING} (?:{_GAP})?{_TE} {_GAP}(?:{{KILL}})\b(?! (?:de (?:rir|saudade|beijo|beijos|cocegas|"
     r"vergonha|susto|inveja|raiva|orgulho|amor|tedio)|aula|o tempo|a saudade|a fome|a sede))"),
    ("direct", 6.0, "vou matar você",
     rf"\b(?:eu )?{_GOING} {_GAP}(?:{{KILL}}) {_YOU}\b|\b{_GOING} {_GAP}(?:matar-te|matar-vos|esfaquear-te|"
     r"degolar-te|enforcar-te|dar-te um tiro|meter-te uma bala|acabar-te)\b|\bmatar-te-ei\b"),
    ("direct", 5.0, "vou te quebrar",
     rf"\b(?:eu )?{_GOING} {_TE} {_GAP}(?:{{HURT}})\b(?! (?:de (?:rir|beijo|beijos|cocegas)|o galho|um galho|"
     rf"a cabeca pensando|o recorde|a banca|tudo|o silencio|a rotina|o gelo))|\b{_GOING} {_GAP}(?:{{HURT}}) {_YOU}\b"
     rf"|\b{_GOING} (?:partir-te|rebentar-te|bater-te|espancar-te|arrebentar-te|dar-te (?:uma surra|porrada|um soco|"
     r"uma coca|uma sova))\b"),
    ("sexual", 6.5, "vou te estuprar",
     rf"\b(?:eu )?{_GOING} {_TE} {_GAP}(?:{{SEX}})\b|\b{_GOING} {_GAP}(?:{{SEX}}) {_YOU}\b|\b{_GOING} "
     r"(?:violar-te|violentar-te|estuprar-te)\b|\b(?:te|vos) (?:estupro|currar|violento)\b"),
    ("direct", 5.0, "eu te mato",
     r"\b(?:eu |que eu |senao eu |se nao eu )?te (?:{KILL_1S})\b(?! (?:de (?:rir|saudade|beijo|beijos|cocegas)|"
     r"aula|o tempo))"),
    ("direct", 4.5, "te quebro",
     r"\b(?:eu )?te (?:{HURT_1S})\b(?! (?:o galho|um galho|de rir|tudo|no jogo|no x1|no fifa))"),
    ("direct", 5.0, "vou matar ele",
     rf"\b(?:eu )?{_GOING} {_GAP}(?:{{KILL}}) (?:ele|ela|eles|elas|esse|essa|esses|essas|aquele|aquela|o|a) "
     r"(?:[\w']+ )?(?:desgracado|desgracada|filho da puta|fdp|vagabundo|vagabunda|arrombado|arrombada|corno|"
     r"safado|safada|cara|mina|puta|policial|juiz|politico|pastor|professor|professora|vizinho|vizinha|"
     rf"{{GROUPS}})?\b(?! (?:de (?:rir|saudade|beijo|beijos|cocegas|vergonha|susto)))|\b{_GOING} (?:mata-lo|mata-la|"
     r"mata-los|mata-las)\b"),
    ("direct", 5.5, "vou matar sua família",
     rf"\b{_GOING} {_GAP}(?:{{KILL}}|{{HURT}}|{{SEX}}) (?:a |o |os )?(?:{{YOUR_PEOPLE}})\b"),
    ("direct", 5.0, "você está morto",
     rf"\b(?:{_YOU} )?(?:ta|tá|esta|está|tas|tás|estas|estás|e|é|eh) (?:um )?(?:morto|morta|mortos|homem morto|"
     r"mulher morta|defunto|presunto)\b(?! de (?:rir|fome|sono|cansaco|vergonha|medo|inveja|saudade|calor|frio|"
     r"tedio|vontade|amor|ciume|raiva))(?=.*\b(?:ja|mano|parceiro|vagabundo|desgracado|filho|fdp|arrombado|porra"
     r"|caralho|pode|espera|aguarda|hoje|amanha|quando|se|pra|voce|vc|tu|corre|cuidado|$)|$)"
     rf"|\b(?:{_YOU}) (?:vai|vais|vao) (?:morrer|bater as botas|acordar com a boca cheia de formiga|"
     r"aparecer (?:numa vala|no rio|boiando|morto|morta)|virar presunto|rodar|subir)\b"),
    ("direct", 5.0, "vai levar bala",
     rf"\b(?:{_YOU} |tu )?(?:vai|vais|vao) (?:levar|tomar|comer) (?:bala|chumbo|um tiro|uns tiros|tiro|facada|uma "
     r"facada|umas facadas|pipoco|um pipoco|porrada|uma surra|um murro|um soco|uns socos|um pau)\b(?! (?:no|na|em|"
     rf"nesse|nessa|de [0-9]))|\b(?:{_YOU}) (?:vai|vais) (?:parar|acabar|terminar) (?:no|na|num|numa) (?:hospital|"
     r"cemiterio|caixao|uti|cadeira de rodas|vala|iml)\b"),
    ("direct", 5.0, "vou te dar um tiro",
     rf"\b{_GOING} {_TE} {_GAP}(?:dar|meter|enfiar|cravar|acertar) (?:um|uma|uns|umas|dois|tres|seis) (?:tiro|tiros|"
     r"facada|facadas|bala|balas|teco|tecos|pipoco|pipocos)\b|\b(?:te )?(?:espero|esperamos|pego|pegamos) "
     r"(?:[\w']+ ){0,5}?com (?:uma|um|a|o|minha|meu) (?:{WEAPON})\b"),
    ("direct", 4.0, "vou acabar com você",
     rf"\b{_GOING} (?:acabar|terminar) (?:com|contigo) (?:{_YOU}|a sua raca|a tua raca|sua raca|tua raca|sua "
     rf"vida|tua vida|a sua vida|a tua vida)?\b(?! (?:no|na|nesse|nessa|em) )|\b{_GOING} {_TE} (?:destruir|"
     r"aniquilar|esmagar|arrasar|detonar|amassar|atropelar|apagar|sumir)\b"),
    ("veiled", 4.5, "seus dias estão contados",
     r"\b(?:seus|teus|os seus|os teus) dias (?:estao|tao|ja estao) contados\b|\b(?:voce|vc|tu) nao (?:vai|vais) "
     r"(?:ver|chegar a|passar d[eo]) (?:o|a) (?:natal|ano novo|amanha|fim de semana|proxima semana|aniversario)\b"),
    ("veiled", 4.5, "seria uma pena se algo acontecesse com sua família",
     r"\b(?:seria|vai ser|que) (?:uma )?(?:pena|pecado|triste) se (?:algo|alguma coisa|algum) (?:acontecesse|"
     r"acontecer|rolasse|rolar)\b|\bnao (?:quer|queres|vai querer) que (?:nada|algo|alguma coisa) (?:aconteca|de "
     r"errado)\b|\b(?:sua|tua) (?:familia|filha|filho|mae|esposa|mulher) (?:pode|vai) (?:sofrer|pagar|se machucar)\b"),
    ("veiled", 3.5, "cuidado com as costas",
     r"\b(?:cuidado|olha|vigia) (?:com )?(?:as|suas|tuas) costas\b|\bdorme com um olho aberto\b|\bnunca (?:vao|vai) "
     r"(?:achar|encontrar) (?:o )?(?:seu|teu) corpo\b|\bninguem (?:vai )?(?:achar|encontrar) (?:o )?(?:seu|teu) "
     rf"corpo\b|\b{_GOING} (?:te )?fazer (?:sumir|desaparecer)\b|\bvou sumir com (?:voce|vc|tu|ti)\b"),
    ("veiled", 3.0, "você vai se arrepender",
     r"\b(?:vai|vais|vao) se arrepender\b|\b(?:vai|vais) me pagar\b|\bvoce me paga\b|\bvai ver o que (?:te )?"
     r"(?:acontece|vai acontecer)\b|\bnao sabe com quem (?:ta|esta|tas|estas) (?:mexendo|lidando|falando)\b|\bisso "
     r"nao vai ficar assim\b|\b(?:vou|vamos) (?:atras de|atras d) (?:voce|vc|ti|tu)\b|\b(?:vou|vamos) te "
     r"(?:achar|encontrar|cacar|pegar la fora|pegar na saida|pegar sozinho)\b|\bte pego (?:la fora|na saida|"
     r"sozinho|na rua)\b|\bfica esperto\b(?=.*\b(?:senao|se nao|ou|vai)\b)"),
    ("doxxing", 3.0, "sei onde você mora",
     r"\b(?:eu )?(?:ja )?(?:sei|sabemos|conheco|conhecemos) (?:muito bem |bem )?(?:onde|aonde|em que \w+) "
     r"(?:voce |vc |tu |ce |sua \w+ |tua \w+ |seus \w+ |teus \w+ )?(?:mora|moras|trabalha|trabalhas|estuda|estudas|"
     r"dorme|dormes|estudam|moram|fica|sai|estaciona|treina)\b|\b(?:tenho|temos|sei) (?:o )?(?:seu|teu) "
     r"(?:endereco|cpf|numero da casa)\b|\bsei (?:a )?que horas (?:voce|vc|tu) (?:sai|sais|chega|chegas)\b"),
    ("doxxing", 3.5, "tô de olho em você",
     r"\b(?:to|tou|estou|tamos|estamos) de olho (?:em|n)(?:voce|vc|ti|tu| voce| vc| ti| tu)\b|\b(?:to|estou|tamos|"
     r"estamos) te (?:vigiando|observando|seguindo|rastreando)\b|\bte (?:vi|vimos) (?:ontem|hoje|de manha) "
     r"(?:saindo|entrando|chegando)\b"),
    ("death_wish", 5.0, "tomara que você morra",
     r"\b(?:tomara que|espero que|quero que|desejo que|rezo pra que|rezo para que|que deus (?:permita|queira) que|"
     r"oxala) (?:voce |vc |tu |ele |ela |eles |elas |o |a |sua \w+ |seu \w+ )?(?:[\w']+ ){0,2}?(?:morra|morras|morram|"
     r"seja (?:estuprad|assassinad|atropelad|baleado|baleada|esfaquead)\w*|leve um tiro|tome um tiro|pegue cancer|"
     r"tenha cancer|apodreca|se foda e morra|se afogue|queime|sofra|bata o carro|caia)\b"),
    ("death_wish", 4.5, "morre, desgraçado",
     # "morre" squeezes to the English "more": only with an insult after it
     r"(?:^|[.!?,] ?|\b(?:vai|entao|so|pois|e) )(?:(?:morra|morram)\b(?! de )(?= ?(?:[.!?,]|$))|(?:morre|morra|morram)"
     r",? (?:seu |sua |logo |de uma vez |em paz )?(?:desgracad|lixo|fdp|vagabund|filh[oa] da puta|infeliz|maldit|"
     r"praga|arrombad|corno|viado|verme|nojent|otari|imbecil|idiota)\w*)"),
    ("death_wish", 5.0, "você merece morrer",
     r"\b(?:merece|mereces|merecem|devia|deveria|deviam|deveriam|tinha que|tem que|precisa) (?:estar morto|estar "
     r"morta|estar mortos|morrer|ser (?:morto|morta|mortos)|levar (?:um tiro|bala)|ser estuprad\w*)\b|\b(?:desejo|"
     r"desejamos) (?:a sua|a tua|sua|tua) morte\b|\bqueria (?:ver )?(?:voce|vc|tu|te ver|ele|ela) morto\b|\bnao "
     r"(?:merece|mereces|merecem) (?:viver|estar vivo|estar viva|existir|respirar)\b"),
    ("incitement", 5.5, "tem que matar esses",
     r"\b(?:tem que|temos que|tinha que|tinham que|precisa|precisamos|devia|deviam|deveria|deveriamos|vamos|bora|"
     r"e pra|e para) (?:[\w']+ )?(?:matar|exterminar|fuzilar|queimar|enforcar|linchar|eliminar|meter bala (?:em|n)|"
     r"passar o cerol (?:em|n)|dar um tiro (?:em|n)|acabar com|sumir com|executar) (?:todos |todas |esses |essas |"
     r"os |as |esse |essa |cada |um por um )*(?:{GROUPS}|ratos|lixo|vermes|vagabundos|vagabundas|ele|ela|eles|"
     r"elas|todos|todas|esse|essa|esses|essas|safados|corruptos)\b"),
    ("incitement", 5.5, "alguém tem que matar ele",
     r"\b(?:alguem|alguém|um) (?:[\w']+ )?(?:tem que|precisa|devia|deveria|podia|poderia|pode|vai|que) (?:[\w']+ )?"
     r"(?:matar|meter bala|dar um tiro|dar uns tiros|esfaquear|queimar|linchar|enforcar|estuprar|sumir com) "
     r"(?:n?esse|n?essa|n?ele|n?ela|n?eles|n?elas|o|a|os|as|em)\b"),
    ("incitement", 5.5, "matem",
     r"\b(?:matem|queimem|fuzilem|linchem|enforquem|executem|exterminem|esfaqueiem|estuprem) (?:esse|essa|esses|"
     r"essas|ele|ela|eles|elas|todos|todas|o|a|os|as|logo|de uma vez)\b|\bbandido bom (?:e|eh|é) bandido morto\b"),
    ("incitement", 5.5, "morte aos …",
     r"\bmorte (?:aos|as|a|ao|para os|pros|pras) (?:[\w']+ )?(?:{GROUPS}|[\w']+)\b|\bparedao (?:neles|pra eles|"
     r"pra esses)\b|\b(?:merecem|deviam|deveriam|tem que|precisam) (?:ser )?(?:todos |todas )?(?:mortos|mortas|"
     r"fuzilados|exterminados|queimados|enforcados|linchados|eliminados|executados|morrer)\b"),
    ("sexual", 6.0, "merece ser estuprada",
     r"\b(?:merece|mereces|merecem|precisa|precisam|tinha que|devia) (?:ser )?(?:estuprad|violentad|currad)\w*\b"),
    ("sexual", 4.0, "querendo ou não",
     r"\b(?:querendo ou nao|quer queira quer nao|queira ou nao|mesmo que (?:voce |vc |tu )?(?:diga|digas|fale) "
     r"(?:que )?nao|gostando ou nao)\b(?=.*\b(?:comer|transar|foder|pegar|tocar|cama|corpo|chupar|meter|nua|pelad)\w*)"),
    ("sexual", 5.0, "vou colocar algo na sua bebida",
     r"\b(?:colocar|por|botar|coloco|boto|ponho|enfiar) (?:algo|alguma coisa|um negocio|uma coisinha|um remedio|"
     r"boa noite cinderela|droga) n(?:a|o) (?:sua|tua) (?:bebida|copo|drink|cerveja)\b|\b(?:vou|vamos) te drogar\b"),
    ("direct", 5.0, "vou arrancar todos os teus dentes",
     r"\b(?:eu )?(?:te |lhe )?(?:vou |vamos )?(?:arrancar|arranco|quebrar|quebro|partir|parto|rebentar|rebento|"
     r"arrebentar|arrebento|estourar|estouro|abrir|abro|cortar|corto|furar|furo|esmagar|esmago|amassar|amasso) "
     r"(?:todos |todas )?(?:os |as |a |o )?(?:teus|tuas|seus|suas|tua|teu|sua|seu) (?:[\w']+ )?(?:dentes|pernas|"
     r"bracos|joelhos|costelas|ossos|cara|fuca|cabeca|cranio|pescoco|nariz|boca|dedos|olhos|garganta|barriga|"
     r"queixo|maxilar|coluna|espinha)\b|\b(?:vou|vamos) (?:arrancar|quebrar|partir|rebentar|arrebentar|estourar|"
     r"abrir|cortar|furar|esmagar|amassar)-te (?:os |as |a |o )?(?:dentes|pernas|cara|cabeca|pescoco|boca|fuca)\b"),
    ("direct", 5.0, "eu te estrangulo",
     r"\b(?:eu |que eu |ai eu |e eu )?te (?:estrangulo|enforco|afogo|esfaqueio|furo|picoto|retalho|queimo|degolo|"
     r"sufoco|atropelo|passo por cima|arrebento|fuzilo|espanco|desfiguro|capo|castro|esquartejo)\b(?! (?:de (?:rir|"
     r"beijo|beijos|cocegas|saudade)|no (?:jogo|fifa|x1|ff|cs|lol)))|\b(?:vou-te|vamos-te|vai-te|vou-vos) (?:{KILL}|"
     r"{HURT}|{SEX})\b"),
    ("direct", 5.0, "vou atear fogo na tua casa",
     r"\b(?:vou|vamos|vao) (?:atear|tacar|botar|meter|por|pôr|colocar) fogo (?:na|no|em) (?:tua|teu|sua|seu|essa|"
     r"esse|a|o) (?:[\w']+ )?(?:casa|carro|loja|barraco|apartamento|ape|escritorio|negocio|mota|moto|comercio)\b|"
     r"\b(?:vou|vamos|vao) (?:queimar|incendiar|explodir) (?:tua|teu|sua|seu|a|o) (?:[\w']+ )?(?:casa|carro|loja|"
     r"barraco|apartamento|ape|escritorio|negocio)\b|\bcontigo dentro\b|\bcom (?:voce|vc|tu|voces|eles) dentro\b"),
    ("direct", 4.5, "tu não escapa",
     r"\b(?:tu|voce|vc) nao (?:escapa|escapas|sai vivo|sai viva|sai inteiro|sai inteira|sai andando|vai sair "
     r"(?:vivo|viva|inteiro|andando))\b|\bnao (?:sai|saia|vai sair) (?:andando|vivo|viva|inteiro) (?:de la|daqui|dali)\b"
     r"|\b(?:vou|vamos) te (?:largar|deixar|mandar) (?:estendido|estirado|no chao|na uti|no hospital|numa cadeira de "
     r"rodas|sem dentes|pro hospital|pro cemiterio|pra vala)\b"),
    ("death_wish", 5.0, "que um caminhão te atropele",
     r"\b(?:tomara|espero|que deus|rezo|oxala)\b[^.!?]{0,40}\b(?:te|lhe|o|a|os|as) (?:atropele|atropelem|mate|matem|"
     r"pegue|peguem|coma|comam|leve|levem|acerte|acertem|esfaqueiem|estuprem|queimem|enforquem|afogue|parta|caia|"
     r"carregue)\b|\b(?:tomara|espero|quero) (?:que )?(?:o |a |um |uma )?(?:[\w']+ ){0,3}?(?:leve|levem|mate|matem)"
     r" (?:essa|esse|aquela|aquele|o|a|tu|voce|vc)\b"),
    ("incitement", 5.5, "alguém mete uma bala nesse",
     r"\b(?:alguem|alguém|quem|um de voces|voces|algum de voces) (?:[\w']+ )?(?:mete|meta|da|de|dá|quebra|quebre|"
     r"arrebenta|arrebente|fura|fure|queima|queime|poe|ponha|pôr|por|bota|bote|pega|pegue|espera|espere|acerta) "
     r"(?:uma|um|a|o|umas|uns) (?:bala|tiro|facada|surra|bomba|sova|porrada|coca|pedrada|cacetada|cara|cabeca)\b"
     r"|\b(?:dou|pago|ofereco) (?:[\w']+ ){0,3}?(?:pra|para|a) quem (?:[\w']+ ){0,2}?(?:abrir|quebrar|matar|furar|"
     r"meter|arrebentar|esfaquear|queimar|der|dar|acertar)\b|\b(?:quebrem|arrebentem|matem|furem|queimem|peguem|"
     r"esperem|cacem|batam|espanquem|linchem|enforquem) (?:a cara|a cabeca|ele|ela|eles|elas|esse|essa|o|a|os|as|"
     r"na)\b|\b(?:tem que|temos que|bora|vamos) (?:ir )?(?:cacar|pegar|esperar|linchar|espancar) (?:quem|esse|essa|"
     r"esses|essas|os|as|o|a)\b|\b(?:expulsos|tirados|corridos) (?:na|a|no) (?:porrada|pancada|bala|tiro|pau)\b"
     r"|\bvoces sabem o que (?:tem que|deve) ser feito com\b"),
    ("sexual", 5.0, "vais ser minha à força",
     r"\b(?:a forca|à força|por mal|na marra|entre varios|em grupo)\b(?=[^.!?]*\b(?:minha|sua|fazer|faco|pegar|"
     r"pega|comer|foder|estuprar|corpo|primeiro|todo mundo)\w*)|\b(?:faco|farei|vou fazer) (?:contigo|com ela|com "
     r"voce) o que (?:me der na telha|eu quiser|quiser)\b|\btu vai gritar e ninguem vai (?:ouvir|escutar)\b|"
     r"\b(?:deviam|devia|tinham que|tem que) estuprar\b|\bvai ser de todo mundo\b|\bfazer-te de tudo\b|\b(?:vai|vais) "
     r"pagar com (?:o )?(?:teu|seu) corpo\b|\b(?:precisa|precisas|merece) ser (?:pega|pego|comida|currada) por\b"),
    ("veiled", 4.0, "acidente acontece todo dia",
     r"\b(?:acidentes?|acidente de transito) (?:acontece|acontecem) (?:todo dia|todos os dias|rapido|com qualquer "
     r"um|facil)\b|\b(?:gente como (?:tu|voce|vc)|quem fala demais|dedo[- ]duro) (?:costuma|costumam) (?:sofrer|"
     r"sumir|aparecer)\b|\bse (?:tu|voce|vc) chegar\b|\b(?:ve|verifica|confere|checa) (?:bem )?os (?:travoes|freios)"
     r"\b|\btem seguro (?:contra incendio|de vida)\b|\bninguem acha nada\b|\bnao (?:vai|vais) ter motivo (?:nenhum )?"
     r"(?:pra|para) rir\b|\b(?:teu|seu) tempo acabou\b|\b(?:a gente|nos) (?:vai|vamos) (?:fazer|te fazer) uma visita"
     r"\b"),
    ("doxxing", 3.5, "já sei a hora que ela sai",
     r"\b(?:ja )?sei (?:a hora|que horas|quando|que o teu|que o seu|que a tua|que a sua|que tu trabalha|que voce "
     r"trabalha|onde tu estaciona)\b|\b(?:descobri|consegui|achei|tenho) (?:o )?(?:teu|seu) (?:numero|endereco|email|"
     r"cpf|placa)\b|\b(?:compartilho|segue|ai vai|taí|tai) o endereco (?:do|da|de)\b|\b(?:sai|sais|tu sai|ela sai) "
     r"(?:[\w']+ ){0,3}?(?:as|a) \d"),
    ("death_wish", 4.5, "que caia um piano na tua cabeça",
     r"(?:^|[.!?,;:] ?|\btomara |\bespero |\bquero )que (?:[\w']+ ){0,5}?(?:caia|caiam|capote|capotem|exploda|explodam|"
     r"afunde|afundem|pegue fogo|bata|batam|tombe|despenque|desabe|morra|morram|apodreca|queime)\b(?=[^.!?]*\b(?:tua|"
     r"teu|sua|seu|tu|voce|vc|nele|nela|desse|dessa|esse|essa|um|ninguem|sobre)\b)|\b(?:te|lhe|vos) desejo (?:uma |a )?"
     r"(?:morte|morte lenta|cancer|o pior|a pior morte)\b"),
    ("direct", 5.0, "chego no teu escritório com o facão",
     r"\b(?:(?:chego|vou|apareco|passo|entro|volto|estarei|vou estar) (?:n[oa]|a|ao|em) (?:teu|tua|seu|sua)|te espero|"
     r"espero-te|to indo ai|vou ai) (?:[\w']+ ){0,6}?com "
     r"(?:o|a|um|uma|meu|minha|as|os) (?:(?:{WEAPON})\b|:knife:|:gun:|:bomb:)|\b(?:rebento|quebro|arrebento|parto|"
     r"estouro|abro|racho) (?:a|o|os|as) (?:cabeca|cara|fuca|cranio|pernas|dentes|joelhos) (?:do|da|dele|dela|desse|"
     r"dessa|daquele|daquela)\b"),
    ("direct", 5.0, "vai ser pendurado",
     r"\b(?:vai|vao|vais|ira|irao) (?:ser|acabar) (?:pendurad|enforcad|linchad|esfaquead|fuzilad|queimad|executad|"
     r"espancad|estuprad|degolad|baleado|baleada|apagad)\w*\b"),
    ("veiled", 4.0, "tua filha vai sozinha pra escola",
     r"\b(?:tua|sua|teu|seu) (?:filha|filho|filhinha|filhinho|mulher|esposa|mae|namorada|irma|menina|menino) (?:vai|"
     r"volta|anda|sai|fica|chega) (?:sempre )?(?:sozinh[oa]|so)\b|\baproveita (?:bem )?(?:os )?(?:teus|seus) ultimos "
     r"dias\b|\b(?:teus|seus) ultimos dias\b|\bvai ser minha a forca\b|\bminha a forca\b|\b(?:vemo-nos|a gente se ve|nos "
     r"vemos) (?:muito )?(?:em breve|logo)\b(?=[^.!?]*$)"),
    ("direct", 5.0, "vou meter uma bala na tua cabeça",
     r"\b(?:meter|meto|enfiar|enfio|cravar|cravo|dar|dou|acertar) (?:uma |um |a |o )?(?:bala|tiro|faca|facada|tesoura|"
     r"chumbo|peixeira) (?:na|no|em|nas|nos) (?:tua|teu|sua|seu|voce|vc|ti|tu|cara|cabeca|barriga|peito)\b|\b(?:es|e) "
     r"um homem morto\b|\b(?:encho|encher|enche|enchemos) (?:ele|ela|eles|elas|te|voce|vc|tu) de (?:porrada|bala|"
     r"tiro|soco|pancada|chute)\b|\b(?:mata|matar|matamos|mato) (?:ele |ela |eles )?(?:de|a|na) (?:pancada|porrada|"
     r"paulada|pedrada)\b|\bvai morrer n(?:a|as) minha(?:s)? ma(?:o|os)\b|\bmato (?:tu|voce|vc|ti)\b|\b(?:parto|corto|"
     r"furo|mato|rebento|arrebento|quebro|esfaqueio)-te\b|\bnao (?:chega|chegas|vai chegar|vais chegar) viv[oa]\b"),
    ("direct", 4.5, "te deixar numa cadeira de rodas",
     r"\b(?:deixar|deixo|deixamos|vai ficar|vais ficar|vai acabar|vai parar|vais parar|vai acordar|vais acordar) "
     r"(?:ele |ela |te |tu |voce |vc )?(?:numa cadeira de rodas|em cadeira de rodas|sem (?:dente|dentes|perna|pernas)|"
     r"irreconhecivel|estendid[oa] no chao|no hospital|na uti|no cemiterio|com (?:a boca|ela) costurada)\b|\bate "
     r"(?:tu|voce|vc|ele|ela) (?:parar de respirar|desmaiar|morrer|sangrar|apagar)\b|\b(?:to|tou|estou) (?:aqui )?"
     r"(?:embaixo|em frente|na porta|na frente) d[oa] (?:teu|tua|seu|sua) \w+ com (?:uma|um|a|o) (?:(?:{WEAPON})\b|"
     r":knife:|:gun:)|\b(?:vou|vamos) (?:n|a)(?:a|o) (?:tua|teu|sua|seu) (?:casa|trabalho|escola) (?:te )?(?:quebrar|"
     r"matar|bater|espancar|furar)\b|\b(?:e )?leva (?:um tiro|bala|uma facada|porrada|chumbo)\b"),
    ("incitement", 4.5, "a gente pega ele e lincha",
     r"\ba gente (?:vai )?(?:pega|lincha|mata|quebra|espanca|invade|fura) (?:ele|ela|eles|elas|os|as|esse|essa)\b|"
     r"\b(?:lincha|mata|espanca|fura) (?:ele|ela|eles)\b(?=[^.!?]*\b(?:a gente|vamos|bora|galera)\b)"),
    ("veiled", 3.5, "se eu fosse tu dormia de olho aberto",
     r"\bse eu fosse (?:tu|voce|vc),? (?:eu )?(?:dormia|dormiria|nao saia|nao sairia|tomava cuidado|me mudava)\b|"
     r"\bde olho aberto\b|\baproveita enquanto (?:da|pode|podes|ainda pode)\b|\b(?:era|seria) uma pena se "
     r"(?:ardesse|pegasse fogo|queimasse|acontecesse)\b|\bcostuma(?:m)? (?:sumir|desaparecer|aparecer morto) do nada\b"
     r"|\bquando menos (?:esperar|esperares|tu esperar)\b|\bmelhor pra tua saude\b|\bpela tua saude\b"),
]  # fmt: skip

# (kind, label, template)
FALSE_FRIENDS: list[tuple[str, str, str]] = [
    ("idiom", "morri de rir",
     r"\b(?:morri|morro|morrendo|morrer|morta|morto|mortos|mortas|morre|morreu|morremos|to morta|to morto|mata|matou|"
     r"me mata|me matou|te mata|me matando|matando|matar|vou morrer) (?:de|do|da) (?:rir|rindo|riso|fome|sono|"
     r"cansaco|vergonha|saudade|saudades|calor|frio|tedio|inveja|vontade|amor|ciume|medo|raiva|susto|curiosidade|"
     r"ansiedade|fofura|beijos?|cocegas|orgulho)\b|\b(?:rachei|rachando|chorei) de rir\b"),
    ("idiom", "me mata / você me mata",
     r"\b(?:voce|vc|tu|isso|esse|essa|esse calor|o calor|o trabalho|essa espera|a curiosidade|a saudade) (?:me|nos) "
     r"(?:mata|matou|mata de|ta matando|esta matando|vai matar)\b|\b(?:minha|meu|meus) (?:mae|pai|chefe|namorada|"
     r"namorado|esposa|marido|professora|professor|pais|vo|avo|mulher) (?:vai|vao) me (?:matar|esganar|enforcar)\b|"
     r"\b(?:sua|seu|tua|teu) (?:mae|pai|chefe|namorada|namorado|esposa|marido) (?:vai|vao) te (?:matar|esganar)\b"),
    ("idiom", "matar aula / matar a saudade",
     r"\bmat(?:ar|ei|amos|ou|o|a|ando) (?:a |o )?(?:aula|aulas|saudade|saudades|tempo|fome|sede|trabalho|servico|"
     r"expediente|dois coelhos|a charada|a cobra|a vontade|o jogo|a partida|a questao|a prova|no peito|curiosidade)\b"
     r"|\bmatou a pau\b|\bmataria por (?:um|uma)\b"),
    ("idiom", "arrasou / quebrou tudo",
     r"\b(?:arrasou|arrasa|arrasar|arrasando|vai arrasar|quebrou tudo|quebra tudo|quebrar tudo|vai quebrar tudo|"
     r"detonou|detona|vai detonar|mandou bem|matou no peito|brilhou|vai bombar|bombou|quebrar o galho|"
     r"quebra o galho|quebrar a cabeca|quebrando a cabeca|quebrar o gelo|levar um pau|levou pau|tomar pau|tomou pau)\b"
     r"|\bte (?:mato|como|esmago|aperto) de (?:beijo|beijos|abraco|abracos|cocegas|saudade)\b|\bte (?:pego|busco) "
     r"(?:as|às|a(?! forca)|amanha|hoje|depois|mais tarde|cedo|\d|no aeroporto|na escola|em casa|no trabalho|na estacao|"
     r"na rodoviaria|no shopping|na faculdade)\b"),
    ("idiom", "to morta (cansada)",
     r"\b(?:to|tou|estou|tamos|estamos|ficou|fiquei|chegou|cheguei) (?:morta|morto|mortos|mortas|morta de|"
     r"acabad[oa]|destruid[oa]|quebrad[oa]|moid[oa])\b"),
    ("negation", "nunca te faria mal",
     r"\b(?!ninguem vai fazer nada)(?:nunca|jamais|nao|ninguem) (?:[\w']+ )?(?:te|vos)? ?(?:faria|farei|faço|faco|vou fazer|vai fazer|"
     r"machucaria|bateria|mataria|encostaria|tocaria) (?:mal|nada|nenhum mal|um dedo|a mao)?\b"),
    ("game", "game and sport", r"\b(?:{GAME})\b"),
    ("irl", "na vida real", r"\b(?:na vida real|pessoalmente|fora do jogo|irl|na rua|ao vivo|depois do (?:jogo|treino)|(?:na )?saida do (?:jogo|estadio|treino)|"
                       r"(?:no|ao) fim do (?:jogo|treino)|depois da (?:partida|pelada)|joelhos?|hospital|cadeira de rodas|uti|maca|"
                       r"sai(?:s|r)? vivo|mora|moram|endereco|(?:chega|volta|anda|sai|fica) sozinh[oa]|(?:teus|seus) filhos|"
                       r"(?:tua|sua) casa|casa d(?:ele|ela)|bara de fero|peixeira|revolver|pistola|facao|canivete)\b"),
    ("reporting", "reported speech",
     r"\b(?:disse|diz|falou|fala|me mandou|mandou|escreveu|postou|ameacou|gritou|gritava|dizia|comentario|"
     r"comentarios|mensagem|mensagens|print|printei|segundo|citando|frase|tweet|tuite|dm|direct|audio|zap|whats)\b"),
    ("reported_clause", "reported clause",
     r"\b(?:me|lhe|nos|te)? ?(?:disse|falou|escreveu|mandou|ameacou|gritou|dizia|diz|postou|afirmou|declarou) (?:que|:)"
     r"(?P<said>[^.!?\n]+)|\bameacou (?:de |)(?P<said>[^.!?\n]+)"),
    ("news", "news", r"\b(?:{NEWS})\b"),
    ("counter", "counter-speech",
     r"(?<!nao )\b(?:isso )?(?:e|eh|é) (?:uma )?(?:ameaca|crime|violencia|incitacao|apologia)\b|\bameaca (?:e|eh|é) crime\b|"
     r"\bnao (?:e|eh|é|tem) (?:normal|brincadeira|ok|aceitavel|graca)\b(?=.*\b(?:ameac|violencia|matar|odio))|"
     r"\b(?:denunciei|denunciado|denunciada|vou denunciar|reportei|reportado|denunciem|denuncie)\b|\b(?:inaceitavel|"
     r"repudio|repudiamos|condeno|condenamos)\b|\b(?:chega|basta) de (?:ameaca|ameacas|violencia|odio)\b|\bnao se "
     r"(?:ameaca|deseja a morte)\b"),
    ("fiction", "fiction", r"\b(?:{FICTION})\b"),
    ("laugh", "laughter",
     r"\b(?:k|ks|ksks\w*|kaka\w*|rs|rsrs\w*|ha(?:ha)+|hue(?:hue)+|kkj\w*|lol|xd|lmao|ashua\w*|asu\w*|"
     r"ja(?:ja)+)\b|:laugh:"),
    ("joke", "brincadeira",
     r"(?<!nao e )(?<!nao eh )(?<!sem )(?<!achando que e )(?<!achando q e )(?<!acha que e )(?<!acha q e )\b(?:brincadeira|to brincando|tou brincando|estou brincando|zoeira|zueira|"
     r"zoando|so zoando|e zoeira|na zoeira|e piada|na brincadeira|brincando)\b"),
]  # fmt: skip

# Someone addressed outside a quotation: a quoted threat with nobody addressed around it is reported.
SECOND_PERSON = r"\b(?:tu|te|ti|voce|vc|voces|vcs|teu|tua|teus|tuas|seu|sua|contigo|ce)\b"

CONDITION = (
    r"\b(?:se (?:voce|vc|tu|ce|eu te|te|me|vier|voltar|falar|encostar|tocar|aparecer|contar|denunciar|postar|nao)|"
    r"senao|se nao|ou (?:eu|te|vou)|mais uma vez|de novo e|da proxima vez|na proxima|nem pense|experimenta|"
    r"encosta (?:na|no|em))\b"
)

NEGATED = r"\b(?:nao|nunca|jamais|ninguem|nem)\s+$"

AGGRAVATING = (
    r"\b(?:hoje a noite|hoje|amanha|na saida|la fora|logo|juro|eu juro|juro por deus|nao e brincadeira|"
    r"achando (?:que|q) e brincadeira|nao e (?:uma )?ameaca|nao to "
    r"brincando|serio|papo reto|pode escrever|na sua casa|na tua casa|{WEAPON})\b"
)
# fmt: on
