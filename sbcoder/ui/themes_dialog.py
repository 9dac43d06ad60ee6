"""Suggested themes (Tools ▸ Suggestions ▸ Suggested themes…).

spaCy groups the open codes (or a branch's codes) into themes
(`sbcoder.core.suggestions.suggest_themes_with`, in the background). The researcher
renames themes, drops codes or moves them to another theme; a moved code is pinned
with the codes of the theme it was put in, so "Re-cluster" keeps them together. These
decisions are saved in the project at once (`sbcoder.core.theme_decisions`), per
scope, so they still apply after the dialog or the project was closed — and
`sbcoder suggest-themes` applies them too. "Forget my changes" clears them. "Accept"
on a theme makes the theme code and moves its members under it as one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sbcoder.core.changes import Changes
from sbcoder.core.dto import CodeInfo, QuotationInfo
from sbcoder.core.errors import NotFoundError
from sbcoder.core.suggestions import ThemeSuggestions, accept_theme, suggest_themes_with
from sbcoder.core.theme_decisions import (
    ThemeDecisions,
    clear_decisions,
    load_decisions,
    save_decisions,
)
from sbcoder.progress import Reporter
from sbcoder.ui.handout_dialog import TaskDialog
from sbcoder.ui.themes_preview import SHOWN, CodePreview
from sbcoder.ui.themes_review import Theme, ThemesReview
from sbcoder.ui.themes_scope import ThemesScopeBar
from sbcoder.ui.themes_summary import summary_text
from sbcoder.ui.themes_tree import ThemesTree
from sbcoder.ui.workbench import EXPECTED_ERRORS

if TYPE_CHECKING:
    from sbcoder.ui.workbench import Workbench

__all__ = ["Theme", "ThemesDialog"]


class ThemesDialog(TaskDialog):
    """Themes to review, edit, re-cluster and accept; the edits are remembered."""

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(workbench, parent)
        self.setObjectName("themesDialog")
        self.review = ThemesReview()
        self.paths: dict[int, str] = {}
        self.parents: dict[int, int | None] = {}
        # Theme codes accepted and not undone -> their codes (QDialog.accepted, a signal
        # this dialog never uses, is shadowed as before).
        self.accepted: dict[int, list[int]] = {}
        self.scope = ThemesScopeBar(self)
        self.scope_combo, self.count_spin = self.scope.scope_combo, self.scope.count_spin
        self.suggest_button = self.scope.suggest_button
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tree = ThemesTree(self)
        self.preview = CodePreview(self)
        self.move_button, self.drop_button = QPushButton(self), QPushButton(self)
        self.move_menu = QMenu(self)
        self.move_button.setMenu(self.move_menu)
        self.accept_button, self.close_button = QPushButton(self), QPushButton(self)
        self.forget_button = QPushButton(self)
        self.forget_button.setObjectName("forgetThemeChanges")
        actions = QHBoxLayout()
        for widget in (self.move_button, self.drop_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.accept_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress)
        bottom.addStretch(1)
        bottom.addWidget(self.forget_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.preview)
        layout.addLayout(actions)
        layout.addLayout(bottom)
        self.suggest_button.clicked.connect(self.suggest)
        self.move_menu.aboutToShow.connect(lambda: self.tree.fill_move_menu(self.move_menu))
        self.drop_button.clicked.connect(self._drop_current)
        self.accept_button.clicked.connect(self._accept_current)
        self.forget_button.clicked.connect(self._forget_asked)
        self.close_button.clicked.connect(self.reject)
        self.tree.renamed.connect(self.rename_theme)
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.tree.currentItemChanged.connect(lambda *_a: self._preview_current())
        self.tree.moveRequested.connect(self.move_code)
        self.tree.dropRequested.connect(self.drop_code)
        self.tree.acceptRequested.connect(self.accept_suggested)
        self.scope.scopeChanged.connect(self._scope_changed)
        workbench.changed.connect(self._project_changed)
        self.fill_scopes()
        self._load_decisions()
        self.retranslate()
        self.resize(760, 640)

    # -- the state the tests and menus read ------------------------------------------------
    @property
    def themes(self) -> list[Theme]:
        """The themes shown."""
        return self.review.themes

    @property
    def pinned(self) -> dict[int, str]:
        """Code id -> key of the theme it was put in."""
        return self.review.pinned

    @property
    def left_out(self) -> set[int]:
        """Codes dropped from every theme."""
        return self.review.left_out

    def branch(self) -> str | None:
        """The branch clustered (its path), or None for the open codes."""
        return self.scope.branch()

    # -- what to cluster -------------------------------------------------------------------
    def fill_scopes(self) -> None:
        """ "Open codes", then every code with sub-codes (a branch)."""
        project = self.workbench.project
        tree = self.workbench.query(project.codebook.tree, []) if project else []
        self.paths = {c.id: c.path for c in tree}
        self.parents = {c.id: c.parent_id for c in tree}
        self.scope.fill(tree)

    def set_scope(self, branch: str | None) -> None:
        """Cluster the open codes (None) or the codes under `branch` (a path)."""
        self.scope.set_scope(branch)

    def _scope_changed(self) -> None:
        # Pins, drops and names belong to the codes of a scope: the new scope's own.
        self._load_decisions()
        self.fill_tree()

    def _load_decisions(self) -> None:
        project, branch = self.workbench.project, self.branch()
        decisions = (
            self.workbench.query(lambda: load_decisions(project, branch), None)
            if project is not None
            else None
        )
        self.review.reset(decisions or ThemeDecisions())

    def _remember(self) -> None:
        """Save the decisions at once (view state: not on the undo stack)."""
        project, branch = self.workbench.project, self.branch()
        if project is None:
            return
        try:
            save_decisions(project, branch, self.review.to_save())
        except EXPECTED_ERRORS as error:
            self.workbench.show_error(error)

    # -- suggesting ------------------------------------------------------------------------
    def suggest(self) -> None:
        """(Re-)cluster in the background with the decisions (pins, drops, names)."""
        project = self.workbench.project
        if project is None:
            return
        branch = self.branch()
        count = self.scope.count()
        decisions = self.review.to_save()

        def work(reporter: Reporter) -> ThemeSuggestions:
            return suggest_themes_with(project, decisions, branch, count, reporter)

        self.run_task(work, self.show_suggestion, self.tr("Suggesting themes"))

    def show_suggestion(self, result: ThemeSuggestions) -> None:
        """Show a suggestion from the core (decisions applied, dropped codes left out)."""
        for theme in result.report["themes"]:
            for member in theme["members"]:
                self.paths[member["code_id"]] = member["path"]
        self.review.show(result)
        if self.review.decisions.has_review():
            # Names now go by this suggestion's theme keys and codes: stored so, the
            # command line's next suggestion stays the dialog's.
            self._remember()
        self.count_spin.setMaximum(max(self.review.n_codes, 1))
        self.fill_tree()

    # -- the researcher's edits ---------------------------------------------------------------
    def theme(self, key: str) -> Theme | None:
        """The shown theme with this key."""
        return self.review.theme(key)

    def theme_of(self, code_id: int) -> Theme | None:
        """The theme a code is in now (None: left out, or not shown)."""
        return self.review.theme_of(code_id)

    def rename_theme(self, key: str, label: str) -> None:
        """Give a theme the researcher's label (remembered, also after re-clustering)."""
        if self.review.rename(key, label):
            self._remember()
        self.fill_tree()

    def move_code(self, code_id: int, target_key: str | None) -> str:
        """Move a code to another theme (None: a new theme); it is pinned there with the
        theme's codes, so re-clustering keeps them together. Returns the theme's key."""
        name = self.paths.get(code_id, "?").rsplit("/", 1)[-1]
        key = self.review.move(code_id, target_key, name)
        self._remember()
        self.fill_tree()
        return key

    def drop_code(self, code_id: int) -> None:
        """Leave a code out of every theme (it is listed under "Left out")."""
        self.review.drop(code_id)
        self._remember()
        self.fill_tree()

    def forget_changes(self) -> None:
        """Forget the moves, drops and names of this scope, and re-cluster without them."""
        project, branch = self.workbench.project, self.branch()
        if project is None:
            return
        remaining = self.workbench.query(lambda: clear_decisions(project, branch), None)
        if remaining is None:
            return
        self.review.forget()
        self.summary.setText(self.tr("Your changes are forgotten."))
        if self.themes:
            self.suggest()
        else:
            self.fill_tree()

    def accept_suggested(self, key: str | None = None) -> int | None:
        """Accept a theme: a new code named by its label, with its members moved under it
        (one undo step). Returns the theme code's id."""
        project = self.workbench.project
        theme = self.theme(key) if key is not None else self.current_theme()
        if project is None or theme is None:
            return None
        code_ids, name = theme.code_ids(), theme.label
        parent_id = self._theme_parent(code_ids, self.branch())
        label = self.tr("Accept theme “%1”").replace("%1", name)
        outcome = self.workbench.execute(
            lambda: accept_theme(project, name, code_ids, parent_id), label
        )
        if outcome is None:
            return None
        self.review.accept(theme, outcome.value)
        self.accepted[outcome.value] = code_ids
        self._remember()
        self.fill_tree()
        self.summary.setText(
            self.tr("Theme “%1” made with %2 codes; Undo takes it back.")
            .replace("%1", name)
            .replace("%2", str(len(code_ids)))
        )
        return outcome.value

    def _theme_parent(self, code_ids: list[int], branch: str | None) -> int | None:
        """Under the branch clustered, else beside the members when they share a parent."""
        if branch is not None:
            return next((c for c, p in self.paths.items() if p == branch), None)
        parents = {self.parents.get(code_id) for code_id in code_ids}
        return parents.pop() if len(parents) == 1 else None

    def _project_changed(self, changes: Changes) -> None:
        """After Undo of an accept, its codes may be suggested again."""
        project = self.workbench.project
        if project is None or not changes.affects("codes"):
            return
        tree = self.workbench.query(project.codebook.tree, [])
        codes_before = set(self.parents)
        self.parents = {c.id: c.parent_id for c in tree}
        self.paths.update({c.id: c.path for c in tree})
        before = set(self.accepted)
        if set(self.parents) != codes_before and self.task is None:
            # A code came or went (Undo or Redo of an accept among them): the project
            # has the pins and names that come back or are parked again, since every
            # decision is saved at once.
            branch = self.branch()
            decisions = self.workbench.query(lambda: load_decisions(project, branch), None)
            if decisions is not None:
                self.review.decisions = decisions
        accepted = self.review.decisions.accepted
        self.accepted = {t: codes for t, codes in accepted.items() if t in self.parents}
        if set(self.accepted) < before:
            self.summary.setText(
                self.tr(
                    "The theme is undone: its codes are open codes again, arranged as you "
                    "had them. Re-cluster to see them."
                )
            )
        self._update_buttons()

    # -- the tree and the buttons -------------------------------------------------------------
    def fill_tree(self) -> None:
        """Show the themes, each with its members, and the codes left out."""
        left_out = list(self.left_out) if self.themes else []
        self.tree.fill(self.themes, left_out, self.pinned, self.paths)
        self._summarise()
        self._update_buttons()

    def code_item(self, code_id: int) -> QTreeWidgetItem | None:
        """The tree item of a member code."""
        return self.tree.code_item(code_id)

    def current_theme(self) -> Theme | None:
        """The theme selected, or the theme of the selected code."""
        return self.theme(self.tree.current_theme_key())

    def current_code(self) -> int | None:
        """The member code selected."""
        return self.tree.current_code()

    def _drop_current(self) -> None:
        code_id = self.current_code()
        if code_id is not None:
            self.drop_code(code_id)

    def _accept_current(self) -> None:
        theme = self.current_theme()
        if theme is not None:
            self.accept_suggested(theme.key)

    def _forget_asked(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Forget my changes"),
            self.tr(
                "Forget the codes you moved or dropped and the names you gave themes "
                "here? Accepted themes stay; this cannot be undone."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.forget_changes()

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        code_id = self.current_code()
        self.suggest_button.setEnabled(not busy)
        self.move_button.setEnabled(not busy and code_id is not None)
        self.drop_button.setEnabled(
            not busy and code_id is not None and code_id not in self.left_out
        )
        self.accept_button.setEnabled(not busy and self.current_theme() is not None)
        self.forget_button.setEnabled(not busy and self.review.decisions.has_review())

    def set_busy(self, busy: bool) -> None:
        """No edits while the themes are re-computed."""
        self.tree.setEnabled(not busy)
        self._update_buttons()

    def _preview_current(self) -> None:
        """Show what the selected code is about (its first quotations)."""
        project, code_id = self.workbench.project, self.current_code()
        if project is None or code_id is None:
            self.preview.show_code(None, [], 0)
            return

        def read() -> tuple[CodeInfo | None, list[QuotationInfo], int]:
            try:
                code = project.codebook.get(code_id)
            except NotFoundError:  # deleted since the themes were suggested
                return None, [], 0
            ids = [q.id for q in project.quotations.list(code_ids=[code_id], with_text=False)]
            first = project.quotations.list(quotation_ids=ids[:SHOWN]) if ids else []
            return code, first, len(ids)

        found = self.workbench.query(read, None)
        self.preview.show_code(*(found or (None, [], 0)))

    def _summarise(self) -> None:
        self.scope.retranslate(bool(self.themes))
        self.summary.setText(summary_text(self.review))

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.setWindowTitle(self.tr("Suggested themes"))
        self.tree.retranslate()
        self.move_button.setText(self.tr("Move to"))
        self.drop_button.setText(self.tr("Drop from theme"))
        self.accept_button.setText(self.tr("Accept theme"))
        self.forget_button.setText(self.tr("Forget my changes"))
        self.forget_button.setToolTip(
            self.tr("Forget the codes you moved or dropped and the theme names you gave")
        )
        self.close_button.setText(self.tr("Close"))
        self.fill_tree()
