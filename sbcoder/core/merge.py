"""Merge coders' projects into one: nothing lost, nothing doubled, conflicts shown.

`merge_projects(target, sources)` brings every source's coders, documents, groups, cases,
attributes and values, codes, quotations, codings and memos into the target:

- documents match by uuid, then by the SHA-256 of their text;
- codes by uuid, then by full path (a code made in a copy lands under its matched parent);
- coders by uuid, then by name;
- quotations by uuid, then by (document, start, end, coder);
- codings by uuid, then by (quotation, code, coder).

Merging the same source twice changes nothing; the order of the sources does not change
which codings the target ends up with. Differences are kept and reported, never resolved
silently (see `MergeReport`). The whole merge — all sources — is one transaction: on any
error, or a cancel, the target is left exactly as it was. Sources are opened read-only
and checked first, so a damaged source gives a clear error before anything is written.

Merge is not an undoable command (it may add a hundred thousand rows); a dry run shows
what it would do, and the target can be backed up first (`sbcoder.db.project_file.
backup_file`). This module uses SQLite's ATTACH for the bulk path; a PostgreSQL back end
would need its own bulk path here.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from sbcoder.core.errors import SbcoderError
from sbcoder.core.merge_bulk import (
    drop_staging,
    merge_codings,
    merge_memos,
    merge_quotations,
    prepare_maps,
)
from sbcoder.core.merge_codes import merge_codes
from sbcoder.core.merge_context import SourceMerge
from sbcoder.core.merge_entities import (
    merge_attributes,
    merge_cases,
    merge_coders,
    merge_documents,
    merge_groups,
)
from sbcoder.core.merge_report import EntityCounts, MergeConflict, MergeReport
from sbcoder.core.merge_sql import attach_limit, attach_read_only, check_readable_project, connect
from sbcoder.core.project import Project
from sbcoder.db.project_file import backup_file
from sbcoder.progress import Cancelled, Reporter, check_cancelled

__all__ = [
    "EntityCounts",
    "MergeConflict",
    "MergeError",
    "MergeReport",
    "merge_projects",
]


class MergeError(SbcoderError):
    """The merge failed; the message names the source and says that nothing was changed."""


# The steps of merging one source, in order: each fills the id maps the next ones use.
STEPS: tuple[tuple[str, Callable[[SourceMerge], None]], ...] = (
    ("coders", merge_coders),
    ("documents", merge_documents),
    ("groups", merge_groups),
    ("cases", merge_cases),
    ("attributes", merge_attributes),
    ("codes", merge_codes),
    ("id maps", prepare_maps),
    ("quotations", merge_quotations),
    ("codings", merge_codings),
    ("memos", merge_memos),
)


def _check_sources(target: Project, sources: Sequence[Path]) -> list[Path]:
    """Every source must be a readable project of this schema, and not the target."""
    paths = [Path(source) for source in sources]
    if not paths:
        raise MergeError("no source projects to merge")
    target_path = Path(target.path).resolve()
    for path in paths:
        if path.exists() and path.resolve() == target_path:
            raise MergeError(f"{path}: cannot merge a project into itself")
        # Raises NotAProjectError / NewerSchemaError / ProjectFileError naming the file.
        check_readable_project(path)
    return paths


def _labels(paths: Sequence[Path]) -> list[str]:
    """Short names for the sources in messages: the file name, or more where two clash."""
    names = [path.name for path in paths]
    return [str(path) if names.count(path.name) > 1 else path.name for path in paths]


def merge_projects(
    target: Project,
    sources: Sequence[Path | str],
    dry_run: bool = False,
    reporter: Reporter | None = None,
    *,
    backup: bool = False,
) -> MergeReport:
    """Merge the source projects into `target` in one transaction; see the module docstring.

    With `dry_run=True` everything is computed and reported, then rolled back. With
    `backup=True` a copy of the target is saved beside it first (a merge is not undoable);
    its path is in `report.backup_path`. Raises
    `ProjectFileError` (or a subclass) naming a source that is damaged or not a project,
    `MergeError` when the merge fails (the target unchanged), and
    `sbcoder.progress.Cancelled` when the reporter cancels (the target unchanged).
    """
    started = time.perf_counter()
    paths = _check_sources(target, [Path(s) for s in sources])
    labels = _labels(paths)
    report = MergeReport(target=str(target.path), sources=[str(p) for p in paths], dry_run=dry_run)
    if backup and not dry_run:
        report.backup_path = str(backup_file(Path(target.path), "merge"))
    total_steps = len(paths) * len(STEPS)
    # One writer at a time in this process (the project's own lock), and our own
    # connection to the target file so the sources can be attached read-only by URI.
    with target.write_lock:
        conn = connect(target.path)
        try:
            limit = attach_limit(conn)
            if len(paths) > limit:
                raise MergeError(
                    f"at most {limit} projects can be merged at once; got {len(paths)}"
                )
            schemas = [f"src{number}" for number in range(len(paths))]
            for path, schema in zip(paths, schemas, strict=True):
                attach_read_only(conn, path, schema)
            _run_in_transaction(conn, paths, labels, schemas, report, reporter, total_steps)
            report.committed = not dry_run
            if dry_run:
                conn.execute("ROLLBACK")
            else:
                conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            conn.close()
    report.seconds = time.perf_counter() - started
    if reporter is not None:
        reporter.report(total_steps, total_steps, "Merge done" if not dry_run else "Dry run done")
    return report


def _run_in_transaction(
    conn: sqlite3.Connection,
    paths: Sequence[Path],
    labels: Sequence[str],
    schemas: Sequence[str],
    report: MergeReport,
    reporter: Reporter | None,
    total_steps: int,
) -> None:
    """Begin the transaction and merge every source in it (the caller commits)."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        raise MergeError(f"{report.target}: cannot write to the project now ({error})") from error
    done = 0
    for path, label, schema in zip(paths, labels, schemas, strict=True):
        ctx = SourceMerge(conn, schema, label, report)
        for step_name, step in STEPS:
            check_cancelled(reporter)
            if reporter is not None:
                reporter.report(done, total_steps, f"{label}: {step_name}")
            try:
                step(ctx)
            except (Cancelled, MergeError):
                raise
            except Exception as error:  # any failure: one clear message, all rolled back
                raise MergeError(
                    f"merging {path} into {report.target} failed while merging {step_name} "
                    f"({error}); the target was not changed"
                ) from error
            done += 1
        drop_staging(ctx)
