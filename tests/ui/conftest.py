import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sbcoder.core.project import Project


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    """A fresh project with the CIMO codebook and "Tester" as the current coder."""
    opened = Project.create(tmp_path / "test.sbc", template="cimo")
    opened.coders.set_current("Tester")
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes shown by the app, as (kind, text), instead of blocking modals.

    `question` answers Yes."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def recorder(kind: str, answer: QMessageBox.StandardButton) -> Callable[..., object]:
        def show(_parent: object, _title: str, text: str, *args: object, **kw: object) -> object:
            shown.append((kind, text))
            return answer

        return show

    ok = QMessageBox.StandardButton.Ok
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(recorder(kind, ok)))
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(recorder("question", QMessageBox.StandardButton.Yes))
    )
    monkeypatch.setattr(QMessageBox, "about", staticmethod(recorder("about", ok)))
    return shown


@pytest.fixture
def make_window(qtbot, tmp_path: Path, messages):
    """A factory of main windows with settings isolated in tmp_path (no coder dialog).

    make_window(project_path=None, coder="Tester", language="en") -> MainWindow
    """
    from PySide6.QtCore import QSettings

    from sbcoder.ui.app import create_application, install_language
    from sbcoder.ui.main_window import MainWindow
    from sbcoder.ui.settings import AppSettings

    # Also the default QSettings location, in case anything uses it.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    create_application()
    windows: list[MainWindow] = []

    def make(project_path: Path | str | None = None, coder: str = "Tester", language: str = "en"):
        settings = AppSettings(tmp_path / f"settings-{len(windows)}.ini")
        settings.coder_name = coder
        settings.language = language
        install_language(language)
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.show()
        window.ensure_coder()
        if project_path is not None:
            assert window.open_project(Path(project_path)), messages
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
    install_language("en")


@pytest.fixture
def answer_dialog(qtbot):
    """answer_dialog(fill) -> a list that gets the dialog: when the next modal dialog
    opens, `fill(dialog)` runs on it (fill it in, then accept or reject it)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def arm(fill: Callable[[object], None], timeout_ms: int = 5000) -> list[object]:
        seen: list[object] = []
        waited = [0]

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                waited[0] += 10
                if waited[0] < timeout_ms:
                    QTimer.singleShot(10, poll)
                return
            seen.append(dialog)
            fill(dialog)

        QTimer.singleShot(0, poll)
        return seen

    return arm


@pytest.fixture(scope="module")
def on_the_fallback_pipeline() -> Iterator[None]:
    """For a module of suggestion tests: the blank Dutch pipeline with lookup lemmas
    (every feature works on it, quickly), loaded once for the module rather than inside
    the first test's timeout; SBCODER_SPACY_MODEL is put back afterwards."""
    from sbcoder.nlp.pipeline import ENV_VAR, clear_pipeline_cache, get_pipeline

    saved = os.environ.pop(ENV_VAR, None)
    clear_pipeline_cache()
    get_pipeline()
    try:
        yield
    finally:
        if saved is not None:
            os.environ[ENV_VAR] = saved
        clear_pipeline_cache()
