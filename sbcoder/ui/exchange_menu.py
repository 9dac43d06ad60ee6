"""File-menu entries for REFI-QDA exchange: import a .qdpx project (as a new project),
export the project as .qdpx, export the codebook as .qdc, import a .qdc codebook.

Importing and exporting a project run in a BackgroundTask with progress and Cancel;
a .qdc import is one undoable step. After a .qdpx import the new project opens and a
summary lists what came in and everything that could not.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from sbcoder.core.exchange_export import export_qdc, export_qdpx
from sbcoder.core.exchange_import import ExchangeSummary, import_qdc, import_qdpx
from sbcoder.progress import Reporter, check_cancelled
from sbcoder.ui.analysis_export import with_suffix
from sbcoder.ui.analysis_menu import insert_into_file_menu
from sbcoder.ui.exchange_summary_dialog import ExchangeSummaryDialog
from sbcoder.ui.worker import BackgroundTask

if TYPE_CHECKING:
    from sbcoder.ui.main_window import MainWindow


class ExchangeFeature(QObject):
    """The four REFI-QDA actions of the File menu; one background task at a time."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workbench = window.workbench
        self.task: BackgroundTask | None = None
        self.last_summary: ExchangeSummary | None = None
        self.summary_dialog: ExchangeSummaryDialog | None = None
        self.closing = False  # the window is closing: a finished import opens nothing
        self.exporting = False  # the running task reads the open project
        self.actions: dict[str, QAction] = {}
        for name, slot in (
            ("import_qdpx", self.ask_import_project),
            ("export_qdpx", self.ask_export_project),
            ("import_qdc", self.ask_import_codebook),
            ("export_qdc", self.ask_export_codebook),
        ):
            action = QAction(window)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.actions[name] = action
        insert_into_file_menu(window, list(self.actions.values()))
        window.installEventFilter(self)
        self.workbench.projectOpened.connect(self.update_actions)
        self.workbench.projectClosed.connect(self._project_closed)
        self.retranslate()
        self.update_actions()

    def _folder(self) -> str:
        return self.window.settings.last_directory or str(Path.home())

    def busy(self) -> bool:
        """True while an import or export runs."""
        return self.task is not None and self.task.is_running()

    def _start(
        self, work: Any, title: str, on_done: Any, cancellable: bool = True, export: bool = False
    ) -> Any:
        if self.busy():
            self.window.show_status(self.tr("An import or export is already running"))
            return None
        task = BackgroundTask(
            work, on_done=on_done, on_error=self._failed, title=title, cancellable=cancellable
        )
        task.setParent(self)
        self.task = task
        self.exporting = export
        self.window.progress_panel.attach(task)
        self.update_actions()
        task.start()
        return task

    def _failed(self, error: Exception) -> None:
        self.update_actions()
        self.workbench.show_error(error)

    # -- .qdpx import ------------------------------------------------------------------
    def ask_import_project(self) -> BackgroundTask | None:
        """Choose a .qdpx file and where the new project goes, then import it."""
        source, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import REFI-QDA project"),
            self._folder(),
            self.tr("REFI-QDA projects (*.qdpx);;All files (*)"),
        )
        if not source:
            return None
        suggested = str(Path(self._folder()) / (Path(source).stem + ".sbc"))
        target, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the imported project as"),
            suggested,
            self.tr("sbcoder projects (*.sbc)"),
            # The core refuses to overwrite a file (it says so): no question first.
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not target:
            return None
        return self.import_project(Path(source), with_suffix(target, ".sbc"))

    def import_project(self, source: Path, target: Path) -> BackgroundTask | None:
        """Import a .qdpx file into a new project at `target` in the background; then
        open that project and show the summary."""

        def work(reporter: Reporter) -> tuple[Path, ExchangeSummary]:
            project, summary = import_qdpx(source, target, reporter)
            project.close()  # the window opens it again, on its own thread
            return target, summary

        def done(result: tuple[Path, ExchangeSummary]) -> None:
            path, summary = result
            self.last_summary = summary
            self.update_actions()
            if not self.closing and self.window.open_project(path):
                self.show_summary(summary, source.name, path.name)

        title = self.tr("Importing %1").replace("%1", source.name)
        return self._start(work, title, done)

    def show_summary(
        self, summary: ExchangeSummary, source_name: str, target_name: str
    ) -> ExchangeSummaryDialog:
        """The summary dialog (not blocking: the project is open behind it)."""
        if self.summary_dialog is not None:
            self.summary_dialog.close()
            self.summary_dialog.deleteLater()
        dialog = ExchangeSummaryDialog(summary, source_name, target_name, self.window)
        self.summary_dialog = dialog
        dialog.open()
        return dialog

    # -- .qdpx export ------------------------------------------------------------------
    def ask_export_project(self) -> BackgroundTask | None:
        """Choose where to write the project as .qdpx, then export it."""
        project = self.workbench.project
        if project is None:
            return None
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export REFI-QDA project"),
            str(Path(self._folder()) / (project.path.stem + ".qdpx")),
            self.tr("REFI-QDA projects (*.qdpx)"),
        )
        if not path:
            return None
        return self.export_project(with_suffix(path, ".qdpx"))

    def export_project(self, path: Path) -> BackgroundTask | None:
        """Write the project as a .qdpx file in the background."""
        project = self.workbench.project
        if project is None:
            return None

        def work(reporter: Reporter) -> Path:
            export_qdpx(project, path, reporter)
            return path

        title = self.tr("Exporting %1").replace("%1", path.name)
        return self._start(work, title, self._exported, export=True)

    def _exported(self, path: Path) -> None:
        self.update_actions()
        self.window.settings.last_directory = str(path.parent)
        self.window.show_status(self.tr("Exported to %1").replace("%1", str(path)))

    # -- .qdc --------------------------------------------------------------------------
    def ask_export_codebook(self) -> BackgroundTask | None:
        """Choose where to write the codebook as .qdc, then export it."""
        project = self.workbench.project
        if project is None:
            return None
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export codebook"),
            str(Path(self._folder()) / (project.path.stem + ".qdc")),
            self.tr("REFI-QDA codebooks (*.qdc)"),
        )
        if not path:
            return None
        return self.export_codebook(with_suffix(path, ".qdc"))

    def export_codebook(self, path: Path) -> BackgroundTask | None:
        """Write the codebook as a .qdc file (in the background, like every export)."""
        project = self.workbench.project
        if project is None:
            return None

        def work(reporter: Reporter) -> Path:
            check_cancelled(reporter)
            export_qdc(project, path)
            return path

        title = self.tr("Exporting %1").replace("%1", path.name)
        return self._start(work, title, self._exported, cancellable=False, export=True)

    def ask_import_codebook(self) -> bool:
        """Choose a .qdc file and add its codes to the project."""
        if self.workbench.project is None:
            return False
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import codebook"),
            self._folder(),
            self.tr("REFI-QDA codebooks (*.qdc);;All files (*)"),
        )
        return self.import_codebook(Path(path)) if path else False

    def import_codebook(self, path: Path) -> bool:
        """Add a .qdc codebook's codes as one undoable step; show what came in."""
        project = self.workbench.project
        if project is None:
            return False
        outcome = self.workbench.query(lambda: import_qdc(project, path))
        if outcome is None:
            return False
        summary: ExchangeSummary = outcome.value
        self.last_summary = summary
        if summary.counts.get("codes", 0):
            label = self.tr("Import codebook “%1”").replace("%1", path.name)
            self.workbench.push(outcome.command, outcome.changes, label)
        if summary.warnings or summary.unsupported:
            self.show_summary(summary, path.name, project.name)
        else:
            self.window.show_status(
                self.tr(
                    "%n code(s) imported, %1 already in the project",
                    "",
                    summary.counts.get("codes", 0),
                ).replace("%1", str(summary.counts.get("already present", 0)))
            )
        return True

    # -- state and language ------------------------------------------------------------
    def _project_closed(self) -> None:
        """An export reads the project on its thread: let it end before the file closes
        (an import writes a new file and runs on)."""
        if self.busy() and self.exporting:
            assert self.task is not None
            self.task.cancel()
            self.task.wait()
        self.update_actions()

    def update_actions(self) -> None:
        """Exports and the codebook import need a project; nothing while a task runs."""
        has_project = self.workbench.project is not None
        idle = not self.busy()
        self.actions["import_qdpx"].setEnabled(idle)
        for name in ("export_qdpx", "import_qdc", "export_qdc"):
            self.actions[name].setEnabled(has_project and idle)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        texts = {
            "import_qdpx": self.tr("Import REFI-QDA project (.&qdpx)…"),
            "export_qdpx": self.tr("Export REFI-QDA project (.q&dpx)…"),
            "import_qdc": self.tr("Import code&book (.qdc)…"),
            "export_qdc": self.tr("Export codebook (.q&dc)…"),
        }
        for name, text in texts.items():
            self.actions[name].setText(text)
        self.actions["import_qdpx"].setStatusTip(
            self.tr("A new project from a file of ATLAS.ti, NVivo, MAXQDA or QualCoder")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the main window's language; finish a running task before it closes."""
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Close:
                self.closing = True
                if self.busy():
                    assert self.task is not None
                    self.task.cancel()
                    self.task.wait()
        return False


def install(window: MainWindow) -> ExchangeFeature:
    """Add the REFI-QDA entries to the File menu."""
    return ExchangeFeature(window)
