"""Word .docx reading: reading order, tables, revisions, text boxes, damaged packages.

Documents are made with python-docx; where python-docx cannot write a construct
(tracked changes, content controls, text boxes, footnotes) the WordprocessingML is
added by hand, the way Word writes it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from sbcoder.formats import readers_zip
from sbcoder.formats.errors import FormatError
from sbcoder.formats.readers import read_document

W_NS = nsdecls("w")
MC_NS = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def add_body_xml(document: docx.document.Document, xml: str) -> None:
    """Insert a block element before the final section properties, as Word does."""
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(xml))


def paragraph_xml(inner: str) -> str:
    return f"<w:p {W_NS} {MC_NS}>{inner}</w:p>"


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def read(document: docx.document.Document, tmp_path: Path, name: str = "doc.docx") -> str:
    path = tmp_path / name
    document.save(str(path))
    result = read_document(path)
    assert result.source_format == "docx"
    assert result.encoding is None
    assert result.title == Path(name).stem
    return result.text


def test_paragraphs_and_tables_in_reading_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Interview Almere – één", level=1)
    document.add_paragraph("R: Het was ‘naïef’, zei de coördinator 😀.")
    table = document.add_table(rows=2, cols=3)
    for row, values in zip(table.rows, [("Wie", "Wat", "Waar"), ("I", "Vraag?", "")], strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_paragraph("")  # empty paragraphs are kept: they are blank lines
    document.add_paragraph("Slot: cafe\u0301 👩‍👩‍👧")
    assert read(document, tmp_path) == (
        "Interview Almere – één\n"
        "R: Het was ‘naïef’, zei de coördinator 😀.\n"
        "Wie\tWat\tWaar\n"
        "I\tVraag?\t\n"
        "\n"
        "Slot: cafe\u0301 👩‍👩‍👧"
    )


def test_a_table_row_stays_one_line(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "R"
    answer = table.cell(0, 1)
    answer.text = "Eerste alinea."
    answer.add_paragraph("Tweede alinea.")
    inner = answer.add_table(rows=1, cols=2)  # a nested table inside the cell
    inner.cell(0, 0).text = "genest"
    inner.cell(0, 1).text = "ook"
    assert read(document, tmp_path) == "R\tEerste alinea. Tweede alinea. genest\took"


def test_tabs_line_breaks_and_page_breaks(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("00:12\tR: ja")
    paragraph.add_run().add_break()  # a manual line break (Shift+Enter)
    paragraph.add_run("nieuwe regel")
    paragraph.add_run().add_break(docx.enum.text.WD_BREAK.PAGE)
    paragraph.add_run("volgende pagina")
    assert read(document, tmp_path) == "00:12\tR: ja\nnieuwe regel\nvolgende pagina"


def test_runs_with_formatting_are_joined_without_gaps(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("ge")
    paragraph.add_run("ëmanci").bold = True
    paragraph.add_run("peerd").italic = True
    assert read(document, tmp_path) == "geëmancipeerd"


def test_runs_holding_only_spaces_are_kept(tmp_path: Path) -> None:
    document = docx.Document()
    add_body_xml(
        document, paragraph_xml(run("een") + run(" ") + run("twee") + run("   ") + run("drie"))
    )
    assert read(document, tmp_path) == "een twee   drie"


def test_tracked_changes_show_the_text_as_it_now_reads(tmp_path: Path) -> None:
    document = docx.Document()
    add_body_xml(
        document,
        paragraph_xml(
            run("Dit is ")
            + '<w:del w:id="1" w:author="a"><w:r><w:delText>oude</w:delText></w:r></w:del>'
            + f'<w:ins w:id="2" w:author="a">{run("nieuwe")}</w:ins>'
            + run(" tekst.")
        ),
    )
    assert read(document, tmp_path) == "Dit is nieuwe tekst."


def test_hyperlinks_fields_smart_tags_and_inline_controls(tmp_path: Path) -> None:
    document = docx.Document()
    add_body_xml(
        document,
        paragraph_xml(
            run("Zie ")
            + f'<w:hyperlink r:id="rId99" {nsdecls("r")}>{run("de website")}</w:hyperlink>'
            + run(", pagina ")
            + f'<w:fldSimple w:instr=" PAGE ">{run("3")}</w:fldSimple>'
            + run(", ")
            + f'<w:smartTag w:uri="u" w:element="place">{run("Lelystad")}</w:smartTag>'
            + "<w:sdt><w:sdtPr><w:alias w:val='naam'/></w:sdtPr>"
            + f"<w:sdtContent>{run(' en Ermelo')}</w:sdtContent></w:sdt>"
            # A complex field: its instruction is not text, its result is.
            + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            + '<w:r><w:instrText xml:space="preserve"> DATE </w:instrText></w:r>'
            + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + run(" (1 mei)")
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        ),
    )
    assert read(document, tmp_path) == "Zie de website, pagina 3, Lelystad en Ermelo (1 mei)"


def test_block_level_content_controls_are_read(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("voor")
    add_body_xml(
        document,
        f"<w:sdt {W_NS}><w:sdtPr/><w:sdtContent>"
        f"<w:p>{run('in een besturingselement')}</w:p><w:p>{run('tweede')}</w:p>"
        "</w:sdtContent></w:sdt>",
    )
    document.add_paragraph("na")
    assert read(document, tmp_path) == "voor\nin een besturingselement\ntweede\nna"


def test_text_box_is_read_once_after_its_paragraph(tmp_path: Path) -> None:
    box = f"<w:txbxContent><w:p>{run('Tekst in kader')}</w:p></w:txbxContent>"
    document = docx.Document()
    add_body_xml(
        document,
        paragraph_xml(
            run("Anker ")
            + "<w:r><mc:AlternateContent>"
            + f'<mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing>'
            + "</mc:Choice>"
            + f"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>"
            + "</mc:Fallback></mc:AlternateContent></w:r>"
            + run("alinea")
        ),
    )
    document.add_paragraph("volgende")
    assert read(document, tmp_path) == "Anker alinea\nTekst in kader\nvolgende"


def test_empty_document_is_refused(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("   ")
    document.save(str(tmp_path / "leeg.docx"))
    with pytest.raises(FormatError, match=r"leeg\.docx.*no text"):
        read_document(tmp_path / "leeg.docx")


# --- footnotes: a hand-made package, since python-docx cannot add a notes part ------


def minimal_docx(path: Path, body: str, footnotes: str | None = None) -> None:
    types = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/footnotes.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
        "</Types>"
    )
    rels_ns = "http://schemas.openxmlformats.org/package/2006/relationships"
    office_rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package_rels = (
        f'<Relationships xmlns="{rels_ns}"><Relationship Id="rId1" '
        f'Type="{office_rel}/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    document_rels = (
        f'<Relationships xmlns="{rels_ns}">'
        + (
            f'<Relationship Id="rId1" Type="{office_rel}/footnotes" Target="footnotes.xml"/>'
            if footnotes
            else ""
        )
        + "</Relationships>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", package_rels)
        archive.writestr("word/_rels/document.xml.rels", document_rels)
        archive.writestr(
            "word/document.xml", f"<w:document {W_NS}><w:body>{body}</w:body></w:document>"
        )
        if footnotes:
            archive.writestr("word/footnotes.xml", f"<w:footnotes {W_NS}>{footnotes}</w:footnotes>")


def test_footnotes_are_left_out_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "noten.docx"
    minimal_docx(
        path,
        f'<w:p>{run("Hoofdtekst")}<w:r><w:footnoteReference w:id="1"/></w:r></w:p>',
        footnotes=(
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            "</w:footnote>"
            f'<w:footnote w:id="1"><w:p>{run("Een voetnoot")}</w:p></w:footnote>'
        ),
    )
    result = read_document(path)
    assert result.text == "Hoofdtekst"
    assert result.warnings == ("1 footnote not imported.",)


def test_a_hand_made_package_without_notes_has_no_warnings(tmp_path: Path) -> None:
    path = tmp_path / "kaal.docx"
    minimal_docx(path, f"<w:p>{run('alleen dit')}</w:p>")
    assert (read_document(path).text, read_document(path).warnings) == ("alleen dit", ())


# --- damaged and hostile files -------------------------------------------------------


def reason_of(path: Path) -> str:
    with pytest.raises(FormatError) as caught:
        read_document(path)
    assert path.name in str(caught.value)
    return caught.value.reason


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "nep.docx"
    path.write_text("Dit is gewoon tekst met een verkeerde naam.")
    assert "not a valid Word document" in reason_of(path)


def test_truncated_docx(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("tekst " * 2000)
    whole = tmp_path / "heel.docx"
    document.save(str(whole))
    truncated = tmp_path / "afgebroken.docx"
    truncated.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    assert "damaged, truncated" in reason_of(truncated)


def test_corrupted_member_is_refused_not_half_read(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("tekst die beschadigd raakt " * 500)
    path = tmp_path / "beschadigd.docx"
    document.save(str(path))
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("word/document.xml")
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data = bytearray(path.read_bytes())
    for offset in range(start + 50, start + 150):
        data[offset] ^= 0xFF  # flip bytes inside the compressed document part
    path.write_bytes(bytes(data))
    assert "not a valid Word document" in reason_of(path)


def test_zip_without_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "archief.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notities.txt", "geen Word")
    assert "not a valid Word document" in reason_of(path)


def test_spreadsheet_renamed_to_docx(tmp_path: Path) -> None:
    path = tmp_path / "tabel.docx"
    minimal_docx(path, "")
    # Same package layout, but the main part declares itself a spreadsheet.
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"wordprocessingml.document.main", b"spreadsheetml.sheet.main"
    )
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert "not a valid Word document" in reason_of(path)


def test_password_protected_or_old_binary_word(tmp_path: Path) -> None:
    path = tmp_path / "geheim.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    assert "password-protected" in reason_of(path)


def test_zip_bomb_is_not_inflated(tmp_path: Path) -> None:
    path = tmp_path / "bom.docx"
    limit_mb = readers_zip.MAX_UNPACKED_BYTES // 2**20
    chunk = bytes(2**20)
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/document.xml", "w", force_zip64=True) as member,
    ):
        for _ in range(limit_mb + 1):
            member.write(chunk)
    assert path.stat().st_size < 2**20  # small on disk ...
    assert f"limit {limit_mb} MB" in reason_of(path)  # ... refused before unpacking
