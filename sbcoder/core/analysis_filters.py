"""`TableFilter`: one filter for every analysis table, and what it selects.

A filter narrows three things, each independently:
- the documents in scope: listed documents, members of any listed group, documents
  of any listed case, and documents whose attribute value (on the document, or on any
  of its cases) is one of the listed values — all of these at once (AND between kinds,
  OR within a kind);
- the codings counted: only those made by the listed coders;
- the codes shown: only the listed codes and everything below them (code branches).
An empty filter (the default) selects everything.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from sbcoder.core.analysis_data import AnalysisData
from sbcoder.core.analysis_labels import text
from sbcoder.core.errors import NotFoundError
from sbcoder.core.organising import canonical_value


def _ids(values: Iterable[int] | None) -> frozenset[int] | None:
    return None if values is None else frozenset(int(v) for v in values)


@dataclass(frozen=True)
class AttributeCondition:
    """Keep documents whose value of `attribute_id` is one of `values` (typed values
    such as "stedelijk", 3, True; None stands for "no value")."""

    attribute_id: int
    values: frozenset[object]

    def __init__(self, attribute_id: int, values: Iterable[object]) -> None:
        object.__setattr__(self, "attribute_id", int(attribute_id))
        object.__setattr__(self, "values", frozenset(values))


@dataclass(frozen=True)
class TableFilter:
    """What a table counts (see the module docstring). Any iterable of ids may be
    passed; it is kept as a frozenset so a filter can be a dict key or compared."""

    coder_ids: frozenset[int] | None = None
    document_ids: frozenset[int] | None = None
    group_ids: frozenset[int] | None = None
    case_ids: frozenset[int] | None = None
    attributes: tuple[AttributeCondition, ...] = ()
    code_ids: frozenset[int] | None = None

    def __post_init__(self) -> None:
        for name in ("coder_ids", "document_ids", "group_ids", "case_ids", "code_ids"):
            object.__setattr__(self, name, _ids(getattr(self, name)))
        object.__setattr__(self, "attributes", tuple(self.attributes))

    @property
    def is_empty(self) -> bool:
        """True when the filter selects everything."""
        return (
            self.coder_ids is None
            and self.document_ids is None
            and self.group_ids is None
            and self.case_ids is None
            and not self.attributes
            and self.code_ids is None
        )


@dataclass(frozen=True)
class Selection:
    """A filter applied to a snapshot: the documents and codes in scope and the coding
    arrays that remain. `codes` lists the tree indices of the codes in scope in tree
    order, `code_depth` their depth below the top of their selected branch."""

    data: AnalysisData
    filter: TableFilter
    doc_ids: tuple[int, ...]
    codes: np.ndarray
    code_depth: np.ndarray
    in_scope: np.ndarray  # bool per tree index
    qi: np.ndarray  # per remaining coding: dense quotation index (see AnalysisData)
    code: np.ndarray
    coder: np.ndarray
    doc: np.ndarray

    @cached_property
    def doc_set(self) -> frozenset[int]:
        """The documents in scope as a set."""
        return frozenset(self.doc_ids)


def _check_known(wanted: frozenset[int] | None, known: Iterable[int], what: str) -> None:
    if wanted is None:
        return
    missing = sorted(wanted - set(known))
    if missing:
        raise NotFoundError(f"filter: no {what} with id {missing[0]}")


def _attribute_documents(data: AnalysisData, condition: AttributeCondition) -> set[int]:
    attribute = data.attribute(condition.attribute_id)
    wanted_none = None in condition.values
    wanted = {canonical_value(attribute.value_type, v) for v in condition.values if v is not None}
    all_docs = {d.id for d in data.documents}
    if attribute.scope == "document":
        have = attribute.values
        return {
            d
            for d in all_docs
            if (d in have and have[d] in wanted) or (d not in have and wanted_none)
        }
    matching: set[int] = set()
    valued: set[int] = set()
    for case_id, doc_ids in data.case_documents.items():
        if case_id in attribute.values:
            valued.update(doc_ids)
            if attribute.values[case_id] in wanted:
                matching.update(doc_ids)
    if wanted_none:
        matching.update(all_docs - valued)
    return matching


def select_data(data: AnalysisData, table_filter: TableFilter | None) -> Selection:
    """Apply a filter to a snapshot (NotFoundError for ids that do not exist)."""
    f = table_filter or TableFilter()
    tree = data.tree
    _check_known(f.coder_ids, data.coders, "coder")
    _check_known(f.document_ids, (d.id for d in data.documents), "document")
    _check_known(f.group_ids, data.groups, "document group")
    _check_known(f.case_ids, data.cases, "case")
    _check_known(f.code_ids, tree.index_of, "code")

    docs = {d.id for d in data.documents}
    if f.document_ids is not None:
        docs &= f.document_ids
    if f.group_ids is not None:
        docs &= {d for g in f.group_ids for d in data.group_documents.get(g, ())}
    if f.case_ids is not None:
        docs &= {d for c in f.case_ids for d in data.case_documents.get(c, ())}
    for condition in f.attributes:
        docs &= _attribute_documents(data, condition)
    doc_ids = tuple(d.id for d in data.documents if d.id in docs)

    in_scope = np.ones(len(tree), dtype=bool)
    if f.code_ids is not None:
        in_scope[:] = False
        for code_id in f.code_ids:
            index = tree.index_of[code_id]
            in_scope[index : tree.subtree_end[index]] = True
    codes = np.flatnonzero(in_scope)
    depth = np.zeros(len(tree), dtype=np.int64)
    for index in codes.tolist():  # parents precede children in tree order
        parent = tree.parent[index]
        depth[index] = depth[parent] + 1 if parent >= 0 and in_scope[parent] else 0

    arrays = (data.qi, data.code, data.coder, data.doc)
    if len(doc_ids) < len(data.documents) or f.code_ids is not None or f.coder_ids is not None:
        mask = np.isin(data.doc, np.asarray(doc_ids, dtype=np.int64))
        mask &= in_scope[data.code]
        if f.coder_ids is not None:
            mask &= np.isin(data.coder, np.asarray(sorted(f.coder_ids), dtype=np.int64))
        arrays = tuple(a[mask] for a in arrays)
    qi, code, coder, doc = arrays
    return Selection(
        data=data,
        filter=f,
        doc_ids=doc_ids,
        codes=codes,
        code_depth=depth[codes],
        in_scope=in_scope,
        qi=qi,
        code=code,
        coder=coder,
        doc=doc,
    )


def describe_filter(data: AnalysisData, table_filter: TableFilter | None, language: str) -> str:
    """The filter in words for the Info sheet ("none (all data)" when empty)."""
    f = table_filter or TableFilter()
    if f.is_empty:
        return text("info_no_filter", language)
    parts: list[str] = []

    def names(ids: frozenset[int] | None, lookup: dict[int, str], key: str) -> None:
        if ids is not None:
            listed = ", ".join(sorted(lookup.get(i, f"#{i}") for i in ids))
            parts.append(f"{text(key, language)}: {listed}")

    names(f.coder_ids, data.coders, "filter_coders")
    names(f.document_ids, data.document_names, "filter_documents")
    names(f.group_ids, data.groups, "filter_groups")
    names(f.case_ids, data.cases, "filter_cases")
    if f.code_ids is not None:
        paths = {cid: data.tree.paths[i] for cid, i in data.tree.index_of.items()}
        names(f.code_ids, paths, "filter_codes")
    for condition in f.attributes:
        attribute = data.attribute(condition.attribute_id)
        values = ", ".join(
            sorted(text("no_value", language) if v is None else str(v) for v in condition.values)
        )
        parts.append(f"{attribute.name}: {values}")
    return "; ".join(parts)
