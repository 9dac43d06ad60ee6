"""The argument parser of `sbcoder` (the contract in DESIGN.md)."""

from __future__ import annotations

import argparse

from sbcoder import __version__
from sbcoder.cli.selftest import add_check_options


def _json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON document")


def build_parser() -> argparse.ArgumentParser:
    """The parser with every sub-command."""
    parser = argparse.ArgumentParser(
        prog="sbcoder",
        description="Offline qualitative coding of interview transcripts.",
    )
    parser.add_argument("--version", action="version", version=f"sbcoder {__version__}")
    add_check_options(parser)  # --self-test, --startup-probe: run and exit, like --version
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("gui", help="open the desktop app")
    p.add_argument("project", nargs="?", help="a project file (.sbc) to open")

    p = sub.add_parser("new", help="create a project")
    p.add_argument("project")
    p.add_argument("--template", choices=["cimo", "empty"], default="empty")
    p.add_argument("--name", help="the project's name (default: the file name)")
    _json(p)

    p = sub.add_parser("import", help="import transcripts (txt, docx, odt, pdf, rtf, md)")
    p.add_argument("project")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--group", help="put the documents in this document group")
    p.add_argument("--case", help="attach the documents to this case")
    p.add_argument("--coder")
    _json(p)

    p = sub.add_parser("code", help="code a passage")
    p.add_argument("project")
    p.add_argument("--doc", required=True, help="document name")
    p.add_argument("--start", type=int, required=True, help="first character (0-based)")
    p.add_argument("--end", type=int, required=True, help="end character (exclusive)")
    p.add_argument(
        "--code", required=True, help="code path, e.g. Mechanisme/Versterkend/Vertrouwen"
    )
    p.add_argument("--coder")
    p.add_argument("--memo")
    _json(p)

    p = sub.add_parser("code-add", help="add a code (and its missing parents)")
    p.add_argument("project")
    p.add_argument("path")
    p.add_argument("--color", help="#RRGGBB")
    p.add_argument("--description")
    _json(p)

    p = sub.add_parser("codes", help="the code tree with counts")
    p.add_argument("project")
    _json(p)

    p = sub.add_parser("quotations", help="list quotations")
    p.add_argument("project")
    p.add_argument("--code", help="a code path (its sub-codes included)")
    p.add_argument("--doc", help="a document name")
    p.add_argument("--coder", help="a coder name")
    _json(p)

    p = sub.add_parser("stats", help="quotation counts per code and document/case/coder")
    p.add_argument("project")
    p.add_argument("--by", choices=["document", "case", "coder"], default="document")
    _json(p)

    p = sub.add_parser("export", help="write tables (.xlsx, .csv) or the project (.qdpx, .qdc)")
    p.add_argument("project")
    p.add_argument("out", help="a file ending in .xlsx, .csv, .qdpx or .qdc")
    p.add_argument(
        "--language",
        choices=["nl", "en"],
        default="nl",
        help="language of the table headers (default nl)",
    )
    _json(p)

    p = sub.add_parser("import-qdpx", help="a new project from a REFI-QDA .qdpx file")
    p.add_argument("project", help="the new project file (.sbc) to create")
    p.add_argument("source", help="the .qdpx file")
    _json(p)

    p = sub.add_parser("handout", help="a coder's copy: documents and codebook of a master")
    p.add_argument("master")
    p.add_argument("out")
    p.add_argument("--coder", required=True, help="the coder who will code the copy")
    _json(p)

    p = sub.add_parser("merge", help="bring coders' projects into one (all or nothing)")
    p.add_argument("target")
    p.add_argument("sources", nargs="+", metavar="SOURCE")
    p.add_argument("--dry-run", action="store_true", help="report what would happen only")
    _json(p)

    p = sub.add_parser("agreement", help="intercoder agreement (percent, kappa, alpha)")
    p.add_argument("project")
    p.add_argument("--coders", required=True, help="two or more names, comma-separated")
    p.add_argument("--unit", choices=["character", "sentence", "paragraph"], default="character")
    p.add_argument("--code", help="only this code (and its sub-codes)")
    p.add_argument(
        "--coded-text",
        choices=["code", "any"],
        default="code",
        help="'coded text only' figures: text coded with that code (default) "
        "or with any of the chosen codes",
    )
    p.add_argument("--xlsx", help="also write the report to this Excel file")
    _json(p)

    p = sub.add_parser("suggest-themes", help="suggested clusters of codes into themes")
    p.add_argument("project")
    p.add_argument("--branch", help="cluster the codes under this code path")
    p.add_argument("--themes", type=int, help="how many themes (default: chosen)")
    p.add_argument(
        "--fresh",
        action="store_true",
        help="ignore the codes moved or dropped and the themes renamed in the app's "
        "Suggested themes dialog (remembered in the project and applied by default)",
    )
    _json(p)

    p = sub.add_parser("suggest-codes", help="codes ranked for a passage")
    p.add_argument("project")
    p.add_argument("--text", required=True, help="the passage ('-' reads standard input)")
    p.add_argument("--top", type=int, default=10)
    _json(p)

    p = sub.add_parser("doctor", help="versions, active spaCy pipeline, paths")
    _json(p)
    return parser
