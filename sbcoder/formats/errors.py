"""Errors raised by the document readers and writers.

Every error names the file it is about and says what is wrong in plain words, so the
core can show ``str(error)`` to a researcher as it is (a dialog line, a CLI message).
"""

from __future__ import annotations

from pathlib import Path


class FormatError(Exception):
    """A document could not be read (or written) as the format its name promises.

    ``path`` is the file concerned and ``reason`` the plain-words explanation; the
    message combines both, e.g. ``Cannot read 'interview 3.docx': the file is empty.``
    """

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"Cannot read '{self.path.name}': {reason}")

    def __reduce__(self) -> tuple[type[FormatError], tuple[Path, str]]:
        # The default pickling passes only the formatted message back to __init__,
        # which would break errors sent across process boundaries (worker pools).
        return (self.__class__, (self.path, self.reason))


class UnsupportedFormatError(FormatError):
    """The file's extension names a format sbcoder does not read."""
