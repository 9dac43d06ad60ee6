"""Walking the elements of a REFI-QDA document into raw, file-shaped records.

Positions here are still in the exporting tool's units and texts still unloaded;
``qdpx_read`` resolves both. Elements are matched by local name, so the namespace
variants real exports use (``urn:QDA-XML:project:1.0``, ``...:0:4``, none) all read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from lxml import etree

from sbcoder.formats.interchange import VARIABLE_TYPES, CodeNode, Coding, User, Variable
from sbcoder.formats.qdpx_common import derived_guid, read_color, read_datetime, read_guid

_CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_MEDIA_SOURCES = {
    "PictureSource": "picture",
    "PDFSource": "PDF",
    "AudioSource": "audio",
    "VideoSource": "video",
}


_LOCAL_NAMES: dict[object, str] = {}


def _local_name(tag: object) -> str:
    """A tag's name without its namespace ('' for comments and the like), memoised."""
    name = _LOCAL_NAMES.get(tag)
    if name is None:
        name = tag.rpartition("}")[2] if isinstance(tag, str) else ""
        if len(_LOCAL_NAMES) < 10_000:  # tags are few; never let a hostile file grow this
            _LOCAL_NAMES[tag] = name
    return name


def local(element: etree._Element) -> str:
    """The element's name without its namespace."""
    return _local_name(element.tag)


def children(element: etree._Element, name: str) -> list[etree._Element]:
    """The child elements called ``name`` (any namespace or none; filtered in C)."""
    return list(element.iterchildren(f"{{*}}{name}"))


def child_text(element: etree._Element, name: str) -> str | None:
    """The text of the first child called ``name``; '' if empty, None if absent."""
    for child in element.iterchildren(f"{{*}}{name}"):
        return child.text or ""
    return None


@dataclass(slots=True)
class RawSelection:
    """A PlainTextSelection as the file states it."""

    guid: str
    start: int
    end: int
    created: datetime | None
    user: str | None
    description: str
    codings: list[Coding]
    note_refs: list[str]


@dataclass(slots=True)
class RawText:
    """A TextSource or Note before its text is loaded."""

    guid: str
    name: str
    created: datetime | None
    user: str | None
    plain_text_path: str | None
    inline_text: str | None
    rich_text_path: str | None
    description: str = ""
    selections: list[RawSelection] = field(default_factory=list)
    whole_codings: list[Coding] = field(default_factory=list)
    note_refs: list[str] = field(default_factory=list)
    values: dict[str, tuple[str, str]] = field(default_factory=dict)


@dataclass(slots=True)
class RawCase:
    """A Case with its raw values (variable GUID -> (element name, text))."""

    guid: str
    name: str
    description: str
    source_guids: list[str]
    values: dict[str, tuple[str, str]]


@dataclass(slots=True)
class RawSet:
    """A Set: its member sources, and how many codes and notes it also held."""

    guid: str
    name: str
    description: str
    source_guids: list[str]
    member_codes: int
    member_notes: int


class ElementReader:
    """Turns elements into records, keeping GUIDs unique and collecting messages."""

    def __init__(self) -> None:
        self.warnings: list[str] = []
        self.unsupported: list[str] = []
        self.seen_guids: set[str] = set()
        self.note_owners: dict[str, list[str]] = {}  # note GUID -> owner GUIDs ('' = project)
        self.owned_notes: dict[str, list[str]] = {}  # owner GUID -> note GUIDs, in file order
        self._dates: dict[str, datetime | None] = {}

    # -- attribute helpers -------------------------------------------------------------
    def ref(self, value: str | None, what: str) -> str | None:
        """A GUID that refers to something (canonical form, no uniqueness check)."""
        if value is not None and _CANONICAL.fullmatch(value):
            return value
        return read_guid(value, self.warnings, what)

    def own_guid(self, element: etree._Element, what: str) -> str:
        """The element's own GUID, made canonical and unique in the snapshot."""
        guid = self.ref(element.get("guid"), what)
        if guid is None:
            guid = derived_guid("missing-guid", what, str(len(self.seen_guids)))
            self.warnings.append(f"{what} has no GUID; a stable one was made up")
        if guid in self.seen_guids:
            replacement = derived_guid("duplicate", guid, str(len(self.seen_guids)))
            self.warnings.append(f"{what} repeats GUID {guid}; it was given {replacement}")
            guid = replacement
        self.seen_guids.add(guid)
        return guid

    def date(self, element: etree._Element, what: str) -> datetime | None:
        """The creationDateTime attribute, parsed once per distinct text."""
        text = element.get("creationDateTime")
        if text is None:
            return None
        if text not in self._dates:
            self._dates[text] = read_datetime(text, self.warnings, what)
        return self._dates[text]

    def note_refs(self, element: etree._Element, owner: str) -> list[str]:
        """The NoteRef targets under ``element``, remembered as owned by ``owner``."""
        targets: list[str] = []
        for note_ref in children(element, "NoteRef"):
            self._note_ref(note_ref, owner, targets)
        return targets

    # -- elements --------------------------------------------------------------------
    def users(self, element: etree._Element) -> list[User]:
        """<Users>."""
        result = []
        for user in children(element, "User"):
            name = user.get("name") or user.get("id") or ""
            result.append(User(self.own_guid(user, f"user {name!r}"), name))
        return result

    def codes(self, element: etree._Element, parent: str | None = None) -> list[CodeNode]:
        """A <Codes> (or <Code>) element's code tree, depth first."""
        result: list[CodeNode] = []
        for position, code in enumerate(children(element, "Code")):
            name = code.get("name") or ""
            what = f"code {name!r}"
            guid = self.own_guid(code, what)
            codable = (code.get("isCodable") or "true").strip().lower() in ("true", "1")
            color = read_color(code.get("color"), self.warnings, what)
            description = child_text(code, "Description") or ""
            node = CodeNode(guid, name, color, description, codable, parent, position)
            result.append(node)
            self.note_refs(code, guid)
            result.extend(self.codes(code, guid))
        return result

    def variables(self, element: etree._Element) -> list[Variable]:
        """<Variables>."""
        result = []
        for variable in children(element, "Variable"):
            name = variable.get("name") or ""
            type_name = (variable.get("typeOfVariable") or "Text").strip()
            if type_name not in VARIABLE_TYPES:
                self.warnings.append(
                    f"variable {name!r} has unknown type {type_name!r}; it was read as Text"
                )
                type_name = "Text"
            guid = self.own_guid(variable, f"variable {name!r}")
            description = child_text(variable, "Description") or ""
            result.append(Variable(guid, name, type_name, description))
        return result

    def values(self, element: etree._Element) -> dict[str, tuple[str, str]]:
        """VariableValue children: variable GUID -> (value element name, text)."""
        result = {}
        for value in children(element, "VariableValue"):
            variable = None
            kind, text = "", ""
            for part in value:
                name = local(part)
                if name == "VariableRef":
                    variable = self.ref(part.get("targetGUID"), "a variable reference")
                elif name.endswith("Value"):
                    kind, text = name, part.text or ""
            if variable is not None and kind:
                result[variable] = (kind, text)
        return result

    def cases(self, element: etree._Element) -> list[RawCase]:
        """<Cases>; code and selection members are reported as unsupported."""
        result = []
        for case in children(element, "Case"):
            name = case.get("name") or ""
            guid = self.own_guid(case, f"case {name!r}")
            sources = [
                ref
                for ref in (
                    self.ref(r.get("targetGUID"), "a case member")
                    for r in children(case, "SourceRef")
                )
                if ref is not None
            ]
            for kind, label in (("CodeRef", "codes"), ("SelectionRef", "quotations")):
                count = len(children(case, kind))
                if count:
                    self.unsupported.append(f"case {name!r}: {count} linked {label} (not imported)")
            description = child_text(case, "Description") or ""
            result.append(RawCase(guid, name, description, sources, self.values(case)))
        return result

    def sets(self, element: etree._Element) -> list[RawSet]:
        """<Sets>, with their member sources and counts of other members."""
        result = []
        for group in children(element, "Set"):
            name = group.get("name") or ""
            guid = self.own_guid(group, f"set {name!r}")
            members = [
                ref
                for ref in (
                    self.ref(m.get("targetGUID"), "a set member")
                    for m in children(group, "MemberSource")
                )
                if ref is not None
            ]
            codes = len(children(group, "MemberCode"))
            notes = len(children(group, "MemberNote"))
            description = child_text(group, "Description") or ""
            result.append(RawSet(guid, name, description, members, codes, notes))
        return result

    def _note_ref(self, element: etree._Element, owner: str, targets: list[str]) -> None:
        target = self.ref(element.get("targetGUID"), "a note reference")
        if target is not None:
            targets.append(target)
            self.note_owners.setdefault(target, []).append(owner)
            self.owned_notes.setdefault(owner, []).append(target)

    def coding(self, element: etree._Element, what: str) -> Coding | None:
        """One <Coding>; None (with a warning) if it names no code."""
        guid = self.own_guid(element, what)
        code = None
        for child in element:  # one pass: this runs for every coding of a project
            name = _local_name(child.tag)
            if name == "CodeRef" and code is None:
                code = self.ref(child.get("targetGUID"), what)
            elif name == "NoteRef":
                self._note_ref(child, guid, [])
        if code is None:
            self.warnings.append(f"{what} names no code; it was left out")
            return None
        return Coding(
            guid, code, self.ref(element.get("creatingUser"), what), self.date(element, what)
        )

    def text_source(self, element: etree._Element, kind: str) -> RawText:
        """A <TextSource> or <Note> with its selections and codings."""
        name = element.get("name") or ""
        what = f"{kind} {name!r}"
        guid = self.own_guid(element, what)
        raw = RawText(
            guid,
            name,
            self.date(element, what),
            self.ref(element.get("creatingUser"), what),
            element.get("plainTextPath"),
            child_text(element, "PlainTextContent"),
            element.get("richTextPath"),
            child_text(element, "Description") or "",
        )
        for selection in children(element, "PlainTextSelection"):
            raw.selections.append(self._selection(selection, what))
        for coding in children(element, "Coding"):
            parsed = self.coding(coding, f"a coding of all of {what}")
            if parsed is not None:
                raw.whole_codings.append(parsed)
        raw.note_refs = self.note_refs(element, guid)
        raw.values = self.values(element)
        return raw

    def _selection(self, element: etree._Element, what: str) -> RawSelection:
        where = f"a selection in {what}"
        guid = self.own_guid(element, where)
        try:
            start = int(element.get("startPosition", ""))
            end = int(element.get("endPosition", ""))
        except ValueError:
            start, end = -1, -1  # reported by the caller as unusable
        codings: list[Coding] = []
        description = ""
        note_targets: list[str] = []
        for child in element:  # one pass: this runs for every selection of a project
            name = _local_name(child.tag)
            if name == "Coding":
                coding = self.coding(child, f"a coding in {what}")
                if coding is not None:
                    codings.append(coding)
            elif name == "NoteRef":
                self._note_ref(child, guid, note_targets)
            elif name == "Description":
                description = child.text or ""
        return RawSelection(
            guid,
            start,
            end,
            self.date(element, where),
            self.ref(element.get("creatingUser"), where),
            description,
            codings,
            note_targets,
        )

    def media_source(self, element: etree._Element) -> None:
        """Report a picture, PDF, audio or video source, none of which we import."""
        kind = _MEDIA_SOURCES[local(element)]
        name = element.get("name") or element.get("path") or "unnamed"
        codings = sum(1 for _ in element.iter("{*}Coding"))
        detail = f" with {codings} codings" if codings else ""
        self.unsupported.append(f"{kind} source {name!r}{detail} (only text sources are imported)")
