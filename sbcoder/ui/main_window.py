"""The coding workbench: documents, the document view, codes, quotations, search.

The window owns the open project (through the Workbench), routes each Changes
record to the panes that show that kind of thing, and keeps the menus' enabled
state in step with what is selected.
"""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from sbcoder import __version__
from sbcoder.core.changes import Changes
from sbcoder.core.dto import CodeInfo, QuotationInfo
from sbcoder.core.project import Project
from sbcoder.ui import window_support as support
from sbcoder.ui.actions import WindowActions
from sbcoder.ui.code_actions import CodeTreeController
from sbcoder.ui.code_tree import CodeTreePane
from sbcoder.ui.coder_dialog import ask_coder_name
from sbcoder.ui.coder_filter import CoderFilter, CoderFilterCombo
from sbcoder.ui.coding import CodingController
from sbcoder.ui.document_actions import DocumentsController
from sbcoder.ui.document_view import DocumentView
from sbcoder.ui.documents_pane import DocumentsPane
from sbcoder.ui.extensions import install_features
from sbcoder.ui.new_project_dialog import ask_new_project
from sbcoder.ui.quotations_pane import QuotationsPane
from sbcoder.ui.refresh import ViewRefresher
from sbcoder.ui.search_pane import SearchHit, SearchPane
from sbcoder.ui.settings import AppSettings
from sbcoder.ui.welcome import WelcomePage
from sbcoder.ui.workbench import EXPECTED_ERRORS, Workbench
from sbcoder.ui.worker import ProgressPanel


class MainWindow(QMainWindow):
    """The main window; `open_project`, `open_document` and the controllers' methods
    are what the menus (and the tests) call."""

    def __init__(self, settings: AppSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings or AppSettings()
        self.workbench = Workbench(self)
        self.coder_filter = CoderFilter(self)
        self.codes: dict[int, CodeInfo] = {}
        self.current_quotation_id: int | None = None
        self.nlp_name: str | None = None
        self.nlp_loading = False  # the pipeline is being loaded in the background
        self.nlp_task = None
        # -- panes ---------------------------------------------------------------------
        self.document_view = DocumentView(self)
        self.welcome = WelcomePage(self)
        self.centre = QStackedWidget(self)
        self.centre.addWidget(self.welcome)
        self.centre.addWidget(self.document_view)
        self.setCentralWidget(self.centre)
        self.documents_pane = DocumentsPane(self)
        self.code_pane = CodeTreePane(CoderFilterCombo(self.coder_filter), self)
        self.refresher = ViewRefresher(self)
        self.quotations_pane = QuotationsPane(self.workbench, self.coder_filter, self)
        self.quotations_pane.document_rows = self.refresher.document_rows
        self.quotations_pane.code_infos = lambda: self.codes
        self.search_pane = SearchPane(self.workbench, self)
        self.docks = {
            "documents": self._dock(
                "documentsDock", self.documents_pane, Qt.DockWidgetArea.LeftDockWidgetArea
            ),
            "codes": self._dock("codesDock", self.code_pane, Qt.DockWidgetArea.RightDockWidgetArea),
            "quotations": self._dock(
                "quotationsDock", self.quotations_pane, Qt.DockWidgetArea.BottomDockWidgetArea
            ),
            "search": self._dock(
                "searchDock", self.search_pane, Qt.DockWidgetArea.BottomDockWidgetArea
            ),
        }
        self.tabifyDockWidget(self.docks["quotations"], self.docks["search"])
        self.docks["quotations"].raise_()
        # -- status bar ----------------------------------------------------------------
        self.progress_panel = ProgressPanel(self)
        self.coder_label, self.document_label, self.nlp_label = QLabel(), QLabel(), QLabel()
        for widget in (self.progress_panel, self.document_label, self.coder_label, self.nlp_label):
            self.statusBar().addPermanentWidget(widget)
        # -- behaviour -----------------------------------------------------------------
        self.actions = WindowActions(self)
        self.coding = CodingController(self)
        self.code_actions = CodeTreeController(self)
        self.documents = DocumentsController(self)
        self.actions.build_menus([d.toggleViewAction() for d in self.docks.values()])
        self.actions.set_in_vivo_placement(self.settings.in_vivo_placement)
        self.features = install_features(self)
        support.connect_actions(self)
        support.connect_signals(self)
        for pane in (self.documents_pane, self.code_pane, self.quotations_pane, self.search_pane):
            find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), pane)
            find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            find.activated.connect(self.find_in_document)
        self.resize(1280, 820)
        self.resizeDocks(
            [self.docks["documents"], self.docks["codes"]], [240, 360], Qt.Orientation.Horizontal
        )
        self.resizeDocks([self.docks["quotations"]], [220], Qt.Orientation.Vertical)
        geometry, state = self.settings.window_state
        if geometry:
            self.restoreGeometry(geometry)
        if state:
            self.restoreState(state)
        self.retranslate()
        self.update_actions()

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # -- coder -----------------------------------------------------------------------------
    def ensure_coder(self) -> bool:
        """Ask for the coder's name on first start; fall back to the login name."""
        if not self.settings.coder_name:
            name = ask_coder_name(self, "", [])
            self.settings.coder_name = name or getpass.getuser() or "coder"
            self.settings.sync()
        self._apply_coder()
        return True

    def change_coder(self, name: str | None = None) -> None:
        """Switch to another coder (asks when `name` is None)."""
        project = self.workbench.project
        known = [c.name for c in self.workbench.query(project.coders.list, [])] if project else []
        name = name or ask_coder_name(self, self.settings.coder_name, known)
        if name:
            self.settings.coder_name = name
            self._apply_coder()

    def _apply_coder(self) -> None:
        project = self.workbench.project
        if project is not None and self.settings.coder_name:
            self.workbench.query(lambda: project.coders.set_current(self.settings.coder_name))
            self.coder_filter.set_coders(self.workbench.query(project.coders.list, []))
        self.update_status()

    # -- projects --------------------------------------------------------------------------
    def new_project(self) -> bool:
        """Ask for a new project's file and template, create it, open it."""
        choice = ask_new_project(self, self.settings.last_directory)
        if choice is None:
            return False
        return self.create_project(choice.path, choice.name, choice.template)

    def create_project(self, path: Path, name: str, template: str) -> bool:
        """Create a project file and make it the open project."""
        if not self.close_project():
            return False
        try:
            project = Project.create(path, name=name, template=template)
        except EXPECTED_ERRORS as error:
            self.workbench.show_error(error)
            return False
        self._use_project(project)
        return True

    def ask_open_project(self) -> bool:
        """Choose a project file and open it."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open project"),
            self.settings.last_directory,
            self.tr("sbcoder projects (*.sbc);;All files (*)"),
        )
        return self.open_project(Path(path)) if path else False

    def open_project(self, path: Path | str) -> bool:
        """Open a project file (closing the one open now)."""
        if not self.close_project():
            return False
        try:
            project = Project.open(path)
        except EXPECTED_ERRORS as error:
            self.workbench.show_error(error)
            return False
        self._use_project(project)
        return True

    def _use_project(self, project: Project) -> None:
        self.settings.add_recent_project(project.path)
        self.settings.last_directory = str(project.path.parent)
        self.workbench.set_project(project)
        self.centre.setCurrentWidget(self.document_view)
        self._apply_coder()
        self.retranslate()
        support.fill_recent_menu(self)
        if project.in_use_warning:
            QMessageBox.warning(self, self.tr("Project in use"), project.in_use_warning)
        if project.migrated_from:
            self.show_status(self.tr("The project was updated; a copy of the old file is kept"))

    def close_project(self) -> bool:
        """Close the open project (waiting for a running import to stop)."""
        project = self.workbench.project
        if project is None:
            return True
        task = self.documents.import_task
        if task is not None and task.is_running():
            task.cancel()
            task.wait()
        self.document_view.clear()
        self.refresher.forget()
        self.current_quotation_id = None
        self.codes = {}
        self.code_pane.set_codes([])
        self.documents_pane.model.set_contents([], [])
        self.workbench.set_project(None)
        self.centre.setCurrentWidget(self.welcome)
        self.statusBar().clearMessage()
        project.close()
        self.coder_filter.set_coders([])
        self.retranslate()
        self.update_actions()
        return True

    # -- refreshing --------------------------------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        """Refresh only the panes that show what changed (see refresh.py)."""
        self.refresher.refresh(changes)

    # -- documents and quotations -------------------------------------------------------------
    def open_document(self, document_id: int, select: tuple[int, int] | None = None) -> bool:
        """Show a document in the view (and optionally select a span of it)."""
        project = self.workbench.project
        if project is None:
            return False
        if self.document_view.document_id != document_id:
            text = self.workbench.query(lambda: project.documents.text(document_id))
            if text is None:
                return False
            self.current_quotation_id = None
            shown = self.refresher.load_document(document_id)
            self.document_view.set_document(document_id, text, shown, self.codes)
            self.documents_pane.select_document(document_id)
        self.quotations_pane.show_scope("document", document_id)
        if select is not None:
            self.document_view.select_span(*select)
            self.document_view.setFocus()
        self.update_status()
        self.update_actions()
        return True

    def open_quotation(self, quotation: QuotationInfo) -> None:
        """Jump to a quotation's passage and select it."""
        scope = self.quotations_pane.scope
        self.open_document(quotation.document_id, (quotation.start, quotation.end))
        if scope[0] == "code":  # keep listing the code's quotations while jumping through them
            self.quotations_pane.show_scope(*scope)
        self.set_current_quotation(quotation.id)

    def open_hit(self, hit: SearchHit) -> None:
        """Open a search hit's passage, selected, ready to be coded."""
        self.open_document(hit.document_id, (hit.start, hit.end))

    def set_current_quotation(self, quotation_id: int | None) -> None:
        """The quotation that memo, resize, remove code and delete act on."""
        self.current_quotation_id = quotation_id
        self.document_view.set_selected_quotation(quotation_id)
        self.quotations_pane.select_quotation(quotation_id)
        self.update_actions()

    def find_in_document(self) -> None:
        """Open the document view's find bar (Ctrl+F)."""
        show = getattr(self.document_view, "show_find_bar", None)
        if show is not None and self.document_view.document_id is not None:
            show()

    # -- status and state ------------------------------------------------------------------
    def show_status(self, message: str, milliseconds: int = 6000) -> None:
        """A passing message in the status bar."""
        self.statusBar().showMessage(message, milliseconds)

    def update_status(self) -> None:
        """Coder, document and NLP pipeline in the status bar."""
        self.coder_label.setText(
            self.tr("Coder: %1").replace("%1", self.settings.coder_name or "—")
        )
        info = self.documents_pane.model.document(self.document_view.document_id or -1)
        self.document_label.setText(
            self.tr("Document: %1").replace("%1", info.name)
            if info
            else self.tr("No document open")
        )
        if self.nlp_name is None and self.nlp_loading:
            self.nlp_label.setText(self.tr("NLP: loading…"))
        elif self.nlp_name is None:
            self.nlp_label.setText(self.tr("NLP: not loaded"))
        elif self.nlp_name == "":
            self.nlp_label.setText(self.tr("NLP off"))
        else:  # the name may end in the model's folder: that goes in the tooltip
            self.nlp_label.setText(self.tr("NLP: %1").replace("%1", self.nlp_name.split(" (")[0]))
        self.nlp_label.setToolTip(self.nlp_name or "")

    def update_actions(self) -> None:
        """Enable what can be done now."""
        support.update_actions(self)

    def start_background_tasks(self) -> None:
        """After start-up: load the spaCy pipeline off the GUI thread (never blocks)."""
        QTimer.singleShot(0, lambda: support.load_nlp(self))

    def retranslate(self) -> None:
        """Set every text of the window in the current language."""
        titles = {
            "documents": self.tr("Documents"),
            "codes": self.tr("Codes"),
            "quotations": self.tr("Quotations"),
            "search": self.tr("Search"),
        }
        for key, dock in self.docks.items():
            dock.setWindowTitle(titles[key])
        project = self.workbench.project
        if project is None:
            self.setWindowTitle(self.tr("sbcoder — no project open"))
        else:
            self.setWindowTitle(f"{project.name} — {project.path} — sbcoder {__version__}")
        self.actions.retranslate()
        support.update_undo_texts(self)
        support.fill_recent_menu(self)
        self.update_status()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop background work, close the project, remember the layout."""
        self.settings.save_window_state(
            bytes(self.saveGeometry().data()), bytes(self.saveState().data())
        )
        self.close_project()
        if self.nlp_task is not None and self.nlp_task.is_running():
            self.hide()  # spaCy may still be loading: do not look frozen meanwhile
            self.nlp_task.wait()
        self.settings.sync()
        super().closeEvent(event)
