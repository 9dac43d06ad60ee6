"""A coder's copy of the project (Team ▸ Make a coder's copy…), and `TaskDialog`, the
base of the team and suggestion dialogs that run core work in the background.

The copy holds the documents and the codebook, none of the other coders' work, and is
written by `sbcoder.core.handout.make_handout` under a temporary name, so a cancel
leaves nothing behind.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sbcoder.core.handout import HandoutSummary, make_handout
from sbcoder.progress import Cancelled, Reporter
from sbcoder.ui.worker import BackgroundTask, ProgressPanel

if TYPE_CHECKING:
    from sbcoder.ui.workbench import Workbench

PROJECT_SUFFIX = ".sbc"


class TaskDialog(QDialog):
    """A dialog whose long work runs in a `BackgroundTask`, shown by its own progress
    bar and Cancel button (the window's status bar is out of reach behind a modal
    dialog). Closing the dialog cancels the work and waits for it to stop."""

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self.task: BackgroundTask | None = None
        self.progress = ProgressPanel(self)

    def run_task(
        self,
        function: Callable[[Reporter], Any],
        on_done: Callable[[Any], None],
        title: str,
        on_error: Callable[[Exception], None] | None = None,
    ) -> BackgroundTask:
        """Start `function(reporter)` off the GUI thread; the callbacks run in the GUI."""
        self.stop_task()

        def failed(error: Exception) -> None:
            self._finished()
            if on_error is not None:
                on_error(error)
            elif isinstance(error, Cancelled):
                self.progress.label.setText(self.tr("Cancelled"))
            else:
                self.workbench.show_error(error)

        def succeeded(result: Any) -> None:
            self._finished()
            on_done(result)

        task = BackgroundTask(function, succeeded, failed, title, parent=self)
        self.task = task
        self.progress.attach(task)
        self.set_busy(True)
        task.start()
        return task

    def _finished(self) -> None:
        self.task = None
        self.set_busy(False)

    def is_busy(self) -> bool:
        """True while background work runs."""
        return self.task is not None and self.task.is_running()

    def stop_task(self) -> None:
        """Cancel running work and wait until it has stopped."""
        task = self.task
        if task is not None and task.is_running():
            task.cancel()
            task.wait()
        self.task = None

    def set_busy(self, busy: bool) -> None:
        """Enable or disable the controls while work runs (subclasses fill this in)."""

    def retranslate(self) -> None:
        """Set the visible texts in the current language (subclasses fill this in)."""

    def done(self, result: int) -> None:
        """Closing by a button: stop the work first."""
        self.stop_task()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing by the title bar: stop the work first."""
        self.stop_task()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def default_copy_path(master: Path, coder_name: str) -> Path:
    """Beside the master: `<master>-<coder>.sbc`, with characters a file name cannot hold
    replaced."""
    safe = re.sub(r'[\\/:*?"<>|\s]+', "-", coder_name.strip()).strip("-.") or "coder"
    return master.with_name(f"{master.stem}-{safe}{PROJECT_SUFFIX}")


class HandoutDialog(TaskDialog):
    """The coder, the file of the copy, and whether the coder's earlier work goes along."""

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(workbench, parent)
        self.setObjectName("handoutDialog")
        project = workbench.project
        assert project is not None
        self.master = Path(project.path)
        self.summary: HandoutSummary | None = None
        self._path_edited = False
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.coder_edit = QComboBox(self)
        self.coder_edit.setEditable(True)
        coders = workbench.query(project.coders.list, [])
        self.coder_edit.addItems([c.name for c in coders])
        self.coder_edit.setCurrentText("")
        self.path_edit = QLineEdit(self)
        self.browse_button = QPushButton(self)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.own_work_check = QCheckBox(self)
        self.own_work_check.setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.form = QFormLayout()
        self.coder_label, self.path_label = QLabel(self), QLabel(self)
        self.form.addRow(self.coder_label, self.coder_edit)
        self.form.addRow(self.path_label, path_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.own_work_check)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.coder_edit.editTextChanged.connect(self._coder_changed)
        self.path_edit.textEdited.connect(self._path_typed)
        self.browse_button.clicked.connect(self.browse)
        self.buttons.accepted.connect(self.make_copy)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._check()
        self.resize(560, self.sizeHint().height())

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.setWindowTitle(self.tr("Make a coder's copy"))
        self.explanation.setText(
            self.tr(
                "A coder's copy holds this project's documents, cases, attributes and "
                "codebook, but none of the other coders' quotations or memos, so the coder "
                "codes blind. Give the file to the coder; when it comes back, merge it "
                "with Team ▸ Merge coders' projects."
            )
        )
        self.coder_label.setText(self.tr("Coder:"))
        self.path_label.setText(self.tr("Save the copy as:"))
        self.coder_edit.lineEdit().setPlaceholderText(self.tr("The coder's name or initials"))
        self.browse_button.setText(self.tr("Browse…"))
        self.own_work_check.setText(
            self.tr("Include this coder's own earlier work (a second round goes on from it)")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make copy"))

    # -- fields ------------------------------------------------------------------------
    def coder_name(self) -> str:
        """The coder typed or chosen, trimmed."""
        return " ".join(self.coder_edit.currentText().split())

    def out_path(self) -> Path | None:
        """The file the copy goes to (None while empty)."""
        text = self.path_edit.text().strip()
        return Path(text) if text else None

    def set_values(self, coder: str, path: Path | str | None = None) -> None:
        """Fill the form (as a user would type it)."""
        self.coder_edit.setCurrentText(coder)
        if path is not None:
            self.path_edit.setText(str(path))
            self._path_edited = True
        self._check()

    def _coder_changed(self, _text: str) -> None:
        if not self._path_edited:
            name = self.coder_name()
            self.path_edit.setText(str(default_copy_path(self.master, name)) if name else "")
        self._check()

    def _path_typed(self, _text: str) -> None:
        self._path_edited = True
        self._check()

    def browse(self) -> None:
        """Choose the copy's file."""
        start = self.path_edit.text() or str(self.master.parent)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the coder's copy as"), start, self.tr("sbcoder projects (*.sbc)")
        )
        if path:
            if not path.endswith(PROJECT_SUFFIX):
                path += PROJECT_SUFFIX
            self.path_edit.setText(path)
            self._path_edited = True
            self._check()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.coder_name()) and self.out_path() is not None and not self.task)

    def set_busy(self, busy: bool) -> None:
        """No second copy while one is written."""
        for widget in (self.coder_edit, self.path_edit, self.browse_button, self.own_work_check):
            widget.setEnabled(not busy)
        self._check()

    # -- the work -----------------------------------------------------------------------
    def make_copy(self) -> None:
        """Write the copy in the background; on success say what it holds and close."""
        name, out = self.coder_name(), self.out_path()
        if not name or out is None:
            return
        master, own_work = self.master, self.own_work_check.isChecked()

        def work(reporter: Reporter) -> HandoutSummary:
            return make_handout(master, out, name, include_own_work=own_work, reporter=reporter)

        self.run_task(work, self._made, self.tr("Making a copy for %1").replace("%1", name))

    def _made(self, summary: HandoutSummary) -> None:
        self.summary = summary
        QMessageBox.information(self, self.windowTitle(), self.summary_text(summary))
        self.accept()

    def summary_text(self, summary: HandoutSummary) -> str:
        """What the copy holds, in a sentence or two."""
        text = (
            self.tr("The copy for %1 is at %2.")
            .replace("%1", summary.coder_name)
            .replace("%2", str(summary.path))
        )
        text += " " + (
            self.tr("Documents: %1, codes: %2.")
            .replace("%1", str(summary.documents))
            .replace("%2", str(summary.codes))
        )
        if summary.quotations:
            text += " " + self.tr("Quotations the coder made in an earlier round: %1.").replace(
                "%1", str(summary.quotations)
            )
        return text
