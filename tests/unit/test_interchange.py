"""The interchange dataclasses: conventions, validation and the canonical order."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

import pytest

from sbcoder.formats.interchange import (
    SBCODER_ORIGIN,
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
    canonical_guid,
    canonical_order,
    code_tree_order,
)
from sbcoder.formats.qdpx_validate import InvalidSnapshotError, validate_snapshot


def guid(number: int) -> str:
    return f"00000000-0000-4000-8000-{number:012d}"


def test_sha256_is_filled_from_the_text() -> None:
    source = TextSource(guid(1), "s", "één 😀")
    assert source.sha256 == hashlib.sha256("één 😀".encode()).hexdigest()
    assert TextSource(guid(1), "s", "x", sha256="given").sha256 == "given"


def test_canonical_guid_accepts_what_tools_write() -> None:
    expected = "5215cc69-b628-4e02-afb9-9beeaee55808"
    for written in (
        "{5215CC69-B628-4E02-AFB9-9BEEAEE55808}",
        " 5215cc69-b628-4e02-afb9-9beeaee55808 ",
    ):
        assert canonical_guid(written) == expected
    with pytest.raises(ValueError):
        canonical_guid("not a guid")


def test_default_origin_names_sbcoder() -> None:
    assert ProjectSnapshot(name="p").origin == SBCODER_ORIGIN
    assert SBCODER_ORIGIN.startswith("sbcoder")


def test_valid_snapshot_passes() -> None:
    code = CodeNode(guid(1), "A", "#A0b0C0")
    source = TextSource(
        guid(2),
        "s",
        "abc",
        quotations=[Quotation(guid(3), 0, 3, codings=[Coding(guid(4), code.guid)])],
    )
    variables = [
        Variable(guid(5), "n", "Integer"),
        Variable(guid(6), "f", "Float"),
        Variable(guid(7), "d", "Date"),
        Variable(guid(8), "t", "DateTime"),
    ]
    validate_snapshot(
        ProjectSnapshot(
            name="p",
            codes=[code],
            sources=[source],
            variables=variables,
            source_values={
                source.guid: {
                    guid(5): 3,
                    guid(6): 2,
                    guid(7): date(2020, 1, 1),
                    guid(8): datetime(2020, 1, 1),
                }
            },
        )
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: s.codes.append(CodeNode(guid(1), "dup")), "used twice"),
        (
            lambda s: s.codes.append(CodeNode(guid(90), "orphan", parent_guid=guid(91))),
            "unknown parent",
        ),
        (lambda s: setattr(s.codes[0], "parent_guid", s.codes[0].guid), "own ancestor"),
        (lambda s: setattr(s.sources[0].quotations[0], "start", 3), "outside"),
        (
            lambda s: setattr(s.sources[0].quotations[0], "creating_user_guid", guid(77)),
            "unknown creating user",
        ),
        (lambda s: s.sources[0].group_guids.append(guid(78)), "unknown document group"),
        (
            lambda s: s.cases.append(Case(guid(92), "c", source_guids=[guid(79)])),
            "unknown document",
        ),
        (lambda s: s.sets.append(Set(guid(93), "g", source_guids=[guid(79)])), "unknown document"),
        (lambda s: s.variables.append(Variable(guid(94), "v", "Colour")), "unknown type"),
        (lambda s: s.source_values.update({guid(2): {guid(95): 1}}), "unknown variable"),
        (lambda s: s.case_values.update({guid(96): {}}), "unknown case"),
        (
            lambda s: s.notes.append(Note(guid(97), "n", "t", creating_user_guid=guid(98))),
            "unknown creating user",
        ),
        (lambda s: setattr(s.sources[0], "text", "abc\ud800"), "surrogate"),
    ],
)
def test_broken_conventions_are_named(change, message: str) -> None:  # type: ignore[no-untyped-def]
    snapshot = ProjectSnapshot(
        name="p",
        codes=[CodeNode(guid(1), "A")],
        sources=[TextSource(guid(2), "s", "abc", quotations=[Quotation(guid(3), 0, 3)])],
    )
    change(snapshot)
    with pytest.raises(InvalidSnapshotError) as caught:
        validate_snapshot(snapshot)
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("type_name", "value"),
    [
        ("Integer", True),
        ("Integer", 1.5),
        ("Float", False),
        ("Float", float("nan")),
        ("Date", datetime(2020, 1, 1)),
        ("DateTime", date(2020, 1, 1)),
        ("Boolean", 1),
        ("Text", 3),
    ],
)
def test_values_must_fit_their_variable(type_name: str, value: object) -> None:
    snapshot = ProjectSnapshot(
        name="p",
        cases=[Case(guid(1), "c")],
        variables=[Variable(guid(2), "v", type_name)],
        case_values={guid(1): {guid(2): value}},  # type: ignore[dict-item]
    )
    with pytest.raises(InvalidSnapshotError, match="variable 'v'"):
        validate_snapshot(snapshot)


def test_code_tree_order_is_depth_first_by_position() -> None:
    codes = [
        CodeNode(guid(3), "child b", parent_guid=guid(1), position=1),
        CodeNode(guid(2), "root 2", position=1),
        CodeNode(guid(4), "child a", parent_guid=guid(1), position=0),
        CodeNode(guid(1), "root 1", position=0),
        CodeNode(guid(5), "grandchild", parent_guid=guid(3), position=7),
    ]
    assert [c.name for c in code_tree_order(codes)] == [
        "root 1",
        "child a",
        "child b",
        "grandchild",
        "root 2",
    ]


def test_code_tree_order_keeps_codes_in_a_cycle() -> None:
    codes = [
        CodeNode(guid(1), "a", parent_guid=guid(2)),
        CodeNode(guid(2), "b", parent_guid=guid(1)),
    ]
    assert {c.guid for c in code_tree_order(codes)} == {guid(1), guid(2)}


def test_canonical_order_renumbers_sorts_and_reconciles() -> None:
    snapshot = ProjectSnapshot(
        name="p",
        users=[User(guid(9), "u")],
        codes=[CodeNode(guid(2), "b", position=5), CodeNode(guid(1), "a", position=2)],
        sources=[
            TextSource(
                guid(10),
                "s",
                "abcdef",
                group_guids=[guid(21)],
                quotations=[
                    Quotation(
                        guid(12),
                        2,
                        4,
                        codings=[Coding(guid(32), guid(1)), Coding(guid(31), guid(2))],
                    ),
                    Quotation(guid(11), 0, 5),
                ],
            )
        ],
        sets=[Set(guid(20), "g1", source_guids=[guid(10), guid(10)]), Set(guid(21), "g2")],
        cases=[Case(guid(40), "c", source_guids=[guid(10), guid(10)])],
        notes=[Note(guid(50), "n", "t", target_guids=[guid(12), guid(1), guid(12)])],
        case_values={guid(40): {}},
    )
    result = canonical_order(snapshot)
    assert [(c.name, c.position) for c in result.codes] == [("a", 0), ("b", 1)]
    source = result.sources[0]
    assert [q.guid for q in source.quotations] == [guid(11), guid(12)]
    assert [c.guid for c in source.quotations[1].codings] == [guid(31), guid(32)]
    assert result.sets[0].source_guids == [guid(10)] and result.sets[1].source_guids == [guid(10)]
    assert source.group_guids == [guid(20), guid(21)]
    assert result.cases[0].source_guids == [guid(10)]
    assert result.notes[0].target_guids == [guid(1), guid(12)]
    assert result.case_values == {}
    # The input is left as it was.
    assert snapshot.codes[0].position == 5 and snapshot.sources[0].quotations[0].guid == guid(12)
