"""Property tests of merge on random small projects: nothing lost, nothing doubled,
the order of the sources does not matter.

Each example builds a master (random transcripts with emoji, a random code tree), hands
out copies to 1–3 coders (or, now and then, builds an unrelated project over the same
texts, which shares no uuid with the master), codes them at random — sometimes with codes
made in the copy, sometimes on the very spans another coder chose — and merges.
Codings are compared as sets of (document sha, start, end, code path, coder name).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections import Counter
from contextlib import closing, suppress
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_merge import code, coding_list, coding_set, row_sets

from sbcoder.core.errors import ConflictError
from sbcoder.core.handout import make_handout
from sbcoder.core.merge import merge_projects
from sbcoder.core.project import Project

CODE_NAMES = ["Context", "Interventie", "Mechanisme", "Outcome", "Vertrouwen", "Thema 🌱"]
CODERS = ["Anna", "Bob", "Carla"]
ALPHABET = [*"abcdeé zZ.,\n", "😀", "👍", "\U0001f3fd", "🌱", "ĳ", "\u200d"]

texts = st.text(alphabet=ALPHABET, min_size=4, max_size=40).filter(lambda t: t.strip())


@st.composite
def code_trees(draw: st.DrawFn) -> list[tuple[str, int | None]]:
    """(name, index of the parent or None) for up to five codes."""
    tree: list[tuple[str, int | None]] = []
    for _ in range(draw(st.integers(1, 5))):
        parent = draw(st.none() | st.integers(0, len(tree) - 1)) if tree else None
        tree.append((draw(st.sampled_from(CODE_NAMES)), parent))
    return tree


@st.composite
def codings(draw: st.DrawFn, documents: int) -> list[tuple[int, float, float, str, int]]:
    """(document, start fraction, end fraction, new code name or "", existing code pick)."""
    return draw(
        st.lists(
            st.tuples(
                st.integers(0, documents - 1),
                st.sampled_from([0.0, 0.25, 0.5]),  # few spans: coders often meet
                st.sampled_from([0.5, 0.75, 1.0]),
                st.sampled_from(["", "", "Nieuw", "Thema 🌱"]),
                st.integers(0, 10),
            ),
            max_size=6,
        )
    )


@st.composite
def scenarios(draw: st.DrawFn) -> dict:
    documents = draw(st.lists(texts, min_size=1, max_size=3, unique=True))
    coders = draw(st.lists(st.sampled_from(CODERS), min_size=1, max_size=3, unique=True))
    sources = []
    for coder in coders:
        sources.append(
            {
                "coder": coder,
                "independent": draw(st.integers(0, 2)) == 0,
                "codings": draw(codings(len(documents))),
                "extra": draw(st.none() | texts),
            }
        )
    return {
        "documents": documents,
        "tree": draw(code_trees()),
        "master_codings": draw(codings(len(documents))),
        "sources": sources,
        "coders": coders,
    }


def _doubled(path: Path) -> list[tuple]:
    """Codings that occur more than once as (sha, start, end, code path, coder)."""
    counts = Counter(coding_list(path))
    return [key for key, count in counts.items() if count > 1]


def _doubled_quotations(path: Path) -> list[tuple]:
    """Two quotations by one coder on one span: a merge that failed to match them."""
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            'SELECT document_id, start, "end", coder_id FROM quotations '
            'GROUP BY document_id, start, "end", coder_id HAVING count(*) > 1'
        ).fetchall()


def _build_master(path: Path, scenario: dict) -> list[str]:
    """The master; returns the paths of its codes."""
    with Project.create(path) as master:
        master.coders.set_current("Lead")
        for number, text in enumerate(scenario["documents"]):
            master.documents.add_text(f"doc {number}", text)
        made: list[int | None] = []
        for name, parent in scenario["tree"]:
            parent_id = made[parent] if parent is not None else None
            try:
                made.append(master.codebook.create(name, parent_id).value.id)
            except ConflictError:  # a sibling of that name exists: use it
                made.append(None)
        paths = [c.path for c in master.codebook.tree()]
        # Earlier work in the master, by the lead and by coders who get a copy (their
        # copies then carry it: the same uuids come back).
        _code_at_random(master, scenario, scenario["master_codings"], paths, ["Lead", *CODERS])
        return paths


def _code_at_random(
    project: Project, scenario: dict, drawn: list, paths: list[str], coders: list[str]
) -> None:
    for number, (doc, start, end, new, pick) in enumerate(drawn):
        text = scenario["documents"][doc]
        first, last = int(start * len(text)), max(int(end * len(text)), 1)
        if first >= last:
            continue
        target = paths[pick % len(paths)]
        if new:
            target = f"{target}/{new}"
        with suppress(ConflictError):  # that coder already put that code on that span
            code(project, coders[number % len(coders)], f"doc {doc}", first, last, target)


def _fill_source(path: Path, master: Path, scenario: dict, source: dict, paths: list[str]):
    """A coder's copy (or an unrelated project over the same texts), coded at random."""
    if source["independent"]:
        project = Project.create(path)
        for number, text in reversed(list(enumerate(scenario["documents"]))):
            project.documents.add_text(f"doc {number}", text)
    else:
        make_handout(master, path, source["coder"])
        project = Project.open(path)
    with project:
        if source["extra"] is not None:
            project.documents.add_text("extra", source["extra"], allow_duplicate=True)
        if source["independent"]:
            # Someone who coded the same things from scratch, in a project of their own:
            # the master's work again (no shared uuid), then more.
            master_coders = ["Lead", *CODERS]
            _code_at_random(project, scenario, scenario["master_codings"], paths, master_coders)
            _code_at_random(project, scenario, source["codings"], paths, scenario["coders"])
        else:
            _code_at_random(project, scenario, source["codings"], paths, [source["coder"]])


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(scenario=scenarios())
def test_merge_keeps_every_coding_once_in_any_order(
    scenario: dict, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("merge")
    master = folder / "master.sbc"
    paths = _build_master(master, scenario)
    sources = []
    for number, source in enumerate(scenario["sources"]):
        path = folder / f"source{number}.sbc"
        _fill_source(path, master, scenario, source, paths)
        sources.append(path)
    forward, backward = folder / "forward.sbc", folder / "backward.sbc"
    shutil.copy(master, forward)
    shutil.copy(master, backward)
    expected = coding_set(master).union(*(coding_set(s) for s in sources))

    with Project.open(forward) as target:
        merge_projects(target, sources)
        merged = row_sets(forward)
        assert coding_set(forward) == expected  # every coding …
        assert not _doubled(forward)  # … and none twice
        assert not _doubled_quotations(forward)
        again = merge_projects(target, sources)
        assert row_sets(forward) == merged  # merging again changes nothing
        assert again.added == 0
    with Project.open(backward) as target:
        for source in reversed(sources):
            merge_projects(target, [source])
    assert coding_set(backward) == coding_set(forward)
    # Every document text arrived exactly once per distinct (name, text) pair.
    assert len(merged["documents"]) == len(row_sets(backward)["documents"])
