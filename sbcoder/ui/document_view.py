"""The document view: a transcript with every quotation highlighted and a bracket margin.

The text lives in a read-only QPlainTextEdit (`DocumentTextEdit`), which lays out only
the blocks it shows, so a million characters open as fast as Qt can store them; the
highlights are painted under the visible text and the `QuotationMargin` beside it draws
brackets and code names (with a tooltip of code paths, memo and coder). Ctrl+F opens an
inline `FindBar`, whose matches are marked while it is open.

After an edit of one quotation, `upsert_quotation` / `remove_quotation` patch just the
stretch of text it covers; `update_quotations` takes a whole new list and still reuses
what did not change. Nothing here asks the project for anything.

Qt speaks UTF-16, the project code points: every conversion goes through
`sbcoder.ui.positions.PositionMap`; this module's signals and methods speak code points.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sbcoder.core.dto import CodeInfo, QuotationInfo
from sbcoder.ui.document_marks import (
    CodeLooks,
    HighlightSegments,
    MarkedQuotation,
    MarkMaker,
    code_looks,
    quotation_tooltip,
    same_mark,
)
from sbcoder.ui.document_text import DocumentTextEdit, VisibleBlock, line_extent, visible_blocks
from sbcoder.ui.find_bar import FindBar
from sbcoder.ui.positions import PositionMap
from sbcoder.ui.quotation_margin import QuotationMargin

log = logging.getLogger(__name__)

CODE_MIME = "application/x-sbcoder-code-ids"
# Beyond this many changed quotations a full rebuild is as quick as patching.
MAX_PATCHED_QUOTATIONS = 64


def code_ids_from_mime(mime: QMimeData) -> list[int]:
    """The code ids of a drag from the code tree (comma-separated ASCII), bad parts skipped."""
    if not mime.hasFormat(CODE_MIME):
        return []
    raw = bytes(mime.data(CODE_MIME).data()).decode("ascii", errors="replace")
    return [int(part) for part in raw.split(",") if part.strip().isdigit()]


class DocumentView(QWidget):
    """One document's text, its highlighted quotations, the quotation margin, a find bar.

    All offsets in this API are code points (Python `str` indices), end exclusive.
    """

    selectionChanged = Signal(int, int)  # (-1, -1) when nothing is selected
    quotationActivated = Signal(int)
    codeDropped = Signal(int, int, int)  # code id, start, end
    quotationContextMenuRequested = Signal(int, QPoint)  # quotation id, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create an empty view."""
        super().__init__(parent)
        self._document_id: int | None = None
        self._text = ""
        self._positions = PositionMap("")
        # The quotations shown (those of this document, inside its text) and their marks.
        self._quotations: dict[int, QuotationInfo] = {}
        self._marks: dict[int, MarkedQuotation] = {}
        self._codes: dict[int, CodeInfo] = {}
        self._looks: CodeLooks = {}
        self._maker = MarkMaker({}, "")
        self._needs_full_rebuild = True
        self._segments = HighlightSegments([], [], [], [])
        self._selected_id: int | None = None
        self._last_selection: tuple[int, int] | None = None
        self._loading = False

        self.text_edit = DocumentTextEdit(self._quotation_at_u16, code_ids_from_mime, self)
        self.margin = QuotationMargin(self.text_edit, self.text_edit, self._tooltip_for)
        self.find_bar = FindBar(self, self)
        self.find_bar.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.find_bar)
        self.setFocusProxy(self.text_edit)
        self.text_edit.set_side_widget(self.margin, self.margin.preferred_width())
        self.text_edit.set_drop_check(self._drop_would_code)

        self.text_edit.selectionChanged.connect(self._on_edit_selection_changed)
        self.text_edit.codesDropped.connect(self._on_codes_dropped)
        self.text_edit.quotationDoubleClicked.connect(self._activate)
        self.text_edit.quotationMenuRequested.connect(self.quotationContextMenuRequested)
        self.margin.quotationClicked.connect(self._activate)
        self.margin.quotationContextMenuRequested.connect(self.quotationContextMenuRequested)
        self.find_bar.closed.connect(self.text_edit.setFocus)
        self.find_bar.matchesChanged.connect(self._show_find_matches)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.show_find_bar)

    # -- the document -----------------------------------------------------------------
    @property
    def document_id(self) -> int | None:
        """The id of the document shown, or None."""
        return self._document_id

    def text(self) -> str:
        """The text shown (exactly as given to `set_document`)."""
        return self._text

    def set_document(
        self,
        document_id: int,
        text: str,
        quotations: Sequence[QuotationInfo],
        codes: Mapping[int, CodeInfo],
    ) -> None:
        """Show `text` with `quotations` highlighted in the colours of `codes`."""
        self._document_id = document_id
        self._text = text
        self._positions = PositionMap(text)
        self._selected_id = None
        self._needs_full_rebuild = True  # every cached UTF-16 offset is stale now
        self._loading = True
        try:
            # Qt would merge "\r\n" into one line break and shift every later position;
            # a space in place of each "\r" keeps the offsets aligned.
            self.text_edit.setPlainText(text.replace("\r", " ") if "\r" in text else text)
        finally:
            self._loading = False
        shown = self.text_edit.document().characterCount() - 1
        if shown != self._positions.utf16_length:
            log.error(
                "document %s: Qt holds %d UTF-16 units, expected %d; highlights would drift",
                document_id,
                shown,
                self._positions.utf16_length,
            )
        self._on_edit_selection_changed()
        self.update_quotations(quotations, codes)
        self.find_bar.text_changed()

    def clear(self) -> None:
        """Show nothing."""
        self.set_document(0, "", (), {})
        self._document_id = None

    def update_quotations(
        self, quotations: Sequence[QuotationInfo], codes: Mapping[int, CodeInfo]
    ) -> None:
        """Repaint highlights and margin for new quotations; text and scroll stay put.

        Marks of quotations whose span and codes are unchanged are reused (code counts
        and descriptions do not matter, only code names and colours), and when only a
        few quotations differ just the stretches of text they cover are recomputed.
        For one known quotation, `upsert_quotation` / `remove_quotation` are quicker."""
        looks = code_looks(codes)
        fresh = self._needs_full_rebuild or looks != self._looks
        if fresh:
            self._maker = MarkMaker(codes, self.tr("(no codes)"))
            self._looks = looks
        self._codes = dict(codes)
        before = {} if fresh else self._quotations
        old = {} if fresh else self._marks
        latest = {q.id: q for q in quotations}  # a repeated id: the last one counts
        shown: dict[int, QuotationInfo] = {}
        marks: dict[int, MarkedQuotation] = {}
        missing: list[QuotationInfo] = []
        for qid, quotation in latest.items():
            previous = before.get(qid)
            if previous is not None and same_mark(previous, quotation):
                shown[qid] = quotation
                marks[qid] = old[qid]
            elif self._belongs_here(quotation):
                missing.append(quotation)
        if missing:
            u16 = self._positions.many_to_utf16([o for q in missing for o in (q.start, q.end)])
            make = self._maker.mark
            for index, quotation in enumerate(missing):
                shown[quotation.id] = quotation
                marks[quotation.id] = make(quotation, u16[2 * index], u16[2 * index + 1])
        added = [m for qid, m in marks.items() if old.get(qid) is not m]
        removed = [m for qid, m in old.items() if marks.get(qid) is not m]
        self._quotations = shown
        self._needs_full_rebuild = False
        if fresh or len(added) + len(removed) > MAX_PATCHED_QUOTATIONS:
            self._marks = marks
            self._segments = HighlightSegments.build(marks.values())
            self.margin.set_quotations(marks.values())
            self._marks_changed()
        elif added or removed:
            self._patch_marks(added, removed)

    def upsert_quotation(self, quotation: QuotationInfo, codes: Mapping[int, CodeInfo]) -> None:
        """Show one new or changed quotation (or stop showing it, when it belongs to
        another document or lies outside the text): only the stretch of text it covers,
        then and now, is re-blended, and only its bracket moves in the margin."""
        if self._needs_full_rebuild or code_looks(codes) != self._looks:
            self.update_quotations([*self._quotations.values(), quotation], codes)
            return
        self._codes = dict(codes)
        if not self._belongs_here(quotation):
            self.remove_quotation(quotation.id)
            return
        previous = self._quotations.get(quotation.id)
        self._quotations[quotation.id] = quotation
        old = self._marks.get(quotation.id)
        if previous is not None and old is not None and same_mark(previous, quotation):
            return  # a memo or the like: drawn the same, the tooltip reads it when asked
        u16_start, u16_end = self._positions.span_to_utf16(quotation.start, quotation.end)
        mark = self._maker.mark(quotation, u16_start, u16_end)
        self._patch_marks([mark], [old] if old is not None else [])

    def remove_quotation(self, quotation_id: int) -> None:
        """Stop showing a quotation (nothing happens if it is not shown)."""
        self._quotations.pop(quotation_id, None)
        old = self._marks.get(quotation_id)
        if old is not None:
            self._patch_marks([], [old])

    def shown_quotations(self) -> list[QuotationInfo]:
        """The quotations highlighted now, in no particular order."""
        return list(self._quotations.values())

    def _patch_marks(self, added: list[MarkedQuotation], removed: list[MarkedQuotation]) -> None:
        for mark in removed:
            del self._marks[mark.id]
        for mark in added:
            self._marks[mark.id] = mark
        spans = [(m.u16_start, m.u16_end) for m in (*added, *removed)]
        self._segments = self._segments.patched(spans, self._marks.values())
        self.margin.patch_quotations(added, removed)
        self._marks_changed()

    def _marks_changed(self) -> None:
        if self._selected_id not in self._marks:
            self._selected_id = None
        self.text_edit.set_side_widget(self.margin, self.margin.preferred_width())
        self._refresh_emphasis()

    def _belongs_here(self, quotation: QuotationInfo) -> bool:
        if self._document_id is not None and quotation.document_id != self._document_id:
            log.warning("quotation %s belongs to another document; not shown", quotation.id)
            return False
        if not 0 <= quotation.start < quotation.end <= len(self._text):
            log.warning(
                "quotation %s span %d..%d lies outside the text (length %d); not shown",
                quotation.id, quotation.start, quotation.end, len(self._text),
            )  # fmt: skip
            return False
        return True

    # -- selection --------------------------------------------------------------------
    def selection(self) -> tuple[int, int] | None:
        """The selected span in code points, or None."""
        cursor = self.text_edit.textCursor()
        if not cursor.hasSelection():
            return None
        return self._positions.span_to_codepoint(cursor.selectionStart(), cursor.selectionEnd())

    def selected_text(self) -> str:
        """The selected text, exactly as in the document ("" when nothing is selected)."""
        span = self.selection()
        return self._text[span[0] : span[1]] if span else ""

    def select_span(self, start: int, end: int) -> None:
        """Select code points [start, end) and scroll them into view."""
        u16_start = self._positions.to_utf16(start) if 0 <= start <= len(self._text) else -1
        u16_end = self._positions.to_utf16(end) if 0 <= end <= len(self._text) else -1
        was_on_screen = self._span_on_screen(u16_start, u16_end)
        self._set_selection(start, end)
        # Qt scrolls just far enough to show the caret (the span's end, at the bottom
        # edge); a span that was off screen reads better a third of the way down.
        if not was_on_screen:
            self._scroll_to(u16_start)

    def set_selected_quotation(self, quotation_id: int | None) -> None:
        """Emphasise one quotation (outlined text, bold label, thick bracket), or none."""
        self._selected_id = quotation_id if quotation_id in self._marks else None
        self._refresh_emphasis()

    def selected_quotation(self) -> int | None:
        """The emphasised quotation, if any."""
        return self._selected_id

    def quotations_at(self, offset: int) -> list[int]:
        """The quotations covering code point `offset`, innermost (shortest) first."""
        if not 0 <= offset < len(self._text):
            return []
        ids = self._segments.at(self._positions.to_utf16(offset))
        return sorted(ids, key=lambda i: (self._marks[i].end - self._marks[i].start, i))

    def show_find_bar(self) -> None:
        """Open the find bar, seeded with a short one-line selection."""
        selected = self.selected_text()
        self.find_bar.open_bar(
            selected if 0 < len(selected) <= 100 and "\n" not in selected else ""
        )

    # -- internals --------------------------------------------------------------------
    def _set_selection(self, start: int, end: int) -> None:
        if not 0 <= start <= end <= len(self._text):
            raise ValueError(f"span {start}..{end} outside the text (length {len(self._text)})")
        cursor = QTextCursor(self.text_edit.document())
        cursor.setPosition(self._positions.to_utf16(start))
        cursor.setPosition(self._positions.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.text_edit.setTextCursor(cursor)

    def _span_on_screen(self, u16_start: int, u16_end: int) -> bool:
        blocks = visible_blocks(self.text_edit)
        height = self.text_edit.viewport().height()
        return bool(blocks) and all(_on_screen(blocks, u16, height) for u16 in (u16_start, u16_end))

    def _scroll_to(self, u16: int) -> None:
        """Scroll so the line holding `u16` sits a third of the way down the viewport."""
        edit = self.text_edit
        block = edit.document().findBlock(u16)
        edit.blockBoundingRect(block)  # lays the block out, so its line count is true
        line = block.layout().lineForTextPosition(u16 - block.position())
        top_line = block.firstLineNumber() + (line.lineNumber() if line.isValid() else 0)
        line_height = max(1, edit.fontMetrics().lineSpacing())
        context = edit.viewport().height() // line_height // 3
        edit.verticalScrollBar().setValue(max(0, top_line - context))

    def _refresh_emphasis(self) -> None:
        mark = self._marks.get(self._selected_id) if self._selected_id is not None else None
        emphasis = (mark.u16_start, mark.u16_end, mark.color) if mark else None
        self.text_edit.set_highlights(self._segments, emphasis)
        self.margin.set_selected(self._selected_id)

    def _tooltip_for(self, quotation_id: int) -> str:
        quotation = self._quotations.get(quotation_id)
        if quotation is None:
            return ""
        coder = self.tr("Coder: {0}").format(quotation.coder_name) if quotation.coder_name else ""
        return quotation_tooltip(quotation, self._codes, self.tr("(no codes)"), coder)

    def _show_find_matches(self, matches: list[tuple[int, int]]) -> None:
        if not matches:
            self.text_edit.set_find_matches([], [])
            return
        u16 = self._positions.many_to_utf16([o for span in matches for o in span])
        self.text_edit.set_find_matches(u16[0::2], u16[1::2])

    def _quotation_at_u16(self, u16: int) -> int | None:
        if not 0 <= u16 <= self._positions.utf16_length:
            return None
        ids = self.quotations_at(self._positions.to_codepoint(u16))
        return ids[0] if ids else None

    def _activate(self, quotation_id: int) -> None:
        mark = self._marks.get(quotation_id)
        if mark is None:
            return
        self.set_selected_quotation(quotation_id)
        # Clicked where the quotation is visible already: select it without scrolling.
        self._set_selection(mark.start, mark.end)
        self.quotationActivated.emit(quotation_id)

    def _on_edit_selection_changed(self) -> None:
        if self._loading:
            return
        current = self.selection()
        if current != self._last_selection:
            self._last_selection = current
            self.selectionChanged.emit(*(current or (-1, -1)))

    def _drop_would_code(self, u16: int) -> bool:
        return self.selection() is not None or self._quotation_at_u16(u16) is not None

    def _on_codes_dropped(self, code_ids: list[int], u16: int) -> None:
        span = self.selection()
        if span is None:
            quotation_id = self._quotation_at_u16(u16)
            if quotation_id is None:
                return
            span = (self._marks[quotation_id].start, self._marks[quotation_id].end)
        for code_id in code_ids:
            self.codeDropped.emit(code_id, span[0], span[1])


def _on_screen(blocks: list[VisibleBlock], u16: int, height: int) -> bool:
    first, last = blocks[0], blocks[-1]
    if not first.position <= u16 < last.position + last.length:
        return False
    top, bottom = line_extent(blocks, [b.position for b in blocks], u16)
    return top >= 0 and bottom <= height
