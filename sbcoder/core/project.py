"""The project: one open `.sbc` file and the services that act on it.

Every user action is one service call, one transaction, committed at once. There is
no Save step that could lose work.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import exc as sa_exc
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from sbcoder.core.changes import Changes
from sbcoder.core.commands import Command
from sbcoder.core.errors import ProjectFileError
from sbcoder.db.models import ProjectInfo
from sbcoder.db.project_file import OpenedFile, create_project_file, open_project_file


class Project:
    """An open project. Use `Project.create` / `Project.open`, then `close()`."""

    def __init__(self, opened: OpenedFile) -> None:
        self._opened = opened
        self.path: Path = opened.path
        self.engine = opened.engine
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # Writes go through one connection at a time: SQLite allows one writer, and a
        # lock here gives a clear order instead of busy timeouts between threads.
        self._write_lock = threading.RLock()
        self.current_coder_id: int | None = None

        from sbcoder.core.codebook import CodebookService
        from sbcoder.core.coders import CoderService
        from sbcoder.core.documents import DocumentService
        from sbcoder.core.organising import OrganisingService
        from sbcoder.core.quotations import QuotationService

        self.coders = CoderService(self)
        self.documents = DocumentService(self)
        self.codebook = CodebookService(self)
        self.quotations = QuotationService(self)
        self.organising = OrganisingService(self)

    # -- opening and closing -------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, name: str | None = None, template: str = "empty") -> Project:
        """Create a new project file; `template` is "empty" or "cimo"."""
        project = cls(create_project_file(Path(path), name))
        if template != "empty":
            from sbcoder.core.templates import apply_template

            try:
                apply_template(project, template)
            except Exception:
                project.close()
                raise
        return project

    @classmethod
    def open(cls, path: Path | str) -> Project:
        """Open an existing project (read-only checks first; migrates older files)."""
        return cls(open_project_file(Path(path)))

    @property
    def in_use_elsewhere(self) -> bool:
        """True when another process held this project open when we opened it."""
        return self._opened.in_use_elsewhere

    @property
    def in_use_warning(self) -> str | None:
        """A sentence for the user when another process has the project open."""
        if not self._opened.in_use_elsewhere:
            return None
        holder = self._opened.other_holder or {}
        who = f" (process {holder.get('pid')} on {holder.get('host')})" if holder else ""
        return (
            f"{self.path.name} is open in another sbcoder{who}. Edits from both are kept, "
            "but each window only shows the other's after a refresh."
        )

    @property
    def write_lock(self) -> threading.RLock:
        """Held by every write in this process; bulk work on its own connection (merge)
        takes it too, so writes never interleave."""
        return self._write_lock

    @property
    def migrated_from(self) -> str | None:
        return self._opened.migrated_from

    @property
    def backup_path(self) -> Path | None:
        return self._opened.backup_path

    def close(self) -> None:
        """Checkpoint the WAL into the file and let go of it."""
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except sa_exc.DBAPIError:
            pass
        self.engine.dispose()
        self._opened.lock.release()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- sessions and commands ------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read session for one action (each thread gets its own connection)."""
        with self._sessions() as session:
            try:
                yield session
            except sa_exc.DatabaseError as error:
                raise ProjectFileError(f"{self.path}: {error.orig}") from error

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write transaction: committed at the end, rolled back on any error."""
        with self._write_lock, self._sessions() as session:
            try:
                with session.begin():
                    yield session
            except sa_exc.IntegrityError:
                raise
            except sa_exc.OperationalError as error:
                raise ProjectFileError(
                    f"{self.path}: the change was not saved ({error.orig}); nothing was lost"
                ) from error

    def apply(self, command: Command) -> Changes:
        """Apply a command in one transaction."""
        with self.transaction() as session:
            return command.apply(session)

    def revert(self, command: Command) -> Changes:
        """Revert a command in one transaction."""
        with self.transaction() as session:
            return command.revert(session)

    # -- metadata --------------------------------------------------------------------
    def info(self) -> dict[str, str]:
        """The project's metadata (name, uuid, created …)."""
        with self.session() as session:
            return {row.key: row.value for row in session.scalars(select(ProjectInfo))}

    @property
    def name(self) -> str:
        return self.info().get("name", self.path.stem)
