"""Shared helpers for the tests of sbcoder.nlp: the two pipelines, once per process."""

from __future__ import annotations

import os
from functools import lru_cache

import pytest

from sbcoder.nlp.pipeline import ENV_VAR, PACKAGE_CANDIDATES, LoadedPipeline, load_pipeline


@lru_cache(maxsize=1)
def _real() -> LoadedPipeline | None:
    loaded = load_pipeline()
    return None if loaded.is_fallback else loaded


def real_pipeline() -> LoadedPipeline:
    """The stand-in (SBCODER_SPACY_MODEL) or an installed nl_core_news_*; skips if none."""
    loaded = _real()
    if loaded is None:
        pytest.skip(
            f"no trained Dutch pipeline: {ENV_VAR} is unset or does not load and none of "
            f"{', '.join(PACKAGE_CANDIDATES)} is installed"
        )
    return loaded


@lru_cache(maxsize=1)
def fallback_pipeline() -> LoadedPipeline:
    """spacy.blank('nl') + lookup lemmas, whatever is installed (env var hidden)."""
    saved = os.environ.pop(ENV_VAR, None)
    try:
        import sbcoder.nlp.pipeline as module

        packages = module.PACKAGE_CANDIDATES
        module.PACKAGE_CANDIDATES = ()
        try:
            return load_pipeline()
        finally:
            module.PACKAGE_CANDIDATES = packages
    finally:
        if saved is not None:
            os.environ[ENV_VAR] = saved
