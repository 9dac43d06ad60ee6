"""The user's settings: coder name, language, recent projects, a few preferences.

Stored through QSettings (the platform's place for them). Tests and portable
installs pass an explicit ini file so nothing leaks between users or test runs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION = "sbcoder"
APPLICATION = "sbcoder"
MAX_RECENT = 10
LANGUAGES = ("nl", "en")
# Where an in-vivo code goes: under a root code "In vivo", or beside the selected code.
IN_VIVO_UNDER_ROOT = "in-vivo-root"
IN_VIVO_BESIDE_SELECTED = "beside-selected"


class AppSettings:
    """Typed access to the settings; every getter has a sensible default."""

    def __init__(self, path: Path | str | None = None) -> None:
        if path is None:
            self._qs = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
            )
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def file_name(self) -> str:
        """Where the settings are kept (shown in the settings dialog)."""
        return self._qs.fileName()

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._qs.sync()

    # -- coder ------------------------------------------------------------------------
    @property
    def coder_name(self) -> str:
        """The coder recorded on new quotations; empty until the user gave one."""
        return str(self._qs.value("coder/name", "") or "").strip()

    @coder_name.setter
    def coder_name(self, name: str) -> None:
        self._qs.setValue("coder/name", name.strip())

    # -- language ---------------------------------------------------------------------
    @property
    def language(self) -> str:
        """ "nl", "en", or "" for the system locale's language."""
        value = str(self._qs.value("ui/language", "") or "")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value if value in LANGUAGES else "")

    # -- recent projects ---------------------------------------------------------------
    @property
    def recent_projects(self) -> list[str]:
        """Recently opened project files, newest first (missing files filtered out)."""
        raw = self._qs.value("projects/recent", []) or []
        items = [raw] if isinstance(raw, str) else list(raw)
        return [p for p in items if p and Path(p).exists()][:MAX_RECENT]

    def add_recent_project(self, path: Path | str) -> None:
        """Put a project first in the recent list."""
        entry = str(Path(path).resolve())
        items = [p for p in self.recent_projects if p != entry]
        self._qs.setValue("projects/recent", [entry, *items][:MAX_RECENT])

    def clear_recent_projects(self) -> None:
        """Forget the recent projects."""
        self._qs.setValue("projects/recent", [])

    @property
    def last_directory(self) -> str:
        """The folder of the last file dialog (projects and imports)."""
        return str(self._qs.value("paths/last_directory", "") or str(Path.home()))

    @last_directory.setter
    def last_directory(self, folder: Path | str) -> None:
        self._qs.setValue("paths/last_directory", str(folder))

    # -- coding preferences --------------------------------------------------------------
    @property
    def in_vivo_placement(self) -> str:
        """Where new in-vivo codes go (IN_VIVO_UNDER_ROOT or IN_VIVO_BESIDE_SELECTED)."""
        value = str(self._qs.value("coding/in_vivo_placement", IN_VIVO_UNDER_ROOT))
        return value if value == IN_VIVO_BESIDE_SELECTED else IN_VIVO_UNDER_ROOT

    @in_vivo_placement.setter
    def in_vivo_placement(self, value: str) -> None:
        self._qs.setValue("coding/in_vivo_placement", value)

    @property
    def window_state(self) -> tuple[bytes, bytes]:
        """The main window's saved geometry and dock layout (empty when none)."""
        geometry = self._qs.value("window/geometry", b"") or b""
        state = self._qs.value("window/state", b"") or b""
        return bytes(geometry), bytes(state)

    def save_window_state(self, geometry: bytes, state: bytes) -> None:
        """Remember the main window's geometry and dock layout."""
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", state)
