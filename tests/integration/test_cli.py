"""The command line end to end, in a fresh process each time, as scripts use it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

TRANSCRIPT = (
    "Interviewer: Wat werkt er goed in de buurt?\n"
    "Bewoner: Er is meer vertrouwen 😀 sinds de burendag.\n"
    "Bewoner: Maar de gemeente heeft te weinig middelen.\n"
)


def sbcoder(*args: str, cwd: Path, ok: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "sbcoder", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "SBCODER_CODER": "Cli Coder", "HOME": str(cwd)},
    )
    if ok:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "interview-1.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (tmp_path / "interview-2.md").write_text(
        "# Notities\n\nVerbinding in de wijk.\n", encoding="utf-8"
    )
    return tmp_path


def test_a_whole_session(workspace: Path) -> None:
    created = json.loads(
        sbcoder("new", "p.sbc", "--template", "cimo", "--json", cwd=workspace).stdout
    )
    assert created["codes"] > 30
    imported = json.loads(
        sbcoder(
            "import",
            "p.sbc",
            "interview-1.txt",
            "interview-2.md",
            "--case",
            "Nijkerk",
            "--json",
            cwd=workspace,
        ).stdout
    )
    assert [d["name"] for d in imported["imported"]] == ["interview-1", "interview-2"]
    start = TRANSCRIPT.index("meer vertrouwen")
    end = start + len("meer vertrouwen 😀")
    coded = json.loads(
        sbcoder(
            "code",
            "p.sbc",
            "--doc",
            "interview-1",
            "--start",
            str(start),
            "--end",
            str(end),
            "--code",
            "Mechanisme/Versterkend/Vertrouwen",
            "--memo",
            "burendag",
            "--json",
            cwd=workspace,
        ).stdout
    )
    assert coded["text"] == "meer vertrouwen 😀"
    assert coded["coder"] == "Cli Coder"
    sbcoder("code-add", "p.sbc", "Open/Burendag", "--color", "#336699", cwd=workspace)
    sbcoder(
        "code",
        "p.sbc",
        "--doc",
        "interview-1",
        "--start",
        str(start),
        "--end",
        str(end),
        "--code",
        "Open/Burendag",
        cwd=workspace,
    )
    codes = json.loads(sbcoder("codes", "p.sbc", "--json", cwd=workspace).stdout)["codes"]
    by_path = {c["path"]: c for c in codes}
    assert by_path["Mechanisme/Versterkend/Vertrouwen"]["quotations"] == 1
    assert by_path["Mechanisme"]["quotations_with_subcodes"] == 1
    assert by_path["Open/Burendag"]["color"] == "#336699"
    quotations = json.loads(
        sbcoder("quotations", "p.sbc", "--code", "Mechanisme", "--json", cwd=workspace).stdout
    )["quotations"]
    assert len(quotations) == 1
    assert set(quotations[0]["codes"]) == {"Mechanisme/Versterkend/Vertrouwen", "Open/Burendag"}
    stats = json.loads(sbcoder("stats", "p.sbc", "--by", "case", "--json", cwd=workspace).stdout)
    assert stats["columns"] == ["Nijkerk"]
    rows = {r["code"]: r for r in stats["rows"]}
    assert rows["Open/Burendag"]["counts"] == {"Nijkerk": 1}
    by_doc = json.loads(sbcoder("stats", "p.sbc", "--json", cwd=workspace).stdout)
    assert {r["code"]: r["total"] for r in by_doc["rows"]}["Open/Burendag"] == 1


def test_json_output_is_one_document_and_nothing_else(workspace: Path) -> None:
    sbcoder("new", "p.sbc", cwd=workspace)
    result = sbcoder("codes", "p.sbc", "--json", cwd=workspace)
    assert json.loads(result.stdout) == {"codes": []}


@pytest.mark.parametrize(
    "args,reason",
    [
        (
            [
                "code",
                "p.sbc",
                "--doc",
                "interview-1",
                "--start",
                "5",
                "--end",
                "99999",
                "--code",
                "Context",
            ],
            "do not lie inside",
        ),
        (
            [
                "code",
                "p.sbc",
                "--doc",
                "interview-1",
                "--start",
                "1",
                "--end",
                "4",
                "--code",
                "Context/Bestaat niet",
            ],
            "code-add",
        ),
        (
            ["code", "p.sbc", "--doc", "geen", "--start", "1", "--end", "4", "--code", "Context"],
            "no document",
        ),
        (["codes", "missing.sbc"], "no such project"),
        (["codes", "interview-1.txt"], "not an sbcoder project"),
        (["code-add", "p.sbc", "Context"], "already exists"),
    ],
)
def test_errors_are_one_line_with_a_non_zero_status(
    workspace: Path, args: list[str], reason: str
) -> None:
    sbcoder("new", "p.sbc", "--template", "cimo", cwd=workspace)
    sbcoder("import", "p.sbc", "interview-1.txt", cwd=workspace)
    before = (workspace / "p.sbc").read_bytes()
    result = sbcoder(*args, cwd=workspace, ok=False)
    assert result.returncode == 1
    assert reason in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""
    quotations = json.loads(sbcoder("quotations", "p.sbc", "--json", cwd=workspace).stdout)
    assert quotations == {"quotations": []}
    assert len((workspace / "p.sbc").read_bytes()) == len(before)


def test_import_reports_failures_and_keeps_the_rest(workspace: Path) -> None:
    sbcoder("new", "p.sbc", cwd=workspace)
    (workspace / "junk.txt").write_bytes(bytes(range(256)) * 20)
    result = sbcoder(
        "import", "p.sbc", "interview-1.txt", "junk.txt", "--json", cwd=workspace, ok=False
    )
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert [d["name"] for d in report["imported"]] == ["interview-1"]
    assert report["failures"][0]["file"].endswith("junk.txt")


def test_version_and_doctor(workspace: Path) -> None:
    assert sbcoder("--version", cwd=workspace).stdout.startswith("sbcoder ")
    report = json.loads(sbcoder("doctor", "--json", cwd=workspace).stdout)
    assert "spaCy pipeline" in report and "sbcoder" in report
