"""The Analysis menu driven through the real windows: the tables show what the core
counts, a cell lists its quotations, one opens selected in the document view,
filters, sorting, heat map, refresh after an edit, and exports from where a table is
shown (.xlsx readable by openpyxl, .csv)."""

from __future__ import annotations

import csv
import time
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from sbcoder.core.analysis import frequency_table
from sbcoder.core.analysis_cooccurrence import co_occurrence_table
from sbcoder.core.analysis_filters import TableFilter
from sbcoder.core.project import Project
from sbcoder.progress import check_cancelled
from sbcoder.ui.analysis_models import SORT_ROLE

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"

TEXT_1 = (
    "Bewoner: wij kennen elkaar nu beter. Er is meer vertrouwen in de straat. "
    "De gemeente doet te weinig."
)
TEXT_2 = "Tuin: de binnentuin is open voor iedereen. Buren groeten elkaar weer. Dat is nieuw."


@dataclass
class HandMade:
    path: Path
    docs: dict[str, int]
    codes: dict[str, int]
    quotations: dict[str, int]
    coders: dict[str, int]
    attribute: int


def build_project(path: Path) -> HandMade:
    """Two interviews, two coders, a small CIMO tree; counted by hand below.

    D1  q1 Anna: Kwetsbaar, Vertrouwen  [0, 20)
        q2 Anna: Vertrouwen             [10, 40)
        q5 Bram: Vertrouwen             [50, 70)
    D2  q3 Anna: Remmend                [0, 15)
        q4 Anna: Vertrouwen, Outcome    [5, 30)
    Case "Nijkerk" holds D1 (D2 has no case); its attribute "omgeving" is "regionaal".
    """
    project = Project.create(path, name="Handwerk")
    try:
        anna = project.coders.set_current("Anna").id
        docs = {
            "D1": project.documents.add_text("Interview Nijkerk", TEXT_1).value.id,
            "D2": project.documents.add_text("Interview Rode Klif", TEXT_2).value.id,
        }
        for code_path in (
            "Context/Kwetsbaar",
            "Mechanisme/Versterkend/Vertrouwen",
            "Mechanisme/Remmend",
            "Outcome",
        ):
            project.codebook.ensure_path(code_path)
        codes = {c.path: c.id for c in project.codebook.tree()}
        k, t = codes["Context/Kwetsbaar"], codes["Mechanisme/Versterkend/Vertrouwen"]
        r, o = codes["Mechanisme/Remmend"], codes["Outcome"]
        q = project.quotations
        quotations = {
            "q1": q.create(docs["D1"], 0, 20, [k, t]).value.id,
            "q2": q.create(docs["D1"], 10, 40, [t]).value.id,
            "q3": q.create(docs["D2"], 0, 15, [r]).value.id,
            "q4": q.create(docs["D2"], 5, 30, [t, o]).value.id,
        }
        bram = project.coders.set_current("Bram").id
        quotations["q5"] = q.create(docs["D1"], 50, 70, [t]).value.id
        case = project.organising.create_case("Nijkerk").value.id
        project.organising.attach_to_case(case, [docs["D1"]])
        attribute = project.organising.create_attribute("omgeving", "case").value.id
        project.organising.set_value(attribute, case, "regionaal")
    finally:
        project.close()
    coders = {"Anna": anna, "Bram": bram}
    return HandMade(path, docs, codes, quotations, coders, attribute)


def shot(widget, name: str) -> Path:
    """A screenshot under screenshots/ (git-ignored)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    path = SCREENSHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def settle(qtbot, analysis) -> None:
    """Wait until the visible table is built (tables build in the background)."""
    qtbot.waitUntil(lambda: not analysis.busy() and not analysis.current_page().stale)


def model_value(page, table_row: int, table_column: int):
    """The raw value the view holds for a table cell (wherever sorting put its row)."""
    return shown_index(page, table_row, table_column + 1).data(SORT_ROLE)


def shown_index(page, table_row: int, model_column: int):
    """The view's index of a table row (model column 0 holds the row labels)."""
    return page.model.index(page.model.view_row(table_row), model_column)


def click_cell(qtbot, page, table_row: int, table_column: int) -> None:
    """A mouse click on a table cell where the view shows it."""
    index = shown_index(page, table_row, table_column + 1)
    page.view.scrollTo(index)
    rect = page.view.visualRect(index)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def double_click(qtbot, viewport, point) -> None:
    """A double-click as the mouse makes it: a click, then the second press (QTest's
    double-click alone lacks the first press an item view waits for)."""
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=point)


@pytest.fixture
def handmade(tmp_path: Path) -> HandMade:
    return build_project(tmp_path / "handwerk.sbc")


@pytest.fixture
def tables(make_window, handmade, qtbot):
    """The main window with the hand-made project and its tables window open."""
    window = make_window(handmade.path)
    feature = window.features["sbcoder.ui.analysis_menu"]
    feature.show_kind["frequency"].trigger()
    analysis = feature.tables
    assert analysis is not None and analysis.isVisible()
    settle(qtbot, analysis)
    assert analysis.pages["frequency"].table is not None
    return window, analysis


def test_the_frequency_view_shows_the_core_counts(tables, handmade, qtbot) -> None:
    window, analysis = tables
    page = analysis.pages["frequency"]
    expected = frequency_table(window.workbench.project, "document", language="en")
    shown = page.table
    assert [h.label for h in shown.column_headers] == [h.label for h in expected.column_headers]
    assert page.model.rowCount() == expected.row_count
    for r in range(expected.row_count):
        for c in range(expected.column_count):
            assert model_value(page, r, c) == expected.cell(r, c)
    # … and the core agrees with the picture in build_project, counted by hand.
    vertrouwen = expected.row(handmade.codes["Mechanisme/Versterkend/Vertrouwen"])
    mechanisme = expected.row(handmade.codes["Mechanisme"])
    d1, d2 = expected.column(handmade.docs["D1"]), expected.column(handmade.docs["D2"])
    assert (model_value(page, vertrouwen, d1), model_value(page, vertrouwen, d2)) == (3, 1)
    assert (model_value(page, mechanisme, d1), model_value(page, mechanisme, d2)) == (3, 2)
    # English headers in an English ui; the row labels are indented by depth.
    header = page.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Code"
    label = shown_index(page, vertrouwen, 0).data()
    assert label == "        Vertrouwen"  # depth 2
    # Heat map: the largest count is darkest, its text white; the total row unshaded.
    strong = page.model.index(vertrouwen, d1 + 1)
    weak = page.model.index(vertrouwen, d2 + 1)
    assert (
        strong.data(Qt.ItemDataRole.BackgroundRole).lightness()
        < weak.data(Qt.ItemDataRole.BackgroundRole).lightness()
    )
    total_row = page.model.index(expected.row_count - 1, d1 + 1)
    assert total_row.data(Qt.ItemDataRole.BackgroundRole) is None
    shot(analysis, "analysis-frequencies")


def test_a_cell_lists_its_quotations_and_one_opens_selected(tables, handmade, qtbot) -> None:
    window, analysis = tables
    page = analysis.pages["frequency"]
    table = page.table
    row = table.row(handmade.codes["Mechanisme/Versterkend/Vertrouwen"])
    column = table.column(handmade.docs["D1"])
    click_cell(qtbot, page, row, column)
    listed = [q.id for q in analysis.drill.rows()]
    q = handmade.quotations
    assert listed == [q["q1"], q["q2"], q["q5"]]  # document order
    assert list(table.quotation_ids(row, column)) == listed
    assert analysis.drill.label.text().startswith("3 quotation")

    # Double-click the second one: the main window shows it selected.
    drill_row = analysis.drill.model.row_of(q["q2"])
    rect = analysis.drill.view.visualRect(analysis.drill.model.index(drill_row, 0))
    double_click(qtbot, analysis.drill.view.viewport(), rect.center())
    assert window.document_view.document_id == handmade.docs["D1"]
    assert window.document_view.selection() == (10, 40)
    assert window.document_view.selected_text() == TEXT_1[10:40]
    assert window.current_quotation_id == q["q2"]

    # A click on a row's label lists the row's total; the co-occurrence table too.
    label = shown_index(page, row, 0)
    qtbot.mouseClick(
        page.view.viewport(), Qt.MouseButton.LeftButton, pos=page.view.visualRect(label).center()
    )
    assert len(analysis.drill.rows()) == 4
    co = analysis.show_page("cooccurrence")
    settle(qtbot, analysis)
    expected = co_occurrence_table(window.workbench.project, language="en")
    t, k = handmade.codes["Mechanisme/Versterkend/Vertrouwen"], handmade.codes["Context/Kwetsbaar"]
    cell = (expected.row(t), expected.column(k))
    assert model_value(co, *cell) == expected.cell(*cell) == 1
    assert model_value(co, expected.row(t), expected.column((k, "c"))) == pytest.approx(1 / 4)
    click_cell(qtbot, co, *cell)
    assert [x.id for x in analysis.drill.rows()] == [q["q1"]]


def test_sorting_filter_and_refresh_after_an_edit(tables, handmade, answer_dialog, qtbot) -> None:
    window, analysis = tables
    page = analysis.pages["frequency"]
    project = window.workbench.project
    d1 = page.table.column(handmade.docs["D1"])
    # Sorting by D1, largest first: the total row stays at the bottom.
    page.view.sortByColumn(d1 + 1, Qt.SortOrder.DescendingOrder)
    values = [page.model.index(r, d1 + 1).data(SORT_ROLE) for r in range(page.model.rowCount())]
    labels = [page.model.index(r, 0).data(SORT_ROLE) for r in range(page.model.rowCount())]
    assert labels[-1] == "total"
    assert values[:-1] == sorted(values[:-1], reverse=True)
    assert labels[0].strip() == "mechanisme"  # 3 in D1, first in tree order of the 3s
    # A click on the sorted view still lists the cell it shows.
    trust = page.table.row(handmade.codes["Mechanisme/Versterkend/Vertrouwen"])
    click_cell(qtbot, page, trust, d1)
    assert shown_index(page, trust, 0).data().strip() == "Vertrouwen"
    q = handmade.quotations
    assert [x.id for x in analysis.drill.rows()] == [q["q1"], q["q2"], q["q5"]]
    page.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # back to tree order

    # Filter: Bram's codings only, ticked in the dialog.
    def tick_bram(dialog) -> None:
        dialog.set_checked("coders", [handmade.coders["Bram"]])
        dialog.accept()

    answer_dialog(tick_bram)
    analysis.filter_button.click()
    settle(qtbot, analysis)
    assert analysis.table_filter == TableFilter(coder_ids={handmade.coders["Bram"]})
    assert "1 coder" in analysis.filter_label.text()
    expected = frequency_table(project, "document", filter=analysis.table_filter, language="en")
    vertrouwen = expected.row(handmade.codes["Mechanisme/Versterkend/Vertrouwen"])
    assert model_value(page, vertrouwen, d1) == expected.cell(vertrouwen, d1) == 1
    analysis.clear_filter_button.click()
    settle(qtbot, analysis)
    assert analysis.table_filter.is_empty
    assert model_value(page, vertrouwen, d1) == 3

    # An edit in the main window: the table follows once the edits pause.
    outcome = window.workbench.execute(
        lambda: project.quotations.create(
            handmade.docs["D1"], 72, 90, [handmade.codes["Mechanisme/Versterkend/Vertrouwen"]]
        )
    )
    assert outcome is not None
    qtbot.waitUntil(lambda: model_value(page, vertrouwen, d1) == 4, timeout=3000)
    window.workbench.undo_stack.undo()
    qtbot.waitUntil(lambda: model_value(page, vertrouwen, d1) == 3, timeout=3000)


def test_columns_by_case_and_coder_with_words(tables, handmade, qtbot) -> None:
    window, analysis = tables
    page = analysis.pages["frequency"]
    project = window.workbench.project
    page.set_by("coder")
    page.measure_checks["words"].setChecked(True)
    settle(qtbot, analysis)
    expected = frequency_table(project, "coder", measures=("quotations", "words"), language="en")
    assert [h.label for h in page.table.column_headers] == [
        h.label for h in expected.column_headers
    ]
    for r in range(expected.row_count):
        for c in range(expected.column_count):
            assert model_value(page, r, c) == expected.cell(r, c)
    page.set_by("case")
    settle(qtbot, analysis)
    assert "Nijkerk (quotations)" in [h.label for h in page.table.column_headers]
    cimo = analysis.show_page("cimo")
    settle(qtbot, analysis)
    assert [r.label for r in cimo.table.row_headers] == ["Nijkerk", "(no case)"]
    shot(analysis, "analysis-cimo")


def test_attribute_columns_and_a_branch_and_value_filter(
    tables, handmade, answer_dialog, messages, qtbot
) -> None:
    window, analysis = tables
    page = analysis.pages["frequency"]
    project = window.workbench.project
    assert page.by_combo.findText("Attribute: omgeving") >= 0
    page.set_by("attribute", handmade.attribute)
    settle(qtbot, analysis)
    assert [h.label for h in page.table.column_headers][:2] == ["regionaal", "(no value)"]

    def tick(dialog) -> None:
        dialog.set_checked("attributes", [(handmade.attribute, "regionaal")])
        dialog.set_checked("codes", [handmade.codes["Mechanisme"], handmade.codes["Outcome"]])
        assert dialog.tabs.tabText(4) == "Attributes (1)"
        dialog.tabs.setCurrentIndex(5)
        shot(dialog, "analysis-filter-dialog")
        dialog.accept()

    answer_dialog(tick)
    analysis.filter_button.click()
    settle(qtbot, analysis)
    chosen = analysis.table_filter
    mechanisme, outcome = handmade.codes["Mechanisme"], handmade.codes["Outcome"]
    assert chosen.code_ids == {mechanisme, outcome}
    assert [(c.attribute_id, set(c.values)) for c in chosen.attributes] == [
        (handmade.attribute, {"regionaal"})
    ]
    assert "1 attribute" in analysis.filter_label.text()
    expected = frequency_table(
        project, "attribute", attribute_id=handmade.attribute, filter=chosen, language="en"
    )
    assert [r.label for r in page.table.row_headers] == [r.label for r in expected.row_headers]
    labels = [r.label for r in page.table.row_headers]
    assert labels[0] == "Mechanisme" and "Outcome" in labels and "Context" not in labels
    for r in range(expected.row_count):
        for c in range(expected.column_count):
            assert model_value(page, r, c) == expected.cell(r, c)
    # A ticked code deleted since: it leaves the filter instead of failing the tables.
    assert window.workbench.execute(lambda: project.codebook.delete(outcome, "delete-codings"))
    settle(qtbot, analysis)
    assert analysis.table_filter.code_ids == {mechanisme}
    assert "Outcome" not in [r.label for r in page.table.row_headers]
    assert not messages, messages


def test_exports_from_the_tables_window(tables, handmade, messages, monkeypatch, qtbot, tmp_path):
    window, analysis = tables
    page = analysis.pages["frequency"]
    target = tmp_path / "tabellen"  # no suffix: the export adds .xlsx

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    analysis.xlsx_button.click()
    task = analysis.exporter.task
    assert task is not None
    assert analysis.progress_panel.isVisible() or not task.is_running()
    qtbot.waitUntil(lambda: not task.is_running(), timeout=10000)
    workbook = openpyxl.load_workbook(tmp_path / "tabellen.xlsx")
    sheet = workbook[page.table.name]
    expected = frequency_table(window.workbench.project, "document", language="en")
    rows = list(sheet.iter_rows(values_only=True))
    header_row = next(i for i, r in enumerate(rows) if r and r[0] == expected.row_header_title)
    vertrouwen = expected.row(handmade.codes["Mechanisme/Versterkend/Vertrouwen"])
    written = rows[header_row + 1 + vertrouwen]
    assert str(written[0]).strip() == "Vertrouwen"
    assert list(written[1 : 1 + expected.column_count - 1]) == list(
        expected.cells[vertrouwen][: expected.column_count - 1]
    )
    assert "Info" in workbook.sheetnames

    # The table on screen as CSV (English: commas), codes as full paths.
    csv_target = tmp_path / "frequenties.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(csv_target), ""))
    )
    analysis.csv_button.click()
    task = analysis.exporter.task
    qtbot.waitUntil(lambda: not task.is_running(), timeout=5000)
    with csv_target.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0][0] == "Code"
    assert any(line[0] == "Mechanisme/Versterkend/Vertrouwen" for line in lines)

    # A failing export says why in one line and leaves no file.
    bad = tmp_path / "missing-folder" / "x.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(bad), ""))
    )
    window.features["sbcoder.ui.analysis_menu"].export_excel.trigger()
    task = analysis.exporter.task
    qtbot.waitUntil(lambda: not task.is_running(), timeout=10000)
    assert not bad.exists()
    assert messages and messages[-1][0] == "warning"
    assert "x.xlsx" in messages[-1][1] and "\n" not in messages[-1][1]

    # Cancel in the progress panel stops the export quietly and writes nothing.
    import sbcoder.core.export_tables as export_module  # imported by the export when it runs

    def slow_export(project, path, *args, **kwargs):
        reporter = args[2]
        reporter.report(0, 7, "")
        while not reporter.cancelled():
            time.sleep(0.01)
        check_cancelled(reporter)

    monkeypatch.setattr(export_module, "export_workbook", slow_export)
    cancelled = tmp_path / "afgebroken.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(cancelled), ""))
    )
    shown = len(messages)
    analysis.xlsx_button.click()
    task = analysis.exporter.task
    assert analysis.progress_panel.isVisible() and task.is_running()
    analysis.progress_panel.cancel_button.click()
    qtbot.waitUntil(lambda: not task.is_running(), timeout=5000)
    assert not cancelled.exists() and len(messages) == shown
    assert not analysis.progress_panel.isVisible()


def test_dutch_headers_follow_the_ui_language(make_window, handmade, qtbot) -> None:
    window = make_window(handmade.path, language="nl")
    feature = window.features["sbcoder.ui.analysis_menu"]
    assert feature.menu.title() == "&Analyse"
    analysis = feature.show_tables("frequency")
    page = analysis.pages["frequency"]
    qtbot.waitUntil(lambda: page.table is not None)
    labels = [h.label for h in page.table.column_headers]
    assert "Totaal" in labels and "Documenten" in labels
    assert page.table.row_headers[-1].label == "Totaal"
    assert analysis.tabs.tabText(0) == "Code&frequenties"
    shot(analysis, "analysis-frequencies-nl")
