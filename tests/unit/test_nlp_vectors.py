"""The word-vector path of codes-for-a-passage and passages-for-a-code.

No Dutch pipeline with vectors (nl_core_news_md/lg) is installed here, so these tests
build a blank Dutch pipeline with small made-up vectors: two meaning groups that share no
words, on top of a large component common to every word (as real embeddings have, which
is why the code vectors are centred before comparing).
"""

from __future__ import annotations

import numpy as np
import pytest
import spacy

from sbcoder.nlp import CodeIndex, CodeProfile, analyse_texts
from sbcoder.nlp.pipeline import LoadedPipeline, load_pipeline
from sbcoder.nlp.similarity import CodeVectors, find_similar_units

MEALS = ["koken", "soep", "stamppot", "maaltijd", "diner", "gerecht", "recept", "tafel"]
RULES = ["formulier", "procedure", "regel", "aanvraag", "loket", "ambtenaar", "dossier"]
COMMON = ["buurt", "mensen", "gemeente", "week"]


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> LoadedPipeline:
    rng = np.random.default_rng(7)
    nlp = spacy.blank("nl")
    for words, axis in ((MEALS, 0), (RULES, 1), (COMMON, 2)):
        for word in words:
            vector = rng.normal(0, 0.15, 8)
            vector[axis] += 1.0
            vector[7] += 5.0  # what every word has in common
            nlp.vocab.set_vector(word, vector.astype(np.float32))
    path = tmp_path_factory.mktemp("vectors") / "nl_with_vectors"
    nlp.to_disk(path)
    loaded = load_pipeline(str(path))
    assert loaded.has_vectors
    return loaded


def _profiles(pipeline: LoadedPipeline, with_vectors: bool = True) -> list[CodeProfile]:
    meals = analyse_texts(["koken soep buurt", "stamppot maaltijd mensen"], pipeline)
    rules = analyse_texts(["formulier procedure gemeente", "regel aanvraag week"], pipeline)
    if not with_vectors:
        meals = [type(f)(f.lemmas, f.noun_chunks, None, f.pos) for f in meals]
        rules = [type(f)(f.lemmas, f.noun_chunks, None, f.pos) for f in rules]
    return [
        CodeProfile(1, "Samen eten", "", meals, {}),
        CodeProfile(2, "Regeldruk", "", rules, {}),
    ]


def test_a_passage_sharing_no_word_is_ranked_by_its_vectors(pipeline):
    (passage,) = analyse_texts(["diner gerecht recept"], pipeline)
    assert CodeIndex.build(_profiles(pipeline, with_vectors=False)).rank(passage) == []
    ranked = CodeIndex.build(_profiles(pipeline)).rank(passage)
    assert [code for code, _ in ranked][:1] == [1]
    (other,) = analyse_texts(["loket ambtenaar dossier"], pipeline)
    assert CodeIndex.build(_profiles(pipeline)).rank(other)[0][0] == 2


def test_shared_words_still_count_with_vectors(pipeline):
    # A rules passage that also names a meal word: the words and the vectors agree.
    (passage,) = analyse_texts(["formulier aanvraag loket"], pipeline)
    scores = CodeIndex.build(_profiles(pipeline)).scores(passage)
    lexical = CodeIndex.build(_profiles(pipeline, with_vectors=False)).scores(passage)
    assert scores[1] > lexical[1] and scores[0] < scores[1]


def test_code_vectors_need_two_codes_and_one_width(pipeline):
    profiles = _profiles(pipeline)
    assert CodeVectors.build(profiles[:1]) is None
    assert CodeVectors.build(_profiles(pipeline, with_vectors=False)) is None
    vectors = CodeVectors.build(profiles)
    assert vectors is not None
    assert np.allclose(vectors.standardised([1.0, 2.0]), 0)  # another width: ignored
    z = vectors.standardised(analyse_texts(["soep"], pipeline)[0].vector)
    assert z[0] > 0 > z[1]


def test_find_more_like_this_finds_a_unit_without_shared_words(pipeline):
    texts = ["diner en recept", "loket en dossier", "aanvraag bij het loket"]
    units = [(1, 0, 10 * i, f) for i, f in enumerate(analyse_texts(texts, pipeline))]
    found = find_similar_units(_profiles(pipeline)[0], units)
    assert found and found[0].end == 0  # the meal unit, though it shares no lemma
    lexical = find_similar_units(_profiles(pipeline, with_vectors=False)[0], units)
    assert lexical == []


def test_themes_group_codes_by_their_vectors(pipeline):
    from sbcoder.nlp.themes import suggest_themes

    # Codes 1 and 2 share "buurt", 3 and 4 share "gemeente": by words alone those pair
    # up; by meaning the meal codes (1, 3) and the rules codes (2, 4) belong together.
    texts = {
        1: ["koken soep buurt", "soep koken", "maaltijd tafel"],
        2: ["formulier procedure buurt", "procedure regel", "aanvraag formulier"],
        3: ["diner gerecht gemeente", "gerecht recept", "tafel diner"],
        4: ["loket dossier gemeente", "ambtenaar loket", "dossier aanvraag"],
    }
    profiles = [
        CodeProfile(code, f"code {code}", "", analyse_texts(quotes, pipeline), {})
        for code, quotes in texts.items()
    ]
    themes = suggest_themes(profiles, n_themes=2)
    assert sorted(sorted(m.code_id for m in t.members) for t in themes) == [[1, 3], [2, 4]]
