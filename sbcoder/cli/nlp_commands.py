"""Commands that use spaCy: suggest-themes, suggest-codes."""

from __future__ import annotations

import argparse
import sys

from sbcoder.cli.common import emit_json, handler, open_project


@handler("suggest-themes")
def cmd_suggest_themes(args: argparse.Namespace) -> int:
    from sbcoder.core.suggestions import suggest_themes_for

    with open_project(args.project) as project:
        report = suggest_themes_for(project, args.branch, args.themes)
    if args.json:
        emit_json(report)
        return 0
    print(
        f"{report['n_themes']} suggested themes for {report['n_codes']} codes "
        f"(spaCy pipeline: {report['pipeline']})"
    )
    for theme in report["themes"]:
        print(f"\n{theme['label']}")
        for member in theme["members"]:
            print(f"  {member['score']:.2f}  {member['path']}")
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
