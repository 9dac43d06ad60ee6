"""What the researcher decided about suggested themes, remembered in the project.

In the themes dialog the researcher moves codes between themes (a moved code is
*pinned*: re-clustering keeps it there), drops codes from every theme and renames
themes. Those decisions are view state, like ATLAS.ti's layout: saved at once, not
undoable, and forgotten on request. They are kept per *scope* — the open codes, or one
branch of the code tree — in the project's key/value table under `DECISIONS_KEY`::

    {"version": 1,
     "scopes": {"open" | "branch:<code uuid>": {
         "pinned": {"<code uuid>": "<theme key>"},
         "dropped": ["<code uuid>"],
         "names": {"<theme key>": {"label": "…", "members": ["<code uuid>"]}}}},
     "accepted": {"<theme code uuid>": ["<member code uuid>"]}}

Codes are stored by UUID, so the decisions survive a merge or an exchange round trip,
and a code deleted since is simply left out when the decisions are read. Accepted themes
are shared by every scope: their codes are no longer open codes. The table's text is
never trusted: anything unreadable reads as "no decisions" (and is kept aside under
`DAMAGED_KEY` on the next save rather than lost).

A renamed theme is found again after re-clustering by its pinned codes when it has some
(the clustering keeps their key: a theme the researcher shaped keeps its name, even when
its pinned code pulled other codes to it), otherwise as the suggested theme sharing most
of the codes it had when it was named (Jaccard, at least `NAME_OVERLAP`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from sbcoder.core.project import Project
from sbcoder.db.models import Code, ProjectInfo

DECISIONS_KEY = "themes.decisions"
DAMAGED_KEY = "themes.decisions.damaged"
FORMAT_VERSION = 1
OPEN_SCOPE = "open"
NAME_OVERLAP = 0.5


@dataclass(frozen=True)
class NamedTheme:
    """A name the researcher gave a theme, and the codes the theme had then."""

    label: str
    members: frozenset[int] = frozenset()


@dataclass
class ThemeDecisions:
    """The researcher's decisions for one scope, by code id (codes that exist now).

    pinned: code id -> key of the theme it was moved to (kept there on re-clustering).
    dropped: codes left out of every theme.
    names: theme key -> the name the researcher gave it.
    accepted: theme code id -> the codes accepted into it (shared by every scope).
    """

    pinned: dict[int, str] = field(default_factory=dict)
    dropped: set[int] = field(default_factory=set)
    names: dict[str, NamedTheme] = field(default_factory=dict)
    accepted: dict[int, list[int]] = field(default_factory=dict)

    def has_review(self) -> bool:
        """True when a code was moved or dropped or a theme renamed ("my changes")."""
        return bool(self.pinned or self.dropped or self.names)

    def forgotten(self) -> ThemeDecisions:
        """These decisions without the moves, drops and names; accepted themes stay
        (they are edits of the code tree, which Undo takes back)."""
        return ThemeDecisions(accepted={t: list(c) for t, c in self.accepted.items()})

    def copy(self) -> ThemeDecisions:
        """An independent copy (for a background task while the dialog edits on)."""
        return ThemeDecisions(
            dict(self.pinned),
            set(self.dropped),
            dict(self.names),
            {t: list(c) for t, c in self.accepted.items()},
        )

    def accept(self, theme_code_id: int, code_ids: Sequence[int], key: str | None) -> None:
        """Record an accepted theme: its codes leave the open codes, so what was decided
        about them (and the theme's name, under `key`) no longer applies."""
        for code_id in code_ids:
            self.pinned.pop(code_id, None)
            self.dropped.discard(code_id)
        if key is not None:
            self.names.pop(key, None)
        self.accepted[theme_code_id] = list(code_ids)


@dataclass(frozen=True)
class NameMatch:
    """Which remembered name a suggested theme carries."""

    theme_key: str  # the theme's key in this suggestion
    name_key: str  # the key the name was remembered under
    label: str


# -- reading and writing -------------------------------------------------------------------
def scope_key(project: Project, branch: str | None) -> str:
    """The key of a scope in the stored JSON: "open", or "branch:" and the branch code's
    UUID (so renaming or moving the branch keeps its decisions). NotFoundError for a
    branch path that does not exist."""
    if branch is None:
        return OPEN_SCOPE
    return f"branch:{project.codebook.by_path(branch).uuid}"


def load_decisions(project: Project, branch: str | None = None) -> ThemeDecisions:
    """The decisions remembered for the open codes (None) or a branch (its path).
    Codes deleted since are left out; unreadable stored text gives no decisions."""
    scope = scope_key(project, branch)
    with project.session() as session:
        text = session.scalar(select(ProjectInfo.value).where(ProjectInfo.key == DECISIONS_KEY))
        ids = dict(session.execute(select(Code.uuid, Code.id)).all())
    stored = _parse(text) or {}
    return _decode(_mapping(_mapping(stored.get("scopes")).get(scope)), stored, ids)


def save_decisions(project: Project, branch: str | None, decisions: ThemeDecisions) -> None:
    """Remember `decisions` for the scope (and the accepted themes for all scopes), as
    one committed write. Other scopes' decisions are kept."""
    scope = scope_key(project, branch)
    with project.transaction() as session:
        uuids = dict(session.execute(select(Code.id, Code.uuid)).all())
        row = session.get(ProjectInfo, DECISIONS_KEY)
        stored = _parse(row.value) if row is not None else {}
        if stored is None:  # unreadable: keep it aside rather than overwrite it
            assert row is not None
            damaged = session.get(ProjectInfo, DAMAGED_KEY)
            if damaged is None:
                session.add(ProjectInfo(key=DAMAGED_KEY, value=row.value))
            else:
                damaged.value = row.value
            stored = {}
        scopes = dict(_mapping(stored.get("scopes")))
        encoded = _encode(decisions, uuids)
        if encoded:
            scopes[scope] = encoded
        else:
            scopes.pop(scope, None)
        accepted = {
            uuids[theme]: [uuids[c] for c in codes if c in uuids]
            for theme, codes in decisions.accepted.items()
            if theme in uuids
        }
        document = {"version": FORMAT_VERSION, "scopes": scopes, "accepted": accepted}
        value = json.dumps(document, ensure_ascii=False, sort_keys=True)
        if row is None:
            session.add(ProjectInfo(key=DECISIONS_KEY, value=value))
        else:
            row.value = value


def clear_decisions(project: Project, branch: str | None = None) -> ThemeDecisions:
    """Forget the moves, drops and names of a scope ("Forget my changes"); returns what
    is still remembered (the accepted themes)."""
    remaining = load_decisions(project, branch).forgotten()
    save_decisions(project, branch, remaining)
    return remaining


# -- applying them to a suggestion ---------------------------------------------------------
def match_names(
    themes: Sequence[tuple[str, Iterable[int]]], decisions: ThemeDecisions
) -> list[NameMatch]:
    """The remembered names the suggested `themes` (key, member ids) carry: a theme
    holding pinned codes keeps the name given under their key; any other name goes to
    the theme sharing most of the codes it was given with (Jaccard ≥ NAME_OVERLAP).
    Each name goes to one theme, each theme takes one name."""
    order = {key: rank for rank, (key, _ids) in enumerate(themes)}
    pinned_keys = set(decisions.pinned.values())
    matches = {
        key: NameMatch(key, key, decisions.names[key].label)
        for key in order
        if key in pinned_keys and key in decisions.names
    }
    used = set(matches)
    pairs = []
    for theme_key, ids in themes:
        members = frozenset(ids)
        for name_key, named in decisions.names.items():
            if theme_key in matches or name_key in used or not (members and named.members):
                continue
            overlap = len(members & named.members) / len(members | named.members)
            if overlap >= NAME_OVERLAP:
                pairs.append((-overlap, order[theme_key], name_key, theme_key))
    for _overlap, _rank, name_key, theme_key in sorted(pairs):
        if name_key not in used and theme_key not in matches:
            matches[theme_key] = NameMatch(theme_key, name_key, decisions.names[name_key].label)
            used.add(name_key)
    return sorted(matches.values(), key=lambda m: order[m.theme_key])


def apply_to_report(
    report: dict[str, Any], decisions: ThemeDecisions, left_out: Mapping[int, str]
) -> ThemeDecisions:
    """Put remembered decisions into a `suggest_themes_report` (with member paths):
    renamed themes get their names (`suggested_label` keeps spaCy's, `renamed` says so),
    members say whether they are `pinned`, and `left_out` lists the dropped codes
    (`left_out`: code id -> path). Returns the decisions with each matched name moved
    to its theme's key and members in this suggestion (unmatched names are kept)."""
    themes = report["themes"]
    matches = {
        m.theme_key: m
        for m in match_names(
            [(t["key"], [m["code_id"] for m in t["members"]]) for t in themes], decisions
        )
    }
    matched = {m.name_key for m in matches.values()}
    shown = {t["key"] for t in themes}
    names: dict[str, NamedTheme] = {}
    for key, named in decisions.names.items():
        if key not in matched:
            # Kept for a later suggestion; "theme-2" may mean another group this time.
            while key in shown or key in names:
                key += "~"
            names[key] = named
    for theme in themes:
        key = theme["key"]
        match = matches.get(key)
        theme["suggested_label"] = theme["label"]
        theme["renamed"] = match is not None
        if match is not None:
            theme["label"] = match.label
            names[key] = NamedTheme(match.label, frozenset(m["code_id"] for m in theme["members"]))
        for member in theme["members"]:
            member["pinned"] = decisions.pinned.get(member["code_id"]) == key
    report["left_out"] = [
        {"code_id": code_id, "path": path}
        for code_id, path in sorted(left_out.items(), key=lambda item: item[1])
    ]
    report["remembered"] = {
        "pinned": sum(m["pinned"] for t in themes for m in t["members"]),
        "dropped": len(left_out),
        "renamed": len(matches),
    }
    result = decisions.copy()
    result.names = names
    return result


# -- the stored text -----------------------------------------------------------------------
def _parse(text: str | None) -> dict[str, Any] | None:
    """The stored document; {} when there is none, None when it cannot be read."""
    if text is None:
        return {}
    try:
        document = json.loads(text)
    except ValueError:
        return None
    if not isinstance(document, dict) or document.get("version") != FORMAT_VERSION:
        return None
    return document


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def _uuid_list(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _decode(
    scope: Mapping[str, Any], stored: Mapping[str, Any], ids: Mapping[str, int]
) -> ThemeDecisions:
    """Decisions by code id from one scope's JSON; anything malformed or about codes
    that no longer exist is skipped, never an error."""
    decisions = ThemeDecisions()
    for uuid, key in _mapping(scope.get("pinned")).items():
        if uuid in ids and isinstance(key, str) and key:
            decisions.pinned[ids[uuid]] = key
    decisions.dropped = {ids[u] for u in _uuid_list(scope.get("dropped")) if u in ids}
    for key, named in _mapping(scope.get("names")).items():
        named = _mapping(named)
        label = named.get("label")
        if isinstance(label, str) and label.strip():
            members = frozenset(ids[u] for u in _uuid_list(named.get("members")) if u in ids)
            decisions.names[key] = NamedTheme(label, members)
    for theme, members in _mapping(stored.get("accepted")).items():
        if theme in ids:
            decisions.accepted[ids[theme]] = [ids[u] for u in _uuid_list(members) if u in ids]
    return decisions


def _encode(decisions: ThemeDecisions, uuids: Mapping[int, str]) -> dict[str, Any]:
    """One scope's JSON (empty when there is nothing to remember)."""
    encoded: dict[str, Any] = {}
    pinned = {uuids[c]: k for c, k in decisions.pinned.items() if c in uuids}
    dropped = sorted(uuids[c] for c in decisions.dropped if c in uuids)
    names = {
        key: {
            "label": named.label,
            "members": sorted(uuids[c] for c in named.members if c in uuids),
        }
        for key, named in decisions.names.items()
    }
    for name, value in (("pinned", pinned), ("dropped", dropped), ("names", names)):
        if value:
            encoded[name] = value
    return encoded


__all__ = [
    "DAMAGED_KEY",
    "DECISIONS_KEY",
    "NAME_OVERLAP",
    "NameMatch",
    "NamedTheme",
    "ThemeDecisions",
    "apply_to_report",
    "clear_decisions",
    "load_decisions",
    "match_names",
    "save_decisions",
    "scope_key",
]
