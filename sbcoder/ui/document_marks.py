"""Quotations as the document view draws them, and the blended highlight segments.

`MarkMaker` turns `QuotationInfo`s into `MarkedQuotation`s (spans in both units,
colours, code names); `HighlightSegments` cuts the marks at every boundary and gives
each piece one colour, blended from the semi-transparent colours of all quotations
covering it, so overlaps come out darker and mixed. Both can be patched for a few
quotations at a fraction of a full build, which is what keeps coding one passage in a
document with thousands of quotations quick. Tooltip text is made on demand only
(`quotation_tooltip`): nobody reads thousands of tooltips per update.
"""

from __future__ import annotations

import html
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from PySide6.QtGui import QColor

from sbcoder.core.dto import CodeInfo, QuotationInfo

HIGHLIGHT_ALPHA = 0.32  # one quotation's opacity; two overlapping ones reach about 0.54
MAX_ALPHA = 0.6  # however many quotations overlap, the text stays readable
UNCODED_COLOR = "#9e9e9e"  # quotations without codes
MAX_TOOLTIP_MEMO = 600  # characters of a memo shown in a tooltip


class MarkedQuotation(NamedTuple):
    """A quotation as the view draws it: spans in both units, colour and label.

    (A NamedTuple rather than a frozen dataclass: thousands are made per document, and
    a tuple is built several times faster.)"""

    id: int
    start: int  # code points
    end: int
    u16_start: int  # UTF-16, for Qt
    u16_end: int
    color: QColor
    rgb: int  # the colour as 0xRRGGBB, cheap to compare and blend
    code_names: tuple[str, ...]
    code_colors: tuple[QColor, ...]


CodeLooks = dict[int, tuple[str, str]]


def code_looks(codes: Mapping[int, CodeInfo]) -> CodeLooks:
    """What of each code shows in a mark (name and colour): when only counts or
    descriptions change, the marks stay valid."""
    return {code_id: (code.name, code.color) for code_id, code in codes.items()}


def same_mark(a: QuotationInfo, b: QuotationInfo) -> bool:
    """True if both states of a quotation draw the same (span and codes)."""
    return a is b or (a.start == b.start and a.end == b.end and a.codings == b.codings)


class MarkMaker:
    """Makes marks for one state of the codebook; colours and names are worked out
    once per combination of codes, not once per quotation."""

    def __init__(self, codes: Mapping[int, CodeInfo], no_codes: str) -> None:
        """`no_codes` names the codes of a quotation without any."""
        self._codes = dict(codes)
        self._no_codes = no_codes
        self._uncoded = QColor(UNCODED_COLOR)
        self._colors: dict[int, QColor] = {}
        self._looks: dict[tuple[int, ...], tuple[QColor, int, tuple[str, ...], tuple[QColor, ...]]]
        self._looks = {}

    def _color(self, code: CodeInfo) -> QColor:
        color = self._colors.get(code.id)
        if color is None:
            color = self._colors[code.id] = _valid(QColor(code.color), self._uncoded)
        return color

    def _look(
        self, code_ids: tuple[int, ...]
    ) -> tuple[QColor, int, tuple[str, ...], tuple[QColor, ...]]:
        look = self._looks.get(code_ids)
        if look is None:
            infos = [self._codes[c] for c in code_ids if c in self._codes]
            colors = tuple([self._color(info) for info in infos])
            colors = colors or (self._uncoded,)
            names = tuple([info.name for info in infos]) or (self._no_codes,)
            look = self._looks[code_ids] = (colors[0], colors[0].rgb() & 0xFFFFFF, names, colors)
        return look

    def mark(self, quotation: QuotationInfo, u16_start: int, u16_end: int) -> MarkedQuotation:
        """The drawable form of `quotation`, whose UTF-16 span is given."""
        codings = quotation.codings
        # One coding is the common case; QuotationInfo.code_ids costs a generator.
        if len(codings) == 1:
            code_ids: tuple[int, ...] = (codings[0].code_id,)
        else:
            code_ids = tuple(dict.fromkeys([c.code_id for c in codings]))
        color, rgb, names, colors = self._look(code_ids)
        return MarkedQuotation(
            quotation.id, quotation.start, quotation.end, u16_start, u16_end, color, rgb,
            names, colors,
        )  # fmt: skip


def _valid(color: QColor, fallback: QColor) -> QColor:
    return color if color.isValid() else fallback


def quotation_tooltip(
    quotation: QuotationInfo, codes: Mapping[int, CodeInfo], no_codes: str, coder_line: str
) -> str:
    """Rich text for a quotation's tooltip: each code's full path with a swatch of its
    colour, the memo (shortened when long), and `coder_line` (who made it). Everything
    the user typed is escaped, so a memo with "<" shows as written."""
    lines = []
    for code_id in quotation.code_ids:
        code = codes.get(code_id)
        if code is None:
            continue
        color = _valid(QColor(code.color), QColor(UNCODED_COLOR)).name()
        lines.append(
            f'<span style="color:{color}">&#9632;</span>&nbsp;{html.escape(code.path or code.name)}'
        )
    if not lines:
        lines.append(f"<i>{html.escape(no_codes)}</i>")
    memo = quotation.memo.strip()
    if memo:
        if len(memo) > MAX_TOOLTIP_MEMO:
            memo = memo[:MAX_TOOLTIP_MEMO].rstrip() + "…"
        lines.append(f"<hr><i>{html.escape(memo).replace(chr(10), '<br>')}</i>")
    if coder_line:
        lines.append(f'<span style="color:gray">{html.escape(coder_line)}</span>')
    return "<qt>" + "<br>".join(lines) + "</qt>"


@dataclass(frozen=True)
class HighlightSegments:
    """Non-overlapping UTF-16 spans, sorted, each with one blended colour and its quotations."""

    starts: list[int]
    ends: list[int]
    colors: list[QColor]
    quotation_ids: list[tuple[int, ...]]

    @classmethod
    def build(cls, marks: Collection[MarkedQuotation]) -> HighlightSegments:
        """Cut the quotations at every boundary and blend the colours over each piece."""
        return cls(*_segment_lists(marks, None, None))

    def patched(
        self, spans: Sequence[tuple[int, int]], marks: Iterable[MarkedQuotation]
    ) -> HighlightSegments:
        """These segments with the UTF-16 `spans` recomputed from `marks` (all of them):
        what a few added or removed quotations change, at a fraction of a full build."""
        starts, ends = list(self.starts), list(self.ends)
        colors, ids = list(self.colors), list(self.quotation_ids)
        merged = _merged(spans)
        if not merged:
            return self
        # One pass over all marks picks those near any span; each span then looks at few.
        low, high = merged[0][0], merged[-1][1]
        near = [m for m in marks if m.u16_start < high and m.u16_end > low]
        # Right to left, so the indexes of spans still to do stay valid.
        for lo, hi in reversed(merged):
            first = bisect_right(ends, lo)  # the first segment reaching past lo
            last = bisect_left(starts, hi)  # the first segment starting at or after hi
            overlapping = [m for m in near if m.u16_start < hi and m.u16_end > lo]
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
    marks: Collection[MarkedQuotation], lo: int | None, hi: int | None
) -> tuple[list[int], list[int], list[QColor], list[tuple[int, ...]]]:
    """Segments of `marks` (clipped to [lo, hi) when given): starts, ends, colours, ids.

    One sweep over the boundaries keeps the quotations covering the current piece in
    a dict, which keeps them in the order they were added: the layer order."""
    if lo is None or hi is None:
        spans = [(m.u16_start, m.u16_end, m) for m in marks if m.u16_start < m.u16_end]
    else:
        spans = [(max(m.u16_start, lo), min(m.u16_end, hi), m) for m in marks]
        spans = [span for span in spans if span[0] < span[1]]
    # Layers go down in a fixed order (outer, earlier quotations first), so the same
    # overlap always blends to the same colour.
    spans.sort(key=lambda s: (s[2].start, -s[2].end, s[2].id))
    starting: dict[int, list[MarkedQuotation]] = {}
    ending: dict[int, list[int]] = {}
    for start, end, mark in spans:
        starting.setdefault(start, []).append(mark)
        ending.setdefault(end, []).append(mark.id)
    bounds = sorted(starting.keys() | ending.keys())
    starts: list[int] = []
    ends: list[int] = []
    colors: list[QColor] = []
    ids: list[tuple[int, ...]] = []
    active: dict[int, int] = {}  # quotation id -> 0xRRGGBB, bottom layer first
    for bound, next_bound in pairwise(bounds):
        gone = ending.get(bound)
        if gone:
            for quotation_id in gone:
                active.pop(quotation_id, None)
        new = starting.get(bound)
        if new:
            for mark in new:
                active[mark.id] = mark.rgb
        if active:
            starts.append(bound)
            ends.append(next_bound)
            colors.append(_blend(tuple(active.values())))
            ids.append(tuple(active))
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
