"""Merging two coders' copies into the master, and their agreement — each with a baseline.

Targets (issue "Several coders"): merging two coder copies of a project of 200 documents ×
8,000 words with 50,000 codings each into the master ≤ 5 s, and ≤ 3× a bare SQLite
`INSERT … SELECT` of the same rows (quotations and codings, no matching) measured in the
same run; agreement of the two coders over all of it at character level ≤ 2 s.

Workload: the master is `benchmarks.generate` size L without codings (200 transcripts,
300 codes). Two hand-out copies (Anna, Bob) each get 50,000 codings on 50,000 quotations by
set-based SQL with a fixed seed, Bob re-coding most of Anna's passages with shifted
boundaries, and 10 codes of their own each. Every run merges into a fresh copy of the
master file. Prints one JSON line per scenario.

Run: .venv/bin/python -m benchmarks.bench_merge [--repeat N]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import report, summary, timed
from benchmarks.generate import generate
from sbcoder.core.agreement import agreement
from sbcoder.core.handout import make_handout
from sbcoder.core.merge import merge_projects
from sbcoder.core.project import Project

CODINGS_PER_COPY = 50_000
STAMP = "2025-06-01 12:00:00.000000"


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def code_copy(path: Path, coder: str, seed: int, anchor: list[tuple] | None) -> list[tuple]:
    """Give a hand-out copy 50,000 codings by its coder (raw SQL, deterministic).

    With `anchor` (the other coder's passages) 80 % of the passages are those with jittered
    boundaries, the rest its own. Returns (document, start, end, code) of every coding.
    """
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    with conn:
        coder_id = conn.execute("SELECT id FROM coders WHERE name = ?", (coder,)).fetchone()[0]
        lengths = dict(conn.execute("SELECT id, length FROM documents"))
        doc_ids = sorted(lengths)
        code_ids = [row[0] for row in conn.execute("SELECT id FROM codes ORDER BY id")]
        parents = rng.sample(code_ids, 10)
        for number, parent in enumerate(parents):
            cursor = conn.execute(
                "INSERT INTO codes (uuid, parent_id, name, color, description, memo, position, "
                "created, created_by) VALUES (?, ?, ?, '#4E79A7', '', '', 1000, ?, ?)",
                (_uuid(rng), parent, f"{coder} eigen {number + 1}", STAMP, coder_id),
            )
            code_ids.append(int(cursor.lastrowid))
        spans = []
        for number in range(CODINGS_PER_COPY):
            if anchor is not None and rng.random() < 0.8:
                doc, start, end, code = anchor[number]
                start = max(0, start + rng.randint(-30, 30))
                end = min(lengths[doc], max(start + 1, end + rng.randint(-30, 30)))
            else:
                doc = rng.choice(doc_ids)
                size = rng.randint(20, 800)
                start = rng.randrange(lengths[doc] - size)
                end = start + size
                code = rng.choice(code_ids)
            spans.append((doc, start, end, code))
        first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM quotations").fetchone()[0]
        conn.executemany(
            'INSERT INTO quotations (id, uuid, document_id, start, "end", memo, coder_id, '
            "created, modified) VALUES (?, ?, ?, ?, ?, '', ?, ?, ?)",
            [
                (first + n, _uuid(rng), doc, start, end, coder_id, STAMP, STAMP)
                for n, (doc, start, end, _) in enumerate(spans)
            ],
        )
        conn.executemany(
            "INSERT INTO codings (uuid, quotation_id, code_id, coder_id, created) "
            "VALUES (?, ?, ?, ?, ?)",
            [(_uuid(rng), first + n, code, coder_id, STAMP) for n, (*_, code) in enumerate(spans)],
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return spans


def bare_insert_select(target: Path, sources: list[Path]) -> None:
    """The floor: copy the copies' quotations and codings into the master with plain
    INSERT … SELECT (ids shifted, nothing matched), with a project's pragmas."""
    conn = sqlite3.connect(target, isolation_level=None)
    # The same settings as the merge's own connection (sbcoder.core.merge_sql.connect).
    for pragma in (
        "foreign_keys = ON",
        "synchronous = FULL",
        "temp_store = MEMORY",
        "cache_size = -65536",
    ):
        conn.execute(f"PRAGMA {pragma}")
    for number, source in enumerate(sources):
        conn.execute(f"ATTACH DATABASE ? AS s{number}", (str(source),))
    conn.execute("BEGIN IMMEDIATE")
    # Codes up to `base` are the master's (the copies share them); above it, the copies'
    # own codes, shifted to free ids like the quotations.
    base = conn.execute("SELECT max(id) FROM codes").fetchone()[0]
    for number in range(len(sources)):
        shift = conn.execute("SELECT max(id) FROM quotations").fetchone()[0] or 0
        code_shift = conn.execute("SELECT max(id) FROM codes").fetchone()[0] - base
        conn.execute(
            f"INSERT INTO codes (id, uuid, parent_id, name, color, description, memo, position, "
            f"created, created_by) SELECT id + {code_shift}, uuid, parent_id, name, color, "
            f"description, memo, position, created, NULL FROM s{number}.codes WHERE id > {base}"
        )
        conn.execute(
            f'INSERT INTO quotations (id, uuid, document_id, start, "end", memo, coder_id, '
            f'created, modified) SELECT id + {shift}, uuid, document_id, start, "end", memo, '
            f"NULL, created, modified FROM s{number}.quotations"
        )
        conn.execute(
            f"INSERT INTO codings (uuid, quotation_id, code_id, coder_id, created) "
            f"SELECT uuid, quotation_id + {shift}, "
            f"code_id + (CASE WHEN code_id > {base} THEN {code_shift} ELSE 0 END), NULL, "
            f"created FROM s{number}.codings"
        )
    conn.execute("COMMIT")
    conn.close()


def cpu_timed(function: Callable[[], object], cpu: list[float]) -> float:
    """Wall seconds of one call; its CPU seconds are appended to `cpu`.

    The CPU time (SQLite runs in this process) shows the cost apart from other load on a
    shared machine, which can stretch the wall clock two- or threefold.
    """
    start = time.process_time()
    wall = timed(function)
    cpu.append(time.process_time() - start)
    return wall


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        master = folder / "master.sbc"
        generate("L", master, with_codings=False)
        anna, bob = folder / "anna.sbc", folder / "bob.sbc"
        handout_seconds = timed(lambda: make_handout(master, anna, "Anna"))
        make_handout(master, bob, "Bob")
        anna_spans = code_copy(anna, "Anna", 1, None)
        code_copy(bob, "Bob", 2, anna_spans)

        merges, bares, cpu, bare_cpu, agreement_cpu = [], [], [], [], []
        for run in range(args.repeat):
            target = folder / f"target{run}.sbc"
            shutil.copy(master, target)
            with Project.open(target) as project:
                merges.append(cpu_timed(lambda p=project: merge_projects(p, [anna, bob]), cpu))
            bare = folder / f"bare{run}.sbc"
            shutil.copy(master, bare)
            bares.append(cpu_timed(lambda b=bare: bare_insert_select(b, [anna, bob]), bare_cpu))
        with Project.open(folder / "target0.sbc") as project:
            again = merge_projects(project, [anna, bob])
            assert again.added == 0, "merging again must add nothing"
            counts = again.counts
            assert counts["codings"].present == 2 * CODINGS_PER_COPY
            remerge = [timed(lambda p=project: merge_projects(p, [anna, bob]))]
            report(
                "merge two coder copies (L, 2 × 50,000 codings) into the master",
                {
                    **summary(merges),
                    "handout_ms": round(handout_seconds * 1000, 1),
                    "remerge_all_present_ms": round(remerge[0] * 1000, 1),
                    "cpu_median_ms": _median_ms(cpu),
                },
                baseline={
                    "what": "bare INSERT … SELECT of the same rows",
                    **summary(bares),
                    "cpu_median_ms": _median_ms(bare_cpu),
                },
                target="≤ 5 s and ≤ 3× baseline",
            )
            runs = [
                cpu_timed(lambda p=project: agreement(p, ["Anna", "Bob"]), agreement_cpu)
                for _ in range(args.repeat)
            ]
            result = agreement(project, ["Anna", "Bob"])
            report(
                "agreement of 2 coders, character level, all of L",
                {
                    **summary(runs),
                    "codes": len(result.per_code),
                    "disagreements": len(result.disagreements),
                    "overall_alpha": result.overall.krippendorff_alpha,
                    "cpu_median_ms": _median_ms(agreement_cpu),
                },
                target="≤ 2 s",
            )


if __name__ == "__main__":
    main()
