"""The Analysis menu: the tables window (frequencies, co-occurrence, CIMO matrix,
quotations list) and File ▸ Export tables to Excel.

Installed by sbcoder.ui.extensions. The tables window is made on first use and kept
(with its options and filter) while the main window lives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from sbcoder.ui.analysis_export import TableExporter, WorkbookOptions

if TYPE_CHECKING:
    # The tables window brings SciPy's sparse matrices: imported when first opened.
    from sbcoder.ui.analysis_window import AnalysisWindow
    from sbcoder.ui.main_window import MainWindow
    from sbcoder.ui.worker import BackgroundTask

TABLE_KINDS = ("frequency", "cooccurrence", "cimo", "quotations")


def insert_into_file_menu(window: MainWindow, actions: list[QAction]) -> None:
    """Put actions in the File menu above "Close project", as a block of their own
    between separators (each feature's block below the ones installed before it)."""
    menu = window.actions.menus["file"]
    close = window.actions.actions["close_project"]
    existing = menu.actions()
    position = existing.index(close) if close in existing else len(existing)
    if position > 0 and existing[position - 1].isSeparator():
        before = existing[position - 1]  # keep the separator above "Close project" last
    else:
        before = menu.insertSeparator(close)
    menu.insertSeparator(before)
    for action in actions:
        menu.insertAction(before, action)


class AnalysisFeature(QObject):
    """The Analysis menu's actions and the tables window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workbench = window.workbench
        self.exporter = TableExporter(window)
        self.tables: AnalysisWindow | None = None
        self.open_tables = self._action("open_analysis_tables", "Ctrl+Shift+T")
        self.open_tables.triggered.connect(lambda: self.show_tables())
        self.show_kind = {kind: self._action(f"analysis_{kind}") for kind in TABLE_KINDS}
        for kind, action in self.show_kind.items():
            action.triggered.connect(lambda _checked=False, k=kind: self.show_tables(k))
        self.export_excel = self._action("export_tables_excel")
        self.export_excel.triggered.connect(self.export_tables)
        self.menu = QMenu(window)
        self.menu.setObjectName("menu_analysis")
        self.menu.addAction(self.open_tables)
        self.menu.addSeparator()
        for action in self.show_kind.values():
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.export_excel)
        bar = window.menuBar()
        tools = window.actions.menus.get("tools")
        if tools is not None:
            bar.insertMenu(tools.menuAction(), self.menu)
        else:
            bar.addMenu(self.menu)
        window.actions.menus["analysis"] = self.menu
        insert_into_file_menu(window, [self.export_excel])
        window.installEventFilter(self)
        self.workbench.projectOpened.connect(self.update_actions)
        self.workbench.projectClosed.connect(self.update_actions)
        self.retranslate()
        self.update_actions()

    def _action(self, name: str, shortcut: str = "") -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    # -- what the actions do -------------------------------------------------------------
    def show_tables(self, kind: str = "") -> AnalysisWindow | None:
        """Open (or raise) the tables window, on the tab of `kind` when given."""
        if self.workbench.project is None:
            return None
        if self.tables is None:
            from sbcoder.ui.analysis_window import AnalysisWindow

            self.tables = AnalysisWindow(self.window, self.exporter)
        tables = self.tables
        tables.show()
        tables.raise_()
        tables.activateWindow()
        if kind:
            tables.show_page(kind)
        return tables

    def export_tables(self) -> BackgroundTask | None:
        """File ▸ Export tables to Excel: every table, with the tables window's filter
        and options when it is open, else with the defaults."""
        options = self.tables.workbook_options() if self.tables is not None else WorkbookOptions()
        return self.exporter.ask_workbook(self.window, options, self.window.progress_panel)

    def update_actions(self) -> None:
        """The tables need an open project."""
        has_project = self.workbench.project is not None
        for action in (self.open_tables, self.export_excel, *self.show_kind.values()):
            action.setEnabled(has_project)

    # -- language and closing ------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.menu.setTitle(self.tr("&Analysis"))
        self.open_tables.setText(self.tr("&Tables…"))
        self.open_tables.setStatusTip(
            self.tr("Code frequencies, co-occurrence, the CIMO matrix and the quotations list")
        )
        texts = {
            "frequency": self.tr("Code &frequencies"),
            "cooccurrence": self.tr("Code &co-occurrence"),
            "cimo": self.tr("CIMO &matrix"),
            "quotations": self.tr("&Quotations list"),
        }
        for kind, action in self.show_kind.items():
            action.setText(texts[kind])
        self.export_excel.setText(self.tr("Export tables to &Excel…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the main window's language changes; stop exports when it closes."""
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Close:
                self.exporter.stop()
        return False


def install(window: MainWindow) -> AnalysisFeature:
    """Add the Analysis menu and the Excel export to the main window."""
    return AnalysisFeature(window)
