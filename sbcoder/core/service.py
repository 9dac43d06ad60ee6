"""What every service shares: the project, running a command, the current coder."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import exc as sa_exc

from sbcoder.core.changes import Changes
from sbcoder.core.commands import Command
from sbcoder.core.dto import Outcome
from sbcoder.core.errors import ConflictError, ValidationError

if TYPE_CHECKING:
    from sbcoder.core.project import Project

T = TypeVar("T")

HEX = set("0123456789abcdefABCDEF")


def clean_name(name: str, what: str = "name") -> str:
    """A trimmed, non-empty, single-line name (or ValidationError)."""
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise ValidationError(f"the {what} must not be empty")
    return cleaned


def clean_color(color: str) -> str:
    """`#RRGGBB` (also accepts `#RGB`), upper-case (or ValidationError)."""
    value = (color or "").strip()
    if value.startswith("#") and len(value) == 4 and set(value[1:]) <= HEX:
        value = "#" + "".join(ch * 2 for ch in value[1:])
    if not (value.startswith("#") and len(value) == 7 and set(value[1:]) <= HEX):
        raise ValidationError(f"not a colour: {color!r} (use #RRGGBB)")
    return value.upper()


class Service:
    """Base of the services; `run` applies a command in one transaction."""

    def __init__(self, project: Project) -> None:
        self.project = project

    def run(self, command: Command) -> Changes:
        """Apply `command`; integrity errors become a ConflictError with a clear reason."""
        try:
            return self.project.apply(command)
        except sa_exc.IntegrityError as error:
            raise ConflictError(_explain(error)) from error

    def outcome(self, command: Command, value_fn: object) -> Outcome:  # type: ignore[type-arg]
        """Apply `command` and wrap the value that `value_fn()` reads afterwards."""
        changes = self.run(command)
        value = value_fn() if callable(value_fn) else value_fn
        return Outcome(value, changes, command)

    @property
    def coder_id(self) -> int | None:
        return self.project.current_coder_id


def _explain(error: sa_exc.IntegrityError) -> str:
    message = str(error.orig)
    if "UNIQUE" in message:
        return f"that already exists ({message.split(':')[-1].strip()})"
    if "FOREIGN KEY" in message:
        return "it refers to something that does not exist (any more)"
    return message
