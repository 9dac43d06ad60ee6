"""What the centre of the window shows while no project is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class WelcomePage(QWidget):
    """New project, Open project, and the recent projects to reopen."""

    newRequested = Signal()
    openRequested = Signal()
    recentChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.new_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.recent_label = QLabel(self)
        self.recent = QListWidget(self)
        self.recent.setMaximumHeight(220)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(12)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.recent.itemActivated.connect(
            lambda item: self.recentChosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self._paths: list[str] = []
        self.retranslate()

    def set_recent(self, paths: list[str]) -> None:
        """The recent projects, newest first."""
        self._paths = list(paths)
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).stem}    —    {path}", self.recent)
            item.setData(Qt.ItemDataRole.UserRole, path)
        self.recent.setVisible(bool(paths))
        self.recent_label.setVisible(bool(paths))

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.title.setText(self.tr("sbcoder"))
        self.intro.setText(
            self.tr(
                "Start a new project (with the CIMO codes or none) or open one. A project "
                "is one file; every edit is saved at once."
            )
        )
        self.new_button.setText(self.tr("New project…"))
        self.open_button.setText(self.tr("Open project…"))
        self.recent_label.setText(self.tr("Recent projects (double-click or Enter to open):"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
