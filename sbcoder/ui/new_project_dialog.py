"""A new project: where its file goes, its name, and CIMO codes or none."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

PROJECT_SUFFIX = ".sbc"


@dataclass(frozen=True)
class NewProjectChoice:
    path: Path
    name: str
    template: str  # "cimo" or "empty"


class NewProjectDialog(QDialog):
    """The file, the name, and the starting codebook of a new project."""

    def __init__(self, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newProjectDialog")
        self.setWindowTitle(self.tr("New project"))
        self._folder = folder
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Samen Buurten 0-meting"))
        self.path_edit = QLineEdit(self)
        browse = QPushButton(self.tr("Browse…"), self)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.cimo_radio = QRadioButton(
            self.tr("CIMO codes (Context, Interventie, Mechanisme, Outcome)"), self
        )
        self.empty_radio = QRadioButton(self.tr("No codes (open coding)"), self)
        self.cimo_radio.setChecked(True)
        templates = QVBoxLayout()
        templates.addWidget(self.cimo_radio)
        templates.addWidget(self.empty_radio)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("File:"), path_row)
        form.addRow(self.tr("Start with:"), templates)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        browse.clicked.connect(self._browse)
        self.name_edit.textChanged.connect(self._name_changed)
        self.path_edit.textChanged.connect(self._check)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._path_follows_name = True
        self._check()
        self.resize(560, self.sizeHint().height())

    def _name_changed(self, name: str) -> None:
        if self._path_follows_name:
            stem = "".join(ch for ch in name.strip() if ch not in '\\/:*?"<>|') or ""
            self.path_edit.blockSignals(True)
            self.path_edit.setText(
                str(Path(self._folder) / f"{stem}{PROJECT_SUFFIX}") if stem else ""
            )
            self.path_edit.blockSignals(False)
        self._check()

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("New project file"),
            self.path_edit.text() or self._folder,
            self.tr("sbcoder projects (*.sbc)"),
        )
        if path:
            self.path_edit.setText(path)

    def _check(self, *_: object) -> None:
        if self.sender() is self.path_edit:
            self._path_follows_name = False
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.path_edit.text().strip()))

    def choice(self) -> NewProjectChoice:
        """What the user chose (the suffix .sbc added when missing)."""
        path = Path(self.path_edit.text().strip()).expanduser()
        if path.suffix.lower() != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        name = self.name_edit.text().strip() or path.stem
        return NewProjectChoice(path, name, "cimo" if self.cimo_radio.isChecked() else "empty")


def ask_new_project(parent: QWidget | None, folder: str) -> NewProjectChoice | None:
    """Ask for a new project's file, name and template; None when cancelled."""
    dialog = NewProjectDialog(folder, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()
