"""Column dimensions of the frequency table: documents, cases, groups, coders, attributes.

A dimension maps each coding to the columns it counts in. For documents and coders
that is one column; a document may belong to several cases or groups (or, through
its cases, carry several values of a case attribute), so a coding can count in
several columns. Documents with no case, group or value get a "(no …)" column, shown
only when such documents are in scope, so no quotation silently drops out of a table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

import numpy as np

from sbcoder.core.analysis_arrays import distinct, expand_csr
from sbcoder.core.analysis_data import NO_CODER, AnalysisData
from sbcoder.core.analysis_filters import Selection
from sbcoder.core.analysis_labels import text
from sbcoder.core.errors import ValidationError

By = Literal["document", "case", "group", "coder", "attribute"]
BY_VALUES: tuple[str, ...] = ("document", "case", "group", "coder", "attribute")
NONE_KEY = None  # the key of the "(no case)" / "(no value)" column


@dataclass(frozen=True)
class Dimension:
    """Columns (keys and labels) and how codings map onto them."""

    by: str
    title: str  # "document", "casus" … for the table title
    keys: tuple[object, ...]
    labels: tuple[str, ...]
    by_coder: bool
    # Document-based dimensions: per document id, its columns (CSR indexed by the id
    # itself; documents out of scope have none), and `single[doc]`, the one column of
    # each document when no document has several (then expanding is one lookup).
    pointer: np.ndarray
    columns: np.ndarray
    single: np.ndarray | None
    coder_ids: np.ndarray  # sorted coder ids (NO_CODER for unknown) …
    coder_columns: np.ndarray  # … and the column of each

    def __len__(self) -> int:
        return len(self.keys)

    def expand(self, doc: np.ndarray, coder: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(positions, columns): each coding position once per column it counts in."""
        if self.by_coder:
            columns = self.coder_columns[np.searchsorted(self.coder_ids, coder)]
            return np.arange(len(coder), dtype=np.int64), columns
        if self.single is not None:
            return np.arange(len(doc), dtype=np.int64), self.single[doc]
        return expand_csr(doc, self.pointer, self.columns)

    def document_columns(self, doc_id: int) -> tuple[int, ...]:
        """The columns a document counts in (not for the coder dimension)."""
        if doc_id + 1 >= len(self.pointer):
            return ()
        return tuple(self.columns[self.pointer[doc_id] : self.pointer[doc_id + 1]].tolist())


def value_label(value: object, language: str) -> str:
    """An attribute value as a column label (ja/nee for booleans in Dutch)."""
    if isinstance(value, bool):
        if language == "nl":
            return "ja" if value else "nee"
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _document_dimension(
    selection: Selection,
    by: str,
    title: str,
    keys: list[object],
    labels: list[str],
    doc_keys: dict[int, list[object]],
    none_label: str,
) -> Dimension:
    """A dimension over documents: `doc_keys[doc]` are the column keys a document
    counts in; documents with none go to a "(no …)" column."""
    keys = list(keys)
    labels = list(labels)
    index = {k: i for i, k in enumerate(keys)}
    all_ids = [d.id for d in selection.data.documents]
    size = max(all_ids, default=0) + 1
    per_doc: list[list[int]] = [[] for _ in range(size)]
    for doc_id in selection.doc_ids:
        columns = [index[k] for k in doc_keys.get(doc_id, ()) if k in index]
        if not columns:
            if NONE_KEY not in index:
                index[NONE_KEY] = len(keys)
                keys.append(NONE_KEY)
                labels.append(none_label)
            columns = [index[NONE_KEY]]
        per_doc[doc_id] = columns
    counts = [len(c) for c in per_doc]
    pointer = np.zeros(size + 1, dtype=np.int64)
    np.cumsum(counts, out=pointer[1:])
    flat = np.asarray([c for cols in per_doc for c in cols], dtype=np.int64)
    single = None
    if all(n <= 1 for n in counts):
        single = np.asarray([cols[0] if cols else -1 for cols in per_doc], dtype=np.int64)
    empty = np.empty(0, dtype=np.int64)
    return Dimension(
        by, title, tuple(keys), tuple(labels), False, pointer, flat, single, empty, empty
    )


def build_dimension(
    selection: Selection, by: str, language: str, attribute_id: int | None = None
) -> Dimension:
    """The columns for `by` over the selection (ValidationError for an unknown `by`)."""
    data: AnalysisData = selection.data
    f = selection.filter
    if by not in BY_VALUES:
        raise ValidationError(f"cannot tabulate by {by!r}; choose one of {', '.join(BY_VALUES)}")
    if by == "document":
        names = data.document_names
        keys = list(selection.doc_ids)
        return _document_dimension(
            selection,
            by,
            text("by_document", language),
            keys,
            [names[d] for d in keys],
            {d: [d] for d in keys},
            "",
        )
    if by in ("case", "group"):
        owners = data.cases if by == "case" else data.groups
        wanted = f.case_ids if by == "case" else f.group_ids
        keys = [k for k in owners if wanted is None or k in wanted]
        membership = data.document_cases() if by == "case" else data.document_groups()
        return _document_dimension(
            selection,
            by,
            text(f"by_{by}", language),
            keys,
            [owners[k] for k in keys],
            {d: list(v) for d, v in membership.items()},
            text("no_case" if by == "case" else "no_group", language),
        )
    if by == "coder":
        keys = [k for k in data.coders if f.coder_ids is None or k in f.coder_ids]
        labels = [data.coders[k] for k in keys]
        present = set(distinct(selection.coder).tolist())
        if NO_CODER in present:
            keys.append(NONE_KEY)  # type: ignore[arg-type]
            labels.append(text("unknown_coder", language))
        column_of = sorted(((NO_CODER if k is None else k), i) for i, k in enumerate(keys))
        coder_ids = np.asarray([c for c, _ in column_of], dtype=np.int64)
        coder_columns = np.asarray([i for _, i in column_of], dtype=np.int64)
        empty = np.empty(0, dtype=np.int64)
        return Dimension(
            by, text("by_coder", language), tuple(keys), tuple(labels), True,
            empty, empty, None, coder_ids, coder_columns,
        )  # fmt: skip
    if attribute_id is None:
        raise ValidationError("tabulating by attribute needs an attribute id")
    attribute = data.attribute(attribute_id)
    typed = {owner: attribute.typed(v) for owner, v in attribute.values.items()}
    values = sorted(set(typed.values()), key=lambda v: (str(type(v)), v))
    doc_values: dict[int, list[object]] = {}
    if attribute.scope == "document":
        for doc_id, value in typed.items():
            doc_values[doc_id] = [value]
    else:
        for case_id in data.cases:
            if case_id in typed:
                for doc_id in data.case_documents.get(case_id, ()):
                    if typed[case_id] not in doc_values.setdefault(doc_id, []):
                        doc_values[doc_id].append(typed[case_id])
    return _document_dimension(
        selection,
        by,
        attribute.name,
        values,
        [value_label(v, language) for v in values],
        doc_values,
        text("no_value", language),
    )
