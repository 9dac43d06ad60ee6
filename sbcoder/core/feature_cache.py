"""The spaCy features of each quotation's text, cached in the project under the
pipeline's cache key and the text's SHA-256: a re-run only analyses quotations that are
new or whose span changed, and a damaged entry is recomputed."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy import delete, func, insert, select

from sbcoder.core.project import Project
from sbcoder.db.models import Document, Quotation, QuotationFeatures
from sbcoder.nlp import (
    LoadedPipeline,
    TextFeatures,
    analyse_texts,
    features_cache_key,
    get_pipeline,
)
from sbcoder.progress import Reporter

__all__ = ["quotation_features"]


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def quotation_features(
    project: Project,
    quotation_ids: Sequence[int] | None = None,
    pipeline: LoadedPipeline | None = None,
    reporter: Reporter | None = None,
) -> dict[int, TextFeatures]:
    """Features of quotations' texts, from the cache where it is fresh, else analysed
    (with progress and Cancel) and stored. The cache is not an undoable edit."""
    pipeline = pipeline or get_pipeline()
    key = features_cache_key(pipeline)
    text_of = func.substr(Document.text, Quotation.start + 1, Quotation.end - Quotation.start)
    with project.session() as session:
        query = select(Quotation.id, text_of).join(Document, Document.id == Quotation.document_id)
        if quotation_ids is not None:
            query = query.where(Quotation.id.in_(list(quotation_ids)))
        texts = dict(session.execute(query).all())
        cached = {
            qid: (sha, pipe, data)
            for qid, sha, pipe, data in session.execute(
                select(
                    QuotationFeatures.quotation_id,
                    QuotationFeatures.text_sha256,
                    QuotationFeatures.pipeline,
                    QuotationFeatures.data,
                )
            )
            if qid in texts
        }
    result: dict[int, TextFeatures] = {}
    stale: list[int] = []
    for qid, text in texts.items():
        entry = cached.get(qid)
        if entry and entry[1] == key and entry[0] == _sha(text):
            try:
                result[qid] = TextFeatures.from_json(entry[2])
                continue
            except ValueError:
                pass  # a damaged cache entry is simply recomputed
        stale.append(qid)
    if stale:
        analysed = analyse_texts([texts[q] for q in stale], pipeline, reporter)
        rows = [
            {"quotation_id": q, "text_sha256": _sha(texts[q]), "pipeline": key, "data": f.to_json()}
            for q, f in zip(stale, analysed, strict=True)
        ]
        with project.transaction() as session:
            session.execute(
                delete(QuotationFeatures).where(QuotationFeatures.quotation_id.in_(stale))
            )
            session.execute(insert(QuotationFeatures), rows)
        result.update(zip(stale, analysed, strict=True))
    return result
