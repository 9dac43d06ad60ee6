"""OpenDocument .odt reading: order, spacing elements, white-space rules, bad packages.

Documents are made with odfpy; odfpy's ``teletype.addTextToElement`` writes spaces,
tabs and line breaks the way LibreOffice does (text:s, text:tab, text:line-break).
One test writes content.xml by hand, pretty-printed, to check ODF white-space rules.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from odf import teletype
from odf.draw import Frame, TextBox
from odf.element import Element
from odf.namespaces import XMLNS
from odf.office import Annotation
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.table import CoveredTableCell, Table, TableColumn, TableRow
from odf.table import TableCell as Cell
from odf.text import (
    ChangedRegion,
    Deletion,
    H,
    List,
    ListItem,
    Note,
    NoteBody,
    NoteCitation,
    P,
    Section,
    Span,
    TrackedChanges,
)

from sbcoder.formats.errors import FormatError
from sbcoder.formats.readers import read_document


def paragraph(text: str, element: type[Element] = P, **attributes: object) -> Element:
    node = element(**attributes)
    teletype.addTextToElement(node, text)
    return node


def table(rows: list[list[str]]) -> Element:
    node = Table()
    node.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
    for values in rows:
        row = TableRow()
        for value in values:
            cell = Cell()
            if value:
                cell.addElement(paragraph(value))
            row.addElement(cell)
        node.addElement(row)
    return node


def read(document: OpenDocumentText, tmp_path: Path, name: str = "doc.odt") -> str:
    path = tmp_path / name
    document.save(str(path))
    result = read_document(path)
    assert (result.source_format, result.encoding, result.title) == ("odt", None, "doc")
    return result.text


def test_headings_paragraphs_lists_and_tables_in_order(tmp_path: Path) -> None:
    document = OpenDocumentText()
    body = document.text
    body.addElement(paragraph("Interview Lelystad – één", H, outlinelevel=1))
    body.addElement(paragraph("R: het was ‘naïef’ 😀 en cafe\u0301."))
    items = List()
    for text in ("eerste punt", "tweede punt"):
        item = ListItem()
        item.addElement(paragraph(text))
        items.addElement(item)
    nested = List()
    nested_item = ListItem()
    nested_item.addElement(paragraph("genest punt"))
    nested.addElement(nested_item)
    items.lastChild.addElement(nested)
    body.addElement(items)
    body.addElement(table([["Wie", "Wat"], ["I", ""]]))
    body.addElement(P())  # an empty paragraph is a blank line
    section = Section(name="Bijlage")
    section.addElement(paragraph("In een sectie 👩‍👩‍👧"))
    body.addElement(section)
    assert read(document, tmp_path) == (
        "Interview Lelystad – één\n"
        "R: het was ‘naïef’ 😀 en cafe\u0301.\n"
        "eerste punt\n"
        "tweede punt\n"
        "genest punt\n"
        "Wie\tWat\n"
        "I\t\n"
        "\n"
        "In een sectie 👩‍👩‍👧"
    )


def test_spaces_tabs_and_line_breaks_survive(tmp_path: Path) -> None:
    document = OpenDocumentText()
    # (No leading spaces here: odfpy writes the first one as a literal space, which
    # ODF says to ignore at the start of a paragraph; LibreOffice writes text:s.)
    text = "Ingesprongen,  twee   spaties\t00:12\tR:\nnieuwe  regel\t "
    document.text.addElement(paragraph(text))
    assert read(document, tmp_path) == text


def test_spans_join_without_gaps(tmp_path: Path) -> None:
    document = OpenDocumentText()
    node = P(text="ge")
    node.addElement(Span(text="ëmanci"))
    node.addElement(Span(text="peerd"))
    node.addText(" idee")
    document.text.addElement(node)
    assert read(document, tmp_path) == "geëmancipeerd idee"


def test_table_row_stays_one_line_and_merged_cells_are_empty(tmp_path: Path) -> None:
    document = OpenDocumentText()
    node = Table()
    node.addElement(TableColumn(numbercolumnsrepeated=3))
    row = TableRow()
    answer = Cell()
    answer.addElement(paragraph("Eerste alinea."))
    answer.addElement(paragraph("Tweede\nregel."))
    row.addElement(Cell(numbercolumnsspanned=1))
    row.addElement(answer)
    row.addElement(CoveredTableCell())
    node.addElement(row)
    document.text.addElement(node)
    assert read(document, tmp_path) == "\tEerste alinea. Tweede regel.\t"


def test_notes_and_comments_are_left_out_with_warnings(tmp_path: Path) -> None:
    document = OpenDocumentText()
    node = P(text="Hoofdtekst")
    note = Note(noteclass="footnote", id="ftn1")
    note.addElement(NoteCitation(text="1"))
    body = NoteBody()
    body.addElement(P(text="voetnoottekst"))
    note.addElement(body)
    node.addElement(note)
    comment = Annotation()
    comment.addElement(P(text="opmerking van codeur"))
    node.addElement(comment)
    node.addText(" loopt door.")
    document.text.addElement(node)
    document.save(str(tmp_path / "noten.odt"))
    result = read_document(tmp_path / "noten.odt")
    assert result.text == "Hoofdtekst loopt door."
    assert result.warnings == (
        "1 footnote(s)/endnote(s) not imported.",
        "1 comment(s) not imported.",
    )


def test_text_boxes_follow_their_paragraph(tmp_path: Path) -> None:
    document = OpenDocumentText()
    node = P(text="Anker")
    frame = Frame(anchortype="paragraph", width="5cm", height="2cm")
    box = TextBox()
    box.addElement(P(text="In het kader"))
    frame.addElement(box)
    node.addElement(frame)
    document.text.addElement(node)
    document.text.addElement(P(text="volgende"))
    assert read(document, tmp_path) == "Anker\nIn het kader\nvolgende"


def test_deleted_text_in_tracked_changes_is_not_read(tmp_path: Path) -> None:
    document = OpenDocumentText()
    changes = TrackedChanges()
    region = ChangedRegion(qattributes={(XMLNS, "id"): "ct1"})
    deletion = Deletion()
    deletion.addElement(P(text="verwijderde zin"))
    region.addElement(deletion)
    changes.addElement(region)
    document.text.addElement(changes)
    document.text.addElement(P(text="huidige tekst"))
    assert read(document, tmp_path) == "huidige tekst"


def hand_made_odt(path: Path, body_xml: str, manifest_extra: str = "") -> None:
    namespaces = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {namespaces} office:version="1.2">\n'
        "  <office:body>\n    <office:text>\n"
        f"{body_xml}\n"
        "    </office:text>\n  </office:body>\n</office:document-content>\n"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        f"{manifest_extra}</manifest:file-entry></manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content)


def test_xml_white_space_is_collapsed_as_odf_prescribes(tmp_path: Path) -> None:
    path = tmp_path / "mooi.odt"
    hand_made_odt(
        path,
        "      <text:p>\n        Eerste   regel\n        loopt <text:span> door</text:span>\n"
        "      </text:p>\n"
        '      <text:p>twee<text:s text:c="3"/>spaties blijven</text:p>\n'
        '      <text:p><text:s text:c="2"/>ingesprongen<text:tab/>tab<text:line-break/>'
        "regel</text:p>",
    )
    assert read_document(path).text == (
        "Eerste regel loopt door \ntwee   spaties blijven\n  ingesprongen\ttab\nregel"
    )


# --- damaged and foreign files -------------------------------------------------------


def reason_of(path: Path) -> str:
    with pytest.raises(FormatError) as caught:
        read_document(path)
    assert path.name in str(caught.value)
    return caught.value.reason


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "nep.odt"
    path.write_bytes(b"<?xml version='1.0'?><geen-odt/>")
    assert "not a valid OpenDocument text" in reason_of(path)


def test_truncated_odt(tmp_path: Path) -> None:
    document = OpenDocumentText()
    for number in range(300):
        document.text.addElement(P(text=f"alinea {number} met wat tekst erin"))
    whole = tmp_path / "heel.odt"
    document.save(str(whole))
    truncated = tmp_path / "afgebroken.odt"
    truncated.write_bytes(whole.read_bytes()[: whole.stat().st_size * 2 // 3])
    assert "damaged, truncated" in reason_of(truncated)


def test_broken_content_xml(tmp_path: Path) -> None:
    path = tmp_path / "kapot.odt"
    hand_made_odt(path, "<text:p>niet afgesloten")
    assert "content.xml is damaged" in reason_of(path)


def test_zip_without_content(tmp_path: Path) -> None:
    path = tmp_path / "leeg_pakket.odt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    assert "content.xml is missing" in reason_of(path)


def test_spreadsheet_renamed_to_odt(tmp_path: Path) -> None:
    path = tmp_path / "rekenblad.odt"
    OpenDocumentSpreadsheet().save(str(path))
    assert "not a text document" in reason_of(path)


def test_password_protected_odt(tmp_path: Path) -> None:
    path = tmp_path / "geheim.odt"
    hand_made_odt(
        path,
        "<text:p>x</text:p>",
        manifest_extra='<manifest:encryption-data manifest:checksum-type="SHA1/1K"/>',
    )
    assert "password-protected" in reason_of(path)


def test_empty_odt(tmp_path: Path) -> None:
    document = OpenDocumentText()
    document.text.addElement(P())
    document.text.addElement(paragraph("   "))
    document.save(str(tmp_path / "leeg.odt"))
    assert "no text" in reason_of(tmp_path / "leeg.odt")


def test_entity_declarations_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "lachen.odt"
    hand_made_odt(path, "<text:p>x</text:p>")
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["content.xml"] = parts["content.xml"].replace(
        b"?>\n", b'?>\n<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n', 1
    )
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert "entities" in reason_of(path)


def test_damaged_styles_do_not_reach_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = OpenDocumentText()
    document.text.addElement(P(text="tekst"))
    path = tmp_path / "stijl.odt"
    document.save(str(path))
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["styles.xml"] = parts["styles.xml"][:-40]
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert "styles.xml is damaged" in reason_of(path)
    assert capsys.readouterr().out == ""


def test_package_without_manifest(tmp_path: Path) -> None:
    path = tmp_path / "zonder_manifest.odt"
    hand_made_odt(path, "<text:p>tekst</text:p>")
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    del parts["META-INF/manifest.xml"]
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert "manifest" in reason_of(path)
