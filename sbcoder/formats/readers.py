"""Read transcripts into plain text: .txt, .md, .docx, .odt, .pdf and .rtf.

``read_document`` is the one entry point the core uses. Whatever the format, the
result is the whole text with line ends normalised to ``"\\n"`` and otherwise as
written (no Unicode normalisation, no trimming: stored code point offsets must stay
valid against the text the researcher sees). A file that cannot be read whole
raises ``FormatError`` naming the file; no reader ever returns part of a document.
"""

from __future__ import annotations

import hashlib
import importlib
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sbcoder.formats.errors import FormatError, UnsupportedFormatError
from sbcoder.formats.readers_base import Extracted, normalise_newlines

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
    plain-words notes for the researcher (a guessed encoding, footnotes left out);
    ``sha256`` the hex SHA-256 of ``text`` encoded as UTF-8 (computed while reading,
    from the file's own bytes when they are that encoding already).
    """

    text: str
    title: str
    source_format: str
    encoding: str | None
    warnings: tuple[str, ...]
    sha256: str = ""


# Suffix -> (source format, reader module, reader function). The modules are imported
# on first use: pypdf and python-docx alone take half a second to import, which a
# batch of .txt files (or a CLI call that reads none) should not pay.
_READERS: dict[str, tuple[str, str, str]] = {
    ".txt": ("txt", "readers_text", "read_text_file"),
    ".md": ("md", "readers_text", "read_text_file"),
    ".docx": ("docx", "readers_docx", "read_docx"),
    ".odt": ("odt", "readers_odt", "read_odt"),
    ".pdf": ("pdf", "readers_pdf", "read_pdf"),
    ".rtf": ("rtf", "readers_rtf", "read_rtf"),
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
    try:
        mode = path.stat().st_mode  # one system call answers both questions below
    except FileNotFoundError:
        raise FormatError(path, "the file does not exist.") from None
    except OSError as error:
        raise FormatError(path, f"the file could not be opened ({error.strerror}).") from error
    if not stat.S_ISREG(mode):
        raise FormatError(path, "it is a folder or device, not a file.")
    source_format, module, function = _READERS[suffix]
    extracted = _reader(module, function)(path)
    utf8 = extracted.utf8
    if utf8 is not None and b"\r" not in utf8:
        # The reader's bytes are exactly the text's UTF-8 and there is no line end to
        # normalise: hash them as they are instead of encoding the text again.
        text = extracted.text
    else:
        text = normalise_newlines(extracted.text)
        utf8 = None
    if not text or text.isspace():
        raise FormatError(
            path, "the file is empty." if not text else "the file contains no text (only spaces)."
        )
    digest = hashlib.sha256(utf8 if utf8 is not None else text.encode("utf-8")).hexdigest()
    return ReadResult(
        text=text,
        title=path.stem,
        source_format=source_format,
        encoding=extracted.encoding,
        warnings=extracted.warnings,
        sha256=digest,
    )


def _reader(module: str, function: str) -> Callable[[Path], Extracted]:
    loaded = importlib.import_module(f"sbcoder.formats.{module}")
    reader: Callable[[Path], Extracted] = getattr(loaded, function)
    return reader


def _unsupported_reason(suffix: str) -> str:
    supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
    kind = f"'{suffix}' files" if suffix else "files without an extension"
    advice = _ADVICE.get(suffix)
    reason = f"{kind} are not supported (supported: {supported})"
    return f"{reason}; {advice}." if advice else f"{reason}."
