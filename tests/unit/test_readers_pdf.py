"""PDF reading: the text layer page by page, encryption, scans without text, damage.

PDFs are drawn with reportlab (standard Helvetica, WinAnsi encoding, which covers the
Dutch diacritics and curly quotes) and encrypted with pypdf's writer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfWriter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from sbcoder.formats.errors import FormatError
from sbcoder.formats.readers import read_document

PAGES = [
    ["Interview Ermelo, één keer per week", "R: ‘naïef’ en “geëmancipeerd”, zei ze."],
    ["Tweede pagina: de coördinator", "is enthousiast over de financiële steun."],
    ["Derde pagina."],
]


def draw_pdf(path: Path, pages: list[list[str] | None]) -> Path:
    """One PDF page per entry: lines of text, or None for a page holding only an image."""
    drawing = canvas.Canvas(str(path))
    for lines in pages:
        if lines is None:
            scan = Image.new("RGB", (300, 200), "white")
            drawing.drawImage(ImageReader(scan), 72, 500, 300, 200)
        else:
            for number, line in enumerate(lines):
                drawing.drawString(72, 780 - 20 * number, line)
        drawing.showPage()
    drawing.save()
    return path


def expected_text(pages: list[list[str]]) -> str:
    return "\n\n".join("\n".join(lines) for lines in pages)


def reason_of(path: Path) -> str:
    with pytest.raises(FormatError) as caught:
        read_document(path)
    assert path.name in str(caught.value)
    return caught.value.reason


def test_pages_are_separated_by_a_blank_line(tmp_path: Path) -> None:
    result = read_document(draw_pdf(tmp_path / "verslag.pdf", list(PAGES)))
    assert result.text == expected_text(PAGES)
    assert (result.title, result.source_format, result.encoding) == ("verslag", "pdf", None)
    assert result.warnings == ()


def test_encrypted_pdf_gives_a_clear_error(tmp_path: Path) -> None:
    plain = draw_pdf(tmp_path / "open.pdf", list(PAGES))
    writer = PdfWriter(clone_from=str(plain))
    writer.encrypt(user_password="geheim", algorithm="RC4-128")
    locked = tmp_path / "vergrendeld.pdf"
    writer.write(str(locked))
    assert "is encrypted" in reason_of(locked)


def test_pdf_encrypted_only_against_editing_is_read(tmp_path: Path) -> None:
    plain = draw_pdf(tmp_path / "open.pdf", list(PAGES))
    writer = PdfWriter(clone_from=str(plain))
    writer.encrypt(user_password="", owner_password="eigenaar", algorithm="RC4-128")
    protected = tmp_path / "beveiligd.pdf"
    writer.write(str(protected))
    result = read_document(protected)
    assert result.text == expected_text(PAGES)
    assert "protected against changes" in result.warnings[0]


def test_image_only_pdf_needs_ocr(tmp_path: Path) -> None:
    scan = draw_pdf(tmp_path / "scan.pdf", [None, None])
    reason = reason_of(scan)
    assert "no text layer" in reason
    assert "OCR" in reason


def test_pdf_without_any_text_needs_ocr(tmp_path: Path) -> None:
    drawing = canvas.Canvas(str(tmp_path / "leeg.pdf"))
    drawing.rect(100, 100, 200, 200, fill=1)  # vector graphics only
    drawing.showPage()
    drawing.save()
    assert "OCR" in reason_of(tmp_path / "leeg.pdf")


def test_scanned_pages_between_text_pages_are_named(tmp_path: Path) -> None:
    path = draw_pdf(tmp_path / "gemengd.pdf", [PAGES[0], None, PAGES[1], None])
    result = read_document(path)
    assert result.text == expected_text([PAGES[0], PAGES[1]])
    assert result.warnings == (
        "Page(s) 2, 4 hold only images (scanned?) and were left out; "
        "run OCR on the PDF to import them too.",
    )


def test_blank_pages_are_skipped_silently(tmp_path: Path) -> None:
    path = draw_pdf(tmp_path / "wit.pdf", [PAGES[0], [], PAGES[2]])
    result = read_document(path)
    assert result.text == expected_text([PAGES[0], PAGES[2]])
    assert result.warnings == ()


def test_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "nep.pdf"
    path.write_text("Dit is tekst, geen PDF.")
    assert "not a PDF" in reason_of(path)


def test_truncated_pdf_is_refused_not_half_read(tmp_path: Path) -> None:
    whole = draw_pdf(tmp_path / "heel.pdf", list(PAGES) * 4)
    truncated = tmp_path / "afgebroken.pdf"
    truncated.write_bytes(whole.read_bytes()[: whole.stat().st_size * 3 // 4])
    assert "incomplete" in reason_of(truncated)


def test_garbage_after_the_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rommel.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8 + b"\n%%EOF\n")
    assert "PDF" in reason_of(path)
