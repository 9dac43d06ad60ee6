"""Merging one code into another: choose the code that remains."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sbcoder.core.dto import CodeInfo
from sbcoder.ui.code_tree import swatch


class MergeCodesDialog(QDialog):
    """Lists the codes `source` may merge into (not itself, not its sub-codes)."""

    def __init__(
        self, source: CodeInfo, codes: list[CodeInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeCodesDialog")
        self.setWindowTitle(self.tr("Merge codes"))
        excluded = {source.id, *_descendants(source.id, codes)}
        explanation = QLabel(
            self.tr(
                "Merge “%1” into the code chosen below: its quotations and sub-codes move "
                "there, its description and memo are added to that code's, and “%1” is "
                "deleted. Undo restores it."
            ).replace("%1", source.path),
            self,
        )
        explanation.setWordWrap(True)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter codes…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        for code in codes:
            if code.id in excluded:
                continue
            item = QListWidgetItem(swatch(code.color), code.path, self.list)
            item.setData(Qt.ItemDataRole.UserRole, code.id)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.filter_edit.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(self._check)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._check()
        self.resize(480, 440)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(needle not in item.text().casefold())

    def _check(self, *_: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.target_id() is not None)

    def target_id(self) -> int | None:
        """The chosen code."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def choose(self, code_id: int) -> None:
        """Make `code_id` the chosen target (keyboard users, tests)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == code_id:
                self.list.setCurrentRow(row)


def _descendants(code_id: int, codes: list[CodeInfo]) -> list[int]:
    by_id = {c.id: c for c in codes}
    out, stack = [], list(by_id[code_id].child_ids) if code_id in by_id else []
    while stack:
        current = stack.pop()
        out.append(current)
        stack.extend(by_id[current].child_ids if current in by_id else ())
    return out


def ask_merge_target(parent: QWidget | None, source: CodeInfo, codes: list[CodeInfo]) -> int | None:
    """The code to merge `source` into; None when cancelled."""
    dialog = MergeCodesDialog(source, codes, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.target_id()
