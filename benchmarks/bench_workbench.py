"""The coding workbench, end to end through the main window (issue "The coding workbench").

Scenarios, each printed as one JSON line:
- "workbench_open_document": `MainWindow.open_document` of a transcript with 2,000
  quotations (text, quotations and codes fetched from the project, highlights and
  margin painted: `grab()`), in a project of size L. Baseline: the same text and
  DTOs handed to a bare `DocumentView.set_document` + `grab()` (no project). Target ≤ 300 ms.
- "workbench_apply_code": select a span, apply a code through the Code menu's path
  (`CodingController.apply_code`: service call, undo stack, refresh of the panes) until
  the document is painted again (`grab()` of the document view), in project L.
  Baseline: `quotations.code_span` alone. Target: median ≤ 50 ms.
- "workbench_scroll_queries": SQL statements executed while scrolling through the
  document and repainting every pane. Target: 0.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_workbench [--size L]
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import event

from benchmarks.common import report, summary, timed
from benchmarks.generate import generate
from sbcoder.core.changes import Changes
from sbcoder.core.project import Project
from sbcoder.ui.app import create_application, install_language
from sbcoder.ui.document_view import DocumentView
from sbcoder.ui.main_window import MainWindow
from sbcoder.ui.settings import AppSettings

QUOTATIONS_IN_DOCUMENT = 2_000


def add_busy_document(path: Path, rng: random.Random) -> None:
    """A 50,000-word transcript with 2,000 coded quotations (some overlapping)."""
    with Project.open(path) as project:
        project.coders.set_current("Coder 1")
        words = [
            rng.choice(
                [
                    "buurt",
                    "vertrouwen",
                    "samen",
                    "bewoners",
                    "ontmoeten",
                    "en",
                    "de",
                    "het",
                    "wij",
                    "tuin",
                    "eten",
                    "😀",
                ]
            )
            for _ in range(50_000)
        ]
        text = "\n".join(" ".join(words[i : i + 12]) for i in range(0, len(words), 12))
        doc = project.documents.add_text("druk interview", text).value
        codes = [c.id for c in project.codebook.tree()]
        for _ in range(QUOTATIONS_IN_DOCUMENT):
            start = rng.randrange(len(text) - 400)
            project.quotations.create(
                doc.id, start, start + rng.randint(20, 400), [rng.choice(codes)]
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", default="L", choices=["S", "M", "L"])
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args()
    rng = random.Random(11)
    app = create_application()
    install_language("en")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{args.size}.sbc"
        generate(args.size, path)
        add_busy_document(path, rng)
        settings = AppSettings(Path(tmp) / "settings.ini")
        settings.coder_name = "Coder 1"
        window = MainWindow(settings)
        window.resize(1400, 900)
        window.show()
        window.ensure_coder()
        window.open_project(path)
        project = window.workbench.project
        busy = project.documents.by_name("druk interview")
        others = [d for d in project.documents.list() if d.id != busy.id]

        # -- open a document with 2,000 quotations ----------------------------------------
        def open_busy() -> None:
            window.open_document(busy.id)
            window.document_view.grab()

        samples = []
        for n in range(10):
            window.open_document(others[n % len(others)].id)  # so the busy one opens anew
            app.processEvents()
            samples.append(timed(open_busy))
        text = project.documents.text(busy.id)
        quotations = project.quotations.list(document_id=busy.id)
        codes = {c.id: c for c in project.codebook.tree()}
        bare = DocumentView()
        bare.resize(window.document_view.size())
        bare.show()
        baselines = [
            timed(lambda: (bare.set_document(busy.id, text, quotations, codes), bare.grab()))
            for _ in range(10)
        ]
        report("workbench_open_document", summary(samples), summary(baselines), "≤ 300 ms")

        # -- apply a code to a selection until painted ----------------------------------------
        window.open_document(busy.id)
        code_ids = list(codes)
        samples = []
        for _ in range(args.runs):
            start = rng.randrange(len(text) - 300)
            end = start + rng.randint(10, 300)
            window.document_view.select_span(start, end)
            code = rng.choice(code_ids)
            samples.append(
                timed(
                    lambda s=start, e=end, c=code: (
                        window.coding.apply_code(c, (busy.id, s, e)),
                        window.document_view.grab(),
                    )
                )
            )
        baselines = []
        for _ in range(args.runs):
            start = rng.randrange(len(text) - 300)
            baselines.append(
                timed(
                    lambda s=start: project.quotations.code_span(
                        busy.id, s, s + 50, rng.choice(code_ids)
                    )
                )
            )
        window.refresh(Changes.of("quotations", "codings"))
        report("workbench_apply_code", summary(samples), summary(baselines), "median ≤ 50 ms")

        # -- scrolling and repainting: no queries ---------------------------------------------
        statements: list[str] = []
        event.listen(project.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
        bar = window.document_view.text_edit.verticalScrollBar()
        scroll = timed(
            lambda: [
                (bar.setValue(v), window.grab())
                for v in range(0, bar.maximum(), max(1, bar.maximum() // 50))
            ]
        )
        report(
            "workbench_scroll_queries",
            {"statements": len(statements), "scroll_50_pages_ms": round(scroll * 1000, 1)},
            target="0 statements",
        )
        window.close()


if __name__ == "__main__":
    main()
