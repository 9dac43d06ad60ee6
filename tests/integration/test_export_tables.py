"""The Excel and CSV export end to end: read the files back and compare them cell for
cell with the tables the core computes; failures leave no file behind."""

from __future__ import annotations

import csv
import errno
import os
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

import sbcoder
from sbcoder.core.analysis_filters import TableFilter
from sbcoder.core.analysis_table import Table
from sbcoder.core.errors import SbcoderError, ValidationError
from sbcoder.core.export_tables import (
    ExportError,
    code_paths,
    export_csv,
    export_workbook,
    workbook_tables,
)
from sbcoder.progress import Cancelled, RecordingReporter
from tests.unit.test_analysis_project import Built, build_project

SHEETS_NL = [
    "Frequenties per document",
    "Frequenties per casus",
    "Frequenties per codeur",
    "Co-occurrentie",
    "CIMO-matrix",
    "Citaten",
    "Info",
]


@pytest.fixture
def built(tmp_path: Path) -> Iterator[Built]:
    made = build_project(tmp_path / "hand.sbc")
    yield made
    made.project.close()


def exported(folder: Path) -> list[str]:
    """The files in `folder` other than the project's own (.sbc, WAL, lock)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("hand.sbc"))


def same(read: object, expected: object) -> bool:
    """A cell read back equals the table's cell (empty text reads back as None)."""
    if expected in ("", None):
        return read is None
    if isinstance(expected, float):
        return isinstance(read, int | float) and read == pytest.approx(expected)
    return read == expected and type(read) is type(expected)


def assert_sheet_matches(sheet: object, table: Table) -> None:
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]  # type: ignore[attr-defined]
    assert rows[0] == [table.row_header_title, *(h.label for h in table.column_headers)]
    assert len(rows) == table.row_count + 1
    for index, (header, cells) in enumerate(zip(table.row_headers, table.cells, strict=True)):
        read = rows[index + 1]
        assert read[0] == header.label
        mismatches = [
            (table.column_headers[c].label, read[c + 1], value)
            for c, value in enumerate(cells)
            if not same(read[c + 1], value)
        ]
        assert not mismatches, f"{table.name}, row {header.label}: {mismatches}"


def test_workbook_matches_the_tables_cell_for_cell(built: Built, tmp_path: Path) -> None:
    reporter = RecordingReporter()
    target = export_workbook(
        built.project,
        tmp_path / "analyse.xlsx",
        language="nl",
        reporter=reporter,
        pipeline_name="nl_ud_sm",
    )
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames == SHEETS_NL
    tables = workbook_tables(built.project, language="nl")
    for table in tables:
        sheet = workbook[table.name]
        assert_sheet_matches(sheet, table)
        assert sheet.freeze_panes == "B2"
        assert sheet["A1"].font.b
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}" + (
            f"{table.row_count + 1}"
        )
    frequencies = workbook["Frequenties per document"]
    assert frequencies["A6"].value == "Versterkend" and frequencies["A6"].alignment.indent == 1
    assert frequencies["B2"].data_type == "n"
    info = {row[0]: row[1] for row in workbook["Info"].iter_rows(min_row=2, values_only=True)}
    assert info["Project"] == "Handwerk"
    assert info["sbcoder-versie"] == sbcoder.__version__
    assert info["spaCy-pipeline"] == "nl_ud_sm"
    assert info["Filters"] == "geen (alle gegevens)"
    assert info["Omvang"] == "3 documenten, 9 codes, 8 citaten, 12 coderingen"
    assert info["Inhoud: CIMO-matrix"] == "CIMO-matrix per casus"
    done = [event[0] for event in reporter.events]
    assert done == sorted(done) and done[0] > 0  # one bar, running forward
    assert {event[1] for event in reporter.events} == {100}
    assert reporter.events[-1] == (100, 100, "analyse.xlsx")
    assert "Citaten" in {event[2] for event in reporter.events}
    assert exported(tmp_path) == ["analyse.xlsx"]


def test_filtered_english_workbook(built: Built, tmp_path: Path) -> None:
    only_anna = TableFilter(coder_ids=[built.coders["Anna"]])
    target = export_workbook(
        built.project, tmp_path / "anna.xlsx", only_anna, "en", context=True, rollup="duplicates"
    )
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames[0] == "Frequencies by document"
    tables = workbook_tables(built.project, only_anna, "en", context=True, rollup="duplicates")
    for table in tables:
        assert_sheet_matches(workbook[table.name], table)
    quotations = [list(r) for r in workbook["Quotations"].iter_rows(values_only=True)]
    assert quotations[0][-2:] == ["Context before", "Context after"]
    assert len(quotations) == 1 + 5  # Anna's quotations q1, q2, q3, q5, q6
    info = {row[0]: row[1] for row in workbook["Info"].iter_rows(min_row=2, values_only=True)}
    assert info["Filters"] == "Coders: Anna"
    assert info["spaCy pipeline"] == "unknown"


def test_csv_files_match_the_tables(built: Built, tmp_path: Path) -> None:
    written = export_csv(built.project, tmp_path / "analyse.csv", language="nl")
    assert [p.name for p in written] == [f"analyse - {name}.csv" for name in SHEETS_NL]
    tables = workbook_tables(built.project, language="nl")
    frequencies = tables[0]
    raw = written[0].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(written[0], encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == [frequencies.row_header_title, *(h.label for h in frequencies.column_headers)]
    assert [r[0] for r in rows[1:]] == code_paths(frequencies)
    assert rows[4][0] == "Mechanisme"
    assert rows[5][0] == "Mechanisme/Versterkend"
    # Context: 2, 1, 0 in the documents, total 3, 2 documents = 66,66666667 %
    assert rows[1][1:] == ["2", "1", "0", "3", "2", "66,66666667"]
    with open(written[4], encoding="utf-8-sig", newline="") as handle:
        cimo = list(csv.reader(handle, delimiter=";"))
    assert cimo[1][3] == "Versterkend/Vertrouwen (3)\nVersterkend/Eigenaarschap (2)\nRemmend (1)"


def test_export_failures_leave_nothing_broken(
    built: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "analyse.xlsx"
    target.write_bytes(b"last week's workbook")

    def disk_full(self, filename):  # type: ignore[no-untyped-def]
        Path(filename).write_bytes(b"PK partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(openpyxl.Workbook, "save", disk_full)
        with pytest.raises(ExportError) as caught:
            export_workbook(built.project, target)
    assert isinstance(caught.value, SbcoderError)
    assert str(caught.value).startswith("Cannot write 'analyse.xlsx': the disk is full")
    assert "\n" not in str(caught.value)

    def locked(source: object, destination: object) -> None:
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", locked)
        with pytest.raises(ExportError, match=r"analyse\.xlsx': the file is open in another"):
            export_workbook(built.project, target)

    with pytest.raises(Cancelled):
        export_workbook(built.project, target, reporter=RecordingReporter(cancel_after=3))
    assert target.read_bytes() == b"last week's workbook"
    assert sorted(p.name for p in folder.iterdir()) == ["analyse.xlsx"]


def test_export_to_a_missing_folder_or_a_wrong_name(built: Built, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_workbook(built.project, tmp_path / "missing" / "analyse.xlsx")
    with pytest.raises(ValidationError, match=r"\.xlsx"):
        export_workbook(built.project, tmp_path / "analyse.ods")
    with pytest.raises(ValidationError, match=r"\.csv"):
        export_csv(built.project, tmp_path / "analyse.txt")
    assert exported(tmp_path) == []


def test_each_table_is_let_go_before_the_next_is_built(
    built: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc
    import weakref

    from sbcoder.core import export_tables

    alive_at_build: list[int] = []
    made: list[weakref.ref[Table]] = []

    def watched(build):  # type: ignore[no-untyped-def]
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            gc.collect()
            alive_at_build.append(sum(ref() is not None for ref in made))
            result = build(*args, **kwargs)
            table = getattr(result, "table", result)
            made.append(weakref.ref(table))
            return result

        return wrapper

    for name in ("frequency_table", "co_occurrence_table", "cimo_matrix", "quotations_table"):
        monkeypatch.setattr(export_tables, name, watched(getattr(export_tables, name)))
    target = export_workbook(built.project, tmp_path / "analyse.xlsx")
    assert len(made) == 6
    assert alive_at_build == [0] * 6  # no earlier table is held while one is built
    assert openpyxl.load_workbook(target).sheetnames == SHEETS_NL
    # workbook_tables still hands them all out together.
    assert [t.name for t in workbook_tables(built.project)] == SHEETS_NL[:-1]
