"""Measured quality of theme suggestion and code ranking on the labelled set in
nlp_eval_data.py, with the trained pipeline and with the fallback. The figures are
printed in the test output (also without -s).

Besides the fixed measures (themes of all codes; codes for the 3rd and 5th quotation of
every code held out), the set is used for robustness measures, because 19 codes and 38
passages make any single figure noisy: top-3 over all 15 ways of holding out two
quotations per code, and themes with each of the six quotations of every code left out
in turn. nlp_eval_data.py was revised after its first draft was measured (see its
docstring); the set is not edited here, and no threshold below was lowered to pass.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
import pytest
from nlp_eval_data import CODES, EVERYDAY_WORDS, HELD_OUT_INDICES, THEMES
from nlp_helpers import fallback_pipeline, real_pipeline

from sbcoder.nlp import CodeIndex, CodeProfile, adjusted_rand_index, analyse_texts, lemmas_of
from sbcoder.nlp.cluster import agglomerate
from sbcoder.nlp.features import TextFeatures
from sbcoder.nlp.pipeline import LoadedPipeline
from sbcoder.nlp.themes import suggest_themes

TRUTH = [c.theme for c in CODES]
POSITION = {c.key: i for i, c in enumerate(CODES)}
ALL_HOLD_OUTS = list(itertools.combinations(range(6), 2))


def test_half_of_each_codes_quotations_avoid_its_key_words():
    for code in CODES:
        assert len(code.quotes) == 6
        avoiding = [
            q for q in code.quotes if not any(re.search(k, q.text, re.I) for k in code.keywords)
        ]
        assert len(avoiding) >= 3, code.key


def test_everyday_words_occur_in_every_theme():
    for pattern in EVERYDAY_WORDS:
        themes = {c.theme for c in CODES for q in c.quotes if re.search(pattern, q.text, re.I)}
        assert themes == set(THEMES), pattern


@lru_cache(maxsize=2)
def _analysed(which: str) -> tuple[dict[str, TextFeatures], tuple[TextFeatures, ...]]:
    pipeline: LoadedPipeline = real_pipeline() if which == "real" else fallback_pipeline()
    texts = [q.text for c in CODES for q in c.quotes]
    features = dict(zip(texts, analyse_texts(texts, pipeline), strict=True))
    labels = tuple(lemmas_of(f"{c.name}. {c.description}", pipeline) for c in CODES)
    return features, labels


def _profiles(
    which: str, held_out: Iterable[int] = ()
) -> tuple[list[CodeProfile], list[tuple[int, TextFeatures]]]:
    """Profiles without the quotations at the `held_out` positions, and those
    quotations as (the code that owns them, features) for ranking."""
    features, labels = _analysed(which)
    held_out = set(held_out)
    profiles, tests = [], []
    for i, code in enumerate(CODES):
        quotations, together = [], Counter()
        for other in CODES:
            for j, quote in enumerate(other.quotes):
                keys = {other.key, *quote.also}
                if code.key not in keys:
                    continue
                if j in held_out:
                    if other is code:
                        tests.append((i, features[quote.text]))
                    continue
                quotations.append(features[quote.text])
                together.update(POSITION[k] for k in keys if k != code.key)
        profiles.append(
            CodeProfile(i, code.name, code.description, quotations, dict(together), labels[i])
        )
    return profiles, tests


def _ari(profiles: list[CodeProfile], n_themes: int | None) -> tuple[float, int]:
    themes = suggest_themes(profiles, n_themes=n_themes)
    assigned = {m.code_id: t.key for t in themes for m in t.members}
    return adjusted_rand_index(TRUTH, [assigned[i] for i in range(len(CODES))]), len(themes)


def _top(profiles: list[CodeProfile], tests: list[tuple[int, TextFeatures]], k: int) -> float:
    index = CodeIndex.build(profiles)
    return float(np.mean([i in [c for c, _ in index.rank(f, k)] for i, f in tests]))


@lru_cache(maxsize=2)
def _figures(which: str) -> dict[str, float]:
    profiles, _ = _profiles(which)
    figures: dict[str, float] = {}
    figures["ari_auto"], figures["themes_auto"] = _ari(profiles, None)
    figures["ari_k5"], _ = _ari(profiles, 5)
    # Themes with one quotation of every code left out, for each of the six positions.
    left_out = [_ari(_profiles(which, [j])[0], k)[0] for j in range(6) for k in (None, 5)]
    figures["ari_auto_leave1"] = float(np.mean(left_out[0::2]))
    figures["ari_k5_leave1"] = float(np.mean(left_out[1::2]))
    held_profiles, tests = _profiles(which, HELD_OUT_INDICES)
    figures["top3"] = _top(held_profiles, tests, 3)
    figures["top1"] = _top(held_profiles, tests, 1)
    figures["passages"] = len(tests)
    figures["top3_all_hold_outs"] = float(
        np.mean([_top(*_profiles(which, pair), 3) for pair in ALL_HOLD_OUTS])
    )
    return figures


_shown: set[str] = set()


def _show(capsys: pytest.CaptureFixture[str], which: str, figures: dict[str, float]) -> None:
    """Write the figures to the terminal, whether or not output is captured."""
    if which in _shown:
        return
    _shown.add(which)
    name = real_pipeline().name if which == "real" else fallback_pipeline().name
    with capsys.disabled():
        print(f"\n[nlp eval] {name}: " + ", ".join(f"{k}={v:.3g}" for k, v in figures.items()))


def _surface_word_baseline() -> float:
    """ARI of word overlap alone: raw lower-case words, no lemmas, no compounds, no IDF."""
    bags = []
    for code in CODES:
        words = Counter(w for q in code.quotes for w in re.findall(r"\w+", q.text.lower()))
        bags.append(words)
    vocab = sorted(set().union(*bags))
    mat = np.array([[bag[w] for w in vocab] for bag in bags], dtype=float)
    mat /= np.linalg.norm(mat, axis=1, keepdims=True)
    labels = agglomerate(mat @ mat.T, min_clusters=5)[5]
    return adjusted_rand_index(TRUTH, list(labels))


def test_word_overlap_alone_does_not_solve_the_set():
    assert _surface_word_baseline() < 0.3


@pytest.mark.slow
def test_real_pipeline_themes(capsys):
    figures = _figures("real")
    _show(capsys, "real", figures)
    assert figures["ari_auto"] >= 0.6  # the target
    assert figures["ari_auto"] > _surface_word_baseline() + 0.2
    # Forced to the true number of themes, and with less data, it stays well above
    # chance (about 0): the suggestion is not one lucky partition.
    assert figures["ari_k5"] >= 0.5
    assert figures["ari_auto_leave1"] >= 0.5 and figures["ari_k5_leave1"] >= 0.45


@pytest.mark.slow
def test_real_pipeline_ranks_held_out_passages(capsys):
    figures = _figures("real")
    _show(capsys, "real", figures)
    chance = 3 / len(CODES)
    assert figures["top3"] >= 0.6 > 3 * chance
    # Over all 15 ways of holding out two quotations per code (570 passages).
    assert figures["top3_all_hold_outs"] >= 0.7


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True,
    reason="top-3 >= 0.7 on the fixed hold-out (3rd and 5th quotation) not reached: 0.63 "
    "measured; 0.73 over all 15 hold-outs (asserted above)",
)
def test_real_pipeline_top3_target_on_the_fixed_hold_out():
    assert _figures("real")["top3"] >= 0.7


@pytest.mark.slow
def test_fallback_pipeline(capsys):
    figures = _figures("fallback")
    _show(capsys, "fallback", figures)
    # Chance: ARI about 0, top-3 3/19 = 0.16.
    assert figures["ari_auto"] >= 0.5 and figures["ari_k5"] >= 0.5
    assert figures["ari_auto_leave1"] >= 0.4 and figures["ari_k5_leave1"] >= 0.4
    assert figures["top3"] >= 0.55
    assert figures["top3_all_hold_outs"] >= 0.65
