"""Project-wide text search: every hit in every document, to open and to code.

Texts are fetched once per document and cached until documents change, so typing
a new query does not query the project again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sbcoder.core.changes import Changes
from sbcoder.ui.workbench import Workbench

MAX_HITS = 5000
CONTEXT = 50


@dataclass(frozen=True)
class SearchHit:
    document_id: int
    document_name: str
    start: int  # code points, end exclusive
    end: int
    context: str


def find_hits(
    documents: list[tuple[int, str, str]],
    query: str,
    case_sensitive: bool = False,
    whole_words: bool = False,
    limit: int = MAX_HITS,
) -> list[SearchHit]:
    """Every occurrence of `query` in (id, name, text) documents, in order."""
    if not query.strip():
        return []
    pattern = re.escape(query)
    if whole_words:
        pattern = rf"(?<!\w){pattern}(?!\w)"
    regex = re.compile(pattern, 0 if case_sensitive else re.IGNORECASE)
    hits: list[SearchHit] = []
    for document_id, name, text in documents:
        for match in regex.finditer(text):
            start, end = match.span()
            before = " ".join(text[max(0, start - CONTEXT) : start].split())
            after = " ".join(text[end : end + CONTEXT].split())
            context = f"…{before} [{text[start:end]}] {after}…"
            hits.append(SearchHit(document_id, name, start, end, context))
            if len(hits) >= limit:
                return hits
    return hits


class SearchPane(QWidget):
    """A query box, options, the hits; "Code all hits" applies the selected code."""

    hitOpened = Signal(object)  # SearchHit
    codeAllRequested = Signal(list)  # [SearchHit]

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self._texts: dict[int, tuple[str, str]] = {}
        self.hits: list[SearchHit] = []
        self.query_edit = QLineEdit(self)
        self.query_edit.setClearButtonEnabled(True)
        self.case_box = QCheckBox(self)
        self.words_box = QCheckBox(self)
        self.search_button = QPushButton(self)
        self.code_all_button = QPushButton(self)
        self.count_label = QLabel(self)
        self.results = QTreeWidget(self)
        self.results.setRootIsDecorated(False)
        self.results.setColumnCount(2)
        self.results.setUniformRowHeights(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.query_edit, 1)
        top.addWidget(self.case_box)
        top.addWidget(self.words_box)
        top.addWidget(self.search_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.code_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)
        layout.addLayout(bottom)
        self.query_edit.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.code_all_button.clicked.connect(self._code_all)
        self.results.itemActivated.connect(self._opened)
        self.results.itemDoubleClicked.connect(self._opened)
        workbench.changed.connect(self._changed)
        workbench.projectClosed.connect(self._forget)
        self.retranslate()

    def focus_query(self) -> None:
        """Put the keyboard in the query box."""
        self.query_edit.setFocus()
        self.query_edit.selectAll()

    def search(self, query: str | None = None) -> list[SearchHit]:
        """Search all documents for the query (the box's text by default)."""
        if query is not None:
            self.query_edit.setText(query)
        project = self.workbench.project
        if project is None:
            return []
        if not self._texts:
            for info in self.workbench.query(project.documents.list, []):
                text = self.workbench.query(lambda i=info.id: project.documents.text(i), "")
                self._texts[info.id] = (info.name, text)
        documents = [(i, name, text) for i, (name, text) in self._texts.items()]
        self.hits = find_hits(
            documents,
            self.query_edit.text(),
            self.case_box.isChecked(),
            self.words_box.isChecked(),
        )
        self.results.clear()
        items = []
        for hit in self.hits:
            item = QTreeWidgetItem([hit.document_name, hit.context])
            item.setToolTip(1, hit.context)
            items.append(item)
        self.results.addTopLevelItems(items)
        self.results.resizeColumnToContents(0)
        self._show_count()
        if items:
            self.results.setCurrentItem(items[0])
        return self.hits

    def _show_count(self) -> None:
        count = len(self.hits)
        if count >= MAX_HITS:
            text = self.tr("The first %1 hits").replace("%1", str(count))
        else:
            text = self.tr("%n hit(s)", "", count)
        self.count_label.setText(text if self.query_edit.text().strip() else "")

    def _opened(self, item: QTreeWidgetItem) -> None:
        index = self.results.indexOfTopLevelItem(item)
        if 0 <= index < len(self.hits):
            self.hitOpened.emit(self.hits[index])

    def selected_hits(self) -> list[SearchHit]:
        """The hits selected in the list (all of them when none is)."""
        rows = sorted(self.results.indexOfTopLevelItem(i) for i in self.results.selectedItems())
        chosen = [self.hits[r] for r in rows if 0 <= r < len(self.hits)]
        return chosen if len(chosen) > 1 else list(self.hits)

    def _code_all(self) -> None:
        if self.hits:
            self.codeAllRequested.emit(self.selected_hits())

    def _changed(self, changes: Changes) -> None:
        if changes.affects("documents"):
            self._texts.clear()

    def _forget(self) -> None:
        self._texts.clear()
        self.hits = []
        self.results.clear()
        self.count_label.clear()

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.query_edit.setPlaceholderText(self.tr("Search all documents (Ctrl+Shift+F)"))
        self.case_box.setText(self.tr("Match case"))
        self.words_box.setText(self.tr("Whole words"))
        self.search_button.setText(self.tr("Search"))
        self.code_all_button.setText(self.tr("Code hits with the selected code"))
        self.code_all_button.setToolTip(
            self.tr("Apply the code selected in the code tree to the selected hits (or all)")
        )
        self.results.setHeaderLabels([self.tr("Document"), self.tr("Hit")])
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["SearchHit", "SearchPane", "find_hits"]
