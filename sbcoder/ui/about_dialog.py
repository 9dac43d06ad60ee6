"""Help ▸ About: sbcoder's version, the licences of the components it ships with, and
the spaCy pipeline in use (with the licence its meta.json states).

The version comes from `sbcoder.__version__`, i.e. the package metadata built from
pyproject.toml, which the frozen app carries too (packaging/sbcoder.spec copies it).
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, metadata, version
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import sbcoder
from sbcoder.resources import RESOURCES_DIR

ICON_DIR = RESOURCES_DIR / "icons"
SBCODER_LICENCE = "GPL-3.0-or-later"  # pyproject.toml; used when the metadata is missing


@dataclass(frozen=True)
class Component:
    """A third-party component: its name, its distribution (for the version) and licence."""

    name: str
    distribution: str
    licence: str


# The licences are the ones each project declares (checked against the installed
# packages' metadata); versions are read at run time, so they match what is shipped.
COMPONENTS: tuple[Component, ...] = (
    Component("Qt / PySide6", "PySide6-Essentials", "LGPL-3.0"),
    Component("spaCy", "spacy", "MIT"),
    Component("Thinc", "thinc", "MIT"),
    Component("spacy-lookups-data", "spacy-lookups-data", "MIT"),
    Component("SQLAlchemy", "SQLAlchemy", "MIT"),
    Component("Alembic", "alembic", "MIT"),
    Component("openpyxl", "openpyxl", "MIT"),
    Component("python-docx", "python-docx", "MIT"),
    Component("odfpy", "odfpy", "Apache-2.0 / GPL-2.0+ / LGPL-2.1+"),
    Component("pypdf", "pypdf", "BSD-3-Clause"),
    Component("striprtf", "striprtf", "BSD-3-Clause"),
    Component("lxml", "lxml", "BSD-3-Clause"),
    Component("NumPy", "numpy", "BSD-3-Clause"),
    Component("SciPy", "scipy", "BSD-3-Clause"),
    Component("krippendorff", "krippendorff", "GPL-3.0-or-later"),
    Component("charset-normalizer", "charset-normalizer", "MIT"),
    Component("platformdirs", "platformdirs", "MIT"),
)


@dataclass(frozen=True)
class PipelineAbout:
    """What the About box says about the spaCy pipeline.

    `state` is "loaded", "loading" (not loaded yet) or "off" (loading failed)."""

    state: str
    name: str = ""
    licence: str = ""
    location: str = ""
    is_fallback: bool = False
    bundled: bool = False


def component_version(distribution: str) -> str:
    """The installed (or bundled) version of a distribution, "" when it is absent."""
    try:
        return version(distribution)
    except PackageNotFoundError:
        return ""


def sbcoder_licence() -> str:
    """sbcoder's own licence as its package metadata states it."""
    try:
        data = metadata("sbcoder")
    except PackageNotFoundError:
        return SBCODER_LICENCE
    return data.get("License-Expression") or data.get("License") or SBCODER_LICENCE


def pipeline_about(nlp_name: str | None) -> PipelineAbout:
    """The pipeline as the main window knows it (`window.nlp_name`: None while it loads,
    "" when loading failed). Once loaded, the process-wide pipeline is read from the
    cache, so opening About never loads spaCy on the GUI thread."""
    if nlp_name is None:
        return PipelineAbout("loading")
    if nlp_name == "":
        return PipelineAbout("off")
    from sbcoder.nlp.pipeline import get_pipeline

    try:
        loaded = get_pipeline()
    except Exception:  # the window's own load failed the same way; it shows "NLP off"
        return PipelineAbout("off")
    meta = loaded.nlp.meta
    if loaded.is_fallback:
        licence = "MIT (spaCy, spacy-lookups-data)"
    else:
        licence = str(meta.get("license") or "")
    path = getattr(loaded.nlp, "path", None)
    location = str(Path(path).resolve()) if path else ""
    base = getattr(sys, "_MEIPASS", None)
    bundled = bool(base and location and Path(location).is_relative_to(Path(base).resolve()))
    title = loaded.name.split(" (")[0]
    return PipelineAbout("loaded", title, licence, location, loaded.is_fallback, bundled)


class AboutDialog(QDialog):
    """The About box; `details_text()` is what "Copy details" puts on the clipboard."""

    def __init__(self, pipeline: PipelineAbout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.pipeline = pipeline
        self.version = sbcoder.__version__
        self.icon_label = QLabel(self)
        icon = QIcon(str(ICON_DIR / "sbcoder-64.png"))
        self.icon_label.setPixmap(icon.pixmap(64, 64))
        self.title_label = QLabel(self)
        self.title_label.setObjectName("aboutTitle")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        heading = QHBoxLayout()
        heading.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(self.title_label)
        text.addWidget(self.summary_label)
        heading.addLayout(text, 1)
        self.pipeline_box = QGroupBox(self)
        self.pipeline_label = QLabel(self.pipeline_box)
        self.pipeline_label.setObjectName("aboutPipeline")
        self.pipeline_label.setWordWrap(True)
        self.pipeline_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.pipeline_box).addWidget(self.pipeline_label)
        self.components_label = QLabel(self)
        self.components = self._components_table()
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("aboutCopy")
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.pipeline_box)
        layout.addWidget(self.components_label)
        layout.addWidget(self.components, 1)
        layout.addWidget(buttons)
        self.retranslate()
        self.resize(560, 600)

    def _components_table(self) -> QTableWidget:
        rows = [("Python", platform.python_version(), "PSF-2.0")]
        rows += [
            (c.name, component_version(c.distribution), c.licence)
            for c in COMPONENTS
            if component_version(c.distribution)  # only what is actually there
        ]
        table = QTableWidget(len(rows), 3, self)
        table.setObjectName("aboutComponents")
        for row, cells in enumerate(rows):
            for column, value in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(value))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("About sbcoder"))
        self.title_label.setText(f"<h2>sbcoder {self.version}</h2>")
        self.summary_label.setText(
            self.tr(
                "Qualitative coding of interview transcripts: CIMO and open coding, memos, "
                "several coders, spaCy suggestions. Works offline; your project is one file "
                "that is saved with every edit."
            )
            + "<br><br>"
            + self.tr("sbcoder is free software, licensed under %1.").replace(
                "%1", sbcoder_licence()
            )
        )
        self.pipeline_box.setTitle(self.tr("spaCy pipeline"))
        self.pipeline_label.setText(self._pipeline_text())
        self.components_label.setText(
            self.tr(
                "sbcoder is built on these components; Qt and PySide6 are used under the "
                "LGPL-3.0 as separate libraries that can be replaced."
            )
        )
        self.components_label.setWordWrap(True)
        self.components.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        self.copy_button.setText(self.tr("&Copy details"))

    def _pipeline_text(self) -> str:
        p = self.pipeline
        if p.state == "loading":
            return self.tr("Not loaded yet (it loads in the background after start-up).")
        if p.state == "off":
            return self.tr("NLP off: no spaCy pipeline could be loaded.")
        lines = [p.name]
        if p.is_fallback:
            lines.append(
                self.tr("Fallback: lemmas from a lookup table; suggestions are less precise.")
            )
        lines.append(self.tr("Licence: %1").replace("%1", p.licence or self.tr("not stated")))
        if p.bundled:
            lines.append(self.tr("Bundled with this copy of sbcoder."))
        elif p.location:
            lines.append(self.tr("Folder: %1").replace("%1", p.location))
        return "<br>".join(_escape(line) for line in lines)

    def details_text(self) -> str:
        """Plain-text version, pipeline and components, e.g. for a bug report."""
        p = self.pipeline
        lines = [f"sbcoder {self.version} ({sbcoder_licence()})"]
        if p.state == "loaded":
            lines.append(f"spaCy pipeline: {p.name} [{p.licence}] {p.location}".rstrip())
        else:
            lines.append(f"spaCy pipeline: {p.state}")
        table = self.components
        for row in range(table.rowCount()):
            name, ver, licence = (table.item(row, c).text() for c in range(3))
            lines.append(f"{name} {ver} ({licence})")
        return "\n".join(lines)

    def copy_details(self) -> None:
        """Put `details_text()` on the clipboard."""
        QGuiApplication.clipboard().setText(self.details_text())

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def show_about_dialog(window: QWidget) -> AboutDialog:
    """Open the About box over `window` (window-modal, without blocking the caller)."""
    dialog = AboutDialog(pipeline_about(getattr(window, "nlp_name", None)), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
