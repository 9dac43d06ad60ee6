"""Tests of the DB-free intercoder agreement computation (sbcoder.core.agreement_*).

Figures are checked against published examples (Krippendorff 2011, the standard Cohen's
kappa 2×2 table), against the `krippendorff` package, and — for the interval machinery —
against a naive computation that looks at every character or unit one by one.
"""

from __future__ import annotations

import itertools
import math
import warnings
from dataclasses import fields

import krippendorff
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sbcoder.core.agreement_stats import (
    AgreementDocument,
    AgreementFigures,
    AgreementInputError,
    AgreementReport,
    Disagreement,
    cohen_kappa,
    cohen_kappa_from_table,
    compute_agreement,
    krippendorff_alpha_nominal,
    paragraph_units,
    sentence_units,
)
from sbcoder.progress import Cancelled, RecordingReporter

FIGURES = (
    "percent_agreement",
    "cohen_kappa",
    "krippendorff_alpha",
    "coded_only_percent",
    "coded_only_kappa",
    "coded_only_alpha",
    "positive_agreement",
)

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
# nominal data, four observers, twelve units, missing values.
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]


def package_alpha(rows: list[list[int | None]]) -> float | None:
    """The krippendorff package's nominal alpha, None where it refuses or gives NaN."""
    data = np.array([[np.nan if v is None else v for v in row] for row in rows], dtype=float)
    try:
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            value = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    except ValueError:
        return None
    return None if not math.isfinite(value) else float(value)


# --- the coefficients on plain data -------------------------------------------------------


def test_krippendorff_2011_nominal_example() -> None:
    assert round(krippendorff_alpha_nominal(KRIPPENDORFF_2011), 3) == 0.743
    assert krippendorff_alpha_nominal(KRIPPENDORFF_2011) == pytest.approx(
        package_alpha(KRIPPENDORFF_2011), abs=1e-12
    )


def test_krippendorff_accepts_nan_as_missing_and_strings_as_values() -> None:
    with_nan = [[float("nan") if v is None else str(v) for v in row] for row in KRIPPENDORFF_2011]
    assert krippendorff_alpha_nominal(with_nan) == krippendorff_alpha_nominal(KRIPPENDORFF_2011)


@settings(max_examples=300, deadline=None)
@given(
    st.integers(2, 5).flatmap(
        lambda coders: st.integers(1, 12).flatmap(
            lambda units: st.lists(
                st.lists(st.one_of(st.none(), st.integers(0, 3)), min_size=units, max_size=units),
                min_size=coders,
                max_size=coders,
            )
        )
    )
)
def test_krippendorff_matches_the_krippendorff_package(rows: list[list[int | None]]) -> None:
    ours, theirs = krippendorff_alpha_nominal(rows), package_alpha(rows)
    if ours is None:
        assert theirs is None
    else:
        assert theirs == pytest.approx(ours, abs=1e-9)


def test_krippendorff_undefined_cases_give_none() -> None:
    assert krippendorff_alpha_nominal([]) is None
    assert krippendorff_alpha_nominal([[1, 1, 1], [1, 1, 1]]) is None  # one value only
    assert krippendorff_alpha_nominal([[1, None], [None, 2]]) is None  # nothing pairable
    with pytest.raises(AgreementInputError, match="lengths"):
        krippendorff_alpha_nominal([[1, 2], [1]])


def test_cohen_kappa_textbook_two_by_two() -> None:
    # 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15 → p_o = .7, p_e = .5, κ = .4
    assert cohen_kappa_from_table([[20, 5], [10, 15]]) == pytest.approx(0.4, abs=1e-12)
    cells = [("yes", "yes", 20), ("yes", "no", 5), ("no", "yes", 10), ("no", "no", 15)]
    a = [x for x, _, n in cells for _ in range(n)]
    b = [y for _, y, n in cells for _ in range(n)]
    assert round(cohen_kappa(a, b), 3) == 0.4
    weighted = cohen_kappa([x for x, _, _ in cells], [y for _, y, _ in cells], [20, 5, 10, 15])
    assert weighted == pytest.approx(0.4, abs=1e-12)
    scaled = cohen_kappa([x for x, _, _ in cells], [y for _, y, _ in cells], [2.0, 0.5, 1.0, 1.5])
    assert scaled == pytest.approx(0.4, abs=1e-12)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abc"), st.sampled_from("abc"), st.integers(0, 5))))
def test_weighted_kappa_equals_repeating_items(items: list[tuple[str, str, int]]) -> None:
    weighted = cohen_kappa(
        [a for a, _, _ in items], [b for _, b, _ in items], [w for _, _, w in items]
    )
    repeated = [(a, b) for a, b, w in items for _ in range(w)]
    plain = cohen_kappa([a for a, _ in repeated], [b for _, b in repeated])
    assert (weighted is None) == (plain is None)
    if plain is not None:
        assert weighted == pytest.approx(plain, abs=1e-12)
        assert cohen_kappa([b for _, b in repeated], [a for a, _ in repeated]) == pytest.approx(
            plain, abs=1e-12
        )


def test_cohen_kappa_undefined_and_bad_input() -> None:
    assert cohen_kappa([], []) is None
    assert cohen_kappa(["x", "x"], ["x", "x"]) is None  # chance agreement is 1
    assert cohen_kappa(["x", "y"], ["x", "y"]) == 1.0
    with pytest.raises(AgreementInputError, match="missing"):
        cohen_kappa(["x", None], ["x", "y"])
    with pytest.raises(AgreementInputError, match="equally long"):
        cohen_kappa(["x"], ["x", "y"])
    with pytest.raises(AgreementInputError, match="square"):
        cohen_kappa_from_table([[1, 2]])


# --- a naive reference: every unit (or character) one by one -----------------------------


def naive_marks(doc: AgreementDocument, unit: str, coder: str, code: int) -> list[int]:
    """1 per unit the coder touched with the code, else 0."""
    units = [(i, i + 1) for i in range(doc.length)] if unit == "character" else sorted(doc.units)
    spans = doc.codings.get(coder, {}).get(code, [])
    return [int(any(s < ue and e > us for s, e in spans)) for us, ue in units]


def naive_figures(columns: list[tuple[int, ...]], coded: list[bool]) -> dict[str, object]:
    """Figures from per-item value tuples (one value per coder), by the textbook formulas."""
    m = len(columns[0]) if columns else 0

    def figures(items: list[tuple[int, ...]]) -> tuple[float | None, ...]:
        if not items:
            return None, None, None
        percent = 100 * sum(len(set(item)) == 1 for item in items) / len(items)
        kappa = None
        if m == 2:
            kappa = cohen_kappa([i[0] for i in items], [i[1] for i in items])
        alpha = krippendorff_alpha_nominal([[item[c] for item in items] for c in range(m)])
        return percent, kappa, alpha

    ones = sum(sum(item) for item in columns)
    positive = None
    if ones:  # pairwise: given coder x marked the item, did coder y too?
        positive = sum(sum(item) * (sum(item) - 1) for item in columns) / ((m - 1) * ones)
    every, only = (
        figures(columns),
        figures([i for i, keep in zip(columns, coded, strict=True) if keep]),
    )
    return dict(zip(FIGURES, (*every, *only, positive), strict=True)) | {
        "units": len(columns),
        "coded_units": sum(coded),
    }


def naive_report(documents, coders, code_ids, unit, scope):
    """Per-code figures, pooled figures and disagreements computed unit by unit."""
    per_code, pooled, pooled_coded, disagreements = [], [], [], []
    for code in code_ids:
        columns, coded = [], []
        for doc in documents:
            marks = [naive_marks(doc, unit, coder, code) for coder in coders]
            any_marks = [
                [naive_marks(doc, unit, coder, other) for other in code_ids] for coder in coders
            ]
            units = (
                [(i, i + 1) for i in range(doc.length)]
                if unit == "character"
                else sorted(doc.units)
            )
            run = None
            for index, item in enumerate(zip(*marks, strict=True)):
                columns.append(item)
                in_scope = any(item) or (
                    scope == "any_code" and any(any(m[index] for m in per) for per in any_marks)
                )
                coded.append(in_scope)
                if 0 < sum(item) < len(coders):
                    if run is not None and run["item"] == item and run["index"] == index - 1:
                        run["end"], run["index"] = units[index][1], index
                    else:
                        run = {
                            "item": item,
                            "index": index,
                            "start": units[index][0],
                            "end": units[index][1],
                        }
                        disagreements.append((doc.doc_id, code, run))
                else:
                    run = None
        per_code.append(
            naive_figures(columns, coded)
            | {"totals": [sum(values) for values in zip(*columns, strict=True)]}
        )
        pooled += columns
        pooled_coded += coded
    found = [
        Disagreement(
            doc_id,
            code,
            r["start"],
            r["end"],
            tuple(c for c, v in zip(coders, r["item"], strict=True) if v),
            tuple(c for c, v in zip(coders, r["item"], strict=True) if not v),
        )
        for doc_id, code, r in disagreements
    ]
    doc_order = {doc.doc_id: n for n, doc in enumerate(documents)}
    found.sort(key=lambda d: (doc_order[d.doc_id], code_ids.index(d.code_id), d.start))
    return per_code, naive_figures(pooled, pooled_coded), found


def assert_same(actual: AgreementFigures, expected: dict[str, object]) -> None:
    assert actual.units == expected["units"]
    assert actual.coded_units == expected["coded_units"]
    for name in FIGURES:
        value, wanted = getattr(actual, name), expected[name]
        assert (value is None) == (wanted is None), name
        if wanted is not None:
            assert value == pytest.approx(wanted, abs=1e-9), name


def assert_matches_naive(documents, coders, code_ids, unit, scope) -> AgreementReport:
    report = compute_agreement(documents, coders, code_ids, unit, coded_only_scope=scope)
    per_code, pooled, disagreements = naive_report(documents, coders, code_ids, unit, scope)
    for got, wanted in zip(report.per_code, per_code, strict=True):
        assert_same(got, wanted)
        if wanted["units"]:
            assert list(got.coder_totals.values()) == wanted["totals"]
    assert_same(report.overall, pooled)
    assert report.disagreements == disagreements
    return report


@st.composite
def agreement_inputs(draw, unit_level: bool):
    coders = [f"coder{i}" for i in range(draw(st.integers(2, 3)))]
    code_ids = draw(st.lists(st.integers(1, 99), min_size=1, max_size=3, unique=True))
    documents = []
    for doc_id in draw(st.lists(st.integers(1, 999), min_size=1, max_size=3, unique=True)):
        length = draw(st.integers(0, 25))
        span = st.integers(0, max(length - 1, 0)).flatmap(
            lambda s: st.tuples(st.just(s), st.integers(s + 1, length))  # noqa: B023
        )
        codings = {
            coder: {code: draw(st.lists(span, max_size=4 if length else 0)) for code in code_ids}
            for coder in coders
        }
        units = None
        if unit_level:
            cuts = sorted({0, length, *draw(st.lists(st.integers(0, length), max_size=8))})
            pieces = [(a, b) for a, b in itertools.pairwise(cuts) if draw(st.booleans())]
            units = draw(st.permutations(pieces))  # unsorted on purpose; gaps between them
        documents.append(AgreementDocument(doc_id, length, codings, units))
    return documents, coders, code_ids


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(agreement_inputs(unit_level=False), st.sampled_from(["code", "any_code"]))
def test_character_level_equals_naive_per_character(inputs, scope) -> None:
    assert_matches_naive(*inputs, "character", scope)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(agreement_inputs(unit_level=True), st.sampled_from(["code", "any_code"]))
def test_unit_level_equals_naive_per_unit(inputs, scope) -> None:
    assert_matches_naive(*inputs, "sentence", scope)


# --- hand-built cases ----------------------------------------------------------------------


def two_coders(length: int, a: list[tuple[int, int]], b: list[tuple[int, int]], units=None):
    return [AgreementDocument(1, length, {"anna": {7: a}, "bram": {7: b}}, units)]


def no_nan_anywhere(report: AgreementReport) -> None:
    for figures in [*report.per_code, report.overall]:
        for field in fields(figures):
            value = getattr(figures, field.name)
            assert not (isinstance(value, float) and not math.isfinite(value)), field.name


def test_perfect_agreement_gives_one() -> None:
    report = compute_agreement(
        two_coders(100, [(10, 30)], [(10, 20), (20, 30)]), ["anna", "bram"], [7], "character"
    )
    code = report.per_code[0]
    assert (code.percent_agreement, code.cohen_kappa, code.krippendorff_alpha) == (100, 1, 1)
    assert code.coded_only_percent == 100 and code.positive_agreement == 1
    # Within the coded text nobody-marked units are gone, so both coefficients are 0/0.
    assert code.coded_only_kappa is None and code.coded_only_alpha is None
    assert code.coder_totals == {"anna": 20, "bram": 20}
    assert report.disagreements == []


def test_total_disagreement() -> None:
    report = compute_agreement(two_coders(20, [(0, 10)], [(10, 20)]), ["anna", "bram"], [7])
    code = report.per_code[0]
    assert code.percent_agreement == 0 and code.coded_only_percent == 0
    assert code.cohen_kappa == pytest.approx(-1.0)  # p_o = 0, p_e = .5
    per_char = [[int(i < 10) for i in range(20)], [int(i >= 10) for i in range(20)]]
    assert code.krippendorff_alpha == pytest.approx(package_alpha(per_char), abs=1e-12)
    assert code.positive_agreement == 0
    assert [(d.start, d.end, d.coders_with) for d in report.disagreements] == [
        (0, 10, ("anna",)),
        (10, 20, ("bram",)),
    ]


def test_one_coder_silent_gives_kappa_zero_and_both_silent_gives_none() -> None:
    report = compute_agreement(two_coders(50, [(5, 15)], []), ["anna", "bram"], [7])
    code = report.per_code[0]
    assert code.cohen_kappa == 0.0  # p_o equals p_e exactly
    assert code.percent_agreement == pytest.approx(80.0)
    per_char = [[int(5 <= i < 15) for i in range(50)], [0] * 50]
    assert code.krippendorff_alpha == pytest.approx(package_alpha(per_char), abs=1e-12)
    assert code.coded_only_percent == 0 and code.coded_only_kappa == 0.0
    no_nan_anywhere(report)

    silent = compute_agreement(two_coders(50, [], []), ["anna", "bram"], [7, 8])
    for figures in [*silent.per_code, silent.overall]:
        assert figures.percent_agreement == 100
        assert figures.cohen_kappa is None and figures.krippendorff_alpha is None
        assert figures.coded_units == 0 and figures.coded_only_percent is None
        assert figures.coded_only_kappa is None and figures.positive_agreement is None
    no_nan_anywhere(silent)


def test_single_coded_span_and_overlapping_spans_of_one_coder() -> None:
    single = compute_agreement(two_coders(40, [(10, 20)], [(15, 25)]), ["anna", "bram"], [7])
    separate = compute_agreement(
        two_coders(40, [(10, 14), (12, 20), (10, 11)], [(15, 25)]), ["anna", "bram"], [7]
    )
    assert single.per_code == separate.per_code
    assert single.disagreements == separate.disagreements
    assert single.per_code[0].coder_totals == {"anna": 10, "bram": 10}
    assert single.per_code[0].coded_only_percent == pytest.approx(100 * 5 / 15)
    assert [(d.start, d.end) for d in single.disagreements] == [(10, 15), (20, 25)]


def test_three_coders_no_kappa_alpha_matches_package_and_splits_are_named() -> None:
    doc = AgreementDocument(
        4, 30, {"a": {1: [(0, 20)]}, "b": {1: [(0, 10)]}, "c": {1: [(5, 20)], 2: [(0, 1)]}}
    )
    report = compute_agreement([doc], ["a", "b", "c"], [1])
    code = report.per_code[0]
    assert code.cohen_kappa is None
    rows = [[int(s <= i < e) for i in range(30)] for s, e in [(0, 20), (0, 10), (5, 20)]]
    assert code.krippendorff_alpha == pytest.approx(package_alpha(rows), abs=1e-12)
    assert [(d.start, d.end, d.coders_with, d.coders_without) for d in report.disagreements] == [
        (0, 5, ("a", "b"), ("c",)),
        (10, 20, ("a", "c"), ("b",)),
    ]


def test_sentence_and_paragraph_units() -> None:
    text = "Eerste zin hier. Tweede zin daar.\nNieuwe alinea.\n\nDerde alinea!"
    sentences, paragraphs = sentence_units(text), paragraph_units(text)
    assert [text[s:e] for s, e in sentences] == [
        "Eerste zin hier.",
        "Tweede zin daar.",
        "Nieuwe alinea.",
        "Derde alinea!",
    ]
    assert [text[s:e] for s, e in paragraphs] == [
        "Eerste zin hier. Tweede zin daar.",
        "Nieuwe alinea.",
        "Derde alinea!",
    ]
    # Anna codes "Eerste", Bram codes "hier" (same sentence) and the second sentence.
    anna, bram = [(0, 6)], [(11, 15), (17, 23)]
    codings = {"anna": {7: anna}, "bram": {7: bram}}

    def agreement(unit: str, units):
        doc = AgreementDocument(1, len(text), codings, units)
        return compute_agreement([doc], ["anna", "bram"], [7], unit)

    by_sentence, by_paragraph = agreement("sentence", sentences), agreement("paragraph", paragraphs)
    by_character = agreement("character", None)
    assert by_sentence.per_code[0].percent_agreement == 75.0  # 3 of 4 sentences agree
    assert by_sentence.per_code[0].coder_totals == {"anna": 1, "bram": 2}
    assert [(d.start, d.end) for d in by_sentence.disagreements] == [sentences[1]]
    assert by_paragraph.per_code[0].percent_agreement == 100.0
    assert by_paragraph.per_code[0].cohen_kappa == 1.0
    assert by_character.per_code[0].percent_agreement < 100.0


def test_consecutive_disagreeing_units_merge_and_spans_between_units_mark_nothing() -> None:
    units = [(0, 4), (5, 9), (10, 14), (15, 19)]
    docs = two_coders(20, [(1, 2), (6, 7), (14, 15)], [], units)  # (14, 15) lies in a gap
    report = compute_agreement(docs, ["anna", "bram"], [7], "paragraph")
    assert report.per_code[0].coder_totals == {"anna": 2, "bram": 0}
    assert [(d.start, d.end) for d in report.disagreements] == [(0, 9)]


def test_any_code_scope_keeps_kappa_meaningful_on_coded_text() -> None:
    codings = {"anna": {1: [(0, 10)], 2: [(10, 20)]}, "bram": {1: [(0, 10)], 2: [(10, 20)]}}
    docs = [AgreementDocument(1, 1000, codings)]
    narrow = compute_agreement(docs, ["anna", "bram"], [1, 2], coded_only_scope="code")
    wide = compute_agreement(docs, ["anna", "bram"], [1, 2], coded_only_scope="any_code")
    assert narrow.per_code[0].coded_units == 10 and narrow.per_code[0].coded_only_kappa is None
    assert wide.per_code[0].coded_units == 20 and wide.per_code[0].coded_only_kappa == 1.0
    assert wide.overall.coded_units == 40 and wide.overall.coded_only_alpha == 1.0
    assert wide.per_code[0].cohen_kappa == narrow.per_code[0].cohen_kappa == 1.0


def test_coders_and_codes_not_asked_about_are_ignored() -> None:
    codings = {"anna": {7: [(0, 5)], 9: [(0, 50)]}, "bram": {7: [(0, 5)]}, "cees": {7: [(9, 10)]}}
    report = compute_agreement([AgreementDocument(1, 50, codings)], ["anna", "bram"], [7])
    assert report.per_code[0].percent_agreement == 100.0
    assert report.overall.units == 50 and report.disagreements == []


@pytest.mark.parametrize(
    ("span", "message"),
    [
        ((5, 60), "Document 3, coder 'anna', code 7"),
        ((5, 5), "0 <= start < end <= 50"),
        ((-1, 4), "code 7"),
        ((1.5, 4), "code 7"),
        ((1, 2, 3), "code 7"),
        ("ab", "code 7"),
        ((2**70, 2**71), "code 7"),
    ],
)
def test_bad_spans_are_refused_naming_where(span, message) -> None:
    good = AgreementDocument(2, 50, {"anna": {7: [(0, 1)]}})
    bad = AgreementDocument(3, 50, {"anna": {7: [(0, 1), span]}, "bram": {}})
    with pytest.raises(AgreementInputError, match=message.replace("(", r"\(")):
        compute_agreement([good, bad], ["anna", "bram"], [7])


def test_bad_arguments_and_units_are_refused() -> None:
    doc = AgreementDocument(1, 10, {"anna": {7: [(0, 5)]}})
    with pytest.raises(AgreementInputError, match="two coders"):
        compute_agreement([doc], ["anna"], [7])
    with pytest.raises(AgreementInputError, match="unit"):
        compute_agreement([doc], ["anna", "bram"], [7], "word")  # type: ignore[arg-type]
    with pytest.raises(AgreementInputError, match="Document 1 has no sentence units"):
        compute_agreement([doc], ["anna", "bram"], [7], "sentence")
    overlapping = AgreementDocument(1, 10, {}, units=[(0, 5), (4, 8)])
    with pytest.raises(AgreementInputError, match=r"Document 1: paragraph units .* overlap"):
        compute_agreement([overlapping], ["anna", "bram"], [7], "paragraph")
    outside = AgreementDocument(1, 10, {}, units=[(0, 11)])
    with pytest.raises(AgreementInputError, match="Document 1: paragraph unit"):
        compute_agreement([outside], ["anna", "bram"], [7], "paragraph")
    with pytest.raises(AgreementInputError, match="given twice"):
        compute_agreement([doc, doc], ["anna", "bram"], [7])


def test_progress_is_reported_and_cancel_is_honoured() -> None:
    docs = [AgreementDocument(n, 10, {"anna": {7: [(0, 5)]}}) for n in range(5)]
    reporter = RecordingReporter()
    compute_agreement(docs, ["anna", "bram"], [7], reporter=reporter)
    done = [event[0] for event in reporter.events]
    assert done == sorted(done) and reporter.events[-1][:2] == (7, 7)
    with pytest.raises(Cancelled):
        compute_agreement(docs, ["anna", "bram"], [7], reporter=RecordingReporter(cancel_after=2))


# --- units ---------------------------------------------------------------------------------


def test_sentence_units_know_abbreviations_and_line_breaks() -> None:
    text = "Dhr. Jansen zei o.a. dat J. de Vries kwam. Klopt dat? Ja…\nI: En toen\n1. Inleiding"
    assert [text[s:e] for s, e in sentence_units(text)] == [
        "Dhr. Jansen zei o.a. dat J. de Vries kwam.",
        "Klopt dat?",
        "Ja…",
        "I: En toen",
        "1. Inleiding",
    ]


def test_paragraphs_by_blank_lines() -> None:
    text = "  regel een\nregel twee\n\n\n  derde  \n"
    assert [text[s:e] for s, e in paragraph_units(text, separator="blank_line")] == [
        "regel een\nregel twee",
        "derde",
    ]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .!?\n\t…\u2029'Z"), max_size=60))
def test_units_are_sorted_trimmed_disjoint_and_cover_all_text(text: str) -> None:
    for units in (
        sentence_units(text),
        paragraph_units(text),
        paragraph_units(text, separator="blank_line"),
    ):
        assert all(s < e for s, e in units)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(units))
        assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in units)
        covered = {i for s, e in units for i in range(s, e)}
        assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
