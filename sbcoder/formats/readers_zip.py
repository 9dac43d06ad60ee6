"""Defensive checks on ZIP-based documents (.docx, .odt) before a library opens them."""

from __future__ import annotations

import zipfile
from pathlib import Path

from sbcoder.formats.errors import FormatError

# No interview transcript comes near this once unpacked; a package that claims more
# is a zip bomb or not a document, and must not be inflated into memory.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 20_000

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def check_zip_package(path: Path, kind: str) -> zipfile.ZipFile:
    """Open ``path`` as a ZIP package after checking it is one and is not a zip bomb.

    ``kind`` names the document type for messages ("Word document"). The caller
    closes the returned archive. Python's zipfile never inflates a member beyond its
    declared size (it stops there and reports a bad CRC), so capping the declared
    sizes caps the memory a hostile package can make us use.
    """
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as error:
        raise FormatError(path, f"the file could not be opened ({error.strerror}).") from error
    if not head:
        raise FormatError(path, "the file is empty.")
    if head == _OLE_MAGIC:
        raise FormatError(
            path,
            f"it is not a {kind} in the expected format: it is password-protected "
            "or an old binary Office file; open it in your word processor, remove "
            "the password or save it in the new format, and import that.",
        )
    if not zipfile.is_zipfile(path):
        raise FormatError(
            path, f"it is not a valid {kind} (the file is damaged, truncated, or not a {kind})."
        )
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise FormatError(path, f"it is not a valid {kind} ({error}).") from error
    infos = archive.infolist()
    unpacked = sum(info.file_size for info in infos)
    if len(infos) > MAX_MEMBERS or unpacked > MAX_UNPACKED_BYTES:
        archive.close()
        raise FormatError(
            path,
            f"it unpacks to {unpacked // 2**20} MB in {len(infos)} parts, more than a "
            f"{kind} plausibly holds (limit {MAX_UNPACKED_BYTES // 2**20} MB); "
            "it was not opened.",
        )
    return archive
