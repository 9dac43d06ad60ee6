"""Reversible commands: every edit to a project is one of these.

A command holds ids and before/after values, never live ORM objects. `apply` and
`revert` run inside a transaction the project opens, so each is all-or-nothing. The
few primitives here (insert rows, delete rows with everything that hangs on them,
update columns, a macro of several) express every edit the services make; the ui wraps
them in one generic QUndoCommand adapter, and `UndoHistory` does the same without Qt.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from sbcoder.core.changes import Changes, kind_of_table
from sbcoder.db.models import Base

Row = dict[str, Any]


def table(name: str) -> Table:
    """The table object of a table name."""
    return Base.metadata.tables[name]


def _changes_for(session: Session, touched: dict[str, list[Row]]) -> Changes:
    kinds: set[str] = set()
    documents: set[int] = set()
    quotation_ids: set[int] = set()
    for name, rows in touched.items():
        kind = kind_of_table(name)
        if kind:
            kinds.add(kind)
        if name == "quotations":
            documents.update(r["document_id"] for r in rows if r.get("document_id") is not None)
            quotation_ids.update(r["id"] for r in rows if r.get("document_id") is None)
        elif name == "codings":
            quotation_ids.update(r["quotation_id"] for r in rows if r.get("quotation_id"))
    if quotation_ids:
        quotations = table("quotations")
        documents.update(
            session.execute(
                select(quotations.c.document_id).where(quotations.c.id.in_(quotation_ids))
            ).scalars()
        )
    return Changes(frozenset(kinds), frozenset(documents))


class Command(ABC):
    """An edit that can be applied and reverted, any number of times, in turn."""

    label: str = ""

    @abstractmethod
    def apply(self, session: Session) -> Changes:
        """Make the edit (again)."""

    @abstractmethod
    def revert(self, session: Session) -> Changes:
        """Undo the edit."""


class IdOf:
    """A placeholder for the id of a row another `InsertRows` of the same macro inserts."""

    def __init__(self, source: InsertRows, index: int = 0) -> None:
        self.source = source
        self.index = index

    def resolve(self) -> int:
        return int(self.source.rows[self.index]["id"])


def _resolved(row: Row) -> Row:
    return {k: (v.resolve() if isinstance(v, IdOf) else v) for k, v in row.items()}


class InsertRows(Command):
    """Insert rows; the first apply records their new ids so redo restores the same ids.

    Values may be `IdOf` placeholders, resolved at apply time, so one macro can create
    a quotation and the codings that point at it.
    """

    def __init__(
        self,
        table_name: str,
        rows: Sequence[Row],
        label: str = "",
        document_ids: Sequence[int] | None = None,
    ) -> None:
        self.table_name = table_name
        self.rows = [dict(r) for r in rows]
        self.label = label
        # Callers that know which documents the rows touch say so, which saves a
        # lookup per edit (coding is the hot path).
        self.document_ids = frozenset(document_ids) if document_ids is not None else None

    def _changes(self, session: Session) -> Changes:
        if self.document_ids is not None:
            kind = kind_of_table(self.table_name)
            return Changes(frozenset([kind] if kind else []), self.document_ids)
        return _changes_for(session, {self.table_name: [_resolved(r) for r in self.rows]})

    @property
    def ids(self) -> list[int]:
        """The ids of the inserted rows (known after the first apply)."""
        return [r["id"] for r in self.rows]

    def apply(self, session: Session) -> Changes:
        tbl = table(self.table_name)
        has_id = "id" in tbl.c
        for row in self.rows:
            values = _resolved(row)
            if has_id and "id" not in row:
                row["id"] = session.execute(insert(tbl).returning(tbl.c.id), values).scalar_one()
            else:
                session.execute(insert(tbl), values)
        return self._changes(session)

    def revert(self, session: Session) -> Changes:
        changes = self._changes(session)
        tbl = table(self.table_name)
        keys = [c.name for c in tbl.primary_key.columns]
        for row in self.rows:
            values = _resolved(row)
            session.execute(delete(tbl).where(*[tbl.c[k] == values[k] for k in keys]))
        return changes


def _cascade_snapshot(
    session: Session, table_name: str, ids: Iterable[int]
) -> tuple[list[tuple[str, list[Row]]], list[tuple[str, str, int, Any]]]:
    """Rows that deleting `ids` from `table_name` removes (parents first) and the
    columns it sets to NULL, found by walking the schema's foreign keys."""
    removed: list[tuple[str, list[Row]]] = []
    nulled: list[tuple[str, str, int, Any]] = []
    pending: list[tuple[str, list[int]]] = [(table_name, list(ids))]
    seen: set[tuple[str, int]] = set()
    while pending:
        name, key_values = pending.pop(0)
        key_values = [k for k in key_values if (name, k) not in seen]
        if not key_values:
            continue
        seen.update((name, k) for k in key_values)
        tbl = table(name)
        rows = [
            dict(r._mapping) for r in session.execute(select(tbl).where(tbl.c.id.in_(key_values)))
        ]
        if not rows:
            continue
        removed.append((name, rows))
        for child in Base.metadata.sorted_tables:
            for fk in child.foreign_keys:
                if fk.column.table.name != name:
                    continue
                column = fk.parent
                if fk.ondelete == "CASCADE":
                    if "id" in child.c:
                        child_ids = list(
                            session.execute(
                                select(child.c.id).where(column.in_(key_values))
                            ).scalars()
                        )
                        pending.append((child.name, child_ids))
                    else:  # association tables: no id, snapshot them whole
                        assoc = [
                            dict(r._mapping)
                            for r in session.execute(select(child).where(column.in_(key_values)))
                        ]
                        if assoc:
                            removed.append((child.name, assoc))
                elif fk.ondelete == "SET NULL":
                    for rid, old in session.execute(
                        select(child.c.id, column).where(column.in_(key_values))
                    ):
                        nulled.append((child.name, column.name, rid, old))
    return removed, nulled


class DeleteRows(Command):
    """Delete rows and everything that cascades from them; revert puts it all back."""

    def __init__(self, table_name: str, ids: Sequence[int], label: str = "") -> None:
        self.table_name = table_name
        self.row_ids = list(ids)
        self.label = label
        self._removed: list[tuple[str, list[Row]]] = []
        self._nulled: list[tuple[str, str, int, Any]] = []

    def apply(self, session: Session) -> Changes:
        self._removed, self._nulled = _cascade_snapshot(session, self.table_name, self.row_ids)
        changes = _changes_for(session, dict(self._removed))
        tbl = table(self.table_name)
        session.execute(delete(tbl).where(tbl.c.id.in_(self.row_ids)))
        return changes

    def revert(self, session: Session) -> Changes:
        for name, rows in self._removed:
            session.execute(insert(table(name)), rows)
        for name, column, rid, old in self._nulled:
            tbl = table(name)
            session.execute(update(tbl).where(tbl.c.id == rid).values({column: old}))
        return _changes_for(session, dict(self._removed))


class UpdateRow(Command):
    """Set columns of one row; holds the before and after values."""

    def __init__(
        self, table_name: str, row_id: int, before: Row, after: Row, label: str = ""
    ) -> None:
        self.table_name = table_name
        self.row_id = row_id
        self.before = dict(before)
        self.after = dict(after)
        self.label = label

    def _set(self, session: Session, values: Row) -> Changes:
        tbl = table(self.table_name)
        session.execute(update(tbl).where(tbl.c.id == self.row_id).values(_resolved(values)))
        row = {"id": self.row_id}
        if self.table_name == "quotations":
            row["document_id"] = None  # resolved from the id by _changes_for
        return _changes_for(session, {self.table_name: [row]})

    def apply(self, session: Session) -> Changes:
        return self._set(session, self.after)

    def revert(self, session: Session) -> Changes:
        return self._set(session, self.before)


class DeleteWhere(Command):
    """Delete association rows (no id column) matching exact values; revert re-inserts."""

    def __init__(self, table_name: str, rows: Sequence[Row], label: str = "") -> None:
        self.table_name = table_name
        self.rows = [dict(r) for r in rows]
        self.label = label

    def apply(self, session: Session) -> Changes:
        return InsertRows(self.table_name, self.rows).revert(session)

    def revert(self, session: Session) -> Changes:
        return InsertRows(self.table_name, self.rows).apply(session)


class Macro(Command):
    """Several commands as one undo step (applied in order, reverted in reverse)."""

    def __init__(self, children: Sequence[Command], label: str = "") -> None:
        self.children = list(children)
        self.label = label

    def apply(self, session: Session) -> Changes:
        changes = Changes()
        for child in self.children:
            changes = changes | child.apply(session)
        return changes

    def revert(self, session: Session) -> Changes:
        changes = Changes()
        for child in reversed(self.children):
            changes = changes | child.revert(session)
        return changes
