"""Commands for teams of coders: handout, merge, agreement."""

from __future__ import annotations

import argparse
from pathlib import Path

from sbcoder.cli.common import CliError, emit_json, handler, open_project


@handler("handout")
def cmd_handout(args: argparse.Namespace) -> int:
    from sbcoder.core.handout import make_handout

    out = Path(args.out)
    if out.suffix == "":
        out = out.with_suffix(".sbc")
    summary = make_handout(Path(args.master), out, args.coder)
    if args.json:
        emit_json(summary.to_dict())
    else:
        print(
            f"wrote {summary.path} for {summary.coder_name}: {summary.documents} documents, "
            f"{summary.codes} codes, {summary.cases} cases"
        )
    return 0


@handler("merge")
def cmd_merge(args: argparse.Namespace) -> int:
    from sbcoder.core.merge import merge_projects

    with open_project(args.target) as target:
        report = merge_projects(target, [Path(s) for s in args.sources], dry_run=args.dry_run)
    if args.json:
        emit_json(report.to_dict())
    else:
        for line in report.summary_lines():
            print(line)
        if args.dry_run:
            print("dry run: nothing was changed")
    return 0


@handler("agreement")
def cmd_agreement(args: argparse.Namespace) -> int:
    from sbcoder.core.agreement import agreement, agreement_to_json, export_agreement_xlsx

    coders = [c.strip() for c in args.coders.split(",") if c.strip()]
    if len(coders) < 2:
        raise CliError("--coders needs at least two coder names, separated by commas")
    with open_project(args.project) as project:
        code_ids = None
        if args.code:
            code = project.codebook.by_path(args.code)
            code_ids = [code.id, *project.codebook.descendants(code.id)]
        report = agreement(
            project,
            coders,
            args.unit,
            code_ids=code_ids,
            coded_only_scope="any_code" if args.coded_text == "any" else "code",
        )
        data = agreement_to_json(report, project, with_text=args.json)
        if args.xlsx:
            export_agreement_xlsx(report, project, Path(args.xlsx))
    if args.json:
        emit_json(data)
        return 0
    overall = data["overall"]

    def show(value: object) -> str:
        return "—" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)

    print(f"{', '.join(coders)} — unit: {args.unit}")
    print(
        f"overall: {show(overall.get('percent_agreement'))}% agreement, "
        f"kappa {show(overall.get('cohen_kappa'))}, "
        f"alpha {show(overall.get('krippendorff_alpha'))}, "
        f"positive agreement {show(overall.get('positive_agreement'))}"
    )
    for row in data["per_code"]:
        print(
            f"  {row['code']}: {show(row.get('percent_agreement'))}%, "
            f"kappa {show(row.get('cohen_kappa'))}, alpha {show(row.get('krippendorff_alpha'))}"
        )
    print(f"{len(data['disagreements'])} disagreements")
    if args.xlsx:
        print(f"wrote {args.xlsx}")
    return 0
