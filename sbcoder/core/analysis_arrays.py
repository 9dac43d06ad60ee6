"""Array helpers for counting: mixed-radix keys, sort-based distinct, CSR expansion and
the lazy drill-down index. Plain numpy, no project access."""

from __future__ import annotations

from typing import Protocol

import numpy as np

from sbcoder.core.errors import SbcoderError


class QuotationArrays(Protocol):
    """What drill-down needs of a snapshot: per dense quotation index, its id and a key
    that sorts quotations in document order (see `AnalysisData`)."""

    quotation_ids: np.ndarray
    q_order: np.ndarray


def expand_csr(keys: np.ndarray, pointer: np.ndarray, values: np.ndarray):
    """For each position p of `keys`, every value in values[pointer[k]:pointer[k+1]]
    (k = keys[p]); returns (positions, values) as two aligned arrays."""
    counts = pointer[keys + 1] - pointer[keys]
    total = int(counts.sum())
    positions = np.repeat(np.arange(len(keys), dtype=np.int64), counts)
    if total == 0:
        return positions, np.empty(0, dtype=values.dtype)
    offsets = np.repeat(pointer[keys] - (np.cumsum(counts) - counts), counts)
    return positions, values[offsets + np.arange(total, dtype=np.int64)]


def distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted. (np.unique without return_* uses a hash table in
    numpy 2.x that is 10-100× slower than sorting on the int64 keys counted here.)"""
    ordered = np.sort(values)
    if len(ordered) < 2:
        return ordered
    keep = np.empty(len(ordered), dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def dense_index(values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(distinct values sorted, index of each one's first occurrence, and for every
    position the index of its value among the distinct ones)."""
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    new = np.ones(len(ordered), dtype=bool)
    if len(ordered) > 1:
        np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    rank = np.cumsum(new) - 1
    inverse = np.empty(len(values), dtype=np.int64)
    inverse[order] = rank
    return ordered[new], order[new], inverse


def pack(*parts: tuple[np.ndarray, int]) -> np.ndarray:
    """One int64 key per position from aligned (values, size) parts, each value in
    0 … size-1 (mixed radix): equal keys mean equal rows, and `unpack` reverses it."""
    capacity = 1
    for _, size in parts:
        capacity *= max(size, 1)
    if capacity >= 2**63:
        raise SbcoderError("the table is too large to count (more than 2^63 cells)")
    key = np.zeros(len(parts[0][0]), dtype=np.int64)
    for values, size in parts:
        key = key * max(size, 1) + values
    return key


def unpack(key: np.ndarray, *sizes: int) -> list[np.ndarray]:
    """The parts of keys made by `pack` with these sizes, in the same order."""
    out = []
    for size in reversed(sizes):
        key, part = np.divmod(key, max(size, 1))
        out.append(part)
    return out[::-1]


class CellIndex:
    """Quotations grouped by an integer cell key, for drill-down. Sorting happens on the
    first question only: a table that is exported and never drilled into pays nothing."""

    def __init__(self, keys: np.ndarray, qi: np.ndarray, data: QuotationArrays) -> None:
        self._keys, self._qi, self._data = keys, qi, data
        self._sorted: tuple[np.ndarray, np.ndarray] | None = None

    def get(self, key: int) -> tuple[int, ...]:
        """The distinct quotation ids under `key`, in document order."""
        if self._sorted is None:
            order = self._data.q_order[self._qi]
            sort = np.lexsort((self._qi, order, self._keys))
            self._sorted = (self._keys[sort], self._qi[sort])
        keys, qi = self._sorted
        lo = np.searchsorted(keys, key, side="left")
        hi = np.searchsorted(keys, key, side="right")
        ids = self._data.quotation_ids[qi[lo:hi]].tolist()
        return tuple(dict.fromkeys(ids))
