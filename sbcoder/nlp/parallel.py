"""Running a trained pipeline on several CPU cores at once, in threads.

Almost all of the time of `features.analyse_texts` on a trained pipeline goes into
thinc's matrix products (tok2vec), which release the GIL. Two threads, each with its own
copy of the pipeline (spaCy does not promise that one `Language` may run in two threads),
analyse 1.7 times as many texts per second on two cores as one thread; spaCy's
`n_process` was slower at this size (each process loads the model and pickles Docs
back) and forks a GUI process. Copies are made once per process and kept with the
`LoadedPipeline`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sbcoder.nlp.pipeline import LoadedPipeline, use_numpy_matrix_products

if TYPE_CHECKING:
    from spacy.language import Language

MAX_WORKERS = 4
# Fewer texts than this are analysed faster than a copy of the pipeline is made.
MIN_TEXTS_PER_WORKER = 500
# A copy of nl_core_news_lg would hold another 600 MB of word vectors: not worth it.
MAX_VECTOR_BYTES = 100_000_000


def usable_cores() -> int:
    """CPU cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows have no affinity call
        return os.cpu_count() or 1


def worker_count(pipeline: LoadedPipeline, n_texts: int) -> int:
    """How many threads to analyse `n_texts` with (1 = the calling thread alone)."""
    if pipeline.is_fallback:  # lookups and rules: no matrix products to share out
        return 1
    vectors = pipeline.nlp.vocab.vectors
    if getattr(vectors, "data", None) is not None and vectors.data.nbytes > MAX_VECTOR_BYTES:
        return 1
    return max(1, min(MAX_WORKERS, usable_cores(), n_texts // MIN_TEXTS_PER_WORKER))


def pipelines_for(pipeline: LoadedPipeline, workers: int) -> list[Language]:
    """The pipeline and `workers - 1` copies of it (made on first need, then kept).
    Call with `pipeline.lock` held."""
    while len(pipeline.copies) < workers - 1:
        pipeline.copies.append(_copy(pipeline.nlp))
    return [pipeline.nlp, *pipeline.copies[: workers - 1]]


def _copy(nlp: Language) -> Language:
    from spacy.util import get_lang_class

    copy = get_lang_class(nlp.lang).from_config(nlp.config)
    copy.from_bytes(nlp.to_bytes())
    use_numpy_matrix_products(copy)
    return copy


@lru_cache(maxsize=1)
def _openblas_local_threads() -> Any:
    """OpenBLAS's per-thread thread count setter (OpenBLAS 0.3.27+, as bundled with
    numpy 2), or None where numpy uses another BLAS."""
    import ctypes
    import glob

    import numpy

    folder = os.path.dirname(numpy.__file__)
    patterns = ("numpy.libs/*openblas*", "../numpy.libs/*openblas*", ".dylibs/*openblas*")
    for pattern in patterns:
        for path in glob.glob(os.path.join(folder, pattern)):
            try:
                setter = ctypes.CDLL(path).openblas_set_num_threads_local
            except (OSError, AttributeError):
                continue
            setter.restype = ctypes.c_int
            setter.argtypes = [ctypes.c_int]
            return setter
    return None


@contextmanager
def single_threaded_blas() -> Iterator[None]:
    """Matrix products of the calling thread on one core while the block runs.

    The products in a spaCy pipeline are small; OpenBLAS splitting each over all cores
    made analysis slower (5.0 s instead of 3.1 s for 4,000 texts on two busy cores), and
    the threads of `run_split` already keep the cores busy."""
    setter = _openblas_local_threads()
    previous = setter(1) if setter is not None else None
    try:
        yield
    finally:
        if setter is not None and previous is not None and previous > 0:
            setter(previous)


def run_split(
    nlps: list[Language], texts: list[str], work: Any, pool: ThreadPoolExecutor | None
) -> list[Any]:
    """`work(nlp, part)` on consecutive parts of `texts`, one part per pipeline, in the
    pool's threads; the results of the parts concatenated in order."""

    def single_threaded(nlp: Language, part: list[str]) -> list[Any]:
        with single_threaded_blas():
            return list(work(nlp, part))

    if pool is None or len(nlps) == 1:
        return single_threaded(nlps[0], texts)
    size = -(-len(texts) // len(nlps))
    parts = [texts[i : i + size] for i in range(0, len(texts), size)]
    results: list[Any] = []
    for part_result in pool.map(single_threaded, nlps[: len(parts)], parts):
        results.extend(part_result)
    return results
