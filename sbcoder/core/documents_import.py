"""Batch import of files as documents: read each file, then insert them a batch at a time.

Reading (and encoding detection, hashing) happens outside any transaction; every
`BATCH_FILES` files (or `BATCH_CHARACTERS` characters) the documents read so far go
in with one transaction: one duplicate lookup, one name lookup, one multi-row insert
and one commit for the batch, instead of four statements and a commit per file. A
document and its group/case rows are always in the same transaction, so no document
is ever half imported; a failing batch is retried file by file, so one bad file still
fails alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, TextClause, delete, func, insert, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from sbcoder.core.changes import Changes
from sbcoder.core.commands import Command, Macro
from sbcoder.core.dto import DocumentInfo, ImportFailure, ImportSummary
from sbcoder.core.errors import ConflictError, ValidationError
from sbcoder.core.service import _explain, clean_name
from sbcoder.db.models import Document, case_documents, document_group_members, new_uuid, utcnow
from sbcoder.progress import Reporter

if TYPE_CHECKING:
    from sbcoder.core.project import Project

# A commit per file made 200 commits for 200 transcripts (a fifth of the import);
# one transaction for everything would hold the write lock, and every text in
# memory, for the whole import. A batch bounds both.
BATCH_FILES = 50
BATCH_CHARACTERS = 16_000_000


@dataclass(frozen=True)
class ReadFile:
    """A file read for import, not yet in the project."""

    index: int  # its place in the list of files, to report in that order
    path: Path
    name: str
    text: str
    sha256: str
    source_format: str


@dataclass
class _Results:
    imported: list[DocumentInfo] = field(default_factory=list)
    duplicates: list[tuple[int, str, str]] = field(default_factory=list)
    failures: list[tuple[int, ImportFailure]] = field(default_factory=list)
    commands: list[Command] = field(default_factory=list)


def unique_name(name: str, taken: set[str]) -> str:
    """`name`, or `name (2)`, `name (3)` … — the first one not in `taken`."""
    unique, n = name, 2
    while unique in taken:
        unique, n = f"{name} ({n})", n + 1
    return unique


def names_like(names: Sequence[str]) -> TextClause:
    """A condition on documents.name matching each name and its numbered variants.

    One range of the unique name index per name, [name, name + " )"): it holds the
    name itself and every "name (n)" (and a few other "name …" that no candidate can
    equal, which does not matter to `unique_name`); SQLite answers the OR of ranges
    with one index search each (a LIKE would scan every row). Written as SQL text
    because building the same condition as expression objects cost more than the
    query for a batch of 50 names.
    """
    ranges = " OR ".join(f"(name >= :low{i} AND name < :high{i})" for i in range(len(names)))
    bounds: dict[str, str] = {}
    for i, name in enumerate(names):
        bounds[f"low{i}"] = name
        bounds[f"high{i}"] = f"{name} )"
    return text(ranges or "0 = 1").bindparams(**bounds)


def read_for_import(index: int, path: Path) -> ReadFile:
    """Read one file as a document-to-be; ValidationError names the file and the reason."""
    from sbcoder.formats.errors import FormatError
    from sbcoder.formats.readers import read_document

    try:
        result = read_document(path)
    except FormatError as error:
        raise ValidationError(str(error)) from error
    # read_document has already refused empty and whitespace-only texts and
    # normalised the line ends; its hash is the one text_sha256 would give.
    name = clean_name(result.title, "document name")
    return ReadFile(index, path, name, result.text, result.sha256, result.source_format)


class ImportDocuments(Command):
    """Insert a batch of documents (and their group/case rows) as one multi-row insert.

    The first apply records the new ids, so redo after undo restores the same ids;
    revert deletes exactly these rows.
    """

    def __init__(
        self, rows: list[dict[str, Any]], group_id: int | None, case_id: int | None, label: str
    ) -> None:
        self.rows = rows
        self.group_id = group_id
        self.case_id = case_id
        self.label = label

    @property
    def ids(self) -> list[int]:
        """The ids of the inserted documents (known after the first apply)."""
        return [row["id"] for row in self.rows]

    def _links(self) -> list[tuple[Table, list[dict[str, int]]]]:
        links = []
        if self.group_id is not None:
            rows = [{"group_id": self.group_id, "document_id": i} for i in self.ids]
            links.append((document_group_members, rows))
        if self.case_id is not None:
            rows = [{"case_id": self.case_id, "document_id": i} for i in self.ids]
            links.append((case_documents, rows))
        return links

    def _changes(self) -> Changes:
        kinds = {"documents"}
        if self.group_id is not None:
            kinds.add("groups")
        if self.case_id is not None:
            kinds.add("cases")
        return Changes(frozenset(kinds))

    def apply(self, session: Session) -> Changes:
        documents = Document.__table__
        if self.rows and "id" not in self.rows[0]:
            inserted = session.execute(
                insert(documents).returning(documents.c.id, sort_by_parameter_order=True),
                self.rows,
            )
            for row, new_id in zip(self.rows, inserted.scalars(), strict=True):
                row["id"] = new_id
        elif self.rows:
            session.execute(insert(documents), self.rows)
        for link_table, rows in self._links():
            session.execute(insert(link_table), rows)
        return self._changes()

    def revert(self, session: Session) -> Changes:
        ids = self.ids
        for link_table, _rows in self._links():
            session.execute(delete(link_table).where(link_table.c.document_id.in_(ids)))
        documents = Document.__table__
        session.execute(delete(documents).where(documents.c.id.in_(ids)))
        return self._changes()


class BatchImport:
    """One run of `DocumentService.import_files` (see the module docstring)."""

    def __init__(
        self,
        project: Project,
        coder_id: int | None,
        group_id: int | None,
        case_id: int | None,
    ) -> None:
        self.project = project
        self.coder_id = coder_id
        self.group_id = group_id
        self.case_id = case_id
        self.results = _Results()

    def run(
        self, paths: Sequence[Path | str], reporter: Reporter | None
    ) -> tuple[ImportSummary, Macro]:
        """Import `paths` in order; a cancel stops before the next file, keeping the rest."""
        pending: list[ReadFile] = []
        characters = 0
        cancelled = False
        for index, raw in enumerate(paths):
            path = Path(raw)
            if reporter is not None:
                if reporter.cancelled():
                    cancelled = True
                    break
                reporter.report(index, len(paths), path.name)
            try:
                read = read_for_import(index, path)
            except (ValidationError, OSError) as error:
                self.results.failures.append((index, ImportFailure(str(path), str(error))))
                continue
            pending.append(read)
            characters += len(read.text)
            if len(pending) >= BATCH_FILES or characters >= BATCH_CHARACTERS:
                self._insert(pending)
                pending, characters = [], 0
        # Files read before a cancel are done: they go in too.
        self._insert(pending)
        if reporter is not None and not cancelled:
            reporter.report(len(paths), len(paths), "")
        return self._summary(cancelled)

    def _summary(self, cancelled: bool) -> tuple[ImportSummary, Macro]:
        results = self.results
        imported = results.imported
        summary = ImportSummary(
            tuple(imported),
            tuple((path, name) for _i, path, name in sorted(results.duplicates)),
            tuple(failure for _i, failure in sorted(results.failures, key=lambda f: f[0])),
            cancelled,
        )
        label = f"Import {len(imported)} documents" if len(imported) != 1 else "Import document"
        return summary, Macro(results.commands, label=label)

    def _insert(self, batch: list[ReadFile]) -> None:
        if not batch:
            return
        try:
            with self.project.transaction() as session:
                command, infos, duplicates = self._plan(session, batch)
                if command is not None:
                    command.apply(session)
        except sa_exc.IntegrityError as error:
            if len(batch) > 1:
                # Find the file that conflicts: the others go in on their own.
                for read in batch:
                    self._insert([read])
                return
            reason = str(ConflictError(f"{batch[0].path.name}: {_explain(error)}"))
            self.results.failures.append(
                (batch[0].index, ImportFailure(str(batch[0].path), reason))
            )
            return
        self.results.duplicates.extend(duplicates)
        if command is None:
            return
        self.results.commands.append(command)
        self.results.imported.extend(_with_ids(infos, command.ids))

    def _plan(
        self, session: Session, batch: list[ReadFile]
    ) -> tuple[ImportDocuments | None, list[DocumentInfo], list[tuple[int, str, str]]]:
        """The rows to insert and the duplicates to skip, read in the write transaction."""
        shas = {read.sha256 for read in batch}
        existing: dict[str, str] = dict(
            session.execute(
                select(Document.sha256, Document.name).where(Document.sha256.in_(shas))
            ).all()
        )
        taken = set(session.scalars(select(Document.name).where(names_like(_distinct(batch)))))
        position = session.scalar(select(func.max(Document.position))) or 0
        rows, infos, duplicates = [], [], []
        for read in batch:
            if read.sha256 in existing:
                duplicates.append((read.index, str(read.path), existing[read.sha256]))
                continue
            name = unique_name(read.name, taken)
            taken.add(name)
            existing[read.sha256] = name  # a later file with the same text repeats this one
            position += 1
            row = _row(read, name, position, self.coder_id)
            rows.append(row)
            infos.append(self._info(row))
        if not rows:
            return None, [], duplicates
        label = f"Import {len(rows)} documents" if len(rows) != 1 else f"Import {rows[0]['name']}"
        return ImportDocuments(rows, self.group_id, self.case_id, label), infos, duplicates

    def _info(self, row: dict[str, Any]) -> DocumentInfo:
        return DocumentInfo(
            0,
            row["uuid"],
            row["name"],
            row["length"],
            row["sha256"],
            row["source_format"],
            "",
            row["imported_at"],
            group_ids=(self.group_id,) if self.group_id is not None else (),
            case_ids=(self.case_id,) if self.case_id is not None else (),
        )


def _distinct(batch: list[ReadFile]) -> list[str]:
    return list(dict.fromkeys(read.name for read in batch))


def _row(read: ReadFile, name: str, position: int, coder_id: int | None) -> dict[str, Any]:
    return {
        "uuid": new_uuid(),
        "name": name,
        "text": read.text,
        "length": len(read.text),
        "sha256": read.sha256,
        "source_format": read.source_format,
        "source_path": str(read.path),
        "memo": "",
        "position": position,
        "imported_by": coder_id,
        "imported_at": utcnow(),
    }


def _with_ids(infos: list[DocumentInfo], ids: list[int]) -> list[DocumentInfo]:
    return [replace(info, id=new_id) for info, new_id in zip(infos, ids, strict=True)]


__all__ = ["BATCH_FILES", "BatchImport", "ImportDocuments", "ReadFile", "unique_name"]
