"""Codes for a passage, and passages for a code ("find more like this").

Both compare term vectors (see `terms.TermSpace`): a passage against each code's
centroid (all its quotations plus, three times over, its name and description, which
state what the researcher meant by the code), with a little extra weight for the name
and description alone, and against the centroid's character grams (`terms.GramSpace`),
which catch derivations and compounds that lemmas miss.

Measured (tests/unit/test_nlp_eval.py, top-3 cross-validated over all 15 ways of holding
out two quotations per code): 0.73 on the development set with the trained stand-in and
0.735 with the fallback, against 0.70 and 0.68 before word classes weighted terms (nouns
over verbs, +0.02), grams (+0.02) and the name and description counted three times
(+0.01); on four sets written blind to the method 0.61-0.77 (mean 0.69) and 0.56-0.73
(mean 0.67). Comparing a passage with each code's nearest quotation (kNN, alone or mixed
with the centroid), BM25 saturation, naive Bayes, logistic regression, LSA, smoothing
over similar codes, entropy weighting of terms, correcting for codes that score high for
every passage, and the stand-in's own token vectors (at chance alone) were all measured
and were no better or worse, so they are not used. What the misses need is word meaning
("inspraak" for a code about having a say) that no lexical method has.

Where the pipeline has word vectors (nl_core_news_md/lg), the passage's mean vector is
also compared with each code's mean vector, centred on the mean over all codes (a mean of
word vectors is otherwise alike for any two Dutch texts) and standardised across codes,
so that a passage saying "diner" finds the code whose quotations say "maaltijd". Its
weight (`VECTOR_WEIGHT`) equals the typical spread of the term scores across codes; no
Dutch vectors are installed where this was built, so it is set by that scale, not tuned.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from sbcoder.nlp.cluster import unit_rows
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
# About the standard deviation of the term scores of one passage across codes (0.066 on
# the evaluation set): one standard deviation of vector similarity moves a code as much.
VECTOR_WEIGHT = 0.066


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
        vectors: CodeVectors | None = None,
    ) -> None:
        self.code_ids = code_ids
        self.space = space
        self._centroids = centroids
        self._labels = labels
        self.grams = grams
        self._gram_centroids = gram_centroids
        self.vectors = vectors

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
            CodeVectors.build(profiles),
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
        if self.vectors is not None and features.vector is not None:
            scores += VECTOR_WEIGHT * self.vectors.standardised(features.vector)
        return scores

    def rank(self, features: TextFeatures, top: int = 10) -> list[tuple[int, float]]:
        """The `top` codes most like the passage, best first, as (code_id, score);
        codes with nothing in common with it are left out."""
        scores = self.scores(features)
        order = np.argsort(-scores, kind="stable")[:top]
        return [(self.code_ids[i], round(float(scores[i]), 4)) for i in order if scores[i] > 0]


class CodeVectors:
    """Mean word vectors of codes, centred on their common mean, for `CodeIndex`."""

    def __init__(self, centroids: np.ndarray, present: np.ndarray, centre: np.ndarray) -> None:
        self._centroids = centroids  # unit rows; zero rows for codes without vectors
        self._present = present
        self._centre = centre

    @classmethod
    def build(cls, profiles: Sequence[CodeProfile]) -> CodeVectors | None:
        """None unless at least two codes have quotations with vectors (a pipeline with
        vectors); the name and description count `LABEL_REPEATS` times, as in terms."""
        means = [_mean_vector(profile) for profile in profiles]
        present = np.array([m is not None for m in means], dtype=bool)
        if present.sum() < 2:
            return None
        width = len(next(m for m in means if m is not None))
        if any(m is not None and len(m) != width for m in means):
            return None  # features from two pipelines: vectors are not comparable
        matrix = np.array([m if m is not None else np.zeros(width) for m in means])
        centre = matrix[present].mean(axis=0)
        matrix[present] -= centre
        return cls(unit_rows(matrix), present, centre)

    def standardised(self, vector: Sequence[float]) -> np.ndarray:
        """Cosine of the centred `vector` with each code, as z-scores across the codes
        that have vectors (0 for the others and for a vector of another width)."""
        out = np.zeros(len(self._present))
        query = np.asarray(vector, dtype=float)
        if query.shape != self._centre.shape:
            return out
        query = query - self._centre
        norm = np.linalg.norm(query)
        if norm == 0:
            return out
        cosines = self._centroids[self._present] @ (query / norm)
        spread = cosines.std()
        if spread > 0:
            out[self._present] = (cosines - cosines.mean()) / spread
        return out


def _mean_vector(code: CodeProfile) -> np.ndarray | None:
    rows = [np.asarray(f.vector, dtype=float) for f in code.quotation_features if f.vector]
    label = code.label_text_features().vector
    if label:
        rows += [np.asarray(label, dtype=float)] * int(LABEL_REPEATS)
    if not rows or any(len(r) != len(rows[0]) for r in rows):
        return None
    return np.mean(rows, axis=0)


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
    scores += VECTOR_WEIGHT * _unit_vector_scores([u[3] for u in units], code_profile)
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


def _unit_vector_scores(units: Sequence[TextFeatures], code: CodeProfile) -> np.ndarray:
    """Cosine of each unit's mean vector with the code's, both centred on the units' mean,
    as z-scores across the units; zeros without vectors (see the module docstring)."""
    out = np.zeros(len(units))
    code_mean = _mean_vector(code)
    have = [i for i, u in enumerate(units) if u.vector]
    if code_mean is None or len(have) < 2:
        return out
    matrix = np.array([units[i].vector for i in have], dtype=float)
    if matrix.shape[1] != code_mean.shape[0]:
        return out
    centre = matrix.mean(axis=0)
    cosines = unit_rows(matrix - centre) @ unit_rows((code_mean - centre)[None, :])[0]
    if cosines.std() > 0:
        out[have] = (cosines - cosines.mean()) / cosines.std()
    return out


def _covered(doc_id: int, start: int, end: int, by_doc: dict[int, list[tuple[int, int]]]) -> bool:
    for s, e in by_doc.get(doc_id, ()):
        overlap = min(end, e) - max(start, s)
        if overlap > 0 and (2 * overlap >= end - start or 2 * overlap >= e - s):
            return True
    return False
