"""The read-only text widget of the document view, with quotation highlights painted in.

Highlights are painted under the text rather than handed to Qt as ExtraSelections: Qt
measures every extra selection when it is set, which lays out the whole document,
whereas painting looks only at the visible blocks. Quotations are cut into segments at
every boundary and each segment gets one colour, blended from the semi-transparent
colours of all quotations covering it, so overlaps come out darker and mixed.

It also holds what the text and the margin share: `MarkedQuotation` (a quotation as
drawn) and the geometry of the visible blocks. This widget speaks UTF-16 positions,
like Qt; `DocumentView` converts.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

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

HIGHLIGHT_ALPHA = 0.32  # one quotation's opacity; two overlapping ones reach about 0.54
MAX_ALPHA = 0.6  # however many quotations overlap, the text stays readable


class MarkedQuotation(NamedTuple):
    """A quotation as the view draws it: spans in both units, colour and label.

    (A NamedTuple rather than a frozen dataclass: thousands are made per update, and a
    tuple is built several times faster.)"""

    id: int
    start: int  # code points
    end: int
    u16_start: int  # UTF-16, for Qt
    u16_end: int
    color: QColor
    rgb: int  # the colour as 0xRRGGBB, cheap to compare and blend
    code_names: tuple[str, ...]
    code_colors: tuple[QColor, ...]
    tooltip: str


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
        return cls(*_segment_lists(marks, None, None))

    def patched(
        self, spans: Sequence[tuple[int, int]], marks: Sequence[MarkedQuotation]
    ) -> HighlightSegments:
        """These segments with the UTF-16 `spans` recomputed from `marks` (all of them):
        what a few added or removed quotations change, at a fraction of a full build."""
        starts, ends = list(self.starts), list(self.ends)
        colors, ids = list(self.colors), list(self.quotation_ids)
        # Right to left, so the indexes of spans still to do stay valid.
        for lo, hi in reversed(_merged(spans)):
            first = bisect_right(ends, lo)  # the first segment reaching past lo
            last = bisect_left(starts, hi)  # the first segment starting at or after hi
            overlapping = [m for m in marks if m.u16_start < hi and m.u16_end > lo]
            new = list(zip(*_segment_lists(overlapping, lo, hi), strict=True))
            # Old segments reaching out of the span keep their outside parts unchanged.
            if first < last and starts[first] < lo:
                new.insert(0, (starts[first], lo, colors[first], ids[first]))
            if first < last and ends[last - 1] > hi:
                new.append((hi, ends[last - 1], colors[last - 1], ids[last - 1]))
            starts[first:last] = [n[0] for n in new]
            ends[first:last] = [n[1] for n in new]
            colors[first:last] = [n[2] for n in new]
            ids[first:last] = [n[3] for n in new]
        return HighlightSegments(starts, ends, colors, ids)

    def at(self, u16: int) -> tuple[int, ...]:
        """The quotations covering the character at UTF-16 position `u16`."""
        index = bisect_right(self.starts, u16) - 1
        if index >= 0 and u16 < self.ends[index]:
            return self.quotation_ids[index]
        return ()


def _segment_lists(
    marks: Sequence[MarkedQuotation], lo: int | None, hi: int | None
) -> tuple[list[int], list[int], list[QColor], list[tuple[int, ...]]]:
    """Segments of `marks` (clipped to [lo, hi) when given): starts, ends, colours, ids."""
    clip = (lambda x: x) if lo is None or hi is None else (lambda x: min(max(x, lo), hi))
    bounds = sorted({clip(m.u16_start) for m in marks} | {clip(m.u16_end) for m in marks})
    index_of = {bound: index for index, bound in enumerate(bounds)}
    covering: list[list[MarkedQuotation]] = [[] for _ in range(max(len(bounds) - 1, 0))]
    # Layers go down in a fixed order (outer, earlier quotations first), so the same
    # overlap always blends to the same colour.
    for mark in sorted(marks, key=lambda m: (m.start, -m.end, m.id)):
        for index in range(index_of[clip(mark.u16_start)], index_of[clip(mark.u16_end)]):
            covering[index].append(mark)
    starts: list[int] = []
    ends: list[int] = []
    colors: list[QColor] = []
    ids: list[tuple[int, ...]] = []
    for index, layers in enumerate(covering):
        if not layers:
            continue
        starts.append(bounds[index])
        ends.append(bounds[index + 1])
        colors.append(_blend(tuple([m.rgb for m in layers])))
        ids.append(tuple([m.id for m in layers]))
    return starts, ends, colors, ids


def _merged(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with the overlapping and touching ones joined."""
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


@lru_cache(maxsize=4096)
def _blend(layers: tuple[int, ...]) -> QColor:
    """Composite semi-transparent 0xRRGGBB layers ("over"); the result stays translucent.
    (Cached: a project has few codes, so few distinct overlaps. Never mutate the result.)"""
    red = green = blue = alpha = 0.0
    keep = 1 - HIGHLIGHT_ALPHA
    for rgb in layers:
        red = ((rgb >> 16) & 0xFF) / 255 * HIGHLIGHT_ALPHA + red * keep
        green = ((rgb >> 8) & 0xFF) / 255 * HIGHLIGHT_ALPHA + green * keep
        blue = (rgb & 0xFF) / 255 * HIGHLIGHT_ALPHA + blue * keep
        alpha = HIGHLIGHT_ALPHA + alpha * keep
    if alpha == 0:
        return QColor(0, 0, 0, 0)
    # Three or more layers would bury the text; beyond two the mix still shows, the
    # darkening stops.
    return QColor.fromRgbF(red / alpha, green / alpha, blue / alpha, min(alpha, MAX_ALPHA))


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
        positions = [vb.position for vb in blocks]
        for index in range(first, last):
            color = segments.colors[index]
            for rect in span_rects(blocks, segments.starts[index], segments.ends[index], positions):
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
