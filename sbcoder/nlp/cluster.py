"""Clustering helpers in numpy (no scikit-learn in the stack): constrained average-linkage
agglomeration on a similarity matrix, constrained Ward agglomeration of points,
silhouette, and the Adjusted Rand Index.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np

_RECORD_ABOVE_MINIMUM = 50  # labels cost O(n) each: keep those near the end


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

    Returns {k: labels} for the numbers of clusters k near the end of the merging:
    min_clusters (or the number of distinct keys, if the constraints stop it there) and
    up to 50 above it.
    """
    n = similarity.shape[0]
    members, keys = _start_clusters(groups, n)

    m = len(members)
    sizes = np.array([len(c) for c in members], dtype=np.float64)
    membership = np.zeros((m, n))
    for a, idx in enumerate(members):
        membership[a, idx] = 1.0
    linkage = (membership @ similarity @ membership.T) / np.outer(sizes, sizes)
    np.fill_diagonal(linkage, -np.inf)
    pinned = np.array([k is not None for k in keys])
    same = np.array([[ka == kb for kb in keys] for ka in keys]) if pinned.any() else None
    if same is not None:
        linkage[np.outer(pinned, pinned) & ~same] = -np.inf
    alive = np.ones(m, dtype=bool)

    results: dict[int, np.ndarray] = {}
    count = m
    while True:
        if count <= max(min_clusters, 1) + _RECORD_ABOVE_MINIMUM:
            results[count] = _labels(members, alive, n)
        if count <= max(min_clusters, 1):
            break
        flat = int(np.argmax(linkage))
        a, b = divmod(flat, m)
        if not np.isfinite(linkage[a, b]):
            # Only cannot-link pairs are left (dead rows are -inf too).
            results.setdefault(count, _labels(members, alive, n))
            break
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
        linkage[b, :] = -np.inf
        linkage[:, b] = -np.inf
        count -= 1
    return results


def ward_agglomerate(
    points: np.ndarray,
    groups: Sequence[Hashable | None] | None = None,
    min_clusters: int = 1,
) -> dict[int, np.ndarray]:
    """Ward clustering of the rows of `points`, with the constraints of `agglomerate`.

    Each step merges the two clusters whose merging adds least to the within-cluster
    sum of squares, |A||B| / (|A| + |B|) * |centroid A - centroid B|^2 (what scipy's
    `linkage(points, "ward")` does without constraints). Codes pinned to one key start
    as one cluster; clusters pinned to different keys never merge. Returns {k: labels}
    as `agglomerate` does.
    """
    n = points.shape[0]
    members, keys = _start_clusters(groups, n)
    sizes = np.array([len(c) for c in members], dtype=np.float64)
    centroids = np.array([points[idx].mean(axis=0) for idx in members])
    alive = np.ones(len(members), dtype=bool)

    def costs(a: int) -> np.ndarray:
        row = sizes[a] * sizes / (sizes[a] + sizes)
        row = row * ((centroids - centroids[a]) ** 2).sum(axis=1)
        if keys[a] is not None:
            row[[k is not None and k != keys[a] for k in keys]] = np.inf
        row[~alive] = np.inf
        row[a] = np.inf
        return row

    cost = np.array([costs(a) for a in range(len(members))])
    results: dict[int, np.ndarray] = {}
    count = len(members)
    while True:
        if count <= max(min_clusters, 1) + _RECORD_ABOVE_MINIMUM:
            results[count] = _labels(members, alive, n)
        if count <= max(min_clusters, 1):
            break
        a, b = divmod(int(np.argmin(cost)), len(members))
        if not np.isfinite(cost[a, b]):
            results.setdefault(count, _labels(members, alive, n))
            break  # only cannot-link pairs are left
        centroids[a] = (sizes[a] * centroids[a] + sizes[b] * centroids[b]) / (sizes[a] + sizes[b])
        sizes[a] += sizes[b]
        members[a].extend(members[b])
        keys[a] = keys[a] if keys[a] is not None else keys[b]
        alive[b] = False
        cost[b, :] = cost[:, b] = np.inf
        cost[a, :] = cost[:, a] = costs(a)
        count -= 1
    return results


def _start_clusters(
    groups: Sequence[Hashable | None] | None, n: int
) -> tuple[list[list[int]], list[Hashable | None]]:
    """The first clusters: one per free item, one per pinned key (must-link)."""
    members: list[list[int]] = []
    keys: list[Hashable | None] = []
    by_key: dict[Hashable, int] = {}
    for i, key in enumerate(list(groups) if groups is not None else [None] * n):
        if key is not None and key in by_key:
            members[by_key[key]].append(i)
            continue
        if key is not None:
            by_key[key] = len(members)
        members.append([i])
        keys.append(key)
    return members, keys


def _labels(members: list[list[int]], alive: np.ndarray, n: int) -> np.ndarray:
    labels = np.empty(n, dtype=np.int64)
    for label, idx in enumerate(np.flatnonzero(alive)):
        labels[members[idx]] = label
    return labels


def silhouette(distance: np.ndarray, labels: np.ndarray) -> float:
    """Mean silhouette width; singletons count 0 (Rousseeuw 1987). -1..1, higher better."""
    n = len(labels)
    clusters, inverse = np.unique(labels, return_inverse=True)
    if len(clusters) < 2 or len(clusters) >= n:
        return -1.0
    onehot = np.zeros((n, len(clusters)))
    onehot[np.arange(n), inverse] = 1.0
    counts = onehot.sum(axis=0)
    totals = distance @ onehot  # sum of distances from each item to each cluster
    own_count = counts[inverse] - 1
    a = np.where(own_count > 0, totals[np.arange(n), inverse] / np.maximum(own_count, 1), 0)
    mean_to = totals / counts
    mean_to[np.arange(n), inverse] = np.inf
    b = mean_to.min(axis=1)
    denom = np.maximum(a, b)
    widths = np.where((own_count > 0) & (denom > 0), (b - a) / np.where(denom > 0, denom, 1), 0)
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


def spectral_embedding(similarity: np.ndarray) -> np.ndarray:
    """Eigenvectors of the normalised affinity, leading first (Ng, Jordan & Weiss 2001).

    The leading k of them capture k groups that are linked through chains of moderately
    similar codes, which average linkage on raw word overlap misses when each pair of
    codes shares only a word or two. Computed once, sliced per k.
    """
    affinity = np.clip(similarity, 0.0, None)
    np.fill_diagonal(affinity, 0.0)
    degree = affinity.sum(axis=1)
    degree[degree == 0] = 1e-12
    normalised = affinity / np.sqrt(np.outer(degree, degree))
    _, vectors = np.linalg.eigh(normalised)
    return vectors[:, ::-1]


def unit_rows(matrix: np.ndarray) -> np.ndarray:
    """The rows scaled to unit length (zero rows stay zero)."""
    return matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)


def cut_into(tree: np.ndarray, k: int) -> np.ndarray:
    """Labels 0..k-1 of the k clusters a scipy linkage `tree` has after its first n - k
    merges: exactly k, even where merge heights tie (fcluster's height threshold then
    merges tied branches together). scipy's cut_tree gives the same, 30 times slower."""
    n = len(tree) + 1
    parent = np.arange(2 * n - 1)
    for row in range(max(n - k, 0)):
        parent[int(tree[row, 0])] = parent[int(tree[row, 1])] = n + row
    roots = np.arange(n)
    while True:
        up = parent[roots]
        if np.array_equal(up, roots):
            break
        roots = up
    return np.unique(roots, return_inverse=True)[1]


def standardise_rows(matrix: np.ndarray) -> np.ndarray:
    """A code-by-code matrix as z-scores of each row over the other codes, made
    symmetric, the diagonal on top: a code that is near everyone (general words, or
    used everywhere) then says nothing about any one pair."""
    n = len(matrix)
    off = ~np.eye(n, dtype=bool)
    result = np.zeros((n, n))
    for i in range(n):
        row = matrix[i, off[i]]
        spread = row.std() if row.size > 1 else 0.0
        if spread > 0:
            result[i, off[i]] = (row - row.mean()) / spread
    result = (result + result.T) / 2
    np.fill_diagonal(result, result.max() if n > 1 else 1.0)
    return result
