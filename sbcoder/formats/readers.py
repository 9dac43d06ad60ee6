"""Read transcripts into plain text: .txt, .md, .docx, .odt, .pdf and .rtf.

``read_document`` is the one entry point the core uses. Whatever the format, the
result is the whole text with line ends normalised to ``"\\n"`` and otherwise as
written (no Unicode normalisation, no trimming: stored code point offsets must stay
valid against the text the researcher sees). A file that cannot be read whole
raises ``FormatError`` naming the file; no reader ever returns part of a document.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sbcoder.formats.errors import FormatError, UnsupportedFormatError
from sbcoder.formats.readers_base import Extracted, normalise_newlines
from sbcoder.formats.readers_docx import read_docx
from sbcoder.formats.readers_odt import read_odt
from sbcoder.formats.readers_pdf import read_pdf
from sbcoder.formats.readers_rtf import read_rtf
from sbcoder.formats.readers_text import read_text_file

__all__ = [
    "SUPPORTED_SUFFIXES",
    "FormatError",
    "ReadResult",
    "UnsupportedFormatError",
    "normalise_newlines",
    "read_document",
]


@dataclass(frozen=True)
class ReadResult:
    """A document read into memory.

    ``text`` is the whole text with ``"\\n"`` line ends; ``title`` the file name
    without its extension; ``source_format`` one of "txt", "docx", "odt", "pdf",
    "rtf", "md"; ``encoding`` the detected encoding of .txt/.md files (Python codec
    name, e.g. "utf-8", "utf-8-sig", "utf-16-le", "cp1252"), else None; ``warnings``
    plain-words notes for the researcher (a guessed encoding, footnotes left out).
    """

    text: str
    title: str
    source_format: str
    encoding: str | None
    warnings: tuple[str, ...]


_READERS: dict[str, tuple[str, Callable[[Path], Extracted]]] = {
    ".txt": ("txt", read_text_file),
    ".md": ("md", read_text_file),
    ".docx": ("docx", read_docx),
    ".odt": ("odt", read_odt),
    ".pdf": ("pdf", read_pdf),
    ".rtf": ("rtf", read_rtf),
}

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(_READERS)

# Formats people will try, with what to do instead.
_ADVICE = {
    ".doc": "save it as .docx in Word and import that",
    ".docm": "save it as .docx (without macros) and import that",
    ".dotx": "save it as a document (.docx) and import that",
    ".pages": "export it from Pages as .docx and import that",
    ".wpd": "save it as .docx or .odt and import that",
    ".html": "save it as plain text (.txt) or .docx and import that",
    ".htm": "save it as plain text (.txt) or .docx and import that",
    ".markdown": "rename it to .md and import that",
    ".text": "rename it to .txt and import that",
    ".fodt": "save it as .odt and import that",
}


def read_document(path: Path) -> ReadResult:
    """Read the document at ``path`` into a ``ReadResult``, choosing the reader by suffix.

    Raises ``UnsupportedFormatError`` for an extension not in ``SUPPORTED_SUFFIXES``
    and ``FormatError`` for a missing, empty, damaged, encrypted, scanned (no text
    layer) or binary file; the message names the file and says why.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in _READERS:
        raise UnsupportedFormatError(path, _unsupported_reason(suffix))
    if not path.exists():
        raise FormatError(path, "the file does not exist.")
    if not path.is_file():
        raise FormatError(path, "it is a folder or device, not a file.")
    source_format, reader = _READERS[suffix]
    extracted = reader(path)
    text = normalise_newlines(extracted.text)
    if not text or text.isspace():
        raise FormatError(
            path, "the file is empty." if not text else "the file contains no text (only spaces)."
        )
    return ReadResult(
        text=text,
        title=path.stem,
        source_format=source_format,
        encoding=extracted.encoding,
        warnings=extracted.warnings,
    )


def _unsupported_reason(suffix: str) -> str:
    supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
    kind = f"'{suffix}' files" if suffix else "files without an extension"
    advice = _ADVICE.get(suffix)
    reason = f"{kind} are not supported (supported: {supported})"
    return f"{reason}; {advice}." if advice else f"{reason}."
