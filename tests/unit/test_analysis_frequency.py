"""Code frequency tables and the stats table against figures counted by hand.

The project is drawn in test_analysis_project.py; every expected number below was
counted from that drawing, not computed with the code under test.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_analysis_project import Built, build_project

from sbcoder.core.analysis import frequency_table, stats_table
from sbcoder.core.analysis_data import load_analysis_data
from sbcoder.core.analysis_table import Table, cell_quotation_ids
from sbcoder.core.errors import ValidationError

ROWS = [
    "Context",
    "Kwetsbaar",
    "Behoefte",
    "Mechanisme",
    "Versterkend",
    "Vertrouwen",
    "Eigenaarschap",
    "Remmend",
    "Outcome",
]


@pytest.fixture
def built(tmp_path: Path) -> Iterator[Built]:
    made = build_project(tmp_path / "hand.sbc")
    yield made
    made.project.close()


def grid(table: Table) -> dict[str, list[object]]:
    """Row label → the row's cells."""
    return {h.label: list(cells) for h, cells in zip(table.row_headers, table.cells, strict=True)}


def test_by_document_once_per_parent(built: Built) -> None:
    table = frequency_table(built.project, "document", language="en")
    assert [h.label for h in table.column_headers] == [
        "Interview Nijkerk",
        "Interview Rode Klif",
        "Werkblad",
        "Total",
        "Documents",
        "% of documents",
    ]
    assert [h.label for h in table.row_headers] == [*ROWS, "Total"]
    assert [h.depth for h in table.row_headers] == [0, 1, 1, 0, 1, 2, 2, 1, 0, 0]
    assert table.row_headers[-1].is_total
    rows = grid(table)
    # D1, D2, D3, total, documents, % documents
    assert rows["Context"] == [2, 1, 0, 3, 2, pytest.approx(200 / 3)]
    assert rows["Kwetsbaar"] == [2, 0, 0, 2, 1, pytest.approx(100 / 3)]
    assert rows["Behoefte"] == [0, 1, 0, 1, 1, pytest.approx(100 / 3)]
    assert rows["Mechanisme"] == [3, 2, 1, 6, 3, 100.0]
    assert rows["Versterkend"] == [3, 2, 0, 5, 2, pytest.approx(200 / 3)]
    assert rows["Vertrouwen"] == [2, 1, 0, 3, 2, pytest.approx(200 / 3)]
    assert rows["Eigenaarschap"] == [1, 1, 0, 2, 2, pytest.approx(200 / 3)]
    assert rows["Remmend"] == [1, 0, 0, 1, 1, pytest.approx(100 / 3)]
    assert rows["Outcome"] == [0, 1, 0, 1, 1, pytest.approx(100 / 3)]
    # distinct coded quotations per document (q9 carries no code)
    assert rows["Total"] == [4, 3, 1, 8, 3, 100.0]


def test_by_document_with_duplicates_and_without_rollup(built: Built) -> None:
    rows = grid(frequency_table(built.project, "document", rollup="duplicates"))
    # Mechanisme: q1 T, q2 T, q3 E, q3 R in D1 (q3 twice); q6 T, q7 E in D2; q8 in D3
    assert rows["Mechanisme"][:4] == [4, 2, 1, 7]
    assert rows["Versterkend"][:4] == [3, 2, 0, 5]
    assert rows["Context"][:4] == [2, 1, 0, 3]
    assert rows["Totaal"][:4] == [6, 4, 1, 11]  # (quotation, code) pairs
    own = grid(frequency_table(built.project, "document", rollup="none"))
    assert own["Mechanisme"][:4] == [0, 0, 1, 1]
    assert own["Versterkend"][:4] == [0, 0, 0, 0]
    assert own["Context"][:5] == [0, 0, 0, 0, 0]
    assert own["Vertrouwen"][:4] == [2, 1, 0, 3]


def test_by_coder_counts_each_coders_codings(built: Built) -> None:
    table = frequency_table(built.project, "coder")
    assert [h.label for h in table.column_headers][:3] == ["Anna", "Bram", "Totaal"]
    rows = grid(table)
    assert rows["Vertrouwen"][:3] == [3, 1, 3]  # q1 by both: the total counts it once
    assert rows["Kwetsbaar"][:3] == [1, 1, 2]
    assert rows["Mechanisme"][:3] == [4, 3, 6]
    assert rows["Versterkend"][:3] == [4, 2, 5]
    assert rows["Outcome"][:3] == [1, 0, 1]
    assert rows["Totaal"][:3] == [5, 4, 8]


def test_by_case_with_a_document_in_two_cases(built: Built) -> None:
    table = frequency_table(built.project, "case")
    assert [h.label for h in table.column_headers][:4] == [
        "Flevoland",
        "Nijkerk",
        "Rode Klif",
        "(geen casus)",
    ]
    rows = grid(table)
    assert rows["Context"][:5] == [3, 2, 1, 0, 3]
    assert rows["Mechanisme"][:5] == [5, 3, 2, 1, 6]  # total 6, not 5 + 3 + 2 + 1
    assert rows["Totaal"][:5] == [7, 4, 3, 1, 8]


def test_by_group_and_by_attribute(built: Built) -> None:
    groups = frequency_table(built.project, "group", language="en")
    assert [h.label for h in groups.column_headers][:3] == ["Interviews", "(no group)", "Total"]
    assert grid(groups)["Mechanisme"][:3] == [5, 1, 6]
    table = frequency_table(built.project, "attribute", attribute_id=built.attribute)
    assert [h.label for h in table.column_headers][:4] == [
        "regionaal",
        "stedelijk",
        "(geen waarde)",
        "Totaal",
    ]
    assert table.title == "Codefrequenties per omgeving"
    rows = grid(table)
    assert rows["Mechanisme"][:4] == [3, 2, 1, 6]
    assert rows["Kwetsbaar"][:4] == [2, 0, 0, 2]
    with pytest.raises(ValidationError):
        frequency_table(built.project, "attribute")


def test_words_and_characters(built: Built) -> None:
    table = frequency_table(
        built.project, "document", measures=("quotations", "words", "characters"), language="en"
    )
    labels = [h.label for h in table.column_headers]
    assert labels[:3] == [
        "Interview Nijkerk (quotations)",
        "Interview Nijkerk (words)",
        "Interview Nijkerk (characters)",
    ]
    rows = grid(table)
    d2 = slice(3, 6)
    # q5 = "Tuin: de binnen" touches Tuin, de, binnentuin
    assert rows["Behoefte"][d2] == [1, 3, 15]
    # q6 = " de binnentuin is open vo" touches de, binnentuin, is, open, voor
    assert rows["Outcome"][d2] == [1, 5, 25]
    # Kwetsbaar in D1: q1 and q4, both "Bewoner: wij kennen " (3 words, 20 characters)
    assert rows["Kwetsbaar"][0:3] == [2, 6, 40]


def test_drill_down_gives_the_quotations_behind_a_cell(built: Built) -> None:
    q = built.quotations
    table = frequency_table(built.project, "document")
    mechanisme = table.row(built.codes["Mechanisme"])
    d1 = table.column(built.docs["D1"])
    # document order: q1 [0,20) and q4 [0,20) (q1 made first), q2 [10,40), q3 [50,70)
    assert table.quotation_ids(mechanisme, d1) == (q["q1"], q["q2"], q["q3"])
    assert cell_quotation_ids(table, table.row_count - 1, d1) == (
        q["q1"],
        q["q4"],
        q["q2"],
        q["q3"],
    )
    total = table.column("total")
    assert table.quotation_ids(mechanisme, total) == (
        q["q1"],
        q["q2"],
        q["q3"],
        q["q6"],
        q["q7"],
        q["q8"],
    )
    assert table.quotation_ids(table.row(built.codes["Outcome"]), d1) == ()
    with pytest.raises(IndexError):
        table.quotation_ids(table.row_count, 0)


def test_one_snapshot_serves_several_tables(built: Built) -> None:
    data = load_analysis_data(built.project)
    first = frequency_table(built.project, "document", data=data)
    again = frequency_table(built.project, "document")
    assert first.cells == again.cells


def test_bad_options_are_refused(built: Built) -> None:
    with pytest.raises(ValidationError, match="cannot tabulate by"):
        frequency_table(built.project, "neighbourhood")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="rollup"):
        frequency_table(built.project, rollup="twice")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="measures"):
        frequency_table(built.project, measures=("minutes",))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="language"):
        frequency_table(built.project, language="de")


def test_stats_by_document_case_and_coder(built: Built) -> None:
    by_document = stats_table(built.project, "document", language="en")
    assert [h.label for h in by_document.column_headers] == [
        "Characters",
        "Coded quotations",
        "Codings",
        "Codes used",
        "Coded characters",
        "% coded",
    ]
    rows = grid(by_document)
    # D1: quotations q1-q4; codings q1 K, q1 T (Anna), q1 T (Bram), q2 T, q3 E, q3 R, q4 K;
    # coded characters: [0, 40) ∪ [50, 70) = 60 of 100
    assert rows["Interview Nijkerk"] == [100, 4, 7, 4, 60, 60.0]
    assert rows["Interview Rode Klif"] == [83, 3, 4, 4, 50, pytest.approx(5000 / 83)]
    assert rows["Werkblad"] == [64, 1, 1, 1, 10, pytest.approx(1000 / 64)]
    assert rows["Total"] == [247, 8, 12, 7, 120, pytest.approx(12000 / 247)]

    by_coder = grid(stats_table(built.project, "coder", language="en"))
    # Anna: D1 [0,40) ∪ [50,70) = 60, D2 [0,30) = 30; Bram: 20 + 20 + 10
    assert by_coder["Anna"] == [2, 5, 8, 6, 90, pytest.approx(9000 / 247)]
    assert by_coder["Bram"] == [3, 4, 4, 4, 50, pytest.approx(5000 / 247)]
    assert by_coder["Total"] == [3, 8, 12, 7, 120, pytest.approx(12000 / 247)]

    by_case = grid(stats_table(built.project, "case"))
    assert by_case["Flevoland"] == [2, 183, 7, 11, 6, 110, pytest.approx(11000 / 183)]
    assert by_case["(geen casus)"] == [1, 64, 1, 1, 1, 10, pytest.approx(1000 / 64)]
    assert by_case["Totaal"] == [3, 247, 8, 12, 7, 120, pytest.approx(12000 / 247)]


def test_stats_drill_down_and_bad_by(built: Built) -> None:
    table = stats_table(built.project, "coder")
    q = built.quotations
    bram = table.row(built.coders["Bram"])
    assert table.quotation_ids(bram, 0) == (q["q1"], q["q4"], q["q7"], q["q8"])
    with pytest.raises(ValidationError):
        stats_table(built.project, "group")  # type: ignore[arg-type]


def test_an_empty_project_gives_empty_tables(tmp_path: Path) -> None:
    from sbcoder.core.project import Project

    with Project.create(tmp_path / "empty.sbc") as project:
        table = frequency_table(project, "document")
        assert table.row_count == 1  # the total row
        assert table.cells[0][-2:] == (0, None)  # no documents: no percentage
        assert stats_table(project, "coder").cells[-1][0] == 0
