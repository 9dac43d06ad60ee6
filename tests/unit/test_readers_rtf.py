"""RTF reading: code-page escapes, \\uN (also outside the BMP), tables, damaged files.

The RTF is written by hand here, in the shapes Word and WordPad produce: a header with
font and colour tables, \\'xx bytes in the document's code page, \\uN escapes with a
one-character fallback, CRLF line ends in the source (which RTF ignores).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sbcoder.formats.errors import FormatError
from sbcoder.formats.readers import read_document

HEADER = (
    r"{\rtf1\ansi\ansicpg1252\deff0\nouicompat{\fonttbl{\f0\fnil\fcharset0 Calibri;}}"
    "\r\n"
    r"{\colortbl ;\red255\green0\blue0;}"
    "\r\n"
    r"{\*\generator Riched20 10.0.19041}{\info{\title Verborgen titel}{\author Codeur}}"
    "\r\n"
    r"\viewkind4\uc1\pard\sa200\sl276\slmult1\f0\fs22\lang1043 "
)


def rtf_file(tmp_path: Path, body: str, name: str = "interview.rtf") -> Path:
    path = tmp_path / name
    path.write_bytes((HEADER + body + "}").encode("ascii"))
    return path


def reason_of(path: Path) -> str:
    with pytest.raises(FormatError) as caught:
        read_document(path)
    assert path.name in str(caught.value)
    return caught.value.reason


def test_dutch_text_with_code_page_escapes(tmp_path: Path) -> None:
    body = (
        r"R: We eten \'e9\'e9n keer per week, \rquote s avonds.\par"
        "\r\n"
        r"Het was \lquote na\'efef\rquote  en \ldblquote ge\'ebmancipeerd\rdblquote .\par"
        "\r\n"
        r"\'91Co\'f6rdinator\'92 \'93financi\'eble\'94 steun \'80 5\'85\par"
        "\r\n"
    )
    result = read_document(rtf_file(tmp_path, body))
    assert result.text == (
        "R: We eten één keer per week, ’s avonds.\n"
        "Het was ‘naïef’ en “geëmancipeerd”.\n"
        "‘Coördinator’ “financiële” steun € 5…\n"
    )
    assert (result.title, result.source_format, result.encoding) == ("interview", "rtf", None)
    assert result.warnings == ()


def rtf_unicode(text: str) -> str:
    """Escape every non-ASCII character as Word does: signed 16-bit \\uN per UTF-16
    code unit (so two per character outside the BMP), each with a '?' fallback."""
    units = text.encode("utf-16-le")
    escaped = []
    for index in range(0, len(units), 2):
        unit = int.from_bytes(units[index : index + 2], "little")
        if unit < 0x80:
            escaped.append(chr(unit))
        else:
            escaped.append(f"\\u{unit - 0x10000 if unit > 0x7FFF else unit}?")
    return "".join(escaped)


def test_rtf_unicode_helper_writes_signed_surrogates() -> None:
    assert rtf_unicode("😀é") == r"\u-10179?\u-8704?\u233?"


def test_unicode_escapes_including_emoji_and_combining_accents(tmp_path: Path) -> None:
    lines = ["Emoji 😀 en familie 👩‍👩‍👧 klaar, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.", "cafe\u0301 Привет – één"]
    body = "".join(rtf_unicode(line) + r"\par " for line in lines)
    result = read_document(rtf_file(tmp_path, body))
    assert result.text == "".join(line + "\n" for line in lines)
    assert result.warnings == ()


def test_unicode_fallback_count_from_uc(tmp_path: Path) -> None:
    body = r"\uc2 na\u239??ef\par"  # two fallback characters after each \uN
    assert read_document(rtf_file(tmp_path, body)).text == "naïef\n"


def test_line_breaks_tabs_and_header_groups(tmp_path: Path) -> None:
    body = r"00:12\tab R: ja\line nieuwe regel\par {\b vet} en {\i schuin}\par"
    result = read_document(rtf_file(tmp_path, body))
    # Nothing from the font, colour or info tables leaks into the text.
    assert result.text == "00:12\tR: ja\nnieuwe regel\nvet en schuin\n"


def test_table_rows_become_tab_separated_lines(tmp_path: Path) -> None:
    body = (
        r"Voor\par"
        "\r\n"
        r"\trowd\trgaph108\cellx3000\cellx6000\pard\intbl Wie\cell Wat | echt\cell\row"
        "\r\n"
        r"\trowd\trgaph108\cellx3000\cellx6000\pard\intbl I\cell\cell\row"
        "\r\n"
        r"\pard Na met een letterlijke \\cell\par"
    )
    result = read_document(rtf_file(tmp_path, body))
    assert result.text == "Voor\nWie\tWat | echt\nI\t\nNa met een letterlijke \\cell\n"


def test_cyrillic_code_page(tmp_path: Path) -> None:
    path = tmp_path / "ru.rtf"
    path.write_bytes(
        rb"{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0\fcharset204 Arial;}}"
        rb"\f0 \'cf\'f0\'e8\'e2\'e5\'f2\par}"
    )
    assert read_document(path).text == "Привет\n"


def test_raw_8bit_text_in_the_source_uses_the_code_page(tmp_path: Path) -> None:
    path = tmp_path / "ruw.rtf"
    path.write_bytes((HEADER + "Caf\u00e9 \u2018na\u00efef\u2019\\par}").encode("cp1252"))
    assert read_document(path).text == "Café ‘naïef’\n"


def test_broken_surrogate_is_replaced_with_a_warning(tmp_path: Path) -> None:
    result = read_document(rtf_file(tmp_path, r"half \u-10179? kapot\par"))
    assert result.text == "half \ufffd kapot\n"
    assert "1 broken character" in result.warnings[0]


def test_not_rtf(tmp_path: Path) -> None:
    path = tmp_path / "nep.rtf"
    path.write_text("Gewone tekst met een .rtf-naam.")
    assert "not an RTF document" in reason_of(path)


def test_truncated_rtf_is_refused_not_half_read(tmp_path: Path) -> None:
    whole = rtf_file(tmp_path, r"Eerste alinea.\par {\b Tweede} alinea.\par" * 20)
    truncated = tmp_path / "afgebroken.rtf"
    truncated.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    assert "incomplete" in reason_of(truncated)


def test_rtf_without_text(tmp_path: Path) -> None:
    assert "no text" in reason_of(rtf_file(tmp_path, r"\par \par ", name="leeg.rtf"))


def test_byte_undefined_in_the_code_page_is_replaced_with_a_warning(tmp_path: Path) -> None:
    # 0x81 has no character in Windows-1252; one such byte must not sink the document.
    result = read_document(rtf_file(tmp_path, r"caf\'e9 \'81 verder\par"))
    assert result.text == "café \ufffd verder\n"
    assert "could not be decoded" in result.warnings[0]
