"""Tools ▸ Suggestions through the real window, on the fallback pipeline (fast): themes
(move, pin, re-cluster, drop, accept, undo), the Code suggestions pane (debounced
ranking, one-click apply, rebuild after coding), Find more like this and lemma search
(auto-coding as one undo step). Effects are checked through the core."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sbcoder.core.project import Project
from sbcoder.nlp.pipeline import ENV_VAR
from tests.open_coding import build_open_coding

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
SUGGESTIONS = "sbcoder.ui.suggestions_menu"
STAND_IN = os.environ.get(ENV_VAR, "")  # read before the module fixture unsets it

# Three kinds of open codes, each with passages in its own words.
EXTRA = (
    "Op vrijdag eten buren samen een maaltijd en drinken ze koffie.\n"
    "Het geld van de gemeente is bijna op, de subsidie stopt.\n"
    "De kinderen spelen buiten op het plein.\n"
)


pytestmark = pytest.mark.usefixtures("on_the_fallback_pipeline")


def shot(widget, name: str) -> None:
    """Save a screenshot of a window or dialog under screenshots/."""
    SCREENSHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


@pytest.fixture
def open_coded(tmp_path: Path) -> Path:
    """An open-coding project: one interview, six codes, two coded passages each."""
    path = tmp_path / "open.sbc"
    build_open_coding(
        path, coder="Tester", document="interview-lelystad", extra=EXTRA, template="empty"
    )
    return path


def feature(window):
    return window.features[SUGGESTIONS]


def code_ids(project: Project) -> dict[str, int]:
    return {c.name: c.id for c in project.codebook.tree()}


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_suggested_themes_move_pin_recluster_drop_accept_undo(make_window, qtbot, open_coded):
    window = make_window(open_coded)
    project = window.workbench.project
    ids = code_ids(project)
    menu = feature(window)
    assert menu.menu.menuAction() in window.actions.menus["tools"].actions()
    menu.themes.trigger()
    dialog = menu.themes_dialog
    assert dialog.isVisible() and dialog.suggest_button.text() == "Suggest"
    click(qtbot, dialog.suggest_button)
    qtbot.waitUntil(lambda: bool(dialog.themes) and dialog.task is None, timeout=30000)
    assert dialog.suggest_button.text() == "Re-cluster"
    shown = sorted(c for theme in dialog.themes for c in theme.code_ids())
    assert shown == sorted(ids.values())  # every open code in exactly one theme
    assert dialog.tree.topLevelItemCount() == len(dialog.themes) >= 2

    # Move "subsidie" into the theme of "koffie": pinned there.
    food = dialog.theme_of(ids["koffie"])
    key = dialog.move_code(ids["subsidie"], food.key)
    assert dialog.pinned[ids["subsidie"]] == key
    assert ids["subsidie"] in dialog.theme(key).code_ids()
    item = dialog.code_item(ids["subsidie"])
    assert item.parent().data(0, Qt.ItemDataRole.UserRole + 1) == key
    assert item.text(1) == "pinned"
    # Rename the theme as a user would, in the tree.
    theme_item = item.parent()
    theme_item.setText(0, "Ontmoeten  bij eten")
    assert dialog.theme(key).label == "Ontmoeten bij eten"
    # Drop "begroting": it is left out of every theme.
    dialog.drop_code(ids["begroting"])
    assert dialog.theme_of(ids["begroting"]) is None
    shot(dialog, "suggestions-themes-edited")

    dialog.count_spin.setValue(2)
    click(qtbot, dialog.suggest_button)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30000)
    kept = dialog.theme_of(ids["subsidie"])
    assert kept is not None and kept.key == key and kept.label == "Ontmoeten bij eten"
    assert dialog.theme_of(ids["begroting"]) is None and ids["begroting"] in dialog.left_out
    assert len(dialog.themes) == 2

    # Accept the pinned theme: a new code with the members under it, one undo step.
    members = kept.code_ids()
    theme_code = dialog.accept_suggested(key)
    assert theme_code is not None
    assert project.codebook.get(theme_code).name == "Ontmoeten bij eten"
    assert all(project.codebook.get(c).parent_id == theme_code for c in members)
    assert window.codes[theme_code].child_ids  # the code tree shows it
    assert dialog.theme(key) is None
    shot(window, "suggestions-theme-accepted")
    window.actions.undo.trigger()
    assert all(project.codebook.get(c).parent_id is None for c in members)
    assert theme_code not in code_ids(project).values()
    assert theme_code not in dialog.accepted  # its codes may be suggested again
    dialog.close()


def test_code_suggestions_pane_ranks_the_selection_and_applies_a_code(
    make_window, qtbot, open_coded
):
    window = make_window(open_coded)
    project = window.workbench.project
    ids = code_ids(project)
    menu = feature(window)
    assert not menu.dock.isVisible()
    menu.pane_toggle.trigger()
    pane = menu.pane
    assert menu.dock.isVisible()
    qtbot.waitUntil(lambda: pane.suggester is not None, timeout=30000)
    doc = project.documents.by_name("interview-lelystad")
    window.open_document(doc.id)
    text = window.document_view.text()
    needle = "Op vrijdag eten buren samen een maaltijd en drinken ze koffie."
    start = text.index(needle)
    with qtbot.waitSignal(pane.ranked, timeout=10000):
        window.document_view.select_span(start, start + len(needle))
    ranked = [s["code_id"] for s in pane.suggestions]
    assert ranked, pane.hint.text()
    food = {ids["samen eten"], ids["koffie"], ids["kookclub"]}
    assert ranked[0] in food
    scores = [s["score"] for s in pane.suggestions]
    assert scores == sorted(scores, reverse=True)
    assert pane.table.rowCount() == len(ranked)
    assert pane.table.item(0, 0).text() == window.codes[ranked[0]].path
    shot(window, "suggestions-pane")

    # One click on Apply codes the selection with that code.
    before = len(project.quotations.list(code_ids=[ranked[0]]))
    click(qtbot, pane.table.cellWidget(0, 2))
    coded = project.quotations.list(code_ids=[ranked[0]])
    assert len(coded) == before + 1
    assert any((q.start, q.end) == (start, start + len(needle)) for q in coded)
    # The codings changed: the index is rebuilt in the background.
    assert pane.stale
    qtbot.waitUntil(lambda: not pane.stale and not pane.busy(), timeout=30000)
    window.actions.undo.trigger()
    assert len(project.quotations.list(code_ids=[ranked[0]])) == before

    # No selection: the list empties and says what to do.
    with qtbot.waitSignal(pane.ranked, timeout=10000):
        window.document_view.select_span(start, start)
    assert pane.table.rowCount() == 0 and "Select text" in pane.hint.text()


def test_find_more_like_this_codes_accepted_passages_in_one_step(make_window, qtbot, open_coded):
    window = make_window(open_coded)
    project = window.workbench.project
    ids = code_ids(project)
    menu = feature(window)
    assert not menu.find_more.isEnabled()  # no code selected yet
    window.code_pane.select_code(ids["financiering"])
    assert menu.find_more.isEnabled()
    menu.find_more.trigger()
    dialog = menu.similar_dialog
    qtbot.waitUntil(lambda: dialog.task is None and dialog.model.rowCount() > 0, timeout=30000)
    hits = list(dialog.model.hits)
    coded = {(q.start, q.end) for q in project.quotations.list(code_ids=[ids["financiering"]])}
    assert all((h["start"], h["end"]) not in coded for h in hits)  # not carrying it yet
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert "geld" in " ".join(hits[0]["text"].lower().split())
    shot(dialog, "suggestions-find-more")

    # Reject the last, accept the first two: only those are coded, in one undo step.
    rejected = dict(hits[-1])
    dialog.decide([len(hits) - 1], accept=False)
    assert (rejected["document_id"], rejected["start"], rejected["end"]) in dialog.rejected_keys
    accepted = [dict(h) for h in dialog.model.hits[:2]]
    dialog.view.selectRow(0)
    dialog.view.selectionModel().select(
        dialog.model.index(1, 0),
        dialog.view.selectionModel().SelectionFlag.Select
        | dialog.view.selectionModel().SelectionFlag.Rows,
    )
    click(qtbot, dialog.accept_button)
    assert dialog.model.checked_hits() == accepted
    before = project.quotations.list(code_ids=[ids["financiering"]])
    click(qtbot, dialog.code_button)
    after = project.quotations.list(code_ids=[ids["financiering"]])
    new = [q for q in after if q.id not in {b.id for b in before}]
    assert sorted((q.start, q.end) for q in new) == sorted((h["start"], h["end"]) for h in accepted)
    assert {q.coder_name for q in new} == {"Tester"}
    window.actions.undo.trigger()
    assert len(project.quotations.list(code_ids=[ids["financiering"]])) == len(before)


def test_lemma_search_auto_codes_the_ticked_hits(make_window, qtbot, open_coded):
    window = make_window(open_coded)
    project = window.workbench.project
    ids = code_ids(project)
    menu = feature(window)
    window.code_pane.select_code(ids["koffie"])
    menu.lemma_search.trigger()
    dialog = menu.lemma_dialog
    assert dialog.code_combo.currentData() == ids["koffie"]
    dialog.expand_combo.setCurrentIndex(1)  # whole sentence
    dialog.query_edit.setText("drinken")
    click(qtbot, dialog.search_button)
    qtbot.waitUntil(lambda: dialog.task is None and dialog.model.rowCount() > 0, timeout=30000)
    hits = list(dialog.model.hits)
    text = project.documents.text(hits[0]["document_id"])
    # "drinken" in any form: every hit is a sentence holding drink / drinken / dronk.
    for hit in hits:
        words = text[hit["start"] : hit["end"]].lower()
        assert "drink" in words or "dronk" in words, words
    assert len(hits) == 2
    assert dialog.model.checked == [True] * len(hits)
    box = dialog.model.index(0, 0)
    dialog.model.setData(box, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    ticked = dialog.model.checked_hits()
    assert ticked == hits[1:]
    shot(dialog, "suggestions-lemma-search")
    dialog.choose_code(ids["samen eten"])
    before = project.quotations.list(code_ids=[ids["samen eten"]])
    click(qtbot, dialog.code_button)
    after = project.quotations.list(code_ids=[ids["samen eten"]])
    assert len(after) == len(before) + len(ticked)
    assert {(q.start, q.end) for q in after} - {(q.start, q.end) for q in before} == {
        (h["start"], h["end"]) for h in ticked
    }
    assert dialog.model.rowCount() == len(hits) - len(ticked)  # coded hits leave the list
    assert window.actions.undo.text().startswith("&Undo Auto-code")
    window.actions.undo.trigger()
    assert len(project.quotations.list(code_ids=[ids["samen eten"]])) == len(before)


@pytest.mark.skipif(
    not STAND_IN,
    reason=f"{ENV_VAR} is not set: the stand-in pipeline is not available",
)
def test_lemma_search_finds_compounds_with_the_stand_in_pipeline(
    make_window, qtbot, open_coded, monkeypatch
):
    # The module fixture saved the variable; use the stand-in for this test only.
    monkeypatch.setenv(ENV_VAR, STAND_IN)
    window = make_window(open_coded)
    dialog = feature(window).open_lemma_search()
    dialog.compounds_check.setChecked(True)
    dialog.search("buurt")
    qtbot.waitUntil(lambda: dialog.task is None and dialog.model.rowCount() > 0, timeout=60000)
    words = {h["text"].lower() for h in dialog.model.hits}
    assert "buurtkamer" in words


def test_themes_for_a_branch_land_under_it(make_window, qtbot, open_coded):
    setup = Project.open(open_coded)
    branch = setup.codebook.create("Activiteiten").value
    names = ("samen eten", "koffie", "kookclub", "subsidie")
    ids = code_ids(setup)
    for name in names:
        setup.codebook.move(ids[name], branch.id)
    setup.close()
    window = make_window(open_coded)
    project = window.workbench.project
    dialog = feature(window).open_themes()
    dialog.set_scope("Activiteiten")
    dialog.count_spin.setValue(2)
    click(qtbot, dialog.suggest_button)
    qtbot.waitUntil(lambda: bool(dialog.themes) and dialog.task is None, timeout=30000)
    shown = {c for theme in dialog.themes for c in theme.code_ids()}
    assert shown == {ids[name] for name in names}  # only the branch's codes
    assert len(dialog.themes) == 2
    theme = dialog.themes[0]
    made = dialog.accept_suggested(theme.key)
    assert project.codebook.get(made).parent_id == branch.id
    assert set(project.codebook.get(made).child_ids) == set(theme.code_ids())
