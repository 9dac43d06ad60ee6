"""Co-occurrence, the CIMO matrix and the quotations list against hand counts.

The project is drawn in test_analysis_project.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_analysis_project import TEXT_1, Built, build_project

from sbcoder.core.analysis_cimo import cimo_matrix, cimo_table
from sbcoder.core.analysis_cooccurrence import co_occurrence_table, overlap_matrix
from sbcoder.core.analysis_quotations import context_around, quotations_table, sentence_starts
from sbcoder.core.errors import NotFoundError, ValidationError


@pytest.fixture
def built(tmp_path: Path) -> Iterator[Built]:
    made = build_project(tmp_path / "hand.sbc")
    yield made
    made.project.close()


def pair(table, built: Built, first: str, second: str) -> tuple[object, object]:
    """(count, c) in the row of `first` under the columns of `second`."""
    row = table.row(built.codes[first])
    count = table.column(built.codes[second])
    return table.cell(row, count), table.cell(row, count + 1)


K, B, T = "Context/Kwetsbaar", "Context/Behoefte", "Mechanisme/Versterkend/Vertrouwen"
E, R, OUT = "Mechanisme/Versterkend/Eigenaarschap", "Mechanisme/Remmend", "Outcome"


def test_co_occurrence_on_the_same_quotation(built: Built) -> None:
    table = co_occurrence_table(built.project, language="en")
    assert table.column_headers[0].label == "n"
    assert [h.label for h in table.column_headers[1:5]] == [
        "Context",
        "Context (c)",
        "Kwetsbaar",
        "Kwetsbaar (c)",
    ]
    assert table.column_headers[4].kind == "coefficient"
    n = {h.label: cells[0] for h, cells in zip(table.row_headers, table.cells, strict=True)}
    assert n == {
        "Context": 0,
        "Kwetsbaar": 2,
        "Behoefte": 1,
        "Mechanisme": 1,
        "Versterkend": 0,
        "Vertrouwen": 3,
        "Eigenaarschap": 2,
        "Remmend": 1,
        "Outcome": 1,
    }
    assert pair(table, built, K, T) == (1, pytest.approx(1 / 4))  # q1; 1 / (2 + 3 - 1)
    assert pair(table, built, T, K) == (1, pytest.approx(1 / 4))
    assert pair(table, built, E, R) == (1, pytest.approx(1 / 2))  # q3
    assert pair(table, built, T, OUT) == (1, pytest.approx(1 / 3))  # q6
    assert pair(table, built, K, B) == (0, 0.0)
    assert pair(table, built, K, K) == (None, None)  # the diagonal stays empty
    assert pair(table, built, "Context", "Mechanisme/Versterkend") == (0, None)  # 0 / 0
    row = table.row(built.codes[T])
    assert table.quotation_ids(row, table.column(built.codes[OUT])) == (built.quotations["q6"],)
    assert len(table.notes) == 1


def test_co_occurrence_of_overlapping_quotations(built: Built) -> None:
    q = built.quotations
    table = co_occurrence_table(built.project, mode="overlap")
    # (q1,q1) the same, (q1,q2) and (q4,q2) overlap, (q4,q1) the same span
    assert pair(table, built, K, T) == (4, pytest.approx(4.0))
    assert pair(table, built, B, T) == (1, pytest.approx(1 / 3))  # (q5, q6)
    assert pair(table, built, B, OUT) == (1, pytest.approx(1.0))
    assert pair(table, built, E, R) == (1, pytest.approx(1 / 2))
    assert pair(table, built, K, OUT) == (0, 0.0)  # q6 is in another document
    assert len(table.notes) == 2  # the warning that c exceeds 1
    row = table.row(built.codes[K])
    assert table.quotation_ids(row, table.column(built.codes[T])) == (q["q1"], q["q4"], q["q2"])


def test_co_occurrence_of_branches(built: Built) -> None:
    table = co_occurrence_table(built.project, include_children=True)
    # Context = {q1, q4, q5}, Mechanisme = {q1, q2, q3, q6, q7, q8}: both carry q1
    assert pair(table, built, "Context", "Mechanisme") == (1, pytest.approx(1 / 8))
    assert pair(table, built, "Mechanisme", "Outcome") == (1, pytest.approx(1 / 6))
    with pytest.raises(ValidationError):
        co_occurrence_table(built.project, mode="nearby")  # type: ignore[arg-type]


def test_overlap_matrix_uses_end_exclusive_spans() -> None:
    import numpy as np

    doc = np.array([1, 1, 1, 2])
    start = np.array([0, 10, 5, 0])
    end = np.array([10, 20, 11, 30])
    matrix = overlap_matrix(doc, start, end).toarray()
    # [0,10) and [10,20) only touch; [5,11) overlaps both; document 2 stands alone
    assert matrix.tolist() == [[1, 0, 1, 0], [0, 1, 1, 0], [1, 1, 1, 0], [0, 0, 0, 1]]


def test_cimo_matrix_by_case(built: Built) -> None:
    matrix = cimo_matrix(built.project, with_counts=True)
    table = matrix.table
    # no Interventie in this codebook: every root code becomes a column
    assert [h.label for h in table.column_headers] == [
        "Context",
        "Context (n)",
        "Mechanisme",
        "Mechanisme (n)",
        "Outcome",
        "Outcome (n)",
    ]
    assert [h.label for h in table.row_headers] == [
        "Flevoland",
        "Nijkerk",
        "Rode Klif",
        "(geen casus)",
    ]
    assert table.cells[0] == (
        "Kwetsbaar (2)\nBehoefte (1)",
        3,
        "Versterkend/Vertrouwen (3)\nVersterkend/Eigenaarschap (2)\nRemmend (1)",
        5,
        "Outcome (1)",
        1,
    )
    assert table.cells[1] == (
        "Kwetsbaar (2)",
        2,
        "Versterkend/Vertrouwen (2)\nVersterkend/Eigenaarschap (1)\nRemmend (1)",
        3,
        "",
        0,
    )
    assert table.cells[2][:4] == (
        "Behoefte (1)",
        1,
        "Versterkend/Vertrouwen (1)\nVersterkend/Eigenaarschap (1)",
        2,
    )
    assert table.cells[3] == ("", 0, "Mechanisme (1)", 1, "", 0)
    assert matrix.counts[0] == (3, 5, 1)
    q = built.quotations
    assert matrix.quotation_ids(1, 1) == (q["q1"], q["q2"], q["q3"])
    assert table.quotation_ids(1, 2) == (q["q1"], q["q2"], q["q3"])
    assert table.quotation_ids(1, 3) == (q["q1"], q["q2"], q["q3"])  # its count column
    assert matrix.entry_quotation_ids(0, built.codes[E]) == (q["q3"], q["q7"])
    assert [e.label for e in matrix.entries[0][1]] == [
        "Versterkend/Vertrouwen",
        "Versterkend/Eigenaarschap",
        "Remmend",
    ]
    with pytest.raises(NotFoundError):
        matrix.entry_quotation_ids(0, 99_999)


def test_cimo_matrix_by_document_with_chosen_columns(built: Built) -> None:
    table = cimo_table(
        built.project,
        rows="document",
        top_code_ids=[built.codes["Mechanisme/Versterkend"]],
        order="count",
        language="en",
    )
    assert [h.label for h in table.column_headers] == ["Versterkend"]
    assert table.row_header_title == "Document"
    assert [c[0] for c in table.cells] == [
        "Vertrouwen (2)\nEigenaarschap (1)",
        "Vertrouwen (1)\nEigenaarschap (1)",
        "",
    ]
    with pytest.raises(ValidationError):
        cimo_matrix(built.project, rows="coder")  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        cimo_matrix(built.project, top_code_ids=[99_999])


def test_cimo_matrix_uses_the_template_roots(tmp_path: Path) -> None:
    from sbcoder.core.project import Project

    with Project.create(tmp_path / "cimo.sbc", template="cimo") as project:
        project.codebook.create("Open codes")
        table = cimo_table(project, rows="document")
        assert [h.label for h in table.column_headers] == [
            "Context",
            "Interventie",
            "Mechanisme",
            "Outcome",
        ]


def test_quotations_list(built: Built) -> None:
    q = built.quotations
    table = quotations_table(built.project, language="en")
    assert [h.label for h in table.column_headers] == [
        "Document",
        "Case",
        "Codes",
        "Coder",
        "Start",
        "End",
        "Text",
        "Memo",
    ]
    assert [h.label for h in table.row_headers] == [
        "1:1", "1:2", "1:3", "1:4", "2:1", "2:2", "2:3", "3:1", "3:2",
    ]  # fmt: skip
    assert [h.key for h in table.row_headers] == [
        q["q1"], q["q4"], q["q2"], q["q3"], q["q5"], q["q6"], q["q7"], q["q8"], q["q9"],
    ]  # fmt: skip
    assert table.cells[0] == (
        "Interview Nijkerk",
        "Flevoland; Nijkerk",
        "Context/Kwetsbaar; Mechanisme/Versterkend/Vertrouwen",
        "Anna",
        0,
        20,
        "Bewoner: wij kennen ",
        "",
    )
    assert table.cells[3][2:] == (
        "Mechanisme/Versterkend/Eigenaarschap; Mechanisme/Remmend",
        "Anna",
        50,
        70,
        TEXT_1[50:70],
        "sleutelcitaat",
    )
    assert table.cells[8] == ("Werkblad", "", "", "Bram", 20, 30, " om samen ", "")
    assert table.quotation_ids(5, 3) == (q["q6"],)


def test_quotations_list_with_context(built: Built) -> None:
    table = quotations_table(built.project, context=True, language="en")
    assert [h.label for h in table.column_headers][-2:] == ["Context before", "Context after"]
    q2 = table.row(built.quotations["q2"])
    # q2 = [10, 40) starts in the first sentence and ends in the second
    assert table.cells[q2][-2:] == (
        "Bewoner: w",
        "is meer vertrouwen in de straat. De gemeente doet te weinig.",
    )


def test_sentence_context() -> None:
    text = "Eerste zin. Tweede zin! Derde zin?\nVierde regel zonder punt\nVijfde."
    assert sentence_starts(text) == [0, 12, 24, 35, 60]
    starts = sentence_starts(text)
    # a quotation that is exactly the third sentence gets one whole sentence each side
    assert context_around(text, starts, 24, 34) == ("Tweede zin!", "Vierde regel zonder punt")
    # mid-sentence: the rest of its own sentences as well
    assert context_around(text, starts, 15, 20) == ("Eerste zin. Twe", "in! Derde zin?")
    assert context_around(text, starts, 0, 11) == ("", "Tweede zin!")
    assert context_around(text, starts, 60, 67) == ("Vierde regel zonder punt", "")
    long = "woord " * 200 + "Einde."
    before, _ = context_around(long, sentence_starts(long), len(long) - 6, len(long), limit=50)
    assert before.startswith("…") and len(before) <= 51
