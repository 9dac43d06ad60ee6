"""The one place where Qt's UTF-16 positions and the project's code point offsets meet.

The project stores Unicode code point offsets (Python `str` indices); Qt's text classes
count UTF-16 code units, in which every character outside the Basic Multilingual Plane
(emoji, 𝔸, 𠀀 …) takes two units. Everything else — combining accents included — is one
unit in both, so the two counts differ only by the number of astral characters before
a position. `PositionMap` records where those characters are and converts with a
binary search; a text without any is converted by identity.

This module is deliberately Qt-free so it can be tested and reasoned about on its own.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import numpy as np

# The first code point that needs a surrogate pair in UTF-16.
_FIRST_ASTRAL = 0x10000


class PositionMap:
    """Converts between code point offsets and UTF-16 offsets of one text.

    Building the map is O(n) with numpy (a few milliseconds for a million characters);
    each conversion is O(log k) for k astral characters, O(1) when there are none.
    Offsets run from 0 to the length inclusive (the position after the last character).
    """

    __slots__ = ("_astral_cps", "_astral_u16", "codepoint_length", "utf16_length")

    def __init__(self, text: str) -> None:
        """Index the astral characters of `text`."""
        self.codepoint_length = len(text)
        # UTF-32 gives one integer per code point, so numpy can find astral ones at C speed.
        # An all-BMP text (the common case) is detected first by a cheaper test: its
        # UTF-16 form has exactly two bytes per character.
        if text.isascii() or len(text.encode("utf-16-le")) == 2 * len(text):
            astral = np.empty(0, dtype=np.int64)
        else:
            code_points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
            astral = np.flatnonzero(code_points >= _FIRST_ASTRAL)
        # Plain lists: bisect on a list beats numpy scalar calls by far for single lookups.
        self._astral_cps: list[int] = astral.tolist()
        # Where each astral character starts in UTF-16: its code point offset plus one
        # extra unit for every astral character before it.
        self._astral_u16: list[int] = (astral + np.arange(len(astral))).tolist()
        self.utf16_length = self.codepoint_length + len(self._astral_cps)

    @property
    def is_identity(self) -> bool:
        """True when the text has no astral characters, so both counts agree everywhere."""
        return not self._astral_cps

    def to_utf16(self, cp: int) -> int:
        """The UTF-16 offset of code point offset `cp` (0 ≤ cp ≤ length)."""
        if not 0 <= cp <= self.codepoint_length:
            raise ValueError(
                f"code point offset {cp} outside the text (0..{self.codepoint_length})"
            )
        if not self._astral_cps:
            return cp
        return cp + bisect_left(self._astral_cps, cp)

    def to_codepoint(self, u16: int) -> int:
        """The code point offset of UTF-16 offset `u16` (0 ≤ u16 ≤ UTF-16 length).

        An offset between the two halves of a surrogate pair (which Qt never produces
        for a well-formed text, but a careless caller might) rounds down to the start
        of that character rather than drifting to the next one.
        """
        if not 0 <= u16 <= self.utf16_length:
            raise ValueError(f"UTF-16 offset {u16} outside the text (0..{self.utf16_length})")
        if not self._astral_u16:
            return u16
        # Every astral character starting before u16 contributed one extra unit; one that
        # starts at u16 - 1 is cut in half and counted too, which rounds down.
        return u16 - bisect_left(self._astral_u16, u16)

    def span_to_utf16(self, start: int, end: int) -> tuple[int, int]:
        """A code point span (end exclusive) as a UTF-16 span."""
        return self.to_utf16(start), self.to_utf16(end)

    def span_to_codepoint(self, start: int, end: int) -> tuple[int, int]:
        """A UTF-16 span (end exclusive) as a code point span."""
        return self.to_codepoint(start), self.to_codepoint(end)

    def many_to_utf16(self, cps: Sequence[int]) -> list[int]:
        """Convert many code point offsets at once (one vectorised search)."""
        if not self._astral_cps:
            return list(cps)
        values = np.asarray(cps, dtype=np.int64)
        if values.size and (values.min() < 0 or values.max() > self.codepoint_length):
            raise ValueError(f"code point offsets outside the text (0..{self.codepoint_length})")
        shifted = values + np.searchsorted(np.asarray(self._astral_cps), values, side="left")
        return shifted.tolist()
