"""Benchmark of theme suggestion and code ranking at project scale.

Generates 300 codes with 20,000 quotations of Dutch interview-like text (deterministic
seed), then measures in one run:
  baseline_pipe_s    plain `nlp.pipe` over all quotation texts with every component
                     (parser included), one thread, batch 256, the pipeline as spaCy
                     loads it: what spaCy alone costs
  pipe_no_parser_s   the same without the parser, the components features need
  themes_first_s     analyse_texts + suggest_themes on a fresh pipeline state (no token
                     memo, no thread copies): the first run of a project (median of
                     --first-repeat runs; _all lists them)
  analyse_s          the analyse_texts part of the median first run
  themes_cached_s    suggest_themes from cached features (median of --repeat runs)
  rank_ms            CodeIndex.rank for one passage (median over 50 passages)
and prints one JSON line. Targets: themes_first_s <= 30, themes_cached_s <= 3,
rank_ms <= 100.

    SBCODER_SPACY_MODEL=../shared/models/nl_ud_sm .venv/bin/python benchmarks/bench_nlp.py
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import statistics
import time

from spacy.util import get_lang_class

from sbcoder.nlp import (
    CodeIndex,
    CodeProfile,
    analyse_texts,
    get_pipeline,
    suggest_themes,
)
from sbcoder.nlp.parallel import usable_cores

THEME_WORDS = [
    "maaltijd koffie buurthuis ontmoeting tafel inloop feest binnentuin soep gezelligheid",
    "vertrouwen relatie band buren vriendschap burenhulp contact afspraak netwerk hulp",
    "eigenaarschap initiatief regie verantwoordelijkheid talent sleutel zeggenschap plan",
    "subsidie regels procedure formulier verantwoording ambtenaar rapportage loket fonds",
    "eenzaamheid huisarts zorg klachten stigma herstel schulden kwetsbaar wijkteam crisis",
    "jongeren school voetbal pleintje overlast hangplek sportveld trainer coach ouders",
    "ouderen mantelzorg rollator dagbesteding boodschappen telefooncirkel bezoek kerk",
    "nieuwkomers taal taalcafé inburgering tolk moskee vluchteling cultuur kennismaking",
]
EVERYDAY = "bewoners buurt gemeente mensen wijk activiteiten straat samen elkaar jaar".split()  # noqa: SIM905
TEMPLATES = [
    "De {a} in de {e} was echt belangrijk, want {b} en {c} hoorden er gewoon bij.",
    "Ik merk dat {e} vaker over {a} praten, en ook over {b}.",
    "Zonder {a} was het niet gelukt; de {e} zagen pas later wat {c} betekende.",
    "We hebben met de {e} gesproken over {a}, {b} en de {d} van de {e}.",
    "Eerst ging het om {a}, daarna kwam {b} en uiteindelijk ook {c}.",
]


def make_project(n_codes: int, n_quotations: int, seed: int) -> tuple[list[str], list[int]]:
    """Quotation texts and the code index of each (codes spread over the themes)."""
    rng = random.Random(seed)
    words = [line.split() for line in THEME_WORDS]
    texts, owners = [], []
    for q in range(n_quotations):
        code = q % n_codes
        theme = words[code % len(words)]
        own = theme[code % len(theme)]  # each code has a favourite word of its theme
        pick = [own if rng.random() < 0.5 else rng.choice(theme) for _ in range(4)]
        sentence_count = 1 + rng.random() * 2
        text = " ".join(
            rng.choice(TEMPLATES).format(
                a=pick[0], b=pick[1], c=pick[2], d=pick[3], e=rng.choice(EVERYDAY)
            )
            for _ in range(int(sentence_count))
        )
        texts.append(text)
        owners.append(code)
    return texts, owners


def main() -> None:
    """Run the benchmark and print one JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--codes", type=int, default=300)
    parser.add_argument("--quotations", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=20250)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--first-repeat", type=int, default=3)
    parser.add_argument("--no-baseline", action="store_true", help="skip the nlp.pipe runs")
    args = parser.parse_args()

    loaded = get_pipeline()
    texts, owners = make_project(args.codes, args.quotations, args.seed)
    n_tokens = sum(len(t.split()) for t in texts)
    result: dict[str, object] = {
        "benchmark": "nlp",
        "pipeline": loaded.name,
        "codes": args.codes,
        "quotations": args.quotations,
        "unique_texts": len(set(texts)),
        "words": n_tokens,
        "cores": usable_cores(),
    }

    def profiles(features: list) -> list[CodeProfile]:
        by_code: list[list] = [[] for _ in range(args.codes)]
        for owner, feats in zip(owners, features, strict=True):
            by_code[owner].append(feats)
        return [
            CodeProfile(i, f"code {i}", "", by_code[i], {(i + 1) % args.codes: 2.0})
            for i in range(args.codes)
        ]

    first_runs, analyse_runs = [], []
    features: list = []
    for _ in range(args.first_repeat):
        # A fresh state: no remembered tokens, no pipeline copies for the threads.
        pipeline = dataclasses.replace(loaded, copies=[], token_memo={})
        start = time.perf_counter()
        features = analyse_texts(texts, pipeline)
        analysed = time.perf_counter() - start
        themes = suggest_themes(profiles(features))
        first_runs.append(time.perf_counter() - start)
        analyse_runs.append(analysed)
    median_first = statistics.median(first_runs)
    result["themes_first_s"] = round(median_first, 2)
    result["themes_first_all"] = [round(x, 2) for x in first_runs]
    result["analyse_s"] = round(analyse_runs[first_runs.index(median_first)], 2)

    cached = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        suggest_themes(profiles(features))
        cached.append(time.perf_counter() - start)
    result["themes_cached_s"] = round(statistics.median(cached), 2)

    index = CodeIndex.build(profiles(features))
    rank_times = []
    for passage in features[:50]:
        start = time.perf_counter()
        index.rank(passage)
        rank_times.append((time.perf_counter() - start) * 1000)
    result["rank_ms"] = round(statistics.median(rank_times), 2)
    result["n_themes"] = len(themes)

    if not args.no_baseline:
        # spaCy as it loads the pipeline itself (its default matrix products), not the
        # copy sbcoder tuned in load_pipeline.
        nlp = get_lang_class(loaded.nlp.lang).from_config(loaded.nlp.config)
        nlp.from_bytes(loaded.nlp.to_bytes())
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=256):
            pass
        baseline = time.perf_counter() - start
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=256, disable=["parser"]):
            pass
        no_parser = time.perf_counter() - start
        result["baseline_pipe_s"] = round(baseline, 2)
        result["pipe_no_parser_s"] = round(no_parser, 2)
        result["first_vs_baseline_ratio"] = round(median_first / baseline, 3)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
