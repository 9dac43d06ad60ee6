"""What the command-line commands share: the handler registry, JSON output, opening."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

Handler = Callable[[argparse.Namespace], int]
HANDLERS: dict[str, Handler] = {}


class CliError(Exception):
    """A one-line reason to print on stderr."""


def handler(name: str) -> Callable[[Handler], Handler]:
    """Register a function as the handler of a sub-command."""

    def register(function: Handler) -> Handler:
        HANDLERS[name] = function
        return function

    return register


def emit_json(data: Any) -> None:
    """Print one JSON document on stdout."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def open_project(path: str, coder: str | None = None):
    """Open a project for one command, with the coder set (named, stored, or the OS user)."""
    from sbcoder.core.project import Project

    project = Project.open(path)
    if project.in_use_warning:
        print(f"warning: {project.in_use_warning}", file=sys.stderr)
    name = coder or project.info().get("default_coder") or os.environ.get("SBCODER_CODER")
    if name is None:
        try:
            name = getpass.getuser()
        except Exception:  # no user name on this system: record no coder
            name = None
    if name:
        project.coders.set_current(name)
    return project


def snippet(text: str, limit: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def quotation_json(q: Any, paths: dict[int, str]) -> dict[str, Any]:
    """The JSON shape of one quotation."""
    return {
        "id": q.id,
        "uuid": q.uuid,
        "document": q.document_name,
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "codes": [paths.get(c, str(c)) for c in q.code_ids],
        "coder": q.coder_name,
        "memo": q.memo,
        "created": q.created.isoformat(),
    }


def rollup_counts(tree: Sequence[Any]) -> dict[int, int]:
    """Quotation counts with every code's sub-codes added (a quotation may count twice)."""
    rolled = {c.id: c.quotation_count for c in tree}
    for code in reversed(tree):  # depth-first order: children come after their parent
        if code.parent_id is not None:
            rolled[code.parent_id] += rolled[code.id]
    return rolled
