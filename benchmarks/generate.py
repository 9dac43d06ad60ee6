"""Deterministic synthetic Dutch-like projects for the benchmarks: sizes S, M and L.

L = 200 transcripts × 8,000 words, 300 codes, 100,000 codings by 3 coders. The
texts are interview turns made from a Dutch vocabulary with a fixed seed, so every
run and every machine measure the same project. Rows go in with set-based SQL (a
generator that called the services 100,000 times would measure itself, not sbcoder).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sbcoder.core.project import Project

SIZES = {
    "S": dict(documents=10, words=2_000, codes=40, codings=2_000, coders=2),
    "M": dict(documents=50, words=5_000, codes=120, codings=20_000, coders=3),
    "L": dict(documents=200, words=8_000, codes=300, codings=100_000, coders=3),
}

WORDS = [
    "buurt",
    "bewoners",
    "gemeente",
    "vertrouwen",
    "samen",
    "ontmoeting",
    "buurthuis",
    "activiteiten",
    "mensen",
    "elkaar",
    "wijk",
    "straat",
    "initiatief",
    "vrijwilligers",
    "eenzaamheid",
    "verbinding",
    "koffie",
    "burendag",
    "binnentuin",
    "samenwerking",
    "welzijn",
    "zorg",
    "corporatie",
    "eigenaarschap",
    "betrokkenheid",
    "vooroordelen",
    "middelen",
    "subsidie",
    "jongeren",
    "ouderen",
    "kinderen",
    "school",
    "sport",
    "feest",
    "maaltijd",
    "gesprek",
    "luisteren",
    "helpen",
    "steun",
    "hulp",
    "problemen",
    "schulden",
    "ervaring",
    "deskundige",
    "coach",
    "professional",
    "buurtverbinder",
    "talent",
    "vaardigheden",
    "plek",
    "ruimte",
    "tuin",
    "contact",
    "groet",
    "verschil",
    "cultuur",
    "achtergrond",
    "taal",
    "inclusie",
    "respect",
    "trots",
    "veilig",
    "onveilig",
    "spanning",
    "roddel",
    "afstand",
    "drempel",
    "open",
    "dicht",
    "regels",
    "afspraken",
    "visie",
    "plan",
    "project",
    "jaar",
    "week",
    "dag",
    "avond",
    "morgen",
    "altijd",
    "soms",
    "vaak",
    "nooit",
    "echt",
    "heel",
    "wel",
    "niet",
    "ook",
    "nog",
    "maar",
    "want",
    "dus",
    "omdat",
    "als",
    "dat",
    "die",
    "het",
    "de",
    "een",
    "en",
    "of",
    "in",
    "op",
    "met",
    "voor",
    "van",
    "naar",
    "bij",
    "uit",
    "over",
    "door",
    "ik",
    "je",
    "we",
    "ze",
    "hij",
    "zij",
    "wij",
    "jullie",
    "hebben",
    "zijn",
    "worden",
    "kunnen",
    "moeten",
    "willen",
    "gaan",
    "doen",
    "zien",
    "weten",
    "denken",
    "vinden",
    "merken",
    "voelen",
    "zeggen",
    "vertellen",
    "organiseren",
    "betrekken",
]
ACCENTED = ["café", "één", "geïnterviewde", "ideeën", "coördinator", "😀", "👍"]


@dataclass(frozen=True)
class Generated:
    path: Path
    size: str
    documents: int
    codes: int
    codings: int
    characters: int


def transcript(rng: random.Random, words: int) -> str:
    """One interview of about `words` words in speaker turns."""
    turns, count = [], 0
    while count < words:
        speaker = "Interviewer" if len(turns) % 2 == 0 else rng.choice(["Bewoner", "Buurtwerker"])
        length = rng.randint(8, 90)
        sentence_words = [rng.choice(WORDS) for _ in range(length)]
        if rng.random() < 0.2:
            sentence_words[rng.randrange(length)] = rng.choice(ACCENTED)
        text = " ".join(sentence_words)
        text = text[0].upper() + text[1:] + "."
        turns.append(f"{speaker}: {text}")
        count += length
    return "\n".join(turns) + "\n"


def texts_for(size: str, seed: int = 2025) -> list[tuple[str, str]]:
    """(name, text) of the size's documents, the same on every call."""
    spec = SIZES[size]
    rng = random.Random(seed)
    return [
        (f"interview-{i + 1:03d}", transcript(rng, spec["words"])) for i in range(spec["documents"])
    ]


def now() -> str:
    return datetime(2025, 6, 1, 12, 0, 0).isoformat(sep=" ")


def generate(size: str, path: Path, seed: int = 2025, with_codings: bool = True) -> Generated:
    """Create the project of `size` at `path` (which must not exist)."""
    spec = SIZES[size]
    rng = random.Random(seed + 1)
    Project.create(path, name=f"benchmark {size}").close()
    texts = texts_for(size, seed)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = ON")
    stamp = now()
    with connection:
        connection.executemany(
            "INSERT INTO coders (uuid, name, created) VALUES (?, ?, ?)",
            [
                (str(uuid.UUID(int=rng.getrandbits(128))), f"Coder {i + 1}", stamp)
                for i in range(spec["coders"])
            ],
        )
        connection.executemany(
            "INSERT INTO documents (uuid, name, text, length, sha256, source_format, "
            "source_path, memo, position, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    str(uuid.UUID(int=rng.getrandbits(128))),
                    name,
                    text,
                    len(text),
                    hashlib.sha256(text.encode()).hexdigest(),
                    "txt",
                    "",
                    "",
                    i,
                    stamp,
                )
                for i, (name, text) in enumerate(texts)
            ],
        )
        roots = max(4, spec["codes"] // 25)
        code_rows = []
        for i in range(spec["codes"]):
            parent = None if i < roots else rng.randint(1, max(1, min(i, roots * 4)))
            code_rows.append(
                (
                    str(uuid.UUID(int=rng.getrandbits(128))),
                    parent,
                    f"Code {i + 1}",
                    f"#{rng.getrandbits(24):06X}",
                    "",
                    "",
                    i,
                    stamp,
                )
            )
        connection.executemany(
            "INSERT INTO codes (uuid, parent_id, name, color, description, memo, position, "
            "created) VALUES (?,?,?,?,?,?,?,?)",
            code_rows,
        )
        if with_codings:
            lengths = [len(t) for _, t in texts]
            quotation_rows, coding_rows = [], []
            for q in range(spec["codings"]):
                doc = rng.randrange(len(texts))
                start = rng.randrange(lengths[doc] - 400)
                end = start + rng.randint(40, 400)
                coder = rng.randint(1, spec["coders"])
                quotation_rows.append(
                    (
                        str(uuid.UUID(int=rng.getrandbits(128))),
                        doc + 1,
                        start,
                        end,
                        "",
                        coder,
                        stamp,
                        stamp,
                    )
                )
                coding_rows.append(
                    (
                        str(uuid.UUID(int=rng.getrandbits(128))),
                        q + 1,
                        rng.randint(1, spec["codes"]),
                        coder,
                        stamp,
                    )
                )
            connection.executemany(
                'INSERT INTO quotations (uuid, document_id, start, "end", memo, coder_id, '
                "created, modified) VALUES (?,?,?,?,?,?,?,?)",
                quotation_rows,
            )
            connection.executemany(
                "INSERT INTO codings (uuid, quotation_id, code_id, coder_id, created) "
                "VALUES (?,?,?,?,?)",
                coding_rows,
            )
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return Generated(
        path,
        size,
        len(texts),
        spec["codes"],
        spec["codings"] if with_codings else 0,
        sum(len(t) for _, t in texts),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="Write a synthetic benchmark project.")
    parser.add_argument("size", choices=sorted(SIZES))
    parser.add_argument("path", type=Path)
    args = parser.parse_args()
    made = generate(args.size, args.path)
    print(
        f"{made.path}: {made.documents} documents, {made.characters} characters, "
        f"{made.codes} codes, {made.codings} codings"
    )


if __name__ == "__main__":
    main()
