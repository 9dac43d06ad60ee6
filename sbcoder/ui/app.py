"""The desktop application: QApplication, translations, settings, the main window.

`run_gui(path)` is what `sbcoder gui [PROJECT]` and a bare `sbcoder` call.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from sbcoder import __version__
from sbcoder.resources import RESOURCES_DIR
from sbcoder.ui.settings import APPLICATION, ORGANISATION, AppSettings

I18N_DIR = RESOURCES_DIR / "i18n"

# The translators in use; kept here so a language switch can remove the old ones.
_installed: list[QTranslator] = []
_active_language = "en"


def system_language() -> str:
    """ "nl" when the system locale is Dutch (Netherlands, Belgium …), else "en"."""
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


def resolve_language(setting: str) -> str:
    """The language to show for a setting ("" means: follow the system)."""
    return setting if setting in ("nl", "en") else system_language()


def active_language() -> str:
    """The language the ui shows now ("nl" or "en")."""
    return _active_language


def install_language(language: str) -> str:
    """Install sbcoder's and Qt's own translations for `language` ("nl"/"en"/"").

    Replaces what was installed before, which makes Qt send LanguageChange to every
    widget; they retranslate themselves in changeEvent. Returns the language used.
    """
    global _active_language
    app = QCoreApplication.instance()
    language = resolve_language(language)
    if app is None:
        return language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(str(I18N_DIR / f"sbcoder_{language}.qm")):
        _installed.append(ours)
    # Qt's own strings (OK, Cancel, the file dialogs) come from Qt's translations.
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt.load(f"qtbase_{language}", qt_dir):
        _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    _active_language = language
    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English)
    )
    return language


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists), named so QSettings finds its file."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("sbcoder")
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def run_gui(project_path: str | None = None) -> int:
    """Start the desktop app, optionally opening `project_path`; returns the exit code."""
    from sbcoder.ui.main_window import MainWindow

    app = create_application()
    sys.excepthook = _show_unexpected_error
    settings = AppSettings()
    install_language(settings.language)
    window = MainWindow(settings)
    window.show()
    if not window.ensure_coder():
        return 0
    if project_path:
        window.open_project(Path(project_path))
    window.start_background_tasks()
    # Everything made so far (Qt wrappers, SQLAlchemy, spaCy's tables) lives as long as
    # the app: keep the collector from walking it again at every document opened.
    gc.freeze()
    return app.exec()


def _show_unexpected_error(kind: type[BaseException], error: BaseException, tb: object) -> None:
    """A bug anywhere in a slot: tell the user in one line, keep the trace on stderr."""
    import traceback

    from PySide6.QtWidgets import QMessageBox

    traceback.print_exception(kind, error, tb)  # type: ignore[arg-type]
    reason = (str(error).strip().splitlines() or [kind.__name__])[0]
    QMessageBox.critical(
        QApplication.activeWindow(),
        QCoreApplication.translate("MainWindow", "Unexpected error"),
        QCoreApplication.translate("MainWindow", "Something went wrong: %1").replace(
            "%1", f"{kind.__name__}: {reason}"
        ),
    )
