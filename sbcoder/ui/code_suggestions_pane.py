"""The Code suggestions pane (a dock): codes ranked for the text selected in the document.

While text is selected (after a pause of 300 ms) the pane ranks the codes by how much
the selection resembles their quotations (`CodeSuggester.rank`) and applies one with a
click through the window's coding controller, as if chosen in the code tree. The index
is built in the background when the pane is first shown, and rebuilt (in the
background, a second after the last change) when codings change. Ranking runs off the
GUI thread too: spaCy serves one caller at a time, and a long analysis elsewhere must
not freeze the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sbcoder.core.changes import Changes
from sbcoder.progress import Reporter
from sbcoder.ui.code_tree import swatch
from sbcoder.ui.worker import BackgroundTask

if TYPE_CHECKING:
    from sbcoder.core.suggestions import CodeSuggester
    from sbcoder.ui.main_window import MainWindow

DEBOUNCE_MS = 300
REBUILD_MS = 1000
TOP = 10
# Ranking reads the selection's words; a whole chapter says no more than its start.
MAX_RANK_CHARS = 5000


class CodeSuggestionsPane(QWidget):
    """A hint line and a table: code, score, and an Apply button per row."""

    findMoreRequested = Signal(int)  # code id
    ranked = Signal()  # a new list is shown (for tests and the status bar)

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeSuggestionsPane")
        self.window = window
        self.workbench = window.workbench
        self.suggester: CodeSuggester | None = None
        self.stale = True
        self.build_task: BackgroundTask | None = None
        self.rank_task: BackgroundTask | None = None
        self.pending: tuple[int, int, int, str] | None = None  # what to rank next
        self.suggestions: list[dict[str, Any]] = []
        self.span: tuple[int, int, int] | None = None  # what the list was ranked for
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("codeSuggestions")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        self.debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.debounce.timeout.connect(self.update_suggestions)
        self.rebuild_timer = QTimer(self, singleShot=True, interval=REBUILD_MS)
        self.rebuild_timer.timeout.connect(self.build_index)
        window.document_view.selectionChanged.connect(lambda _s, _e: self.debounce.start())
        self.workbench.changed.connect(self._changed)
        self.workbench.projectClosed.connect(self.reset)
        self.workbench.projectOpened.connect(self.reset)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.cellDoubleClicked.connect(lambda row, _column: self.apply_row(row))
        self.retranslate()

    # -- the index ---------------------------------------------------------------------------
    def reset(self) -> None:
        """Another project (or none): stop the work, forget the index."""
        self.stop()
        self.suggester = None
        self.stale = True
        # A newly opened project announces all its kinds as changed: that starts the build.
        self.show_ranking([], None)

    def stop(self) -> None:
        """Cancel background work and wait for it (before the project closes)."""
        self.debounce.stop()
        self.rebuild_timer.stop()
        self.pending = None
        for task in (self.build_task, self.rank_task):
            if task is not None and task.is_running():
                task.cancel()
                task.wait()
        self.build_task = self.rank_task = None

    def showEvent(self, event: QShowEvent) -> None:
        """First shown: build the index."""
        super().showEvent(event)
        if self.stale and self.workbench.project is not None:
            self.build_index()

    def _changed(self, changes: Changes) -> None:
        if changes.affects("codings", "quotations", "codes"):
            self.stale = True
            if self.isVisible():
                self.rebuild_timer.start()

    def build_index(self) -> bool:
        """Build (or rebuild) the index in the background; True if it started."""
        project = self.workbench.project
        if project is None:
            return False
        if self.build_task is not None and self.build_task.is_running():
            self.rebuild_timer.start()  # again once this build is done
            return False
        self.stale = False
        first = self.suggester is None

        def work(reporter: Reporter) -> CodeSuggester:
            # The NLP layer (spaCy, SciPy) loads in this worker, not at start-up.
            from sbcoder.core.suggestions import CodeSuggester

            return CodeSuggester.build(project, reporter)

        task = BackgroundTask(
            work,
            self._built,
            self._build_failed,
            self.tr("Indexing codes for suggestions"),
            parent=self,
        )
        self.build_task = task
        panel = self.window.progress_panel
        if first and not panel.isVisible():  # the status bar shows one task at a time
            panel.attach(task)
        if first:
            self.hint.setText(self.tr("Reading the coded quotations…"))
        task.start()
        return True

    def _built(self, suggester: CodeSuggester) -> None:
        self.build_task = None
        if self.workbench.project is not suggester.project:
            return
        self.suggester = suggester
        self.update_suggestions()

    def _build_failed(self, error: Exception) -> None:
        self.build_task = None
        self.stale = True
        self.hint.setText(self.tr("No suggestions: %1").replace("%1", str(error).split("\n")[0]))

    def is_ready(self) -> bool:
        """True when the index is built and no ranking is under way."""
        return self.suggester is not None and not self.busy()

    def busy(self) -> bool:
        """True while the index is built or a ranking runs."""
        return any(t is not None and t.is_running() for t in (self.build_task, self.rank_task))

    # -- ranking ------------------------------------------------------------------------------
    def update_suggestions(self) -> None:
        """Rank the codes for the document view's selection (or clear the list)."""
        view = self.window.document_view
        span = view.selection() if view.document_id is not None else None
        if span is None or span[0] >= span[1] or not view.selected_text().strip():
            self.pending = None
            self.show_ranking([], None)
            return
        request = (view.document_id, span[0], span[1], view.selected_text()[:MAX_RANK_CHARS])
        if self.suggester is None:
            self.pending = request
            if self.build_task is None and self.isVisible():
                self.build_index()
            return
        if self.rank_task is not None and self.rank_task.is_running():
            self.pending = request  # the newest selection wins
            return
        self._rank(request)

    def _rank(self, request: tuple[int, int, int, str]) -> None:
        suggester, text = self.suggester, request[3]
        assert suggester is not None

        def work(_reporter: Reporter) -> list[dict[str, Any]]:
            return suggester.rank(text, TOP)

        def done(ranked: list[dict[str, Any]]) -> None:
            self.rank_task = None
            self.show_ranking(ranked, request[:3])
            if self.pending is not None:
                pending, self.pending = self.pending, None
                self._rank(pending)

        def failed(error: Exception) -> None:
            self.rank_task = None
            self.workbench.show_error(error)

        self.pending = None
        self.rank_task = BackgroundTask(work, done, failed, "", False, parent=self)
        self.rank_task.start()

    def show_ranking(self, ranked: list[dict[str, Any]], span: tuple[int, int, int] | None) -> None:
        """Fill the table with ranked codes (empty: show the hint)."""
        codes = self.window.codes
        self.suggestions = [s for s in ranked if s["code_id"] in codes]
        self.span = span
        self.table.setRowCount(len(self.suggestions))
        for row, suggestion in enumerate(self.suggestions):
            code = codes[suggestion["code_id"]]
            item = QTableWidgetItem(swatch(code.color), code.path)
            item.setToolTip(code.description or code.path)
            score = QTableWidgetItem(f"{suggestion['score']:.2f}")
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, item)
            self.table.setItem(row, 1, score)
            button = QToolButton(self.table)
            button.setObjectName(f"applySuggestion{row}")
            button.setText(self.tr("Apply"))
            button.setToolTip(self.tr("Code the selected text with “%1”").replace("%1", code.name))
            button.clicked.connect(lambda _checked=False, r=row: self.apply_row(r))
            self.table.setCellWidget(row, 2, button)
        self._set_hint()
        self.ranked.emit()

    def _set_hint(self) -> None:
        if self.workbench.project is None:
            self.hint.setText(self.tr("Open a project to get code suggestions."))
        elif self.suggester is not None and not self.suggester.index.code_ids:
            self.hint.setText(self.tr("Code some passages first: suggestions learn from them."))
        elif self.span is None:
            self.hint.setText(self.tr("Select text in the document to see codes that fit it."))
        elif not self.suggestions:
            self.hint.setText(self.tr("No code resembles the selected text yet."))
        else:
            self.hint.setText(self.tr("Codes for the selected text, best first:"))

    # -- applying ------------------------------------------------------------------------------
    def apply_row(self, row: int) -> bool:
        """Apply the code in a row to the selection, as from the code tree."""
        if not 0 <= row < len(self.suggestions):
            return False
        return bool(self.window.coding.apply_code(self.suggestions[row]["code_id"]))

    def _context_menu(self, point: QPoint) -> None:
        row = self.table.rowAt(point.y())
        if not 0 <= row < len(self.suggestions):
            return
        code_id = self.suggestions[row]["code_id"]
        menu = QMenu(self)
        menu.addAction(self.tr("Apply"), lambda: self.apply_row(row))
        menu.addAction(
            self.tr("Find more like this…"), lambda: self.findMoreRequested.emit(code_id)
        )
        menu.exec(self.table.viewport().mapToGlobal(point))

    # -- texts ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Score"), ""])
        for row in range(self.table.rowCount()):
            button = self.table.cellWidget(row, 2)
            if isinstance(button, QToolButton):
                button.setText(self.tr("Apply"))
        self._set_hint()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
