"""Benchmark REFI-QDA export and import on a large project.

Builds, deterministically, 200 documents of 50,000 characters (Dutch-like words,
line breaks, some emoji) with 100,000 codings on 50,000 quotations, then times
``write_qdpx`` and ``read_qdpx``; also times reading the same file as if another
tool had written it (origin changed), which makes the reader detect the position
dialect. Prints one JSON line. Target: write and read each at most 10 s.

    .venv/bin/python benchmarks/bench_qdpx.py [--sources N] [--chars N] [--codings N]
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
import uuid
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sbcoder.formats.interchange import (
    CodeNode,
    Coding,
    ProjectSnapshot,
    Quotation,
    TextSource,
    User,
)
from sbcoder.formats.qdpx import read_qdpx, write_qdpx

_WORDS = [
    "de",
    "het",
    "een",
    "buurt",
    "bewoners",
    "initiatief",
    "vertrouwen",
    "gemeente",
    "samen",
    "ontmoeten",
    "activiteiten",
    "vrijwilligers",
    "ouderen",
    "jongeren",
    "wijk",
    "huis",
    "koffie",
    "ochtend",
    "gesprek",
    "hulp",
    "zorg",
    "netwerk",
    "mensen",
    "elkaar",
    "kennen",
    "groeit",
    "langzaam",
    "eenzaamheid",
    "participatie",
    "😀",
    "🏘️",
    "👍",
]


def _guid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _text(rng: random.Random, length: int) -> str:
    parts: list[str] = []
    size = 0
    while size < length:
        word = rng.choice(_WORDS)
        separator = "\n" if rng.random() < 0.04 else " "
        parts.append(word + separator)
        size += len(word) + 1
    return "".join(parts)[:length]


def build_snapshot(sources: int, chars: int, codings: int, seed: int = 2025) -> ProjectSnapshot:
    """A deterministic project of the given size (two codings per quotation)."""
    rng = random.Random(seed)
    users = [User(_guid(rng), name) for name in ("Anna", "Bram", "Chris")]
    codes = [CodeNode(_guid(rng), f"Thema {n}", "#336699", "", False, None, n) for n in range(10)]
    codes += [
        CodeNode(_guid(rng), f"Code {n}", None, f"Definitie {n}", True, codes[n % 10].guid, n // 10)
        for n in range(90)
    ]
    codable = [code.guid for code in codes[10:]]
    quotations_per_source = max(1, codings // 2 // sources)
    start_time = datetime(2025, 1, 1, tzinfo=UTC)
    documents = []
    for number in range(sources):
        text = _text(rng, chars)
        quotations = []
        for _ in range(quotations_per_source):
            start = rng.randrange(0, len(text) - 200)
            end = start + rng.randrange(20, 200)
            user = rng.choice(users).guid
            moment = start_time + timedelta(seconds=rng.randrange(10**7))
            quotations.append(
                Quotation(
                    _guid(rng),
                    start,
                    end,
                    moment,
                    user,
                    "",
                    [Coding(_guid(rng), rng.choice(codable), user, moment) for _ in range(2)],
                )
            )
        documents.append(
            TextSource(_guid(rng), f"Interview {number + 1}", text, quotations=quotations)
        )
    return ProjectSnapshot(name="Benchmark", users=users, codes=codes, sources=documents)


def _as_foreign(path: Path, target: Path) -> None:
    """Copy ``path`` with another tool's origin, so the reader must detect the dialect."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "project.qde":
                data = data.replace(b'origin="sbcoder', b'origin="OtherTool', 1)
            out.writestr(info.filename, data)


def main() -> None:
    """Run the benchmark and print one JSON line of timings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=200)
    parser.add_argument("--chars", type=int, default=50_000)
    parser.add_argument("--codings", type=int, default=100_000)
    arguments = parser.parse_args()

    began = time.perf_counter()
    snapshot = build_snapshot(arguments.sources, arguments.chars, arguments.codings)
    build_s = time.perf_counter() - began
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.qdpx"
        began, began_cpu = time.perf_counter(), time.process_time()
        write_qdpx(snapshot, path)
        write_s = time.perf_counter() - began
        write_cpu_s = time.process_time() - began_cpu
        began, began_cpu = time.perf_counter(), time.process_time()
        again, report = read_qdpx(path)
        read_s = time.perf_counter() - began
        read_cpu_s = time.process_time() - began_cpu
        foreign = Path(folder) / "foreign.qdpx"
        _as_foreign(path, foreign)
        began = time.perf_counter()
        _, foreign_report = read_qdpx(foreign)
        read_foreign_s = time.perf_counter() - began
        size = path.stat().st_size
    codings = sum(len(q.codings) for s in again.sources for q in s.quotations)
    print(
        json.dumps(
            {
                "benchmark": "qdpx",
                "sources": arguments.sources,
                "chars_per_source": arguments.chars,
                "quotations": report.counts["quotations"],
                "codings": codings,
                "file_bytes": size,
                "build_s": round(build_s, 3),
                "write_s": round(write_s, 3),
                "read_s": round(read_s, 3),
                "read_foreign_s": round(read_foreign_s, 3),
                # CPU seconds of this process: what the work costs when the machine is busy.
                "write_cpu_s": round(write_cpu_s, 3),
                "read_cpu_s": round(read_cpu_s, 3),
                "foreign_dialect": foreign_report.position_dialect,
                "within_target": write_s <= 10 and read_s <= 10,
            }
        )
    )


if __name__ == "__main__":
    main()
