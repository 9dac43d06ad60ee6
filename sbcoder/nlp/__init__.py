"""sbcoder.nlp: spaCy pipeline choice, text features, theme and code suggestions, lemma
search. Qt-free and database-free: the core passes plain data in and stores caches.

Importing this package does not import spaCy; loading a pipeline does.
"""

from sbcoder.nlp.cluster import adjusted_rand_index
from sbcoder.nlp.features import (
    FEATURES_VERSION,
    TextFeatures,
    analyse_texts,
    features_cache_key,
    lemmas_of,
    paragraph_spans,
    split_units,
)
from sbcoder.nlp.pipeline import (
    LoadedPipeline,
    PipelineError,
    describe_pipeline,
    get_pipeline,
    load_pipeline,
)
from sbcoder.nlp.search import Hit, SearchError, TokenIndex, index_texts, lemma_search
from sbcoder.nlp.similarity import (
    CodeIndex,
    SimilarUnit,
    find_similar_units,
    rank_codes_for_passage,
)
from sbcoder.nlp.terms import CodeProfile
from sbcoder.nlp.themes import (
    ThemeInputError,
    ThemeMember,
    ThemeSuggestion,
    suggest_themes,
    suggest_themes_report,
)

__all__ = [
    "FEATURES_VERSION",
    "CodeIndex",
    "CodeProfile",
    "Hit",
    "LoadedPipeline",
    "PipelineError",
    "SearchError",
    "SimilarUnit",
    "TextFeatures",
    "ThemeInputError",
    "ThemeMember",
    "ThemeSuggestion",
    "TokenIndex",
    "adjusted_rand_index",
    "analyse_texts",
    "describe_pipeline",
    "features_cache_key",
    "find_similar_units",
    "get_pipeline",
    "index_texts",
    "lemma_search",
    "lemmas_of",
    "load_pipeline",
    "paragraph_spans",
    "rank_codes_for_passage",
    "split_units",
    "suggest_themes",
    "suggest_themes_report",
]
