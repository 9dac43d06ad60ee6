"""The CIMO matrix: cases (or documents) × Context / Interventie / Mechanisme / Outcome.

This is the table the researchers of the seed report build by hand (chapter 3: one
block per initiative with its C, I, M and O; chapter 4: the themes that recur). Each
cell lists the sub-codes applied in that row under that column's code, with the
number of quotations, e.g. "Versterkend/Vertrouwen (3)". The columns are the chosen
top-level codes: by default the CIMO template's roots when the codebook has them, or
else every root code. A cell's count (distinct quotations in the branch) is kept in
`CimoMatrix.counts`; `with_counts` adds it as a number column beside each code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

import numpy as np

from sbcoder.core.analysis_arrays import CellIndex, distinct, pack, unpack
from sbcoder.core.analysis_data import AnalysisData, CodeTree, load_analysis_data
from sbcoder.core.analysis_dimensions import build_dimension
from sbcoder.core.analysis_filters import TableFilter, select_data
from sbcoder.core.analysis_labels import check_language, text
from sbcoder.core.analysis_table import Cell, ColumnHeader, RowHeader, Table
from sbcoder.core.errors import NotFoundError, ValidationError

if TYPE_CHECKING:
    from sbcoder.core.project import Project

CimoRows = Literal["case", "document"]
# The CIMO roots in their order, with the English names a translated codebook may use.
CIMO_ROOTS: tuple[tuple[str, ...], ...] = (
    ("context",),
    ("interventie", "intervention", "interventies", "interventions"),
    ("mechanisme", "mechanism", "mechanismen", "mechanisms", "mechanismes"),
    ("outcome", "outcomes", "uitkomst", "uitkomsten"),
)


@dataclass(frozen=True)
class CimoEntry:
    """One sub-code in a cell: its id, its path below the column's code, and the
    number of quotations in the row that carry it."""

    code_id: int
    label: str
    count: int


@dataclass(frozen=True)
class CimoMatrix:
    """The matrix as structured entries, with `table` (text cells) for views and files."""

    table: Table
    column_code_ids: tuple[int, ...]
    entries: tuple[tuple[tuple[CimoEntry, ...], ...], ...]
    counts: tuple[tuple[int, ...], ...]
    _branch_index: CellIndex = field(repr=False, compare=False)
    _entry_index: CellIndex = field(repr=False, compare=False)
    _code_count: int = field(repr=False, compare=False)
    _index_of: dict[int, int] = field(repr=False, compare=False)

    def quotation_ids(self, row: int, column: int) -> tuple[int, ...]:
        """Quotations behind the cell of row `row` and column code
        `column_code_ids[column]`: everything coded in that code's branch."""
        if not (0 <= row < len(self.entries) and 0 <= column < len(self.column_code_ids)):
            raise IndexError(f"no CIMO cell ({row}, {column})")
        return self._branch_index.get(row * len(self.column_code_ids) + column)

    def entry_quotation_ids(self, row: int, code_id: int) -> tuple[int, ...]:
        """Quotations in row `row` that carry `code_id` itself (one entry of a cell)."""
        if code_id not in self._index_of:
            raise NotFoundError(f"no code with id {code_id}")
        return self._entry_index.get(row * self._code_count + self._index_of[code_id])


def default_columns(tree: CodeTree) -> list[int]:
    """Tree indices of the CIMO roots if the codebook has all four, else all roots."""
    roots = [i for i in range(len(tree)) if tree.parent[i] < 0]
    by_name = {tree.names[i].casefold(): i for i in roots}
    found = [next((by_name[n] for n in names if n in by_name), None) for names in CIMO_ROOTS]
    if all(f is not None for f in found):
        return found  # type: ignore[return-value]
    return roots


def cimo_matrix(
    project: Project,
    *,
    rows: CimoRows = "case",
    top_code_ids: Sequence[int] | None = None,
    filter: TableFilter | None = None,
    order: Literal["tree", "count"] = "tree",
    with_counts: bool = False,
    language: str = "nl",
    data: AnalysisData | None = None,
) -> CimoMatrix:
    """Cases (or documents) × the chosen top-level codes, each cell listing sub-codes
    with counts (see the module docstring). `order` lists a cell's sub-codes in tree
    order (the same order in every row, easy to compare) or by count."""
    language = check_language(language)
    if rows not in ("case", "document"):
        raise ValidationError(f"CIMO rows must be 'case' or 'document', not {rows!r}")
    if order not in ("tree", "count"):
        raise ValidationError(f"order must be 'tree' or 'count', not {order!r}")
    data = data or load_analysis_data(project)
    s = select_data(data, filter)
    tree = data.tree
    if top_code_ids is None:
        columns = default_columns(tree)
    else:
        missing = [c for c in top_code_ids if c not in tree.index_of]
        if missing:
            raise NotFoundError(f"no code with id {missing[0]}")
        columns = [tree.index_of[c] for c in top_code_ids]
    columns = [j for j in columns if s.in_scope[j : tree.subtree_end[j]].any()]
    dimension = build_dimension(s, rows, language)
    n_rows, n_cols, n_codes = len(dimension), len(columns), len(tree)

    n_q = len(data.quotation_ids)
    uqi, ucode = unpack(distinct(pack((s.qi, n_q), (s.code, n_codes))), n_q, n_codes)
    pos, row = dimension.expand(data.q_doc[uqi], uqi[:0])
    rqi, rcode = uqi[pos], ucode[pos]
    own_key = row * n_codes + rcode
    own = np.bincount(own_key, minlength=n_rows * n_codes).reshape(n_rows, n_codes)
    branch_keys, branch_qi = [], []
    counts = np.zeros((n_rows, n_cols), dtype=np.int64)
    for c, j in enumerate(columns):
        inside = (rcode >= j) & (rcode < tree.subtree_end[j])
        rows_in, qi_in = unpack(
            distinct(pack((row[inside], n_rows), (rqi[inside], n_q))), n_rows, n_q
        )
        counts[:, c] = np.bincount(rows_in, minlength=n_rows)
        branch_keys.append(rows_in * n_cols + c)
        branch_qi.append(qi_in)

    def concat(parts: list[np.ndarray]) -> np.ndarray:
        return np.concatenate(parts) if parts else np.empty(0, dtype=np.int64)

    branch_index = CellIndex(concat(branch_keys), concat(branch_qi), data)
    entry_index = CellIndex(own_key, rqi, data)

    # Only the non-zero (row, code) pairs of each column's branch become entries.
    listed: list[list[list[CimoEntry]]] = [[[] for _ in columns] for _ in range(n_rows)]
    for c, j in enumerate(columns):
        end = int(tree.subtree_end[j])
        branch = own[:, j:end] * s.in_scope[j:end]
        prefix = len(tree.paths[j]) + 1
        for r, offset in zip(*(a.tolist() for a in np.nonzero(branch)), strict=True):
            i = j + offset
            relative = tree.paths[i][prefix:] or tree.names[j]
            listed[r][c].append(CimoEntry(int(tree.ids[i]), relative, int(branch[r, offset])))
    if order == "count":
        for row_lists in listed:
            for cell_list in row_lists:
                cell_list.sort(key=lambda e: -e.count)  # stable: ties stay in tree order
    entries = [tuple(tuple(cell_list) for cell_list in row_lists) for row_lists in listed]

    headers: list[ColumnHeader] = []
    for j in columns:
        code_id = int(tree.ids[j])
        headers.append(ColumnHeader(code_id, tree.names[j], "text"))
        if with_counts:
            headers.append(ColumnHeader((code_id, "n"), f"{tree.names[j]} (n)", "count"))
    cells: list[tuple[Cell, ...]] = []
    for r in range(n_rows):
        row_cells: list[Cell] = []
        for c in range(n_cols):
            row_cells.append("\n".join(f"{e.label} ({e.count})" for e in entries[r][c]))
            if with_counts:
                row_cells.append(int(counts[r, c]))
        cells.append(tuple(row_cells))
    per_column = 2 if with_counts else 1

    def lookup(row_number: int, column: int) -> tuple[int, ...]:
        return branch_index.get(row_number * n_cols + column // per_column)

    table = Table(
        title=text("title_cimo", language, by=dimension.title),
        name=text("name_cimo", language),
        row_header_title=text(rows, language),
        row_headers=tuple(
            RowHeader(k, label) for k, label in zip(dimension.keys, dimension.labels, strict=True)
        ),
        column_headers=tuple(headers),
        cells=tuple(cells),
        notes=(text("note_cimo", language),),
        lookup=lookup,
    )
    return CimoMatrix(
        table=table,
        column_code_ids=tuple(int(tree.ids[j]) for j in columns),
        entries=tuple(entries),
        counts=tuple(tuple(int(v) for v in r) for r in counts),
        _branch_index=branch_index,
        _entry_index=entry_index,
        _code_count=n_codes,
        _index_of=dict(tree.index_of),
    )


def cimo_table(project: Project, **options: object) -> Table:
    """`cimo_matrix(project, **options).table`: the matrix as a plain Table."""
    return cimo_matrix(project, **options).table  # type: ignore[arg-type]
