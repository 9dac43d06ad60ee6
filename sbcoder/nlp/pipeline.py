"""Choosing and loading the spaCy pipeline, once per process.

Order (DESIGN.md, NLP): a pipeline the caller prefers (settings), `SBCODER_SPACY_MODEL`,
the installed `nl_core_news_lg`/`_md`/`_sm` packages, else `spacy.blank("nl")` with the
lookup lemmatizer from spacy-lookups-data. Nothing is ever downloaded: `spacy.load` only
reads packages and folders on disk.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

ENV_VAR = "SBCODER_SPACY_MODEL"
PACKAGE_CANDIDATES: tuple[str, ...] = ("nl_core_news_lg", "nl_core_news_md", "nl_core_news_sm")
FALLBACK_NAME = "spacy.blank('nl') + lookup lemmas (fallback)"


class PipelineError(RuntimeError):
    """No pipeline at all could be built (not even the blank fallback)."""


@dataclass(frozen=True)
class LoadedPipeline:
    """The active spaCy pipeline and what it can do.

    `reason` says why earlier candidates were not used (empty when the first one loaded),
    so `sbcoder doctor` and the ui can tell the user what to install or fix.
    """

    nlp: Language
    name: str
    is_fallback: bool
    has_pos: bool
    has_parser: bool
    has_vectors: bool
    reason: str = ""
    # spacy-lookups-data's Dutch table (form -> lemma; a spaCy Table, so look forms up
    # with .get, never by iterating its hashed keys) and its set of lemmas. Features use
    # them to check the pipeline's lemmas: the trainable lemmatizers sometimes invent
    # words (ontbreekt -> ontbreekken) and the lookup table lacks many verb forms
    # (vertrouwde); each covers the other's gaps.
    lemma_lookup: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)
    # lemma -> how many forms the table maps to it: a real verb (kennen) has many, a
    # stray entry (kenen) one, which decides between repair candidates.
    known_lemmas: Mapping[str, int] = field(default_factory=dict, compare=False, repr=False)
    # spaCy does not promise that one Language may run in several threads at once.
    lock: threading.RLock = field(default_factory=threading.RLock, compare=False, repr=False)
    # Copies of `nlp` for the threads of parallel.py, made on first need.
    copies: list[Any] = field(default_factory=list, compare=False, repr=False)
    # What features.py made of each (form, lemma, tag, like-number) hash row it has seen.
    token_memo: dict[tuple[int, ...], Any] = field(default_factory=dict, compare=False, repr=False)


def load_pipeline(preferred: str | None = None) -> LoadedPipeline:
    """Load the first pipeline that works (see the module docstring); never downloads.

    `preferred` is a package name or a folder. A candidate that fails, or is not Dutch,
    is skipped and named in `reason`.
    """
    import spacy

    failures: list[str] = []
    candidates: list[tuple[str, str]] = []
    if preferred:
        candidates.append(("preferred", preferred))
    env_value = os.environ.get(ENV_VAR, "").strip()
    if env_value:
        candidates.append((ENV_VAR, env_value))
    candidates += [("bundled", path) for path in bundled_pipeline_paths()]  # frozen app only
    candidates += [("package", name) for name in PACKAGE_CANDIDATES]

    for origin, candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except Exception as exc:  # spaCy raises OSError, ValueError, KeyError, ...
            if origin != "package":
                failures.append(f"{origin} {candidate!r} did not load: {_first_line(exc)}")
            else:
                failures.append(f"{candidate} is not installed")
            continue
        if nlp.lang != "nl":
            failures.append(f"{origin} {candidate!r} is a {nlp.lang!r} pipeline, not Dutch")
            continue
        return _describe_loaded(nlp, candidate, "; ".join(failures))

    try:
        nlp = spacy.blank("nl")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.add_pipe("sentencizer")
        nlp.initialize()
    except Exception as exc:  # spacy-lookups-data missing or broken
        raise PipelineError(
            "No Dutch spaCy pipeline could be loaded and the blank fallback failed "
            f"({_first_line(exc)}); install spacy-lookups-data or nl_core_news_sm. "
            + "; ".join(failures)
        ) from exc
    table, known = _lookup_resources()
    return LoadedPipeline(
        nlp=nlp,
        name=FALLBACK_NAME,
        is_fallback=True,
        has_pos=False,
        has_parser=False,
        has_vectors=False,
        reason="; ".join(failures),
        lemma_lookup=table,
        known_lemmas=known,
    )


@lru_cache(maxsize=1)
def _lookup_resources() -> tuple[Mapping[str, str], Mapping[str, int]]:
    """The Dutch lemma lookup table and how many forms map to each lemma; both empty
    when spacy-lookups-data is not installed.

    The table is the spaCy `Table` itself, not a dict copy: it is keyed by string hashes
    and its `get(form)` hashes the form, while a dict made from its items holds hash keys
    that no word ever matches. Read once per process (a quarter of a million entries)."""
    try:
        from spacy.lookups import load_lookups

        table = load_lookups("nl", ["lemma_lookup"]).get_table("lemma_lookup")
    except Exception:  # an optional improvement: the pipeline's own lemmas still work
        return {}, {}
    return table, Counter(table.values())


def dutch_lexicon() -> Callable[[str], bool] | None:
    """Whether a word is a Dutch word form or lemma, by spacy-lookups-data's table;
    None when that package is not installed."""
    table, known = _lookup_resources()
    if not known:
        return None

    def is_word(word: str) -> bool:
        return word in known or table.get(word) is not None

    return is_word


def use_numpy_matrix_products(nlp: Language) -> None:
    """Let the pipeline's neural networks multiply matrices with numpy's BLAS instead of
    thinc's bundled blis.

    Measured on the stand-in: the same lemmas and tags for 2,000 texts, in 1.5 s instead
    of 3.5 s on one core (the blis wheel falls back to slow kernels on CPUs it does not
    recognise, as in virtual machines; OpenBLAS picks its kernels at run time). Nothing
    changes where numpy ops are not in use (a GPU) or thinc lacks the option.
    """
    try:
        from thinc.api import NumpyOps

        numpy_ops = NumpyOps(use_blis=False)
    except Exception:  # an older thinc without use_blis: keep what it does
        return
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not isinstance(model.ops, NumpyOps):
            continue
        for node in model.walk():
            if isinstance(node.ops, NumpyOps):
                node.ops = numpy_ops


def _describe_loaded(nlp: Language, candidate: str, reason: str) -> LoadedPipeline:
    use_numpy_matrix_products(nlp)
    meta: dict[str, Any] = nlp.meta
    name = f"{meta.get('lang', 'nl')}_{meta.get('name', '?')} {meta.get('version', '?')}"
    if Path(candidate).exists():
        name += f" ({Path(candidate).resolve()})"
    pipes = set(nlp.pipe_names)
    table, known = _lookup_resources()
    return LoadedPipeline(
        nlp=nlp,
        name=name,
        is_fallback=False,
        has_pos=bool(pipes & {"morphologizer", "tagger"}),
        has_parser="parser" in pipes,
        has_vectors=nlp.vocab.vectors.shape[0] > 0,
        reason=reason,
        lemma_lookup=table,
        known_lemmas=known,
    )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


_cache: dict[tuple[str | None, str], LoadedPipeline] = {}
_cache_lock = threading.Lock()


def get_pipeline(preferred: str | None = None) -> LoadedPipeline:
    """The process-wide pipeline for `preferred` and the current environment.

    Loading takes a second or more, so it happens once; concurrent first calls from
    several threads wait for the same load instead of loading twice.
    """
    key = (preferred, os.environ.get(ENV_VAR, "").strip())
    with _cache_lock:
        loaded = _cache.get(key)
        if loaded is None:
            loaded = load_pipeline(preferred)
            _cache[key] = loaded
        return loaded


def clear_pipeline_cache() -> None:
    """Forget loaded pipelines (after the user changes the model in the settings)."""
    with _cache_lock:
        _cache.clear()


def describe_pipeline(preferred: str | None = None) -> str:
    """A few lines for `sbcoder doctor` and the About box: which pipeline is active,
    what it can do, and why better candidates were not used."""
    loaded = get_pipeline(preferred)
    abilities = [
        "part-of-speech tags" if loaded.has_pos else "no part-of-speech tags",
        "dependency parse" if loaded.has_parser else "no parser",
        "word vectors" if loaded.has_vectors else "no word vectors",
    ]
    lines = [
        f"spaCy pipeline: {loaded.name}",
        f"  components: {', '.join(loaded.nlp.pipe_names) or '(none)'}",
        f"  abilities: {', '.join(abilities)}",
    ]
    if loaded.is_fallback:
        lines.append(
            "  fallback: lemmas from a lookup table; install nl_core_news_sm or set "
            f"{ENV_VAR} for better suggestions"
        )
    if loaded.reason:
        lines.append(f"  not used: {loaded.reason}")
    return "\n".join(lines)


# -- The frozen desktop app (packaging/) ----------------------------------------------------
# packaging/sbcoder.spec copies the Dutch pipeline installed at build time into this folder
# of the app, so the app works without a separate model install.
BUNDLED_PIPELINE_FOLDER = "spacy_pipeline"


def bundled_pipeline_paths() -> list[str]:
    """The pipeline folder bundled into a frozen (PyInstaller) app, as a one-item list;
    empty when running from source or when the build bundled none."""
    import sys

    base = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or not base:
        return []
    folder = Path(base) / BUNDLED_PIPELINE_FOLDER
    return [str(folder)] if (folder / "config.cfg").is_file() else []
