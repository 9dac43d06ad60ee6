"""The main window opens, creates a project and shows its codebook."""

from pathlib import Path


def test_new_project_shows_the_cimo_codes(make_window, tmp_path: Path) -> None:
    window = make_window()
    assert window.create_project(tmp_path / "p.sbc", "Demo", "cimo")
    names = {code.name for code in window.codes.values()}
    assert {"Context", "Interventie", "Mechanisme", "Outcome"} <= names
    assert "Demo" in window.windowTitle() and "p.sbc" in window.windowTitle()
    assert "Tester" in window.coder_label.text()
