"""Merging coder projects: the round trip, idempotence, dry runs, atomicity, bad sources.

Helpers here (`coding_set`, `row_sets`, `code`) are shared with the other merge tests.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from sbcoder.core import merge as merge_module
from sbcoder.core.errors import NotAProjectError
from sbcoder.core.handout import make_handout
from sbcoder.core.merge import MergeError, merge_projects
from sbcoder.core.merge_context import SourceMerge
from sbcoder.core.project import Project
from sbcoder.progress import Cancelled, RecordingReporter

TEXT_1 = "Interviewer: Hoe gaat het? 😀\nBewoner: Goed. We doen veel samen in de buurt.\n"
TEXT_2 = "Interviewer: Wat merkt u van het buurthuis?\nBewoner: Meer contact 👍 en koffie.\n"


# -- helpers shared by the merge tests ----------------------------------------------
def coding_set(path: Path) -> set[tuple[str, int, int, str, str]]:
    """Every coding as (document sha, start, end, code path, coder name)."""
    return set(coding_list(path))


def coding_list(path: Path) -> list[tuple[str, int, int, str, str]]:
    """Every coding as (document sha, start, end, code path, coder name), repeats kept."""
    with closing(sqlite3.connect(path)) as conn:
        codes = {
            row[0]: (row[1], row[2])
            for row in conn.execute("SELECT id, parent_id, name FROM codes")
        }

        def path_of(code_id: int | None) -> str:
            names = []
            while code_id is not None:
                parent, name = codes[code_id]
                names.append(name)
                code_id = parent
            return "/".join(reversed(names))

        rows = conn.execute(
            "SELECT d.sha256, q.start, q.\"end\", c.code_id, coalesce(k.name, '') "
            "FROM codings c JOIN quotations q ON q.id = c.quotation_id "
            "JOIN documents d ON d.id = q.document_id LEFT JOIN coders k ON k.id = c.coder_id"
        ).fetchall()
    return [(sha, start, end, path_of(code), coder) for sha, start, end, code, coder in rows]


def row_sets(path: Path) -> dict[str, set[tuple]]:
    """The content of every table of a project file, as sets of rows."""
    with closing(sqlite3.connect(path)) as conn:
        tables = [
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {table: set(conn.execute(f'SELECT * FROM "{table}"').fetchall()) for table in tables}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def code(project: Project, coder: str, document: str, start: int, end: int, path: str) -> None:
    """Let `coder` apply the code at `path` (created if missing) to a span."""
    project.coders.set_current(coder)
    doc = project.documents.by_name(document)
    try:
        code_id = project.codebook.by_path(path).id
    except LookupError:
        code_id = project.codebook.ensure_path(path).value.id
    project.quotations.code_span(doc.id, start, end, code_id)


def make_master(path: Path) -> Path:
    """A closed master with two interviews and the CIMO codebook."""
    with Project.create(path, template="cimo") as master:
        master.coders.set_current("Lead")
        master.documents.add_text("interview 1", TEXT_1)
        master.documents.add_text("interview 2", TEXT_2)
    return path


@pytest.fixture
def master(tmp_path: Path) -> Path:
    return make_master(tmp_path / "master.sbc")


@pytest.fixture
def copies(master: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Anna's and Bob's copies, each coded a little, with a code of their own."""
    anna, bob = tmp_path / "anna.sbc", tmp_path / "bob.sbc"
    make_handout(master, anna, "Anna")
    make_handout(master, bob, "Bob")
    with Project.open(anna) as project:
        code(project, "Anna", "interview 1", 0, 11, "Context")
        code(project, "Anna", "interview 1", 40, 60, "Outcome")
        code(project, "Anna", "interview 2", 13, 40, "Interventie/Buurthuis")
        code(project, "Anna", "interview 1", 40, 60, "Mechanisme/Samen doen")
    with Project.open(bob) as project:
        code(project, "Bob", "interview 1", 0, 11, "Context")
        code(project, "Bob", "interview 1", 27, 28, "Outcome")  # the emoji alone
        code(project, "Bob", "interview 2", 60, 70, "Mechanisme/Samen doen")
        code(project, "Bob", "interview 2", 13, 40, "Interventie/Buurthuis")
    return anna, bob


# -- the round trip -------------------------------------------------------------------
def test_copies_coded_by_two_coders_merge_back_with_every_coding(
    master: Path, copies: tuple[Path, Path]
) -> None:
    expected = coding_set(master) | coding_set(copies[0]) | coding_set(copies[1])
    assert len(expected) == 8
    with Project.open(master) as target:
        report = merge_projects(target, list(copies))
        assert report.committed and not report.dry_run
        assert report.conflicts == []
        assert coding_set(master) == expected
        # The services see it: two coders, the codes both made became one code.
        assert {c.name for c in target.coders.list()} >= {"Anna", "Bob"}
        shared = target.codebook.by_path("Mechanisme/Samen doen")
        assert target.codebook.get(shared.parent_id).path == "Mechanisme"
        assert target.codebook.by_path("Interventie/Buurthuis").quotation_count == 2
        anna = target.coders.by_name("Anna")
        quotes = target.quotations.list(coder_id=anna.id)
        assert {q.text for q in quotes} == {TEXT_1[0:11], TEXT_1[40:60], TEXT_2[13:40]}
    counts = report.counts
    assert (counts["codings"].added, counts["codings"].present) == (8, 0)
    assert counts["documents"].present == 4 and counts["documents"].added == 0
    assert counts["codes"].added == 2  # Interventie/Buurthuis and Mechanisme/Samen doen
    assert report.changes.affects("codings", "codes", "quotations", "coders")


def test_merging_the_same_source_twice_changes_nothing(
    master: Path, copies: tuple[Path, Path]
) -> None:
    with Project.open(master) as target:
        merge_projects(target, list(copies))
        once = row_sets(master)
        again = merge_projects(target, [*copies, copies[0]])
        assert row_sets(master) == once
    assert again.added == 0
    assert again.counts["codings"].present == 12  # 4 + 4 + Anna's 4 once more


def test_dry_run_reports_what_a_merge_would_do_and_changes_nothing(
    master: Path, copies: tuple[Path, Path]
) -> None:
    before = row_sets(master)
    with Project.open(master) as target:
        dry = merge_projects(target, list(copies), dry_run=True)
        assert row_sets(master) == before
        real = merge_projects(target, list(copies))
    assert not dry.committed and dry.dry_run
    assert dry.changes.kinds == frozenset()
    assert {k: vars(v) for k, v in dry.counts.items()} == {
        k: vars(v) for k, v in real.counts.items()
    }
    assert dry.conflicts == real.conflicts


def test_the_report_is_json(master: Path, copies: tuple[Path, Path]) -> None:
    with Project.open(master) as target:
        report = merge_projects(target, list(copies), dry_run=True)
    data = json.loads(report.to_json())
    assert data["dry_run"] is True and data["committed"] is False
    assert data["counts"]["codings"] == {"added": 8, "present": 0, "conflicting": 0}
    assert data["sources"] == [str(p) for p in copies]
    assert any("codings: 8 would add" in line for line in report.summary_lines())


def test_a_backup_of_the_target_can_be_kept_first(master: Path, copies: tuple[Path, Path]) -> None:
    before = row_sets(master)
    with Project.open(master) as target:
        report = merge_projects(target, list(copies), backup=True)
    assert report.backup_path is not None
    backup = Path(report.backup_path)
    assert backup.parent == master.parent and backup.name.startswith("master.before-merge-")
    assert row_sets(backup) == before != row_sets(master)
    assert json.loads(report.to_json())["backup"] == str(backup)


def test_sources_are_only_read(master: Path, copies: tuple[Path, Path]) -> None:
    before = [digest(p) for p in copies]
    with Project.open(master) as target:
        merge_projects(target, list(copies))
    assert [digest(p) for p in copies] == before


# -- all or nothing ------------------------------------------------------------------
def test_a_failure_halfway_leaves_the_target_unchanged(
    master: Path, copies: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second source fails after its quotations went in: nothing of either stays."""
    calls = {"n": 0}

    def fail_on_second_source(ctx: SourceMerge) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk on fire")

    steps = list(merge_module.STEPS)
    at = [name for name, _ in steps].index("codings")
    steps.insert(at, ("trap", fail_on_second_source))
    monkeypatch.setattr(merge_module, "STEPS", tuple(steps))
    before = row_sets(master)
    with Project.open(master) as target:
        with pytest.raises(MergeError, match=r"bob\.sbc.*disk on fire.*not changed"):
            merge_projects(target, list(copies))
        assert row_sets(master) == before
        # The project still works afterwards.
        code(target, "Lead", "interview 1", 1, 5, "Context")
    assert calls["n"] == 2


def test_cancel_leaves_the_target_unchanged(master: Path, copies: tuple[Path, Path]) -> None:
    before = row_sets(master)
    reporter = RecordingReporter(cancel_after=len(merge_module.STEPS) + 8)
    with Project.open(master) as target, pytest.raises(Cancelled):
        merge_projects(target, list(copies), reporter=reporter)
    assert row_sets(master) == before
    assert len(reporter.events) == reporter.cancel_after


def test_progress_is_reported_to_the_end(master: Path, copies: tuple[Path, Path]) -> None:
    reporter = RecordingReporter()
    with Project.open(master) as target:
        merge_projects(target, list(copies), reporter=reporter)
    done = [event[0] for event in reporter.events]
    assert done == sorted(done)
    assert reporter.events[-1][0] == reporter.events[-1][1] == 2 * len(merge_module.STEPS)


def test_a_damaged_source_is_refused_before_anything_is_written(
    master: Path, copies: tuple[Path, Path], tmp_path: Path
) -> None:
    broken = tmp_path / "carla.sbc"
    broken.write_bytes(b"this is no database")
    before = row_sets(master)
    with Project.open(master) as target:
        with pytest.raises(NotAProjectError, match=r"carla\.sbc"):
            merge_projects(target, [copies[0], broken])
        with pytest.raises(MergeError, match="itself"):
            merge_projects(target, [master])
        with pytest.raises(MergeError, match="no source"):
            merge_projects(target, [])
    assert row_sets(master) == before
    assert broken.read_bytes() == b"this is no database"


def test_a_source_written_meanwhile_in_its_wal_is_read_whole(
    master: Path, copies: tuple[Path, Path]
) -> None:
    """A coder's copy still open (edits in its WAL, not checkpointed) merges completely."""
    with Project.open(copies[0]) as still_open:
        code(still_open, "Anna", "interview 2", 0, 5, "Outcome")
        expected = coding_set(copies[0])
        with Project.open(master) as target:
            merge_projects(target, [copies[0]])
        assert expected <= coding_set(master)


def test_new_rows_never_reuse_the_id_of_a_deleted_one(
    master: Path, copies: tuple[Path, Path]
) -> None:
    """Undo re-inserts deleted rows with their old ids: a merge must not take them."""
    with Project.open(master) as target:
        code(target, "Lead", "interview 1", 0, 3, "Context")
        deleted = target.quotations.list()[0]
        target.quotations.delete(deleted.id)
        merge_projects(target, [copies[0]])
        ids = [q.id for q in target.quotations.list()]
    assert ids and min(ids) > deleted.id
