"""Exporting analysis tables from the ui: the whole workbook (.xlsx) or the table on
screen (.csv), each in a BackgroundTask with progress and Cancel.

The core writes through a temporary file, so a cancelled or failed export leaves
whatever was at the path untouched; failures are shown with their one-line reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from sbcoder.core.analysis_filters import TableFilter
from sbcoder.progress import Reporter, check_cancelled
from sbcoder.ui.app import active_language
from sbcoder.ui.worker import BackgroundTask, ProgressPanel

if TYPE_CHECKING:
    from sbcoder.core.analysis_table import Table
    from sbcoder.ui.main_window import MainWindow


@dataclass(frozen=True)
class WorkbookOptions:
    """What the workbook counts: the filter and the options the tables are shown with."""

    table_filter: TableFilter = field(default_factory=TableFilter)
    rollup: str = "once"
    co_mode: str = "quotation"
    context: bool = False


def with_suffix(path: str, suffix: str) -> Path:
    """The chosen file name, with `suffix` added when the user left it off."""
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == suffix else chosen.with_name(chosen.name + suffix)


def _file_stem(name: str) -> str:
    return "".join("-" if c in '<>:"/\\|?*' else c for c in name).strip(" .") or "tables"


class TableExporter(QObject):
    """Runs table exports for the main window and the analysis window; one at a time."""

    exported = Signal(object)  # the Path (or list of paths) written

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workbench = window.workbench
        self.task: BackgroundTask | None = None
        self.last_written: Any = None
        # An export reads the project on its thread: it ends before the project closes.
        self.workbench.projectClosed.connect(self.stop)

    def busy(self) -> bool:
        """True while an export runs."""
        return self.task is not None and self.task.is_running()

    def _suggested(self, name: str, suffix: str) -> str:
        folder = Path(self.window.settings.last_directory or Path.home())
        return str(folder / f"{_file_stem(name)}{suffix}")

    # -- workbook ----------------------------------------------------------------------
    def ask_workbook(
        self, parent: QWidget, options: WorkbookOptions, panel: ProgressPanel
    ) -> BackgroundTask | None:
        """Ask where to save the workbook, then export it."""
        project = self.workbench.project
        if project is None:
            return None
        path, _filter = QFileDialog.getSaveFileName(
            parent,
            self.tr("Export tables to Excel"),
            self._suggested(self.tr("%1 - tables").replace("%1", project.name), ".xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not path:
            return None
        return self.start_workbook(with_suffix(path, ".xlsx"), options, panel)

    def start_workbook(
        self, path: Path, options: WorkbookOptions, panel: ProgressPanel
    ) -> BackgroundTask | None:
        """Write every table to one .xlsx workbook in the background."""
        project = self.workbench.project
        if project is None:
            return None
        language = active_language()
        pipeline = self.window.nlp_name or None

        def work(reporter: Reporter) -> Path:
            # openpyxl loads when a workbook is written, not at start-up (0.4 s).
            from sbcoder.core.export_tables import export_workbook

            return export_workbook(
                project,
                path,
                options.table_filter,
                language,
                reporter,
                pipeline_name=pipeline,
                rollup=options.rollup,
                co_mode=options.co_mode,
                context=options.context,
            )

        return self._start(work, self.tr("Exporting tables to %1").replace("%1", path.name), panel)

    # -- one table ---------------------------------------------------------------------
    def ask_csv(self, parent: QWidget, table: Table, panel: ProgressPanel) -> BackgroundTask | None:
        """Ask where to save the table shown, then write it as CSV."""
        path, _filter = QFileDialog.getSaveFileName(
            parent,
            self.tr("Export this table as CSV"),
            self._suggested(table.name, ".csv"),
            self.tr("CSV files (*.csv)"),
        )
        if not path:
            return None
        return self.start_csv(with_suffix(path, ".csv"), table, panel)

    def start_csv(self, path: Path, table: Table, panel: ProgressPanel) -> BackgroundTask | None:
        """Write one table (as built, in tree order) to a CSV file in the background."""
        language = active_language()

        def work(reporter: Reporter) -> Path:
            from sbcoder.core.export_tables import write_table_csv

            check_cancelled(reporter)
            reporter.report(0, 1, path.name)
            written = write_table_csv(table, path, language)
            reporter.report(1, 1, path.name)
            return written

        return self._start(work, self.tr("Exporting %1").replace("%1", path.name), panel)

    # -- running -----------------------------------------------------------------------
    def _start(self, work, title: str, panel: ProgressPanel) -> BackgroundTask | None:
        if self.busy():
            self.window.show_status(self.tr("An export is already running"))
            return None
        task = BackgroundTask(work, on_done=self._done, on_error=self._failed, title=title)
        task.setParent(self)
        self.task = task
        panel.attach(task)
        task.start()
        return task

    def _done(self, written: Any) -> None:
        self.last_written = written
        path = written[0] if isinstance(written, list) else written
        self.window.settings.last_directory = str(Path(path).parent)
        self.window.show_status(self.tr("Tables written to %1").replace("%1", str(path)))
        self.exported.emit(written)

    def _failed(self, error: Exception) -> None:
        self.workbench.show_error(error)  # Cancelled is passed over: the user asked for it

    def stop(self) -> None:
        """Cancel a running export and wait for it (the window is closing)."""
        if self.busy():
            assert self.task is not None
            self.task.cancel()
            self.task.wait()
