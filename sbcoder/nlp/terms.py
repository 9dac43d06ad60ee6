"""From features to weighted terms: the shared vocabulary of themes and similarity.

A lemma becomes up to three kinds of term: its stem (so financiering and financieren
count as one), the stems of its compound parts at half weight (buurtvertrouwen also
counts as vertrouwen), and noun phrases count as terms of their own. Weights are
sublinear TF times IDF, rows L2-normalised, in scipy sparse matrices.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from sbcoder.nlp.dutch import Decompounder, build_vocabulary, is_content_word, stem
from sbcoder.nlp.features import TextFeatures

PART_WEIGHT = 0.5
CHUNK_WEIGHT = 1.0


@dataclass(frozen=True)
class CodeProfile:
    """What the suggestion functions know about one code.

    quotation_features: features of the code's quotations (from `analyse_texts`).
    cooccurring: other code id -> how often both codes sit on the same (or overlapping)
        quotations; any non-negative count, normalised here.
    label_features: features of "name. description" when the caller has a pipeline at
        hand (`lemmas_of`); otherwise the name and description are split into lower-case
        words without lemmas.
    """

    code_id: int
    name: str
    description: str
    quotation_features: Sequence[TextFeatures]
    cooccurring: dict[int, float]
    label_features: TextFeatures | None = None

    def label_lemmas(self) -> tuple[str, ...]:
        """Content lemmas of the name and description."""
        if self.label_features is not None:
            return self.label_features.lemmas
        words = f"{self.name} {self.description}".lower().replace("/", " ").split()
        return tuple(
            w.strip(".,;:!?()'\"“”") for w in words if is_content_word(w.strip(".,;:!?()'\"“”"))
        )


class TermSpace:
    """Turns features into term bags with one vocabulary, one decompounder, one IDF."""

    def __init__(self, lemma_frequencies: dict[str, int]) -> None:
        self._decompounder = Decompounder(lemma_frequencies)
        self._expansions: dict[str, tuple[tuple[str, float, str], ...]] = {}
        self._display: dict[str, Counter[str]] = {}
        self.index: dict[str, int] = {}
        self.idf: np.ndarray = np.zeros(0)

    @classmethod
    def from_features(cls, features: Iterable[TextFeatures], extra: Iterable[Sequence[str]] = ()):
        """A space whose decompounder trusts the lemmas of `features` and `extra`."""
        lemma_lists = [f.lemmas for f in features]
        lemma_lists.extend(extra)
        return cls(build_vocabulary(lemma_lists))

    def expand(self, lemma: str) -> tuple[tuple[str, float, str], ...]:
        """The weighted terms one lemma contributes: (term, weight, word shown for it)."""
        cached = self._expansions.get(lemma)
        if cached is None:
            terms: dict[str, tuple[float, str]] = {stem(lemma): (1.0, lemma)}
            for part in self._decompounder.split(lemma):
                key = stem(part)
                if key not in terms:
                    terms[key] = (PART_WEIGHT, part)
            cached = tuple((term, w, shown) for term, (w, shown) in terms.items())
            self._expansions[lemma] = cached
        return cached

    def bag(self, features: TextFeatures, weight: float = 1.0) -> Counter[str]:
        """Weighted term counts of one text."""
        counts: Counter[str] = Counter()
        for lemma, n in Counter(features.lemmas).items():
            for term, w, shown in self.expand(lemma):
                counts[term] += w * weight * n
                self._shown(term, shown, n)
        for chunk in features.noun_chunks:
            key = " ".join(stem(part) for part in chunk.split())
            counts[key] += CHUNK_WEIGHT * weight
            self._shown(key, chunk, 1)
        return counts

    def _shown(self, term: str, shown: str, n: int) -> None:
        counter = self._display.get(term)
        if counter is None:
            counter = self._display[term] = Counter()
        counter[shown] += n

    def lemma_bag(self, lemmas: Iterable[str], weight: float = 1.0) -> Counter[str]:
        """Weighted term counts of bare lemmas (code names and descriptions)."""
        return self.bag(TextFeatures(tuple(lemmas)), weight)

    def display(self, term: str) -> str:
        """The lemma or phrase most often behind a term, for labels."""
        shown = self._display.get(term)
        return shown.most_common(1)[0][0] if shown else term

    def fit_idf(self, bags: Sequence[Counter[str]]) -> None:
        """Fix the vocabulary and the IDF from document bags (codes, units, ...).

        IDF is log(N / df) + a small floor: a term in every document weighs almost
        nothing (gemeente, bewoners, buurt), as the everyday words of a project should.
        """
        df: Counter[str] = Counter()
        for bag in bags:
            df.update(bag.keys())
        self.index = {term: i for i, term in enumerate(sorted(df))}
        n = max(len(bags), 1)
        self.idf = np.array([math.log((n + 1) / df[term]) for term in sorted(df)], dtype=np.float64)

    def matrix(self, bags: Sequence[Counter[str]], normalise: bool = True) -> sparse.csr_matrix:
        """Rows of sublinear TF * IDF over the fitted vocabulary (unknown terms dropped)."""
        rows, cols, vals = [], [], []
        for row, bag in enumerate(bags):
            for term, count in bag.items():
                col = self.index.get(term)
                if col is not None and count > 0:
                    rows.append(row)
                    cols.append(col)
                    vals.append((1.0 + math.log(count)) if count >= 1 else count)
        mat = sparse.csr_matrix(
            (np.array(vals, dtype=np.float64), (rows, cols)),
            shape=(len(bags), len(self.index)),
        )
        mat = mat.multiply(self.idf[np.newaxis, :]).tocsr() if len(self.index) else mat
        return l2_normalise(mat) if normalise else mat


def l2_normalise(mat: sparse.csr_matrix) -> sparse.csr_matrix:
    """Rows scaled to unit length (zero rows stay zero)."""
    norms = np.sqrt(np.asarray(mat.multiply(mat).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms).dot(mat).tocsr()
