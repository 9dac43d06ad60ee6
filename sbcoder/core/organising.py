"""Document groups, cases, and attributes (typed variables on cases or documents)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select

from sbcoder.core.commands import Command, DeleteRows, DeleteWhere, InsertRows, Macro, UpdateRow
from sbcoder.core.dto import AttributeInfo, CaseInfo, GroupInfo, Outcome
from sbcoder.core.errors import NotFoundError, ValidationError
from sbcoder.core.service import Service, clean_name
from sbcoder.db.models import (
    Attribute,
    AttributeValue,
    Case,
    DocumentGroup,
    case_documents,
    document_group_members,
    new_uuid,
)

VALUE_TYPES = ("text", "integer", "float", "boolean", "date")
_TRUE = {"true", "ja", "yes", "1", "waar", "y", "j"}
_FALSE = {"false", "nee", "no", "0", "onwaar", "n"}


def canonical_value(value_type: str, value: object) -> str:
    """The stored text form of a value of `value_type`, or ValidationError."""
    text = str(value).strip()
    try:
        if value_type == "text":
            return str(value)
        if value_type == "integer":
            return str(int(text))
        if value_type == "float":
            return repr(float(text.replace(",", ".")))
        if value_type == "boolean":
            if isinstance(value, bool):
                return "true" if value else "false"
            if text.lower() in _TRUE:
                return "true"
            if text.lower() in _FALSE:
                return "false"
            raise ValueError(text)
        if value_type == "date":
            return date.fromisoformat(text).isoformat()
    except ValueError as error:
        raise ValidationError(f"{value!r} is not a valid {value_type} value") from error
    raise ValidationError(f"unknown attribute type {value_type!r}")


def typed_value(value_type: str, stored: str) -> object:
    """A stored value read back as a Python value of its type."""
    if value_type == "integer":
        return int(stored)
    if value_type == "float":
        return float(stored)
    if value_type == "boolean":
        return stored == "true"
    if value_type == "date":
        return date.fromisoformat(stored)
    return stored


class OrganisingService(Service):
    # -- groups --------------------------------------------------------------------
    def groups(self) -> list[GroupInfo]:
        """All document groups with their members."""
        with self.project.session() as session:
            members: dict[int, list[int]] = {}
            for gid, did in session.execute(select(document_group_members)).all():
                members.setdefault(gid, []).append(did)
            return [
                GroupInfo(g.id, g.uuid, g.name, g.description, tuple(sorted(members.get(g.id, []))))
                for g in session.scalars(select(DocumentGroup).order_by(DocumentGroup.name))
            ]

    def group_by_name(self, name: str) -> GroupInfo | None:
        """The group called `name`, if any."""
        return next((g for g in self.groups() if g.name == name.strip()), None)

    def create_group(self, name: str, description: str = "") -> Outcome[GroupInfo]:
        """Create a document group."""
        command = InsertRows(
            "document_groups",
            [
                {
                    "uuid": new_uuid(),
                    "name": clean_name(name, "group name"),
                    "description": description,
                }
            ],
            label=f"New group {name}",
        )
        return self.outcome(command, lambda: self.group_by_name(name))

    def set_group_members(
        self, group_id: int, document_ids: Sequence[int], member: bool = True
    ) -> Outcome[None]:
        """Add documents to a group (or take them out with member=False)."""
        current = next((g for g in self.groups() if g.id == group_id), None)
        if current is None:
            raise NotFoundError(f"no group with id {group_id}")
        if member:
            rows = [
                {"group_id": group_id, "document_id": d}
                for d in dict.fromkeys(document_ids)
                if d not in current.document_ids
            ]
            command: Command = InsertRows("document_group_members", rows, label="Group documents")
        else:
            rows = [
                {"group_id": group_id, "document_id": d}
                for d in dict.fromkeys(document_ids)
                if d in current.document_ids
            ]
            command = DeleteWhere("document_group_members", rows, label="Ungroup documents")
        return self.outcome(command, None)

    def delete_group(self, group_id: int) -> Outcome[None]:
        """Delete a group (its documents stay)."""
        return self.outcome(DeleteRows("document_groups", [group_id], label="Delete group"), None)

    # -- cases ---------------------------------------------------------------------
    def cases(self) -> list[CaseInfo]:
        """All cases with their documents."""
        with self.project.session() as session:
            members: dict[int, list[int]] = {}
            for cid, did in session.execute(select(case_documents)).all():
                members.setdefault(cid, []).append(did)
            return [
                CaseInfo(
                    c.id,
                    c.uuid,
                    c.name,
                    c.description,
                    c.memo,
                    tuple(sorted(members.get(c.id, []))),
                )
                for c in session.scalars(select(Case).order_by(Case.name))
            ]

    def case_by_name(self, name: str) -> CaseInfo | None:
        """The case called `name`, if any."""
        return next((c for c in self.cases() if c.name == name.strip()), None)

    def create_case(self, name: str, description: str = "") -> Outcome[CaseInfo]:
        """Create a case (e.g. one neighbourhood initiative)."""
        name = clean_name(name, "case name")
        command = InsertRows(
            "cases",
            [{"uuid": new_uuid(), "name": name, "description": description, "memo": ""}],
            label=f"New case {name}",
        )
        return self.outcome(command, lambda: self.case_by_name(name))

    def rename_case(self, case_id: int, name: str) -> Outcome[CaseInfo]:
        """Rename a case."""
        case = next((c for c in self.cases() if c.id == case_id), None)
        if case is None:
            raise NotFoundError(f"no case with id {case_id}")
        name = clean_name(name, "case name")
        command = UpdateRow(
            "cases", case_id, {"name": case.name}, {"name": name}, label="Rename case"
        )
        return self.outcome(command, lambda: self.case_by_name(name))

    def attach_to_case(
        self, case_id: int, document_ids: Sequence[int], attached: bool = True
    ) -> Outcome[None]:
        """Attach documents to a case (or detach them with attached=False)."""
        case = next((c for c in self.cases() if c.id == case_id), None)
        if case is None:
            raise NotFoundError(f"no case with id {case_id}")
        wanted = list(dict.fromkeys(document_ids))
        if attached:
            rows = [
                {"case_id": case_id, "document_id": d} for d in wanted if d not in case.document_ids
            ]
            command: Command = InsertRows("case_documents", rows, label="Attach to case")
        else:
            rows = [
                {"case_id": case_id, "document_id": d} for d in wanted if d in case.document_ids
            ]
            command = DeleteWhere("case_documents", rows, label="Detach from case")
        return self.outcome(command, None)

    def delete_case(self, case_id: int) -> Outcome[None]:
        """Delete a case (its documents stay)."""
        return self.outcome(DeleteRows("cases", [case_id], label="Delete case"), None)

    # -- attributes ----------------------------------------------------------------
    def attributes(self, scope: str | None = None) -> list[AttributeInfo]:
        """Attributes (variables), optionally of one scope ("case" or "document")."""
        with self.project.session() as session:
            query = select(Attribute).order_by(Attribute.scope, Attribute.name)
            if scope is not None:
                query = query.where(Attribute.scope == scope)
            return [
                AttributeInfo(a.id, a.uuid, a.name, a.scope, a.value_type, a.description)
                for a in session.scalars(query)
            ]

    def create_attribute(
        self, name: str, scope: str = "case", value_type: str = "text", description: str = ""
    ) -> Outcome[AttributeInfo]:
        """Create a typed attribute on cases or documents."""
        if scope not in ("case", "document"):
            raise ValidationError("an attribute belongs to cases or to documents")
        if value_type not in VALUE_TYPES:
            raise ValidationError(f"attribute type must be one of {', '.join(VALUE_TYPES)}")
        name = clean_name(name, "attribute name")
        command = InsertRows(
            "attributes",
            [
                {
                    "uuid": new_uuid(),
                    "name": name,
                    "scope": scope,
                    "value_type": value_type,
                    "description": description,
                }
            ],
            label=f"New attribute {name}",
        )
        return self.outcome(
            command, lambda: next(a for a in self.attributes(scope) if a.name == name)
        )

    def set_value(self, attribute_id: int, owner_id: int, value: object | None) -> Outcome[None]:
        """Set (or with None clear) an attribute's value on a case or document."""
        attribute = next((a for a in self.attributes() if a.id == attribute_id), None)
        if attribute is None:
            raise NotFoundError(f"no attribute with id {attribute_id}")
        owner = "case_id" if attribute.scope == "case" else "document_id"
        with self.project.session() as session:
            existing = session.execute(
                select(AttributeValue.id, AttributeValue.value).where(
                    AttributeValue.attribute_id == attribute_id,
                    getattr(AttributeValue, owner) == owner_id,
                )
            ).first()
        label = f"Set {attribute.name}"
        if value is None:
            if existing is None:
                return Outcome(None, self.run(Macro([])), Macro([]))
            return self.outcome(DeleteRows("attribute_values", [existing.id], label=label), None)
        stored = canonical_value(attribute.value_type, value)
        if existing is not None:
            command: Command = UpdateRow(
                "attribute_values", existing.id, {"value": existing.value}, {"value": stored}, label
            )
        else:
            command = InsertRows(
                "attribute_values",
                [{"attribute_id": attribute_id, owner: owner_id, "value": stored}],
                label,
            )
        return self.outcome(command, None)

    def values(self, attribute_id: int) -> dict[int, object]:
        """owner id (case or document) → typed value, for one attribute."""
        attribute = next((a for a in self.attributes() if a.id == attribute_id), None)
        if attribute is None:
            raise NotFoundError(f"no attribute with id {attribute_id}")
        with self.project.session() as session:
            rows = session.execute(
                select(
                    AttributeValue.case_id, AttributeValue.document_id, AttributeValue.value
                ).where(AttributeValue.attribute_id == attribute_id)
            ).all()
        return {
            (c if c is not None else d): typed_value(attribute.value_type, v) for c, d, v in rows
        }
