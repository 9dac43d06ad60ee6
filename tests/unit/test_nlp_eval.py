"""Measured quality of theme suggestion and code ranking on seven labelled sets, with the
trained pipeline and with the fallback. The figures are printed in the test output (also
without -s).

Set `a` (nlp_eval_data.py) was written first and used while the methods were developed
and tuned. Sets `b` to `g` (nlp_eval_data_b.py ... _g.py) were written afterwards by
people who neither saw nor ran the methods; `b` and `c` were then used for one choice
each (the cross-validated top-3 measure; Ward linkage for themes), `d` to `g` only
measured, the method unchanged. Their figures are the honest ones, and they are lower
than those of `a`: top-3 0.61-0.77, mean 0.68 with the stand-in (a: 0.73), and themes
ARI 0.04-0.47, about chance on three sets (a: 0.83). `NOT_REACHED` lists every target a
set misses, with its figure. Set `b` groups its codes by CIMO role (context,
interventions, mechanisms that help or hinder, outcomes), not by what they are about,
which content similarity cannot recover (ARI about 0); in sbcoder the CIMO template's
branches hold the roles, and themes are suggested within a branch.

The sets are solvable by meaning: readers given only the codes and their quotations,
without the themes (nlp_eval_readers.py), recover the labelled themes with ARI 0.55-1.0
on the blind sets (c 1.00, d 0.75, e 1.00, f 0.76, g 0.55; a 0.74). The gap between
that and the suggestion's ARI is what the method misses: word meaning.

Top-3 of codes-for-a-passage is measured cross-validated: every way of holding out two
of a code's six quotations (15 splits, each passage held out 5 times), the profiles
built from the other four, with a bootstrap interval over passages. A single split is
too noisy to judge a method by with 20 codes: on set `a` the 15 splits range from 0.40
to 0.97 with the same method. The split fixed in advance (3rd and 5th quotation) is
printed too. Themes are also measured with each quotation of every code left out in
turn. The sets are not edited here, and no threshold below was lowered to pass.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from types import ModuleType

import nlp_eval_data
import nlp_eval_data_b
import nlp_eval_data_c
import nlp_eval_data_d
import nlp_eval_data_e
import nlp_eval_data_f
import nlp_eval_data_g
import nlp_eval_readers
import numpy as np
import pytest
from nlp_helpers import fallback_pipeline, real_pipeline

from sbcoder.nlp import CodeIndex, CodeProfile, adjusted_rand_index, analyse_texts, lemmas_of
from sbcoder.nlp.cluster import agglomerate
from sbcoder.nlp.features import TextFeatures
from sbcoder.nlp.pipeline import LoadedPipeline
from sbcoder.nlp.themes import suggest_themes

ALL_HOLD_OUTS = list(itertools.combinations(range(6), 2))


@dataclass(frozen=True)
class EvalSet:
    name: str
    module: ModuleType

    @property
    def codes(self) -> tuple[nlp_eval_data.EvalCode, ...]:
        return self.module.CODES

    @property
    def truth(self) -> list[str]:
        return [c.theme for c in self.codes]


SETS = {
    "a": EvalSet("a", nlp_eval_data),
    "b": EvalSet("b", nlp_eval_data_b),
    "c": EvalSet("c", nlp_eval_data_c),
    "d": EvalSet("d", nlp_eval_data_d),
    "e": EvalSet("e", nlp_eval_data_e),
    "f": EvalSet("f", nlp_eval_data_f),
    "g": EvalSet("g", nlp_eval_data_g),
}
PIPELINES = ("real", "fallback")


@pytest.mark.parametrize("set_name", SETS)
def test_half_of_each_codes_quotations_avoid_its_key_words(set_name):
    for code in SETS[set_name].codes:
        assert len(code.quotes) == 6
        avoiding = [
            q for q in code.quotes if not any(re.search(k, q.text, re.I) for k in code.keywords)
        ]
        assert len(avoiding) >= 3, code.key


@pytest.mark.parametrize("set_name", SETS)
def test_everyday_words_occur_in_every_theme(set_name):
    data = SETS[set_name]
    for pattern in data.module.EVERYDAY_WORDS:
        themes = {c.theme for c in data.codes for q in c.quotes if re.search(pattern, q.text, re.I)}
        assert themes == set(data.module.THEMES), pattern


def _pipeline(which: str) -> LoadedPipeline:
    return real_pipeline() if which == "real" else fallback_pipeline()


@cache
def _analysed(
    which: str, set_name: str
) -> tuple[dict[str, TextFeatures], tuple[TextFeatures, ...]]:
    pipeline = _pipeline(which)
    codes = SETS[set_name].codes
    texts = [q.text for c in codes for q in c.quotes]
    features = dict(zip(texts, analyse_texts(texts, pipeline), strict=True))
    labels = tuple(lemmas_of(f"{c.name}. {c.description}", pipeline) for c in codes)
    return features, labels


def _profiles(
    which: str, set_name: str, held_out: Iterable[int] = ()
) -> tuple[list[CodeProfile], list[tuple[int, TextFeatures]]]:
    """Profiles without the quotations at the `held_out` positions, and those
    quotations as (the code that owns them, features) for ranking."""
    features, labels = _analysed(which, set_name)
    codes = SETS[set_name].codes
    position = {c.key: i for i, c in enumerate(codes)}
    held_out = set(held_out)
    profiles, tests = [], []
    for i, code in enumerate(codes):
        quotations, together = [], Counter()
        for other in codes:
            for j, quote in enumerate(other.quotes):
                keys = {other.key, *quote.also}
                if code.key not in keys:
                    continue
                if j in held_out:
                    if other is code:
                        tests.append((i, features[quote.text]))
                    continue
                quotations.append(features[quote.text])
                together.update(position[k] for k in keys if k != code.key)
        profiles.append(
            CodeProfile(i, code.name, code.description, quotations, dict(together), labels[i])
        )
    return profiles, tests


def _ari(set_name: str, profiles: list[CodeProfile], n_themes: int | None) -> tuple[float, int]:
    themes = suggest_themes(profiles, n_themes=n_themes)
    assigned = {m.code_id: t.key for t in themes for m in t.members}
    truth = SETS[set_name].truth
    return adjusted_rand_index(truth, [assigned[i] for i in range(len(truth))]), len(themes)


def _ranks(profiles: list[CodeProfile], tests: list[tuple[int, TextFeatures]]) -> list[int]:
    """The rank (1 = first) of each test passage's own code; 99 when not in the top 3."""
    index = CodeIndex.build(profiles)
    ranks = []
    for code, features in tests:
        top = [c for c, _ in index.rank(features, 3)]
        ranks.append(top.index(code) + 1 if code in top else 99)
    return ranks


@cache
def _figures(which: str, set_name: str) -> dict[str, float]:
    profiles, _ = _profiles(which, set_name)
    n_true = len(SETS[set_name].module.THEMES)
    figures: dict[str, float] = {}
    figures["ari_auto"], figures["themes_auto"] = _ari(set_name, profiles, None)
    figures["ari_true_k"], _ = _ari(set_name, profiles, n_true)
    # Themes with one quotation of every code left out, for each of the six positions.
    left_out = [
        _ari(set_name, _profiles(which, set_name, [j])[0], k)[0]
        for j in range(6)
        for k in (None, n_true)
    ]
    figures["ari_auto_leave1"] = float(np.mean(left_out[0::2]))
    figures["ari_true_k_leave1"] = float(np.mean(left_out[1::2]))
    # Top-3 cross-validated: per passage, the share of its 5 hold-outs in which it ranked
    # its code in the top 3; the figure is the mean over passages, with a bootstrap
    # interval over passages (the 5 hold-outs of one passage are not independent).
    ranks = {pair: _ranks(*_profiles(which, set_name, pair)) for pair in ALL_HOLD_OUTS}
    per_split = {pair: [r <= 3 for r in split] for pair, split in ranks.items()}
    by_passage: dict[tuple[int, int], list[bool]] = {}
    n_codes = len(SETS[set_name].codes)
    for pair, hits in per_split.items():
        for n, hit in enumerate(hits):
            code, slot = divmod(n, 2)  # tests come code by code, two per code
            by_passage.setdefault((code, pair[slot]), []).append(hit)
    assert len(by_passage) == 6 * n_codes
    rates = np.array([np.mean(v) for v in by_passage.values()])
    figures["top3"] = float(rates.mean())
    rng = np.random.default_rng(0)
    boot = rng.choice(rates, (2000, len(rates))).mean(axis=1)
    figures["top3_low"], figures["top3_high"] = np.percentile(boot, [2.5, 97.5]).tolist()
    split_rates = [float(np.mean(h)) for h in per_split.values()]
    figures["top3_worst_split"], figures["top3_best_split"] = min(split_rates), max(split_rates)
    figures["top3_fixed_split"] = float(np.mean(per_split[nlp_eval_data.HELD_OUT_INDICES]))
    figures["top1"] = float(np.mean([r == 1 for split in ranks.values() for r in split]))
    figures["codes"] = n_codes
    return figures


_shown: set[tuple[str, str]] = set()


def _show(capsys: pytest.CaptureFixture[str], which: str, set_name: str) -> dict[str, float]:
    """The figures, written to the terminal once, whether or not output is captured."""
    figures = _figures(which, set_name)
    if (which, set_name) not in _shown:
        _shown.add((which, set_name))
        with capsys.disabled():
            print(
                f"\n[nlp eval, set {set_name}] {_pipeline(which).name}: "
                + ", ".join(f"{k}={v:.3g}" for k, v in figures.items())
            )
    return figures


def _surface_word_baseline(set_name: str) -> float:
    """ARI of word overlap alone: raw lower-case words, no lemmas, no compounds, no IDF."""
    data = SETS[set_name]
    bags = [
        Counter(w for q in code.quotes for w in re.findall(r"\w+", q.text.lower()))
        for code in data.codes
    ]
    vocab = sorted(set().union(*bags))
    mat = np.array([[bag[w] for w in vocab] for bag in bags], dtype=float)
    mat /= np.linalg.norm(mat, axis=1, keepdims=True)
    k = len(data.module.THEMES)
    labels = agglomerate(mat @ mat.T, min_clusters=k)[k]
    return adjusted_rand_index(data.truth, list(labels))


def _reader_ari(set_name: str) -> float:
    groups = nlp_eval_readers.READER_THEMES[set_name]
    theme_of = {code: name for name, codes in groups.items() for code in codes}
    codes = SETS[set_name].codes
    assert sorted(theme_of) == sorted(c.key for c in codes)  # every code, once
    assert sum(len(c) for c in groups.values()) == len(codes) and len(groups) == 5
    return adjusted_rand_index(SETS[set_name].truth, [theme_of[c.key] for c in codes])


def test_readers_recover_the_labelled_themes(capsys):
    # The sets measure something: a reader who understands the words, given no labels,
    # finds their themes. If this failed, a low ARI would say nothing about a method.
    figures = {name: _reader_ari(name) for name in nlp_eval_readers.READER_THEMES}
    with capsys.disabled():
        print(
            "\n[nlp eval] readers' themes, ARI: "
            + ", ".join(f"{name} {ari:.2f}" for name, ari in figures.items())
        )
    assert min(figures.values()) >= 0.5
    blind = [ari for name, ari in figures.items() if name != "a"]
    assert float(np.mean(blind)) >= 0.75


@pytest.mark.parametrize("set_name", SETS)
def test_word_overlap_alone_does_not_solve_the_set(set_name):
    assert _surface_word_baseline(set_name) < 0.3


# Targets not reached, with what was measured when the mark was set (themes: ARI with the
# number of themes chosen; top-3 cross-validated). Strict: reaching a target fails its
# test until the mark is removed. Sets b-e were written blind; a is the development set.
NOT_REACHED = {
    ("real", "b", "themes"): "CIMO-role themes, not similar codes: ARI -0.08",
    ("real", "c", "themes"): "ARI 0.47",
    ("real", "d", "themes"): "ARI 0.20",
    ("real", "e", "themes"): "ARI 0.07",
    ("real", "f", "themes"): "ARI 0.05",
    ("real", "g", "themes"): "ARI 0.04",
    ("fallback", "b", "themes"): "CIMO-role themes, not similar codes: ARI -0.02",
    ("fallback", "c", "themes"): "ARI 0.41",
    ("fallback", "d", "themes"): "ARI 0.13",
    ("fallback", "e", "themes"): "ARI 0.33",
    ("fallback", "f", "themes"): "ARI 0.13",
    ("fallback", "g", "themes"): "ARI 0.05",
    ("real", "b", "top3"): "top-3 0.68 (95% interval 0.60-0.76)",
    ("real", "c", "top3"): "top-3 0.68 (0.61-0.76)",
    ("real", "e", "top3"): "top-3 0.61 (0.53-0.70)",
    ("real", "f", "top3"): "top-3 0.69 (0.61-0.77)",
    ("real", "g", "top3"): "top-3 0.68 (0.60-0.75)",
    ("fallback", "c", "top3"): "top-3 0.68 (0.60-0.75)",
    ("fallback", "e", "top3"): "top-3 0.56 (0.48-0.64)",
    ("fallback", "f", "top3"): "top-3 0.68 (0.59-0.76)",
    ("fallback", "g", "top3"): "top-3 0.69 (0.61-0.77)",
}


def _cases(target: str) -> list[object]:
    cases: list[object] = []
    for which in PIPELINES:
        for set_name in SETS:
            reason = NOT_REACHED.get((which, set_name, target))
            marks = (
                [pytest.mark.xfail(strict=True, reason=f"set {set_name}: {reason}")]
                if reason
                else []
            )
            cases.append(pytest.param(which, set_name, marks=marks, id=f"{which}-{set_name}"))
    return cases


@pytest.mark.slow
@pytest.mark.parametrize(("which", "set_name"), _cases("themes"))
def test_themes_target(capsys, which, set_name):
    figures = _show(capsys, which, set_name)
    assert figures["ari_auto"] >= 0.6


@pytest.mark.slow
@pytest.mark.parametrize(("which", "set_name"), _cases("top3"))
def test_top3_target(capsys, which, set_name):
    assert _show(capsys, which, set_name)["top3"] >= 0.7


@pytest.mark.slow
@pytest.mark.parametrize("which", PIPELINES)
@pytest.mark.parametrize("set_name", SETS)
def test_ranking_is_far_above_chance_on_every_set(capsys, which, set_name):
    # What holds on every set, targets met or not: chance is 3/20 = 0.15.
    figures = _show(capsys, which, set_name)
    chance = 3 / figures["codes"]
    assert figures["top3"] >= 0.55 > 3 * chance
    assert figures["top3_worst_split"] > 2 * chance
    assert figures["top1"] >= 0.39


@pytest.mark.slow
@pytest.mark.parametrize("which", PIPELINES)
def test_themes_on_the_development_set_are_stable(capsys, which):
    # Set a, forced to its 5 themes and with less data, stays well above chance: the
    # suggestion there is not one lucky partition.
    figures = _show(capsys, which, "a")
    assert figures["ari_auto"] > _surface_word_baseline("a") + 0.5
    assert figures["ari_true_k"] >= 0.55
    assert figures["ari_auto_leave1"] >= 0.5 and figures["ari_true_k_leave1"] >= 0.5


@pytest.mark.slow
@pytest.mark.parametrize("which", PIPELINES)
def test_themes_are_above_word_overlap_on_sets_with_subject_themes(capsys, which):
    # Averaged over the sets whose themes group codes by subject (all but b); on a
    # single blind set the figure is low, down to chance (see NOT_REACHED).
    gains = [
        _show(capsys, which, name)["ari_auto"] - _surface_word_baseline(name)
        for name in SETS
        if name != "b"
    ]
    assert float(np.mean(gains)) >= 0.2
