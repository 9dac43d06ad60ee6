"""Deleting a code that is in use: say what happens to its codings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sbcoder.core.dto import CodeInfo

DELETE_CODINGS = "delete-codings"
MOVE_TO_PARENT = "move-to-parent"


class DeleteCodeDialog(QDialog):
    """Two choices: remove the codings, or move them (and sub-codes) to the parent."""

    def __init__(self, code: CodeInfo, codings: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteCodeDialog")
        self.setWindowTitle(self.tr("Delete code"))
        text = self.tr(
            "“%1” (with its sub-codes) is applied %2 times. What should happen to those codings?"
        )
        label = QLabel(text.replace("%1", code.path).replace("%2", str(codings)), self)
        label.setWordWrap(True)
        self.move_radio = QRadioButton(self.tr("Move them to the parent code"), self)
        self.delete_radio = QRadioButton(
            self.tr("Delete them (the quotations stay, without this code)"), self
        )
        if code.parent_id is None:
            self.move_radio.setEnabled(False)
            self.move_radio.setToolTip(self.tr("This code is at the top level: it has no parent"))
            self.delete_radio.setChecked(True)
        else:
            self.move_radio.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.move_radio)
        layout.addWidget(self.delete_radio)
        layout.addWidget(buttons)

    def policy(self) -> str:
        """The chosen policy, as the core names it."""
        return MOVE_TO_PARENT if self.move_radio.isChecked() else DELETE_CODINGS


def ask_delete_policy(parent: QWidget | None, code: CodeInfo, codings: int) -> str | None:
    """The policy for deleting a code in use; None when cancelled."""
    dialog = DeleteCodeDialog(code, codings, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.policy()
