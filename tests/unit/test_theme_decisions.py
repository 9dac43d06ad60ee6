"""The themes dialog's decisions in the project file: through a close and reopen, by
code UUID (so they survive a merge), per scope, and never a crash on damaged text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sbcoder.core.merge import merge_projects
from sbcoder.core.project import Project
from sbcoder.core.theme_decisions import (
    DAMAGED_KEY,
    DECISIONS_KEY,
    NamedTheme,
    ThemeDecisions,
    clear_decisions,
    load_decisions,
    save_decisions,
)
from sbcoder.core.theme_names import match_names
from sbcoder.db.models import ProjectInfo

NAMES = ("samen eten", "koffie", "kookclub", "subsidie", "financiering", "begroting")


def make(path: Path) -> tuple[Project, dict[str, int]]:
    """A project with six codes at the root and a branch "Geld" with two more."""
    project = Project.create(path)
    project.coders.set_current("Anna")
    ids = {name: project.codebook.create(name).value.id for name in NAMES}
    branch = project.codebook.create("Geld").value.id
    for name in ("huur", "fondsen"):
        ids[name] = project.codebook.create(name, parent_id=branch).value.id
    ids["Geld"] = branch
    return project, ids


def stored(project: Project, key: str = DECISIONS_KEY) -> str | None:
    return project.info().get(key)


def put(project: Project, text: str) -> None:
    with project.transaction() as session:
        row = session.get(ProjectInfo, DECISIONS_KEY)
        if row is None:
            session.add(ProjectInfo(key=DECISIONS_KEY, value=text))
        else:
            row.value = text


def sample(ids: dict[str, int]) -> ThemeDecisions:
    return ThemeDecisions(
        pinned={ids["subsidie"]: "pinned-1", ids["koffie"]: "pinned-1"},
        dropped={ids["begroting"]},
        names={
            "pinned-1": NamedTheme(
                "Ontmoeten bij eten", frozenset({ids["koffie"], ids["subsidie"]})
            ),
            "theme-2": NamedTheme("Geldzorgen", frozenset({ids["financiering"]})),
        },
    )


def test_decisions_survive_closing_and_reopening_the_project(tmp_path: Path) -> None:
    path = tmp_path / "p.sbc"
    project, ids = make(path)
    assert load_decisions(project) == ThemeDecisions()  # nothing remembered yet
    decisions = sample(ids)
    decisions.accepted = {ids["Geld"]: [ids["huur"], ids["fondsen"]]}
    save_decisions(project, None, decisions)
    project.close()
    with Project.open(path) as reopened:
        assert load_decisions(reopened) == decisions
        # Stored by UUID, not by the integer keys of this file.
        document = json.loads(stored(reopened))
        uuids = {c.id: c.uuid for c in reopened.codebook.tree()}
        scope = document["scopes"]["open"]
        assert set(scope["pinned"]) == {uuids[ids["subsidie"]], uuids[ids["koffie"]]}
        assert scope["dropped"] == [uuids[ids["begroting"]]]
        assert document["accepted"] == {
            uuids[ids["Geld"]]: [uuids[ids["huur"]], uuids[ids["fondsen"]]]
        }


def test_decisions_follow_the_codes_into_a_merged_project(tmp_path: Path) -> None:
    source, ids = make(tmp_path / "a.sbc")
    save_decisions(source, None, sample(ids))
    text = stored(source)
    source.close()
    with Project.create(tmp_path / "b.sbc") as target:
        for name in ("eerst", "dan", "nog een"):  # so the merged codes get other ids
            target.codebook.create(name)
        merge_projects(target, [tmp_path / "a.sbc"])
        put(target, text)  # the decisions copied with the codes' UUIDs
        now = {c.name: c.id for c in target.codebook.tree()}
        assert now["subsidie"] != ids["subsidie"]
        loaded = load_decisions(target)
        assert loaded.pinned == {now["subsidie"]: "pinned-1", now["koffie"]: "pinned-1"}
        assert loaded.dropped == {now["begroting"]}
        assert loaded.names["pinned-1"].members == {now["koffie"], now["subsidie"]}


def test_codes_deleted_since_are_left_out_silently(tmp_path: Path) -> None:
    project, ids = make(tmp_path / "p.sbc")
    with project:
        save_decisions(project, None, sample(ids))
        project.codebook.delete(ids["subsidie"])
        project.codebook.delete(ids["begroting"])
        loaded = load_decisions(project)
        assert loaded.pinned == {ids["koffie"]: "pinned-1"}
        assert loaded.dropped == set()
        assert loaded.names["pinned-1"] == NamedTheme(
            "Ontmoeten bij eten", frozenset({ids["koffie"]})
        )
        # Saving again writes only what still exists.
        save_decisions(project, None, loaded)
        uuids = {c.uuid for c in project.codebook.tree()}
        scope = json.loads(stored(project))["scopes"]["open"]
        assert set(scope["pinned"]) <= uuids and "dropped" not in scope


def test_each_scope_keeps_its_own_decisions(tmp_path: Path) -> None:
    project, ids = make(tmp_path / "p.sbc")
    with project:
        open_codes = sample(ids)
        branch = ThemeDecisions(pinned={ids["huur"]: "pinned-1"}, dropped={ids["fondsen"]})
        save_decisions(project, None, open_codes)
        save_decisions(project, "Geld", branch)
        assert load_decisions(project) == open_codes
        assert load_decisions(project, "Geld") == branch
        # The branch is known by its UUID: renaming it keeps its decisions.
        project.codebook.rename(ids["Geld"], "Financiën")
        assert load_decisions(project, "Financiën") == branch
        # Forgetting one scope leaves the other alone, and keeps accepted themes.
        open_codes.accepted = {ids["Geld"]: [ids["huur"]]}
        save_decisions(project, None, open_codes)
        remaining = clear_decisions(project, "Financiën")
        assert remaining == ThemeDecisions(accepted={ids["Geld"]: [ids["huur"]]})
        assert load_decisions(project, "Financiën") == remaining
        assert load_decisions(project) == open_codes
        assert not clear_decisions(project).has_review()
        assert load_decisions(project).accepted == {ids["Geld"]: [ids["huur"]]}


@pytest.mark.parametrize(
    "text",
    [
        "{not json",
        "",
        "[1, 2, 3]",
        '"just a string"',
        json.dumps({"version": 99, "scopes": {}}),  # from a newer sbcoder
        json.dumps({"version": 1, "scopes": []}),
        json.dumps({"version": 1, "scopes": {"open": [1]}, "accepted": "x"}),
        json.dumps(
            {
                "version": 1,
                "scopes": {"open": {"pinned": [1, 2], "dropped": "abc", "names": {"k": 5}}},
                "accepted": {"no-such-uuid": ["x"]},
            }
        ),
        json.dumps({"version": 1, "scopes": {"open": {"parked": "x"}}}),
        json.dumps(
            {
                "version": 1,
                "scopes": {"open": {"parked": {"gone": 5, "other": {"pinned": [1], "names": "z"}}}},
            }
        ),
    ],
)
def test_damaged_text_reads_as_no_decisions_and_is_kept_aside(tmp_path: Path, text: str) -> None:
    project, ids = make(tmp_path / "p.sbc")
    with project:
        put(project, text)
        assert load_decisions(project) == ThemeDecisions()
        decisions = sample(ids)
        save_decisions(project, None, decisions)
        assert load_decisions(project) == decisions
        try:
            readable = json.loads(text)
        except ValueError:
            readable = None
        if isinstance(readable, dict) and readable.get("version") == 1:
            assert stored(project, DAMAGED_KEY) is None  # readable, only odd parts skipped
        else:
            assert stored(project, DAMAGED_KEY) == text  # unreadable: not lost


def test_values_of_the_wrong_type_inside_a_scope_are_skipped(tmp_path: Path) -> None:
    project, ids = make(tmp_path / "p.sbc")
    with project:
        uuid = {c.id: c.uuid for c in project.codebook.tree()}
        put(
            project,
            json.dumps(
                {
                    "version": 1,
                    "scopes": {
                        "open": {
                            "pinned": {uuid[ids["koffie"]]: "pinned-1", uuid[ids["kookclub"]]: 7},
                            "dropped": [uuid[ids["begroting"]], 12, None],
                            "names": {"a": {"label": "  "}, "b": {"label": "Eten", "members": 3}},
                        }
                    },
                }
            ),
        )
        loaded = load_decisions(project)
        assert loaded.pinned == {ids["koffie"]: "pinned-1"}
        assert loaded.dropped == {ids["begroting"]}
        assert loaded.names == {"b": NamedTheme("Eten", frozenset())}


def test_an_unknown_branch_is_a_clear_error(tmp_path: Path) -> None:
    from sbcoder.core.errors import NotFoundError

    project, _ids = make(tmp_path / "p.sbc")
    with project, pytest.raises(NotFoundError, match="Nergens"):
        load_decisions(project, "Nergens")


def test_names_go_to_the_pinned_theme_or_the_one_sharing_most_codes() -> None:
    decisions = ThemeDecisions(
        pinned={1: "pinned-1"},
        names={
            "pinned-1": NamedTheme("Eten", frozenset({1, 2})),
            "theme-4": NamedTheme("Geld", frozenset({5, 6, 7})),
            "theme-9": NamedTheme("Spel", frozenset({8, 9})),
            "theme-3": NamedTheme("Weg", frozenset({20, 21})),
            "pinned-2": NamedTheme("Samen", frozenset({30, 31, 32, 33})),
        },
    )
    decisions.pinned[30] = "pinned-2"
    themes = [
        ("pinned-1", [1, 3]),  # keeps its name by key, whatever its codes now
        ("theme-1", [5, 6, 7, 10]),  # 3 of 4 codes in common with "Geld"
        ("theme-2", [5, 7]),  # 2 of 3 would do, but "Geld" went to the closer theme-1
        ("theme-3", [8, 13, 14]),  # 1 of 4 with "Spel": too little; its key means nothing
        ("theme-5", [31, 32, 33]),  # most of the codes named "Samen", but …
        ("pinned-2", [30, 40, 41]),  # … the theme shaped by pinning keeps its name
    ]
    matches = {m.theme_key: (m.name_key, m.label) for m in match_names(themes, decisions)}
    assert matches == {
        "pinned-1": ("pinned-1", "Eten"),
        "theme-1": ("theme-4", "Geld"),
        "pinned-2": ("pinned-2", "Samen"),
    }


def test_undoing_an_accept_gives_back_the_pins_and_name_that_shaped_the_theme(
    tmp_path: Path,
) -> None:
    from sbcoder.core.history import UndoHistory
    from sbcoder.core.suggestions import accept_theme

    project, ids = make(tmp_path / "p.sbc")
    history = UndoHistory(project)
    decisions = sample(ids)
    members = [ids["koffie"], ids["subsidie"]]
    outcome = accept_theme(project, "Ontmoeten bij eten", members)
    history.push(outcome.command)
    decisions.accept(outcome.value, members, "pinned-1")
    save_decisions(project, None, decisions)
    accepted = load_decisions(project)
    # Accepted: the pins and the name are parked under the theme code, nothing else moves.
    assert accepted.pinned == {} and "pinned-1" not in accepted.names
    assert accepted.parked[outcome.value].pinned == dict.fromkeys(members, "pinned-1")
    assert accepted.names["theme-2"].label == "Geldzorgen"
    assert accepted.dropped == {ids["begroting"]}
    assert accepted.accepted == {outcome.value: members}

    history.undo()  # the theme code is gone: the pins and the name count again
    undone = load_decisions(project)
    assert undone.pinned == sample(ids).pinned
    assert undone.names == sample(ids).names
    assert undone.parked == {} and undone.accepted == {}
    history.redo()  # the same theme code again: parked again, its codes out of the way
    assert load_decisions(project) == accepted

    # Saved while undone, the pins are the researcher's again; a Redo after that keeps
    # the theme's codes out of the suggestions (its record is kept) and the pins stay.
    history.undo()
    save_decisions(project, None, load_decisions(project))
    assert json.loads(stored(project))["accepted"]  # still on record for a Redo
    history.redo()
    redone = load_decisions(project)
    assert redone.accepted == {outcome.value: members}
    assert redone.pinned == sample(ids).pinned and redone.parked == {}
    project.close()


def test_forgetting_my_changes_forgets_parked_pins_too(tmp_path: Path) -> None:
    project, ids = make(tmp_path / "p.sbc")
    decisions = sample(ids)
    decisions.accept(ids["Geld"], [ids["koffie"], ids["subsidie"]], "pinned-1")
    save_decisions(project, None, decisions)
    assert load_decisions(project).parked
    remaining = clear_decisions(project)
    assert remaining.parked == {} and load_decisions(project).parked == {}
    assert load_decisions(project).accepted == {ids["Geld"]: [ids["koffie"], ids["subsidie"]]}
    project.close()


def test_an_undone_theme_keeps_its_own_key_when_another_theme_took_it() -> None:
    from sbcoder.core.theme_decisions import Parked

    geld = NamedTheme("Geld", frozenset({1, 2}))
    decisions = ThemeDecisions(pinned={1: "pinned-1", 2: "pinned-1"}, names={"pinned-1": geld})
    decisions.accept(10, [1, 2], "pinned-1")
    assert decisions.parked == {10: Parked({1: "pinned-1", 2: "pinned-1"}, {"pinned-1": geld})}
    # A new theme key is never a parked one (the dialog asks for keys in use).
    assert "pinned-1" in decisions.keys_in_use()
    # Decisions stored by an older sbcoder may still reuse it: then the undone theme
    # gets a key of its own, for its pins and its name alike, and is not merged.
    other = NamedTheme("Eten", frozenset({3}))
    decisions.pinned[3], decisions.names["pinned-1"] = "pinned-1", other
    assert decisions.unpark({1, 2, 3})
    assert decisions.pinned == {1: "pinned-1~", 2: "pinned-1~", 3: "pinned-1"}
    assert decisions.names == {"pinned-1": other, "pinned-1~": geld}
    assert decisions.parked == {} and not decisions.unpark({1, 2, 3})
