"""`TableFilter` on every table: coders, documents, groups, cases, attributes, branches.

The project is drawn in test_analysis_project.py; expected figures are hand counts.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_analysis_project import Built, build_project

from sbcoder.core.analysis import frequency_table, stats_table
from sbcoder.core.analysis_cimo import cimo_table
from sbcoder.core.analysis_cooccurrence import co_occurrence_table
from sbcoder.core.analysis_data import load_analysis_data
from sbcoder.core.analysis_filters import AttributeCondition, TableFilter, describe_filter
from sbcoder.core.analysis_quotations import quotations_table
from sbcoder.core.analysis_table import Table
from sbcoder.core.errors import NotFoundError


@pytest.fixture
def built(tmp_path: Path) -> Iterator[Built]:
    made = build_project(tmp_path / "hand.sbc")
    yield made
    made.project.close()


def grid(table: Table) -> dict[str, list[object]]:
    return {h.label: list(cells) for h, cells in zip(table.row_headers, table.cells, strict=True)}


def test_filter_keeps_ids_as_frozensets() -> None:
    f = TableFilter(coder_ids=[2, 2, 1], document_ids=(5,))
    assert f.coder_ids == frozenset({1, 2})
    assert f.document_ids == frozenset({5})
    assert not f.is_empty
    assert TableFilter().is_empty
    assert hash(f) == hash(TableFilter(coder_ids={1, 2}, document_ids={5}))


def test_coder_filter(built: Built) -> None:
    only_bram = TableFilter(coder_ids=[built.coders["Bram"]])
    rows = grid(frequency_table(built.project, "document", filter=only_bram))
    # Bram's codings: q1 Vertrouwen, q4 Kwetsbaar, q7 Eigenaarschap, q8 Mechanisme
    assert rows["Mechanisme"][:4] == [1, 1, 1, 3]
    assert rows["Kwetsbaar"][:4] == [1, 0, 0, 1]
    assert rows["Vertrouwen"][:4] == [1, 0, 0, 1]
    assert rows["Remmend"][:4] == [0, 0, 0, 0]
    assert rows["Totaal"][:4] == [2, 1, 1, 4]
    coders = frequency_table(built.project, "coder", filter=only_bram)
    assert [h.label for h in coders.column_headers][:2] == ["Bram", "Totaal"]
    listed = quotations_table(built.project, filter=only_bram)
    q = built.quotations
    # Bram's coded quotations, and q9, which he made and left uncoded
    assert [h.key for h in listed.row_headers] == [q["q1"], q["q4"], q["q7"], q["q8"], q["q9"]]
    assert listed.cells[0][2:4] == ("Mechanisme/Versterkend/Vertrouwen", "Anna")


def test_document_group_and_case_filters(built: Built) -> None:
    d = built.docs
    only_d2 = frequency_table(built.project, "document", filter=TableFilter(document_ids=[d["D2"]]))
    assert [h.key for h in only_d2.column_headers][:2] == [d["D2"], "total"]
    assert grid(only_d2)["Mechanisme"] == [2, 2, 1, 100.0]
    grouped = frequency_table(
        built.project, "document", filter=TableFilter(group_ids=[built.group])
    )
    assert [h.key for h in grouped.column_headers][:2] == [d["D1"], d["D2"]]
    assert grid(grouped)["Mechanisme"][-2:] == [2, 100.0]
    nijkerk = TableFilter(case_ids=[built.cases["Nijkerk"]])
    by_case = frequency_table(built.project, "case", filter=nijkerk)
    # only the chosen case is a column, though D1 also belongs to Flevoland
    assert [h.label for h in by_case.column_headers][:2] == ["Nijkerk", "Totaal"]
    assert grid(by_case)["Mechanisme"][:2] == [3, 3]
    assert len(cimo_table(built.project, filter=nijkerk).row_headers) == 1


def test_attribute_filter(built: Built) -> None:
    stedelijk = TableFilter(attributes=[AttributeCondition(built.attribute, ["stedelijk"])])
    table = frequency_table(built.project, "document", filter=stedelijk)
    assert table.column_headers[0].key == built.docs["D2"]
    assert table.column_count == 4
    without = TableFilter(attributes=[AttributeCondition(built.attribute, [None])])
    # Flevoland has no value but D1 and D2 have cases with one: only D3 lacks a value
    no_value = frequency_table(built.project, filter=without)
    assert no_value.column_headers[0].key == built.docs["D3"]


def test_code_branch_filter(built: Built) -> None:
    branch = TableFilter(code_ids=[built.codes["Mechanisme/Versterkend"]])
    table = frequency_table(built.project, "document", filter=branch)
    assert [(h.label, h.depth) for h in table.row_headers] == [
        ("Versterkend", 0),
        ("Vertrouwen", 1),
        ("Eigenaarschap", 1),
        ("Totaal", 0),
    ]
    rows = grid(table)
    assert rows["Versterkend"][:4] == [3, 2, 0, 5]
    assert rows["Totaal"][:4] == [3, 2, 0, 5]
    cooc = co_occurrence_table(built.project, filter=branch)
    assert [h.label for h in cooc.row_headers] == ["Versterkend", "Vertrouwen", "Eigenaarschap"]
    listed = quotations_table(built.project, filter=branch)
    assert len(listed.row_headers) == 5  # q1, q2, q3, q6, q7
    assert listed.cells[2][2] == "Mechanisme/Versterkend/Eigenaarschap"  # q3 without Remmend


def test_filters_combine(built: Built) -> None:
    combined = TableFilter(
        coder_ids=[built.coders["Anna"]],
        case_ids=[built.cases["Flevoland"]],
        code_ids=[built.codes["Mechanisme"]],
    )
    rows = grid(stats_table(built.project, "document", filter=combined))
    # Anna's Mechanisme codings in D1 (q1 T, q2 T, q3 E, q3 R) and D2 (q6 T)
    assert rows["Interview Nijkerk"][1:3] == [3, 4]
    assert rows["Interview Rode Klif"][1:3] == [1, 1]
    assert "Werkblad" not in rows


def test_unknown_ids_are_named(built: Built) -> None:
    with pytest.raises(NotFoundError, match="no coder with id 999"):
        frequency_table(built.project, filter=TableFilter(coder_ids=[999]))
    with pytest.raises(NotFoundError, match="no case with id 999"):
        frequency_table(built.project, filter=TableFilter(case_ids=[999]))
    with pytest.raises(NotFoundError, match="no attribute with id 999"):
        frequency_table(
            built.project, filter=TableFilter(attributes=[AttributeCondition(999, ["x"])])
        )


def test_describe_filter(built: Built) -> None:
    data = load_analysis_data(built.project)
    assert describe_filter(data, None, "en") == "none (all data)"
    words = describe_filter(
        data,
        TableFilter(
            coder_ids=[built.coders["Bram"]],
            code_ids=[built.codes["Mechanisme/Remmend"]],
            attributes=[AttributeCondition(built.attribute, ["stedelijk", None])],
        ),
        "nl",
    )
    assert words == (
        "Codeurs: Bram; Codetakken: Mechanisme/Remmend; omgeving: (geen waarde), stedelijk"
    )
