"""Hand-out copies: what a coder's copy holds, what it leaves out, and that it is safe."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from sbcoder.core.errors import NotAProjectError, ProjectExistsError
from sbcoder.core.handout import (
    default_coder,
    handout_origin,
    make_handout,
    set_default_coder,
    use_default_coder,
)
from sbcoder.core.project import Project
from sbcoder.progress import Cancelled, RecordingReporter

TEXT_1 = "Interviewer: Hoe gaat het? 😀\nBewoner: Goed, dank je. We doen veel samen.\n"
TEXT_2 = "Interviewer: Wat merkt u van het buurthuis?\nBewoner: Meer contact. 👍\n"


def _rows(path: Path, table: str, columns: str) -> set[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return set(conn.execute(f"SELECT {columns} FROM {table}").fetchall())


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def master_path(tmp_path: Path) -> Path:
    """A closed master: two documents, a group, a case with attributes, the CIMO codebook,
    and quotations by two coders (one of whom gets a copy later)."""
    path = tmp_path / "master.sbc"
    with Project.create(path, template="cimo") as master:
        master.coders.set_current("Lead")
        doc1 = master.documents.add_text("interview 1", TEXT_1).value
        doc2 = master.documents.add_text("interview 2", TEXT_2).value
        master.documents.set_memo(doc1.id, "document memo by the lead")
        group = master.organising.create_group("Ronde 1").value
        master.organising.set_group_members(group.id, [doc1.id, doc2.id])
        case = master.organising.create_case("Buurthuis Oost").value
        master.organising.attach_to_case(case.id, [doc1.id])
        attribute = master.organising.create_attribute("fase", scope="case").value
        master.organising.set_value(attribute.id, case.id, "start")
        size = master.organising.create_attribute("woorden", "document", "integer").value
        master.organising.set_value(size.id, doc2.id, 12)
        context = master.codebook.by_path("Context")
        master.codebook.set_memo(context.id, "codebook memo")
        master.quotations.code_span(doc1.id, 0, 11, context.id)
        master.coders.set_current("Anna")
        outcome = master.codebook.by_path("Outcome")
        master.quotations.code_span(doc2.id, 44, 57, outcome.id)
        master.coders.set_current("Lead")
    return path


def test_copy_holds_the_masters_material_with_the_same_uuids(
    master_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "bob.sbc"
    summary = make_handout(master_path, out, "Bob")
    for table, columns in (
        ("documents", "uuid, name, text, sha256, memo"),
        ("codes", "uuid, name, parent_id, description, memo, color"),
        ("document_groups", "uuid, name"),
        ("document_group_members", "group_id, document_id"),
        ("cases", "uuid, name"),
        ("case_documents", "case_id, document_id"),
        ("attributes", "uuid, name, scope, value_type"),
        ("attribute_values", "attribute_id, case_id, document_id, value"),
    ):
        assert _rows(out, table, columns) == _rows(master_path, table, columns), table
    assert summary.documents == 2
    assert summary.codes == len(_rows(master_path, "codes", "id"))
    assert (summary.groups, summary.cases, summary.attributes) == (1, 1, 2)
    assert summary.attribute_values == 2
    assert summary.path == out and summary.coder_name == "Bob"


def test_copy_has_no_quotations_of_other_coders_and_records_its_coder(
    master_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "bob.sbc"
    summary = make_handout(master_path, out, "Bob")
    assert _rows(out, "quotations", "id") == set()
    assert _rows(out, "codings", "id") == set()
    with Project.open(out) as copy:
        assert default_coder(copy) == "Bob"
        coder = use_default_coder(copy)
        assert coder is not None and coder.name == "Bob" and coder.uuid == summary.coder_uuid
        assert copy.current_coder_id == coder.id
        origin = handout_origin(copy)
        assert origin is not None
        with Project.open(master_path) as master:
            assert origin["of"] == master.info()["uuid"] == summary.master_uuid
            assert origin["master_name"] == master.name
        # The codebook memo went along; the document memo field is part of the document.
        memos = copy.codebook.by_path("Context").memo
        assert memos == "codebook memo"


def test_copy_for_a_coder_with_earlier_work_carries_only_that_work(
    master_path: Path, tmp_path: Path
) -> None:
    with_work = make_handout(master_path, tmp_path / "anna.sbc", "Anna")
    assert (with_work.quotations, with_work.codings) == (1, 1)
    with Project.open(tmp_path / "anna.sbc") as copy:
        quotations = copy.quotations.list()
        assert [(q.coder_name, q.start, q.end, q.text) for q in quotations] == [
            ("Anna", 44, 57, TEXT_2[44:57])
        ]
        # The coder keeps her identity: the same uuid as in the master.
        with Project.open(master_path) as master:
            assert copy.coders.by_name("Anna").uuid == master.coders.by_name("Anna").uuid
    clean = make_handout(master_path, tmp_path / "anna2.sbc", "Anna", include_own_work=False)
    assert (clean.quotations, clean.codings) == (0, 0)
    assert _rows(tmp_path / "anna2.sbc", "quotations", "id") == set()


def test_master_given_as_open_project_is_left_unchanged(master_path: Path, tmp_path: Path) -> None:
    with Project.open(master_path) as master:
        before = {t: _rows(master_path, t, "*") for t in ("documents", "codes", "project_info")}
        make_handout(master, tmp_path / "bob.sbc", "Bob")
        after = {t: _rows(master_path, t, "*") for t in ("documents", "codes", "project_info")}
        assert before == after
        assert default_coder(master) is None


def test_existing_output_is_refused_and_left_alone(master_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "bob.sbc"
    out.write_text("my notes")
    with pytest.raises(ProjectExistsError, match=r"bob\.sbc"):
        make_handout(master_path, out, "Bob")
    assert out.read_text() == "my notes"


def test_damaged_master_gives_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.sbc"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(NotAProjectError, match=r"broken\.sbc"):
        make_handout(broken, tmp_path / "bob.sbc", "Bob")
    assert not (tmp_path / "bob.sbc").exists()


def test_cancel_leaves_no_file_behind(master_path: Path, tmp_path: Path) -> None:
    digest = _file_digest(master_path)
    with pytest.raises(Cancelled):
        make_handout(master_path, tmp_path / "bob.sbc", "Bob", reporter=RecordingReporter(3))
    # Reading a WAL project read-only may leave its (empty) -wal/-shm beside it.
    leftovers = {p.name for p in tmp_path.iterdir() if not p.name.startswith("master.sbc")}
    assert leftovers == set()
    assert _file_digest(master_path) == digest


def test_paths_with_spaces_and_hashes_work(master_path: Path, tmp_path: Path) -> None:
    # ("?" and "%" are left out: sbcoder.db's engine URL cannot carry them yet.)
    folder = tmp_path / "map met spatie #1"
    folder.mkdir()
    master_copy = folder / "master kopie.sbc"
    master_copy.write_bytes(master_path.read_bytes())
    summary = make_handout(master_copy, folder / "bob #2.sbc", "Bob")
    assert summary.documents == 2
    assert {p.name for p in folder.iterdir()} >= {"master kopie.sbc", "bob #2.sbc"}
    assert not [p for p in folder.iterdir() if p.name.startswith("file:")]


def test_default_coder_can_be_set_and_cleared(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.sbc") as project:
        assert default_coder(project) is None
        assert use_default_coder(project) is None
        set_default_coder(project, "  Carla  ")
        assert default_coder(project) == "Carla"
        set_default_coder(project, None)
        assert default_coder(project) is None
        assert handout_origin(project) is None


def test_a_handout_while_the_master_is_open(tmp_path):
    """The app always has the master open: the copy must not touch the master's WAL."""
    from sbcoder.core.handout import make_handout
    from sbcoder.core.project import Project

    with Project.create(tmp_path / "m.sbc", template="cimo") as master:
        master.coders.set_current("Lead")
        master.documents.add_text("i1", "Een tekst over de buurt.")
        summary = make_handout(master, tmp_path / "copy.sbc", "Anna")
        assert summary.documents == 1
        master.codebook.create("Nog open")  # the master still takes edits
