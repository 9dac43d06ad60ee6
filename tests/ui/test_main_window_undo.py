"""The one undo adapter: the first redo does nothing (the service applied the command);
later undo/redo revert and apply through the project and report the Changes."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from sbcoder.core.changes import Changes
from sbcoder.core.commands import Command
from sbcoder.core.errors import ConflictError
from sbcoder.ui.undo import CoreUndoCommand


def test_the_adapter_wraps_an_applied_command(project, qapp) -> None:
    doc = project.documents.add_text("a", "Samen eten in de binnentuin.").value
    seen: list[Changes] = []
    stack = QUndoStack()
    outcome = project.quotations.create(doc.id, 0, 11, [project.codebook.by_path("Context").id])
    stack.push(CoreUndoCommand(project, outcome.command, seen.append, "Code it"))
    assert stack.undoText() == "Code it"
    assert len(project.quotations.list()) == 1 and seen == []  # push did not apply again
    stack.undo()
    assert project.quotations.list() == []
    assert seen[-1].affects("quotations") and doc.id in seen[-1].document_ids
    stack.redo()
    again = project.quotations.list()
    assert [(q.id, q.start, q.end) for q in again] == [(outcome.value.id, 0, 11)]
    assert seen[-1].affects("codings")


class _Refused(Command):
    label = "Refused"

    def apply(self, session):
        raise ConflictError("the passage changed meanwhile")

    revert = apply


def test_a_failing_undo_is_reported_not_raised(project, qapp) -> None:
    errors: list[Exception] = []
    stack = QUndoStack()
    stack.push(CoreUndoCommand(project, _Refused(), lambda _c: None, None, errors.append))
    assert stack.undoText() == "Refused"
    stack.undo()
    assert [str(e) for e in errors] == ["the passage changed meanwhile"]
