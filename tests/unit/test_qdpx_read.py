"""Reading REFI-QDA projects as other tools write them (hand-made files in each dialect)."""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from sbcoder.formats.interchange import canonical_order
from sbcoder.formats.qdpx import QdpxError, merge_duplicate_quotations, read_qdc, read_qdpx

SOURCE = "5e2a1c3b-0d4f-4a6b-9c8d-7e6f5a4b3c2d"
CODE = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
USER = "11111111-2222-4333-8444-555555555555"
TEXT = "Het buurthuis helpt. Vertrouwen groeit 😀 langzaam.\nTweede regel."


def make_qdpx(
    path: Path,
    qde: str | bytes,
    files: dict[str, bytes] | None = None,
    qde_name: str = "project.qde",
) -> Path:
    """A .qdpx holding ``qde`` and ``files`` (name -> bytes)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(qde_name, qde.encode("utf-8") if isinstance(qde, str) else qde)
        for name, data in (files or {}).items():
            archive.writestr(name, data)
    return path


def project(
    body: str, *, namespace: str | None = "urn:QDA-XML:project:1.0", **attributes: str
) -> str:
    """A project document around ``body``."""
    xmlns = f' xmlns="{namespace}"' if namespace is not None else ""
    extra = "".join(f' {name}="{value}"' for name, value in attributes.items())
    declaration = '<?xml version="1.0" encoding="utf-8"?>\n'
    return f'{declaration}<Project{xmlns} name="Buurten"{extra}>{body}</Project>'


def codebook(guid: str = CODE) -> str:
    code = f'<Code guid="{guid}" name="Vertrouwen" isCodable="true"/>'
    return f"<CodeBook><Codes>{code}</Codes></CodeBook>"


def text_source(selections: str = "", path: str | None = None, content: str | None = None) -> str:
    location = f' plainTextPath="{path}"' if path is not None else ""
    inline = f"<PlainTextContent>{content}</PlainTextContent>" if content is not None else ""
    return (
        f'<Sources><TextSource guid="{SOURCE}" name="Interview 1"{location}>'
        f"{inline}{selections}</TextSource></Sources>"
    )


def selection(
    start: int,
    end: int,
    guid: str = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee",
    code: str | None = CODE,
) -> str:
    coding = (
        f'<Coding guid="{guid[:-4]}ffff" creatingUser="{USER}" '
        'creationDateTime="2024-03-01T10:00:00Z">'
        f'<CodeRef targetGUID="{code}"/></Coding>'
        if code
        else ""
    )
    return (
        f'<PlainTextSelection guid="{guid}" startPosition="{start}" endPosition="{end}" '
        f'creatingUser="{USER}" creationDateTime="2024-03-01T09:00:00Z">'
        f"{coding}</PlainTextSelection>"
    )


def value(variable: str, kind: str, text: str) -> str:
    return (
        f'<VariableValue><VariableRef targetGUID="{variable}"/><{kind}>{text}</{kind}>'
        "</VariableValue>"
    )


def note_element(guid: str, name: str, text: str, attributes: str = "") -> str:
    return (
        f'<Note guid="{guid}" name="{name}" {attributes}>'
        f"<PlainTextContent>{text}</PlainTextContent></Note>"
    )


def quoted(snapshot) -> list[str]:  # type: ignore[no-untyped-def]
    source = snapshot.sources[0]
    return [source.text[q.start : q.end] for q in source.quotations]


@pytest.mark.parametrize("namespace", ["urn:QDA-XML:project:1.0", "urn:QDA-XML:project:0:4", None])
def test_namespace_variants_read_alike(tmp_path: Path, namespace: str | None) -> None:
    start = TEXT.index("Vertrouwen")
    qde = project(
        f'<Users><User guid="{USER}" name="Anna"/></Users>'
        + codebook()
        + text_source(selection(start, start + 10), f"internal://{SOURCE}.txt"),
        namespace=namespace,
    )
    path = make_qdpx(tmp_path / "p.qdpx", qde, {f"sources/{SOURCE}.txt": TEXT.encode()})
    snapshot, report = read_qdpx(path)
    assert quoted(snapshot) == ["Vertrouwen"]
    assert snapshot.codes[0].name == "Vertrouwen"
    assert snapshot.sources[0].quotations[0].codings[0].code_guid == CODE
    assert report.counts["codings"] == 1
    assert report.warnings == []


def test_atlas_style_project_named_qde_upper_case_guids_and_sources_folder(tmp_path: Path) -> None:
    upper_source, upper_code = SOURCE.upper(), "{" + CODE.upper() + "}"
    start = TEXT.index("buurthuis")
    qde = project(
        f'<CodeBook><Codes><Code guid="{upper_code}" name="Plek" isCodable="true" color="#f0a">'
        "<Description>Waar het gebeurt</Description></Code></Codes></CodeBook>"
        f'<Sources><TextSource guid="{upper_source}" name="Interview 1" '
        f'plainTextPath="internal://{upper_source}.TXT">'
        '<PlainTextSelection guid="{AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE}" '
        f'startPosition="{start}" endPosition="{start + 9}">'
        '<Coding guid="AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEFFFF">'
        f'<CodeRef targetGUID="{upper_code}"/></Coding></PlainTextSelection>'
        "</TextSource></Sources>",
        origin="ATLAS.ti 9.1.3 (Windows)",
    )
    path = make_qdpx(
        tmp_path / "a.qdpx",
        qde,
        {f"Sources/{upper_source}.TXT": TEXT.encode()},
        qde_name="Mijn project.qde",
    )
    snapshot, _ = read_qdpx(path)
    code = snapshot.codes[0]
    assert code.guid == CODE and code.color == "#ff00aa" and code.description == "Waar het gebeurt"
    assert snapshot.sources[0].guid == SOURCE
    quotation = snapshot.sources[0].quotations[0]
    assert quotation.guid == "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"
    assert quotation.codings[0].code_guid == CODE
    assert quoted(snapshot) == ["buurthuis"]


def test_bom_in_xml_and_source_and_crlf_spec_positions(tmp_path: Path) -> None:
    crlf_text = TEXT.replace("\n", "\r\n")
    start = crlf_text.index("Tweede")  # code points of the file as stored: CRLF counts 2
    qde = "\ufeff" + project(
        codebook() + text_source(selection(start, start + 6), f"internal://{SOURCE}.txt"),
        origin="QualCoder 3.5",
    )
    path = make_qdpx(
        tmp_path / "b.qdpx", qde, {f"sources/{SOURCE}.txt": "\ufeff".encode() + crlf_text.encode()}
    )
    snapshot, report = read_qdpx(path)
    assert snapshot.sources[0].text == TEXT
    assert quoted(snapshot) == ["Tweede"]
    assert report.position_dialect == "codepoints"


def test_inline_plain_text_content_and_selection_without_codes(tmp_path: Path) -> None:
    start = TEXT.index("groeit")
    qde = project(text_source(selection(start, start + 6, code=None), content=TEXT))
    snapshot, report = read_qdpx(make_qdpx(tmp_path / "c.qdpx", qde))
    assert snapshot.sources[0].text == TEXT
    assert quoted(snapshot) == ["groeit"]
    assert snapshot.sources[0].quotations[0].codings == []
    assert report.counts["quotations"] == 1 and report.counts["codings"] == 0


def test_relative_absolute_and_bare_paths(tmp_path: Path) -> None:
    outside = tmp_path / "bronnen"
    outside.mkdir()
    (outside / "rel.txt").write_text("relatief bestand", encoding="utf-8")
    (tmp_path / "abs.txt").write_text("absoluut bestand", encoding="utf-8")
    guids = [
        "10000000-0000-4000-8000-000000000001",
        "10000000-0000-4000-8000-000000000002",
        "10000000-0000-4000-8000-000000000003",
    ]
    qde = project(
        "<Sources>"
        f'<TextSource guid="{guids[0]}" name="rel" plainTextPath="relative:///rel.txt"/>'
        f'<TextSource guid="{guids[1]}" name="abs" '
        f'plainTextPath="absolute://{(tmp_path / "abs.txt").as_posix()}"/>'
        f'<TextSource guid="{guids[2]}" name="bare" plainTextPath="sources/bare.txt"/>'
        "</Sources>",
        basePath=outside.as_posix(),
    )
    path = make_qdpx(tmp_path / "d.qdpx", qde, {"sources/bare.txt": b"kaal pad"})
    snapshot, report = read_qdpx(path)
    assert [s.text for s in snapshot.sources] == [
        "relatief bestand",
        "absoluut bestand",
        "kaal pad",
    ]
    assert sum("was read from" in warning for warning in report.warnings) == 2
    # Without permission to look outside the archive the two outside texts are reported.
    snapshot, report = read_qdpx(path, allow_external_sources=False)
    assert [s.name for s in snapshot.sources] == ["bare"]
    assert sum("source 'rel'" in item or "source 'abs'" in item for item in report.unsupported) == 2


def test_cases_variables_sets_notes_and_foreign_memos(tmp_path: Path) -> None:
    variable_text, variable_int, variable_date = (
        "20000000-0000-4000-8000-00000000000a",
        "20000000-0000-4000-8000-00000000000b",
        "20000000-0000-4000-8000-00000000000c",
    )
    case, group = "30000000-0000-4000-8000-000000000001", "30000000-0000-4000-8000-000000000002"
    memo_note, free_note = (
        "40000000-0000-4000-8000-000000000001",
        "40000000-0000-4000-8000-000000000002",
    )
    code_note = "40000000-0000-4000-8000-000000000003"
    sel = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"
    start = TEXT.index("helpt")
    qde = project(
        f'<Users><User guid="{USER}" name="Anna"/></Users>'
        f'<CodeBook><Codes><Code guid="{CODE}" name="Steun" isCodable="true">'
        f'<NoteRef targetGUID="{code_note}"/></Code></Codes></CodeBook>'
        f'<Variables><Variable guid="{variable_text}" name="type" typeOfVariable="Text"/>'
        f'<Variable guid="{variable_int}" name="leden" typeOfVariable="Integer"/>'
        f'<Variable guid="{variable_date}" name="start" typeOfVariable="Date"/></Variables>'
        f'<Cases><Case guid="{case}" name="Buurt A"><Description>Noord</Description>'
        + value(variable_text, "TextValue", "stedelijk")
        + value(variable_int, "IntegerValue", "12")
        + f'<SourceRef targetGUID="{SOURCE}"/></Case></Cases>'
        f'<Sources><TextSource guid="{SOURCE}" name="Interview 1" '
        f'plainTextPath="internal://{SOURCE}.txt">'
        f'<PlainTextSelection guid="{sel}" startPosition="{start}" endPosition="{start + 5}">'
        "<Description>Belangrijk</Description>"
        f'<NoteRef targetGUID="{memo_note}"/></PlainTextSelection>'
        f'<NoteRef targetGUID="{free_note}"/>'
        + value(variable_date, "DateValue", "2024-02-29")
        + "</TextSource></Sources><Notes>"
        + note_element(memo_note, "n1", "uit NVivo")
        + note_element(
            free_note,
            "Over het interview",
            "regel 1\r\nregel 2",
            f'creatingUser="{USER}" creationDateTime="2024-03-01T08:00:00.1234567Z"',
        )
        + note_element(code_note, "c", "definitie-memo")
        + "</Notes>"
        f'<Sets><Set guid="{group}" name="Ronde 1"><Description>eerste</Description>'
        f'<MemberSource targetGUID="{SOURCE}"/><MemberCode targetGUID="{CODE}"/></Set></Sets>',
        origin="NVivo 14",
    )
    path = make_qdpx(tmp_path / "e.qdpx", qde, {f"sources/{SOURCE}.txt": TEXT.encode()})
    snapshot, report = read_qdpx(path)
    assert snapshot.cases[0].name == "Buurt A" and snapshot.cases[0].source_guids == [SOURCE]
    assert snapshot.cases[0].description == "Noord"
    assert snapshot.case_values == {case: {variable_text: "stedelijk", variable_int: 12}}
    assert snapshot.source_values == {SOURCE: {variable_date: date(2024, 2, 29)}}
    assert snapshot.sets[0].source_guids == [SOURCE] and snapshot.sources[0].group_guids == [group]
    quotation = snapshot.sources[0].quotations[0]
    # A foreign tool's note on one selection, and its description, become the memo.
    assert quotation.memo == "uit NVivo\n\nBelangrijk"
    assert snapshot.codes[0].memo == "definitie-memo"
    [note] = snapshot.notes
    assert note.text == "regel 1\nregel 2" and note.target_guids == [SOURCE]
    assert note.created == datetime(2024, 3, 1, 8, 0, 0, 123456, tzinfo=UTC)
    assert note.creating_user_guid == USER
    assert any("Ronde 1" in item and "1 codes" in item for item in report.unsupported)


def test_unsupported_content_is_listed_not_dropped_silently(tmp_path: Path) -> None:
    qde = project(
        codebook()
        + "<Sources>"
        + f'<TextSource guid="{SOURCE}" name="Interview 1" '
        + f'plainTextPath="internal://{SOURCE}.txt">'
        + selection(0, 3)
        + '<Coding guid="50000000-0000-4000-8000-000000000001">'
        + f'<CodeRef targetGUID="{CODE}"/></Coding>'
        + "</TextSource>"
        + '<PDFSource guid="60000000-0000-4000-8000-000000000001" name="Rapport" '
        + 'path="internal://x.pdf">'
        + '<PDFSelection guid="60000000-0000-4000-8000-000000000002" page="1" '
        + 'firstX="0" firstY="0" '
        + 'secondX="5" secondY="5"><Coding guid="60000000-0000-4000-8000-000000000003">'
        + f'<CodeRef targetGUID="{CODE}"/></Coding></PDFSelection></PDFSource>'
        + '<PictureSource guid="60000000-0000-4000-8000-000000000004" name="Foto"/>'
        + '<TextSource guid="60000000-0000-4000-8000-000000000005" name="Weg" '
        + 'plainTextPath="internal://ontbreekt.txt"/>'
        + "</Sources>"
        + '<Links><Link guid="70000000-0000-4000-8000-000000000001"/></Links>'
        + '<Graphs><Graph guid="70000000-0000-4000-8000-000000000002" name="Netwerk"/></Graphs>'
        + '<Cases><Case guid="70000000-0000-4000-8000-000000000003" name="K">'
        + f'<CodeRef targetGUID="{CODE}"/></Case></Cases>',
        origin="MAXQDA 2022",
    )
    path = make_qdpx(tmp_path / "f.qdpx", qde, {f"sources/{SOURCE}.txt": TEXT.encode()})
    snapshot, report = read_qdpx(path)
    listed = " | ".join(report.unsupported)
    for expected in (
        "PDF source 'Rapport' with 1 codings",
        "picture source 'Foto'",
        "source 'Weg'",
        "1 links",
        "graph 'Netwerk'",
        "case 'K': 1 linked codes",
    ):
        assert expected in listed
    assert snapshot.unsupported == report.unsupported
    # A coding of the whole document becomes a quotation over all of it.
    spans = sorted((q.start, q.end) for q in snapshot.sources[0].quotations)
    assert spans == [(0, 3), (0, len(TEXT))]
    assert any("became one quotation" in warning for warning in report.warnings)


def test_codings_of_undefined_codes_and_empty_selections_are_reported(tmp_path: Path) -> None:
    other = "99999999-0000-4000-8000-000000000000"
    qde = project(
        codebook()
        + text_source(
            selection(0, 3, code=other)
            + selection(5, 5, guid="bbbbbbbb-bbbb-4ccc-8ddd-eeeeeeeeeeee"),
            f"internal://{SOURCE}.txt",
        )
    )
    path = make_qdpx(tmp_path / "g.qdpx", qde, {f"sources/{SOURCE}.txt": TEXT.encode()})
    snapshot, report = read_qdpx(path)
    assert [q.codings for q in snapshot.sources[0].quotations] == [[]]
    assert any("codes the file does not define" in item for item in report.unsupported)
    assert any("empty selection" in item for item in report.unsupported)


def test_missing_users_are_added_and_bad_guids_repaired(tmp_path: Path) -> None:
    qde = project(
        '<CodeBook><Codes><Code guid="not-a-guid" name="X" isCodable="true"/>'
        '<Code guid="not-a-guid" name="Y" isCodable="1"/></Codes></CodeBook>'
        + text_source(selection(0, 3, code=None), f"internal://{SOURCE}.txt")
    )
    path = make_qdpx(tmp_path / "h.qdpx", qde, {f"sources/{SOURCE}.txt": TEXT.encode()})
    snapshot, report = read_qdpx(path)
    assert [user.guid for user in snapshot.users] == [USER]
    assert len({code.guid for code in snapshot.codes}) == 2
    assert any("invalid GUID" in warning for warning in report.warnings)
    assert any("repeats GUID" in warning for warning in report.warnings)


def test_non_utf8_source_is_read_with_a_warning(tmp_path: Path) -> None:
    latin = "Café met crème brûlée en één kopje thee, dat smaakte goed."
    qde = project(text_source(path=f"internal://{SOURCE}.txt"))
    path = make_qdpx(tmp_path / "i.qdpx", qde, {f"sources/{SOURCE}.txt": latin.encode("cp1252")})
    snapshot, report = read_qdpx(path)
    assert snapshot.sources[0].text == latin
    assert any("not UTF-8" in warning for warning in report.warnings)


def test_merge_duplicate_quotations_pools_nvivo_style_codings(tmp_path: Path) -> None:
    second_code = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4e"
    qde = project(
        f'<CodeBook><Codes><Code guid="{CODE}" name="A" isCodable="true"/>'
        f'<Code guid="{second_code}" name="B" isCodable="true"/></Codes></CodeBook>'
        + text_source(
            selection(0, 3) + selection(0, 3, "bbbbbbbb-bbbb-4ccc-8ddd-eeeeeeeeeeee", second_code),
            f"internal://{SOURCE}.txt",
        )
    )
    path = make_qdpx(tmp_path / "j.qdpx", qde, {f"sources/{SOURCE}.txt": TEXT.encode()})
    snapshot, _ = read_qdpx(path)
    merged = merge_duplicate_quotations(snapshot)
    [quotation] = merged.sources[0].quotations
    assert sorted(c.code_guid for c in quotation.codings) == sorted([CODE, second_code])
    assert canonical_order(merged) == merged


def test_qdc_codebook_with_sets(tmp_path: Path) -> None:
    path = tmp_path / "codes.qdc"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Quirkos">'
        '<Codes><Code guid="{5215CC69-B628-4E02-AFB9-9BEEAEE55808}" name="Topics" '
        'isCodable="false"><Code guid="d7aa29da-519b-4946-9b90-253b6db8fd0a" name="Economy" '
        'isCodable="true" color="#ffff00">'
        "<Description>jobs</Description></Code></Code></Codes>"
        '<Sets><Set guid="2324b638-d629-4970-b2e8-8b5bfd0a8d6b" name="Feelings">'
        '<MemberCode guid="d7aa29da-519b-4946-9b90-253b6db8fd0a"/></Set></Sets></CodeBook>',
        encoding="utf-8",
    )
    codes, report = read_qdc(path)
    assert [(c.name, c.parent_guid is None, c.is_codable) for c in codes] == [
        ("Topics", True, False),
        ("Economy", False, True),
    ]
    assert codes[0].guid == "5215cc69-b628-4e02-afb9-9beeaee55808"
    assert codes[1].parent_guid == codes[0].guid and codes[1].color == "#ffff00"
    assert report.origin == "Quirkos" and any("Feelings" in item for item in report.unsupported)


def test_qdc_refuses_a_project_document(tmp_path: Path) -> None:
    path = tmp_path / "wrong.qdc"
    path.write_text(project(codebook()), encoding="utf-8")
    with pytest.raises(QdpxError, match="not a REFI-QDA <CodeBook>"):
        read_qdc(path)


def test_no_project_document_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "leeg.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("sources/x.txt", b"x")
    with pytest.raises(QdpxError, match=r"no project\.qde"):
        read_qdpx(path)


def test_several_project_documents_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "twee.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.qde", project(""))
        archive.writestr("b.qde", project(""))
    with pytest.raises(QdpxError, match="several project files"):
        read_qdpx(path)


def test_project_in_a_folder_inside_the_zip(tmp_path: Path) -> None:
    qde = project(text_source(path=f"internal://{SOURCE}.txt"))
    path = make_qdpx(
        tmp_path / "map.qdpx",
        qde,
        {f"Export/sources/{SOURCE}.txt": b"tekst"},
        qde_name="Export/project.qde",
    )
    snapshot, _ = read_qdpx(path)
    assert snapshot.sources[0].text == "tekst"


def test_macos_resource_forks_are_not_taken_for_the_project(tmp_path: Path) -> None:
    qde = project(text_source(content="tekst"))
    path = make_qdpx(tmp_path / "mac.qdpx", qde, {"__MACOSX/._project.qde": b"\x00\x05\x16\x07"})
    snapshot, _ = read_qdpx(path)
    assert snapshot.sources[0].text == "tekst"


def test_unknown_namespace_and_source_description_are_reported(tmp_path: Path) -> None:
    body = (
        f'<Sources><TextSource guid="{SOURCE}" name="Interview 1">'
        "<Description>Afgenomen in maart</Description>"
        "<PlainTextContent>tekst</PlainTextContent></TextSource></Sources>"
    )
    qde = project(body, namespace="urn:example:other")
    snapshot, report = read_qdpx(make_qdpx(tmp_path / "ns.qdpx", qde))
    assert snapshot.sources[0].text == "tekst"
    assert any("urn:example:other" in warning for warning in report.warnings)
    assert any("Afgenomen in maart" in item for item in report.unsupported)
