"""`stats_table`: the summary `sbcoder stats` prints, per document, case or coder.

Columns: documents (per case and coder), characters (document length, per document
and case), coded quotations (distinct quotations with at least one coding), codings,
codes used, coded characters (the union of the coded spans, so overlapping quotations
are not counted twice) and % coded (coded characters out of the characters; for a
coder, out of all documents in scope). The last row holds the totals over everything
in scope, each quotation and character counted once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import numpy as np

from sbcoder.core.analysis_arrays import CellIndex, distinct, pack, unpack
from sbcoder.core.analysis_data import AnalysisData, load_analysis_data
from sbcoder.core.analysis_dimensions import build_dimension
from sbcoder.core.analysis_filters import TableFilter, select_data
from sbcoder.core.analysis_labels import check_language, text
from sbcoder.core.analysis_table import Cell, ColumnHeader, RowHeader, Table, freeze_cells
from sbcoder.core.errors import ValidationError

if TYPE_CHECKING:
    from sbcoder.core.project import Project

StatsBy = Literal["document", "case", "coder"]
STATS_BY: tuple[str, ...] = ("document", "case", "coder")


def covered_lengths(group: np.ndarray, start: np.ndarray, end: np.ndarray, size: int) -> np.ndarray:
    """For each group 0…size-1, the length of the union of its spans [start, end)."""
    if len(group) == 0:
        return np.zeros(size, dtype=np.int64)
    sort = np.lexsort((end, start, group))
    g, s, e = group[sort], start[sort], end[sort]
    # A running maximum of end per group: offsetting each group far above the last
    # lets one cumulative maximum serve all groups at once.
    offset = int(e.max()) + 1
    shifted = g * offset + e
    running = np.maximum.accumulate(shifted)
    previous_end = np.empty_like(running)
    previous_end[0] = -1
    previous_end[1:] = running[:-1] - g[1:] * offset  # < 0 when from an earlier group
    new_part = e - np.maximum(s, previous_end)
    return np.bincount(g, weights=np.clip(new_part, 0, None), minlength=size).astype(np.int64)


def stats_table(
    project: Project,
    by: StatsBy = "document",
    *,
    filter: TableFilter | None = None,
    language: str = "nl",
    data: AnalysisData | None = None,
) -> Table:
    """Per document, case or coder: how much is coded (see the module docstring)."""
    language = check_language(language)
    if by not in STATS_BY:
        raise ValidationError(f"stats by must be one of {', '.join(STATS_BY)}, not {by!r}")
    data = data or load_analysis_data(project)
    s = select_data(data, filter)
    dimension = build_dimension(s, by, language)
    n = len(dimension)
    lengths = {d.id: d.length for d in data.documents if d.id in s.doc_set}

    n_q, n_codes = len(data.quotation_ids), len(data.tree)
    sorted_docs = np.asarray(sorted(s.doc_ids), dtype=np.int64)
    n_docs = max(len(sorted_docs), 1)
    pos, col = dimension.expand(s.doc, s.coder)
    qi, code = s.qi[pos], s.code[pos]
    doc_rank = np.searchsorted(sorted_docs, s.doc[pos])
    codings = np.bincount(col, minlength=n)

    def distinct_per_column(values: np.ndarray, size: int) -> np.ndarray:
        keys = distinct(pack((col, n), (values, size)))
        return np.bincount(unpack(keys, n, size)[0], minlength=n)

    quotations = distinct_per_column(qi, n_q)
    codes_used = distinct_per_column(code, n_codes)
    documents = distinct_per_column(doc_rank, n_docs)
    # Coded characters: the union of the spans per (column, document), summed per column.
    col_q, q_of = unpack(distinct(pack((col, n), (qi, n_q))), n, n_q)
    group = col_q * n_docs + np.searchsorted(sorted_docs, data.q_doc[q_of])
    covered = covered_lengths(group, data.q_start[q_of], data.q_end[q_of], n * n_docs)
    coded_chars = covered.reshape(n, n_docs).sum(axis=1) if n else covered
    all_qi = distinct(s.qi)
    total_covered = int(
        covered_lengths(
            np.searchsorted(sorted_docs, data.q_doc[all_qi]),
            data.q_start[all_qi],
            data.q_end[all_qi],
            n_docs,
        ).sum()
    )
    total_chars = sum(lengths.values())
    if by == "document":
        characters = [lengths.get(k, 0) for k in dimension.keys]  # type: ignore[arg-type]
    elif by == "case":
        characters = [0] * n
        for doc_id, length in lengths.items():
            for c in dimension.document_columns(doc_id):
                characters[c] += length
    else:
        characters = [total_chars] * n

    def percent(part: int, whole: int) -> float | None:
        return None if whole == 0 else 100.0 * part / whole

    headers: list[ColumnHeader] = []
    if by != "document":
        headers.append(ColumnHeader("documents", text("documents", language)))
    if by != "coder":
        headers.append(ColumnHeader("characters", text("characters", language)))
    headers += [
        ColumnHeader("quotations", text("coded_quotations", language)),
        ColumnHeader("codings", text("codings", language)),
        ColumnHeader("codes", text("codes_used", language)),
        ColumnHeader("coded_characters", text("coded_characters", language)),
        ColumnHeader("percent_coded", text("pct_coded", language), "percent"),
    ]
    rows: list[list[Cell]] = []
    for i in range(n):
        row: list[Cell] = []
        if by == "case":
            row.append(len([d for d in lengths if i in dimension.document_columns(d)]))
        elif by == "coder":
            row.append(int(documents[i]))
        if by != "coder":
            row.append(int(characters[i]))
        row += [
            int(quotations[i]),
            int(codings[i]),
            int(codes_used[i]),
            int(coded_chars[i]),
            percent(int(coded_chars[i]), int(characters[i])),
        ]
        rows.append(row)
    total: list[Cell] = []
    if by == "case":
        total.append(len(lengths))
    elif by == "coder":
        total.append(len(distinct(s.doc)))
    if by != "coder":
        total.append(total_chars)
    total += [
        len(all_qi),
        len(s.qi),
        len(distinct(s.code)),
        total_covered,
        percent(total_covered, total_chars),
    ]
    rows.append(total)
    row_headers = [
        RowHeader(k, label) for k, label in zip(dimension.keys, dimension.labels, strict=True)
    ]
    row_headers.append(RowHeader("total", text("total", language), is_total=True))

    per_row = CellIndex(col, qi, data)
    everything = CellIndex(np.zeros(len(all_qi), np.int64), all_qi, data)

    def lookup(row: int, _column: int) -> tuple[int, ...]:
        return everything.get(0) if row == n else per_row.get(row)

    return Table(
        title=text("title_stats", language, by=dimension.title),
        name=text("name_stats", language, by=dimension.title),
        row_header_title=text(by if by != "document" else "document", language),
        row_headers=tuple(row_headers),
        column_headers=tuple(headers),
        cells=freeze_cells(rows),
        lookup=lookup,
    )
