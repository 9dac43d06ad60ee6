"""Export the analysis tables: one Excel workbook, or one CSV file per table.

The workbook holds code frequencies by document, by case and by coder, the code
co-occurrence table, the CIMO matrix, the quotations list, and an Info sheet that
says where the numbers come from (project, date, filters, sbcoder version, spaCy
pipeline, how parents were counted). All tables are built from one read of the
project. Files are written through a temporary file and moved into place at the end
(see `sbcoder.formats.csv_writer.atomic_output`), so a failure leaves the old file
as it was; it is reported as an `ExportError` whose message names the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import sbcoder
from sbcoder.core.analysis import frequency_table
from sbcoder.core.analysis_cimo import cimo_matrix
from sbcoder.core.analysis_cooccurrence import co_occurrence_table
from sbcoder.core.analysis_data import AnalysisData, load_analysis_data
from sbcoder.core.analysis_filters import TableFilter, describe_filter, select_data
from sbcoder.core.analysis_labels import check_language, text
from sbcoder.core.analysis_quotations import quotations_table
from sbcoder.core.analysis_table import Table
from sbcoder.core.errors import SbcoderError, ValidationError
from sbcoder.formats.csv_writer import SheetColumn, SheetData, WriteError, write_csv
from sbcoder.formats.xlsx_writer import stamp, write_workbook
from sbcoder.progress import Reporter, check_cancelled

if TYPE_CHECKING:
    from sbcoder.core.project import Project

PROGRESS_TOTAL = 100
TABLES_SHARE = 30  # of PROGRESS_TOTAL: building the tables; writing takes the rest


class _Share:
    """Passes a part of the work's progress on as its share of 0–100 (building the
    tables is the first share, writing the file the rest), so one progress bar runs
    once from start to end."""

    def __init__(self, reporter: Reporter | None, start: int, end: int) -> None:
        self.reporter, self.start, self.end = reporter, start, end

    def report(self, done: int, total: int, message: str = "") -> None:
        if self.reporter is not None:
            share = self.start + (self.end - self.start) * done // max(total, 1)
            self.reporter.report(share, PROGRESS_TOTAL, message)

    def cancelled(self) -> bool:
        return self.reporter is not None and self.reporter.cancelled()


class ExportError(SbcoderError):
    """A table file could not be written; the message names the file and the reason.
    Whatever was at that path before is untouched."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"Cannot write '{self.path.name}': {reason}")

    def __reduce__(self) -> tuple[type[ExportError], tuple[Path, str]]:
        # Keep (path, reason) when the error crosses a process boundary.
        return (self.__class__, (self.path, self.reason))


def code_paths(table: Table) -> list[str]:
    """Each row's label as a full path ("Mechanisme/Versterkend/Vertrouwen"), rebuilt
    from the tree order and depths (for CSV, where indentation cannot be shown)."""
    stack: list[str] = []
    paths = []
    for header in table.row_headers:
        if header.is_total:
            paths.append(header.label)
            continue
        del stack[header.depth :]
        stack.append(header.label)
        paths.append("/".join(stack))
    return paths


def table_to_sheet(table: Table, *, full_paths: bool = False) -> SheetData:
    """A table as the plain sheet data the writers take (row labels first). With
    `full_paths`, tree rows are labelled with their full code path instead of being
    indented."""
    tree = any(h.depth for h in table.row_headers)
    labels = code_paths(table) if full_paths and tree else [h.label for h in table.row_headers]
    return SheetData(
        name=table.name,
        title=table.title,
        columns=(
            SheetColumn(table.row_header_title, "label"),
            *(SheetColumn(h.label, h.kind) for h in table.column_headers),
        ),
        rows=[[label, *cells] for label, cells in zip(labels, table.cells, strict=True)],
        indents=[] if full_paths else [h.depth for h in table.row_headers],
        bold_rows=frozenset(i for i, h in enumerate(table.row_headers) if h.is_total),
    )


def workbook_tables(
    project: Project,
    table_filter: TableFilter | None = None,
    language: str = "nl",
    *,
    rollup: str = "once",
    co_mode: str = "quotation",
    context: bool = False,
    data: AnalysisData | None = None,
    reporter: Reporter | None = None,
) -> list[Table]:
    """The tables of the workbook, in sheet order, from one read of the project."""
    return list(
        _built_tables(project, table_filter, language, rollup, co_mode, context, data, reporter)
    )


def _built_tables(
    project: Project,
    table_filter: TableFilter | None,
    language: str,
    rollup: str,
    co_mode: str,
    context: bool,
    data: AnalysisData | None,
    reporter: Reporter | None,
) -> Iterator[Table]:
    """The workbook's tables one at a time, so that a caller can let each go before
    the next is built (a frequency table keeps what its drill-down needs: 13-34 MB
    each on the benchmark's project L)."""
    data = data or load_analysis_data(project)
    cimo_rows = "case" if data.cases else "document"
    builders = [
        lambda: frequency_table(
            project, "document", filter=table_filter, rollup=rollup, language=language, data=data
        ),
        lambda: frequency_table(
            project, "case", filter=table_filter, rollup=rollup, language=language, data=data
        ),
        lambda: frequency_table(
            project, "coder", filter=table_filter, rollup=rollup, language=language, data=data
        ),
        lambda: co_occurrence_table(
            project, mode=co_mode, filter=table_filter, language=language, data=data
        ),
        lambda: (
            cimo_matrix(
                project,
                rows=cimo_rows,
                filter=table_filter,
                with_counts=True,
                language=language,
                data=data,
            ).table
        ),
        lambda: quotations_table(
            project, filter=table_filter, context=context, language=language, data=data
        ),
    ]
    for index, build in enumerate(builders):
        check_cancelled(reporter)
        table = build()
        if reporter is not None:
            reporter.report(index + 1, len(builders), table.name)
        yield table
        del table  # not held while the next one is built


class Described(Protocol):
    """What the Info sheet needs of a table."""

    @property
    def name(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def notes(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class _Contents:
    name: str
    title: str
    notes: tuple[str, ...]


def info_sheet(
    project: Project,
    data: AnalysisData,
    table_filter: TableFilter | None,
    language: str,
    tables: Sequence[Described],
    pipeline_name: str | None,
) -> SheetData:
    """The Info sheet: where the numbers come from (`tables` are the workbook's tables,
    or anything with their name, title and notes)."""
    selection = select_data(data, table_filter)
    counts = text(
        "info_counts",
        language,
        documents=len(selection.doc_ids),
        codes=len(selection.codes),
        quotations=len(set(selection.qi.tolist())),
        codings=len(selection.qi),
    )
    rows: list[list[object]] = [
        [text("info_project", language), project.name],
        [text("info_file", language), str(project.path)],
        [text("info_date", language), stamp(datetime.now())],
        [text("info_filters", language), describe_filter(data, table_filter, language)],
        [text("info_size", language), counts],
        [text("info_version", language), sbcoder.__version__],
        [text("info_pipeline", language), pipeline_name or text("info_unknown", language)],
        [text("info_language", language), language],
    ]
    for table in tables:
        rows.append([f"{text('info_contents', language)}: {table.name}", table.title])
    for table in tables:
        for note in table.notes:
            rows.append([f"{text('info_notes', language)}: {table.name}", note])
    return SheetData(
        name=text("info", language),
        title=text("info", language),
        columns=(
            SheetColumn(text("info_item", language), "label"),
            SheetColumn(text("info_value", language), "text"),
        ),
        rows=rows,  # type: ignore[arg-type]
    )


def _sheets(
    project: Project,
    filter: TableFilter | None,
    language: str,
    reporter: Reporter | None,
    pipeline_name: str | None,
    rollup: str,
    co_mode: str,
    context: bool,
    *,
    full_paths: bool,
) -> list[SheetData]:
    """The sheets of every table of an export, plus the Info sheet (shared by the
    workbook and the CSV export)."""
    language = check_language(language)
    data = load_analysis_data(project)
    building = _Share(reporter, 0, TABLES_SHARE)
    sheets: list[SheetData] = []
    contents: list[Described] = []
    # Each table becomes its sheet at once and is let go: the sheet keeps the values,
    # not what the table's drill-down needs (the export's peak on L: 297 -> 255 MB).
    for table in _built_tables(project, filter, language, rollup, co_mode, context, data, building):
        sheets.append(table_to_sheet(table, full_paths=full_paths))
        contents.append(_Contents(table.name, table.title, table.notes))
        del table
    sheets.append(info_sheet(project, data, filter, language, contents, pipeline_name))
    return sheets


def export_workbook(
    project: Project,
    path: Path | str,
    filter: TableFilter | None = None,
    language: str = "nl",
    reporter: Reporter | None = None,
    *,
    pipeline_name: str | None = None,
    rollup: str = "once",
    co_mode: str = "quotation",
    context: bool = False,
) -> Path:
    """Write every analysis table to one .xlsx workbook (a sheet each, plus Info).

    `pipeline_name` is the active spaCy pipeline if the caller knows it (it is only
    recorded, never loaded); `rollup`, `co_mode` and `context` are passed to the
    frequency tables, the co-occurrence table and the quotations list. Raises
    ExportError (old file untouched), ValidationError for a bad path or option, or
    `Cancelled` when the reporter cancels."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise ValidationError(f"an Excel export needs a .xlsx file name, not {target.name!r}")
    sheets = _sheets(
        project,
        filter,
        language,
        reporter,
        pipeline_name,
        rollup,
        co_mode,
        context,
        full_paths=False,
    )
    try:
        write_workbook(target, sheets, _Share(reporter, TABLES_SHARE, PROGRESS_TOTAL))
    except WriteError as error:
        raise ExportError(target, error.reason) from error
    if reporter is not None:
        reporter.report(PROGRESS_TOTAL, PROGRESS_TOTAL, target.name)
    return target


def csv_options(language: str) -> tuple[str, str]:
    """(delimiter, decimal mark) a spreadsheet in that language expects: Dutch Excel
    splits fields on ";" and reads "," as the decimal mark."""
    return (";", ",") if check_language(language) == "nl" else (",", ".")


def write_table_csv(table: Table, path: Path | str, language: str = "nl") -> Path:
    """One table as a CSV file (codes as full paths). Raises ExportError."""
    delimiter, decimal = csv_options(language)
    try:
        return write_csv(
            path, table_to_sheet(table, full_paths=True), delimiter=delimiter, decimal=decimal
        )
    except WriteError as error:
        raise ExportError(path, error.reason) from error


def _file_part(name: str) -> str:
    return re.sub(r'[<>:"/\\|?*\x00-\x1f]', "-", name).strip(" .") or "table"


def export_csv(
    project: Project,
    path: Path | str,
    filter: TableFilter | None = None,
    language: str = "nl",
    reporter: Reporter | None = None,
    *,
    pipeline_name: str | None = None,
    rollup: str = "once",
    co_mode: str = "quotation",
    context: bool = False,
) -> list[Path]:
    """The workbook's tables as CSV files beside `path`: for "out.csv", files named
    "out - <table>.csv" (Info included). Each file is replaced whole or not at all.
    Returns the paths written; raises ExportError like `export_workbook`."""
    target = Path(path)
    if target.suffix.lower() != ".csv":
        raise ValidationError(f"a CSV export needs a .csv file name, not {target.name!r}")
    sheets = _sheets(
        project,
        filter,
        language,
        reporter,
        pipeline_name,
        rollup,
        co_mode,
        context,
        full_paths=True,
    )
    delimiter, decimal = csv_options(language)
    written: list[Path] = []
    writing = _Share(reporter, TABLES_SHARE, PROGRESS_TOTAL)
    for index, sheet in enumerate(sheets):
        check_cancelled(reporter)
        out = target.with_name(f"{target.stem} - {_file_part(sheet.name)}.csv")
        try:
            written.append(
                write_csv(out, sheet, delimiter=delimiter, decimal=decimal, reporter=reporter)
            )
        except WriteError as error:
            raise ExportError(out, error.reason) from error
        writing.report(index + 1, len(sheets), out.name)
    return written
