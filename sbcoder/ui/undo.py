"""The one adapter between the core's reversible commands and Qt's undo stack.

A service has already applied its command when the ui gets the Outcome, so the
first `redo()` (which QUndoStack.push calls) does nothing; every later redo/undo
applies or reverts the command through the project and hands the Changes to the
window, which refreshes only what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from sbcoder.core.changes import Changes
from sbcoder.core.commands import Command

if TYPE_CHECKING:
    from sbcoder.core.project import Project

ChangesHandler = Callable[[Changes], None]
ErrorHandler = Callable[[Exception], None]


class CoreUndoCommand(QUndoCommand):
    """Wraps one core Command that a service already applied."""

    def __init__(
        self,
        project: Project,
        command: Command,
        on_changes: ChangesHandler,
        text: str | None = None,
        on_error: ErrorHandler | None = None,
    ) -> None:
        super().__init__(text if text is not None else command.label)
        self.project = project
        self.command = command
        self._on_changes = on_changes
        self._on_error = on_error
        self._first_redo = True

    def redo(self) -> None:
        """Apply the command again (not on the push: it is applied already)."""
        if self._first_redo:
            self._first_redo = False
            return
        self._run(self.project.apply)

    def undo(self) -> None:
        """Revert the command."""
        self._run(self.project.revert)

    def _run(self, action: Callable[[Command], Changes]) -> None:
        try:
            changes = action(self.command)
        except Exception as error:  # reported, never a traceback in the user's face
            # The stack's index has moved already; it cannot be kept in step with a
            # command that failed, so it is made obsolete and the stack is cleared by
            # the error handler.
            self.setObsolete(True)
            if self._on_error is None:
                raise
            self._on_error(error)
            return
        self._on_changes(changes)
