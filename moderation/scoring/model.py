"""The learned threat model: word and character n-grams into a logistic regression, with coefficients
of its own for each language it was trained on.

It reads the *normalised* text (so k1ll and k i l l look like kill to it too), is loaded lazily
once per process, and is optional: without `seed_model.joblib` the scorer runs on rules alone.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from moderation.scoring import plain_model
from moderation.scoring.features import FastFeatures
from moderation.scoring.languages import primary_subtag

log = logging.getLogger(__name__)

MODEL_PATH = Path(os.environ.get("HEED_SCORER_MODEL", Path(__file__).with_name("seed_model.joblib")))
EXPLAIN_TOP = 3
# The languages a model keeps coefficients of its own for (train_seed). A text in none of them, or in
# none known, is read with each language's and the highest probability kept: not knowing the language
# is no reason to miss a threat in one we score (the rules read every language's forms then too).
MODEL_LANGUAGES = ("en", "es", "pt", "fr", "de")
ANY = -1  # a text's row: read with every row, the highest kept


@dataclass(frozen=True)
class Prediction:
    probability: float
    top_terms: tuple[str, ...]  # word n-grams that pushed hardest towards "threat"
    whole: float | None = None  # the second reader's probability, when it was asked (second_reader.py)


class ThreatModel:
    """Two TF-IDF blocks (`features`: words first, then characters) and a logistic regression with one
    row of coefficients per language in `languages` (every row for any other, the highest kept), with
    its version name. Built by training (a fitted FeatureUnion) or from its plain export
    (plain_model.py), which is what is saved and what a scoring worker loads."""

    classifier: Any = None  # the fitted sklearn classifier, when trained in this process (for checks)

    def __init__(
        self,
        features: Any,
        coefs: np.ndarray,
        intercept: float | Sequence[float] | np.ndarray,
        version: str,
        languages: Sequence[str] = MODEL_LANGUAGES,
        saved: dict[str, Any] | None = None,
    ) -> None:
        self.features = features  # a fitted FeatureUnion, or plain_model.Union when loaded
        self.version = version
        self.languages = tuple(languages)
        self._saved = saved  # the export it was loaded from
        self._coefs = np.atleast_2d(np.asarray(coefs, dtype=np.float64))
        if self._coefs.shape[0] != len(self.languages):
            raise ValueError("one row of coefficients per language")
        # One per row (a language's row may be fitted on rows of its own, train_seed), or one for all.
        self._intercepts = np.broadcast_to(np.asarray(intercept, dtype=np.float64), (len(self.languages),)).copy()
        self._row_of = {code: i for i, code in enumerate(self.languages)}
        word = dict(features.transformer_list)["word"]
        # The word block comes first in the union; its coefficients name the evidence.
        self._n_words = len(word.vocabulary_)
        terms = [""] * self._n_words
        for term, column in word.vocabulary_.items():
            terms[column] = str(term)
        self._word_terms = terms  # column -> term (get_feature_names_out's order)
        # The same matrix as `features.transform`, counted in bulk (None: use the fitted union).
        self._fast = FastFeatures.build(features)
        if self._fast is None and isinstance(features, plain_model.Union):
            raise ValueError("a plain model FastFeatures cannot read")

    @classmethod
    def from_saved(cls, saved: dict[str, Any]) -> ThreatModel:
        """From what `saved()` gave, or from an older export: the plain one with a single row of
        coefficients, or {"pipeline", "version"} from before the plain export."""
        if saved.get("format") in (plain_model.FORMAT, plain_model.FORMAT_ONE_ROW):
            current = saved["format"] == plain_model.FORMAT
            languages = saved["languages"] if current else MODEL_LANGUAGES[:1]
            features = plain_model.Union(saved["blocks"])
            return cls(features, saved["coef"], saved["intercept"], saved["version"], languages,
                       saved if current else None)  # fmt: skip
        pipeline, clf = saved["pipeline"], saved["pipeline"].named_steps["clf"]
        features = pipeline.named_steps["features"]
        return cls(features, clf.coef_.ravel(), float(clf.intercept_[0]), saved["version"], MODEL_LANGUAGES[:1])

    def saved(self) -> dict[str, Any]:
        """The model as plain data, to store (joblib) and load without scikit-learn."""
        if self._saved is not None:
            return self._saved
        if self._fast is None:
            raise ValueError("only features FastFeatures reproduces can be saved as plain data")
        return plain_model.export(self.features, self._coefs, self._intercepts, self.languages, self.version)

    def _read(self, every: np.ndarray, languages: Sequence[str | None] | None) -> tuple[np.ndarray, np.ndarray]:
        """Each text's row and probability, given every row's score of it (texts × rows). The row is its
        language's, or, for None or a language without a row (ANY), the one that scores it highest."""
        every = every + self._intercepts
        rows = every.argmax(axis=1)
        if languages is not None:
            own = np.array([self._row_of.get(primary_subtag(tag), ANY) for tag in languages], dtype=np.int64)
            rows = np.where(own == ANY, rows, own)
        scores = every[np.arange(len(rows)), rows]
        return rows, 1.0 / (1.0 + np.exp(-scores))  # LogisticRegression's

    def transform(self, normalised_texts: list[str]) -> Any:
        """The texts' features (a sparse matrix, a row per text)."""
        return (
            self._fast.transform(normalised_texts) if self._fast else self.features.transform(normalised_texts)
        ).tocsr()

    def with_row(self, code: str, coef: np.ndarray, intercept: float, version: str) -> ThreatModel:
        """This model with `code`'s coefficients and intercept replaced; every other row kept to the bit."""
        coefs, intercepts = self._coefs.copy(), self._intercepts.copy()
        row = self._row_of[code]
        coefs[row], intercepts[row] = coef, intercept
        saved = None
        if self._saved is not None:  # loaded: its features are plain data already
            saved = {**self._saved, "version": version, "coef": coefs.astype(np.float32), "intercept": intercepts}
        return ThreatModel(self.features, coefs, intercepts, version, self.languages, saved)

    def predict(self, normalised_texts: list[str], languages: Sequence[str | None] | None = None) -> list[Prediction]:
        if not normalised_texts:
            return []
        x = self.transform(normalised_texts)  # once, for the verdict and its reasons
        rows, probabilities = self._read(np.asarray(x @ self._coefs.T), languages)
        terms = self._top_terms(x, rows)
        return [Prediction(float(p), t) for p, t in zip(probabilities.tolist(), terms, strict=True)]

    def probabilities(self, normalised_texts: list[str], languages: Sequence[str | None] | None = None) -> list[float]:
        """`predict`'s probabilities alone, without the reasons (the intake screen's cheap question)."""
        if not normalised_texts:
            return []
        if self._fast is None:
            every = np.asarray(self.features.transform(normalised_texts).tocsr() @ self._coefs.T)
        else:
            every = self._fast.linear(normalised_texts, self._coefs)
        return self._read(every, languages)[1].tolist()

    def _top_terms(self, x: Any, text_rows: np.ndarray) -> list[tuple[str, ...]]:
        """Per text, the EXPLAIN_TOP word n-grams with the largest positive contribution, largest first."""
        rows = np.repeat(np.arange(x.shape[0]), np.diff(x.indptr))
        words = x.indices < self._n_words
        rows, columns = rows[words], x.indices[words]
        contributions = x.data[words] * self._coefs[text_rows[rows], columns]
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
                out.append(self._row_terms(x, i, self._coefs[text_rows[i]]))
            else:
                out.append(tuple(names[c] for c in columns_list[lo : min(hi, lo + EXPLAIN_TOP)]))
        return out

    def _row_terms(self, x: Any, i: int, coef: np.ndarray) -> tuple[str, ...]:
        lo, hi = x.indptr[i], x.indptr[i + 1]
        columns, values = x.indices[lo:hi], x.data[lo:hi]
        words = columns < self._n_words
        columns, contributions = columns[words], values[words] * coef[columns[words]]
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
