"""PositionMap: code point offsets <-> UTF-16 offsets, proved against Python's own codecs."""

from __future__ import annotations

import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sbcoder.ui.positions import PositionMap

# Characters that make the two counts differ (astral), ones that look like one character
# but are several code points (combining accents, ZWJ sequences, flags), and plain text.
TRICKY = [
    "😀", "🎉", "𝔸", "𠀀", "👩\u200d👩\u200d👧", "🇳🇱", "e\u0301", "a\u0308\u0301",
    "\u2028", "\n", "\t", " ", "é", "ß", "İ", "\ufeff", "\U0010ffff", "\ue000",
]  # fmt: skip
pieces = st.one_of(st.sampled_from(TRICKY), st.characters(exclude_categories=("Cs",)))
texts = st.lists(pieces, max_size=60).map("".join)


def utf16_units(text: str) -> int:
    """The reference: how many UTF-16 code units Python's codec makes of `text`."""
    return len(text.encode("utf-16-le")) // 2


@given(texts)
@settings(max_examples=300)
def test_round_trip_at_every_offset(text: str) -> None:
    positions = PositionMap(text)
    assert positions.utf16_length == utf16_units(text)
    for cp in range(len(text) + 1):
        u16 = positions.to_utf16(cp)
        assert u16 == utf16_units(text[:cp])
        assert positions.to_codepoint(u16) == cp


@given(texts, st.data())
@settings(max_examples=300)
def test_utf16_slices_equal_code_point_slices(text: str, data: st.DataObject) -> None:
    positions = PositionMap(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    u16_start, u16_end = positions.span_to_utf16(start, end)
    encoded = text.encode("utf-16-le")
    assert encoded[2 * u16_start : 2 * u16_end].decode("utf-16-le") == text[start:end]
    assert positions.span_to_codepoint(u16_start, u16_end) == (start, end)


@given(texts)
def test_many_to_utf16_agrees_with_single_conversions(text: str) -> None:
    positions = PositionMap(text)
    offsets = list(range(len(text) + 1))
    assert positions.many_to_utf16(offsets) == [positions.to_utf16(cp) for cp in offsets]


@given(texts)
def test_offsets_inside_a_surrogate_pair_round_down(text: str) -> None:
    positions = PositionMap(text)
    for cp, char in enumerate(text):
        if ord(char) >= 0x10000:
            inside = positions.to_utf16(cp) + 1
            assert positions.to_codepoint(inside) == cp


def test_text_without_astral_characters_is_the_identity() -> None:
    text = "Café e\u0301 naïve — “quotes” \u2028 ß"
    positions = PositionMap(text)
    assert positions.is_identity
    assert [positions.to_utf16(i) for i in range(len(text) + 1)] == list(range(len(text) + 1))
    assert not PositionMap("a😀").is_identity


def test_known_values() -> None:
    positions = PositionMap("a😀b𝔸c")
    assert [positions.to_utf16(i) for i in range(6)] == [0, 1, 3, 4, 6, 7]
    assert [positions.to_codepoint(u) for u in range(8)] == [0, 1, 1, 2, 3, 3, 4, 5]


def test_offsets_outside_the_text_are_refused() -> None:
    positions = PositionMap("a😀")
    with pytest.raises(ValueError, match="code point offset 3"):
        positions.to_utf16(3)
    with pytest.raises(ValueError, match="UTF-16 offset 4"):
        positions.to_codepoint(4)
    with pytest.raises(ValueError):
        positions.to_utf16(-1)
    with pytest.raises(ValueError):
        positions.many_to_utf16([0, 5])


def test_a_million_characters_build_and_convert_quickly() -> None:
    rng = random.Random(7)
    words = ["buurt", "bewoners", "vertrouwen", "😀", "𝔸", "café", "e\u0301", "𠀀"]
    text = " ".join(rng.choice(words) for _ in range(220_000))[:1_000_000]
    assert len(text) == 1_000_000
    began = time.perf_counter()
    positions = PositionMap(text)
    built = time.perf_counter() - began
    probes = [rng.randrange(len(text) + 1) for _ in range(20_000)]
    began = time.perf_counter()
    converted = [positions.to_codepoint(positions.to_utf16(cp)) for cp in probes]
    lookups = time.perf_counter() - began
    assert converted == probes
    # Spot-check against the codec (slow, so only a few).
    for cp in probes[:20]:
        assert positions.to_utf16(cp) == utf16_units(text[:cp])
    # Generous bounds: they catch an O(n) conversion, not a slow machine.
    assert built < 1.0, f"building the map took {built:.3f} s"
    assert lookups < 1.0, f"40,000 conversions took {lookups:.3f} s"
