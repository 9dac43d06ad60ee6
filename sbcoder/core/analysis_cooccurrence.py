"""Code co-occurrence: code × code, with ATLAS.ti's c-coefficient beside each count.

Two ways to say that codes occur together (`mode`):
- "quotation": n12 is the number of quotations carrying both codes; n1, n2 the number
  of quotations carrying each. Then c = n12 / (n1 + n2 − n12) is the Jaccard index of
  the two sets of quotations and lies between 0 and 1.
- "overlap": n12 is the number of pairs (a quotation with code 1, a quotation with
  code 2) that are the same quotation or overlap in the same document. This is what
  ATLAS.ti counts for overlapping quotations; like there, one long quotation that
  overlaps several others adds several pairs, so c can exceed 1 (the table then says so
  in a note).
The table's first column "n" holds each code's number of quotations; then each code
has a count column and a "(c)" column. The diagonal is left empty.
With `include_children`, a code stands for its whole branch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import numpy as np
from scipy import sparse

from sbcoder.core.analysis_arrays import dense_index, distinct, expand_csr, pack, unpack
from sbcoder.core.analysis_data import AnalysisData, load_analysis_data
from sbcoder.core.analysis_filters import TableFilter, select_data
from sbcoder.core.analysis_labels import check_language, text
from sbcoder.core.analysis_table import Cell, ColumnHeader, RowHeader, Table, freeze_cells
from sbcoder.core.errors import ValidationError

if TYPE_CHECKING:
    from sbcoder.core.project import Project

CoMode = Literal["quotation", "overlap"]
CO_MODES: tuple[str, ...] = ("quotation", "overlap")


def overlap_matrix(doc: np.ndarray, start: np.ndarray, end: np.ndarray) -> sparse.csr_matrix:
    """The symmetric 0/1 matrix of spans that are the same span or overlap (same
    document, start_a < end_b and start_b < end_a), diagonal included."""
    n = len(doc)
    if n == 0:
        return sparse.csr_matrix((0, 0), dtype=np.int64)
    _, _, doc_rank = dense_index(doc)
    span = int(end.max()) + 1
    # One sorted key per span: document first, then start. Everything starting before
    # a span's end within its document lies between it and searchsorted(end key).
    key = doc_rank.astype(np.int64) * span + start
    sort = np.argsort(key, kind="stable")
    sorted_key = key[sort]
    end_key = doc_rank[sort].astype(np.int64) * span + end[sort]
    limit = np.searchsorted(sorted_key, end_key, side="left")
    counts = np.maximum(limit - np.arange(n) - 1, 0)
    first = np.repeat(np.arange(n), counts)
    offsets = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    second = first + 1 + offsets
    a, b = sort[first], sort[second]
    rows = np.concatenate([a, b, np.arange(n)])
    cols = np.concatenate([b, a, np.arange(n)])
    data = np.ones(len(rows), dtype=np.int64)
    matrix = sparse.csr_matrix((data, (rows, cols)), shape=(n, n))
    matrix.data[:] = 1  # identical spans listed twice collapse to one pair
    return matrix


def co_occurrence_table(
    project: Project,
    *,
    mode: CoMode = "quotation",
    filter: TableFilter | None = None,
    include_children: bool = False,
    language: str = "nl",
    data: AnalysisData | None = None,
) -> Table:
    """Code × code co-occurrence counts with c-coefficients (see the module docstring)."""
    language = check_language(language)
    if mode not in CO_MODES:
        raise ValidationError(f"co-occurrence mode must be 'quotation' or 'overlap', not {mode!r}")
    data = data or load_analysis_data(project)
    s = select_data(data, filter)
    tree = data.tree
    n_q, n_codes, n_rows = len(data.quotation_ids), len(tree), len(s.codes)
    uqi, ucode = unpack(distinct(pack((s.qi, n_q), (s.code, n_codes))), n_q, n_codes)
    if include_children:
        pos, anc = expand_csr(ucode, tree.ancestors_ptr, tree.ancestors)
        keep = s.in_scope[anc]
        uqi, ucode = unpack(
            distinct(pack((uqi[pos][keep], n_q), (anc[keep], n_codes))), n_q, n_codes
        )
    row_of = np.full(n_codes, -1, dtype=np.int64)
    row_of[s.codes] = np.arange(n_rows)
    # The quotations in play, numbered 0 … n-1 for the sparse matrices.
    quotations = distinct(uqi)
    local = np.searchsorted(quotations, uqi)
    n_local = len(quotations)
    incidence = sparse.csr_matrix(
        (np.ones(len(local), dtype=np.int64), (local, row_of[ucode])), shape=(n_local, n_rows)
    )
    frequency = np.asarray(incidence.sum(axis=0)).ravel().astype(np.int64)
    if mode == "quotation":
        linked = sparse.identity(n_local, dtype=np.int64, format="csr")
    else:
        linked = overlap_matrix(
            data.q_doc[quotations], data.q_start[quotations], data.q_end[quotations]
        )
    product = (incidence.T @ linked @ incidence) if n_local else None
    counts = product.toarray() if product is not None else np.zeros((n_rows, n_rows))
    counts = counts.astype(np.int64)

    names = [tree.names[i] for i in s.codes.tolist()]
    headers: list[ColumnHeader] = [ColumnHeader("n", text("cooc_n", language))]
    for i, code_index in enumerate(s.codes.tolist()):
        code_id = int(tree.ids[code_index])
        headers.append(ColumnHeader(code_id, names[i]))
        headers.append(
            ColumnHeader((code_id, "c"), text("cooc_c", language, code=names[i]), "coefficient")
        )
    denominator = frequency[:, None] + frequency[None, :] - counts
    with np.errstate(divide="ignore", invalid="ignore"):
        coefficients = np.where(denominator > 0, counts / np.maximum(denominator, 1), np.nan)
    np.fill_diagonal(coefficients, np.nan)
    off_diagonal = ~np.eye(n_rows, dtype=bool)
    above_one = bool((np.nan_to_num(coefficients) > 1)[off_diagonal].any())
    rows: list[list[Cell]] = []
    for r, (count_row, c_row) in enumerate(
        zip(counts.tolist(), coefficients.tolist(), strict=True)
    ):
        row: list[Cell] = [int(frequency[r])]
        for n12, c in zip(count_row, c_row, strict=True):
            row += [n12, None if c != c else c]  # NaN (no coefficient) becomes an empty cell
        row[1 + 2 * r] = None  # the diagonal stays empty
        rows.append(row)

    by_code: list[np.ndarray] = []
    incidence_csc = incidence.tocsc()
    for r in range(n_rows):
        members = incidence_csc.indices[incidence_csc.indptr[r] : incidence_csc.indptr[r + 1]]
        by_code.append(np.sort(members))

    def in_order(indices: np.ndarray) -> tuple[int, ...]:
        chosen = quotations[distinct(indices)]
        sort = np.lexsort((chosen, data.q_order[chosen]))
        return tuple(data.quotation_ids[chosen[sort]].tolist())

    def lookup(row: int, column: int) -> tuple[int, ...]:
        if column == 0:
            return in_order(by_code[row])
        other = (column - 1) // 2
        if other == row:
            return ()
        first, second = by_code[row], by_code[other]
        if mode == "quotation":
            return in_order(np.intersect1d(first, second))
        block = linked[first][:, second].tocoo()
        return in_order(np.concatenate([first[block.row], second[block.col]]))

    notes = [text("note_cooc_same" if mode == "quotation" else "note_cooc_overlap", language)]
    if above_one:
        notes.append(text("note_cooc_above_one", language))
    return Table(
        title=text("title_cooccurrence", language),
        name=text("name_cooccurrence", language),
        row_header_title=text("code", language),
        row_headers=tuple(
            RowHeader(int(tree.ids[i]), tree.names[i], int(d))
            for i, d in zip(s.codes.tolist(), s.code_depth.tolist(), strict=True)
        ),
        column_headers=tuple(headers),
        cells=freeze_cells(rows),
        notes=tuple(notes),
        lookup=lookup,
    )
