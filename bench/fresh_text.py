"""The scorer on text its model never saw: a round's writers held out of the fit.

    .venv/bin/python bench/fresh_text.py [../shared/data]

Three folds, each fitting the threat model (train_seed's pipeline and weights) without one round of
writers (the `train4b` or `train5b` files in fr, pt and de and an English file, or round 6's pt, de
and English files), and without every second row of the everyday files in es, pt, fr and de.
Prints, for each held-out file, the full scorer's recall and false alarms (rules + that model + the
second reader fitted on the same rows, each row read as its language) and the model's alone
(p >= 0.5); then the development sets, scored by the first fold's model and reader. This is how
changes to the rules' frames and the model's weight are judged before any held-out set is scored
(docs/scoring.md); it reads no held-out set.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from moderation.scoring import train_seed as ts
from moderation.scoring.normalise import normalise
from moderation.scoring.scorer import THREAT_THRESHOLD

FOLDS = {
    "train5b": ("heed_train5b_fr.jsonl", "heed_train5b_pt.jsonl", "heed_train5b_de.jsonl", "heed_written_9.jsonl"),
    "train4b": ("heed_train4b_fr.jsonl", "heed_train4b_pt.jsonl", "heed_train4b_de.jsonl", "heed_written_8.jsonl"),
    "train6": (
        *(f"heed_train6{b}_{code}.jsonl" for b in ("", "b") for code in ("pt", "de")),
        "heed_written_10.jsonl",
        "heed_written_11.jsonl",
    ),
}
EVERYDAY = tuple(f"heed_everyday2_{code}.jsonl" for code in ("es", "pt", "fr", "de"))
DEVELOPMENT = (
    *(f"threats_dev_{code}.jsonl" for code in ("es", "pt", "fr", "de")),
    "threats_heldout_b.jsonl",
    "everyday_posts.jsonl",
    "hard_benign_posts.jsonl",
)
BENCH_DATA = Path(__file__).resolve().parent / "data"


def line(name: str, model: ts.ThreatModel, read: Callable[[list[str]], list[float]], rows: list[dict]) -> str:
    texts = [r["text"] for r in rows]
    tags = [r.get("language") for r in rows]
    p = [x.probability for x in model.predict([normalise(t).text for t in texts], tags)]
    labels = [int(r["threat"]) for r in rows]
    scorer = ts.scorer_verdicts(texts, p, tags, read)
    alone = [x >= THREAT_THRESHOLD for x in p]
    threats, benign = sum(labels), len(labels) - sum(labels)

    def counts(verdicts: list[bool]) -> str:
        found = sum(1 for y, v in zip(labels, verdicts, strict=True) if y and v)
        alarms = sum(1 for y, v in zip(labels, verdicts, strict=True) if not y and v)
        recall = f"recall {found / threats:.3f} ({found}/{threats})" if threats else "recall      -          "
        return f"{recall}  false alarms {alarms}/{benign}"

    return f"  {name:28} scorer {counts(scorer)}   model alone {counts(alone)}"


def main() -> int:
    data = ts.read_rows(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data"))
    embed = ts.cached_embedder()
    for i, (fold, held) in enumerate(FOLDS.items()):
        train = [r for n, rs in data.items() if n not in held for r in (rs[0::2] if n in EVERYDAY else rs)]
        model, head = ts.train(train), ts.train_reader(train, embed)

        def read(texts: list[str], head: ts.second_reader.Head = head) -> list[float]:
            return head.probabilities(embed(texts)).tolist()

        print(f"fitted without {fold} ({len(train)} rows)", flush=True)
        for name in held:
            print(line(name, model, read, data[name]), flush=True)
        for name in EVERYDAY:
            print(line(f"{name} (odd rows)", model, read, data[name][1::2]), flush=True)
        if i == 0:
            for name in DEVELOPMENT:
                print(line(name, model, read, ts._jsonl(BENCH_DATA / name)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
