"""Benchmark of theme suggestion and code ranking at project scale.

Generates 300 codes with 20,000 quotations of Dutch interview-like text (deterministic
seed), then measures in one run:
  baseline_pipe_s    plain `nlp.pipe` over all quotation texts with every component
  analyse_s          `analyse_texts` (our features, parser disabled) on the same texts
  themes_first_s     analyse_texts + suggest_themes: the first run of a project
  themes_cached_s    suggest_themes from cached features (median of --repeat runs)
  rank_ms            CodeIndex.rank for one passage (median over 50 passages)
and prints one JSON line. Targets: themes_first_s <= 30, themes_cached_s <= 3,
rank_ms <= 100.

    SBCODER_SPACY_MODEL=../shared/models/nl_ud_sm .venv/bin/python benchmarks/bench_nlp.py
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time

from sbcoder.nlp import (
    CodeIndex,
    CodeProfile,
    analyse_texts,
    get_pipeline,
    suggest_themes,
)

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
    args = parser.parse_args()

    pipeline = get_pipeline()
    texts, owners = make_project(args.codes, args.quotations, args.seed)
    n_tokens = sum(len(t.split()) for t in texts)

    start = time.perf_counter()
    for _ in pipeline.nlp.pipe(texts, batch_size=256):
        pass
    baseline = time.perf_counter() - start

    start = time.perf_counter()
    features = analyse_texts(texts, pipeline)
    analysed = time.perf_counter() - start

    def profiles() -> list[CodeProfile]:
        by_code: list[list] = [[] for _ in range(args.codes)]
        for owner, feats in zip(owners, features, strict=True):
            by_code[owner].append(feats)
        return [
            CodeProfile(i, f"code {i}", "", by_code[i], {(i + 1) % args.codes: 2.0})
            for i in range(args.codes)
        ]

    start = time.perf_counter()
    themes = suggest_themes(profiles())
    first_themes = time.perf_counter() - start

    cached = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        suggest_themes(profiles())
        cached.append(time.perf_counter() - start)

    index = CodeIndex.build(profiles())
    rank_times = []
    for passage in features[:50]:
        start = time.perf_counter()
        index.rank(passage)
        rank_times.append((time.perf_counter() - start) * 1000)

    result = {
        "benchmark": "nlp",
        "pipeline": pipeline.name,
        "codes": args.codes,
        "quotations": args.quotations,
        "words": n_tokens,
        "baseline_pipe_s": round(baseline, 2),
        "analyse_s": round(analysed, 2),
        "analyse_vs_baseline_ratio": round(analysed / baseline, 3),
        "themes_first_s": round(analysed + first_themes, 2),
        "themes_cached_s": round(statistics.median(cached), 2),
        "rank_ms": round(statistics.median(rank_times), 2),
        "n_themes": len(themes),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
