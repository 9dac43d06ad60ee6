"""An inline find bar for the document view (Ctrl+F): next, previous, match count, Esc.

It searches the Python text (code points, case-insensitive, literal) and selects hits
through the view's own `select_span`, so it never deals with Qt's UTF-16 positions.
While it is open, `matchesChanged` hands the view every match to mark (and [] when it
closes or the search is empty).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

MAX_MATCHES = 100_000  # beyond this the count says "100000+" and stepping stays fast


class Searchable(Protocol):
    """What the find bar needs from a view (code point offsets, end exclusive)."""

    def text(self) -> str:
        """The whole text being searched."""
        ...

    def selection(self) -> tuple[int, int] | None:
        """The current selection, or None."""
        ...

    def select_span(self, start: int, end: int) -> None:
        """Select a span and scroll it into view."""
        ...


def find_all(text: str, needle: str, limit: int = MAX_MATCHES) -> list[tuple[int, int]]:
    """Every non-overlapping, case-insensitive occurrence of `needle` as (start, end)."""
    if not needle:
        return []
    matches: list[tuple[int, int]] = []
    for match in re.finditer(re.escape(needle), text, flags=re.IGNORECASE):
        matches.append(match.span())
        if len(matches) >= limit:
            break
    return matches


class FindBar(QWidget):
    """A one-line search field with previous/next buttons and a match counter."""

    closed = Signal()
    matchesChanged = Signal(list)  # [(start, end)] in code points; [] when nothing to mark

    def __init__(self, target: Searchable, parent: QWidget | None = None) -> None:
        """Create a (hidden) find bar that searches and selects in `target`."""
        super().__init__(parent)
        self._target = target
        self._matches: list[tuple[int, int]] = []
        self._matches_for: tuple[int, str] | None = None  # (id of text, needle)
        self._current = -1
        self._published: tuple[int, str] | None = None  # what matchesChanged last told

        self.line_edit = QLineEdit(self)
        self.line_edit.setPlaceholderText(self.tr("Find in document"))
        self.line_edit.setClearButtonEnabled(True)
        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.previous_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(90)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close (Esc)"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.count_label)
        layout.addWidget(self.close_button)

        self.line_edit.textChanged.connect(self._on_text_changed)
        self.line_edit.installEventFilter(self)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.close_button.clicked.connect(self.close_bar)
        self._update_label()

    # -- public -----------------------------------------------------------------------
    def open_bar(self, initial: str = "") -> None:
        """Show the bar with `initial` (if any) as the search, and focus the field."""
        if initial:
            self.line_edit.setText(initial)
        self.show()
        self.line_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.line_edit.selectAll()
        self._publish()

    def close_bar(self) -> None:
        """Hide the bar, unmark its matches and tell the view (which takes the focus back)."""
        self.hide()
        self._publish()
        self.closed.emit()

    def matches(self) -> list[tuple[int, int]]:
        """The current search's matches (code point spans), marked while the bar is open."""
        self._refresh_matches()
        return list(self._matches)

    def text_changed(self) -> None:
        """The target shows another text: forget the old matches."""
        self._matches_for = None
        self._current = -1
        if self.isVisible() and self.line_edit.text():
            self._refresh_matches()
        self._published = None  # the view forgot the old text's marks
        self._publish()
        self._update_label()

    def match_count(self) -> int:
        """How many matches the current search has."""
        self._refresh_matches()
        return len(self._matches)

    def find_next(self) -> None:
        """Select the next match after the selection (wrapping round)."""
        self._step(forward=True)

    def find_previous(self) -> None:
        """Select the match before the selection (wrapping round)."""
        self._step(forward=False)

    # -- internals --------------------------------------------------------------------
    def _refresh_matches(self) -> None:
        text = self._target.text()
        needle = self.line_edit.text()
        key = (id(text), needle)
        if key != self._matches_for:
            self._matches = find_all(text, needle)
            self._matches_for = key
            self._current = -1

    def _on_text_changed(self, _needle: str) -> None:
        # Find as you type: jump to the first hit at or after where the selection starts.
        self._refresh_matches()
        if self._matches:
            selection = self._target.selection()
            origin = selection[0] if selection else 0
            self._select(bisect_left(self._matches, (origin, -1)) % len(self._matches))
        self._publish()
        self._update_label()

    def _step(self, forward: bool) -> None:
        self._refresh_matches()
        if not self._matches:
            self._update_label()
            return
        selection = self._target.selection()
        if 0 <= self._current < len(self._matches) and selection == self._matches[self._current]:
            index = self._current + (1 if forward else -1)
        elif selection is None:
            index = 0 if forward else len(self._matches) - 1
        elif forward:
            index = bisect_left(self._matches, (selection[1], -1))
        else:
            index = bisect_left(self._matches, (selection[0], -1)) - 1
        self._select(index % len(self._matches))
        self._update_label()

    def _publish(self) -> None:
        """Tell the view what to mark: the matches while the bar is open, else none."""
        marking = not self.isHidden() and bool(self.line_edit.text())
        if marking:
            self._refresh_matches()
        key = self._matches_for if marking else None
        if key != self._published:
            self._published = key
            self.matchesChanged.emit(list(self._matches) if marking else [])

    def _select(self, index: int) -> None:
        self._current = index
        start, end = self._matches[index]
        self._target.select_span(start, end)

    def _update_label(self) -> None:
        if not self.line_edit.text():
            self.count_label.setText("")
        elif not self._matches:
            self.count_label.setText(self.tr("No matches"))
        else:
            total = f"{len(self._matches)}{'+' if len(self._matches) >= MAX_MATCHES else ''}"
            current = self._current + 1 if self._current >= 0 else "–"
            self.count_label.setText(self.tr("{0} of {1}").format(current, total))
        has_matches = bool(self._matches)
        self.next_button.setEnabled(has_matches)
        self.previous_button.setEnabled(has_matches)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter / Shift+Enter step through matches, Esc closes."""
        if watched is self.line_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.find_previous()
                else:
                    self.find_next()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc anywhere in the bar closes it."""
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
