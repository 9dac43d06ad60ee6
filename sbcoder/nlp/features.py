"""What the suggestion features need from a text: content lemmas, noun phrases, a vector;
and the sentence/paragraph units that "find more like this" and agreement work on.

`TextFeatures` is plain data (JSON via `to_json`/`from_json`) so the core can cache it in
the project; `features_cache_key` says when such a cache is stale.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from sbcoder.nlp.dutch import is_content_word, normalise_lemma, repair_lookup_lemma, stop_words
from sbcoder.nlp.parallel import pipelines_for, run_split, worker_count
from sbcoder.nlp.pipeline import LoadedPipeline
from sbcoder.progress import Reporter, check_cancelled

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

FEATURES_VERSION = 2
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV", "X"})
# One letter per content lemma for its word class, so term weighting can trust nouns more
# than verbs and adverbs (zien, helpen, vanzelf match across every subject).
POS_LETTERS = {"NOUN": "N", "PROPN": "N", "VERB": "V", "ADJ": "A", "ADV": "R", "X": "X"}
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
    pos: the word class of each lemma as one letter (N noun, V verb, A adjective,
        R adverb, X other; see POS_LETTERS), or "" when the pipeline has no tagger.
    """

    lemmas: tuple[str, ...]
    noun_chunks: tuple[str, ...] = ()
    vector: tuple[float, ...] | None = None
    pos: str = ""

    def __post_init__(self) -> None:
        if self.pos and len(self.pos) != len(self.lemmas):
            raise ValueError(
                f"TextFeatures: {len(self.pos)} word classes for {len(self.lemmas)} lemmas"
            )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict (see `from_dict`)."""
        data: dict[str, Any] = {"v": FEATURES_VERSION, "l": list(self.lemmas)}
        if self.noun_chunks:
            data["c"] = list(self.noun_chunks)
        if self.vector is not None:
            data["x"] = [round(x, 5) for x in self.vector]
        if self.pos:
            data["p"] = self.pos
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TextFeatures:
        """Rebuild from `to_dict`; raises ValueError on data of another version or shape."""
        if not isinstance(data, dict) or data.get("v") != FEATURES_VERSION:
            raise ValueError(f"not TextFeatures version {FEATURES_VERSION}: {data!r:.80}")
        vector = data.get("x")
        try:
            return cls(
                lemmas=tuple(str(x) for x in data["l"]),
                noun_chunks=tuple(str(x) for x in data.get("c", ())),
                vector=tuple(float(x) for x in vector) if vector is not None else None,
                pos=str(data.get("p", "")),
            )
        except (KeyError, TypeError) as exc:
            raise ValueError(f"malformed TextFeatures: {data!r:.80}") from exc

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
    batch_size: int = 1000,
) -> list[TextFeatures]:
    """Features of each text, in order, through `nlp.pipe` in batches.

    Reports progress after every batch and raises `progress.Cancelled` between batches
    when the reporter says so. The parser is not run: noun phrases come from the POS
    tags (adjectives + nouns), which halves the time and gives the same phrases without
    determiners and prepositional tails. Identical texts (a quotation coded twice, a
    stock answer) are analysed once. Many texts on a trained pipeline are shared out
    over the CPU cores (`parallel`), each batch split between them.
    """
    total = len(texts)
    first_of: dict[str, int] = {}
    unique: list[str] = []
    for text in texts:
        if text not in first_of:
            first_of[text] = len(unique)
            unique.append(text)
    disable = [name for name in pipeline.nlp.pipe_names if name in _UNUSED_FOR_FEATURES]

    def work(nlp: Language, part: list[str]) -> list[TextFeatures]:
        docs = nlp.pipe(part, batch_size=min(len(part), 256) or 1, disable=disable)
        return [features_from_doc(doc, pipeline) for doc in docs]

    analysed: list[TextFeatures] = []
    check_cancelled(reporter)
    workers = worker_count(pipeline, len(unique))
    with pipeline.lock, ThreadPoolExecutor(workers) if workers > 1 else nullcontext() as pool:
        nlps = pipelines_for(pipeline, workers)
        step = batch_size * workers
        for start in range(0, len(unique), step):
            analysed.extend(run_split(nlps, unique[start : start + step], work, pool))
            if reporter is not None:
                done = total if len(analysed) == len(unique) else len(analysed)
                reporter.report(done, total, "Analysing texts")
            check_cancelled(reporter)
    return [analysed[first_of[text]] for text in texts]


# (lemma, word class letter, may extend a noun phrase) of a content token, None otherwise
_TokenInfo = tuple[str, str, bool] | None


def features_from_doc(doc: Doc, pipeline: LoadedPipeline) -> TextFeatures:
    """Features of one processed Doc (see `TextFeatures`).

    Tokens are read as hash rows (`Doc.to_array`), and what a (form, lemma, tag) row
    means is worked out once per pipeline and remembered: a project repeats the same few
    thousand words, so most tokens cost one dict lookup instead of a dozen string
    operations.
    """
    from spacy.attrs import LEMMA, LIKE_NUM, LOWER, POS

    memo = pipeline.token_memo
    strings = doc.vocab.strings
    lemmas: list[str] = []
    letters: list[str] = []
    chunks: list[str] = []
    run: list[str] = []  # the current adjective/noun run, for noun phrases
    run_letters: list[str] = []
    content_indices: list[int] = []
    for i, row in enumerate(doc.to_array([LOWER, LEMMA, POS, LIKE_NUM]).tolist()):
        key = tuple(row)
        if key in memo:
            info = memo[key]
        else:
            lower, lemma, pos, like_num = row
            info = memo[key] = _token_info(
                strings[lower],
                strings[lemma] if lemma else "",
                strings[pos] if pos else "",
                bool(like_num),
                pipeline,
            )
        if info is None:
            _close_run(run, run_letters, chunks)
            continue
        lemma_, letter, chunkable = info
        lemmas.append(lemma_)
        letters.append(letter)
        content_indices.append(i)
        if chunkable:
            run.append(lemma_)
            run_letters.append(letter)
        else:
            _close_run(run, run_letters, chunks)
    _close_run(run, run_letters, chunks)
    vector = None
    if pipeline.has_vectors:
        vectors = [doc[i].vector for i in content_indices if doc[i].has_vector]
        if vectors:
            import numpy as np

            vector = tuple(float(x) for x in np.mean(vectors, axis=0))
    pos = "".join(letters) if pipeline.has_pos else ""
    return TextFeatures(tuple(lemmas), tuple(chunks), vector, pos)


def _token_info(
    lower: str, raw_lemma: str, pos: str, like_num: bool, pipeline: LoadedPipeline
) -> _TokenInfo:
    if pipeline.has_pos and pos not in CONTENT_POS:
        return None
    if like_num or lower in stop_words():  # alleen -> "allee" in the lookup table
        return None
    lemma = lemma_from_strings(lower, raw_lemma, pos, pipeline)
    if not is_content_word(lemma):
        return None
    return lemma, POS_LETTERS.get(pos, "X"), pipeline.has_pos and pos in _CHUNK_POS


def _close_run(run: list[str], letters: list[str], chunks: list[str]) -> None:
    # A phrase needs a noun at the end; "sterke, zorgzame" alone is no phrase.
    if len(run) >= 2 and letters[-1] == "N":
        chunks.append(" ".join(run))
    run.clear()
    letters.clear()


def token_lemma(token: Any, pipeline: LoadedPipeline) -> str:
    """The pipeline's lemma, checked against the lookup table (see LoadedPipeline)."""
    return lemma_from_strings(token.lower_, token.lemma_, token.pos_, pipeline)


def lemma_from_strings(lower: str, raw_lemma: str, pos: str, pipeline: LoadedPipeline) -> str:
    """`token_lemma` from a token's lower-case form, raw lemma and POS tag."""
    lemma = normalise_lemma(raw_lemma or lower)
    known = pipeline.known_lemmas
    if not known or lemma in known or pos == "PROPN":
        return lemma
    looked_up = pipeline.lemma_lookup.get(lower)
    if looked_up is not None:
        return normalise_lemma(looked_up)
    # Unknown to the table: a compound (bewonersavond) or a form the table lacks.
    repaired = repair_lookup_lemma(lower, lower, lambda x: known.get(x, 0))
    return repaired if repaired != lower else lemma


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
