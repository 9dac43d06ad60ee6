"""Editing a memo (of a quotation, a code or a document) and a code's description."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class MemoDialog(QDialog):
    """A title line saying whose memo it is, and a plain-text editor."""

    def __init__(self, title: str, subject: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memoDialog")
        self.setWindowTitle(title)
        self.subject = QLabel(subject, self)
        self.subject.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText(text)
        self.editor.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.subject)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def text(self) -> str:
        """The memo as typed (trailing white space removed)."""
        return self.editor.toPlainText().rstrip()


def edit_memo(parent: QWidget | None, title: str, subject: str, text: str) -> str | None:
    """Edit `text`; the new text, or None when cancelled or unchanged."""
    dialog = MemoDialog(title, subject, text, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    new = dialog.text()
    return None if new == text.rstrip() else new
