"""The code tree: hierarchy, colour swatches, counts, filter box, rename, drag.

`CodeTreeModel` caches the CodeInfo list, so painting and scrolling never query the
project. It does not edit the project itself: renames, moves and drops become
signals that the window turns into undoable core calls.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from sbcoder.core.dto import CodeInfo
from sbcoder.ui.document_view import CODE_MIME  # the receiving end defines the format

CODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
NAME_COLUMN, COUNT_COLUMN = 0, 1


def swatch(color: str, size: int = 12) -> QIcon:
    """A small square of the code's colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor(color).darker(140))
    painter.setBrush(QColor(color))
    painter.drawRoundedRect(0, 0, size - 1, size - 1, 2, 2)
    painter.end()
    return QIcon(pixmap)


def count_column_width(view: QWidget) -> int:
    """Room for a count up to 99,999 or the header "Quotations", whichever is wider."""
    metrics = view.fontMetrics()
    return max(metrics.horizontalAdvance("99999"), metrics.horizontalAdvance("Quotations")) + 16


def parse_code_ids(data: QMimeData) -> list[int]:
    """The code ids a drag carries (comma-separated ASCII), or []."""
    if not data.hasFormat(CODE_MIME):
        return []
    raw = bytes(data.data(CODE_MIME).data()).decode("ascii", "replace")
    return [int(part) for part in raw.split(",") if part.strip().isdigit()]


class CodeTreeModel(QAbstractItemModel):
    """The codebook as a tree; ids are the internal ids of the indexes."""

    renameRequested = Signal(int, str)
    moveRequested = Signal(int, object, int)  # code id, new parent id | None, position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._codes: dict[int, CodeInfo] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        self._row: dict[int, int] = {}
        self._icons: dict[str, QIcon] = {}

    # -- the cache ---------------------------------------------------------------------
    def set_codes(self, codes: list[CodeInfo]) -> None:
        """Show `codes` (depth-first CodeInfo list). Only counts or colours changed:
        repaint in place, keeping expansion and selection; else rebuild."""
        children: dict[int | None, list[int]] = {None: []}
        for code in codes:
            children.setdefault(code.parent_id, []).append(code.id)
        if children == self._children:
            changed = [c for c in codes if self._codes.get(c.id) != c]
            self._codes = {c.id: c for c in codes}
            for code in changed:
                left = self.index_of(code.id)
                self.dataChanged.emit(left, left.siblingAtColumn(COUNT_COLUMN))
            return
        self.beginResetModel()
        self._codes = {c.id: c for c in codes}
        self._children = children
        self._row = {cid: row for ids in children.values() for row, cid in enumerate(ids)}
        self.endResetModel()

    def code(self, code_id: int) -> CodeInfo | None:
        """The cached info of a code."""
        return self._codes.get(code_id)

    def codes(self) -> list[CodeInfo]:
        """All cached codes."""
        return list(self._codes.values())

    def code_at(self, index: Index) -> CodeInfo | None:
        """The code an index shows (None for the invisible root)."""
        return self._codes.get(index.internalId()) if index.isValid() else None

    def index_of(self, code_id: int, column: int = 0) -> QModelIndex:
        """The index of a code."""
        if code_id not in self._codes:
            return QModelIndex()
        return self.createIndex(self._row[code_id], column, code_id)

    # -- QAbstractItemModel ------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        ids = self._children.get(parent.internalId() if parent.isValid() else None, [])
        if 0 <= row < len(ids) and 0 <= column < 2:
            return self.createIndex(row, column, ids[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        code = self.code_at(index)
        if code is None or code.parent_id is None:
            return QModelIndex()
        return self.index_of(code.parent_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(parent.internalId() if parent.isValid() else None, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        code = self.code_at(index)
        if code is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return code.name if column == NAME_COLUMN else str(code.quotation_count)
        if role == Qt.ItemDataRole.EditRole and column == NAME_COLUMN:
            return code.name
        if role == Qt.ItemDataRole.DecorationRole and column == NAME_COLUMN:
            if code.color not in self._icons:
                self._icons[code.color] = swatch(code.color)
            return self._icons[code.color]
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [f"<b>{_html(code.path)}</b>"]
            if code.description:
                parts.append(_html(code.description))
            if code.memo:
                parts.append(f"<i>{self.tr('Memo')}:</i> {_html(code.memo)}")
            return "<br>".join(parts)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COUNT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CODE_ID_ROLE:
            return code.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Code") if section == NAME_COLUMN else self.tr("Quotations")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == NAME_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        code = self.code_at(index)
        if code is None or role != Qt.ItemDataRole.EditRole:
            return False
        name = str(value).strip()
        if name and name != code.name:
            # The project decides (it may refuse a clash); the refresh shows the result.
            self.renameRequested.emit(code.id, name)
        return False

    # -- drag and drop -------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [CODE_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        ids = list(dict.fromkeys(i.internalId() for i in indexes if i.isValid()))
        data = QMimeData()
        data.setData(CODE_MIME, QByteArray(",".join(map(str, ids)).encode("ascii")))
        data.setText("\n".join(self._codes[i].path for i in ids if i in self._codes))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(
        self, data: QMimeData, action, row: int, column: int, parent: Index
    ) -> bool:
        return bool(parse_code_ids(data))

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:
        """A code dropped on a code nests under it; between codes, it is reordered."""
        ids = parse_code_ids(data)
        if not ids or ids[0] not in self._codes:
            return False
        code_id = ids[0]
        target = self.code_at(parent)
        parent_id = target.id if target is not None else None
        position = row if row >= 0 else len(self._children.get(parent_id, []))
        code = self._codes[code_id]
        if code.parent_id == parent_id and row >= 0 and self._row[code_id] < row:
            position -= 1  # the code leaves its old place above the drop row
        if code.parent_id == parent_id and position == self._row[code_id]:
            return False
        self.moveRequested.emit(code_id, parent_id, position)
        return False  # nothing to remove: the refresh after the move shows the new tree


class CodeFilterProxy(QSortFilterProxyModel):
    """Filters by name, keeping the parents of matching codes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(NAME_COLUMN)


class CodeTreeView(QTreeView):
    """The tree; Enter (or a double-click) on a code asks to apply it."""

    codeActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Double-click codes; F2 (or the menu) renames.
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setUniformRowHeights(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.doubleClicked.connect(self._activated)

    def code_id_at(self, index: Index) -> int | None:
        """The code id of a (proxy) index."""
        value = index.data(CODE_ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None

    def current_code_id(self) -> int | None:
        """The code under the cursor."""
        return self.code_id_at(self.currentIndex())

    def _activated(self, index: QModelIndex) -> None:
        code_id = self.code_id_at(index)
        if code_id is not None:
            self.codeActivated.emit(code_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter applies the current code (unless a rename is being typed)."""
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
            and self.currentIndex().isValid()
        ):
            self._activated(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class CodeTreePane(QWidget):
    """The filter box, the tree and a line of help; what the Codes dock shows."""

    codeActivated = Signal(int)
    currentCodeChanged = Signal(object)  # int | None
    chosenByTyping = Signal()  # a code was applied from the filter box: back to the text

    def __init__(self, extra: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CodeTreeModel(self)
        self.proxy = CodeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.view = CodeTreeView(self)
        self.view.setModel(self.proxy)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        # A fixed width: sizing to contents would read every row on each count change.
        header.setSectionResizeMode(COUNT_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COUNT_COLUMN, count_column_width(self.view))
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        if extra is not None:
            top.addWidget(extra)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.returnPressed.connect(self._apply_from_filter)
        self.filter_edit.installEventFilter(self)
        self.view.codeActivated.connect(self.codeActivated)
        self.view.selectionModel().currentChanged.connect(
            lambda current, _previous: self.currentCodeChanged.emit(self.view.code_id_at(current))
        )
        self.proxy.modelReset.connect(self._after_reset)
        self.retranslate()

    def set_codes(self, codes: list[CodeInfo]) -> None:
        """Show a new state of the codebook, keeping the current code if it is still there."""
        current = self.current_code_id()
        self.model.set_codes(codes)
        if current is not None and self.model.code(current) is not None:
            self.select_code(current)

    def current_code_id(self) -> int | None:
        """The selected code, if any."""
        return self.view.current_code_id()

    def select_code(self, code_id: int) -> None:
        """Make a code current and visible."""
        index = self.proxy.mapFromSource(self.model.index_of(code_id))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def focus_filter(self) -> None:
        """Put the keyboard in the filter box (Ctrl+K): type, then Enter codes."""
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.view.expandAll()
            first = self._first_match(QModelIndex())
            if first.isValid():
                self.view.setCurrentIndex(first)

    def _first_match(self, parent: QModelIndex) -> QModelIndex:
        """The first code (depth-first) whose own name contains the filter text."""
        needle = self.filter_edit.text().strip().casefold()
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            if needle in str(index.data()).casefold():
                return index
            found = self._first_match(index)
            if found.isValid():
                return found
        return QModelIndex()

    def _apply_from_filter(self) -> None:
        code_id = self.current_code_id()
        if code_id is not None:
            self.codeActivated.emit(code_id)
            self.chosenByTyping.emit()

    def _after_reset(self) -> None:
        self.view.expandToDepth(1)

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        """Down arrow in the filter box moves into the tree."""
        if (
            watched is self.filter_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.view.setFocus()
            return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.filter_edit.setPlaceholderText(self.tr("Filter codes… (Ctrl+K)"))
        self.filter_edit.setToolTip(
            self.tr(
                "Enter or double-click applies a code to the selected text; "
                "drag a code onto the text or onto another code."
            )
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _html(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    )
