"""Excel output: one workbook with a sheet per `SheetData`, written by openpyxl.

openpyxl is the one maintained pure-Python library that writes .xlsx with styles,
frozen panes and autofilters and runs everywhere PySide6 does (no Excel needed).
It is used in write-only mode: rows stream to disk as they are appended instead of
living as Cell objects in memory, which makes a 100,000-row quotations sheet several
times faster and keeps memory flat. Styles in that mode must sit on each cell, so the
writer keeps one styled cell per column (and per indent level) and only changes its
value from row to row: openpyxl serialises a row as soon as it is appended, so reusing
the cell is safe, and it avoids building a styled cell per value.

openpyxl turns each appended value into a cell through its general value binding
(type lookup, a control-character scan, formula and error-code detection) and meets a
styled cell only after that binding has failed on it with an exception. Our values
are already checked and cleaned here, and are of five plain types, so each sheet
gets a converter of its own (`_CellStream`) that sets the type of a plain value
directly and passes styled cells through: a third of the time of a large sheet. The
converter checks once that openpyxl's cells still work the way it relies on and
otherwise stands aside; a test holds its output to openpyxl's, byte for byte.

Every sheet gets a bold, frozen header row (and a frozen label column), an autofilter
over the table, widths that fit the content, numbers stored as numbers (with a format
for percentages and coefficients), and wrapped text for long text columns.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterator, Sequence
from contextlib import suppress
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from sbcoder.formats.csv_writer import SheetColumn, SheetData, Value, WriteError, atomic_output
from sbcoder.progress import Reporter, check_cancelled

__all__ = ["SheetColumn", "SheetData", "WriteError", "sheet_names", "write_workbook"]

EXCEL_MAX_TEXT = 32_767  # characters in one cell
SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
NUMBER_FORMATS = {"percent": "0.0", "coefficient": "0.00"}
WIDTH_SAMPLE_ROWS = 500
TEXT_WIDTH = (12, 80)
LABEL_WIDTH = (10, 50)
NUMBER_WIDTH = (8, 18)
HEADER_FILL = PatternFill("solid", start_color="FFE8ECF2")
# Whether sheets convert rows with `_CellStream` (a switch for the test that compares
# its output with openpyxl's own conversion).
FAST_CELLS = True


def sheet_names(names: Sequence[str]) -> list[str]:
    """Valid, distinct Excel sheet names: forbidden characters replaced, at most 31
    characters, duplicates (compared as Excel does, ignoring case) numbered."""
    out: list[str] = []
    seen: set[str] = set()
    for raw in names:
        base = SHEET_NAME_FORBIDDEN.sub("-", raw).strip("' ") or "Sheet"
        name, number = base[:31], 2
        while name.casefold() in seen:
            suffix = f" ({number})"
            name, number = base[: 31 - len(suffix)] + suffix, number + 1
        seen.add(name.casefold())
        out.append(name)
    return out


def clean_text(text: str) -> str:
    """Text Excel accepts: control characters removed, at most 32,767 characters."""
    if ILLEGAL_CHARACTERS_RE.search(text):
        text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if len(text) > EXCEL_MAX_TEXT:
        text = text[: EXCEL_MAX_TEXT - 1] + "…"
    return text


def _width(sheet: SheetData, column: int) -> float:
    kind = sheet.columns[column].kind
    longest = len(sheet.columns[column].label)
    for index, row in enumerate(sheet.rows[:WIDTH_SAMPLE_ROWS]):
        value = row[column]
        if value is None:
            continue
        if isinstance(value, float):
            shown = f"{value:.2f}"
        elif isinstance(value, str):
            shown = max(value.split("\n"), key=len) if "\n" in value else value
        else:
            shown = str(value)
        extra = 2 * sheet.indents[index] if column == 0 and index < len(sheet.indents) else 0
        longest = max(longest, len(shown) + extra)
    low, high = {"text": TEXT_WIDTH, "label": LABEL_WIDTH}.get(kind, NUMBER_WIDTH)
    return float(min(max(longest + 2, low), high))


class _SheetCells:
    """The reusable styled cells of one sheet (see the module docstring).

    Only cells that need a style get one, because a styled cell costs openpyxl about
    three times a plain value: header cells, indented or bold labels, numbers with a
    format (fractions only), and text longer than its column or spread over lines
    (wrapped, top-aligned).
    Text that starts with "=" (or reads like an error code, "#N/A") also goes through a
    styled cell, whose data type can be set to text so that Excel does not run it as a
    formula (or show it as an error)."""

    def __init__(self, worksheet, sheet: SheetData, widths: list[float]) -> None:
        self.worksheet = worksheet
        self.sheet = sheet
        self.widths = widths
        self.bold = Font(bold=True)
        self.cache: dict[tuple[int, int, bool, bool], WriteOnlyCell] = {}
        # Whether the sheet's rows go through a `_CellStream` (values set directly).
        self.direct = False

    def cell(self, column: int, indent: int, bold: bool, wrap: bool) -> WriteOnlyCell:
        """The styled cell for this column and style."""
        key = (column, indent, bold, wrap)
        styled = self.cache.get(key)
        if styled is None:
            kind = self.sheet.columns[column].kind
            styled = WriteOnlyCell(self.worksheet)
            if bold:
                styled.font = self.bold
            if wrap or indent:
                styled.alignment = Alignment(indent=indent, wrap_text=True, vertical="top")
            if kind in NUMBER_FORMATS:
                styled.number_format = NUMBER_FORMATS[kind]
            if not styled.has_style:  # e.g. a short "=…" text: any harmless style will do
                styled.alignment = Alignment(vertical="top")
            self.cache[key] = styled
        return styled

    def header(self) -> list[WriteOnlyCell]:
        cells = []
        for column in self.sheet.columns:
            cell = WriteOnlyCell(self.worksheet, value=clean_text(column.label))
            cell.font = self.bold
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cells.append(cell)
        return cells

    def row(self, values: Sequence[Value], indent: int, bold: bool) -> list[object]:
        """The values of one row, with styled cells where they are needed."""
        out: list[object] = list(values)
        texts: list[str] = [v for v in out if v.__class__ is str]  # type: ignore[misc]
        # One search over the row instead of one per cell: control characters are
        # rare, and openpyxl would refuse the whole workbook over one of them.
        dirty = bool(texts) and ILLEGAL_CHARACTERS_RE.search("".join(texts)) is not None
        columns, widths = self.sheet.columns, self.widths
        for c, value in enumerate(out):
            kind = value.__class__  # exact-type tests: this loop runs for every cell
            if value is None or kind is int:
                if bold and value is not None:
                    out[c] = self._styled(c, 0, True, False, value)
            elif kind is str:
                text: str = value  # type: ignore[assignment]
                if dirty or len(text) > EXCEL_MAX_TEXT:
                    text = clean_text(text)
                if not text:
                    out[c] = None
                    continue
                wrap = len(text) > widths[c] or "\n" in text
                if (
                    wrap
                    or bold
                    or text[0] == "="
                    or (c == 0 and indent)
                    or (text[0] == "#" and text in ERROR_CODES)
                ):
                    out[c] = self._styled(c, indent if c == 0 else 0, bold, wrap, text)
                else:
                    out[c] = text
            elif kind is float:
                number: float = value  # type: ignore[assignment]
                if not math.isfinite(number):
                    out[c] = None  # Excel has no NaN or infinity
                elif bold or (columns[c].kind in NUMBER_FORMATS and not number.is_integer()):
                    # 0.0 or 100.0 reads the same without a format; most cells of a
                    # co-occurrence table are 0, and each styled cell costs.
                    out[c] = self._styled(c, 0, bold, False, number)
            elif bold:
                out[c] = self._styled(c, 0, True, False, value)
        return out

    def _styled(self, column: int, indent: int, bold: bool, wrap: bool, value: object):
        template = self.cell(column, indent, bold, wrap)
        kind = value.__class__
        if self.direct and (kind is str or kind is int or kind is float):
            # Checked and cleaned already: set the type as `_CellStream` does.
            template._value = value
            template.data_type = "s" if kind is str else "n"
            return template
        template.value = value
        if template.data_type in ("f", "e"):
            template.data_type = "s"  # text that starts with "=" is no formula, "#N/A" no error
        return template


def _write_sheet(workbook: Workbook, title: str, sheet: SheetData, progress: _Progress) -> None:
    worksheet = workbook.create_sheet(title=title)
    n_columns = len(sheet.columns)
    # Widths and panes must be set before the first row: write-only mode writes the
    # sheet's head as soon as a row arrives.
    widths = [_width(sheet, column) for column in range(n_columns)]
    for column, width in enumerate(widths):
        worksheet.column_dimensions[get_column_letter(column + 1)].width = width
    frozen_columns = 1 if n_columns > 1 and sheet.columns[0].kind == "label" else 0
    worksheet.freeze_panes = f"{get_column_letter(frozen_columns + 1)}2"
    if n_columns and sheet.rows:
        worksheet.auto_filter.ref = f"A1:{get_column_letter(n_columns)}{len(sheet.rows) + 1}"
    cells = _SheetCells(worksheet, sheet, widths)
    cells.direct = FAST_CELLS and _CellStream.install(worksheet)
    worksheet.append(cells.header())
    indents, bold_rows = sheet.indents, sheet.bold_rows
    for index, row in enumerate(sheet.rows):
        if index % 2000 == 0:
            progress.rows(index, title)
        if len(row) != n_columns:
            raise ValueError(f"row {index + 1} of sheet {title!r} has {len(row)} cells")
        indent = indents[index] if index < len(indents) else 0
        worksheet.append(cells.row(row, indent, index in bold_rows))
    progress.rows(len(sheet.rows), title, sheet_done=True)


class _CellStream:
    """Turns a row that `_SheetCells.row` made into openpyxl cells (see the module
    docstring): str, int and float values get their type set on one reused plain cell
    without openpyxl's general binding, styled cells pass through as they are, and
    anything else (bool, numpy numbers) is bound by openpyxl as usual."""

    def __init__(self, worksheet) -> None:
        self.worksheet = worksheet
        self.plain = WriteOnlyCell(worksheet)

    @classmethod
    def install(cls, worksheet) -> bool:
        """Let `worksheet` convert rows with a `_CellStream`; False (and openpyxl's own
        conversion stays) if this openpyxl does not work the way the stream assumes."""
        if not callable(getattr(type(worksheet), "_values_to_row", None)):
            return False
        probe = WriteOnlyCell(worksheet)
        probe._value, probe.data_type = "=x", "s"
        if probe.value != "=x" or probe.data_type != "s" or probe.has_style:
            return False
        worksheet._values_to_row = cls(worksheet).cells
        return True

    def cells(self, values: Sequence[object], row: int) -> Iterator[Cell]:
        """The cells of one row, as openpyxl's `_values_to_row` yields them."""
        plain = self.plain
        for column, value in enumerate(values, 1):
            kind = value.__class__
            if kind is str:
                cell = plain
                cell._value = value
                cell.data_type = "s"
            elif kind is int or kind is float:
                cell = plain
                cell._value = value
                cell.data_type = "n"
            elif value is None:
                continue
            elif isinstance(value, Cell):
                cell = value
            else:
                cell = plain
                cell.value = value
                if cell.has_style:  # a date format: keep it off the next plain value
                    self.plain = plain = WriteOnlyCell(self.worksheet)
            cell.column = column
            cell.row = row
            yield cell


class _Progress:
    """Rows written so far over all rows of the workbook, reported every 2,000 rows
    (and at the end of each sheet); checks for a cancel at the same moments."""

    def __init__(self, reporter: Reporter | None, total: int) -> None:
        self.reporter, self.total, self.done = reporter, max(total, 1), 0

    def rows(self, in_sheet: int, title: str, sheet_done: bool = False) -> None:
        check_cancelled(self.reporter)
        if self.reporter is not None:
            self.reporter.report(min(self.done + in_sheet, self.total), self.total, title)
        if sheet_done:
            self.done += in_sheet


def write_workbook(
    path: Path | str, sheets: Sequence[SheetData], reporter: Reporter | None = None
) -> Path:
    """Write `sheets` (in order) to one .xlsx file through a temporary file; returns the
    path. Progress goes to `reporter` as rows written out of all rows. Raises
    WriteError (the old file untouched) or `Cancelled`."""
    target = Path(path)
    if not sheets:
        raise WriteError(target, "there is no table to write")
    # Everything happens inside atomic_output: openpyxl streams rows to temporary
    # files as they are appended, so a full disk can strike before `save` too.
    with atomic_output(target) as temporary:
        workbook = Workbook(write_only=True)
        workbook.properties.creator = "sbcoder"
        progress = _Progress(reporter, sum(len(s.rows) for s in sheets))
        try:
            for title, sheet in zip(sheet_names([s.name for s in sheets]), sheets, strict=True):
                _write_sheet(workbook, title, sheet, progress)
            check_cancelled(reporter)
            workbook.save(temporary)
        except BaseException:
            _discard(workbook)
            raise
    return target


def _discard(workbook: Workbook) -> None:
    """Close the streams of an abandoned write-only workbook and delete their temporary
    files now, rather than have the garbage collector print errors about half-written
    XML later (and the files wait for the end of the process)."""
    for worksheet in workbook.worksheets:
        writer = getattr(worksheet, "_writer", None)
        for stream in (getattr(worksheet, "_rows", None), getattr(writer, "xf", None)):
            if stream is not None:
                with suppress(Exception):
                    stream.close()
        if writer is not None and isinstance(getattr(writer, "out", None), str):
            with suppress(OSError):
                os.remove(writer.out)


def stamp(moment: datetime | date) -> str:
    """A date or time as the Info sheet shows it (ISO order, minutes)."""
    if isinstance(moment, datetime):
        return moment.strftime("%Y-%m-%d %H:%M")
    return moment.isoformat()
