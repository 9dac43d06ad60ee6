"""OpenDocument text (.odt): headings, paragraphs, lists and tables in document order.

odfpy loads the package; we walk its element tree ourselves so that ``text:s``
(runs of spaces), ``text:tab`` and ``text:line-break`` come out as the characters a
reader sees, and so that whitespace in the XML is collapsed the way ODF defines it
(ODF 1.2, part 1, 6.1.2): runs of space/tab/CR/LF in character data count as one
space, and leading white space in a paragraph is ignored.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from odf.element import Element, Node
from odf.namespaces import DRAWNS, OFFICENS, TABLENS, TEXTNS
from odf.opendocument import load

from sbcoder.formats.errors import FormatError
from sbcoder.formats.readers_base import Extracted, describe_error
from sbcoder.formats.readers_zip import check_zip_package

_TEXT_MIMETYPE = "application/vnd.oasis.opendocument.text"
_KIND = "OpenDocument text (.odt)"

# A text table never legitimately repeats a row or cell more often than this; the
# attribute exists for spreadsheets, where it marks thousands of empty cells.
_MAX_REPEAT = 64

_PARAGRAPHS = {(TEXTNS, "p"), (TEXTNS, "h")}
_LIST_ITEMS = {(TEXTNS, "list-item"), (TEXTNS, "list-header")}
_ROW_GROUPS = {
    (TABLENS, "table-rows"),
    (TABLENS, "table-header-rows"),
    (TABLENS, "table-row-group"),
}
_CELLS = {(TABLENS, "table-cell"), (TABLENS, "covered-table-cell")}
# Never visible body text: declarations, tracked-change archives (deleted text),
# index templates, list-label caches, forms, and comments/notes (counted instead).
_SKIPPED_BLOCKS = {
    (TEXTNS, "tracked-changes"),
    (TEXTNS, "sequence-decls"),
    (TEXTNS, "variable-decls"),
    (TEXTNS, "user-field-decls"),
    (TEXTNS, "dde-connection-decls"),
    (TEXTNS, "number"),
    (OFFICENS, "forms"),
    (OFFICENS, "annotation"),
}
_SKIPPED_INLINE = {
    (TEXTNS, "note"),
    (TEXTNS, "ruby-text"),
    (OFFICENS, "annotation"),
    (OFFICENS, "annotation-end"),
}
# The parts odfpy parses on load.
_XML_PARTS = ("content.xml", "styles.xml", "meta.xml", "settings.xml")
_XML_WHITESPACE = re.compile(r"[ \t\r\n]+")


@dataclass
class _Paragraph:
    """Text of one paragraph being assembled, with ODF's white-space state."""

    pieces: list[str] = field(default_factory=list)
    after_space: bool = True  # start of paragraph: leading white space is dropped
    text_boxes: list[Element] = field(default_factory=list)


@dataclass
class _Counts:
    notes: int = 0
    comments: int = 0


def read_odt(path: Path) -> Extracted:
    """Read the body text of an .odt file: one line per paragraph or heading."""
    with check_zip_package(path, _KIND) as archive:
        _check_package(path, archive)
    try:
        document = load(str(path))
    except Exception as error:  # odfpy surfaces zip, SAX and key errors alike
        raise FormatError(path, f"it is not a valid {_KIND} ({describe_error(error)}).") from error
    body_text = _office_text(document)
    if body_text is None:
        raise FormatError(path, f"it is not a valid {_KIND} (it has no text body).")
    counts = _Counts()
    text = "\n".join(_block_lines(body_text, counts))
    warnings = []
    if counts.notes:
        warnings.append(f"{counts.notes} footnote(s)/endnote(s) not imported.")
    if counts.comments:
        warnings.append(f"{counts.comments} comment(s) not imported.")
    return Extracted(text=text, warnings=tuple(warnings))


def _check_package(path: Path, archive: zipfile.ZipFile) -> None:
    names = set(archive.namelist())
    if "mimetype" in names:
        mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
        if mimetype != _TEXT_MIMETYPE:
            kind = mimetype.rpartition(".")[2] or "unknown"
            raise FormatError(
                path, f"it is not a text document but an OpenDocument {kind} ('{mimetype}')."
            )
    manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
    if b"encryption-data" in manifest:
        raise FormatError(
            path, "it is password-protected; save it without a password and import that."
        )
    if "content.xml" not in names:
        raise FormatError(path, f"it is not a valid {_KIND} (content.xml is missing).")
    if b"content.xml" not in manifest:
        # odfpy loads only the parts the manifest lists: it would read no text at all.
        raise FormatError(path, f"it is not a valid {_KIND} (its manifest is missing or damaged).")
    for part in _XML_PARTS:
        if part in names:
            _check_well_formed(path, part, archive.read(part))


def _check_well_formed(path: Path, part: str, data: bytes) -> None:
    """Refuse damaged XML before odfpy sees it.

    odfpy catches its own parse errors, prints the whole part to stdout (which
    would corrupt the CLI's JSON output) and carries on with an empty document;
    that would turn a damaged file into a silently empty or half-read one.
    Expat without namespace processing checks exactly well-formedness, which is
    what odfpy needs (it repairs missing namespace declarations itself).
    """
    parser = expat.ParserCreate()

    def refuse_entities(*_: object) -> None:
        raise ValueError("it declares XML entities, which documents never need")

    parser.EntityDeclHandler = refuse_entities
    try:
        parser.Parse(data, True)
    except (expat.ExpatError, ValueError) as error:
        raise FormatError(
            path, f"it is not a valid {_KIND} ({part} is damaged: {describe_error(error)})."
        ) from error


def _office_text(document: object) -> Element | None:
    # odfpy's own ``document.text`` is the body's first child node, which is a
    # white-space text node when content.xml is pretty-printed.
    for body in document.topnode.childNodes:  # type: ignore[attr-defined]
        if body.nodeType == Node.ELEMENT_NODE and body.qname == (OFFICENS, "body"):
            for child in body.childNodes:
                if child.nodeType == Node.ELEMENT_NODE and child.qname == (OFFICENS, "text"):
                    return child
    return None


def _elements(node: Element) -> Iterator[Element]:
    return (child for child in node.childNodes if child.nodeType == Node.ELEMENT_NODE)


def _block_lines(container: Element, counts: _Counts) -> Iterator[str]:
    for child in _elements(container):
        qname = child.qname
        if qname in _PARAGRAPHS:
            yield from _paragraph_lines(child, counts)
        elif qname == (TABLENS, "table"):
            yield from _table_lines(child, counts)
        elif qname in _SKIPPED_BLOCKS or qname[1].endswith("-source"):
            if qname == (OFFICENS, "annotation"):
                counts.comments += 1
        else:
            # Lists, list items, sections, indexes, frames, text boxes, and unknown
            # wrappers: their text counts, in order.
            yield from _block_lines(child, counts)


def _repeat(element: Element, attribute: str) -> int:
    value = element.getAttrNS(TABLENS, attribute)
    try:
        return max(1, min(int(value), _MAX_REPEAT)) if value else 1
    except ValueError:
        return 1


def _table_lines(table: Element, counts: _Counts) -> Iterator[str]:
    for row in _rows(table):
        cells: list[str] = []
        for cell in _elements(row):
            if cell.qname in _CELLS:
                # A row stays one line: the cell's paragraphs and breaks become spaces.
                lines = _block_lines(cell, counts)
                content = " ".join(line.replace("\n", " ") for line in lines if line)
                cells.extend([content] * _repeat(cell, "number-columns-repeated"))
        line = "\t".join(cells)
        for _ in range(_repeat(row, "number-rows-repeated")):
            yield line


def _rows(container: Element) -> Iterator[Element]:
    for child in _elements(container):
        if child.qname == (TABLENS, "table-row"):
            yield child
        elif child.qname in _ROW_GROUPS:
            yield from _rows(child)


def _paragraph_lines(paragraph: Element, counts: _Counts) -> Iterator[str]:
    state = _Paragraph()
    _collect_inline(paragraph, state, counts)
    yield "".join(state.pieces)
    for box in state.text_boxes:
        yield from _block_lines(box, counts)


def _collect_inline(element: Element, state: _Paragraph, counts: _Counts) -> None:
    for child in element.childNodes:
        if child.nodeType == Node.TEXT_NODE:
            _add_character_data(child.data, state)
            continue
        if child.nodeType != Node.ELEMENT_NODE:
            continue
        qname = child.qname
        if qname == (TEXTNS, "s"):
            count = child.getAttrNS(TEXTNS, "c")
            state.pieces.append(" " * (int(count) if count and count.isdigit() else 1))
            state.after_space = False
        elif qname == (TEXTNS, "tab"):
            state.pieces.append("\t")
            state.after_space = False
        elif qname == (TEXTNS, "line-break"):
            state.pieces.append("\n")
            state.after_space = False
        elif qname in _SKIPPED_INLINE:
            if qname == (TEXTNS, "note"):
                counts.notes += 1
            elif qname == (OFFICENS, "annotation"):
                counts.comments += 1
        elif qname == (DRAWNS, "text-box"):
            state.text_boxes.append(child)
        elif qname[0] == DRAWNS:
            # Frames and shapes: only their text boxes hold reading text (not the
            # image titles and descriptions beside them).
            _collect_frames(child, state)
        else:
            # Spans, links, fields (their shown value), bookmarks, ruby bases, ...
            _collect_inline(child, state, counts)


def _collect_frames(element: Element, state: _Paragraph) -> None:
    for child in _elements(element):
        if child.qname == (DRAWNS, "text-box"):
            state.text_boxes.append(child)
        elif child.qname[0] == DRAWNS:
            _collect_frames(child, state)


def _add_character_data(data: str, state: _Paragraph) -> None:
    collapsed = _XML_WHITESPACE.sub(" ", data)
    if state.after_space and collapsed.startswith(" "):
        collapsed = collapsed[1:]
    if collapsed:
        state.pieces.append(collapsed)
        state.after_space = collapsed.endswith(" ")
