"""What a REFI-QDA import brought in, and everything it could not.

The counts, how the file counted text positions (REFI-QDA says code points; NVivo
for Windows writes UTF-16 units, which the import detects and converts), the
warnings, and every unsupported item, listed one per line: nothing is dropped
without the researcher seeing it.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from sbcoder.core.exchange_import import ExchangeSummary


class ExchangeSummaryDialog(QDialog):
    """The summary of one import (a .qdpx project or a .qdc codebook)."""

    def __init__(
        self, summary: ExchangeSummary, source_name: str, target_name: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeSummaryDialog")
        self.summary = summary
        self.source_name = source_name
        self.target_name = target_name
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.counts_box = QGroupBox(self)
        self.counts_form = QFormLayout(self.counts_box)
        layout.addWidget(self.counts_box)
        self.dialect_label = QLabel(self)
        self.dialect_label.setObjectName("dialectLabel")
        self.dialect_label.setWordWrap(True)
        layout.addWidget(self.dialect_label)
        self.warnings_box = QGroupBox(self)
        self.warnings_list = QListWidget(self.warnings_box)
        self.warnings_list.setObjectName("warningsList")
        self.warnings_list.setWordWrap(True)
        QVBoxLayout(self.warnings_box).addWidget(self.warnings_list)
        layout.addWidget(self.warnings_box)
        self.unsupported_box = QGroupBox(self)
        self.unsupported_list = QListWidget(self.unsupported_box)
        self.unsupported_list.setObjectName("unsupportedList")
        self.unsupported_list.setWordWrap(True)
        QVBoxLayout(self.unsupported_box).addWidget(self.unsupported_list)
        layout.addWidget(self.unsupported_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.copy_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        for item in summary.warnings:
            self.warnings_list.addItem(item)
        for item in summary.unsupported:
            self.unsupported_list.addItem(item)
        self.warnings_box.setVisible(bool(summary.warnings))
        self.unsupported_box.setVisible(bool(summary.unsupported))
        self.retranslate()

    def count_label(self, key: str) -> str:
        """The name of one count in the current language."""
        names = {
            "documents": self.tr("Documents"),
            "codes": self.tr("Codes"),
            "quotations": self.tr("Quotations"),
            "codings": self.tr("Codings"),
            "cases": self.tr("Cases"),
            "coders": self.tr("Coders"),
            "notes": self.tr("Memos and notes"),
            "already present": self.tr("Codes already in the project"),
        }
        return names.get(key, key)

    def dialect_text(self) -> str:
        """How the file counted positions, in words ("" when not known)."""
        dialect = self.summary.position_dialect
        texts = {
            "codepoints": self.tr("Unicode code points, as REFI-QDA prescribes"),
            "codepoints-lf": self.tr(
                "code points counted after line breaks were made single; converted"
            ),
            "utf16": self.tr("UTF-16 units, as NVivo for Windows writes them; converted"),
            "utf16-lf": self.tr(
                "UTF-16 units counted after line breaks were made single; converted"
            ),
        }
        if not dialect:
            return ""
        return self.tr("Text positions in the file: %1").replace("%1", texts.get(dialect, dialect))

    def report_text(self) -> str:
        """The whole summary as plain text (what Copy puts on the clipboard)."""
        plain = self.tr("%1 was imported into %2.")
        lines = [plain.replace("%1", self.source_name).replace("%2", self.target_name), ""]
        lines += [f"{self.count_label(k)}: {v}" for k, v in self.summary.counts.items()]
        if self.summary.position_dialect:
            lines += ["", self.dialect_text()]
        if self.summary.warnings:
            lines += ["", self.warnings_box.title(), *(f"- {w}" for w in self.summary.warnings)]
        if self.summary.unsupported:
            lines += [
                "",
                self.unsupported_box.title(),
                *(f"- {u}" for u in self.summary.unsupported),
            ]
        return "\n".join(lines)

    def copy_to_clipboard(self) -> None:
        """Put the summary on the clipboard (to paste into a log or an e-mail)."""
        QGuiApplication.clipboard().setText(self.report_text())

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Import summary"))
        self.heading.setText(
            self.tr("<b>%1</b> was imported into <b>%2</b>.")
            .replace("%1", html.escape(self.source_name))
            .replace("%2", html.escape(self.target_name))
        )
        self.counts_box.setTitle(self.tr("Imported"))
        while self.counts_form.rowCount():
            self.counts_form.removeRow(0)
        for key, value in self.summary.counts.items():
            self.counts_form.addRow(self.count_label(key), QLabel(str(value), self.counts_box))
        self.dialect_label.setText(self.dialect_text())
        self.dialect_label.setVisible(bool(self.summary.position_dialect))
        self.warnings_box.setTitle(self.tr("%n warning(s)", "", len(self.summary.warnings)))
        self.unsupported_box.setTitle(
            self.tr(
                "%n item(s) not imported: sbcoder has no place for them",
                "",
                len(self.summary.unsupported),
            )
        )
        self.copy_button.setText(self.tr("&Copy"))

    def showEvent(self, event: QShowEvent) -> None:
        """The keyboard starts on OK (Enter closes), not inside a list."""
        super().showEvent(event)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
