"""Undo and redo without Qt: a list of applied commands and a cursor.

The ui uses a QUndoStack instead (through one adapter); this class serves scripts,
the tests, and proves that undo is a property of the core, not of the ui.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sbcoder.core.changes import Changes
from sbcoder.core.commands import Command

if TYPE_CHECKING:
    from sbcoder.core.project import Project


class UndoHistory:
    """Applied commands in order; `undo` reverts the newest, `redo` re-applies it."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._done: list[Command] = []
        self._undone: list[Command] = []

    def push(self, command: Command) -> None:
        """Record a command that a service already applied; clears the redo side."""
        self._done.append(command)
        self._undone.clear()

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo(self) -> Changes:
        """Revert the newest command."""
        command = self._done.pop()
        changes = self.project.revert(command)
        self._undone.append(command)
        return changes

    def redo(self) -> Changes:
        """Apply again the command undone last."""
        command = self._undone.pop()
        changes = self.project.apply(command)
        self._done.append(command)
        return changes
