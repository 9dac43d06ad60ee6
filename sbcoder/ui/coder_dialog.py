"""Asking who is coding: on first start, and from the Tools menu."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class CoderDialog(QDialog):
    """An editable list of known coders; OK only with a name."""

    def __init__(
        self, current: str = "", known: list[str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is coding?"))
        self.setObjectName("coderDialog")
        explanation = QLabel(
            self.tr(
                "sbcoder records your name on every quotation and code you make, so that "
                "the work of several coders can be compared and merged. Use the same name "
                "every time."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.name_edit = QComboBox(self)
        self.name_edit.setEditable(True)
        self.name_edit.addItems(known or [])
        self.name_edit.setCurrentText(current)
        self.name_edit.lineEdit().setPlaceholderText(self.tr("Your name or initials"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(QLabel(self.tr("Coder name:"), self))
        layout.addWidget(self.name_edit)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.editTextChanged.connect(self._check)
        self._check()
        self.resize(420, self.sizeHint().height())

    def _check(self, *_: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name().strip()))

    def name(self) -> str:
        """The name typed or chosen, trimmed."""
        return " ".join(self.name_edit.currentText().split())


def ask_coder_name(
    parent: QWidget | None, current: str = "", known: list[str] | None = None
) -> str | None:
    """Ask for the coder's name; None when the user cancelled."""
    dialog = CoderDialog(current, known, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.name():
        return dialog.name()
    return None
