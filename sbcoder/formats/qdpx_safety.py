"""Opening REFI-QDA files that may be hostile: path tricks, zip bombs, XML entity attacks.

Every check here runs before any content is handed on, so a refused file yields a
``QdpxError`` and nothing else.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path, PurePosixPath
from xml.parsers import expat

from lxml import etree

from sbcoder.formats.qdpx_common import QdpxError

#: Default cap on the bytes an import may unpack (the project XML plus the text sources
#: it reads). Media files in the archive are never unpacked and do not count.
DEFAULT_MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
_MAX_MEMBERS = 100_000
_CHUNK = 1024 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")


def check_member_name(path: Path, name: str) -> None:
    """Refuse an archive member whose name could escape the folder it unpacks into."""
    normal = name.replace("\\", "/")
    parts = PurePosixPath(normal).parts
    if normal.startswith("/") or _DRIVE.match(normal) or ".." in parts or "\x00" in name:
        raise QdpxError(
            path,
            f"it contains an entry named {name!r} that points outside the archive "
            "(an absolute path or '..'); the file was refused as unsafe.",
        )


class SafeArchive:
    """A .qdpx ZIP opened for reading with its names checked and its unpacking capped.

    ``read`` counts the bytes actually inflated, across all members, against
    ``max_unpacked_bytes``, besides checking each member's declared size first: the
    declared size of a hostile archive may lie.
    """

    def __init__(self, path: Path, max_unpacked_bytes: int = DEFAULT_MAX_UNPACKED_BYTES) -> None:
        self.path = path
        self.max_unpacked_bytes = max_unpacked_bytes
        self.unpacked = 0
        if not path.exists():
            raise QdpxError(path, "the file does not exist.")
        if not path.is_file():
            raise QdpxError(path, "it is a folder, not a file.")
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError) as error:
            raise QdpxError(
                path, f"it is not a REFI-QDA project (.qdpx is a ZIP archive; {error})."
            ) from error
        try:
            self._index = self._check_members()
        except QdpxError:
            self._zip.close()
            raise

    def _check_members(self) -> dict[str, zipfile.ZipInfo]:
        infos = self._zip.infolist()
        if len(infos) > _MAX_MEMBERS:
            raise QdpxError(self.path, f"it holds {len(infos)} entries; refused as unsafe.")
        index: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            check_member_name(self.path, info.filename)
            if info.is_dir():
                continue
            index.setdefault(info.filename.replace("\\", "/").casefold(), info)
        return index

    def close(self) -> None:
        """Close the underlying ZIP file."""
        self._zip.close()

    def __enter__(self) -> SafeArchive:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def names(self) -> list[str]:
        """The member names (files only), as stored."""
        return [info.filename for info in self._index.values()]

    def find(self, name: str) -> zipfile.ZipInfo | None:
        """The member called ``name``, matched without regard to case or slash style."""
        return self._index.get(name.replace("\\", "/").lstrip("/").casefold())

    def read(self, info: zipfile.ZipInfo) -> bytes:
        """Inflate one member, refusing to go beyond the unpacking cap."""
        if self.unpacked + info.file_size > self.max_unpacked_bytes:
            self._refuse_size(info)
        chunks: list[bytes] = []
        try:
            with self._zip.open(info) as stream:
                while True:
                    chunk = stream.read(_CHUNK)
                    if not chunk:
                        break
                    self.unpacked += len(chunk)
                    if self.unpacked > self.max_unpacked_bytes:
                        self._refuse_size(info)
                    chunks.append(chunk)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as error:
            raise QdpxError(
                self.path, f"its entry {info.filename!r} is damaged ({error})."
            ) from error
        return b"".join(chunks)

    def _refuse_size(self, info: zipfile.ZipInfo) -> None:
        limit = self.max_unpacked_bytes
        raise QdpxError(
            self.path,
            f"unpacking {info.filename!r} would exceed the limit of {limit:,} bytes "
            "(a zip bomb or an unexpectedly huge project); the file was refused.",
        )


def read_capped_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of a plain file, refusing one larger than ``max_bytes``."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise QdpxError(path, f"it is {size:,} bytes, over the limit of {max_bytes:,}.")
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)
    except FileNotFoundError as error:
        raise QdpxError(path, "the file does not exist.") from error
    except IsADirectoryError as error:
        raise QdpxError(path, "it is a folder, not a file.") from error
    except OSError as error:
        raise QdpxError(path, f"the file could not be opened ({error.strerror}).") from error
    if len(data) > max_bytes:
        raise QdpxError(path, f"it is over the limit of {max_bytes:,} bytes.")
    return data


class _PrologDone(Exception):
    """Stops the prolog scan at the root element."""


def _refuse_doctype(path: Path, data: bytes, what: str) -> None:
    """Raise if the document declares a DTD, looking only at what precedes its root.

    Expat stops at the first element, so nothing a hostile DTD declares is ever
    expanded; it also handles every encoding an XML declaration or BOM may announce.
    """

    def doctype(*_: object) -> None:
        raise QdpxError(
            path,
            f"{what} declares a DTD (<!DOCTYPE ...>), which REFI-QDA files never contain and "
            "which can hide entity-expansion or external-entity attacks; refused as unsafe.",
        )

    def root(*_: object) -> None:
        raise _PrologDone

    scanner = expat.ParserCreate()
    scanner.StartDoctypeDeclHandler = doctype
    scanner.StartElementHandler = root
    try:
        for offset in range(0, len(data), 65536):
            scanner.Parse(data[offset : offset + 65536], False)
        scanner.Parse(b"", True)
    except _PrologDone:
        return
    except expat.ExpatError as error:
        raise QdpxError(path, f"{what} is not well-formed XML ({error}).") from error


def parse_xml(path: Path, data: bytes, what: str) -> etree._Element:
    """Parse XML that may be hostile: no DTD, no entities, no network, ever.

    ``what`` names the part in messages ("project.qde"). A document that declares a
    DTD is refused before lxml sees it, since REFI-QDA never needs one; lxml is then
    also told never to load a DTD, resolve an entity or use the network.
    """
    _refuse_doctype(path, data, what)
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=True,  # long transcripts inline; size is capped by the unpacking limit
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise QdpxError(path, f"{what} is not well-formed XML ({error}).") from error
    except ValueError as error:
        raise QdpxError(path, f"{what} could not be read as XML ({error}).") from error
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        raise QdpxError(
            path,
            f"{what} declares a DTD (<!DOCTYPE ...>), which REFI-QDA files never contain and "
            "which can hide entity-expansion or external-entity attacks; refused as unsafe.",
        )
    for _ in root.iter(etree.Entity):
        raise QdpxError(path, f"{what} uses XML entities; refused as unsafe.")
    return root
