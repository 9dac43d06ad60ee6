"""Codebook templates (resources/templates/*.json), e.g. the CIMO template."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sbcoder.core.commands import Command, IdOf, InsertRows, Macro
from sbcoder.core.errors import ValidationError
from sbcoder.db.models import new_uuid, utcnow
from sbcoder.resources import RESOURCES_DIR

if TYPE_CHECKING:
    from sbcoder.core.project import Project

TEMPLATE_DIR = RESOURCES_DIR / "templates"


def available_templates() -> list[str]:
    """Names of the templates shipped with sbcoder ("empty" is always there too)."""
    return ["empty", *sorted(p.stem for p in TEMPLATE_DIR.glob("*.json"))]


def load_template(name: str) -> dict[str, Any]:
    """The template's data (a tree of codes with names, colours and descriptions)."""
    path = TEMPLATE_DIR / f"{name}.json"
    if not path.is_file():
        raise ValidationError(
            f"no template {name!r}; choose one of {', '.join(available_templates())}"
        )
    return json.loads(path.read_text(encoding="utf-8"))


def template_command(project: Project, name: str) -> Command:
    """One command that creates the template's codes (at the end of the root)."""
    data = load_template(name)
    start = len([c for c in project.codebook.tree() if c.parent_id is None])
    commands: list[Command] = []
    now = utcnow()

    def add(node: dict[str, Any], parent: IdOf | None, color: str, position: int) -> None:
        own = node.get("color", color)
        command = InsertRows(
            "codes",
            [
                {
                    "uuid": new_uuid(),
                    "parent_id": parent,
                    "name": node["name"],
                    "color": own,
                    "description": node.get("description", ""),
                    "memo": "",
                    "position": position,
                    "created": now,
                    "created_by": project.current_coder_id,
                }
            ],
        )
        commands.append(command)
        for index, child in enumerate(node.get("children", [])):
            add(child, IdOf(command), own, index)

    for index, node in enumerate(data["codes"]):
        add(node, None, "#999999", start + index)
    return Macro(commands, label=f"Add {name} codebook")


def apply_template(project: Project, name: str) -> None:
    """Add a template's codes to a project (one transaction)."""
    if name == "empty":
        return
    project.apply(template_command(project, name))
