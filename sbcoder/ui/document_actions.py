"""Document actions: import (in the background, with Cancel), rename, memo,
delete, and groups, from the File menu and the documents pane."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from sbcoder.core.changes import Changes
from sbcoder.core.dto import ImportSummary
from sbcoder.progress import Reporter
from sbcoder.ui.memo_dialog import edit_memo
from sbcoder.ui.worker import BackgroundTask

if TYPE_CHECKING:
    from sbcoder.core.commands import Macro
    from sbcoder.ui.main_window import MainWindow

IMPORT_PATTERNS = "*.txt *.md *.docx *.odt *.pdf *.rtf"


class DocumentsController(QObject):
    """Imports and document edits; only one import runs at a time."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workbench = window.workbench
        self.import_task: BackgroundTask | None = None
        self.last_summary: ImportSummary | None = None
        pane = window.documents_pane
        pane.view.filesDropped.connect(self.import_files)
        pane.view.customContextMenuRequested.connect(self.context_menu)

    # -- import ----------------------------------------------------------------------
    def ask_import(self) -> None:
        """Choose files to import (into the group the documents pane is in)."""
        if self.workbench.project is None:
            return
        paths, _filter = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import documents"),
            self.window.settings.last_directory,
            self.tr("Transcripts (%1);;All files (*)").replace("%1", IMPORT_PATTERNS),
        )
        if paths:
            self.window.settings.last_directory = str(Path(paths[0]).parent)
            self.import_files(paths, self.window.documents_pane.current_group_id())

    def import_files(self, paths: list[str], group_id: int | None = None) -> bool:
        """Import files in a background thread with progress and Cancel."""
        project = self.workbench.project
        if project is None or not paths:
            return False
        if self.import_task is not None and self.import_task.is_running():
            self.window.show_status(self.tr("An import is already running"))
            return False

        def work(reporter: Reporter) -> tuple[ImportSummary, Macro]:
            return project.documents.import_files(paths, group_id=group_id, reporter=reporter)

        task = BackgroundTask(
            work,
            on_done=self._imported,
            on_error=self._import_failed,
            title=self.tr("Importing %n document(s)", "", len(paths)),
            parent=self,
        )
        self.import_task = task
        self.window.progress_panel.attach(task)
        self.window.update_actions()
        task.start()
        return True

    def _imported(self, result: tuple[ImportSummary, Macro]) -> None:
        summary, macro = result
        self.last_summary = summary
        self.import_task = None
        if self.workbench.project is not None and summary.imported:
            label = self.tr("Import %n document(s)", "", len(summary.imported))
            self.workbench.push(macro, Changes.of("documents", "groups", "cases"), label)
        self.window.update_actions()
        self._report(summary)
        if summary.imported and self.window.document_view.document_id is None:
            self.window.open_document(summary.imported[0].id)

    def _import_failed(self, error: Exception) -> None:
        self.import_task = None
        self.window.update_actions()
        self.workbench.show_error(error)
        self.workbench.notify(Changes.of("documents", "groups"))

    def _report(self, summary: ImportSummary) -> None:
        """A summary: a status message when all went well, a box otherwise."""
        done = self.tr("%n document(s) imported", "", len(summary.imported))
        if not (summary.duplicates or summary.failures or summary.cancelled):
            self.window.show_status(done)
            return
        lines = [done]
        if summary.cancelled:
            lines.append(self.tr("The import was cancelled; the files before it were kept."))
        if summary.duplicates:
            lines.append(
                self.tr("%n file(s) skipped: already in the project", "", len(summary.duplicates))
            )
        if summary.failures:
            lines.append(self.tr("%n file(s) could not be read", "", len(summary.failures)))
        details = [
            self.tr("%1: the same text as “%2”").replace("%1", Path(f).name).replace("%2", name)
            for f, name in summary.duplicates
        ] + [f"{Path(f.path).name}: {f.reason}" for f in summary.failures]
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Import"),
            "\n".join(lines),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("importSummary")
        if details:
            box.setDetailedText("\n".join(details))
        box.open()  # not modal-blocking: the summary waits while the user goes on

    # -- document edits ----------------------------------------------------------------
    def rename(self, document_id: int) -> bool:
        """Rename a document."""
        project = self.workbench.project
        info = self.window.documents_pane.model.document(document_id)
        if project is None or info is None:
            return False
        name, ok = QInputDialog.getText(
            self.window, self.tr("Rename document"), self.tr("Name:"), text=info.name
        )
        if not ok or not name.strip() or name.strip() == info.name:
            return False
        text = self.tr("Rename document “%1”").replace("%1", info.name)
        return bool(
            self.workbench.execute(lambda: project.documents.rename(document_id, name), text)
        )

    def edit_memo(self, document_id: int) -> bool:
        """Edit a document's memo."""
        project = self.workbench.project
        info = self.window.documents_pane.model.document(document_id)
        if project is None or info is None:
            return False
        memo = edit_memo(self.window, self.tr("Document memo"), info.name, info.memo)
        if memo is None:
            return False
        return bool(
            self.workbench.execute(
                lambda: project.documents.set_memo(document_id, memo), self.tr("Edit document memo")
            )
        )

    def delete(self, document_id: int) -> bool:
        """Delete a document with its quotations (asks first; undo restores it)."""
        project = self.workbench.project
        info = self.window.documents_pane.model.document(document_id)
        if project is None or info is None:
            return False
        question = self.tr("Delete “%1” and its %2 quotations? Undo restores them.")
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete document"),
            question.replace("%1", info.name).replace("%2", str(info.quotation_count)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        text = self.tr("Delete document “%1”").replace("%1", info.name)
        return bool(self.workbench.execute(lambda: project.documents.delete(document_id), text))

    def new_group(self, document_ids: list[int]) -> bool:
        """A new group holding the selected documents."""
        project = self.workbench.project
        if project is None:
            return False
        name, ok = QInputDialog.getText(self.window, self.tr("New group"), self.tr("Group name:"))
        if not ok or not name.strip():
            return False
        outcome = self.workbench.execute(
            lambda: project.organising.create_group(name),
            self.tr("New group “%1”").replace("%1", name),
        )
        if outcome is not None and document_ids:
            self.set_members(outcome.value.id, document_ids, True)
        return outcome is not None

    def set_members(self, group_id: int, document_ids: list[int], member: bool) -> bool:
        """Put documents in a group, or take them out."""
        project = self.workbench.project
        if project is None or not document_ids:
            return False
        text = self.tr("Add to group") if member else self.tr("Remove from group")
        return bool(
            self.workbench.execute(
                lambda: project.organising.set_group_members(group_id, document_ids, member), text
            )
        )

    def context_menu(self, point: QPoint) -> None:
        """The documents pane's right-click menu."""
        pane = self.window.documents_pane
        selected = pane.selected_document_ids()
        menu = QMenu(self.window)
        menu.addAction(self.window.actions.import_documents)
        if selected:
            first = selected[0]
            menu.addSeparator()
            menu.addAction(self.tr("Open"), lambda: self.window.open_document(first))
            menu.addAction(self.tr("Rename…"), lambda: self.rename(first))
            menu.addAction(self.tr("Document memo…"), lambda: self.edit_memo(first))
            menu.addAction(self.tr("Delete document…"), lambda: self.delete(first))
            menu.addSeparator()
            menu.addAction(self.tr("New group from selection…"), lambda: self.new_group(selected))
            groups = pane.model.groups()
            if groups:
                add = menu.addMenu(self.tr("Add to group"))
                for group in groups:
                    add.addAction(
                        group.name, lambda g=group.id: self.set_members(g, selected, True)
                    )
            current_group = pane.current_group_id()
            if current_group is not None:
                menu.addAction(
                    self.tr("Remove from this group"),
                    lambda: self.set_members(current_group, selected, False),
                )
        else:
            menu.addAction(self.tr("New group…"), lambda: self.new_group([]))
        menu.exec(pane.view.viewport().mapToGlobal(point))
