"""Quotations (spans of a document) and codings (a code on a quotation, by a coder)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import func, literal, select

from sbcoder.core.commands import Command, DeleteRows, IdOf, InsertRows, Macro, UpdateRow
from sbcoder.core.dto import CodingInfo, Outcome, QuotationInfo
from sbcoder.core.errors import ConflictError, NotFoundError, ValidationError
from sbcoder.core.service import Service
from sbcoder.db.models import Code, Coder, Coding, Document, Quotation, new_uuid, utcnow


def check_span(start: int, end: int, length: int, what: str = "the passage") -> None:
    """0 <= start < end <= length (code points, end exclusive), or ValidationError."""
    if not (isinstance(start, int) and isinstance(end, int)):
        raise ValidationError(f"{what}: offsets must be whole numbers")
    if start < 0 or end > length or start >= end:
        raise ValidationError(
            f"{what}: offsets {start}–{end} do not lie inside the text (0 ≤ start < end ≤ {length})"
        )


class QuotationService(Service):
    # -- queries -----------------------------------------------------------------
    def list(
        self,
        *,
        document_id: int | None = None,
        code_ids: Sequence[int] | None = None,
        coder_id: int | None = None,
        quotation_ids: Iterable[int] | None = None,
        with_text: bool = True,
    ) -> list[QuotationInfo]:
        """Quotations in document order, filtered by document, codes and coder."""
        if quotation_ids is not None:
            quotation_ids = list(quotation_ids)
        # For a handful of quotations SQLite's substr (which counts code points, like
        # Python) is cheaper than fetching whole transcripts to slice them here.
        few = quotation_ids is not None and len(quotation_ids) <= 20
        snippet = (
            func.substr(Document.text, Quotation.start + 1, Quotation.end - Quotation.start)
            if few and with_text
            else literal("")
        )
        with self.project.session() as session:
            query = (
                select(
                    snippet,
                    Quotation.id,
                    Quotation.uuid,
                    Quotation.document_id,
                    Document.name,
                    Quotation.start,
                    Quotation.end,
                    Quotation.memo,
                    Quotation.coder_id,
                    Coder.name,
                    Quotation.created,
                )
                .join(Document, Document.id == Quotation.document_id)
                .outerjoin(Coder, Coder.id == Quotation.coder_id)
                .order_by(
                    Document.position, Document.id, Quotation.start, Quotation.end, Quotation.id
                )
            )
            if document_id is not None:
                query = query.where(Quotation.document_id == document_id)
            if quotation_ids is not None:
                query = query.where(Quotation.id.in_(list(quotation_ids)))
            if code_ids is not None or coder_id is not None:
                coded = select(Coding.quotation_id)
                if code_ids is not None:
                    coded = coded.where(Coding.code_id.in_(list(code_ids)))
                if coder_id is not None:
                    coded = coded.where(Coding.coder_id == coder_id)
                query = query.where(Quotation.id.in_(coded))
            rows = session.execute(query).all()
            ids = [r[1] for r in rows]
            codings: dict[int, list[CodingInfo]] = {}
            coding_query = select(
                Coding.quotation_id, Coding.id, Coding.uuid, Coding.code_id, Coding.coder_id
            ).order_by(Coding.id)
            if document_id is not None:
                coding_query = coding_query.join(
                    Quotation, Quotation.id == Coding.quotation_id
                ).where(Quotation.document_id == document_id)
            elif len(ids) < 5000:
                coding_query = coding_query.where(Coding.quotation_id.in_(ids))
            for qid, *rest in session.execute(coding_query):
                codings.setdefault(qid, []).append(CodingInfo(*rest))
            texts: dict[int, str] = {}
            if with_text and rows and not few:
                doc_ids = {r[3] for r in rows}
                texts = dict(
                    session.execute(
                        select(Document.id, Document.text).where(Document.id.in_(doc_ids))
                    ).all()
                )
        return [
            QuotationInfo(
                qid,
                uuid,
                did,
                dname,
                start,
                end,
                texts[did][start:end] if texts else snippet_text,
                memo,
                coder,
                cname or "",
                created,
                tuple(codings.get(qid, ())),
            )
            for snippet_text, qid, uuid, did, dname, start, end, memo, coder, cname, created in rows
        ]

    def get(self, quotation_id: int) -> QuotationInfo:
        """One quotation, or NotFoundError."""
        found = self.list(quotation_ids=[quotation_id])
        if not found:
            raise NotFoundError(f"no quotation with id {quotation_id}")
        return found[0]

    def _document_length(self, document_id: int) -> int:
        with self.project.session() as session:
            length = session.scalar(select(Document.length).where(Document.id == document_id))
        if length is None:
            raise NotFoundError(f"no document with id {document_id}")
        return length

    def _check_codes(self, code_ids: Iterable[int]) -> None:
        wanted = set(code_ids)
        if not wanted:
            return
        with self.project.session() as session:
            found = set(session.scalars(select(Code.id).where(Code.id.in_(wanted))))
        if wanted - found:
            raise NotFoundError(f"no code with id {sorted(wanted - found)[0]}")

    # -- edits -------------------------------------------------------------------
    def create(
        self,
        document_id: int,
        start: int,
        end: int,
        code_ids: Sequence[int] = (),
        memo: str = "",
    ) -> Outcome[QuotationInfo]:
        """Create a quotation over [start, end) carrying `code_ids` (may be none)."""
        check_span(start, end, self._document_length(document_id))
        self._check_codes(code_ids)
        return self._insert(document_id, start, end, code_ids, memo)

    def _insert(
        self, document_id: int, start: int, end: int, code_ids: Sequence[int], memo: str
    ) -> Outcome[QuotationInfo]:
        now = utcnow()
        row = {
            "uuid": new_uuid(),
            "document_id": document_id,
            "start": start,
            "end": end,
            "memo": memo,
            "coder_id": self.coder_id,
            "created": now,
            "modified": now,
        }
        quotation = InsertRows("quotations", [row], document_ids=[document_id])
        parts: list[Command] = [quotation]
        codings = InsertRows(
            "codings",
            [
                {
                    "uuid": new_uuid(),
                    "quotation_id": IdOf(quotation),
                    "code_id": cid,
                    "coder_id": self.coder_id,
                    "created": now,
                }
                for cid in dict.fromkeys(code_ids)
            ],
            document_ids=[document_id],
        )
        if codings.rows:
            parts.append(codings)
        command = Macro(parts, label="Code passage" if code_ids else "New quotation")

        def inserted() -> QuotationInfo:
            # What `get` would read back, from the rows just written plus one small
            # query: coding is the hot path, and `get` costs two joined queries.
            with self.project.session() as session:
                name, text, coder = session.execute(
                    select(
                        Document.name,
                        func.substr(Document.text, start + 1, end - start),
                        select(Coder.name).where(Coder.id == row["coder_id"]).scalar_subquery(),
                    ).where(Document.id == document_id)
                ).one()
            return QuotationInfo(
                quotation.ids[0],
                row["uuid"],
                document_id,
                name,
                start,
                end,
                text,
                memo,
                row["coder_id"],
                coder or "",
                now,
                tuple(
                    CodingInfo(r["id"], r["uuid"], r["code_id"], r["coder_id"])
                    for r in codings.rows
                ),
            )

        return self.outcome(command, inserted)

    def code_span(
        self, document_id: int, start: int, end: int, code_id: int
    ) -> Outcome[QuotationInfo]:
        """Apply a code to a span: reuse the current coder's quotation with exactly this
        span if there is one (as ATLAS.ti does), else create a quotation."""
        with self.project.session() as session:
            code_exists = select(Code.id).where(Code.id == code_id).exists()
            found = session.execute(
                select(Document.length, code_exists).where(Document.id == document_id)
            ).first()
            if found is None:
                raise NotFoundError(f"no document with id {document_id}")
            check_span(start, end, found[0])
            if not found[1]:
                raise NotFoundError(f"no code with id {code_id}")
            query = select(Quotation.id).where(
                Quotation.document_id == document_id,
                Quotation.start == start,
                Quotation.end == end,
                Quotation.coder_id.is_(None)
                if self.coder_id is None
                else Quotation.coder_id == self.coder_id,
            )
            existing = session.scalar(query.limit(1))
        if existing is None:
            return self._insert(document_id, start, end, [code_id], "")
        return self.add_code(existing, code_id)

    def add_code(self, quotation_id: int, code_id: int) -> Outcome[QuotationInfo]:
        """Put a code on a quotation (for the current coder)."""
        self._check_codes([code_id])
        info = self.get(quotation_id)
        if any(c.code_id == code_id and c.coder_id == self.coder_id for c in info.codings):
            raise ConflictError("the quotation already carries this code")
        command = InsertRows(
            "codings",
            [
                {
                    "uuid": new_uuid(),
                    "quotation_id": quotation_id,
                    "code_id": code_id,
                    "coder_id": self.coder_id,
                    "created": utcnow(),
                }
            ],
            label="Code passage",
        )
        return self.outcome(command, lambda: self.get(quotation_id))

    def remove_code(self, quotation_id: int, code_id: int) -> Outcome[QuotationInfo]:
        """Take a code off a quotation: the current coder's coding, or the only one."""
        info = self.get(quotation_id)
        mine = [c for c in info.codings if c.code_id == code_id]
        if not mine:
            raise NotFoundError("the quotation does not carry this code")
        own = [c for c in mine if c.coder_id == self.coder_id] or mine
        command = DeleteRows("codings", [own[0].id], label="Remove code from quotation")
        return self.outcome(command, lambda: self.get(quotation_id))

    def resize(self, quotation_id: int, start: int, end: int) -> Outcome[QuotationInfo]:
        """Move a quotation's boundaries."""
        info = self.get(quotation_id)
        check_span(start, end, self._document_length(info.document_id))
        with self.project.session() as session:
            modified = session.scalar(
                select(Quotation.modified).where(Quotation.id == quotation_id)
            )
        command = UpdateRow(
            "quotations",
            quotation_id,
            {"start": info.start, "end": info.end, "modified": modified},
            {"start": start, "end": end, "modified": utcnow()},
            label="Resize quotation",
        )
        return self.outcome(command, lambda: self.get(quotation_id))

    def set_memo(self, quotation_id: int, memo: str) -> Outcome[QuotationInfo]:
        """Set a quotation's memo (its comment)."""
        info = self.get(quotation_id)
        command = UpdateRow(
            "quotations",
            quotation_id,
            {"memo": info.memo},
            {"memo": memo},
            label="Edit quotation memo",
        )
        return self.outcome(command, lambda: self.get(quotation_id))

    def delete(self, quotation_ids: int | Sequence[int]) -> Outcome[None]:
        """Delete quotations with their codings and memos."""
        ids = [quotation_ids] if isinstance(quotation_ids, int) else list(quotation_ids)
        if not ids:
            raise ValidationError("no quotation to delete")
        with self.project.session() as session:
            found = set(session.scalars(select(Quotation.id).where(Quotation.id.in_(ids))))
        if set(ids) - found:
            raise NotFoundError(f"no quotation with id {sorted(set(ids) - found)[0]}")
        label = "Delete quotation" if len(ids) == 1 else f"Delete {len(ids)} quotations"
        return self.outcome(DeleteRows("quotations", ids, label=label), None)

    def code_spans(
        self, spans: Sequence[tuple[int, int, int]], code_id: int, label: str = "Auto-code"
    ) -> Outcome[int]:
        """Create one coded quotation per (document_id, start, end), as one undo step
        (auto-coding, accepted suggestions). Returns how many were made."""
        self._check_codes([code_id])
        lengths: dict[int, int] = {}
        for did, start, end in spans:
            if did not in lengths:
                lengths[did] = self._document_length(did)
            check_span(start, end, lengths[did])
        now = utcnow()
        parts: list[Command] = []
        for did, start, end in spans:
            quotation = InsertRows(
                "quotations",
                [
                    {
                        "uuid": new_uuid(),
                        "document_id": did,
                        "start": start,
                        "end": end,
                        "memo": "",
                        "coder_id": self.coder_id,
                        "created": now,
                        "modified": now,
                    }
                ],
            )
            parts += [
                quotation,
                InsertRows(
                    "codings",
                    [
                        {
                            "uuid": new_uuid(),
                            "quotation_id": IdOf(quotation),
                            "code_id": code_id,
                            "coder_id": self.coder_id,
                            "created": now,
                        }
                    ],
                ),
            ]
        return self.outcome(Macro(parts, label=label), len(spans))
