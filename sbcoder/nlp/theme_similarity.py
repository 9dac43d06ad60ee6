"""How alike two codes are, for theme suggestion: how often each one's quotations would
be suggested for the other.

Every quotation is scored against every code's centroid the way `similarity.CodeIndex`
ranks codes for a passage (terms and character grams, the name and description counted
three times), and votes 1 / rank for each code. Codes A and B are alike when A's
quotations rank B high. Quotations that A and B share are left out of that vote, so a
double-coded quotation is not counted as a word match as well.

Two corrections make the votes comparable across codes. Term vectors are centred on
their mean before the cosine, so the vocabulary every code shares (bewoner, buurt,
gemeente) pulls no pair together. Each code's row of votes is standardised (z-scores):
a code with general words gets votes from everyone, which says nothing about any pair.

A second view is added with half the weight: the cosines of the centred code centroids
themselves, also standardised. Each view alone is noisier than the two together.

Measured on the evaluation set (tests/unit/test_nlp_eval.py, 19 codes in 5 themes; the
mean ARI over both pipelines, the chosen and the forced 5 themes, the whole set and the
21 sets with one or two quotations of every code left out): 0.44, against 0.30 for the
cosine of raw code centroids plus co-occurrence that it replaces, 0.39 for the votes
alone. Adding co-occurrence of codes made it worse (half of the evaluation's
double-coded quotations cross themes, as CIMO codes do in real projects), so codes
sharing quotations is no evidence here either way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from sbcoder.nlp.cluster import standardise_rows
from sbcoder.nlp.features import TextFeatures
from sbcoder.nlp.term_matrix import CountMatrices, count_matrices, document_idf, tf_idf
from sbcoder.nlp.terms import CodeProfile, GramSpace, TermSpace

LABEL_REPEATS = 3.0
GRAM_WEIGHT = 0.3
COSINE_WEIGHT = 0.5  # the second view: centred cosines of the code centroids themselves
_CHUNK = 2048  # quotations scored at once: bounds memory at 20,000 quotations


@dataclass
class QuotationTerms:
    """The codes' quotations, each once, and their names and descriptions, as term and
    gram counts (shared by the theme similarity and the theme labels)."""

    quotations: list[TextFeatures]
    membership: sparse.csr_matrix  # codes x quotations, 1 where the code carries it
    space: TermSpace
    counts: CountMatrices  # rows: the quotations, then one label per code

    @classmethod
    def of(cls, codes: Sequence[CodeProfile]) -> QuotationTerms:
        """Expand the quotations and the names and descriptions of `codes`."""
        position: dict[TextFeatures, int] = {}
        rows, cols = [], []
        for i, code in enumerate(codes):
            for features in set(code.quotation_features):
                rows.append(i)
                cols.append(position.setdefault(features, len(position)))
        membership = sparse.csr_matrix(
            (np.ones(len(rows)), (rows, cols)), shape=(len(codes), len(position))
        )
        quotations = list(position)
        space = TermSpace.from_features(quotations, extra=[c.label_lemmas() for c in codes])
        labels = [c.label_text_features() for c in codes]
        counts = count_matrices(quotations + labels, space, GramSpace())
        return cls(quotations, membership, space, counts)

    def split(self, counts: sparse.csr_matrix) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
        """`counts` rows as (quotations, labels)."""
        n = len(self.quotations)
        return counts[:n], counts[n:]


def confusion_similarity(
    codes: Sequence[CodeProfile], terms: QuotationTerms | None = None
) -> np.ndarray:
    """A symmetric code-by-code similarity (z-scores, diagonal = the largest value).
    `terms`: the codes' quotations already expanded (`QuotationTerms.of(codes)`)."""
    n = len(codes)
    if n == 0:
        return np.zeros((0, 0))
    terms = terms if terms is not None else QuotationTerms.of(codes)
    channels = []
    for counts, weight in ((terms.counts.terms, 1.0), (terms.counts.grams, GRAM_WEIGHT)):
        idf = document_idf(counts)
        quotation_counts, label_counts = terms.split(counts)
        centroid_counts = terms.membership @ quotation_counts + LABEL_REPEATS * label_counts
        channels.append(
            _Channel(tf_idf(quotation_counts, idf), tf_idf(centroid_counts.tocsr(), idf), weight)
        )
    votes_sum = np.zeros((n, n))
    member_csr = terms.membership
    member_csc = member_csr.tocsc()
    for start in range(0, len(terms.quotations), _CHUNK):
        stop = min(start + _CHUNK, len(terms.quotations))
        scores = sum(ch.weight * ch.centred_cosine(start, stop) for ch in channels)
        order = np.argsort(-scores, axis=1, kind="stable")
        votes = np.empty_like(scores)
        np.put_along_axis(votes, order, 1.0 / np.arange(1.0, n + 1.0), axis=1)  # 1 / rank
        members = member_csc[:, start:stop]
        # Votes of a's quotations for b, minus those of quotations b carries too.
        own = members.T.multiply(votes).tocsr()
        votes_sum += members @ votes - (members @ own).toarray()
    sizes = np.asarray(member_csr.sum(axis=1)).ravel()
    shared = (member_csr @ member_csr.T).toarray()
    counts_apart = sizes[:, None] - shared
    mean_votes = np.divide(votes_sum, counts_apart, out=np.zeros((n, n)), where=counts_apart > 0)
    cosines = sum(ch.weight * ch.centred_centroid_cosines() for ch in channels)
    similarity = standardise_rows(mean_votes) + COSINE_WEIGHT * standardise_rows(cosines)
    np.fill_diagonal(similarity, similarity.max())
    return similarity


class _Channel:
    """Cosines of quotations and code centroids after both are centred on their means,
    computed from the sparse matrices without ever making them dense."""

    def __init__(self, quotations: sparse.csr_matrix, centroids: sparse.csr_matrix, weight: float):
        self.weight = weight
        self.quotations = quotations
        self.centroids = centroids
        self.quotation_mean = _column_mean(quotations)
        self.centroid_mean = _column_mean(centroids)
        self.centroid_dot_qmean = centroids @ self.quotation_mean
        self.mean_dot = float(self.quotation_mean @ self.centroid_mean)
        centroid_norm2 = np.asarray(centroids.multiply(centroids).sum(axis=1)).ravel()
        centred2 = (
            centroid_norm2
            - 2 * (centroids @ self.centroid_mean)
            + self.centroid_mean @ self.centroid_mean
        )
        self.centroid_norm = np.sqrt(np.maximum(centred2, 1e-24))

    def centred_centroid_cosines(self) -> np.ndarray:
        """Code-by-code cosines of the centred centroids."""
        dots = (self.centroids @ self.centroids.T).toarray()
        along_mean = self.centroids @ self.centroid_mean
        dots -= along_mean[:, None] + along_mean[None, :]
        dots += self.centroid_mean @ self.centroid_mean
        return dots / np.outer(self.centroid_norm, self.centroid_norm)

    def centred_cosine(self, start: int, stop: int) -> np.ndarray:
        rows = self.quotations[start:stop]
        dots = (rows @ self.centroids.T).toarray()
        dots -= (rows @ self.centroid_mean)[:, None]
        dots -= self.centroid_dot_qmean[None, :]
        dots += self.mean_dot
        row_norm2 = np.asarray(rows.multiply(rows).sum(axis=1)).ravel()
        centred2 = (
            row_norm2 - 2 * (rows @ self.quotation_mean) + self.quotation_mean @ self.quotation_mean
        )
        row_norm = np.sqrt(np.maximum(centred2, 1e-24))
        return dots / row_norm[:, None] / self.centroid_norm[None, :]


def _column_mean(matrix: sparse.csr_matrix) -> np.ndarray:
    if matrix.shape[0] == 0:
        return np.zeros(matrix.shape[1])
    return np.asarray(matrix.mean(axis=0)).ravel()
