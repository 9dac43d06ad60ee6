"""The analysis tables' filter: coders, documents, groups, cases, attribute values and
code branches, one tab each, ticked to keep.

A tab with nothing ticked does not filter (everything of that kind counts), so the
empty dialog is "no filter" and a researcher only ticks what narrows the table. The
result is the core's `TableFilter` (AND between tabs, OR within one).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from sbcoder.core.analysis_filters import AttributeCondition, TableFilter

if TYPE_CHECKING:
    from sbcoder.core.dto import CodeInfo
    from sbcoder.core.project import Project

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class FilterChoices:
    """What the filter can choose from: (id, name) pairs, attributes with their values,
    and the code tree (CodeInfo in tree order)."""

    coders: list[tuple[int, str]] = field(default_factory=list)
    documents: list[tuple[int, str]] = field(default_factory=list)
    groups: list[tuple[int, str]] = field(default_factory=list)
    cases: list[tuple[int, str]] = field(default_factory=list)
    attributes: list[tuple[int, str, list[object]]] = field(default_factory=list)
    codes: list[CodeInfo] = field(default_factory=list)


def _value_order(value: object) -> tuple[str, object]:
    return (type(value).__name__, value)


def load_choices(project: Project) -> FilterChoices:
    """Read the choices from the project (a few small queries)."""
    attributes = []
    for attribute in project.organising.attributes():
        values = sorted(
            set(project.organising.values(attribute.id).values()) - {None}, key=_value_order
        )
        attributes.append((attribute.id, attribute.name, [*values, None]))
    return FilterChoices(
        coders=[(c.id, c.name) for c in project.coders.list()],
        documents=[(d.id, d.name) for d in project.documents.list()],
        groups=[(g.id, g.name) for g in project.organising.groups()],
        cases=[(c.id, c.name) for c in project.organising.cases()],
        attributes=attributes,
        codes=project.codebook.tree(),
    )


def prune_filter(
    table_filter: TableFilter,
    *,
    coders: Iterable[int],
    documents: Iterable[int],
    groups: Iterable[int],
    cases: Iterable[int],
    attributes: Iterable[int],
    codes: Iterable[int],
) -> TableFilter:
    """The filter without ids that no longer exist (a deleted code, coder …), given
    the ids that do. A kind left with none of its ids filters no more."""

    def known(ids: frozenset[int] | None, existing: Iterable[int]) -> frozenset[int] | None:
        if ids is None:
            return None
        return (ids & set(existing)) or None

    attribute_ids = set(attributes)
    return TableFilter(
        coder_ids=known(table_filter.coder_ids, coders),
        document_ids=known(table_filter.document_ids, documents),
        group_ids=known(table_filter.group_ids, groups),
        case_ids=known(table_filter.case_ids, cases),
        attributes=tuple(c for c in table_filter.attributes if c.attribute_id in attribute_ids),
        code_ids=known(table_filter.code_ids, codes),
    )


class AnalysisFilterDialog(QDialog):
    """Tick what the tables should count; `table_filter()` says what was ticked."""

    def __init__(
        self, choices: FilterChoices, current: TableFilter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("analysisFilterDialog")
        self.setWindowTitle(self.tr("Filter the tables"))
        self.resize(660, 520)  # six tabs side by side, no scroll arrows
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr("Tick what the tables should count. A tab with nothing ticked does not filter.")
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        self.lists: dict[str, QTreeWidget] = {}
        self._values: list[tuple[int, object]] = []  # (attribute id, value) per value item
        self._add_flat("coders", self.tr("Coders"), choices.coders, current.coder_ids)
        self._add_flat("documents", self.tr("Documents"), choices.documents, current.document_ids)
        self._add_flat("groups", self.tr("Groups"), choices.groups, current.group_ids)
        self._add_flat("cases", self.tr("Cases"), choices.cases, current.case_ids)
        self._add_attributes(choices.attributes, current.attributes)
        self._add_codes(choices.codes, current.code_ids)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Reset,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        reset = buttons.button(QDialogButtonBox.StandardButton.Reset)
        reset.setText(self.tr("Clear all"))
        reset.clicked.connect(self.clear)
        layout.addWidget(buttons)
        for tree in self.lists.values():
            tree.itemChanged.connect(lambda _item, _column: self._update_titles())
        self._update_titles()

    # -- building ----------------------------------------------------------------------
    def _tree(self, key: str) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName(f"filter_{key}")
        tree.setHeaderHidden(True)
        tree.setRootIsDecorated(key in ("attributes", "codes"))
        self.lists[key] = tree
        return tree

    @staticmethod
    def _item(parent: QTreeWidget | QTreeWidgetItem, text: str, key: object, on: bool):
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, KEY_ROLE, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        return item

    def _add_flat(
        self, key: str, title: str, pairs: list[tuple[int, str]], chosen: frozenset[int] | None
    ) -> None:
        tree = self._tree(key)
        for item_id, name in pairs:
            self._item(tree, name, item_id, chosen is not None and item_id in chosen)
        self.tabs.addTab(tree, title)

    def _add_attributes(
        self,
        attributes: list[tuple[int, str, list[object]]],
        conditions: tuple[AttributeCondition, ...],
    ) -> None:
        tree = self._tree("attributes")
        chosen = {c.attribute_id: c.values for c in conditions}
        for attribute_id, name, values in attributes:
            parent = QTreeWidgetItem(tree, [name])
            parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            for value in values:
                # Values stay on the Python side (Qt would turn a date into a QDate):
                # an item holds the index of its (attribute, value) pair.
                on = attribute_id in chosen and value in chosen[attribute_id]
                self._item(parent, self._value_text(value), len(self._values), on)
                self._values.append((attribute_id, value))
        tree.expandAll()
        self.tabs.addTab(tree, self.tr("Attributes"))

    def _value_text(self, value: object) -> str:
        if value is None:
            return self.tr("(no value)")
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, date):
            return value.isoformat()
        return str(value)

    def _add_codes(self, codes: list[CodeInfo], chosen: frozenset[int] | None) -> None:
        tree = self._tree("codes")
        items: dict[int, QTreeWidgetItem] = {}
        for code in codes:  # tree order: a parent comes before its children
            parent = items.get(code.parent_id) if code.parent_id is not None else None
            on = chosen is not None and code.id in chosen
            items[code.id] = self._item(parent or tree, code.name, code.id, on)
        tree.expandToDepth(0)
        self.tabs.addTab(tree, self.tr("Code branches"))

    # -- state -------------------------------------------------------------------------
    def _checked(self, key: str) -> list[QTreeWidgetItem]:
        found = []
        iterator = QTreeWidgetItemIterator(self.lists[key])
        while iterator.value():
            item = iterator.value()
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and (
                item.checkState(0) == Qt.CheckState.Checked
            ):
                found.append(item)
            iterator += 1
        return found

    def _ids(self, key: str) -> frozenset[int] | None:
        ids = frozenset(int(item.data(0, KEY_ROLE)) for item in self._checked(key))
        return ids or None

    def _update_titles(self) -> None:
        titles = {
            "coders": self.tr("Coders"),
            "documents": self.tr("Documents"),
            "groups": self.tr("Groups"),
            "cases": self.tr("Cases"),
            "attributes": self.tr("Attributes"),
            "codes": self.tr("Code branches"),
        }
        for index, (key, title) in enumerate(titles.items()):
            ticked = len(self._checked(key))
            self.tabs.setTabText(index, f"{title} ({ticked})" if ticked else title)

    def clear(self) -> None:
        """Untick everything (no filter)."""
        for key in self.lists:
            for item in self._checked(key):
                item.setCheckState(0, Qt.CheckState.Unchecked)

    def set_checked(self, key: str, ids: Iterable[object], on: bool = True) -> None:
        """Tick (or untick) the items of a tab by their id; on the attributes tab by
        (attribute id, value) pairs, None standing for "no value"."""
        wanted = set(ids)
        iterator = QTreeWidgetItemIterator(self.lists[key])
        while iterator.value():
            item = iterator.value()
            key_value = item.data(0, KEY_ROLE)
            if key == "attributes" and key_value is not None:
                key_value = self._values[int(key_value)]
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and key_value in wanted:
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            iterator += 1

    def table_filter(self) -> TableFilter:
        """The filter the ticks describe."""
        conditions: dict[int, list[object]] = {}
        for item in self._checked("attributes"):
            attribute_id, value = self._values[int(item.data(0, KEY_ROLE))]
            conditions.setdefault(attribute_id, []).append(value)
        return TableFilter(
            coder_ids=self._ids("coders"),
            document_ids=self._ids("documents"),
            group_ids=self._ids("groups"),
            case_ids=self._ids("cases"),
            attributes=tuple(AttributeCondition(a, v) for a, v in conditions.items()),
            code_ids=self._ids("codes"),
        )


def ask_table_filter(
    parent: QWidget, choices: FilterChoices, current: TableFilter
) -> TableFilter | None:
    """Show the filter dialog; the chosen filter, or None when cancelled."""
    dialog = AnalysisFilterDialog(choices, current, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.table_filter()
