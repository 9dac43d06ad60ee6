"""The quotations pane: the quotations of the selected code or document.

`QuotationTableModel` caches QuotationInfo rows and code names; painting never
queries the project. Double-click (or Enter) on a row opens the passage.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sbcoder.core.dto import CodeInfo, QuotationInfo
from sbcoder.ui.coder_filter import CoderFilter, CoderFilterCombo
from sbcoder.ui.refresh import made_by
from sbcoder.ui.workbench import Workbench

Index = QModelIndex | QPersistentModelIndex
SNIPPET_LENGTH = 160
QUOTATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET, DOCUMENT, CODES, CODER, MEMO = range(5)


def snippet(text: str, limit: int = SNIPPET_LENGTH) -> str:
    """One line of a quotation's text, shortened with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class QuotationTableModel(QAbstractTableModel):
    """Rows of quotations with their snippet, document, codes, coder and memo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[QuotationInfo] = []
        self._codes: Mapping[int, CodeInfo] = {}

    def set_rows(self, rows: list[QuotationInfo], codes: Mapping[int, CodeInfo]) -> None:
        """Show these quotations; `codes` names the codes they carry."""
        self.beginResetModel()
        self._rows = list(rows)
        self._codes = dict(codes)
        self.endResetModel()

    def rows(self) -> list[QuotationInfo]:
        """The quotations listed, in order."""
        return list(self._rows)

    def quotation(self, row: int) -> QuotationInfo | None:
        """The quotation on a row."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, quotation_id: int) -> int:
        """The row of a quotation, or -1."""
        return next((i for i, q in enumerate(self._rows) if q.id == quotation_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def code_names(self, quotation: QuotationInfo) -> str:
        """The names of a quotation's codes, joined."""
        return ", ".join(self._codes[c].name for c in quotation.code_ids if c in self._codes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        quotation = self.quotation(index.row()) if index.isValid() else None
        if quotation is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SNIPPET:
                return snippet(quotation.text)
            if column == DOCUMENT:
                return quotation.document_name
            if column == CODES:
                return self.code_names(quotation)
            if column == CODER:
                return quotation.coder_name
            return snippet(quotation.memo, 80)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SNIPPET:
                return quotation.text[:2000]
            if column == CODES:
                return "\n".join(
                    self._codes[c].path for c in quotation.code_ids if c in self._codes
                )
            if column == MEMO:
                return quotation.memo or None
        if role == Qt.ItemDataRole.DecorationRole and column == CODES and quotation.code_ids:
            first = self._codes.get(quotation.code_ids[0])
            return QColor(first.color) if first else None
        if role == QUOTATION_ID_ROLE:
            return quotation.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        titles = (
            self.tr("Quotation"),
            self.tr("Document"),
            self.tr("Codes"),
            self.tr("Coder"),
            self.tr("Memo"),
        )
        return titles[section]


class QuotationsPane(QWidget):
    """The Quotations dock: what it lists, a coder filter, the table."""

    quotationOpened = Signal(object)  # QuotationInfo: open the passage and select it
    currentQuotationChanged = Signal(object)  # QuotationInfo | None

    def __init__(
        self, workbench: Workbench, coder_filter: CoderFilter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self.coder_filter = coder_filter
        self._scope: tuple[str, int | None] = ("none", None)
        self._codes: dict[int, CodeInfo] = {}
        self._current_id: int | None = None
        # Where the window's caches are: the open document's quotations, the codes.
        self.document_rows: Callable[[int], list[QuotationInfo] | None] = lambda _doc: None
        self.code_infos: Callable[[], Mapping[int, CodeInfo]] | None = None
        self.model = QuotationTableModel(self)
        self.title = QLabel(self)
        self.include_children = QCheckBox(self)
        self.include_children.setChecked(True)
        self.include_children.hide()  # only for a code's quotations
        self.coder_combo = CoderFilterCombo(coder_filter, self)
        self.coder_label = QLabel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(SNIPPET, QHeaderView.ResizeMode.Stretch)
        for column in (DOCUMENT, CODES, CODER, MEMO):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 130)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.include_children)
        top.addWidget(self.coder_label)
        top.addWidget(self.coder_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.view.activated.connect(self._opened)
        self.view.doubleClicked.connect(self._opened)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.include_children.toggled.connect(lambda _checked: self.reload())
        workbench.projectClosed.connect(lambda: self.show_scope("none", None))
        self.retranslate()

    # -- what is listed ------------------------------------------------------------------
    def show_scope(self, kind: str, item_id: int | None) -> None:
        """List the quotations of a code ("code"), a document ("document") or none."""
        self._scope = (kind, item_id)
        self.include_children.setVisible(kind == "code")
        self.reload()

    @property
    def scope(self) -> tuple[str, int | None]:
        """What is listed: ("code", id), ("document", id) or ("none", None)."""
        return self._scope

    def reload(self) -> None:
        """List the scope's quotations again (the window calls this after changes)."""
        project = self.workbench.project
        kind, item_id = self._scope
        rows: list[QuotationInfo] = []
        codes: dict[int, CodeInfo] = {}
        if project is not None and item_id is not None:
            coder_id = self.coder_filter.coder_id
            if self.code_infos is not None:
                codes = dict(self.code_infos())
            else:
                codes = {c.id: c for c in self.workbench.query(project.codebook.tree, [])}
            if kind == "code" and item_id in codes:
                ids = self._scope_code_ids(codes)
                rows = self.workbench.query(
                    lambda: project.quotations.list(code_ids=ids, coder_id=coder_id), []
                )
            elif kind == "document":
                cached = self.document_rows(item_id)
                if cached is None:
                    every = self.workbench.query(
                        lambda: project.quotations.list(document_id=item_id), []
                    )
                    cached = [q for q in every if coder_id is None or made_by(q, coder_id)]
                rows = cached
        self.model.set_rows(rows, codes)
        self._codes = codes
        self._set_title()
        self.select_quotation(self._current_id)

    def _scope_code_ids(self, codes: Mapping[int, CodeInfo]) -> list[int]:
        kind, item_id = self._scope
        if kind != "code" or item_id not in codes:
            return []
        ids = [item_id]
        if self.include_children.isChecked():
            ids += _descendants(codes, item_id)
        return ids

    def patch(self, quotation: QuotationInfo) -> None:
        """Show an edited quotation without asking the project again."""
        kind, item_id = self._scope
        coder_id = self.coder_filter.coder_id
        codes = dict(self.code_infos()) if self.code_infos is not None else self._codes
        if kind == "document":
            belongs = quotation.document_id == item_id
        else:
            wanted = set(self._scope_code_ids(codes))
            belongs = any(
                c.code_id in wanted and coder_id in (None, c.coder_id) for c in quotation.codings
            )
        if coder_id is not None and not made_by(quotation, coder_id):
            belongs = False
        rows = self.model.rows()
        index = next((i for i, q in enumerate(rows) if q.id == quotation.id), -1)
        if index >= 0 and belongs:
            rows[index] = quotation
        elif index >= 0:
            del rows[index]
        elif belongs:  # in text order among its document's rows (or after them all)
            key = (quotation.start, quotation.end, quotation.id)
            same = [i for i, q in enumerate(rows) if q.document_id == quotation.document_id]
            later = [i for i in same if (rows[i].start, rows[i].end, rows[i].id) > key]
            rows.insert(later[0] if later else (same[-1] + 1 if same else len(rows)), quotation)
        self.model.set_rows(rows, codes)
        self._codes = codes
        self._set_title()
        self.select_quotation(self._current_id)

    def select_quotation(self, quotation_id: int | None) -> None:
        """Show a quotation as the current row (if it is listed), without telling the
        window: it is the window that chose it."""
        self._current_id = quotation_id
        row = self.model.row_of(quotation_id) if quotation_id is not None else -1
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        try:
            if row >= 0:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
            else:
                self.view.clearSelection()
                self.view.setCurrentIndex(QModelIndex())
        finally:
            selection.blockSignals(False)
        self.view.viewport().update()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        quotation = self.model.quotation(current.row())
        self._current_id = quotation.id if quotation else None
        self.currentQuotationChanged.emit(quotation)

    def current_quotation(self) -> QuotationInfo | None:
        """The quotation on the current row."""
        return self.model.quotation(self.view.currentIndex().row())

    def _opened(self, index: QModelIndex) -> None:
        quotation = self.model.quotation(index.row())
        if quotation is not None:
            self.quotationOpened.emit(quotation)

    # -- texts ---------------------------------------------------------------------------
    def _set_title(self) -> None:
        kind, item_id = self._scope
        codes = self._codes
        count = self.model.rowCount()
        if kind == "code" and codes and item_id in codes:
            text = self.tr("Quotations of code “%1”: %2").replace("%1", codes[item_id].path)
        elif kind == "document" and self.workbench.project is not None and item_id is not None:
            first = self.model.quotation(0)
            name = first.document_name if first else self._document_name(item_id)
            text = self.tr("Quotations in “%1”: %2").replace("%1", name)
        else:
            text = self.tr("Select a code or open a document to list its quotations")
            self.title.setText(text)
            return
        self.title.setText(text.replace("%2", str(count)))

    def _document_name(self, document_id: int) -> str:
        project = self.workbench.project
        info = self.workbench.query(lambda: project.documents.get(document_id)) if project else None
        return info.name if info else ""

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.include_children.setText(self.tr("Include sub-codes"))
        self.coder_label.setText(self.tr("Coder:"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self._set_title()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _descendants(codes: Mapping[int, CodeInfo], code_id: int) -> list[int]:
    out, stack = [], list(codes[code_id].child_ids)
    while stack:
        current = stack.pop()
        out.append(current)
        stack.extend(codes[current].child_ids if current in codes else ())
    return out
