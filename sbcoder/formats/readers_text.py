"""Plain text (.txt) and Markdown (.md): encoding detection and the binary-junk check.

Detection order, cheapest and most certain first:

1. a byte order mark (UTF-8, UTF-32, UTF-16) decides;
2. strict UTF-8 (almost every modern file; no guessing, so no charset-normalizer cost);
3. UTF-16 without a BOM, recognised by its NUL-byte pattern;
4. UTF-8 with a few stray Windows-1252 bytes (files pasted together): the stray bytes
   are read as cp1252, the rest stays UTF-8;
5. Windows-1252 when its decoding looks like Western European text -- charset-normalizer
   tends to call Dutch cp1252 text cp1250 (turning 'naïef' into 'naďef') or even Big5
   for short texts, and this tool is for Dutch transcripts;
6. charset-normalizer's best guess for anything else (Cyrillic, Greek, CJK, ...).
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

from sbcoder.formats.errors import FormatError
from sbcoder.formats.readers_base import Extracted

# Files bigger than this are refused rather than read whole into memory: no
# transcript comes near it, so a file this big is a mistake (a log, a dump).
MAX_TEXT_BYTES = 200 * 1024 * 1024

# Checked longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls other than tab, LF, VT, FF, CR, plus DEL and the C1 block. Text
# editors never write these; binary files and wrongly decoded text are full of them.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_RATIO = 0.02
# The same characters as bytes of UTF-8: every byte but the C0 controls and DEL (for
# bytes.translate to delete, leaving the controls), and the two-byte C1 controls.
_NOT_C0_CONTROL_BYTES = bytes(
    b for b in range(256) if not (b <= 0x08 or 0x0E <= b <= 0x1F or b == 0x7F)
)
_UTF8_C1_CONTROL = re.compile(rb"\xc2[\x80-\x9f]")
_STRICT_UTF8 = frozenset({"utf-8", "utf-8-sig"})

_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")

_NON_ASCII_LETTER_RUN = re.compile(r"[^\W\d_\x00-\x7f]{3,}")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")

# File signatures that explain a "binary" verdict better than a ratio does.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "it looks like a ZIP package (a .docx or .odt file with the wrong name?)"),
    (b"%PDF-", "it looks like a PDF file (rename it to .pdf)"),
    (b"{\\rtf", "it looks like an RTF file (rename it to .rtf)"),
    (b"\xd0\xcf\x11\xe0", "it looks like an old Office file (a Word .doc?)"),
)


def read_text_file(path: Path) -> Extracted:
    """Read a .txt or .md file, detecting its encoding; raise FormatError on binary data."""
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_TEXT_BYTES:
                raise FormatError(
                    path, f"the file is too large for a text document ({size // 2**20} MB)."
                )
            data = handle.read()
    except OSError as error:
        raise FormatError(path, f"the file could not be opened ({error.strerror}).") from error
    return decode_text_bytes(data, path)


def decode_text_bytes(data: bytes, path: Path) -> Extracted:
    """Decode the bytes of a plain-text file; see the module docstring for the order."""
    text, encoding, warnings = _decode(data, path)
    if encoding in _STRICT_UTF8 and not warnings:
        # Decoded strictly, so the bytes after the BOM are exactly the text's UTF-8:
        # checking them is five times faster than scanning the decoded text.
        utf8 = data[len(codecs.BOM_UTF8) :] if encoding == "utf-8-sig" else data
        _reject_binary_utf8(utf8, len(text), data, path)
        return Extracted(text=text, encoding=encoding, utf8=utf8)
    _reject_binary(text, data, path)
    return Extracted(text=text, warnings=tuple(warnings), encoding=encoding)


def _decode(data: bytes, path: Path) -> tuple[str, str, list[str]]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                # Decoding the BOM-less remainder strips exactly one BOM; a second
                # U+FEFF would be part of the text.
                return data[len(bom) :].decode(encoding.removesuffix("-sig")), encoding, []
            except UnicodeDecodeError as error:
                label = encoding.removesuffix("-sig").upper()
                raise FormatError(
                    path,
                    f"the file starts with a {label} byte order mark but is not valid "
                    f"{label} at byte {error.start + len(bom)} (damaged or truncated).",
                ) from error
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass

    # Before the mixed-UTF-8 check: UTF-16 code units can look like UTF-8 sequences.
    utf16 = _decode_utf16_without_bom(data)
    if utf16 is not None:
        text, encoding = utf16
        return text, encoding, [f"No byte order mark; the text was read as {encoding.upper()}."]

    mixed = _decode_mostly_utf8(data)
    if mixed is not None:
        return mixed

    if b"\x00" in data:
        # A NUL byte is never part of 8-bit text; no single-byte guess can make it so.
        raise FormatError(path, _binary_reason(data, "it contains NUL bytes"))

    try:
        cp1252_text: str | None = data.decode("cp1252")
    except UnicodeDecodeError:
        cp1252_text = None
    if cp1252_text is not None and _looks_western(cp1252_text):
        return (
            cp1252_text,
            "cp1252",
            ["The file is not UTF-8; it was read as Windows-1252 (West European)."],
        )

    # Imported here: only files that are neither UTF-8 nor Western need it.
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        return (
            str(best),
            best.encoding,
            [f"The file is not UTF-8; its encoding was guessed as {best.encoding}."],
        )
    if cp1252_text is not None:
        return (
            cp1252_text,
            "cp1252",
            ["The file is not UTF-8 and its encoding is unclear; it was read as Windows-1252."],
        )
    raise FormatError(
        path, "its text encoding could not be recognised; save it as UTF-8 and try again."
    )


def _decode_mostly_utf8(data: bytes) -> tuple[str, str, list[str]] | None:
    """UTF-8 text with a few Windows-1252 bytes pasted in (files joined from sources).

    Decoding it all as cp1252 would garble every UTF-8 character; decoding only the
    stray bytes as cp1252 keeps both parts right. Real cp1252 text practically never
    contains valid UTF-8 multi-byte sequences, so their presence decides.
    """
    utf8_sequences = len(_UTF8_MULTIBYTE.findall(data))
    if not utf8_sequences:
        return None
    # surrogateescape turns each undecodable byte into one lone surrogate (which
    # valid UTF-8 never yields), so they can be counted and then replaced.
    escaped = data.decode("utf-8", "surrogateescape")
    stray = len(_ESCAPED_BYTE.findall(escaped))
    if stray > utf8_sequences:
        return None
    text = _ESCAPED_BYTE.sub(lambda match: _byte_as_cp1252(ord(match.group()) - 0xDC00), escaped)
    warning = (
        f"The file is UTF-8 with {stray} byte(s) in another encoding; "
        "those were read as Windows-1252."
    )
    return text, "utf-8", [warning]


def _byte_as_cp1252(byte: int) -> str:
    # The five bytes cp1252 leaves undefined map to C1 controls, as Windows does.
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


def _decode_utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """Recognise BOM-less UTF-16 by NUL high bytes in mostly-Latin text."""
    if len(data) < 4 or len(data) % 2:
        return None
    half = len(data) // 2
    even_nuls = data[0::2].count(0) / half
    odd_nuls = data[1::2].count(0) / half
    if odd_nuls >= 0.5 and even_nuls <= 0.05:
        encoding = "utf-16-le"
    elif even_nuls >= 0.5 and odd_nuls <= 0.05:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return None


def _looks_western(text: str) -> bool:
    """Whether a cp1252 decoding reads like a Western European language.

    In Dutch, French or German, accented letters sit inside words of ASCII letters
    ('geëmancipeerd', 'één'); the same bytes from Cyrillic, Greek or CJK encodings
    decode to long runs of accented Latin letters and hardly any plain ones.
    """
    non_ascii_letters = len(_NON_ASCII_LETTER.findall(text))
    if non_ascii_letters == 0:
        # Only punctuation (curly quotes, dashes, euro sign) outside ASCII.
        return True
    ascii_letters = len(_ASCII_LETTER.findall(text))
    in_long_runs = sum(len(run) for run in _NON_ASCII_LETTER_RUN.findall(text))
    share_of_letters = non_ascii_letters / (non_ascii_letters + ascii_letters)
    return share_of_letters < 0.3 and in_long_runs / non_ascii_letters < 0.2


def _reject_binary(text: str, data: bytes, path: Path) -> None:
    if "\x00" in text:
        raise FormatError(path, _binary_reason(data, "it contains NUL characters"))
    controls = len(_CONTROL_CHARS.findall(text))
    if controls and controls > _MAX_CONTROL_RATIO * len(text):
        raise FormatError(
            path,
            _binary_reason(data, f"{controls} of its {len(text)} characters are control codes"),
        )


def _reject_binary_utf8(utf8: bytes, length: int, data: bytes, path: Path) -> None:
    """`_reject_binary` for text that `utf8` is the exact UTF-8 encoding of.

    In UTF-8 the bytes 0x00-0x7F stand only for themselves, and the C1 controls
    U+0080-U+009F are exactly the pairs C2 80 .. C2 9F, so counting those bytes
    counts the same characters as `_CONTROL_CHARS` does in the text.
    """
    if b"\x00" in utf8:
        raise FormatError(path, _binary_reason(data, "it contains NUL characters"))
    controls = len(utf8.translate(None, _NOT_C0_CONTROL_BYTES))
    if b"\xc2" in utf8:
        controls += len(_UTF8_C1_CONTROL.findall(utf8))
    if controls and controls > _MAX_CONTROL_RATIO * length:
        raise FormatError(
            path,
            _binary_reason(data, f"{controls} of its {length} characters are control codes"),
        )


def _binary_reason(data: bytes, evidence: str) -> str:
    hint = next((why for magic, why in _SIGNATURES if data.startswith(magic)), None)
    reason = f"it is not a plain text file ({evidence})"
    return f"{reason}; {hint}." if hint else f"{reason}."
