"""The code tree: model, filter, rename, drag to nest and reorder, create, delete
(with a policy), merge, recolour, description, memo, counts per coder — all undoable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLineEdit

from sbcoder.core.project import Project

TEXT = "Eerst vertrouwen, dan eigenaarschap. Daarna samen verder in de buurt."


def setup_window(make_window, tmp_path: Path):
    path = tmp_path / "tree.sbc"
    with Project.create(path, name="Tree", template="cimo") as project:
        project.documents.add_text("interview", TEXT)
    window = make_window(path)
    document = window.workbench.project.documents.by_name("interview")
    window.open_document(document.id)
    return window, document.id


def cid(window, path: str) -> int:
    return next(c.id for c in window.codes.values() if c.path == path)


def code_at(window, span: tuple[int, int], code_path: str) -> None:
    window.document_view.select_span(*span)
    assert window.coding.apply_code(cid(window, code_path))


def test_the_model_mirrors_the_codebook(make_window, tmp_path) -> None:
    window, _doc = setup_window(make_window, tmp_path)
    model = window.code_pane.model
    tree = window.workbench.project.codebook.tree()
    roots = [c for c in tree if c.parent_id is None]
    assert model.rowCount() == len(roots)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [c.name for c in roots]
    versterkend = model.index_of(cid(window, "Mechanisme/Versterkend"))
    assert model.parent(versterkend).data() == "Mechanisme"
    assert model.rowCount(versterkend) == len(model.code(versterkend.internalId()).child_ids)
    assert isinstance(
        model.index_of(cid(window, "Context")).data(Qt.ItemDataRole.DecorationRole), QIcon
    )
    tip = model.index_of(cid(window, "Mechanisme/Versterkend/Vertrouwen")).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "Mechanisme/Versterkend/Vertrouwen" in tip and "vertrouwen opbouwen" in tip


def test_counts_repaint_in_place_and_follow_the_coder_filter(make_window, tmp_path) -> None:
    window, _doc = setup_window(make_window, tmp_path)
    pane, model = window.code_pane, window.code_pane.model
    trust = cid(window, "Mechanisme/Versterkend/Vertrouwen")
    pane.view.expandAll()
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    code_at(window, (6, 16), "Mechanisme/Versterkend/Vertrouwen")
    assert model.index_of(trust, 1).data() == "1"
    assert not resets  # only counts changed: no reset, expansion kept
    assert pane.view.isExpanded(pane.proxy.mapFromSource(model.index_of(cid(window, "Mechanisme"))))
    window.change_coder("Bea")
    code_at(window, (22, 35), "Mechanisme/Versterkend/Vertrouwen")
    assert model.index_of(trust, 1).data() == "2"
    bea = window.workbench.project.coders.by_name("Bea").id
    window.coder_filter.choose(bea)
    assert model.index_of(trust, 1).data() == "1"
    assert [q.coder_name for q in window.quotations_pane.model._rows] == ["Bea"]
    window.coder_filter.choose(None)
    assert model.index_of(trust, 1).data() == "2"


def test_filter_keeps_parents_and_enter_applies_the_first_match(
    make_window, qtbot, tmp_path
) -> None:
    window, doc = setup_window(make_window, tmp_path)
    pane = window.code_pane
    window.document_view.select_span(22, 35)
    pane.focus_filter()
    qtbot.keyClicks(pane.filter_edit, "eigenaar")
    visible = []

    def walk(parent: QModelIndex) -> None:
        for row in range(pane.proxy.rowCount(parent)):
            index = pane.proxy.index(row, 0, parent)
            visible.append(index.data())
            walk(index)

    walk(QModelIndex())
    assert "Mechanisme" in visible and "Eigenaarschap" in visible and "Context" not in visible
    qtbot.keyClick(pane.filter_edit, Qt.Key.Key_Return)
    quotes = window.workbench.project.quotations.list(document_id=doc)
    assert [(q.text, q.code_ids) for q in quotes] == [
        ("eigenaarschap", (cid(window, "Mechanisme/Versterkend/Eigenaarschap"),))
    ]


def test_inline_rename_and_undo(make_window, qtbot, tmp_path) -> None:
    window, _doc = setup_window(make_window, tmp_path)
    pane = window.code_pane
    trust = cid(window, "Mechanisme/Versterkend/Vertrouwen")
    pane.select_code(trust)
    window.code_actions.start_rename()
    editor = pane.view.findChild(QLineEdit)
    assert editor is not None and editor.text() == "Vertrouwen"
    editor.setText("Vertrouwen opbouwen")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert window.codes[trust].name == "Vertrouwen opbouwen"
    assert window.workbench.project.codebook.get(trust).path.endswith("/Vertrouwen opbouwen")
    window.workbench.undo_stack.undo()
    assert window.codes[trust].name == "Vertrouwen"
    # A clash is refused with the core's one-line reason, and nothing changes.
    window.code_actions.rename(trust, "Eigenaarschap")
    assert window.codes[trust].name == "Vertrouwen"


def test_drag_nests_and_reorders(make_window, tmp_path) -> None:
    window, _doc = setup_window(make_window, tmp_path)
    model = window.code_pane.model
    trust = cid(window, "Mechanisme/Versterkend/Vertrouwen")
    outcome = cid(window, "Outcome")
    data = model.mimeData([model.index_of(trust)])
    assert bytes(data.data("application/x-sbcoder-code-ids").data()) == str(trust).encode()
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index_of(outcome))
    assert window.codes[trust].path == "Outcome/Vertrouwen"
    # Reorder: drop "Vertrouwen" between the first two root codes.
    model.dropMimeData(
        model.mimeData([model.index_of(trust)]), Qt.DropAction.MoveAction, 1, 0, QModelIndex()
    )
    roots = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert roots[:3] == ["Context", "Vertrouwen", "Interventie"]
    window.workbench.undo_stack.undo()
    window.workbench.undo_stack.undo()
    assert window.codes[trust].path == "Mechanisme/Versterkend/Vertrouwen"


def test_create_recolour_describe_memo(make_window, answer_dialog, tmp_path) -> None:
    window, _doc = setup_window(make_window, tmp_path)
    outcome = cid(window, "Outcome")
    window.code_pane.select_code(outcome)

    def fill(dialog) -> None:
        assert dialog.parent_combo.currentData() == outcome  # under the selected code
        dialog.name_edit.setText("Trots op de wijk")
        dialog.description_edit.setPlainText("Eerder signaleren")
        dialog.accept()

    answer_dialog(fill)
    window.actions.new_code.trigger()
    new = cid(window, "Outcome/Trots op de wijk")
    assert window.codes[new].description == "Eerder signaleren"
    assert window.code_pane.current_code_id() == new
    assert window.code_actions.recolor("#123456")
    assert window.codes[new].color == "#123456"
    answer_dialog(lambda d: (d.editor.setPlainText("Definitie"), d.accept()))
    window.actions.describe_code.trigger()
    answer_dialog(lambda d: (d.editor.setPlainText("Nog bespreken"), d.accept()))
    window.actions.code_memo.trigger()
    info = window.workbench.project.codebook.get(new)
    assert (info.description, info.memo) == ("Definitie", "Nog bespreken")
    stack = window.workbench.undo_stack
    while stack.canUndo():
        stack.undo()
    assert all(c.name != "Trots op de wijk" for c in window.codes.values())


def test_delete_asks_for_a_policy_when_in_use(make_window, answer_dialog, tmp_path) -> None:
    window, doc = setup_window(make_window, tmp_path)
    trust = cid(window, "Mechanisme/Versterkend/Vertrouwen")
    parent = cid(window, "Mechanisme/Versterkend")
    code_at(window, (6, 16), "Mechanisme/Versterkend/Vertrouwen")
    window.code_pane.select_code(trust)
    seen = answer_dialog(lambda d: (d.move_radio.setChecked(True), d.accept()))
    assert window.code_actions.delete()
    assert seen and seen[0].objectName() == "deleteCodeDialog"
    assert trust not in window.codes
    quote = window.workbench.project.quotations.list(document_id=doc)[0]
    assert quote.code_ids == (parent,)
    window.workbench.undo_stack.undo()
    assert window.workbench.project.quotations.get(quote.id).code_ids == (trust,)
    # An unused code goes without a question.
    window.code_pane.select_code(cid(window, "Mechanisme/Versterkend/Inclusiviteit"))
    assert window.code_actions.delete()
    assert all(c.name != "Inclusiviteit" for c in window.codes.values())


def test_merge_through_the_dialog(make_window, answer_dialog, tmp_path) -> None:
    window, doc = setup_window(make_window, tmp_path)
    code_at(window, (6, 16), "Mechanisme/Versterkend/Verbinden")
    source = cid(window, "Mechanisme/Versterkend/Verbinden")
    target = cid(window, "Mechanisme/Versterkend/Duurzame relaties")
    window.code_pane.select_code(source)

    def choose(dialog) -> None:
        dialog.filter_edit.setText("duurzame")
        dialog.choose(target)
        dialog.accept()

    answer_dialog(choose)
    window.actions.merge_code.trigger()
    assert source not in window.codes
    assert window.workbench.project.quotations.list(document_id=doc)[0].code_ids == (target,)
    assert "Verbinden" in window.actions.undo.text()
