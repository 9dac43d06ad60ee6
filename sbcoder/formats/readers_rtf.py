"""RTF: the visible text, via striprtf, with the gaps striprtf leaves filled in.

striprtf (pure Python, small) handles control words, destinations, ``\\'xx`` bytes in
the document's code page and ``\\uN`` escapes. Around it we add:

* a check that the file is RTF and complete (a truncated file has unclosed groups);
* table cells separated by a tab (striprtf writes ``|``, which cannot be told apart
  from a real ``|`` afterwards), so rows read like .docx/.odt rows;
* characters outside the BMP: RTF writes them as two ``\\uN`` surrogates, which
  striprtf returns one by one and which must be paired into one code point.
"""

from __future__ import annotations

import re
from pathlib import Path

from striprtf.striprtf import rtf_to_text

from sbcoder.formats.errors import FormatError
from sbcoder.formats.readers_base import Extracted, describe_error
from sbcoder.formats.readers_text import MAX_TEXT_BYTES

# U+FDD0 is a Unicode noncharacter, reserved for exactly this kind of internal use:
# it cannot occur in a document, so it can stand for "end of a table cell".
_CELL_MARK = "\ufdd0"
# ``\\`` first, so that an escaped backslash before "cell" is not read as \cell.
_CELL_WORD = re.compile(r"(\\\\)|\\(?:nest)?cell(?![a-zA-Z])(?:-?\d+)? ?")
# Wrapped in its own group so the \uc1 fallback skip cannot leak into the text after.
_CELL_ESCAPE = f"{{\\uc1\\u{ord(_CELL_MARK) - 0x10000}?}}"
_ESCAPED_BRACES = re.compile(r"\\[\\{}]")
_CODE_PAGE = re.compile(rb"\\ansicpg(\d+)")
_SURROGATES = re.compile("[\ud800-\udfff]")


def read_rtf(path: Path) -> Extracted:
    """Read the text of an .rtf file; raise FormatError if it is not RTF or is truncated."""
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise FormatError(path, f"the file is too large ({size // 2**20} MB).")
        data = path.read_bytes()
    except OSError as error:
        raise FormatError(path, f"the file could not be opened ({error.strerror}).") from error
    if not data.strip():
        raise FormatError(path, "the file is empty.")
    source = _decode_source(data)
    if not source.lstrip("\ufeff \t\r\n").startswith("{\\rtf"):
        raise FormatError(path, "it is not an RTF document (it does not start with '{\\rtf').")
    unescaped = _ESCAPED_BRACES.sub("", source)
    if unescaped.count("{") > unescaped.count("}"):
        raise FormatError(path, "the RTF document is incomplete (truncated or damaged).")

    marked = _CELL_WORD.sub(lambda m: m.group(1) or _CELL_ESCAPE, source)
    warnings: list[str] = []
    try:
        try:
            text = rtf_to_text(marked, errors="strict")
        except UnicodeDecodeError:
            # One byte the code page does not define should not cost the whole
            # document; it becomes U+FFFD and the researcher is told.
            text = rtf_to_text(marked, errors="replace")
            warnings.append("Some characters could not be decoded and were replaced by '\ufffd'.")
    except Exception as error:  # striprtf raises bare errors on malformed input
        raise FormatError(
            path, f"the RTF document could not be read ({describe_error(error)})."
        ) from error
    text, lone = _pair_surrogates(text)
    if lone:
        warnings.append(f"{lone} broken character escape(s) were replaced by '\ufffd'.")
    return Extracted(text=_tab_separated_cells(text), warnings=tuple(warnings))


def _decode_source(data: bytes) -> str:
    """RTF is 7-bit in principle; some writers put raw 8-bit text in it anyway."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    found = _CODE_PAGE.search(data[:4096])
    code_page = f"cp{found.group(1).decode()}" if found else "cp1252"
    for encoding in (code_page, "cp1252"):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1")  # never fails; control words are ASCII either way


def _pair_surrogates(text: str) -> tuple[str, int]:
    """Join surrogate pairs into code points; replace unpaired halves with U+FFFD."""
    if not _SURROGATES.search(text):
        return text, 0
    joined = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    lone = joined.count("\ufffd") - text.count("\ufffd")
    return joined, lone


def _tab_separated_cells(text: str) -> str:
    if _CELL_MARK not in text:
        return text
    # Every cell ends with the mark; the last one of a row needs no separator.
    lines = [line.removesuffix(_CELL_MARK) for line in text.split("\n")]
    return "\n".join(lines).replace(_CELL_MARK, "\t")
