"""The top row of the themes dialog: which codes to cluster (the open codes or one
branch), how many themes (0: automatic), and the Suggest / Re-cluster button."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from sbcoder.core.dto import CodeInfo


class ThemesScopeBar(QWidget):
    """Scope, number of themes and Suggest; `scopeChanged` when another scope is chosen."""

    scopeChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope_label, self.count_label = QLabel(self), QLabel(self)
        self.scope_combo = QComboBox(self)
        self.count_spin = QSpinBox(self)
        self.count_spin.setRange(0, 50)
        self.suggest_button = QPushButton(self)
        self.suggest_button.setDefault(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.scope_label, self.scope_combo, self.count_label, self.count_spin):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.suggest_button)
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.scopeChanged.emit())

    def fill(self, codes: Sequence[CodeInfo]) -> None:
        """ "Open codes", then every code with sub-codes (a branch), quietly."""
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        self.scope_combo.addItem("", None)
        for code in codes:
            if code.child_ids:
                self.scope_combo.addItem(code.path, code.path)
        self.scope_combo.blockSignals(False)

    def set_scope(self, branch: str | None) -> None:
        """Cluster the open codes (None) or the codes under `branch` (a path)."""
        self.scope_combo.setCurrentIndex(0 if branch is None else self.scope_combo.findData(branch))

    def branch(self) -> str | None:
        """The branch chosen (its path), or None for the open codes."""
        return self.scope_combo.currentData()

    def count(self) -> int | None:
        """The number of themes asked for, or None to let the clustering choose."""
        return self.count_spin.value() or None

    def retranslate(self, has_themes: bool) -> None:
        """The texts in the current language ("Re-cluster" once themes are shown)."""
        self.scope_label.setText(self.tr("Codes:"))
        self.scope_combo.setItemText(0, self.tr("Open codes (codes with quotations, no sub-codes)"))
        self.count_label.setText(self.tr("Themes:"))
        self.count_spin.setSpecialValueText(self.tr("Automatic"))
        self.suggest_button.setText(self.tr("Re-cluster") if has_themes else self.tr("Suggest"))
