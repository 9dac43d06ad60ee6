"""The analysis tables window: frequencies, co-occurrence, CIMO matrix, quotations list.

One snapshot of the project (`load_analysis_data`) serves every table; it is read
again only when the workbench says that something a table counts has changed, and
then only once the edits pause (a short timer) and only while the window is shown.
Tables are built in the background (analysis_refresh.py), the visible one first;
the others when their tab is opened.

A click on a cell lists the quotations behind it below the tables; double-click (or
Enter) on one opens it selected in the main window's document view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sbcoder.core.analysis_filters import TableFilter
from sbcoder.core.changes import Changes
from sbcoder.core.dto import QuotationInfo
from sbcoder.ui.analysis_drill import DRILL_LIMIT, QuotationDrillPane
from sbcoder.ui.analysis_export import TableExporter, WorkbookOptions
from sbcoder.ui.analysis_filter_dialog import ask_table_filter, load_choices
from sbcoder.ui.analysis_pages import CooccurrencePage, FrequencyPage, TablePage
from sbcoder.ui.analysis_refresh import BuiltTable, TableBuilds
from sbcoder.ui.analysis_text_pages import CimoPage, QuotationsPage
from sbcoder.ui.app import active_language
from sbcoder.ui.worker import ProgressPanel

if TYPE_CHECKING:
    from sbcoder.ui.main_window import MainWindow

# What the tables count: any change of these kinds makes the snapshot stale.
COUNTED_KINDS = frozenset(
    {"project", "coders", "documents", "groups", "cases", "attributes", "codes", "quotations",
     "codings"}
)  # fmt: skip
REFRESH_DELAY_MS = 150


class AnalysisWindow(QMainWindow):
    """The tables (see the module docstring). `pages` by kind: frequency, cooccurrence,
    cimo, quotations."""

    def __init__(self, main: MainWindow, exporter: TableExporter) -> None:
        super().__init__(main, Qt.WindowType.Window)
        self.setObjectName("analysisWindow")
        self.main = main
        self.workbench = main.workbench
        self.exporter = exporter
        self.table_filter = TableFilter()
        self.builds = TableBuilds(self)
        self.builds.built.connect(self._built)
        self.builds.failed.connect(self._build_failed)
        self.builds.idle.connect(self._idle)
        self.drilled: tuple[str, object, object] | None = None  # page kind, row key, column key
        pages = (FrequencyPage(self), CooccurrencePage(self), CimoPage(self), QuotationsPage(self))
        self.pages: dict[str, TablePage] = {page.kind: page for page in pages}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("analysisTabs")
        for page in self.pages.values():
            self.tabs.addTab(page, "")
            page.optionsChanged.connect(lambda p=page: self._options_changed(p))
            page.view.selectionModel().currentChanged.connect(
                lambda current, _previous, p=page: self.show_cell(p, current)
            )
            page.view.clicked.connect(lambda index, p=page: self.show_cell(p, index))
        self.tabs.currentChanged.connect(lambda _i: self._build_next())
        # -- toolbar ---------------------------------------------------------------------
        self.filter_button = QPushButton(self)
        self.filter_button.setObjectName("filterButton")
        self.clear_filter_button = QPushButton(self)
        self.filter_label = QLabel(self)
        self.filter_label.setObjectName("filterLabel")
        self.heat_check = QCheckBox(self)
        self.heat_check.setChecked(True)
        self.xlsx_button = QPushButton(self)
        self.xlsx_button.setObjectName("exportXlsxButton")
        self.csv_button = QPushButton(self)
        self.csv_button.setObjectName("exportCsvButton")
        bar = QHBoxLayout()
        for widget in (self.filter_button, self.clear_filter_button, self.filter_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.heat_check, self.xlsx_button, self.csv_button):
            bar.addWidget(widget)
        self.filter_button.clicked.connect(self.ask_filter)
        self.clear_filter_button.clicked.connect(lambda: self.set_filter(TableFilter()))
        self.heat_check.toggled.connect(self._set_heat_map)
        self.xlsx_button.clicked.connect(self.export_workbook)
        self.csv_button.clicked.connect(self.export_csv)
        # -- drill-down and layout -------------------------------------------------------
        self.drill = QuotationDrillPane(self)
        self.drill.quotationOpened.connect(self.open_quotation)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.drill)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        centre = QWidget(self)
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.splitter)
        self.setCentralWidget(centre)
        self.updating_label = QLabel(self)
        self.updating_label.setObjectName("updatingLabel")
        self.progress_panel = ProgressPanel(self)
        self.statusBar().addWidget(self.updating_label)
        self.statusBar().addPermanentWidget(self.progress_panel)
        # -- refreshing ------------------------------------------------------------------
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.workbench.changed.connect(self.project_changed)
        self.workbench.projectOpened.connect(self._project_opened)
        self.workbench.projectClosed.connect(self._project_closed)
        self.resize(1100, 720)
        self.retranslate()

    # -- which table -------------------------------------------------------------------
    def current_page(self) -> TablePage:
        """The page on the visible tab."""
        return self.tabs.currentWidget()  # type: ignore[return-value]

    def show_page(self, kind: str) -> TablePage:
        """Bring a table's tab to the front (it is built if it is not up to date)."""
        page = self.pages[kind]
        self.tabs.setCurrentWidget(page)
        self._build_next()
        return page

    def busy(self) -> bool:
        """True while a table is being built or a rebuild is due."""
        return self.builds.busy() or self.timer.isActive()

    # -- refreshing --------------------------------------------------------------------
    def _make_stale(self, pages: list[TablePage]) -> None:
        for page in pages:
            page.stale = True
            page.version += 1

    def project_changed(self, changes: Changes) -> None:
        """Forget the snapshot when something counted changed; rebuild soon if shown."""
        if not (changes.kinds & COUNTED_KINDS):
            return
        self.builds.invalidate()
        self._make_stale(list(self.pages.values()))
        if self.isVisible():
            self.timer.start()  # edits in quick succession make one rebuild

    def _options_changed(self, page: TablePage) -> None:
        self._make_stale([page])
        self._build_next()

    def _project_opened(self) -> None:
        self.table_filter = TableFilter()
        self._show_filter()

    def _project_closed(self) -> None:
        self.timer.stop()
        self.builds.forget_project()  # waits for a build reading the closing project
        self.drilled = None
        for page in self.pages.values():
            page.show_table(None, {})
        self._make_stale(list(self.pages.values()))
        self.drill.clear()
        self.hide()

    def refresh(self) -> None:
        """Bring the visible table up to date (in the background)."""
        self.timer.stop()
        self._build_next()

    def _build_next(self) -> None:
        """Start building the visible table if it is stale and nothing else runs."""
        page = self.current_page()
        project = self.workbench.project
        if project is None or not page.stale or not self.isVisible() or self.builds.busy():
            return
        started = self.builds.start(
            project, page.kind, page.version, self.table_filter, active_language(), page.builder()
        )
        if started:
            self.updating_label.setText(self.tr("Updating the table…"))

    def _idle(self) -> None:
        self.updating_label.clear()
        self._build_next()  # the visible table, if something made it stale meanwhile

    def _built(self, result: BuiltTable) -> None:
        page = self.pages[result.kind]
        if result.attributes is not None:
            self.pages["frequency"].set_attributes(list(result.attributes))  # type: ignore[attr-defined]
        if result.table_filter != self.table_filter and result.version == page.version:
            self.table_filter = result.table_filter  # ids deleted since they were chosen
            self._show_filter()
        if result.version != page.version:
            return  # options, filter or data changed meanwhile: a newer build follows
        colours = {c.id: c.color for c in self.main.codes.values()}
        page.show_table(result.table, colours)
        if self.drilled is not None and self.drilled[0] == page.kind:
            self._drill_again(page)

    def _build_failed(self, error: Exception) -> None:
        page = self.current_page()
        page.stale = False  # not again and again: the next change tries anew
        self.workbench.show_error(error)

    # -- filter ------------------------------------------------------------------------
    def ask_filter(self) -> bool:
        """The filter dialog; the tables follow what is ticked."""
        project = self.workbench.project
        if project is None:
            return False
        choices = self.workbench.query(lambda: load_choices(project))
        if choices is None:
            return False
        chosen = ask_table_filter(self, choices, self.table_filter)
        if chosen is None:
            return False
        self.set_filter(chosen)
        return True

    def set_filter(self, table_filter: TableFilter) -> None:
        """Count only what the filter selects; every table is rebuilt."""
        self.table_filter = table_filter
        self._show_filter()
        self._make_stale(list(self.pages.values()))
        self._build_next()

    def _show_filter(self) -> None:
        f = self.table_filter
        if f.is_empty:
            self.filter_label.setText(self.tr("All data (no filter)"))
        else:
            counts = (
                (f.coder_ids, self.tr("%n coder(s)", "", len(f.coder_ids or ()))),
                (f.document_ids, self.tr("%n document(s)", "", len(f.document_ids or ()))),
                (f.group_ids, self.tr("%n group(s)", "", len(f.group_ids or ()))),
                (f.case_ids, self.tr("%n case(s)", "", len(f.case_ids or ()))),
                (f.attributes or None, self.tr("%n attribute(s)", "", len(f.attributes))),
                (f.code_ids, self.tr("%n code branch(es)", "", len(f.code_ids or ()))),
            )
            parts = [text for ids, text in counts if ids is not None]
            self.filter_label.setText(self.tr("Filtered: %1").replace("%1", ", ".join(parts)))
        self.clear_filter_button.setEnabled(not f.is_empty)

    def _set_heat_map(self, on: bool) -> None:
        for page in self.pages.values():
            page.model.set_heat_map(on)

    # -- drill-down --------------------------------------------------------------------
    def show_cell(self, page: TablePage, index: QModelIndex) -> tuple[int, ...]:
        """List the quotations behind a cell (an index of `page.view`, maybe sorted)."""
        table = page.table
        if table is None or not index.isValid():
            return ()
        row = page.model.table_row(index.row())
        column = index.column() - 1 if index.column() > 0 else page.label_column(table)
        if column is None:
            return ()
        drilled = (page.kind, table.row_headers[row].key, table.column_headers[column].key)
        if drilled == self.drilled and self.drill.rows():
            return table.quotation_ids(row, column)  # listed already (click on the current)
        self.drilled = drilled
        return self._list_cell(page, row, column)

    def _drill_again(self, page: TablePage) -> None:
        """After a rebuild, list the same cell again (its quotations may have changed)."""
        table = page.table
        assert self.drilled is not None and table is not None
        try:
            row, column = table.row(self.drilled[1]), table.column(self.drilled[2])
        except KeyError:
            self.drill.clear()
            return
        self._list_cell(page, row, column)

    def _list_cell(self, page: TablePage, row: int, column: int) -> tuple[int, ...]:
        project = self.workbench.project
        table = page.table
        if project is None or table is None:
            return ()
        ids = table.quotation_ids(row, column)
        listed = self.workbench.query(
            lambda: project.quotations.list(quotation_ids=ids[:DRILL_LIMIT]), []
        )
        where = f"{table.row_headers[row].label} × {table.column_headers[column].label}"
        self.drill.show_quotations(ids, listed, self.main.codes, where)
        return ids

    def open_quotation(self, quotation: QuotationInfo) -> None:
        """Open a listed quotation in the main window, its passage selected."""
        self.main.open_quotation(quotation)
        self.main.raise_()
        self.main.activateWindow()

    # -- export ------------------------------------------------------------------------
    def workbook_options(self) -> WorkbookOptions:
        """The filter and options of the tables as shown, for the workbook."""
        return WorkbookOptions(
            table_filter=self.table_filter,
            rollup=self.pages["frequency"].rollup(),  # type: ignore[attr-defined]
            co_mode=self.pages["cooccurrence"].mode(),  # type: ignore[attr-defined]
            context=self.pages["quotations"].context_check.isChecked(),  # type: ignore[attr-defined]
        )

    def export_workbook(self) -> object:
        """Export every table (with this filter and these options) to .xlsx."""
        return self.exporter.ask_workbook(self, self.workbook_options(), self.progress_panel)

    def export_csv(self) -> object:
        """Export the table on the visible tab to .csv."""
        page = self.current_page()
        if page.table is None:
            return None
        return self.exporter.ask_csv(self, page.table, self.progress_panel)

    # -- window ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Catch up on changes made while the window was hidden."""
        super().showEvent(event)
        QTimer.singleShot(0, self.refresh)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Hide (the window keeps its options and filter for the next time)."""
        self.timer.stop()
        super().closeEvent(event)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Analysis tables — sbcoder"))
        titles = {
            "frequency": self.tr("Code &frequencies"),
            "cooccurrence": self.tr("Co-&occurrence"),
            "cimo": self.tr("CIMO &matrix"),
            "quotations": self.tr("&Quotations list"),
        }
        for index, kind in enumerate(self.pages):
            self.tabs.setTabText(index, titles[kind])
            self.pages[kind].retranslate()
        self.filter_button.setText(self.tr("F&ilter…"))
        self.clear_filter_button.setText(self.tr("Clear filter"))
        self.heat_check.setText(self.tr("&Heat map"))
        self.xlsx_button.setText(self.tr("Export workbook (.&xlsx)…"))
        self.csv_button.setText(self.tr("Export this table (.&csv)…"))
        self._show_filter()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate, and rebuild the tables: their headers come in the language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._make_stale(list(self.pages.values()))
            if self.isVisible():
                self.timer.start()
        super().changeEvent(event)
