"""Internals shared by the format-specific readers (not part of the public API)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Extracted:
    """What a format-specific reader found, before the common checks in ``readers``.

    ``utf8``, when a reader has it for free, is exactly ``text.encode("utf-8")`` (a
    plain-text file's own bytes after any BOM), so the hash needs no second encoding.
    """

    text: str
    warnings: tuple[str, ...] = field(default=())
    encoding: str | None = None
    utf8: bytes | None = field(default=None, repr=False)


def normalise_newlines(text: str) -> str:
    """Return ``text`` with every CRLF and every lone CR turned into ``"\\n"``.

    Nothing else changes: other separators (U+2028, form feed, ...) are kept as they
    are, because stored positions must match the text exactly as imported.
    """
    if "\r" not in text:
        # The common case (files written on Linux/macOS or already normalised)
        # costs one scan and no copy.
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def describe_error(error: BaseException) -> str:
    """The first line of an exception's message (or its type name), for a reason text."""
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
