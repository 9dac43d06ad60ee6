"""Translations: the committed Dutch .qm translates the ui, and it is up to date with
the sources (every tr() string translated, the .qm compiled from the .ts)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from sbcoder.ui.app import I18N_DIR, resolve_language, system_language

ROOT = Path(__file__).resolve().parents[2]
UI_SOURCES = sorted(str(p) for p in (ROOT / "sbcoder" / "ui").glob("*.py"))


def tool(name: str) -> str:
    """A Qt tool beside the interpreter (the venv), or on PATH; skip when missing."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (it comes with PySide6)")
    return found


def test_the_dutch_qm_translates_the_menus_and_panes(qapp) -> None:
    translator = QTranslator()
    assert translator.load(str(I18N_DIR / "sbcoder_nl.qm"))
    expected = {
        ("WindowActions", "&File"): "&Bestand",
        ("WindowActions", "&Edit"): "Be&werken",
        ("MainWindow", "Documents"): "Documenten",
        ("MainWindow", "NLP: not loaded"): "NLP: niet geladen",
        ("QuotationTableModel", "Quotation"): "Citaat",
        ("CodingController", "Select a passage in the document first"): (
            "Selecteer eerst een passage in het document"
        ),
    }
    for (context, source), dutch in expected.items():
        assert translator.translate(context, source) == dutch
    plural = translator.translate("DocumentsController", "%n document(s) imported", None, 3)
    assert plural == "%n documenten geïmporteerd"


def test_every_string_of_the_ui_is_translated_and_the_qm_is_current(tmp_path) -> None:
    lupdate, lrelease = tool("pyside6-lupdate"), tool("pyside6-lrelease")
    ts = tmp_path / "sbcoder_nl.ts"
    shutil.copy(I18N_DIR / "sbcoder_nl.ts", ts)
    subprocess.run([lupdate, *UI_SOURCES, "-ts", str(ts)], check=True, capture_output=True)
    untranslated = [
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    assert not untranslated, f"not translated into Dutch: {untranslated}"
    qm = tmp_path / "sbcoder_nl.qm"
    subprocess.run(
        [lrelease, str(I18N_DIR / "sbcoder_nl.ts"), "-qm", str(qm)], check=True, capture_output=True
    )
    assert qm.read_bytes() == (I18N_DIR / "sbcoder_nl.qm").read_bytes(), (
        "resources/i18n/sbcoder_nl.qm is older than its .ts: run pyside6-lrelease"
    )


def test_the_language_setting_falls_back_to_the_system_locale() -> None:
    assert resolve_language("nl") == "nl"
    assert resolve_language("en") == "en"
    assert resolve_language("") == system_language() in ("nl", "en")
