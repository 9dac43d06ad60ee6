"""Merging coders' projects into the open one (Team ▸ Merge coders' projects…).

Choose the coders' .sbc files; a dry run shows per kind of thing how many would be
added, were already present or conflict, and every conflict in words; then Merge runs
`sbcoder.core.merge.merge_projects` in the background as one transaction. The window
refreshes what the merge added, and the report stays in the dialog (and in Team ▸ Last
merge report) afterwards. (Merging two CODES is merge_dialog.py, not this.)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sbcoder.core.merge import MergeReport, merge_projects
from sbcoder.progress import Reporter
from sbcoder.ui.handout_dialog import TaskDialog

if TYPE_CHECKING:
    from sbcoder.ui.workbench import Workbench

Index = QModelIndex | QPersistentModelIndex


class MergeCountsTableModel(QAbstractTableModel):
    """One row per kind of thing the merge brought (or would bring) in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: MergeReport | None = None
        self.rows: list[str] = []

    def set_report(self, report: MergeReport | None) -> None:
        """Show a report's counts (only the kinds with incoming rows)."""
        self.beginResetModel()
        self.report = report
        self.rows = [] if report is None else [k for k, c in report.counts.items() if c.total]
        self.endResetModel()

    def entity_label(self, entity: str) -> str:
        """A kind of thing, in words."""
        labels = {
            "coders": self.tr("Coders"),
            "documents": self.tr("Documents"),
            "groups": self.tr("Document groups"),
            "group_members": self.tr("Documents in groups"),
            "cases": self.tr("Cases"),
            "case_documents": self.tr("Documents in cases"),
            "attributes": self.tr("Attributes"),
            "attribute_values": self.tr("Attribute values"),
            "codes": self.tr("Codes"),
            "quotations": self.tr("Quotations"),
            "codings": self.tr("Codings"),
            "memos": self.tr("Memos"),
        }
        return labels.get(entity, entity)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """Kinds with incoming rows."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """Kind, added, already present, conflicting."""
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The label and the three counts."""
        if not index.isValid() or self.report is None:
            return None
        entity = self.rows[index.row()]
        counts = self.report.counts[entity]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.entity_label(entity)
            return (counts.added, counts.present, counts.conflicting)[column - 1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles ("would add" in a dry run)."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        dry = self.report is None or not self.report.committed
        titles = (
            self.tr("What"),
            self.tr("Would add") if dry else self.tr("Added"),
            self.tr("Already present"),
            self.tr("Conflicting"),
        )
        return titles[section]


class MergeReportView(QWidget):
    """A merge report: a headline, the counts, and the conflicts in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: MergeReport | None = None
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.model = MergeCountsTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("mergeCounts")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.conflicts_label = QLabel(self)
        self.conflicts = QListWidget(self)
        self.conflicts.setObjectName("mergeConflicts")
        self.conflicts.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflicts, 2)
        self.set_report(None)

    def set_report(self, report: MergeReport | None) -> None:
        """Show `report` (None: nothing checked yet)."""
        self.report = report
        self.model.set_report(report)
        self.conflicts.clear()
        if report is not None:
            self.conflicts.addItems(
                [f"{Path(c.source).name}: {c.message}" for c in report.conflicts]
            )
        self.retranslate()

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        report = self.report
        if report is None:
            self.headline.setText(
                self.tr("Add the coders' project files, then check what the merge would do.")
            )
        elif not report.committed:
            self.headline.setText(
                self.tr("Dry run: this is what merging would do. Nothing has been changed yet.")
            )
        else:
            self.headline.setText(
                self.tr("Merged %1 project(s) in %2 s: %3 rows added.")
                .replace("%1", str(len(report.sources)))
                .replace("%2", f"{report.seconds:.1f}")
                .replace("%3", str(report.added))
            )
        count = len(report.conflicts) if report else 0
        self.conflicts_label.setText(
            self.tr("Conflicts (%1): differences kept for you to look at").replace("%1", str(count))
            if count
            else self.tr("No conflicts")
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def text(self) -> str:
        """The report as plain text (for the clipboard)."""
        return "\n".join(self.report.summary_lines()) if self.report else ""


class MergeProjectDialog(TaskDialog):
    """Sources, a dry run, then the merge; the report stays shown."""

    merged = Signal(object)  # MergeReport

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(workbench, parent)
        self.setObjectName("mergeProjectDialog")
        self.checked_sources: list[str] | None = None  # the sources the last dry run used
        self.last_report: MergeReport | None = None
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.sources = QListWidget(self)
        self.sources.setObjectName("mergeSources")
        self.sources.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_button, self.remove_button = QPushButton(self), QPushButton(self)
        source_buttons = QVBoxLayout()
        source_buttons.addWidget(self.add_button)
        source_buttons.addWidget(self.remove_button)
        source_buttons.addStretch(1)
        source_row = QHBoxLayout()
        source_row.addWidget(self.sources, 1)
        source_row.addLayout(source_buttons)
        self.report_view = MergeReportView(self)
        self.buttons = QDialogButtonBox(self)
        self.check_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(source_row, 1)
        layout.addWidget(self.report_view, 3)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.add_button.clicked.connect(self.browse_sources)
        self.remove_button.clicked.connect(self.remove_selected)
        self.check_button.clicked.connect(self.dry_run)
        self.merge_button.clicked.connect(self.merge)
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.report_view.text())
        )
        self.close_button.clicked.connect(self.reject)
        self.sources.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()
        self.resize(720, 620)

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.setWindowTitle(self.tr("Merge coders' projects"))
        self.explanation.setText(
            self.tr(
                "Bring the coders' projects (their copies, or any sbcoder project) into "
                "this one. Documents, codes and coders are matched, nothing is doubled, "
                "and differences are kept and listed. The merge is one step: it either "
                "completes or changes nothing. It cannot be undone."
            )
        )
        self.add_button.setText(self.tr("Add…"))
        self.remove_button.setText(self.tr("Remove"))
        self.check_button.setText(self.tr("Check (dry run)"))
        self.merge_button.setText(self.tr("Merge"))
        self.copy_button.setText(self.tr("Copy report"))

    # -- sources -------------------------------------------------------------------------
    def source_paths(self) -> list[str]:
        """The chosen files, in order."""
        return [self.sources.item(row).text() for row in range(self.sources.count())]

    def add_sources(self, paths: list[str | Path]) -> None:
        """Add files to merge (each once)."""
        present = set(self.source_paths())
        for path in paths:
            text = str(path)
            if text not in present:
                self.sources.addItem(text)
                present.add(text)
        self._update_buttons()

    def browse_sources(self) -> None:
        """Choose coders' project files."""
        project = self.workbench.project
        folder = str(Path(project.path).parent) if project is not None else ""
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Projects to merge"),
            folder,
            self.tr("sbcoder projects (*.sbc);;All files (*)"),
        )
        self.add_sources(list(paths))

    def remove_selected(self) -> None:
        """Take the selected files off the list."""
        for item in self.sources.selectedItems():
            self.sources.takeItem(self.sources.row(item))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        sources = self.source_paths()
        self.add_button.setEnabled(not busy)
        self.remove_button.setEnabled(not busy and bool(self.sources.selectedItems()))
        self.check_button.setEnabled(not busy and bool(sources))
        # Merge only what a dry run has just shown, so nothing comes as a surprise.
        self.merge_button.setEnabled(not busy and bool(sources) and sources == self.checked_sources)
        self.copy_button.setEnabled(self.report_view.report is not None)

    def set_busy(self, busy: bool) -> None:
        """No second run while one is going."""
        self.sources.setEnabled(not busy)
        self._update_buttons()

    # -- dry run and merge -------------------------------------------------------------------
    def dry_run(self) -> None:
        """Compute the merge and roll it back: show what it would do."""
        self._run(dry_run=True)

    def merge(self) -> None:
        """After a question, merge for real (in the background, one transaction)."""
        sources = self.source_paths()
        if sources != self.checked_sources:
            return
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "Merge %1 project(s) into this project? The merge cannot be undone, and the "
                "undo history of this session is cleared."
            ).replace("%1", str(len(sources))),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(dry_run=False)

    def _run(self, dry_run: bool) -> None:
        project = self.workbench.project
        sources = self.source_paths()
        if project is None or not sources:
            return

        def work(reporter: Reporter) -> MergeReport:
            return merge_projects(project, sources, dry_run=dry_run, reporter=reporter)

        def done(report: MergeReport) -> None:
            self.checked_sources = sources if dry_run else None
            self._show(report)

        def failed(error: Exception) -> None:
            self.checked_sources = None
            self._update_buttons()
            self.workbench.show_error(error, self.windowTitle())

        title = self.tr("Checking the merge") if dry_run else self.tr("Merging")
        self.run_task(work, done, title, failed)

    def _show(self, report: MergeReport) -> None:
        self.report_view.set_report(report)
        self._update_buttons()
        if report.committed:
            self.last_report = report
            # Commands on the stack hold ids the merge may now share with merged rows.
            self.workbench.undo_stack.clear()
            self.workbench.notify(report.changes)
            self.merged.emit(report)


class MergeReportDialog(QDialog):
    """The last merge's report, to read again after the merge dialog closed."""

    def __init__(self, report: MergeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeReportDialog")
        self.view = MergeReportView(self)
        self.view.set_report(report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.retranslate()
        self.resize(680, 520)

    def retranslate(self) -> None:
        """Set the title in the current language."""
        self.setWindowTitle(self.tr("Last merge report"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
