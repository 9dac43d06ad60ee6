"""Suggested themes with the researcher's remembered decisions, on a real project and
whichever pipeline loads: moved codes stay, dropped codes stay out, renamed themes keep
their names — after the project was closed and reopened — and `fresh` ignores them."""

from __future__ import annotations

from pathlib import Path

import pytest

from sbcoder.core.errors import ValidationError
from sbcoder.core.project import Project
from sbcoder.core.suggestions import (
    accept_theme,
    suggest_remembered_themes,
    suggest_themes_for,
    suggest_themes_with,
)
from sbcoder.core.theme_decisions import NamedTheme, Parked, ThemeDecisions, save_decisions
from tests.open_coding import PASSAGES, build_open_coding

# Two kinds of open codes, each with passages in its own words.


def build(path: Path) -> dict[str, int]:
    """The open-coding project (closed again); returns the codes' ids."""
    return build_open_coding(path)


def theme_of(report: dict, code_id: int) -> dict | None:
    return next(
        (t for t in report["themes"] if code_id in [m["code_id"] for m in t["members"]]), None
    )


@pytest.fixture
def coded(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "open.sbc"
    return path, build(path)


def test_remembered_decisions_apply_after_reopening(coded) -> None:
    path, ids = coded
    food_codes = {ids["samen eten"], ids["koffie"], ids["kookclub"]}
    with Project.open(path) as project:
        plain = suggest_themes_for(project, n_themes=2)
        food = theme_of(plain, ids["koffie"])
        # The two kinds are told apart on any pipeline.
        assert {m["code_id"] for m in food["members"]} == food_codes
        # What the researcher did in the dialog: "subsidie" moved to a new theme (pinned
        # under a key of its own) and named, the food theme renamed, "begroting" dropped.
        decisions = ThemeDecisions(
            pinned={ids["subsidie"]: "pinned-1"},
            dropped={ids["begroting"]},
            names={
                "pinned-1": NamedTheme("Geld voor de buurt", frozenset({ids["subsidie"]})),
                food["key"]: NamedTheme("Samen eten en drinken", frozenset(food_codes)),
            },
        )
        save_decisions(project, None, decisions)
    with Project.open(path) as project:
        result = suggest_remembered_themes(project, n_themes=2)
        fresh = suggest_remembered_themes(project, n_themes=2, fresh=True).report
        again = suggest_themes_for(project, n_themes=2)
    report = result.report
    moved = theme_of(report, ids["subsidie"])
    assert moved["key"] == "pinned-1" and moved["label"] == "Geld voor de buurt"
    assert moved["renamed"] and moved["suggested_label"] != moved["label"]
    assert [m["pinned"] for m in moved["members"] if m["code_id"] == ids["subsidie"]] == [True]
    assert not any(m["pinned"] for m in moved["members"] if m["code_id"] != ids["subsidie"])
    renamed = theme_of(report, ids["koffie"])
    assert renamed["label"] == "Samen eten en drinken" and renamed["renamed"]
    assert renamed["suggested_label"] != renamed["label"]  # spaCy's words, kept beside
    assert theme_of(report, ids["begroting"]) is None
    assert report["left_out"] == [{"code_id": ids["begroting"], "path": "begroting"}]
    assert report["n_codes"] == len(PASSAGES) - 1  # the dropped code is not clustered
    assert report["remembered"] == {"pinned": 1, "dropped": 1, "renamed": 2}
    # The decisions handed back name the themes by their keys in this suggestion.
    assert result.decisions.names[renamed["key"]].label == "Samen eten en drinken"
    assert result.decisions.pinned == decisions.pinned
    assert result.decisions.dropped == decisions.dropped
    # Fresh: spaCy's own suggestion, as if nothing had been decided.
    assert [t["members"] for t in fresh["themes"]] == [
        [{**m, "pinned": False} for m in t["members"]] for t in again["themes"]
    ]
    assert [t["label"] for t in fresh["themes"]] == [t["label"] for t in again["themes"]]
    assert fresh["left_out"] == [] and not any(t["renamed"] for t in fresh["themes"])


def test_codes_of_an_accepted_theme_are_no_longer_suggested(coded) -> None:
    path, ids = coded
    with Project.open(path) as project:
        food = [ids["samen eten"], ids["koffie"], ids["kookclub"]]
        outcome = accept_theme(project, "Eten", food)
        decisions = ThemeDecisions(pinned={ids["koffie"]: "pinned-1"})
        decisions.accept(outcome.value, food, "pinned-1")
        assert decisions == ThemeDecisions(
            accepted={outcome.value: food},
            parked={outcome.value: Parked(pinned={ids["koffie"]: "pinned-1"})},
        )
        report = suggest_themes_with(project, decisions).report
        shown = {m["code_id"] for t in report["themes"] for m in t["members"]}
        assert shown == {ids["subsidie"], ids["financiering"], ids["begroting"]}
        project.revert(outcome.command)  # Undo: the codes are open codes again
        report = suggest_themes_with(project, decisions).report
        shown = {m["code_id"] for t in report["themes"] for m in t["members"]}
        assert shown == set(ids.values())


def test_too_few_codes_left_or_too_many_themes_are_refused_clearly(coded) -> None:
    path, ids = coded
    with Project.open(path) as project:
        drop = ThemeDecisions(
            dropped={ids["koffie"], ids["kookclub"], ids["subsidie"], ids["begroting"]}
        )
        with pytest.raises(ValidationError, match=r"at least three .* \(4 more are dropped"):
            suggest_themes_with(project, drop)
        with pytest.raises(ValidationError, match="n_themes=9 is impossible for 6 codes"):
            suggest_themes_for(project, n_themes=9)
