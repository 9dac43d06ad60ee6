"""Writing .qdpx and .qdc: schema-valid, deterministic, atomic, and honest about losses."""

from __future__ import annotations

import random
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from lxml import etree

from sbcoder.formats.interchange import (
    Case,
    CodeNode,
    Coding,
    Note,
    ProjectSnapshot,
    Quotation,
    Set,
    TextSource,
    User,
    Variable,
)
from sbcoder.formats.qdpx import read_qdc, read_qdpx, write_qdc, write_qdpx
from sbcoder.formats.qdpx_validate import InvalidSnapshotError
from sbcoder.progress import Cancelled, RecordingReporter

SHARED = Path(__file__).resolve().parents[3] / "shared" / "interop"
needs_schemas = pytest.mark.skipif(
    not (SHARED / "Project.xsd").exists(), reason=f"the REFI-QDA schemas are not in {SHARED}"
)


def guid(number: int) -> str:
    return f"00000000-0000-4000-8000-{number:012d}"


def full_snapshot() -> ProjectSnapshot:
    """A small project using every part of the format."""
    anna, bram = User(guid(1), "Anna"), User(guid(2), "Bram & Co")
    context = CodeNode(
        guid(10), "Context", "#1F77B4", "Waar en wanneer", False, None, 0, "memo\nlang"
    )
    trust = CodeNode(guid(11), "Vertrouwen", "#ff7f0e", "", True, guid(12), 0)
    mechanism = CodeNode(guid(12), "Mechanisme", None, "", True, None, 1)
    text = "Interviewer: Hoe gaat het?\nBewoner: Goed 😀, ik vertrouw de buurt 🏘️ meer.\n"
    start = text.index("ik vertrouw")
    quotations = [
        Quotation(
            guid(21),
            start,
            start + len("ik vertrouw de buurt"),
            datetime(2025, 3, 1, 10, 0, tzinfo=UTC),
            anna.guid,
            "sterk citaat",
            [
                Coding(guid(31), trust.guid, anna.guid, datetime(2025, 3, 1, 10, 1, tzinfo=UTC)),
                Coding(guid(30), context.guid, bram.guid, None),
            ],
        ),
        Quotation(guid(20), 0, 11, None, None, "", []),
    ]
    source = TextSource(
        guid(40),
        "Interview 1",
        text,
        created=datetime(2025, 2, 1, tzinfo=UTC),
        creating_user_guid=anna.guid,
        group_guids=[guid(60)],
        quotations=quotations,
    )
    second = TextSource(guid(41), "Interview 2", "Kort.\n")
    variables = [
        Variable(guid(50), "type", "Text", "stedelijk of regionaal"),
        Variable(guid(51), "deelnemers", "Integer"),
        Variable(guid(52), "score", "Float"),
        Variable(guid(53), "start", "Date"),
        Variable(guid(54), "gesproken", "DateTime"),
        Variable(guid(55), "actief", "Boolean"),
    ]
    return ProjectSnapshot(
        name="Samen Buurten",
        created=datetime(2025, 1, 1, 9, 30, tzinfo=UTC),
        users=[anna, bram],
        codes=[context, trust, mechanism],
        sources=[source, second],
        cases=[Case(guid(70), "Initiatief A", "Noord", [source.guid, second.guid])],
        variables=variables,
        case_values={
            guid(70): {
                guid(50): "stedelijk",
                guid(51): 12,
                guid(52): 0.25,
                guid(53): date(2024, 5, 1),
            }
        },
        source_values={
            source.guid: {guid(54): datetime(2025, 2, 1, 14, 0, tzinfo=UTC), guid(55): True}
        },
        sets=[Set(guid(60), "Ronde 1", "eerste ronde", [second.guid])],
        notes=[
            Note(guid(80), "Logboek", "Project begonnen.", None, anna.guid, []),
            Note(guid(81), "Over codering", "Let op", None, None, [guid(30), quotations[0].guid]),
        ],
    )


@needs_schemas
def test_project_file_is_valid_against_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "out.qdpx"
    write_qdpx(full_snapshot(), path)
    schema = etree.XMLSchema(etree.parse(str(SHARED / "Project.xsd")))
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        document = etree.fromstring(archive.read("project.qde"))
        text = archive.read(f"sources/{guid(40)}.txt")
    assert schema.validate(document), schema.error_log
    assert names == ["project.qde", f"sources/{guid(40)}.txt", f"sources/{guid(41)}.txt"]
    assert not text.startswith(b"\xef\xbb\xbf") and b"\r" not in text
    assert text.decode("utf-8") == full_snapshot().sources[0].text
    ns = {"q": "urn:QDA-XML:project:1.0"}
    source = document.find("q:Sources/q:TextSource", ns)
    assert source.get("plainTextPath") == f"internal://{guid(40)}.txt"
    coding = document.find(f".//q:Coding[@guid='{guid(31)}']", ns)
    assert coding.get("creatingUser") == guid(1)
    assert coding.get("creationDateTime") == "2025-03-01T10:01:00Z"
    assert document.find(".//q:Code[@name='Context']", ns).get("isCodable") == "false"
    # Memos became notes that their code and quotation point at.
    memo_refs = document.findall(".//q:PlainTextSelection/q:NoteRef", ns)
    assert len(memo_refs) == 2


@needs_schemas
def test_codebook_is_valid_against_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "codes.qdc"
    report = write_qdc(full_snapshot(), path)
    schema = etree.XMLSchema(etree.parse(str(SHARED / "Codebook.xsd")))
    assert schema.validate(etree.parse(str(path))), schema.error_log
    assert any("memo" in warning for warning in report.warnings)
    codes, _ = read_qdc(path)
    assert [(c.name, c.parent_guid) for c in codes] == [
        ("Context", None),
        ("Mechanisme", None),
        ("Vertrouwen", guid(12)),
    ]


@needs_schemas
def test_empty_project_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "empty.qdpx"
    write_qdpx(ProjectSnapshot(name="Leeg"), path)
    schema = etree.XMLSchema(etree.parse(str(SHARED / "Project.xsd")))
    with zipfile.ZipFile(path) as archive:
        assert schema.validate(etree.fromstring(archive.read("project.qde"))), schema.error_log
    snapshot, _ = read_qdpx(path)
    assert snapshot == ProjectSnapshot(name="Leeg")


def test_output_is_byte_identical_whatever_the_order_of_quotations(tmp_path: Path) -> None:
    first, second = tmp_path / "a.qdpx", tmp_path / "b.qdpx"
    write_qdpx(full_snapshot(), first)
    shuffled = full_snapshot()
    for source in shuffled.sources:
        random.Random(7).shuffle(source.quotations)
        for quotation in source.quotations:
            quotation.codings.reverse()
    write_qdpx(shuffled, second)
    assert first.read_bytes() == second.read_bytes()


def test_written_file_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "rt.qdpx"
    snapshot = full_snapshot()
    write_qdpx(snapshot, path)
    again, report = read_qdpx(path)
    assert again.sources[0].quotations[1].memo == "sterk citaat"
    assert again.codes[0].memo == "memo\nlang"
    assert again.case_values == snapshot.case_values
    assert again.source_values == snapshot.source_values
    assert sorted(again.sets[0].source_guids) == sorted([guid(40), guid(41)])
    assert report.counts["codings"] == 2 and report.counts["notes"] == 2


def test_invalid_snapshot_is_refused_before_the_file_is_touched(tmp_path: Path) -> None:
    path = tmp_path / "keep.qdpx"
    path.write_bytes(b"previous export")
    broken = full_snapshot()
    broken.sources[0].quotations[0].end = 10_000
    broken.codes[0].color = "red"
    broken.sources[1].text = "changed\r\n"
    broken.sources[0].quotations[0].codings[0].code_guid = guid(999)
    broken.users.append(User("ABC", "upper"))
    with pytest.raises(InvalidSnapshotError) as caught:
        write_qdpx(broken, path)
    problems = " | ".join(caught.value.problems)
    for expected in (
        "outside",
        "colour",
        "carriage returns",
        "unknown code",
        "not a lower-case UUID",
        "sha256",
    ):
        assert expected in problems
    assert path.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.qdpx"]


def test_a_failure_while_writing_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "keep.qdpx"
    path.write_bytes(b"previous export")
    with pytest.raises(Cancelled):
        write_qdpx(full_snapshot(), path, reporter=RecordingReporter(cancel_after=1))
    assert path.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.qdpx"]


def test_existing_file_is_replaced_and_progress_reported(tmp_path: Path) -> None:
    path = tmp_path / "out.qdpx"
    path.write_bytes(b"old")
    reporter = RecordingReporter()
    write_qdpx(full_snapshot(), path, reporter=reporter)
    assert zipfile.is_zipfile(path)
    assert reporter.events[-1][0] == reporter.events[-1][1] == 2


def test_what_refi_qda_cannot_hold_is_reported(tmp_path: Path) -> None:
    snapshot = full_snapshot()
    snapshot.notes.append(Note(guid(82), "Over de casus", "x", None, None, [guid(70)]))
    snapshot.codes[1].name = "bad\x01name"
    report = write_qdpx(snapshot, tmp_path / "out.qdpx")
    assert any("Over de casus" in warning for warning in report.warnings)
    assert any("control characters" in warning for warning in report.warnings)
    again, _ = read_qdpx(tmp_path / "out.qdpx")
    assert "bad\ufffdname" in [code.name for code in again.codes]


def test_text_starting_with_a_byte_order_mark_survives(tmp_path: Path) -> None:
    snapshot = ProjectSnapshot(name="p", sources=[TextSource(guid(1), "s", "\ufeffBOM-tekst")])
    write_qdpx(snapshot, tmp_path / "bom.qdpx")
    again, _ = read_qdpx(tmp_path / "bom.qdpx")
    assert again.sources[0].text == "\ufeffBOM-tekst"


def test_codebook_needs_a_code(tmp_path: Path) -> None:
    with pytest.raises(InvalidSnapshotError, match="at least one code"):
        write_qdc(ProjectSnapshot(name="p"), tmp_path / "none.qdc")
    assert not (tmp_path / "none.qdc").exists()
