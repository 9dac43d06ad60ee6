"""Documents: import transcripts, rename, delete (with their quotations), memo."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import and_, func, or_, select

from sbcoder.core.commands import DeleteRows, InsertRows, Macro, UpdateRow
from sbcoder.core.dto import DocumentInfo, ImportFailure, ImportSummary, Outcome
from sbcoder.core.errors import ConflictError, NotFoundError, ValidationError
from sbcoder.core.service import Service, clean_name
from sbcoder.db.models import Document, Quotation, case_documents, document_group_members, utcnow
from sbcoder.progress import Reporter


def text_sha256(text: str) -> str:
    """The SHA-256 that identifies a transcript's text across projects."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise_line_ends(text: str) -> str:
    """CRLF and lone CR become LF; nothing else changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


class DuplicateDocumentError(ConflictError):
    """The same text is already in the project (reported, not imported twice)."""

    def __init__(self, message: str, existing_name: str) -> None:
        super().__init__(message)
        self.existing_name = existing_name


class DocumentService(Service):
    # -- queries -----------------------------------------------------------------
    def list(self, document_ids: Sequence[int] | None = None) -> list[DocumentInfo]:
        """Documents in their order (all, or those with the given ids), with quotation
        counts, groups and cases."""
        only = list(document_ids) if document_ids is not None else None
        with self.project.session() as session:
            count_query = select(Quotation.document_id, func.count()).group_by(
                Quotation.document_id
            )
            group_query = select(document_group_members)
            case_query = select(case_documents)
            if only is not None:
                count_query = count_query.where(Quotation.document_id.in_(only))
                group_query = group_query.where(document_group_members.c.document_id.in_(only))
                case_query = case_query.where(case_documents.c.document_id.in_(only))
            counts = dict(session.execute(count_query).all())
            groups: dict[int, list[int]] = {}
            for gid, did in session.execute(group_query).all():
                groups.setdefault(did, []).append(gid)
            cases: dict[int, list[int]] = {}
            for cid, did in session.execute(case_query).all():
                cases.setdefault(did, []).append(cid)
            query = select(
                Document.id,
                Document.uuid,
                Document.name,
                Document.length,
                Document.sha256,
                Document.source_format,
                Document.memo,
                Document.imported_at,
            ).order_by(Document.position, Document.id)
            if only is not None:
                query = query.where(Document.id.in_(only))
            rows = session.execute(query).all()
            return [
                DocumentInfo(
                    *row,
                    quotation_count=counts.get(row.id, 0),
                    group_ids=tuple(sorted(groups.get(row.id, ()))),
                    case_ids=tuple(sorted(cases.get(row.id, ()))),
                )
                for row in rows
            ]

    def get(self, document_id: int) -> DocumentInfo:
        """One document's info, or NotFoundError."""
        found = self.list([document_id])
        if found:
            return found[0]
        raise NotFoundError(f"no document with id {document_id}")

    def by_name(self, name: str) -> DocumentInfo:
        """The document called `name` (exact, then case-insensitive), or NotFoundError."""
        docs = self.list()
        for info in docs:
            if info.name == name:
                return info
        matches = [d for d in docs if d.name.casefold() == name.casefold()]
        if len(matches) == 1:
            return matches[0]
        raise NotFoundError(f"no document called {name!r}")

    def text(self, document_id: int) -> str:
        """The whole text of a document."""
        with self.project.session() as session:
            text = session.scalar(select(Document.text).where(Document.id == document_id))
            if text is None:
                raise NotFoundError(f"no document with id {document_id}")
            return text

    # -- edits -------------------------------------------------------------------
    def add_text(
        self,
        name: str,
        text: str,
        *,
        source_format: str = "txt",
        source_path: str = "",
        allow_duplicate: bool = False,
    ) -> Outcome[DocumentInfo]:
        """Add a document from its text; the same text twice raises DuplicateDocumentError."""
        name = clean_name(name, "document name")
        text = normalise_line_ends(text)
        if not text.strip():
            raise ValidationError(f"{name}: the document has no text")
        sha = text_sha256(text)
        # One read for everything the insert needs: a batch import runs this per file.
        with self.project.session() as session:
            existing = session.scalar(select(Document.name).where(Document.sha256 == sha).limit(1))
            taken = set(
                session.scalars(
                    # Two ranges of the unique name index (a LIKE would scan every row).
                    select(Document.name).where(
                        or_(
                            Document.name == name,
                            and_(Document.name >= f"{name} (", Document.name < f"{name} )"),
                        )
                    )
                )
            )
            position = (session.scalar(select(func.max(Document.position))) or 0) + 1
        if existing is not None and not allow_duplicate:
            raise DuplicateDocumentError(
                f"{name}: the same text is already in the project as {existing!r}", existing
            )
        unique, n = name, 2
        while unique in taken:
            unique, n = f"{name} ({n})", n + 1
        row = {
            "uuid": _new_uuid(),
            "name": unique,
            "text": text,
            "length": len(text),
            "sha256": sha,
            "source_format": source_format,
            "source_path": source_path,
            "memo": "",
            "position": position,
            "imported_by": self.coder_id,
            "imported_at": utcnow(),
        }
        command = InsertRows("documents", [row], label=f"Import {name}")
        changes = self.run(command)
        info = DocumentInfo(
            command.ids[0],
            row["uuid"],
            unique,
            len(text),
            sha,
            source_format,
            "",
            row["imported_at"],
        )
        return Outcome(info, changes, command)

    def import_file(
        self, path: Path | str, *, group_id: int | None = None, case_id: int | None = None
    ) -> Outcome[DocumentInfo]:
        """Read one file (txt, docx, odt, pdf, rtf, md) and add it as a document."""
        from sbcoder.formats.errors import FormatError
        from sbcoder.formats.readers import read_document

        path = Path(path)
        try:
            result = read_document(path)
        except FormatError as error:
            raise ValidationError(str(error)) from error
        outcome = self.add_text(
            result.title,
            result.text,
            source_format=result.source_format,
            source_path=str(path),
        )
        extra = []
        doc_id = outcome.value.id
        if group_id is not None:
            extra.append(
                InsertRows(
                    "document_group_members", [{"group_id": group_id, "document_id": doc_id}]
                )
            )
        if case_id is not None:
            extra.append(
                InsertRows("case_documents", [{"case_id": case_id, "document_id": doc_id}])
            )
        if not extra:
            return outcome
        more = Macro(extra)
        changes = self.run(more)
        return Outcome(
            self.get(doc_id),
            outcome.changes | changes,
            Macro([outcome.command, more], label=outcome.command.label),
        )

    def import_files(
        self,
        paths: Sequence[Path | str],
        *,
        group_id: int | None = None,
        case_id: int | None = None,
        reporter: Reporter | None = None,
    ) -> tuple[ImportSummary, Macro]:
        """Import many files, one transaction each: a failure skips that file only.

        Returns the summary and one macro of all imports (one undo step). A cancel
        stops before the next file; what was imported stays.
        """
        imported, duplicates, failures, commands = [], [], [], []
        cancelled = False
        for done, raw in enumerate(paths):
            path = Path(raw)
            if reporter is not None:
                if reporter.cancelled():
                    cancelled = True
                    break
                reporter.report(done, len(paths), path.name)
            try:
                outcome = self.import_file(path, group_id=group_id, case_id=case_id)
            except DuplicateDocumentError as error:
                duplicates.append((str(path), error.existing_name))
                continue
            except (ValidationError, ConflictError, OSError) as error:
                failures.append(ImportFailure(str(path), str(error)))
                continue
            imported.append(outcome.value)
            commands.append(outcome.command)
        if reporter is not None and not cancelled:
            reporter.report(len(paths), len(paths), "")
        label = f"Import {len(imported)} documents" if len(imported) != 1 else "Import document"
        summary = ImportSummary(tuple(imported), tuple(duplicates), tuple(failures), cancelled)
        return summary, Macro(commands, label=label)

    def rename(self, document_id: int, name: str) -> Outcome[DocumentInfo]:
        """Give a document another name (names are unique)."""
        name = clean_name(name, "document name")
        before = self.get(document_id)
        command = UpdateRow(
            "documents",
            document_id,
            {"name": before.name},
            {"name": name},
            label=f"Rename document {before.name}",
        )
        return self.outcome(command, lambda: self.get(document_id))

    def set_memo(self, document_id: int, memo: str) -> Outcome[DocumentInfo]:
        """Set the document's memo."""
        before = self.get(document_id)
        command = UpdateRow(
            "documents",
            document_id,
            {"memo": before.memo},
            {"memo": memo},
            label="Edit document memo",
        )
        return self.outcome(command, lambda: self.get(document_id))

    def delete(self, document_id: int) -> Outcome[None]:
        """Delete a document with its quotations, codings and memos (undoable)."""
        before = self.get(document_id)
        command = DeleteRows("documents", [document_id], label=f"Delete document {before.name}")
        return self.outcome(command, None)


def _new_uuid() -> str:
    from sbcoder.db.models import new_uuid

    return new_uuid()


__all__ = ["DocumentService", "DuplicateDocumentError", "text_sha256"]
