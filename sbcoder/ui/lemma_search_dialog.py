"""Lemma search with auto-coding (Tools ▸ Suggestions ▸ Lemma search…), and the table
of passages with check boxes that it shares with "Find more like this…".

A query finds every inflected form of its words (optionally inside compounds), widened
to the sentence or paragraph if asked; the researcher reviews the hits, unticks the
wrong ones, chooses a code, and codes the ticked hits as one undo step
(`sbcoder.core.suggestions.auto_code`). A double-click shows a hit in the document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sbcoder.core.changes import Changes
from sbcoder.core.dto import CodeInfo
from sbcoder.core.suggestions import auto_code, search_lemmas
from sbcoder.progress import Reporter
from sbcoder.ui.code_tree import swatch
from sbcoder.ui.handout_dialog import TaskDialog

if TYPE_CHECKING:
    from sbcoder.ui.workbench import Workbench

Index = QModelIndex | QPersistentModelIndex
Hit = dict[str, Any]  # document_id, start, end, text (+ score, shared_terms, context)
OpenPassage = Callable[[int, int, int], object]
CONTEXT = 50
EXPANSIONS = (None, "sentence", "paragraph")


def with_context(hits: list[Hit], texts: dict[int, str]) -> list[Hit]:
    """Each hit with a one-line `context`: the words around it, the hit in [brackets]."""
    for hit in hits:
        text = texts[hit["document_id"]]
        start, end = hit["start"], hit["end"]
        before = " ".join(text[max(0, start - CONTEXT) : start].split())
        after = " ".join(text[end : end + CONTEXT].split())
        hit["context"] = f"…{before} [{' '.join(text[start:end].split())}] {after}…"
    return hits


class PassageHitsTableModel(QAbstractTableModel):
    """Passages with a check box each; extra columns (score, shared words) if present."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []
        self.checked: list[bool] = []
        self.documents: dict[int, str] = {}
        self.with_scores = False

    def set_hits(self, hits: list[Hit], documents: dict[int, str], checked: bool) -> None:
        """Show `hits`, all ticked or all unticked."""
        self.beginResetModel()
        self.hits, self.documents = list(hits), documents
        self.checked = [checked] * len(self.hits)
        self.with_scores = any("score" in hit for hit in self.hits)
        self.endResetModel()

    def checked_hits(self) -> list[Hit]:
        """The ticked passages, in list order."""
        return [hit for hit, on in zip(self.hits, self.checked, strict=True) if on]

    def set_checked(self, rows: list[int], on: bool) -> None:
        """Tick or untick rows."""
        for row in rows:
            self.checked[row] = on
            index = self.index(row, 0)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])

    def remove_rows(self, rows: list[int]) -> list[Hit]:
        """Take rows off the list; returns their hits."""
        removed = []
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            removed.append(self.hits.pop(row))
            self.checked.pop(row)
            self.endRemoveRows()
        return removed

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """The passages."""
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """Document, passage (+ score, shared words)."""
        return 0 if parent.isValid() else (4 if self.with_scores else 2)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """The first column carries the check box."""
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cells; the whole passage as tooltip."""
        if not index.isValid():
            return None
        hit, column = self.hits[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            on = self.checked[index.row()]
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        passage = hit.get("context") or " ".join(hit["text"].split())
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return hit["text"]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = [self.documents.get(hit["document_id"], "?"), passage]
        if self.with_scores:
            values += [f"{hit.get('score', 0.0):.2f}", ", ".join(hit.get("shared_terms", ()))]
        return values[column]

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ticking a box."""
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        self.set_checked([index.row()], on)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            self.tr("Document"),
            self.tr("Passage"),
            self.tr("Score"),
            self.tr("Shared words"),
        ]
        return titles[section]


def hits_view(parent: QWidget, name: str, model: PassageHitsTableModel) -> QTableView:
    """A table of passages: whole rows selected, the passage column stretched."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(False)
    return view


def fit_columns(view: QTableView, passage_column: int = 1) -> None:
    """Size the columns to their contents, the passage taking the room that is left."""
    view.resizeColumnsToContents()
    if view.columnWidth(0) > 200:
        view.setColumnWidth(0, 200)
    view.horizontalHeader().setSectionResizeMode(passage_column, QHeaderView.ResizeMode.Stretch)


def fill_code_combo(combo: QComboBox, codes: list[CodeInfo], current: int | None) -> None:
    """The codes by path, with their colours; `current` chosen."""
    combo.clear()
    for code in codes:
        combo.addItem(swatch(code.color), code.path, code.id)
    at = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(at if at >= 0 else (0 if codes else -1))


class LemmaSearchDialog(TaskDialog):
    """Query, options, hits to review, and the code to apply to the ticked ones."""

    def __init__(
        self,
        workbench: Workbench,
        current_code: int | None,
        open_passage: OpenPassage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workbench, parent)
        self.setObjectName("lemmaSearchDialog")
        self.open_passage = open_passage
        self.coded = 0
        self.query_edit = QLineEdit(self)
        self.compounds_check = QCheckBox(self)
        self.expand_combo = QComboBox(self)
        self.search_button = QPushButton(self)
        self.search_button.setDefault(True)
        self.summary = QLabel(self)
        self.model = PassageHitsTableModel(self)
        self.view = hits_view(self, "lemmaHits", self.model)
        self.all_button, self.none_button = QPushButton(self), QPushButton(self)
        self.code_label = QLabel(self)
        self.code_combo = QComboBox(self)
        self.code_combo.setObjectName("lemmaCode")
        self.fill_codes(current_code)
        self.code_button = QPushButton(self)
        self.close_button = QPushButton(self)
        query_row = QHBoxLayout()
        query_row.addWidget(self.query_edit, 1)
        query_row.addWidget(self.compounds_check)
        query_row.addWidget(self.expand_combo)
        query_row.addWidget(self.search_button)
        tick_row = QHBoxLayout()
        tick_row.addWidget(self.summary, 1)
        tick_row.addWidget(self.all_button)
        tick_row.addWidget(self.none_button)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_label)
        code_row.addWidget(self.code_combo, 1)
        code_row.addWidget(self.code_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(query_row)
        layout.addLayout(tick_row)
        layout.addWidget(self.view, 1)
        layout.addLayout(code_row)
        layout.addLayout(bottom)
        self.search_button.clicked.connect(self.search)
        self.query_edit.returnPressed.connect(self.search)
        self.query_edit.textChanged.connect(lambda _t: self._update_buttons())
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self.code_button.clicked.connect(self.code_checked)
        self.close_button.clicked.connect(self.reject)
        self.view.doubleClicked.connect(self._open)
        self.model.dataChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        workbench.changed.connect(self._project_changed)
        self.retranslate()
        self._update_buttons()
        self.resize(900, 600)

    def fill_codes(self, current: int | None) -> None:
        """The project's codes in the code chooser, `current` chosen."""
        project = self.workbench.project
        codes = self.workbench.query(project.codebook.tree, []) if project else []
        fill_code_combo(self.code_combo, codes, current)

    def _project_changed(self, changes: Changes) -> None:
        if changes.affects("codes"):
            self.fill_codes(self.code_combo.currentData())
            self._update_buttons()

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.setWindowTitle(self.tr("Lemma search"))
        self.query_edit.setPlaceholderText(
            self.tr("Words to find in every form, e.g. “vertrouwen”")
        )
        self.compounds_check.setText(self.tr("Also inside compounds"))
        self.compounds_check.setToolTip(
            self.tr("“buurt” also finds “buurthuis” and “buurtbewoners”")
        )
        expand = max(self.expand_combo.currentIndex(), 0)
        self.expand_combo.clear()
        self.expand_combo.addItems(
            [self.tr("The words only"), self.tr("Whole sentence"), self.tr("Whole paragraph")]
        )
        self.expand_combo.setCurrentIndex(expand)
        self.search_button.setText(self.tr("Search"))
        self.all_button.setText(self.tr("Tick all"))
        self.none_button.setText(self.tr("Tick none"))
        self.code_label.setText(self.tr("Code:"))
        self.code_button.setText(self.tr("Code ticked hits"))
        self.close_button.setText(self.tr("Close"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        ticked = len(self.model.checked_hits())
        self.search_button.setEnabled(not busy and bool(self.query_edit.text().strip()))
        self.code_button.setEnabled(not busy and ticked > 0 and self.code_combo.count() > 0)
        if self.model.rowCount():
            self.summary.setText(
                self.tr("%1 hits, %2 ticked")
                .replace("%1", str(self.model.rowCount()))
                .replace("%2", str(ticked))
            )

    def set_busy(self, busy: bool) -> None:
        """No second search while one runs."""
        self._update_buttons()

    def _tick_all(self, on: bool) -> None:
        self.model.set_checked(list(range(self.model.rowCount())), on)

    def search(self, query: str | None = None) -> None:
        """Search all documents in the background (`query` fills the box first)."""
        if isinstance(query, str):
            self.query_edit.setText(query)
        project, text = self.workbench.project, self.query_edit.text().strip()
        if project is None or not text:
            return
        compounds = self.compounds_check.isChecked()
        expand = EXPANSIONS[self.expand_combo.currentIndex()]

        def work(reporter: Reporter) -> tuple[list[Hit], dict[int, str]]:
            hits = search_lemmas(project, text, compounds, expand, reporter)
            documents = {d.id: d.name for d in project.documents.list()}
            if expand is None:
                texts = {d: project.documents.text(d) for d in {h["document_id"] for h in hits}}
                hits = with_context(hits, texts)
            return hits, documents

        self.run_task(work, self._found, self.tr("Searching for “%1”").replace("%1", text))

    def _found(self, result: tuple[list[Hit], dict[int, str]]) -> None:
        hits, documents = result
        self.model.set_hits(hits, documents, checked=True)
        fit_columns(self.view)
        if not hits:
            self.summary.setText(self.tr("No hits"))

    def choose_code(self, code_id: int) -> None:
        """Choose the code to apply."""
        self.code_combo.setCurrentIndex(self.code_combo.findData(code_id))

    def code_checked(self) -> bool:
        """Code the ticked hits with the chosen code, as one undo step."""
        project, code_id = self.workbench.project, self.code_combo.currentData()
        hits = self.model.checked_hits()
        if project is None or code_id is None or not hits:
            return False
        label = (
            self.tr("Auto-code %1 hits with “%2”")
            .replace("%1", str(len(hits)))
            .replace("%2", self.code_combo.currentText())
        )
        outcome = self.workbench.execute(lambda: auto_code(project, hits, code_id), label)
        if outcome is None:
            return False
        self.coded += len(hits)
        rows = [row for row, on in enumerate(self.model.checked) if on]
        self.model.remove_rows(rows)  # coded: off the list, so they are not coded twice
        self.summary.setText(label)
        return True

    def _open(self, index: QModelIndex) -> None:
        hit = self.model.hits[index.row()]
        self.open_passage(hit["document_id"], hit["start"], hit["end"])
