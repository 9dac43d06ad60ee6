"""Where codes are used in the project, for theme suggestion (`nlp.structure`): which
codes are applied in the same passages, and by which speakers.

A passage is a stretch of one document: two quotations are in the same passage when
they overlap or lie at most `PASSAGE_GAP` characters apart (about a paragraph of a
transcript, a speaker's turn). A speaker is a case the document belongs to (a
respondent, an organisation), or the document itself when it belongs to none: an
interview is one conversation.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select

from sbcoder.core.project import Project
from sbcoder.db.models import Quotation, case_documents

PASSAGE_GAP = 500  # characters between two quotations of one passage, at most

__all__ = ["PASSAGE_GAP", "CodeStructure", "code_structure"]


@dataclass
class CodeStructure:
    """Per code id: codes in the same passages (count of quotation pairs), and the
    code's quotations per speaker."""

    nearby: dict[int, Counter[int]] = field(default_factory=dict)
    speakers: dict[int, Counter[str]] = field(default_factory=dict)


def code_structure(
    project: Project, code_ids: Iterable[int], codes_of: Mapping[int, set[int]]
) -> CodeStructure:
    """Passages and speakers of the codes `code_ids`, given the codes on each quotation
    (`codes_of`: quotation id -> code ids, as the caller read them). One read of the
    quotations' spans and the cases; no text is loaded."""
    wanted = set(code_ids)
    with project.session() as session:
        rows = session.execute(
            select(Quotation.id, Quotation.document_id, Quotation.start, Quotation.end)
        ).all()
        cases = session.execute(select(case_documents.c.document_id, case_documents.c.case_id))
        speakers_of: dict[int, list[str]] = defaultdict(list)
        for document_id, case_id in cases:
            speakers_of[document_id].append(f"case:{case_id}")
    result = CodeStructure()
    by_document: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for quotation_id, document_id, start, end in rows:
        codes = codes_of.get(quotation_id)
        if not codes:
            continue
        by_document[document_id].append((start, end, quotation_id))
        speakers = speakers_of.get(document_id) or [f"document:{document_id}"]
        for code_id in codes & wanted:
            counter = result.speakers.setdefault(code_id, Counter())
            for speaker in speakers:
                counter[speaker] += 1
    for spans in by_document.values():
        _count_passages(sorted(spans), codes_of, wanted, result.nearby)
    return result


def _count_passages(
    spans: list[tuple[int, int, int]],
    codes_of: Mapping[int, set[int]],
    wanted: set[int],
    nearby: dict[int, Counter[int]],
) -> None:
    """Count, for each pair of quotations of one passage (sorted by start), the pairs
    of different codes they carry; a code pair on one quotation is not counted here."""
    for i, (_start, end, quotation_id) in enumerate(spans):
        reach = end + PASSAGE_GAP
        codes = codes_of[quotation_id]
        for other_start, _other_end, other_id in spans[i + 1 :]:
            if other_start > reach:
                break
            other_codes = codes_of[other_id]
            for a in codes:
                for b in other_codes:
                    if a == b:
                        continue
                    if a in wanted:
                        nearby.setdefault(a, Counter())[b] += 1
                    if b in wanted:
                        nearby.setdefault(b, Counter())[a] += 1
