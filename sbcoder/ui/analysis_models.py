"""Qt models over the core's analysis `Table`: values, heat-map shading, sorting.

`AnalysisTableModel` shows a finished `Table` as it is (column 0 holds the row labels,
indented by tree depth; the table's columns follow). Count and coefficient cells are
shaded by their value, on a scale per kind of number, so a glance finds the large
counts; the text colour follows the shade so every number stays readable. Totals
(the total row, Total, Documents and % documents columns, co-occurrence's n) are not
shaded: they would set the scale and wash out everything else.

The model sorts itself (`sort`, which a QTableView with sorting enabled calls on a
header click): one Python sort over the raw values, numbers as numbers and empty
cells lowest, total rows kept at the bottom either way. A QSortFilterProxyModel
would call back into Python for every comparison: minutes for a 100,000-row
quotations list, against a tenth of a second here. Rows the view shows are mapped
to table rows with `table_row` / `view_row`.
"""

from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from sbcoder.core.analysis_table import Cell, ColumnHeader, Table

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 10
# Column keys whose values sum up others (see sbcoder.core.analysis): never shaded.
TOTAL_KEYS = frozenset({"total", "documents", "percent_documents", "n"})
COUNT_COLOUR = QColor(33, 102, 172)  # a blue a colour-blind reader tells from white
COEFFICIENT_COLOUR = QColor(27, 120, 55)  # green: c-coefficients are not counts
INDENT = "    "
MAX_TOOLTIP = 2000


def shade(base: QColor, fraction: float) -> QColor:
    """White blended towards `base` by `fraction` (0 … 1): the heat-map background."""
    # The smallest count still shows (0.15), the largest takes the full colour.
    f = 0.15 + 0.85 * min(max(fraction, 0.0), 1.0)
    return QColor(
        round(255 + (base.red() - 255) * f),
        round(255 + (base.green() - 255) * f),
        round(255 + (base.blue() - 255) * f),
    )


def readable_on(background: QColor) -> QColor:
    """Black or white text, whichever reads better on `background` (WCAG luminance)."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    luminance = (
        0.2126 * linear(background.red())
        + 0.7152 * linear(background.green())
        + 0.0722 * linear(background.blue())
    )
    # Contrast with black (L + 0.05) / 0.05 against white 1.05 / (L + 0.05).
    return QColor(Qt.GlobalColor.black) if luminance > 0.179 else QColor(Qt.GlobalColor.white)


def _is_total_key(key: object) -> bool:
    if isinstance(key, tuple) and key:
        return key[0] in TOTAL_KEYS
    return isinstance(key, str) and key in TOTAL_KEYS


def scale_group(header: ColumnHeader) -> str | None:
    """Which heat-map scale a column's cells share, or None when it is not shaded.

    Counts of quotations, words and characters each get their own scale (a word count
    would otherwise dwarf the quotation counts beside it)."""
    if _is_total_key(header.key):
        return None
    if header.kind == "coefficient":
        return "coefficient"
    if header.kind != "count":
        return None
    if isinstance(header.key, tuple) and len(header.key) == 2 and isinstance(header.key[1], str):
        return f"count:{header.key[1]}"
    return "count"


class AnalysisTableModel(QAbstractTableModel):
    """A read-only view of one `Table` with heat-map shading (see the module docstring).

    `code_colours` (code id → "#RRGGBB") adds a colour swatch to rows whose key is a
    code id, as in the code tree."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        self._table: Table | None = None
        self._scales: list[tuple[str, float] | None] = []
        self._colours: Mapping[int, str] = {}
        self._vertical = Qt.AlignmentFlag.AlignVCenter
        self._order: list[int] = []  # view row → table row
        self._position: list[int] = []  # table row → view row
        self._sorted_by: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self.heat_map = True

    # -- contents ----------------------------------------------------------------------
    def set_table(self, table: Table | None, code_colours: Mapping[int, str] | None = None) -> None:
        """Show `table` (None: nothing)."""
        self.beginResetModel()
        self._table = table
        self._colours = dict(code_colours or {})
        self._scales = self._compute_scales(table) if table is not None else []
        # Multi-line text cells (CIMO, quotations) read best with every cell at the top.
        has_text = table is not None and any(h.kind == "text" for h in table.column_headers)
        self._vertical = Qt.AlignmentFlag.AlignTop if has_text else Qt.AlignmentFlag.AlignVCenter
        self._set_order(self._sorted_order(*self._sorted_by))  # a rebuilt table stays sorted
        self.endResetModel()

    def set_heat_map(self, on: bool) -> None:
        """Turn the shading of count cells on or off."""
        self.heat_map = on
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def table(self) -> Table | None:
        """The table shown."""
        return self._table

    @staticmethod
    def _compute_scales(table: Table) -> list[tuple[str, float] | None]:
        groups = [scale_group(h) for h in table.column_headers]
        columns: dict[str, list[int]] = {}
        for index, group in enumerate(groups):
            if group is not None:
                columns.setdefault(group, []).append(index)
        body = [c for h, c in zip(table.row_headers, table.cells, strict=True) if not h.is_total]
        largest: dict[str, float] = {}
        if body and columns:
            # One object array, then numpy per scale: a 300 × 600 co-occurrence table
            # has 180,000 cells, too many for a Python loop on every refresh.
            cells = np.array(body, dtype=object)
            for group, indices in columns.items():
                block = cells[:, indices]
                numbers = np.where(np.equal(block, None), 0, block).astype(np.float64)
                largest[group] = float(numbers.max()) if numbers.size else 0.0
        scales: list[tuple[str, float] | None] = []
        for group in groups:
            top = largest.get(group or "", 0.0)
            if group == "coefficient":
                top = max(top, 1.0)  # c lies in 0 … 1; shade on that scale unless it exceeds it
            scales.append((group, top) if group is not None and top > 0 else None)
        return scales

    def cell_value(self, row: int, column: int) -> Cell:
        """The raw value of table row `row` (not the view's row) at a model column
        (column 0 is the row label)."""
        if self._table is None:
            return None
        if column == 0:
            return self._table.row_headers[row].label
        return self._table.cells[row][column - 1]

    # -- sorting -----------------------------------------------------------------------
    def table_row(self, view_row: int) -> int:
        """The table row shown on a row of the view."""
        return self._order[view_row]

    def view_row(self, table_row: int) -> int:
        """The row of the view on which a table row is shown."""
        return self._position[table_row]

    def _set_order(self, order: list[int]) -> None:
        self._order = order
        position = np.empty(len(order), dtype=np.int64)
        position[np.asarray(order, dtype=np.int64)] = np.arange(len(order), dtype=np.int64)
        self._position = position.tolist()

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        table = self._table
        if table is None:
            return []
        headers = table.row_headers
        totals = [r for r in range(table.row_count) if headers[r].is_total]
        body = [r for r in range(table.row_count) if not headers[r].is_total]
        if not 0 <= column <= table.column_count:
            return body + totals  # the table's own (tree) order
        if column == 0:
            values = [headers[r].label for r in body]
        else:
            cells, c = table.cells, column - 1
            values = [cells[r][c] for r in body]
        # Empty cells lowest, then numbers, then texts; each kind sorted on its own so
        # no comparison mixes kinds (and no key tuple is built per row).
        empty: list[int] = []
        numbers: list[tuple[object, int]] = []
        texts: list[tuple[str, int]] = []
        for row, value in zip(body, values, strict=True):
            if value is None:
                empty.append(row)
            elif isinstance(value, str):
                texts.append((value.casefold(), row))
            else:
                numbers.append((value, row))
        descending = order == Qt.SortOrder.DescendingOrder
        # list.sort is stable either way: ties keep the table's own (tree) order.
        numbers.sort(key=itemgetter(0), reverse=descending)
        texts.sort(key=itemgetter(0), reverse=descending)
        kinds = [empty, [r for _, r in numbers], [r for _, r in texts]]
        if descending:
            kinds.reverse()
        return [row for kind in kinds for row in kind] + totals  # totals last either way

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by a column (-1: the table's own order), totals last."""
        if (column, order) == self._sorted_by:
            return  # QTableView.sortByColumn asks twice (directly and via the header)
        self._sorted_by = (column, order)
        if self._table is None:
            return
        self.layoutAboutToBeChanged.emit()
        previous = self.persistentIndexList()
        kept = [(self._order[i.row()], i.column()) for i in previous]
        self._set_order(self._sorted_order(column, order))
        self.changePersistentIndexList(
            previous, [self.index(self._position[row], col) for row, col in kept]
        )
        self.layoutChanged.emit()

    # -- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._table is None else self._table.row_count

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._table is None else self._table.column_count + 1

    def _format(self, value: Cell, kind: str) -> str:
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        locale = QLocale()
        if kind == "percent":
            return locale.toString(float(value), "f", 1) + " %"
        if kind == "coefficient":
            return locale.toString(float(value), "f", 2)
        if isinstance(value, float) and not value.is_integer():
            return locale.toString(value, "f", 2)
        if kind in ("count",):
            return locale.toString(int(value))
        return str(int(value))

    def _heat(self, row: int, column: int) -> QColor | None:
        """The background of table row `row` at a model column, or None."""
        table = self._table
        if not self.heat_map or table is None or column == 0 or table.row_headers[row].is_total:
            return None
        scale = self._scales[column - 1]
        value = table.cells[row][column - 1]
        if scale is None or not isinstance(value, int | float) or value <= 0:
            return None
        group, top = scale
        base = COEFFICIENT_COLOUR if group == "coefficient" else COUNT_COLOUR
        return shade(base, float(value) / top)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        table = self._table
        if table is None or not index.isValid():
            return None
        row, column = self._order[index.row()], index.column()
        header = table.row_headers[row]
        kind = "text" if column == 0 else table.column_headers[column - 1].kind
        value = self.cell_value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return INDENT * header.depth + header.label
            return self._format(value, kind)
        if role == SORT_ROLE:
            if isinstance(value, str):
                return value.casefold()
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if kind in ("count", "percent", "coefficient", "number"):
                return int(Qt.AlignmentFlag.AlignRight | self._vertical)
            return int(Qt.AlignmentFlag.AlignLeft | self._vertical)
        if role == Qt.ItemDataRole.FontRole and header.is_total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._heat(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            background = self._heat(row, column)
            return readable_on(background) if background is not None else None
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            colour = self._colours.get(header.key) if isinstance(header.key, int) else None
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and value:
            return value[:MAX_TOOLTIP]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        table = self._table
        if table is None or orientation != Qt.Orientation.Horizontal:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if section == 0:
                return table.row_header_title
            if 0 < section <= table.column_count:
                return table.column_headers[section - 1].label
        return None
