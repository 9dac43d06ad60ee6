"""The settings dialog: language, coder name, where in-vivo codes go."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sbcoder.ui.settings import IN_VIVO_BESIDE_SELECTED, IN_VIVO_UNDER_ROOT, AppSettings


@dataclass(frozen=True)
class SettingsChoice:
    language: str  # "", "nl" or "en"
    coder_name: str
    in_vivo_placement: str


class SettingsDialog(QDialog):
    """Shows the current settings; `choice()` gives what the user set."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language_combo = QComboBox(self)
        # Language names in their own language, so a user can always find theirs.
        self.language_combo.addItem(self.tr("As the system (%1)").replace("%1", _system_name()), "")
        self.language_combo.addItem("Nederlands", "nl")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        self.coder_edit = QLineEdit(settings.coder_name, self)
        self.root_radio = QRadioButton(self.tr("Under a top-level code “In vivo”"), self)
        self.beside_radio = QRadioButton(
            self.tr("Beside the selected code (under the same parent)"), self
        )
        if settings.in_vivo_placement == IN_VIVO_BESIDE_SELECTED:
            self.beside_radio.setChecked(True)
        else:
            self.root_radio.setChecked(True)
        in_vivo = QVBoxLayout()
        in_vivo.addWidget(self.root_radio)
        in_vivo.addWidget(self.beside_radio)
        where = QLabel(self.tr("Settings are kept in %1").replace("%1", settings.file_name), self)
        where.setWordWrap(True)
        where.setStyleSheet("color: palette(mid);")
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(self.tr("Coder name:"), self.coder_edit)
        form.addRow(self.tr("New in-vivo codes:"), in_vivo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(where)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def choose_language(self, language: str) -> None:
        """Select a language ("", "nl", "en") as if the user picked it."""
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))

    def choice(self) -> SettingsChoice:
        """The settings as the dialog shows them."""
        return SettingsChoice(
            self.language_combo.currentData() or "",
            " ".join(self.coder_edit.text().split()),
            IN_VIVO_BESIDE_SELECTED if self.beside_radio.isChecked() else IN_VIVO_UNDER_ROOT,
        )


def _system_name() -> str:
    from sbcoder.ui.app import system_language

    return "Nederlands" if system_language() == "nl" else "English"


def ask_settings(parent: QWidget | None, settings: AppSettings) -> SettingsChoice | None:
    """Show the settings; what the user chose, or None when cancelled."""
    dialog = SettingsDialog(settings, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()
