"""SQLAlchemy 2 typed models of an sbcoder project.

Every entity that can cross projects (merge, REFI-QDA) carries a stable UUID besides
its integer key. Integer keys use AUTOINCREMENT so an id freed by a delete is never
handed out again: undo re-inserts rows with their old ids, which must still be free.
Positions are Unicode code point offsets into `Document.text`, end exclusive.
"""

from __future__ import annotations

import uuid as uuid_module
from datetime import UTC, datetime

from sqlalchemy import (
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

AUTOINC = {"sqlite_autoincrement": True}


def new_uuid() -> str:
    """A fresh UUID in canonical lower-case text form."""
    return str(uuid_module.uuid4())


def utcnow() -> datetime:
    """The current time in UTC (stored without tzinfo; SQLite has no time zones)."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class ProjectInfo(Base):
    """Key/value metadata: the marker `application = sbcoder`, project name, uuid, …"""

    __tablename__ = "project_info"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Coder(Base):
    __tablename__ = "coders"
    __table_args__ = (AUTOINC,)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


document_group_members = Table(
    "document_group_members",
    Base.metadata,
    Column("group_id", ForeignKey("document_groups.id", ondelete="CASCADE"), primary_key=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_group_members_document", "document_id"),
)

case_documents = Table(
    "case_documents",
    Base.metadata,
    Column("case_id", ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_case_documents_document", "document_id"),
)


class DocumentGroup(Base):
    __tablename__ = "document_groups"
    __table_args__ = (AUTOINC,)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")


class Document(Base):
    __tablename__ = "documents"
    __table_args__ = (AUTOINC,)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    text: Mapped[str] = mapped_column(Text)
    length: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    source_format: Mapped[str] = mapped_column(String(16), default="txt")
    source_path: Mapped[str] = mapped_column(Text, default="")
    memo: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0, index=True)
    imported_by: Mapped[int | None] = mapped_column(
        ForeignKey("coders.id", ondelete="SET NULL"), nullable=True
    )
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (AUTOINC,)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    memo: Mapped[str] = mapped_column(Text, default="")


class Attribute(Base):
    """A typed variable (stedelijk/regionaal, doelgroep, fase …) on cases or documents."""

    __tablename__ = "attributes"
    __table_args__ = (
        UniqueConstraint("scope", "name"),
        CheckConstraint("scope IN ('case', 'document')", name="ck_attribute_scope"),
        CheckConstraint(
            "value_type IN ('text', 'integer', 'float', 'boolean', 'date')",
            name="ck_attribute_type",
        ),
        AUTOINC,
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(200))
    scope: Mapped[str] = mapped_column(String(16))
    value_type: Mapped[str] = mapped_column(String(16), default="text")
    description: Mapped[str] = mapped_column(Text, default="")


class AttributeValue(Base):
    __tablename__ = "attribute_values"
    __table_args__ = (
        UniqueConstraint("attribute_id", "case_id"),
        UniqueConstraint("attribute_id", "document_id"),
        CheckConstraint(
            "(case_id IS NULL) != (document_id IS NULL)", name="ck_value_has_one_owner"
        ),
        AUTOINC,
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attribute_id: Mapped[int] = mapped_column(ForeignKey("attributes.id", ondelete="CASCADE"))
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), nullable=True, index=True
    )
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), nullable=True, index=True
    )
    # Stored as text in a canonical form (ISO dates, "true"/"false", repr of numbers)
    # so the column stays dialect-neutral; the attribute's value_type says how to read it.
    value: Mapped[str] = mapped_column(Text)


class Code(Base):
    __tablename__ = "codes"
    __table_args__ = (Index("ix_codes_parent", "parent_id", "position"), AUTOINC)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("codes.id", ondelete="CASCADE"), nullable=True
    )
    name: Mapped[str] = mapped_column(String(300))
    color: Mapped[str] = mapped_column(String(7), default="#999999")
    description: Mapped[str] = mapped_column(Text, default="")
    memo: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(
        ForeignKey("coders.id", ondelete="SET NULL"), nullable=True
    )


class Quotation(Base):
    __tablename__ = "quotations"
    __table_args__ = (
        Index("ix_quotations_document", "document_id", "start"),
        Index("ix_quotations_coder", "coder_id"),
        CheckConstraint('start >= 0 AND start < "end"', name="ck_quotation_span"),
        AUTOINC,
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    memo: Mapped[str] = mapped_column(Text, default="")
    coder_id: Mapped[int | None] = mapped_column(
        ForeignKey("coders.id", ondelete="SET NULL"), nullable=True
    )
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    modified: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Coding(Base):
    """A code applied to a quotation by a coder."""

    __tablename__ = "codings"
    __table_args__ = (
        UniqueConstraint("quotation_id", "code_id", "coder_id", name="uq_coding"),
        # (code_id, quotation_id) covers the code tree's distinct-quotation counts.
        Index("ix_codings_code", "code_id", "quotation_id"),
        Index("ix_codings_coder", "coder_id"),
        AUTOINC,
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    quotation_id: Mapped[int] = mapped_column(ForeignKey("quotations.id", ondelete="CASCADE"))
    code_id: Mapped[int] = mapped_column(ForeignKey("codes.id", ondelete="CASCADE"))
    coder_id: Mapped[int | None] = mapped_column(
        ForeignKey("coders.id", ondelete="SET NULL"), nullable=True
    )
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Memo(Base):
    """A memo: free-standing, or linked to one document, code, quotation or case.

    An item may carry several memos (one per coder, say); merge keeps both when two
    coders wrote on the same item.
    """

    __tablename__ = "memos"
    __table_args__ = (AUTOINC,)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    title: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    coder_id: Mapped[int | None] = mapped_column(
        ForeignKey("coders.id", ondelete="SET NULL"), nullable=True
    )
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), nullable=True, index=True
    )
    code_id: Mapped[int | None] = mapped_column(
        ForeignKey("codes.id", ondelete="CASCADE"), nullable=True, index=True
    )
    quotation_id: Mapped[int | None] = mapped_column(
        ForeignKey("quotations.id", ondelete="CASCADE"), nullable=True, index=True
    )
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), nullable=True, index=True
    )
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    modified: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class QuotationFeatures(Base):
    """Cached NLP features of a quotation's text, keyed by the text's hash and pipeline.

    Refreshed only when the quotation's text (its span) changes or another pipeline runs.
    """

    __tablename__ = "quotation_features"
    quotation_id: Mapped[int] = mapped_column(
        ForeignKey("quotations.id", ondelete="CASCADE"), primary_key=True
    )
    text_sha256: Mapped[str] = mapped_column(String(64))
    pipeline: Mapped[str] = mapped_column(String(200))
    data: Mapped[str] = mapped_column(Text)
