"""Commands on one project: new, import, code, code-add, codes, quotations, stats, doctor."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sbcoder.cli.common import (
    emit_json,
    handler,
    open_project,
    quotation_json,
    rollup_counts,
    snippet,
)


@handler("gui")
def cmd_gui(args: argparse.Namespace) -> int:
    from sbcoder.ui.app import run_gui

    return run_gui(args.project)


@handler("new")
def cmd_new(args: argparse.Namespace) -> int:
    from sbcoder.core.project import Project

    path = Path(args.project)
    if path.suffix == "":
        path = path.with_suffix(".sbc")
    with Project.create(path, name=args.name, template=args.template) as project:
        codes = len(project.codebook.tree())
    if args.json:
        emit_json({"project": str(path), "template": args.template, "codes": codes})
    else:
        print(f"created {path} ({args.template} template, {codes} codes)")
    return 0


@handler("import")
def cmd_import(args: argparse.Namespace) -> int:
    with open_project(args.project, args.coder) as project:
        group_id = case_id = None
        if args.group:
            group = project.organising.group_by_name(args.group)
            group_id = (group or project.organising.create_group(args.group).value).id
        if args.case:
            case = project.organising.case_by_name(args.case)
            case_id = (case or project.organising.create_case(args.case).value).id
        summary, _ = project.documents.import_files(args.files, group_id=group_id, case_id=case_id)
    if args.json:
        emit_json(
            {
                "imported": [
                    {"id": d.id, "name": d.name, "characters": d.length, "sha256": d.sha256}
                    for d in summary.imported
                ],
                "duplicates": [{"file": f, "existing": n} for f, n in summary.duplicates],
                "failures": [{"file": f.path, "reason": f.reason} for f in summary.failures],
            }
        )
    else:
        for doc in summary.imported:
            print(f"imported {doc.name} ({doc.length} characters)")
        for file, existing in summary.duplicates:
            print(f"skipped {file}: the same text is already in the project as {existing!r}")
        for failure in summary.failures:
            print(f"error: {failure.reason}", file=sys.stderr)
    return 1 if summary.failures else 0


@handler("code")
def cmd_code(args: argparse.Namespace) -> int:
    with open_project(args.project, args.coder) as project:
        doc = project.documents.by_name(args.doc)
        code = project.codebook.by_path(args.code)
        outcome = project.quotations.code_span(doc.id, args.start, args.end, code.id)
        quotation = outcome.value
        if args.memo:
            quotation = project.quotations.set_memo(quotation.id, args.memo).value
    if args.json:
        emit_json(quotation_json(quotation, {code.id: code.path}))
    else:
        print(
            f"coded {doc.name} [{quotation.start}:{quotation.end}] with {code.path}: "
            f"{snippet(quotation.text)}"
        )
    return 0


@handler("code-add")
def cmd_code_add(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        code = project.codebook.ensure_path(args.path, args.color, args.description or "").value
    if args.json:
        emit_json({"id": code.id, "uuid": code.uuid, "path": code.path, "color": code.color})
    else:
        print(f"added code {code.path} ({code.color})")
    return 0


@handler("codes")
def cmd_codes(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        tree = project.codebook.tree()
    rolled = rollup_counts(tree)
    if args.json:
        emit_json(
            {
                "codes": [
                    {
                        "id": c.id,
                        "uuid": c.uuid,
                        "path": c.path,
                        "name": c.name,
                        "depth": c.depth,
                        "parent": c.parent_id,
                        "color": c.color,
                        "description": c.description,
                        "memo": c.memo,
                        "quotations": c.quotation_count,
                        "quotations_with_subcodes": rolled[c.id],
                    }
                    for c in tree
                ]
            }
        )
    else:
        for c in tree:
            print(f"{'  ' * c.depth}{c.name}  ({c.quotation_count}; {rolled[c.id]} with sub-codes)")
    return 0


@handler("quotations")
def cmd_quotations(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        tree = project.codebook.tree()
        paths = {c.id: c.path for c in tree}
        code_ids = None
        if args.code:
            code = project.codebook.by_path(args.code)
            code_ids = [code.id, *project.codebook.descendants(code.id)]
        document_id = project.documents.by_name(args.doc).id if args.doc else None
        coder_id = project.coders.by_name(args.coder).id if args.coder else None
        quotations = project.quotations.list(
            document_id=document_id, code_ids=code_ids, coder_id=coder_id
        )
    if args.json:
        emit_json({"quotations": [quotation_json(q, paths) for q in quotations]})
    else:
        for q in quotations:
            codes = ", ".join(paths[c] for c in q.code_ids)
            print(
                f"{q.document_name} [{q.start}:{q.end}] {codes} ({q.coder_name}): {snippet(q.text)}"
            )
    return 0


@handler("stats")
def cmd_stats(args: argparse.Namespace) -> int:
    from sbcoder.core.stats import count_table

    with open_project(args.project) as project:
        table = count_table(project, args.by)
    if args.json:
        emit_json(table.to_json())
        return 0
    width = max([len(r.path) for r in table.rows] + [4])
    print("code".ljust(width), *table.columns, "total", sep="\t")
    for row in table.rows:
        print(row.path.ljust(width), *row.counts.values(), row.total, sep="\t")
    return 0


@handler("doctor")
def cmd_doctor(args: argparse.Namespace) -> int:
    from sbcoder.core.doctor import doctor_report

    report = doctor_report()
    if args.json:
        emit_json(report)
    else:
        for key, value in report.items():
            print(f"{key}: {value}")
    return 0
