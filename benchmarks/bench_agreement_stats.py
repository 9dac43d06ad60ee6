"""Timing of `compute_agreement` at the size the brief sets, against two baselines.

Workload: 2 coders, 200 documents of ~50,000 characters, 300 codes, 100,000 codings
(coder B mostly re-codes coder A's passages with shifted boundaries, plus codings of its
own). Prints one JSON line: median seconds of `compute_agreement` per unit level, and of

- a dense numpy pass: per document and coder a (codes × characters) boolean matrix filled
  with slice assignments, reduced per code — the plain "array per character" approach;
- the `krippendorff` package on the per-character reliability data of one code over
  20 documents (its input is per unit, so the whole workload is out of its reach), with
  the same figure from `compute_agreement` checked against it.

Run: .venv/bin/python benchmarks/bench_agreement_stats.py [--repeat N] [--seed S]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable

import krippendorff
import numpy as np

from sbcoder.core.agreement_stats import (
    AgreementDocument,
    compute_agreement,
    presence_figures,
)

CODERS = ["A", "B"]


def make_workload(
    seed: int, n_docs: int = 200, n_codes: int = 300, codings: int = 100_000
) -> list[AgreementDocument]:
    """Random documents whose two coders agree on most passages, roughly."""
    rng = np.random.default_rng(seed)
    lengths = rng.integers(45_000, 55_000, n_docs)
    per_coder = codings // 2
    doc = rng.integers(0, n_docs, per_coder)
    code = rng.integers(0, n_codes, per_coder)
    size = rng.integers(20, 800, per_coder)
    start = (rng.random(per_coder) * (lengths[doc] - size)).astype(np.int64)
    spans_a = np.stack([doc, code, start, start + size], axis=1)
    # B: 80 % the same passage with jittered boundaries, 20 % a passage of its own.
    jitter = rng.integers(-30, 31, (per_coder, 2))
    spans_b = spans_a.copy()
    spans_b[:, 2:] += jitter
    own = rng.random(per_coder) < 0.2
    spans_b[own, 1] = rng.integers(0, n_codes, own.sum())
    spans_b[own, 2] = (rng.random(own.sum()) * (lengths[doc[own]] - size[own])).astype(np.int64)
    spans_b[own, 3] = spans_b[own, 2] + size[own]
    spans_b[:, 2] = np.clip(spans_b[:, 2], 0, lengths[spans_b[:, 0]] - 1)
    spans_b[:, 3] = np.clip(spans_b[:, 3], spans_b[:, 2] + 1, lengths[spans_b[:, 0]])

    codings_by_doc: list[dict[str, dict[int, list[tuple[int, int]]]]] = [
        {coder: {} for coder in CODERS} for _ in range(n_docs)
    ]
    for coder, spans in zip(CODERS, (spans_a, spans_b), strict=True):
        for d, c, s, e in spans.tolist():
            codings_by_doc[d][coder].setdefault(c, []).append((s, e))
    return [
        AgreementDocument(doc_id=d, length=int(lengths[d]), codings=codings_by_doc[d])
        for d in range(n_docs)
    ]


def dense_numpy_histograms(documents: list[AgreementDocument], n_codes: int) -> np.ndarray:
    """Per-code histogram of how many coders marked each character, by a dense array pass."""
    histogram = np.zeros((n_codes, len(CODERS) + 1), dtype=np.int64)
    for doc in documents:
        marked = np.zeros((n_codes, doc.length), dtype=np.int8)
        for coder in CODERS:
            coder_marks = np.zeros((n_codes, doc.length), dtype=bool)
            for code, spans in doc.codings[coder].items():
                for start, end in spans:
                    coder_marks[code, start:end] = True
            marked += coder_marks
        for k in range(len(CODERS) + 1):
            histogram[:, k] += (marked == k).sum(axis=1)
    return histogram


def krippendorff_package_alpha(documents: list[AgreementDocument], code: int) -> float:
    """Alpha of one code, per character, from the krippendorff package's value counts."""
    rows = []
    for coder in CODERS:
        marks = [np.zeros(doc.length, dtype=np.int8) for doc in documents]
        for mark, doc in zip(marks, documents, strict=True):
            for start, end in doc.codings[coder].get(code, []):
                mark[start:end] = 1
        rows.append(np.concatenate(marks))
    return float(krippendorff.alpha(reliability_data=np.array(rows, dtype=float),
                                    level_of_measurement="nominal"))  # fmt: skip


def median_seconds(action: Callable[[], object], repeat: int) -> tuple[float, object]:
    """Median wall time of `repeat` runs, and the last run's result."""
    times, result = [], None
    for _ in range(repeat):
        began = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - began)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args()
    n_codes = 300
    documents = make_workload(args.seed, n_codes=n_codes)
    code_ids = list(range(n_codes))
    character_s, report = median_seconds(
        lambda: compute_agreement(documents, CODERS, code_ids, "character"), args.repeat
    )
    # Sentence units every ~120 characters, as a regex sentence splitter would give.
    with_units = [
        AgreementDocument(doc.doc_id, doc.length, doc.codings,
                          [(s, min(s + 118, doc.length)) for s in range(0, doc.length, 120)])
        for doc in documents
    ]  # fmt: skip
    sentence_s, _ = median_seconds(
        lambda: compute_agreement(with_units, CODERS, code_ids, "sentence"), args.repeat
    )
    dense_s, dense_histogram = median_seconds(
        lambda: dense_numpy_histograms(documents, n_codes), max(1, args.repeat // 2)
    )
    # The dense pass must agree with the interval pass on every code's alpha.
    for code in report.per_code:
        totals = list(code.coder_totals.values())
        expected = presence_figures(dense_histogram[code.code_id].tolist(), totals).alpha
        assert code.krippendorff_alpha == expected, (code.code_id, code.krippendorff_alpha)

    subset, probe_code = documents[:20], 0
    package_s, package_alpha = median_seconds(
        lambda: krippendorff_package_alpha(subset, probe_code), max(1, args.repeat // 2)
    )
    ours = compute_agreement(subset, CODERS, [probe_code]).per_code[0].krippendorff_alpha
    assert abs(ours - package_alpha) < 1e-9, (ours, package_alpha)

    print(json.dumps({
        "benchmark": "agreement_stats",
        "documents": len(documents),
        "characters": int(sum(doc.length for doc in documents)),
        "codes": n_codes,
        "codings": sum(len(s) for doc in documents for by in doc.codings.values()
                       for s in by.values()),
        "disagreements": len(report.disagreements),
        "median_s_character": round(character_s, 4),
        "median_s_sentence": round(sentence_s, 4),
        "baseline_dense_numpy_median_s": round(dense_s, 4),
        "baseline_krippendorff_pkg_1code_20docs_s": round(package_s, 4),
        "repeat": args.repeat,
        "overall_kappa": report.overall.cohen_kappa,
        "overall_alpha": report.overall.krippendorff_alpha,
    }))  # fmt: skip


if __name__ == "__main__":
    main()
