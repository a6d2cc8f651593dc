"""The learned threat model: word and character n-grams into a logistic regression.

It reads the *normalised* text (so k1ll and k i l l look like kill to it too), is loaded lazily
once per process, and is optional: without `seed_model.joblib` the scorer runs on rules alone.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from moderation.scoring import plain_model
from moderation.scoring.features import FastFeatures

log = logging.getLogger(__name__)

MODEL_PATH = Path(os.environ.get("HEED_SCORER_MODEL", Path(__file__).with_name("seed_model.joblib")))
EXPLAIN_TOP = 3


@dataclass(frozen=True)
class Prediction:
    probability: float
    top_terms: tuple[str, ...]  # word n-grams that pushed hardest towards "threat"


class ThreatModel:
    """Two TF-IDF blocks (`features`: words first, then characters) and a logistic regression, with its
    version name. Built from a fitted sklearn pipeline (training) or from its plain export
    (plain_model.py), which is what is saved and what a scoring worker loads."""

    _plain: dict[str, Any]  # the export it was loaded from (pipeline None)

    def __init__(self, pipeline: Any, version: str) -> None:
        self.pipeline = pipeline  # the fitted sklearn pipeline; None when loaded from the plain export
        self.version = version
        clf = pipeline.named_steps["clf"]
        self._setup(pipeline.named_steps["features"], clf.coef_.ravel(), float(clf.intercept_[0]))

    @classmethod
    def from_saved(cls, saved: dict[str, Any]) -> ThreatModel:
        """From what `saved()` gave (or, from before the plain export, {"pipeline", "version"})."""
        if saved.get("format") != plain_model.FORMAT:
            return cls(saved["pipeline"], saved["version"])
        model = cls.__new__(cls)
        model.pipeline, model.version, model._plain = None, saved["version"], saved
        model._setup(plain_model.Union(saved["blocks"]), np.asarray(saved["coef"]), float(saved["intercept"]))
        return model

    def saved(self) -> dict[str, Any]:
        """The model as plain data, to store (joblib) and load without scikit-learn."""
        if self.pipeline is None:
            return self._plain
        if self._fast is None:
            raise ValueError("only a pipeline FastFeatures reproduces can be saved as plain data")
        return plain_model.export(self.pipeline, self.version)

    def _setup(self, features: Any, coef: np.ndarray, intercept: float) -> None:
        self._features = features
        self._coef, self._intercept = coef, intercept
        word = dict(features.transformer_list)["word"]
        # The word block comes first in the union; its coefficients name the evidence.
        self._n_words = len(word.vocabulary_)
        self._word_coef = coef[: self._n_words]
        terms = [""] * self._n_words
        for term, column in word.vocabulary_.items():
            terms[column] = str(term)
        self._word_terms = terms  # column -> term (get_feature_names_out's order)
        # The same matrix as `features.transform`, counted in bulk (None: use the pipeline).
        self._fast = FastFeatures.build(features)
        if self._fast is None and self.pipeline is None:
            raise ValueError("a plain model FastFeatures cannot read")

    def predict(self, normalised_texts: list[str]) -> list[Prediction]:
        if not normalised_texts:
            return []
        # Once, for the verdict and its reasons.
        x = (
            self._fast.transform(normalised_texts) if self._fast else self._features.transform(normalised_texts)
        ).tocsr()
        probabilities = 1.0 / (1.0 + np.exp(-(x @ self._coef + self._intercept)))  # LogisticRegression's
        terms = self._top_terms(x)
        return [Prediction(float(p), t) for p, t in zip(probabilities.tolist(), terms, strict=True)]

    def probabilities(self, normalised_texts: list[str]) -> list[float]:
        """`predict`'s probabilities alone, without the reasons (the intake screen's cheap question)."""
        if not normalised_texts:
            return []
        if self._fast is None:
            scores = self._features.transform(normalised_texts) @ self._coef + self._intercept
        else:
            scores = self._fast.linear(normalised_texts, self._coef) + self._intercept
        return (1.0 / (1.0 + np.exp(-scores))).tolist()

    def _top_terms(self, x: Any) -> list[tuple[str, ...]]:
        """Per row, the EXPLAIN_TOP word n-grams with the largest positive contribution, largest first."""
        rows = np.repeat(np.arange(x.shape[0]), np.diff(x.indptr))
        words = x.indices < self._n_words
        rows, columns = rows[words], x.indices[words]
        contributions = x.data[words] * self._word_coef[columns]
        positive = contributions > 0
        rows, columns, contributions = rows[positive], columns[positive], contributions[positive]
        order = np.lexsort((-contributions, rows))  # by row, then largest contribution first
        rows, columns, contributions = rows[order], columns[order], contributions[order]
        starts = np.searchsorted(rows, np.arange(x.shape[0] + 1))
        # Equal contributions among a row's top ones: keep the order np.argsort gives them (as before).
        tied = set(rows[1:][(rows[1:] == rows[:-1]) & (contributions[1:] == contributions[:-1])].tolist())
        out = []
        names = self._word_terms
        columns_list = columns.tolist()
        for i, (lo, hi) in enumerate(zip(starts[:-1].tolist(), starts[1:].tolist(), strict=True)):
            if i in tied:
                out.append(self._row_terms(x, i))
            else:
                out.append(tuple(names[c] for c in columns_list[lo : min(hi, lo + EXPLAIN_TOP)]))
        return out

    def _row_terms(self, x: Any, i: int) -> tuple[str, ...]:
        lo, hi = x.indptr[i], x.indptr[i + 1]
        columns, values = x.indices[lo:hi], x.data[lo:hi]
        words = columns < self._n_words
        columns, contributions = columns[words], values[words] * self._word_coef[columns[words]]
        order = np.argsort(-contributions)[:EXPLAIN_TOP]
        return tuple(self._word_terms[columns[j]] for j in order if contributions[j] > 0)


_lock = threading.Lock()
_loaded: dict[str, ThreatModel | None] = {}


def load_model(path: Path | None = None) -> ThreatModel | None:
    """The model at `path` (default MODEL_PATH), loaded once per process; None if absent or unreadable."""
    path = path or MODEL_PATH
    key = str(path)
    if key in _loaded:
        return _loaded[key]
    with _lock:
        if key not in _loaded:
            _loaded[key] = _read(path)
    return _loaded[key]


def _read(path: Path) -> ThreatModel | None:
    if not path.exists():
        log.warning("threat model %s not found; scoring with rules only", path)
        return None
    try:
        import joblib  # imported here so a rules-only deployment never pays for it

        return ThreatModel.from_saved(joblib.load(path))
    except Exception:  # a stale or corrupt file must not take scoring down
        log.exception("threat model %s could not be loaded; scoring with rules only", path)
        return None


def install(model: ThreatModel | None, path: Path | None = None) -> None:
    """Make `model` the one `load_model(path)` returns in this process (a promoted retrained model)."""
    with _lock:
        _loaded[str(path or MODEL_PATH)] = model
