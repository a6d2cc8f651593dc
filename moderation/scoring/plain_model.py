"""The threat model as plain data: numpy arrays and dicts, readable without scikit-learn.

A trained model (train_seed: two TF-IDF vectorisers, then a logistic regression with a row of
coefficients per language) is saved as its vocabularies, IDF weights, coefficients and intercept.
Scoring needs nothing else: FastFeatures counts the n-grams, `Tfidf` weighs them as sklearn's
transformer does for the shipped settings, and the probability is a logistic of a dot product. A scoring worker then never imports
scikit-learn and SciPy's statistics (~80 MB a process); training still uses them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp

FORMAT = "heed-plain-2"  # a row of coefficients per language
FORMAT_ONE_ROW = "heed-plain-1"  # one row for every language: still read


class Tfidf:
    """Sublinear TF times IDF, rows scaled to unit length: sklearn's TfidfTransformer(norm="l2",
    sublinear_tf=True, use_idf=True), which train_seed fits."""

    norm, sublinear_tf, use_idf = "l2", True, True

    def __init__(self, idf: np.ndarray) -> None:
        self.idf_ = idf

    def transform(self, counts: sp.csr_matrix, copy: bool = False) -> sp.csr_matrix:
        x = sp.csr_matrix(counts, dtype=np.float64, copy=True)
        x.data = (np.log(x.data) + 1.0) * self.idf_[x.indices]
        rows = np.repeat(np.arange(x.shape[0]), np.diff(x.indptr))
        norms = np.sqrt(np.bincount(rows, x.data * x.data, minlength=x.shape[0]))
        x.data /= np.where(norms > 0, norms, 1.0)[rows]
        return x


class Vectoriser:
    """What FastFeatures reads of a fitted TfidfVectorizer."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.analyzer: str = spec["analyzer"]
        self.lowercase: bool = spec["lowercase"]
        self.ngram_range: tuple[int, int] = tuple(spec["ngram_range"])  # type: ignore[assignment]
        self.token_pattern: str = spec["token_pattern"]
        self.vocabulary_: dict[str, int] = spec["vocabulary"]
        self._tfidf = Tfidf(np.asarray(spec["idf"], dtype=np.float64))

    def get_params(self) -> dict[str, Any]:
        return {"analyzer": self.analyzer}


class Union:
    """What FastFeatures and ThreatModel read of the fitted FeatureUnion."""

    transformer_weights = None

    def __init__(self, blocks: list[tuple[str, dict[str, Any]]]) -> None:
        self.transformer_list = [(name, Vectoriser(spec)) for name, spec in blocks]


def export(
    features: Any, coefs: np.ndarray, intercepts: np.ndarray, languages: Sequence[str], version: str
) -> dict[str, Any]:
    """A trained model (its fitted FeatureUnion and coefficients) as plain data, to save with joblib."""
    blocks = []
    for name, v in features.transformer_list:
        blocks.append(
            (
                name,
                {
                    "analyzer": v.analyzer,
                    "lowercase": v.lowercase,
                    "ngram_range": list(v.ngram_range),
                    "token_pattern": v.token_pattern,
                    "vocabulary": {str(t): int(c) for t, c in v.vocabulary_.items()},
                    "idf": np.asarray(v.idf_, dtype=np.float64),
                },
            )
        )
    return {
        "format": FORMAT,
        "version": version,
        "blocks": blocks,
        "languages": list(languages),
        # float32: a row per language would make the file 4 MB; on the development sets no probability
        # moved by more than 5e-8.
        "coef": np.asarray(coefs, dtype=np.float32),
        "intercept": np.asarray(intercepts, dtype=np.float64),  # one per language (older files: one float)
    }
