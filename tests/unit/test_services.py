"""The core services: validation, the codebook tree, quotations, cases, attributes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sbcoder.core.codebook import CodeInUseError
from sbcoder.core.documents import DuplicateDocumentError
from sbcoder.core.errors import ConflictError, NotFoundError, ValidationError
from sbcoder.core.project import Project
from sbcoder.progress import RecordingReporter

TEXT = "Interviewer: Hoe gaat het?\r\nBewoner: Goed, er is meer vertrouwen in de buurt.\r\n"


def test_text_is_stored_with_newlines_and_hash(project: Project) -> None:
    doc = project.documents.add_text("Interview 1", TEXT).value
    stored = project.documents.text(doc.id)
    assert "\r" not in stored
    assert stored == TEXT.replace("\r\n", "\n")
    assert doc.length == len(stored)
    import hashlib

    assert doc.sha256 == hashlib.sha256(stored.encode()).hexdigest()


def test_the_same_text_twice_is_reported(project: Project) -> None:
    project.documents.add_text("A", TEXT)
    with pytest.raises(DuplicateDocumentError, match="already in the project as 'A'"):
        project.documents.add_text("B", TEXT.replace("\r\n", "\n"))
    assert len(project.documents.list()) == 1


def test_same_name_other_text_gets_a_unique_name(project: Project) -> None:
    project.documents.add_text("A", "een")
    assert project.documents.add_text("A", "twee").value.name == "A (2)"


@pytest.mark.parametrize("start,end", [(-1, 3), (3, 3), (5, 2), (0, 10_000)])
def test_offsets_outside_the_text_are_refused(project: Project, start: int, end: int) -> None:
    doc = project.documents.add_text("A", TEXT).value
    with pytest.raises(ValidationError, match="do not lie inside"):
        project.quotations.create(doc.id, start, end)
    assert project.quotations.list() == []


def test_overlaps_and_many_codes_on_one_span(project: Project) -> None:
    doc = project.documents.add_text("A", TEXT).value
    a = project.codebook.create("A").value
    b = project.codebook.create("B").value
    first = project.quotations.code_span(doc.id, 0, 20, a.id).value
    again = project.quotations.code_span(doc.id, 0, 20, b.id).value
    overlapping = project.quotations.code_span(doc.id, 10, 30, a.id).value
    assert again.id == first.id and set(again.code_ids) == {a.id, b.id}
    assert overlapping.id != first.id
    assert [q.start for q in project.quotations.list(code_ids=[a.id])] == [0, 10]
    with pytest.raises(ConflictError):
        project.quotations.add_code(first.id, a.id)


def test_a_new_quotation_is_returned_as_it_reads_back(project: Project) -> None:
    # The returned quotation is built from the rows just written (coding is the hot
    # path); it must equal what a fresh read gives, for every kind of new quotation.
    text = "Koffie ☕ en 𝔸 soep, daarna 🇳🇱 taart.\nTweede regel."
    doc = project.documents.add_text("A", text).value
    a = project.codebook.create("A").value
    b = project.codebook.create("B").value
    made = [
        project.quotations.code_span(doc.id, 7, 20, a.id).value,
        project.quotations.create(doc.id, 0, 30, [b.id, a.id, b.id], memo="twee codes").value,
        project.quotations.create(doc.id, 3, 9, []).value,
    ]
    for quotation in made:
        assert quotation == project.quotations.get(quotation.id)
    assert made[0].text == text[7:20] and made[0].coder_name == "Anna"
    assert [c.code_id for c in made[1].codings] == [b.id, a.id]


def test_quotations_record_their_coder(project: Project) -> None:
    doc = project.documents.add_text("A", TEXT).value
    code = project.codebook.create("A").value
    project.quotations.code_span(doc.id, 0, 5, code.id)
    project.coders.set_current("Bram")
    project.quotations.code_span(doc.id, 0, 5, code.id)  # Bram's own quotation
    quotations = project.quotations.list()
    assert sorted(q.coder_name for q in quotations) == ["Anna", "Bram"]
    bram = project.coders.by_name("Bram")
    assert len(project.quotations.list(coder_id=bram.id)) == 1
    assert project.codebook.tree(coder_id=bram.id)[0].quotation_count == 1


def test_code_tree_paths_nesting_and_cycles(project: Project) -> None:
    leaf = project.codebook.ensure_path("Mechanisme/Versterkend/Vertrouwen").value
    assert leaf.path == "Mechanisme/Versterkend/Vertrouwen" and leaf.depth == 2
    root = project.codebook.by_path("Mechanisme")
    with pytest.raises(ConflictError, match="under itself"):
        project.codebook.move(root.id, leaf.id)
    with pytest.raises(ConflictError, match="already exists"):
        project.codebook.ensure_path("Mechanisme/Versterkend/Vertrouwen")
    with pytest.raises(NotFoundError, match="code-add"):
        project.codebook.by_path("Mechanisme/Remmend")
    with pytest.raises(ConflictError):
        project.codebook.create("vertrouwen", leaf.parent_id)  # case-insensitive siblings
    with pytest.raises(ValidationError):
        project.codebook.create("a/b")
    with pytest.raises(ValidationError, match="colour"):
        project.codebook.recolor(leaf.id, "blue")
    assert project.codebook.recolor(leaf.id, "#abc").value.color == "#AABBCC"


def test_move_reorders_siblings(project: Project) -> None:
    names = ["Context", "Interventie", "Mechanisme", "Outcome"]
    ids = [project.codebook.create(n).value.id for n in names]
    project.codebook.move(ids[3], None, 0)
    assert [c.name for c in project.codebook.tree()] == ["Outcome", *names[:3]]


def test_delete_a_code_in_use_needs_a_policy(project: Project) -> None:
    doc = project.documents.add_text("A", TEXT).value
    parent = project.codebook.create("Mechanisme").value
    child = project.codebook.create("Vertrouwen", parent.id).value
    project.quotations.code_span(doc.id, 0, 5, child.id)
    with pytest.raises(CodeInUseError) as error:
        project.codebook.delete(child.id)
    assert error.value.codings == 1
    project.codebook.delete(child.id, "move-to-parent")
    assert project.quotations.list()[0].code_ids == (parent.id,)
    with pytest.raises(ConflictError, match="root"):
        project.codebook.delete(parent.id, "move-to-parent")
    project.codebook.delete(parent.id, "delete-codings")
    assert project.codebook.tree() == []
    assert project.quotations.list()[0].code_ids == ()  # the quotation itself stays


def test_merge_codes_keeps_every_quotation_once(project: Project) -> None:
    doc = project.documents.add_text("A", TEXT).value
    a = project.codebook.create("Vertrouwen").value
    b = project.codebook.create("Trust", description="English name").value
    sub = project.codebook.create("Sub", b.id).value
    project.quotations.code_span(doc.id, 0, 5, a.id)
    project.quotations.code_span(doc.id, 0, 5, b.id)
    project.quotations.code_span(doc.id, 6, 9, b.id)
    merged = project.codebook.merge(b.id, a.id).value
    assert merged.quotation_count == 2
    assert "English name" in merged.description
    assert project.codebook.get(sub.id).parent_id == a.id


def test_cases_groups_and_typed_attributes(project: Project) -> None:
    doc = project.documents.add_text("A", TEXT).value
    case = project.organising.create_case("Duifstraat Ermelo").value
    project.organising.attach_to_case(case.id, [doc.id])
    group = project.organising.create_group("Bewoners").value
    project.organising.set_group_members(group.id, [doc.id])
    info = project.documents.get(doc.id)
    assert info.case_ids == (case.id,) and info.group_ids == (group.id,)
    setting = project.organising.create_attribute("setting", "case", "text").value
    size = project.organising.create_attribute("respondenten", "case", "integer").value
    when = project.organising.create_attribute("interviewdatum", "document", "date").value
    project.organising.set_value(setting.id, case.id, "regionaal")
    project.organising.set_value(size.id, case.id, "12")
    project.organising.set_value(when.id, doc.id, "2025-03-01")
    assert project.organising.values(size.id) == {case.id: 12}
    assert project.organising.values(when.id) == {doc.id: date(2025, 3, 1)}
    with pytest.raises(ValidationError, match="not a valid integer"):
        project.organising.set_value(size.id, case.id, "twaalf")
    project.organising.set_value(size.id, case.id, None)
    assert project.organising.values(size.id) == {}


def test_batch_import_goes_on_after_a_failure(project: Project, tmp_path: Path) -> None:
    good = tmp_path / "goed.txt"
    good.write_text("Een gewone tekst over de buurt.", encoding="utf-8")
    same = tmp_path / "dubbel.txt"
    same.write_text("Een gewone tekst over de buurt.", encoding="utf-8")
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    unknown = tmp_path / "foto.jpg"
    unknown.write_bytes(b"\xff\xd8\xff")
    broken = tmp_path / "kapot.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    reporter = RecordingReporter()
    summary, _ = project.documents.import_files(
        [good, empty, same, unknown, broken], reporter=reporter
    )
    assert [d.name for d in summary.imported] == ["goed"]
    assert summary.duplicates == ((str(same), "goed"),)
    failed = {Path(f.path).name: f.reason for f in summary.failures}
    assert set(failed) == {"leeg.txt", "foto.jpg", "kapot.docx"}
    for name, reason in failed.items():
        assert name in reason
    assert reporter.events[-1][0] == reporter.events[-1][1] == 5
    assert len(project.documents.list()) == 1


def test_a_cancelled_import_keeps_what_is_done(project: Project, tmp_path: Path) -> None:
    paths = []
    for i in range(5):
        path = tmp_path / f"d{i}.txt"
        path.write_text(f"tekst nummer {i}", encoding="utf-8")
        paths.append(path)
    summary, command = project.documents.import_files(paths, reporter=RecordingReporter(2))
    assert summary.cancelled and len(summary.imported) == 2
    assert len(project.documents.list()) == 2
    project.revert(command)
    assert project.documents.list() == []
