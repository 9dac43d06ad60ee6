"""The command line: the same core services as the desktop app.

`--json` prints one JSON document on stdout and nothing else there. Errors print one
line on stderr and exit with status 1 (2 for a malformed command line); a failed
command never leaves a half-written project, because every service call is one
transaction.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from sbcoder.cli import (  # noqa: F401 - importing registers the handlers
    exchange_commands,
    nlp_commands,
    project_commands,
    team_commands,
)
from sbcoder.cli.common import HANDLERS, CliError
from sbcoder.cli.parser import build_parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments or not (arguments[0] in HANDLERS or arguments[0].startswith("-")):
        arguments = ["gui", *arguments]  # `sbcoder` and `sbcoder PROJECT` open the app
    args = build_parser().parse_args(arguments)
    from sbcoder.core.errors import ProjectFileError, SbcoderError

    try:
        return HANDLERS[args.command](args)
    except (SbcoderError, ProjectFileError, CliError, OSError) as error:
        print(f"sbcoder {args.command}: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `sbcoder codes P | head`: the reader left, not an error
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print(
            f"sbcoder {args.command}: interrupted; nothing half-written was kept", file=sys.stderr
        )
        return 130
