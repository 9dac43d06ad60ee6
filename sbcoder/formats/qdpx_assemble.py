"""Turning the raw records of a REFI-QDA project into a ProjectSnapshot.

Here texts are loaded, the position dialect is chosen and applied, memos are told
apart from free notes, and every reference is checked against what was imported.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from sbcoder.formats.interchange import (
    Case,
    CodeNode,
    Note,
    ProjectSnapshot,
    Quotation,
    Set,
    TextSource,
    User,
    Variable,
    VariableValue,
)
from sbcoder.formats.qdpx_common import (
    ImportReport,
    convert_value,
    derived_guid,
    normalise_newlines,
    read_datetime,
)
from sbcoder.formats.qdpx_dialect import (
    DialectChoice,
    OffsetMap,
    PositionDialect,
    PreparedText,
    detect_dialect,
)
from sbcoder.formats.qdpx_notes import resolve_notes
from sbcoder.formats.qdpx_read_xml import (
    ElementReader,
    RawSet,
    RawText,
    child_text,
    children,
    local,
)
from sbcoder.progress import Reporter, check_cancelled

TextLoad = Callable[[RawText, str], str | None]


class Assembler:
    """Builds the snapshot of one project document (see module docstring)."""

    def __init__(
        self,
        root: etree._Element,
        elements: ElementReader,
        load_text: TextLoad,
        reporter: Reporter | None,
    ) -> None:
        self.root = root
        self.elements = elements
        self.load_text = load_text
        self.reporter = reporter
        self.origin = root.get("origin") or ""
        self.warnings = elements.warnings
        self.unsupported = elements.unsupported
        self._descriptions: dict[str, str] = {}  # quotation GUID -> selection Description
        self.choice = DialectChoice(PositionDialect.CODEPOINTS, "no text sources", [])
        self.sections: dict[str, etree._Element] = {}
        for child in root:
            self.sections.setdefault(local(child), child)

    def _section_items(self, section: str) -> list[etree._Element]:
        element = self.sections.get(section)
        return list(element) if element is not None else []

    def run(self) -> tuple[ProjectSnapshot, ImportReport]:
        """Read every part of the project; the snapshot comes out in canonical order."""
        elements = self.elements
        users = elements.users(self.sections["Users"]) if "Users" in self.sections else []
        codebook = self.sections.get("CodeBook")
        codes_element = children(codebook, "Codes") if codebook is not None else []
        codes = elements.codes(codes_element[0]) if codes_element else []
        variables = (
            elements.variables(self.sections["Variables"]) if "Variables" in self.sections else []
        )
        raw_cases = elements.cases(self.sections["Cases"]) if "Cases" in self.sections else []
        raw_sources: list[RawText] = []
        for item in self._section_items("Sources"):
            if local(item) == "TextSource":
                raw_sources.append(elements.text_source(item, "source"))
            elif local(item):
                elements.media_source(item)
        raw_notes = [
            elements.text_source(item, "note")
            for item in self._section_items("Notes")
            if local(item) == "Note"
        ]
        raw_sets = elements.sets(self.sections["Sets"]) if "Sets" in self.sections else []
        elements.note_refs(self.root, "")
        self._report_other_parts()

        sources = self._sources(raw_sources)
        code_guids = {code.guid for code in codes}
        self._drop_unknown_codes(sources, code_guids)
        notes = self._notes(raw_notes, codes, sources)
        variable_by_guid = {variable.guid: variable for variable in variables}
        source_guids = {source.guid for source in sources}
        source_values = {
            raw.guid: self._values(raw.values, variable_by_guid, f"source {raw.name!r}")
            for raw in raw_sources
            if raw.values and raw.guid in source_guids
        }
        cases: list[Case] = []
        case_values = {}
        for raw_case in raw_cases:
            members = self._known_members(raw_case.source_guids, source_guids, raw_case.name)
            cases.append(Case(raw_case.guid, raw_case.name, raw_case.description, members))
            if raw_case.values:
                case_values[raw_case.guid] = self._values(
                    raw_case.values, variable_by_guid, f"case {raw_case.name!r}"
                )
        sets = self._sets(raw_sets, source_guids)
        groups_of: dict[str, list[str]] = {}
        for group in sets:
            for member in group.source_guids:
                groups_of.setdefault(member, []).append(group.guid)
        for source in sources:
            source.group_guids = groups_of.get(source.guid, [])
        source_values = {owner: values for owner, values in source_values.items() if values}
        case_values = {owner: values for owner, values in case_values.items() if values}
        users = self._add_missing_users(users, sources, notes)
        created = read_datetime(self.root.get("creationDateTime"), self.warnings, "the project")
        # Already in canonical order: codes depth first with sibling positions, quotations
        # and codings sorted in _source, members de-duplicated, note targets sorted.
        snapshot = ProjectSnapshot(
            name=self.root.get("name") or "",
            origin=self.origin,
            created=created,
            users=users,
            codes=codes,
            sources=sources,
            cases=cases,
            variables=variables,
            case_values=case_values,
            source_values=source_values,
            sets=sets,
            notes=notes,
            unsupported=list(self.unsupported),
        )
        return snapshot, self._report(snapshot)

    # -- parts we do not import -------------------------------------------------------
    def _report_other_parts(self) -> None:
        links = len(self._section_items("Links"))
        if links:
            self.unsupported.append(f"{links} links between items (not imported)")
        for graph in self._section_items("Graphs"):
            self.unsupported.append(f"graph {graph.get('name') or ''!r} (not imported)")
        description = (child_text(self.root, "Description") or "").strip()
        if description:
            self.unsupported.append(f"the project description (not imported): {description}")

    # -- sources and quotations -------------------------------------------------------
    def _sources(self, raw_sources: list[RawText]) -> list[TextSource]:
        loaded: list[tuple[RawText, PreparedText]] = []
        rich = 0
        for number, raw in enumerate(raw_sources):
            check_cancelled(self.reporter)
            if self.reporter is not None:
                self.reporter.report(number, len(raw_sources), f"Reading {raw.name}")
            text = self.load_text(raw, f"source {raw.name!r}")
            if text is None:
                self._missing_text(raw)
                continue
            rich += raw.rich_text_path is not None
            if raw.description.strip():
                self.unsupported.append(
                    f"the description of source {raw.name!r} (not imported): {raw.description}"
                )
            loaded.append((raw, PreparedText.from_raw(text)))
        if rich:
            self.unsupported.append(
                f"the formatted (rich text) version of {rich} source(s): the plain text "
                "was imported, the formatting was not"
            )
        spans = [
            (prepared, [(s.start, s.end) for s in raw.selections if s.start >= 0])
            for raw, prepared in loaded
        ]
        self.choice = detect_dialect(self.origin, spans)
        return [self._source(raw, prepared) for raw, prepared in loaded]

    def _missing_text(self, raw: RawText) -> None:
        where = raw.plain_text_path or raw.rich_text_path or "no text given"
        reason = (
            "only a formatted (rich text) version is given"
            if raw.plain_text_path is None and raw.rich_text_path
            else f"its text ({where}) is not in the archive or beside it"
        )
        self.unsupported.append(
            f"source {raw.name!r} with {len(raw.selections)} selections: {reason}"
        )

    def _source(self, raw: RawText, prepared: PreparedText) -> TextSource:
        text = prepared.text
        mapping = OffsetMap(prepared.wide_chars(self.choice.dialect), len(text))
        what = f"source {raw.name!r}"
        quotations = []
        split = 0
        for selection in raw.selections:
            if selection.start < 0 or selection.end < 0:
                self.unsupported.append(
                    f"a selection in {what} without usable positions "
                    f"({len(selection.codings)} codings)"
                )
                continue
            if mapping.wide:
                start, split_start = mapping.convert(selection.start, is_end=False)
                end, split_end = mapping.convert(selection.end, is_end=True)
                split += split_start + split_end
            else:  # nothing counts double: positions are indexes as they stand
                start, end = selection.start, selection.end
            if start > end:
                start, end = end, start
                self.warnings.append(f"a selection in {what} had its start after its end")
            if start < 0 or end > len(text):
                self.warnings.append(f"a selection in {what} reached past the text; it was cut")
                start, end = max(0, start), min(len(text), end)
            if start >= end:
                self.unsupported.append(
                    f"an empty selection in {what} at {selection.start}-{selection.end} "
                    f"({len(selection.codings)} codings)"
                )
                continue
            quotation = Quotation(
                selection.guid,
                start,
                end,
                selection.created,
                selection.user,
                codings=selection.codings,
            )
            if selection.description:
                self._descriptions[quotation.guid] = selection.description
            quotations.append(quotation)
        if split:
            self.warnings.append(
                f"{split} selection boundaries in {what} fell inside a character; "
                "they were widened to whole characters"
            )
        if raw.whole_codings:
            if text:
                guid = derived_guid("whole-source", raw.guid)
                quotations.append(Quotation(guid, 0, len(text), codings=raw.whole_codings))
                self.warnings.append(
                    f"{len(raw.whole_codings)} codings of all of {what} became one quotation "
                    "spanning the whole text"
                )
            else:
                self.unsupported.append(f"{len(raw.whole_codings)} codings of empty {what}")
        # The canonical order (see interchange.canonical_order), made here in place.
        quotations.sort(key=lambda q: (q.start, q.end, q.guid))
        for quotation in quotations:
            if len(quotation.codings) > 1:
                quotation.codings.sort(key=lambda c: c.guid)
        return TextSource(raw.guid, raw.name, text, "", raw.created, raw.user, [], quotations)

    def _drop_unknown_codes(self, sources: list[TextSource], code_guids: set[str]) -> None:
        dropped = 0
        for source in sources:
            for quotation in source.quotations:
                kept = [c for c in quotation.codings if c.code_guid in code_guids]
                dropped += len(quotation.codings) - len(kept)
                quotation.codings = kept
        if dropped:
            self.unsupported.append(
                f"{dropped} codings that name codes the file does not define (not imported)"
            )

    # -- notes and memos --------------------------------------------------------------
    def _notes(
        self, raw_notes: list[RawText], codes: list[CodeNode], sources: list[TextSource]
    ) -> list[Note]:
        texts: dict[str, tuple[RawText, str]] = {}
        for raw in raw_notes:
            text = self.load_text(raw, f"note {raw.name!r}")
            if text is None:
                self.unsupported.append(f"note {raw.name!r}: its text is missing")
                continue
            texts[raw.guid] = (raw, normalise_newlines(text))
            coded = len(raw.selections) + len(raw.whole_codings)
            if coded:
                self.unsupported.append(f"{coded} selections or codings inside note {raw.name!r}")
        return resolve_notes(
            texts, self.elements, self.origin, codes, sources, self._descriptions, self.warnings
        )

    # -- cases, sets, values, users ---------------------------------------------------
    def _known_members(self, members: list[str], known: set[str], holder: str) -> list[str]:
        kept = [guid for guid in dict.fromkeys(members) if guid in known]
        missing = len(set(members)) - len(kept)
        if missing:
            self.warnings.append(
                f"{holder!r} lists {missing} sources that were not imported; "
                "those links were left out"
            )
        return kept

    def _sets(self, raw_sets: list[RawSet], source_guids: set[str]) -> list[Set]:
        sets = []
        for raw in raw_sets:
            others = []
            if raw.member_codes:
                others.append(f"{raw.member_codes} codes")
            if raw.member_notes:
                others.append(f"{raw.member_notes} notes")
            if others and not raw.source_guids:
                self.unsupported.append(
                    f"set {raw.name!r} of {' and '.join(others)} (not imported)"
                )
                continue
            if others:
                self.unsupported.append(
                    f"set {raw.name!r}: its {' and '.join(others)} "
                    "(only its documents were imported)"
                )
            members = self._known_members(raw.source_guids, source_guids, raw.name)
            sets.append(Set(raw.guid, raw.name, raw.description, members))
        return sets

    def _values(
        self, raw: dict[str, tuple[str, str]], variables: dict[str, Variable], owner: str
    ) -> dict[str, VariableValue]:
        values: dict[str, VariableValue] = {}
        for variable_guid, (_kind, text) in raw.items():
            variable = variables.get(variable_guid)
            if variable is None:
                self.unsupported.append(f"{owner}: a value {text!r} of an undefined variable")
                continue
            if not text.strip() and variable.type_name != "Text":
                continue
            try:
                values[variable_guid] = convert_value(text, variable.type_name)
            except ValueError:
                self.unsupported.append(
                    f"{owner}: value {text!r} does not fit {variable.type_name} variable "
                    f"{variable.name!r} (not imported)"
                )
        return values

    def _add_missing_users(
        self, users: list[User], sources: list[TextSource], notes: list[Note]
    ) -> list[User]:
        known = {user.guid for user in users}
        referenced: dict[str, None] = {}
        for source in sources:
            referenced[source.creating_user_guid or ""] = None
            for quotation in source.quotations:
                referenced[quotation.creating_user_guid or ""] = None
                for coding in quotation.codings:
                    referenced[coding.creating_user_guid or ""] = None
        for note in notes:
            referenced[note.creating_user_guid or ""] = None
        missing = [guid for guid in referenced if guid and guid not in known]
        if missing:
            self.warnings.append(
                f"{len(missing)} users are named as creators but not listed; they were added "
                "as 'unknown user ...'"
            )
        return users + [User(guid, f"unknown user {guid[:8]}") for guid in missing]

    def _report(self, snapshot: ProjectSnapshot) -> ImportReport:
        quotations = [q for source in snapshot.sources for q in source.quotations]
        return ImportReport(
            origin=self.origin,
            position_dialect=self.choice.dialect.value,
            dialect_reason=self.choice.reason,
            counts={
                "users": len(snapshot.users),
                "codes": len(snapshot.codes),
                "sources": len(snapshot.sources),
                "quotations": len(quotations),
                "codings": sum(len(q.codings) for q in quotations),
                "cases": len(snapshot.cases),
                "variables": len(snapshot.variables),
                "sets": len(snapshot.sets),
                "notes": len(snapshot.notes),
            },
            warnings=self.warnings,
            unsupported=list(self.unsupported),
        )
