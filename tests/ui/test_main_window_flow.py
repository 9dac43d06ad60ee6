"""The whole workbench flow, driven through the real widgets: new project, import,
code five ways, undo/redo, memo, search, language switch, reopen."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"

INTERVIEW = (
    "Interviewer: Hoe is het buurthuis ontstaan?\n\n"
    "Respondent: Eerst moest er vertrouwen komen. 😀 Mensen kenden elkaar niet en "
    "de binnentuin was afgesloten. Door samen te eten leerden we elkaar kennen.\n\n"
    "Interviewer: Wat heeft het opgeleverd?\n\n"
    "Respondent: Bewoners nemen nu zelf initiatief, dat noem ik eigenaarschap. "
    "Maar de financiering is elk jaar weer onzeker.\n"
)


def shot(window, name: str) -> Path:
    """Save a screenshot of the window under screenshots/ (git-ignored)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()  # pending layouts (after a language switch) first
    path = SCREENSHOTS / f"{name}.png"
    assert window.grab().save(str(path))
    return path


def write_inputs(folder: Path) -> list[Path]:
    """Two .txt transcripts (one with emoji), one .docx, a duplicate and a broken file."""
    folder.mkdir()
    first = folder / "interview-almere.txt"
    first.write_text(INTERVIEW, encoding="utf-8")
    second = folder / "interview-ermelo.txt"
    second.write_text(
        "Respondent: De buurtverbinder is een brug tussen leefwereld en systeemwereld.\n"
        "Vertrouwen groeit langzaam, maar het groeit.\n",
        encoding="utf-8",
    )
    word = folder / "werkblad-lelystad.docx"
    document = docx.Document()
    document.add_paragraph("Werkblad Lelystad")
    document.add_paragraph("We organiseren een burendag zodat bewoners elkaar ontmoeten.")
    document.save(str(word))
    duplicate = folder / "kopie-almere.txt"
    duplicate.write_text(INTERVIEW, encoding="utf-8")
    broken = folder / "kapot.docx"
    broken.write_bytes(b"PK\x03\x04 this is not a real docx")
    return [first, second, word, duplicate, broken]


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where a user would make it (shortcuts need the active window)."""
    top = widget.window()
    if not top.isActiveWindow():
        top.activateWindow()
        qtbot.waitUntil(top.isActiveWindow)
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)


def code_id(window, path: str) -> int:
    return next(c.id for c in window.codes.values() if c.path == path)


def quotations(window, **filters):
    return window.workbench.project.quotations.list(**filters)


def select_in_view(window, needle: str) -> tuple[int, int]:
    text = window.document_view.text()
    start = text.index(needle)
    window.document_view.select_span(start, start + len(needle))
    assert window.document_view.selected_text() == needle
    return start, start + len(needle)


def drop_codes_on_selection(window, code_ids: list[int]) -> None:
    """Drop a drag from the code tree onto the selected text, as Qt delivers it."""
    pane = window.code_pane
    indexes = [pane.model.index_of(c) for c in code_ids]
    mime: QMimeData = pane.model.mimeData(indexes)
    edit = window.document_view.text_edit
    point = QPointF(edit.cursorRect().center() - QPoint(3, 0))
    args = (mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    viewport = edit.viewport()
    at = point.toPoint()
    QApplication.sendEvent(viewport, QDragEnterEvent(at, Qt.DropAction.CopyAction, *args))
    QApplication.sendEvent(viewport, QDragMoveEvent(at, Qt.DropAction.CopyAction, *args))
    event = QDropEvent(point, Qt.DropAction.CopyAction, *args)
    QApplication.sendEvent(viewport, event)
    assert event.isAccepted()


@pytest.mark.slow
def test_the_whole_coding_flow(make_window, answer_dialog, messages, qtbot, tmp_path) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    shot(window, "01-empty")

    # -- New project (CIMO) through the File menu's dialog -----------------------------
    project_path = tmp_path / "samen-buurten.sbc"

    def fill_new(dialog) -> None:
        dialog.name_edit.setText("Samen Buurten")
        dialog.path_edit.setText(str(project_path))
        assert dialog.cimo_radio.isChecked()
        dialog.accept()

    answer_dialog(fill_new)
    window.actions.new_project.trigger()
    assert window.workbench.project is not None
    assert "Samen Buurten" in window.windowTitle() and str(project_path) in window.windowTitle()
    assert code_id(window, "Mechanisme/Versterkend/Vertrouwen")

    # -- Import: a background worker, then a summary of duplicates and failures --------
    files = write_inputs(tmp_path / "in")
    assert window.documents.import_files([str(p) for p in files])
    assert window.progress_panel.isVisible()
    qtbot.waitUntil(lambda: window.documents.import_task is None, timeout=20000)
    summary = window.documents.last_summary
    assert len(summary.imported) == 3
    assert [Path(f).name for f, _ in summary.duplicates] == ["kopie-almere.txt"]
    assert [Path(f.path).name for f in summary.failures] == ["kapot.docx"]
    box = window.findChild(QMessageBox, "importSummary")
    assert box is not None and "1" in box.text()
    box.close()
    names = [d.name for d in window.documents_pane.model.documents()]
    assert set(names) == {"interview-almere", "interview-ermelo", "werkblad-lelystad"}
    assert window.actions.undo.text().startswith("&Undo Import")

    # Open the first interview from the documents pane.
    almere = window.workbench.project.documents.by_name("interview-almere")
    index = window.documents_pane.model.document_index(almere.id)
    window.documents_pane.view.scrollTo(index)
    rect = window.documents_pane.view.visualRect(index)
    qtbot.mouseClick(
        window.documents_pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    assert window.document_view.document_id == almere.id
    assert "interview-almere" in window.document_label.text()

    # -- (a) drag a code onto the selected text -----------------------------------------
    trust = code_id(window, "Mechanisme/Versterkend/Vertrouwen")
    span_a = select_in_view(window, "Eerst moest er vertrouwen komen.")
    drop_codes_on_selection(window, [trust])
    made = quotations(window, document_id=almere.id)
    assert [(q.start, q.end, q.code_ids) for q in made] == [(*span_a, (trust,))]
    assert made[0].text == "Eerst moest er vertrouwen komen."
    assert made[0].coder_name == "Tester"

    # -- (b) Enter on a code in the tree, with a selection made by keyboard -------------
    edit = window.document_view.text_edit
    text = window.document_view.text()
    edit.setFocus()
    start_b = text.index("Mensen kenden")
    cursor = edit.textCursor()
    cursor.setPosition(start_b + 1)  # one astral emoji before: UTF-16 is one ahead
    edit.setTextCursor(cursor)
    for _ in range(len("Mensen kenden elkaar niet")):
        qtbot.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert window.document_view.selected_text() == "Mensen kenden elkaar niet"
    context = code_id(window, "Context/Behoefte aan sociale verbinding")
    window.code_pane.select_code(context)
    press(qtbot, window.code_pane.view, Qt.Key.Key_Return)
    coded_b = [q for q in quotations(window, document_id=almere.id) if context in q.code_ids]
    assert [q.text for q in coded_b] == ["Mensen kenden elkaar niet"]

    # ... and a double-click on a code
    span_dbl = select_in_view(window, "samen te eten")
    activity = code_id(window, "Interventie/Laagdrempelige activiteiten")
    window.code_pane.select_code(activity)
    tree = window.code_pane.view
    index = window.code_pane.proxy.mapFromSource(window.code_pane.model.index_of(activity))
    tree.scrollTo(index)
    center = tree.visualRect(index).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=center)  # as a real
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=center)  # double-click
    assert any(
        (q.start, q.end) == span_dbl and activity in q.code_ids
        for q in quotations(window, document_id=almere.id)
    )

    # -- (c) Ctrl+L applies the last-used code again ------------------------------------
    span_c = select_in_view(window, "de binnentuin was afgesloten")
    press(qtbot, edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert any(
        (q.start, q.end) == span_c and q.code_ids == (activity,)
        for q in quotations(window, document_id=almere.id)
    )

    # -- (d) in-vivo coding: a new code named by the selection, under "In vivo" ---------
    assert "In vivo" in window.actions.in_vivo.text()
    span_d = select_in_view(window, "eigenaarschap")
    press(qtbot, edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    in_vivo = code_id(window, "In vivo/eigenaarschap")
    assert any((q.start, q.end, q.code_ids) == (*span_d, (in_vivo,)) for q in quotations(window))
    assert "In vivo" in window.statusBar().currentMessage()

    # -- (e) "new code…" from the selection ----------------------------------------------
    span_e = select_in_view(window, "de financiering is elk jaar weer onzeker")

    def fill_code(dialog) -> None:
        dialog.name_edit.setText("Onzekere financiering")
        dialog.parent_combo.setCurrentIndex(
            dialog.parent_combo.findData(code_id(window, "Mechanisme/Remmend"))
        )
        dialog.accept()

    answer_dialog(fill_code)
    press(
        qtbot,
        edit,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    funding = code_id(window, "Mechanisme/Remmend/Onzekere financiering")
    assert any((q.start, q.end, q.code_ids) == (*span_e, (funding,)) for q in quotations(window))
    shot(window, "02-coded")

    # -- undo / redo through the keyboard, labels in the Edit menu ----------------------
    count = len(quotations(window))
    assert "Onzekere financiering" in window.actions.undo.text()
    press(qtbot, edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(quotations(window)) == count - 1
    assert funding not in window.codes  # the new code went with its undo step
    assert "Onzekere financiering" in window.actions.redo.text()
    press(
        qtbot,
        edit,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(quotations(window)) == count
    assert code_id(window, "Mechanisme/Remmend/Onzekere financiering") == funding

    # -- a quotation: memo, another code, remove, resize, delete --------------------------
    first = next(q for q in quotations(window) if (q.start, q.end) == span_a)
    window.set_current_quotation(first.id)
    answer_dialog(lambda d: (d.editor.setPlainText("Vertrouwen als voorwaarde"), d.accept()))
    press(qtbot, edit, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.workbench.project.quotations.get(first.id).memo == "Vertrouwen als voorwaarde"
    window.code_pane.select_code(trust)  # the quotations pane lists Vertrouwen's quotations
    row = window.quotations_pane.model.row_of(first.id)
    assert window.quotations_pane.model.index(row, 4).data() == "Vertrouwen als voorwaarde"

    select_in_view(window, "Eerst moest er vertrouwen")
    press(qtbot, edit, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    resized = window.workbench.project.quotations.get(first.id)
    assert resized.text == "Eerst moest er vertrouwen"
    press(qtbot, edit, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    assert window.workbench.project.quotations.get(first.id).code_ids == ()
    press(qtbot, edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.workbench.project.quotations.get(first.id).code_ids == (trust,)
    press(qtbot, edit, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert all(q.id != first.id for q in quotations(window))
    press(qtbot, edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.workbench.project.quotations.get(first.id).memo == "Vertrouwen als voorwaarde"

    # -- project-wide search: open a hit and code it --------------------------------------
    press(
        qtbot,
        edit,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.search_pane.query_edit.hasFocus()
    qtbot.keyClicks(window.search_pane.query_edit, "vertrouwen")
    qtbot.keyClick(window.search_pane.query_edit, Qt.Key.Key_Return)
    hits = window.search_pane.hits
    assert {h.document_name for h in hits} == {"interview-almere", "interview-ermelo"}
    ermelo_hit = next(h for h in hits if h.document_name == "interview-ermelo")
    item = window.search_pane.results.topLevelItem(hits.index(ermelo_hit))
    window.search_pane.results.itemActivated.emit(item, 0)
    assert window.document_view.selected_text() == "Vertrouwen"
    window.code_pane.select_code(trust)
    press(qtbot, window.code_pane.view, Qt.Key.Key_Return)
    ermelo_quotes = quotations(window, document_id=ermelo_hit.document_id)
    assert [(q.text, q.code_ids) for q in ermelo_quotes] == [("Vertrouwen", (trust,))]
    shot(window, "03-search")

    # -- switch the language to Dutch in the settings dialog ------------------------------
    file_menu = window.actions.menus["file"]
    assert file_menu.title() == "&File"

    def choose_dutch(dialog) -> None:
        dialog.choose_language("nl")
        dialog.accept()

    answer_dialog(choose_dutch)
    window.actions.settings.trigger()
    # Qt posts LanguageChange to every widget; each retranslates itself when it arrives.
    qtbot.waitUntil(lambda: window.docks["documents"].windowTitle() == "Documenten")
    assert file_menu.title() == "&Bestand"
    assert window.docks["codes"].windowTitle() == "Codes"
    assert window.docks["documents"].windowTitle() == "Documenten"
    assert window.coder_label.text() == "Codeur: Tester"
    shot(window, "04-dutch")

    # -- close, reopen from the recent list, and find everything there ------------------
    before = {(q.document_name, q.start, q.end, q.code_ids, q.memo) for q in quotations(window)}
    code_paths = {c.path for c in window.codes.values()}
    window.actions.close_project.trigger()
    assert window.workbench.project is None
    assert window.centre.currentWidget() is window.welcome
    assert window.welcome.recent.count() == 1
    shot(window, "05-welcome")
    recent = [a for a in window.actions.recent_menu.actions() if "samen-buurten" in a.text()]
    recent[0].trigger()
    assert window.workbench.project is not None
    after = {(q.document_name, q.start, q.end, q.code_ids, q.memo) for q in quotations(window)}
    assert after == before
    assert {c.path for c in window.codes.values()} == code_paths
    assert window.codes[trust].quotation_count == 2
    assert not messages, messages  # nothing went wrong along the way
