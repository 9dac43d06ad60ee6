"""Hostile and broken REFI-QDA files are refused with a QdpxError before anything is returned."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest

from sbcoder.formats.errors import FormatError
from sbcoder.formats.qdpx import QdpxError, read_qdc, read_qdpx

SOURCE = "5e2a1c3b-0d4f-4a6b-9c8d-7e6f5a4b3c2d"
PROJECT = (
    '<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="p">'
    f'<Sources><TextSource guid="{SOURCE}" name="s" plainTextPath="internal://{SOURCE}.txt"/>'
    "</Sources></Project>"
)


def zip_with(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED)
    return path


def test_qdpx_error_is_a_format_error() -> None:
    assert issubclass(QdpxError, FormatError)


@pytest.mark.parametrize(
    "evil_name",
    ["../evil.txt", "sources/../../evil.txt", "/etc/evil.txt", "C:/evil.txt", "..\\evil.txt"],
)
def test_entries_escaping_the_archive_are_refused(tmp_path: Path, evil_name: str) -> None:
    path = zip_with(tmp_path / "evil.qdpx", {"project.qde": PROJECT.encode(), evil_name: b"x"})
    with pytest.raises(QdpxError, match="outside the archive") as caught:
        read_qdpx(path)
    assert "evil.qdpx" in str(caught.value)


def test_zip_bomb_is_refused_by_declared_size(tmp_path: Path) -> None:
    bomb = b"\0" * (20 * 1024 * 1024)  # 20 MB of zeros packs to about 20 kB
    path = zip_with(
        tmp_path / "bomb.qdpx", {"project.qde": PROJECT.encode(), f"sources/{SOURCE}.txt": bomb}
    )
    assert path.stat().st_size < 100_000
    with pytest.raises(QdpxError, match="exceed the limit"):
        read_qdpx(path, max_unpacked_bytes=5 * 1024 * 1024)
    snapshot, _ = read_qdpx(path, max_unpacked_bytes=64 * 1024 * 1024)  # allowed when in limit
    assert len(snapshot.sources[0].text) == len(bomb)


def _understate_size(path: Path, name: str, claimed: int) -> None:
    """Rewrite the sizes the archive declares for ``name`` (local and central headers)."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    local_offset = info.header_offset
    struct.pack_into("<I", data, local_offset + 22, claimed)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46 : central + 46 + name_length]) == encoded:
            struct.pack_into("<I", data, central + 24, claimed)
            break
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))


def test_zip_bomb_that_lies_about_its_size_is_refused(tmp_path: Path) -> None:
    name = f"sources/{SOURCE}.txt"
    path = zip_with(
        tmp_path / "liar.qdpx", {"project.qde": PROJECT.encode(), name: b"a" * (8 * 1024 * 1024)}
    )
    _understate_size(path, name, 1000)
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo(name).file_size == 1000
    with pytest.raises(QdpxError):
        read_qdpx(path, max_unpacked_bytes=1024 * 1024)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&lol9;"/>"""


def test_entity_expansion_is_refused(tmp_path: Path) -> None:
    path = zip_with(tmp_path / "laughs.qdpx", {"project.qde": BILLION_LAUGHS})
    with pytest.raises(QdpxError, match="DTD"):
        read_qdpx(path)


def test_external_entities_are_refused_and_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
        '<Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>'
    ).encode()
    path = zip_with(tmp_path / "xxe.qdpx", {"project.qde": xxe})
    with pytest.raises(QdpxError, match="DTD") as caught:
        read_qdpx(path)
    assert "TOP SECRET" not in str(caught.value)
    codebook = tmp_path / "xxe.qdc"
    codebook.write_bytes(xxe.replace(b"<Project", b"<CodeBook").replace(b"/>", b"/>", 1))
    with pytest.raises(QdpxError, match="DTD"):
        read_qdc(codebook)


def test_undeclared_entity_is_malformed_xml(tmp_path: Path) -> None:
    path = zip_with(
        tmp_path / "ent.qdpx",
        {"project.qde": b'<Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>'},
    )
    with pytest.raises(QdpxError, match="not well-formed"):
        read_qdpx(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a REFI-QDA project"),
        (b"PK\x03\x04 broken", "not a REFI-QDA project"),
        (b"<Project/>", "not a REFI-QDA project"),
    ],
)
def test_files_that_are_no_zip_archive(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "broken.qdpx"
    path.write_bytes(content)
    with pytest.raises(QdpxError, match=message):
        read_qdpx(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(QdpxError, match="does not exist"):
        read_qdpx(tmp_path / "nope.qdpx")
    with pytest.raises(QdpxError, match="folder"):
        read_qdpx(tmp_path)
    with pytest.raises(QdpxError, match="does not exist"):
        read_qdc(tmp_path / "nope.qdc")


def test_wrong_root_element(tmp_path: Path) -> None:
    path = zip_with(tmp_path / "root.qdpx", {"project.qde": b"<CodeBook/>"})
    with pytest.raises(QdpxError, match="not a REFI-QDA <Project>"):
        read_qdpx(path)


def test_external_sources_are_only_plain_text(tmp_path: Path) -> None:
    (tmp_path / "secret.key").write_text("private", encoding="utf-8")
    qde = PROJECT.replace(
        f"internal://{SOURCE}.txt", f"absolute://{(tmp_path / 'secret.key').as_posix()}"
    )
    path = zip_with(tmp_path / "ext.qdpx", {"project.qde": qde.encode()})
    snapshot, report = read_qdpx(path)
    assert snapshot.sources == []
    assert any("source 's'" in item for item in report.unsupported)


def test_codebook_size_cap(tmp_path: Path) -> None:
    path = tmp_path / "big.qdc"
    path.write_bytes(b"<CodeBook><Codes/></CodeBook>" + b" " * 2000)
    with pytest.raises(QdpxError, match="over the limit"):
        read_qdc(path, max_bytes=1000)
