"""How other tools count text positions in REFI-QDA files, and converting them.

REFI-QDA counts Unicode code points in the source file as stored. NVivo counts UTF-16
code units (an emoji is two) and, on Windows, a CRLF line end as two. Other tools may
count after turning CRLF into LF. Read in the wrong unit, every selection after the
first emoji or line break drifts. We therefore try each plausible reading and keep the
one that puts selection boundaries between words most often, starting from what the
file's ``origin`` suggests.

The source text we keep is normalised to ``"\\n"`` line ends, so every reading is
expressed as a map from the tool's offsets to offsets in that normalised text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from heapq import merge

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class PositionDialect(StrEnum):
    """A way of counting positions in a source text."""

    CODEPOINTS = "codepoints"  # REFI-QDA: code points of the file as stored (CRLF = 2)
    CODEPOINTS_LF = "codepoints-lf"  # code points after CRLF -> LF
    UTF16 = "utf16"  # UTF-16 units of the file as stored (NVivo for Windows)
    UTF16_LF = "utf16-lf"  # UTF-16 units after CRLF -> LF


# Preference among equally good readings, after the one the origin suggests.
_FALLBACK_ORDER = (
    PositionDialect.CODEPOINTS,
    PositionDialect.UTF16,
    PositionDialect.CODEPOINTS_LF,
    PositionDialect.UTF16_LF,
)


_LF_VARIANTS = (PositionDialect.CODEPOINTS_LF, PositionDialect.UTF16_LF)
_UTF16_VARIANTS = (PositionDialect.UTF16, PositionDialect.UTF16_LF)
# Enough boundaries to tell the readings apart with certainty, few enough to stay fast.
_MAX_SAMPLED_SPANS = 5000


def _sample(
    texts: Sequence[tuple[PreparedText, Sequence[tuple[int, int]]]],
) -> list[tuple[PreparedText, Sequence[tuple[int, int]]]]:
    """Every k-th selection of every source, so that at most about 5000 are scored."""
    total = sum(len(spans) for _, spans in texts)
    stride = max(1, -(-total // _MAX_SAMPLED_SPANS))
    return [(prepared, spans[::stride]) for prepared, spans in texts if spans]


def dialect_for_origin(origin: str) -> PositionDialect:
    """The dialect a tool is known to write, by the ``origin`` attribute of its file."""
    if "nvivo" in origin.casefold():
        return PositionDialect.UTF16
    return PositionDialect.CODEPOINTS


@dataclass(slots=True)
class PreparedText:
    """A source's text as read (BOM removed) and the facts conversions need.

    ``text`` is normalised to LF. ``astral`` holds the indexes (in ``text``) of
    characters outside the BMP; ``crlf`` the indexes of the LF that stand for a CRLF.
    """

    text: str
    astral: list[int]
    crlf: list[int]

    @classmethod
    def from_raw(cls, raw: str) -> PreparedText:
        """Prepare ``raw`` (BOM already removed), normalising its line ends."""
        crlf: list[int] = []
        if "\r" in raw:
            crlf = [match.start() - number for number, match in enumerate(re.finditer("\r\n", raw))]
            text = raw.replace("\r\n", "\n").replace("\r", "\n")
        else:
            text = raw
        astral = [match.start() for match in _ASTRAL.finditer(text)] if not text.isascii() else []
        return cls(text=text, astral=astral, crlf=crlf)

    def wide_chars(self, dialect: PositionDialect) -> list[int]:
        """Indexes of the characters that count as two units in ``dialect``, sorted."""
        utf16 = dialect in (PositionDialect.UTF16, PositionDialect.UTF16_LF)
        raw_newlines = dialect in (PositionDialect.CODEPOINTS, PositionDialect.UTF16)
        if utf16 and raw_newlines:
            return list(merge(self.astral, self.crlf))
        if utf16:
            return self.astral
        if raw_newlines:
            return self.crlf
        return []


class OffsetMap:
    """Maps a dialect's offsets to indexes in the normalised text.

    A character listed in ``wide`` takes two units, every other one. An offset that
    falls inside a wide character (half a surrogate pair, between CR and LF) is
    *split*: a start is moved before that character, an end after it, so the
    quotation never loses what the other tool showed.
    """

    def __init__(self, wide: Sequence[int], length: int) -> None:
        self.wide = wide
        self.length = length
        # after[j]: the unit offset just after the j-th wide character.
        self.after = [index + number + 2 for number, index in enumerate(wide)]
        self.total_units = length + len(wide)

    def convert(self, offset: int, *, is_end: bool) -> tuple[int, bool]:
        """(index in the text, whether the offset split a character)."""
        if not self.wide:
            return offset, False
        before = bisect_right(self.after, offset)
        index = offset - before
        split = before < len(self.wide) and self.after[before] - 1 == offset
        if split and not is_end:
            index -= 1
        return index, split


@dataclass(slots=True)
class DialectScore:
    """How well one reading fits: boundaries at word edges, and impossible ones."""

    dialect: PositionDialect
    at_word_edge: int = 0
    impossible: int = 0  # beyond the text, or splitting a character
    boundaries: int = 0


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def at_word_edge(text: str, index: int) -> bool:
    """Whether ``index`` is not inside a word (between two letters or digits)."""
    if index <= 0 or index >= len(text):
        return True
    return not (_is_word_char(text[index - 1]) and _is_word_char(text[index]))


def score_dialect(
    dialect: PositionDialect,
    texts: Iterable[tuple[PreparedText, Sequence[tuple[int, int]]]],
) -> DialectScore:
    """Score one reading over every source's (start, end) selections."""
    score = DialectScore(dialect)
    for prepared, spans in texts:
        mapping = OffsetMap(prepared.wide_chars(dialect), len(prepared.text))
        text = prepared.text
        for start, end in spans:
            for offset, is_end in ((start, False), (end, True)):
                score.boundaries += 1
                if offset < 0 or offset > mapping.total_units:
                    score.impossible += 1
                    continue
                index, split = mapping.convert(offset, is_end=is_end)
                if split:
                    score.impossible += 1
                elif at_word_edge(text, index):
                    score.at_word_edge += 1
    return score


@dataclass(slots=True)
class DialectChoice:
    """The chosen reading, why, and the scores it was chosen from."""

    dialect: PositionDialect
    reason: str
    scores: list[DialectScore]


def detect_dialect(
    origin: str,
    texts: Sequence[tuple[PreparedText, Sequence[tuple[int, int]]]],
) -> DialectChoice:
    """Choose how the file counted positions.

    Files written by sbcoder are taken at their word (code points). Otherwise every
    reading that actually differs for these texts is scored; the one suggested by
    the origin wins unless another has fewer impossible boundaries, or clearly more
    boundaries at word edges (by at least 2 and 5 % of all boundaries).
    """
    suggested = dialect_for_origin(origin)
    if origin.casefold().startswith("sbcoder"):
        return DialectChoice(PositionDialect.CODEPOINTS, "written by sbcoder", [])
    has_crlf = any(prepared.crlf for prepared, spans in texts if spans)
    has_astral = any(prepared.astral for prepared, spans in texts if spans)
    if not has_crlf and not has_astral:
        reason = "every reading agrees: no line break CRLF or emoji precedes a selection"
        return DialectChoice(suggested, reason, [])
    candidates = [suggested, *[d for d in _FALLBACK_ORDER if d != suggested]]
    if not has_crlf:  # the LF variants read exactly like their plain twins
        candidates = [d for d in candidates if d not in _LF_VARIANTS or d == suggested]
    if not has_astral:  # UTF-16 reads exactly like code points
        candidates = [d for d in candidates if d not in _UTF16_VARIANTS or d == suggested]
    sample = _sample(texts)
    scores = [score_dialect(dialect, sample) for dialect in candidates]
    fewest_impossible = min(score.impossible for score in scores)
    viable = [score for score in scores if score.impossible == fewest_impossible]
    best = max(viable, key=lambda score: score.at_word_edge)  # first of ties = preferred
    chosen = best
    prior = scores[0]
    margin = max(2, round(0.05 * prior.boundaries))
    if prior in viable and prior.at_word_edge + margin > best.at_word_edge:
        chosen = prior
    total = chosen.boundaries
    reason = (
        f"{chosen.at_word_edge} of {total} selection boundaries fall between words "
        f"when counted as {chosen.dialect.value}"
    )
    if chosen is prior:
        reason += f" (the reading expected from origin {origin!r})" if origin else ""
    else:
        reason += f", against {prior.at_word_edge} as {prior.dialect.value}"
    return DialectChoice(chosen.dialect, reason, scores)
