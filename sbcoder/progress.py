"""A Qt-free progress reporter shared by every layer.

Long work (imports, NLP, merge, export) reports through this protocol; the ui wraps
it in a worker that forwards `report` to a progress bar and answers `cancelled` from
its Cancel button. Nothing here may import Qt or any other sbcoder module.
"""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """Raised by long work when its reporter says the user cancelled it."""


class Reporter(Protocol):
    def report(self, done: int, total: int, message: str = "") -> None: ...

    def cancelled(self) -> bool: ...


class NullReporter:
    """A reporter that shows nothing and never cancels."""

    def report(self, done: int, total: int, message: str = "") -> None:
        return None

    def cancelled(self) -> bool:
        return False


class RecordingReporter:
    """Keeps every report; cancels after `cancel_after` reports (for tests and scripts)."""

    def __init__(self, cancel_after: int | None = None) -> None:
        self.events: list[tuple[int, int, str]] = []
        self.cancel_after = cancel_after

    def report(self, done: int, total: int, message: str = "") -> None:
        self.events.append((done, total, message))

    def cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.events) >= self.cancel_after


def check_cancelled(reporter: Reporter | None) -> None:
    """Raise `Cancelled` if the reporter says so."""
    if reporter is not None and reporter.cancelled():
        raise Cancelled()
