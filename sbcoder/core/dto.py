"""Plain data the core hands out: no live ORM object ever leaves the core."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Generic, TypeVar

from sbcoder.core.changes import Changes
from sbcoder.core.commands import Command

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What an edit returns: its result, what changed, and the command (for undo)."""

    value: T
    changes: Changes
    command: Command


@dataclass(frozen=True)
class CoderInfo:
    id: int
    uuid: str
    name: str


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    uuid: str
    name: str
    length: int
    sha256: str
    source_format: str
    memo: str
    imported_at: datetime
    quotation_count: int = 0
    group_ids: tuple[int, ...] = ()
    case_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class GroupInfo:
    id: int
    uuid: str
    name: str
    description: str
    document_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class CaseInfo:
    id: int
    uuid: str
    name: str
    description: str
    memo: str
    document_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class AttributeInfo:
    id: int
    uuid: str
    name: str
    scope: str
    value_type: str
    description: str


@dataclass(frozen=True)
class CodeInfo:
    id: int
    uuid: str
    parent_id: int | None
    name: str
    path: str
    color: str
    description: str
    memo: str
    position: int
    depth: int
    quotation_count: int = 0
    child_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class CodingInfo:
    id: int
    uuid: str
    code_id: int
    coder_id: int | None


@dataclass(frozen=True)
class QuotationInfo:
    id: int
    uuid: str
    document_id: int
    document_name: str
    start: int
    end: int
    text: str
    memo: str
    coder_id: int | None
    coder_name: str
    created: datetime
    codings: tuple[CodingInfo, ...] = field(default=())

    @property
    def code_ids(self) -> tuple[int, ...]:
        """The distinct codes on this quotation, in the order they were applied."""
        return tuple(dict.fromkeys(c.code_id for c in self.codings))


@dataclass(frozen=True)
class MemoInfo:
    id: int
    uuid: str
    title: str
    text: str
    coder_id: int | None
    document_id: int | None
    code_id: int | None
    quotation_id: int | None
    case_id: int | None
    modified: datetime


@dataclass(frozen=True)
class ImportFailure:
    path: str
    reason: str


@dataclass(frozen=True)
class ImportSummary:
    """What a batch import did: documents made, files skipped as duplicates, failures."""

    imported: tuple[DocumentInfo, ...]
    duplicates: tuple[tuple[str, str], ...]  # (file, name of the document it repeats)
    failures: tuple[ImportFailure, ...]
    cancelled: bool = False
