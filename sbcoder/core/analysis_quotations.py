"""The quotations list: document, case, codes, coder, offsets, text and memo per quotation,
optionally with a sentence of context on each side (the material a researcher picks
quotes from, as the seed report does in every chapter).

Which quotations are listed: those in documents in scope. With a code or coder
filter, only quotations that keep at least one coding under that filter (their codes
column then lists just those codes); without one, uncoded quotations are listed too.
Rows are labelled the ATLAS.ti way, "document number:quotation number" (e.g. "3:12",
both counted from 1 in document order), so a quote in a report can be traced back.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import chain
from typing import TYPE_CHECKING

import numpy as np
from sqlalchemy import func, select

from sbcoder.core.analysis_arrays import distinct
from sbcoder.core.analysis_data import NO_CODER, AnalysisData, load_analysis_data
from sbcoder.core.analysis_filters import TableFilter, select_data
from sbcoder.core.analysis_labels import check_language, text
from sbcoder.core.analysis_table import Cell, ColumnHeader, RowHeader, Table
from sbcoder.db.models import Quotation

if TYPE_CHECKING:
    from sbcoder.core.project import Project

# A sentence ends after . ! ? or … (and any closing quote or bracket) followed by
# white space, or at a line break: transcripts put each speaker turn on its own line.
# (Written to start with one character class: a pattern opening with a look-behind or
# an alternation is about ten times slower over a 50,000-character transcript.)
SENTENCE_BREAK = re.compile(r"[.!?…\n](?:(?<=\n)|[\"'”’)\]]*[ \t])\s*")
MAX_CONTEXT = 400


def sentence_starts(document_text: str) -> list[int]:
    """Offsets at which the sentences of a text begin (0 first)."""
    starts = [0]
    for match in SENTENCE_BREAK.finditer(document_text):
        if match.end() < len(document_text) and match.end() > starts[-1]:
            starts.append(match.end())
    return starts


def _shorten_left(snippet: str, limit: int) -> str:
    if len(snippet) <= limit:
        return snippet
    cut = snippet[-limit:]
    space = cut.find(" ")
    return "…" + (cut[space + 1 :] if 0 <= space < limit // 2 else cut)


def _shorten_right(snippet: str, limit: int) -> str:
    if len(snippet) <= limit:
        return snippet
    cut = snippet[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut) + "…"


def context_around(
    document_text: str, starts: list[int], start: int, end: int, limit: int = MAX_CONTEXT
) -> tuple[str, str]:
    """(before, after): from the start of the sentence before the quotation up to its
    start, and from its end to the end of the sentence after it. A quotation that
    begins or ends mid-sentence so also gets the rest of its own sentence. Each side
    is cut to about `limit` characters (at a space, marked with …)."""
    bounds = [*starts, len(document_text)]
    k = bisect_right(starts, start) - 1  # the sentence in which the quotation starts
    before_from = starts[k - 1] if k >= 1 else 0
    m = bisect_right(starts, end) - 1  # the sentence in which the quotation ends
    after_to = bounds[min(m + (1 if starts[m] == end else 2), len(bounds) - 1)]
    before = document_text[before_from:start].strip()
    after = document_text[end:after_to].strip()
    return _shorten_left(before, limit), _shorten_right(after, limit)


def _all_quotations(project: Project):
    """Every quotation's id, document, start, end and creator (NO_CODER if unknown) as
    arrays, and its memo where it has one (few do: a dict, not a column of empties)."""
    with project.session() as session:
        numbers = select(
            Quotation.id,
            Quotation.document_id,
            Quotation.start,
            Quotation.end,
            func.coalesce(Quotation.coder_id, NO_CODER),
        )
        # The driver's cursor and a flat iterator: no Row objects for 100,000 rows.
        raw = session.connection().connection.dbapi_connection
        cursor = raw.cursor()  # type: ignore[union-attr]
        try:
            compiled = numbers.compile(session.get_bind())
            cursor.execute(str(compiled), tuple(compiled.params.values()))
            flat = np.fromiter(chain.from_iterable(cursor), dtype=np.int64).reshape(-1, 5)
        finally:
            cursor.close()
        memos = dict(
            session.execute(select(Quotation.id, Quotation.memo).where(Quotation.memo != "")).all()
        )
    return (*(flat[:, i].copy() for i in range(5)), memos)


def quotations_table(
    project: Project,
    *,
    filter: TableFilter | None = None,
    context: bool = False,
    language: str = "nl",
    data: AnalysisData | None = None,
) -> Table:
    """One row per quotation (see the module docstring); `context` adds the columns
    "context before" and "context after"."""
    language = check_language(language)
    data = data or load_analysis_data(project)
    s = select_data(data, filter)
    f = s.filter
    ids, docs, starts, ends, creators, memos = _all_quotations(project)
    doc_ids = np.asarray([d.id for d in data.documents], dtype=np.int64)
    doc_position = np.zeros(int(doc_ids.max(initial=0)) + 1, dtype=np.int64)
    doc_position[doc_ids] = np.arange(len(doc_ids))
    order = np.lexsort((ids, ends, starts, doc_position[docs]))
    ids, docs, starts, ends, creators = (a[order] for a in (ids, docs, starts, ends, creators))
    # ATLAS.ti numbering "document:quotation", counted over all quotations of a document.
    first_of_doc = np.ones(len(docs), dtype=bool)
    first_of_doc[1:] = docs[1:] != docs[:-1]
    group_start = np.maximum.accumulate(np.where(first_of_doc, np.arange(len(docs)), 0))
    number = np.arange(len(docs)) - group_start + 1

    # The codes each quotation keeps under the filter, as "path; path" in tree order.
    n_codes = max(len(data.tree), 1)
    pairs = distinct(s.qi * n_codes + s.code)
    pair_qi, pair_code = np.divmod(pairs, n_codes)
    paths = data.tree.paths
    codes_of: dict[int, list[str]] = {}
    for qid, code in zip(data.quotation_ids[pair_qi].tolist(), pair_code.tolist(), strict=True):
        codes_of.setdefault(qid, []).append(paths[code])
    # Listed: in scope, and either coded under the filter, or carrying no code at all
    # while no filter asks for codes or for another coder's work.
    scope = np.zeros(len(doc_position), dtype=bool)
    scope[np.asarray(s.doc_ids, dtype=np.int64)] = True
    keep = scope[docs]
    coded_here = np.isin(ids, data.quotation_ids[distinct(s.qi)])
    uncoded = ~np.isin(ids, data.quotation_ids)
    if f.code_ids is not None:
        uncoded[:] = False
    if f.coder_ids is not None:
        uncoded &= np.isin(creators, np.asarray(sorted(f.coder_ids), dtype=np.int64))
    keep &= coded_here | uncoded
    listed = np.flatnonzero(keep)
    numbering = [
        f"{p + 1}:{n}"
        for p, n in zip(doc_position[docs[listed]].tolist(), number[listed].tolist(), strict=True)
    ]
    listed_rows = list(
        zip(
            ids[listed].tolist(),
            docs[listed].tolist(),
            starts[listed].tolist(),
            ends[listed].tolist(),
            creators[listed].tolist(),
            strict=True,
        )
    )

    texts = data.texts(sorted({r[1] for r in listed_rows}))
    starts_of = {d: sentence_starts(t) for d, t in texts.items()} if context else {}
    names = data.document_names
    case_text = {
        d: "; ".join(data.cases[c] for c in cases) for d, cases in data.document_cases().items()
    }
    coder_names = data.coders
    headers = [
        ColumnHeader("document", text("document", language), "text"),
        ColumnHeader("case", text("case", language), "text"),
        ColumnHeader("codes", text("codes", language), "text"),
        ColumnHeader("coder", text("coder", language), "text"),
        ColumnHeader("start", text("start", language), "number"),
        ColumnHeader("end", text("end", language), "number"),
        ColumnHeader("text", text("text", language), "text"),
        ColumnHeader("memo", text("memo", language), "text"),
    ]
    if context:
        headers.append(ColumnHeader("context_before", text("context_before", language), "text"))
        headers.append(ColumnHeader("context_after", text("context_after", language), "text"))
    cells: list[tuple[Cell, ...]] = [
        (
            names[doc_id],
            case_text.get(doc_id, ""),
            "; ".join(codes_of.get(qid, ())),
            coder_names.get(coder_id, ""),
            start,
            end,
            texts[doc_id][start:end],
            memos.get(qid, ""),
        )
        for qid, doc_id, start, end, coder_id in listed_rows
    ]
    if context:
        cells = [
            (*row, *context_around(texts[doc_id], starts_of[doc_id], start, end))
            for row, (_, doc_id, start, end, _) in zip(cells, listed_rows, strict=True)
        ]
    row_headers = [
        RowHeader(row[0], label) for row, label in zip(listed_rows, numbering, strict=True)
    ]
    ids = [r[0] for r in listed_rows]

    def lookup(row: int, _column: int) -> tuple[int, ...]:
        return (ids[row],)

    return Table(
        title=text("title_quotations", language),
        name=text("name_quotations", language),
        row_header_title=text("quotation_id", language),
        row_headers=tuple(row_headers),
        column_headers=tuple(headers),
        cells=tuple(cells),
        lookup=lookup,
    )
