"""Intercoder agreement of a project: gather the coders' spans and hand them to the statistics.

`agreement(project, coders)` reads every coding of the chosen coders with one query (codings
joined with their quotations), groups the spans per document, coder and code, cuts the
texts into sentences or paragraphs when those are the unit, and calls
`agreement_stats.compute_agreement`. `agreement_to_json` and `export_agreement_xlsx` turn
the report into something a person reads, with code paths, coder and document names.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from sbcoder.core.agreement_stats import (
    AgreementDocument,
    AgreementFigures,
    AgreementInputError,
    AgreementReport,
    compute_agreement,
    paragraph_units,
    sentence_units,
)
from sbcoder.core.errors import NotFoundError, ValidationError
from sbcoder.core.project import Project
from sbcoder.db.models import Coder, Coding, Document, Quotation
from sbcoder.progress import Reporter, check_cancelled

__all__ = [
    "AgreementReport",
    "agreement",
    "agreement_to_json",
    "export_agreement_xlsx",
]

Unit = Literal["character", "sentence", "paragraph"]
SNIPPET = 200
# Excel holds 1,048,576 rows a sheet; leave room for the header and a note.
MAX_SHEET_ROWS = 1_000_000


def _coder_ids(project: Project, coders: Sequence[str]) -> dict[str, int]:
    """Coder name → id for every named coder, or NotFoundError naming the unknown one."""
    names = [name.strip() for name in coders]
    if len(names) < 2:
        raise ValidationError(f"agreement needs at least two coders, got {names}")
    if len(set(names)) != len(names):
        raise ValidationError(f"a coder is named twice: {names}")
    with project.session() as session:
        found = dict(
            session.execute(select(Coder.name, Coder.id).where(Coder.name.in_(names))).all()
        )
    for name in names:
        if name not in found:
            known = ", ".join(c.name for c in project.coders.list()) or "none"
            raise NotFoundError(f"no coder called {name!r} (coders: {known})")
    return {name: found[name] for name in names}


def _documents(
    project: Project, document_ids: Iterable[int] | None, with_text: bool
) -> list[tuple[int, int, str]]:
    """(id, length, text or "") of the chosen documents in project order."""
    columns = [Document.id, Document.length] + ([Document.text] if with_text else [])
    query = select(*columns).order_by(Document.position, Document.id)
    wanted = None if document_ids is None else list(dict.fromkeys(document_ids))
    if wanted is not None:
        query = query.where(Document.id.in_(wanted))
    with project.session() as session:
        rows = [(row[0], row[1], row[2] if with_text else "") for row in session.execute(query)]
    if wanted is not None:
        missing = set(wanted) - {row[0] for row in rows}
        if missing:
            raise NotFoundError(f"no document with id {sorted(missing)[0]}")
    return rows


def _code_ids(project: Project, code_ids: Iterable[int] | None, used: set[int]) -> list[int]:
    """The codes to compare, in codebook order: as asked, or every code the coders used."""
    order = [code.id for code in project.codebook.tree()]
    if code_ids is None:
        return [code_id for code_id in order if code_id in used]
    wanted = list(dict.fromkeys(code_ids))
    missing = set(wanted) - set(order)
    if missing:
        raise NotFoundError(f"no code with id {sorted(missing)[0]}")
    return wanted


def agreement(
    project: Project,
    coders: Sequence[str],
    unit: Unit = "character",
    document_ids: Iterable[int] | None = None,
    code_ids: Iterable[int] | None = None,
    reporter: Reporter | None = None,
    *,
    coded_only_scope: Literal["code", "any_code"] = "code",
    paragraph_separator: Literal["line", "blank_line"] = "line",
) -> AgreementReport:
    """How far `coders` (names) agree on where codes apply, per code and over all codes.

    `unit` is a character, a sentence or a paragraph (a coder marks a sentence or paragraph
    by coding any part of it); paragraphs are lines by default, or blocks between blank
    lines with `paragraph_separator="blank_line"`. `document_ids` (default: all documents)
    and `code_ids` (default: every code one of the coders applied) narrow it down. A coding
    counts for the coder who made it. Raises NotFoundError for an unknown coder, document
    or code, ValidationError for bad arguments, `Cancelled` if the reporter cancels.
    """
    if unit not in ("character", "sentence", "paragraph"):
        raise ValidationError(f"unknown unit {unit!r}; use character, sentence or paragraph")
    coder_ids = _coder_ids(project, coders)
    name_of = {coder_id: name for name, coder_id in coder_ids.items()}
    documents = _documents(project, document_ids, with_text=unit != "character")
    check_cancelled(reporter)
    query = (
        select(
            Quotation.document_id, Quotation.start, Quotation.end, Coding.code_id, Coding.coder_id
        )
        .join(Quotation, Quotation.id == Coding.quotation_id)
        .where(Coding.coder_id.in_(list(coder_ids.values())))
    )
    if code_ids is not None:
        code_ids = list(dict.fromkeys(code_ids))
        query = query.where(Coding.code_id.in_(code_ids))
    if document_ids is not None:
        query = query.where(Quotation.document_id.in_([doc[0] for doc in documents]))
    spans: dict[int, dict[str, dict[int, list[tuple[int, int]]]]] = {}
    used: set[int] = set()
    with project.session() as session:
        rows = _fetch_tuples(session, query)
    for doc_id, start, end, code_id, coder_id in rows:
        by_code = spans.setdefault(doc_id, {}).setdefault(name_of[coder_id], {})
        by_code.setdefault(code_id, []).append((start, end))
        used.add(code_id)
    chosen_codes = _code_ids(project, code_ids, used)
    check_cancelled(reporter)
    inputs = [
        AgreementDocument(
            doc_id=doc_id,
            length=length,
            codings=spans.get(doc_id, {}),
            units=_units(text, unit, paragraph_separator),
        )
        for doc_id, length, text in documents
    ]
    try:
        return compute_agreement(
            inputs,
            list(coder_ids),
            chosen_codes,
            unit,
            reporter,
            coded_only_scope=coded_only_scope,
        )
    except AgreementInputError as error:
        raise ValidationError(f"{project.path.name}: {error}") from error


def _fetch_tuples(session: Session, query: Select) -> list[tuple]:
    """All rows of a query as plain DB-API tuples.

    A hundred thousand codings come back in a third of the time SQLAlchemy's Row objects
    take, which is most of the agreement service's own share of its two-second budget.
    The statement is still compiled by SQLAlchemy for the connection's dialect.
    """
    connection = session.connection()
    compiled = query.compile(connection, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    args: Any = (
        [params[name] for name in compiled.positiontup or ()] if compiled.positional else params
    )
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(str(compiled), args)
        return cursor.fetchall()
    finally:
        cursor.close()


def _units(text: str, unit: Unit, separator: Literal["line", "blank_line"]):
    if unit == "sentence":
        return sentence_units(text)
    if unit == "paragraph":
        return paragraph_units(text, separator=separator)
    return None


# -- presenting a report ---------------------------------------------------------------
def _names(project: Project) -> tuple[dict[int, str], dict[int, str]]:
    """Code id → path and document id → name."""
    paths = {code.id: code.path for code in project.codebook.tree()}
    documents = {doc.id: doc.name for doc in project.documents.list()}
    return paths, documents


def _texts(project: Project, document_ids: set[int]) -> dict[int, str]:
    if not document_ids:
        return {}
    with project.session() as session:
        return dict(
            session.execute(
                select(Document.id, Document.text).where(Document.id.in_(document_ids))
            ).all()
        )


def _snippet(text: str, start: int, end: int) -> str:
    piece = text[start:end]
    return piece if len(piece) <= SNIPPET else piece[: SNIPPET - 1] + "…"


def _figures(figures: AgreementFigures) -> dict[str, Any]:
    data = asdict(figures)
    data.pop("code_id", None)
    return data


def agreement_to_json(
    report: AgreementReport, project: Project, *, with_text: bool = True
) -> dict[str, Any]:
    """The report as plain data with code paths, document and coder names (for --json).

    Each disagreement carries the document name, offsets, code path, which coders marked
    it and which did not, and (with_text) the passage, shortened to 200 characters.
    """
    paths, documents = _names(project)
    texts = _texts(project, {d.doc_id for d in report.disagreements}) if with_text else {}
    disagreements = []
    for item in report.disagreements:
        entry: dict[str, Any] = {
            "document": documents.get(item.doc_id, str(item.doc_id)),
            "document_id": item.doc_id,
            "code": paths.get(item.code_id, str(item.code_id)),
            "code_id": item.code_id,
            "start": item.start,
            "end": item.end,
            "coders_with": list(item.coders_with),
            "coders_without": list(item.coders_without),
        }
        if with_text:
            entry["text"] = _snippet(texts.get(item.doc_id, ""), item.start, item.end)
        disagreements.append(entry)
    return {
        "project": project.name,
        "unit": report.unit,
        "coders": list(report.coders),
        "coded_only_scope": report.coded_only_scope,
        "overall": _figures(report.overall),
        "per_code": [
            {"code": paths.get(c.code_id, str(c.code_id)), "code_id": c.code_id, **_figures(c)}
            for c in report.per_code
        ],
        "disagreements": disagreements,
    }


_FIGURE_COLUMNS = (
    ("units", "Units"),
    ("coded_units", "Coded units"),
    ("percent_agreement", "% agreement"),
    ("cohen_kappa", "Cohen's kappa"),
    ("krippendorff_alpha", "Krippendorff's alpha"),
    ("coded_only_percent", "% agreement (coded only)"),
    ("coded_only_kappa", "Kappa (coded only)"),
    ("coded_only_alpha", "Alpha (coded only)"),
    ("positive_agreement", "Positive agreement"),
)


def export_agreement_xlsx(report: AgreementReport, project: Project, path: Path | str) -> Path:
    """Write the report to an Excel workbook: "Per code", "Disagreements" and "About".

    The file is written under a temporary name and moved into place when complete, so an
    existing workbook is never left half-written.
    """
    from openpyxl import Workbook

    path = Path(path)
    if not path.parent.is_dir():  # before any sheet exists: nothing is left half-made
        raise ValidationError(f"{path.parent}: no such folder")
    paths, documents = _names(project)
    texts = _texts(project, {d.doc_id for d in report.disagreements})
    workbook = Workbook(write_only=True)
    per_code = workbook.create_sheet("Per code")
    coder_columns = [f"Marked by {coder}" for coder in report.coders]
    per_code.append(["Code", *(title for _, title in _FIGURE_COLUMNS), *coder_columns])

    def figure_row(label: str, figures: AgreementFigures) -> list[Any]:
        values = [getattr(figures, key) for key, _ in _FIGURE_COLUMNS]
        totals = [figures.coder_totals.get(coder, 0) for coder in report.coders]
        return [_cell(per_code, label), *values, *totals]

    per_code.append(figure_row("All codes", report.overall))
    for code in report.per_code:
        per_code.append(figure_row(paths.get(code.code_id, str(code.code_id)), code))

    sheet = workbook.create_sheet("Disagreements")
    sheet.append(["Document", "Code", "Start", "End", "Marked by", "Not marked by", "Text"])
    for row_number, item in enumerate(report.disagreements):
        if row_number >= MAX_SHEET_ROWS:
            sheet.append([f"… {len(report.disagreements) - row_number} more not shown"])
            break
        sheet.append(
            [
                _cell(sheet, documents.get(item.doc_id, str(item.doc_id))),
                _cell(sheet, paths.get(item.code_id, str(item.code_id))),
                item.start,
                item.end,
                _cell(sheet, ", ".join(item.coders_with)),
                _cell(sheet, ", ".join(item.coders_without)),
                _cell(sheet, _snippet(texts.get(item.doc_id, ""), item.start, item.end)),
            ]
        )

    about = workbook.create_sheet("About")
    for label, value in (
        ("Project", project.name),
        ("Coders", ", ".join(report.coders)),
        ("Unit", report.unit),
        ("Coded-only scope", report.coded_only_scope),
        ("Made", datetime.now().isoformat(timespec="seconds")),
    ):
        about.append([label, _cell(about, value)])
    return _save_atomically(workbook, path)


def _cell(sheet: Any, value: str) -> Any:
    """A text cell that Excel shows as text: never a formula, no illegal control characters."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
    cell.data_type = "s"  # a passage starting with "=" is text, not a formula
    return cell


def _save_atomically(workbook: Any, path: Path) -> Path:
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        workbook.save(partial)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path
