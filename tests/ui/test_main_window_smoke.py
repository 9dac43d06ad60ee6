"""The main window opens, creates a project and shows its codebook."""

from pathlib import Path


def test_new_project_shows_the_cimo_codes(make_window, tmp_path: Path) -> None:
    window = make_window()
    assert window.create_project(tmp_path / "p.sbc", "Demo", "cimo")
    names = {code.name for code in window.codes.values()}
    assert {"Context", "Interventie", "Mechanisme", "Outcome"} <= names
    assert "Demo" in window.windowTitle() and "p.sbc" in window.windowTitle()
    assert "Tester" in window.coder_label.text()


def test_run_gui_opens_the_project_it_is_given(qapp, tmp_path: Path, monkeypatch) -> None:
    import sys
    import types

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from sbcoder.core.project import Project
    from sbcoder.ui.app import install_language, run_gui
    from sbcoder.ui.main_window import MainWindow
    from sbcoder.ui.settings import AppSettings

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    fake_nlp = types.ModuleType("sbcoder.nlp.pipeline")  # spaCy need not load for this
    fake_nlp.get_pipeline = lambda: types.SimpleNamespace(name="nl_test")
    monkeypatch.setitem(sys.modules, "sbcoder.nlp.pipeline", fake_nlp)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    AppSettings().coder_name = "Cli"  # not a first start: no coder dialog
    with Project.create(tmp_path / "cli.sbc", name="Vanaf de CLI", template="empty"):
        pass
    seen: list[str] = []

    def look_and_quit() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen.extend(w.windowTitle() for w in windows if w.isVisible())
        for window in windows:
            window.close()
        QApplication.quit()

    QTimer.singleShot(200, look_and_quit)
    try:
        assert run_gui(str(tmp_path / "cli.sbc")) == 0
    finally:
        install_language("en")
        # Closing the last window also posted a Quit event; let one more (empty) run of
        # the application's loop take it, or every later dialog would return at once.
        QTimer.singleShot(0, QApplication.quit)
        QApplication.exec()
    assert any("Vanaf de CLI" in title and "cli.sbc" in title for title in seen)
