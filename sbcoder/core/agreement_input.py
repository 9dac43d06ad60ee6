"""Checking and flattening the input of `compute_agreement`.

Bad input is refused with an `AgreementInputError` that names the document, coder and code
(or unit) at fault, before any figure is computed; nothing is silently dropped except
coders and codes the caller did not ask about.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from sbcoder.core.agreement_coefficients import AgreementInputError
from sbcoder.core.agreement_intervals import SpanTable
from sbcoder.progress import Reporter, check_cancelled

__all__ = ["AgreementDocument", "check_arguments", "span_table", "unit_array"]

Span = tuple[int, int]


@dataclass(frozen=True)
class AgreementDocument:
    """One document as agreement needs it: its length, its units, and who coded what.

    `codings[coder][code_id]` lists that coder's (start, end) spans for that code, in code
    points, end exclusive; spans may overlap. Coders and codes not asked about are ignored.
    `units` are the sentence or paragraph ranges (see `sentence_units`, `paragraph_units`),
    needed only for those unit levels; they must not overlap.
    """

    doc_id: int
    length: int
    codings: Mapping[str, Mapping[int, Sequence[Span]]]
    units: Sequence[Span] | None = None


def _is_int(value: object) -> bool:
    return isinstance(value, int | np.integer) and not isinstance(value, bool)


def check_arguments(
    documents: Sequence[AgreementDocument],
    coders: Sequence[str],
    code_ids: Sequence[int],
    unit: str,
    scope: str,
) -> None:
    """Refuse arguments that make no sense, naming the offending thing."""
    if unit not in ("character", "sentence", "paragraph"):
        raise AgreementInputError(
            f"Unknown agreement unit {unit!r}; use 'character', 'sentence' or 'paragraph'"
        )
    if scope not in ("code", "any_code"):
        raise AgreementInputError(f"Unknown coded-only scope {scope!r}; use 'code' or 'any_code'")
    if len(coders) < 2:
        raise AgreementInputError(f"Agreement needs at least two coders, got {list(coders)}")
    if len(set(coders)) != len(coders):
        raise AgreementInputError(f"Coders are listed twice: {list(coders)}")
    if any(not _is_int(code_id) for code_id in code_ids) or len(set(code_ids)) != len(code_ids):
        raise AgreementInputError(f"Code ids must be distinct integers: {list(code_ids)}")
    seen: set[int] = set()
    for doc in documents:
        if doc.doc_id in seen:
            raise AgreementInputError(f"Document {doc.doc_id} is given twice")
        seen.add(doc.doc_id)
        if not _is_int(doc.length) or doc.length < 0:
            raise AgreementInputError(
                f"Document {doc.doc_id}: length {doc.length!r} is not a non-negative integer"
            )


def span_table(
    documents: Sequence[AgreementDocument],
    coder_index: dict[str, int],
    code_index: dict[int, int],
    reporter: Reporter | None,
    steps: int,
) -> SpanTable:
    """Flatten the chosen coders' spans of the chosen codes into arrays, and validate them."""
    flat: list[Span] = []
    # One row per non-empty span list: (document, coder, code, how many spans).
    lists: list[tuple[int, int, int, int]] = []
    for doc_number, doc in enumerate(documents):
        check_cancelled(reporter)
        if reporter is not None:
            reporter.report(doc_number, steps, f"Reading the codings of document {doc.doc_id}")
        for coder, by_code in doc.codings.items():
            coder_number = coder_index.get(coder)
            if coder_number is None:
                continue
            for code_id, spans in by_code.items():
                code_number = code_index.get(code_id)
                if code_number is not None and len(spans):
                    flat.extend(spans)
                    lists.append((doc_number, coder_number, code_number, len(spans)))
    if not flat:
        empty = np.zeros(0, dtype=np.int64)
        return SpanTable(empty, empty, empty, empty, empty)
    meta = np.array(lists, dtype=np.int64)
    try:
        pairs = np.array(flat)
    except (TypeError, ValueError):
        pairs = None
    if pairs is None or pairs.ndim != 2 or pairs.shape[1] != 2 or pairs.dtype.kind not in "iu":
        _raise_for_malformed_span(documents, flat, meta, coder_index, code_index)
    pairs = pairs.astype(np.int64, copy=False)
    doc = np.repeat(meta[:, 0], meta[:, 3])
    lengths = np.array([document.length for document in documents], dtype=np.int64)
    start, end = pairs[:, 0], pairs[:, 1]
    bad = (start < 0) | (end <= start) | (end > lengths[doc])
    if bad.any():
        _raise_for_span(documents, flat, meta, coder_index, code_index, int(np.argmax(bad)))
    return SpanTable(
        doc=doc,
        code=np.repeat(meta[:, 2], meta[:, 3]),
        coder=np.repeat(meta[:, 1], meta[:, 3]),
        start=np.ascontiguousarray(start),
        end=np.ascontiguousarray(end),
    )


def _raise_for_span(
    documents: Sequence[AgreementDocument],
    flat: list[Span],
    meta: np.ndarray,
    coder_index: dict[str, int],
    code_index: dict[int, int],
    position: int,
) -> None:
    """Raise an error naming the document, coder and code of the span at `position`."""
    list_number = int(np.searchsorted(np.cumsum(meta[:, 3]), position, side="right"))
    doc_number, coder_number, code_number, _ = meta[list_number]
    coder = next(name for name, number in coder_index.items() if number == coder_number)
    code_id = next(code for code, number in code_index.items() if number == code_number)
    doc = documents[int(doc_number)]
    raise AgreementInputError(
        f"Document {doc.doc_id}, coder {coder!r}, code {code_id}: span {flat[position]!r} is "
        f"not a range of integers with 0 <= start < end <= {doc.length}"
    )


def _raise_for_malformed_span(
    documents: Sequence[AgreementDocument],
    flat: list[Span],
    meta: np.ndarray,
    coder_index: dict[str, int],
    code_index: dict[int, int],
) -> None:
    """Find the first span that is not a pair of integers and raise naming it."""
    for position, span in enumerate(flat):
        try:
            well_formed = len(span) == 2 and all(
                _is_int(offset) and abs(offset) < 2**62 for offset in span
            )
        except TypeError:
            well_formed = False
        if not well_formed:
            _raise_for_span(documents, flat, meta, coder_index, code_index, position)
    raise AgreementInputError("Spans must be (start, end) pairs of integers")


def unit_array(doc: AgreementDocument, unit: str) -> np.ndarray:
    """The document's units as a sorted (n, 2) int64 array, checked for sense."""
    if doc.units is None:
        raise AgreementInputError(
            f"Document {doc.doc_id} has no {unit} units; compute them with "
            f"{unit}_units(text) or a spaCy pipeline"
        )
    units = list(doc.units)
    if not units:
        return np.zeros((0, 2), dtype=np.int64)
    try:
        array = np.array(units)
    except (TypeError, ValueError):
        array = None
    if array is None or array.ndim != 2 or array.shape[1] != 2 or array.dtype.kind not in "iu":
        raise AgreementInputError(
            f"Document {doc.doc_id}: {unit} units must be (start, end) pairs of integers"
        )
    array = array[np.argsort(array[:, 0], kind="stable")].astype(np.int64, copy=False)
    start, end = array[:, 0], array[:, 1]
    bad = (start < 0) | (end <= start) | (end > doc.length)
    if bad.any():
        raise AgreementInputError(
            f"Document {doc.doc_id}: {unit} unit "
            f"{tuple(array[np.argmax(bad)].tolist())} is not a range with "
            f"0 <= start < end <= {doc.length}"
        )
    overlapping = start[1:] < end[:-1]
    if overlapping.any():
        first = int(np.argmax(overlapping))
        raise AgreementInputError(
            f"Document {doc.doc_id}: {unit} units "
            f"{tuple(array[first].tolist())} and "
            f"{tuple(array[first + 1].tolist())} overlap"
        )
    return array
