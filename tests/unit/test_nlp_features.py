"""Features, their JSON cache form, progress/cancel, and sentence/paragraph units."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from nlp_helpers import fallback_pipeline, real_pipeline

from sbcoder.nlp.features import (
    TextFeatures,
    analyse_texts,
    features_cache_key,
    paragraph_spans,
    split_units,
)
from sbcoder.nlp.pipeline import load_pipeline
from sbcoder.progress import Cancelled, RecordingReporter


def test_fallback_lemmas_cover_forms_the_lookup_table_lacks():
    (features,) = analyse_texts(
        ["De bewoners vertrouwden de gemeenten niet, en dat is echt gewoon zo."],
        fallback_pipeline(),
    )
    assert {"bewoner", "vertrouwen", "gemeente"} <= set(features.lemmas)
    assert not {"de", "en", "echt", "gewoon", "niet"} & set(features.lemmas)
    assert features.noun_chunks == () and features.vector is None


def test_real_pipeline_keeps_content_words_and_finds_noun_phrases():
    (features,) = analyse_texts(
        ["Er zijn duurzame contacten ontstaan tussen de nieuwe bewoners."], real_pipeline()
    )
    assert "contact" in features.lemmas and "bewoner" in features.lemmas
    assert "de" not in features.lemmas and "tussen" not in features.lemmas
    assert "duurzaam contact" in features.noun_chunks


@given(
    lemmas=st.lists(st.text(min_size=1, max_size=12), max_size=20),
    chunks=st.lists(st.text(min_size=1, max_size=20), max_size=5),
    vector=st.none() | st.lists(st.floats(-10, 10, allow_nan=False), min_size=1, max_size=8),
)
def test_json_round_trip(lemmas, chunks, vector):
    features = TextFeatures(
        tuple(lemmas), tuple(chunks), tuple(vector) if vector is not None else None
    )
    back = TextFeatures.from_json(features.to_json())
    assert back.lemmas == features.lemmas and back.noun_chunks == features.noun_chunks
    if vector is None:
        assert back.vector is None
    else:
        assert np.allclose(back.vector, vector, atol=1e-5)


@pytest.mark.parametrize("bad", ["", "[1, 2]", '{"v": 999, "l": []}', "{not json"])
def test_from_json_refuses_other_data(bad):
    with pytest.raises(ValueError):
        TextFeatures.from_json(bad)


def test_cache_key_names_pipeline_and_version():
    key = features_cache_key(fallback_pipeline())
    assert fallback_pipeline().name in key and "features-v" in key


def test_progress_is_reported_and_cancel_stops_between_batches():
    texts = [f"Bewoners ontmoeten elkaar in het buurthuis, keer {i}." for i in range(10)]
    reporter = RecordingReporter()
    result = analyse_texts(texts, fallback_pipeline(), reporter, batch_size=4)
    assert len(result) == 10
    assert [e[0] for e in reporter.events] == [4, 8, 10]
    assert all(e[1] == 10 for e in reporter.events)

    cancelling = RecordingReporter(cancel_after=1)
    with pytest.raises(Cancelled):
        analyse_texts(texts, fallback_pipeline(), cancelling, batch_size=4)
    assert len(cancelling.events) == 1


def test_vectors_are_the_mean_of_content_words(tmp_path):
    nlp = spacy.blank("nl")
    nlp.vocab.set_vector("koffie", np.array([1.0, 0.0, 2.0], dtype=np.float32))
    nlp.vocab.set_vector("buurthuis", np.array([3.0, 2.0, 0.0], dtype=np.float32))
    nlp.to_disk(tmp_path / "with_vectors")
    loaded = load_pipeline(str(tmp_path / "with_vectors"))
    assert loaded.has_vectors and not loaded.has_pos
    (features,) = analyse_texts(["koffie in het buurthuis"], loaded)
    assert features.vector is not None
    assert np.allclose(features.vector, [2.0, 1.0, 1.0])


TRANSCRIPT = (
    "Interviewer: Hoe ging dat? 🙂\n"
    "Respondent: Nou, we begonnen met koffie. Daarna kwamen er meer mensen.\n"
    "\n"
    "Dit is een alinea uit een pdf die midden in een zin\n"
    "is afgebroken, en nog eens in\n"
    "2025 ook. Einde.\n"
    "\n\n"
    "   Laatste regel met 𝄞 muziek.   "
)


def test_paragraphs_follow_lines_blank_lines_and_wrapped_pdf_text():
    spans = paragraph_spans(TRANSCRIPT)
    texts = [TRANSCRIPT[s:e] for s, e in spans]
    assert texts == [
        "Interviewer: Hoe ging dat? 🙂",
        "Respondent: Nou, we begonnen met koffie. Daarna kwamen er meer mensen.",
        "Dit is een alinea uit een pdf die midden in een zin\nis afgebroken, en nog eens in\n"
        "2025 ook. Einde.",
        "Laatste regel met 𝄞 muziek.",
    ]


@pytest.mark.parametrize("which", ["fallback", "real"])
def test_sentences_are_code_point_spans_inside_paragraphs(which):
    pipeline = fallback_pipeline() if which == "fallback" else real_pipeline()
    spans = split_units(TRANSCRIPT, "sentence", pipeline)
    texts = [TRANSCRIPT[s:e] for s, e in spans]
    assert "Respondent: Nou, we begonnen met koffie." in texts
    assert "Daarna kwamen er meer mensen." in texts
    assert texts[-1] == "Laatste regel met 𝄞 muziek."
    paragraphs = paragraph_spans(TRANSCRIPT)
    for s, e in spans:
        assert TRANSCRIPT[s:e] == TRANSCRIPT[s:e].strip() and e > s
        assert any(ps <= s and e <= pe for ps, pe in paragraphs)


def test_unknown_unit_is_refused():
    with pytest.raises(ValueError, match="unknown unit"):
        split_units("Tekst.", "chapter", fallback_pipeline())  # type: ignore[arg-type]


def test_empty_and_blank_texts_give_no_units():
    assert paragraph_spans("") == [] and paragraph_spans(" \n\n \n") == []
    assert split_units("", "sentence", fallback_pipeline()) == []


def test_real_pipeline_lemmas_are_checked_against_the_lookup_table():
    # The trained lemmatizer invents "opendijden" and keeps "besteed"; the lookup table
    # knows both forms (it is keyed by string hashes, so a plain dict copy never matched).
    (features,) = analyse_texts(
        ["Een man die nooit opendeed. Ik besteed de helft van mijn uren aan formulieren."],
        real_pipeline(),
    )
    assert {"opendoen", "besteden", "formulier"} <= set(features.lemmas)
    assert "opendijden" not in features.lemmas


def test_word_classes_travel_with_the_lemmas():
    text = "De bewoners koken samen een grote maaltijd in het nieuwe buurthuis."
    (real,) = analyse_texts([text], real_pipeline())
    assert len(real.pos) == len(real.lemmas)
    classes = dict(zip(real.lemmas, real.pos, strict=True))
    assert classes["bewoner"] == "N" and classes["maaltijd"] == "N"
    assert classes["koken"] == "V" and classes["groot"] == "A"
    (fallback,) = analyse_texts([text], fallback_pipeline())
    assert fallback.pos == "" and "maaltijd" in fallback.lemmas


def test_word_classes_must_match_the_lemmas():
    with pytest.raises(ValueError, match="2 word classes for 1 lemmas"):
        TextFeatures(("buurt",), pos="NV")
    with pytest.raises(ValueError):
        TextFeatures.from_json('{"v": 2, "l": ["buurt"], "p": "NN"}')
    with pytest.raises(ValueError):
        TextFeatures.from_json('{"v": 2}')
    back = TextFeatures.from_json(TextFeatures(("buurt", "koken"), pos="NV").to_json())
    assert back.pos == "NV"


def test_identical_texts_are_analysed_once():
    texts = ["Koffie in het buurthuis.", "Subsidie voor de buurt.", "Koffie in het buurthuis."]
    reporter = RecordingReporter()
    first, second, again = analyse_texts(texts, fallback_pipeline(), reporter)
    assert again is first and second is not first
    assert reporter.events[-1][:2] == (3, 3)


def test_threads_give_the_same_features(monkeypatch):
    import sbcoder.nlp.parallel as parallel

    loaded = real_pipeline()
    texts = [f"Bewoners {i} ontmoeten elkaar bij de koffieochtend in de wijk." for i in range(40)]
    alone = analyse_texts(texts, dataclasses.replace(loaded, copies=[], token_memo={}))
    monkeypatch.setattr(parallel, "MIN_TEXTS_PER_WORKER", 10)
    monkeypatch.setattr(parallel, "usable_cores", lambda: 2)
    threaded_pipeline = dataclasses.replace(loaded, copies=[], token_memo={})
    threaded = analyse_texts(texts, threaded_pipeline, batch_size=8)
    assert len(threaded_pipeline.copies) == 1  # one copy for the second thread
    assert threaded == alone


def test_fast_matrix_products_keep_spacys_lemmas_and_tags():
    from spacy.util import get_lang_class
    from thinc.api import NumpyOps

    loaded = real_pipeline()
    tok2vec = loaded.nlp.get_pipe("tok2vec").model
    assert isinstance(tok2vec.ops, NumpyOps) and tok2vec.ops.use_blis is False
    plain = get_lang_class("nl").from_config(loaded.nlp.config)
    plain.from_bytes(loaded.nlp.to_bytes())  # as spaCy builds it: thinc's default ops
    texts = [
        "De buurtverbinder signaleert eenzaamheid eerder dan de wijkteams.",
        "Zonder structurele financiering verdwijnt het netwerk dat we hebben opgebouwd.",
    ]
    for ours, theirs in zip(loaded.nlp.pipe(texts), plain.pipe(texts), strict=True):
        assert [(t.lemma_, t.pos_) for t in ours] == [(t.lemma_, t.pos_) for t in theirs]


def test_single_threaded_blas_is_restored():
    from sbcoder.nlp.parallel import _openblas_local_threads, single_threaded_blas

    setter = _openblas_local_threads()
    if setter is None:
        pytest.skip("numpy here does not use OpenBLAS 0.3.27+; the block is a no-op")
    before = setter(3)
    try:
        with single_threaded_blas():
            assert setter(1) == 1  # inside: one thread (the call returns the old value)
        assert setter(3) == 3  # after: what it was before the block
    finally:
        setter(before)
