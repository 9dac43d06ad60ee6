"""Codes for a passage, and passages for a code ("find more like this").

Both compare term vectors (see `terms.TermSpace`): a passage against each code's
centroid (all its quotations plus, three times over, its name and description, which
state what the researcher meant by the code), with a little extra weight for the name
and description alone, and against the centroid's character grams (`terms.GramSpace`),
which catch derivations and compounds that lemmas miss.

Measured on the evaluation set (tests/unit/test_nlp_eval.py, top-3 over all 15 ways of
holding out two quotations per code): 0.73 on the trained stand-in and 0.735 on the
fallback, against 0.70 and 0.68 before word classes weighted terms (nouns over verbs,
+0.02), grams (+0.02) and the name and description counted three times (+0.01). On the
fixed hold-out of the 3rd and 5th quotation, the hardest of the 15, it stays at 0.63.
Comparing a passage with each code's nearest quotation (kNN, alone or mixed with the
centroid), BM25 saturation, naive Bayes, logistic regression, LSA, smoothing over
similar codes and entropy weighting of terms were all measured and were no better or
worse, so they are not used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from sbcoder.nlp.features import TextFeatures
from sbcoder.nlp.search import Hit, lemma_search
from sbcoder.nlp.term_matrix import count_matrices, document_idf, tf_idf
from sbcoder.nlp.terms import CodeProfile, GramSpace, TermSpace

__all__ = [
    "CodeIndex",
    "Hit",
    "SimilarUnit",
    "find_similar_units",
    "lemma_search",
    "rank_codes_for_passage",
]

CENTROID_WEIGHT = 0.85
LABEL_WEIGHT = 0.15
GRAM_WEIGHT = 0.3
LABEL_REPEATS = 3.0  # how many quotations' worth the name and description count in a centroid


class CodeIndex:
    """Precomputed term vectors of codes, for ranking many passages quickly.

    Build once per change of the codes (`CodeIndex.build`), then `rank` costs a few
    sparse products: milliseconds for 300 codes and 20,000 quotations.
    """

    def __init__(
        self,
        code_ids: list[int],
        space: TermSpace,
        centroids: sparse.csr_matrix,
        labels: sparse.csr_matrix,
        grams: GramSpace | None = None,
        gram_centroids: sparse.csr_matrix | None = None,
    ) -> None:
        self.code_ids = code_ids
        self.space = space
        self._centroids = centroids
        self._labels = labels
        self.grams = grams
        self._gram_centroids = gram_centroids

    @classmethod
    def build(cls, profiles: Sequence[CodeProfile]) -> CodeIndex:
        """Index `profiles`; IDF is computed over all their quotations and labels."""
        quotations = [f for p in profiles for f in p.quotation_features]
        labels = [p.label_text_features() for p in profiles]
        space = TermSpace.from_features(quotations, extra=[p.label_lemmas() for p in profiles])
        grams = GramSpace()
        counts = count_matrices(quotations + labels, space, grams)
        owners = [i for i, p in enumerate(profiles) for _ in p.quotation_features]
        owned = sparse.csr_matrix(
            (np.ones(len(owners)), (owners, np.arange(len(owners)))),
            shape=(len(profiles), len(quotations)),
        )
        n = len(quotations)
        space.index, space.idf = counts.term_index(), document_idf(counts.terms)
        grams.index, grams.idf = counts.gram_index(), document_idf(counts.grams)
        label_terms = counts.terms[n:]
        centroids = owned @ counts.terms[:n] + LABEL_REPEATS * label_terms
        gram_centroids = owned @ counts.grams[:n] + LABEL_REPEATS * counts.grams[n:]
        return cls(
            [p.code_id for p in profiles],
            space,
            tf_idf(centroids.tocsr(), space.idf),
            tf_idf(label_terms, space.idf),
            grams,
            tf_idf(gram_centroids.tocsr(), grams.idf),
        )

    def scores(self, features: TextFeatures) -> np.ndarray:
        """A score per code (in `code_ids` order), 0 and up (about 0..1.3)."""
        if not self.code_ids:
            return np.zeros(0)
        query = self.space.matrix([self.space.bag(features)])
        scores = np.zeros(len(self.code_ids))
        if query.nnz:
            scores += CENTROID_WEIGHT * (self._centroids @ query.T).toarray().ravel()
            scores += LABEL_WEIGHT * (self._labels @ query.T).toarray().ravel()
        if self.grams is not None and self._gram_centroids is not None:
            gram_query = self.grams.matrix([self.grams.bag(features)])
            if gram_query.nnz:
                scores += GRAM_WEIGHT * (self._gram_centroids @ gram_query.T).toarray().ravel()
        return scores

    def rank(self, features: TextFeatures, top: int = 10) -> list[tuple[int, float]]:
        """The `top` codes most like the passage, best first, as (code_id, score);
        codes with nothing in common with it are left out."""
        scores = self.scores(features)
        order = np.argsort(-scores, kind="stable")[:top]
        return [(self.code_ids[i], round(float(scores[i]), 4)) for i in order if scores[i] > 0]


def rank_codes_for_passage(
    passage: TextFeatures, codes: Sequence[CodeProfile], top: int = 10
) -> list[tuple[int, float]]:
    """Codes ranked for one passage. Builds an index each call: for many passages, build
    a `CodeIndex` once and call `rank`."""
    return CodeIndex.build(codes).rank(passage, top)


@dataclass(frozen=True)
class SimilarUnit:
    doc_id: int
    start: int
    end: int
    score: float
    shared_terms: tuple[str, ...]  # the words that made it similar, strongest first


def find_similar_units(
    code_profile: CodeProfile,
    candidate_units: Sequence[tuple[int, int, int, TextFeatures]],
    exclude: Sequence[tuple[int, int, int]] = (),
    top: int = 50,
) -> list[SimilarUnit]:
    """Units (sentences or paragraphs) most like a code's quotations, best first.

    candidate_units: (doc_id, start, end, features). exclude: (doc_id, start, end) spans
    already carrying the code; a unit is skipped when at least half of it, or half of
    such a span, lies in the overlap (it is that quotation, or contains it).
    IDF comes from the candidate units: what is common in this project weighs little.
    """
    if not candidate_units or not code_profile.quotation_features:
        return []
    by_doc: dict[int, list[tuple[int, int]]] = {}
    for doc_id, start, end in exclude:
        by_doc.setdefault(doc_id, []).append((start, end))
    units = [u for u in candidate_units if not _covered(u[0], u[1], u[2], by_doc)]
    if not units:
        return []
    quotations = list(code_profile.quotation_features)
    label = code_profile.label_text_features()
    space = TermSpace.from_features(
        [u[3] for u in units] + quotations, extra=[code_profile.label_lemmas()]
    )
    counts = count_matrices([u[3] for u in units] + quotations + [label], space, GramSpace())
    n, n_quotations = len(units), len(quotations)

    def unit_and_code_vectors(
        matrix: sparse.csr_matrix,
    ) -> tuple[sparse.csr_matrix, sparse.csr_matrix, sparse.csr_matrix]:
        idf = document_idf(matrix[:n])
        label_counts = matrix[n + n_quotations :]
        code_counts = sparse.csr_matrix(matrix[n : n + n_quotations].sum(axis=0))
        centroid = tf_idf(code_counts + LABEL_REPEATS * label_counts, idf)
        return tf_idf(matrix[:n], idf), centroid, tf_idf(label_counts, idf)

    unit_matrix, centroid, label_row = unit_and_code_vectors(counts.terms)
    unit_grams, gram_centroid, _ = unit_and_code_vectors(counts.grams)
    scores = CENTROID_WEIGHT * (unit_matrix @ centroid.T).toarray().ravel()
    scores += LABEL_WEIGHT * (unit_matrix @ label_row.T).toarray().ravel()
    scores += GRAM_WEIGHT * (unit_grams @ gram_centroid.T).toarray().ravel()
    order = [i for i in np.argsort(-scores, kind="stable")[:top] if scores[i] > 0]
    centroid_row = centroid.toarray().ravel()  # the words, not the grams, explain a match
    results = []
    for i in order:
        contribution = unit_matrix[i].toarray().ravel() * centroid_row
        strongest = np.argsort(-contribution)[:5]
        shared = tuple(
            space.display(counts.term_names[j]) for j in strongest if contribution[j] > 0
        )
        doc_id, start, end, _ = units[i]
        results.append(SimilarUnit(doc_id, start, end, round(float(scores[i]), 4), shared))
    return results


def _covered(doc_id: int, start: int, end: int, by_doc: dict[int, list[tuple[int, int]]]) -> bool:
    for s, e in by_doc.get(doc_id, ()):
        overlap = min(end, e) - max(start, s)
        if overlap > 0 and (2 * overlap >= end - start or 2 * overlap >= e - s):
            return True
    return False
