"""Coding actions: apply a code five ways, and edit quotations (all undoable).

Each action reads the document view's selection (code points), calls one core
service (or a few, joined into one undo step), and leaves the new quotation
selected so the next action (memo, another code) applies to it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog

from sbcoder.core.changes import Changes
from sbcoder.core.commands import Command, Macro
from sbcoder.core.dto import CodeInfo, QuotationInfo
from sbcoder.ui.code_dialog import ask_new_code
from sbcoder.ui.memo_dialog import edit_memo
from sbcoder.ui.settings import IN_VIVO_BESIDE_SELECTED
from sbcoder.ui.workbench import EXPECTED_ERRORS

if TYPE_CHECKING:
    from sbcoder.ui.main_window import MainWindow

IN_VIVO_PARENT = "In vivo"
IN_VIVO_MAX_LENGTH = 60


def in_vivo_name(text: str) -> str:
    """A code name made of the selected words: one line, no '/', not too long."""
    name = " ".join(text.split()).strip(" \"'“”‘’.,;:!?()[]-–—").replace("/", "-")
    if len(name) > IN_VIVO_MAX_LENGTH:
        cut = name[:IN_VIVO_MAX_LENGTH].rsplit(" ", 1)[0]
        name = cut + "…"
    return name


class CodingController(QObject):
    """The Code menu's quotation actions, acting on the window's document and codes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workbench = window.workbench

    # -- what is selected --------------------------------------------------------------
    def _span(self) -> tuple[int, int, int] | None:
        """(document id, start, end) of the selected text, or None with a hint."""
        view = self.window.document_view
        span = view.selection() if view.document_id is not None else None
        if span is None or span[0] >= span[1]:
            self.window.show_status(self.tr("Select a passage in the document first"))
            return None
        return view.document_id, span[0], span[1]

    def _quotation(self) -> QuotationInfo | None:
        """The current quotation, or None with a hint."""
        qid = self.window.current_quotation_id
        view = self.window.document_view
        span = view.selection() if view.document_id is not None else None
        if qid is None and span is not None:  # keyboard users: the quotation under the caret
            under = view.quotations_at(span[0])
            qid = under[0] if under else None
        project = self.workbench.project
        if qid is None or project is None:
            self.window.show_status(self.tr("Select a quotation first (click a highlight)"))
            return None
        return self.workbench.query(lambda: project.quotations.get(qid))

    def _code_name(self, code_id: int) -> str:
        code = self.window.codes.get(code_id)
        return code.name if code else "?"

    # -- the five ways to code ----------------------------------------------------------
    def apply_code(self, code_id: int, span: tuple[int, int, int] | None = None) -> bool:
        """Apply a code to the selection (or `span`): drag, double-click, Enter."""
        span = span or self._span()
        project = self.workbench.project
        if span is None or project is None:
            return False
        document_id, start, end = span
        text = self.tr("Code “%1”").replace("%1", self._code_name(code_id))
        outcome = self.workbench.execute(
            lambda: project.quotations.code_span(document_id, start, end, code_id), text
        )
        if outcome is None:
            return False
        self.workbench.last_code_id = code_id
        self._coded(outcome.value, text)
        return True

    def apply_selected_code(self) -> bool:
        """Apply the code selected in the code tree."""
        code_id = self.window.code_pane.current_code_id()
        if code_id is None:
            self.window.show_status(self.tr("Select a code in the code tree first"))
            return False
        return self.apply_code(code_id)

    def apply_last_code(self) -> bool:
        """Apply the last-used code again."""
        code_id = self.workbench.last_code_id
        if code_id is None or code_id not in self.window.codes:
            self.window.show_status(self.tr("No code used yet in this session"))
            return False
        return self.apply_code(code_id)

    def in_vivo(self) -> bool:
        """A new code named by the selected words, applied to them (one undo step).

        It goes under a top-level code "In vivo" (made when missing) or beside the
        selected code, as the settings say; the Code menu names the place."""
        span = self._span()
        project = self.workbench.project
        if span is None or project is None:
            return False
        name = in_vivo_name(self.window.document_view.selected_text())
        if not name:
            self.window.show_status(self.tr("The selection has no words to name a code"))
            return False
        beside = self.window.settings.in_vivo_placement == IN_VIVO_BESIDE_SELECTED
        selected = self.window.codes.get(self.window.code_pane.current_code_id() or -1)

        def run(done: list[Command]) -> tuple[Changes, QuotationInfo, str]:
            changes = Changes()
            tree = project.codebook.tree()
            if beside:
                parent_id = selected.parent_id if selected else None
            else:
                found = _child_named(tree, None, IN_VIVO_PARENT)
                if found is None:
                    made = project.codebook.create(IN_VIVO_PARENT, None, "#9C755F")
                    done.append(made.command)
                    changes |= made.changes
                    found = made.value
                    tree = project.codebook.tree()
                parent_id = found.id
            code = _child_named(tree, parent_id, name)
            if code is None:
                made = project.codebook.create(name, parent_id)
                done.append(made.command)
                changes |= made.changes
                code = made.value
            coded = project.quotations.code_span(*span, code.id)
            done.append(coded.command)
            self.workbench.last_code_id = code.id
            parent = project.codebook.get(parent_id) if parent_id is not None else None
            return changes | coded.changes, coded.value, parent.path if parent else ""

        label = self.tr("In-vivo code “%1”").replace("%1", name)
        result = self._run_joined(run, label)
        if result is None:
            return False
        quotation, parent_path = result
        if parent_path:
            where = self.tr("under “%1”").replace("%1", parent_path)
        else:
            where = self.tr("at the top level")
        message = self.tr("New in-vivo code “%1” %2").replace("%1", name).replace("%2", where)
        self._coded(quotation, message)
        return True

    def new_code_from_selection(self) -> bool:
        """Ask for a new code (its parent defaults to the selected code), apply it."""
        span = self._span()
        project = self.workbench.project
        if span is None or project is None:
            return False
        passage = self.window.document_view.selected_text()
        choice = ask_new_code(
            self.window,
            list(self.window.codes.values()),
            parent_id=self.window.code_pane.current_code_id(),
            passage=" ".join(passage.split()),
        )
        if choice is None:
            return False

        def run(done: list[Command]) -> tuple[Changes, QuotationInfo, str]:
            made = project.codebook.create(
                choice.name, choice.parent_id, choice.color, choice.description
            )
            done.append(made.command)
            coded = project.quotations.code_span(*span, made.value.id)
            done.append(coded.command)
            self.workbench.last_code_id = made.value.id
            return made.changes | coded.changes, coded.value, ""

        label = self.tr("New code “%1”").replace("%1", choice.name)
        result = self._run_joined(run, label)
        if result is None:
            return False
        self._coded(result[0], label)
        return True

    def _run_joined(
        self,
        run: Callable[[list[Command]], tuple[Changes, QuotationInfo, str]],
        label: str,
    ) -> tuple[QuotationInfo, str] | None:
        """Run several service calls as one undo step; if one fails, the ones done
        are reverted, so nothing half-made stays."""
        project = self.workbench.project
        assert project is not None
        done: list[Command] = []
        try:
            changes, quotation, extra = run(done)
        except EXPECTED_ERRORS as error:
            for command in reversed(done):
                project.revert(command)
            self.workbench.show_error(error)
            return None
        self.workbench.push(Macro(done, label=label), changes, label)
        return quotation, extra

    def _coded(self, quotation: QuotationInfo, message: str) -> None:
        self.window.set_current_quotation(quotation.id)
        self.window.show_status(message)

    # -- editing quotations ---------------------------------------------------------------
    def remove_code(self, code_id: int | None = None) -> bool:
        """Take a code off the current quotation (asks which, if it has several)."""
        quotation = self._quotation()
        project = self.workbench.project
        if quotation is None or project is None:
            return False
        codes = [self.window.codes[c] for c in quotation.code_ids if c in self.window.codes]
        if code_id is None:
            code_id = self._pick_code(codes)
        if code_id is None:
            return False
        text = self.tr("Remove code “%1”").replace("%1", self._code_name(code_id))
        return bool(
            self.workbench.execute(
                lambda: project.quotations.remove_code(quotation.id, code_id), text
            )
        )

    def _pick_code(self, codes: list[CodeInfo]) -> int | None:
        if not codes:
            self.window.show_status(self.tr("This quotation carries no code"))
            return None
        selected = self.window.code_pane.current_code_id()
        if len(codes) == 1:
            return codes[0].id
        if selected in {c.id for c in codes}:
            return selected
        paths = [c.path for c in codes]
        path, ok = QInputDialog.getItem(
            self.window, self.tr("Remove code"), self.tr("Remove which code?"), paths, 0, False
        )
        return codes[paths.index(path)].id if ok and path in paths else None

    def edit_memo(self) -> bool:
        """Edit the current quotation's memo."""
        quotation = self._quotation()
        project = self.workbench.project
        if quotation is None or project is None:
            return False
        subject = "“" + " ".join(quotation.text.split())[:200] + "”"
        memo = edit_memo(self.window, self.tr("Quotation memo"), subject, quotation.memo)
        if memo is None:
            return False
        return bool(
            self.workbench.execute(
                lambda: project.quotations.set_memo(quotation.id, memo),
                self.tr("Edit quotation memo"),
            )
        )

    def resize_quotation(self) -> bool:
        """Give the current quotation the boundaries of the selected text."""
        quotation = self._quotation()
        span = self._span() if quotation is not None else None
        project = self.workbench.project
        if quotation is None or span is None or project is None:
            return False
        if span[0] != quotation.document_id:
            self.window.show_status(self.tr("The selection is in another document"))
            return False
        outcome = self.workbench.execute(
            lambda: project.quotations.resize(quotation.id, span[1], span[2]),
            self.tr("Resize quotation"),
        )
        return outcome is not None

    def delete_quotation(self) -> bool:
        """Delete the current quotation with its codings (undoable)."""
        quotation = self._quotation()
        project = self.workbench.project
        if quotation is None or project is None:
            return False
        outcome = self.workbench.execute(
            lambda: project.quotations.delete(quotation.id), self.tr("Delete quotation")
        )
        if outcome is not None:
            self.window.set_current_quotation(None)
        return outcome is not None


def _child_named(codes: list[CodeInfo], parent_id: int | None, name: str) -> CodeInfo | None:
    wanted = name.casefold()
    return next(
        (c for c in codes if c.parent_id == parent_id and c.name.casefold() == wanted), None
    )
