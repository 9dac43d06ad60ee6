"""The document view with real widgets (offscreen): highlights never drift, signals speak
code points, drops code the selection, the margin activates quotations, find works."""

from __future__ import annotations

import time
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QByteArray, QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QImage,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QToolTip

from sbcoder.core.dto import CodeInfo, CodingInfo, QuotationInfo
from sbcoder.core.project import Project
from sbcoder.ui.document_marks import HighlightSegments, MarkedQuotation, _blend
from sbcoder.ui.document_text import line_extent, span_rects, visible_blocks
from sbcoder.ui.document_view import CODE_MIME, DocumentView

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
DOC_ID = 7

TEXT = (
    "Interviewer: Hoe begon het initiatief? 😀 Wat was de aanleiding?\n"
    "Respondent: In de buurt 𝔸 was weinig contact tussen bewoners. We zijn begonnen met "
    "koffieochtenden in het buurthuis, en dat liep meteen goed. Mensen kwamen terug 🎉🎉 "
    "en namen buren mee.\n"
    "Interviewer: Wat maakte dat het werkte? 👩\u200d👩\u200d👧\n"
    "Respondent: Vertrouwen, denk ik. De sleutelfiguren 𠀀 kenden iedereen, en de gemeente "
    "liet ons vrij. Cafe\u0301 en naïef. Uiteindelijk is de eenzaamheid afgenomen, zeggen de "
    "bewoners zelf 🇳🇱.\n"
)


def code(code_id: int, name: str, color: str) -> CodeInfo:
    """A code DTO as the codebook hands it out."""
    return CodeInfo(code_id, f"c{code_id}", None, name, f"CIMO/{name}", color, "", "", code_id, 0)


CODES = {
    1: code(1, "Context", "#1f77b4"),
    2: code(2, "Interventie", "#2ca02c"),
    3: code(3, "Mechanisme", "#d62728"),
    4: code(4, "Outcome", "#ff7f0e"),
}


def quotation(qid: int, text: str, start: int, end: int, code_ids: Sequence[int]) -> QuotationInfo:
    """A quotation DTO on document DOC_ID."""
    codings = tuple(CodingInfo(100 * qid + c, f"k{qid}{c}", c, 1) for c in code_ids)
    return QuotationInfo(
        qid, f"q{qid}", DOC_ID, "doc", start, end, text[start:end], "", 1, "Tester",
        datetime(2025, 1, 1), codings,
    )  # fmt: skip


def span_of(text: str, needle: str) -> tuple[int, int]:
    """The code point span of the first `needle` in `text`."""
    start = text.index(needle)
    return start, start + len(needle)


def sample_quotations(text: str = TEXT) -> list[QuotationInfo]:
    """Quotations before, around and after astral characters, some overlapping."""
    spans = [
        ("In de buurt 𝔸 was weinig contact tussen bewoners.", [1]),
        ("We zijn begonnen met koffieochtenden in het buurthuis", [2]),
        (
            "koffieochtenden in het buurthuis, en dat liep meteen goed. Mensen kwamen terug 🎉🎉",
            [3, 4],
        ),
        ("Vertrouwen, denk ik. De sleutelfiguren 𠀀 kenden iedereen", [3]),
        ("Cafe\u0301 en naïef. Uiteindelijk is de eenzaamheid afgenomen", []),
        ("zelf 🇳🇱", [4]),
        ("👩\u200d👩\u200d👧", [1]),
    ]  # fmt: skip
    return [
        quotation(index + 1, text, *span_of(text, needle), codes)
        for index, (needle, codes) in enumerate(spans)
    ]


@pytest.fixture
def view(qtbot) -> Iterator[DocumentView]:
    widget = DocumentView()
    qtbot.addWidget(widget)
    widget.resize(900, 420)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def shoot(widget: DocumentView, name: str) -> QImage:
    """Save a screenshot for a human to look at, and return the image."""
    SCREENSHOTS.mkdir(exist_ok=True)
    pixmap = widget.grab()
    pixmap.save(str(SCREENSHOTS / name))
    return pixmap.toImage()


def qt_selected_text(view: DocumentView, u16_start: int, u16_end: int) -> str:
    """What Qt's own document holds between two UTF-16 positions (with "\n" restored)."""
    cursor = QTextCursor(view.text_edit.document())
    cursor.setPosition(u16_start)
    cursor.setPosition(u16_end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().replace("\u2029", "\n")


def painted_spans(view: DocumentView) -> dict[int, tuple[int, int]]:
    """Per quotation, the UTF-16 extent of the segments the text widget paints for it."""
    segments = view.text_edit.highlight_segments
    extents: dict[int, tuple[int, int]] = {}
    for start, end, ids in zip(segments.starts, segments.ends, segments.quotation_ids, strict=True):
        for qid in ids:
            low, high = extents.get(qid, (start, end))
            extents[qid] = (min(low, start), max(high, end))
    return extents


def background_color(image: QImage, view: DocumentView, u16_start: int, u16_end: int) -> QColor:
    """The most common colour behind the text of a span on screen (glyphs are the minority)."""
    edit = view.text_edit
    origin = edit.viewport().mapTo(view, QPoint(0, 0))
    rects = span_rects(visible_blocks(edit), u16_start, u16_end)
    assert rects, "span not on screen"
    counts: Counter[int] = Counter()
    dpr = image.devicePixelRatio()
    for rect in rects:
        for x in range(int(rect.left()) + 1, int(rect.right()) - 1):
            for y in range(int(rect.top()) + 1, int(rect.bottom()) - 1):
                counts[image.pixel(int((origin.x() + x) * dpr), int((origin.y() + y) * dpr))] += 1
    return QColor.fromRgb(counts.most_common(1)[0][0])


# -- highlights never drift -------------------------------------------------------------
def test_highlights_cover_exactly_the_stored_code_point_spans(view: DocumentView) -> None:
    quotations = sample_quotations()
    view.set_document(DOC_ID, TEXT, quotations, CODES)
    assert view.document_id == DOC_ID
    assert view.text_edit.document().characterCount() - 1 == len(TEXT.encode("utf-16-le")) // 2
    painted = painted_spans(view)
    positions = view._positions
    assert set(painted) == {q.id for q in quotations}
    for q in quotations:
        u16_start, u16_end = painted[q.id]
        assert positions.span_to_codepoint(u16_start, u16_end) == (q.start, q.end)
        assert qt_selected_text(view, u16_start, u16_end) == TEXT[q.start : q.end]
    shoot(view, "document_view_quotations.png")


def test_highlight_colours_blend_where_quotations_overlap(view: DocumentView) -> None:
    view.set_document(DOC_ID, TEXT, sample_quotations(), CODES)
    image = shoot(view, "document_view_overlap.png")
    to_u16 = view._positions.span_to_utf16
    only_interventie = background_color(image, view, *to_u16(*span_of(TEXT, "We zijn begonnen")))
    overlap = background_color(image, view, *to_u16(*span_of(TEXT, "koffieochtenden in het")))
    only_mechanisme = background_color(image, view, *to_u16(*span_of(TEXT, "dat liep meteen")))
    plain = background_color(image, view, *to_u16(*span_of(TEXT, "Hoe begon het")))
    assert plain.name() == view.palette().color(view.backgroundRole()).name() or plain.value() > 240
    # Green over white is greenish; the overlap is darker than either layer alone.
    assert only_interventie.green() > only_interventie.red()
    assert only_mechanisme.red() > only_mechanisme.green()
    assert overlap.lightness() < only_interventie.lightness()
    assert overlap.lightness() < only_mechanisme.lightness()
    assert len({only_interventie.name(), overlap.name(), only_mechanisme.name()}) == 3


def test_quotation_without_codes_is_grey(view: DocumentView) -> None:
    view.set_document(DOC_ID, TEXT, sample_quotations(), CODES)
    image = view.grab().toImage()
    span = view._positions.span_to_utf16(*span_of(TEXT, "Uiteindelijk is de"))
    grey = background_color(image, view, *span)
    assert abs(grey.red() - grey.green()) <= 3 and abs(grey.green() - grey.blue()) <= 3
    assert grey.value() < 250


def test_selected_quotation_is_outlined(view: DocumentView) -> None:
    view.set_document(DOC_ID, TEXT, sample_quotations(), CODES)
    before = view.grab().toImage()
    view.set_selected_quotation(4)
    assert view.selected_quotation() == 4
    after = shoot(view, "document_view_selected_quotation.png")
    assert before != after
    view.set_selected_quotation(999)  # unknown: no emphasis rather than an error
    assert view.selected_quotation() is None


def test_quotations_outside_the_text_are_skipped(view: DocumentView) -> None:
    good = sample_quotations()[0]
    beyond = quotation(50, TEXT, len(TEXT) - 2, len(TEXT) + 5, [1])
    other_doc = QuotationInfo(**{**good.__dict__, "id": 51, "document_id": DOC_ID + 1})
    view.set_document(DOC_ID, TEXT, [good, beyond, other_doc], CODES)
    assert set(painted_spans(view)) == {good.id}


# -- selection in code points -----------------------------------------------------------
def test_selecting_with_a_text_cursor_reports_code_points(view: DocumentView, qtbot) -> None:
    view.set_document(DOC_ID, TEXT, sample_quotations(), CODES)
    start, end = span_of(TEXT, "sleutelfiguren 𠀀 kenden")
    u16_start, u16_end = view._positions.span_to_utf16(start, end)
    assert (u16_start, u16_end) != (start, end)  # astral characters come before it
    cursor = QTextCursor(view.text_edit.document())
    cursor.setPosition(u16_start)
    cursor.setPosition(u16_end, QTextCursor.MoveMode.KeepAnchor)
    with qtbot.waitSignal(view.selectionChanged) as blocker:
        view.text_edit.setTextCursor(cursor)
    assert blocker.args == [start, end]
    assert view.selection() == (start, end)
    assert view.selected_text() == TEXT[start:end]
    cursor.clearSelection()
    with qtbot.waitSignal(view.selectionChanged) as blocker:
        view.text_edit.setTextCursor(cursor)
    assert blocker.args == [-1, -1]
    assert view.selection() is None
    assert view.selected_text() == ""


def test_select_span_selects_exactly_that_text(view: DocumentView) -> None:
    view.set_document(DOC_ID, TEXT, [], CODES)
    for needle in ["😀", "🎉🎉 en", "👩\u200d👩\u200d👧", "Cafe\u0301", "🇳🇱.\n"]:
        start, end = span_of(TEXT, needle)
        view.select_span(start, end)
        assert view.selection() == (start, end)
        assert view.selected_text() == needle
        cursor = view.text_edit.textCursor()
        assert qt_selected_text(view, cursor.selectionStart(), cursor.selectionEnd()) == needle
    with pytest.raises(ValueError, match="outside the text"):
        view.select_span(5, len(TEXT) + 1)


def test_shift_arrow_extends_the_selection_by_characters(view: DocumentView, qtbot) -> None:
    view.set_document(DOC_ID, TEXT, [], CODES)
    start = TEXT.index("😀")
    view.select_span(start, start)
    view.text_edit.setFocus()
    qtbot.keyClick(view.text_edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection() == (start, start + 1)  # the emoji is one code point
    assert view.selected_text() == "😀"
    qtbot.keyClick(view.text_edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_text() == "😀 "


def test_the_text_is_read_only_but_selectable_with_a_caret(view: DocumentView, qtbot) -> None:
    view.set_document(DOC_ID, TEXT, [], CODES)
    flags = view.text_edit.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    view.text_edit.setFocus()
    qtbot.keyClicks(view.text_edit, "xyz")
    assert view.text_edit.toPlainText() == TEXT


# -- drops ------------------------------------------------------------------------------
def drop(view: DocumentView, payload: bytes, mime_type: str = CODE_MIME, u16: int = 0) -> bool:
    """Drag `payload` onto the text at UTF-16 position `u16` and drop it, as Qt delivers
    a drag: enter, move, drop (the drop goes to whoever accepted the enter)."""
    mime = QMimeData()
    mime.setData(mime_type, QByteArray(payload))
    cursor = QTextCursor(view.text_edit.document())
    cursor.setPosition(u16)
    point = view.text_edit.cursorRect(cursor).center()
    viewport = view.text_edit.viewport()
    args = (mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    # Drag enter/move events take a QPoint in PySide6 6.11 (only the drop takes a QPointF).
    QApplication.sendEvent(viewport, QDragEnterEvent(point, Qt.DropAction.CopyAction, *args))
    QApplication.sendEvent(viewport, QDragMoveEvent(point, Qt.DropAction.CopyAction, *args))
    event = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, *args)
    QApplication.sendEvent(viewport, event)
    return event.isAccepted()


def test_dropping_codes_codes_the_selection(view: DocumentView, qtbot) -> None:
    view.set_document(DOC_ID, TEXT, sample_quotations(), CODES)
    start, end = span_of(TEXT, "meteen goed. Mensen kwamen terug 🎉🎉")
    view.select_span(start, end)
    received: list[tuple[int, int, int]] = []
    view.codeDropped.connect(lambda *args: received.append(args))
    assert drop(view, b"3,4", u16=view._positions.to_utf16(5))
    assert received == [(3, start, end), (4, start, end)]
    assert view.text_edit.toPlainText() == TEXT  # nothing inserted
    assert view.selection() == (start, end)  # and the selection survives


def test_dropping_without_a_selection_codes_the_quotation_under_it(view: DocumentView) -> None:
    quotations = sample_quotations()
    view.set_document(DOC_ID, TEXT, quotations, CODES)
    received: list[tuple[int, int, int]] = []
    view.codeDropped.connect(lambda *args: received.append(args))
    inside = TEXT.index("sleutelfiguren")
    assert drop(view, b"2", u16=view._positions.to_utf16(inside))
    target = quotations[3]
    assert received == [(2, target.start, target.end)]
    received.clear()
    assert not drop(view, b"2", u16=view._positions.to_utf16(TEXT.index("Hoe begon")))
    assert received == []  # no selection, no quotation: nothing to code


def test_foreign_drops_insert_nothing(view: DocumentView) -> None:
    view.set_document(DOC_ID, TEXT, [], CODES)
    view.select_span(0, 5)
    received: list[object] = []
    view.codeDropped.connect(lambda *args: received.append(args))
    assert not drop(view, b"dropped text", mime_type="text/plain")
    assert not drop(view, b"not,numbers")
    assert received == []
    assert view.text_edit.toPlainText() == TEXT
    assert view.selection() == (0, 5)


# -- margin and activation --------------------------------------------------------------
def click_point(rect) -> QPoint:
    return rect.center().toPoint()


def test_clicking_a_bracket_activates_its_quotation(view: DocumentView, qtbot) -> None:
    quotations = sample_quotations()
    view.set_document(DOC_ID, TEXT, quotations, CODES)
    view.grab()
    target = quotations[3]
    geometry = view.margin.geometry_of(target.id)
    assert geometry is not None
    bracket, _label = geometry
    with qtbot.waitSignal(view.quotationActivated) as blocker:
        qtbot.mouseClick(view.margin, Qt.MouseButton.LeftButton, pos=click_point(bracket))
    assert blocker.args == [target.id]
    assert view.selected_quotation() == target.id
    assert view.selection() == (target.start, target.end)
    shoot(view, "document_view_margin_click.png")
    other = quotations[0]
    _bracket, other_label = view.margin.geometry_of(other.id)
    with qtbot.waitSignal(view.quotationActivated) as blocker:
        qtbot.mouseClick(view.margin, Qt.MouseButton.LeftButton, pos=click_point(other_label))
    assert blocker.args == [other.id]


def test_clicking_empty_margin_activates_nothing(view: DocumentView, qtbot) -> None:
    view.set_document(DOC_ID, TEXT, sample_quotations(), CODES)
    view.grab()
    with qtbot.assertNotEmitted(view.quotationActivated):
        qtbot.mouseClick(
            view.margin, Qt.MouseButton.LeftButton, pos=QPoint(5, view.margin.height() - 5)
        )


def test_right_click_on_a_bracket_asks_for_a_menu(view: DocumentView, qtbot) -> None:
    quotations = sample_quotations()
    view.set_document(DOC_ID, TEXT, quotations, CODES)
    view.grab()
    bracket, _label = view.margin.geometry_of(quotations[0].id)
    with qtbot.waitSignal(view.quotationContextMenuRequested) as blocker:
        qtbot.mouseClick(view.margin, Qt.MouseButton.RightButton, pos=click_point(bracket))
    assert blocker.args[0] == quotations[0].id


def test_double_clicking_a_highlight_activates_the_innermost_quotation(
    view: DocumentView,
    qtbot,
) -> None:
    quotations = sample_quotations()
    view.set_document(DOC_ID, TEXT, quotations, CODES)
    view.grab()
    # Inside both "We zijn begonnen…" (2) and the longer "koffieochtenden…🎉🎉" (3).
    u16 = view._positions.to_utf16(TEXT.index("ochtenden in het") + 2)
    cursor = QTextCursor(view.text_edit.document())
    cursor.setPosition(u16)
    point = view.text_edit.cursorRect(cursor).center()
    with qtbot.waitSignal(view.quotationActivated) as blocker:
        qtbot.mouseDClick(view.text_edit.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [2]
    assert view.quotations_at(TEXT.index("ochtenden in het")) == [2, 3]


def test_margin_shows_overlaps_in_separate_lanes(view: DocumentView) -> None:
    quotations = sample_quotations()
    view.set_document(DOC_ID, TEXT, quotations, CODES)
    view.grab()
    x = {q.id: view.margin.geometry_of(q.id)[0].center().x() for q in quotations[:3]}
    assert x[2] != x[3]  # overlapping: different lanes
    assert view.margin.lane_count() >= 2
    labels = [view.margin.geometry_of(q.id)[1] for q in quotations]
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            assert not a.intersects(b), "labels overlap"


def test_update_quotations_keeps_text_and_scroll_position(view: DocumentView) -> None:
    text = "".join(f"Regel {i} met 😀 wat tekst over de buurt.\n" for i in range(400))
    first = quotation(1, text, *span_of(text, "Regel 200 met"), [1])
    view.set_document(DOC_ID, text, [first], CODES)
    view.select_span(*span_of(text, "Regel 300 met"))
    view.grab()
    scrolled = view.text_edit.verticalScrollBar().value()
    assert scrolled > 0
    revision = view.text_edit.document().revision()
    selection = view.selection()
    extra = quotation(2, text, *span_of(text, "Regel 301 met 😀 wat"), [2])
    view.update_quotations([first, extra], CODES)
    view.grab()
    assert view.text_edit.verticalScrollBar().value() == scrolled
    assert view.text_edit.document().revision() == revision
    assert view.selection() == selection
    assert set(painted_spans(view)) == {1, 2}
    assert view.margin.geometry_of(2) is not None  # visible, so drawn
    shoot(view, "document_view_scrolled.png")


def test_clear_shows_nothing(view: DocumentView) -> None:
    view.set_document(DOC_ID, TEXT, sample_quotations(), CODES)
    view.select_span(0, 4)
    view.clear()
    assert view.document_id is None
    assert view.selection() is None
    assert view.text_edit.toPlainText() == ""
    assert painted_spans(view) == {}


# -- a million characters ---------------------------------------------------------------
def test_a_million_characters_open_and_select_near_the_end(view: DocumentView) -> None:
    paragraph = "Respondent: de buurt 😀 werd sterker, zegt 𝔸 iedereen. " * 6 + "\n"
    text = (paragraph * (1_000_000 // len(paragraph) + 1))[:999_990] + "slot 🎉 end"
    assert len(text) == 1_000_000
    # Far enough from the end that the view can scroll it to a third of the way down.
    start = text.index("iedereen", len(text) - 20_000)
    end = start + len("iedereen")
    quotations = [quotation(1, text, start - 30, end, [3]), quotation(2, text, 10, 50, [1])]
    began = time.perf_counter()
    view.set_document(DOC_ID, text, quotations, CODES)
    view.grab()
    opened = time.perf_counter() - began
    view.select_span(start, end)
    view.grab()
    assert view.selection() == (start, end)
    assert view.selected_text() == "iedereen"
    cursor = view.text_edit.textCursor()
    assert qt_selected_text(view, cursor.selectionStart(), cursor.selectionEnd()) == "iedereen"
    painted = painted_spans(view)
    assert view._positions.span_to_codepoint(*painted[1]) == (start - 30, end)
    # Scrolled there: the selection is on screen and the quotation's bracket is drawn.
    blocks = visible_blocks(view.text_edit)
    assert blocks[0].position <= cursor.selectionStart() < blocks[-1].position + blocks[-1].length
    top, _bottom = line_extent(blocks, [b.position for b in blocks], cursor.selectionStart())
    assert 0 < top < view.text_edit.viewport().height() / 2  # with context above it
    assert view.margin.geometry_of(1) is not None
    shoot(view, "document_view_million.png")
    assert opened < 3.0, f"opening a million characters took {opened:.2f} s"


# -- find -------------------------------------------------------------------------------
def test_find_bar_steps_through_case_insensitive_hits(view: DocumentView, qtbot) -> None:
    view.set_document(DOC_ID, TEXT, sample_quotations(), CODES)
    hits = [i for i in range(len(TEXT)) if TEXT.lower().startswith("bewoners", i)]
    assert len(hits) == 2
    view.text_edit.setFocus()
    qtbot.keyClick(view.text_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = view.find_bar
    assert bar.isVisible()
    qtbot.keyClicks(bar.line_edit, "BEWONERS")
    assert view.selection() == (hits[0], hits[0] + 8)
    assert bar.count_label.text() == "1 of 2"
    qtbot.keyClick(bar.line_edit, Qt.Key.Key_Return)
    assert view.selection() == (hits[1], hits[1] + 8)
    assert bar.count_label.text() == "2 of 2"
    qtbot.keyClick(bar.line_edit, Qt.Key.Key_Return)  # wraps round
    assert view.selection() == (hits[0], hits[0] + 8)
    qtbot.keyClick(bar.line_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection() == (hits[1], hits[1] + 8)
    shoot(view, "document_view_find.png")
    qtbot.keyClick(bar.line_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert view.text_edit.hasFocus()


def test_find_bar_finds_astral_text_and_reports_no_matches(view: DocumentView, qtbot) -> None:
    view.set_document(DOC_ID, TEXT, [], CODES)
    view.show_find_bar()
    bar = view.find_bar
    # (QTest cannot type astral characters: it sends surrogate halves as keys.)
    bar.line_edit.setText("𠀀 kenden")
    assert view.selected_text() == "𠀀 kenden"
    bar.line_edit.setText("geen treffer hier")
    assert bar.count_label.text() == "No matches"
    assert not bar.next_button.isEnabled()


# -- with a real project ----------------------------------------------------------------
def test_real_project_quotations_show_in_their_code_colours(
    view: DocumentView, project: Project
) -> None:
    document = project.documents.add_text("interview", TEXT).value
    tree = project.codebook.tree()
    context = next(c for c in tree if c.name == "Context")
    outcome = next(c for c in tree if c.name == "Outcome")
    start, end = span_of(TEXT, "sleutelfiguren 𠀀 kenden")
    project.quotations.create(document.id, start, end, code_ids=(context.id, outcome.id))
    project.quotations.create(document.id, *span_of(TEXT, "🎉🎉 en namen"), code_ids=(outcome.id,))
    codes = {c.id: c for c in tree}
    stored = project.quotations.list(document_id=document.id)
    view.set_document(document.id, project.documents.text(document.id), stored, codes)
    painted = painted_spans(view)
    for q in stored:
        assert view._positions.span_to_codepoint(*painted[q.id]) == (q.start, q.end)
        assert qt_selected_text(view, *painted[q.id]) == q.text
    image = view.grab().toImage()
    u16 = view._positions.span_to_utf16(*span_of(TEXT, "🎉🎉 en namen"))
    tint = background_color(image, view, *u16)
    expected = QColor(outcome.color)
    # The tint leans the same way as the code colour (it is that colour, thinned).
    assert (tint.red() - tint.blue() > 0) == (expected.red() - expected.blue() > 0)
    assert tint != QColor("white")


# -- incremental updates equal full rebuilds --------------------------------------------
def marked(qid: int, start: int, end: int, rgb: int) -> MarkedQuotation:
    """A drawable quotation on a BMP-only text (UTF-16 = code points)."""
    color = QColor(rgb)
    return MarkedQuotation(qid, start, end, start, end, color, rgb, ("c",), (color,))


spans_strategy = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 25), st.sampled_from([0xFF0000, 0x00AA00])),
    max_size=12,
)


def coverage(segments: HighlightSegments, length: int = 100) -> list[tuple[object, ...]]:
    """Per position: the quotations painted there and their blended colour."""
    result = []
    for u16 in range(length):
        ids = segments.at(u16)
        index = bisect_right(segments.starts, u16) - 1
        color = segments.colors[index].rgba() if ids else None
        result.append((ids, color))
    return result


def reference_coverage(marks: list[MarkedQuotation], length: int = 100) -> list[tuple[object, ...]]:
    """`coverage` worked out position by position: the quotations over each character,
    outer and earlier ones first, and the blend of their colours in that order."""
    result = []
    for u16 in range(length):
        over = sorted(
            (m for m in marks if m.u16_start <= u16 < m.u16_end),
            key=lambda m: (m.start, -m.end, m.id),
        )
        ids = tuple(m.id for m in over)
        result.append((ids, _blend(tuple(m.rgb for m in over)).rgba() if over else None))
    return result


@given(before=spans_strategy, after=spans_strategy)
@settings(max_examples=200, deadline=None)
def test_patched_segments_paint_exactly_what_a_full_build_paints(
    before: list[tuple[int, int, int]], after: list[tuple[int, int, int]]
) -> None:
    old = {i: marked(i, s, s + n, c) for i, (s, n, c) in enumerate(before)}
    # Keep some quotations as they were, change or drop others, add new ones.
    new = {i: m for i, m in old.items() if i % 3 != 0}
    new.update({100 + i: marked(100 + i, s, s + n, c) for i, (s, n, c) in enumerate(after)})
    changed = [m for i, m in new.items() if old.get(i) is not m]
    changed += [m for i, m in old.items() if new.get(i) is not m]
    patched = HighlightSegments.build(list(old.values())).patched(
        [(m.u16_start, m.u16_end) for m in changed], list(new.values())
    )
    assert coverage(patched) == coverage(HighlightSegments.build(list(new.values())))
    assert coverage(patched) == reference_coverage(list(new.values()))
    assert patched.starts == sorted(patched.starts)
    assert all(s < e for s, e in zip(patched.starts, patched.ends, strict=True))


def test_updates_paint_the_same_as_a_fresh_view(view: DocumentView, qtbot) -> None:
    quotations = sample_quotations()
    view.set_document(DOC_ID, TEXT, quotations[:4], CODES)
    view.grab()
    lanes_before = {q.id: view.margin.geometry_of(q.id)[0].center().x() for q in quotations[:2]}
    view.update_quotations(quotations, CODES)  # three added
    recoded = QuotationInfo(**{**quotations[1].__dict__, "codings": quotations[2].codings})
    view.update_quotations([quotations[0], recoded, *quotations[2:6]], CODES)  # changed, removed
    view.grab()
    fresh = DocumentView()
    qtbot.addWidget(fresh)
    fresh.set_document(DOC_ID, TEXT, [quotations[0], recoded, *quotations[2:6]], CODES)
    assert coverage(view.text_edit.highlight_segments, len(TEXT) + 20) == coverage(
        fresh.text_edit.highlight_segments, len(TEXT) + 20
    )
    # An unchanged quotation keeps its bracket where it was.
    assert view.margin.geometry_of(quotations[0].id)[0].center().x() == lanes_before[1]
    # A recoloured code reaches every quotation that carries it.
    recoloured = {**CODES, 2: code(2, "Interventie", "#000000")}
    view.update_quotations([quotations[0], recoded, *quotations[2:6]], recoloured)
    fresh.update_quotations([quotations[0], recoded, *quotations[2:6]], recoloured)
    assert coverage(view.text_edit.highlight_segments, len(TEXT) + 20) == coverage(
        fresh.text_edit.highlight_segments, len(TEXT) + 20
    )


def test_right_click_on_a_highlight_asks_for_the_quotation_menu(
    view: DocumentView,
    qtbot,
) -> None:
    quotations = sample_quotations()
    view.set_document(DOC_ID, TEXT, quotations, CODES)
    view.grab()
    cursor = QTextCursor(view.text_edit.document())
    cursor.setPosition(view._positions.to_utf16(TEXT.index("sleutelfiguren")))
    point = view.text_edit.cursorRect(cursor).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, view.text_edit.viewport().mapToGlobal(point)
    )
    with qtbot.waitSignal(view.quotationContextMenuRequested) as blocker:
        QApplication.sendEvent(view.text_edit.viewport(), event)
    assert blocker.args[0] == quotations[3].id


def test_many_overlapping_quotations_keep_the_text_readable(view: DocumentView) -> None:
    start, end = span_of(TEXT, "Vertrouwen, denk ik.")
    stacked = [quotation(i, TEXT, start, end, [1 + i % 4]) for i in range(1, 7)]
    view.set_document(DOC_ID, TEXT, stacked, CODES)
    image = shoot(view, "document_view_six_overlapping.png")
    behind = background_color(image, view, *view._positions.span_to_utf16(start, end))
    assert behind.lightness() > 60  # dark text on it stays legible
    assert view.margin.lane_count() == 6


# -- one quotation at a time ------------------------------------------------------------
def no_full_rebuild(*_args: object) -> None:
    raise AssertionError("a one-quotation change rebuilt every highlight")


def bracket_lanes(view: DocumentView, quotations: Sequence[QuotationInfo]) -> dict[int, float]:
    """Per quotation on screen, the x of its bracket."""
    view.grab()
    return {
        q.id: view.margin.geometry_of(q.id)[0].center().x()
        for q in quotations
        if view.margin.geometry_of(q.id) is not None
    }


def test_upsert_and_remove_paint_what_a_fresh_view_paints(
    view: DocumentView, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    quotations = sample_quotations()
    view.set_document(DOC_ID, TEXT, quotations[:5], CODES)
    before = bracket_lanes(view, quotations)
    added = quotations[5]
    recoded = replace(quotations[1], codings=quotations[2].codings)
    moved = replace(
        quotations[0],
        **dict(zip(("start", "end"), span_of(TEXT, "naïef. Uiteindelijk"), strict=True)),
    )
    expected = [moved, recoded, quotations[2], quotations[4], added]
    fresh = DocumentView()
    qtbot.addWidget(fresh)
    fresh.set_document(DOC_ID, TEXT, expected, CODES)
    monkeypatch.setattr(HighlightSegments, "build", no_full_rebuild)
    monkeypatch.setattr(view.margin, "set_quotations", no_full_rebuild)

    view.upsert_quotation(added, CODES)
    view.upsert_quotation(recoded, CODES)
    view.upsert_quotation(moved, CODES)
    view.remove_quotation(quotations[3].id)
    view.remove_quotation(999)  # not shown: nothing to do

    length = len(TEXT) + 20
    assert coverage(view.text_edit.highlight_segments, length) == coverage(
        fresh.text_edit.highlight_segments, length
    )
    assert {q.id for q in view.shown_quotations()} == {q.id for q in expected}
    assert view.quotations_at(TEXT.index("Uiteindelijk")) == [moved.id, quotations[4].id]
    lanes = bracket_lanes(view, expected)
    assert set(lanes) == {q.id for q in expected}
    # Untouched quotations keep their brackets; overlapping ones never share a lane.
    assert lanes[quotations[2].id] == before[quotations[2].id]
    assert lanes[quotations[4].id] == before[quotations[4].id]
    for a in expected:
        for b in expected:
            if a.id < b.id and a.start < b.end and b.start < a.end:
                assert lanes[a.id] != lanes[b.id], (a.id, b.id)
    shoot(view, "document_view_upserted.png")


def test_upsert_of_a_quotation_that_does_not_belong_here_hides_it(view: DocumentView) -> None:
    quotations = sample_quotations()
    view.set_document(DOC_ID, TEXT, quotations, CODES)
    view.upsert_quotation(replace(quotations[2], document_id=DOC_ID + 1), CODES)
    view.upsert_quotation(quotation(60, TEXT, len(TEXT) - 3, len(TEXT) + 4, [1]), CODES)
    assert set(painted_spans(view)) == {q.id for q in quotations} - {quotations[2].id}


def test_upsert_with_recoloured_codes_recolours_every_quotation(view: DocumentView, qtbot) -> None:
    quotations = sample_quotations()
    view.set_document(DOC_ID, TEXT, quotations[:4], CODES)
    recoloured = {**CODES, 3: code(3, "Mechanisme", "#000000")}
    view.upsert_quotation(quotations[4], recoloured)
    fresh = DocumentView()
    qtbot.addWidget(fresh)
    fresh.set_document(DOC_ID, TEXT, quotations[:5], recoloured)
    length = len(TEXT) + 20
    assert coverage(view.text_edit.highlight_segments, length) == coverage(
        fresh.text_edit.highlight_segments, length
    )


def test_new_code_counts_do_not_rebuild_the_highlights(
    view: DocumentView, monkeypatch: pytest.MonkeyPatch
) -> None:
    quotations = sample_quotations()
    view.set_document(DOC_ID, TEXT, quotations[:6], CODES)
    counted = {i: replace(c, quotation_count=c.quotation_count + 3) for i, c in CODES.items()}
    monkeypatch.setattr(HighlightSegments, "build", no_full_rebuild)
    view.update_quotations(quotations, counted)
    assert set(painted_spans(view)) == {q.id for q in quotations}


def test_coding_in_the_window_patches_the_open_document(
    make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "patch.sbc"
    with Project.create(path, template="cimo") as made:
        made.coders.set_current("Tester")
        document = made.documents.add_text("interview", TEXT).value
        made.quotations.create(document.id, *span_of(TEXT, "Vertrouwen, denk ik"))
    window = make_window(path)
    window.open_document(document.id)
    view = window.document_view
    outcome = next(c for c in window.codes.values() if c.path == "Outcome")
    start, end = span_of(TEXT, "zelf 🇳🇱")
    with monkeypatch.context() as patch:
        patch.setattr(HighlightSegments, "build", no_full_rebuild)
        patch.setattr(view.margin, "set_quotations", no_full_rebuild)
        assert window.coding.apply_code(outcome.id, (document.id, start, end))
        window.workbench.undo_stack.undo()  # reloads, and patches what differs
        assert (start, end) not in {(q.start, q.end) for q in view.shown_quotations()}
        window.workbench.undo_stack.redo()
    stored = window.workbench.project.quotations.list(document_id=document.id)
    assert [(q.start, q.end) for q in view.shown_quotations() if q.code_ids] == [(start, end)]
    painted = painted_spans(view)
    assert {q.id for q in stored} == set(painted)
    for q in stored:
        assert view._positions.span_to_codepoint(*painted[q.id]) == (q.start, q.end)


# -- tooltips ---------------------------------------------------------------------------
def tooltip_at(widget, point: QPoint) -> str:
    """What the tooltip says when the mouse rests on `point` ("" when none shows)."""
    event = QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point))
    QApplication.sendEvent(widget, event)
    # (Qt hides a tooltip only after a delay, so "none" is the widget declining the event.)
    return QToolTip.text() if event.isAccepted() and QToolTip.isVisible() else ""


def test_margin_tooltip_names_code_paths_memo_and_coder(view: DocumentView, qtbot) -> None:
    quotations = sample_quotations()
    noted = replace(
        quotations[2], memo="Let op: <b>niet</b> vet.\nTweede regel.", coder_name="Anna"
    )
    view.set_document(DOC_ID, TEXT, [*quotations[:2], noted, *quotations[3:]], CODES)
    view.grab()
    bracket, label = view.margin.geometry_of(noted.id)
    tip = tooltip_at(view.margin, label.center().toPoint())
    assert "CIMO/Mechanisme" in tip and "CIMO/Outcome" in tip
    assert "Coder: Anna" in tip
    shown = QTextDocument()
    shown.setHtml(tip)
    plain = shown.toPlainText()
    assert "Let op: <b>niet</b> vet." in plain  # the memo as typed, not as markup
    assert "Tweede regel." in plain
    tips = [w for w in QApplication.topLevelWidgets() if w.inherits("QLabel") and w.isVisible()]
    if tips:
        SCREENSHOTS.mkdir(exist_ok=True)
        tips[0].grab().save(str(SCREENSHOTS / "document_view_margin_tooltip.png"))
    # On the bracket too; a new memo shows at once, with nothing rebuilt.
    view.upsert_quotation(replace(noted, memo="Nieuw memo"), CODES)
    assert "Nieuw memo" in tooltip_at(view.margin, bracket.center().toPoint())
    uncoded = quotations[4]
    assert "(no codes)" in tooltip_at(
        view.margin, view.margin.geometry_of(uncoded.id)[1].center().toPoint()
    )
    assert tooltip_at(view.margin, QPoint(3, view.margin.height() - 3)) == ""


# -- find matches -----------------------------------------------------------------------
def test_find_bar_marks_every_match_while_it_is_open(view: DocumentView, qtbot) -> None:
    view.set_document(DOC_ID, TEXT, sample_quotations(), CODES)
    plain_before = background_color(
        view.grab().toImage(), view, *view._positions.span_to_utf16(*span_of(TEXT, "Wat maakte"))
    )
    view.show_find_bar()
    view.find_bar.line_edit.setText("interviewer")
    hits = [i for i in range(len(TEXT)) if TEXT.lower().startswith("interviewer", i)]
    assert len(hits) == 2
    to_u16 = view._positions.span_to_utf16
    assert view.text_edit.find_matches() == [to_u16(i, i + 11) for i in hits]
    image = shoot(view, "document_view_find_matches.png")
    second = background_color(image, view, *to_u16(hits[1], hits[1] + 11))  # not selected
    assert second.blue() < second.green() - 30 and second.red() > 200  # a light yellow
    assert second != plain_before
    view.find_bar.line_edit.setText("𠀀 kenden")  # after astral characters
    assert view.text_edit.find_matches() == [to_u16(*span_of(TEXT, "𠀀 kenden"))]
    view.find_bar.line_edit.setText("interview")
    view.set_document(DOC_ID, "Interviewer: nog een interview.\n", [], CODES)  # its own
    assert view.text_edit.find_matches() == [(0, 9), (21, 30)]
    view.find_bar.close_bar()
    assert view.text_edit.find_matches() == []
    view.set_document(DOC_ID, TEXT, sample_quotations(), CODES)
    after = background_color(view.grab().toImage(), view, *to_u16(hits[1], hits[1] + 11))
    assert after == plain_before
    view.show_find_bar()  # reopened: the same search marks again
    assert len(view.text_edit.find_matches()) == 2
