"""The state of merging one source into the target, and the helpers every step shares.

The target is the connection's `main` database; the source is attached read-only under
`self.src`. Each step fills one id map (source id → target id) that later steps use.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from sbcoder.core.merge_report import MergeReport, Outcome
from sbcoder.core.merge_sql import derived_uuid, timestamp

# Which memos column links a memo to an item of each table.
MEMO_LINK = {
    "documents": "document_id",
    "codes": "code_id",
    "quotations": "quotation_id",
    "cases": "case_id",
}


class SourceMerge:
    """Merging one attached source: its id maps, the report, and shared helpers."""

    def __init__(
        self, conn: sqlite3.Connection, schema: str, label: str, report: MergeReport
    ) -> None:
        self.conn = conn
        self.src = schema
        self.label = label
        self.report = report
        self.now = timestamp()
        self.coders: dict[int | None, int | None] = {None: None}
        self.documents: dict[int, int] = {}
        self.groups: dict[int, int] = {}
        self.cases: dict[int, int] = {}
        self.attributes: dict[int, int] = {}
        self.codes: dict[int, int] = {}
        # The target id of the coder the source was handed out to (memos made from its
        # memo fields are attributed to that coder).
        self.default_coder: int | None = None

    # -- SQL -----------------------------------------------------------------------
    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """All rows of a query (use `{src}` in `sql` for the source schema)."""
        return self.conn.execute(sql.format(src=self.src), params).fetchall()

    def value(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row, or None."""
        row = self.conn.execute(sql.format(src=self.src), params).fetchone()
        return None if row is None else row[0]

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        """Run one statement (use `{src}` for the source schema)."""
        return self.conn.execute(sql.format(src=self.src), params)

    def insert(self, table: str, values: dict[str, Any]) -> int:
        """Insert one row into the target and return its id."""
        columns = ", ".join(f'"{name}"' for name in values)
        marks = ", ".join("?" for _ in values)
        cursor = self.conn.execute(
            f"INSERT INTO main.{table} ({columns}) VALUES ({marks})", list(values.values())
        )
        return int(cursor.lastrowid or 0)

    def fill_map_table(self, name: str, mapping: Iterable[tuple[int, int | None]]) -> None:
        """A temp table `name(src_id, tgt_id)` holding an id map, for set-based joins."""
        self.conn.execute(f"DROP TABLE IF EXISTS temp.{name}")
        self.conn.execute(f"CREATE TEMP TABLE {name} (src_id INTEGER PRIMARY KEY, tgt_id INTEGER)")
        self.conn.executemany(
            f"INSERT INTO temp.{name} (src_id, tgt_id) VALUES (?, ?)",
            [(s, t) for s, t in mapping if s is not None],
        )

    # -- the report ----------------------------------------------------------------
    def count(self, entity: str, outcome: Outcome, how_many: int = 1) -> None:
        """Record incoming rows of `entity` with an outcome."""
        if how_many:
            self.report.count(entity, outcome, how_many)

    def conflict(
        self, entity: str, kind: str, item: str, message: str, target_id: int | None = None
    ) -> None:
        """Record a conflict found in this source."""
        self.report.conflict(self.label, entity, kind, item, message, target_id)

    # -- memo fields ---------------------------------------------------------------
    def keep_text(
        self,
        *,
        table: str,
        column: str,
        target_id: int,
        item: str,
        item_uuid: str,
        target_text: str,
        incoming_text: str,
        coder_id: int | None = None,
    ) -> str:
        """Bring a memo-like text field (memo, description) of a matched item over.

        Empty or equal: nothing to do. Target empty: the incoming text fills the field.
        Both written and different: the target's stays in the field and the incoming one
        becomes a memo linked to the item, flagged as a conflict — unless an earlier merge
        already kept it so. Counted under "memos" when the incoming text is not the
        target's. Returns the field's text afterwards.
        """
        incoming = incoming_text or ""
        if not incoming.strip() or incoming == target_text:
            return target_text  # nothing new: not counted
        link = MEMO_LINK[table]
        kept = self.value(
            f"SELECT 1 FROM main.memos WHERE {link} = ? AND text = ? LIMIT 1", (target_id, incoming)
        )
        if kept:
            self.count("memos", "present")
            return target_text
        if not (target_text or "").strip():
            self.execute(
                f'UPDATE main.{table} SET "{column}" = ? WHERE id = ?', (incoming, target_id)
            )
            self.count("memos", "added")
            return incoming
        what = "description" if column == "description" else "memo"
        self.add_linked_memo(
            link=link,
            target_id=target_id,
            uuid=derived_uuid(table, item_uuid, column, incoming),
            title=f"{what.capitalize()} from {self.label}",
            text=incoming,
            coder_id=coder_id if coder_id is not None else self.default_coder,
        )
        self.count("memos", "conflicting")
        self.conflict(
            "memos",
            what,
            item,
            f"{item}: the target and {self.label} have different {what}s; the target's "
            f"stays, the one from {self.label} is kept as a separate memo on it",
            target_id,
        )
        return target_text

    def add_linked_memo(
        self,
        *,
        link: str | None,
        target_id: int | None,
        uuid: str,
        title: str,
        text: str,
        coder_id: int | None,
    ) -> int:
        """Insert a memo row (linked to one item, or free with link=None)."""
        values: dict[str, Any] = {
            "uuid": uuid,
            "title": title[:300],
            "text": text,
            "coder_id": coder_id,
            "created": self.now,
            "modified": self.now,
        }
        if link is not None:
            values[link] = target_id
        return self.insert("memos", values)
