"""Lemma search: `vertrouwen` finds vertrouwde, vertrouwt, and with compounds also
buurtvertrouwen and vertrouwensband.

A text token matches a query word when its lemma is one of the query's lemmas or its
form is one of the regular Dutch forms of those lemmas (`dutch.inflected_forms`): the
second path catches what a lemmatizer gets wrong, on every pipeline. Token lemmas of a
document can be cached (`TokenIndex`, JSON) so a search does not run spaCy again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from sbcoder.nlp.dutch import inflected_forms, normalise_lemma, stop_words
from sbcoder.nlp.features import split_units, token_lemma
from sbcoder.nlp.pipeline import LoadedPipeline
from sbcoder.progress import Reporter, check_cancelled

_LINKS = ("", "s", "en", "e", "er", "-")
_MIN_REST = 3  # the other part of a compound: "buurt" in buurtvertrouwen


class SearchError(ValueError):
    """A query that cannot be searched (empty, or only punctuation)."""


@dataclass(frozen=True)
class Hit:
    doc_id: int
    start: int  # code point offsets into the document text, end exclusive
    end: int
    matched_text: str  # text[start:end]
    matches: tuple[tuple[int, int], ...] = ()  # the matching words inside an expanded hit


@dataclass(frozen=True)
class TokenIndex:
    """Word tokens of one document with their lemmas: a search cache for the project."""

    tokens: tuple[tuple[int, int, str], ...]  # (start, end, normalised lemma)

    def to_json(self) -> str:
        """Compact JSON text."""
        return json.dumps([list(t) for t in self.tokens], ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> TokenIndex:
        """Rebuild from `to_json`; raises ValueError on anything else."""
        try:
            rows = json.loads(text)
            return cls(tuple((int(s), int(e), str(lemma)) for s, e, lemma in rows))
        except (ValueError, TypeError) as exc:
            raise ValueError(f"not a TokenIndex: {exc}") from exc


def index_texts(
    texts: Mapping[int, str], pipeline: LoadedPipeline, reporter: Reporter | None = None
) -> dict[int, TokenIndex]:
    """Token lemmas of each document (the slow part of a search; cache the result)."""
    disable = [n for n in pipeline.nlp.pipe_names if n in ("parser", "ner", "senter")]
    result: dict[int, TokenIndex] = {}
    total = len(texts)
    for done, (doc_id, text) in enumerate(texts.items(), start=1):
        check_cancelled(reporter)
        with pipeline.lock:
            doc = pipeline.nlp(text, disable=disable) if text else None
        tokens = []
        for token in doc or ():
            if token.is_alpha or any(ch.isalpha() for ch in token.text):
                lemma = token_lemma(token, pipeline)
                tokens.append((token.idx, token.idx + len(token.text), lemma))
        result[doc_id] = TokenIndex(tuple(tokens))
        if reporter is not None:
            reporter.report(done, total, "Indexing lemmas")
    return result


@dataclass(frozen=True)
class _QueryWord:
    lemmas: frozenset[str]
    forms: frozenset[str]

    def matches(self, form: str, lemma: str, compounds: bool) -> bool:
        if lemma in self.lemmas or form in self.forms:
            return True
        return compounds and (_compound_match(form, self) or _compound_match(lemma, self))


def _compound_match(word: str, query: _QueryWord) -> bool:
    for lemma in query.lemmas:
        if len(lemma) < 4 or len(word) < len(lemma) + _MIN_REST:
            continue
        # As head: buurtvertrouwen, bewonersavonden (the head may be inflected).
        for form in query.forms:
            if word.endswith(form) and len(word) - len(form) >= _MIN_REST:
                return True
        # As modifier: vertrouwensband, eigenaarschapsgevoel.
        for link in _LINKS:
            joint = lemma + link
            if word.startswith(joint) and len(word) - len(joint) >= _MIN_REST:
                return True
    return False


def _query_words(query: str, pipeline: LoadedPipeline) -> list[_QueryWord]:
    words = re.findall(r"[^\W\d_][\w'’-]*", query)
    if not words:
        raise SearchError(f"nothing to search for in {query!r}")
    with pipeline.lock:
        doc = pipeline.nlp(" ".join(words))
    result = []
    for token in doc:
        form = token.lower_
        lemmas = {form, normalise_lemma(token.lemma_ or form), token_lemma(token, pipeline)}
        looked_up = pipeline.lemma_lookup.get(form)
        if looked_up:
            lemmas.add(normalise_lemma(looked_up))
        lemmas = {lemma for lemma in lemmas if lemma}
        forms: set[str] = set()
        for lemma in lemmas:
            forms |= inflected_forms(lemma)
        result.append(_QueryWord(frozenset(lemmas), frozenset(forms)))
    return result


def lemma_search(
    texts: Mapping[int, str],
    query: str,
    pipeline: LoadedPipeline,
    compounds: bool = False,
    expand: Literal["sentence", "paragraph"] | None = None,
    index: dict[int, TokenIndex] | None = None,
    reporter: Reporter | None = None,
) -> list[Hit]:
    """Places where `query` occurs in any inflected form, in document order.

    A query of several words matches them as consecutive words. compounds=True also
    finds the query as part of a compound. expand widens each hit to its sentence or
    paragraph (several hits in one unit become one Hit with all `matches`).
    index: token lemmas by doc id; documents missing from it are indexed and added, so
    the caller can store them. Raises SearchError for a query without words.
    """
    if expand not in (None, "sentence", "paragraph"):
        raise ValueError(f"unknown expand {expand!r}: use None, 'sentence' or 'paragraph'")
    words = _query_words(query, pipeline)
    if all(w.lemmas <= stop_words() for w in words) and len(words) == 1:
        compounds = False  # "de" inside every compound would match everything
    index = index if index is not None else {}
    missing = {doc_id: texts[doc_id] for doc_id in texts if doc_id not in index}
    if missing:
        index.update(index_texts(missing, pipeline, reporter))
    hits: list[Hit] = []
    for doc_id, text in texts.items():
        check_cancelled(reporter)
        spans = _find(text, index[doc_id].tokens, words, compounds)
        hits.extend(_expand(doc_id, text, spans, expand, pipeline))
    return hits


def _find(
    text: str, tokens: tuple[tuple[int, int, str], ...], words: list[_QueryWord], compounds: bool
) -> list[tuple[int, int]]:
    spans = []
    n = len(words)
    for i in range(len(tokens) - n + 1):
        if all(
            words[k].matches(
                text[tokens[i + k][0] : tokens[i + k][1]].lower(), tokens[i + k][2], compounds
            )
            for k in range(n)
        ):
            spans.append((tokens[i][0], tokens[i + n - 1][1]))
    return spans


def _expand(
    doc_id: int,
    text: str,
    spans: list[tuple[int, int]],
    expand: Literal["sentence", "paragraph"] | None,
    pipeline: LoadedPipeline,
) -> list[Hit]:
    if not spans:
        return []
    if expand is None:
        return [Hit(doc_id, s, e, text[s:e], ((s, e),)) for s, e in spans]
    hits = []
    units = split_units(text, expand, pipeline)
    for unit_start, unit_end in units:
        inside = tuple((s, e) for s, e in spans if s < unit_end and e > unit_start)
        if inside:
            start, end = min(unit_start, inside[0][0]), max(unit_end, inside[-1][1])
            hits.append(Hit(doc_id, start, end, text[start:end], inside))
    return hits
