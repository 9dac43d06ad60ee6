"""One page per analysis table: its options bar, its sortable view, and how it is built.

Each page turns its options into one call of the core (frequency_table,
co_occurrence_table, cimo_matrix, quotations_table) on the snapshot the analysis
window shares, and says which column a click on a row label drills into.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sbcoder.core.analysis import frequency_table
from sbcoder.core.analysis_cooccurrence import co_occurrence_table
from sbcoder.ui.analysis_models import AnalysisTableModel

if TYPE_CHECKING:
    from sbcoder.core.analysis_data import AnalysisData
    from sbcoder.core.analysis_filters import TableFilter
    from sbcoder.core.analysis_table import Table
    from sbcoder.core.project import Project

ROW_KEYS = ("total", "n")  # columns a click on a row label lists (the row's total)
# (project, snapshot, filter, language) -> Table
Builder = Callable[["Project", "AnalysisData", "TableFilter", str], "Table"]


class TablePage(QWidget):
    """Options above a sortable table view. Subclasses add options and `build`."""

    optionsChanged = Signal()
    kind = ""
    rows_are_codes = True  # row keys are code ids (a colour swatch beside each)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{self.kind}Page")
        self.table: Table | None = None
        self.stale = True
        self.version = 0  # counts what made the table stale; a late result of an old one is dropped
        self.options = QHBoxLayout()
        self.options.setContentsMargins(0, 0, 0, 0)
        self.model = AnalysisTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName(f"{self.kind}View")
        self.view.setModel(self.model)  # the model sorts itself (see analysis_models)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(False)  # the heat map is the background
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(200)  # sizing to contents reads 200 rows, not all
        header.setSortIndicatorClearable(True)  # a third click returns to tree order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.notes = QLabel(self)
        self.notes.setObjectName(f"{self.kind}Notes")
        self.notes.setWordWrap(True)
        font = self.notes.font()
        font.setItalic(True)
        self.notes.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addLayout(self.options)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.notes)

    def add_option(self, label: QLabel | None, widget: QWidget) -> None:
        """A labelled control in the options bar; changing it rebuilds the table."""
        if label is not None:
            label.setBuddy(widget)
            self.options.addWidget(label)
        self.options.addWidget(widget)
        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i: self.optionsChanged.emit())
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda _on: self.optionsChanged.emit())

    def finish_options(self) -> None:
        """Push the options to the left."""
        self.options.addStretch(1)

    def builder(self) -> Builder:
        """A function that builds the table with the options chosen now. It reads no
        widget, so it may run on a worker thread while the options change again."""
        raise NotImplementedError

    def show_table(self, table: Table | None, code_colours: dict[int, str]) -> None:
        """Show a freshly built table (sorting, if any, is kept)."""
        self.table = table
        self.stale = False
        self.model.set_table(table, code_colours if self.rows_are_codes else {})
        self.notes.setText(" ".join(table.notes) if table is not None else "")
        self.size_columns()

    def size_columns(self) -> None:
        """Label column wide enough for the codes; number columns compact."""
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if self.model.columnCount() == 0:
            return
        self.view.resizeColumnToContents(0)
        header.resizeSection(0, min(max(header.sectionSize(0), 160), 360))
        metrics = self.view.fontMetrics()
        for column in range(1, self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = min(max(metrics.horizontalAdvance(title) + 24, 56), 220)
            header.resizeSection(column, width)

    def label_column(self, table: Table) -> int | None:
        """The table column that a click on a row's label lists (its total), if any."""
        for index, header in enumerate(table.column_headers):
            key = header.key[0] if isinstance(header.key, tuple) else header.key
            if key in ROW_KEYS:
                return index
        return None

    def retranslate(self) -> None:
        """Set the option texts in the current language."""


def fill_combo(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    """Replace a combo's items, keeping the chosen data if it is still there."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(chosen)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


class FrequencyPage(TablePage):
    """Code frequencies by documents, cases, groups, coders or an attribute's values."""

    kind = "frequency"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attributes: list[tuple[int, str]] = []
        self.by_label, self.by_combo = QLabel(self), QComboBox(self)
        self.by_combo.setObjectName("frequencyBy")
        self.count_label = QLabel(self)
        self.measure_checks = {m: QCheckBox(self) for m in ("quotations", "words", "characters")}
        self.measure_checks["quotations"].setChecked(True)
        self.rollup_label, self.rollup_combo = QLabel(self), QComboBox(self)
        self.rollup_combo.setObjectName("frequencyRollup")
        self.add_option(self.by_label, self.by_combo)
        self.options.addSpacing(12)
        self.options.addWidget(self.count_label)
        for name, check in self.measure_checks.items():
            check.setObjectName(f"measure_{name}")
            self.add_option(None, check)
            check.toggled.connect(self._keep_one_measure)
        self.options.addSpacing(12)
        self.add_option(self.rollup_label, self.rollup_combo)
        self.finish_options()
        self.retranslate()

    def _keep_one_measure(self) -> None:
        if not any(c.isChecked() for c in self.measure_checks.values()):
            self.measure_checks["quotations"].setChecked(True)  # a table needs one measure

    def set_attributes(self, attributes: list[tuple[int, str]]) -> None:
        """The attributes offered as columns (id, name). If the chosen one is gone, the
        table falls back to documents and is rebuilt."""
        chosen = self.by_combo.currentData()
        self.attributes = list(attributes)
        self.retranslate()
        if self.by_combo.currentData() != chosen:
            self.optionsChanged.emit()

    def set_by(self, by: str, attribute_id: int | None = None) -> None:
        """Choose the columns ("document", "case", "group", "coder", "attribute")."""
        key = f"attribute:{attribute_id}" if by == "attribute" else by
        self.by_combo.setCurrentIndex(self.by_combo.findData(key))

    def measures(self) -> tuple[str, ...]:
        """The chosen measures, in their fixed order."""
        return tuple(m for m, c in self.measure_checks.items() if c.isChecked()) or ("quotations",)

    def rollup(self) -> str:
        """How parents count their branch ("once", "duplicates", "none")."""
        return str(self.rollup_combo.currentData() or "once")

    def builder(self) -> Builder:
        """Codes × the chosen columns."""
        # Combo data are plain strings ("case", "attribute:7"): Qt compares those reliably.
        by, _, attribute = str(self.by_combo.currentData() or "document").partition(":")
        attribute_id = int(attribute) if attribute else None
        rollup, measures = self.rollup(), self.measures()

        def build(project: Project, data: AnalysisData, f: TableFilter, language: str) -> Table:
            return frequency_table(
                project,
                by,  # type: ignore[arg-type]
                attribute_id=attribute_id,
                filter=f,
                rollup=rollup,  # type: ignore[arg-type]
                measures=measures,  # type: ignore[arg-type]
                language=language,
                data=data,
            )

        return build

    def retranslate(self) -> None:
        """Set the option texts in the current language."""
        self.by_label.setText(self.tr("&Columns:"))
        items: list[tuple[str, object]] = [
            (self.tr("Documents"), "document"),
            (self.tr("Cases"), "case"),
            (self.tr("Document groups"), "group"),
            (self.tr("Coders"), "coder"),
        ]
        items += [
            (self.tr("Attribute: %1").replace("%1", name), f"attribute:{attribute_id}")
            for attribute_id, name in self.attributes
        ]
        fill_combo(self.by_combo, items)
        self.count_label.setText(self.tr("Count:"))
        self.measure_checks["quotations"].setText(self.tr("&quotations"))
        self.measure_checks["words"].setText(self.tr("&words"))
        self.measure_checks["characters"].setText(self.tr("c&haracters"))
        self.rollup_label.setText(self.tr("&Parent codes:"))
        fill_combo(
            self.rollup_combo,
            [
                (self.tr("count each quotation in the branch once"), "once"),
                (self.tr("add up their sub-codes"), "duplicates"),
                (self.tr("count only their own codings"), "none"),
            ],
        )


class CooccurrencePage(TablePage):
    """Code × code: how often codes occur together, with the c-coefficient beside."""

    kind = "cooccurrence"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode_label, self.mode_combo = QLabel(self), QComboBox(self)
        self.mode_combo.setObjectName("cooccurrenceMode")
        self.children_check = QCheckBox(self)
        self.children_check.setObjectName("cooccurrenceChildren")
        self.add_option(self.mode_label, self.mode_combo)
        self.options.addSpacing(12)
        self.add_option(None, self.children_check)
        self.finish_options()
        self.retranslate()

    def mode(self) -> str:
        """ "quotation" (the same quotation) or "overlap"."""
        return str(self.mode_combo.currentData() or "quotation")

    def builder(self) -> Builder:
        """The co-occurrence table for the chosen mode."""
        mode, children = self.mode(), self.children_check.isChecked()

        def build(project: Project, data: AnalysisData, f: TableFilter, language: str) -> Table:
            return co_occurrence_table(
                project,
                mode=mode,  # type: ignore[arg-type]
                filter=f,
                include_children=children,
                language=language,
                data=data,
            )

        return build

    def retranslate(self) -> None:
        """Set the option texts in the current language."""
        self.mode_label.setText(self.tr("&Together means:"))
        fill_combo(
            self.mode_combo,
            [
                (self.tr("on the same quotation"), "quotation"),
                (self.tr("on overlapping quotations"), "overlap"),
            ],
        )
        self.children_check.setText(self.tr("A code stands for its whole &branch"))
