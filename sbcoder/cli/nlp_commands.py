"""Commands that use spaCy: suggest-themes, suggest-codes."""

from __future__ import annotations

import argparse
import sys

from sbcoder.cli.common import emit_json, handler, open_project


@handler("suggest-themes")
def cmd_suggest_themes(args: argparse.Namespace) -> int:
    """Suggested themes as the app's dialog shows them: the researcher's remembered
    decisions applied, unless --fresh."""
    from sbcoder.core.suggestions import suggest_remembered_themes

    with open_project(args.project) as project:
        suggestions = suggest_remembered_themes(project, args.branch, args.themes, fresh=args.fresh)
    report = suggestions.report
    if args.json:
        emit_json(report)
        return 0
    print(
        f"{report['n_themes']} suggested themes for {report['n_codes']} codes "
        f"(spaCy pipeline: {report['pipeline']})"
    )
    if report.get("structure"):
        print(f"also weighed where the codes are used: {', '.join(report['structure'])}")
    remembered = report["remembered"]
    if any(remembered.values()):
        print(
            f"remembered from the app: {remembered['pinned']} pinned, "
            f"{remembered['dropped']} dropped, {remembered['renamed']} renamed "
            "(--fresh ignores them)"
        )
    for theme in report["themes"]:
        print(f"\n{theme['label']}")
        for member in theme["members"]:
            mark = "pinned" if member["pinned"] else f"{member['score']:.2f}"
            print(f"  {mark:>6}  {member['path']}")
    if report["left_out"]:
        print("\nLeft out")
        for code in report["left_out"]:
            print(f"          {code['path']}")
    return 0


@handler("suggest-codes")
def cmd_suggest_codes(args: argparse.Namespace) -> int:
    from sbcoder.core.suggestions import CodeSuggester

    text = sys.stdin.read() if args.text == "-" else args.text
    with open_project(args.project) as project:
        suggester = CodeSuggester.build(project)
        ranked = suggester.rank(text, args.top)
    if args.json:
        emit_json({"pipeline": suggester.pipeline.name, "codes": ranked})
    else:
        for row in ranked:
            print(f"{row['score']:.3f}  {row['path']}")
    return 0
