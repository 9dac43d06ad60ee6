"""The xlsx and csv writers: layout, cell types, and failures that leave nothing broken."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import openpyxl
import pytest

from sbcoder.formats import csv_writer, xlsx_writer
from sbcoder.formats.csv_writer import SheetColumn, SheetData, WriteError, csv_value, write_csv
from sbcoder.formats.xlsx_writer import sheet_names, write_workbook
from sbcoder.progress import Cancelled, RecordingReporter

LONG = "Bewoners ontmoeten elkaar vaker en nemen samen initiatief in de straat. " * 3


def codes_sheet() -> SheetData:
    return SheetData(
        name="Frequenties per document",
        columns=(
            SheetColumn("Code", "label"),
            SheetColumn("Interview 1", "count"),
            SheetColumn("% documenten", "percent"),
            SheetColumn("c", "coefficient"),
            SheetColumn("Tekst", "text"),
        ),
        rows=[
            ["Mechanisme", 3, 100.0, None, "kort"],
            ["Vertrouwen", 2, 200 / 3, 0.25, LONG],
            ["Totaal", 5, 50.0, 1 / 3, "regel 1\nregel 2"],
        ],
        indents=[0, 1, 0],
        bold_rows=frozenset({2}),
    )


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_workbook_layout_and_values(tmp_path: Path) -> None:
    target = write_workbook(tmp_path / "out.xlsx", [codes_sheet()])
    assert files_in(tmp_path) == ["out.xlsx"]
    sheet = openpyxl.load_workbook(target)["Frequenties per document"]
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values == [
        ["Code", "Interview 1", "% documenten", "c", "Tekst"],
        ["Mechanisme", 3, 100, None, "kort"],
        ["Vertrouwen", 2, pytest.approx(200 / 3), 0.25, LONG],
        ["Totaal", 5, 50, pytest.approx(1 / 3), "regel 1\nregel 2"],
    ]
    assert sheet.freeze_panes == "B2"
    assert sheet.auto_filter.ref == "A1:E4"
    assert all(sheet.cell(1, c).font.b for c in range(1, 6))  # header bold
    assert all(sheet.cell(4, c).font.b for c in range(1, 6))  # total row bold
    assert not sheet.cell(2, 1).font.b
    assert sheet.cell(3, 1).alignment.indent == 1  # Vertrouwen under Mechanisme
    assert sheet.cell(3, 3).number_format == "0.0"
    assert sheet.cell(3, 4).number_format == "0.00"
    assert sheet.cell(3, 2).data_type == "n"  # numbers are numbers
    assert sheet.cell(3, 5).alignment.wrap_text  # long text wraps
    assert sheet.cell(4, 5).alignment.wrap_text  # so does text over several lines
    widths = {c: sheet.column_dimensions[c].width for c in "ABCDE"}
    assert widths["E"] == 80  # a long text column is capped
    assert 12 <= widths["A"] <= 50
    assert all(8 <= widths[c] <= 18 for c in "BCD")


def test_text_stays_text(tmp_path: Path) -> None:
    sheet = SheetData(
        name="Citaten",
        columns=(SheetColumn("Tekst", "text"), SheetColumn("n", "count")),
        rows=[
            ["=SUM(A1:A9)", 1],
            ["ja\x0b nee\x00", float("nan")],
            ["x" * 40_000, float("inf")],
            ["\x01\x02", 2],
        ],
    )
    target = write_workbook(tmp_path / "t.xlsx", [sheet])
    cells = openpyxl.load_workbook(target)["Citaten"]
    assert cells["A2"].value == "=SUM(A1:A9)" and cells["A2"].data_type == "s"
    assert cells["A3"].value == "ja nee"  # control characters Excel refuses are dropped
    assert cells["B3"].value is None and cells["B4"].value is None
    assert len(cells["A4"].value) == 32_767 and cells["A4"].value.endswith("…")
    assert cells["A5"].value is None and cells["B5"].value == 2


def mixed_sheets() -> list[SheetData]:
    """Every kind of value and style the writer meets, for comparing two ways of writing."""
    rows: list[list[object]] = [
        ["Mechanisme", 3, 100.0, None, "kort", True],
        ["Vertrouwen", 2, 200 / 3, 0.25, LONG, False],
        ["=1+1", -7, float("nan"), float("-inf"), "#N/A", None],
        ["#DIV/0!", 0, 0.0, 1e-12, "  spaties  ", 1],
        ["ctrl\x01\x02", 10**12, 2.5, -0.5, "regel 1\nregel 2", 2.0],
        ["", 1, 50.0, 1 / 3, "x" * 40_000, "="],
        ["Totaal", 5, 50.0, 1 / 3, "😀 emoji & <tags>", "ëï"],
    ]
    columns = (
        SheetColumn("Code", "label"),
        SheetColumn("n", "count"),
        SheetColumn("%", "percent"),
        SheetColumn("c", "coefficient"),
        SheetColumn("Tekst", "text"),
        SheetColumn("Varia", "number"),
    )
    tree = SheetData("Boom", columns, rows, indents=[0, 1, 2, 0, 1, 0, 0], bold_rows=frozenset({6}))
    flat = SheetData("Plat", columns[1:], [row[1:] for row in rows])
    return [tree, flat]


def test_direct_cells_write_what_openpyxl_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zipfile

    installed = []
    original = xlsx_writer._CellStream.install

    def spy(worksheet: object) -> bool:
        installed.append(original(worksheet))
        return installed[-1]

    monkeypatch.setattr(xlsx_writer._CellStream, "install", staticmethod(spy))
    fast = write_workbook(tmp_path / "fast.xlsx", mixed_sheets())
    assert installed == [True, True]  # this openpyxl works the way the stream assumes
    monkeypatch.setattr(xlsx_writer, "FAST_CELLS", False)
    plain = write_workbook(tmp_path / "plain.xlsx", mixed_sheets())
    assert installed == [True, True]
    with zipfile.ZipFile(fast) as a, zipfile.ZipFile(plain) as b:
        names = [n for n in a.namelist() if n != "docProps/core.xml"]  # times differ
        assert names == [n for n in b.namelist() if n != "docProps/core.xml"]
        assert "xl/worksheets/sheet1.xml" in names and "xl/styles.xml" in names
        for name in names:
            assert a.read(name) == b.read(name), name
    values = [list(r) for r in openpyxl.load_workbook(fast)["Boom"].iter_rows(values_only=True)]
    assert values[3][0] == "=1+1" and values[3][4] == "#N/A"  # text, not formula or error
    assert values[4][0] == "#DIV/0!" and values[7][5] == "ëï"


def test_sheet_names_are_valid_and_distinct() -> None:
    assert sheet_names(["a/b", "Frequenties per documentgroep extra lang", "Info", "INFO"]) == [
        "a-b",
        "Frequenties per documentgroep e",
        "Info",
        "INFO (2)",
    ]


def test_failed_save_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"the old workbook")

    def disk_full(self, filename):  # type: ignore[no-untyped-def]
        Path(filename).write_bytes(b"PK half a zip")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", disk_full)
    with pytest.raises(WriteError) as caught:
        write_workbook(target, [codes_sheet()])
    assert (
        str(caught.value)
        == f"Cannot write 'out.xlsx': the disk is full (or over quota) in '{tmp_path}'"
    )
    assert target.read_bytes() == b"the old workbook"
    assert files_in(tmp_path) == ["out.xlsx"]


def test_file_open_in_excel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"the old workbook")

    def locked(source: object, destination: object) -> None:
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(WriteError, match="open in another program"):
        write_workbook(target, [codes_sheet()])
    assert target.read_bytes() == b"the old workbook"
    assert files_in(tmp_path) == ["out.xlsx"]


def test_folder_without_permission(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: object, mode: str = "r", *args: object, **kwargs: object) -> object:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    # The temporary file is the first thing made; refusing it stands in for a read-only
    # folder (chmod cannot, as tests may run as root, whom permissions do not stop).
    monkeypatch.setattr(csv_writer, "open", refuse, raising=False)
    with pytest.raises(WriteError, match="no permission to write in the folder"):
        write_workbook(tmp_path / "out.xlsx", [codes_sheet()])
    assert files_in(tmp_path) == []


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_for_real(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(WriteError, match="no permission"):
            write_workbook(folder / "out.xlsx", [codes_sheet()])
    finally:
        folder.chmod(0o700)


def test_missing_folder_and_folder_in_the_way(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="does not exist"):
        write_workbook(tmp_path / "nowhere" / "out.xlsx", [codes_sheet()])
    (tmp_path / "out.xlsx").mkdir()
    with pytest.raises(WriteError, match="a folder of that name"):
        write_workbook(tmp_path / "out.xlsx", [codes_sheet()])
    with pytest.raises(WriteError, match="no table"):
        write_workbook(tmp_path / "empty.xlsx", [])


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(Cancelled):
        write_workbook(tmp_path / "out.xlsx", [codes_sheet()], RecordingReporter(cancel_after=0))
    assert files_in(tmp_path) == []


def test_csv_for_dutch_excel(tmp_path: Path) -> None:
    target = write_csv(tmp_path / "out.csv", codes_sheet(), delimiter=";", decimal=",")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "Code;Interview 1;% documenten;c;Tekst"
    assert lines[1] == "Mechanisme;3;100;;kort"
    assert lines[2].startswith("Vertrouwen;2;66,66666667;0,25;")
    assert lines[3] == 'Totaal;5;50;0,3333333333;"regel 1\nregel 2"'  # a break inside quotes
    assert files_in(tmp_path) == ["out.csv"]


def test_csv_values() -> None:
    assert csv_value("=1+1") == "'=1+1"
    assert csv_value("- ja, dat klopt") == "'- ja, dat klopt"
    assert csv_value("- ja", guard_formulas=False) == "- ja"
    assert csv_value(-3) == "-3"
    assert csv_value(0.5, ",") == "0,5"
    assert csv_value(None) == ""
    assert csv_value(True) == "true"
    with pytest.raises(ValueError):
        write_csv("x.csv", codes_sheet(), delimiter=",", decimal=",")


def test_csv_failure_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(csv_writer.os, "fsync", full)
    with pytest.raises(WriteError, match="disk is full"):
        write_csv(target, codes_sheet())
    assert target.read_text(encoding="utf-8") == "old"
    assert files_in(tmp_path) == ["out.csv"]


def test_writers_do_not_reach_into_core() -> None:
    import ast

    for module in (csv_writer, xlsx_writer):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = [
            node.module
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module
        ]
        assert not [m for m in imported if m.startswith(("sbcoder.core", "sbcoder.db"))]
