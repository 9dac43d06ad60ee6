"""Word .docx: the body's paragraphs and tables in reading order.

python-docx opens and validates the package. The text itself is taken by walking the
WordprocessingML ourselves, because python-docx's ``Paragraph.text`` sees only runs
that are direct children of the paragraph and its ``iter_inner_content`` only direct
``w:p``/``w:tbl`` children of the body: text inside tracked insertions, content
controls (``w:sdt``), smart tags, simple fields or text boxes would be silently lost.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from sbcoder.formats.errors import FormatError
from sbcoder.formats.readers_base import Extracted, describe_error
from sbcoder.formats.readers_zip import check_zip_package

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


_P, _TBL, _TR, _TC = _w("p"), _w("tbl"), _w("tr"), _w("tc")
_SDT, _SDT_CONTENT, _CUSTOM_XML = _w("sdt"), _w("sdtContent"), _w("customXml")
_TXBX_CONTENT = _w("txbxContent")
_ALTERNATE_CONTENT, _CHOICE = f"{{{_MC}}}AlternateContent", f"{{{_MC}}}Choice"
_MATH_TEXT = f"{{{_M}}}t"

# Inline containers whose children are part of the paragraph's visible text.
_INLINE_CONTAINERS = frozenset(
    _w(tag)
    for tag in (
        "r",
        "hyperlink",
        "ins",
        "moveTo",
        "smartTag",
        "customXml",
        "fldSimple",
        "dir",
        "bdo",
        "drawing",
        "pict",
        "object",
    )
)
# Deleted or moved-away text, field instructions and properties: never visible text.
_SKIPPED = frozenset(
    _w(tag)
    for tag in ("del", "moveFrom", "pPr", "rPr", "instrText", "delText", "sdtPr", "sdtEndPr")
)
# What a line break inside a paragraph is written as; page and column breaks also
# separate words, so joining the text around them would glue words together.
_CHARACTERS = {_w("tab"): "\t", _w("ptab"): "\t", _w("cr"): "\n", _w("noBreakHyphen"): "-"}
_BREAK, _SYMBOL, _TEXT = _w("br"), _w("sym"), _w("t")

_NOTE_PARTS = {
    RT.FOOTNOTES: ("footnote", "footnotes"),
    RT.ENDNOTES: ("endnote", "endnotes"),
    RT.COMMENTS: ("comment", "comments"),
}


def read_docx(path: Path) -> Extracted:
    """Read the body text of a .docx file: paragraphs by "\\n", table rows as lines."""
    with check_zip_package(path, "Word document (.docx)"):
        pass
    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx raises many kinds on damaged packages
        raise FormatError(
            path, f"it is not a valid Word document (.docx) ({describe_error(error)})."
        ) from error
    lines = list(_block_lines(document.element.body))
    return Extracted(text="\n".join(lines), warnings=tuple(_note_warnings(document)))


def _block_lines(container: etree._Element) -> Iterator[str]:
    """Yield one line per paragraph and per table row under a block container."""
    for child in container:
        tag = child.tag
        if tag == _P:
            yield from _paragraph_lines(child)
        elif tag == _TBL:
            yield from _table_lines(child)
        elif tag == _SDT:
            for content in child.iterchildren(_SDT_CONTENT):
                yield from _block_lines(content)
        elif tag == _CUSTOM_XML:
            yield from _block_lines(child)


def _table_lines(table: etree._Element) -> Iterator[str]:
    for row in _rows(table):
        cells = [_cell_text(cell) for cell in _cells(row)]
        yield "\t".join(cells)


def _rows(container: etree._Element) -> Iterator[etree._Element]:
    for child in container:
        if child.tag == _TR:
            yield child
        elif child.tag in (_SDT, _CUSTOM_XML):
            # Rows may be wrapped in content controls (repeating sections).
            inner = child.find(_SDT_CONTENT) if child.tag == _SDT else child
            if inner is not None:
                yield from _rows(inner)


def _cells(row: etree._Element) -> Iterator[etree._Element]:
    for child in row:
        if child.tag == _TC:
            yield child
        elif child.tag in (_SDT, _CUSTOM_XML):
            inner = child.find(_SDT_CONTENT) if child.tag == _SDT else child
            if inner is not None:
                yield from _cells(inner)


def _cell_text(cell: etree._Element) -> str:
    # A row stays one line: the cell's own paragraphs and line breaks become spaces.
    # Blank paragraphs are dropped (Word must end a cell with one, even after a
    # nested table), so they cannot leave stray spaces.
    return " ".join(line.replace("\n", " ") for line in _block_lines(cell) if line)


def _paragraph_lines(paragraph: etree._Element) -> Iterator[str]:
    """The paragraph's text, then the paragraphs of any text boxes anchored in it."""
    pieces: list[str] = []
    boxes: list[etree._Element] = []
    _collect_inline(paragraph, pieces, boxes)
    yield "".join(pieces)
    for box in boxes:
        yield from _block_lines(box)


def _collect_inline(
    element: etree._Element, pieces: list[str], boxes: list[etree._Element]
) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue  # comments, processing instructions, deleted text
        if tag in (_TEXT, _MATH_TEXT):
            pieces.append(child.text or "")
        elif tag in _CHARACTERS:
            pieces.append(_CHARACTERS[tag])
        elif tag == _BREAK:
            pieces.append("\n")
        elif tag == _SYMBOL:
            pieces.append(_symbol(child))
        elif tag == _TXBX_CONTENT:
            boxes.append(child)
        elif tag == _ALTERNATE_CONTENT:
            # Word writes a text box twice (DrawingML choice, VML fallback); read one.
            choice = child.find(_CHOICE)
            _collect_inline(choice if choice is not None else child, pieces, boxes)
        elif tag == _SDT:
            for content in child.iterchildren(_SDT_CONTENT):
                _collect_inline(content, pieces, boxes)
        elif tag in _INLINE_CONTAINERS or not tag.startswith(f"{{{_W}}}"):
            # Known wrappers, and drawing/math/compatibility markup that may hold text
            # boxes or equation text further down.
            _collect_inline(child, pieces, boxes)


def _symbol(element: etree._Element) -> str:
    # Symbol-font characters are private-use code points (F000-F0FF); keeping them
    # marks the spot honestly, where mapping to the font's letters would invent text.
    try:
        return chr(int(element.get(_w("char"), ""), 16))
    except (ValueError, OverflowError):
        return ""


def _note_warnings(document: WordDocument) -> list[str]:
    """Say so when footnotes, endnotes or comments hold text that is not imported."""
    warnings = []
    for rel in document.part.rels.values():
        if rel.is_external or rel.reltype not in _NOTE_PARTS:
            continue
        singular, plural = _NOTE_PARTS[rel.reltype]
        try:
            root = etree.fromstring(rel.target_part.blob)
        except (etree.XMLSyntaxError, ValueError):
            warnings.append(f"The {plural} could not be read and were not imported.")
            continue
        # Separator "notes" (ids -1, 0) carry no text of the author's.
        count = sum(
            1
            for note in root.iterchildren(_w(singular))
            if note.get(_w("type")) in (None, "normal") and "".join(note.itertext(_TEXT)).strip()
        )
        if count:
            warnings.append(f"{count} {plural if count > 1 else singular} not imported.")
    return warnings
