"""Analysis pages whose cells hold text: the CIMO matrix and the quotations list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from sbcoder.core.analysis_cimo import cimo_matrix
from sbcoder.core.analysis_quotations import quotations_table
from sbcoder.ui.analysis_pages import Builder, TablePage, fill_combo

if TYPE_CHECKING:
    from sbcoder.core.analysis_data import AnalysisData
    from sbcoder.core.analysis_filters import TableFilter
    from sbcoder.core.analysis_table import Table
    from sbcoder.core.project import Project


class CimoPage(TablePage):
    """Cases (or documents) × Context, Interventie, Mechanisme, Outcome."""

    kind = "cimo"
    rows_are_codes = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows_label, self.rows_combo = QLabel(self), QComboBox(self)
        self.rows_combo.setObjectName("cimoRows")
        self.order_label, self.order_combo = QLabel(self), QComboBox(self)
        self.counts_check = QCheckBox(self)
        self.counts_check.setObjectName("cimoCounts")
        self.counts_check.setChecked(True)
        self.add_option(self.rows_label, self.rows_combo)
        self.options.addSpacing(12)
        self.add_option(self.order_label, self.order_combo)
        self.options.addSpacing(12)
        self.add_option(None, self.counts_check)
        self.finish_options()
        self.view.setWordWrap(False)  # one sub-code a line: the height says how many
        self.model.layoutChanged.connect(self._apply_row_heights)  # after sorting
        self.retranslate()

    def builder(self) -> Builder:
        """The matrix (rows "auto": cases when the project has any, else documents)."""
        chosen_rows = self.rows_combo.currentData() or "auto"
        order = self.order_combo.currentData() or "tree"
        with_counts = self.counts_check.isChecked()

        def build(project: Project, data: AnalysisData, f: TableFilter, language: str) -> Table:
            rows = chosen_rows
            if rows == "auto":
                rows = "case" if data.cases else "document"
            return cimo_matrix(
                project,
                rows=rows,
                filter=f,
                order=order,
                with_counts=with_counts,
                language=language,
                data=data,
            ).table

        return build

    def show_table(self, table: Table | None, code_colours: dict[int, str]) -> None:
        """Show the matrix; rows grow to show every listed sub-code."""
        super().show_table(table, code_colours)
        header = self.view.horizontalHeader()
        for column in range(1, self.model.columnCount()):
            kind = table.column_headers[column - 1].kind if table is not None else "text"
            if kind == "text":
                header.resizeSection(column, 210)
        self._apply_row_heights()

    def _apply_row_heights(self) -> None:
        """Each row as high as its longest list, counted in lines. (Qt's
        resizeRowsToContents measures every cell: over a second for 200 cases.)"""
        table = self.table
        if table is None:
            return
        lines = [
            max((c.count("\n") + 1 for c in row if isinstance(c, str) and c), default=1)
            for row in table.cells
        ]
        spacing = self.view.fontMetrics().lineSpacing()
        header = self.view.verticalHeader()
        for view_row in range(self.model.rowCount()):
            header.resizeSection(view_row, lines[self.model.table_row(view_row)] * spacing + 8)

    def label_column(self, table: Table) -> int | None:
        """A row label lists nothing: each cell is one code's branch."""
        return None

    def retranslate(self) -> None:
        """Set the option texts in the current language."""
        self.rows_label.setText(self.tr("&Rows:"))
        fill_combo(
            self.rows_combo,
            [
                (self.tr("cases (documents when there are none)"), "auto"),
                (self.tr("cases"), "case"),
                (self.tr("documents"), "document"),
            ],
        )
        self.order_label.setText(self.tr("&Sub-codes:"))
        fill_combo(
            self.order_combo,
            [(self.tr("in code tree order"), "tree"), (self.tr("most quotations first"), "count")],
        )
        self.counts_check.setText(self.tr("Number of &quotations beside each column"))


class QuotationsPage(TablePage):
    """Every quotation in scope with its document, case, codes, coder, text and memo."""

    kind = "quotations"
    rows_are_codes = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context_check = QCheckBox(self)
        self.context_check.setObjectName("quotationsContext")
        self.add_option(None, self.context_check)
        self.finish_options()
        self.retranslate()

    def builder(self) -> Builder:
        """The quotations list."""
        context = self.context_check.isChecked()

        def build(project: Project, data: AnalysisData, f: TableFilter, language: str) -> Table:
            return quotations_table(
                project, filter=f, context=context, language=language, data=data
            )

        return build

    def label_column(self, table: Table) -> int | None:
        """Each row is one quotation: any column lists it."""
        return 0 if table.column_count else None

    def size_columns(self) -> None:
        """Text columns wider than the numbers."""
        super().size_columns()
        table = self.table
        if table is None:
            return
        header = self.view.horizontalHeader()
        for column, spec in enumerate(table.column_headers, start=1):
            if spec.key in ("text", "context_before", "context_after"):
                header.resizeSection(column, 360)
            elif spec.kind == "text":
                header.resizeSection(column, 150)

    def retranslate(self) -> None:
        """Set the option texts in the current language."""
        self.context_check.setText(self.tr("With the &sentence before and after"))
