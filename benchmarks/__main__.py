"""Run the whole performance suite: `python -m benchmarks [--quick] [--only NAME …]`.

Each scenario prints one JSON line (median, p95, peak RSS, a baseline measured in the
same run and the ratio); all lines are also collected in benchmarks/out/results.jsonl.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import OUT

SUITE = {
    "core": ["--size", "L"],
    "tables": ["--size", "L"],
    "merge": [],
    "agreement_stats": [],
    "exchange": ["--size", "L"],
    "qdpx": [],
    "nlp": [],
    "document_view": [],
    "workbench": ["--size", "L"],
}
QUICK = {
    "core": ["--size", "M"],
    "tables": ["--size", "M"],
    "exchange": ["--size", "M"],
    "workbench": ["--size", "M"],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="size M where a size is asked")
    parser.add_argument("--only", nargs="*", choices=sorted(SUITE), default=None)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    results = OUT / "results.jsonl"
    failed = []
    root = Path(__file__).resolve().parents[1]
    with results.open("a", encoding="utf-8") as sink:
        for name in args.only or SUITE:
            extra = QUICK.get(name, SUITE[name]) if args.quick else SUITE[name]
            print(f"# {name}", flush=True)
            started = time.perf_counter()
            run = subprocess.run(
                [sys.executable, "-m", f"benchmarks.bench_{name}", *extra],
                cwd=root,
                capture_output=True,
                text=True,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            )
            for line in run.stdout.splitlines():
                print(line, flush=True)
                if line.startswith("{"):
                    sink.write(line + "\n")
            if run.returncode != 0:
                failed.append(name)
                print(run.stderr[-2000:], file=sys.stderr)
            print(f"# {name}: {time.perf_counter() - started:.0f} s", flush=True)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
