"""The workbench beyond the main flow: first start, background import with Cancel,
errors as one-line messages, a project in use, NLP status, drops, big documents."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from sbcoder.core.changes import Changes
from sbcoder.core.project import Project
from sbcoder.ui.settings import AppSettings


def make_project(tmp_path: Path, texts: dict[str, str], template: str = "cimo") -> Path:
    path = tmp_path / "more.sbc"
    with Project.create(path, name="More", template=template) as project:
        for name, text in texts.items():
            project.documents.add_text(name, text)
    return path


def test_first_start_asks_for_the_coder_and_remembers_it(
    make_window, answer_dialog, tmp_path
) -> None:
    path = make_project(tmp_path, {"a": "Een tekst over de buurt."})
    seen = answer_dialog(lambda d: (d.name_edit.setCurrentText("  Anna  de Vries "), d.accept()))
    window = make_window(path, coder="")
    assert seen and seen[0].objectName() == "coderDialog"
    assert window.settings.coder_name == "Anna de Vries"
    assert AppSettings(window.settings.file_name).coder_name == "Anna de Vries"
    assert window.coder_label.text() == "Coder: Anna de Vries"
    doc = window.workbench.project.documents.by_name("a")
    window.open_document(doc.id)
    window.document_view.select_span(4, 9)
    assert window.coding.in_vivo()
    quote = window.workbench.project.quotations.list()[0]
    assert quote.coder_name == "Anna de Vries"
    assert {c.coder_id for c in quote.codings} == {quote.coder_id}


def test_import_runs_in_the_background_and_can_be_cancelled(make_window, qtbot, tmp_path) -> None:
    window = make_window()
    assert window.create_project(tmp_path / "big.sbc", "Big", "empty")
    folder = tmp_path / "many"
    folder.mkdir()
    paths = []
    for n in range(300):
        path = folder / f"interview-{n:03}.txt"
        path.write_text(f"Interview {n}: " + "de buurt leeft. " * 200, encoding="utf-8")
        paths.append(str(path))
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    assert window.documents.import_files(paths)
    panel = window.progress_panel
    assert panel.isVisible() and panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: panel.bar.value() >= 3, timeout=20000)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.documents.import_task is None, timeout=20000)
    timer.stop()
    summary = window.documents.last_summary
    assert summary.cancelled
    assert 3 <= len(summary.imported) < 300
    assert not panel.isVisible()
    assert len(ticks) >= 3  # the GUI thread kept running its timers during the import
    shown = window.documents_pane.model.documents()
    assert len(shown) == len(summary.imported)
    # One undo step takes the whole (partial) import back.
    window.workbench.undo_stack.undo()
    assert window.documents_pane.model.documents() == []


def test_a_broken_project_file_gives_a_one_line_message(make_window, messages, tmp_path) -> None:
    bad = tmp_path / "kapot.sbc"
    bad.write_bytes(b"this is not a database" * 100)
    window = make_window()
    assert not window.open_project(bad)
    assert window.workbench.project is None
    assert len(messages) == 1
    kind, text = messages[0]
    assert kind == "warning" and "kapot.sbc" in text and "\n" not in text
    assert "Traceback" not in text
    assert bad.read_bytes() == b"this is not a database" * 100  # left untouched


def test_a_refused_edit_is_a_message_not_a_crash(make_window, messages, tmp_path) -> None:
    window = make_window(make_project(tmp_path, {"a": "Tekst"}))
    context = next(c.id for c in window.codes.values() if c.path == "Context")
    assert not window.code_actions.rename(context, "Interventie")
    assert messages and "Interventie" in messages[-1][1]
    assert window.codes[context].name == "Context"


def test_a_project_open_elsewhere_is_warned_about(make_window, messages, tmp_path) -> None:
    path = make_project(tmp_path, {"a": "Tekst"})
    first = make_window(path)
    assert first.workbench.project.in_use_warning is None
    second = make_window(path)
    warning = second.workbench.project.in_use_warning
    if warning is None:
        pytest.skip("the lock does not see a second opener in the same process")
    assert ("warning", warning) in messages


def test_nlp_status_comes_from_a_background_load(make_window, qtbot, monkeypatch) -> None:
    import threading

    may_finish = threading.Event()  # the load takes as long as the test wants

    def slow_load():
        may_finish.wait(10)
        return types.SimpleNamespace(name="nl_fake 1.0 (/models/nl_fake)")

    fake = types.ModuleType("sbcoder.nlp.pipeline")
    fake.get_pipeline = slow_load
    monkeypatch.setitem(sys.modules, "sbcoder.nlp.pipeline", fake)
    window = make_window()
    assert window.nlp_label.text() == "NLP: not loaded"
    window.start_background_tasks()
    qtbot.waitUntil(lambda: window.nlp_label.text() == "NLP: loading…", timeout=10000)
    may_finish.set()
    qtbot.waitUntil(lambda: window.nlp_label.text() == "NLP: nl_fake 1.0", timeout=10000)
    assert "/models/nl_fake" in window.nlp_label.toolTip()

    def broken():
        raise RuntimeError("no spaCy")

    fake.get_pipeline = broken
    window.start_background_tasks()
    qtbot.waitUntil(lambda: window.nlp_label.text() == "NLP off", timeout=10000)


def test_files_dropped_on_a_group_are_imported_into_it(make_window, qtbot, tmp_path) -> None:
    window = make_window(make_project(tmp_path, {}, template="empty"))
    project = window.workbench.project
    group = project.organising.create_group("Almere").value
    window.workbench.notify(Changes.of("groups"))
    dropped = tmp_path / "drop.txt"
    dropped.write_text("Een gesprek in Almere.", encoding="utf-8")
    view = window.documents_pane.view
    group_row = window.documents_pane.model.index(1, 0)
    assert group_row.data() == "Almere"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    point = QPointF(view.visualRect(group_row).center())
    args = (mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    viewport = view.viewport()
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, *args)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(
        viewport, QDragMoveEvent(point.toPoint(), Qt.DropAction.CopyAction, *args)
    )
    event = QDropEvent(point, Qt.DropAction.CopyAction, *args)
    QApplication.sendEvent(viewport, event)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: window.documents.import_task is None, timeout=10000)
    doc = project.documents.by_name("drop")
    assert doc.group_ids == (group.id,)


def test_double_click_in_the_quotations_pane_jumps_to_the_passage(
    make_window, qtbot, tmp_path
) -> None:
    texts = {"a": "Eerste document over vertrouwen.", "b": "Tweede: " + "x " * 3000 + "het slot."}
    window = make_window(make_project(tmp_path, texts))
    project = window.workbench.project
    trust = next(c.id for c in window.codes.values() if c.name == "Vertrouwen")
    b = project.documents.by_name("b")
    start = texts["b"].index("het slot")
    project.quotations.create(b.id, start, start + 8, [trust])
    window.refresh(Changes.of("quotations"))
    window.open_document(project.documents.by_name("a").id)
    window.code_pane.select_code(trust)
    pane = window.quotations_pane
    assert pane.model.rowCount() == 1
    rect = pane.view.visualRect(pane.model.index(0, 0))
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.document_view.document_id == b.id
    assert window.document_view.selected_text() == "het slot"
    assert window.current_quotation_id == pane.model.quotation(0).id


@pytest.mark.slow
def test_a_million_characters_open_whole_and_can_be_coded(make_window, tmp_path) -> None:
    line = "Bewoner 😀: we ontmoeten elkaar in de binnentuin en dat geeft vertrouwen.\n"
    text = line * (1_000_000 // len(line) + 1)
    assert len(text) >= 1_000_000
    window = make_window(make_project(tmp_path, {"groot": text}))
    doc = window.workbench.project.documents.by_name("groot")
    window.open_document(doc.id)
    assert window.document_view.text() == text
    start = text.rindex("binnentuin")
    window.document_view.select_span(start, start + len("binnentuin"))
    window.code_pane.select_code(
        next(c.id for c in window.codes.values() if c.name == "Gedeelde ruimtes")
    )
    assert window.coding.apply_selected_code()
    quote = window.workbench.project.quotations.list(document_id=doc.id)[0]
    assert (quote.start, quote.text) == (start, "binnentuin")


def test_every_coding_action_has_a_shortcut_shown_in_the_code_menu(make_window) -> None:
    window = make_window()
    menu_actions = window.actions.menus["code"].actions()
    for name in (
        "apply_code",
        "apply_last_code",
        "in_vivo",
        "new_code_from_selection",
        "remove_code",
        "edit_quotation_memo",
        "resize_quotation",
        "delete_quotation",
        "choose_code",
    ):
        action = window.actions.actions[name]
        assert action in menu_actions
        assert not action.shortcut().isEmpty(), name
    undo = window.actions.actions["undo"]
    assert undo.shortcut().toString() == "Ctrl+Z"
    assert window.actions.actions["redo"].shortcut().toString() == "Ctrl+Shift+Z"


def test_scrolling_and_repainting_do_no_database_queries(make_window, tmp_path) -> None:
    from sqlalchemy import event

    text = "".join(f"Regel {n}: we ontmoeten elkaar in de buurt.\n" for n in range(3000))
    window = make_window(make_project(tmp_path, {"lang": text}))
    project = window.workbench.project
    doc = project.documents.by_name("lang")
    trust = next(c.id for c in window.codes.values() if c.name == "Vertrouwen")
    spans = [(doc.id, n * 40, n * 40 + 20) for n in range(0, 3000, 7)]
    project.quotations.code_spans(spans, trust)
    window.refresh(Changes.of("quotations", "codings"))
    window.open_document(doc.id)
    window.code_pane.select_code(trust)
    window.grab()
    statements: list[str] = []
    event.listen(project.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    bar = window.document_view.text_edit.verticalScrollBar()
    for value in range(0, bar.maximum(), max(1, bar.maximum() // 40)):
        bar.setValue(value)
        window.grab()
    window.quotations_pane.view.verticalScrollBar().setValue(200)
    window.code_pane.view.verticalScrollBar().setValue(10)
    window.grab()
    assert statements == []
    project.documents.list()  # the listener does see queries
    assert statements


def test_coding_with_the_keyboard_only(make_window, qtbot, tmp_path) -> None:
    text = "Eerst vertrouwen, dan eigenaarschap en samen eten."
    window = make_window(make_project(tmp_path, {"a": text}))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_document(window.workbench.project.documents.by_name("a").id)
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window, Qt.Key.Key_2, ctrl)  # View ▸ Go to document text
    edit = window.document_view.text_edit
    assert edit.hasFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Home, ctrl)
    for _ in range(6):
        qtbot.keyClick(edit, Qt.Key.Key_Right)
    for _ in range(len("vertrouwen")):
        qtbot.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(edit, Qt.Key.Key_K, ctrl)  # choose a code by typing
    assert window.code_pane.filter_edit.hasFocus()
    qtbot.keyClicks(window.code_pane.filter_edit, "vertrouw")
    qtbot.keyClick(window.code_pane.filter_edit, Qt.Key.Key_Return)
    assert edit.hasFocus()  # back in the text, ready for the next passage
    quote = window.workbench.project.quotations.list()[0]
    assert (quote.text, window.codes[quote.code_ids[0]].name) == ("vertrouwen", "Vertrouwen")
    # Return in the text applies the code selected in the tree to a new selection.
    start = text.index("eigenaarschap")
    window.document_view.select_span(start, start + len("eigenaarschap"))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert [q.text for q in window.workbench.project.quotations.list()] == [
        "vertrouwen",
        "eigenaarschap",
    ]
    # Ctrl+F opens the document's find bar.
    qtbot.keyClick(edit, Qt.Key.Key_F, ctrl)
    assert window.document_view.find_bar.isVisible()
    window.document_view.find_bar.close_bar()
    window.code_pane.view.setFocus()  # from a pane too
    qtbot.keyClick(window.code_pane.view, Qt.Key.Key_F, ctrl)
    assert window.document_view.find_bar.isVisible()
