"""Pipeline choice: order, reasons, caching across threads, never a download."""

from __future__ import annotations

import threading
import time

import pytest
import spacy
from nlp_helpers import fallback_pipeline, real_pipeline

import sbcoder.nlp.pipeline as pipeline_module
from sbcoder.nlp.pipeline import (
    ENV_VAR,
    FALLBACK_NAME,
    describe_pipeline,
    get_pipeline,
    load_pipeline,
)


@pytest.fixture(autouse=True)
def _no_download(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the pipeline loader tried to download a model")

    import spacy.cli

    monkeypatch.setattr(spacy.cli, "download", refuse)
    monkeypatch.setattr(pipeline_module, "PACKAGE_CANDIDATES", ())
    pipeline_module.clear_pipeline_cache()


def test_missing_env_model_falls_back_and_says_why(monkeypatch, tmp_path):
    missing = tmp_path / "no-such-model"
    monkeypatch.setenv(ENV_VAR, str(missing))
    loaded = load_pipeline()
    assert loaded.is_fallback and loaded.name == FALLBACK_NAME
    assert not loaded.has_pos and not loaded.has_parser and not loaded.has_vectors
    assert str(missing) in loaded.reason and ENV_VAR in loaded.reason
    assert "sentencizer" in loaded.nlp.pipe_names


def test_preferred_folder_wins_over_env(monkeypatch, tmp_path):
    folder = tmp_path / "my_nl"
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(folder)
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "other"))
    loaded = load_pipeline(str(folder))
    assert not loaded.is_fallback
    assert str(folder.resolve()) in loaded.name
    assert loaded.reason == ""


def test_non_dutch_pipeline_is_refused(monkeypatch, tmp_path):
    folder = tmp_path / "english"
    spacy.blank("en").to_disk(folder)
    monkeypatch.delenv(ENV_VAR, raising=False)
    loaded = load_pipeline(str(folder))
    assert loaded.is_fallback
    assert "'en' pipeline, not Dutch" in loaded.reason


def test_get_pipeline_loads_once_for_concurrent_callers(monkeypatch):
    calls = []
    real = fallback_pipeline()

    def slow_load(preferred=None):
        calls.append(preferred)
        time.sleep(0.05)
        return real

    monkeypatch.setattr(pipeline_module, "load_pipeline", slow_load)
    monkeypatch.delenv(ENV_VAR, raising=False)
    results = []
    threads = [threading.Thread(target=lambda: results.append(get_pipeline())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1
    assert all(r is real for r in results) and len(results) == 8


def test_describe_pipeline_names_the_active_one(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "gone"))
    text = describe_pipeline()
    assert FALLBACK_NAME in text
    assert "not used" in text and "gone" in text


def test_real_pipeline_abilities():
    loaded = real_pipeline()
    assert not loaded.is_fallback
    assert loaded.has_pos
    assert loaded.nlp.lang == "nl"
    assert loaded.name.split()[0].startswith("nl_")
