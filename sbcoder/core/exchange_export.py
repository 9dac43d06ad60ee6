"""REFI-QDA export: a project's tables as a `ProjectSnapshot` (.qdpx, .qdc).

GUIDs are the project's UUIDs, so exporting twice gives the same file contents.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sbcoder.core.errors import ValidationError
from sbcoder.core.organising import typed_value
from sbcoder.core.project import Project
from sbcoder.db import models as m
from sbcoder.formats import interchange as x
from sbcoder.formats.qdpx import QdpxError, write_qdc, write_qdpx
from sbcoder.formats.qdpx_common import memo_note_guid
from sbcoder.progress import Reporter

TYPE_TO_REFI = {
    "text": "Text",
    "integer": "Integer",
    "float": "Float",
    "boolean": "Boolean",
    "date": "Date",
}


def _uuid_of(rows: dict[int, str], key: int | None) -> str | None:
    return rows.get(key) if key is not None else None


def project_snapshot(project: Project) -> x.ProjectSnapshot:
    """Everything in the project as a REFI-QDA snapshot (GUIDs = the project's UUIDs)."""
    info = project.info()
    with project.session() as s:
        coders = {c.id: c.uuid for c in s.scalars(select(m.Coder))}
        users = [x.User(c.uuid, c.name) for c in s.scalars(select(m.Coder).order_by(m.Coder.id))]
        codes_by_id = {c.id: c for c in s.scalars(select(m.Code))}
        code_uuid = {i: c.uuid for i, c in codes_by_id.items()}
        codes = [
            x.CodeNode(
                c.uuid,
                c.name,
                c.color,
                c.description,
                True,
                _uuid_of(code_uuid, c.parent_id),
                c.position,
                c.memo,
            )
            for c in sorted(codes_by_id.values(), key=lambda c: (c.position, c.id))
        ]
        groups = list(s.scalars(select(m.DocumentGroup).order_by(m.DocumentGroup.id)))
        group_uuid = {g.id: g.uuid for g in groups}
        members: dict[int, list[str]] = {}
        for gid, did in s.execute(select(m.document_group_members)).all():
            members.setdefault(did, []).append(group_uuid[gid])
        codings: dict[int, list[x.Coding]] = {}
        # Plain rows, not ORM objects: a project holds 100,000s of these.
        coding_rows = s.execute(
            select(
                m.Coding.quotation_id,
                m.Coding.uuid,
                m.Coding.code_id,
                m.Coding.coder_id,
                m.Coding.created,
            ).order_by(m.Coding.id)
        )
        for qid, uuid, code_id, coder_id, created in coding_rows:
            codings.setdefault(qid, []).append(
                x.Coding(uuid, code_uuid[code_id], coders.get(coder_id), created)
            )
        quotations: dict[int, list[x.Quotation]] = {}
        quotation_uuid: dict[int, str] = {}
        quotation_rows = s.execute(
            select(
                m.Quotation.id,
                m.Quotation.uuid,
                m.Quotation.document_id,
                m.Quotation.start,
                m.Quotation.end,
                m.Quotation.created,
                m.Quotation.coder_id,
                m.Quotation.memo,
            ).order_by(m.Quotation.id)
        )
        for qid, uuid, doc_id, start, end, created, coder_id, memo in quotation_rows:
            quotation_uuid[qid] = uuid
            quotations.setdefault(doc_id, []).append(
                x.Quotation(
                    uuid, start, end, created, coders.get(coder_id), memo, codings.get(qid, [])
                )
            )
        documents = list(s.scalars(select(m.Document).order_by(m.Document.position, m.Document.id)))
        doc_uuid = {d.id: d.uuid for d in documents}
        sources = [
            x.TextSource(
                d.uuid,
                d.name,
                d.text,
                d.sha256,
                d.imported_at,
                _uuid_of(coders, d.imported_by),
                members.get(d.id, []),
                quotations.get(d.id, []),
            )
            for d in documents
        ]
        case_docs: dict[int, list[str]] = {}
        for cid, did in s.execute(select(m.case_documents)).all():
            case_docs.setdefault(cid, []).append(doc_uuid[did])
        cases_rows = list(s.scalars(select(m.Case).order_by(m.Case.id)))
        case_uuid = {c.id: c.uuid for c in cases_rows}
        cases = [x.Case(c.uuid, c.name, c.description, case_docs.get(c.id, [])) for c in cases_rows]
        attributes = list(s.scalars(select(m.Attribute).order_by(m.Attribute.id)))
        variables = [
            x.Variable(a.uuid, a.name, TYPE_TO_REFI[a.value_type], a.description)
            for a in attributes
        ]
        by_attr = {a.id: a for a in attributes}
        case_values: dict[str, dict[str, Any]] = {}
        source_values: dict[str, dict[str, Any]] = {}
        for v in s.scalars(select(m.AttributeValue)):
            attr = by_attr[v.attribute_id]
            value = typed_value(attr.value_type, v.value)
            if v.case_id is not None:
                case_values.setdefault(case_uuid[v.case_id], {})[attr.uuid] = value
            else:
                source_values.setdefault(doc_uuid[v.document_id], {})[attr.uuid] = value
        targets = {
            **{("code", k): v for k, v in code_uuid.items()},
            **{("document", k): v for k, v in doc_uuid.items()},
            **{("quotation", k): v for k, v in quotation_uuid.items()},
        }
        notes = []
        for memo in s.scalars(select(m.Memo).order_by(m.Memo.id)):
            target = next(
                (
                    targets[(kind, getattr(memo, f"{kind}_id"))]
                    for kind in ("code", "document", "quotation")
                    if getattr(memo, f"{kind}_id") is not None
                ),
                None,
            )
            if memo.case_id is not None:  # REFI-QDA has no notes on cases: keep it free
                title = memo.title or f"Memo: {case_uuid[memo.case_id]}"
                notes.append(
                    x.Note(
                        memo.uuid,
                        f"[case {case_uuid[memo.case_id]}] {title}",
                        memo.text,
                        memo.created,
                        _uuid_of(coders, memo.coder_id),
                    )
                )
                continue
            notes.append(
                x.Note(
                    memo.uuid,
                    memo.title or "Memo",
                    memo.text,
                    memo.created,
                    _uuid_of(coders, memo.coder_id),
                    [target] if target else [],
                )
            )
        for d in documents:
            if d.memo:
                notes.append(
                    x.Note(memo_note_guid(d.uuid), f"Memo: {d.name}", d.memo, None, None, [d.uuid])
                )
        for c in cases_rows:
            if c.memo:
                notes.append(x.Note(memo_note_guid(c.uuid), f"Case memo: {c.name}", c.memo))
        sets = [x.Set(g.uuid, g.name, g.description) for g in groups]
    created = info.get("created")
    return x.ProjectSnapshot(
        name=info.get("name", project.path.stem),
        created=datetime.fromisoformat(created) if created else None,
        users=users,
        codes=codes,
        sources=sources,
        cases=cases,
        variables=variables,
        case_values=case_values,
        source_values=source_values,
        sets=sets,
        notes=notes,
    )


def export_qdpx(project: Project, path: Path | str, reporter: Reporter | None = None) -> Any:
    """Write the project as a REFI-QDA .qdpx file (atomically)."""
    try:
        return write_qdpx(project_snapshot(project), path, reporter=reporter)
    except QdpxError as error:
        raise ValidationError(str(error)) from error


def export_qdc(project: Project, path: Path | str) -> Any:
    """Write the project's codebook as a REFI-QDA .qdc file (atomically)."""
    try:
        return write_qdc(project_snapshot(project), path)
    except QdpxError as error:
        raise ValidationError(str(error)) from error
