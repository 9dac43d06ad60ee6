"""One read of everything the analysis tables count, as numpy arrays.

Every table is computed from the same snapshot: the code tree, the documents with
their cases and groups, and one row per coding (quotation id, code, coder, document,
start, end), fetched with one query each. Counting then happens on id arrays
(bincount, unique, sparse products), never with a query per cell, so a table over
100,000 codings costs a few tens of milliseconds after the fetch. The export builds
one snapshot and hands it to every sheet; a view may keep one until `Changes` say
codes, quotations or codings changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import chain
from typing import TYPE_CHECKING

import numpy as np
from sqlalchemy import func, select

from sbcoder.core.analysis_arrays import dense_index
from sbcoder.core.errors import NotFoundError
from sbcoder.core.organising import typed_value
from sbcoder.db.models import (
    Attribute,
    AttributeValue,
    Case,
    Code,
    Coder,
    Coding,
    Document,
    DocumentGroup,
    Quotation,
    case_documents,
    document_group_members,
)

if TYPE_CHECKING:
    from sbcoder.core.project import Project

PATH_SEPARATOR = "/"
NO_CODER = -1
# A word: letters/digits, with inner hyphens or apostrophes ("zo'n", "buurt-huis")
# kept in one word, as a Dutch reader would count them.
WORD = re.compile(r"\w+(?:[-'’]\w+)*")


@dataclass(frozen=True)
class CodeTree:
    """The codes in depth-first tree order; index i is a code's place in that order.

    Because the order is depth-first, code i's descendants are exactly the indices
    i+1 … subtree_end[i]-1. `ancestors_ptr`/`ancestors` (CSR) list each code's
    ancestors, itself first."""

    ids: np.ndarray
    parent: np.ndarray  # tree index of the parent, -1 at the root
    depth: np.ndarray
    names: tuple[str, ...]
    paths: tuple[str, ...]
    subtree_end: np.ndarray
    ancestors_ptr: np.ndarray
    ancestors: np.ndarray
    index_of: dict[int, int]

    def __len__(self) -> int:
        return len(self.ids)


def build_tree(rows: list[tuple[int, int | None, str]]) -> CodeTree:
    """A `CodeTree` from (id, parent_id, name) rows already sorted by position, id."""
    children: dict[int | None, list[tuple[int, str]]] = {}
    for code_id, parent_id, name in rows:
        children.setdefault(parent_id, []).append((code_id, name))
    ids: list[int] = []
    parent: list[int] = []
    depth: list[int] = []
    names: list[str] = []
    paths: list[str] = []
    # An explicit stack instead of recursion: a deep imported codebook must not hit
    # Python's recursion limit.
    stack: list[tuple[int | None, int, int, str]] = [
        (cid, -1, 0, name) for cid, name in reversed(children.get(None, []))
    ]
    while stack:
        code_id, parent_index, level, name = stack.pop()
        index = len(ids)
        ids.append(code_id)  # type: ignore[arg-type]
        parent.append(parent_index)
        depth.append(level)
        names.append(name)
        paths.append(f"{paths[parent_index]}{PATH_SEPARATOR}{name}" if parent_index >= 0 else name)
        for child_id, child_name in reversed(children.get(code_id, [])):
            stack.append((child_id, index, level + 1, child_name))
    n = len(ids)
    parent_array = np.asarray(parent, dtype=np.int64)
    depth_array = np.asarray(depth, dtype=np.int64)
    subtree_end = np.arange(1, n + 1, dtype=np.int64)
    for index in range(n - 1, -1, -1):  # children come after parents: fold upwards
        if parent[index] >= 0:
            subtree_end[parent[index]] = max(subtree_end[parent[index]], subtree_end[index])
    counts = depth_array + 1
    pointer = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts, out=pointer[1:])
    ancestors = np.empty(int(pointer[-1]), dtype=np.int64)
    for index in range(n):
        at, current = pointer[index], index
        while current >= 0:
            ancestors[at] = current
            at += 1
            current = parent[current]
    return CodeTree(
        ids=np.asarray(ids, dtype=np.int64),
        parent=parent_array,
        depth=depth_array,
        names=tuple(names),
        paths=tuple(paths),
        subtree_end=subtree_end,
        ancestors_ptr=pointer,
        ancestors=ancestors,
        index_of={cid: i for i, cid in enumerate(ids)},
    )


@dataclass(frozen=True)
class DocumentRow:
    id: int
    name: str
    length: int


@dataclass(frozen=True)
class AttributeData:
    """An attribute with its stored values by owner (case or document id)."""

    id: int
    name: str
    scope: str
    value_type: str
    values: dict[int, str]

    def typed(self, stored: str) -> object:
        """A stored value as a Python value of the attribute's type."""
        return typed_value(self.value_type, stored)


@dataclass
class AnalysisData:
    """A snapshot of a project for counting (see the module docstring).

    Per coding (aligned arrays): `q` the quotation id, `qi` its dense quotation index,
    `code` the code's tree index, `coder` the coder id (NO_CODER where unknown), `doc`
    the document id. Per dense quotation index (only quotations that carry a coding):
    `quotation_ids`, `q_doc`, `q_start`, `q_end`, and `q_order`, a key that sorts
    quotations in document order."""

    project: Project
    tree: CodeTree
    documents: tuple[DocumentRow, ...]
    coders: dict[int, str]
    cases: dict[int, str]
    case_documents: dict[int, tuple[int, ...]]
    groups: dict[int, str]
    group_documents: dict[int, tuple[int, ...]]
    q: np.ndarray
    qi: np.ndarray
    code: np.ndarray
    coder: np.ndarray
    doc: np.ndarray
    quotation_ids: np.ndarray
    q_doc: np.ndarray
    q_start: np.ndarray
    q_end: np.ndarray
    q_order: np.ndarray
    _texts: dict[int, str] = field(default_factory=dict, repr=False)
    _words: np.ndarray | None = field(default=None, repr=False)

    @property
    def document_names(self) -> dict[int, str]:
        """Document id → name."""
        return {d.id: d.name for d in self.documents}

    def document_cases(self) -> dict[int, tuple[int, ...]]:
        """Document id → the cases it is attached to (in case-name order)."""
        out: dict[int, list[int]] = {}
        for case_id in self.cases:  # already in name order
            for doc_id in self.case_documents.get(case_id, ()):
                out.setdefault(doc_id, []).append(case_id)
        return {d: tuple(c) for d, c in out.items()}

    def document_groups(self) -> dict[int, tuple[int, ...]]:
        """Document id → the groups it belongs to (in group-name order)."""
        out: dict[int, list[int]] = {}
        for group_id in self.groups:
            for doc_id in self.group_documents.get(group_id, ()):
                out.setdefault(doc_id, []).append(group_id)
        return {d: tuple(g) for d, g in out.items()}

    def attribute(self, attribute_id: int) -> AttributeData:
        """An attribute and its values, or NotFoundError."""
        with self.project.session() as session:
            attribute = session.get(Attribute, attribute_id)
            if attribute is None:
                raise NotFoundError(f"no attribute with id {attribute_id}")
            rows = session.execute(
                select(
                    AttributeValue.case_id, AttributeValue.document_id, AttributeValue.value
                ).where(AttributeValue.attribute_id == attribute_id)
            ).all()
            return AttributeData(
                attribute.id,
                attribute.name,
                attribute.scope,
                attribute.value_type,
                {(c if c is not None else d): v for c, d, v in rows},
            )

    def texts(self, doc_ids: set[int] | list[int]) -> dict[int, str]:
        """The full texts of these documents (read once, then kept)."""
        missing = [d for d in doc_ids if d not in self._texts]
        if missing:
            with self.project.session() as session:
                for start in range(0, len(missing), 500):
                    chunk = missing[start : start + 500]
                    self._texts.update(
                        session.execute(
                            select(Document.id, Document.text).where(Document.id.in_(chunk))
                        ).all()
                    )
        return {d: self._texts[d] for d in doc_ids}

    def quotation_words(self) -> np.ndarray:
        """Per dense quotation index, how many words the quotation touches (a word cut
        by its edge counts, as a reader would count the words of a quotation)."""
        if self._words is None:
            self._words = word_counts(
                self.texts(sorted(set(self.q_doc.tolist()))), self.q_doc, self.q_start, self.q_end
            )
        return self._words


def word_counts(
    texts: dict[int, str], doc: np.ndarray, start: np.ndarray, end: np.ndarray
) -> np.ndarray:
    """For each span [start, end) of document `doc`, the number of words it touches."""
    out = np.zeros(len(doc), dtype=np.int64)
    for doc_id, text in texts.items():
        mask = doc == doc_id
        if not mask.any():
            continue
        spans = np.asarray(
            [(m.start(), m.end()) for m in WORD.finditer(text)], dtype=np.int64
        ).reshape(-1, 2)
        # words starting before the span's end, minus those ending at or before its start
        before_end = np.searchsorted(spans[:, 0], end[mask], side="left")
        ended = np.searchsorted(spans[:, 1], start[mask], side="right")
        out[mask] = before_end - ended
    return out


def load_analysis_data(project: Project) -> AnalysisData:
    """Read the snapshot the tables count (one query per table of the project)."""
    with project.session() as session:
        code_rows = session.execute(
            select(Code.id, Code.parent_id, Code.name).order_by(Code.position, Code.id)
        ).all()
        documents = tuple(
            DocumentRow(*row)
            for row in session.execute(
                select(Document.id, Document.name, Document.length).order_by(
                    Document.position, Document.id
                )
            )
        )
        coders = dict(session.execute(select(Coder.id, Coder.name).order_by(Coder.name)).all())
        cases = dict(session.execute(select(Case.id, Case.name).order_by(Case.name)).all())
        groups = dict(
            session.execute(
                select(DocumentGroup.id, DocumentGroup.name).order_by(DocumentGroup.name)
            ).all()
        )
        case_docs: dict[int, list[int]] = {}
        for case_id, doc_id in session.execute(select(case_documents)).all():
            case_docs.setdefault(case_id, []).append(doc_id)
        group_docs: dict[int, list[int]] = {}
        for group_id, doc_id in session.execute(select(document_group_members)).all():
            group_docs.setdefault(group_id, []).append(doc_id)
        # The driver's cursor and a flat iterator: building 100,000 Row objects (or a
        # list of tuples for np.array) would cost more than all the counting. No ORDER
        # BY: SQLite would sort 100,000 rows that numpy never needs sorted.
        statement = select(
            Coding.quotation_id,
            Coding.code_id,
            func.coalesce(Coding.coder_id, NO_CODER),
            Quotation.document_id,
            Quotation.start,
            Quotation.end,
        ).join(Quotation, Quotation.id == Coding.quotation_id)
        compiled = statement.compile(session.get_bind())
        raw = session.connection().connection.dbapi_connection
        cursor = raw.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(str(compiled), tuple(compiled.params.values()))
            flat = np.fromiter(chain.from_iterable(cursor), dtype=np.int64)
        finally:
            cursor.close()
    rows = flat.reshape(-1, 6)
    tree = build_tree([tuple(r) for r in code_rows])  # type: ignore[misc]
    code_order = np.argsort(tree.ids)
    code_index = code_order[np.searchsorted(tree.ids[code_order], rows[:, 1])]
    quotation_ids, first, qi = dense_index(rows[:, 0])
    q_doc, q_start, q_end = rows[first, 3], rows[first, 4], rows[first, 5]
    doc_ids = np.asarray([d.id for d in documents], dtype=np.int64)
    doc_sort = np.argsort(doc_ids)
    doc_position = doc_sort[np.searchsorted(doc_ids[doc_sort], q_doc)]
    return AnalysisData(
        project=project,
        tree=tree,
        documents=documents,
        coders=coders,
        cases=cases,
        case_documents={c: tuple(sorted(d)) for c, d in case_docs.items()},
        groups=groups,
        group_documents={g: tuple(sorted(d)) for g, d in group_docs.items()},
        q=rows[:, 0].copy(),
        qi=qi.astype(np.int64),
        code=code_index.astype(np.int64),
        coder=rows[:, 2].copy(),
        doc=rows[:, 3].copy(),
        quotation_ids=quotation_ids,
        q_doc=q_doc.copy(),
        q_start=q_start.copy(),
        q_end=q_end.copy(),
        q_order=doc_position.astype(np.int64) * (2**32) + q_start,
    )
