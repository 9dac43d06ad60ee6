"""A whole project as plain dataclasses, independent of any database or file format.

This is the meeting point between the project database and the REFI-QDA exchange
files (``qdpx_read`` / ``qdpx_write``): the core maps its tables to a
:class:`ProjectSnapshot` for export and maps an imported snapshot back into a new
project. Nothing here knows about SQL, XML or Qt.

Conventions every producer of a snapshot must keep (``qdpx_validate.validate_snapshot``
checks them; ``write_qdpx`` refuses a snapshot that breaks one):

- GUIDs are strings in canonical lower-case UUID form (``canonical_guid``), unique
  across the whole snapshot (a NoteRef in REFI-QDA may point at any kind of thing).
- Source text uses ``"\\n"`` line ends; quotation positions are code point offsets
  (Python ``str`` indices) into it, ``0 <= start < end <= len(text)``, end exclusive.
- The order of users, sources, cases, variables, sets and notes is the caller's and is
  kept; codes are a tree given by ``parent_guid`` and ``position`` (sibling order).
  ``canonical_order`` gives the one order a written file reads back in.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sbcoder import __version__

#: What ``write_qdpx`` puts in the ``origin`` attribute; files whose origin starts with
#: "sbcoder" are known to count positions in code points, as REFI-QDA says.
SBCODER_ORIGIN = f"sbcoder {__version__}"

VARIABLE_TYPES = ("Text", "Integer", "Float", "Date", "DateTime", "Boolean")

#: A variable's value; which Python type is allowed follows the variable's type_name.
VariableValue = str | int | float | bool | date | datetime


def sha256_text(text: str) -> str:
    """The SHA-256 (hex) of ``text`` encoded as UTF-8: how a transcript is recognised."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def canonical_guid(value: str) -> str:
    """``value`` as a lower-case UUID without braces; ValueError if it is not a UUID."""
    return str(uuid.UUID(value.strip().strip("{}")))


@dataclass(slots=True)
class User:
    """A coder: everyone who made a quotation, coding or note."""

    guid: str
    name: str = ""


@dataclass(slots=True)
class CodeNode:
    """One code of the code tree; ``position`` is its index among its siblings."""

    guid: str
    name: str
    color: str | None = None  # '#RRGGBB'
    description: str = ""
    is_codable: bool = True
    parent_guid: str | None = None
    position: int = 0
    memo: str = ""


@dataclass(slots=True)
class Coding:
    """A code attached to a quotation by a coder."""

    guid: str
    code_guid: str
    creating_user_guid: str | None = None
    created: datetime | None = None


@dataclass(slots=True)
class Quotation:
    """A span ``text[start:end]`` of a source, with the codes attached to it."""

    guid: str
    start: int
    end: int
    created: datetime | None = None
    creating_user_guid: str | None = None
    memo: str = ""
    codings: list[Coding] = field(default_factory=list)


@dataclass(slots=True)
class TextSource:
    """A document: its whole text (``\\n`` line ends) and its quotations.

    ``sha256`` is filled from the text when left empty. ``group_guids`` names the
    document groups (``Set``) the document belongs to, mirroring ``Set.source_guids``.
    """

    guid: str
    name: str
    text: str
    sha256: str = ""
    created: datetime | None = None
    creating_user_guid: str | None = None
    group_guids: list[str] = field(default_factory=list)
    quotations: list[Quotation] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.sha256:
            self.sha256 = sha256_text(self.text)


@dataclass(slots=True)
class Case:
    """A unit of analysis (an initiative, a person) grouping documents."""

    guid: str
    name: str
    description: str = ""
    source_guids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Variable:
    """An attribute that cases and documents can have a value for."""

    guid: str
    name: str
    type_name: str = "Text"  # one of VARIABLE_TYPES
    description: str = ""


@dataclass(slots=True)
class Set:
    """A document group: a named collection of documents."""

    guid: str
    name: str
    description: str = ""
    source_guids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Note:
    """A free memo, or one attached to codes, documents, quotations or codings."""

    guid: str
    name: str
    text: str
    created: datetime | None = None
    creating_user_guid: str | None = None
    target_guids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ProjectSnapshot:
    """Everything a project holds, as exchanged through REFI-QDA.

    ``case_values`` and ``source_values`` map a case or source GUID to a dict from
    variable GUID to value. ``unsupported`` lists, in words, what an import could not
    carry over (e.g. a PDF source), so that nothing is lost without the user knowing.
    """

    name: str
    origin: str = SBCODER_ORIGIN
    created: datetime | None = None
    users: list[User] = field(default_factory=list)
    codes: list[CodeNode] = field(default_factory=list)
    sources: list[TextSource] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)
    variables: list[Variable] = field(default_factory=list)
    case_values: dict[str, dict[str, VariableValue]] = field(default_factory=dict)
    source_values: dict[str, dict[str, VariableValue]] = field(default_factory=dict)
    sets: list[Set] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)


def code_tree_order(codes: list[CodeNode]) -> list[CodeNode]:
    """The codes depth first, siblings by (position, name, guid); orphans become roots.

    A code whose parent is missing (or that sits in a cycle) is treated as a root so
    that it is written rather than lost; ``qdpx_validate.validate_snapshot`` reports them.
    """
    known = {code.guid for code in codes}
    children: dict[str | None, list[CodeNode]] = {}
    for code in codes:
        parent = code.parent_guid if code.parent_guid in known else None
        children.setdefault(parent, []).append(code)
    for siblings in children.values():
        siblings.sort(key=lambda code: (code.position, code.name, code.guid))
    ordered: list[CodeNode] = []
    seen: set[str] = set()

    def visit(top: CodeNode) -> None:
        stack = [top]
        while stack:
            code = stack.pop()
            if code.guid in seen:
                continue
            seen.add(code.guid)
            ordered.append(code)
            stack.extend(reversed(children.get(code.guid, [])))

    for root in children.get(None, []):
        visit(root)
    # Codes in a parent cycle are unreachable from any root; keep them as roots.
    for code in codes:
        if code.guid not in seen:
            visit(code)
    return ordered


def canonical_order(snapshot: ProjectSnapshot) -> ProjectSnapshot:
    """A copy of ``snapshot`` in the order a written file reads back in.

    Codes depth first with positions renumbered 0, 1, ... among siblings; quotations by
    (start, end, guid); codings by guid; note targets sorted; set and case members
    without repeats; set membership made to agree with ``TextSource.group_guids``
    (union of both) and ``group_guids`` listed in the order of ``sets``; owners
    without variable values left out of ``case_values`` and ``source_values``.
    ``read_qdpx(write_qdpx(s)) == canonical_order(s)`` for every valid snapshot.
    """
    ordered_codes = code_tree_order(snapshot.codes)
    known = {code.guid for code in ordered_codes}
    next_position: dict[str | None, int] = {}
    codes: list[CodeNode] = []
    for code in ordered_codes:
        parent = code.parent_guid if code.parent_guid in known else None
        position = next_position.get(parent, 0)
        next_position[parent] = position + 1
        codes.append(replace(code, parent_guid=parent, position=position))

    sets = [
        replace(group, source_guids=list(dict.fromkeys(group.source_guids)))
        for group in snapshot.sets
    ]
    by_guid = {group.guid: group for group in sets}
    for source in snapshot.sources:
        for group_guid in source.group_guids:
            group = by_guid.get(group_guid)
            if group is not None and source.guid not in group.source_guids:
                group.source_guids.append(source.guid)
    sources = []
    for source in snapshot.sources:
        quotations = [
            replace(quotation, codings=sorted(quotation.codings, key=lambda c: c.guid))
            for quotation in sorted(source.quotations, key=lambda q: (q.start, q.end, q.guid))
        ]
        groups = [group.guid for group in sets if source.guid in group.source_guids]
        sources.append(replace(source, group_guids=groups, quotations=quotations))
    notes = [replace(note, target_guids=sorted(set(note.target_guids))) for note in snapshot.notes]
    cases = [
        replace(case, source_guids=list(dict.fromkeys(case.source_guids)))
        for case in snapshot.cases
    ]
    return replace(
        snapshot,
        codes=codes,
        sources=sources,
        cases=cases,
        sets=sets,
        notes=notes,
        case_values={
            owner: dict(values) for owner, values in snapshot.case_values.items() if values
        },
        source_values={
            owner: dict(values) for owner, values in snapshot.source_values.items() if values
        },
    )
