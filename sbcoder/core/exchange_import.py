"""REFI-QDA import: a .qdpx file into a new project, a .qdc codebook into a project.

Every GUID is kept as the entity's UUID, so a project → .qdpx → project round trip
loses nothing and a later merge still matches what came from the same file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from sbcoder.core.commands import IdOf, InsertRows, Macro
from sbcoder.core.dto import Outcome
from sbcoder.core.errors import ValidationError
from sbcoder.core.exchange_export import TYPE_TO_REFI
from sbcoder.core.organising import canonical_value
from sbcoder.core.project import Project
from sbcoder.db import models as m
from sbcoder.formats import interchange as x
from sbcoder.formats.qdpx import (
    ImportReport,
    QdpxError,
    merge_duplicate_quotations,
    read_qdc,
    read_qdpx,
)
from sbcoder.formats.qdpx_common import derived_guid, memo_note_guid
from sbcoder.progress import Reporter

REFI_TO_TYPE = {v: k for k, v in TYPE_TO_REFI.items()} | {"DateTime": "text"}


@dataclass
class ExchangeSummary:
    """What an import brought in, and what it could not (never dropped silently)."""

    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)
    position_dialect: str = ""
    dialect_reason: str = ""

    def to_json(self) -> dict[str, Any]:
        """The JSON shape printed by `sbcoder import-qdpx --json`."""
        return {
            "counts": self.counts,
            "warnings": self.warnings,
            "unsupported": self.unsupported,
            "position_dialect": self.position_dialect,
            "dialect_reason": self.dialect_reason,
        }


def _stored_value(type_name: str, value: Any) -> str:
    kind = REFI_TO_TYPE.get(type_name, "text")
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return canonical_value(kind, value)


def import_qdpx(
    source: Path | str, project_path: Path | str, reporter: Reporter | None = None
) -> tuple[Project, ExchangeSummary]:
    """A new project at `project_path` holding what the .qdpx file holds.

    The file is read and checked whole before the project is created, so a hostile or
    broken file leaves nothing behind."""
    try:
        snapshot, report = read_qdpx(source, reporter=reporter)
    except QdpxError as error:
        raise ValidationError(str(error)) from error
    if not snapshot.origin.casefold().startswith("sbcoder"):
        # NVivo and others export one selection per code applied; researchers expect
        # one quotation carrying all of that passage's codes.
        snapshot = merge_duplicate_quotations(snapshot)
    project = Project.create(project_path, name=snapshot.name)
    try:
        summary = _load_snapshot(project, snapshot, report)
    except Exception:
        project.close()
        for leftover in (
            Path(project_path),
            Path(f"{project_path}-wal"),
            Path(f"{project_path}-shm"),
        ):
            leftover.unlink(missing_ok=True)
        raise
    return project, summary


def _sql_time(value: datetime) -> str:
    """A datetime as SQLAlchemy stores it in SQLite (naive UTC, with microseconds)."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(sep=" ", timespec="microseconds")


def _bulk(session: Any, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert many rows through the driver: the ORM's and even Core's per-row
    parameter handling costs seconds at 100,000 quotations."""
    if not rows:
        return
    columns = list(rows[0])
    names = ", ".join('"' + column + '"' for column in columns)
    marks = ", ".join("?" for _ in columns)
    sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"
    values = [
        tuple(_sql_time(v) if isinstance(v, datetime) else v for v in row.values()) for row in rows
    ]
    session.connection().exec_driver_sql(sql, values)


def _load_snapshot(
    project: Project, snap: x.ProjectSnapshot, report: ImportReport
) -> ExchangeSummary:
    now = m.utcnow()
    with project.transaction() as s:
        taken: dict[str, int] = {}

        def put(model: Any, rows: list[dict[str, Any]]) -> dict[str, int]:
            # The project is new and empty, so ids can be handed out here and the rows
            # sent as one executemany: 100,000 quotations in seconds, not minutes.
            first = taken.get(model.__tablename__, 0) + 1
            ids: dict[str, int] = {}
            for number, row in enumerate(rows, first):
                row["id"] = ids[row["uuid"]] = number
            taken[model.__tablename__] = first - 1 + len(rows)
            if rows:
                s.execute(insert(model), rows)
            return ids

        names = {u.guid: u.name or f"User {i + 1}" for i, u in enumerate(snap.users)}
        seen_names: set[str] = set()
        user_rows = []
        for guid, name in names.items():
            unique, n = name, 2
            while unique in seen_names:
                unique, n = f"{name} ({n})", n + 1
            seen_names.add(unique)
            user_rows.append({"uuid": guid, "name": unique, "created": now})
        users = put(m.Coder, user_rows)
        codes: dict[str, int] = {}
        for code in x.code_tree_order(snap.codes):
            codes |= put(
                m.Code,
                [
                    {
                        "uuid": code.guid,
                        "parent_id": codes.get(code.parent_guid or ""),
                        "name": code.name.replace("/", "-") or "(no name)",
                        "color": (code.color or "#999999").upper(),
                        "description": code.description,
                        "memo": code.memo,
                        "position": code.position,
                        "created": now,
                    }
                ],
            )
        docs: dict[str, int] = {}
        quotations: dict[str, int] = {}
        quotation_rows: list[dict[str, Any]] = []
        coding_rows: list[dict[str, Any]] = []
        used_names: set[str] = set()
        for position, src in enumerate(snap.sources):
            name, n = src.name or "document", 2
            while name in used_names:
                name, n = f"{src.name} ({n})", n + 1
            used_names.add(name)
            docs |= put(
                m.Document,
                [
                    {
                        "uuid": src.guid,
                        "name": name,
                        "text": src.text,
                        "length": len(src.text),
                        "sha256": x.sha256_text(src.text),
                        "source_format": "qdpx",
                        "source_path": "",
                        "memo": "",
                        "position": position,
                        "imported_at": src.created or now,
                        "imported_by": users.get(src.creating_user_guid or ""),
                    }
                ],
            )
            for q in src.quotations:
                quotations[q.guid] = len(quotation_rows) + 1
                quotation_rows.append(
                    {
                        "id": len(quotation_rows) + 1,
                        "uuid": q.guid,
                        "document_id": docs[src.guid],
                        "start": q.start,
                        "end": q.end,
                        "memo": q.memo,
                        "coder_id": users.get(q.creating_user_guid or ""),
                        "created": q.created or now,
                        "modified": q.created or now,
                    }
                )
                seen = set()
                for c in q.codings:
                    key = (c.code_guid, c.creating_user_guid)
                    if c.code_guid not in codes or key in seen:
                        continue  # a code twice by one coder on one passage is one coding
                    seen.add(key)
                    coding_rows.append(
                        {
                            "uuid": c.guid,
                            "quotation_id": quotations[q.guid],
                            "code_id": codes[c.code_guid],
                            "coder_id": users.get(c.creating_user_guid or ""),
                            "created": c.created or now,
                        }
                    )
        _bulk(s, "quotations", quotation_rows)
        _bulk(s, "codings", coding_rows)
        groups = put(
            m.DocumentGroup,
            [{"uuid": g.guid, "name": g.name, "description": g.description} for g in snap.sets],
        )
        member_rows = {
            (groups[g.guid], docs[d]) for g in snap.sets for d in g.source_guids if d in docs
        }
        member_rows |= {
            (groups[g], docs[src.guid])
            for src in snap.sources
            for g in src.group_guids
            if g in groups
        }
        if member_rows:
            s.execute(
                insert(m.document_group_members),
                [{"group_id": g, "document_id": d} for g, d in sorted(member_rows)],
            )
        cases = put(
            m.Case,
            [
                {"uuid": c.guid, "name": c.name, "description": c.description, "memo": ""}
                for c in snap.cases
            ],
        )
        case_rows = {
            (cases[c.guid], docs[d]) for c in snap.cases for d in c.source_guids if d in docs
        }
        if case_rows:
            s.execute(
                insert(m.case_documents),
                [{"case_id": c, "document_id": d} for c, d in sorted(case_rows)],
            )
        for var in snap.variables:
            # REFI-QDA variables hold values on cases and on sources alike; sbcoder's
            # attributes have one scope, so a variable used on both becomes two.
            scopes = [
                scope
                for scope, values in (("case", snap.case_values), ("document", snap.source_values))
                if any(var.guid in pairs for pairs in values.values())
            ] or ["case"]
            for scope in scopes:
                guid = var.guid if scope == scopes[0] else derived_guid(var.guid, scope)
                attribute = put(
                    m.Attribute,
                    [
                        {
                            "uuid": guid,
                            "name": var.name,
                            "scope": scope,
                            "value_type": REFI_TO_TYPE.get(var.type_name, "text"),
                            "description": var.description,
                        }
                    ],
                )[guid]
                values, owners = (
                    (snap.case_values, cases) if scope == "case" else (snap.source_values, docs)
                )
                rows = [
                    {
                        "attribute_id": attribute,
                        f"{scope}_id": owners[owner],
                        "value": _stored_value(var.type_name, pairs[var.guid]),
                    }
                    for owner, pairs in values.items()
                    if var.guid in pairs and owner in owners
                ]
                if rows:
                    s.execute(insert(m.AttributeValue), rows)
        case_memo_guids = {memo_note_guid(c.guid): c.guid for c in snap.cases}
        doc_memo_guids = {memo_note_guid(d.guid): d.guid for d in snap.sources}
        for note in snap.notes:
            if note.guid in case_memo_guids and not note.target_guids:
                s.execute(
                    m.Case.__table__.update()
                    .where(m.Case.id == cases[case_memo_guids[note.guid]])
                    .values(memo=note.text)
                )
                continue
            if note.guid in doc_memo_guids and note.target_guids == [doc_memo_guids[note.guid]]:
                s.execute(
                    m.Document.__table__.update()
                    .where(m.Document.id == docs[doc_memo_guids[note.guid]])
                    .values(memo=note.text)
                )
                continue
            row = {
                "uuid": note.guid,
                "title": note.name,
                "text": note.text,
                "coder_id": users.get(note.creating_user_guid or ""),
                "created": note.created or now,
                "modified": note.created or now,
            }
            for target in note.target_guids[:1]:
                for kind, ids in (("code", codes), ("document", docs), ("quotation", quotations)):
                    if target in ids:
                        row[f"{kind}_id"] = ids[target]
            s.execute(insert(m.Memo), row)
    counts = {
        "documents": len(docs),
        "codes": len(codes),
        "quotations": len(quotations),
        "codings": len(coding_rows),
        "cases": len(cases),
        "coders": len(users),
        "notes": len(snap.notes),
    }
    return ExchangeSummary(
        counts,
        list(report.warnings),
        sorted(set(report.unsupported) | set(snap.unsupported)),
        report.position_dialect,
        report.dialect_reason,
    )


def import_qdc(project: Project, path: Path | str) -> Outcome[ExchangeSummary]:
    """Add a .qdc codebook's codes to the project (codes already there by UUID are
    skipped); one undoable step."""
    try:
        nodes, report = read_qdc(path)
    except QdpxError as error:
        raise ValidationError(str(error)) from error
    existing = {c.uuid: c.id for c in project.codebook.tree()}
    commands: list[InsertRows] = []
    by_guid: dict[str, InsertRows] = {}
    for node in x.code_tree_order(nodes):
        if node.guid in existing:
            continue
        parent: Any = existing.get(node.parent_guid or "")
        if parent is None and node.parent_guid in by_guid:
            parent = IdOf(by_guid[node.parent_guid])
        command = InsertRows(
            "codes",
            [
                {
                    "uuid": node.guid,
                    "parent_id": parent,
                    "name": node.name.replace("/", "-"),
                    "color": (node.color or "#999999").upper(),
                    "description": node.description,
                    "memo": node.memo,
                    "position": node.position,
                    "created": m.utcnow(),
                    "created_by": project.current_coder_id,
                }
            ],
        )
        by_guid[node.guid] = command
        commands.append(command)
    macro = Macro(commands, label="Import codebook")
    changes = project.apply(macro)
    summary = ExchangeSummary(
        {"codes": len(commands), "already present": len(nodes) - len(commands)},
        list(report.warnings),
        list(report.unsupported),
    )
    return Outcome(summary, changes, macro)
