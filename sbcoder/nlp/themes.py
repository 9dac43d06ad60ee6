"""Theme suggestion: which open codes belong together, and what to call each group.

Codes are alike when each one's quotations would be suggested for the other, and when
their centroids are alike (`theme_similarity.confusion_similarity`: terms, character
grams, the name and description; centred and standardised so the words every code
shares count for nothing). The project's structure (codes sharing quotations, passages
or speakers: `structure.structure_similarity`) is added with a small weight, and word
vectors when the pipeline has them.

The codes are clustered in a spectral embedding of that similarity (Ng, Jordan & Weiss
2001): the rows of its first k eigenvectors, scaled to unit length, are merged with Ward
linkage (the k-means objective of that method, found deterministically; k-means itself,
alone or as a consensus of many runs, was measured no better and is not deterministic),
honouring codes the researcher pinned to a theme (`cluster.ward_agglomerate`): pinned
codes stay under their key and pull similar free codes towards them. Ward replaced
average linkage of the embedded cosines after three labelled sets were measured: the
mean ARI over both pipelines, chosen and true numbers of themes and leave-one-out rose
from 0.51 to 0.56 (set a: 0.65 -> 0.70; set c, written blind, then used for this choice:
0.36 -> 0.41). The number of themes, when not given, is the one with the best silhouette
between 2 and a third of the codes (a theme gathers three codes or more on average;
silhouette alone favours many small themes). Asked for fewer themes than that, the same
tree is cut higher, so suggested themes merge rather than reshuffle."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
from scipy import sparse
from scipy.cluster.hierarchy import linkage

from sbcoder.nlp.cluster import (
    agglomerate,
    cut_into,
    silhouette,
    spectral_embedding,
    unit_rows,
    ward_agglomerate,
)
from sbcoder.nlp.structure import structure_evidence
from sbcoder.nlp.term_matrix import document_idf, tf_idf
from sbcoder.nlp.terms import CodeProfile
from sbcoder.nlp.theme_similarity import QuotationTerms, confusion_similarity

__all__ = ["CodeProfile", "ThemeMember", "ThemeSuggestion", "suggest_themes"]

LABEL_WEIGHT = 1.0
VECTOR_WEIGHT = 1.0
# The structure (-1..1) against the word-based similarity (z-scores; two views, weights
# 1 and 0.5): small, as measured in nlp.structure; it decides where the words leave codes
# nearly tied, and more where the structure is strong.
STRUCTURE_WEIGHT = 0.25
LABEL_TERMS = 3
MAX_AUTO_THEMES = 30


class ThemeInputError(ValueError):
    """The codes given to `suggest_themes` cannot be clustered as asked."""


@dataclass(frozen=True)
class ThemeMember:
    code_id: int
    score: float  # 0..1: how typical the code is of its theme (similarity to the others)


@dataclass(frozen=True)
class ThemeSuggestion:
    key: str  # the pinned key of its codes, else "theme-N"
    label: str  # a few distinctive words, e.g. "maaltijd, koffie, binnenlopen"
    members: list[ThemeMember]
    distinctive_terms: list[str]


def suggest_themes(
    codes: Sequence[CodeProfile],
    n_themes: int | None = None,
    pinned: dict[int, str] | None = None,
) -> list[ThemeSuggestion]:
    """Group codes into themes; largest theme first, members most typical first.

    n_themes: the number of themes, or None to choose it (silhouette over 2..n/3).
    pinned: code_id -> theme key the researcher fixed. Pinned codes stay together under
    their key, codes pinned to different keys never share a theme, and free codes join
    the theme they are most like. Unknown code ids in `pinned` raise ThemeInputError.
    """
    return _suggest(codes, n_themes, pinned)[0]


def _suggest(
    codes: Sequence[CodeProfile], n_themes: int | None, pinned: dict[int, str] | None
) -> tuple[list[ThemeSuggestion], list[str]]:
    """suggest_themes, and the views of the project's structure it used."""
    pinned = dict(pinned or {})
    ids = [c.code_id for c in codes]
    if len(set(ids)) != len(ids):
        raise ThemeInputError("suggest_themes: duplicate code ids in the input")
    unknown = sorted(set(pinned) - set(ids))
    if unknown:
        raise ThemeInputError(f"suggest_themes: pinned codes {unknown} are not among the codes")
    if not codes:
        return [], []
    n_keys = len(set(pinned.values()))
    if n_themes is not None and not (max(1, n_keys) <= n_themes <= len(codes)):
        raise ThemeInputError(
            f"suggest_themes: n_themes={n_themes} is impossible for {len(codes)} codes "
            f"with {n_keys} pinned themes"
        )
    model = _CodeSpace(codes)
    similarity = model.combined_similarity()
    groups = [pinned.get(c.code_id) for c in codes]
    if len(codes) <= 2:
        labels = agglomerate(similarity, groups)[max(agglomerate(similarity, groups))]
        return model.describe(labels, groups, similarity), model.structure_used
    embedding = spectral_embedding(similarity)
    # The number of themes with the best silhouette, measured on the similarities
    # themselves (not the embedding, which is built to separate k groups). More than
    # MAX_AUTO_THEMES themes is more than a researcher can review at once.
    distance = similarity.max() - similarity
    np.fill_diagonal(distance, 0.0)
    low = max(2, n_keys)
    high = max(low, min(len(codes) - 1, len(codes) // 3, MAX_AUTO_THEMES))
    candidates = {k: _partition(embedding, groups, k) for k in range(low, high + 1)}
    best = max(candidates, key=lambda k: silhouette(distance, candidates[k]))
    if n_themes is None:
        labels = candidates[best]
    elif n_themes < best:
        # Fewer themes than suggested: cut the same tree higher, so themes merge
        # instead of being reshuffled (a k-dimensional embedding per k is not nested).
        labels = _partition(embedding, groups, n_themes, dimensions=best)
    else:
        labels = _partition(embedding, groups, n_themes)
    return model.describe(labels, groups, similarity), model.structure_used


def _partition(
    embedding: np.ndarray, groups: list[str | None], k: int, dimensions: int | None = None
) -> np.ndarray:
    """k clusters: Ward linkage of the rows of a k-dimensional spectral embedding, scaled
    to unit length (the k-means objective of Ng, Jordan & Weiss, found deterministically),
    with the researcher's pins as constraints (cannot-link may leave more than k)."""
    points = unit_rows(embedding[:, : dimensions or k])
    if all(g is None for g in groups):
        # Without constraints scipy's C implementation gives the same tree, much faster.
        # Exactly k clusters, following the merge order: fcluster's height threshold
        # merges tied branches together and may return fewer than asked for.
        return cut_into(linkage(points, method="ward"), k)
    partitions = ward_agglomerate(points, groups, min_clusters=k)
    return partitions[min(partitions, key=lambda size: abs(size - k))]


class _CodeSpace:
    """The codes' term vectors and similarities, shared by clustering and labelling."""

    def __init__(self, codes: Sequence[CodeProfile]) -> None:
        self.codes = list(codes)
        self.terms = QuotationTerms.of(codes)
        self.space = self.terms.space
        self.term_names = self.terms.counts.term_names
        # A quotation carrying several codes counts for each at its share, so that the
        # words of a shared quotation do not make the labels of its codes alike.
        quotation_counts, label_counts = self.terms.split(self.terms.counts.terms)
        carriers = np.asarray(self.terms.membership.sum(axis=0)).ravel()
        shares = self.terms.membership @ sparse.diags(1.0 / np.maximum(carriers, 1.0))
        self.counts = (shares @ quotation_counts + LABEL_WEIGHT * label_counts).tocsr()
        self.idf = document_idf(self.counts)  # over codes
        self.matrix = tf_idf(self.counts, self.idf)
        self.structure_used: list[str] = []  # set by combined_similarity

    def combined_similarity(self) -> np.ndarray:
        """See the module docstring: the confusion similarity, plus word vectors."""
        similarity = confusion_similarity(self.codes, self.terms)
        structure, self.structure_used = structure_evidence(self.codes)
        if structure is not None:
            similarity = similarity + STRUCTURE_WEIGHT * structure
            np.fill_diagonal(similarity, similarity.max())
        vectors = self._vector_similarity()
        if vectors is not None:
            # On the same scale as the z-scored confusion similarity.
            off = ~np.eye(len(vectors), dtype=bool)
            spread = vectors[off].std() or 1.0
            similarity = similarity + VECTOR_WEIGHT * (vectors - vectors[off].mean()) / spread
            np.fill_diagonal(similarity, similarity.max())
        return similarity

    def _vector_similarity(self) -> np.ndarray | None:
        centroids = []
        for code in self.codes:
            vectors = [f.vector for f in code.quotation_features if f.vector is not None]
            centroids.append(np.mean(vectors, axis=0) if vectors else None)
        if sum(c is not None for c in centroids) < max(2, len(centroids) // 2):
            return None
        width = next(len(c) for c in centroids if c is not None)
        mat = np.array([c if c is not None else np.zeros(width) for c in centroids])
        present = np.array([c is not None for c in centroids])
        mat[present] -= mat[present].mean(axis=0)
        mat = unit_rows(mat)
        return np.clip(mat @ mat.T, 0.0, None)

    def describe(
        self, labels: np.ndarray, groups: list[str | None], similarity: np.ndarray
    ) -> list[ThemeSuggestion]:
        clusters = [np.flatnonzero(labels == label) for label in np.unique(labels)]
        clusters.sort(key=lambda idx: (-len(idx), int(idx.min())))
        theme_counts = np.vstack(
            [np.asarray(self.counts[idx].sum(axis=0)).ravel() for idx in clusters]
        )
        totals = theme_counts.sum(axis=0)
        mean_size = float(totals.sum()) / max(len(clusters), 1)
        used_keys = {g for g in groups if g is not None}
        suggestions, serial = [], 0
        for idx, counts in zip(clusters, theme_counts, strict=True):
            key = next((groups[i] for i in idx if groups[i] is not None), None)
            if key is None:
                serial += 1
                while f"theme-{serial}" in used_keys:
                    serial += 1
                key = f"theme-{serial}"
            terms = self._distinctive(idx, counts, totals, mean_size)
            scores = self._typicality(idx)
            members = [
                ThemeMember(self.codes[i].code_id, round(float(score), 4))
                for i, score in zip(idx, scores, strict=True)
            ]
            members.sort(key=lambda m: -m.score)
            label = ", ".join(terms[:LABEL_TERMS]) or self.codes[idx[0]].name
            suggestions.append(ThemeSuggestion(key, label, members, terms[:10]))
        return suggestions

    def _distinctive(
        self, idx: np.ndarray, counts: np.ndarray, totals: np.ndarray, mean_size: float
    ) -> list[str]:
        """c-TF-IDF (Grootendorst 2022) times the share of member codes using the term and
        its IDF over codes: a label word should be frequent here, rare elsewhere, and not
        one code's alone."""
        theme_total = float(counts.sum()) or 1.0
        # A word in every code (bewoner, buurt in most projects) describes no theme; the
        # code-level IDF keeps words of every theme (mens, bewoner) out of labels.
        everywhere = math.log((len(self.codes) + 1) / len(self.codes)) + 1e-9
        columns = np.flatnonzero((counts >= 1.0) & (self.idf > everywhere))
        if not len(columns):
            return []
        members = self.counts[idx][:, columns]
        spread = np.asarray((members > 0).sum(axis=0)).ravel() / len(idx)
        weight = (
            (counts[columns] / theme_total)
            * np.log(1 + mean_size / totals[columns])
            * spread
            * self.idf[columns]
        )
        shown: list[str] = []
        for column in columns[np.argsort(-weight, kind="stable")]:
            word = self.space.display(self.term_names[column])
            if any(word in other or other in word for other in shown):
                continue  # "feest" adds nothing after "buurtfeest"
            shown.append(word)
            if len(shown) == 10:
                break
        return shown

    def _typicality(self, idx: np.ndarray) -> np.ndarray:
        """Cosine of each member with the centroid of the other members (rows are unit)."""
        if len(idx) < 2:
            return np.zeros(len(idx))
        rows = self.matrix[idx]
        total = np.asarray(rows.sum(axis=0)).ravel()
        dots = rows @ total - 1.0  # x . (sum - x), with |x| = 1
        norms = np.sqrt(np.maximum(total @ total - 2 * (rows @ total) + 1.0, 1e-12))
        return np.clip(dots / norms, 0.0, 1.0)


def suggest_themes_report(
    codes: Sequence[CodeProfile],
    n_themes: int | None = None,
    pinned: dict[int, str] | None = None,
) -> dict[str, Any]:
    """`suggest_themes` as a JSON-able dict, for `sbcoder suggest-themes --json`."""
    names = {c.code_id: c.name for c in codes}
    themes, structure = _suggest(codes, n_themes, pinned)
    return {
        "n_codes": len(codes),
        "n_themes": len(themes),
        "structure": structure,
        "themes": [
            {
                **asdict(theme),
                "members": [
                    {"code_id": m.code_id, "name": names[m.code_id], "score": m.score}
                    for m in theme.members
                ],
            }
            for theme in themes
        ],
    }
