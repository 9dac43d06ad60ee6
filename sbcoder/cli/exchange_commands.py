"""Commands that write or read other files: export (xlsx, csv, qdpx, qdc), import-qdpx."""

from __future__ import annotations

import argparse
from pathlib import Path

from sbcoder.cli.common import CliError, emit_json, handler, open_project


@handler("export")
def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    suffix = out.suffix.lower()
    with open_project(args.project) as project:
        if suffix == ".xlsx":
            from sbcoder.core.export_tables import export_workbook

            written = [export_workbook(project, out, language=args.language)]
        elif suffix == ".csv":
            from sbcoder.core.export_tables import export_csv

            written = export_csv(project, out, language=args.language)
        elif suffix == ".qdpx":
            from sbcoder.core.exchange_export import export_qdpx

            export_qdpx(project, out)
            written = [out]
        elif suffix == ".qdc":
            from sbcoder.core.exchange_export import export_qdc

            export_qdc(project, out)
            written = [out]
        else:
            raise CliError(f"{out.name}: export to .xlsx, .csv, .qdpx or .qdc")
    if args.json:
        emit_json({"written": [str(p) for p in written]})
    else:
        for path in written:
            print(f"wrote {path}")
    return 0


@handler("import-qdpx")
def cmd_import_qdpx(args: argparse.Namespace) -> int:
    from sbcoder.core.exchange_import import import_qdpx

    target = Path(args.project)
    if target.suffix == "":
        target = target.with_suffix(".sbc")
    project, summary = import_qdpx(args.source, target)
    project.close()
    if args.json:
        emit_json({"project": str(target), **summary.to_json()})
    else:
        counts = ", ".join(f"{n} {kind}" for kind, n in summary.counts.items())
        print(f"created {target} from {args.source}: {counts}")
        if summary.position_dialect:
            reason = f" ({summary.dialect_reason})" if summary.dialect_reason else ""
            print(f"positions counted as: {summary.position_dialect}{reason}")
        for line in summary.unsupported:
            print(f"not imported: {line}")
        for line in summary.warnings:
            print(f"note: {line}")
    return 0
