"""Learning from decisions: retrain the threat model on moderators' outcomes, promote it only when
it beats the model in use on decisions neither has trained on, and keep every version.
"""

import io
import logging
import random
from typing import Any

import joblib
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from moderation.models import Decision, ScorerModel
from moderation.scoring.model import ThreatModel, install, load_model
from moderation.scoring.normalise import normalise
from moderation.vocabulary import THREAT_THRESHOLD, TRAINING_THREAT_REASON_CODES, Action

log = logging.getLogger(__name__)

# Decisions that say "this was a threat of violence", and those that say it was not one.
MIN_ROWS = 200
MIN_POSITIVES = 20
HELD_OUT_SHARE = 0.25
PROMOTION_MARGIN = 0.01  # F1 the candidate must gain over the incumbent on the same held-out rows
MIN_F1 = 0.7  # and never promote a model this weak, even over a worse one
CACHE_KEY = "heed:active-scorer-model"


def training_rows() -> list[dict[str, Any]]:
    """One row per decided case, from its latest final decision: threat 1 or 0."""
    latest: dict[int, dict[str, Any]] = {}
    decisions = (
        Decision.objects.exclude(action=Decision.Action.ESCALATE)
        .order_by("case_id", "created_at")
        .values("case_id", "action", "reason_code", "case__text", "case__language")
    )
    for d in decisions.iterator(chunk_size=5000):
        threat = d["action"] == Action.REFER_LAW_ENFORCEMENT or d["reason_code"] in TRAINING_THREAT_REASON_CODES
        latest[d["case_id"]] = {"text": d["case__text"], "threat": int(threat), "language": d["case__language"]}
    return list(latest.values())


def split(rows: list[dict[str, Any]], seed: int = 13) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Stratified: the same share of threats on both sides."""
    rng = random.Random(seed)
    train_rows, held_out = [], []
    for label in (0, 1):
        group = [r for r in rows if r["threat"] == label]
        rng.shuffle(group)
        cut = round(len(group) * HELD_OUT_SHARE)
        held_out += group[:cut]
        train_rows += group[cut:]
    return train_rows, held_out


def f1(model: ThreatModel | None, rows: list[dict[str, Any]]) -> float:
    if model is None or not rows:
        return 0.0
    predictions = model.predict([normalise(r["text"]).text for r in rows], [r.get("language") for r in rows])
    tp = sum(1 for r, p in zip(rows, predictions, strict=True) if r["threat"] and p.probability >= THREAT_THRESHOLD)
    fp = sum(1 for r, p in zip(rows, predictions, strict=True) if not r["threat"] and p.probability >= THREAT_THRESHOLD)
    fn = sum(1 for r, p in zip(rows, predictions, strict=True) if r["threat"] and p.probability < THREAT_THRESHOLD)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def should_promote(candidate_f1: float, incumbent_f1: float) -> bool:
    return candidate_f1 >= max(incumbent_f1 + PROMOTION_MARGIN, MIN_F1)


def retrain() -> ScorerModel | None:
    """Train a candidate on decisions; store it; make it active only if it beats the incumbent."""
    rows = training_rows()
    positives = sum(r["threat"] for r in rows)
    if len(rows) < MIN_ROWS or positives < MIN_POSITIVES or len(rows) - positives < MIN_POSITIVES:
        log.info("not retraining: %d decided cases, %d threats", len(rows), positives)
        return None
    train_rows, held_out = split(rows)
    version = "decisions-" + timezone.now().strftime("%Y%m%d%H%M%S")
    from moderation.scoring.train_seed import train  # scikit-learn: the batch worker's alone, not scoring's

    candidate = train(train_rows, version=version)
    incumbent = active_model()
    scores = {"candidate_f1": f1(candidate, held_out), "incumbent_f1": f1(incumbent, held_out)}
    promote = should_promote(scores["candidate_f1"], scores["incumbent_f1"])
    buffer = io.BytesIO()
    joblib.dump(candidate.saved(), buffer, compress=3)
    with transaction.atomic():
        if promote:
            ScorerModel.objects.filter(active=True).update(active=False)
        stored = ScorerModel.objects.create(
            version=version,
            trained_on=len(train_rows),
            metrics={**scores, "held_out": len(held_out), "incumbent": incumbent.version if incumbent else None},
            active=promote,
            blob=buffer.getvalue(),
        )
    if promote:
        cache.delete(CACHE_KEY)
    log.info("retrained %s: %s, promoted=%s", version, scores, promote)
    return stored


def active_model() -> ThreatModel | None:
    """The promoted model from the database, else the shipped seed model."""
    stored = ScorerModel.objects.filter(active=True).first()
    if stored is None:
        return load_model()
    return ThreatModel.from_saved(joblib.load(io.BytesIO(bytes(stored.blob))))


def use_active_model() -> None:
    """Score with the promoted model in this process; cheap when nothing changed (one cache read)."""
    wanted = cache.get(CACHE_KEY)
    if wanted is None:
        wanted = ScorerModel.objects.filter(active=True).values_list("version", flat=True).first() or "seed"
        cache.set(CACHE_KEY, wanted, 300)
    current = load_model()
    if wanted == "seed" or (current is not None and current.version == wanted):
        return
    install(active_model())
