"""Position dialects: code points or NVivo's UTF-16 units and CRLF, on made-up and real files."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from sbcoder.formats.qdpx import read_qdpx
from sbcoder.formats.qdpx_dialect import (
    OffsetMap,
    PositionDialect,
    PreparedText,
    at_word_edge,
    detect_dialect,
)

SHARED = Path(__file__).resolve().parents[3] / "shared" / "interop"
NVIVO_FILE = SHARED / "nvivo12-windows-oltas.qdpx"


def utf16_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def test_prepared_text_normalises_line_ends_and_finds_wide_characters() -> None:
    prepared = PreparedText.from_raw("a😀\r\nb\rc\r\n")
    assert prepared.text == "a😀\nb\nc\n"
    assert prepared.astral == [1]
    assert prepared.crlf == [2, 6]  # the LFs that stand for CRLF, as indexes in the text
    assert prepared.wide_chars(PositionDialect.UTF16) == [1, 2, 6]
    assert prepared.wide_chars(PositionDialect.CODEPOINTS) == [2, 6]
    assert prepared.wide_chars(PositionDialect.UTF16_LF) == [1]
    assert prepared.wide_chars(PositionDialect.CODEPOINTS_LF) == []


def test_offset_map_converts_every_utf16_crlf_offset() -> None:
    raw = "x😀y\r\nz🤣🤣\r\n"
    prepared = PreparedText.from_raw(raw)
    mapping = OffsetMap(prepared.wide_chars(PositionDialect.UTF16), len(prepared.text))
    normalised_index = 0
    for raw_index in range(len(raw) + 1):
        if raw_index > 0 and raw[raw_index - 1 : raw_index + 1] == "\r\n":
            continue  # between CR and LF: tested below
        expected = len(raw[:raw_index].replace("\r\n", "\n"))
        assert mapping.convert(utf16_offset(raw, raw_index), is_end=False) == (expected, False)
        normalised_index = expected
    assert normalised_index == len(prepared.text)
    assert mapping.total_units == utf16_offset(raw, len(raw))


def test_split_offsets_widen_the_selection() -> None:
    prepared = PreparedText.from_raw("ab😀cd")
    mapping = OffsetMap(prepared.wide_chars(PositionDialect.UTF16), len(prepared.text))
    # Offset 3 is between the two halves of the emoji (which starts at unit 2).
    assert mapping.convert(3, is_end=False) == (2, True)
    assert mapping.convert(3, is_end=True) == (3, True)


def test_word_edges() -> None:
    text = "Na mi, 😀van"
    assert at_word_edge(text, 0) and at_word_edge(text, 2) and at_word_edge(text, 5)
    assert not at_word_edge(text, 1)
    assert at_word_edge(text, 7) and at_word_edge(text, len(text))


def _spans_at_words(raw: str, words: list[str], units) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    spans = []
    for word in words:
        start = raw.index(word)
        spans.append((units(raw, start), units(raw, start + len(word))))
    return spans


RAW = (
    "Eerste regel met 😀 en 🤣🤣.\r\nTweede regel over vertrouwen.\r\n"
    "Derde 😡 regel over de buurt.\r\nVierde regel, laatste woorden hier."
)
WORDS = ["vertrouwen", "buurt", "laatste", "Vierde", "Derde", "woorden"]


def test_nvivo_positions_detected_even_without_an_origin() -> None:
    prepared = PreparedText.from_raw(RAW)
    spans = _spans_at_words(RAW, WORDS, utf16_offset)
    choice = detect_dialect("", [(prepared, spans)])
    assert choice.dialect is PositionDialect.UTF16
    assert "utf16" in choice.reason


def test_spec_positions_kept_for_a_tool_that_claims_them() -> None:
    prepared = PreparedText.from_raw(RAW)
    spans = _spans_at_words(RAW, WORDS, lambda text, index: index)
    choice = detect_dialect("ATLAS.ti 23", [(prepared, spans)])
    assert choice.dialect is PositionDialect.CODEPOINTS


def test_lf_counting_tool_is_recognised() -> None:
    normalised = RAW.replace("\r\n", "\n")
    prepared = PreparedText.from_raw(RAW)
    spans = [(normalised.index(w), normalised.index(w) + len(w)) for w in WORDS]
    assert detect_dialect("Some tool", [(prepared, spans)]).dialect is PositionDialect.CODEPOINTS_LF


def test_origin_decides_when_every_reading_agrees() -> None:
    prepared = PreparedText.from_raw("plain ascii text")
    assert detect_dialect("NVivo 14", [(prepared, [(0, 5)])]).dialect is PositionDialect.UTF16
    assert detect_dialect("QualCoder", [(prepared, [(0, 5)])]).dialect is PositionDialect.CODEPOINTS


def test_sbcoder_files_are_trusted() -> None:
    prepared = PreparedText.from_raw(RAW)
    spans = _spans_at_words(RAW, WORDS, utf16_offset)  # deliberately "wrong"
    assert (
        detect_dialect("sbcoder 0.1.0", [(prepared, spans)]).dialect is PositionDialect.CODEPOINTS
    )


# -- the real NVivo 12 (Windows) export ------------------------------------------------

needs_nvivo_file = pytest.mark.skipif(
    not NVIVO_FILE.exists(), reason=f"the shared NVivo sample is not at {NVIVO_FILE}"
)


def _nvivo_raw() -> tuple[str, dict[str, tuple[int, int]]]:
    """The source text as stored and each selection's positions, read independently."""
    with zipfile.ZipFile(NVIVO_FILE) as archive:
        qde = archive.read("project.qde").decode("utf-8")
        [name] = [n for n in archive.namelist() if n.lower().endswith(".txt")]
        raw = archive.read(name).decode("utf-8-sig")
    pattern = r'<PlainTextSelection guid="([^"]+)"[^>]*startPosition="(\d+)" endPosition="(\d+)"'
    spans = {guid: (int(a), int(b)) for guid, a, b in re.findall(pattern, qde)}
    return raw, spans


@needs_nvivo_file
def test_nvivo_export_quotations_cover_what_nvivo_showed() -> None:
    snapshot, report = read_qdpx(NVIVO_FILE)
    raw, spans = _nvivo_raw()
    assert "\r\n" in raw and any(ord(char) > 0xFFFF for char in raw)  # the hard case
    assert report.position_dialect == "utf16"
    [source] = snapshot.sources
    assert source.text == raw.replace("\r\n", "\n")
    utf16 = raw.encode("utf-16-le")
    quotations = {q.guid: q for q in source.quotations}
    assert set(quotations) == set(spans) and len(spans) == report.counts["quotations"]
    edges = 0
    for guid, (start, end) in spans.items():
        # What NVivo showed: its UTF-16 range of the stored text, line ends as LF.
        shown = utf16[2 * start : 2 * end].decode("utf-16-le").replace("\r\n", "\n")
        quotation = quotations[guid]
        assert source.text[quotation.start : quotation.end] == shown
        edges += at_word_edge(source.text, quotation.start) + at_word_edge(
            source.text, quotation.end
        )
    assert edges / (2 * len(spans)) >= 0.95


@needs_nvivo_file
@pytest.mark.parametrize(
    ("guid", "expected"),
    [
        (
            "7b3c3431-07e3-4ec8-b5dd-a919049b9922",
            "Mi az a fityesznek? Akkor írják át amikor akarják 🤣🤣🤣",
        ),
        ("52322d90-c114-4498-8ddd-a919323b7c23", "Nem tehetik kötelezővé! 😡😡"),
    ],
)
def test_nvivo_emoji_quotations_are_exact(guid: str, expected: str) -> None:
    snapshot, _ = read_qdpx(NVIVO_FILE)
    [source] = snapshot.sources
    [quotation] = [q for q in source.quotations if q.guid == guid]
    assert source.text[quotation.start : quotation.end] == expected


@needs_nvivo_file
def test_nvivo_quotation_after_many_emoji_ends_on_its_emoji() -> None:
    snapshot, _ = read_qdpx(NVIVO_FILE)
    [source] = snapshot.sources
    [quotation] = [q for q in source.quotations if q.guid == "28ea85e9-066c-43ac-bedd-a91ab13f811a"]
    quoted = source.text[quotation.start : quotation.end]
    assert quoted.startswith("Rohadt életbe") and quoted.endswith("ajánlott 😤😤😤")


@needs_nvivo_file
def test_nvivo_export_codes_users_and_report() -> None:
    snapshot, report = read_qdpx(NVIVO_FILE)
    assert report.origin.startswith("NVivo")
    assert {user.name for user in snapshot.users} == {"Gergo", "floriansipos"}
    assert report.counts["codes"] == len(snapshot.codes) > 0
    roots = [code for code in snapshot.codes if code.parent_guid is None]
    assert roots[0].name.startswith("1. Perceived Susceptibility")
    assert "\r" not in "".join(code.description for code in snapshot.codes)
    code_guids = {code.guid for code in snapshot.codes}
    codings = [c for q in snapshot.sources[0].quotations for c in q.codings]
    assert codings and all(coding.code_guid in code_guids for coding in codings)
    assert any("rich text" in item for item in report.unsupported)
