"""The `.sbc` project file: create, check, migrate and open it.

Every check that can refuse a file runs on a read-only connection first, so a
damaged, empty or foreign file is never written to (not even a WAL header switch).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event, insert

from sbcoder.db.errors import (
    NewerSchemaError,
    NotAProjectError,
    ProjectExistsError,
    ProjectFileError,
)
from sbcoder.db.lock import ProjectLock
from sbcoder.db.models import ProjectInfo, new_uuid, utcnow

SUFFIX = ".sbc"
APPLICATION_MARK = "sbcoder"
# The newest migration this version knows. A test proves it equals Alembic's head, so
# opening an up-to-date project needs no Alembic import at all (start-up time matters).
SCHEMA_HEAD = "0001"
KNOWN_REVISIONS = ("0001",)
SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).with_name("migrations")


@dataclass
class OpenedFile:
    """What opening a project file found and did."""

    engine: Engine
    path: Path
    lock: ProjectLock
    in_use_elsewhere: bool
    other_holder: dict[str, object] | None
    migrated_from: str | None = None
    backup_path: Path | None = None


def _configure(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # In WAL mode NORMAL is crash-safe and never corrupts: every commit is in the
        # WAL file when the call returns, so a crash of sbcoder loses nothing. Only a
        # power cut may roll back the last moments' edits (FULL would fsync at every
        # commit, costing 3–7 ms per edit on a laptop disk).
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA busy_timeout = 10000")
        cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine for a project file with sbcoder's connection settings."""
    # URL.create, not an f-string: a file name with "?" or "%20" must stay a file name.
    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        connect_args={"check_same_thread": False, "timeout": 30},
    )
    _configure(engine)
    return engine


def _read_only_revision(path: Path) -> str:
    """Check that `path` is an sbcoder project and return its schema revision.

    Raises NotAProjectError or NewerSchemaError; never writes to the file.
    """
    if not path.exists():
        raise ProjectFileError(f"{path}: no such project file")
    if path.is_dir():
        raise NotAProjectError(f"{path}: is a folder, not an sbcoder project file")
    size = path.stat().st_size
    if size == 0:
        raise NotAProjectError(f"{path}: the file is empty; it is not an sbcoder project")
    with open(path, "rb") as handle:
        header = handle.read(16)
    if header != SQLITE_HEADER:
        raise NotAProjectError(f"{path}: not an sbcoder project (not an SQLite database)")
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise NotAProjectError(f"{path}: cannot be read ({exc})") from exc
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "project_info" not in tables:
            raise NotAProjectError(f"{path}: an SQLite database, but not an sbcoder project")
        mark = conn.execute("SELECT value FROM project_info WHERE key = 'application'").fetchone()
        if mark is None or mark[0] != APPLICATION_MARK:
            raise NotAProjectError(f"{path}: an SQLite database, but not an sbcoder project")
        if "alembic_version" not in tables:
            raise NotAProjectError(f"{path}: damaged sbcoder project (no schema version)")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None:
            raise NotAProjectError(f"{path}: damaged sbcoder project (no schema version)")
        revision = str(row[0])
        # Touch the big tables' first pages so a truncated or scrambled file is caught
        # here, read-only, and not at the first edit.
        for table in ("documents", "codes", "quotations", "codings"):
            conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT 1)").fetchone()
    except sqlite3.DatabaseError as exc:
        raise NotAProjectError(f"{path}: the project file is damaged ({exc})") from exc
    finally:
        conn.close()
    if revision not in KNOWN_REVISIONS:
        raise NewerSchemaError(
            f"{path}: made by a newer sbcoder (schema {revision}); "
            "update sbcoder to open it. The file was not changed."
        )
    return revision


def check_project_file(path: Path) -> str:
    """Public read-only check: the schema revision of a valid project, else an error."""
    return _read_only_revision(Path(path))


def _alembic_config(connection: object) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _upgrade(engine: Engine) -> None:
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "head")


def backup_file(path: Path, label: str) -> Path:
    """A consistent copy of a project (SQLite backup API, safe with WAL) beside it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{label}-{stamp}{path.suffix}.bak")
    source = sqlite3.connect(str(path))
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def create_project_file(path: Path, name: str | None = None) -> OpenedFile:
    """Create a new, empty project file at `path` (which must not exist) and open it."""
    path = Path(path)
    if path.exists():
        raise ProjectExistsError(f"{path}: a file with this name already exists")
    if not path.parent.exists():
        raise ProjectFileError(f"{path.parent}: no such folder")
    engine = make_engine(path)
    try:
        _upgrade(engine)
        with engine.begin() as connection:
            now = utcnow().isoformat(timespec="seconds")
            connection.execute(
                insert(ProjectInfo),
                [
                    {"key": "application", "value": APPLICATION_MARK},
                    {"key": "name", "value": name or path.stem},
                    {"key": "uuid", "value": new_uuid()},
                    {"key": "created", "value": now},
                ],
            )
    except Exception:
        engine.dispose()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return _finish_open(engine, path)


def _finish_open(engine: Engine, path: Path, **found: object) -> OpenedFile:
    lock = ProjectLock(path)
    free = lock.acquire()
    return OpenedFile(
        engine=engine,
        path=path,
        lock=lock,
        in_use_elsewhere=not free,
        other_holder=lock.other_holder,
        **found,  # type: ignore[arg-type]
    )


def open_project_file(path: Path) -> OpenedFile:
    """Open an existing project: check it read-only, back it up and migrate if older."""
    path = Path(path)
    revision = _read_only_revision(path)
    engine = make_engine(path)
    migrated_from: str | None = None
    backup: Path | None = None
    if revision != SCHEMA_HEAD:
        backup = backup_file(path, f"migration-from-{revision}")
        try:
            _upgrade(engine)
        except Exception as exc:
            engine.dispose()
            raise ProjectFileError(
                f"{path}: could not be brought up to date ({exc}); "
                f"a copy from before the attempt is at {backup}"
            ) from exc
        migrated_from = revision
    return _finish_open(engine, path, migrated_from=migrated_from, backup_path=backup)


def alembic_head() -> str:
    """The head revision according to the migration scripts (for tests and doctor)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    return str(head)
