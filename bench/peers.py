"""A peer classifier on the same threat data, for docs/scoring.md. Needs its own virtualenv:

    python3 -m venv /tmp/peers && /tmp/peers/bin/pip install alt-profanity-check
    /tmp/peers/bin/python bench/peers.py [DATA_DIR]      (default ../shared/data)

alt-profanity-check scores offensive language, not threats; the comparison shows why a
profanity model is no substitute for threat detection (it misses polite threats and flags swearing).
"""

import json
import sys
from pathlib import Path

from profanity_check import predict_prob
from sklearn.metrics import roc_auc_score


def main() -> None:
    data = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
    ours = Path(__file__).resolve().parent / "data"  # the sets written for Heed
    for path in (
        data / "threats_dev_realistic.jsonl",
        data / "threats_public.jsonl",
        ours / "threats_heldout_b.jsonl",
        ours / "threats_heldout_d.jsonl",
    ):
        name = path.stem
        rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        labels = [int(r["threat"]) for r in rows]
        scores = predict_prob([r["text"] for r in rows])
        verdicts = [s >= 0.5 for s in scores]
        tp = sum(1 for y, v in zip(labels, verdicts, strict=True) if y and v)
        fp = sum(1 for y, v in zip(labels, verdicts, strict=True) if v and not y)
        fn = sum(1 for y, v in zip(labels, verdicts, strict=True) if y and not v)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        auc = roc_auc_score(labels, scores)
        print(f"{name}: precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f} ROC AUC {auc:.3f}")


if __name__ == "__main__":
    main()
