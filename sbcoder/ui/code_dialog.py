"""A new code: name, parent, colour, description (from the code tree or a selection)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sbcoder.core.dto import CodeInfo
from sbcoder.ui.code_tree import swatch


@dataclass(frozen=True)
class NewCode:
    name: str
    parent_id: int | None
    color: str | None  # None: the core picks (the parent's colour, or the next in the palette)
    description: str


class NewCodeDialog(QDialog):
    """Name, parent (or top level), colour and description of a new code."""

    def __init__(
        self,
        codes: list[CodeInfo],
        name: str = "",
        parent_id: int | None = None,
        passage: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newCodeDialog")
        self.setWindowTitle(self.tr("New code"))
        self._color: str | None = None
        self.name_edit = QLineEdit(name, self)
        self.parent_combo = QComboBox(self)
        self.parent_combo.addItem(self.tr("(top level)"), None)
        for code in codes:
            self.parent_combo.addItem(swatch(code.color), code.path, code.id)
        if parent_id is not None:
            self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(parent_id)))
        self.color_button = QPushButton(self.tr("Parent's colour"), self)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(self.tr("What the code means; when to apply it"))
        form = QFormLayout()
        if passage:
            quote = QLabel(f"“{passage[:300]}”", self)
            quote.setWordWrap(True)
            form.addRow(self.tr("Passage:"), quote)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Parent:"), self.parent_combo)
        form.addRow(self.tr("Colour:"), self.color_button)
        form.addRow(self.tr("Description:"), self.description_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.color_button.clicked.connect(self._choose_color)
        self.name_edit.textChanged.connect(self._check)
        self._check()
        self.resize(480, self.sizeHint().height())

    def _choose_color(self) -> None:
        color = QColorDialog.getColor(
            QColor(self._color or "#4E79A7"), self, self.tr("Code colour")
        )
        if color.isValid():
            self._color = color.name().upper()
            self.color_button.setIcon(swatch(self._color))
            self.color_button.setText(self._color)

    def _check(self, *_: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))

    def result_code(self) -> NewCode:
        """The code the user described."""
        return NewCode(
            " ".join(self.name_edit.text().split()),
            self.parent_combo.currentData(),
            self._color,
            self.description_edit.toPlainText().strip(),
        )


def ask_new_code(
    parent: QWidget | None,
    codes: list[CodeInfo],
    name: str = "",
    parent_id: int | None = None,
    passage: str = "",
) -> NewCode | None:
    """Ask for a new code; None when cancelled."""
    dialog = NewCodeDialog(codes, name, parent_id, passage, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result_code()
