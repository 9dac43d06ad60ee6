"""Detect a second process holding the same project open.

An OS-level exclusive lock on a sidecar file: it disappears with the process that
held it, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from typing import IO

if os.name == "nt":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False


def lock_path_for(project_path: Path) -> Path:
    """The sidecar lock file of a project."""
    return project_path.with_name(project_path.name + ".lock")


class ProjectLock:
    """Holds the sidecar lock while a project is open in this process."""

    def __init__(self, project_path: Path) -> None:
        self.path = lock_path_for(project_path)
        self._handle: IO[str] | None = None
        self.other_holder: dict[str, object] | None = None

    def acquire(self) -> bool:
        """Take the lock; False (with `other_holder` filled in) if another process has it."""
        try:
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open
        except OSError:
            # A read-only folder: we cannot tell, so do not claim a conflict.
            return True
        if not _try_lock(handle):
            handle.seek(0)
            try:
                self.other_holder = json.loads(handle.read() or "{}")
            except ValueError:
                self.other_holder = {}
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({"pid": os.getpid(), "host": socket.gethostname()}))
        handle.flush()
        self._handle = handle
        return True

    def release(self) -> None:
        """Let go of the lock and remove the sidecar file."""
        if self._handle is None:
            return
        try:
            self._handle.close()
            self.path.unlink(missing_ok=True)
        except OSError:
            pass
        self._handle = None
