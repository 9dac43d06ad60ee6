"""Theme suggestion behaviour (pins, errors, report), code ranking speed, find-more."""

from __future__ import annotations

import json
import random
import statistics
import time

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sbcoder.nlp import (
    CodeIndex,
    CodeProfile,
    TextFeatures,
    ThemeInputError,
    adjusted_rand_index,
    find_similar_units,
    rank_codes_for_passage,
    suggest_themes,
    suggest_themes_report,
)
from sbcoder.nlp.term_matrix import count_matrices, tf_idf
from sbcoder.nlp.terms import GramSpace, TermSpace

FOOD = ["maaltijd", "koken", "soep", "tafel", "keuken", "recept", "pan"]
MONEY = ["subsidie", "geld", "fonds", "budget", "aanvraag", "begroting", "euro"]


def _features(words: list[str], rng: random.Random, n: int = 6) -> TextFeatures:
    return TextFeatures((*(rng.choice(words) for _ in range(n)), "bewoner", "buurt"))


def _two_topics(seed: int = 1) -> list[CodeProfile]:
    rng = random.Random(seed)
    codes = []
    for i in range(8):
        words = FOOD if i < 4 else MONEY
        quotations = [_features(words, rng) for _ in range(5)]
        codes.append(CodeProfile(i, f"code {i}", "", quotations, {}))
    return codes


def test_adjusted_rand_index():
    assert adjusted_rand_index([0, 0, 1, 1], [5, 5, 7, 7]) == pytest.approx(1.0)
    assert adjusted_rand_index([0, 0, 1, 1], [0, 0, 1, 2]) == pytest.approx(0.5714, abs=1e-4)
    assert adjusted_rand_index(["a", "a", "b", "b"], [0, 1, 0, 1]) == pytest.approx(-0.5)
    with pytest.raises(ValueError):
        adjusted_rand_index([0], [0, 1])


def test_two_obvious_topics_are_found_and_labelled():
    themes = suggest_themes(_two_topics())
    assert len(themes) == 2
    groups = sorted(sorted(m.code_id for m in t.members) for t in themes)
    assert groups == [[0, 1, 2, 3], [4, 5, 6, 7]]
    for theme in themes:
        words = set(theme.label.split(", "))
        topic = FOOD if theme.members[0].code_id < 4 else MONEY
        assert words <= set(topic), theme.label
        assert "bewoner" not in theme.distinctive_terms
        assert all(0.0 <= m.score <= 1.0 for m in theme.members)


def test_pinned_codes_stay_in_their_theme_and_pull_others():
    codes = _two_topics()
    # The researcher puts a money code with the food codes: it stays there, under the key.
    themes = suggest_themes(codes, n_themes=2, pinned={0: "Eten", 4: "Eten", 5: "Geld"})
    by_key = {t.key: {m.code_id for m in t.members} for t in themes}
    assert {0, 4} <= by_key["Eten"] and 5 in by_key["Geld"]
    assert {6, 7} <= by_key["Geld"] and {1, 2, 3} <= by_key["Eten"]


def test_codes_pinned_to_different_keys_never_merge():
    codes = _two_topics()
    themes = suggest_themes(codes, n_themes=2, pinned={0: "A", 1: "B"})
    by_key = {t.key: {m.code_id for m in t.members} for t in themes}
    assert 0 in by_key["A"] and 1 in by_key["B"] and len(themes) == 2
    with pytest.raises(ThemeInputError, match="2 pinned themes"):
        suggest_themes(codes, n_themes=1, pinned={0: "A", 1: "B"})


def test_bad_requests_are_refused():
    codes = _two_topics()
    with pytest.raises(ThemeInputError, match="not among the codes"):
        suggest_themes(codes, pinned={99: "X"})
    with pytest.raises(ThemeInputError, match="impossible"):
        suggest_themes(codes, n_themes=20)
    with pytest.raises(ThemeInputError, match="duplicate"):
        suggest_themes(codes + codes[:1])
    assert suggest_themes([]) == []


def test_codes_without_quotations_and_tiny_inputs():
    empty = CodeProfile(1, "Leeg", "", [], {})
    (theme,) = suggest_themes([empty])
    assert [m.code_id for m in theme.members] == [1]
    pair = suggest_themes([empty, CodeProfile(2, "Ook leeg", "", [], {})])
    assert sorted(m.code_id for t in pair for m in t.members) == [1, 2]


def test_report_is_json():
    report = suggest_themes_report(_two_topics())
    text = json.dumps(report)
    assert report["n_codes"] == 8 and report["n_themes"] == len(report["themes"])
    assert '"name": "code 0"' in text


def test_codes_for_a_passage():
    codes = _two_topics()
    passage = TextFeatures(("subsidie", "aanvraag", "bewoner"))
    ranked = rank_codes_for_passage(passage, codes, top=3)
    assert len(ranked) == 3 and all(code_id >= 4 for code_id, _ in ranked)
    assert rank_codes_for_passage(TextFeatures(()), codes) == []


def test_ranking_300_codes_and_20000_quotations_is_fast():
    rng = random.Random(7)
    vocabulary = [f"woord{i}" for i in range(6000)]
    codes = []
    for code_id in range(300):
        own = rng.sample(vocabulary, 40)
        quotations = [_features(own + vocabulary[:200], rng, 12) for _ in range(67)]
        codes.append(CodeProfile(code_id, f"code {code_id}", "", quotations, {}))
    start = time.perf_counter()
    index = CodeIndex.build(codes)
    build = time.perf_counter() - start
    timings = []
    for passage in (codes[i].quotation_features[0] for i in range(0, 300, 10)):
        start = time.perf_counter()
        index.rank(passage)
        timings.append(time.perf_counter() - start)
    median_ms = statistics.median(timings) * 1000
    print(f"\n[nlp speed] CodeIndex.build {build:.2f} s, rank median {median_ms:.2f} ms")
    assert median_ms <= 100


def test_find_similar_units_ranks_and_skips_coded_spans():
    code = CodeProfile(1, "Samen eten", "", [TextFeatures(("maaltijd", "soep", "tafel"))] * 2, {})
    units = [
        (10, 0, 40, TextFeatures(("maaltijd", "koken", "soep"))),
        (10, 41, 80, TextFeatures(("subsidie", "aanvraag"))),
        (11, 0, 30, TextFeatures(("tafel", "soep", "bewoner"))),
        (11, 31, 60, TextFeatures(("soep", "maaltijd"))),
    ]
    found = find_similar_units(code, units, exclude=[(11, 25, 62)], top=10)
    assert [(u.doc_id, u.start) for u in found] == [(10, 0), (11, 0)]
    assert "soep" in found[0].shared_terms
    assert find_similar_units(code, []) == []


def _topics(sizes: list[int], seed: int = 3) -> list[CodeProfile]:
    vocabularies = [FOOD, MONEY, ["vertrouwen", "band", "relatie", "kennen", "buur", "hulp"]]
    rng = random.Random(seed)
    codes = []
    for topic, size in enumerate(sizes):
        for _ in range(size):
            quotations = [_features(vocabularies[topic], rng) for _ in range(5)]
            codes.append(CodeProfile(len(codes), f"code {len(codes)}", "", quotations, {}))
    return codes


def test_fewer_themes_merge_suggested_ones():
    codes = _topics([4, 4, 4])
    suggested = [{m.code_id for m in t.members} for t in suggest_themes(codes)]
    assert sorted(sorted(t) for t in suggested) == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]
    (merged, kept) = sorted(
        ({m.code_id for m in t.members} for t in suggest_themes(codes, n_themes=2)), key=len
    )[::-1]
    # Asked for two, the three suggested themes merge two into one, none is split.
    assert kept in suggested and len(merged) == 8
    assert all(theme <= merged for theme in suggested if theme != kept)


def test_a_shared_quotation_does_not_make_codes_alike():
    from sbcoder.nlp.theme_similarity import confusion_similarity

    rng = random.Random(5)
    both = TextFeatures(("subsidie", "geld", "fonds", "maaltijd", "soep", "tafel"))
    food_a = [_features(FOOD, rng) for _ in range(4)] + [both]
    food_b = [_features(FOOD, rng) for _ in range(5)]
    money = [_features(MONEY, rng) for _ in range(4)] + [both]
    money_b = [_features(MONEY, rng) for _ in range(5)]
    codes = [
        CodeProfile(i, f"code {i}", "", quotations, {})
        for i, quotations in enumerate([food_a, food_b, money, money_b])
    ]
    similarity = confusion_similarity(codes)
    assert np.allclose(similarity, similarity.T)
    assert similarity[0, 1] > similarity[0, 2] and similarity[2, 3] > similarity[2, 0]
    assert np.all(np.diag(similarity) >= similarity.max(axis=1) - 1e-12)


_LEMMAS = st.sampled_from(
    ["buurt", "buurthuis", "koffie", "koffieochtend", "bewoner", "vertrouwen", "soep", "tafel"]
)


@given(
    texts=st.lists(
        st.lists(st.tuples(_LEMMAS, st.sampled_from("NVARX")), max_size=8).map(
            lambda pairs: TextFeatures(
                tuple(lemma for lemma, _ in pairs),
                ("koffie ochtend",) if len(pairs) % 3 == 1 else (),
                pos="".join(letter for _, letter in pairs),
            )
        ),
        min_size=1,
        max_size=6,
    )
)
def test_count_matrices_hold_the_bags_of_each_text(texts):
    space = TermSpace.from_features(texts)
    grams = GramSpace()
    counts = count_matrices(texts, space, grams)
    for row, features in enumerate(texts):
        for matrix, names, bag in (
            (counts.terms, counts.term_names, space.bag(features)),
            (counts.grams, counts.gram_names, grams.bag(features)),
        ):
            dense = matrix[row].toarray().ravel()
            got = {names[j]: dense[j] for j in np.flatnonzero(dense)}
            assert got.keys() == {k for k, v in bag.items() if v > 0}
            assert all(np.isclose(got[k], bag[k]) for k in got)
    # Sparse TF-IDF rows equal the dictionary route for the same IDF.
    space.fit_idf([space.bag(f) for f in texts])
    index = counts.term_index()
    idf = np.array([space.idf[space.index[name]] for name in counts.term_names])
    ours = tf_idf(counts.terms, idf).toarray()
    theirs = space.matrix([space.bag(f) for f in texts]).toarray()
    order = [space.index[name] for name in counts.term_names]
    assert np.allclose(ours, theirs[:, order]) and len(index) == theirs.shape[1]


def test_cut_into_gives_exactly_k_nested_clusters():
    from scipy.cluster.hierarchy import fcluster, linkage

    from sbcoder.nlp.cluster import cut_into

    rng = np.random.default_rng(4)
    # Rounded points tie many distances, where fcluster's threshold returns fewer.
    points = rng.normal(size=(25, 2)).round(0)
    tree = linkage(points, "average")
    previous = None
    for k in range(25, 0, -1):
        labels = cut_into(tree, k)
        assert sorted(set(labels)) == list(range(k))
        if previous is not None:  # one more merge: every cluster of k+1 lies in one of k
            assert all(len(set(labels[previous == c])) == 1 for c in set(previous))
        previous = labels
    distinct = linkage(rng.normal(size=(12, 2)), "average")  # no ties: as fcluster
    for k in range(1, 13):
        assert adjusted_rand_index(
            list(cut_into(distinct, k)), list(fcluster(distinct, k, "maxclust"))
        ) == pytest.approx(1.0)


def test_ward_agglomerate_is_scipys_ward_without_pins_and_keeps_pins():
    from scipy.cluster.hierarchy import linkage

    from sbcoder.nlp.cluster import cut_into, ward_agglomerate

    rng = np.random.default_rng(11)
    points = np.vstack([rng.normal(centre, 0.6, size=(8, 3)) for centre in (0, 3, 6)])
    free = ward_agglomerate(points)
    tree = linkage(points, "ward")
    for k in (1, 2, 3, 5, 10):
        assert adjusted_rand_index(list(free[k]), list(cut_into(tree, k))) == pytest.approx(1.0)
    # Pin one point of the first group to "x" and one of the second group to "y", and a
    # point of the third group to "x" as well: must-link holds it with the first group,
    # cannot-link keeps "x" and "y" apart even at one requested cluster.
    groups: list[str | None] = [None] * len(points)
    groups[0], groups[8], groups[16] = "x", "y", "x"
    pinned = ward_agglomerate(points, groups, min_clusters=1)
    fewest = pinned[min(pinned)]
    assert len(set(fewest)) == 2
    assert fewest[0] == fewest[16] != fewest[8]
    three = pinned[3]
    assert three[0] == three[16] and three[0] != three[8]
