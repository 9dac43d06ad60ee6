"""Every edit is a reversible command: undo and redo restore exact states, without Qt."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

import pytest

from sbcoder.core.history import UndoHistory
from sbcoder.core.project import Project

TABLES = (
    "codes",
    "documents",
    "quotations",
    "codings",
    "cases",
    "case_documents",
    "document_groups",
    "document_group_members",
    "attributes",
    "attribute_values",
    "memos",
)


def state(project: Project) -> dict[str, list[tuple[Any, ...]]]:
    connection = sqlite3.connect(project.path)
    try:
        return {
            t: sorted(connection.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES
        }
    finally:
        connection.close()


def seed(project: Project) -> dict[str, int]:
    doc = project.documents.add_text("Interview 1", "Wij 😀 vertrouwen de buurt. " * 20).value
    parent = project.codebook.create("Mechanisme").value
    child = project.codebook.create("Vertrouwen", parent.id).value
    other = project.codebook.create("Eigenaarschap", parent.id).value
    quotation = project.quotations.create(doc.id, 4, 16, [child.id], memo="m").value
    case = project.organising.create_case("Nijkerk").value
    attribute = project.organising.create_attribute("fase", "case", "text").value
    return {
        "doc": doc.id,
        "parent": parent.id,
        "child": child.id,
        "other": other.id,
        "quotation": quotation.id,
        "case": case.id,
        "attribute": attribute.id,
    }


EDITS: dict[str, Callable[[Project, dict[str, int]], Any]] = {
    "rename code": lambda p, i: p.codebook.rename(i["child"], "Vertrouwen opbouwen"),
    "recolor code": lambda p, i: p.codebook.recolor(i["child"], "#123456"),
    "describe code": lambda p, i: p.codebook.describe(i["child"], "definitie"),
    "code memo": lambda p, i: p.codebook.set_memo(i["child"], "memo"),
    "move code to root": lambda p, i: p.codebook.move(i["child"], None),
    "reorder code": lambda p, i: p.codebook.move(i["other"], i["parent"], 0),
    "merge codes": lambda p, i: p.codebook.merge(i["child"], i["other"]),
    "delete code with codings": lambda p, i: p.codebook.delete(i["parent"], "delete-codings"),
    "delete code to parent": lambda p, i: p.codebook.delete(i["child"], "move-to-parent"),
    "new code path": lambda p, i: p.codebook.ensure_path("Open/Nieuw/Dieper"),
    "create quotation": lambda p, i: p.quotations.create(i["doc"], 0, 3, [i["other"]]),
    "code span again": lambda p, i: p.quotations.code_span(i["doc"], 4, 16, i["other"]),
    "add code": lambda p, i: p.quotations.add_code(i["quotation"], i["other"]),
    "remove code": lambda p, i: p.quotations.remove_code(i["quotation"], i["child"]),
    "resize": lambda p, i: p.quotations.resize(i["quotation"], 2, 30),
    "quotation memo": lambda p, i: p.quotations.set_memo(i["quotation"], "nieuw"),
    "delete quotation": lambda p, i: p.quotations.delete(i["quotation"]),
    "auto-code": lambda p, i: p.quotations.code_spans(
        [(i["doc"], 0, 2), (i["doc"], 40, 50)], i["other"]
    ),
    "rename document": lambda p, i: p.documents.rename(i["doc"], "Interview A"),
    "document memo": lambda p, i: p.documents.set_memo(i["doc"], "memo"),
    "delete document": lambda p, i: p.documents.delete(i["doc"]),
    "attach to case": lambda p, i: p.organising.attach_to_case(i["case"], [i["doc"]]),
    "set attribute": lambda p, i: p.organising.set_value(i["attribute"], i["case"], "start"),
    "delete case": lambda p, i: p.organising.delete_case(i["case"]),
    "create group": lambda p, i: p.organising.create_group("Bewoners"),
}


@pytest.mark.parametrize("name", sorted(EDITS))
def test_undo_and_redo_restore_exact_states(project: Project, name: str) -> None:
    ids = seed(project)
    project.organising.set_value(ids["attribute"], ids["case"], "0-meting")
    before = state(project)
    outcome = EDITS[name](project, ids)
    after = state(project)
    assert after != before, "the edit changed nothing"
    assert outcome.changes, "an edit must say what changed"
    history = UndoHistory(project)
    history.push(outcome.command)
    history.undo()
    assert state(project) == before
    history.redo()
    assert state(project) == after
    history.undo()
    assert state(project) == before


def test_history_clears_redo_after_a_new_edit(project: Project) -> None:
    history = UndoHistory(project)
    history.push(project.codebook.create("A").command)
    history.undo()
    assert history.can_redo()
    history.push(project.codebook.create("B").command)
    assert not history.can_redo()
    assert [c.name for c in project.codebook.tree()] == ["B"]


def test_deleting_a_document_reports_its_quotations(project: Project) -> None:
    ids = seed(project)
    outcome = project.documents.delete(ids["doc"])
    assert outcome.changes.affects("documents", "quotations", "codings")
    assert ids["doc"] in outcome.changes.document_ids
    assert project.quotations.list() == []
    project.revert(outcome.command)
    assert [q.memo for q in project.quotations.list()] == ["m"]
