"""Conflicts are shown, not resolved silently; matching falls back from uuid to content."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from test_merge import TEXT_1, TEXT_2, code, coding_set, make_master, row_sets

from sbcoder.core.handout import make_handout
from sbcoder.core.merge import merge_projects
from sbcoder.core.project import Project


def _memos(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            "SELECT title, text, document_id, code_id, quotation_id, case_id FROM memos ORDER BY id"
        ).fetchall()


def _kinds(report) -> list[str]:
    return [conflict.kind for conflict in report.conflicts]


def test_a_code_renamed_in_a_copy_is_a_conflict_and_the_target_keeps_its_name(
    tmp_path: Path,
) -> None:
    master = make_master(tmp_path / "master.sbc")
    make_handout(master, tmp_path / "anna.sbc", "Anna")
    with Project.open(tmp_path / "anna.sbc") as copy:
        context = copy.codebook.by_path("Context")
        copy.codebook.rename(context.id, "Omgeving")
        code(copy, "Anna", "interview 1", 0, 11, "Omgeving")
    with Project.open(master) as target:
        report = merge_projects(target, [tmp_path / "anna.sbc"])
        kept = target.codebook.by_path("Context")
        assert kept.quotation_count == 1  # the coding landed on the matched code
        assert not [c for c in target.codebook.tree() if c.name == "Omgeving"]
    assert _kinds(report) == ["code-renamed"]
    conflict = report.conflicts[0]
    assert conflict.source == "anna.sbc" and conflict.target_id == kept.id
    assert "'Context'" in conflict.message and "'Omgeving'" in conflict.message
    assert report.counts["codes"].conflicting == 1


def test_a_code_moved_in_a_copy_is_reported_and_its_new_children_follow_the_target(
    tmp_path: Path,
) -> None:
    master = make_master(tmp_path / "master.sbc")
    make_handout(master, tmp_path / "bob.sbc", "Bob")
    with Project.open(tmp_path / "bob.sbc") as copy:
        moved = copy.codebook.by_path("Outcome")
        copy.codebook.move(moved.id, copy.codebook.by_path("Context").id)
        code(copy, "Bob", "interview 2", 0, 11, "Context/Outcome/Meer contact")
    with Project.open(master) as target:
        report = merge_projects(target, [tmp_path / "bob.sbc"])
        new = target.codebook.by_path("Outcome/Meer contact")
        assert new.quotation_count == 1
    assert _kinds(report) == ["code-moved"]
    assert "'Context/Outcome'" in report.conflicts[0].message


def test_a_document_with_the_same_name_but_other_text_is_kept_under_another_name(
    tmp_path: Path,
) -> None:
    master = make_master(tmp_path / "master.sbc")
    other_text = "Interviewer: Dit is een ander gesprek. ✨\n"
    with Project.create(tmp_path / "carla.sbc") as source:
        source.documents.add_text("interview 1", other_text)
        code(source, "Carla", "interview 1", 0, 11, "Context")
    with Project.open(master) as target:
        report = merge_projects(target, [tmp_path / "carla.sbc"])
        names = {d.name: target.documents.text(d.id) for d in target.documents.list()}
    assert names["interview 1"] == TEXT_1
    assert names["interview 1 (from carla.sbc)"] == other_text
    assert _kinds(report) == ["document-name"]
    assert report.counts["documents"].conflicting == 1
    assert coding_set(tmp_path / "carla.sbc") <= coding_set(master)


def test_an_independent_project_matches_by_text_path_and_name(tmp_path: Path) -> None:
    """No shared uuids at all: documents match by text, codes by path, coders by name."""
    master = make_master(tmp_path / "master.sbc")
    with Project.open(master) as project:
        code(project, "Anna", "interview 2", 0, 11, "Context")
    with Project.create(tmp_path / "elsewhere.sbc", template="cimo") as source:
        source.documents.add_text("gesprek twee", TEXT_2)  # same text, another name
        code(source, "Anna", "gesprek twee", 0, 11, "Context")  # the same coding
        code(source, "Anna", "gesprek twee", 20, 30, "Mechanisme/Nieuw")
    expected = coding_set(master) | coding_set(tmp_path / "elsewhere.sbc")
    with Project.open(master) as target:
        report = merge_projects(target, [tmp_path / "elsewhere.sbc"])
        assert [c.name for c in target.coders.list()].count("Anna") == 1
        assert len(target.documents.list()) == 2
    assert coding_set(master) == expected
    counts = report.counts
    assert (counts["codings"].added, counts["codings"].present) == (1, 1)
    assert (counts["quotations"].added, counts["quotations"].present) == (1, 1)
    assert counts["codes"].added == 1 and counts["coders"].present == 1
    assert _kinds(report) == ["document-renamed"]


def test_two_different_memos_on_one_item_are_both_kept(tmp_path: Path) -> None:
    master = make_master(tmp_path / "master.sbc")
    for name in ("anna", "bob"):
        make_handout(master, tmp_path / f"{name}.sbc", name.capitalize())
    with Project.open(master) as project:
        doc = project.documents.by_name("interview 1")
        project.documents.set_memo(doc.id, "Lead: een goed gesprek")
    with Project.open(tmp_path / "anna.sbc") as copy:
        doc = copy.documents.by_name("interview 1")
        copy.documents.set_memo(doc.id, "Anna: veel over samen doen")
        context = copy.codebook.by_path("Context")
        copy.codebook.set_memo(context.id, "Anna: breed opvatten")
    with Project.open(tmp_path / "bob.sbc") as copy:
        doc = copy.documents.by_name("interview 1")
        copy.documents.set_memo(doc.id, "Lead: een goed gesprek")  # the same as the target
    with Project.open(master) as target:
        report = merge_projects(target, [tmp_path / "anna.sbc", tmp_path / "bob.sbc"])
        doc = target.documents.by_name("interview 1")
        assert doc.memo == "Lead: een goed gesprek"
        context = target.codebook.by_path("Context")
        assert context.memo == "Anna: breed opvatten"  # an empty field is simply filled
        once = row_sets(master)
        merge_projects(target, [tmp_path / "anna.sbc"])
        assert row_sets(master) == once  # the kept memo is not added again
    assert _memos(master) == [
        ("Memo from anna.sbc", "Anna: veel over samen doen", doc.id, None, None, None)
    ]
    assert _kinds(report) == ["memo"]
    assert report.counts["memos"].conflicting == 1 and report.counts["memos"].added == 1


def test_quotation_memos_and_memo_rows_come_over(tmp_path: Path) -> None:
    master = make_master(tmp_path / "master.sbc")
    make_handout(master, tmp_path / "anna.sbc", "Anna")
    with Project.open(tmp_path / "anna.sbc") as copy:
        code(copy, "Anna", "interview 1", 0, 11, "Context")
        quotation = copy.quotations.list()[0]
        copy.quotations.set_memo(quotation.id, "mooi citaat")
        with copy.transaction() as session:
            from sbcoder.db.models import Memo

            session.add(Memo(title="Idee", text="buurthuis als spil", quotation_id=quotation.id))
            session.add(Memo(title="Vrij", text="algemene notitie"))
    with Project.open(master) as target:
        report = merge_projects(target, [tmp_path / "anna.sbc"])
        merged = target.quotations.list()[0]
        assert merged.memo == "mooi citaat"
    memos = _memos(master)
    assert ("Idee", "buurthuis als spil", None, None, merged.id, None) in memos
    assert ("Vrij", "algemene notitie", None, None, None, None) in memos
    assert report.counts["memos"].added == 2


def test_a_memo_edited_differently_in_two_places_is_kept_twice(tmp_path: Path) -> None:
    master = make_master(tmp_path / "master.sbc")
    with Project.open(master) as project, project.transaction() as session:
        from sbcoder.db.models import Memo

        session.add(Memo(uuid="11111111-2222-3333-4444-555555555555", title="Plan", text="v1"))
    make_handout(master, tmp_path / "anna.sbc", "Anna", include_own_work=False)
    # Hand-outs carry only the codebook's memos; put the shared memo in by hand.
    with closing(sqlite3.connect(tmp_path / "anna.sbc")) as conn, conn:
        conn.execute(
            "INSERT INTO memos (uuid, title, text, created, modified) "
            "VALUES ('11111111-2222-3333-4444-555555555555', 'Plan', 'v2', '2025-01-01', "
            "'2025-01-01')"
        )
    with Project.open(master) as target:
        report = merge_projects(target, [tmp_path / "anna.sbc"])
        again = merge_projects(target, [tmp_path / "anna.sbc"])
    texts = sorted(text for title, text, *_ in _memos(master) if title == "Plan")
    assert texts == ["v1", "v2"]
    assert _kinds(report) == ["memo-edited"] and again.added == 0


def test_groups_cases_attributes_and_values_merge_with_conflicts_shown(tmp_path: Path) -> None:
    master = make_master(tmp_path / "master.sbc")
    with Project.open(master) as project:
        org = project.organising
        case = org.create_case("Buurthuis Oost").value
        phase = org.create_attribute("fase", "case").value
        org.set_value(phase.id, case.id, "start")
        org.create_attribute("score", "document", "integer")
    make_handout(master, tmp_path / "anna.sbc", "Anna")
    with Project.open(tmp_path / "anna.sbc") as copy:
        org = copy.organising
        doc = copy.documents.by_name("interview 2")
        group = org.create_group("Bewoners").value
        org.set_group_members(group.id, [doc.id])
        case = org.case_by_name("Buurthuis Oost")
        org.attach_to_case(case.id, [doc.id])
        org.set_value(org.attributes("case")[0].id, case.id, "evaluatie")  # differs
        new_case = org.create_case("Tuin West", "een binnentuin").value
        org.set_value(org.attributes("case")[0].id, new_case.id, "start")
    with Project.create(tmp_path / "bob.sbc") as other:
        doc = other.documents.add_text("interview 2", TEXT_2).value
        score = other.organising.create_attribute("score", "document", "text").value
        other.organising.set_value(score.id, doc.id, "hoog")
    with Project.open(master) as target:
        report = merge_projects(target, [tmp_path / "anna.sbc", tmp_path / "bob.sbc"])
        org = target.organising
        doc = target.documents.by_name("interview 2")
        assert [g.document_ids for g in org.groups()] == [(doc.id,)]
        cases = {c.name: c for c in org.cases()}
        assert cases["Buurthuis Oost"].document_ids == (doc.id,)
        assert cases["Tuin West"].description == "een binnentuin"
        phase = org.attributes("case")[0]
        assert org.values(phase.id) == {
            cases["Buurthuis Oost"].id: "start",
            cases["Tuin West"].id: "start",
        }
        names = sorted(a.name for a in org.attributes("document"))
        assert names == ["score", "score (from bob.sbc)"]
        text_score = next(a for a in org.attributes("document") if a.value_type == "text")
        assert org.values(text_score.id) == {doc.id: "hoog"}
    assert sorted(_kinds(report)) == ["attribute-type", "attribute-value"]
    assert ("fase from anna.sbc", "evaluatie", None, None, None, cases["Buurthuis Oost"].id) in (
        _memos(master)
    )
    counts = report.counts
    assert (counts["groups"].added, counts["group_members"].added) == (1, 1)
    assert (counts["cases"].added, counts["case_documents"].added) == (1, 1)


def test_a_quotation_resized_in_a_copy_is_kept_beside_the_original(tmp_path: Path) -> None:
    """Second round: Anna's copy carries her merged work; she resizes a quotation."""
    master = make_master(tmp_path / "master.sbc")
    make_handout(master, tmp_path / "round1.sbc", "Anna")
    with Project.open(tmp_path / "round1.sbc") as copy:
        code(copy, "Anna", "interview 1", 0, 11, "Context")
    with Project.open(master) as target:
        merge_projects(target, [tmp_path / "round1.sbc"])
    make_handout(master, tmp_path / "round2.sbc", "Anna")
    with Project.open(tmp_path / "round2.sbc") as copy:
        quotation = copy.quotations.list()[0]
        copy.coders.set_current("Anna")
        copy.quotations.resize(quotation.id, 0, 20)
    expected = coding_set(master) | coding_set(tmp_path / "round2.sbc")
    with Project.open(master) as target:
        report = merge_projects(target, [tmp_path / "round2.sbc"])
        once = row_sets(master)
        merge_projects(target, [tmp_path / "round2.sbc"])
        assert row_sets(master) == once
    assert coding_set(master) == expected
    assert sorted(_kinds(report)) == ["coding-changed", "quotation-changed"]


def test_an_attribute_with_a_known_uuid_but_another_scope_is_kept_apart(tmp_path: Path) -> None:
    master = make_master(tmp_path / "master.sbc")
    with Project.open(master) as project:
        shared_uuid = project.organising.create_attribute("fase", "case").value.uuid
    with Project.create(tmp_path / "dirk.sbc") as source:
        doc = source.documents.add_text("interview 1", TEXT_1).value
        attribute = source.organising.create_attribute("fase", "document").value
        source.organising.set_value(attribute.id, doc.id, "pilot")
    with closing(sqlite3.connect(tmp_path / "dirk.sbc")) as conn, conn:
        conn.execute("UPDATE attributes SET uuid = ?", (shared_uuid,))
    with Project.open(master) as target:
        merge_projects(target, [tmp_path / "dirk.sbc"])
        once = row_sets(master)
        merge_projects(target, [tmp_path / "dirk.sbc"])
        assert row_sets(master) == once
        org = target.organising
        document_fase = org.attributes("document")[0]
        assert (document_fase.name, document_fase.uuid != shared_uuid) == ("fase", True)
        doc = target.documents.by_name("interview 1")
        assert org.values(document_fase.id) == {doc.id: "pilot"}
        assert org.attributes("case")[0].uuid == shared_uuid
