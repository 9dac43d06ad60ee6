"""A small streaming XML writer and the atomic file replacement the writers share.

The REFI-QDA documents we write have a fixed shape, so we serialise them directly:
building a 400,000-element lxml tree for a large project costs seconds and hundreds
of megabytes, while formatting the text as we go takes a fraction of that and
streams into the ZIP. The tests validate every kind of output against the official
schemas with lxml, which is what keeps this honest.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

_ATTRIBUTE_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\n": "&#10;",
        "\r": "&#13;",
        "\t": "&#9;",
    }
)
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_FLUSH_AT = 1 << 20


def escape_attribute(value: str) -> str:
    """``value`` quoted for a double-quoted attribute, keeping newlines and tabs."""
    return value.translate(_ATTRIBUTE_ESCAPES)


def escape_text(value: str) -> str:
    """``value`` escaped as element content (CR kept as a reference so it survives)."""
    return value.translate(_TEXT_ESCAPES)


class XmlWriter:
    """Writes indented, UTF-8 XML to a binary stream in large chunks.

    Attribute values are passed as (name, value) pairs whose value is escaped here;
    ``None`` values are left out, so optional attributes need no special casing.
    """

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._parts: list[str] = ['<?xml version="1.0" encoding="utf-8"?>\n']
        self._size = 0
        self._depth = 0

    def _emit(self, text: str) -> None:
        self._parts.append(text)
        self._size += len(text)
        if self._size >= _FLUSH_AT:
            self.flush()

    def flush(self) -> None:
        """Encode and write what has been collected."""
        if self._parts:
            self._stream.write("".join(self._parts).encode("utf-8"))
            self._parts = []
            self._size = 0

    @staticmethod
    def _attributes(attributes: list[tuple[str, str | None]]) -> str:
        return "".join(
            f' {name}="{escape_attribute(value)}"'
            for name, value in attributes
            if value is not None
        )

    def open(self, tag: str, attributes: list[tuple[str, str | None]] | None = None) -> None:
        """Start an element that will have children."""
        self._emit(f"{'  ' * self._depth}<{tag}{self._attributes(attributes or [])}>\n")
        self._depth += 1

    def close(self, tag: str) -> None:
        """End the element ``open`` started."""
        self._depth -= 1
        self._emit(f"{'  ' * self._depth}</{tag}>\n")

    def line(self, markup: str, depth_change: int = 0) -> None:
        """Emit ready-made markup (already escaped) on its own line.

        For the hot paths of large projects, which format GUIDs, numbers and dates
        (none of which need escaping) straight into one string. ``depth_change`` is +1
        after an opening tag, -1 before a closing one.
        """
        if depth_change < 0:
            self._depth += depth_change
        self._emit(f"{'  ' * self._depth}{markup}\n")
        if depth_change > 0:
            self._depth += depth_change

    def leaf(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        """An element with attributes only."""
        self._emit(f"{'  ' * self._depth}<{tag}{self._attributes(attributes)}/>\n")

    def text(self, tag: str, text: str) -> None:
        """An element holding text only; the text is written exactly, without indenting."""
        self._emit(f"{'  ' * self._depth}<{tag}>{escape_text(text)}</{tag}>\n")


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o644


@contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """A binary stream whose content replaces ``path`` only if the block succeeds.

    The data goes to a temporary file in the same folder (so the final rename is
    atomic on one file system), is flushed to disk, and is then renamed over
    ``path``; on any error the temporary file is removed and ``path`` is untouched.
    """
    path = Path(path)
    mode = _mode_for(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise
