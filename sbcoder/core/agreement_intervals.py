"""Vectorised tallies of code presence for intercoder agreement, on intervals.

Nothing here builds an array per character. At character level the coded state of a code
only changes at span boundaries, so all boundaries of all (document, code) pairs are
sorted once and every segment between two boundaries is weighted by its length. At unit
level each span is mapped to the range of units it touches with a binary search. Every
(document, code) pair is handled in the same numpy pass: the pair number times a stride
longer than any document is added to each offset, so one sort orders pairs and positions.

The result is a `PresenceTally`: per code, how many units exactly k coders marked, per
coder how many units they marked, and the runs of units on which coders differ.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["PresenceTally", "SpanTable", "tally_characters", "tally_units"]

_MAX_KEY = 2**62


@dataclass(frozen=True)
class SpanTable:
    """All spans to compare, one row each; indices refer to the caller's lists."""

    doc: np.ndarray  # int64 document index
    code: np.ndarray  # int64 code index
    coder: np.ndarray  # int64 coder index
    start: np.ndarray  # int64 code point offset
    end: np.ndarray  # int64, exclusive, start < end <= document length


@dataclass(frozen=True)
class PresenceTally:
    """Code presence counted per code, plus where coders disagree.

    `histogram[code, k]` is the number of units (characters, sentences, paragraphs) of all
    documents that exactly k coders marked with the code; column 0 holds the units nobody
    marked. `coder_totals[code, c]` is the number coder c marked. `any_coded_units` is the
    number of units that some coder marked with some code. The `disagreement_*` arrays
    describe maximal runs of contiguous units with one and the same split of the coders,
    sorted by document, code and start; `disagreement_coders[i, c]` says whether coder c
    marked run i.
    """

    units: int
    histogram: np.ndarray
    coder_totals: np.ndarray
    any_coded_units: int
    disagreement_doc: np.ndarray
    disagreement_code: np.ndarray
    disagreement_start: np.ndarray
    disagreement_end: np.ndarray
    disagreement_coders: np.ndarray


def _stride(doc_lengths: np.ndarray, n_groups: int) -> int:
    """A key stride longer than any document; refuses sizes whose keys would overflow."""
    stride = int(doc_lengths.max(initial=0)) + 1
    if n_groups * stride >= _MAX_KEY:
        raise OverflowError(
            f"{n_groups} document/code pairs of up to {stride - 1} characters "
            "are too many to compare in one pass"
        )
    return stride


def _empty_disagreements(n_coders: int) -> dict[str, np.ndarray]:
    empty = np.zeros(0, dtype=np.int64)
    return {
        "disagreement_doc": empty,
        "disagreement_code": empty,
        "disagreement_start": empty,
        "disagreement_end": empty,
        "disagreement_coders": np.zeros((0, n_coders), dtype=bool),
    }


def _per_code_counts(
    code: np.ndarray,
    coders_marking: np.ndarray,
    weight: np.ndarray | None,
    state: np.ndarray,
    n_codes: int,
    total_units: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Histogram over k and per-coder totals, for the rows of units marked by someone."""
    n_coders = state.shape[1]
    # bincount sums weights as float64, exact for integer sums below 2**53 characters.
    histogram = (
        np.rint(
            np.bincount(
                code * (n_coders + 1) + coders_marking,
                weights=weight,
                minlength=n_codes * (n_coders + 1),
            )
        )
        .astype(np.int64)
        .reshape(n_codes, n_coders + 1)
    )
    histogram[:, 0] = total_units - histogram[:, 1:].sum(axis=1)
    totals = np.zeros((n_codes, n_coders), dtype=np.int64)
    for coder in range(n_coders):
        coder_weight = state[:, coder] if weight is None else weight * state[:, coder]
        totals[:, coder] = np.rint(np.bincount(code, weights=coder_weight, minlength=n_codes))
    return histogram, totals


def _runs(
    rows: np.ndarray,
    contiguous_with_previous: np.ndarray,
    state: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """First and last row of each run of disagreeing rows that share one coder split."""
    if rows.size == 0:
        return rows, rows
    joins = contiguous_with_previous & np.all(state[rows[1:]] == state[rows[:-1]], axis=1)
    firsts = rows[np.concatenate(([True], ~joins))]
    lasts = rows[np.concatenate((~joins, [True]))]
    return firsts, lasts


def tally_characters(
    spans: SpanTable, doc_lengths: np.ndarray, n_codes: int, n_coders: int
) -> PresenceTally:
    """Tally code presence per character, working on span boundaries only."""
    total_units = int(doc_lengths.sum())
    n_spans = spans.start.size
    if n_spans == 0:
        histogram = np.zeros((n_codes, n_coders + 1), dtype=np.int64)
        histogram[:, 0] = total_units
        return PresenceTally(
            total_units,
            histogram,
            np.zeros((n_codes, n_coders), np.int64),
            0,
            **_empty_disagreements(n_coders),
        )
    stride = _stride(doc_lengths, len(doc_lengths) * n_codes)
    group = spans.doc * n_codes + spans.code
    base = group * stride
    keys = np.concatenate((base + spans.start, base + spans.end))
    boundaries, position = np.unique(keys, return_inverse=True)
    n_boundaries = boundaries.size
    cell = position * n_coders + np.concatenate((spans.coder, spans.coder))
    # +1 where a coder's span opens, −1 where it closes; the running sum per coder is how
    # many of their spans cover the segment after each boundary. Each pair's events sum to
    # zero, so the running sum needs no reset between (document, code) pairs.
    delta = np.bincount(cell[:n_spans], minlength=n_boundaries * n_coders) - np.bincount(
        cell[n_spans:], minlength=n_boundaries * n_coders
    )
    state = np.cumsum(delta.reshape(n_boundaries, n_coders), axis=0) > 0
    marking = state.sum(axis=1)
    # A segment someone marked always ends at a later boundary of the same pair.
    active = np.flatnonzero(marking > 0)
    seg_group = boundaries[active] // stride
    seg_code = seg_group % n_codes
    seg_length = boundaries[active + 1] - boundaries[active]
    histogram, totals = _per_code_counts(
        seg_code, marking[active], seg_length, state[active], n_codes, total_units
    )

    # Characters some coder marked with some code: the union of all spans per document.
    doc_keys = spans.doc * stride
    union_keys = np.concatenate((doc_keys + spans.start, doc_keys + spans.end))
    order = np.argsort(union_keys, kind="stable")
    union_keys = union_keys[order]
    depth = np.cumsum(np.where(order < n_spans, 1, -1))
    any_coded = int(np.sum(np.diff(union_keys)[depth[:-1] > 0]))

    disagreeing = active[marking[active] < n_coders]
    firsts, lasts = _runs(disagreeing, disagreeing[1:] == disagreeing[:-1] + 1, state)
    run_group = boundaries[firsts] // stride
    run_offset = run_group * stride
    return PresenceTally(
        units=total_units,
        histogram=histogram,
        coder_totals=totals,
        any_coded_units=any_coded,
        disagreement_doc=run_group // n_codes,
        disagreement_code=run_group % n_codes,
        disagreement_start=boundaries[firsts] - run_offset,
        disagreement_end=boundaries[lasts + 1] - run_offset,
        disagreement_coders=state[firsts],
    )


def tally_units(
    spans: SpanTable,
    doc_lengths: np.ndarray,
    doc_units: list[np.ndarray],
    n_codes: int,
    n_coders: int,
) -> PresenceTally:
    """Tally code presence per unit: a coder marks a unit if a span overlaps any of it.

    `doc_units[d]` is an (n, 2) int64 array of document d's units, sorted and disjoint.
    A span that lies wholly between units (on whitespace, say) marks nothing.
    """
    counts = np.array([units.shape[0] for units in doc_units], dtype=np.int64)
    total_units = int(counts.sum())
    n_spans = spans.start.size
    if n_spans == 0 or total_units == 0:
        histogram = np.zeros((n_codes, n_coders + 1), dtype=np.int64)
        histogram[:, 0] = total_units
        return PresenceTally(
            total_units,
            histogram,
            np.zeros((n_codes, n_coders), np.int64),
            0,
            **_empty_disagreements(n_coders),
        )
    stride = _stride(doc_lengths, len(doc_lengths))
    if n_codes * total_units * n_coders >= _MAX_KEY:
        raise OverflowError(
            f"{n_codes} codes over {total_units} units are too many to compare in one pass"
        )
    all_units = np.concatenate(doc_units).astype(np.int64, copy=False)
    unit_doc = np.repeat(np.arange(len(doc_units), dtype=np.int64), counts)
    unit_start, unit_end = all_units[:, 0], all_units[:, 1]
    # Units are sorted and disjoint within a document and documents follow each other, so
    # both keyed arrays are sorted and a span touches units first_touched .. past_touched−1.
    doc_base = spans.doc * stride
    first_touched = np.searchsorted(
        unit_doc * stride + unit_end, doc_base + spans.start, side="right"
    )
    past_touched = np.searchsorted(
        unit_doc * stride + unit_start, doc_base + spans.end, side="left"
    )
    touched = np.maximum(past_touched - first_touched, 0)
    span_row = np.repeat(np.arange(n_spans), touched)
    run_begin = np.cumsum(touched) - touched
    unit = np.repeat(first_touched, touched) + (
        np.arange(span_row.size) - np.repeat(run_begin, touched)
    )
    # One cell per (code, unit, coder) that is marked; overlapping spans collapse here.
    cells = np.unique(
        (spans.code[span_row] * total_units + unit) * n_coders + spans.coder[span_row]
    )
    pair = cells // n_coders
    pairs, marking = np.unique(pair, return_counts=True)
    state = np.zeros((pairs.size, n_coders), dtype=bool)
    state[np.repeat(np.arange(pairs.size), marking), cells % n_coders] = True
    pair_code, pair_unit = pairs // total_units, pairs % total_units
    histogram, totals = _per_code_counts(pair_code, marking, None, state, n_codes, total_units)

    disagreeing = np.flatnonzero(marking < n_coders)
    nxt, prev = disagreeing[1:], disagreeing[:-1]
    # The next unit of the same code and the same document (pair numbers run on across both).
    contiguous = (
        (pairs[nxt] == pairs[prev] + 1)
        & (pair_code[nxt] == pair_code[prev])
        & (unit_doc[pair_unit[nxt]] == unit_doc[pair_unit[prev]])
    )
    firsts, lasts = _runs(disagreeing, contiguous, state)
    run_doc = unit_doc[pair_unit[firsts]]
    run_code = pair_code[firsts]
    run_start = unit_start[pair_unit[firsts]]
    order = np.lexsort((run_start, run_code, run_doc))  # pairs are code-major; report doc-major
    return PresenceTally(
        units=total_units,
        histogram=histogram,
        coder_totals=totals,
        any_coded_units=int(np.unique(unit).size),
        disagreement_doc=run_doc[order],
        disagreement_code=run_code[order],
        disagreement_start=run_start[order],
        disagreement_end=unit_end[pair_unit[lasts]][order],
        disagreement_coders=state[firsts][order],
    )
