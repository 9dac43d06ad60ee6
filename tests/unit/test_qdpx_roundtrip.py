"""Property tests: what sbcoder writes, sbcoder reads back unchanged; NVivo positions convert.

Random snapshots cover emoji and other characters outside the BMP, newlines and tabs
in names and memos, every variable type, nested codes, notes on every kind of target.
"""

from __future__ import annotations

import tempfile
import uuid
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sbcoder.formats.interchange import (
    Case,
    CodeNode,
    Coding,
    Note,
    ProjectSnapshot,
    Quotation,
    Set,
    TextSource,
    User,
    Variable,
    canonical_order,
)
from sbcoder.formats.qdpx import read_qdpx, write_qdpx

# Characters XML can hold in names and memos (no controls but \n and \t), with emoji.
_XML_CHARS = st.characters(
    exclude_categories=("Cs", "Cc"), exclude_characters="\ufffe\uffff"
) | st.sampled_from(["\n", "\t", " ", "😀", "𝄞", "é", "&", "<", '"'])
xml_text = st.text(_XML_CHARS, max_size=20)
# Source text goes to a .txt file, so controls are fine there; only CR is not ("\n" ends).
_SOURCE_CHARS = st.characters(
    exclude_categories=("Cs",), exclude_characters="\r"
) | st.sampled_from(["\n", " ", "🤣", "😡", "\U0001f9d1", "\u200d", "\ufeff", "a"])
source_text = st.text(_SOURCE_CHARS, max_size=80)
moments = st.none() | st.datetimes(
    min_value=datetime(1900, 1, 1),
    max_value=datetime(2100, 1, 1),
    timezones=st.sampled_from([None, UTC]),
)
colours = st.none() | st.from_regex(r"#[0-9A-Fa-f]{6}", fullmatch=True)


@st.composite
def snapshots(draw: st.DrawFn) -> ProjectSnapshot:
    base = draw(st.integers(0, 2**128 - 1))
    counter = iter(range(10**6))

    def guid() -> str:
        return str(uuid.UUID(int=(base + next(counter)) % 2**128))

    users = [User(guid(), draw(xml_text)) for _ in range(draw(st.integers(0, 3)))]
    user_guids = [None] + [user.guid for user in users]
    codes: list[CodeNode] = []
    for _ in range(draw(st.integers(0, 6))):
        parent = draw(st.sampled_from([None] + [code.guid for code in codes]))
        codes.append(
            CodeNode(
                guid(),
                draw(xml_text),
                draw(colours),
                draw(xml_text),
                draw(st.booleans()),
                parent,
                draw(st.integers(0, 5)),
                draw(xml_text),
            )
        )
    sources = []
    for _ in range(draw(st.integers(0, 3))):
        text = draw(source_text)
        quotations = []
        for _ in range(draw(st.integers(0, 4)) if len(text) > 0 else 0):
            start = draw(st.integers(0, len(text) - 1))
            end = draw(st.integers(start + 1, len(text)))
            codings = [
                Coding(
                    guid(),
                    draw(st.sampled_from([code.guid for code in codes])),
                    draw(st.sampled_from(user_guids)),
                    draw(moments),
                )
                for _ in range(draw(st.integers(0, 3)) if codes else 0)
            ]
            quotations.append(
                Quotation(
                    guid(),
                    start,
                    end,
                    draw(moments),
                    draw(st.sampled_from(user_guids)),
                    draw(xml_text),
                    codings,
                )
            )
        sources.append(
            TextSource(
                guid(),
                draw(xml_text),
                text,
                created=draw(moments),
                creating_user_guid=draw(st.sampled_from(user_guids)),
                quotations=quotations,
            )
        )
    source_guids = [source.guid for source in sources]
    members = st.lists(st.sampled_from(source_guids), unique=True) if sources else st.just([])
    sets = [
        Set(guid(), draw(xml_text), draw(xml_text), draw(members))
        for _ in range(draw(st.integers(0, 2)))
    ]
    for source in sources:  # some membership stated only on the document side
        source.group_guids = draw(
            st.lists(st.sampled_from([g.guid for g in sets]), unique=True) if sets else st.just([])
        )
    cases = [
        Case(guid(), draw(xml_text), draw(xml_text), draw(members))
        for _ in range(draw(st.integers(0, 2)))
    ]
    value_strategies = {
        "Text": xml_text,
        "Integer": st.integers(-(10**15), 10**15),
        "Float": st.floats(allow_nan=False, allow_infinity=False),
        "Date": st.dates(
            min_value=date(1000, 1, 1),
            max_value=date(2999, 12, 31),
        ),
        "DateTime": moments.filter(lambda moment: moment is not None),
        "Boolean": st.booleans(),
    }
    variables = [
        Variable(
            guid(), draw(xml_text), draw(st.sampled_from(sorted(value_strategies))), draw(xml_text)
        )
        for _ in range(draw(st.integers(0, 4)))
    ]

    def values() -> dict:
        chosen = (
            draw(st.lists(st.sampled_from(variables), unique_by=lambda v: v.guid))
            if variables
            else []
        )
        return {variable.guid: draw(value_strategies[variable.type_name]) for variable in chosen}

    case_values = {case.guid: values() for case in cases if draw(st.booleans())}
    source_values = {source.guid: values() for source in sources if draw(st.booleans())}
    targets = [code.guid for code in codes] + source_guids
    for source in sources:
        for quotation in source.quotations:
            targets.append(quotation.guid)
            targets.extend(coding.guid for coding in quotation.codings)
    target_lists = st.lists(st.sampled_from(targets), unique=True) if targets else st.just([])
    notes = [
        Note(
            guid(),
            draw(xml_text),
            draw(xml_text),
            draw(moments),
            draw(st.sampled_from(user_guids)),
            draw(target_lists),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    return ProjectSnapshot(
        name=draw(xml_text),
        created=draw(moments),
        users=users,
        codes=codes,
        sources=sources,
        cases=cases,
        variables=variables,
        case_values=case_values,
        source_values=source_values,
        sets=sets,
        notes=notes,
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(snapshots())
def test_written_projects_read_back_equal(snapshot: ProjectSnapshot) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "project.qdpx"
        write_qdpx(snapshot, path)
        again, report = read_qdpx(path)
    expected = canonical_order(snapshot)
    assert again == expected
    assert canonical_order(again) == again
    assert report.warnings == [] and report.unsupported == []
    assert report.position_dialect == "codepoints"


@settings(max_examples=50, deadline=None)
@given(snapshots())
def test_canonical_order_is_idempotent_and_keeps_content(snapshot: ProjectSnapshot) -> None:
    once = canonical_order(snapshot)
    assert canonical_order(once) == once
    assert sorted(code.guid for code in once.codes) == sorted(code.guid for code in snapshot.codes)
    quoted = {q.guid for s in snapshot.sources for q in s.quotations}
    assert {q.guid for s in once.sources for q in s.quotations} == quoted


# -- NVivo dialect: random CRLF text with emoji, positions counted in UTF-16 units -------

_WORDS = st.sampled_from(
    ["oltás", "kötelező", "🤣", "😡😡", "𝄞", "👩\u200d👩\u200d👧", "Na", "mi", "van?", "é", "x"]
)
_SEPARATORS = st.sampled_from([" ", ", ", "\r\n", "\r\n\r\n", "! "])


def _utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_WORDS, _SEPARATORS), min_size=1, max_size=60), st.data())
def test_nvivo_utf16_crlf_positions_cover_the_same_text(
    pieces: list[tuple[str, str]], data: st.DataObject
) -> None:
    raw = "".join(word + separator for word, separator in pieces)
    word_starts, position = [], 0
    for word, separator in pieces:
        word_starts.append((position, position + len(word)))
        position += len(word) + len(separator)
    spans = []
    for _ in range(data.draw(st.integers(1, 6))):
        first = data.draw(st.integers(0, len(word_starts) - 1))
        last = data.draw(st.integers(first, len(word_starts) - 1))
        spans.append((word_starts[first][0], word_starts[last][1]))
    selections = "".join(
        f'<PlainTextSelection guid="{uuid.UUID(int=n + 1)}" startPosition="{_utf16(raw, start)}" '
        f'endPosition="{_utf16(raw, end)}"/>'
        for n, (start, end) in enumerate(spans)
    )
    source = "00000000-0000-0000-0000-0000000000aa"
    qde = (
        '<?xml version="1.0" encoding="utf-8"?>\r\n'
        '<Project xmlns="urn:QDA-XML:project:1.0" name="n" origin="NVivo for Windows 12.6">'
        f'<Sources><TextSource guid="{source}" name="s" plainTextPath="internal://{source}.txt">'
        f"{selections}</TextSource></Sources></Project>"
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "nvivo.qdpx"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("project.qde", qde.encode("utf-8"))
            archive.writestr(f"Sources/{source}.txt", b"\xef\xbb\xbf" + raw.encode("utf-8"))
        snapshot, report = read_qdpx(path)
    text = snapshot.sources[0].text
    assert text == raw.replace("\r\n", "\n")
    quoted = sorted(text[q.start : q.end] for q in snapshot.sources[0].quotations)
    assert quoted == sorted(raw[start:end].replace("\r\n", "\n") for start, end in spans)
    if "\r\n" in raw or any(ord(char) > 0xFFFF for char in raw):
        assert report.position_dialect == "utf16"
