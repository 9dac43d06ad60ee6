"""Intercoder agreement on code presence, computed from spans without touching the database.

The semantics follow MAXQDA's and ATLAS.ti's code-presence agreement. For each code every
unit — a character, sentence or paragraph — gets per coder the nominal value 1 if the
coder applied the code to (any part of) it, else 0. Over those values we report percent
agreement (share of units on which all coders agree, 0–100), Cohen's kappa (exactly two
coders) and Krippendorff's alpha (nominal, two or more coders), per code and pooled over
codes (every (unit, code) pair one item).

Uncoded text inflates kappa: a transcript where both coders leave 95 % of the text alone
agrees on 95 % of it. The `coded_only_*` figures therefore repeat the computation on the
units at least one coder marked:

- scope "code" (default): units marked with *that* code by some coder. Percent agreement
  there is the overlap a/(a+b+c) that users expect. Kappa and alpha there are degenerate
  by construction: nobody-marked units are gone, so the "both absent" cell is empty and
  kappa = −2bc/(n² − chance) ≤ 0, alpha = (1 − (b+c))/(2a+b+c) ≤ 0 for any data; they are
  reported as computed, but show `positive_agreement` (Dice/F1 for two coders) instead.
- scope "any_code": units marked with *any* of the chosen codes by some coder. Kappa and
  alpha stay meaningful (the both-absent cell holds text coded with other codes) while
  wholly uncoded text — interviewer small talk, headers — no longer inflates them.

Undefined figures (0/0: no units, or every value the same) are None, never NaN.
Everything works on intervals (`agreement_intervals`), so 200 documents of 50,000
characters with 100,000 codings take well under the two seconds the ui can wait.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from sbcoder.core.agreement_coefficients import (
    AgreementInputError,
    PresenceFigures,
    cohen_kappa,
    cohen_kappa_from_table,
    krippendorff_alpha_nominal,
    presence_figures,
)
from sbcoder.core.agreement_input import AgreementDocument, check_arguments, span_table, unit_array
from sbcoder.core.agreement_intervals import PresenceTally, tally_characters, tally_units
from sbcoder.core.agreement_units import paragraph_units, sentence_units
from sbcoder.progress import Reporter, check_cancelled

__all__ = [
    "AgreementDocument",
    "AgreementFigures",
    "AgreementInputError",
    "AgreementReport",
    "CodeAgreement",
    "Disagreement",
    "PresenceFigures",
    "cohen_kappa",
    "cohen_kappa_from_table",
    "compute_agreement",
    "krippendorff_alpha_nominal",
    "paragraph_units",
    "presence_figures",
    "sentence_units",
]

Unit = Literal["character", "sentence", "paragraph"]
CodedOnlyScope = Literal["code", "any_code"]


@dataclass(frozen=True, kw_only=True)
class AgreementFigures:
    """Agreement figures over a set of units; see the module docstring for their meaning.

    `units`: units compared (for pooled figures: (unit, code) pairs). `coded_units`: of
    those, the ones the coded-only figures use. Percentages are 0–100. `coder_totals`:
    units each coder marked. Any figure is None where it is undefined.
    """

    units: int
    coded_units: int
    percent_agreement: float | None
    cohen_kappa: float | None
    krippendorff_alpha: float | None
    coded_only_percent: float | None
    coded_only_kappa: float | None
    coded_only_alpha: float | None
    positive_agreement: float | None
    coder_totals: dict[str, int]


@dataclass(frozen=True, kw_only=True)
class CodeAgreement(AgreementFigures):
    """Agreement figures for one code."""

    code_id: int


@dataclass(frozen=True)
class Disagreement:
    """A maximal run of text where the coders split the same way on one code."""

    doc_id: int
    code_id: int
    start: int
    end: int
    coders_with: tuple[str, ...]
    coders_without: tuple[str, ...]


@dataclass(frozen=True)
class AgreementReport:
    """The whole result of `compute_agreement`; `overall` pools all chosen codes."""

    unit: Unit
    coders: list[str]
    per_code: list[CodeAgreement]
    overall: AgreementFigures
    disagreements: list[Disagreement]
    coded_only_scope: CodedOnlyScope = "code"


def _figures(
    histogram: np.ndarray,
    coded_histogram: np.ndarray,
    totals: np.ndarray,
    coders: Sequence[str],
) -> dict[str, object]:
    """The AgreementFigures fields for one code, or pooled, from its tallies."""
    all_text = presence_figures(histogram.tolist(), totals.tolist())
    coded_only = presence_figures(coded_histogram.tolist(), totals.tolist())
    return {
        "units": int(histogram.sum()),
        "coded_units": int(coded_histogram.sum()),
        "percent_agreement": all_text.percent,
        "cohen_kappa": all_text.kappa,
        "krippendorff_alpha": all_text.alpha,
        "coded_only_percent": coded_only.percent,
        "coded_only_kappa": coded_only.kappa,
        "coded_only_alpha": coded_only.alpha,
        "positive_agreement": all_text.positive_agreement,
        "coder_totals": {coder: int(total) for coder, total in zip(coders, totals, strict=True)},
    }


def _disagreements(
    tally: PresenceTally,
    documents: Sequence[AgreementDocument],
    coders: Sequence[str],
    code_ids: Sequence[int],
) -> list[Disagreement]:
    """Turn the tally's disagreement arrays into `Disagreement` records."""
    patterns, pattern_of_run = np.unique(tally.disagreement_coders, axis=0, return_inverse=True)
    splits = [
        (
            tuple(coder for coder, marked in zip(coders, row, strict=True) if marked),
            tuple(coder for coder, marked in zip(coders, row, strict=True) if not marked),
        )
        for row in patterns.tolist()
    ]
    doc_ids = [doc.doc_id for doc in documents]
    return [
        Disagreement(doc_ids[doc], code_ids[code], start, end, *splits[pattern])
        for doc, code, start, end, pattern in zip(
            tally.disagreement_doc.tolist(),
            tally.disagreement_code.tolist(),
            tally.disagreement_start.tolist(),
            tally.disagreement_end.tolist(),
            pattern_of_run.reshape(-1).tolist(),
            strict=True,
        )
    ]


def compute_agreement(
    documents: Sequence[AgreementDocument],
    coders: Sequence[str],
    code_ids: Sequence[int],
    unit: Unit = "character",
    reporter: Reporter | None = None,
    *,
    coded_only_scope: CodedOnlyScope = "code",
) -> AgreementReport:
    """Intercoder agreement of `coders` on `code_ids` over `documents`, per code and pooled.

    `unit` is what counts as one item: a character, or the documents' `units` (sentences or
    paragraphs; a coder marks a unit by coding any part of it). `coded_only_scope` chooses
    which units the coded-only figures use (see the module docstring). Disagreements are
    maximal runs of units on which the coders split one way, sorted by document (in the
    given order), code (in the given order) and start. Raises `AgreementInputError` naming
    the document, coder and code of a bad span, and `sbcoder.progress.Cancelled` if the
    reporter cancels.
    """
    check_arguments(documents, coders, code_ids, unit, coded_only_scope)
    coder_index = {coder: number for number, coder in enumerate(coders)}
    code_index = {code_id: number for number, code_id in enumerate(code_ids)}
    steps = len(documents) + 2
    spans = span_table(documents, coder_index, code_index, reporter, steps)
    check_cancelled(reporter)
    if reporter is not None:
        reporter.report(len(documents), steps, "Comparing the coders")
    lengths = np.array([doc.length for doc in documents], dtype=np.int64)
    if unit == "character":
        tally = tally_characters(spans, lengths, len(code_ids), len(coders))
    else:
        units = [unit_array(doc, unit) for doc in documents]
        tally = tally_units(spans, lengths, units, len(code_ids), len(coders))
    check_cancelled(reporter)
    if reporter is not None:
        reporter.report(len(documents) + 1, steps, "Collecting the disagreements")

    coded_histogram = tally.histogram.copy()
    if coded_only_scope == "code":
        coded_histogram[:, 0] = 0
    else:
        # Units some coder marked with another code but nobody with this one.
        coded_histogram[:, 0] = tally.any_coded_units - tally.histogram[:, 1:].sum(axis=1)
    per_code = [
        CodeAgreement(
            code_id=code_id,
            **_figures(
                tally.histogram[number], coded_histogram[number], tally.coder_totals[number], coders
            ),
        )
        for number, code_id in enumerate(code_ids)
    ]
    overall = AgreementFigures(
        **_figures(
            tally.histogram.sum(axis=0),
            coded_histogram.sum(axis=0),
            tally.coder_totals.sum(axis=0),
            coders,
        )
    )
    disagreements = _disagreements(tally, documents, coders, code_ids)
    if reporter is not None:
        reporter.report(steps, steps, "Agreement computed")
    return AgreementReport(
        unit=unit,
        coders=list(coders),
        per_code=per_code,
        overall=overall,
        disagreements=disagreements,
        coded_only_scope=coded_only_scope,
    )
