"""The state every pane shares: the open project, the undo stack, error reporting.

Panes never call each other; they call the core through `Workbench.execute`, which
shows a refused edit as a one-line message, puts the applied command on the undo
stack (through the one adapter), and broadcasts the Changes so each pane refreshes
only what it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from sbcoder.core.changes import Changes
from sbcoder.core.commands import Command
from sbcoder.core.dto import QuotationInfo
from sbcoder.core.errors import ProjectFileError, SbcoderError
from sbcoder.progress import Cancelled
from sbcoder.ui.undo import CoreUndoCommand

if TYPE_CHECKING:
    from sbcoder.core.dto import Outcome
    from sbcoder.core.project import Project

EXPECTED_ERRORS = (SbcoderError, ProjectFileError, OSError)
ALL_KINDS = Changes.of(
    "project",
    "coders",
    "documents",
    "groups",
    "cases",
    "attributes",
    "codes",
    "quotations",
    "codings",
    "memos",
)


def one_line(error: BaseException) -> str:
    """The first line of an error's message (the core writes one-line reasons)."""
    text = str(error).strip()
    if isinstance(error, OSError) and error.strerror:
        text = f"{error.filename or ''}: {error.strerror}".strip(": ")
    first = text.splitlines()[0] if text else type(error).__name__
    return first


class Workbench(QObject):
    """The open project and the one undo stack; `changed` tells panes what changed."""

    changed = Signal(object)  # Changes
    projectOpened = Signal()
    projectClosed = Signal()
    errorShown = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.project: Project | None = None
        self.undo_stack = QUndoStack(self)
        self.last_code_id: int | None = None
        # The quotation an edit handed back, while its changes are broadcast: panes may
        # patch themselves from it instead of asking the project again.
        self.edited_quotation: QuotationInfo | None = None

    # -- project ---------------------------------------------------------------------
    def set_project(self, project: Project | None) -> None:
        """Make `project` the open one (closing none: the window does that)."""
        self.undo_stack.clear()
        self.last_code_id = None
        self.project = project
        if project is None:
            self.projectClosed.emit()
        else:
            self.projectOpened.emit()
            self.changed.emit(ALL_KINDS)

    # -- edits -----------------------------------------------------------------------
    def execute(self, action: Callable[[], Outcome[Any]], text: str | None = None) -> Any:
        """Run one service call; push its command for undo; return its Outcome
        (None when the core refused it, after telling the user why)."""
        if self.project is None:
            return None
        try:
            outcome = action()
        except EXPECTED_ERRORS as error:
            self.show_error(error)
            return None
        value = outcome.value
        self.edited_quotation = value if isinstance(value, QuotationInfo) else None
        try:
            self.push(outcome.command, outcome.changes, text)
        finally:
            self.edited_quotation = None
        return outcome

    def push(self, command: Command, changes: Changes, text: str | None = None) -> None:
        """Record an applied command on the undo stack and broadcast its changes."""
        assert self.project is not None
        self.undo_stack.push(
            CoreUndoCommand(self.project, command, self.notify, text, self._undo_failed)
        )
        self.notify(changes)

    def notify(self, changes: Changes) -> None:
        """Tell every pane what changed."""
        if changes:
            self.changed.emit(changes)

    def query(self, action: Callable[[], Any], default: Any = None) -> Any:
        """Run a read-only service call; errors are shown and give `default`."""
        if self.project is None:
            return default
        try:
            return action()
        except EXPECTED_ERRORS as error:
            self.show_error(error)
            return default

    def _undo_failed(self, error: Exception) -> None:
        # The stack no longer matches the project; starting afresh is the safe choice,
        # once the stack has left the undo/redo call it is in now.
        QTimer.singleShot(0, self.undo_stack.clear)
        self.show_error(error)
        self.notify(ALL_KINDS)

    # -- messages --------------------------------------------------------------------
    def show_error(self, error: BaseException | str, title: str | None = None) -> None:
        """A message box with the one-line reason (never a traceback)."""
        if isinstance(error, Cancelled):
            return
        text = error if isinstance(error, str) else one_line(error)
        self.errorShown.emit(text)
        QMessageBox.warning(self.window, title or self.tr("sbcoder"), text)
