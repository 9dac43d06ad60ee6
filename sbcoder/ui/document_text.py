"""The read-only text widget of the document view, with quotation highlights painted in.

Highlights are painted under the text rather than handed to Qt as ExtraSelections: Qt
measures every extra selection when it is set, which lays out the whole document,
whereas painting looks only at the visible blocks. Quotations are cut into segments at
every boundary and each segment gets one colour, blended from the semi-transparent
colours of all quotations covering it, so overlaps come out darker and mixed.

This widget speaks UTF-16 positions, like Qt; `DocumentView` converts.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
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
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from sbcoder.ui.quotation_margin import MarkedQuotation, VisibleBlock, visible_blocks

HIGHLIGHT_ALPHA = 0.32  # one quotation's opacity; two overlapping ones reach about 0.54


@dataclass(frozen=True)
class HighlightSegments:
    """Non-overlapping UTF-16 spans, sorted, each with one blended colour and its quotations."""

    starts: list[int]
    ends: list[int]
    colors: list[QColor]
    quotation_ids: list[tuple[int, ...]]

    @classmethod
    def build(cls, marks: Sequence[MarkedQuotation]) -> HighlightSegments:
        """Cut the quotations at every boundary and blend the colours over each piece."""
        bounds = sorted({m.u16_start for m in marks} | {m.u16_end for m in marks})
        covering: list[list[MarkedQuotation]] = [[] for _ in range(max(len(bounds) - 1, 0))]
        for mark in sorted(marks, key=lambda m: (m.start, -m.end, m.id)):
            for index in range(
                bisect_left(bounds, mark.u16_start), bisect_left(bounds, mark.u16_end)
            ):
                covering[index].append(mark)
        starts: list[int] = []
        ends: list[int] = []
        colors: list[QColor] = []
        ids: list[tuple[int, ...]] = []
        blends: dict[tuple[int, ...], QColor] = {}
        for index, layers in enumerate(covering):
            if not layers:
                continue
            key = tuple(m.color.rgb() for m in layers)
            if key not in blends:
                blends[key] = _blend(m.color for m in layers)
            starts.append(bounds[index])
            ends.append(bounds[index + 1])
            colors.append(blends[key])
            ids.append(tuple(m.id for m in layers))
        return cls(starts, ends, colors, ids)

    def at(self, u16: int) -> tuple[int, ...]:
        """The quotations covering the character at UTF-16 position `u16`."""
        index = bisect_right(self.starts, u16) - 1
        if index >= 0 and u16 < self.ends[index]:
            return self.quotation_ids[index]
        return ()


def _blend(colors: Iterable[QColor]) -> QColor:
    """Composite semi-transparent layers ("over"), keeping the result semi-transparent."""
    red = green = blue = alpha = 0.0
    for color in colors:
        red = color.redF() * HIGHLIGHT_ALPHA + red * (1 - HIGHLIGHT_ALPHA)
        green = color.greenF() * HIGHLIGHT_ALPHA + green * (1 - HIGHLIGHT_ALPHA)
        blue = color.blueF() * HIGHLIGHT_ALPHA + blue * (1 - HIGHLIGHT_ALPHA)
        alpha = HIGHLIGHT_ALPHA + alpha * (1 - HIGHLIGHT_ALPHA)
    if alpha == 0:
        return QColor(0, 0, 0, 0)
    return QColor.fromRgbF(red / alpha, green / alpha, blue / alpha, alpha)


def span_rects(blocks: list[VisibleBlock], start: int, end: int) -> list[QRectF]:
    """Screen rectangles (one per line) covering UTF-16 span [start, end) in `blocks`."""
    rects: list[QRectF] = []
    for vb in blocks:
        text_end = vb.position + vb.length - 1  # the paragraph separator is not painted
        if end <= vb.position or start >= text_end:
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
        if segments.starts or self._emphasis:
            blocks = visible_blocks(self)
            if blocks:
                painter = QPainter(self.viewport())
                painter.setClipRect(event.rect())
                self._paint_segments(painter, blocks)
                self._paint_emphasis(painter, blocks)
                painter.end()
        super().paintEvent(event)

    def _paint_segments(self, painter: QPainter, blocks: list[VisibleBlock]) -> None:
        segments = self._segments
        view_start = blocks[0].position
        view_end = blocks[-1].position + blocks[-1].length
        first = bisect_right(segments.ends, view_start)
        last = bisect_left(segments.starts, view_end)
        for index in range(first, last):
            color = segments.colors[index]
            for rect in span_rects(blocks, segments.starts[index], segments.ends[index]):
                painter.fillRect(rect, color)

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
        if not code_ids:
            event.ignore()
            return
        self.codesDropped.emit(code_ids, self.u16_at(event.position().toPoint()))
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
