"""`sbcoder suggest-themes` prints what the themes dialog shows: the researcher's
remembered moves, drops and names applied (saved as the dialog saves them); `--fresh`
ignores them. The command runs in a fresh process, with the same spaCy pipeline as
the in-process reference (SBCODER_SPACY_MODEL passed on)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sbcoder.core.project import Project
from sbcoder.core.suggestions import suggest_remembered_themes, suggest_themes_for
from sbcoder.core.theme_decisions import NamedTheme, ThemeDecisions, save_decisions
from sbcoder.nlp.pipeline import ENV_VAR

PASSAGES = {
    "samen eten": "Elke week eten we samen een warme maaltijd in de buurtkamer.",
    "koffie": "De koffie staat klaar en bewoners drinken samen koffie in de buurtkamer.",
    "kookclub": "In de kookclub koken buren samen een maaltijd voor de straat.",
    "subsidie": "De subsidie van de gemeente loopt volgend jaar af, dan is het geld op.",
    "financiering": "We zoeken nieuwe financiering omdat het geld van de gemeente stopt.",
    "begroting": "Op de begroting is te weinig geld en de gemeente betaalt minder.",
}


def sbcoder(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "SBCODER_CODER": "Cli Coder", "HOME": str(cwd)}
    if os.environ.get(ENV_VAR):
        env[ENV_VAR] = os.environ[ENV_VAR]
    return subprocess.run(
        [sys.executable, "-m", "sbcoder", *args], cwd=cwd, capture_output=True, text=True, env=env
    )


@pytest.fixture
def decided(tmp_path: Path) -> tuple[Path, dict[str, int], dict, dict]:
    """A coded project with decisions saved, and the reports the dialog would show:
    (path, code ids, with the decisions, fresh)."""
    path = tmp_path / "p.sbc"
    with Project.create(path) as project:
        project.coders.set_current("Anna")
        text = "\n".join(PASSAGES.values())
        doc = project.documents.add_text("interview", text).value
        ids = {}
        for name, passage in PASSAGES.items():
            ids[name] = project.codebook.create(name).value.id
            start = text.index(passage)
            project.quotations.code_span(doc.id, start, start + len(passage), ids[name])
        plain = suggest_themes_for(project, n_themes=2)
        food = next(
            t for t in plain["themes"] if ids["koffie"] in [m["code_id"] for m in t["members"]]
        )
        save_decisions(
            project,
            None,
            ThemeDecisions(
                pinned={ids["subsidie"]: "pinned-1"},
                dropped={ids["begroting"]},
                names={
                    "pinned-1": NamedTheme("Geld voor de buurt", frozenset({ids["subsidie"]})),
                    food["key"]: NamedTheme(
                        "Samen eten", frozenset(m["code_id"] for m in food["members"])
                    ),
                },
            ),
        )
        remembered = suggest_remembered_themes(project, n_themes=2).report
        fresh = suggest_remembered_themes(project, n_themes=2, fresh=True).report
    return path, ids, remembered, fresh


def test_suggest_themes_json_applies_the_remembered_decisions(decided) -> None:
    path, ids, remembered, _fresh = decided
    result = sbcoder("suggest-themes", path.name, "--themes", "2", "--json", cwd=path.parent)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report == remembered  # exactly what the dialog shows
    labels = {t["label"] for t in report["themes"]}
    assert {"Geld voor de buurt", "Samen eten"} <= labels
    members = {m["code_id"]: m for t in report["themes"] for m in t["members"]}
    assert members[ids["subsidie"]]["pinned"] and ids["begroting"] not in members
    assert report["left_out"] == [{"code_id": ids["begroting"], "path": "begroting"}]
    text = sbcoder("suggest-themes", path.name, "--themes", "2", cwd=path.parent)
    assert text.returncode == 0, text.stderr
    assert "1 pinned, 1 dropped, 2 renamed" in text.stdout and "Left out" in text.stdout
    assert "Geld voor de buurt" in text.stdout and "pinned  subsidie" in text.stdout


def test_the_fresh_handler_ignores_the_decisions(decided, capsys) -> None:
    from sbcoder.cli.nlp_commands import cmd_suggest_themes

    path, ids, remembered, fresh = decided
    args = argparse.Namespace(project=str(path), branch=None, themes=2, json=True, fresh=True)
    assert cmd_suggest_themes(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert report == fresh != remembered
    members = {m["code_id"]: m for t in report["themes"] for m in t["members"]}
    assert ids["begroting"] in members and not any(m["pinned"] for m in members.values())
    assert report["left_out"] == [] and not any(t["renamed"] for t in report["themes"])


def test_suggest_themes_fresh_on_the_command_line(decided) -> None:
    path, _ids, _remembered, fresh = decided
    result = sbcoder(
        "suggest-themes", path.name, "--themes", "2", "--json", "--fresh", cwd=path.parent
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == fresh
    helped = sbcoder("suggest-themes", "--help", cwd=path.parent)
    assert "--fresh" in helped.stdout and "Suggested themes dialog" in helped.stdout


def test_suggest_themes_as_text_says_what_else_it_weighed(decided) -> None:
    path, _ids, _remembered, fresh = decided
    result = sbcoder("suggest-themes", path.name, "--themes", "2", "--fresh", cwd=path.parent)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("2 suggested themes for 6 codes (spaCy pipeline: ")
    # One interview with the codes' passages side by side: the passages were weighed.
    assert fresh["structure"] == ["passages"]
    assert lines[1] == "also weighed where the codes are used: passages"
    for theme in fresh["themes"]:
        assert theme["label"] in lines
