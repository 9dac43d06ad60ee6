"""Codebook actions from the code tree: create, rename, move, recolour, describe,
memo, merge, delete (asking what happens to codings when the code is in use)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QMenu

from sbcoder.core.codebook import CodeInUseError
from sbcoder.core.dto import CodeInfo
from sbcoder.ui.code_dialog import ask_new_code
from sbcoder.ui.delete_code_dialog import ask_delete_policy
from sbcoder.ui.memo_dialog import edit_memo
from sbcoder.ui.merge_dialog import ask_merge_target

if TYPE_CHECKING:
    from sbcoder.ui.main_window import MainWindow


class CodeTreeController(QObject):
    """Turns code tree gestures and Code menu items into undoable codebook edits."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workbench = window.workbench
        pane = window.code_pane
        pane.model.renameRequested.connect(self.rename)
        pane.model.moveRequested.connect(self.move)
        pane.view.customContextMenuRequested.connect(self.context_menu)

    def _current(self) -> CodeInfo | None:
        code = self.window.codes.get(self.window.code_pane.current_code_id() or -1)
        if code is None:
            self.window.show_status(self.tr("Select a code in the code tree first"))
        return code

    def new_code(self) -> bool:
        """A new code, under the selected one by default."""
        project = self.workbench.project
        if project is None:
            return False
        current = self.window.code_pane.current_code_id()
        choice = ask_new_code(self.window, list(self.window.codes.values()), parent_id=current)
        if choice is None:
            return False
        outcome = self.workbench.execute(
            lambda: project.codebook.create(
                choice.name, choice.parent_id, choice.color, choice.description
            ),
            self.tr("New code “%1”").replace("%1", choice.name),
        )
        if outcome is not None:
            self.window.code_pane.select_code(outcome.value.id)
        return outcome is not None

    def start_rename(self) -> None:
        """Open the inline editor on the selected code (F2)."""
        view = self.window.code_pane.view
        if self._current() is not None:
            view.setFocus()
            view.edit(view.currentIndex().siblingAtColumn(0))

    def rename(self, code_id: int, name: str) -> bool:
        """Rename a code (from the inline editor)."""
        project = self.workbench.project
        old = self.window.codes.get(code_id)
        if project is None or old is None:
            return False
        text = self.tr("Rename “%1” to “%2”").replace("%1", old.name).replace("%2", name)
        return bool(self.workbench.execute(lambda: project.codebook.rename(code_id, name), text))

    def move(self, code_id: int, parent_id: int | None, position: int) -> bool:
        """Nest or reorder a code (from a drag in the tree)."""
        project = self.workbench.project
        code = self.window.codes.get(code_id)
        if project is None or code is None:
            return False
        outcome = self.workbench.execute(
            lambda: project.codebook.move(code_id, parent_id, position),
            self.tr("Move code “%1”").replace("%1", code.name),
        )
        if outcome is not None:
            self.window.code_pane.select_code(code_id)
        return outcome is not None

    def recolor(self, color: str | None = None) -> bool:
        """Give the selected code another colour (asks when `color` is None)."""
        code, project = self._current(), self.workbench.project
        if code is None or project is None:
            return False
        if color is None:
            chosen = QColorDialog.getColor(QColor(code.color), self.window, self.tr("Code colour"))
            if not chosen.isValid():
                return False
            color = chosen.name()
        return bool(
            self.workbench.execute(
                lambda: project.codebook.recolor(code.id, color), self.tr("Change code colour")
            )
        )

    def describe(self) -> bool:
        """Edit the selected code's description (its definition)."""
        code, project = self._current(), self.workbench.project
        if code is None or project is None:
            return False
        text = edit_memo(self.window, self.tr("Code description"), code.path, code.description)
        if text is None:
            return False
        return bool(
            self.workbench.execute(
                lambda: project.codebook.describe(code.id, text), self.tr("Edit code description")
            )
        )

    def edit_memo(self) -> bool:
        """Edit the selected code's memo."""
        code, project = self._current(), self.workbench.project
        if code is None or project is None:
            return False
        text = edit_memo(self.window, self.tr("Code memo"), code.path, code.memo)
        if text is None:
            return False
        return bool(
            self.workbench.execute(
                lambda: project.codebook.set_memo(code.id, text), self.tr("Edit code memo")
            )
        )

    def merge(self) -> bool:
        """Merge the selected code into another one."""
        code, project = self._current(), self.workbench.project
        if code is None or project is None:
            return False
        target = ask_merge_target(self.window, code, list(self.window.codes.values()))
        if target is None:
            return False
        name = self.window.codes[target].name if target in self.window.codes else "?"
        text = self.tr("Merge “%1” into “%2”").replace("%1", code.name).replace("%2", name)
        outcome = self.workbench.execute(lambda: project.codebook.merge(code.id, target), text)
        if outcome is not None:
            self.window.code_pane.select_code(target)
        return outcome is not None

    def delete(self) -> bool:
        """Delete the selected code; if it is in use, ask what happens to its codings."""
        code, project = self._current(), self.workbench.project
        if code is None or project is None:
            return False
        text = self.tr("Delete code “%1”").replace("%1", code.name)
        try:
            outcome = project.codebook.delete(code.id)
        except CodeInUseError as error:
            policy = ask_delete_policy(self.window, code, error.codings)
            if policy is None:
                return False
            return bool(
                self.workbench.execute(lambda: project.codebook.delete(code.id, policy), text)
            )
        except Exception as error:
            self.workbench.show_error(error)
            return False
        self.workbench.push(outcome.command, outcome.changes, text)
        return True

    def context_menu(self, point: QPoint) -> None:
        """The code tree's right-click menu: the Code menu's codebook items."""
        actions = self.window.actions
        menu = QMenu(self.window)
        has_code = self.window.code_pane.current_code_id() is not None
        menu.addAction(actions.apply_code)
        menu.addSeparator()
        menu.addAction(actions.new_code)
        for action in (
            actions.rename_code,
            actions.recolor_code,
            actions.describe_code,
            actions.code_memo,
            actions.merge_code,
            actions.delete_code,
        ):
            menu.addAction(action)
            action.setEnabled(has_code)
        if actions.code_context_extra:
            menu.addSeparator()
            for action in actions.code_context_extra:
                menu.addAction(action)
        menu.exec(self.window.code_pane.view.viewport().mapToGlobal(point))
        self.window.update_actions()
