"""The quotations behind a table cell, listed below the analysis tables.

A click on a cell lists them (the first few hundred are fetched: a total cell can
stand for 100,000); double-click or Enter on one opens it, selected, in the main
window's document view.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sbcoder.core.dto import CodeInfo, QuotationInfo
from sbcoder.ui.quotations_pane import QuotationTableModel

DRILL_LIMIT = 500  # quotations fetched for one cell; more are counted, not listed
SNIPPET = 0


class QuotationDrillPane(QWidget):
    """A heading ("3 quotations: Vertrouwen × Interview Nijkerk") over the list."""

    quotationOpened = Signal(object)  # QuotationInfo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setObjectName("drillLabel")
        self.model = QuotationTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("drillView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        # Fixed widths, not sized to contents: that would read every listed row.
        header.setSectionResizeMode(SNIPPET, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 140)
        self.view.activated.connect(self._opened)
        self.view.doubleClicked.connect(self._opened)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.view)
        self.counted = 0
        self.retranslate()

    def show_quotations(
        self,
        quotation_ids: Sequence[int],
        listed: list[QuotationInfo],
        codes: Mapping[int, CodeInfo],
        where: str,
    ) -> None:
        """List `listed` (the first of `quotation_ids`) under a heading naming the cell."""
        self.counted = len(quotation_ids)
        self.model.set_rows(listed, codes)
        text = self.tr("%n quotation(s): %1", "", len(quotation_ids)).replace("%1", where)
        if len(quotation_ids) > len(listed):
            text += " " + self.tr("(the first %1 are listed)").replace("%1", str(len(listed)))
        self.label.setText(text)

    def clear(self) -> None:
        """List nothing (and say how to list something)."""
        self.counted = 0
        self.model.set_rows([], {})
        self.retranslate()

    def rows(self) -> list[QuotationInfo]:
        """The quotations listed, in order."""
        return self.model.rows()

    def _opened(self, index: QModelIndex) -> None:
        quotation = self.model.quotation(index.row()) if index.isValid() else None
        if quotation is not None:
            self.quotationOpened.emit(quotation)

    def retranslate(self) -> None:
        """The hint, while nothing is listed."""
        if not self.model.rowCount():
            self.label.setText(self.tr("Click a cell to list its quotations."))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
