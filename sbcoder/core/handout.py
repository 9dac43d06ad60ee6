"""Hand-out copies: a coder's own project made from the master, to be merged back later.

A copy holds the master's documents, groups, cases, attributes and values, and codebook
(with the codebook's memos), every row with the master's uuid — so merging back matches
everything by uuid. It carries none of the other coders' quotations, codings or memos:
the coder codes blind. It does carry the coder's own earlier work (from a previous round
that was merged into the master), unless `include_own_work=False`, so a second round
goes on where the first stopped.

The copy records the coder as its default coder in `project_info` (key `default_coder`);
`default_coder(project)` reads it and `use_default_coder(project)` makes it current.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert

from sbcoder.core.dto import CoderInfo
from sbcoder.core.errors import ProjectExistsError, ProjectFileError
from sbcoder.core.merge_sql import (
    attach_read_only,
    check_readable_project,
    connect,
    timestamp,
)
from sbcoder.core.project import Project
from sbcoder.core.service import clean_name
from sbcoder.db.models import Base, ProjectInfo, new_uuid
from sbcoder.progress import Reporter, check_cancelled

DEFAULT_CODER_KEY = "default_coder"
HANDOUT_KEYS = ("handout_of", "handout_master_name", "handout_created")

# Copied whole, in an order that satisfies the foreign keys (codes refer to coders).
_WHOLE_TABLES = (
    "coders",
    "documents",
    "document_groups",
    "document_group_members",
    "cases",
    "case_documents",
    "attributes",
    "attribute_values",
    "codes",
)


@dataclass(frozen=True)
class HandoutSummary:
    """What `make_handout` wrote: where, for whom, from which master, and how much."""

    path: Path
    coder_name: str
    coder_uuid: str
    master_path: Path
    master_uuid: str
    documents: int
    codes: int
    groups: int
    cases: int
    attributes: int
    attribute_values: int
    memos: int
    quotations: int
    codings: int

    def to_dict(self) -> dict[str, Any]:
        """Plain data for `sbcoder handout --json` and dialogs."""
        data = asdict(self)
        data["path"], data["master_path"] = str(self.path), str(self.master_path)
        return data


def _columns(table: str) -> str:
    return ", ".join(f'"{column.name}"' for column in Base.metadata.tables[table].columns)


def _copy(conn: sqlite3.Connection, table: str, where: str = "", params: tuple = ()) -> int:
    """Copy rows of a master table with their ids and uuids; returns how many."""
    columns = _columns(table)
    cursor = conn.execute(
        f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM master.{table} {where}",
        params,
    )
    return cursor.rowcount


def _remove_partial(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}.lock")):
        leftover.unlink(missing_ok=True)


def make_handout(
    master: Project | Path | str,
    out_path: Path | str,
    coder_name: str,
    *,
    include_own_work: bool = True,
    reporter: Reporter | None = None,
) -> HandoutSummary:
    """Write a coder's copy of `master` to `out_path` (a new file) for `coder_name`.

    The master is only read. The copy is built under a temporary name beside `out_path`
    and renamed when complete, so a failure or cancel leaves no half-made project.
    Raises ProjectExistsError if `out_path` exists, ProjectFileError (or a subclass)
    naming the master if it cannot be read.
    """
    master_path = Path(master.path if isinstance(master, Project) else master)
    out = Path(out_path)
    coder_name = clean_name(coder_name, "coder name")
    check_readable_project(master_path)
    if out.exists():
        raise ProjectExistsError(f"{out}: a file with this name already exists")
    if not out.parent.is_dir():
        raise ProjectFileError(f"{out.parent}: no such folder")
    partial = out.with_name(f".{out.name}.{os.getpid()}.partial")
    _remove_partial(partial)
    try:
        Project.create(partial).close()
        summary = _fill_copy(partial, master_path, out, coder_name, include_own_work, reporter)
        if out.exists():
            raise ProjectExistsError(f"{out}: a file with this name already exists")
        os.replace(partial, out)
    finally:
        _remove_partial(partial)
    return summary


def _fill_copy(
    partial: Path,
    master_path: Path,
    out: Path,
    coder_name: str,
    include_own_work: bool,
    reporter: Reporter | None,
) -> HandoutSummary:
    """Copy the master's rows into the fresh project at `partial` in one transaction."""
    conn = connect(partial)
    try:
        attach_read_only(conn, master_path, "master")
        conn.execute("BEGIN IMMEDIATE")
        counts: dict[str, int] = {}
        steps = len(_WHOLE_TABLES) + 2
        for number, table in enumerate(_WHOLE_TABLES):
            check_cancelled(reporter)
            if reporter is not None:
                reporter.report(number, steps, f"Copying {table.replace('_', ' ')}")
            counts[table] = _copy(conn, table)
        # The codebook's memos go along; memos on anything else are someone's analysis.
        counts["memos"] = _copy(conn, "memos", "WHERE code_id IS NOT NULL")
        coder = conn.execute("SELECT id, uuid FROM main.coders WHERE name = ?", (coder_name,))
        found = coder.fetchone()
        if found is None:
            coder_uuid = new_uuid()
            cursor = conn.execute(
                "INSERT INTO main.coders (uuid, name, created) VALUES (?, ?, ?)",
                (coder_uuid, coder_name, timestamp()),
            )
            coder_id = int(cursor.lastrowid or 0)
        else:
            coder_id, coder_uuid = found["id"], found["uuid"]
        counts["quotations"] = counts["codings"] = 0
        if include_own_work and found is not None:
            check_cancelled(reporter)
            if reporter is not None:
                reporter.report(steps - 2, steps, f"Copying the work of {coder_name}")
            _copy_own_work(conn, coder_id, counts)
        info = dict(conn.execute("SELECT key, value FROM master.project_info").fetchall())
        master_name = info.get("name", master_path.stem)
        conn.executemany(
            "INSERT OR REPLACE INTO main.project_info (key, value) VALUES (?, ?)",
            [
                ("name", f"{master_name} – {coder_name}"),
                (DEFAULT_CODER_KEY, coder_name),
                ("handout_of", info.get("uuid", "")),
                ("handout_master_name", master_name),
                ("handout_created", timestamp()),
            ],
        )
        check_cancelled(reporter)
        conn.execute("COMMIT")
        conn.execute("PRAGMA main.wal_checkpoint(TRUNCATE)")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()
    if reporter is not None:
        reporter.report(steps, steps, "Copy made")
    return HandoutSummary(
        path=out,
        coder_name=coder_name,
        coder_uuid=coder_uuid,
        master_path=master_path,
        master_uuid=info.get("uuid", ""),
        documents=counts["documents"],
        codes=counts["codes"],
        groups=counts["document_groups"],
        cases=counts["cases"],
        attributes=counts["attributes"],
        attribute_values=counts["attribute_values"],
        memos=counts["memos"],
        quotations=counts["quotations"],
        codings=counts["codings"],
    )


def _copy_own_work(conn: sqlite3.Connection, coder_id: int, counts: dict[str, int]) -> None:
    """The coder's own quotations and codings (and the quotations their codings sit on),
    and the coder's memos on anything the copy holds."""
    counts["quotations"] = _copy(
        conn,
        "quotations",
        "WHERE coder_id = ? OR id IN (SELECT quotation_id FROM master.codings WHERE coder_id = ?)",
        (coder_id, coder_id),
    )
    counts["codings"] = _copy(conn, "codings", "WHERE coder_id = ?", (coder_id,))
    counts["memos"] += _copy(
        conn,
        "memos",
        "WHERE coder_id = ? AND code_id IS NULL AND (quotation_id IS NULL "
        "OR quotation_id IN (SELECT id FROM main.quotations))",
        (coder_id,),
    )


def default_coder(project: Project) -> str | None:
    """The coder a project was handed out to (or set as its default), if any."""
    return project.info().get(DEFAULT_CODER_KEY) or None


def set_default_coder(project: Project, name: str | None) -> None:
    """Record (or with None forget) the project's default coder."""
    with project.transaction() as session:
        session.execute(delete(ProjectInfo).where(ProjectInfo.key == DEFAULT_CODER_KEY))
        if name is not None:
            session.execute(
                insert(ProjectInfo),
                [{"key": DEFAULT_CODER_KEY, "value": clean_name(name, "coder name")}],
            )


def use_default_coder(project: Project) -> CoderInfo | None:
    """Make the project's default coder the current coder; None if it has none."""
    name = default_coder(project)
    return project.coders.set_current(name) if name else None


def handout_origin(project: Project) -> dict[str, str] | None:
    """For a hand-out copy: the master's uuid and name and when the copy was made."""
    info = project.info()
    if "handout_of" not in info:
        return None
    return {key.removeprefix("handout_"): info.get(key, "") for key in HANDOUT_KEYS}
