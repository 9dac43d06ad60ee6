"""Where codes are used in the project, for theme suggestion (`nlp.structure`): which
codes are applied in the same passages, and by which speakers.

A passage is a stretch of one document: two quotations are in the same passage when
they overlap or lie at most `PASSAGE_GAP` characters apart (about a paragraph of a
transcript, a speaker's turn). A speaker is a document: an interview is one
conversation with one respondent or group. Not a case: in an evaluation like the Samen
Buurten 0-meting a case is an initiative with many respondents, and codes would be
grouped by the site they come from rather than by what they are about.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select

from sbcoder.core.project import Project
from sbcoder.db.models import Quotation

PASSAGE_GAP = 500  # characters between two quotations of one passage, at most

__all__ = ["PASSAGE_GAP", "CodeStructure", "code_structure"]


@dataclass
class CodeStructure:
    """Per code id: codes in the same passages (count of quotation pairs), and the
    code's quotations per speaker (document id)."""

    nearby: dict[int, Counter[int]] = field(default_factory=dict)
    speakers: dict[int, Counter[int]] = field(default_factory=dict)


def code_structure(
    project: Project, code_ids: Iterable[int], codes_of: Mapping[int, set[int]]
) -> CodeStructure:
    """Passages and speakers of the codes `code_ids`, given the codes on each quotation
    (`codes_of`: quotation id -> code ids, as the caller read them). One read of the
    quotations' spans; no text is loaded."""
    wanted = set(code_ids)
    with project.session() as session:
        rows = session.execute(
            select(Quotation.id, Quotation.document_id, Quotation.start, Quotation.end)
        ).all()
    result = CodeStructure()
    by_document: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for quotation_id, document_id, start, end in rows:
        codes = codes_of.get(quotation_id)
        if not codes:
            continue
        by_document[document_id].append((start, end, quotation_id))
        for code_id in codes & wanted:
            result.speakers.setdefault(code_id, Counter())[document_id] += 1
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
        for j in range(i + 1, len(spans)):  # no slice: a document may hold thousands
            other_start, _other_end, other_id = spans[j]
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
