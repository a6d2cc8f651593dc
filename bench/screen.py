"""The intake screen (moderation/scoring/screen.py) on the project's threat sets: µs per text, the share
of threats it sends to the urgent queue (recall) and the share of benign posts it sends there too, per
file. The held-out sets are never read.

    .venv/bin/python bench/screen.py
"""

import json
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from moderation.scoring.screen import suspect

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted([*(ROOT / "bench/data").glob("*.jsonl"), *(ROOT / "moderation/scoring/training").glob("*.jsonl")])
# Never read: D, G and the held-out sets in other languages (bench/data/README.md).
HELD_OUT = re.compile(r"threats_heldout(_d|_en|2?_(es|pt|fr|de))\.jsonl")


def main() -> None:
    rows = {f: [json.loads(line) for line in f.open()] for f in FILES if not HELD_OUT.fullmatch(f.name)}
    rows = {f: rs for f, rs in rows.items() if all("threat" in r for r in rs)}  # labelled sets only
    texts = [r["text"] for rs in rows.values() for r in rs]
    suspect(texts[:10])  # load the model and compile the words first
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        suspect(texts)
        runs.append((time.perf_counter() - started) / len(texts) * 1e6)
    print(f"{len(texts)} texts, median of 5 runs: {statistics.median(runs):.1f} µs a text (batch of all)")
    started = time.perf_counter()
    for text in texts[:2000]:
        suspect([text])
    print(f"one text at a time: {(time.perf_counter() - started) / 2000 * 1e6:.1f} µs a text")

    print(f"{'file':34} {'threats':>8} {'recall':>7} {'benign':>7} {'urgent':>7}")
    totals = {"dev": [0, 0, 0, 0], "training": [0, 0, 0, 0]}
    for f, rs in rows.items():
        hits = suspect([r["text"] for r in rs])
        threats = [h for h, r in zip(hits, rs, strict=True) if r["threat"]]
        benign = [h for h, r in zip(hits, rs, strict=True) if not r["threat"]]
        t = totals["training" if "training" in f.parts else "dev"]
        t[0] += len(threats)
        t[1] += sum(threats)
        t[2] += len(benign)
        t[3] += sum(benign)
        recall = f"{sum(threats) / len(threats):.3f}" if threats else "-"
        print(f"{f.name:34} {len(threats):8} {recall:>7} {len(benign):7} {sum(benign) / len(benign):7.3f}")
    for name, (n, hit, b, bhit) in totals.items():
        print(f"{name:34} {n:8} {hit / n:7.3f} {b:7} {bhit / b:7.3f}")


if __name__ == "__main__":
    main()
