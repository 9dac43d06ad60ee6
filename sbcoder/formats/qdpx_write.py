"""Writing a ProjectSnapshot as a REFI-QDA project (.qdpx) or codebook (.qdc).

The output is deterministic: the same snapshot gives the same bytes, because every
GUID is the snapshot's own, lists are written in a fixed order (see
``interchange.canonical_order``) and the ZIP entries carry a fixed timestamp.
"""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

from sbcoder.formats.interchange import (
    SBCODER_ORIGIN,
    Coding,
    Note,
    ProjectSnapshot,
    Quotation,
    Set,
    TextSource,
    Variable,
    VariableValue,
)
from sbcoder.formats.qdpx_codebook import write_codes
from sbcoder.formats.qdpx_common import (
    PROJECT_NS,
    ExportReport,
    collector_paused,
    format_datetime,
    format_float,
    memo_note_guid,
    normalise_newlines,
    xml_safe,
)
from sbcoder.formats.qdpx_validate import validate_snapshot
from sbcoder.formats.qdpx_xmlout import XmlWriter, atomic_output
from sbcoder.progress import Reporter, check_cancelled

_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
# Deflate level 1 packs the repetitive XML almost as well as 6 (about 20 % larger) in a
# third of the time, which is most of a large export.
_ZIP_LEVEL = 1
_VALUE_ELEMENTS = {
    "Text": "TextValue",
    "Integer": "IntegerValue",
    "Float": "FloatValue",
    "Date": "DateValue",
    "DateTime": "DateTimeValue",
    "Boolean": "BooleanValue",
}


def _datetime(value: datetime | None) -> str | None:
    return format_datetime(value) if value is not None else None


def _user_and_time(item: Quotation | Coding) -> str:
    """The creatingUser and creationDateTime attributes, with a leading space each."""
    user = f' creatingUser="{item.creating_user_guid}"' if item.creating_user_guid else ""
    moment = f' creationDateTime="{format_datetime(item.created)}"' if item.created else ""
    return user + moment


def _format_value(value: VariableValue, type_name: str) -> str:
    if type_name == "Boolean":
        return "true" if value else "false"
    if type_name == "Integer":
        return str(int(value))  # type: ignore[arg-type]
    if type_name == "Float":
        return format_float(value)  # type: ignore[arg-type]
    if type_name == "DateTime":
        return format_datetime(value)  # type: ignore[arg-type]
    if type_name == "Date":
        assert isinstance(value, date)
        return value.isoformat()
    return str(value)


class _ProjectXml:
    """Writes project.qde for one snapshot; holds the note placement it needs."""

    def __init__(self, snapshot: ProjectSnapshot, report: ExportReport) -> None:
        self.snapshot = snapshot
        self.report = report
        self.notes: list[Note] = []
        self.note_refs: dict[str, list[str]] = {}
        self._plan_notes()

    def _safe(self, text: str, what: str) -> str:
        return xml_safe(normalise_newlines(text), self.report.warnings, what)

    def _plan_notes(self) -> None:
        # Memos travel as notes pointed at by their owner; their GUID is derived from
        # the owner so that reading the file back recognises them as memos again.
        for code in self.snapshot.codes:
            if code.memo:
                self._add_memo(code.guid, f"Memo: {code.name}", code.memo, None, None)
        attachable = {code.guid for code in self.snapshot.codes}
        for source in self.snapshot.sources:
            attachable.add(source.guid)
            for quotation in source.quotations:
                attachable.add(quotation.guid)
                attachable.update(coding.guid for coding in quotation.codings)
                if quotation.memo:
                    self._add_memo(
                        quotation.guid,
                        f"Memo: quotation in {source.name}",
                        quotation.memo,
                        quotation.created,
                        quotation.creating_user_guid,
                    )
        for note in self.snapshot.notes:
            self.notes.append(note)
            for target in sorted(set(note.target_guids)):
                if target in attachable:
                    self.note_refs.setdefault(target, []).append(note.guid)
                else:
                    self.report.warnings.append(
                        f"note {note.name!r} is attached to {target}, which REFI-QDA cannot "
                        "attach notes to (only codes, documents, quotations and codings); "
                        "it was exported without that link"
                    )

    def _add_memo(
        self, owner: str, name: str, text: str, created: datetime | None, user: str | None
    ) -> None:
        guid = memo_note_guid(owner)
        self.notes.append(Note(guid, name, text, created, user, [owner]))
        self.note_refs.setdefault(owner, []).append(guid)

    def _note_refs(self, xml: XmlWriter, owner: str) -> None:
        for note_guid in self.note_refs.get(owner, ()):
            xml.leaf("NoteRef", [("targetGUID", note_guid)])

    def write(self, xml: XmlWriter, reporter: Reporter | None) -> None:
        snapshot = self.snapshot
        xml.open(
            "Project",
            [
                ("xmlns", PROJECT_NS),
                ("name", self._safe(snapshot.name, "the project name")),
                ("origin", SBCODER_ORIGIN),
                ("creationDateTime", _datetime(snapshot.created)),
            ],
        )
        if snapshot.users:
            xml.open("Users")
            for user in snapshot.users:
                xml.leaf("User", [("guid", user.guid), ("name", self._safe(user.name, "a user"))])
            xml.close("Users")
        if snapshot.codes:
            xml.open("CodeBook")
            write_codes(xml, snapshot.codes, self._safe, self.note_refs)
            xml.close("CodeBook")
        variables = {variable.guid: variable for variable in snapshot.variables}
        if snapshot.variables:
            xml.open("Variables")
            for variable in snapshot.variables:
                self._variable(xml, variable)
            xml.close("Variables")
        if snapshot.cases:
            xml.open("Cases")
            for case in snapshot.cases:
                xml.open("Case", [("guid", case.guid), ("name", self._safe(case.name, "a case"))])
                self._description(xml, case.description, f"case {case.name!r}")
                self._values(xml, snapshot.case_values.get(case.guid, {}), variables)
                for source_guid in case.source_guids:
                    xml.leaf("SourceRef", [("targetGUID", source_guid)])
                xml.close("Case")
            xml.close("Cases")
        if snapshot.sources:
            xml.open("Sources")
            for number, source in enumerate(snapshot.sources):
                check_cancelled(reporter)
                if reporter is not None:
                    reporter.report(number, len(snapshot.sources), f"Exporting {source.name}")
                self._source(xml, source, variables)
            xml.close("Sources")
        if self.notes:
            xml.open("Notes")
            for note in self.notes:
                self._note(xml, note)
            xml.close("Notes")
        groups = _document_groups(snapshot)
        if groups:
            xml.open("Sets")
            for group, members in groups:
                xml.open("Set", [("guid", group.guid), ("name", self._safe(group.name, "a set"))])
                self._description(xml, group.description, f"document group {group.name!r}")
                for source_guid in members:
                    xml.leaf("MemberSource", [("targetGUID", source_guid)])
                xml.close("Set")
            xml.close("Sets")
        xml.close("Project")

    def _description(self, xml: XmlWriter, text: str, what: str) -> None:
        if text:
            xml.text("Description", self._safe(text, f"the description of {what}"))

    def _variable(self, xml: XmlWriter, variable: Variable) -> None:
        attributes = [
            ("guid", variable.guid),
            ("name", self._safe(variable.name, "a variable")),
            ("typeOfVariable", variable.type_name),
        ]
        if variable.description:
            xml.open("Variable", attributes)
            self._description(xml, variable.description, f"variable {variable.name!r}")
            xml.close("Variable")
        else:
            xml.leaf("Variable", attributes)

    def _values(
        self, xml: XmlWriter, values: dict[str, VariableValue], variables: dict[str, Variable]
    ) -> None:
        for variable_guid, variable in variables.items():
            if variable_guid not in values:
                continue
            text = _format_value(values[variable_guid], variable.type_name)
            xml.open("VariableValue")
            xml.leaf("VariableRef", [("targetGUID", variable_guid)])
            xml.text(_VALUE_ELEMENTS[variable.type_name], self._safe(text, "a variable value"))
            xml.close("VariableValue")

    def _source(self, xml: XmlWriter, source: TextSource, variables: dict[str, Variable]) -> None:
        xml.open(
            "TextSource",
            [
                ("guid", source.guid),
                ("name", self._safe(source.name, "a document name")),
                ("plainTextPath", f"internal://{source.guid}.txt"),
                ("creatingUser", source.creating_user_guid),
                ("creationDateTime", _datetime(source.created)),
            ],
        )
        for quotation in sorted(source.quotations, key=lambda q: (q.start, q.end, q.guid)):
            self._quotation(xml, quotation)
        self._note_refs(xml, source.guid)
        self._values(xml, self.snapshot.source_values.get(source.guid, {}), variables)
        xml.close("TextSource")

    def _quotation(self, xml: XmlWriter, quotation: Quotation) -> None:
        # The hot path of a large export: GUIDs are validated canonical UUIDs and dates
        # and numbers are formatted by us, so nothing here needs escaping.
        opening = (
            f'PlainTextSelection guid="{quotation.guid}" startPosition="{quotation.start}" '
            f'endPosition="{quotation.end}"{_user_and_time(quotation)}'
        )
        memo_refs = self.note_refs.get(quotation.guid)
        if not quotation.codings and not memo_refs:
            xml.line(f"<{opening}/>")
            return
        xml.line(f"<{opening}>", +1)
        for coding in sorted(quotation.codings, key=lambda c: c.guid):
            refs = self.note_refs.get(coding.guid)
            xml.line(f'<Coding guid="{coding.guid}"{_user_and_time(coding)}>', +1)
            xml.line(f'<CodeRef targetGUID="{coding.code_guid}"/>')
            for note_guid in refs or ():
                xml.line(f'<NoteRef targetGUID="{note_guid}"/>')
            xml.line("</Coding>", -1)
        for note_guid in memo_refs or ():
            xml.line(f'<NoteRef targetGUID="{note_guid}"/>')
        xml.line("</PlainTextSelection>", -1)

    def _note(self, xml: XmlWriter, note: Note) -> None:
        xml.open(
            "Note",
            [
                ("guid", note.guid),
                ("name", self._safe(note.name, "a note name")),
                ("creatingUser", note.creating_user_guid),
                ("creationDateTime", _datetime(note.created)),
            ],
        )
        xml.text("PlainTextContent", self._safe(note.text, f"note {note.name!r}"))
        xml.close("Note")


def _document_groups(snapshot: ProjectSnapshot) -> list[tuple[Set, list[str]]]:
    """Each set with its members: its own list, then documents that name it."""
    result = []
    for group in snapshot.sets:
        members = list(dict.fromkeys(group.source_guids))
        listed = set(members)
        for source in snapshot.sources:
            if group.guid in source.group_guids and source.guid not in listed:
                members.append(source.guid)
                listed.add(source.guid)
        result.append((group, members))
    return result


def _text_bytes(text: str) -> bytes:
    """UTF-8 without BOM, unless the text itself starts with U+FEFF.

    Readers (ours included) drop a leading BOM, so a text that really begins with
    U+FEFF gets one BOM in front to be stripped, leaving the character in place.
    """
    encoded = text.encode("utf-8")
    return b"\xef\xbb\xbf" + encoded if text.startswith("\ufeff") else encoded


def _zip_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_FIXED_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    # ZipFile's compresslevel only reaches members it names itself; ours carry it.
    setattr(
        info, "compress_level" if hasattr(info, "compress_level") else "_compresslevel", _ZIP_LEVEL
    )
    info.external_attr = 0o644 << 16
    info.create_system = 3  # the same bytes whichever system exports
    return info


def write_qdpx(
    snapshot: ProjectSnapshot, path: Path | str, *, reporter: Reporter | None = None
) -> ExportReport:
    """Write ``snapshot`` as a REFI-QDA project file at ``path``.

    Raises InvalidSnapshotError (before touching ``path``) if the snapshot breaks the
    conventions of ``interchange``; ``progress.Cancelled`` if the reporter cancels.
    An existing file at ``path`` is replaced only once the new one is complete.
    The returned report lists anything REFI-QDA could not express.
    """
    validate_snapshot(snapshot)
    path = Path(path)
    report = ExportReport()
    project = _ProjectXml(snapshot, report)
    with (
        collector_paused(),
        atomic_output(path) as stream,
        zipfile.ZipFile(stream, "w") as archive,
    ):
        with archive.open(_zip_info("project.qde"), "w") as entry:
            xml = XmlWriter(entry)
            project.write(xml, reporter)
            xml.flush()
        for source in snapshot.sources:
            check_cancelled(reporter)
            archive.writestr(_zip_info(f"sources/{source.guid}.txt"), _text_bytes(source.text))
    if reporter is not None:
        reporter.report(len(snapshot.sources), len(snapshot.sources), "Export finished")
    quotations = [q for source in snapshot.sources for q in source.quotations]
    report.counts = {
        "users": len(snapshot.users),
        "codes": len(snapshot.codes),
        "sources": len(snapshot.sources),
        "quotations": len(quotations),
        "codings": sum(len(q.codings) for q in quotations),
        "cases": len(snapshot.cases),
        "variables": len(snapshot.variables),
        "sets": len(snapshot.sets),
        "notes": len(project.notes),
    }
    return report
