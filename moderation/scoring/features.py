"""The model's features, counted fast: the same matrix as the fitted sklearn vectorisers, built in bulk.

sklearn's `CountVectorizer` walks every character n-gram of every text in Python (about 1,100 of
them for a 280-character post) and looks each one up in a dict: that was half the scorer's time.
`FastFeatures` reads the fitted vocabularies once and then counts a whole batch at a time:

- character n-grams inside words (`analyzer="char_wb"`): every character becomes a small code
  (its rank in the vocabulary's alphabet; 0 for a character no term contains), every n-gram a
  packed integer, and all the batch's n-grams are looked up at once in an open-addressing hash
  table with numpy: no Python per n-gram;
- words and word pairs (`analyzer="word"`): one `findall` per text and C-level dict lookups
  (`map`), no Python per token.

The counts are exactly the integers sklearn counts (same columns, same order within a row, same
dtype), so the fitted TF-IDF transformers and the classifier give bit-identical results
(`tests/moderation/scoring/test_model.py` holds them to it). A vectoriser set up in a way this
does not reproduce (another analyzer, a custom tokenizer, stop words...) makes
`FastFeatures.build` return None, and the model falls back to the sklearn pipeline.
"""

from __future__ import annotations

import re
from itertools import chain, repeat
from typing import Any

import numpy as np
import scipy.sparse as sp

# Settings the fast path reproduces; anything else falls back to sklearn.
ORDINARY = {"input": "content", "preprocessor": None, "tokenizer": None, "stop_words": None, "binary": False,
            "strip_accents": None}  # fmt: skip
SEPARATOR = "\0"  # between texts; no vocabulary term may contain it
GOLDEN = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing


class _Table:
    """An open-addressing hash table from packed n-grams (uint64) to columns, probed in bulk."""

    def __init__(self, keys: list[int], columns: list[int]) -> None:
        self.bits = max(10, (4 * len(keys)).bit_length())  # load factor <= 1/4: most probes end at once
        size = 1 << self.bits
        self.keys = np.zeros(size, dtype=np.uint64)  # 0 = empty (no packed n-gram is 0)
        self.columns = np.zeros(size, dtype=np.int64)
        slots = self._slots(np.array(keys, dtype=np.uint64)).tolist()
        table_keys, table_columns = self.keys, self.columns
        for key, column, slot in zip(keys, columns, slots, strict=True):
            while table_keys[slot]:
                slot = (slot + 1) & (size - 1)
            table_keys[slot] = key
            table_columns[slot] = column

    def _slots(self, keys: np.ndarray) -> np.ndarray:
        return ((keys * GOLDEN) >> np.uint64(64 - self.bits)).astype(np.int64)

    def lookup(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(positions in `keys` found in the table, their columns)."""
        mask = len(self.keys) - 1
        slots = self._slots(keys)
        pending = np.arange(len(keys))
        found_at, found_columns = [], []
        while len(pending):
            held = self.keys[slots]
            hit = held == keys
            found_at.append(pending[hit])
            found_columns.append(self.columns[slots[hit]])
            go_on = ~hit & (held != 0)  # another key sits here: try the next slot
            pending, keys, slots = pending[go_on], keys[go_on], (slots[go_on] + 1) & mask
        if not found_at:  # no keys: a text with no n-gram of the vocabulary's alphabet (Japanese, emoji)
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=self.columns.dtype)
        return np.concatenate(found_at), np.concatenate(found_columns)


class _CharWB:
    """Counts for a fitted `analyzer="char_wb"` vectoriser."""

    def __init__(self, vectoriser: Any) -> None:
        self.lowercase = vectoriser.lowercase
        self.min_n, self.max_n = vectoriser.ngram_range
        vocabulary: dict[str, int] = vectoriser.vocabulary_
        self.n_features = len(vocabulary)
        alphabet = sorted(set("".join(vocabulary)) | {" "})
        self.bits = len(alphabet).bit_length()  # codes 1..len(alphabet); 0 = in no term
        top = max(map(ord, alphabet)) + 1
        self.codes = np.zeros(top + 1, dtype=np.uint64)  # the last slot stands for every code point >= top
        for code, ch in enumerate(alphabet, start=1):
            self.codes[ord(ch)] = code
        self.space = int(self.codes[ord(" ")])
        self.length_shift = np.uint64(self.bits * self.max_n)  # the n-gram's length, above its characters
        keys = [self._pack(term) for term in vocabulary]
        self.table = _Table(keys, list(vocabulary.values()))

    def _pack(self, term: str) -> int:
        key = len(term) << int(self.length_shift)
        for i, ch in enumerate(term):
            key |= int(self.codes[ord(ch)]) << (self.bits * i)
        return key

    @classmethod
    def supports(cls, vectoriser: Any) -> bool:
        min_n, max_n = vectoriser.ngram_range
        alphabet = set("".join(vectoriser.vocabulary_)) | {" "}
        # sklearn emits a whole padded word shorter than min_n as one short n-gram; with min_n <= 3
        # that never happens (a padded word has at least 3 characters).
        return (
            1 <= min_n <= 3
            and max_n * len(alphabet).bit_length() + max_n.bit_length() <= 64
            and SEPARATOR not in alphabet
            and "\1" not in alphabet
        )

    def counts(self, texts: list[str]) -> sp.csr_matrix:
        """The n-gram counts of `texts` (texts x columns, int64, indices sorted)."""
        if self.lowercase:
            texts = [t.lower() for t in texts]
        joined = f" {SEPARATOR} ".join(texts)
        if joined.count(SEPARATOR) != len(texts) - 1:
            joined = f" {SEPARATOR} ".join(t.replace(SEPARATOR, "\1") for t in texts)  # both are code 0
        # sklearn squeezes whitespace runs and splits into words; n-grams never cross a word, so
        # each distinct word is counted once and the texts' counts are (texts x words) @ (words x n-grams).
        words = joined.split()
        if not words:
            return sp.csr_matrix((len(texts), self.n_features), dtype=np.int64)
        index = dict.fromkeys(words)
        distinct = list(index)
        index = dict(zip(distinct, range(len(distinct))))
        ids = np.fromiter(map(index.__getitem__, words), dtype=np.int64, count=len(words))
        if len(texts) > 1:
            separators = ids == index[SEPARATOR]
            documents = np.cumsum(separators)
            ids, documents = ids[~separators], documents[~separators]
        else:
            documents = np.zeros(len(ids), dtype=np.int64)
        # Multiplied the other way round, (n-grams x words) @ (words x texts): its transpose comes
        # out with sorted columns from one conversion, where the product itself would need sorting.
        occurrences = sp.csr_matrix(
            (np.ones(len(ids), dtype=np.int64), (ids, documents)), shape=(len(distinct), len(texts))
        )
        return (self._word_grams(distinct) @ occurrences).T.tocsr()

    def _word_grams(self, words: list[str]) -> sp.csr_matrix:
        """(columns x words) n-gram counts of each word padded with a space on both sides, as sklearn pads."""
        padded = " " + "  ".join(words) + " "
        points = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32)
        codes = self.codes[np.minimum(points, len(self.codes) - 1)]
        owner = np.repeat(np.arange(len(words)), np.fromiter(map(len, words), dtype=np.int64, count=len(words)) + 2)
        unknown = np.concatenate(([0], np.cumsum(codes == 0)))
        size = len(codes)
        all_keys, all_starts = [], []
        key = np.zeros(size, dtype=np.uint64)
        for n in range(1, self.max_n + 1):
            count = size - n + 1
            if count <= 0:
                break
            key = key[:count] | (codes[n - 1 : n - 1 + count] << np.uint64(self.bits * (n - 1)))
            if n < self.min_n:
                continue
            # Inside one padded word, and no character that is in no term.
            starts = np.flatnonzero(
                (owner[n - 1 : n - 1 + count] == owner[:count]) & (unknown[n : n + count] == unknown[:count])
            )
            all_keys.append(key[starts] | np.uint64(n << int(self.length_shift)))
            all_starts.append(starts)
        if all_keys:
            at, columns = self.table.lookup(np.concatenate(all_keys))
            rows = owner[np.concatenate(all_starts)[at]]
        else:
            rows = columns = np.zeros(0, dtype=np.int64)
        return sp.csr_matrix((np.ones(len(rows), dtype=np.int64), (columns, rows)), shape=(self.n_features, len(words)))


class _Words:
    """Counts for a fitted `analyzer="word"` vectoriser (its token pattern and n-gram range)."""

    def __init__(self, vectoriser: Any) -> None:
        self.lowercase = vectoriser.lowercase
        self.min_n, self.max_n = vectoriser.ngram_range
        self.vocabulary: dict[str, int] = vectoriser.vocabulary_
        self.n_features = len(self.vocabulary)
        self.pattern = re.compile(vectoriser.token_pattern)

    @classmethod
    def supports(cls, vectoriser: Any) -> bool:
        return re.compile(vectoriser.token_pattern).groups == 0 and vectoriser.ngram_range[0] >= 1

    def counts(self, texts: list[str]) -> sp.csr_matrix:
        """The word n-gram counts of `texts` (texts x columns, int64)."""
        get = self.vocabulary.get
        documents: list[np.ndarray] = []
        columns: list[np.ndarray] = []
        per_text = [self.pattern.findall(t.lower() if self.lowercase else t) for t in texts]
        lengths = np.fromiter(map(len, per_text), dtype=np.int64, count=len(texts))
        tokens = list(chain.from_iterable(per_text))
        owner = np.repeat(np.arange(len(texts)), lengths)
        ends = np.cumsum(lengths)  # where the next text's tokens start
        for n in range(self.min_n, self.max_n + 1):
            if n == 1:
                grams = tokens
            else:
                grams = list(map(" ".join, zip(*(tokens[i : len(tokens) - n + 1 + i] for i in range(n)))))
            ids = np.fromiter(map(get, grams, repeat(-1)), dtype=np.int64, count=len(grams))
            keep = ids >= 0
            first = owner[: len(grams)]
            if n > 1:
                keep &= np.arange(len(grams)) + n <= ends[first]  # the n-gram stays inside its text
            documents.append(first[keep])
            columns.append(ids[keep])
        rows = np.concatenate(documents) if documents else np.zeros(0, dtype=np.int64)
        cols = np.concatenate(columns) if columns else np.zeros(0, dtype=np.int64)
        return sp.csr_matrix((np.ones(len(rows), dtype=np.int64), (rows, cols)), shape=(len(texts), self.n_features))


class FastFeatures:
    """The fitted FeatureUnion's matrix for a batch of texts, counted in bulk (see the module doc)."""

    def __init__(self, blocks: list[tuple[Any, _CharWB | _Words]]) -> None:
        self.blocks = blocks

    @classmethod
    def build(cls, features: Any) -> FastFeatures | None:
        """For a fitted FeatureUnion of TfidfVectorizers, or None if it cannot be reproduced exactly."""
        if getattr(features, "transformer_weights", None) or not hasattr(features, "transformer_list"):
            return None
        blocks: list[tuple[Any, _CharWB | _Words]] = []
        for _, vectoriser in features.transformer_list:
            if not hasattr(vectoriser, "_tfidf") or not hasattr(vectoriser, "vocabulary_"):
                return None
            params = vectoriser.get_params()
            if any(params.get(k, v) != v for k, v in ORDINARY.items()):
                return None
            if params.get("analyzer") == "char_wb" and _CharWB.supports(vectoriser):
                blocks.append((vectoriser, _CharWB(vectoriser)))
            elif params.get("analyzer") == "word" and _Words.supports(vectoriser):
                blocks.append((vectoriser, _Words(vectoriser)))
            else:
                return None
        return cls(blocks)

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        """The TF-IDF feature matrix, as `features.transform(texts)` gives it."""
        matrices = []
        for vectoriser, block in self.blocks:
            counts = block.counts(texts)
            counts.sort_indices()  # (a check: both blocks come out sorted)
            counts = sp.csr_matrix(
                (counts.data.astype(np.float64), counts.indices.astype(np.int32), counts.indptr.astype(np.int32)),
                shape=counts.shape,
            )  # sklearn's layout: float64 counts, int32 indices sorted within each row
            matrices.append(vectoriser._tfidf.transform(counts, copy=False))
        return sp.hstack(matrices).tocsr()

    def linear(self, texts: list[str], coefs: np.ndarray) -> np.ndarray:
        """`transform(texts) @ coefs.T` (texts × rows of `coefs`), without building the matrix: each
        block's sublinear TF-IDF rows, l2-normalised, dotted with its share of each row in numpy. The
        intake screen's question, at a few µs a text where sklearn's checks cost a millisecond a call
        (equal to the matrix product up to floating-point rounding)."""
        out = np.zeros((len(texts), coefs.shape[0]))
        offset = 0
        for vectoriser, block in self.blocks:
            counts = block.counts(texts)
            tfidf = vectoriser._tfidf
            if tfidf.norm != "l2" or not tfidf.sublinear_tf or not tfidf.use_idf:
                raise ValueError("only the shipped l2, sublinear, idf weighting has a fast path")
            weights = (np.log(counts.data.astype(np.float64)) + 1.0) * tfidf.idf_[counts.indices]
            rows = np.repeat(np.arange(len(texts)), np.diff(counts.indptr))
            # (float64 even for a block with no terms, where bincount counts in int64)
            norms = np.sqrt(np.bincount(rows, weights * weights, minlength=len(texts)).astype(np.float64))
            for i, coef in enumerate(coefs[:, offset + counts.indices]):
                dots = np.bincount(rows, weights * coef, minlength=len(texts)).astype(np.float64)
                out[:, i] += np.divide(dots, norms, out=np.zeros_like(dots), where=norms > 0)
            offset += block.n_features
        return out
