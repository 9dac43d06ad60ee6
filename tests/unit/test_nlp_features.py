"""Features, their JSON cache form, progress/cancel, and sentence/paragraph units."""

from __future__ import annotations

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
