"""Threat-detection figures for labelled texts: precision, recall, F1, ROC AUC, errors by kind. Pure."""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from sklearn.metrics import roc_auc_score


@dataclass
class Evaluation:
    n: int
    positives: int
    precision: float
    recall: float
    f1: float
    roc_auc: float | None
    false_negatives: Counter[str] = field(default_factory=Counter)
    false_positives: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)


def evaluate(
    labels: Sequence[int], verdicts: Sequence[bool], scores: Sequence[float], kinds: Sequence[str]
) -> Evaluation:
    tp = sum(1 for y, v in zip(labels, verdicts, strict=True) if y and v)
    fp = sum(1 for y, v in zip(labels, verdicts, strict=True) if not y and v)
    fn = sum(1 for y, v in zip(labels, verdicts, strict=True) if y and not v)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    auc = roc_auc_score(labels, scores) if 0 < sum(labels) < len(labels) else None
    result = Evaluation(len(labels), sum(labels), precision, recall, f1, None if auc is None else float(auc))
    for y, v, kind in zip(labels, verdicts, kinds, strict=True):
        if y and not v:
            result.false_negatives[kind] += 1
        elif v and not y:
            result.false_positives[kind] += 1
    return result
