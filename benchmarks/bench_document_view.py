"""Document view: open a 50,000-word transcript with 2,000 quotations, and add one.

Scenarios (issue "Document view"), each printed as one JSON line:
- "document_view_open": `set_document` + a forced repaint (`grab()`) of the whole view,
  highlights and margin included; baseline: a bare QPlainTextEdit of the same size doing
  `setPlainText` + `grab()` of the same text, in the same run. Target ≤ 300 ms.
- "document_view_update": `update_quotations` with one more quotation (on screen) until
  painted (`grab()`); baseline: the `grab()` alone. Target ≤ 50 ms.
- "document_view_upsert": the same quotation added with `upsert_quotation` and taken off
  with `remove_quotation` (what the window does after coding a passage) until painted;
  baseline: the `grab()` alone. Target ≤ 50 ms.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_document_view
"""

from __future__ import annotations

import argparse
import os
import random
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import PySide6
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from benchmarks.common import report, summary, timed
from benchmarks.generate import transcript
from sbcoder.core.dto import CodeInfo, CodingInfo, QuotationInfo
from sbcoder.ui.document_view import DocumentView

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
SIZE = (1280, 860)
PALETTE = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
    "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39",
]  # fmt: skip


def make_codes(count: int = 40) -> dict[int, CodeInfo]:
    """A flat codebook with distinct colours, as `codebook.tree()` would give."""
    return {
        i: CodeInfo(i, f"c{i}", None, f"Code {i}", f"Tak/Code {i}", PALETTE[i % len(PALETTE)],
                    "", "", i, 1)
        for i in range(1, count + 1)
    }  # fmt: skip


def make_quotations(
    rng: random.Random, text: str, count: int, codes: dict[int, CodeInfo]
) -> list[QuotationInfo]:
    """`count` quotations of 3 to 60 words, spread over the text, some overlapping."""
    word_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch in " \n"]
    code_ids = list(codes)
    quotations = []
    for qid in range(1, count + 1):
        first = rng.randrange(len(word_starts) - 70)
        start = word_starts[first]
        end = word_starts[first + rng.randint(3, 60)] - 1
        chosen = rng.sample(code_ids, rng.choice([0, 1, 1, 1, 2, 3]))
        codings = tuple(CodingInfo(qid * 10 + n, "", c, 1) for n, c in enumerate(chosen))
        quotations.append(
            QuotationInfo(qid, f"q{qid}", 1, "interview", start, end, text[start:end], "", 1,
                          "Tester", datetime(2025, 1, 1), codings)
        )  # fmt: skip
    return quotations


def main() -> None:
    """Run both scenarios and print their JSON lines."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--quotations", type=int, default=2_000)
    parser.add_argument("--screenshot", action="store_true", help="save screenshots/ PNGs")
    args = parser.parse_args()

    app = QApplication.instance() or QApplication([])
    rng = random.Random(2025)
    text = transcript(rng, args.words)
    codes = make_codes()
    quotations = make_quotations(rng, text, args.quotations, codes)
    size = {
        "characters": len(text),
        "quotations": len(quotations),
        "pyside": PySide6.__version__,
    }

    view = DocumentView()
    view.resize(*SIZE)
    view.show()
    bare = QPlainTextEdit()
    bare.resize(*SIZE)
    bare.show()
    app.processEvents()

    def open_view() -> None:
        view.set_document(1, text, quotations, codes)
        view.grab()

    def open_bare() -> None:
        bare.setPlainText(text)
        bare.grab()

    open_view(), open_bare()  # warm up fonts and caches for both alike
    view_samples, bare_samples = [], []
    for _ in range(args.runs):
        view_samples.append(timed(open_view))
        bare_samples.append(timed(open_bare))
    report(
        "document_view_open",
        {**size, **summary(view_samples)},
        summary(bare_samples),
        target="median <= 300 ms",
    )
    if args.screenshot:
        SCREENSHOTS.mkdir(exist_ok=True)
        view.grab().save(str(SCREENSHOTS / "bench_document_view_open.png"))

    # One more quotation where the user is looking, alternating with the original list so
    # every call is a real change.
    visible_start = view.text_edit.firstVisibleBlock().position()
    start = visible_start + 20
    extra = QuotationInfo(
        len(quotations) + 1, "new", 1, "interview", start, start + 40, text[start : start + 40],
        "", 1, "Tester", datetime(2025, 1, 1), (CodingInfo(99_999, "", 1, 1),),
    )  # fmt: skip
    with_extra = [*quotations, extra]
    update_samples, grab_samples = [], []
    for run in range(args.runs * 2):
        current = with_extra if run % 2 == 0 else quotations
        update_samples.append(timed(lambda current=current: _update(view, current, codes)))
        grab_samples.append(timed(view.grab))
    report(
        "document_view_update",
        {**size, **summary(update_samples)},
        summary(grab_samples),
        target="median <= 50 ms",
    )
    if args.screenshot:
        _update(view, with_extra, codes)
        view.grab().save(str(SCREENSHOTS / "bench_document_view_update.png"))

    view.update_quotations(quotations, codes)
    upsert_samples, grab_samples = [], []
    for run in range(args.runs * 2):
        if run % 2 == 0:
            upsert_samples.append(timed(lambda: (view.upsert_quotation(extra, codes), view.grab())))
        else:
            upsert_samples.append(timed(lambda: (view.remove_quotation(extra.id), view.grab())))
        grab_samples.append(timed(view.grab))
    report(
        "document_view_upsert",
        {**size, **summary(upsert_samples)},
        summary(grab_samples),
        target="median <= 50 ms",
    )


def _update(
    view: DocumentView, quotations: list[QuotationInfo], codes: dict[int, CodeInfo]
) -> None:
    view.update_quotations(quotations, codes)
    view.grab()


if __name__ == "__main__":
    main()
