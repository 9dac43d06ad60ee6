"""The documents pane: all documents and each group, with quotation counts.

`DocumentTreeModel` caches DocumentInfo and GroupInfo lists; files dropped on the
pane (on a group: into that group) are handed to the window to import.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from sbcoder.core.dto import DocumentInfo, GroupInfo
from sbcoder.ui.code_tree import count_column_width

Index = QModelIndex | QPersistentModelIndex
DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class DocumentTreeModel(QAbstractItemModel):
    """Top level: "All documents", then each group; below them, documents.

    An index's internal id is 0 at the top level and (top row + 1) below it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._documents: list[DocumentInfo] = []
        self._by_id: dict[int, DocumentInfo] = {}
        self._groups: list[GroupInfo] = []
        self._members: list[list[int]] = [[]]

    def set_contents(self, documents: list[DocumentInfo], groups: list[GroupInfo]) -> None:
        """Show these documents and groups; counts alone repaint in place."""
        members = [[d.id for d in documents]] + [list(g.document_ids) for g in groups]
        same_shape = members == self._members and [g.name for g in groups] == [
            g.name for g in self._groups
        ]
        old = self._by_id
        self._documents, self._groups = list(documents), list(groups)
        self._by_id = {d.id: d for d in documents}
        if same_shape:
            for top, ids in enumerate(self._members):
                for row, doc_id in enumerate(ids):
                    if old.get(doc_id) != self._by_id.get(doc_id):
                        left = self.index(row, 0, self.index(top, 0))
                        self.dataChanged.emit(left, left.siblingAtColumn(1))
            return
        self.beginResetModel()
        self._members = members
        self.endResetModel()

    def document(self, document_id: int) -> DocumentInfo | None:
        """The cached info of a document."""
        return self._by_id.get(document_id)

    def documents(self) -> list[DocumentInfo]:
        """All documents in order."""
        return list(self._documents)

    def groups(self) -> list[GroupInfo]:
        """All groups."""
        return list(self._groups)

    def document_index(self, document_id: int) -> QModelIndex:
        """The index of a document under "All documents"."""
        ids = self._members[0]
        if document_id not in ids:
            return QModelIndex()
        return self.index(ids.index(document_id), 0, self.index(0, 0))

    # -- QAbstractItemModel ------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not 0 <= column < 2:
            return QModelIndex()
        if not parent.isValid():
            return (
                self.createIndex(row, column, 0) if 0 <= row < len(self._members) else QModelIndex()
            )
        if parent.internalId() != 0:
            return QModelIndex()
        if 0 <= row < len(self._members[parent.row()]):
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._members)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._members[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 2

    def document_at(self, index: Index) -> DocumentInfo | None:
        """The document an index shows, or None for a group row."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._by_id.get(self._members[index.internalId() - 1][index.row()])

    def group_at(self, index: Index) -> GroupInfo | None:
        """The group of a group row or of a document row under a group (None: all)."""
        if not index.isValid():
            return None
        top = index.row() if index.internalId() == 0 else index.internalId() - 1
        return self._groups[top - 1] if top > 0 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        document = self.document_at(index)
        if document is None:  # a group row
            top = index.row()
            if role == Qt.ItemDataRole.DisplayRole:
                if index.column() == 1:
                    return str(len(self._members[top]))
                return self.tr("All documents") if top == 0 else self._groups[top - 1].name
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == GROUP_ID_ROLE and top > 0:
                return self._groups[top - 1].id
            if role == Qt.ItemDataRole.ToolTipRole and top > 0:
                return self._groups[top - 1].description or None
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return document.name if index.column() == 0 else str(document.quotation_count)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("%n quotation(s)", "", document.quotation_count)
            return f"{document.name}\n{tip}" + (f"\n\n{document.memo}" if document.memo else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == DOCUMENT_ID_ROLE:
            return document.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Document") if section == 0 else self.tr("Quotations")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        )


class DocumentTreeView(QTreeView):
    """Accepts files dragged from the file manager."""

    filesDropped = Signal(list, object)  # paths, group id | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setUniformRowHeights(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept local files."""
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep accepting local files while they move over the tree."""
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Import the dropped files (into the group they were dropped on)."""
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        paths = [p for p in paths if Path(p).is_file()]
        if not paths:
            event.ignore()
            return
        model = self.model()
        target = self.indexAt(event.position().toPoint())
        group = model.group_at(target) if isinstance(model, DocumentTreeModel) else None
        event.acceptProposedAction()
        self.filesDropped.emit(paths, group.id if group else None)


class DocumentsPane(QWidget):
    """The Documents dock's contents."""

    documentActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DocumentTreeModel(self)
        self.view = DocumentTreeView(self)
        self.view.setModel(self.model)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A fixed width: sizing to contents would read every row on each count change.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, count_column_width(self.view))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.view)
        self.view.clicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        self.model.modelReset.connect(lambda: self.view.expand(self.model.index(0, 0)))

    def _activated(self, index: QModelIndex) -> None:
        document = self.model.document_at(index)
        if document is not None:
            self.documentActivated.emit(document.id)

    def selected_document_ids(self) -> list[int]:
        """The documents selected in the tree (in order, once each)."""
        ids = [self.model.document_at(i) for i in self.view.selectionModel().selectedRows()]
        return list(dict.fromkeys(d.id for d in ids if d is not None))

    def current_group_id(self) -> int | None:
        """The group the cursor is in (None: "All documents")."""
        group = self.model.group_at(self.view.currentIndex())
        return group.id if group else None

    def select_document(self, document_id: int) -> None:
        """Show a document as the current one (without activating it again)."""
        index = self.model.document_index(document_id)
        if index.isValid():
            self.view.setCurrentIndex(index)

    def changeEvent(self, event: QEvent) -> None:
        """Repaint the translated header and "All documents" when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(0, 1))
        super().changeEvent(event)
