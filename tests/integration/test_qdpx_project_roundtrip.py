"""sbcoder → .qdpx → sbcoder keeps everything, and the real NVivo export imports."""

from __future__ import annotations

import re
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sbcoder.core.exchange_export import export_qdc, export_qdpx
from sbcoder.core.exchange_import import import_qdc, import_qdpx
from sbcoder.core.project import Project

NVIVO = Path(__file__).resolve().parents[3] / "shared" / "interop" / "nvivo12-windows-oltas.qdpx"
TABLES = {
    "coders": "uuid, name",
    # The sibling rank, not the raw position: REFI-QDA keeps the order, not the numbers.
    "codes": "uuid, name, color, description, memo, (SELECT count(*) FROM codes s WHERE "
    "s.parent_id IS codes.parent_id AND (s.position < codes.position OR "
    "(s.position = codes.position AND s.id < codes.id))), "
    "(SELECT uuid FROM codes p WHERE p.id = codes.parent_id)",
    "documents": "uuid, name, text, sha256, memo",
    "quotations": 'uuid, start, "end", memo, (SELECT uuid FROM documents d WHERE '
    "d.id = document_id), (SELECT name FROM coders c WHERE c.id = coder_id)",
    "codings": "uuid, (SELECT uuid FROM quotations q WHERE q.id = quotation_id), "
    "(SELECT uuid FROM codes c WHERE c.id = code_id), "
    "(SELECT name FROM coders c WHERE c.id = coder_id)",
    "cases": "uuid, name, description, memo",
    "document_groups": "uuid, name, description",
    "attributes": "uuid, name, scope, value_type",
    "attribute_values": "(SELECT uuid FROM attributes a WHERE a.id = attribute_id), "
    "(SELECT uuid FROM cases c WHERE c.id = case_id), "
    "(SELECT uuid FROM documents d WHERE d.id = document_id), value",
    "memos": "uuid, title, text, (SELECT uuid FROM codes c WHERE c.id = code_id), "
    "(SELECT uuid FROM quotations q WHERE q.id = quotation_id)",
    "case_documents": "(SELECT uuid FROM cases c WHERE c.id = case_id), "
    "(SELECT uuid FROM documents d WHERE d.id = document_id)",
    "document_group_members": "(SELECT uuid FROM document_groups g WHERE g.id = group_id), "
    "(SELECT uuid FROM documents d WHERE d.id = document_id)",
}


def content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(path)
    try:
        return {
            t: sorted(connection.execute(f"SELECT {cols} FROM {t}").fetchall(), key=repr)
            for t, cols in TABLES.items()
        }
    finally:
        connection.close()


def build(project: Project, texts: list[str]) -> None:
    project.coders.set_current("Anna")
    case = project.organising.create_case("Nijkerk", "buurthuis").value
    group = project.organising.create_group("Bewoners").value
    setting = project.organising.create_attribute("setting", "case", "text").value
    size = project.organising.create_attribute("respondenten", "document", "integer").value
    parent = project.codebook.create("Werkzaam", description="werkzame elementen").value
    child = project.codebook.create("Vertrouwen", parent.id, "#123456").value
    project.codebook.set_memo(child.id, "eerst vertrouwen opbouwen")
    for i, text in enumerate(texts):
        doc = project.documents.add_text(f"interview {i}", text, allow_duplicate=True).value
        project.organising.attach_to_case(case.id, [doc.id])
        project.organising.set_group_members(group.id, [doc.id])
        project.organising.set_value(size.id, doc.id, i + 3)
        project.documents.set_memo(doc.id, f"memo {i} 😀")
        if len(text) > 2:
            q = project.quotations.create(doc.id, 1, len(text), [child.id], memo="quote").value
            project.coders.set_current("Bram")
            project.quotations.add_code(q.id, parent.id)
            project.coders.set_current("Anna")
    project.organising.set_value(setting.id, case.id, "regionaal")
    with project.transaction() as session:  # a free memo and a case memo
        session.execute(sqlite_text("UPDATE cases SET memo = 'case memo'"))
        session.execute(
            sqlite_text(
                "INSERT INTO memos (uuid, title, text, created, modified) VALUES "
                "('1e8a3c36-6a7c-4b1c-9a57-2f0a7b1d0c11', 'Vrij', 'vrije memo', "
                "'2025-01-01', '2025-01-01')"
            )
        )


def sqlite_text(sql: str):
    from sqlalchemy import text

    return text(sql)


def test_round_trip_keeps_every_table(tmp_path: Path) -> None:
    source = tmp_path / "a.sbc"
    with Project.create(source, template="cimo") as project:
        build(project, ["Wij 😀 vertrouwen\nde buurt.", "Tweede 𝔸 interview, e\u0301 accent."])
        export_qdpx(project, tmp_path / "a.qdpx")
        export_qdpx(project, tmp_path / "b.qdpx")
    copy, summary = import_qdpx(tmp_path / "a.qdpx", tmp_path / "copy.sbc")
    copy.close()
    assert summary.unsupported == []
    assert content(copy.path) == content(source)
    assert (tmp_path / "a.qdpx").read_bytes() != b""
    import zipfile

    first = zipfile.ZipFile(tmp_path / "a.qdpx").read("project.qde")
    second = zipfile.ZipFile(tmp_path / "b.qdpx").read("project.qde")
    guids = re.compile(rb'guid="([^"]+)"')
    assert guids.findall(first) == guids.findall(second)  # stable GUIDs


texts = st.lists(
    st.text(alphabet=st.sampled_from(list("abc é😀𝔸\n")), min_size=1, max_size=30).filter(
        lambda t: t.strip()
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=texts)
def test_round_trip_property(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        with Project.create(tmp / "a.sbc") as project:
            build(project, texts)
            export_qdpx(project, tmp / "a.qdpx")
        copy, _ = import_qdpx(tmp / "a.qdpx", tmp / "b.sbc")
        copy.close()
        assert content(tmp / "b.sbc") == content(tmp / "a.sbc")


def test_codebook_export_and_import(tmp_path: Path) -> None:
    with Project.create(tmp_path / "a.sbc", template="cimo") as project:
        export_qdc(project, tmp_path / "cimo.qdc")
        paths = [c.path for c in project.codebook.tree()]
    with Project.create(tmp_path / "b.sbc") as other:
        outcome = import_qdc(other, tmp_path / "cimo.qdc")
        assert [c.path for c in other.codebook.tree()] == paths
        assert outcome.value.counts["codes"] == len(paths)
        again = import_qdc(other, tmp_path / "cimo.qdc")
        assert again.value.counts["codes"] == 0
        other.revert(outcome.command)
        assert other.codebook.tree() == []


@pytest.mark.skipif(not NVIVO.exists(), reason="the NVivo sample is not beside the project")
def test_the_real_nvivo_export_lands_on_word_boundaries(tmp_path: Path) -> None:
    project, summary = import_qdpx(NVIVO, tmp_path / "nvivo.sbc")
    try:
        quotations = project.quotations.list()
        assert quotations and summary.counts["quotations"] == len(quotations)
        texts = {d.id: project.documents.text(d.id) for d in project.documents.list()}
        good = 0
        for q in quotations:
            text = texts[q.document_id]
            starts_ok = q.start == 0 or not (
                text[q.start - 1].isalnum() and text[q.start].isalnum()
            )
            ends_ok = q.end == len(text) or not (
                text[q.end - 1].isalnum() and text[q.end].isalnum()
            )
            good += starts_ok and ends_ok
        assert good / len(quotations) >= 0.95
    finally:
        project.close()


def test_a_hostile_file_creates_no_project(tmp_path: Path) -> None:
    import zipfile

    bad = tmp_path / "evil.qdpx"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("../escape.qde", "<Project/>")
    from sbcoder.core.errors import ValidationError

    with pytest.raises(ValidationError):
        import_qdpx(bad, tmp_path / "never.sbc")
    assert not (tmp_path / "never.sbc").exists()
