"""`sbcoder --self-test` and `--startup-probe` from the source tree, and the version.

The frozen app runs the same self-test in packaging/smoke_test.py (too slow for the
normal test run: it builds the app first).
"""

from __future__ import annotations

import contextlib
import io
import os
import socket
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from sbcoder.cli import selftest

ROOT = Path(__file__).resolve().parents[2]


def run_sbcoder(*args: str, home: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """sbcoder in a fresh process with its own home folder (settings never leak)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "SBCODER_CODER"))}
    env |= {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [sys.executable, "-m", "sbcoder", *args],
        cwd=home,
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )


def test_the_self_test_passes_from_the_source_tree(tmp_path: Path) -> None:
    result = run_sbcoder("--self-test", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"sbcoder {selftest.sbcoder.__version__} self-test")
    for name, _check in selftest.CHECKS:
        assert any(line.split()[:1] == ["ok"] and f" {name} " in line for line in lines), name
    assert lines[-1].startswith("self-test passed: 7 checks")
    nlp_line = next(line for line in lines if " NLP suggestions " in line)
    model = os.environ.get("SBCODER_SPACY_MODEL", "").strip()
    if model:  # the pipeline named in the environment is the one that ran
        assert str(Path(model).resolve()) in nlp_line
    # Nothing was left behind in the working folder or the home folder's settings.
    assert not list(tmp_path.glob("*.sbc"))
    assert not (tmp_path / ".config" / "sbcoder").exists()


def test_a_failing_check_stops_the_run_with_status_1(monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []

    def fine(session: selftest.Session) -> str:
        ran.append("fine")
        assert session.folder.is_dir()
        return "all good"

    def broken(_session: selftest.Session) -> str:
        ran.append("broken")
        raise selftest.SelfTestError("the template is missing")

    def never(_session: selftest.Session) -> str:
        ran.append("never")
        return ""

    monkeypatch.setattr(selftest, "CHECKS", (("first", fine), ("second", broken), ("third", never)))
    out, err = io.StringIO(), io.StringIO()
    assert selftest.run_self_test(out, err) == 1
    assert ran == ["fine", "broken"]
    assert "ok   first" in out.getvalue() and "all good" in out.getvalue()
    assert "FAIL second" in out.getvalue()
    assert err.getvalue().strip() == "self-test FAILED at 'second': the template is missing"


def test_an_unexpected_error_is_one_line_with_the_trace_on_stderr(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def crashes(_session: selftest.Session) -> str:
        return str({}["missing key"])

    monkeypatch.setattr(selftest, "CHECKS", (("crash", crashes),))
    out, err = io.StringIO(), io.StringIO()
    assert selftest.run_self_test(out, err) == 1
    assert "FAIL crash" in out.getvalue() and "KeyError: 'missing key'" in out.getvalue()
    assert "Traceback" in err.getvalue()


def test_any_network_use_fails_the_self_test(monkeypatch: pytest.MonkeyPatch) -> None:
    def phones_home(_session: selftest.Session) -> str:
        with contextlib.suppress(OSError):  # even a call whose error is swallowed counts
            socket.create_connection(("example.org", 443), timeout=1)
        return "looked fine"

    monkeypatch.setattr(selftest, "CHECKS", (("phone home", phones_home),))
    out, err = io.StringIO(), io.StringIO()
    assert selftest.run_self_test(out, err) == 1
    assert "FAIL offline" in out.getvalue() and "example.org" in out.getvalue()
    assert "network used" in err.getvalue()
    assert socket.create_connection.__module__ == "socket"  # restored afterwards


def test_the_startup_probe_shows_the_window_and_quits(tmp_path: Path) -> None:
    result = run_sbcoder("--startup-probe", home=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    (line,) = [x for x in result.stdout.splitlines() if x.startswith("startup-probe:")]
    assert "main window" in line and "platform offscreen" in line


def test_the_version_comes_from_pyproject(tmp_path: Path) -> None:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        declared = tomllib.load(handle)["project"]["version"]
    result = run_sbcoder("--version", home=tmp_path)
    assert result.stdout.strip() == f"sbcoder {declared}"


@pytest.fixture(autouse=True)
def _offscreen(monkeypatch: pytest.MonkeyPatch) -> None:
    # run_self_test sets QT_QPA_PLATFORM; keep the change inside each test.
    monkeypatch.setenv("QT_QPA_PLATFORM", os.environ.get("QT_QPA_PLATFORM", "offscreen"))


def test_the_desktop_entry_mime_type_and_icons_agree() -> None:
    import configparser
    import xml.etree.ElementTree as ET

    from PySide6.QtGui import QImage

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(ROOT / "resources" / "sbcoder.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    mime = ET.parse(ROOT / "resources" / "x-sbcoder-project.xml").getroot()
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    (mime_type,) = mime.findall("m:mime-type", namespace)
    assert desktop["MimeType"] == mime_type.get("type") + ";"
    assert mime_type.find("m:glob", namespace).get("pattern") == "*.sbc"
    assert desktop["Exec"].split()[-1] == "%f"  # a double-clicked project is passed on
    icons = ROOT / "resources" / "icons"
    assert (icons / f"{desktop['Icon']}.svg").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256):
        image = QImage(str(icons / f"sbcoder-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
