"""Core scenarios on project L: import, open, one coding, stats — each with a baseline.

Targets (issue "Project core"): import L ≤ 10 s and ≤ 3× a bare SQLite insert of the
same texts; one coding median ≤ 5 ms, p95 ≤ 15 ms, committed to disk; opening L
≤ 0.5 s; peak RSS of a process holding L open ≤ 300 MB.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import report, summary, timed
from benchmarks.generate import generate, texts_for
from sbcoder.core.project import Project


def bare_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    # The same settings as a project's connections (sbcoder.db.project_file).
    for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON"):
        connection.execute(f"PRAGMA {pragma}")
    return connection


def bench_import(folder: Path, size: str) -> None:
    """Import the size's transcripts from .txt files, against bare SQLite inserts.

    Both sides start from the same files on disk: the baseline reads each file
    (`read_text`, UTF-8) and inserts its name and text in a transaction of its own,
    as a program that stores each transcript as it reads it would. The import does
    more per file (encoding detection, the binary-junk check, SHA-256, duplicate and
    name checks, the undo record) and commits a batch of files per transaction. So
    that a batched commit is not mistaken for the whole gain, the same bare inserts
    in one transaction are timed too (`bare_one_transaction`, informational: no
    target refers to it).
    """
    texts = texts_for(size)
    files = []
    for name, text in texts:
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    runs, baselines, one_transaction = [], [], []
    for run in range(3):
        project = Project.create(folder / f"import-{run}.sbc")
        project.coders.set_current("Bench")
        runs.append(timed(lambda p=project: p.documents.import_files(files)))
        assert len(project.documents.list()) == len(files)
        project.close()

        def bare(run: int = run, batched: bool = False) -> None:
            suffix = "one" if batched else "each"
            connection = bare_connection(folder / f"bare-{suffix}-{run}.db")
            connection.execute(
                "CREATE TABLE documents (id INTEGER PRIMARY KEY, name TEXT, text TEXT)"
            )
            if batched:
                connection.execute("BEGIN")
            for path in files:
                if not batched:
                    connection.execute("BEGIN")
                connection.execute(
                    "INSERT INTO documents (name, text) VALUES (?, ?)",
                    (path.stem, path.read_text(encoding="utf-8")),
                )
                if not batched:
                    connection.execute("COMMIT")
            if batched:
                connection.execute("COMMIT")
            connection.close()

        baselines.append(timed(bare))
        one_transaction.append(timed(lambda run=run: bare(run, batched=True)))
    result = summary(runs)
    result["bare_one_transaction"] = summary(one_transaction)
    result["ratio_to_one_transaction"] = round(
        result["median_ms"] / result["bare_one_transaction"]["median_ms"], 2
    )
    report(
        f"import {size} from .txt ({len(files)} files)",
        result,
        summary(baselines),
        "≤ 10 s and ≤ 3× bare SQLite inserts",
    )


OPEN_SCRIPT = """
import json, sys, time
from benchmarks.common import own_peak_rss_mb
before_imports = time.perf_counter()
from sbcoder.core.project import Project
start = time.perf_counter()
project = Project.open(sys.argv[1])
documents = project.documents.list()
tree = project.codebook.tree()
first = project.quotations.list(document_id=documents[0].id)
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "rss": own_peak_rss_mb(), "docs": len(documents),
                  "imports": start - before_imports}))
project.close()
"""


def bench_open(path: Path) -> None:
    runs, rss, imports = [], [], []
    for _ in range(5):
        out = subprocess.run(
            [sys.executable, "-c", OPEN_SCRIPT, str(path)],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).resolve().parents[1],
        )
        data = json.loads(out.stdout)
        runs.append(data["seconds"])
        rss.append(data["rss"])
        imports.append(data["imports"])

    def bare() -> None:
        connection = sqlite3.connect(path)
        connection.execute("SELECT id, name, length FROM documents").fetchall()
        connection.execute("SELECT * FROM codes").fetchall()
        connection.close()

    baselines = [timed(bare) for _ in range(5)]
    result = summary(runs)
    result["holding_process_peak_rss_mb"] = max(rss)
    result["python_imports_before_open_ms"] = round(sorted(imports)[len(imports) // 2] * 1000)
    report(
        "open L (open, list documents, code tree, one document's quotations)",
        result,
        summary(baselines),
        "≤ 500 ms; RSS ≤ 300 MB",
    )


def bench_coding(path: Path, runs: int = 300) -> None:
    rng = random.Random(7)
    project = Project.open(path)
    project.coders.set_current("Coder 1")
    documents = project.documents.list()
    codes = project.codebook.tree()
    samples = []
    for _ in range(runs):
        doc = rng.choice(documents)
        start = rng.randrange(doc.length - 200)
        code = rng.choice(codes)
        end = start + rng.randint(20, 200)
        samples.append(
            timed(
                lambda d=doc, s=start, e=end, c=code: project.quotations.code_span(d.id, s, e, c.id)
            )
        )
    project.close()
    connection = bare_connection(path)
    baselines = []
    for i in range(runs):

        def bare(i: int = i) -> None:
            connection.execute("BEGIN")
            cursor = connection.execute(
                'INSERT INTO quotations (uuid, document_id, start, "end", memo, coder_id, '
                "created, modified) VALUES (?, 1, 0, 10, '', 1, '2025-01-01', '2025-01-01')",
                (f"bare-{i}",),
            )
            connection.execute(
                "INSERT INTO codings (uuid, quotation_id, code_id, coder_id, created) "
                "VALUES (?, ?, 1, 1, '2025-01-01')",
                (f"bare-c-{i}", cursor.lastrowid),
            )
            connection.execute("COMMIT")

        baselines.append(timed(bare))
    connection.close()
    report(
        "create one coding in L (code_span, committed)",
        summary(samples),
        summary(baselines),
        "median ≤ 5 ms, p95 ≤ 15 ms",
    )


def bench_stats(path: Path) -> None:
    from sbcoder.core.stats import count_table

    project = Project.open(path)
    runs = [timed(lambda: count_table(project, "document")) for _ in range(5)]
    project.close()
    connection = sqlite3.connect(path)
    query = (
        "SELECT c.code_id, q.document_id, count(DISTINCT c.quotation_id) FROM codings c "
        "JOIN quotations q ON q.id = c.quotation_id GROUP BY c.code_id, q.document_id"
    )
    baselines = [timed(lambda: connection.execute(query).fetchall()) for _ in range(5)]
    connection.close()
    report("stats L by document", summary(runs), summary(baselines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", default="L", choices=["S", "M", "L"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_import(folder, args.size)
        project_path = folder / f"{args.size}.sbc"
        generate(args.size, project_path)
        bench_open(project_path)
        bench_coding(project_path)
        bench_stats(project_path)


if __name__ == "__main__":
    main()
