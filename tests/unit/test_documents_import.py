"""Batch import: several files per transaction, with every per-file guarantee kept.

The batch size is made small here (3 files) so that every test crosses batch
boundaries: duplicates and equal names across batches, a failure in the middle of a
batch, a cancel in the middle of a batch, undo and redo of several batches.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from sbcoder.core import documents_import
from sbcoder.core.errors import ConflictError
from sbcoder.core.history import UndoHistory
from sbcoder.core.project import Project
from sbcoder.progress import RecordingReporter


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents_import, "BATCH_FILES", 3)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def texts(n: int) -> list[str]:
    return [f"Interview {i}: de buurt 😀 en het buurthuis, keer {i}.\n" * (i + 1) for i in range(n)]


def rows(project: Project, sql: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(project.path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def state(project: Project) -> dict[str, list[tuple[Any, ...]]]:
    tables = ("documents", "document_group_members", "case_documents")
    return {t: sorted(rows(project, f"SELECT * FROM {t}"), key=repr) for t in tables}


def test_each_id_gets_its_own_file_text_and_hash(project: Project, tmp_path: Path) -> None:
    originals = texts(8)
    paths = [write(tmp_path, f"doc-{i}.txt", text) for i, text in enumerate(originals)]
    summary, _ = project.documents.import_files(paths)
    assert [d.name for d in summary.imported] == [f"doc-{i}" for i in range(8)]
    for info, original in zip(summary.imported, originals, strict=True):
        assert project.documents.text(info.id) == original
        assert info.sha256 == hashlib.sha256(original.encode("utf-8")).hexdigest()
        assert info.length == len(original)
    assert project.documents.list() == [project.documents.get(info.id) for info in summary.imported]
    stored = rows(project, "SELECT name, source_path, imported_by, position FROM documents")
    coder = project.current_coder_id
    assert stored == [(f"doc-{i}", str(paths[i]), coder, i + 1) for i in range(8)]


def test_one_commit_per_batch(project: Project, tmp_path: Path) -> None:
    paths = [write(tmp_path, f"d{i}.txt", text) for i, text in enumerate(texts(7))]
    commits = []
    event.listen(project.engine, "commit", lambda _connection: commits.append(1))
    project.documents.import_files(paths)
    assert len(commits) == 3  # 3 + 3 + 1 files


def test_duplicates_and_names_across_batches(project: Project, tmp_path: Path) -> None:
    project.documents.add_text("a", "al in het project")
    project.documents.add_text("a (2)", "ook al in het project")
    project.documents.add_text("a zonder haakjes", "een naam die op 'a ' begint")
    one, two = tmp_path / "een", tmp_path / "twee"
    one.mkdir()
    two.mkdir()
    paths = [
        write(one, "a.txt", "nieuw 1"),
        write(one, "b.txt", "al in het project"),  # repeats a document in the project
        write(two, "a.txt", "nieuw 2"),
        write(one, "c.txt", "nieuw 1"),  # repeats a file of the same batch
        write(two, "b.txt", "nieuw 3"),
        write(tmp_path, "x.txt", "nieuw 2"),  # repeats a file of the batch before
        write(tmp_path, "a.txt", "nieuw 4"),
    ]
    summary, _ = project.documents.import_files(paths)
    assert [d.name for d in summary.imported] == ["a (3)", "a (4)", "b", "a (5)"]
    assert summary.duplicates == (
        (str(paths[1]), "a"),
        (str(paths[3]), "a (3)"),
        (str(paths[5]), "a (4)"),
    )
    assert summary.failures == ()


def test_failures_keep_file_order_and_lose_nothing(project: Project, tmp_path: Path) -> None:
    paths = [
        write(tmp_path, "goed-1.txt", "een"),
        tmp_path / "weg.txt",
        write(tmp_path, "leeg.txt", ""),
        write(tmp_path, "goed-2.txt", "twee"),
        write(tmp_path, "foto.jpg", "geen tekst"),
        write(tmp_path, "goed-3.txt", "drie"),
        write(tmp_path, "goed-4.txt", "vier"),
    ]
    reporter = RecordingReporter()
    summary, _ = project.documents.import_files(paths, reporter=reporter)
    assert [d.name for d in summary.imported] == ["goed-1", "goed-2", "goed-3", "goed-4"]
    assert [Path(f.path).name for f in summary.failures] == ["weg.txt", "leeg.txt", "foto.jpg"]
    for failure in summary.failures:
        assert Path(failure.path).name in failure.reason
    assert [e[0] for e in reporter.events] == list(range(8))
    assert len(project.documents.list()) == 4


def test_a_cancel_in_the_middle_of_a_batch_keeps_the_files_read(
    project: Project, tmp_path: Path
) -> None:
    paths = [write(tmp_path, f"d{i}.txt", text) for i, text in enumerate(texts(9))]
    summary, command = project.documents.import_files(paths, reporter=RecordingReporter(5))
    assert summary.cancelled
    assert [d.name for d in summary.imported] == [f"d{i}" for i in range(5)]
    assert [d.name for d in project.documents.list()] == [f"d{i}" for i in range(5)]
    project.revert(command)
    assert project.documents.list() == []


def test_a_conflicting_file_fails_alone(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project.documents.add_text("bestaand", "er staat al iets")
    original = documents_import.unique_name

    def clash(name: str, taken: set[str]) -> str:
        # Pretend the name check missed a document that another writer just added.
        return "bestaand" if name == "botst" else original(name, taken)

    monkeypatch.setattr(documents_import, "unique_name", clash)
    paths = [
        write(tmp_path, "eerst.txt", "een"),
        write(tmp_path, "botst.txt", "twee"),
        write(tmp_path, "daarna.txt", "drie"),
        write(tmp_path, "laatst.txt", "vier"),
    ]
    summary, _ = project.documents.import_files(paths)
    assert [d.name for d in summary.imported] == ["eerst", "daarna", "laatst"]
    assert len(summary.failures) == 1
    assert summary.failures[0].path == str(paths[1])
    assert "botst.txt" in summary.failures[0].reason
    assert "already exists" in summary.failures[0].reason
    names = [d.name for d in project.documents.list()]
    assert names == ["bestaand", "eerst", "daarna", "laatst"]


def test_group_and_case_rows_go_in_with_their_documents(project: Project, tmp_path: Path) -> None:
    group = project.organising.create_group("Bewoners").value
    case = project.organising.create_case("Nijkerk").value
    paths = [write(tmp_path, f"d{i}.txt", text) for i, text in enumerate(texts(4))]
    summary, _ = project.documents.import_files(paths, group_id=group.id, case_id=case.id)
    ids = [d.id for d in summary.imported]
    assert [(d.group_ids, d.case_ids) for d in summary.imported] == [((group.id,), (case.id,))] * 4
    assert project.documents.list() == list(summary.imported)
    assert rows(project, "SELECT document_id FROM document_group_members") == [(i,) for i in ids]
    assert rows(project, "SELECT document_id FROM case_documents") == [(i,) for i in ids]


def test_no_document_without_its_group_row(project: Project, tmp_path: Path) -> None:
    paths = [write(tmp_path, f"d{i}.txt", text) for i, text in enumerate(texts(4))]
    summary, _ = project.documents.import_files(paths, group_id=999)
    assert summary.imported == ()
    assert len(summary.failures) == 4
    assert all("does not exist" in f.reason for f in summary.failures)
    assert rows(project, "SELECT count(*) FROM documents") == [(0,)]


def test_undo_and_redo_of_several_batches_restore_exact_states(
    project: Project, tmp_path: Path
) -> None:
    project.documents.add_text("al", "al in het project")
    group = project.organising.create_group("Bewoners").value
    before = state(project)
    paths = [write(tmp_path, f"d{i}.txt", text) for i, text in enumerate(texts(7))]
    summary, command = project.documents.import_files(paths, group_id=group.id)
    after = state(project)
    assert len(after["documents"]) == 8 and len(after["document_group_members"]) == 7
    history = UndoHistory(project)
    history.push(command)
    history.undo()
    assert state(project) == before
    history.redo()
    assert state(project) == after
    assert [project.documents.text(d.id) for d in summary.imported] == texts(7)
    history.undo()
    assert state(project) == before


def test_a_single_file_import_still_works(project: Project, tmp_path: Path) -> None:
    path = write(tmp_path, "enkel.txt", "Een tekst.\r\nMet CRLF.\r\n")
    info = project.documents.import_file(path).value
    assert project.documents.text(info.id) == "Een tekst.\nMet CRLF.\n"
    summary, _ = project.documents.import_files(
        [write(tmp_path, "weer.txt", "Een tekst.\nMet CRLF.\n")]
    )
    assert summary.duplicates == ((str(tmp_path / "weer.txt"), "enkel"),)


def test_a_single_file_goes_in_with_its_group_or_not_at_all(
    project: Project, tmp_path: Path
) -> None:
    group = project.organising.create_group("Bewoners").value
    path = write(tmp_path, "enkel.txt", "Een tekst over de buurt.")
    with pytest.raises(ConflictError, match="does not exist"):
        project.documents.import_file(path, group_id=999)
    assert project.documents.list() == []
    outcome = project.documents.import_file(path, group_id=group.id)
    assert outcome.value.group_ids == (group.id,)
    assert project.documents.list() == [outcome.value]
    project.revert(outcome.command)
    assert state(project) == {"documents": [], "document_group_members": [], "case_documents": []}
