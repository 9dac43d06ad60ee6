"""Measured quality of theme suggestion and code ranking on the labelled set in
nlp_eval_data.py, with the trained pipeline and with the fallback. Figures are printed
(run with -s to see them)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import numpy as np
import pytest
from nlp_eval_data import CODES, EVERYDAY_WORDS, HELD_OUT_INDICES, THEMES
from nlp_helpers import fallback_pipeline, real_pipeline

from sbcoder.nlp import CodeIndex, CodeProfile, adjusted_rand_index, analyse_texts, lemmas_of
from sbcoder.nlp.cluster import agglomerate
from sbcoder.nlp.pipeline import LoadedPipeline
from sbcoder.nlp.themes import suggest_themes

TRUTH = [c.theme for c in CODES]
POSITION = {c.key: i for i, c in enumerate(CODES)}


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


def _profiles(pipeline: LoadedPipeline, held_out: bool) -> tuple[list[CodeProfile], list]:
    texts = [q.text for c in CODES for q in c.quotes]
    features = dict(zip(texts, analyse_texts(texts, pipeline), strict=True))
    profiles, tests = [], []
    for i, code in enumerate(CODES):
        quotations, together = [], Counter()
        for other in CODES:
            for j, quote in enumerate(other.quotes):
                keys = {other.key, *quote.also}
                if code.key not in keys:
                    continue
                if held_out and j in HELD_OUT_INDICES:
                    if other is code:
                        tests.append((i, features[quote.text]))
                    continue
                quotations.append(features[quote.text])
                together.update(POSITION[k] for k in keys if k != code.key)
        label = lemmas_of(f"{code.name}. {code.description}", pipeline)
        profiles.append(
            CodeProfile(i, code.name, code.description, quotations, dict(together), label)
        )
    return profiles, tests


@lru_cache(maxsize=4)
def _figures(which: str) -> dict[str, float]:
    pipeline = real_pipeline() if which == "real" else fallback_pipeline()
    profiles, _ = _profiles(pipeline, held_out=False)
    figures = {}
    for name, k in (("ari_auto", None), ("ari_k5", 5)):
        themes = suggest_themes(profiles, n_themes=k)
        assigned = {m.code_id: t.key for t in themes for m in t.members}
        figures[name] = adjusted_rand_index(TRUTH, [assigned[i] for i in range(len(CODES))])
        figures[name.replace("ari", "themes")] = len(themes)
    held_profiles, tests = _profiles(pipeline, held_out=True)
    index = CodeIndex.build(held_profiles)
    figures["top3"] = float(np.mean([i in [c for c, _ in index.rank(f, 3)] for i, f in tests]))
    figures["top1"] = float(np.mean([i in [c for c, _ in index.rank(f, 1)] for i, f in tests]))
    figures["passages"] = len(tests)
    print(f"\n[nlp eval] {pipeline.name}: " + ", ".join(f"{k}={v:.3g}" for k, v in figures.items()))
    return figures


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
    baseline = _surface_word_baseline()
    print(f"\n[nlp eval] surface-word baseline ARI={baseline:.3f}")
    assert baseline < 0.3


def test_real_pipeline_meets_the_theme_target():
    figures = _figures("real")
    assert figures["ari_auto"] >= 0.6
    assert figures["ari_k5"] >= 0.4
    assert figures["ari_auto"] > _surface_word_baseline() + 0.2


def test_real_pipeline_ranks_held_out_passages():
    figures = _figures("real")
    chance = 3 / len(CODES)
    assert figures["top3"] >= 0.55 > 3 * chance


@pytest.mark.xfail(strict=True, reason="target top-3 >= 0.7 not reached yet (0.63 measured)")
def test_real_pipeline_top3_target():
    assert _figures("real")["top3"] >= 0.7


def test_fallback_pipeline_is_better_than_chance():
    figures = _figures("fallback")
    # Chance: ARI about 0, top-3 3/19 = 0.16.
    assert figures["ari_k5"] >= 0.3
    assert figures["top3"] >= 0.45
