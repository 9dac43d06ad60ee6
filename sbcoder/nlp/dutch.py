"""Dutch word knowledge that spaCy's pipelines do not give: stop words for interviews,
lemma normalisation, a light stemmer, inflected forms for search and a decompounder.

Everything here is plain Python over strings, so it works the same on every pipeline,
including the `spacy.blank("nl")` fallback whose lookup table misses many verb forms.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache

# Spoken-language fillers and light verbs: frequent in transcripts, empty for themes.
# spaCy's list covers function words; these are what interviews add on top.
_INTERVIEW_FILLERS = frozenset(
    """
    ah eh ehm hè hé hm hmm jah joh nou oké ok okay tja uh uhm zeg hoor ofzo enzo zozo
    echt gewoon eigenlijk natuurlijk heel best beetje soort erg hartstikke super iets
    ding dingen keer manier kijk kijken zo'n zulke zeggen zei gezegd vinden vond denken
    dacht weten wist gaan ging komen kwam doen deed maken maakte krijgen kreeg laten
    liet staan stond zitten zat liggen lag houden hield willen wilde zullen mogen hebben
    zijn worden kunnen moeten lijken blijken heel veel vaak soms altijd nooit ja nee wel
    niet ook nog al dan toen nu hier daar er
    """.split()  # noqa: SIM905 (a word list reads better)
)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's Dutch stop words plus interview fillers (imports spaCy on first use, so
    that importing sbcoder.nlp stays cheap)."""
    from spacy.lang.nl.stop_words import STOP_WORDS as spacy_stop_words

    return frozenset(spacy_stop_words) | _INTERVIEW_FILLERS


# Derivational endings that must never be taken for the head of a compound
# (eigenaar|schap, eenzaam|heid are derivations, not compounds).
_SUFFIXES_NOT_HEADS = frozenset(
    """
    schap heid heden ing ingen lijk lijke baar bare isch ische achtig loos loze zaam tie
    ties teit iteit erij ster aar ling nis sel
    """.split()  # noqa: SIM905 (a word list reads better)
)
# Prefixes that must never be taken for the modifier of a compound (ver|trouwen).
_PREFIXES_NOT_MODIFIERS = frozenset(["be", "ge", "ver", "ont", "her", "er", "mis", "on", "an"])
_LINKING_MORPHEMES = ("", "s", "en", "e", "er", "-")
_MIN_STEM_MATCH = 5
_GUESS_WEIGHT = 0.5  # the corpus frequency a part counts with when it is not in the corpus
_WORD_RE = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?")


def normalise_lemma(lemma: str) -> str:
    """Lowercase a lemma and undo UD's separable-verb notation (`op_zetten` -> `opzetten`).

    The stand-in model also produces stray underscores inside nouns (`bewonersa_vond`);
    joining the parts restores the word in both cases.
    """
    return lemma.lower().replace("_", "").replace("’", "'").strip("'-")


def is_content_word(lemma: str) -> bool:
    """True for a normalised lemma worth counting: alphabetic, not a stop word or filler."""
    return len(lemma) >= 2 and lemma not in stop_words() and _WORD_RE.fullmatch(lemma) is not None


_DOUBLE_VOWEL_END = re.compile(r"(aa|ee|oo|uu)([^aeiou])$")
_DOUBLE_CONSONANT_END = re.compile(r"([bcdfgklmnprtvz])\1$")


@lru_cache(maxsize=200_000)
def stem(lemma: str) -> str:
    """A light stemmer for lemmas: conflates derivations that share a meaning.

    financiering / financieren -> financier, eenzaamheid / eenzaam -> eenzam,
    samenwerking / samenwerken -> samenwerk. Lemmas are already uninflected, so only a few
    derivational endings are removed; prefixes are kept because they change meaning
    (vertrouwen is not trouwen). The final syllable is normalised the way Dutch spelling
    alternates it (duurzaam / duurzame, leggen / leg, leven / leef).
    """
    word = lemma
    for suffix, min_rest in (("heid", 4), ("ing", 4), ("en", 3), ("e", 4)):
        if word.endswith(suffix) and len(word) - len(suffix) >= min_rest:
            word = word[: -len(suffix)]
            break
    word = _DOUBLE_CONSONANT_END.sub(r"\1", word)
    if word.endswith("v"):
        word = word[:-1] + "f"
    elif word.endswith("z"):
        word = word[:-1] + "s"
    return _DOUBLE_VOWEL_END.sub(lambda m: m.group(1)[0] + m.group(2), word)


def _verb_stems(infinitive: str) -> list[str]:
    """Present-tense stems of an infinitive (maken -> maak, leggen -> leg, geven -> geef).

    A single `e` in an open syllable is ambiguous (geven -> geef, but openen -> open), so
    both spellings are returned; search only uses forms that the text contains.
    """
    if not infinitive.endswith("en") or len(infinitive) < 4:
        return []
    base = infinitive[:-2]
    if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in "aeiou":
        return [base[:-1]]  # leggen -> leg
    if base[-1] == "v":
        base = base[:-1] + "f"
    elif base[-1] == "z":
        base = base[:-1] + "s"
    open_syllable = len(base) >= 2 and base[-1] not in "aeiou" and base[-2] in "aeiou"
    open_syllable = open_syllable and (len(base) < 3 or base[-3] not in "aeiou")
    if open_syllable and base[-2] in "aou":
        return [base[:-1] + base[-2] + base[-1]]  # maken -> maak, wonen -> woon
    if open_syllable and base[-2] == "e":
        return [base, base[:-1] + "e" + base[-1]]  # openen -> open, geven -> geef
    return [base]


_SEPARABLE_PREFIXES = """
    aan af bij door in los mee na neer om op over samen terug toe uit vast voor weg
    """.split()  # noqa: SIM905 (a word list reads better)
_UNSTRESSED_PREFIXES = ("be", "ge", "er", "her", "ont", "ver")


def inflected_forms(lemma: str) -> frozenset[str]:
    """Forms a Dutch lemma may take in running text, for lemma search.

    Covers noun plurals and diminutives, adjective endings, and the regular verb paradigm
    (present, past by 't kofschip, participle, separable prefixes). Over-generation is
    harmless here: a generated form only matters if the text contains it.
    """
    forms = {lemma, lemma + "s", lemma + "'s", lemma + "en", lemma + "e", lemma + "er"}
    forms |= {lemma + "je", lemma + "tje", lemma + "jes", lemma + "tjes", lemma + "ste"}
    if len(lemma) >= 3 and lemma[-1] not in "aeiou" and lemma[-2] in "aeiou":
        if lemma[-3] == lemma[-2]:  # straat -> straten, zaak -> zaken
            short = lemma[:-3] + lemma[-2] + lemma[-1]
            forms |= {short + "en", short + "e"}
        elif lemma[-3] not in "aeiou":  # bus -> bussen, wijk has a diphthong: skipped
            forms |= {lemma + lemma[-1] + "en", lemma + lemma[-1] + "e"}
    verb = _verb_forms(lemma)
    return frozenset(forms | verb)


def _verb_forms(infinitive: str) -> set[str]:
    for prefix in _SEPARABLE_PREFIXES:
        if infinitive.startswith(prefix) and len(infinitive) - len(prefix) >= 4:
            # Only the joined forms: "bouwt ... op" would need the parse, and the bare verb
            # alone (bouwen) means something else far too often.
            rest = _verb_forms_simple(infinitive[len(prefix) :], participle_ge=True)
            if rest:
                forms = {prefix + f for f in rest}
                return forms | _verb_forms_simple(infinitive, participle_ge=False)
    return _verb_forms_simple(infinitive, participle_ge=True)


def _verb_forms_simple(infinitive: str, participle_ge: bool) -> set[str]:
    stems = _verb_stems(infinitive)
    if not stems:
        return set()
    root = infinitive[:-2]
    voiceless = root[-1:] in set("tkfspx") or root.endswith("ch")
    past = "te" if voiceless else "de"
    participle_end = "t" if voiceless else "d"
    ge = "" if infinitive.startswith(_UNSTRESSED_PREFIXES) or not participle_ge else "ge"
    forms = {infinitive, infinitive + "d", infinitive + "de"}
    for stem_ in stems:
        forms |= {stem_, stem_ if stem_.endswith("t") else stem_ + "t"}
        forms |= {stem_ + past, stem_ + past + "n"}
        participle = ge + stem_ + ("" if stem_.endswith(participle_end) else participle_end)
        forms |= {participle, participle + "e"}
    return forms


class Decompounder:
    """Splits Dutch compounds into parts found in a vocabulary (buurtvertrouwen ->
    buurt + vertrouwen, bewonersavond -> bewoner + avond).

    Greedy in the sense of Koehn & Knight (2003): of all two-way splits whose head is a
    known word, it keeps the one whose parts are most frequent, allowing linking
    morphemes (s, en, e, er, -), and splits the modifier again. A modifier of five
    letters or more may be unknown (communityfeest), a head never.
    """

    def __init__(
        self,
        vocabulary: Mapping[str, int],
        min_part: int = 3,
        min_head: int = 4,
        lexicon: Callable[[str], bool] | None = None,
    ):
        self._freq = vocabulary
        self._min_part = min_part
        self._min_head = min_head
        # A dictionary of the language (the lookup table's words), when there is one: a
        # word it knows whole is never split with a guessed modifier (ontmoeten is not
        # ontmo|eten, signaleren not signa|leren), and a head it knows counts as known
        # at the weight of a guess (subsidie|voorwaarde).
        self._lexicon = lexicon
        # Parts are also known by their stem: the noun in subsidieaanvraag is known from
        # the verb aanvragen when the lemmatizer took every "aanvraag" for the verb.
        self._stem_freq: dict[str, int] = {}
        for lemma, freq in vocabulary.items():
            key = stem(lemma)
            self._stem_freq[key] = self._stem_freq.get(key, 0) + freq
        self._cache: dict[str, tuple[str, ...]] = {}

    def split(self, word: str) -> tuple[str, ...]:
        """The parts of `word` (empty if it is not a compound of known words)."""
        cached = self._cache.get(word)
        if cached is None:
            cached = self._split(word, depth=0)
            self._cache[word] = cached
        return cached

    def _known(self, part: str) -> int:
        if part in stop_words():
            return 0
        freq = self._freq.get(part, 0)
        if not freq and len(part) >= _MIN_STEM_MATCH:  # short stems collide (gro|eten)
            freq = self._stem_freq.get(stem(part), 0)
        return freq

    def _split(self, word: str, depth: int) -> tuple[str, ...]:
        if "-" in word.strip("-"):
            pieces = [p for p in word.split("-") if len(p) >= 2]
            parts: list[str] = []
            for piece in pieces:
                parts.extend(self._split(piece, depth + 1) or (piece,))
            return tuple(parts) if len(pieces) > 1 else ()
        if depth > 3 or len(word) < self._min_part + self._min_head:
            return ()
        best: tuple[tuple[int, float], str, str] | None = None
        # A word the dictionary knows whole is split only into parts of the corpus.
        in_dictionary = self._lexicon is not None and self._lexicon(word)
        for cut in range(self._min_part, len(word) - self._min_head + 1):
            head = word[cut:]
            if head in _SUFFIXES_NOT_HEADS:
                continue
            head_freq = self._known(head) or self._in_lexicon(head)
            if not head_freq:
                continue
            modifier, modifier_freq = self._modifier(word[:cut], not in_dictionary)
            if modifier is None:
                continue
            # At least one part must occur in the corpus itself, and splits whose parts
            # both do beat any split that leans on a guess or the dictionary.
            in_corpus = (head_freq >= 1) + (modifier_freq >= 1)
            if in_corpus < (2 if in_dictionary else 1):
                continue
            score = (in_corpus, math.sqrt(head_freq * modifier_freq) * (len(head) + len(modifier)))
            if best is None or score > best[0]:
                best = (score, modifier, head)
        if best is None:
            return ()
        _, modifier, head = best
        return (*(self._split(modifier, depth + 1) or (modifier,)), head)

    def _in_lexicon(self, part: str) -> float:
        if self._lexicon is None or part in stop_words() or not self._lexicon(part):
            return 0.0
        return _GUESS_WEIGHT

    def _modifier(self, raw: str, may_guess: bool) -> tuple[str | None, float]:
        for link in _LINKING_MORPHEMES:
            if link and not raw.endswith(link):
                continue
            candidate = raw[: len(raw) - len(link)] if link else raw
            if len(candidate) < self._min_part or candidate in _PREFIXES_NOT_MODIFIERS:
                continue
            freq = self._known(candidate)
            if freq:
                return candidate, float(freq)
        if may_guess and len(raw) >= 5 and raw not in stop_words() and raw.isalpha():
            return raw, _GUESS_WEIGHT
        return None, 0.0


def build_vocabulary(lemma_lists: Iterable[Iterable[str]]) -> dict[str, int]:
    """Lemma frequencies over a corpus: the vocabulary a `Decompounder` trusts."""
    freq: dict[str, int] = {}
    for lemmas in lemma_lists:
        for lemma in lemmas:
            freq[lemma] = freq.get(lemma, 0) + 1
    return freq


def repair_lookup_lemma(form: str, lemma: str, known_lemma: Callable[[str], int]) -> str:
    """Improve a lookup-table lemma for a form the table does not know.

    spacy-lookups-data's Dutch table lacks many verb forms (vertrouwde, gesignaleerd) and
    plurals (gemeenten). When the table returned the form itself, try the regular
    paradigms backwards and keep the candidate that `known_lemma` rates highest (how many
    forms a lookup table maps to it; 0 = unknown).
    """
    if lemma != form or len(form) < 4:
        return lemma
    # A bare present-tense stem (breng, meet, zeg) is its infinitive minus -en.
    candidates: list[str] = [form + "en", _lengthen_undo(form) + "en", form + form[-1] + "en"]
    body = form
    if body.startswith("ge") and body.endswith(("d", "t")) and len(body) > 5:
        body = body[2:-1]
        candidates += [body + "en", _lengthen_undo(body) + "en"]
    for suffix in ("den", "ten", "de", "te", "t", "d"):
        if form.endswith(suffix) and len(form) - len(suffix) >= 3:
            root = form[: -len(suffix)]
            candidates += [root + "en", _lengthen_undo(root) + "en", root + root[-1] + "en"]
    for suffix in ("eren", "en", "s", "e"):  # kinderen, straten, gemeenten, feesten
        if form.endswith(suffix) and len(form) - len(suffix) >= 3:
            root = form[: -len(suffix)]
            candidates += [root, _double_vowel(root), root + "e"]
            if len(root) >= 2 and root[-1] == root[-2]:
                candidates.append(root[:-1])
    best, best_score = lemma, 0
    for candidate in candidates:
        score = known_lemma(candidate) if candidate != form else 0
        if score > best_score:
            best, best_score = candidate, score
    return best


def _lengthen_undo(stem_: str) -> str:
    """maak -> mak (the infinitive spells an open syllable with one vowel)."""
    m = re.search(r"(aa|ee|oo|uu)([^aeiou])$", stem_)
    return stem_[: m.start()] + m.group(1)[0] + m.group(2) if m else stem_


def _double_vowel(root: str) -> str:
    """straten -> straat: the singular closes the syllable and doubles the vowel."""
    m = re.search(r"([^aeiou])([aeou])([^aeiou])$", root)
    return root[: m.start(2)] + m.group(2) * 2 + m.group(3) if m else root
