"""Every menu action of the main window, its shortcut, and its translated text.

Texts live in `retranslate()` so a language switch at run time renames them all;
shortcuts are set once and shown in the menus by Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from sbcoder.ui.settings import IN_VIVO_BESIDE_SELECTED

Key = QKeySequence.StandardKey

# name: shortcuts (empty: none). Ctrl is Cmd on macOS, as Qt maps it.
SHORTCUTS: dict[str, tuple[str | QKeySequence.StandardKey, ...]] = {
    "new_project": ("Ctrl+N",),
    "open_project": ("Ctrl+O",),
    "import_documents": ("Ctrl+Shift+I",),
    "close_project": ("Ctrl+W",),
    "quit": ("Ctrl+Q",),
    "undo": ("Ctrl+Z",),
    "redo": ("Ctrl+Shift+Z", "Ctrl+Y"),
    "find_in_document": ("Ctrl+F",),
    "search_project": ("Ctrl+Shift+F",),
    "apply_code": ("Return",),
    "apply_last_code": ("Ctrl+L",),
    "in_vivo": ("Ctrl+I",),
    "new_code_from_selection": ("Ctrl+Shift+N",),
    "choose_code": ("Ctrl+K",),
    "remove_code": ("Ctrl+Backspace",),
    "edit_quotation_memo": ("Ctrl+M",),
    "resize_quotation": ("Ctrl+R",),
    "delete_quotation": ("Ctrl+Delete",),
    "new_code": ("Ctrl+Alt+N",),
    "rename_code": ("F2",),
    "recolor_code": (),
    "describe_code": (),
    "code_memo": (),
    "merge_code": (),
    "delete_code": ("Delete",),
    "focus_documents": ("Ctrl+1",),
    "focus_document": ("Ctrl+2",),
    "focus_codes": ("Ctrl+3",),
    "focus_quotations": ("Ctrl+4",),
    "settings": ("Ctrl+,",),
    "change_coder": (),
    "shortcuts_help": ("F1",),
    "about": (),
    "clear_recent": (),
}
# Shortcuts that must only work where they make sense, not in every text field:
# Return applies a code from the code tree or the document; Delete and F2 act on codes.
# Ctrl+F belongs to the document view's own shortcut (and the panes' ones, which open
# the same find bar); a window-wide one beside them would make the key ambiguous.
WIDGET_SCOPED = {"apply_code", "delete_code", "rename_code", "find_in_document"}


class WindowActions(QObject):
    """The actions (attributes named as in SHORTCUTS) and the menus that list them."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        for name, keys in SHORTCUTS.items():
            action = QAction(window)
            action.setObjectName(name)
            if keys:
                action.setShortcuts([QKeySequence(k) for k in keys])
            if name in WIDGET_SCOPED:
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.actions[name] = action
            setattr(self, name, action)
        self.menus: dict[str, QMenu] = {}
        # Features (sbcoder.ui.extensions) add actions for the code tree's right-click menu.
        self.code_context_extra: list[QAction] = []
        self.recent_menu = QMenu(window)
        self.in_vivo_placement = ""

    def build_menus(self, view_toggles: list[QAction]) -> None:
        """Fill the menu bar: File, Edit, Code, View, Tools, Help."""
        bar = self.window.menuBar()
        a = self.actions

        def menu(key: str, items: list[QAction | QMenu | None]) -> QMenu:
            m = bar.addMenu("")
            m.setObjectName(f"menu_{key}")
            for item in items:
                if item is None:
                    m.addSeparator()
                elif isinstance(item, QMenu):
                    m.addMenu(item)
                else:
                    m.addAction(item)
            self.menus[key] = m
            return m

        menu(
            "file",
            [
                a["new_project"],
                a["open_project"],
                self.recent_menu,
                None,
                a["import_documents"],
                None,
                a["close_project"],
                a["quit"],
            ],
        )
        menu("edit", [a["undo"], a["redo"], None, a["find_in_document"], a["search_project"]])
        menu(
            "code",
            [
                a["apply_code"],
                a["apply_last_code"],
                a["in_vivo"],
                a["new_code_from_selection"],
                a["choose_code"],
                None,
                a["remove_code"],
                a["edit_quotation_memo"],
                a["resize_quotation"],
                a["delete_quotation"],
                None,
                a["new_code"],
                a["rename_code"],
                a["recolor_code"],
                a["describe_code"],
                a["code_memo"],
                a["merge_code"],
                a["delete_code"],
            ],
        )
        menu(
            "view",
            [
                a["focus_documents"],
                a["focus_document"],
                a["focus_codes"],
                a["focus_quotations"],
                None,
                *view_toggles,
            ],
        )
        menu("tools", [a["settings"], a["change_coder"]])
        menu("help", [a["shortcuts_help"], a["about"]])
        self.retranslate()

    def set_in_vivo_placement(self, placement: str) -> None:
        """Say in the menu where the next in-vivo code goes."""
        self.in_vivo_placement = placement
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        texts = {
            "new_project": self.tr("&New project…"),
            "open_project": self.tr("&Open project…"),
            "import_documents": self.tr("&Import documents…"),
            "close_project": self.tr("&Close project"),
            "quit": self.tr("&Quit"),
            "find_in_document": self.tr("&Find in document…"),
            "search_project": self.tr("&Search all documents…"),
            "apply_code": self.tr("&Apply selected code"),
            "apply_last_code": self.tr("Apply &last-used code again"),
            "new_code_from_selection": self.tr("&New code from selection…"),
            "choose_code": self.tr("C&hoose a code by typing…"),
            "remove_code": self.tr("&Remove code from quotation"),
            "edit_quotation_memo": self.tr("Quotation &memo…"),
            "resize_quotation": self.tr("Resi&ze quotation to selection"),
            "delete_quotation": self.tr("&Delete quotation"),
            "new_code": self.tr("New code…"),
            "rename_code": self.tr("Rename code"),
            "recolor_code": self.tr("Code colour…"),
            "describe_code": self.tr("Code description…"),
            "code_memo": self.tr("Code memo…"),
            "merge_code": self.tr("Merge code into…"),
            "delete_code": self.tr("Delete code…"),
            "focus_documents": self.tr("Go to documents"),
            "focus_document": self.tr("Go to document text"),
            "focus_codes": self.tr("Go to codes"),
            "focus_quotations": self.tr("Go to quotations"),
            "settings": self.tr("&Settings…"),
            "change_coder": self.tr("Change &coder…"),
            "shortcuts_help": self.tr("&Keyboard shortcuts"),
            "about": self.tr("&About sbcoder"),
            "clear_recent": self.tr("Clear list"),
        }
        if self.in_vivo_placement == IN_VIVO_BESIDE_SELECTED:
            texts["in_vivo"] = self.tr("&In-vivo code (beside the selected code)")
        else:
            texts["in_vivo"] = self.tr("&In-vivo code (under “In vivo”)")
        for name, text in texts.items():
            self.actions[name].setText(text)
        tips = {
            "apply_last_code": self.tr("Code the selected text with the code used last"),
            "in_vivo": self.tr("A new code named by the selected words, applied to them"),
            "choose_code": self.tr("Type part of a code's name, then press Enter to apply it"),
        }
        for name, tip in tips.items():
            self.actions[name].setStatusTip(tip)
        self.recent_menu.setTitle(self.tr("Open &recent"))
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "code": self.tr("&Code"),
            "view": self.tr("&View"),
            "tools": self.tr("&Tools"),
            "help": self.tr("&Help"),
        }
        for key, title in titles.items():
            if key in self.menus:
                self.menus[key].setTitle(title)
