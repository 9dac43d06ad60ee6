"""The conventions a ProjectSnapshot must keep to be exported, checked in one pass.

``write_qdpx`` and ``write_qdc`` call ``validate_snapshot`` before touching the
target file, so a snapshot with a dangling reference or a position outside its text
fails with every problem named instead of producing a file other tools misread.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime

from sbcoder.formats.interchange import VARIABLE_TYPES, ProjectSnapshot

_CANONICAL_GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class InvalidSnapshotError(ValueError):
    """A snapshot breaks the conventions above; ``problems`` lists each one in words."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = "; ".join(problems[:10])
        more = f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""
        super().__init__(f"The project cannot be exported: {shown}{more}")


def _value_problem(value: object, type_name: str) -> str | None:
    expected: dict[str, tuple[type, ...]] = {
        "Text": (str,),
        "Integer": (int,),
        "Float": (float, int),
        "Date": (date,),
        "DateTime": (datetime,),
        "Boolean": (bool,),
    }
    allowed = expected.get(type_name)
    if allowed is None:
        return f"unknown variable type {type_name!r}"
    if type_name in ("Integer", "Float") and isinstance(value, bool):
        return f"{value!r} is a boolean, not a {type_name} value"
    if type_name == "Date" and isinstance(value, datetime):
        return f"{value!r} is a date and time, not a Date value"
    if not isinstance(value, allowed):
        return f"{value!r} is not a {type_name} value"
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return f"{value!r} cannot be written as a number"
    return None


def _check_guids(snapshot: ProjectSnapshot, problems: list[str]) -> None:
    quotations = [q for source in snapshot.sources for q in source.quotations]
    groups: dict[str, list[str]] = {
        "user": [user.guid for user in snapshot.users],
        "code": [code.guid for code in snapshot.codes],
        "document": [source.guid for source in snapshot.sources],
        "quotation": [quotation.guid for quotation in quotations],
        "coding": [coding.guid for quotation in quotations for coding in quotation.codings],
        "case": [case.guid for case in snapshot.cases],
        "variable": [variable.guid for variable in snapshot.variables],
        "set": [group.guid for group in snapshot.sets],
        "note": [note.guid for note in snapshot.notes],
    }
    seen: set[str] = set()
    match = _CANONICAL_GUID.match
    for kind, guids in groups.items():
        for guid in guids:
            if not isinstance(guid, str) or not match(guid):
                problems.append(f"{kind} GUID {guid!r} is not a lower-case UUID")
            elif guid in seen:
                problems.append(f"{kind} GUID {guid} is used twice")
            seen.add(guid)


def _check_sources(snapshot: ProjectSnapshot, problems: list[str]) -> None:
    code_guids = {code.guid for code in snapshot.codes}
    user_guids = {user.guid for user in snapshot.users} | {None}
    group_guids = {group.guid for group in snapshot.sets}
    for source in snapshot.sources:
        label = f"document {source.name!r}"
        if "\r" in source.text:
            problems.append(f"{label}: its text has carriage returns; use '\\n' line ends")
        try:
            encoded = source.text.encode("utf-8")
        except UnicodeEncodeError:
            problems.append(f"{label}: its text holds unpaired surrogate characters")
        else:
            if hashlib.sha256(encoded).hexdigest() != source.sha256:
                problems.append(f"{label}: sha256 does not match its text")
        if source.creating_user_guid not in user_guids:
            problems.append(f"{label}: unknown creating user {source.creating_user_guid}")
        for group_guid in source.group_guids:
            if group_guid not in group_guids:
                problems.append(f"{label}: unknown document group {group_guid}")
        length = len(source.text)
        for quotation in source.quotations:
            if not (0 <= quotation.start < quotation.end <= length):
                problems.append(
                    f"{label}: quotation {quotation.guid} spans {quotation.start}-"
                    f"{quotation.end}, outside 0-{length} or empty"
                )
            if quotation.creating_user_guid not in user_guids:
                problems.append(
                    f"{label}: quotation {quotation.guid} has unknown creating user "
                    f"{quotation.creating_user_guid}"
                )
            for coding in quotation.codings:
                if coding.code_guid not in code_guids:
                    problems.append(f"{label}: coding {coding.guid} names an unknown code")
                if coding.creating_user_guid not in user_guids:
                    problems.append(
                        f"{label}: coding {coding.guid} has unknown creating user "
                        f"{coding.creating_user_guid}"
                    )


def _check_rest(snapshot: ProjectSnapshot, problems: list[str]) -> None:
    code_guids = {code.guid for code in snapshot.codes}
    for code in snapshot.codes:
        if code.color is not None and not _COLOR.match(code.color):
            problems.append(f"code {code.name!r}: colour {code.color!r} is not '#RRGGBB'")
        if code.parent_guid is not None and code.parent_guid not in code_guids:
            problems.append(f"code {code.name!r}: unknown parent {code.parent_guid}")
    parents = {code.guid: code.parent_guid for code in snapshot.codes}
    for code in snapshot.codes:
        walked: set[str] = set()
        current: str | None = code.guid
        while current is not None and current not in walked:
            walked.add(current)
            current = parents.get(current)
        if current is not None:
            problems.append(f"code {code.name!r} is its own ancestor")
    source_guids = {source.guid for source in snapshot.sources}
    for holder in [*snapshot.cases, *snapshot.sets]:
        for guid in holder.source_guids:
            if guid not in source_guids:
                problems.append(f"{holder.name!r} lists unknown document {guid}")
    variables = {variable.guid: variable for variable in snapshot.variables}
    for variable in snapshot.variables:
        if variable.type_name not in VARIABLE_TYPES:
            problems.append(f"variable {variable.name!r}: unknown type {variable.type_name!r}")
    case_guids = {case.guid for case in snapshot.cases}
    for kind, owners, table in (
        ("case", case_guids, snapshot.case_values),
        ("document", source_guids, snapshot.source_values),
    ):
        for owner, values in table.items():
            if owner not in owners:
                problems.append(f"values for unknown {kind} {owner}")
            for variable_guid, value in values.items():
                variable = variables.get(variable_guid)
                if variable is None:
                    problems.append(f"{kind} {owner}: value for unknown variable {variable_guid}")
                    continue
                problem = _value_problem(value, variable.type_name)
                if problem:
                    problems.append(f"{kind} {owner}, variable {variable.name!r}: {problem}")
    user_guids = {user.guid for user in snapshot.users} | {None}
    for note in snapshot.notes:
        if note.creating_user_guid not in user_guids:
            problems.append(f"note {note.name!r}: unknown creating user")


def validate_snapshot(snapshot: ProjectSnapshot) -> None:
    """Raise InvalidSnapshotError listing every broken convention; return if none."""
    problems: list[str] = []
    _check_guids(snapshot, problems)
    _check_sources(snapshot, problems)
    _check_rest(snapshot, problems)
    if problems:
        raise InvalidSnapshotError(problems)
