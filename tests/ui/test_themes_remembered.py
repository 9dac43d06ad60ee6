"""The themes dialog remembers the researcher's decisions: a code moved through the
"Move to" menu, a theme renamed in the tree and a code dropped with the button are
saved in the project at once, still apply after the dialog and the project were closed
and reopened, give what `sbcoder suggest-themes` prints, and "Forget my changes" clears
them. Accepting a theme parks what was decided about its codes, and Undo of the accept
gives it back. Fallback pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sbcoder.core.project import Project
from sbcoder.core.suggestions import suggest_remembered_themes
from sbcoder.core.theme_decisions import load_decisions
from sbcoder.ui.themes_tree import ID_ROLE, KIND_ROLE, LEFT_OUT

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
SUGGESTIONS = "sbcoder.ui.suggestions_menu"
PASSAGES = {
    "samen eten": "Elke week eten we samen een warme maaltijd in de buurtkamer.",
    "koffie": "De koffie staat klaar en bewoners drinken samen koffie in de buurtkamer.",
    "kookclub": "In de kookclub koken buren samen een maaltijd voor de straat.",
    "subsidie": "De subsidie van de gemeente loopt volgend jaar af, dan is het geld op.",
    "financiering": "We zoeken nieuwe financiering omdat het geld van de gemeente stopt.",
    "begroting": "Op de begroting is te weinig geld en de gemeente betaalt minder.",
    "speeltuin": "De kinderen spelen buiten op het plein en in de speeltuin.",
    "voetbal": "Op woensdag voetballen de kinderen samen op het veld bij het plein.",
}


pytestmark = pytest.mark.usefixtures("on_the_fallback_pipeline")


@pytest.fixture
def open_coded(tmp_path: Path) -> Path:
    """Eight open codes, one coded passage each: eating, money, children playing."""
    path = tmp_path / "open.sbc"
    with Project.create(path) as project:
        project.coders.set_current("Tester")
        text = "\n".join(PASSAGES.values())
        doc = project.documents.add_text("interview", text).value
        for name, passage in PASSAGES.items():
            code = project.codebook.create(name).value
            start = text.index(passage)
            project.quotations.code_span(doc.id, start, start + len(passage), code.id)
    return path


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_dialog(window):
    menu = window.features[SUGGESTIONS]
    menu.themes.trigger()
    assert menu.themes_dialog.isVisible()
    return menu.themes_dialog


def suggest(qtbot, dialog, count: int = 3) -> None:
    dialog.count_spin.setValue(count)
    click(qtbot, dialog.suggest_button)
    qtbot.waitUntil(lambda: dialog.task is None and bool(dialog.themes), timeout=30000)


def select_code(dialog, code_id: int) -> None:
    dialog.tree.setCurrentItem(dialog.code_item(code_id))
    assert dialog.current_code() == code_id


def shown(dialog) -> dict[str, list[tuple[str, str]]]:
    """The tree as the researcher reads it: group title -> [(code, second column)]."""
    tree = dialog.tree
    groups = {}
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        children = [item.child(i) for i in range(item.childCount())]
        groups[item.text(0)] = [(c.text(0), c.text(1)) for c in children]
    return groups


def test_decisions_survive_closing_the_dialog_and_the_project(
    make_window, qtbot, open_coded, messages
):
    window = make_window(open_coded)
    project = window.workbench.project
    ids = {c.name: c.id for c in project.codebook.tree()}
    dialog = open_dialog(window)
    assert not dialog.forget_button.isEnabled()  # nothing to forget yet
    suggest(qtbot, dialog)
    food = dialog.theme_of(ids["koffie"])
    assert dialog.theme_of(ids["subsidie"]) is not food

    # Move "subsidie" into the food theme through the "Move to" menu.
    select_code(dialog, ids["subsidie"])
    dialog.move_menu.aboutToShow.emit()
    target = next(a for a in dialog.move_menu.actions() if a.text() == food.label)
    target.trigger()
    key = dialog.theme_of(ids["subsidie"]).key
    together = dialog.theme(key).code_ids()
    assert set(together) == {ids["subsidie"], *food.code_ids()}
    # Rename the theme in the tree, as typing over its name does.
    dialog.code_item(ids["subsidie"]).parent().setText(0, "Ontmoeten bij eten")
    # Drop "begroting" with the button.
    select_code(dialog, ids["begroting"])
    click(qtbot, dialog.drop_button)
    assert dialog.theme_of(ids["begroting"]) is None
    # Saved at once, in the project.
    saved = load_decisions(project)
    assert saved.pinned == dict.fromkeys(together, key)  # the theme as it was made
    assert saved.dropped == {ids["begroting"]}
    assert saved.names[key].label == "Ontmoeten bij eten"
    assert dialog.forget_button.isEnabled()

    # Close the dialog, then the project; open the project and the dialog again.
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()
    assert window.open_project(open_coded), messages
    project = window.workbench.project
    again = open_dialog(window)
    assert again is not dialog and not again.themes
    remembered = f"codes pinned {len(together)}, dropped 1, theme names 1"
    assert remembered in again.summary.text()
    assert again.forget_button.isEnabled()
    suggest(qtbot, again)
    kept = again.theme_of(ids["subsidie"])
    assert kept.key == key and kept.label == "Ontmoeten bij eten"
    assert set(kept.code_ids()) == set(together)  # the food codes stayed with it
    assert again.theme_of(ids["begroting"]) is None
    tree = shown(again)
    assert ("subsidie", "pinned") in tree["Ontmoeten bij eten"]
    assert ("koffie", "pinned") in tree["Ontmoeten bij eten"]
    assert tree["Left out"] == [("begroting", "")]
    last = again.tree.topLevelItem(again.tree.topLevelItemCount() - 1)
    assert last.data(0, KIND_ROLE) == LEFT_OUT == last.data(0, ID_ROLE)
    # Exactly what `sbcoder suggest-themes --themes 3` prints.
    cli = suggest_remembered_themes(project, None, 3).report
    assert [(t.key, t.label, t.code_ids()) for t in again.themes] == [
        (t["key"], t["label"], [m["code_id"] for m in t["members"]]) for t in cli["themes"]
    ]
    suggest(qtbot, again, count=2)  # re-clustered again, without an edit in between
    cli = suggest_remembered_themes(project, None, 2).report
    assert [(t.key, t.label, t.code_ids()) for t in again.themes] == [
        (t["key"], t["label"], [m["code_id"] for m in t["members"]]) for t in cli["themes"]
    ]
    suggest(qtbot, again)
    SCREENSHOTS.mkdir(exist_ok=True)
    again.tree.setCurrentItem(again.code_item(ids["subsidie"]))
    QApplication.processEvents()
    # Below the themes, what the selected code is about: its quotations.
    preview = again.preview.toPlainText()
    assert preview.startswith("subsidie") and "1 quotation:" in preview
    assert PASSAGES["subsidie"] in preview and "interview" in preview
    again.tree.setCurrentItem(again.tree.topLevelItem(0))  # a theme: nothing to preview
    assert again.preview.toPlainText() == ""
    # A code deleted in the main window while still listed: no preview, no error box.
    shown_before = len(messages)
    window.workbench.execute(lambda: project.codebook.delete(ids["voetbal"], "delete-codings"))
    again.tree.setCurrentItem(again.code_item(ids["voetbal"]))
    assert again.preview.toPlainText() == "" and len(messages) == shown_before
    window.workbench.undo_stack.undo()
    again.tree.setCurrentItem(again.code_item(ids["subsidie"]))
    assert again.grab().save(str(SCREENSHOTS / "themes_dialog.png"))

    # Forget my changes (the question is answered Yes): cleared, and re-clustered.
    click(qtbot, again.forget_button)
    assert messages[-1][0] == "question"
    qtbot.waitUntil(lambda: again.task is None, timeout=30000)
    assert not load_decisions(project).has_review()
    assert again.pinned == {} and again.left_out == set()
    assert again.theme_of(ids["begroting"]) is not None
    assert "Left out" not in shown(again)
    assert not any(mark == "pinned" for codes in shown(again).values() for _c, mark in codes)
    assert "Ontmoeten bij eten" not in {t.label for t in again.themes}
    assert not again.forget_button.isEnabled()


def money_theme_shaped(qtbot, window):
    """Suggest, move "kookclub" into the money theme (pinned: the theme gets its own
    key) and call it "Geld". Returns the project, code ids by name, dialog and key."""
    project = window.workbench.project
    ids = {c.name: c.id for c in project.codebook.tree()}
    dialog = open_dialog(window)
    suggest(qtbot, dialog)
    money = dialog.theme_of(ids["financiering"])
    key = dialog.move_code(ids["kookclub"], money.key)
    dialog.rename_theme(key, "Geld")
    return project, ids, dialog, key


def test_accepting_a_theme_forgets_its_codes_and_keeps_them_out(make_window, qtbot, open_coded):
    window = make_window(open_coded)
    project, ids, dialog, key = money_theme_shaped(qtbot, window)
    dialog.drop_code(ids["begroting"])
    members = dialog.theme(key).code_ids()
    assert ids["kookclub"] in members and ids["begroting"] not in members
    theme_code = dialog.accept_suggested(key)
    assert project.codebook.get(theme_code).name == "Geld"
    saved = load_decisions(project)
    assert saved.pinned == {} and key not in saved.names  # its codes are not open codes
    assert saved.dropped == {ids["begroting"]}  # what else was decided stays
    assert saved.accepted == {theme_code: members}
    # Reopened, the accepted theme's codes are not suggested again …
    assert window.open_project(open_coded)
    again = open_dialog(window)
    suggest(qtbot, again, count=0)
    assert not {c for t in again.themes for c in t.code_ids()} & set(members)
    assert again.left_out == {ids["begroting"]}
    # … but one taken out of the theme code is an open code again.
    project = window.workbench.project
    window.workbench.execute(lambda: project.codebook.move(members[0], None))
    suggest(qtbot, again, count=0)
    assert again.theme_of(members[0]) is not None
    assert again.accepted == {theme_code: members}


def test_undo_of_an_accept_gives_the_theme_back_as_the_researcher_made_it(
    make_window, qtbot, open_coded
):
    window = make_window(open_coded)
    project, _ids, dialog, key = money_theme_shaped(qtbot, window)
    members = dialog.theme(key).code_ids()
    theme_code = dialog.accept_suggested(key)
    assert dialog.review.decisions.pinned == {}

    window.workbench.undo_stack.undo()  # Edit ▸ Undo in the main window
    assert theme_code not in {c.id for c in project.codebook.tree()}
    assert dialog.accepted == {}
    assert dialog.summary.text().startswith("The theme is undone")
    assert dialog.pinned == dict.fromkeys(members, key)
    suggest(qtbot, dialog)  # the theme is back, with its name and its pinned codes
    # One interview, each code on its own quotations: only the passages were weighed.
    assert dialog.summary.text().endswith("Also weighed: shared passages.")
    back = dialog.theme(key)
    assert back is not None and back.label == "Geld"
    assert set(back.code_ids()) == set(members)
    assert ("kookclub", "pinned") in shown(dialog)["Geld"]

    window.workbench.undo_stack.redo()  # accepted again: its codes are not suggested
    assert dialog.accepted == {theme_code: members}
    suggest(qtbot, dialog, count=0)
    assert not {c for t in dialog.themes for c in t.code_ids()} & set(members)
