"""Plain SQLite connections for the bulk paths of hand-out and merge.

Hand-out and merge move tens of thousands of rows between project files. Going through
the ORM row by row would take minutes; set-based SQL over an `ATTACH`ed file takes well
under a second. These helpers open the connection they run on: URI file names are
switched on explicitly (so `?mode=ro` really opens a source read-only on every platform,
instead of creating a file with that odd name where SQLite was built without URI
support), and the project's pragmas are set as `sbcoder.db.project_file` sets them.
"""

from __future__ import annotations

import sqlite3
import uuid as uuid_module
from pathlib import Path

from sbcoder.core.errors import ProjectFileError
from sbcoder.db.models import utcnow
from sbcoder.db.project_file import SCHEMA_HEAD, check_project_file

# A fixed namespace so a derived uuid (a variant kept beside a conflicting row, a memo
# made from a conflicting memo field) comes out the same every time: merging the same
# source twice then finds it by uuid instead of adding it again.
VARIANT_NAMESPACE = uuid_module.UUID("6f1d8a8e-3c4b-5e2f-9a7d-5b0c1e2f3a4b")


def derived_uuid(*parts: object) -> str:
    """A deterministic uuid (version 5) for the given parts."""
    return str(uuid_module.uuid5(VARIANT_NAMESPACE, "\x1f".join(str(p) for p in parts)))


def timestamp() -> str:
    """The current UTC time in the text form SQLAlchemy stores DateTime columns in."""
    return utcnow().isoformat(sep=" ", timespec="microseconds")


def file_uri(path: Path, read_only: bool = False) -> str:
    """An SQLite URI for a file (percent-encoded, so spaces, '#' and '?' are safe)."""
    uri = Path(path).resolve().as_uri()
    return f"{uri}?mode=ro" if read_only else uri


def connect(path: Path) -> sqlite3.Connection:
    """A read-write connection to a project file, in autocommit mode (we BEGIN ourselves)."""
    try:
        conn = sqlite3.connect(
            file_uri(path), uri=True, isolation_level=None, timeout=30, check_same_thread=False
        )
    except sqlite3.Error as error:
        raise ProjectFileError(f"{path}: cannot be opened ({error})") from error
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA synchronous = FULL")
    # Staging tables of a merge hold ~100k rows: keep them in memory, and give the page
    # cache room for the uuid indexes that every matching step walks (64 MB at most).
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -65536")
    conn.create_function("sbc_derived_uuid", -1, derived_uuid, deterministic=True)
    return conn


def check_readable_project(path: Path) -> None:
    """Refuse a source that is damaged, foreign, or of another schema revision.

    Sources are only read, never migrated: an older file must be opened in sbcoder once
    (which backs it up and updates it) before it can be merged.
    """
    revision = check_project_file(Path(path))
    if revision != SCHEMA_HEAD:
        raise ProjectFileError(
            f"{path}: has schema {revision}, this sbcoder writes {SCHEMA_HEAD}; "
            "open it in sbcoder once to update it, then merge again"
        )


def attach_read_only(conn: sqlite3.Connection, path: Path, schema: str) -> None:
    """Attach a project file read-only under the name `schema`."""
    try:
        conn.execute(f"ATTACH DATABASE ? AS {schema}", (file_uri(path, read_only=True),))
    except sqlite3.Error as error:
        raise ProjectFileError(f"{path}: cannot be read ({error})") from error


def attach_limit(conn: sqlite3.Connection) -> int:
    """How many databases this connection may attach at once."""
    return conn.getlimit(sqlite3.SQLITE_LIMIT_ATTACHED)
