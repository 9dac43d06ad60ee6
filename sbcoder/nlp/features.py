"""What the suggestion features need from a text: content lemmas, noun phrases, a vector;
and the sentence/paragraph units that "find more like this" and agreement work on.

`TextFeatures` is plain data (JSON via `to_json`/`from_json`) so the core can cache it in
the project; `features_cache_key` says when such a cache is stale.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from sbcoder.nlp.dutch import is_content_word, normalise_lemma, repair_lookup_lemma, stop_words
from sbcoder.nlp.pipeline import LoadedPipeline
from sbcoder.progress import Reporter, check_cancelled

if TYPE_CHECKING:
    from spacy.tokens import Doc

FEATURES_VERSION = 1
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV", "X"})
_CHUNK_POS = frozenset({"ADJ", "NOUN", "PROPN"})
# Components whose output features do not use: the parser alone is half the run time.
_UNUSED_FOR_FEATURES = ("parser", "ner", "senter", "entity_ruler", "entity_linker", "textcat")

Unit = Literal["sentence", "paragraph"]


@dataclass(frozen=True)
class TextFeatures:
    """Content words of one text, ready for term weighting.

    lemmas: normalised content lemmas in text order (repeats kept: counts matter).
    noun_chunks: multi-word noun phrases as lemma strings ("duurzaam contact").
    vector: mean word vector of the content words, when the pipeline has vectors.
    """

    lemmas: tuple[str, ...]
    noun_chunks: tuple[str, ...] = ()
    vector: tuple[float, ...] | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict (see `from_dict`)."""
        data: dict[str, Any] = {"v": FEATURES_VERSION, "l": list(self.lemmas)}
        if self.noun_chunks:
            data["c"] = list(self.noun_chunks)
        if self.vector is not None:
            data["x"] = [round(x, 5) for x in self.vector]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TextFeatures:
        """Rebuild from `to_dict`; raises ValueError on data of another version or shape."""
        if not isinstance(data, dict) or data.get("v") != FEATURES_VERSION:
            raise ValueError(f"not TextFeatures version {FEATURES_VERSION}: {data!r:.80}")
        vector = data.get("x")
        return cls(
            lemmas=tuple(str(x) for x in data["l"]),
            noun_chunks=tuple(str(x) for x in data.get("c", ())),
            vector=tuple(float(x) for x in vector) if vector is not None else None,
        )

    def to_json(self) -> str:
        """Compact JSON text for a cache column."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> TextFeatures:
        """Rebuild from `to_json`; raises ValueError on anything else."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"cached TextFeatures are not JSON: {exc}") from exc
        return cls.from_dict(data)


def features_cache_key(pipeline: LoadedPipeline) -> str:
    """Features depend on the pipeline and this module: a cache made under another key
    must be recomputed."""
    return f"{pipeline.name}|features-v{FEATURES_VERSION}"


def analyse_texts(
    texts: Sequence[str],
    pipeline: LoadedPipeline,
    reporter: Reporter | None = None,
    batch_size: int = 256,
) -> list[TextFeatures]:
    """Features of each text, in order, through `nlp.pipe` in batches.

    Reports progress after every batch and raises `progress.Cancelled` between batches
    when the reporter says so. The parser is not run: noun phrases come from the POS
    tags (adjectives + nouns), which halves the time and gives the same phrases without
    determiners and prepositional tails.
    """
    nlp = pipeline.nlp
    disable = [name for name in nlp.pipe_names if name in _UNUSED_FOR_FEATURES]
    total = len(texts)
    results: list[TextFeatures] = []
    check_cancelled(reporter)
    for start in range(0, total, batch_size):
        batch = texts[start : start + batch_size]
        with pipeline.lock:
            docs = list(nlp.pipe(batch, batch_size=batch_size, disable=disable))
        results.extend(features_from_doc(doc, pipeline) for doc in docs)
        if reporter is not None:
            reporter.report(len(results), total, "Analysing texts")
        check_cancelled(reporter)
    return results


def features_from_doc(doc: Doc, pipeline: LoadedPipeline) -> TextFeatures:
    """Features of one processed Doc (see `TextFeatures`)."""
    lemmas: list[str] = []
    chunks: list[str] = []
    run: list[str] = []  # the current adjective/noun run, for noun phrases
    vectors = []
    for token in doc:
        lemma = token_lemma(token, pipeline)
        content = (
            (not pipeline.has_pos or token.pos_ in CONTENT_POS)
            and not token.like_num
            and is_content_word(lemma)
            and token.lower_ not in stop_words()  # alleen -> "allee" in the lookup table
        )
        if content:
            lemmas.append(lemma)
            if pipeline.has_vectors and token.has_vector:
                vectors.append(token.vector)
        if pipeline.has_pos and content and token.pos_ in _CHUNK_POS:
            run.append(lemma)
            continue
        _close_run(run, chunks)
    _close_run(run, chunks)
    vector = None
    if vectors:
        import numpy as np

        vector = tuple(float(x) for x in np.mean(vectors, axis=0))
    return TextFeatures(tuple(lemmas), tuple(chunks), vector)


def _close_run(run: list[str], chunks: list[str]) -> None:
    # A phrase needs a noun at the end; "sterke, zorgzame" alone is no phrase.
    if len(run) >= 2:
        chunks.append(" ".join(run))
    run.clear()


def token_lemma(token: Any, pipeline: LoadedPipeline) -> str:
    """The pipeline's lemma, checked against the lookup table (see LoadedPipeline)."""
    lemma = normalise_lemma(token.lemma_ or token.text)
    known = pipeline.known_lemmas
    if not known or lemma in known or token.pos_ == "PROPN":
        return lemma
    form = token.lower_
    looked_up = pipeline.lemma_lookup.get(form)
    if looked_up is not None:
        return normalise_lemma(looked_up)
    # Unknown to the table: a compound (bewonersavond) or a form the table lacks.
    repaired = repair_lookup_lemma(form, form, lambda x: known.get(x, 0))
    return repaired if repaired != form else lemma


def lemmas_of(text: str, pipeline: LoadedPipeline) -> TextFeatures:
    """Features of one short text (a code name and description, a search query)."""
    return analyse_texts([text], pipeline)[0]


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")
_CONTINUES = re.compile(r"[,\-–(]$")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs as (start, end) code point offsets, whitespace trimmed.

    A blank line always ends a paragraph. A single line break does too, unless the line
    was wrapped, as in text taken from PDFs: it ends without a full stop and the next
    line starts in lower case or with a digit, or the line ends in a comma or hyphen.
    Transcripts with one turn per line and documents with one paragraph per line keep
    their lines.
    """
    spans: list[tuple[int, int]] = []
    for block_start, block_end in _split_keep_offsets(text, _BLANK_LINE):
        start = None
        pos = block_start
        lines = text[block_start:block_end].split("\n")
        for i, line in enumerate(lines):
            line_start, line_end = pos, pos + len(line)
            pos = line_end + 1
            if line.strip() and start is None:
                start = line_start
            next_line = lines[i + 1].lstrip() if i + 1 < len(lines) else ""
            stripped = line.rstrip()
            wrapped = (
                bool(stripped)
                and bool(next_line)
                and not _SENTENCE_END.search(stripped)
                and (_starts_low(next_line) or _CONTINUES.search(stripped) is not None)
            )
            if start is not None and not wrapped:
                spans.append(_trim(text, start, line_end))
                start = None
    return [span for span in spans if span[1] > span[0]]


def _starts_low(line: str) -> bool:
    first = line.lstrip("“\"‘'(")[:1]
    return first.islower() or first.isdigit()


def _split_keep_offsets(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    blocks, last = [], 0
    for match in pattern.finditer(text):
        blocks.append((last, match.start()))
        last = match.end()
    blocks.append((last, len(text)))
    return blocks


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_sentencizer: Any = None


def split_units(text: str, unit: Unit, pipeline: LoadedPipeline) -> list[tuple[int, int]]:
    """Sentences or paragraphs of `text` as (start, end) code point offsets, end exclusive.

    Sentences never cross a paragraph boundary. They come from spaCy's rule-based
    sentencizer over the pipeline's tokenizer, not from the parser: the units are then the
    same whichever pipeline a coder has (agreement by sentence compares them), and a long
    transcript splits in milliseconds.
    """
    paragraphs = paragraph_spans(text)
    if unit == "paragraph":
        return paragraphs
    if unit != "sentence":
        raise ValueError(f"unknown unit {unit!r}: use 'sentence' or 'paragraph'")
    global _sentencizer
    if _sentencizer is None:
        from spacy.pipeline import Sentencizer

        _sentencizer = Sentencizer()
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs:
        with pipeline.lock:
            doc = _sentencizer(pipeline.nlp.make_doc(text[p_start:p_end]))
        for sent in doc.sents:
            start, end = _trim(text, p_start + sent.start_char, p_start + sent.end_char)
            if end > start:
                spans.append((start, end))
    return spans
