"""Find more like this (on a code): passages not yet carrying the code that resemble its
quotations, each to accept or reject; the accepted ones become codings by the current
coder in one undo step (`sbcoder.core.suggestions.similar_passages` and `auto_code`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sbcoder.core.dto import CodeInfo
from sbcoder.core.suggestions import auto_code, similar_passages
from sbcoder.progress import Reporter
from sbcoder.ui.handout_dialog import TaskDialog
from sbcoder.ui.lemma_search_dialog import (
    Hit,
    OpenPassage,
    PassageHitsTableModel,
    fit_columns,
    hits_view,
)

if TYPE_CHECKING:
    from sbcoder.ui.workbench import Workbench

UNITS = ("sentence", "paragraph")


def hit_key(hit: Hit) -> tuple[int, int, int]:
    """A passage's identity: document and span."""
    return hit["document_id"], hit["start"], hit["end"]


class SimilarPassagesDialog(TaskDialog):
    """Suggested passages for one code: tick to accept, Reject to drop, then code."""

    def __init__(
        self,
        workbench: Workbench,
        code: CodeInfo,
        open_passage: OpenPassage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workbench, parent)
        self.setObjectName("similarPassagesDialog")
        self.code = code
        self.open_passage = open_passage
        self.rejected_keys: set[tuple[int, int, int]] = set()
        self.coded = 0
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.unit_label = QLabel(self)
        self.unit_combo = QComboBox(self)
        self.top_label = QLabel(self)
        self.top_spin = QSpinBox(self)
        self.top_spin.setRange(5, 500)
        self.top_spin.setValue(30)
        self.find_button = QPushButton(self)
        self.find_button.setDefault(True)
        self.summary = QLabel(self)
        self.model = PassageHitsTableModel(self)
        self.view = hits_view(self, "similarPassages", self.model)
        self.accept_button = QPushButton(self)
        self.reject_button = QPushButton(self)
        self.code_button = QPushButton(self)
        self.close_button = QPushButton(self)
        options = QHBoxLayout()
        for widget in (self.unit_label, self.unit_combo, self.top_label, self.top_spin):
            options.addWidget(widget)
        options.addStretch(1)
        options.addWidget(self.find_button)
        decide = QHBoxLayout()
        decide.addWidget(self.summary, 1)
        decide.addWidget(self.accept_button)
        decide.addWidget(self.reject_button)
        decide.addWidget(self.code_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(options)
        layout.addWidget(self.view, 1)
        layout.addLayout(decide)
        layout.addLayout(bottom)
        self.find_button.clicked.connect(self.find)
        self.accept_button.clicked.connect(lambda: self.decide(self.selected_rows(), True))
        self.reject_button.clicked.connect(lambda: self.decide(self.selected_rows(), False))
        self.code_button.clicked.connect(self.code_accepted)
        self.close_button.clicked.connect(self.reject)
        self.view.doubleClicked.connect(self._open)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.model.dataChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsRemoved.connect(lambda *_a: self._update_buttons())
        self.retranslate()
        self._update_buttons()
        self.resize(900, 600)

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.setWindowTitle(self.tr("More like “%1”").replace("%1", self.code.name))
        self.explanation.setText(
            self.tr(
                "Passages that do not carry “%1” yet but resemble its quotations, best "
                "first. Accept the ones that fit (or tick them), reject the others, then "
                "code the accepted passages; Undo takes them off again. Double-click a "
                "passage to read it in the document."
            ).replace("%1", self.code.path)
        )
        self.unit_label.setText(self.tr("Passages:"))
        unit = max(self.unit_combo.currentIndex(), 0)
        self.unit_combo.clear()
        self.unit_combo.addItems([self.tr("Sentences"), self.tr("Paragraphs")])
        self.unit_combo.setCurrentIndex(unit)
        self.top_label.setText(self.tr("At most:"))
        self.find_button.setText(self.tr("Find"))
        self.accept_button.setText(self.tr("Accept"))
        self.reject_button.setText(self.tr("Reject"))
        self.code_button.setText(self.tr("Code accepted passages"))
        self.close_button.setText(self.tr("Close"))
        self._update_buttons()

    def selected_rows(self) -> list[int]:
        """The rows selected in the table."""
        return sorted({index.row() for index in self.view.selectionModel().selectedRows()})

    def _update_buttons(self) -> None:
        busy, accepted = self.is_busy(), len(self.model.checked_hits())
        has_selection = bool(self.selected_rows())
        self.find_button.setEnabled(not busy)
        self.accept_button.setEnabled(not busy and has_selection)
        self.reject_button.setEnabled(not busy and has_selection)
        self.code_button.setEnabled(not busy and accepted > 0)
        if self.model.rowCount():
            self.summary.setText(
                self.tr("%1 passages, %2 accepted")
                .replace("%1", str(self.model.rowCount()))
                .replace("%2", str(accepted))
            )

    def set_busy(self, busy: bool) -> None:
        """No second search while one runs."""
        self._update_buttons()

    # -- finding -----------------------------------------------------------------------------
    def find(self) -> None:
        """Look for passages like the code's quotations, in the background."""
        project = self.workbench.project
        if project is None:
            return
        code_id, unit, top = (
            self.code.id,
            UNITS[self.unit_combo.currentIndex()],
            self.top_spin.value(),
        )
        # Ask for more than shown: rejected passages are left out of a new search.
        wanted = top + len(self.rejected_keys)

        def work(reporter: Reporter) -> tuple[list[Hit], dict[int, str]]:
            found = similar_passages(project, code_id, unit, wanted, None, reporter)
            documents = {d.id: d.name for d in project.documents.list()}
            return found, documents

        def done(result: tuple[list[Hit], dict[int, str]]) -> None:
            found, documents = result
            kept = [hit for hit in found if hit_key(hit) not in self.rejected_keys][:top]
            self.model.set_hits(kept, documents, checked=False)
            fit_columns(self.view)
            if not kept:
                self.summary.setText(self.tr("No passages found"))

        self.run_task(
            work, done, self.tr("Looking for passages like “%1”").replace("%1", self.code.name)
        )

    # -- deciding and coding --------------------------------------------------------------------
    def decide(self, rows: list[int], accept: bool) -> None:
        """Accept rows (tick them) or reject them (off the list, and out of new searches)."""
        if accept:
            self.model.set_checked(rows, True)
        else:
            for hit in self.model.remove_rows(rows):
                self.rejected_keys.add(hit_key(hit))

    def code_accepted(self) -> bool:
        """Code the accepted passages with the code, by the current coder, one undo step."""
        project, hits = self.workbench.project, self.model.checked_hits()
        if project is None or not hits:
            return False
        label = (
            self.tr("Code %1 passages like “%2”")
            .replace("%1", str(len(hits)))
            .replace("%2", self.code.name)
        )
        code_id = self.code.id
        outcome = self.workbench.execute(lambda: auto_code(project, hits, code_id), label)
        if outcome is None:
            return False
        self.coded += len(hits)
        self.model.remove_rows([row for row, on in enumerate(self.model.checked) if on])
        self.summary.setText(label)
        return True

    def _open(self, index: QModelIndex) -> None:
        hit = self.model.hits[index.row()]
        self.open_passage(hit["document_id"], hit["start"], hit["end"])
