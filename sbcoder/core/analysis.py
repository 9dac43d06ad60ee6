"""Code frequency tables: codes (as a tree) × documents, cases, groups, coders or values.

What is counted (the unit), stated once so every table and test agrees:
- A code's own count is the number of distinct quotations carrying it (in the coder
  table: carrying it by that coder). Two coders putting the same code on one
  quotation make one quotation, except in the coder table where each coder counts.
- Parents roll their branch up in one of three ways (`rollup`):
  "once": each quotation in the branch counts once for the parent (the number of
  quotations about that topic); "duplicates": the parent adds up its sub-codes'
  counts, so a quotation carrying two sub-codes counts twice (ATLAS.ti's default
  for code groups); "none": a parent counts only what carries the parent itself.
- The Total column counts each quotation once per row, even when its document sits in
  two cases (so it is not always the sum of the columns). The Total row counts
  distinct coded quotations ("once") or codings ("duplicates"/"none") per column.
- "Documents" is the number of documents in scope in which the row's code (branch)
  occurs, and "% documents" that number out of all documents in scope.
- Words and characters are summed over the same units (a quotation's words counted
  by `AnalysisData.word_counts`; characters are end − start in code points).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

import numpy as np

from sbcoder.core.analysis_arrays import CellIndex, distinct, expand_csr, pack, unpack
from sbcoder.core.analysis_data import AnalysisData, load_analysis_data
from sbcoder.core.analysis_dimensions import BY_VALUES, By, Dimension, build_dimension
from sbcoder.core.analysis_filters import Selection, TableFilter, select_data
from sbcoder.core.analysis_labels import check_language, text
from sbcoder.core.analysis_stats import STATS_BY, stats_table
from sbcoder.core.analysis_table import Cell, ColumnHeader, RowHeader, Table, freeze_cells
from sbcoder.core.errors import ValidationError

if TYPE_CHECKING:
    from sbcoder.core.project import Project

__all__ = [
    "BY_VALUES",
    "MEASURES",
    "ROLLUPS",
    "STATS_BY",
    "frequency_table",
    "stats_table",
]

Rollup = Literal["once", "duplicates", "none"]
Measure = Literal["quotations", "words", "characters"]
ROLLUPS: tuple[str, ...] = ("once", "duplicates", "none")
MEASURES: tuple[str, ...] = ("quotations", "words", "characters")
TOTAL = "total"
DOCUMENTS = "documents"
PERCENT_DOCUMENTS = "percent_documents"


def _check_options(rollup: str, measures: Sequence[str]) -> tuple[str, ...]:
    if rollup not in ROLLUPS:
        raise ValidationError(f"rollup must be one of {', '.join(ROLLUPS)}, not {rollup!r}")
    chosen = tuple(dict.fromkeys(measures))
    if not chosen or any(m not in MEASURES for m in chosen):
        raise ValidationError(f"measures must be among {', '.join(MEASURES)}: {measures!r}")
    return chosen


def frequency_table(
    project: Project,
    by: By = "document",
    *,
    attribute_id: int | None = None,
    filter: TableFilter | None = None,
    rollup: Rollup = "once",
    measures: Sequence[Measure] = ("quotations",),
    language: str = "nl",
    data: AnalysisData | None = None,
) -> Table:
    """Codes (tree order, with depth) × the values of `by`, plus Total, Documents and
    % documents columns and a Total row. See the module docstring for what is counted.

    `by` is "document", "case", "group", "coder" or "attribute" (then `attribute_id`
    names it). `measures` chooses what each cell sums: quotations, words, characters
    (several give one column per value and measure). Pass `data` (from
    `load_analysis_data`) to build several tables from one read of the project."""
    language = check_language(language)
    chosen = _check_options(rollup, measures)
    data = data or load_analysis_data(project)
    selection = select_data(data, filter)
    dimension = build_dimension(selection, by, language, attribute_id)
    return _frequency(selection, dimension, rollup, chosen, language)


def _frequency(
    selection: Selection,
    dimension: Dimension,
    rollup: str,
    measures: tuple[str, ...],
    language: str,
) -> Table:
    data, tree, s = selection.data, selection.data.tree, selection
    n_q, n_codes = len(data.quotation_ids), len(tree)
    n_rows, n_cols = len(s.codes), len(dimension)
    # Units: one per distinct (quotation, code) — per (quotation, code, coder column) in
    # the coder table. Everything below is arithmetic on packed int64 keys: one sort
    # (`distinct`) per distinct-count, no Python loop over codings.
    if dimension.by_coder:
        _, coder_column = dimension.expand(s.doc, s.coder)
        unit = distinct(pack((s.qi, n_q), (s.code, n_codes), (coder_column, n_cols)))
        uqi, ucode, ucol = unpack(unit, n_q, n_codes, n_cols)
    else:
        unit = distinct(pack((s.qi, n_q), (s.code, n_codes)))
        uqi, ucode = unpack(unit, n_q, n_codes)
        ucol = None
    weights_of: dict[str, np.ndarray | None] = {"quotations": None}
    if "characters" in measures:
        weights_of["characters"] = (data.q_end - data.q_start).astype(np.float64)
    if "words" in measures:
        weights_of["words"] = data.quotation_words().astype(np.float64)

    row_of = np.full(n_codes, -1, dtype=np.int64)
    row_of[s.codes] = np.arange(n_rows, dtype=np.int64)
    if rollup == "none":
        pos, anc = np.arange(len(unit), dtype=np.int64), ucode
    else:
        pos, anc = expand_csr(ucode, tree.ancestors_ptr, tree.ancestors)
        if s.filter.code_ids is not None:  # ancestors above a chosen branch drop out
            keep = s.in_scope[anc]
            pos, anc = pos[keep], anc[keep]
    arow, aqi = row_of[anc], uqi[pos]

    def columns_of(unit_positions: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(positions into unit_positions, column) for each column a unit counts in."""
        if ucol is not None:
            return np.arange(len(unit_positions), dtype=np.int64), ucol[unit_positions]
        return dimension.expand(data.q_doc[uqi[unit_positions]], s.coder[:0])

    cpos, ccol = columns_of(pos)
    cell, cqi = arow[cpos] * n_cols + ccol, aqi[cpos]
    trow, tqi = arow, aqi
    rpos, rcol = columns_of(np.arange(len(unit), dtype=np.int64))
    rqi = uqi[rpos]
    grand_qi = uqi
    if rollup == "once":  # each quotation once per cell, row total, column total
        cell, cqi = unpack(
            distinct(pack((cell, n_rows * n_cols), (cqi, n_q))), n_rows * n_cols, n_q
        )
        trow, tqi = unpack(distinct(pack((trow, n_rows), (tqi, n_q))), n_rows, n_q)
        rcol, rqi = unpack(distinct(pack((rcol, n_cols), (rqi, n_q))), n_cols, n_q)
        grand_qi = distinct(uqi)

    def counted(keys: np.ndarray, size: int, qi: np.ndarray, measure: str) -> np.ndarray:
        weights = weights_of[measure]
        if len(keys) == 0:
            return np.zeros(size, dtype=np.int64)
        chosen = None if weights is None else weights[qi]
        return np.rint(np.bincount(keys, weights=chosen, minlength=size)).astype(np.int64)

    values = {m: counted(cell, n_rows * n_cols, cqi, m).reshape(n_rows, n_cols) for m in measures}
    totals = {m: counted(trow, n_rows, tqi, m) for m in measures}
    column_totals = {m: counted(rcol, n_cols, rqi, m) for m in measures}
    grand = {
        m: int(counted(np.zeros(len(grand_qi), np.int64), 1, grand_qi, m)[0]) for m in measures
    }
    doc_rank = np.searchsorted(np.asarray(sorted(s.doc_ids), dtype=np.int64), data.q_doc[aqi])
    n_docs = len(s.doc_ids)
    row_docs = distinct(pack((arow, n_rows), (doc_rank, n_docs)))
    doc_counts = np.bincount(unpack(row_docs, n_rows, n_docs)[0], minlength=n_rows)
    coded_docs = len(distinct(data.q_doc[uqi]))

    def percent(count: int) -> float | None:
        return None if n_docs == 0 else 100.0 * count / n_docs

    # Headers.
    single = len(measures) == 1
    headers: list[ColumnHeader] = []
    for key, label in zip(dimension.keys, dimension.labels, strict=True):
        for m in measures:
            suffix = "" if single else f" ({text('measure_' + m, language)})"
            headers.append(ColumnHeader(key if single else (key, m), label + suffix))
    for m in measures:
        suffix = "" if single else f" ({text('measure_' + m, language)})"
        label = text("total", language) + suffix
        headers.append(ColumnHeader(TOTAL if single else (TOTAL, m), label))
    headers.append(ColumnHeader(DOCUMENTS, text("documents", language)))
    headers.append(ColumnHeader(PERCENT_DOCUMENTS, text("pct_documents", language), "percent"))

    if single:
        body = values[measures[0]].tolist()
    else:
        stacked = np.stack([values[m] for m in measures], axis=2)  # rows × cols × measures
        body = stacked.reshape(n_rows, n_cols * len(measures)).tolist()
    total_lists = [totals[m].tolist() for m in measures]
    doc_list = doc_counts.tolist()
    rows: list[list[Cell]] = []
    for r in range(n_rows):
        row: list[Cell] = body[r]
        row += [t[r] for t in total_lists]
        row += [doc_list[r], percent(doc_list[r])]
        rows.append(row)
    total_row: list[Cell] = [int(column_totals[m][c]) for c in range(n_cols) for m in measures]
    total_row += [grand[m] for m in measures]
    total_row += [coded_docs, percent(coded_docs)]
    rows.append(total_row)

    row_headers = [
        RowHeader(int(tree.ids[i]), tree.names[i], int(d))
        for i, d in zip(s.codes.tolist(), s.code_depth.tolist(), strict=True)
    ]
    row_headers.append(RowHeader(TOTAL, text("total", language), 0, is_total=True))

    # Drill-down over the very arrays counted above (sorted only when first asked).
    cells_index = CellIndex(cell, cqi, data)
    total_index = CellIndex(trow, tqi, data)
    column_index = CellIndex(rcol, rqi, data)
    everything = CellIndex(np.zeros(len(uqi), np.int64), uqi, data)
    per_value = len(measures)
    value_columns = n_cols * per_value

    def lookup(row: int, column: int) -> tuple[int, ...]:
        is_total_row = row == n_rows
        if column < value_columns:
            dim_column = column // per_value
            if is_total_row:
                return column_index.get(dim_column)
            return cells_index.get(row * n_cols + dim_column)
        return everything.get(0) if is_total_row else total_index.get(row)

    notes = (
        text(f"note_rollup_{rollup}", language),
        text("note_total_row_" + ("once" if rollup == "once" else "duplicates"), language),
    )
    return Table(
        title=text("title_frequencies", language, by=dimension.title),
        name=text("name_frequencies", language, by=dimension.title),
        row_header_title=text("code", language),
        row_headers=tuple(row_headers),
        column_headers=tuple(headers),
        cells=freeze_cells(rows),
        notes=notes,
        lookup=lookup,
    )
