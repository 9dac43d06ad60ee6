"""The quotation margin beside the document text, as in ATLAS.ti.

Each quotation is a bracket in its code's colour spanning the lines it covers, with the
names of its codes beside it. Overlapping quotations get separate lanes (fixed for the
whole document, so brackets do not jump while scrolling). Painting touches no database:
it uses the `MarkedQuotation`s handed over by the document view, and the lines it
draws on are measured from the visible text blocks only, so a scroll costs a few dozen
block look-ups whatever the document's length.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from sbcoder.ui.document_marks import MarkedQuotation
from sbcoder.ui.document_text import line_extent, visible_blocks

LANE_PITCH = 9  # horizontal distance between bracket lanes, in pixels
MAX_LANE_AREA = 120  # lanes beyond this width are squeezed closer together
LABEL_WIDTH = 170
SIDE_PADDING = 6
BRACKET_TICK = 5  # length of the horizontal ends of a bracket


def assign_lanes(quotations: Iterable[MarkedQuotation]) -> tuple[dict[int, int], int]:
    """Give each quotation the lowest lane free at its start: {quotation id: lane}, and
    the number of lanes. Longer quotations go first among those starting together, so an
    enclosing quotation sits nearer the text than the ones nested in it."""
    lanes: dict[int, int] = {}
    busy: list[tuple[int, int]] = []  # heap of (end, lane) still in use
    free: list[int] = []  # heap of lanes free again
    count = 0
    for mark in sorted(quotations, key=lambda m: (m.start, -m.end, m.id)):
        while busy and busy[0][0] <= mark.start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            lane = heapq.heappop(free)
        else:
            lane, count = count, count + 1
        heapq.heappush(busy, (mark.end, lane))
        lanes[mark.id] = lane
    return lanes, count


@dataclass(slots=True)
class _DrawnQuotation:
    """Where one quotation landed in the last layout: used to paint and to hit-test."""

    mark: MarkedQuotation
    x: float
    top: float  # bracket extent; may reach outside the widget when the quotation does
    bottom: float
    top_visible: bool
    bottom_visible: bool
    label_rect: QRectF = field(default_factory=QRectF)


class QuotationMargin(QWidget):
    """Brackets and code labels of the quotations visible in a QPlainTextEdit."""

    quotationClicked = Signal(int)
    quotationContextMenuRequested = Signal(int, QPoint)

    def __init__(
        self,
        edit: QPlainTextEdit,
        parent: QWidget | None = None,
        tooltip_for: Callable[[int], str] | None = None,
    ) -> None:
        """Create a margin that follows `edit`'s scrolling; `tooltip_for(quotation id)`
        gives a quotation's tooltip (made when the mouse rests on it, never before)."""
        super().__init__(parent)
        self._edit = edit
        self._tooltip_for = tooltip_for
        self._marks: dict[int, MarkedQuotation] = {}
        self._lanes: dict[int, int] = {}
        self._lane_count = 0
        self._selected_id: int | None = None
        self._drawn: list[_DrawnQuotation] = []
        self._drawn_key: tuple[object, ...] | None = None
        self._data_revision = 0
        # quotation id -> (its mark, font measured with, label pieces)
        self._label_cache: dict[int, tuple[MarkedQuotation, tuple[int, int], list]] = {}
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.setAutoFillBackground(True)
        # The margin reads as part of the page, like ATLAS.ti's, not as window chrome.
        self.setBackgroundRole(QPalette.ColorRole.Base)
        font = self.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        self.setFont(font)
        edit.updateRequest.connect(self._on_edit_update_request)
        edit.verticalScrollBar().valueChanged.connect(self._invalidate)

    # -- data -------------------------------------------------------------------------
    def set_quotations(self, marks: Iterable[MarkedQuotation]) -> None:
        """Show `marks` (lanes are assigned here, once, so scrolling never moves them)."""
        self._marks = {mark.id: mark for mark in marks}
        self._lanes, self._lane_count = assign_lanes(self._marks.values())
        self._label_cache.clear()
        self._data_revision += 1
        self._invalidate()
        self.updateGeometry()

    def patch_quotations(
        self, added: Iterable[MarkedQuotation], removed: Iterable[MarkedQuotation]
    ) -> None:
        """Show `added` (new or changed marks), drop `removed` (old ones); the others keep
        their lanes, a changed one keeps its own while it stays free, a new one takes the
        lowest lane free over its span."""
        added = list(added)
        staying = {mark.id for mark in added}
        marks, lanes = self._marks, self._lanes
        for mark in removed:
            self._label_cache.pop(mark.id, None)
            if mark.id not in staying:
                marks.pop(mark.id, None)
                lanes.pop(mark.id, None)
        for mark in added:
            marks[mark.id] = mark
            used = {
                lanes[other.id]
                for other in marks.values()
                if other.u16_start < mark.u16_end
                and other.u16_end > mark.u16_start
                and other.id != mark.id
                and other.id in lanes
            }
            lane = lanes.get(mark.id)
            if lane is None or lane in used:
                lanes[mark.id] = next(n for n in range(len(used) + 1) if n not in used)
        self._lane_count = max(lanes.values(), default=-1) + 1
        self._data_revision += 1
        self._invalidate()
        self.updateGeometry()

    def tooltip(self, quotation_id: int) -> str:
        """The tooltip of a quotation shown here ("" for none)."""
        if quotation_id not in self._marks or self._tooltip_for is None:
            return ""
        return self._tooltip_for(quotation_id)

    def set_selected(self, quotation_id: int | None) -> None:
        """Draw quotation `quotation_id` emphasised (or none)."""
        if quotation_id != self._selected_id:
            self._selected_id = quotation_id
            self.update()

    def lane_count(self) -> int:
        """How many lanes the current quotations need."""
        return self._lane_count

    def preferred_width(self) -> int:
        """The width that fits every lane and the labels."""
        return 2 * SIDE_PADDING + self._lanes_width() + LABEL_WIDTH

    def sizeHint(self) -> QSize:
        """Qt's size hint: the preferred width."""
        return QSize(self.preferred_width(), 100)

    def _lane_pitch(self) -> float:
        if self._lane_count * LANE_PITCH <= MAX_LANE_AREA or self._lane_count == 0:
            return float(LANE_PITCH)
        return max(3.0, MAX_LANE_AREA / self._lane_count)

    def _lanes_width(self) -> int:
        return round(self._lane_count * self._lane_pitch())

    # -- geometry ---------------------------------------------------------------------
    def _on_edit_update_request(self, rect: QRect, dy: int) -> None:
        # A caret blink asks for a small rect with dy == 0: the margin is unaffected.
        if dy or rect.contains(self._edit.viewport().rect()):
            self._invalidate()

    def _invalidate(self, *_args: object) -> None:
        self._drawn_key = None
        self.update()

    def _layout(self) -> list[_DrawnQuotation]:
        """Where every visible quotation goes; cached until scroll, resize or new data."""
        key = (
            self._data_revision,
            self._edit.verticalScrollBar().value(),
            self._edit.viewport().size().toTuple(),
            self.height(),
        )
        if key == self._drawn_key:
            return self._drawn
        self._drawn = self._compute_layout()
        self._drawn_key = key
        return self._drawn

    def _compute_layout(self) -> list[_DrawnQuotation]:
        blocks = visible_blocks(self._edit)
        if not blocks or not self._marks:
            return []
        starts = [b.position for b in blocks]
        first, last = blocks[0], blocks[-1]
        view_start, view_end = first.position, last.position + last.length - 1
        pitch = self._lane_pitch()
        label_x = SIDE_PADDING + self._lanes_width() + SIDE_PADDING
        line_height = QFontMetrics(self.font()).height()
        drawn: list[_DrawnQuotation] = []
        for mark in self._marks.values():
            if mark.u16_end <= view_start or mark.u16_start > view_end:
                continue
            top_visible = mark.u16_start >= view_start
            bottom_visible = mark.u16_end - 1 <= view_end
            top = line_extent(blocks, starts, mark.u16_start)[0] if top_visible else -10.0
            bottom = (
                line_extent(blocks, starts, mark.u16_end - 1)[1]
                if bottom_visible
                else self.height() + 10.0
            )
            x = SIDE_PADDING + (self._lanes[mark.id] + 0.5) * pitch
            drawn.append(_DrawnQuotation(mark, x, top, bottom, top_visible, bottom_visible))
        # Labels sit level with their bracket's top, pushed down just enough not to
        # cover the label above.
        drawn.sort(key=lambda d: (max(d.top, 0.0), d.x))
        next_free = 0.0
        for item in drawn:
            y = max(item.top + 1, 0.0, next_free)
            item.label_rect = QRectF(label_x, y, LABEL_WIDTH, line_height)
            next_free = y + line_height
        return drawn

    def geometry_of(self, quotation_id: int) -> tuple[QRectF, QRectF] | None:
        """Bracket and label rectangles of a quotation on screen (None when off screen)."""
        for item in self._layout():
            if item.mark.id == quotation_id:
                top, bottom = max(item.top, 0.0), min(item.bottom, float(self.height()))
                bracket = QRectF(item.x - 2, top, 4, bottom - top)
                return bracket, QRectF(item.label_rect)
        return None

    def quotation_at(self, point: QPointF | QPoint) -> int | None:
        """The quotation whose label or bracket is at `point` (innermost wins)."""
        p = QPointF(point)
        layout = self._layout()
        for item in layout:
            if item.label_rect.contains(p):
                return item.mark.id
        grab = max(3.0, self._lane_pitch() / 2)
        hits = [
            item
            for item in layout
            if (abs(p.x() - item.x) <= grab and item.top <= p.y() <= item.bottom)
            or (item.top_visible and _near_tick(p, item.x, item.top))
            or (item.bottom_visible and _near_tick(p, item.x, item.bottom))
        ]
        if not hits:
            return None
        return min(hits, key=lambda d: (d.mark.end - d.mark.start, d.mark.id)).mark.id

    # -- painting ---------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw brackets, connectors and labels of the visible quotations."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(event.rect())
        text_color = self.palette().color(QPalette.ColorRole.Text)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Midlight), 1))
        painter.drawLine(0, 0, 0, self.height())
        layout = self._layout()
        for item in layout:
            self._paint_bracket(painter, item)
        # One font switch for all plain labels, another for the emphasised one.
        plain = self.font()
        painter.setFont(plain)
        plain_metrics = QFontMetrics(plain)
        selected = [item for item in layout if item.mark.id == self._selected_id]
        for item in layout:
            if item.mark.id != self._selected_id:
                self._paint_label(painter, item, plain_metrics, text_color)
        if selected:
            bold = self.font()
            bold.setBold(True)
            painter.setFont(bold)
            item = selected[0]
            tint = QColor(item.mark.color)
            tint.setAlpha(45)
            painter.fillRect(item.label_rect, tint)
            self._paint_label(painter, item, QFontMetrics(bold), text_color)
        painter.end()

    def _paint_bracket(self, painter: QPainter, item: _DrawnQuotation) -> None:
        selected = item.mark.id == self._selected_id
        color = QColor(item.mark.color)
        pen = QPen(color.darker(115), 4.5 if selected else 2.5)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        top, bottom = item.top + 1.5, item.bottom - 1.5
        painter.drawLine(QPointF(item.x, top), QPointF(item.x, bottom))
        # The ends point left, towards the text, like a "[" turned round.
        if item.top_visible:
            painter.drawLine(QPointF(item.x - BRACKET_TICK, top), QPointF(item.x, top))
        if item.bottom_visible:
            painter.drawLine(QPointF(item.x - BRACKET_TICK, bottom), QPointF(item.x, bottom))
        # A faint connector from the bracket to its label keeps them paired when the
        # label had to move down or sits several lanes away.
        connector = QPen(color.darker(130), 1.0, Qt.PenStyle.DotLine)
        painter.setPen(connector)
        label_mid = item.label_rect.center().y()
        anchor_y = top if item.top_visible else max(0.0, min(label_mid, bottom))
        painter.drawLine(
            QPointF(item.x + 1.5, anchor_y), QPointF(item.label_rect.left() - 2, label_mid)
        )

    def _paint_label(
        self,
        painter: QPainter,
        item: _DrawnQuotation,
        label_metrics: QFontMetrics,
        text_color: QColor,
    ) -> None:
        rect = item.label_rect
        swatch = max(6, label_metrics.ascent() - 3)
        swatch_top = rect.center().y() - swatch / 2
        painter.setPen(text_color)
        align = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        for swatch_x, color, text_x, width, shown in self._label_pieces(
            item.mark, label_metrics, swatch
        ):
            painter.fillRect(QRectF(rect.left() + swatch_x, swatch_top, swatch, swatch), color)
            painter.drawText(
                QRectF(rect.left() + text_x, rect.top(), width, rect.height()), align, shown
            )

    def _label_pieces(
        self, mark: MarkedQuotation, metrics: QFontMetrics, swatch: int
    ) -> list[tuple[float, QColor, float, int, str]]:
        """Swatch and (elided) name of each code, as offsets into the label; measured
        once per quotation and font, since text measuring is most of a label's cost."""
        font_key = (metrics.height(), metrics.averageCharWidth())
        cached = self._label_cache.get(mark.id)
        if cached is not None and cached[0] is mark and cached[1] == font_key:
            return cached[2]
        pieces: list[tuple[float, QColor, float, int, str]] = []
        x, right = 1.0, LABEL_WIDTH - 1.0
        for index, (name, color) in enumerate(zip(mark.code_names, mark.code_colors, strict=True)):
            if x + swatch + 4 >= right:
                break
            text = name + ("," if index < len(mark.code_names) - 1 else "")
            available = int(right - x - swatch - 3)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, available)
            pieces.append((x, color, x + swatch + 3, available, shown))
            x += swatch + 3 + metrics.horizontalAdvance(shown) + 5
            if shown != text:
                break
        self._label_cache[mark.id] = (mark, font_key, pieces)
        return pieces

    # -- interaction ------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Left click activates the quotation under the mouse; right click asks for a menu."""
        quotation_id = self.quotation_at(event.position())
        if quotation_id is None:
            super().mousePressEvent(event)
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self.quotationClicked.emit(quotation_id)
        elif event.button() == Qt.MouseButton.RightButton:
            self.quotationContextMenuRequested.emit(quotation_id, event.globalPosition().toPoint())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Show a pointing hand over brackets and labels."""
        over = self.quotation_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        """Tooltips: the quotation's codes (full paths), memo and coder."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            quotation_id = self.quotation_at(event.pos())
            text = self.tooltip(quotation_id) if quotation_id is not None else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


def _near_tick(p: QPointF, x: float, y: float) -> bool:
    return x - BRACKET_TICK - 1 <= p.x() <= x + 2 and abs(p.y() - y) <= 3
