"""From features to weighted terms: the shared vocabulary of themes and similarity.

A lemma becomes up to three kinds of term: its stem (so financiering and financieren
count as one), the stems of its compound parts at half weight (buurtvertrouwen also
counts as vertrouwen), and noun phrases count as terms of their own. Weights are
sublinear TF times IDF, rows L2-normalised, in scipy sparse matrices.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from sbcoder.nlp.dutch import Decompounder, build_vocabulary, is_content_word, stem
from sbcoder.nlp.features import TextFeatures
from sbcoder.nlp.pipeline import dutch_lexicon

PART_WEIGHT = 0.5
CHUNK_WEIGHT = 1.0
# Weight of a lemma by its word class (TextFeatures.pos): nouns name the subject of a
# passage; verbs and adverbs (zien, helpen, vanzelf) are shared by every subject.
POS_WEIGHTS = {"N": 1.0, "V": 0.5, "A": 0.7, "R": 0.5, "X": 1.0}
GRAM_SIZES = (4, 5)


@dataclass(frozen=True)
class CodeProfile:
    """What the suggestion functions know about one code.

    quotation_features: features of the code's quotations (from `analyse_texts`).
    cooccurring: other code id -> how often both codes sit on the same quotations; any
        non-negative count. Theme suggestion weighs it lightly (see nlp.structure):
        codes of different themes share quotations by design too (CIMO).
    label_features: features of "name. description" when the caller has a pipeline at
        hand (`lemmas_of`); otherwise the name and description are split into lower-case
        words without lemmas.
    nearby: other code id -> how many of their quotations lie in the same passages as
        this code's (overlapping, or a paragraph apart at most) without being the same.
    speakers: speaker (any key; sbcoder uses the document) -> this code's quotations there.
    """

    code_id: int
    name: str
    description: str
    quotation_features: Sequence[TextFeatures]
    cooccurring: dict[int, float]
    label_features: TextFeatures | None = None
    nearby: dict[int, float] = field(default_factory=dict)
    speakers: dict[Hashable, float] = field(default_factory=dict)

    def label_text_features(self) -> TextFeatures:
        """The name and description as features: `label_features` when given (with word
        classes and noun phrases), else their words (see `label_lemmas`)."""
        if self.label_features is not None:
            return self.label_features
        return TextFeatures(self.label_lemmas())

    def label_lemmas(self) -> tuple[str, ...]:
        """Content lemmas of the name and description."""
        if self.label_features is not None:
            return self.label_features.lemmas
        words = f"{self.name} {self.description}".lower().replace("/", " ").split()
        return tuple(
            w.strip(".,;:!?()'\"“”") for w in words if is_content_word(w.strip(".,;:!?()'\"“”"))
        )


class TermSpace:
    """Turns features into term bags with one vocabulary, one decompounder, one IDF."""

    def __init__(self, lemma_frequencies: dict[str, int]) -> None:
        self._frequencies = lemma_frequencies
        self._decompounder = Decompounder(lemma_frequencies, lexicon=dutch_lexicon())
        self._expansions: dict[str, tuple[tuple[str, float, str], ...]] = {}
        self._chunks_shown: dict[str, Counter[str]] = {}
        self._display: dict[str, str] | None = None
        self.index: dict[str, int] = {}
        self.idf: np.ndarray = np.zeros(0)

    @classmethod
    def from_features(cls, features: Iterable[TextFeatures], extra: Iterable[Sequence[str]] = ()):
        """A space whose decompounder trusts the lemmas of `features` and `extra`."""
        lemma_lists = [f.lemmas for f in features]
        lemma_lists.extend(extra)
        return cls(build_vocabulary(lemma_lists))

    def expand(self, lemma: str) -> tuple[tuple[str, float, str], ...]:
        """The weighted terms one lemma contributes: (term, weight, word shown for it)."""
        cached = self._expansions.get(lemma)
        if cached is None:
            terms: dict[str, tuple[float, str]] = {stem(lemma): (1.0, lemma)}
            for part in self._decompounder.split(lemma):
                key = stem(part)
                if key not in terms:
                    terms[key] = (PART_WEIGHT, part)
            cached = tuple((term, w, shown) for term, (w, shown) in terms.items())
            self._expansions[lemma] = cached
            self._display = None
        return cached

    def bag(self, features: TextFeatures, weight: float = 1.0) -> Counter[str]:
        """Weighted term counts of one text (word classes weighted by POS_WEIGHTS)."""
        counts: Counter[str] = Counter()
        for lemma, (_, class_weight) in lemma_weights(features).items():
            for term, w, _ in self.expand(lemma):
                counts[term] += w * weight * class_weight
        for chunk in features.noun_chunks:
            counts[self.chunk_term(chunk)] += CHUNK_WEIGHT * weight
        return counts

    def chunk_term(self, chunk: str) -> str:
        """The term of a noun phrase (its words' stems), remembered for `display`."""
        key = " ".join(stem(part) for part in chunk.split())
        shown = self._chunks_shown.get(key)
        if shown is None:
            shown = self._chunks_shown[key] = Counter()
            self._display = None
        shown[chunk] += 1
        return key

    def lemma_bag(self, lemmas: Iterable[str], weight: float = 1.0) -> Counter[str]:
        """Weighted term counts of bare lemmas (code names and descriptions)."""
        return self.bag(TextFeatures(tuple(lemmas)), weight)

    def display(self, term: str) -> str:
        """The lemma or phrase most often behind a term, for labels."""
        if self._display is None:
            # Worked out once from the corpus frequencies, not counted on every bag.
            best: dict[str, tuple[float, str]] = {}
            for lemma, expansion in self._expansions.items():
                frequency = self._frequencies.get(lemma, 0)
                for key, _, shown in expansion:
                    if key not in best or frequency > best[key][0]:
                        best[key] = (frequency, shown)
            for key, shown_counts in self._chunks_shown.items():
                best[key] = (0, shown_counts.most_common(1)[0][0])
            self._display = {key: shown for key, (_, shown) in best.items()}
        return self._display.get(term, term)

    def fit_idf(self, bags: Sequence[Mapping[str, float]]) -> None:
        """Fix the vocabulary and the IDF from document bags (codes, units, ...).

        IDF is log(N / df) + a small floor: a term in every document weighs almost
        nothing (gemeente, bewoners, buurt), as the everyday words of a project should.
        """
        self.index, self.idf = idf_table(bags)

    def matrix(
        self, bags: Sequence[Mapping[str, float]], normalise: bool = True
    ) -> sparse.csr_matrix:
        """Rows of sublinear TF * IDF over the fitted vocabulary (unknown terms dropped)."""
        return weighted_matrix(bags, self.index, self.idf, normalise)


class GramSpace:
    """Character 4- and 5-grams of lemmas: a second, sub-word view of a text.

    It matches what lemmas and the decompounder miss: derivations (vereenzaamt and
    eenzaamheid, verduurzamen and duurzaam), words the lemmatizer left inflected
    (wethouders), and compounds of unknown parts. Its own IDF keeps the grams of every
    frequent word (bewoner, gemeente) weak.
    """

    def __init__(self) -> None:
        self._grams: dict[str, tuple[str, ...]] = {}
        self.index: dict[str, int] = {}
        self.idf: np.ndarray = np.zeros(0)

    def bag(self, features: TextFeatures, weight: float = 1.0) -> Counter[str]:
        """Weighted gram counts of one text (word classes weighted as in TermSpace)."""
        counts: Counter[str] = Counter()
        for lemma, (_, class_weight) in lemma_weights(features).items():
            for gram in self.grams_of(lemma):
                counts[gram] += class_weight * weight
        return counts

    def grams_of(self, lemma: str) -> tuple[str, ...]:
        """The grams of one lemma, marked at both ends ("<buurt>" -> "<buu", ...)."""
        grams = self._grams.get(lemma)
        if grams is None:
            marked = f"<{lemma}>"
            grams = tuple(
                marked[i : i + size] for size in GRAM_SIZES for i in range(len(marked) - size + 1)
            )
            self._grams[lemma] = grams
        return grams

    def lemma_bag(self, lemmas: Iterable[str], weight: float = 1.0) -> Counter[str]:
        """Weighted gram counts of bare lemmas (code names and descriptions)."""
        return self.bag(TextFeatures(tuple(lemmas)), weight)

    def fit_idf(self, bags: Sequence[Mapping[str, float]]) -> None:
        """Fix the grams and their IDF, log((N + 1) / df), from document bags."""
        self.index, self.idf = idf_table(bags)

    def matrix(
        self, bags: Sequence[Mapping[str, float]], normalise: bool = True
    ) -> sparse.csr_matrix:
        """Rows of sublinear TF * IDF over the fitted grams (unknown grams dropped)."""
        return weighted_matrix(bags, self.index, self.idf, normalise)


def lemma_weights(features: TextFeatures) -> dict[str, tuple[int, float]]:
    """lemma -> (how often it occurs, summed word-class weight) for one text."""
    result: dict[str, tuple[int, float]] = {}
    letters = features.pos or "X" * len(features.lemmas)
    for lemma, letter in zip(features.lemmas, letters, strict=True):
        n, w = result.get(lemma, (0, 0.0))
        result[lemma] = (n + 1, w + POS_WEIGHTS.get(letter, 1.0))
    return result


def idf_table(bags: Sequence[Mapping[str, float]]) -> tuple[dict[str, int], np.ndarray]:
    """A column per term of `bags` (sorted) and its IDF, log((N + 1) / df)."""
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    terms = sorted(df)
    n = max(len(bags), 1)
    frequencies = np.array([df[term] for term in terms], dtype=np.float64)
    return {term: i for i, term in enumerate(terms)}, np.log((n + 1) / frequencies)


def weighted_matrix(
    bags: Sequence[Mapping[str, float]],
    index: Mapping[str, int],
    idf: np.ndarray,
    normalise: bool = True,
) -> sparse.csr_matrix:
    """Rows of sublinear TF (1 + ln tf from 1 up, tf itself below) * IDF over `index`."""
    get = index.get
    columns: list[int] = []
    counts: list[float] = []
    indptr = [0]
    for bag in bags:
        for term, count in bag.items():
            column = get(term)
            if column is not None and count > 0:
                columns.append(column)
                counts.append(count)
        indptr.append(len(columns))
    tf = np.asarray(counts, dtype=np.float64)
    np.log(tf, out=tf, where=tf >= 1)
    tf[np.asarray(counts) >= 1] += 1.0
    column_array = np.asarray(columns, dtype=np.int64)
    data = tf * idf[column_array] if len(index) else tf
    mat = sparse.csr_matrix(
        (data, column_array, np.asarray(indptr, dtype=np.int64)), shape=(len(bags), len(index))
    )
    return l2_normalise(mat) if normalise else mat


def l2_normalise(mat: sparse.csr_matrix) -> sparse.csr_matrix:
    """Rows scaled to unit length (zero rows stay zero)."""
    norms = np.sqrt(np.asarray(mat.multiply(mat).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms).dot(mat).tocsr()
