"""CSV output of one table, and what the table writers share: the plain sheet data they
take, their error, and writing through a temporary file.

The writers know nothing of projects or codes (formats imports neither core nor db):
the core turns its tables into `SheetData` (header labels, column kinds, rows of plain
values) and hands them over. Every file is written to a temporary file in the target
folder and moved over the target with `os.replace` only when complete, so a failure
(no permission, the old file locked by Excel, a full disk, a cancel) leaves the old
file as it was and no half-written file behind.
"""

from __future__ import annotations

import csv
import errno
import math
import os
import secrets
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from sbcoder.progress import Reporter, check_cancelled

Value = int | float | str | bool | None
# Text a spreadsheet would run as a formula when it opens a CSV file.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class SheetColumn:
    """A column: its header label and its kind ("label" for the row labels, "count",
    "percent", "coefficient", "number" or "text"), which decides number format,
    wrapping and width."""

    label: str
    kind: str = "text"


@dataclass(frozen=True)
class SheetData:
    """One table for a writer: `rows` of plain values under `columns`. `indents[i]`
    indents the first cell of row i (a code's depth in the tree); rows listed in
    `bold_rows` (totals) are shown bold. `name` is the sheet tab (cleaned by the
    writer); `title` a longer description."""

    name: str
    columns: tuple[SheetColumn, ...]
    rows: Sequence[Sequence[Value]]
    indents: Sequence[int] = ()
    bold_rows: frozenset[int] = field(default_factory=frozenset)
    title: str = ""


class WriteError(Exception):
    """A file could not be written; the message names the file and says why in one line.
    The old file at that path (if any) is untouched."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"Cannot write '{self.path.name}': {reason}")

    def __reduce__(self) -> tuple[type[WriteError], tuple[Path, str]]:
        return (self.__class__, (self.path, self.reason))


def explain_os_error(error: OSError, path: Path, stage: str) -> str:
    """A one-line reason for an OSError met while writing `path` (stage: "create"
    for making the temporary file, "write" while writing it, "replace" for the move)."""
    folder = path.parent
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return f"the disk is full (or over quota) in '{folder}'"
    if isinstance(error, FileNotFoundError) and stage == "create":
        return f"the folder '{folder}' does not exist"
    if isinstance(error, IsADirectoryError) or path.is_dir():
        return "a folder of that name is in the way"
    if isinstance(error, PermissionError):
        if stage == "replace":
            return (
                "the file is open in another program (Excel?) or read-only; close it and try again"
            )
        return f"no permission to write in the folder '{folder}'"
    if error.errno == errno.EROFS:
        return f"the folder '{folder}' is on a read-only disk"
    return error.strerror or str(error)


@contextmanager
def atomic_output(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path next to `path`; when the block ends without error, move it
    over `path` in one step. On any error the temporary file is removed, `path` is left
    as it was, and an OSError becomes a `WriteError`."""
    target = Path(path)
    if target.is_dir():
        raise WriteError(target, "a folder of that name is in the way")
    # In the target folder (not /tmp) so os.replace is a rename on one file system, and
    # named by hand (not mkstemp) so the file gets the user's normal permissions.
    temporary = target.with_name(f".~{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(temporary, "xb"):
            pass
    except OSError as error:
        raise WriteError(target, explain_os_error(error, target, "create")) from error
    stage = "write"
    try:
        yield temporary
        stage = "replace"
        os.replace(temporary, target)
    except OSError as error:
        _remove(temporary)
        raise WriteError(target, explain_os_error(error, target, stage)) from error
    except BaseException:
        _remove(temporary)
        raise


def _remove(path: Path) -> None:
    with suppress(OSError):
        path.unlink()


def _format_number(value: float, decimal: str) -> str:
    if not math.isfinite(value):
        return ""
    shown = f"{value:.10g}"
    return shown.replace(".", decimal) if decimal != "." else shown


def csv_value(value: Value, decimal: str = ".", guard_formulas: bool = True) -> str:
    """One cell as CSV text: numbers with `decimal` as decimal mark, None empty, text
    that a spreadsheet would take for a formula prefixed with an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _format_number(value, decimal)
    text = str(value)
    if guard_formulas and text.startswith(FORMULA_STARTS):
        # A quotation starting with "=", "-" or "+" would otherwise open in Excel as a
        # formula (#NAME? at best, a command at worst). The apostrophe is visible but
        # harmless; pass guard_formulas=False for files read by scripts.
        return "'" + text
    return text


def write_csv(
    path: Path | str,
    sheet: SheetData,
    *,
    delimiter: str = ",",
    decimal: str = ".",
    guard_formulas: bool = True,
    reporter: Reporter | None = None,
) -> Path:
    """Write one sheet as CSV (header row first) and return the path.

    The file is UTF-8 with a byte order mark: Excel on Windows reads a CSV file
    without one in the local ANSI code page, which garbles every ë, é and ’ in Dutch
    transcripts; the BOM makes it read UTF-8. Dutch Excel expects ";" between fields
    and "," as decimal mark, so callers writing for a Dutch user pass those.
    Raises WriteError (the old file untouched) or `Cancelled`."""
    if delimiter == decimal:
        raise ValueError("the delimiter and the decimal mark must differ")
    target = Path(path)
    with (
        atomic_output(target) as temporary,
        open(temporary, "w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        writer.writerow([csv_value(c.label, decimal, guard_formulas) for c in sheet.columns])
        for index, row in enumerate(sheet.rows):
            if index % 2000 == 0:
                check_cancelled(reporter)
            writer.writerow([csv_value(v, decimal, guard_formulas) for v in row])
        handle.flush()
        os.fsync(handle.fileno())
    return target
