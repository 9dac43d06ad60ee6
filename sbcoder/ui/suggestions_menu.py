"""Tools ▸ Suggestions: what spaCy can propose (the status bar names the pipeline).

Suggested themes for open codes or a branch, the Code suggestions pane (a dock beside
the code tree, also under View), "Find more like this…" for the code selected in the
code tree (also in the Code menu and the pane's right-click menu), and lemma search
with auto-coding. Everything reaches the project through `window.workbench`; the NLP
work runs in the background.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDockWidget, QMenu

from sbcoder.ui.code_suggestions_pane import CodeSuggestionsPane
from sbcoder.ui.team_menu import add_to_tools_menu

if TYPE_CHECKING:
    # The dialogs bring the NLP layer (SciPy, spaCy's helpers) with them: imported when
    # first opened, not while the window starts.
    from sbcoder.ui.lemma_search_dialog import LemmaSearchDialog
    from sbcoder.ui.main_window import MainWindow
    from sbcoder.ui.similar_passages_dialog import SimilarPassagesDialog
    from sbcoder.ui.themes_dialog import ThemesDialog


class SuggestionsMenu(QObject):
    """The Suggestions submenu, the Code suggestions dock, and the dialogs (kept so a
    second click raises the open one, and for the tests)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workbench = window.workbench
        self.pane = CodeSuggestionsPane(window)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("codeSuggestionsDock")
        self.dock.setWidget(self.pane)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.splitDockWidget(window.docks["codes"], self.dock, Qt.Orientation.Vertical)
        # Hidden until asked for: the index costs a spaCy pass over every quotation.
        self.dock.hide()
        self.themes = QAction(window)
        self.themes.setObjectName("suggest_themes")
        self.pane_toggle = self.dock.toggleViewAction()
        self.pane_toggle.setObjectName("toggle_code_suggestions")
        self.find_more = QAction(window)
        self.find_more.setObjectName("find_more_like_this")
        self.lemma_search = QAction(window)
        self.lemma_search.setObjectName("lemma_search")
        self.menu = QMenu(window)
        self.menu.setObjectName("menu_suggestions")
        for action in (self.themes, self.pane_toggle, self.find_more, self.lemma_search):
            self.menu.addAction(action)
        add_to_tools_menu(window, self.menu)
        code_menu = window.actions.menus["code"]
        code_menu.addSeparator()
        code_menu.addAction(self.find_more)
        window.actions.code_context_extra.append(self.find_more)
        window.actions.menus["view"].addAction(self.pane_toggle)
        self.themes_dialog: ThemesDialog | None = None
        self.similar_dialog: SimilarPassagesDialog | None = None
        self.lemma_dialog: LemmaSearchDialog | None = None
        self.themes.triggered.connect(self.open_themes)
        self.find_more.triggered.connect(lambda: self.open_find_more())
        self.lemma_search.triggered.connect(self.open_lemma_search)
        self.pane.findMoreRequested.connect(self.open_find_more)
        window.code_pane.currentCodeChanged.connect(lambda _c: self.update_actions())
        self.workbench.projectOpened.connect(self._project_changed)
        self.workbench.projectClosed.connect(self._project_changed)
        window.installEventFilter(self)
        self.retranslate()
        self.update_actions()

    # -- the dialogs ------------------------------------------------------------------------
    def open_themes(self) -> ThemesDialog | None:
        """Suggested themes… (not modal: the code tree shows accepted themes at once)."""
        if self.workbench.project is None:
            return None
        if self.themes_dialog is None:
            from sbcoder.ui.themes_dialog import ThemesDialog

            self.themes_dialog = ThemesDialog(self.workbench, self.window)
        self._raise(self.themes_dialog)
        return self.themes_dialog

    def open_find_more(self, code_id: int | None = None) -> SimilarPassagesDialog | None:
        """Find more like this… for `code_id` (default: the code selected in the tree);
        the search starts at once."""
        code_id = code_id if code_id is not None else self.window.code_pane.current_code_id()
        code = self.window.codes.get(code_id) if code_id is not None else None
        if self.workbench.project is None or code is None:
            self.window.show_status(self.tr("Select a code in the code tree first"))
            return None
        if self.similar_dialog is not None:
            self.similar_dialog.done(QDialog.DialogCode.Rejected)
            self.similar_dialog.deleteLater()
        from sbcoder.ui.similar_passages_dialog import SimilarPassagesDialog

        dialog = SimilarPassagesDialog(self.workbench, code, self.open_passage, self.window)
        self.similar_dialog = dialog
        self._raise(dialog)
        dialog.find()
        return dialog

    def open_lemma_search(self) -> LemmaSearchDialog | None:
        """Lemma search… (its code defaults to the code selected in the tree)."""
        if self.workbench.project is None:
            return None
        if self.lemma_dialog is None:
            from sbcoder.ui.lemma_search_dialog import LemmaSearchDialog

            self.lemma_dialog = LemmaSearchDialog(
                self.workbench,
                self.window.code_pane.current_code_id(),
                self.open_passage,
                self.window,
            )
        self._raise(self.lemma_dialog)
        self.lemma_dialog.query_edit.setFocus()
        return self.lemma_dialog

    def show_pane(self) -> CodeSuggestionsPane:
        """Show the Code suggestions dock (building its index if needed)."""
        self.dock.show()
        self.dock.raise_()
        return self.pane

    @staticmethod
    def _raise(dialog: QDialog) -> None:
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def open_passage(self, document_id: int, start: int, end: int) -> None:
        """Show a passage, selected, in the document view."""
        self.window.open_document(document_id, select=(start, end))

    # -- state ----------------------------------------------------------------------------
    def _project_changed(self) -> None:
        for dialog in (self.themes_dialog, self.similar_dialog, self.lemma_dialog):
            if dialog is not None:
                dialog.done(QDialog.DialogCode.Rejected)
                dialog.deleteLater()
        self.themes_dialog = self.similar_dialog = self.lemma_dialog = None
        self.update_actions()

    def update_actions(self) -> None:
        """Enable what can be done now."""
        has_project = self.workbench.project is not None
        for action in (self.themes, self.lemma_search, self.pane_toggle):
            action.setEnabled(has_project)
        self.find_more.setEnabled(
            has_project and self.window.code_pane.current_code_id() is not None
        )

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.menu.setTitle(self.tr("Su&ggestions"))
        self.dock.setWindowTitle(self.tr("Code suggestions"))
        self.themes.setText(self.tr("Suggested &themes…"))
        self.themes.setStatusTip(self.tr("Let spaCy group the open codes into themes"))
        self.pane_toggle.setStatusTip(self.tr("Codes that fit the selected text, as you select"))
        self.find_more.setText(self.tr("Find &more like this…"))
        self.find_more.setStatusTip(
            self.tr("Passages like the selected code's quotations that do not carry it yet")
        )
        self.lemma_search.setText(self.tr("&Lemma search…"))
        self.lemma_search.setStatusTip(
            self.tr("Find every form of a word, review the hits, and code them at once")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Retranslate with the window."""
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install(window: MainWindow) -> SuggestionsMenu:
    """Add Tools ▸ Suggestions, the Code suggestions dock, and Code ▸ Find more like this."""
    return SuggestionsMenu(window)
