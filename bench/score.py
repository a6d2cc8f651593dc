"""Throughput of the text scorer and, where the data is present, its verdicts on it.

    .venv/bin/python bench/score.py [DATA_DIR]    (default ../shared/data)
    .venv/bin/python bench/score.py --mixed       the mixed-language stream only
    .venv/bin/python bench/score.py --reader      the second reader's cost on English posts only

Throughput: texts per second for score_texts on synthetic 280-character posts (several sentences
from a mostly benign pool), median of 5 runs, one core. The mixed-language stream is 60 % English
and 10 % each of Spanish, Portuguese, French and German posts, scored with their language given
(as the API passes it) and with none given (every language's forms read), median of 3 runs.
Verdicts: precision/recall/F1/FPR of
`escalate` per data file for the rules only, the model only and the two combined, on the shared
files and on our own sets in bench/data/.
The shipped model was trained on these files, so its
figures here are in-sample; `python -m moderation.scoring.train_seed` prints held-out ones.
"""

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the target says
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import moderation.scoring.model as model_module
from moderation.scoring import score_texts, second_reader
from moderation.scoring.normalise import normalise
from moderation.scoring.train_seed import figures

BENIGN = [
    "Had a great time at the beach with the kids today, the weather was perfect",
    "Does anyone know a good plumber in Croydon? Our boiler packed in again",
    "Loving the new update, the dark mode looks amazing on my phone",
    "Can't believe the bus was late again, third time this week",
    "Happy birthday mum! Thanks for everything you do x",
    "This recipe is a keeper, I added extra garlic and chilli",
    "We absolutely smashed the quiz at the pub last night",
    "Kill the lights on your way out please",
    "That comedian killed it at the festival, I was crying laughing",
    "Reading a thriller where the detective finally catches the killer",
]
ABUSE = [
    "you're a pathetic loser and nobody likes you",
    "shut up you ugly cow, delete your account",
    "these people are vermin and should go back where they came from",
    "EARN $500 A DAY with crypto!! DM me on telegram https://bit.ly/abc",
    "here's her number 07700 900123 call her and tell her what you think",
    "send nudes or I'll tell everyone",
    "i just want to end it all tonight, i can't do this anymore",
]
THREATS = [
    "I'm going to k1ll you when I see you after school",
    "it would be a shame if something happened to your kids",
    "someone should shoot that councillor",
    "i know where you live. 12 Mill Lane. see you soon",
    "hope you die in a fire",
    "🔪🔪 see you tomorrow @target",
]
LONG = (
    "Long thread about the council meeting last night: they voted to close the library again, and the "
    "consultation was a joke. Nobody read the responses. I'm furious but we'll fight it at the ballot box. "
    "Write to your councillor, turn up on Thursday, bring friends. This is our town and we won't be ignored."
)


# The other languages' pools: everyday posts, abuse, threats and false friends, in the same shares.
OTHER = {
    "es": (
        [
            "Mañana quedamos en la plaza a las ocho, trae a tu hermana",
            "Qué rica la paella de tu madre, pásame la receta",
            "El bus llegó tarde otra vez, tercera vez esta semana",
            "Feliz cumpleaños, que pases un día precioso",
            "Me muero de risa con tus vídeos jajaja",
            "Hoy en el gimnasio casi me muero, qué paliza de entreno",
            "Te paso el enlace del formulario por aquí",
            "La nueva actualización está genial, el modo oscuro mola",
        ],
        ["eres un inútil y nadie te soporta", "cállate ya, borra tu cuenta, payaso"],
        ["te voy a matar cuando te vea", "sé dónde vives, ten cuidado", "ojalá te mueras"],
    ),
    "pt": (
        [
            "Amanhã a gente se vê na praça às oito, traz tua irmã",
            "Que delícia o bolo da tua mãe, me passa a receita",
            "O ônibus atrasou de novo, terceira vez essa semana",
            "Feliz aniversário, que teu dia seja lindo",
            "Morri de rir com teus vídeos kkkk",
            "Vou matar aula amanhã pra ir na praia",
            "Te mando o link do formulário aqui",
            "A atualização nova ficou ótima, adorei o modo escuro",
        ],
        ["tu é um inútil e ninguém te aguenta", "cala a boca, apaga tua conta, palhaço"],
        ["vou te matar quando te ver", "sei onde você mora, se cuida", "tomara que você morra"],
    ),
    "fr": (
        [
            "Demain on se retrouve sur la place à 20h, ramène ta sœur",
            "Trop bon le gâteau de ta mère, tu me passes la recette",
            "Le bus est encore en retard, troisième fois cette semaine",
            "Joyeux anniversaire, passe une super journée",
            "Je suis mort de rire devant tes vidéos mdr",
            "Je vais le tuer ce contrôle demain",
            "Je t'envoie le lien du formulaire ici",
            "La nouvelle mise à jour est top, j'adore le mode sombre",
        ],
        ["t'es un bon à rien et personne te supporte", "ferme-la, supprime ton compte, clown"],
        ["je vais te tuer quand je te vois", "je sais où tu habites, fais gaffe", "j'espère que tu crèves"],
    ),
    "de": (
        [
            "Morgen treffen wir uns um acht am Marktplatz, bring deine Schwester mit",
            "Der Kuchen deiner Mutter ist super, schick mir das Rezept",
            "Der Bus war schon wieder zu spät, das dritte Mal diese Woche",
            "Alles Gute zum Geburtstag, hab einen schönen Tag",
            "Ich lach mich tot über deine Videos haha",
            "Ich bring dich um 8 zum Bahnhof",
            "Ich schick dir den Link zum Formular hier",
            "Das neue Update ist klasse, der Dunkelmodus gefällt mir",
        ],
        ["du bist ein Versager und keiner mag dich", "halt die Klappe, lösch deinen Account, du Clown"],
        ["ich bring dich um, wenn ich dich sehe", "ich weiß, wo du wohnst, pass bloß auf", "ich hoffe, du verreckst"],
    ),
}


def corpus(n: int = 2000, seed: int = 7, length: int = 280) -> list[str]:
    """Posts of `length` characters, each several sentences from a mostly benign pool, as reports are."""
    rng = random.Random(seed)
    pool = BENIGN * 6 + ABUSE * 2 + THREATS + [LONG] * 2
    return _posts(rng, pool, n, length)


def mixed_corpus(n: int = 2000, seed: int = 7, length: int = 280) -> tuple[list[str], list[str]]:
    """60 % English posts and 10 % each in es, pt, fr, de, shuffled; with each post's language."""
    rng = random.Random(seed)
    counts = {"en": n - 4 * (n // 10), **{code: n // 10 for code in OTHER}}
    rows = [(t, "en") for t in corpus(counts["en"], seed, length)]
    for code, (benign, abuse, threats) in OTHER.items():
        pool = benign * 6 + abuse * 2 + threats
        rows += [(t, code) for t in _posts(rng, pool, counts[code], length)]
    rng.shuffle(rows)
    return [t for t, _ in rows], [code for _, code in rows]


def _posts(rng: random.Random, pool: list[str], n: int, length: int) -> list[str]:
    posts = []
    for _ in range(n):
        post = ""
        while len(post) < length:
            post += rng.choice(pool) + rng.choice([". ", "! ", " lol ", f" #{rng.randint(1, 999)} "])
        posts.append(post[:length])
    return posts


def throughput(texts: list[str], runs: int = 5, languages: list[str] | None = None) -> tuple[float, float]:
    """Median texts/s by the wall clock and by this process's CPU time (steadier on a busy machine)."""
    score_texts(texts[:50], None if languages is None else languages[:50])  # load and warm up outside the timing
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        score_texts(texts, languages)
        wall.append(len(texts) / (time.perf_counter() - start))
        cpu.append(len(texts) / (time.process_time() - start_cpu))
    return statistics.median(wall), statistics.median(cpu)


HELD_OUT = Path(__file__).resolve().parent / "data"  # our own sets: bench/data/README.md


def verdicts(paths: list[Path]) -> None:
    model = model_module.load_model()
    for path in paths:
        name = path.name
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        texts = [r["text"] for r in rows]
        labels = [int(r["threat"]) for r in rows]
        languages = [r.get("language") for r in rows]  # each text read as its language, where it has one
        lines = {"combined": [s.escalate for s in score_texts(texts, languages)]}
        if model:
            normalised = [normalise(t).text for t in texts]
            lines["model only"] = [p.probability >= 0.5 for p in model.predict(normalised, languages)]
            saved = model_module.MODEL_PATH
            model_module.MODEL_PATH = Path("/nonexistent")  # rules alone
            lines["rules only"] = [s.escalate for s in score_texts(texts, languages)]
            model_module.MODEL_PATH = saved
        for label in ("rules only", "model only", "combined"):
            if label in lines:
                f = figures(labels, lines[label])
                print(
                    f"{name:30} {label:11} precision {f['precision']:.3f} recall {f['recall']:.3f} "
                    f"F1 {f['f1']:.3f} FPR {f['fpr']:.3f}"
                )


def mixed() -> None:
    texts, languages = mixed_corpus()
    print(f"mixed stream: {len(texts)} texts, 60 % en and 10 % each of es, pt, fr, de; median of 3 runs")
    print(f"  {len(unread(texts, languages))} of them left unread for the second reader")
    wall, cpu = throughput(texts, runs=3, languages=languages)
    print(f"score_texts, languages given: {wall:,.0f} texts/s wall clock, {cpu:,.0f} texts/s of CPU time")
    wall, cpu = throughput(texts, runs=3)
    print(f"score_texts, none given:      {wall:,.0f} texts/s wall clock, {cpu:,.0f} texts/s of CPU time")


def unread(texts: list[str], languages: list[str] | None = None) -> list[str]:
    """The texts the scorer leaves for the second reader."""
    return [t for t, score in zip(texts, score_texts(texts, languages), strict=True) if score.unread]


def without_reader(texts: list[str], languages: list[str] | None = None) -> tuple[float, float]:
    reader = second_reader.load_reader()
    second_reader._loaded[:] = [None]
    try:
        return throughput(texts, runs=5, languages=languages)
    finally:
        second_reader._loaded[:] = [reader]


def reader_cost() -> None:
    """What the second reader costs: on the mixed stream and on English posts written for Heed
    (ordinary ones: everyday and hard benign; reported ones: set B, half of them threats), the share
    left unread, the scorer's texts/s (CPU time, median of 5) without a reader, with one (marking
    what it could raise) and reading them at once (read=True), and the reader's own texts/s."""
    reader = second_reader.load_reader()
    if reader is None:
        print("no second reader (requirements-models.txt not installed)")
        return
    streams = {"mixed stream (languages given)": mixed_corpus()}
    for label, names in (
        ("ordinary posts", ("everyday_posts.jsonl", "hard_benign_posts.jsonl")),
        ("reported posts (set B)", ("threats_heldout_b.jsonl",)),
    ):
        rows = [
            json.loads(x) for n in names for x in (HELD_OUT / n).read_text(encoding="utf-8").splitlines() if x.strip()
        ]
        streams[label] = ([r["text"] for r in rows], ["en"] * len(rows))
    for label, (texts, languages) in streams.items():
        left = unread(texts, languages)
        off = without_reader(texts, languages)[1]
        marking = throughput(texts, runs=5, languages=languages)[1]
        start = time.process_time()
        score_texts(texts, languages, read=True)
        reading = len(texts) / (time.process_time() - start)
        start = time.process_time()
        reader.read(left)
        own = len(left) / (time.process_time() - start) if left else 0.0
        print(
            f"{label}: {len(left)} of {len(texts)} unread ({len(left) / len(texts):.1%}); texts/s without a "
            f"reader {off:,.0f}, marking {marking:,.0f}, reading at once {reading:,.0f}; the reader reads {own:,.0f}/s"
        )


def main() -> None:
    if "--mixed" in sys.argv[1:]:
        mixed()
        return
    if "--reader" in sys.argv[1:]:
        reader_cost()
        return
    texts = corpus()
    mean_length = sum(map(len, texts)) / len(texts)
    print(f"corpus: {len(texts)} synthetic texts, mean {mean_length:.0f} characters; median of 5 runs")
    wall, cpu = throughput(texts)
    print(f"score_texts, rules + model: {wall:,.0f} texts/s wall clock, {cpu:,.0f} texts/s of CPU time")
    saved = model_module.MODEL_PATH
    model_module.MODEL_PATH = Path("/nonexistent")
    wall, cpu = throughput(texts)
    print(f"score_texts, rules only:    {wall:,.0f} texts/s wall clock, {cpu:,.0f} texts/s of CPU time")
    model_module.MODEL_PATH = saved
    mixed()
    data_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
    realistic = data_dir / "threats_dev_realistic.jsonl"
    if realistic.exists():
        rows = [json.loads(line) for line in realistic.read_text(encoding="utf-8").splitlines() if line.strip()]
        wall, cpu = throughput([r["text"] for r in rows] * 5)
        print(f"score_texts on the realistic file: {wall:,.0f} texts/s wall clock, {cpu:,.0f} texts/s of CPU time")
    shared = [data_dir / n for n in ("threats_dev_realistic.jsonl", "threats_public.jsonl")]
    if any(p.exists() for p in shared):
        print("verdicts (model figures are in-sample: it was trained on these files)")
        verdicts([p for p in shared if p.exists()])
    print("verdicts on posts written for Heed (bench/data/README.md; everyday_posts has no threats: read its FPR)")
    verdicts(sorted(HELD_OUT.glob("*.jsonl")))


if __name__ == "__main__":
    main()
