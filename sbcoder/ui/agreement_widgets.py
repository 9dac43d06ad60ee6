"""Widgets the agreement dialog is built of: checkable lists and sortable tables."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QTableView, QWidget

from sbcoder.ui.agreement_models import SORT_ROLE


def checkable_item(list_widget: QListWidget, text: str, data: object, checked: bool) -> None:
    """Add an item with a check box and `data` under UserRole."""
    item = QListWidgetItem(text, list_widget)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    item.setData(Qt.ItemDataRole.UserRole, data)


def checked_data(list_widget: QListWidget) -> list[object]:
    """The UserRole data of the checked items, in list order."""
    return [
        list_widget.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(list_widget.count())
        if list_widget.item(row).checkState() == Qt.CheckState.Checked
    ]


def sortable_table(
    parent: QWidget, name: str, model: object
) -> tuple[QTableView, QSortFilterProxyModel]:
    """A read-only table of whole rows over `model`, sorted by SORT_ROLE when the user
    clicks a header (the model's own order until then)."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)  # type: ignore[arg-type]
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # code paths keep both ends
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    return view, proxy
