"""The result of every analysis: a plain `Table` a Qt model and the file writers both read.

A table is rows × columns of cells (numbers, or text for the CIMO matrix and the
quotations list), with row headers that carry a tree depth (for indentation) and a
flag for total rows, and column headers that say what kind of value a column holds
(so a writer can choose a number format and a view an alignment). Which quotations lie
behind a cell is answered by `Table.quotation_ids(row, column)`: the table keeps the
id arrays it counted, so drill-down agrees with the numbers and needs no new query.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

Cell = int | float | str | None
# count: a whole number; percent: 0–100; coefficient: 0–1 (c-coefficient);
# number: any other number (offsets); text: a label, a list, a quotation.
ColumnKind = Literal["count", "percent", "coefficient", "number", "text"]
CellLookup = Callable[[int, int], tuple[int, ...]]


@dataclass(frozen=True)
class RowHeader:
    """One row: what it stands for (`key`: a code id, a case id …), its label, and its
    depth in the code tree (0 at the top) for indentation. `is_total` marks the totals
    row (shown bold)."""

    key: object
    label: str
    depth: int = 0
    is_total: bool = False


@dataclass(frozen=True)
class ColumnHeader:
    """One column: its key (a document id, ("total", measure) …), label and kind."""

    key: object
    label: str
    kind: ColumnKind = "count"


def _no_quotations(_row: int, _column: int) -> tuple[int, ...]:
    return ()


@dataclass(frozen=True)
class Table:
    """A finished analysis table. `cells[r][c]` belongs to `row_headers[r]` and
    `column_headers[c]`; `row_header_title` names the column of row labels ("Code",
    "Casus" …); `name` is a short name fit for a sheet tab or a file name; `notes` are
    sentences a reader of the table should see (how parents were counted …)."""

    title: str
    name: str
    row_header_title: str
    row_headers: tuple[RowHeader, ...]
    column_headers: tuple[ColumnHeader, ...]
    cells: tuple[tuple[Cell, ...], ...]
    notes: tuple[str, ...] = ()
    lookup: CellLookup = field(default=_no_quotations, repr=False, compare=False)

    @property
    def row_count(self) -> int:
        """How many rows (without the header row)."""
        return len(self.row_headers)

    @property
    def column_count(self) -> int:
        """How many value columns (without the row-label column)."""
        return len(self.column_headers)

    def cell(self, row: int, column: int) -> Cell:
        """The value at (row, column), both 0-based, row labels not counted."""
        return self.cells[row][column]

    def quotation_ids(self, row: int, column: int) -> tuple[int, ...]:
        """The ids of the quotations counted (or listed) in a cell, in document order.

        Empty for a cell that counts nothing. Raises IndexError outside the table."""
        if not (0 <= row < len(self.row_headers) and 0 <= column < len(self.column_headers)):
            raise IndexError(f"no cell ({row}, {column}) in table {self.name!r}")
        return self.lookup(row, column)

    def column(self, key: object) -> int:
        """The index of the column with this key (KeyError if there is none)."""
        for index, header in enumerate(self.column_headers):
            if header.key == key:
                return index
        raise KeyError(key)

    def row(self, key: object) -> int:
        """The index of the first row with this key (KeyError if there is none)."""
        for index, header in enumerate(self.row_headers):
            if header.key == key:
                return index
        raise KeyError(key)

    def as_rows(self) -> list[list[Cell]]:
        """Header row then data rows, each with the row label first (for simple writers)."""
        header: list[Cell] = [self.row_header_title, *(c.label for c in self.column_headers)]
        body = [[r.label, *cells] for r, cells in zip(self.row_headers, self.cells, strict=True)]
        return [header, *body]


def cell_quotation_ids(table: Table, row: int, column: int) -> tuple[int, ...]:
    """Drill-down for any table: the quotation ids behind cell (row, column)."""
    return table.quotation_ids(row, column)


def freeze_cells(rows: Sequence[Sequence[Cell]]) -> tuple[tuple[Cell, ...], ...]:
    """Rows of cells as the immutable tuples a `Table` holds."""
    return tuple(tuple(r) for r in rows)
