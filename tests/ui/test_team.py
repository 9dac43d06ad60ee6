"""Tools ▸ Team through the real window: a coder's copy, merging the coders' projects
back (dry run, conflicts, merge, report), and intercoder agreement with its
disagreements and Excel export. Effects are checked through the core."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from sbcoder.core.agreement import agreement
from sbcoder.core.handout import default_coder, make_handout
from sbcoder.core.project import Project

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
TEAM = "sbcoder.ui.team_menu"

ALMERE = (
    "Eerst moest er vertrouwen komen. Mensen kenden elkaar niet.\n"
    "Door samen te eten leerden we elkaar kennen. Dat gaf energie.\n"
    "De financiering is elk jaar weer onzeker.\n"
)
ERMELO = "De buurtverbinder is een brug. Vertrouwen groeit langzaam, maar het groeit.\n"
TRUST = "Mechanisme/Versterkend/Vertrouwen"
MEAL = "Interventie/Laagdrempelige activiteiten"


def shot(widget, name: str) -> None:
    """Save a screenshot of a window or dialog under screenshots/."""
    SCREENSHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


def make_master(path: Path) -> Path:
    """A CIMO project with two interviews and no coding yet."""
    master = Project.create(path, name="Samen Buurten", template="cimo")
    master.coders.set_current("Lead")
    master.documents.add_text("interview-almere", ALMERE)
    master.documents.add_text("interview-ermelo", ERMELO)
    master.close()
    return path


def code(project: Project, document: str, needle: str, code_path: str) -> None:
    """Code the first occurrence of `needle` in a document with a code."""
    doc = project.documents.by_name(document)
    start = project.documents.text(doc.id).index(needle)
    project.quotations.code_span(
        doc.id, start, start + len(needle), project.codebook.by_path(code_path).id
    )


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_coders_copy_is_made_from_the_team_menu(make_window, messages, qtbot, tmp_path):
    master = make_master(tmp_path / "master.sbc")
    window = make_window(master)
    team = window.features[TEAM]
    assert team.menu.title() == "&Team"
    assert team.menu.menuAction() in window.actions.menus["tools"].actions()
    team.handout.trigger()
    dialog = team.handout_dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no coder yet
    dialog.set_values("Anna de Vries")
    expected = tmp_path / "master-Anna-de-Vries.sbc"
    assert dialog.out_path() == expected
    shot(dialog, "team-handout")
    click(qtbot, ok)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20000)
    assert not dialog.isVisible()
    assert messages and messages[-1][0] == "information" and str(expected) in messages[-1][1]
    copy = Project.open(expected)
    try:
        assert {d.name for d in copy.documents.list()} == {"interview-almere", "interview-ermelo"}
        assert [c.path for c in copy.codebook.tree()] == [
            c.path for c in window.workbench.project.codebook.tree()
        ]
        assert default_coder(copy) == "Anna de Vries"
        assert copy.quotations.list() == []
    finally:
        copy.close()


def test_a_copy_never_overwrites_a_file(make_window, messages, qtbot, tmp_path):
    master = make_master(tmp_path / "master.sbc")
    taken = tmp_path / "taken.sbc"
    taken.write_bytes(b"somebody's work")
    window = make_window(master)
    team = window.features[TEAM]
    team.handout.trigger()
    again = team.handout_dialog
    again.set_values("Anna de Vries", taken)
    click(qtbot, again.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: again.task is None, timeout=20000)
    assert messages[-1][0] == "warning" and "already exists" in messages[-1][1]
    assert again.isVisible() and again.summary is None
    assert taken.read_bytes() == b"somebody's work"
    assert {p.name for p in tmp_path.glob("*.sbc")} == {"master.sbc", "taken.sbc"}
    again.reject()


def test_merging_coders_projects_dry_run_then_merge(make_window, messages, qtbot, tmp_path):
    master = make_master(tmp_path / "master.sbc")
    copies = {}
    for coder in ("Anna", "Bram"):
        copies[coder] = tmp_path / f"{coder}.sbc"
        make_handout(master, copies[coder], coder)
    anna = Project.open(copies["Anna"])
    anna.coders.set_current("Anna")
    code(anna, "interview-almere", "Eerst moest er vertrouwen komen.", TRUST)
    code(anna, "interview-almere", "Door samen te eten", MEAL)
    anna.close()
    bram = Project.open(copies["Bram"])
    bram.coders.set_current("Bram")
    code(bram, "interview-almere", "Eerst moest er vertrouwen komen.", TRUST)
    code(bram, "interview-ermelo", "Vertrouwen groeit langzaam", TRUST)
    # Bram renames a code in his copy: a conflict the merge must show, not hide.
    renamed = bram.codebook.by_path(MEAL)
    bram.codebook.rename(renamed.id, "Samen eten")
    bram.close()

    window = make_window(master)
    project = window.workbench.project
    team = window.features[TEAM]
    assert not team.merge_report.isEnabled()
    team.merge.trigger()
    dialog = team.merge_dialog
    assert dialog.isVisible() and dialog.isModal()
    dialog.add_sources([copies["Anna"], copies["Bram"]])
    assert not dialog.merge_button.isEnabled()  # a dry run first
    click(qtbot, dialog.check_button)
    qtbot.waitUntil(lambda: dialog.report_view.report is not None, timeout=20000)
    report = dialog.report_view.report
    assert report.dry_run and not report.committed
    assert report.counts["codings"].added == 4
    assert project.quotations.list() == []  # nothing changed yet
    model = dialog.report_view.model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Would add"
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert model.index(rows["Codings"], 1).data() == 4
    conflicts = [
        dialog.report_view.conflicts.item(i).text()
        for i in range(dialog.report_view.conflicts.count())
    ]
    assert any("Bram.sbc" in text and "Samen eten" in text for text in conflicts), conflicts
    shot(dialog, "team-merge-dry-run")

    click(qtbot, dialog.merge_button)
    assert messages[-1][0] == "question"
    qtbot.waitUntil(lambda: dialog.last_report is not None, timeout=20000)
    assert dialog.last_report.committed and dialog.isVisible()  # the report stays shown
    merged = project.quotations.list()
    by_coder = sorted((q.coder_name, q.text) for q in merged)
    assert by_coder == [
        ("Anna", "Door samen te eten"),
        ("Anna", "Eerst moest er vertrouwen komen."),
        ("Bram", "Eerst moest er vertrouwen komen."),
        ("Bram", "Vertrouwen groeit langzaam"),
    ]
    # The window refreshed: the code tree counts the merged quotations.
    trust = project.codebook.by_path(TRUST).id
    assert window.codes[trust].quotation_count == 3
    assert {"Anna", "Bram"} <= {c.name for c in project.coders.list()}
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Added"
    assert "Merged 2 project(s)" in dialog.report_view.headline.text()
    assert not window.workbench.undo_stack.canUndo()
    shot(dialog, "team-merge-done")
    dialog.accept()

    # The report can be read again afterwards; merging again adds nothing.
    assert team.merge_report.isEnabled()
    team.merge_report.trigger()
    again = team.report_dialog
    assert again.view.report is dialog.last_report
    again.close()
    team.merge.trigger()
    second = team.merge_dialog
    second.add_sources([copies["Anna"]])
    click(qtbot, second.check_button)
    qtbot.waitUntil(lambda: second.report_view.report is not None, timeout=20000)
    assert second.report_view.report.counts["codings"].added == 0
    assert second.report_view.report.counts["codings"].present == 2
    second.reject()


def test_a_damaged_source_is_named_and_the_project_is_unchanged(
    make_window, messages, qtbot, tmp_path
):
    master = make_master(tmp_path / "master.sbc")
    broken = tmp_path / "kapot.sbc"
    broken.write_bytes(b"this is not a database" * 20)
    window = make_window(master)
    team = window.features[TEAM]
    team.merge.trigger()
    dialog = team.merge_dialog
    dialog.add_sources([broken])
    click(qtbot, dialog.check_button)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)
    assert messages[-1][0] == "warning" and "kapot.sbc" in messages[-1][1]
    assert not dialog.merge_button.isEnabled()
    assert window.workbench.project.quotations.list() == []
    dialog.reject()


@pytest.fixture
def coded_by_two(tmp_path: Path) -> Path:
    """Anna and Bram coded the Almere interview; they agree on one sentence of three."""
    path = tmp_path / "team.sbc"
    project = Project.create(path, template="cimo")
    project.documents.add_text("interview-almere", ALMERE)
    project.coders.set_current("Anna")
    code(project, "interview-almere", "Eerst moest er vertrouwen komen.", TRUST)
    code(project, "interview-almere", "Door samen te eten leerden we elkaar kennen.", TRUST)
    project.coders.set_current("Bram")
    code(project, "interview-almere", "Door samen te eten leerden we elkaar kennen.", TRUST)
    code(project, "interview-almere", "De financiering", MEAL)
    project.close()
    return path


def test_intercoder_agreement_figures_disagreements_and_export(
    make_window, messages, qtbot, tmp_path, coded_by_two
):
    window = make_window(coded_by_two)
    project = window.workbench.project
    team = window.features[TEAM]
    team.agreement.trigger()
    dialog = team.agreement_dialog
    assert dialog.isVisible() and not dialog.isModal()
    assert not dialog.export_button.isEnabled()
    dialog.set_choices(["Anna"], "sentence")
    assert not dialog.compute_button.isEnabled()  # two coders at least
    dialog.set_choices(["Anna", "Bram"], "sentence")
    click(qtbot, dialog.compute_button)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    report = dialog.report
    assert report.unit == "sentence" and report.coders == ["Anna", "Bram"]

    # Five sentences; Vertrouwen: Anna marks 2, Bram 1 of them, they share 1, so they
    # agree on 4 of 5 sentences; the meal code: Bram alone marks 1 sentence.
    figures = dialog.figures_model
    trust_id = project.codebook.by_path(TRUST).id
    row_of = {figures.index(r, 0).data(): r for r in range(figures.rowCount())}
    assert figures.index(0, 0).data() == "All codes"
    trust_row = row_of[TRUST]
    headers = [
        figures.headerData(c, Qt.Orientation.Horizontal) for c in range(figures.columnCount())
    ]
    percent = headers.index("% agreement")
    assert figures.index(trust_row, percent).data() == f"{100 * 4 / 5:.1f} %"
    assert figures.index(trust_row, headers.index("Positive agreement")).data() == (
        f"{2 * 1 / (2 + 1):.2f}"
    )
    # κ: observed 4/5; Anna marks 2/5, Bram 1/5: chance = .4*.2 + .6*.8 = .56.
    kappa = (0.8 - 0.56) / (1 - 0.56)
    assert figures.index(trust_row, headers.index("Cohen's κ")).data() == f"{kappa:.2f}"
    assert headers[-2:] == ["Marked by Anna", "Marked by Bram"]
    assert "Cohen's κ" in dialog.headline.text()
    # The window shows the same figures as the core computes.
    direct = agreement(project, ["Anna", "Bram"], "sentence", coded_only_scope="any_code")
    assert direct.overall == report.overall

    # Choosing a code shows its disagreements; a double-click opens the passage.
    view = dialog.disagreements_view
    assert dialog.disagreements_model.rowCount() == len(report.disagreements) == 2
    dialog.figures_view.selectRow(
        dialog.figures_proxy.mapFromSource(figures.index(trust_row, 0)).row()
    )
    assert dialog.disagreements_model.rowCount() == 1
    item = dialog.disagreement_at(0)
    assert item.code_id == trust_id and item.coders_with == ("Anna",)
    index = dialog.disagreements_proxy.index(0, 5)
    assert index.data() == "Eerst moest er vertrouwen komen."
    view.scrollTo(index)
    center = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)  # as a real
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)  # double-click
    assert window.document_view.document_id == item.doc_id
    assert window.document_view.selection() == (item.start, item.end)
    assert window.document_view.selected_text() == "Eerst moest er vertrouwen komen."
    shot(dialog, "team-agreement")
    shot(window, "team-agreement-passage")

    # Three coders: no Cohen's κ column.
    dialog.set_choices(["Anna", "Bram", "Tester"], "paragraph")
    click(qtbot, dialog.compute_button)
    qtbot.waitUntil(lambda: dialog.report.coders == ["Anna", "Bram", "Tester"], timeout=20000)
    headers = [
        figures.headerData(c, Qt.Orientation.Horizontal) for c in range(figures.columnCount())
    ]
    assert dialog.figures_view.isColumnHidden(headers.index("Cohen's κ"))
    assert not dialog.figures_view.isColumnHidden(headers.index("Krippendorff's α"))

    out = tmp_path / "agreement.xlsx"
    dialog.export(out)
    qtbot.waitUntil(lambda: dialog.exported == out, timeout=20000)
    workbook = openpyxl.load_workbook(out, read_only=True)
    assert workbook.sheetnames == ["Per code", "Disagreements", "About"]
    rows = list(workbook["Per code"].iter_rows(values_only=True))
    assert rows[1][0] == "All codes" and len(rows) == 1 + 1 + len(dialog.report.per_code)
    workbook.close()
    dialog.close()


def test_team_menu_follows_the_project_and_the_language(make_window, qtbot, coded_by_two):
    window = make_window()
    team = window.features[TEAM]
    assert not team.agreement.isEnabled() and not team.merge.isEnabled()
    window.open_project(coded_by_two)
    assert team.agreement.isEnabled()
    dialog = team.open_agreement()
    assert dialog.isVisible()
    window.close_project()  # dialogs about the old project go away with it
    assert team.agreement_dialog is None and not dialog.isVisible()
    assert not team.handout.isEnabled()
    from sbcoder.ui.app import install_language

    install_language("nl")
    qtbot.waitUntil(lambda: team.agreement.text() == "Intercodeur-&overeenstemming…")
    assert team.merge.text() == "Projecten van codeurs &samenvoegen…"
    window.open_project(coded_by_two)
    dialog = team.open_agreement()
    dialog.set_choices(["Anna", "Bram"], "paragraph")
    click(qtbot, dialog.compute_button)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    assert dialog.compute_button.text() == "Berekenen"
    assert dialog.figures_model.headerData(2, Qt.Orientation.Horizontal) == "% overeenstemming"
    shot(dialog, "team-agreement-nl")
