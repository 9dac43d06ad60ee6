"""REFI-QDA exchange through the File menu: a .qdpx round trip, the real NVivo file with
its summary, a codebook import undone, and a broken file refused in one line."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from sbcoder.core.project import Project

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
NVIVO = Path("/work/shared/interop/nvivo12-windows-oltas.qdpx")
TEXT = (
    "Interviewer: Hoe begon het?\r\nRespondent: Eerst moest er vertrouwen komen 😀. "
    "Daarna nam de buurt het zelf over."
)


def build_project(path: Path) -> Path:
    """A CIMO project with one interview (emoji and CRLF: positions must survive)."""
    project = Project.create(path, name="Uitwisseling", template="cimo")
    try:
        project.coders.set_current("Anna")
        doc = project.documents.add_text("Interview Almere", TEXT).value
        text = project.documents.text(doc.id)
        codes = {c.path: c.id for c in project.codebook.tree()}
        trust = next(i for p, i in codes.items() if p.endswith("Vertrouwen"))
        start = text.index("vertrouwen")
        project.quotations.create(doc.id, start, start + len("vertrouwen komen 😀"), [trust])
        later = text.index("Daarna")
        project.quotations.create(
            doc.id, later, len(text), [codes["Outcome"]], memo="eigenaarschap"
        )
    finally:
        project.close()
    return path


def answer_files(monkeypatch, open_name: Path | None = None, save_name: Path | None = None):
    """The file dialogs answer these names (instead of waiting for a user)."""
    if open_name is not None:
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(open_name), ""))
        )
    if save_name is not None:
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(save_name), ""))
        )


def wait_for(qtbot, feature) -> None:
    task = feature.task
    assert task is not None
    qtbot.waitUntil(lambda: not task.is_running(), timeout=20000)


def contents(project: Project) -> tuple:
    """What a round trip must keep: texts, code paths, spans with their codes, memos."""
    paths = {c.id: c.path for c in project.codebook.tree()}
    return (
        sorted((d.name, project.documents.text(d.id)) for d in project.documents.list()),
        sorted(paths.values()),
        sorted(
            (q.document_name, q.start, q.end, q.memo, tuple(sorted(paths[c] for c in q.code_ids)))
            for q in project.quotations.list()
        ),
    )


def shot(widget, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


def test_a_qdpx_round_trip_through_the_file_menu(
    make_window, messages, monkeypatch, qtbot, tmp_path
) -> None:
    original = build_project(tmp_path / "origineel.sbc")
    window = make_window(original)
    feature = window.features["sbcoder.ui.exchange_menu"]
    file_menu = [a.text() for a in window.actions.menus["file"].actions()]
    for text in ("Import REFI-QDA project (.&qdpx)…", "Export codebook (.q&dc)…"):
        assert text in file_menu
    with_project = contents(window.workbench.project)

    exported = tmp_path / "uitwisseling.qdpx"
    answer_files(monkeypatch, save_name=tmp_path / "uitwisseling")  # .qdpx is added
    feature.actions["export_qdpx"].trigger()
    wait_for(qtbot, feature)
    assert zipfile.is_zipfile(exported)

    copy = tmp_path / "kopie.sbc"
    answer_files(monkeypatch, open_name=exported, save_name=copy)
    feature.actions["import_qdpx"].trigger()
    wait_for(qtbot, feature)
    assert window.workbench.project is not None and window.workbench.project.path == copy
    assert contents(window.workbench.project) == with_project
    dialog = feature.summary_dialog
    assert dialog is not None and dialog.isVisible()
    assert feature.last_summary.counts["quotations"] == 2
    assert feature.last_summary.counts["documents"] == 1
    assert "code points" in dialog.dialect_label.text()
    assert not messages, messages


@pytest.mark.skipif(not NVIVO.exists(), reason=f"the NVivo sample {NVIVO} is not on this machine")
def test_the_nvivo_file_imports_with_its_summary(
    make_window, messages, monkeypatch, qtbot, tmp_path
) -> None:
    window = make_window()
    feature = window.features["sbcoder.ui.exchange_menu"]
    target = tmp_path / "nvivo.sbc"
    answer_files(monkeypatch, open_name=NVIVO, save_name=target)
    feature.actions["import_qdpx"].trigger()
    assert window.progress_panel.isVisible()
    wait_for(qtbot, feature)
    assert not messages, messages
    project = window.workbench.project
    assert project is not None and project.path == target
    summary = feature.last_summary
    assert summary.counts["documents"] == len(project.documents.list()) >= 1
    assert summary.counts["quotations"] == len(project.quotations.list()) > 0
    assert summary.counts["codes"] == len(project.codebook.tree()) > 0
    dialog = feature.summary_dialog
    assert dialog.isVisible()
    # Every unsupported item is listed, none left out; NVivo for Windows counts UTF-16.
    listed = [
        dialog.unsupported_list.item(i).text() for i in range(dialog.unsupported_list.count())
    ]
    assert listed == summary.unsupported and listed
    assert summary.position_dialect.startswith("utf16")
    assert "UTF-16" in dialog.dialect_label.text()
    assert str(len(summary.unsupported)) in dialog.unsupported_box.title()
    dialog.resize(620, 560)
    shot(dialog, "exchange-import-summary")


def test_a_codebook_import_is_one_undo_step(
    make_window, messages, monkeypatch, qtbot, tmp_path
) -> None:
    source = build_project(tmp_path / "bron.sbc")
    window = make_window(source)
    feature = window.features["sbcoder.ui.exchange_menu"]
    codebook = tmp_path / "codeboek.qdc"
    answer_files(monkeypatch, save_name=codebook)
    feature.actions["export_qdc"].trigger()
    wait_for(qtbot, feature)
    source_paths = sorted(c.path for c in window.workbench.project.codebook.tree())

    empty = tmp_path / "leeg.sbc"
    Project.create(empty, name="Leeg").close()
    assert window.open_project(empty)
    assert window.workbench.project.codebook.tree() == []
    answer_files(monkeypatch, open_name=codebook)
    feature.actions["import_qdc"].trigger()
    project = window.workbench.project
    assert sorted(c.path for c in project.codebook.tree()) == source_paths
    assert sorted(c.path for c in window.codes.values()) == source_paths  # the tree shows them
    assert window.actions.undo.text() == "&Undo Import codebook “codeboek.qdc”"
    window.actions.undo.trigger()
    assert project.codebook.tree() == []
    assert window.codes == {}
    window.actions.redo.trigger()
    assert sorted(c.path for c in project.codebook.tree()) == source_paths
    # Importing it again adds nothing and makes no empty undo step.
    steps = window.workbench.undo_stack.count()
    feature.actions["import_qdc"].trigger()
    assert window.workbench.undo_stack.count() == steps
    assert feature.last_summary.counts == {"codes": 0, "already present": len(source_paths)}
    assert not messages, messages


def test_a_broken_qdpx_is_refused_in_one_line(
    make_window, messages, monkeypatch, qtbot, tmp_path
) -> None:
    window = make_window()
    feature = window.features["sbcoder.ui.exchange_menu"]
    broken = tmp_path / "kapot.qdpx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    target = tmp_path / "kapot.sbc"
    answer_files(monkeypatch, open_name=broken, save_name=target)
    feature.actions["import_qdpx"].trigger()
    wait_for(qtbot, feature)
    assert not target.exists()
    assert window.workbench.project is None
    assert len(messages) == 1 and messages[0][0] == "warning"
    assert "kapot.qdpx" in messages[0][1] and "\n" not in messages[0][1]
    assert feature.actions["import_qdpx"].isEnabled()
