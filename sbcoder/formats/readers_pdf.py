"""PDF: the text layer, page by page, pages separated by a blank line.

pypdf is pure Python (no poppler or other binaries to ship with the desktop app). A
PDF is refused rather than half-read: if any page's text cannot be extracted the
whole import fails; pages that only hold images are left out with a warning naming
them, and a PDF without any text layer is refused with a hint to run OCR.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

from sbcoder.formats.errors import FormatError
from sbcoder.formats.readers_base import Extracted, describe_error

PAGE_SEPARATOR = "\n\n"
# Readers accept the end-of-file marker anywhere in the last kilobyte (as Acrobat does).
_EOF_WINDOW = 1024

# pypdf logs recoverable oddities of a file as warnings; without a handler Python
# prints them to stderr, where they would clutter the CLI. An application that
# configures logging still receives them.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

_NEEDS_OCR = (
    "it needs OCR (text recognition) first: run it through an OCR tool "
    "(e.g. OCRmyPDF) or export the text from the program that made it, and import that."
)


def read_pdf(path: Path) -> Extracted:
    """Read a PDF's text layer; raise FormatError if it is encrypted, damaged or scanned."""
    _check_header(path)
    try:
        reader = PdfReader(path)
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise FormatError(path, f"it is not a valid PDF ({describe_error(error)}).") from error
    except OSError as error:
        raise FormatError(path, f"the file could not be opened ({error.strerror}).") from error
    warnings: list[str] = []
    if reader.is_encrypted:
        _decrypt_without_password(reader, path)
        warnings.append("The PDF is protected against changes (no password is needed to read it).")

    page_texts: list[str] = []
    image_only_pages: list[int] = []
    try:
        pages = list(reader.pages)
    except Exception as error:  # a broken page tree surfaces as many error types
        reason = f"its pages could not be read ({describe_error(error)})."
        raise FormatError(path, reason) from error
    for number, page in enumerate(pages, start=1):
        try:
            text = page.extract_text()
        except Exception as error:  # ditto for broken content streams and fonts
            raise FormatError(
                path, f"the text of page {number} could not be read ({describe_error(error)})."
            ) from error
        # A page's own leading/trailing blank lines would blur the page separator.
        text = text.strip("\r\n")
        if text.strip():
            page_texts.append(text)
        elif _has_images(page):
            image_only_pages.append(number)

    if not page_texts:
        if image_only_pages:
            raise FormatError(path, f"it has no text layer, only images (a scan?); {_NEEDS_OCR}")
        raise FormatError(path, f"it contains no extractable text; if it is a scan, {_NEEDS_OCR}")
    if image_only_pages:
        listed = ", ".join(str(number) for number in image_only_pages)
        warnings.append(
            f"Page(s) {listed} hold only images (scanned?) and were left out; "
            "run OCR on the PDF to import them too."
        )
    return Extracted(text=PAGE_SEPARATOR.join(page_texts), warnings=tuple(warnings))


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as stream:
            head = stream.read(1024)
            stream.seek(0, io.SEEK_END)
            stream.seek(max(0, stream.tell() - _EOF_WINDOW))
            tail = stream.read()
    except OSError as error:
        raise FormatError(path, f"the file could not be opened ({error.strerror}).") from error
    if not head:
        raise FormatError(path, "the file is empty.")
    if b"%PDF-" not in head:
        raise FormatError(path, "it is not a PDF file (the PDF header is missing).")
    if b"%%EOF" not in tail:
        # pypdf would try to recover and might read only the pages that survived.
        raise FormatError(path, "the PDF is incomplete (truncated or damaged).")


def _decrypt_without_password(reader: PdfReader, path: Path) -> None:
    """Open PDFs that are encrypted only against editing; refuse password-locked ones."""
    encrypted = (
        "it is encrypted (password-protected); remove the password "
        "(e.g. print it to a new PDF) and import that."
    )
    try:
        result = reader.decrypt("")
    except DependencyError as error:
        # AES needs the optional 'cryptography' package, which sbcoder does not ship.
        raise FormatError(path, f"{encrypted} ({describe_error(error)})") from error
    except (PdfReadError, FileNotDecryptedError, NotImplementedError, ValueError) as error:
        raise FormatError(path, encrypted) from error
    if result == PasswordType.NOT_DECRYPTED:
        raise FormatError(path, encrypted)


def _has_images(page: object) -> bool:
    try:
        return len(page.images) > 0  # type: ignore[attr-defined]
    except Exception:  # an unreadable image dictionary still means "there is an image"
        return True
