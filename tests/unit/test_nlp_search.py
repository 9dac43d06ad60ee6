"""Lemma search on both pipelines, compounds, expansion, offsets, the token cache."""

from __future__ import annotations

import pytest
from nlp_helpers import fallback_pipeline, real_pipeline

from sbcoder.nlp.dutch import Decompounder, inflected_forms, stem
from sbcoder.nlp.search import SearchError, TokenIndex, lemma_search

TEXTS = {
    1: "🙂 Bewoners vertrouwden elkaar steeds meer. Ze vertrouwt de buurtverbinder.\n\n"
    "Het buurtvertrouwen groeide. Een vertrouwensband ontstond. Eigenaarschap is belangrijk.",
    2: "De trouwe buren trouwden in mei. Wij vertrouwen op de gemeente.",
}


def _pipeline(which: str):
    return fallback_pipeline() if which == "fallback" else real_pipeline()


@pytest.mark.parametrize("which", ["fallback", "real"])
def test_inflected_forms_without_compounds(which):
    hits = lemma_search(TEXTS, "vertrouwen", _pipeline(which))
    assert [(h.doc_id, h.matched_text) for h in hits] == [
        (1, "vertrouwden"),
        (1, "vertrouwt"),
        (2, "vertrouwen"),
    ]
    for hit in hits:
        assert TEXTS[hit.doc_id][hit.start : hit.end] == hit.matched_text


@pytest.mark.parametrize("which", ["fallback", "real"])
def test_compounds_and_an_inflected_query(which):
    pipeline = _pipeline(which)
    found = {h.matched_text for h in lemma_search(TEXTS, "vertrouwde", pipeline, compounds=True)}
    assert found == {"vertrouwden", "vertrouwt", "vertrouwen", "buurtvertrouwen", "vertrouwensband"}
    own = lemma_search(TEXTS, "eigenaarschap", pipeline)
    assert [h.matched_text for h in own] == ["Eigenaarschap"]
    assert [h.matched_text for h in lemma_search(TEXTS, "trouwen", pipeline)] == ["trouwden"]


@pytest.mark.parametrize("which", ["fallback", "real"])
def test_expansion_to_sentences_and_paragraphs(which):
    pipeline = _pipeline(which)
    sentences = lemma_search({1: TEXTS[1]}, "vertrouwen", pipeline, True, "sentence")
    assert [h.matched_text for h in sentences] == [
        "🙂 Bewoners vertrouwden elkaar steeds meer.",
        "Ze vertrouwt de buurtverbinder.",
        "Het buurtvertrouwen groeide.",
        "Een vertrouwensband ontstond.",
    ]
    paragraphs = lemma_search({1: TEXTS[1]}, "vertrouwen", pipeline, True, "paragraph")
    assert len(paragraphs) == 2 and len(paragraphs[0].matches) == 2
    for hit in paragraphs:
        for s, e in hit.matches:
            assert hit.start <= s < e <= hit.end


def test_phrase_query_and_cache_reuse():
    pipeline = fallback_pipeline()
    cache: dict[int, TokenIndex] = {}
    hits = lemma_search(TEXTS, "vertrouwen op", pipeline, index=cache)
    assert [h.matched_text for h in hits] == ["vertrouwen op"]
    assert set(cache) == {1, 2}
    restored = {k: TokenIndex.from_json(v.to_json()) for k, v in cache.items()}
    assert restored == cache
    # A stale or foreign cache entry is used as given: the caller owns invalidation.
    restored[2] = TokenIndex(((0, 2, "vertrouwen"),))
    assert [
        h.matched_text for h in lemma_search({2: TEXTS[2]}, "vertrouwen", pipeline, index=restored)
    ] == ["De"]


def test_bad_queries_and_bad_cache_data():
    with pytest.raises(SearchError):
        lemma_search(TEXTS, " ,.; 123 ", fallback_pipeline())
    with pytest.raises(ValueError):
        lemma_search(TEXTS, "buurt", fallback_pipeline(), expand="chapter")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not a TokenIndex"):
        TokenIndex.from_json('{"a": 1}')


def test_dutch_word_knowledge():
    assert {"vertrouwde", "vertrouwt", "vertrouwd"} <= inflected_forms("vertrouwen")
    assert {"opgebouwd", "opbouwt"} <= inflected_forms("opbouwen")
    assert "bouwen" not in inflected_forms("opbouwen")
    assert {"maakte", "gemaakt", "maakt"} <= inflected_forms("maken")
    assert "straten" in inflected_forms("straat")
    assert stem("financiering") == stem("financieren")
    assert stem("eenzaamheid") == stem("eenzaam")
    vocabulary = {
        w: 2 for w in ["buurt", "vertrouwen", "bewoner", "avond", "koffie", "ochtend", "feest"]
    }
    splitter = Decompounder(vocabulary)
    assert splitter.split("buurtvertrouwen") == ("buurt", "vertrouwen")
    assert splitter.split("bewonersavond") == ("bewoner", "avond")
    assert splitter.split("communityfeest") == ("community", "feest")
    assert splitter.split("vertrouwen") == ()
    assert Decompounder({"eigenaar": 3, "schap": 3}).split("eigenaarschap") == ()


def test_decompounder_with_the_dictionary():
    from sbcoder.nlp.pipeline import dutch_lexicon

    lexicon = dutch_lexicon()
    if lexicon is None:
        pytest.skip("spacy-lookups-data is not installed: there is no dictionary to consult")
    vocabulary = {"eten": 3, "leren": 2, "subsidie": 2, "aanvragen": 1, "feest": 2}
    splitter = Decompounder(vocabulary, lexicon=lexicon)
    # Dictionary words are not split with a guessed modifier (ontmo|eten, signa|leren)...
    assert splitter.split("ontmoeten") == () and splitter.split("signaleren") == ()
    # ...nor without: the guess alone (no dictionary) does split them.
    assert Decompounder(vocabulary).split("ontmoeten") == ("ontmo", "eten")
    # A part is known by its stem: the lemmatizer took every "aanvraag" for the verb.
    assert splitter.split("subsidieaanvraag") == ("subsidie", "aanvraag")
    # Words the dictionary does not know still split with a guessed modifier.
    assert splitter.split("communityfeest") == ("community", "feest")


def test_bare_verb_stems_are_repaired():
    from sbcoder.nlp.dutch import repair_lookup_lemma

    known = {"brengen": 8, "meten": 2, "zeggen": 9}.get
    assert repair_lookup_lemma("breng", "breng", lambda w: known(w, 0)) == "brengen"
    assert repair_lookup_lemma("meet", "meet", lambda w: known(w, 0)) == "meten"
    assert repair_lookup_lemma("zeg", "zeg", lambda w: known(w, 0)) == "zeg"  # too short
