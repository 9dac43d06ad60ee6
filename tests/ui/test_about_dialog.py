"""Help ▸ About: version (pyproject's), the components' licences, the active pipeline."""

from __future__ import annotations

import json
import tomllib
from importlib.metadata import version
from pathlib import Path

from PySide6.QtGui import QGuiApplication

import sbcoder
from sbcoder.ui import window_support
from sbcoder.ui.about_dialog import AboutDialog, pipeline_about

ROOT = Path(__file__).resolve().parents[2]


def open_about(window, qtbot) -> AboutDialog:
    """Trigger Help ▸ About as the user does and return the dialog it opened."""
    window.actions.about.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def table_rows(dialog: AboutDialog) -> dict[str, tuple[str, str]]:
    table = dialog.components
    return {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }


def test_about_shows_pyprojects_version_and_the_licences(make_window, qtbot) -> None:
    window = make_window()
    dialog = open_about(window, qtbot)
    with open(ROOT / "pyproject.toml", "rb") as handle:
        declared = tomllib.load(handle)["project"]["version"]
    assert sbcoder.__version__ == declared
    assert f"sbcoder {declared}" in dialog.title_label.text()
    assert dialog.windowTitle() == "About sbcoder"
    assert "GPL-3.0-or-later" in dialog.summary_label.text()
    rows = table_rows(dialog)
    assert rows["Qt / PySide6"] == (version("PySide6-Essentials"), "LGPL-3.0")
    assert rows["spaCy"] == (version("spacy"), "MIT")
    assert rows["SQLAlchemy"] == (version("SQLAlchemy"), "MIT")
    assert rows["openpyxl"] == (version("openpyxl"), "MIT")
    assert all(ver for ver, _licence in rows.values())  # only what is installed is listed
    # The window has not loaded spaCy (no background tasks here): About says so and
    # does not load it on the GUI thread.
    assert window.nlp_name is None
    assert "Not loaded yet" in dialog.pipeline_label.text()
    Path("screenshots").mkdir(exist_ok=True)
    dialog.grab().save("screenshots/about_dialog.png")
    dialog.close()


def test_about_names_the_loaded_pipeline_and_its_meta_licence(make_window, qtbot) -> None:
    window = make_window()
    window_support.load_nlp(window)  # what start-up does, in the background
    qtbot.waitUntil(lambda: window.nlp_name is not None, timeout=120_000)
    assert window.nlp_name, "the pipeline did not load"
    dialog = open_about(window, qtbot)
    about = dialog.pipeline
    text = dialog.pipeline_label.text()
    assert about.state == "loaded" and about.name in text
    assert about.name == window.nlp_name.split(" (")[0]
    from sbcoder.nlp.pipeline import get_pipeline

    loaded = get_pipeline()
    if loaded.is_fallback:
        assert "Fallback" in text and "MIT" in about.licence
    else:  # the licence is the one in the pipeline's own meta.json
        meta = json.loads((Path(loaded.nlp.path) / "meta.json").read_text(encoding="utf-8"))
        assert about.licence == meta["license"] and meta["license"] in text
        assert about.location == str(Path(loaded.nlp.path).resolve())
        assert about.location in text and not about.bundled
    dialog.grab().save("screenshots/about_dialog_pipeline.png")
    dialog.close()


def test_copy_details_for_a_bug_report(make_window, qtbot) -> None:
    dialog = open_about(make_window(), qtbot)
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.details_text()
    lines = copied.splitlines()
    assert lines[0].startswith(f"sbcoder {sbcoder.__version__} (")
    assert lines[1] == "spaCy pipeline: loading"
    assert f"spaCy {version('spacy')} (MIT)" in lines
    dialog.close()


def test_the_pipeline_states_without_a_pipeline() -> None:
    assert pipeline_about(None).state == "loading"
    assert pipeline_about("").state == "off"


def test_about_in_dutch(make_window, qtbot) -> None:
    dialog = open_about(make_window(language="nl"), qtbot)
    assert dialog.windowTitle() == "Over sbcoder"
    headers = [dialog.components.horizontalHeaderItem(c).text() for c in range(3)]
    assert headers == ["Onderdeel", "Versie", "Licentie"]
    assert "Nog niet geladen" in dialog.pipeline_label.text()
    dialog.grab().save("screenshots/about_dialog_nl.png")
    dialog.close()
