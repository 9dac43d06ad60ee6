"""Documents: import transcripts, rename, delete (with their quotations), memo."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import func, select

from sbcoder.core.commands import Command, DeleteRows, IdOf, InsertRows, Macro, UpdateRow
from sbcoder.core.documents_import import BatchImport, names_like, read_for_import, unique_name
from sbcoder.core.dto import DocumentInfo, ImportSummary, Outcome
from sbcoder.core.errors import ConflictError, NotFoundError, ValidationError
from sbcoder.core.service import Service, clean_name
from sbcoder.db.models import Document, Quotation, case_documents, document_group_members, utcnow
from sbcoder.progress import Reporter


def text_sha256(text: str) -> str:
    """The SHA-256 that identifies a transcript's text across projects."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise_line_ends(text: str) -> str:
    """CRLF and lone CR become LF; nothing else changes."""
    if "\r" not in text:
        return text  # one scan, no copies
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
        return self._add(
            name,
            text,
            source_format=source_format,
            source_path=source_path,
            allow_duplicate=allow_duplicate,
        )

    def import_file(
        self, path: Path | str, *, group_id: int | None = None, case_id: int | None = None
    ) -> Outcome[DocumentInfo]:
        """Read one file (txt, docx, odt, pdf, rtf, md) and add it as a document.

        The document and its group/case rows go in with one transaction.
        """
        read = read_for_import(0, Path(path))
        return self._add(
            read.name,
            read.text,
            source_format=read.source_format,
            source_path=str(read.path),
            sha=read.sha256,
            group_id=group_id,
            case_id=case_id,
        )

    def _add(
        self,
        name: str,
        text: str,
        *,
        source_format: str,
        source_path: str,
        allow_duplicate: bool = False,
        sha: str | None = None,
        group_id: int | None = None,
        case_id: int | None = None,
    ) -> Outcome[DocumentInfo]:
        name = clean_name(name, "document name")
        text = normalise_line_ends(text)
        if not text or text.isspace():  # strip() would copy the whole text
            raise ValidationError(f"{name}: the document has no text")
        sha = sha or text_sha256(text)
        with self.project.session() as session:
            existing = session.scalar(select(Document.name).where(Document.sha256 == sha).limit(1))
            taken = set(session.scalars(select(Document.name).where(names_like([name]))))
            position = (session.scalar(select(func.max(Document.position))) or 0) + 1
        if existing is not None and not allow_duplicate:
            raise DuplicateDocumentError(
                f"{name}: the same text is already in the project as {existing!r}", existing
            )
        unique = unique_name(name, taken)
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
        insert = InsertRows("documents", [row], label=f"Import {name}")
        links: list[Command] = []
        if group_id is not None:
            member = {"group_id": group_id, "document_id": IdOf(insert)}
            links.append(InsertRows("document_group_members", [member]))
        if case_id is not None:
            links.append(
                InsertRows("case_documents", [{"case_id": case_id, "document_id": IdOf(insert)}])
            )
        command = Macro([insert, *links], label=insert.label) if links else insert
        changes = self.run(command)
        info = DocumentInfo(
            insert.ids[0],
            row["uuid"],
            unique,
            len(text),
            sha,
            source_format,
            "",
            row["imported_at"],
            group_ids=(group_id,) if group_id is not None else (),
            case_ids=(case_id,) if case_id is not None else (),
        )
        return Outcome(info, changes, command)

    def import_files(
        self,
        paths: Sequence[Path | str],
        *,
        group_id: int | None = None,
        case_id: int | None = None,
        reporter: Reporter | None = None,
    ) -> tuple[ImportSummary, Macro]:
        """Import many files; a file that cannot be read or repeats a text is skipped alone.

        Files go in a batch per transaction (see `documents_import`): a document is
        never half imported. Returns the summary (in file order) and one macro of all
        imports (one undo step). A cancel stops before the next file; what was read
        before it is imported and stays.
        """
        return BatchImport(self.project, self.coder_id, group_id, case_id).run(paths, reporter)

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
