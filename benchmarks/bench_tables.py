"""Analysis tables and Excel export on project L (200 documents × 8,000 words, 300 codes,
100,000 codings by 3 coders, from benchmarks/generate.py).

Targets (issue "Analysis tables and Excel export"):
- code frequency table by document ≤ 300 ms (measured cold: reading the project
  included, as a view refreshing after an edit would);
- co-occurrence table ≤ 1 s (cold, both modes);
- the full workbook export ≤ 1.5× the time openpyxl in write-only mode needs to write
  the same cell values (no styles, no widths, no temporary file) — both measured in
  this run, alternating, so machine load hits both alike.
Each scenario prints one JSON line (benchmarks.common.report).

Run: .venv/bin/python -m benchmarks.bench_tables [--size L] [--runs 5] [--skip-export]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from benchmarks.common import report, summary, timed
from benchmarks.generate import generate
from sbcoder.core.analysis import frequency_table
from sbcoder.core.analysis_cimo import cimo_matrix
from sbcoder.core.analysis_cooccurrence import co_occurrence_table
from sbcoder.core.analysis_data import load_analysis_data
from sbcoder.core.analysis_quotations import quotations_table
from sbcoder.core.export_tables import export_workbook, info_sheet, table_to_sheet, workbook_tables
from sbcoder.core.project import Project
from sbcoder.formats.csv_writer import SheetData


def plain_write_only(path: Path, sheets: list[SheetData]) -> None:
    """The baseline: the same cell values through openpyxl write-only, nothing else."""
    workbook = Workbook(write_only=True)
    for sheet in sheets:
        worksheet = workbook.create_sheet(title=sheet.name[:31])
        worksheet.append([c.label for c in sheet.columns])
        for row in sheet.rows:
            worksheet.append(row)
    workbook.save(path)


def measured(function: Callable[[], object], runs: int) -> dict[str, float]:
    """Wall-time summary of `runs` calls, with the median CPU time of this process
    beside it (other processes on a shared machine stretch wall time, not CPU time)."""
    walls, cpus = [], []
    for _ in range(runs):
        cpu = time.process_time()
        walls.append(timed(function))
        cpus.append(time.process_time() - cpu)
    result = summary(walls)
    result["cpu_median_ms"] = round(statistics.median(cpus) * 1000, 1)
    return result


def bench_tables(project: Project, runs: int, size: str) -> None:
    data = load_analysis_data(project)
    report(f"load analysis data ({size})", measured(lambda: load_analysis_data(project), runs))
    report(
        f"frequency table by document ({size}, cold)",
        measured(lambda: frequency_table(project, "document"), runs),
        measured(lambda: frequency_table(project, "document", data=data), runs),
        "≤ 300 ms cold; baseline = the same table from an already loaded snapshot",
    )
    for by in ("case", "coder"):
        report(
            f"frequency table by {by} ({size}, warm)",
            measured(lambda b=by: frequency_table(project, b, data=data), runs),
        )
    measures = ("quotations", "words", "characters")
    report(
        f"frequency table by document, words and characters ({size}, warm)",
        measured(lambda: frequency_table(project, measures=measures, data=data), runs),
    )
    for mode in ("quotation", "overlap"):
        report(
            f"co-occurrence table, mode {mode} ({size}, cold)",
            measured(lambda m=mode: co_occurrence_table(project, mode=m), runs),
            target="≤ 1 s",
        )
    report(
        f"CIMO matrix by document ({size}, warm)",
        measured(lambda: cimo_matrix(project, rows="document", data=data), runs),
    )
    report(
        f"quotations list ({size}, warm)",
        measured(lambda: quotations_table(project, data=data), runs),
    )
    table = frequency_table(project, "document", data=data)
    report(
        f"drill-down, first cell (sorts once) then others ({size})",
        summary([timed(lambda r=r: table.quotation_ids(r, 0)) for r in range(runs)]),
    )


EXPORT_SCRIPT = """
import json, sys
from benchmarks.common import own_peak_rss_mb
from sbcoder.core.export_tables import export_workbook
from sbcoder.core.project import Project
project = Project.open(sys.argv[1])
opened = own_peak_rss_mb()
export_workbook(project, sys.argv[2])
project.close()
print(json.dumps({"opened": opened, "peak": own_peak_rss_mb()}))
"""


def export_alone_rss(project: Project, target: Path) -> dict[str, float]:
    """Peak RSS of a fresh process that opens the project and exports the workbook.

    The benchmark process's own peak also counts the tables it keeps for the
    baseline and the scenarios before, so it says little about the export.
    """
    out = subprocess.run(
        [sys.executable, "-c", EXPORT_SCRIPT, str(project.path), str(target)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_export(project: Project, folder: Path, runs: int, size: str) -> None:
    data = load_analysis_data(project)
    tables = workbook_tables(project, data=data)
    sheets = [table_to_sheet(t) for t in tables]
    sheets.append(info_sheet(project, data, None, "nl", tables, None))
    cells = sum(len(s.rows) * len(s.columns) for s in sheets)
    ours, baseline, ours_cpu, baseline_cpu = [], [], [], []
    for run in range(runs):
        cpu = time.process_time()
        baseline.append(timed(lambda r=run: plain_write_only(folder / f"plain-{r}.xlsx", sheets)))
        baseline_cpu.append(time.process_time() - cpu)
        cpu = time.process_time()
        ours.append(timed(lambda r=run: export_workbook(project, folder / f"export-{r}.xlsx")))
        ours_cpu.append(time.process_time() - cpu)
    size_mb = round((folder / "export-0.xlsx").stat().st_size / 1e6, 1)
    result = summary(ours)
    # CPU time as well: on a shared machine other processes stretch wall time unevenly
    # between the two, but hardly this process's own CPU time.
    result["cpu_median_ms"] = round(statistics.median(ours_cpu) * 1000, 1)
    result["cpu_ratio"] = round(statistics.median(ours_cpu) / statistics.median(baseline_cpu), 2)
    alone = export_alone_rss(project, folder / "alone.xlsx")
    result["export_process_peak_rss_mb"] = alone["peak"]
    result["export_process_rss_after_open_mb"] = alone["opened"]
    report(
        f"export workbook ({size}: {len(sheets)} sheets, {cells} cells, {size_mb} MB)",
        result,
        summary(baseline),
        "≤ 1.5× openpyxl write-only writing the same values",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="L", choices=["S", "M", "L"])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-export", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sbcoder-bench-tables-") as tmp:
        folder = Path(tmp)
        generate(args.size, folder / "project.sbc")
        project = Project.open(folder / "project.sbc")
        try:
            bench_tables(project, args.runs, args.size)
            if not args.skip_export:
                bench_export(project, folder, max(3, args.runs // 2), args.size)
        finally:
            project.close()


if __name__ == "__main__":
    main()
