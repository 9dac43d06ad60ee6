"""What the REFI-QDA reader and writer share: errors, reports, value syntax."""

from __future__ import annotations

import gc
import math
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

from sbcoder.formats.errors import FormatError
from sbcoder.formats.interchange import VariableValue

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
#: Namespaces real exports use; elements are matched by local name whatever the namespace.
KNOWN_NAMESPACES = frozenset({PROJECT_NS, CODEBOOK_NS, "urn:QDA-XML:project:0:4", ""})

# Memo notes written by sbcoder get a GUID derived from their owner, so a reader can
# tell "the memo of this quotation" from "a note that happens to point at it".
_MEMO_NAMESPACE = uuid.UUID("5b0d2f7e-3c1a-4f6e-9a57-0c6d1e2f3a4b")

_SHORT_COLOR = re.compile(r"^#([0-9A-Fa-f])([0-9A-Fa-f])([0-9A-Fa-f])$")
_LONG_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
# Characters XML 1.0 cannot carry at all, not even as character references.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


class QdpxError(FormatError):
    """A REFI-QDA file (.qdpx or .qdc) could not be read, or was refused as unsafe."""


@dataclass(slots=True)
class ImportReport:
    """What an import found, changed and could not carry over.

    ``position_dialect`` is how the file counted text positions (see
    ``qdpx_dialect.PositionDialect``) and ``dialect_reason`` why it was chosen.
    ``unsupported`` names content that was not imported (a PDF source, a graph ...);
    ``warnings`` names content that was imported with a change (a repaired GUID ...).
    """

    origin: str = ""
    position_dialect: str = "codepoints"
    dialect_reason: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ExportReport:
    """What an export wrote and what REFI-QDA could not express."""

    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a bulk build of many small objects.

    Reading or writing a large project creates hundreds of thousands of dataclasses
    and XML nodes, none of them in reference cycles; the collector would otherwise
    rescan them again and again (about a fifth of the import time).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def memo_note_guid(owner_guid: str) -> str:
    """The GUID sbcoder gives the note holding the memo of a code or quotation."""
    return str(uuid.uuid5(_MEMO_NAMESPACE, owner_guid))


def derived_guid(*parts: str) -> str:
    """A stable GUID for something a file did not give one (e.g. a whole-source coding)."""
    return str(uuid.uuid5(_MEMO_NAMESPACE, "/".join(parts)))


def read_guid(value: str | None, warnings: list[str], what: str) -> str | None:
    """A file's GUID in canonical form; an invalid one is replaced by a stable UUID."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        return str(uuid.UUID(text.strip("{}")))
    except ValueError:
        warnings.append(f"{what} has an invalid GUID {text!r}; a stable replacement was used")
        return derived_guid("invalid-guid", text)


def read_color(value: str | None, warnings: list[str], what: str) -> str | None:
    """'#RRGGBB' from '#RRGGBB' or '#RGB' (case kept); None for a missing or bad colour."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    short = _SHORT_COLOR.match(text)
    if short:
        return "#" + "".join(digit * 2 for digit in short.groups())
    if _LONG_COLOR.match(text):
        return text
    warnings.append(f"{what} has an unreadable colour {text!r}; it was left out")
    return None


def format_datetime(value: datetime) -> str:
    """xsd:dateTime text: aware values in UTC with 'Z', naive values without a zone."""
    text = value.isoformat()
    if value.tzinfo is None:
        return text
    if text.endswith("+00:00"):  # the usual case, and the fast one
        return text[:-6] + "Z"
    return value.astimezone(UTC).replace(tzinfo=None).isoformat() + "Z"


def read_datetime(value: str | None, warnings: list[str], what: str) -> datetime | None:
    """Parse xsd:dateTime (any number of fraction digits); None with a warning if unreadable."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    # .NET writes seven fraction digits; Python takes at most six.
    trimmed = re.sub(r"(\.\d{6})\d+", r"\1", text) if "." in text else text
    try:
        parsed = datetime.fromisoformat(trimmed)
    except ValueError:
        warnings.append(f"{what} has an unreadable date {text!r}; it was left out")
        return None
    return parsed


def format_float(value: float | int) -> str:
    """A number as xsd:decimal text (no exponent), exact enough to read back equal."""
    text = format(Decimal(repr(float(value))), "f")
    return text


def xml_safe(text: str, warnings: list[str], what: str) -> str:
    """``text`` with characters XML cannot hold replaced by U+FFFD (warned about)."""
    if _XML_FORBIDDEN.search(text) is None:
        return text
    warnings.append(f"{what} holds control characters XML cannot store; they became '\ufffd'")
    return _XML_FORBIDDEN.sub("\ufffd", text)


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, the project's one line end."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_date(text: str) -> date:
    """xsd:date, allowing the optional zone suffix that Python does not."""
    core = re.sub(r"(Z|[+-]\d{2}:\d{2})$", "", text.strip())
    return date.fromisoformat(core)


def convert_value(text: str, type_name: str) -> VariableValue:
    """A VariableValue's text as the variable's type; ValueError if it does not fit."""
    stripped = text.strip()
    if type_name == "Text":
        return text
    if type_name == "Integer":
        return int(stripped)
    if type_name == "Float":
        number = float(stripped)
        if not math.isfinite(number):
            raise ValueError(f"{text!r} is not a finite number")
        return number
    if type_name == "Boolean":
        lowered = stripped.lower()
        if lowered in ("true", "1"):
            return True
        if lowered in ("false", "0"):
            return False
        raise ValueError(f"{text!r} is not true or false")
    if type_name == "Date":
        return parse_date(stripped)
    problems: list[str] = []
    parsed = read_datetime(stripped, problems, "value")
    if parsed is None:
        raise ValueError(f"{text!r} is not a date and time")
    return parsed
