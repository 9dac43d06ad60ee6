"""Quotation counts per code, cut by document, case or coder (for `sbcoder stats`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from sqlalchemy import func, select

from sbcoder.core.errors import ValidationError
from sbcoder.db.models import Case, Coder, Coding, Document, Quotation, case_documents

if TYPE_CHECKING:
    from sbcoder.core.project import Project

By = Literal["document", "case", "coder"]


@dataclass(frozen=True)
class CountRow:
    code_id: int
    path: str
    depth: int
    counts: dict[str, int]
    total: int


@dataclass(frozen=True)
class CountTable:
    by: str
    columns: list[str]
    rows: list[CountRow]
    column_totals: dict[str, int]

    def to_json(self) -> dict[str, object]:
        """The JSON shape of `sbcoder stats --json`."""
        return {
            "by": self.by,
            "columns": self.columns,
            "rows": [
                {"code": r.path, "depth": r.depth, "counts": r.counts, "total": r.total}
                for r in self.rows
            ],
            "totals": self.column_totals,
        }


def count_table(project: Project, by: By = "document") -> CountTable:
    """Distinct quotations per code × document/case/coder (each code counted alone;
    the analysis tables roll parents up)."""
    if by == "document":
        key, label = Quotation.document_id, Document.name
        query = (
            select(Coding.code_id, label, func.count(func.distinct(Coding.quotation_id)))
            .join(Quotation, Quotation.id == Coding.quotation_id)
            .join(Document, Document.id == key)
        )
        columns_query = select(Document.name).order_by(Document.position, Document.id)
    elif by == "case":
        label = Case.name
        query = (
            select(Coding.code_id, label, func.count(func.distinct(Coding.quotation_id)))
            .join(Quotation, Quotation.id == Coding.quotation_id)
            .join(case_documents, case_documents.c.document_id == Quotation.document_id)
            .join(Case, Case.id == case_documents.c.case_id)
        )
        columns_query = select(Case.name).order_by(Case.name)
    elif by == "coder":
        label = Coder.name
        query = select(Coding.code_id, label, func.count(func.distinct(Coding.quotation_id))).join(
            Coder, Coder.id == Coding.coder_id
        )
        columns_query = select(Coder.name).order_by(Coder.name)
    else:
        raise ValidationError(f"stats by {by!r}: choose document, case or coder")
    with project.session() as session:
        cells = session.execute(query.group_by(Coding.code_id, label)).all()
        columns = list(session.scalars(columns_query))
    per_code: dict[int, dict[str, int]] = {}
    for code_id, column, n in cells:
        per_code.setdefault(code_id, {})[column] = n
    rows = []
    totals = dict.fromkeys(columns, 0)
    for code in project.codebook.tree():
        counts = {c: per_code.get(code.id, {}).get(c, 0) for c in columns}
        for c, n in counts.items():
            totals[c] += n
        rows.append(CountRow(code.id, code.path, code.depth, counts, sum(counts.values())))
    return CountTable(by, columns, rows, totals)
