"""REFI-QDA through the core on project L: export to .qdpx and import it back.

Target (issue "REFI-QDA exchange"): each ≤ 10 s. The baseline, measured in the same
run, is zipping the same document texts with the standard library (the part of the
work no .qdpx writer can avoid).
"""

from __future__ import annotations

import argparse
import tempfile
import zipfile
from pathlib import Path

from benchmarks.common import report, summary, timed
from benchmarks.generate import generate
from sbcoder.core.exchange_export import export_qdpx
from sbcoder.core.exchange_import import import_qdpx
from sbcoder.core.project import Project


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", default="L", choices=["S", "M", "L"])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "source.sbc"
        generate(args.size, source)
        project = Project.open(source)
        texts = [project.documents.text(d.id) for d in project.documents.list()]
        exports, imports, baselines = [], [], []
        for run in range(args.runs):
            out = folder / f"out-{run}.qdpx"
            exports.append(timed(lambda o=out: export_qdpx(project, o)))

            def reimport(o: Path = out, r: int = run) -> None:
                copy, _ = import_qdpx(o, folder / f"copy-{r}.sbc")
                copy.close()

            imports.append(timed(reimport))

            def bare(r: int = run) -> None:
                with zipfile.ZipFile(folder / f"bare-{r}.zip", "w", zipfile.ZIP_DEFLATED) as z:
                    for i, text in enumerate(texts):
                        z.writestr(f"sources/{i}.txt", text)

            baselines.append(timed(bare))
        project.close()
        base = summary(baselines)
        report(f"export {args.size} to .qdpx", summary(exports), base, "≤ 10 s")
        report(f"import {args.size} from .qdpx", summary(imports), base, "≤ 10 s")


if __name__ == "__main__":
    main()
