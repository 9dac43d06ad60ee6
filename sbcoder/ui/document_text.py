"""The read-only text widget of the document view, with quotation highlights painted in.

Highlights are painted under the text rather than handed to Qt as ExtraSelections: Qt
measures every extra selection when it is set, which lays out the whole document,
whereas painting looks only at the visible blocks. The colours come as blended
`HighlightSegments` (see document_marks.py); the find bar's matches are painted over
them, lightly, while the bar is open.

It also holds what the text and the margin share: the geometry of the visible blocks.
This widget speaks UTF-16 positions, like Qt; `DocumentView` converts.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QMimeData, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from sbcoder.ui.document_marks import HighlightSegments

# Find matches: a light yellow wash with a darker underline, readable over any highlight.
FIND_MATCH_FILL = QColor(255, 221, 0, 90)
FIND_MATCH_LINE = QColor(214, 160, 0)


@dataclass(frozen=True)
class VisibleBlock:
    """A text block on screen: UTF-16 position and length, and its vertical extent."""

    position: int
    length: int
    top: float
    bottom: float
    layout: QTextLayout


def visible_blocks(edit: QPlainTextEdit) -> list[VisibleBlock]:
    """The blocks of `edit` that intersect its viewport, top to bottom."""
    result: list[VisibleBlock] = []
    block = edit.firstVisibleBlock()
    if not block.isValid():
        return result
    top = edit.blockBoundingGeometry(block).translated(edit.contentOffset()).top()
    limit = edit.viewport().height()
    while block.isValid() and top <= limit:
        # blockBoundingRect lays the block out if needed, so the layout below is valid.
        height = edit.blockBoundingRect(block).height()
        if block.isVisible():
            result.append(
                VisibleBlock(block.position(), block.length(), top, top + height, block.layout())
            )
        top += height
        block = block.next()
    return result


def line_extent(blocks: list[VisibleBlock], starts: list[int], u16: int) -> tuple[float, float]:
    """Top and bottom of the screen line holding UTF-16 position `u16` (which must be in
    one of `blocks`; `starts` are their positions)."""
    vb = blocks[bisect_right(starts, u16) - 1]
    line = vb.layout.lineForTextPosition(u16 - vb.position)
    if not line.isValid():
        return vb.top, vb.bottom
    top = vb.top + vb.layout.position().y() + line.y()
    return top, top + line.height()


def span_rects(
    blocks: list[VisibleBlock], start: int, end: int, positions: list[int] | None = None
) -> list[QRectF]:
    """Screen rectangles (one per line) covering UTF-16 span [start, end) in `blocks`
    (`positions`: the blocks' positions, when the caller has them at hand)."""
    rects: list[QRectF] = []
    if positions is None:
        positions = [vb.position for vb in blocks]
    index = max(0, bisect_right(positions, start) - 1)
    for vb in blocks[index:]:
        if vb.position >= end:
            break
        text_end = vb.position + vb.length - 1  # the paragraph separator is not painted
        if start >= text_end:
            continue
        rel_start = max(start, vb.position) - vb.position
        rel_end = min(end, text_end) - vb.position
        layout = vb.layout
        first = layout.lineForTextPosition(rel_start)
        last = layout.lineForTextPosition(rel_end - 1)
        if not (first.isValid() and last.isValid()):
            continue
        origin = layout.position()
        for number in range(first.lineNumber(), last.lineNumber() + 1):
            line = layout.lineAt(number)
            a = max(rel_start, line.textStart())
            b = min(rel_end, line.textStart() + line.textLength())
            if a >= b:
                continue
            x1 = line.cursorToX(a)[0]
            x2 = line.cursorToX(b)[0]
            rects.append(
                QRectF(
                    origin.x() + min(x1, x2),
                    vb.top + origin.y() + line.y(),
                    abs(x2 - x1),
                    line.height(),
                )
            )
    return rects


class DocumentTextEdit(QPlainTextEdit):
    """The read-only text with painted highlights; speaks UTF-16 (the view converts)."""

    codesDropped = Signal(list, int)  # code ids, UTF-16 drop position
    quotationDoubleClicked = Signal(int)
    quotationMenuRequested = Signal(int, QPoint)

    def __init__(
        self,
        hit_test: Callable[[int], int | None],
        dropped_codes: Callable[[QMimeData], list[int]],
        parent: QWidget | None = None,
    ) -> None:
        """`hit_test` maps a UTF-16 position to the innermost quotation there, if any;
        `dropped_codes` reads the code ids out of dragged data ([] for anything else)."""
        super().__init__(parent)
        self._hit_test = hit_test
        self._dropped_codes = dropped_codes
        self._segments = HighlightSegments([], [], [], [])
        self._emphasis: tuple[int, int, QColor] | None = None
        self._find_starts: list[int] = []
        self._find_ends: list[int] = []
        self._drop_allowed: Callable[[int], bool] = lambda _pos: False
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)

    def set_highlights(
        self, segments: HighlightSegments, emphasis: tuple[int, int, QColor] | None
    ) -> None:
        """Paint `segments`, and outline the UTF-16 span `emphasis` in its colour."""
        self._segments = segments
        self._emphasis = emphasis
        self.viewport().update()

    def set_find_matches(self, starts: list[int], ends: list[int]) -> None:
        """Mark the find bar's matches (sorted, non-overlapping UTF-16 spans); [] for none."""
        if starts or self._find_starts:
            self._find_starts, self._find_ends = starts, ends
            self.viewport().update()

    def find_matches(self) -> list[tuple[int, int]]:
        """The find matches marked now (UTF-16 spans)."""
        return list(zip(self._find_starts, self._find_ends, strict=True))

    @property
    def highlight_segments(self) -> HighlightSegments:
        """What is painted: the blended segments (UTF-16) and the quotations in each."""
        return self._segments

    def set_drop_check(self, allowed: Callable[[int], bool]) -> None:
        """`allowed(u16_position)` says whether a code dropped there would code something."""
        self._drop_allowed = allowed

    def u16_at(self, point: QPoint) -> int:
        """The UTF-16 text position under viewport point `point`."""
        return self.cursorForPosition(point).position()

    # -- painting ---------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the highlights of the visible blocks, then let Qt draw text and caret."""
        segments = self._segments
        if segments.starts or self._emphasis or self._find_starts:
            blocks = visible_blocks(self)
            if blocks:
                painter = QPainter(self.viewport())
                painter.setClipRect(event.rect())
                self._paint_segments(painter, blocks)
                self._paint_find_matches(painter, blocks)
                self._paint_emphasis(painter, blocks)
                painter.end()
        super().paintEvent(event)

    def _paint_segments(self, painter: QPainter, blocks: list[VisibleBlock]) -> None:
        segments = self._segments
        view_start = blocks[0].position
        view_end = blocks[-1].position + blocks[-1].length
        first = bisect_right(segments.ends, view_start)
        last = bisect_left(segments.starts, view_end)
        positions = [vb.position for vb in blocks]
        for index in range(first, last):
            color = segments.colors[index]
            for rect in span_rects(blocks, segments.starts[index], segments.ends[index], positions):
                painter.fillRect(rect, color)

    def _paint_find_matches(self, painter: QPainter, blocks: list[VisibleBlock]) -> None:
        if not self._find_starts:
            return
        first = bisect_right(self._find_ends, blocks[0].position)
        last = bisect_left(self._find_starts, blocks[-1].position + blocks[-1].length)
        positions = [vb.position for vb in blocks]
        for index in range(first, last):
            start, end = self._find_starts[index], self._find_ends[index]
            for rect in span_rects(blocks, start, end, positions):
                painter.fillRect(rect, FIND_MATCH_FILL)
                painter.fillRect(QRectF(rect.left(), rect.bottom() - 2, rect.width(), 2),
                                 FIND_MATCH_LINE)  # fmt: skip

    def _paint_emphasis(self, painter: QPainter, blocks: list[VisibleBlock]) -> None:
        if self._emphasis is None:
            return
        start, end, color = self._emphasis
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(color.darker(140), 1.6))
        for rect in span_rects(blocks, start, end):
            painter.drawRoundedRect(rect.adjusted(-0.5, 0.5, 0.5, -0.5), 2, 2)

    # -- mouse and drops --------------------------------------------------------------
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Double-clicking a highlight activates its quotation instead of selecting a word."""
        if event.button() == Qt.MouseButton.LeftButton:
            quotation_id = self._hit_test(self.u16_at(event.position().toPoint()))
            if quotation_id is not None:
                self.quotationDoubleClicked.emit(quotation_id)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """On a highlight, ask for the quotation's menu; elsewhere the usual Copy menu."""
        quotation_id = self._hit_test(self.u16_at(event.pos()))
        if quotation_id is None:
            super().contextMenuEvent(event)
            return
        self.quotationMenuRequested.emit(quotation_id, event.globalPos())
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept code drags only; the text is read-only, so nothing else can drop."""
        if self._dropped_codes(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Show whether a drop here would code something (a selection, or a quotation)."""
        if self._dropped_codes(event.mimeData()) and self._drop_allowed(
            self.u16_at(event.position().toPoint())
        ):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Report the dropped codes; never insert text nor touch the selection."""
        code_ids = self._dropped_codes(event.mimeData())
        position = self.u16_at(event.position().toPoint())
        if not code_ids or not self._drop_allowed(position):
            event.ignore()
            return
        self.codesDropped.emit(code_ids, position)
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def set_side_widget(self, widget: QWidget, width: int) -> None:
        """Reserve `width` pixels right of the text for `widget` (the margin), inside the
        frame and left of the scroll bar, and keep it placed there."""
        self._side_widget = widget
        if self.viewportMargins().right() != width:
            self.setViewportMargins(0, 0, width, 0)
        self._place_side_widget()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the margin beside the viewport."""
        super().resizeEvent(event)
        self._place_side_widget()

    def _place_side_widget(self) -> None:
        widget = getattr(self, "_side_widget", None)
        if widget is not None:
            viewport = self.viewport().geometry()
            widget.setGeometry(
                viewport.right() + 1,
                viewport.top(),
                self.viewportMargins().right(),
                viewport.height(),
            )
