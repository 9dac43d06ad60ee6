"""The tree of the themes dialog: each theme (editable name, typical words as tooltip)
with its member codes and their typicality or "pinned", then the codes left out; its
right-click menu and the "Move to" menu ask the dialog to move, drop or accept."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from sbcoder.ui.themes_review import Theme

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
LEFT_OUT = "left-out"


class ThemesTree(QTreeWidget):
    """Themes and their codes; a theme's name is edited in place (`renamed`)."""

    renamed = Signal(str, str)  # theme key, the text typed
    moveRequested = Signal(int, object)  # code id, target theme key (None: a new theme)
    dropRequested = Signal(int)  # code id
    acceptRequested = Signal(str)  # theme key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themesTree")
        self.setColumnCount(2)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setStretchLastSection(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._filling = False
        self._themes: list[Theme] = []
        self.itemChanged.connect(self._item_edited)
        self.customContextMenuRequested.connect(self._context_menu)
        self.retranslate()

    def fill(
        self,
        themes: Sequence[Theme],
        left_out: Sequence[int],
        pinned: Mapping[int, str],
        paths: Mapping[int, str],
    ) -> None:
        """Show the themes, each with its members, and the codes left out (keeping the
        selection where it can)."""
        self._filling = True
        self._themes = list(themes)
        current = self.currentItem()
        keep = (current.data(0, KIND_ROLE), current.data(0, ID_ROLE)) if current else None
        self.clear()
        bold = QFont()
        bold.setBold(True)
        groups = [(t.key, t.label, t.members, ", ".join(t.terms)) for t in themes]
        if left_out:
            members = [(c, 0.0) for c in sorted(left_out, key=lambda c: paths.get(c, ""))]
            groups.append((LEFT_OUT, self.tr("Left out"), members, ""))
        for key, label, members, terms in groups:
            item = QTreeWidgetItem(self, [label, ""])
            item.setData(0, KIND_ROLE, "theme" if key != LEFT_OUT else LEFT_OUT)
            item.setData(0, ID_ROLE, key)
            item.setFont(0, bold)
            if key != LEFT_OUT:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(0, self.tr("Typical words: %1").replace("%1", terms))
            for code_id, score in members:
                child = QTreeWidgetItem(item, [paths.get(code_id, "?"), ""])
                child.setData(0, KIND_ROLE, "code")
                child.setData(0, ID_ROLE, code_id)
                if pinned.get(code_id) == key:
                    child.setText(1, self.tr("pinned"))
                    child.setToolTip(1, self.tr("Pinned: stays in this theme when you re-cluster"))
                elif key != LEFT_OUT:
                    child.setText(1, f"{score:.2f}")
            item.setExpanded(True)
            if keep == ("theme", key):
                self.setCurrentItem(item)
        if keep is not None and keep[0] == "code":
            found = self.code_item(keep[1])
            if found is not None:
                self.setCurrentItem(found)
        self.resizeColumnToContents(1)
        self._filling = False

    def code_item(self, code_id: int) -> QTreeWidgetItem | None:
        """The tree item of a member (or left-out) code."""
        for top in range(self.topLevelItemCount()):
            theme = self.topLevelItem(top)
            for row in range(theme.childCount()):
                if theme.child(row).data(0, ID_ROLE) == code_id:
                    return theme.child(row)
        return None

    def current_theme_key(self) -> str | None:
        """The key of the theme selected, or of the selected code's theme."""
        item = self.currentItem()
        if item is not None and item.data(0, KIND_ROLE) == "code":
            item = item.parent()
        return item.data(0, ID_ROLE) if item is not None else None

    def current_code(self) -> int | None:
        """The code selected."""
        item = self.currentItem()
        return item.data(0, ID_ROLE) if item and item.data(0, KIND_ROLE) == "code" else None

    def fill_move_menu(self, menu: QMenu) -> None:
        """The themes the selected code can move to, and "New theme"."""
        menu.clear()
        code_id = self.current_code()
        if code_id is None:
            return
        for theme in self._themes:
            if code_id not in theme.code_ids():
                menu.addAction(theme.label, lambda k=theme.key: self.moveRequested.emit(code_id, k))
        menu.addSeparator()
        menu.addAction(self.tr("New theme"), lambda: self.moveRequested.emit(code_id, None))

    def _context_menu(self, point: object) -> None:
        menu = QMenu(self)
        code_id, key = self.current_code(), self.current_theme_key()
        if code_id is not None:
            self.fill_move_menu(menu.addMenu(self.tr("Move to")))
            menu.addAction(self.tr("Drop from theme"), lambda: self.dropRequested.emit(code_id))
        if key is not None and any(t.key == key for t in self._themes):
            menu.addAction(self.tr("Accept theme"), lambda: self.acceptRequested.emit(key))
        if not menu.isEmpty():
            menu.exec(self.viewport().mapToGlobal(point))  # type: ignore[arg-type]

    def retranslate(self) -> None:
        """The column titles in the current language (the dialog refills the rest)."""
        self.setHeaderLabels([self.tr("Theme / code"), self.tr("Typicality")])

    def _item_edited(self, item: QTreeWidgetItem, column: int) -> None:
        if not self._filling and column == 0 and item.data(0, KIND_ROLE) == "theme":
            self.renamed.emit(item.data(0, ID_ROLE), item.text(0))
