"""Clustering helpers on a similarity matrix, in numpy (no scikit-learn in the stack):
constrained average-linkage agglomeration, silhouette, and the Adjusted Rand Index.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np


def agglomerate(
    similarity: np.ndarray,
    groups: Sequence[Hashable | None] | None = None,
    min_clusters: int = 1,
) -> dict[int, np.ndarray]:
    """Average-linkage clustering on a similarity matrix, with researcher constraints.

    groups[i] is the theme key a code is pinned to (None = free). Codes pinned to the
    same key start as one cluster (must-link); clusters pinned to different keys never
    merge (cannot-link), so pinned codes stay in their theme while they pull similar free
    codes towards it.

    Returns {k: labels} for every number of clusters k the merging passes through, from
    the starting number down to max(min_clusters, number of distinct keys).
    """
    n = similarity.shape[0]
    groups = list(groups) if groups is not None else [None] * n
    members: list[list[int]] = []
    keys: list[Hashable | None] = []
    by_key: dict[Hashable, int] = {}
    for i, key in enumerate(groups):
        if key is not None and key in by_key:
            members[by_key[key]].append(i)
            continue
        if key is not None:
            by_key[key] = len(members)
        members.append([i])
        keys.append(key)

    m = len(members)
    sizes = np.array([len(c) for c in members], dtype=np.float64)
    sums = np.zeros((m, m))
    for a, ca in enumerate(members):
        block = similarity[np.ix_(ca, range(n))]
        for b, cb in enumerate(members):
            sums[a, b] = block[:, cb].sum()
    linkage = sums / np.outer(sizes, sizes)
    np.fill_diagonal(linkage, -np.inf)
    for a in range(m):
        for b in range(m):
            if keys[a] is not None and keys[b] is not None and keys[a] != keys[b]:
                linkage[a, b] = -np.inf
    alive = np.ones(m, dtype=bool)

    results: dict[int, np.ndarray] = {}
    count = m
    while True:
        results[count] = _labels(members, alive, n)
        if count <= max(min_clusters, 1):
            break
        masked = np.where(alive[:, None] & alive[None, :], linkage, -np.inf)
        flat = int(np.argmax(masked))
        a, b = divmod(flat, m)
        if not np.isfinite(masked[a, b]):
            break  # only cannot-link pairs are left
        # Lance-Williams for average linkage: size-weighted mean of the two rows.
        merged = (sizes[a] * linkage[a] + sizes[b] * linkage[b]) / (sizes[a] + sizes[b])
        blocked = ~np.isfinite(linkage[a]) | ~np.isfinite(linkage[b])
        merged[blocked] = -np.inf
        linkage[a, :] = merged
        linkage[:, a] = merged
        linkage[a, a] = -np.inf
        sizes[a] += sizes[b]
        members[a].extend(members[b])
        keys[a] = keys[a] if keys[a] is not None else keys[b]
        alive[b] = False
        count -= 1
    return results


def _labels(members: list[list[int]], alive: np.ndarray, n: int) -> np.ndarray:
    labels = np.empty(n, dtype=np.int64)
    for label, idx in enumerate(np.flatnonzero(alive)):
        labels[members[idx]] = label
    return labels


def silhouette(distance: np.ndarray, labels: np.ndarray) -> float:
    """Mean silhouette width; singletons count 0 (Rousseeuw 1987). -1..1, higher better."""
    n = len(labels)
    clusters = np.unique(labels)
    if len(clusters) < 2 or len(clusters) >= n:
        return -1.0
    widths = np.zeros(n)
    for i in range(n):
        own = labels == labels[i]
        if own.sum() <= 1:
            continue
        a = distance[i, own].sum() / (own.sum() - 1)
        b = min(distance[i, labels == c].mean() for c in clusters if c != labels[i])
        widths[i] = (b - a) / max(a, b) if max(a, b) > 0 else 0.0
    return float(widths.mean())


def adjusted_rand_index(labels_a: Sequence[Hashable], labels_b: Sequence[Hashable]) -> float:
    """Adjusted Rand Index of two partitions of the same items (Hubert & Arabie 1985):
    1 for identical partitions, about 0 for chance, negative for worse than chance."""
    if len(labels_a) != len(labels_b):
        raise ValueError(f"partitions of different sizes: {len(labels_a)} and {len(labels_b)}")
    _, a = np.unique(np.asarray(labels_a, dtype=object).astype(str), return_inverse=True)
    _, b = np.unique(np.asarray(labels_b, dtype=object).astype(str), return_inverse=True)
    table = np.zeros((a.max() + 1, b.max() + 1), dtype=np.int64)
    np.add.at(table, (a, b), 1)

    def pairs(x: np.ndarray) -> float:
        return float((x * (x - 1) // 2).sum())

    index = pairs(table)
    rows, cols = pairs(table.sum(axis=1)), pairs(table.sum(axis=0))
    total = len(labels_a) * (len(labels_a) - 1) / 2
    if total == 0:
        return 1.0
    expected = rows * cols / total
    maximum = (rows + cols) / 2
    if maximum == expected:
        return 1.0
    return (index - expected) / (maximum - expected)


def spectral_similarity(similarity: np.ndarray, dimensions: int) -> np.ndarray:
    """Cosine similarity of the codes in a spectral embedding (Ng, Jordan & Weiss 2001).

    The leading eigenvectors of the normalised affinity capture groups that are linked
    through chains of moderately similar codes, which average linkage on raw word
    overlap misses when each pair shares only a word or two.
    """
    affinity = np.clip(similarity, 0.0, None)
    np.fill_diagonal(affinity, 0.0)
    degree = affinity.sum(axis=1)
    degree[degree == 0] = 1e-12
    normalised = affinity / np.sqrt(np.outer(degree, degree))
    _, vectors = np.linalg.eigh(normalised)
    embedding = vectors[:, ::-1][:, :dimensions]
    norms = np.linalg.norm(embedding, axis=1, keepdims=True)
    embedding = embedding / np.maximum(norms, 1e-12)
    return embedding @ embedding.T
