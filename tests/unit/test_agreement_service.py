"""The agreement service: gathering a project's spans, the JSON shape and the Excel export.

The figures are checked against a count made here, character by character (or unit by
unit), from the spans the test itself put in — not against numbers copied from a run.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import krippendorff
import numpy as np
import openpyxl
import pytest

from sbcoder.core.agreement import agreement, agreement_to_json, export_agreement_xlsx
from sbcoder.core.agreement_units import paragraph_units, sentence_units
from sbcoder.core.errors import NotFoundError, ValidationError
from sbcoder.core.project import Project
from sbcoder.progress import Cancelled, RecordingReporter

TEXT_A = (
    "Interviewer: Hoe begon het? 😀 Wat deed u eerst?\n"
    "Bewoner: We zijn gaan koken. Iedereen kwam.\n\n"
    "Interviewer: En daarna? 👍🏽\n"
    "Bewoner: =SOM(A1) zei de penningmeester, dus geld was er.\n"
)
TEXT_B = "Bewoner: Het buurthuis is de spil.\nBuurtwerker: Ja, dat klopt wel.\n"

# coder → code path → [(document, start, end)]
SPANS = {
    "Anna": {
        "Context": [("a", 0, 30), ("b", 0, 20)],
        "Outcome": [("a", 49, 76), ("a", 100, 140)],
        "Interventie": [("a", 129, 140)],  # starts at "=SOM(A1)": must stay text in Excel
    },
    "Bob": {
        "Context": [("a", 5, 30), ("b", 40, 50)],
        "Outcome": [("a", 49, 70), ("a", 96, 120), ("a", 110, 150)],  # overlapping spans
    },
    "Carla": {"Mechanisme": [("a", 0, 10)], "Context": [("b", 0, 60)]},
}
TEXTS = {"a": TEXT_A, "b": TEXT_B}


@pytest.fixture
def coded(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "agree.sbc", template="cimo")
    ids = {key: project.documents.add_text(key, text).value.id for key, text in TEXTS.items()}
    for coder, by_code in SPANS.items():
        project.coders.set_current(coder)
        for path, spans in by_code.items():
            code_id = project.codebook.by_path(path).id
            for doc, start, end in spans:
                project.quotations.create(ids[doc], start, end, [code_id])
    yield project
    project.close()


def _marks(coder: str, path: str, doc: str) -> np.ndarray:
    marks = np.zeros(len(TEXTS[doc]), dtype=bool)
    for where, start, end in SPANS[coder].get(path, []):
        if where == doc:
            marks[start:end] = True
    return marks


def _unit_marks(marks: np.ndarray, units: list[tuple[int, int]]) -> np.ndarray:
    return np.array([marks[start:end].any() for start, end in units], dtype=bool)


def _naive(a: np.ndarray, b: np.ndarray) -> tuple[float, float, float]:
    """Percent agreement, Cohen's kappa, Krippendorff's alpha of two presence vectors."""
    n = len(a)
    observed = float(np.mean(a == b))
    pa, pb = a.mean(), b.mean()
    chance = pa * pb + (1 - pa) * (1 - pb)
    kappa = (observed - chance) / (1 - chance)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        alpha = krippendorff.alpha(
            reliability_data=np.vstack([a, b]).astype(float), level_of_measurement="nominal"
        )
    assert n > 0
    return 100 * observed, kappa, float(alpha)


def _vectors(unit: str, paths: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Anna's and Bob's presence over all units of both documents for the given codes."""
    per_coder = []
    for coder in ("Anna", "Bob"):
        parts = []
        for path in paths:
            for doc, text in TEXTS.items():
                marks = _marks(coder, path, doc)
                if unit == "sentence":
                    marks = _unit_marks(marks, sentence_units(text))
                elif unit == "paragraph":
                    marks = _unit_marks(marks, paragraph_units(text))
                parts.append(marks)
        per_coder.append(np.concatenate(parts))
    return per_coder[0], per_coder[1]


@pytest.mark.parametrize("unit", ["character", "sentence", "paragraph"])
def test_figures_equal_a_count_made_unit_by_unit(coded: Project, unit: str) -> None:
    report = agreement(coded, ["Anna", "Bob"], unit=unit)
    paths = {c.id: c.path for c in coded.codebook.tree()}
    # Only the codes the two coders used, in codebook order (Carla's Mechanisme is not).
    assert [paths[c.code_id] for c in report.per_code] == ["Context", "Interventie", "Outcome"]
    for figures in report.per_code:
        a, b = _vectors(unit, [paths[figures.code_id]])
        percent, kappa, alpha = _naive(a, b)
        assert figures.units == len(a)
        assert figures.percent_agreement == pytest.approx(percent, abs=1e-9)
        assert figures.cohen_kappa == pytest.approx(kappa, abs=1e-9)
        assert figures.krippendorff_alpha == pytest.approx(alpha, abs=1e-9)
        assert figures.coder_totals == {"Anna": int(a.sum()), "Bob": int(b.sum())}
    a, b = _vectors(unit, ["Context", "Interventie", "Outcome"])
    percent, kappa, _ = _naive(a, b)
    assert report.overall.units == len(a)
    assert report.overall.percent_agreement == pytest.approx(percent, abs=1e-9)
    assert report.overall.cohen_kappa == pytest.approx(kappa, abs=1e-9)


def test_disagreements_cover_exactly_the_characters_where_the_coders_differ(
    coded: Project,
) -> None:
    report = agreement(coded, ["Anna", "Bob"])
    ids = {d.name: d.id for d in coded.documents.list()}
    paths = {c.id: c.path for c in coded.codebook.tree()}
    for path in ("Context", "Interventie", "Outcome"):
        for doc in TEXTS:
            differ = _marks("Anna", path, doc) != _marks("Bob", path, doc)
            found = np.zeros_like(differ)
            for item in report.disagreements:
                if item.doc_id == ids[doc] and paths[item.code_id] == path:
                    found[item.start : item.end] = True
                    anna_marked = _marks("Anna", path, doc)[item.start]
                    assert item.coders_with == (("Anna",) if anna_marked else ("Bob",))
            assert (found == differ).all()


def test_documents_codes_and_third_coders_can_be_chosen(coded: Project) -> None:
    ids = {d.name: d.id for d in coded.documents.list()}
    context = coded.codebook.by_path("Context").id
    mechanisme = coded.codebook.by_path("Mechanisme").id
    only_b = agreement(coded, ["Anna", "Bob"], document_ids=[ids["b"]], code_ids=[context])
    assert [c.code_id for c in only_b.per_code] == [context]
    assert only_b.overall.units == len(TEXT_B)
    a, b = _marks("Anna", "Context", "b"), _marks("Bob", "Context", "b")
    assert only_b.overall.percent_agreement == pytest.approx(100 * np.mean(a == b))
    three = agreement(coded, ["Anna", "Bob", "Carla"], code_ids=[context, mechanisme])
    assert three.per_code[0].cohen_kappa is None  # kappa is for two coders only
    assert three.per_code[1].coder_totals == {"Anna": 0, "Bob": 0, "Carla": 10}


def test_bad_requests_are_refused_clearly(coded: Project) -> None:
    with pytest.raises(NotFoundError, match="Dirk"):
        agreement(coded, ["Anna", "Dirk"])
    with pytest.raises(ValidationError, match="two coders"):
        agreement(coded, ["Anna"])
    with pytest.raises(ValidationError, match="twice"):
        agreement(coded, ["Anna", "Anna"])
    with pytest.raises(ValidationError, match="unit"):
        agreement(coded, ["Anna", "Bob"], unit="word")  # type: ignore[arg-type]
    with pytest.raises(NotFoundError, match="document"):
        agreement(coded, ["Anna", "Bob"], document_ids=[999])
    with pytest.raises(NotFoundError, match="code"):
        agreement(coded, ["Anna", "Bob"], code_ids=[999])


def test_cancel_is_honoured(coded: Project) -> None:
    with pytest.raises(Cancelled):
        agreement(coded, ["Anna", "Bob"], reporter=RecordingReporter(cancel_after=1))


def test_json_names_codes_documents_and_quotes_the_text(coded: Project) -> None:
    report = agreement(coded, ["Anna", "Bob"], unit="sentence")
    data = json.loads(json.dumps(agreement_to_json(report, coded), ensure_ascii=False))
    assert data["unit"] == "sentence" and data["coders"] == ["Anna", "Bob"]
    assert [c["code"] for c in data["per_code"]] == ["Context", "Interventie", "Outcome"]
    assert data["overall"]["units"] == report.overall.units
    assert len(data["disagreements"]) == len(report.disagreements) > 0
    for item in data["disagreements"]:
        text = TEXTS[item["document"]][item["start"] : item["end"]]
        assert item["text"] == (text if len(text) <= 200 else text[:199] + "…")
        assert set(item["coders_with"]) | set(item["coders_without"]) == {"Anna", "Bob"}


def test_excel_export_has_per_code_and_disagreement_sheets(coded: Project, tmp_path: Path) -> None:
    report = agreement(coded, ["Anna", "Bob"])
    out = tmp_path / "agreement.xlsx"
    out.write_bytes(b"an older export")
    assert export_agreement_xlsx(report, coded, out) == out
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Per code", "Disagreements", "About"]
    rows = list(book["Per code"].iter_rows(values_only=True))
    assert rows[0][:4] == ("Code", "Units", "Coded units", "% agreement")
    assert [row[0] for row in rows[1:]] == ["All codes", "Context", "Interventie", "Outcome"]
    assert rows[1][3] == pytest.approx(report.overall.percent_agreement)
    sheet = book["Disagreements"]
    found = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(found) == len(report.disagreements)
    assert {row[0] for row in found} <= {"a", "b"}
    # A passage that looks like a formula stays text.
    texts = [row[6] for row in sheet.iter_rows(min_row=2) if row[6].value.startswith("=")]
    assert [cell.value for cell in texts] == ["=SOM(A1) ze"]
    assert texts[0].data_type == "s"


def test_excel_export_to_a_missing_folder_fails_clearly(coded: Project, tmp_path: Path) -> None:
    report = agreement(coded, ["Anna", "Bob"])
    with pytest.raises(ValidationError, match="no such folder"):
        export_agreement_xlsx(report, coded, tmp_path / "nope" / "x.xlsx")
