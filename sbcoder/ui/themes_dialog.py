"""Suggested themes (Tools ▸ Suggestions ▸ Suggested themes…).

spaCy groups the open codes (or a branch's codes) into themes
(`sbcoder.core.suggestions.suggest_themes_for`, in the background). The researcher
renames themes, drops codes or moves them to another theme; a moved code is pinned,
so "Re-cluster" keeps it where it was put. "Accept" on a theme makes the theme code and
moves its members under it as one undo step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sbcoder.core.changes import Changes
from sbcoder.core.suggestions import accept_theme, suggest_themes_for
from sbcoder.progress import Reporter
from sbcoder.ui.handout_dialog import TaskDialog

if TYPE_CHECKING:
    from sbcoder.ui.workbench import Workbench

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
LEFT_OUT = "left-out"


@dataclass
class Theme:
    """A theme as the researcher sees it: key, label, members (code id, typicality)."""

    key: str
    label: str
    members: list[tuple[int, float]] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)

    def code_ids(self) -> list[int]:
        """The member codes, in order."""
        return [code_id for code_id, _score in self.members]


class ThemesDialog(TaskDialog):
    """Themes to review, edit, re-cluster and accept."""

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(workbench, parent)
        self.setObjectName("themesDialog")
        self.themes: list[Theme] = []
        self.pinned: dict[int, str] = {}  # code id -> key of the theme it was put in
        self.user_labels: dict[str, str] = {}  # labels the researcher typed, by theme key
        self.left_out: set[int] = set()
        self.accepted: dict[int, list[int]] = {}  # theme code id -> its member codes
        self.paths: dict[int, str] = {}
        self.parents: dict[int, int | None] = {}
        self.pipeline = ""
        self._serial = 0
        self._filling = False
        self.scope_label, self.count_label = QLabel(self), QLabel(self)
        self.scope_combo = QComboBox(self)
        self.count_spin = QSpinBox(self)
        self.count_spin.setRange(0, 50)
        self.suggest_button = QPushButton(self)
        self.suggest_button.setDefault(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("themesTree")
        self.tree.setColumnCount(2)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.move_button, self.drop_button = QPushButton(self), QPushButton(self)
        self.move_menu = QMenu(self)
        self.move_button.setMenu(self.move_menu)
        self.accept_button, self.close_button = QPushButton(self), QPushButton(self)
        options = QHBoxLayout()
        for widget in (self.scope_label, self.scope_combo, self.count_label, self.count_spin):
            options.addWidget(widget)
        options.addStretch(1)
        options.addWidget(self.suggest_button)
        actions = QHBoxLayout()
        for widget in (self.move_button, self.drop_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.accept_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(actions)
        layout.addLayout(bottom)
        self.suggest_button.clicked.connect(self.suggest)
        self.move_menu.aboutToShow.connect(lambda: self._fill_move_menu(self.move_menu))
        self.drop_button.clicked.connect(self._drop_current)
        self.accept_button.clicked.connect(self._accept_current)
        self.close_button.clicked.connect(self.reject)
        self.tree.itemChanged.connect(self._item_edited)
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.scope_combo.currentIndexChanged.connect(self._scope_changed)
        workbench.changed.connect(self._project_changed)
        self.fill_scopes()
        self.retranslate()
        self.resize(760, 640)

    # -- what to cluster -------------------------------------------------------------------
    def fill_scopes(self) -> None:
        """ "Open codes", then every code with sub-codes (a branch)."""
        project = self.workbench.project
        tree = self.workbench.query(project.codebook.tree, []) if project else []
        self.paths = {c.id: c.path for c in tree}
        self.parents = {c.id: c.parent_id for c in tree}
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        self.scope_combo.addItem("", None)
        for code in tree:
            if code.child_ids:
                self.scope_combo.addItem(code.path, code.path)
        self.scope_combo.blockSignals(False)

    def set_scope(self, branch: str | None) -> None:
        """Cluster the open codes (None) or the codes under `branch` (a path)."""
        self.scope_combo.setCurrentIndex(0 if branch is None else self.scope_combo.findData(branch))

    def _scope_changed(self, _index: int) -> None:
        # Pins and drops belong to the codes of the old scope.
        self.pinned.clear()
        self.user_labels.clear()
        self.left_out.clear()
        self.themes = []
        self.fill_tree()

    # -- suggesting ------------------------------------------------------------------------
    def suggest(self) -> None:
        """(Re-)cluster in the background, keeping pinned codes where they were put."""
        project = self.workbench.project
        if project is None:
            return
        branch = self.scope_combo.currentData()
        count = self.count_spin.value() or None
        pinned = {c: k for c, k in self.pinned.items() if c not in self.left_out}

        def work(reporter: Reporter) -> dict[str, Any]:
            return suggest_themes_for(project, branch, count, pinned or None, reporter)

        self.run_task(work, self.show_suggestion, self.tr("Suggesting themes"))

    def show_suggestion(self, report: dict[str, Any]) -> None:
        """Show a report from suggest_themes_for (codes dropped or accepted left out)."""
        self.pipeline = str(report.get("pipeline", ""))
        hidden = self.left_out | {c for codes in self.accepted.values() for c in codes}
        pinned_keys = set(self.pinned.values())
        self.themes = []
        for theme in report["themes"]:
            for member in theme["members"]:
                self.paths[member["code_id"]] = member["path"]
            members = [
                (m["code_id"], float(m["score"]))
                for m in theme["members"]
                if m["code_id"] not in hidden
            ]
            if not members:
                continue
            key = theme["key"]
            label = theme["label"]
            if key in pinned_keys:  # a theme the researcher shaped keeps its name
                label = self.user_labels.get(key, label)
            self.themes.append(Theme(key, label, members, list(theme["distinctive_terms"])))
        self.count_spin.setMaximum(max(int(report.get("n_codes", 0)), 1))
        self.fill_tree()

    # -- the researcher's edits ---------------------------------------------------------------
    def theme(self, key: str) -> Theme | None:
        """The shown theme with this key."""
        return next((t for t in self.themes if t.key == key), None)

    def theme_of(self, code_id: int) -> Theme | None:
        """The theme a code is in now (None: left out, or not shown)."""
        return next((t for t in self.themes if code_id in t.code_ids()), None)

    def rename_theme(self, key: str, label: str) -> None:
        """Give a theme the researcher's label (it sticks once the theme has a pinned code)."""
        theme, label = self.theme(key), " ".join(label.split())
        if theme is None or not label:
            self.fill_tree()
            return
        theme.label = label
        self.user_labels[key] = label
        self.fill_tree()

    def move_code(self, code_id: int, target_key: str | None) -> str:
        """Move a code to another theme (None: a new theme); the code is pinned there,
        so re-clustering keeps it. Returns the target theme's key."""
        source = self.theme_of(code_id)
        score = 0.0
        if source is not None:
            score = dict(source.members)[code_id]
            source.members = [m for m in source.members if m[0] != code_id]
        self.left_out.discard(code_id)
        target = self.theme(target_key) if target_key is not None else None
        if target is None:
            target = Theme(self._new_key(), self.paths.get(code_id, "?").rsplit("/", 1)[-1])
            self.themes.append(target)
        elif not target.key.startswith("pinned-"):
            # The clustering reuses "theme-N" for other groups on the next run; a theme
            # the researcher shaped gets a key of its own.
            old, target.key = target.key, self._new_key()
            self.pinned = {c: (target.key if k == old else k) for c, k in self.pinned.items()}
            if old in self.user_labels:
                self.user_labels[target.key] = self.user_labels.pop(old)
        self.user_labels.setdefault(target.key, target.label)
        target.members.append((code_id, score))
        self.pinned[code_id] = target.key
        self.themes = [t for t in self.themes if t.members]
        self.fill_tree()
        return target.key

    def drop_code(self, code_id: int) -> None:
        """Leave a code out of every theme (it is listed under "Left out")."""
        theme = self.theme_of(code_id)
        if theme is not None:
            theme.members = [m for m in theme.members if m[0] != code_id]
        self.left_out.add(code_id)
        self.pinned.pop(code_id, None)
        self.themes = [t for t in self.themes if t.members]
        self.fill_tree()

    def _new_key(self) -> str:
        self._serial += 1
        return f"pinned-{self._serial}"

    def accept_suggested(self, key: str | None = None) -> int | None:
        """Accept a theme: a new code named by its label, with its members moved under it
        (one undo step). Returns the theme code's id."""
        project = self.workbench.project
        theme = self.theme(key) if key is not None else self.current_theme()
        if project is None or theme is None:
            return None
        code_ids, name = theme.code_ids(), theme.label
        branch = self.scope_combo.currentData()
        parent_id = self._theme_parent(code_ids, branch)
        label = self.tr("Accept theme “%1”").replace("%1", name)
        outcome = self.workbench.execute(
            lambda: accept_theme(project, name, code_ids, parent_id), label
        )
        if outcome is None:
            return None
        self.accepted[outcome.value] = code_ids
        for code_id in code_ids:
            self.pinned.pop(code_id, None)
        self.themes = [t for t in self.themes if t is not theme]
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
        self.parents = {c.id: c.parent_id for c in tree}
        self.paths.update({c.id: c.path for c in tree})
        self.accepted = {t: codes for t, codes in self.accepted.items() if t in self.parents}

    # -- the tree ---------------------------------------------------------------------------
    def fill_tree(self) -> None:
        """Show the themes, each with its members, and the codes left out."""
        self._filling = True
        current = self.tree.currentItem()
        keep = (current.data(0, KIND_ROLE), current.data(0, ID_ROLE)) if current else None
        self.tree.clear()
        bold = QFont()
        bold.setBold(True)
        groups = [(t.key, t.label, t.members, ", ".join(t.terms)) for t in self.themes]
        if self.left_out:
            members = [(c, 0.0) for c in sorted(self.left_out, key=lambda c: self.paths.get(c, ""))]
            groups.append((LEFT_OUT, self.tr("Left out"), members, ""))
        for key, label, members, terms in groups:
            item = QTreeWidgetItem(self.tree, [label, ""])
            item.setData(0, KIND_ROLE, "theme" if key != LEFT_OUT else LEFT_OUT)
            item.setData(0, ID_ROLE, key)
            item.setFont(0, bold)
            if key != LEFT_OUT:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(0, self.tr("Typical words: %1").replace("%1", terms))
            for code_id, score in members:
                pinned = self.pinned.get(code_id) == key
                child = QTreeWidgetItem(item, [self.paths.get(code_id, "?"), ""])
                child.setData(0, KIND_ROLE, "code")
                child.setData(0, ID_ROLE, code_id)
                if pinned:
                    child.setText(1, self.tr("pinned"))
                    child.setToolTip(1, self.tr("Moved here: stays here when you re-cluster"))
                elif key != LEFT_OUT:
                    child.setText(1, f"{score:.2f}")
            item.setExpanded(True)
            if keep == ("theme", key):
                self.tree.setCurrentItem(item)
        if keep is not None and keep[0] == "code":
            found = self.code_item(keep[1])
            if found is not None:
                self.tree.setCurrentItem(found)
        self.tree.resizeColumnToContents(1)
        self._filling = False
        self._summarise()
        self._update_buttons()

    def code_item(self, code_id: int) -> QTreeWidgetItem | None:
        """The tree item of a member code."""
        for top in range(self.tree.topLevelItemCount()):
            theme = self.tree.topLevelItem(top)
            for row in range(theme.childCount()):
                if theme.child(row).data(0, ID_ROLE) == code_id:
                    return theme.child(row)
        return None

    def current_theme(self) -> Theme | None:
        """The theme selected, or the theme of the selected code."""
        item = self.tree.currentItem()
        if item is None:
            return None
        if item.data(0, KIND_ROLE) == "code":
            item = item.parent()
        return self.theme(item.data(0, ID_ROLE))

    def current_code(self) -> int | None:
        """The member code selected."""
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item and item.data(0, KIND_ROLE) == "code" else None

    def _item_edited(self, item: QTreeWidgetItem, column: int) -> None:
        if not self._filling and column == 0 and item.data(0, KIND_ROLE) == "theme":
            self.rename_theme(item.data(0, ID_ROLE), item.text(0))

    def _fill_move_menu(self, menu: QMenu) -> None:
        menu.clear()
        code_id = self.current_code()
        if code_id is None:
            return
        here = self.theme_of(code_id)
        for theme in self.themes:
            if theme is not here:
                menu.addAction(theme.label, lambda k=theme.key: self.move_code(code_id, k))
        menu.addSeparator()
        menu.addAction(self.tr("New theme"), lambda: self.move_code(code_id, None))

    def _context_menu(self, point: object) -> None:
        menu = QMenu(self)
        if self.current_code() is not None:
            self._fill_move_menu(menu.addMenu(self.tr("Move to")))
            menu.addAction(self.tr("Drop from theme"), self._drop_current)
        if self.current_theme() is not None:
            menu.addAction(self.tr("Accept theme"), self._accept_current)
        if not menu.isEmpty():
            menu.exec(self.tree.viewport().mapToGlobal(point))  # type: ignore[arg-type]

    def _drop_current(self) -> None:
        code_id = self.current_code()
        if code_id is not None:
            self.drop_code(code_id)

    def _accept_current(self) -> None:
        theme = self.current_theme()
        if theme is not None:
            self.accept_suggested(theme.key)

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        code_id = self.current_code()
        self.suggest_button.setEnabled(not busy)
        self.move_button.setEnabled(not busy and code_id is not None)
        self.drop_button.setEnabled(
            not busy and code_id is not None and code_id not in self.left_out
        )
        self.accept_button.setEnabled(not busy and self.current_theme() is not None)

    def set_busy(self, busy: bool) -> None:
        """No edits while the themes are re-computed."""
        self.tree.setEnabled(not busy)
        self._update_buttons()

    def _summarise(self) -> None:
        self.suggest_button.setText(self.tr("Re-cluster") if self.themes else self.tr("Suggest"))
        if not self.themes and not self.left_out:
            self.summary.setText(
                self.tr("Suggest themes for these codes; nothing changes until you accept one.")
            )
            return
        codes = sum(len(t.members) for t in self.themes)
        text = (
            self.tr("%1 codes in %2 themes. Double-click a theme to rename it.")
            .replace("%1", str(codes))
            .replace("%2", str(len(self.themes)))
        )
        if self.pipeline:
            text += " " + self.tr("(spaCy: %1)").replace("%1", self.pipeline.split(" (")[0])
        self.summary.setText(text)

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.setWindowTitle(self.tr("Suggested themes"))
        self.scope_label.setText(self.tr("Codes:"))
        self.scope_combo.setItemText(0, self.tr("Open codes (codes with quotations, no sub-codes)"))
        self.count_label.setText(self.tr("Themes:"))
        self.count_spin.setSpecialValueText(self.tr("Automatic"))
        self.tree.setHeaderLabels([self.tr("Theme / code"), self.tr("Typicality")])
        self.move_button.setText(self.tr("Move to"))
        self.drop_button.setText(self.tr("Drop from theme"))
        self.accept_button.setText(self.tr("Accept theme"))
        self.close_button.setText(self.tr("Close"))
        self.fill_tree()
