"""Paragraph and sentence units for agreement at sentence or paragraph level.

Callers with a spaCy pipeline may compute sentences themselves and pass those; these
functions are the dependency-free default and fallback. Every unit is a (start, end)
code point range, end exclusive, trimmed of surrounding whitespace, never empty; units come
sorted and never overlap, which is what `compute_agreement` requires.
"""

from __future__ import annotations

import re
from typing import Literal

__all__ = ["paragraph_units", "sentence_units"]

# The characters str.splitlines() breaks on; transcripts are normalised to "\n", but
# text pasted from elsewhere may still carry the others.
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LINE = re.compile(f"[^{_LINE_BREAKS}]+")

# Sentence-final punctuation, any closing quotes or brackets, then whitespace and the first
# character of what follows (captured inside the look-ahead so it is not consumed).
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+(\S))")
_WORD_BEFORE = re.compile(r"(\S*)$")

# Abbreviations after which a full stop rarely ends a sentence (lower case, without the
# final dot). Words with an inner dot (o.a., d.w.z., i.p.v.) and single letters (initials)
# are recognised without this list. "enz." and "etc." are left out on purpose: they end
# sentences about as often as not, and the capital that follows decides.
_ABBREVIATION_WORDS = """
    bijv bv ca dhr mevr mw mr dr drs ir ing prof nr nrs blz pag evt incl excl jl vs zgn
    vgl resp ong tel afd st mln mld max min e.g i.e mrs ms fig no vol
"""
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())


def _trimmed_lines(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The non-blank lines of text[start:end], each trimmed of surrounding whitespace."""
    lines = []
    for match in _LINE.finditer(text, start, len(text) if end is None else end):
        line = match.group()
        stripped = line.strip()
        if stripped:
            line_start = match.start() + len(line) - len(line.lstrip())
            lines.append((line_start, line_start + len(stripped)))
    return lines


def paragraph_units(
    text: str, *, separator: Literal["line", "blank_line"] = "line"
) -> list[tuple[int, int]]:
    """The paragraphs of `text` as (start, end) code point ranges.

    With `separator="line"` (the default) every non-blank line is a paragraph: imported
    Word/ODT documents and most transcripts put one paragraph (one speaker turn) on a line,
    as ATLAS.ti and MAXQDA count them. With `"blank_line"` paragraphs are separated by
    blank lines, for hard-wrapped plain text.
    """
    if separator not in ("line", "blank_line"):
        raise ValueError(f"Unknown paragraph separator {separator!r}; use 'line' or 'blank_line'")
    lines = _trimmed_lines(text)
    if separator == "line" or not lines:
        return lines
    paragraphs = [lines[0]]
    for line_start, line_end in lines[1:]:
        between = text[paragraphs[-1][1] : line_start]
        # Two or more line breaks between non-blank lines means a blank line lies between.
        if sum(between.count(mark) for mark in _LINE_BREAKS) - between.count("\r\n") >= 2:
            paragraphs.append((line_start, line_end))
        else:
            paragraphs[-1] = (paragraphs[-1][0], line_end)
    return paragraphs


def _ends_sentence(text: str, sentence_start: int, match: re.Match[str]) -> bool:
    """Whether the punctuation in `match` ends a sentence, by simple rules of thumb."""
    following = match.group(1)
    if following.islower():
        return False
    if not match.group().startswith(".") or match.group().rstrip("\"'”’»)]") != ".":
        return True  # '?', '!', '…' or '...' end a sentence before any non-lowercase start
    word = _WORD_BEFORE.search(text, sentence_start, match.start()).group(1)
    word = word.lstrip("\"'“‘«([")
    if not word:
        return True
    if "." in word or (len(word) == 1 and word.isalpha()):
        return False  # o.a. / d.w.z. / initials such as "J. Jansen"
    if word.lower() in _ABBREVIATIONS:
        return False
    # "1. Inleiding" at the start of a line is a numbered heading, not a sentence of its own.
    return not (word.isdigit() and match.start() - len(word) == sentence_start)


def sentence_units(text: str) -> list[tuple[int, int]]:
    """The sentences of `text` as (start, end) code point ranges, by a regular expression.

    A fallback for when no spaCy pipeline with a parser or senter is at hand. A sentence ends
    at '.', '!', '?' or '…' (with any closing quotes or brackets) followed by whitespace and
    a character that is not lower case — unless the full stop belongs to a common Dutch or
    English abbreviation or an initial — and always at a line break, because a new line in
    a transcript is a new speaker turn or paragraph.
    """
    sentences: list[tuple[int, int]] = []
    for line_start, line_end in _trimmed_lines(text):
        sentence_start = line_start
        for match in _SENTENCE_END.finditer(text, line_start, line_end):
            if _ends_sentence(text, sentence_start, match):
                sentences.append((sentence_start, match.end()))
                sentence_start = match.start(1)
        sentences.append((sentence_start, line_end))
    return sentences
