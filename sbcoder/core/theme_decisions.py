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
         "names": {"<theme key>": {"label": "…", "members": ["<code uuid>"]}},
         "parked": {"<theme code uuid>": {"pinned": {…}, "names": {…}}}}},
     "accepted": {"<theme code uuid>": ["<member code uuid>"]}}

Codes are stored by UUID, so the decisions survive a merge or an exchange round trip,
and a code deleted since is simply left out when the decisions are read. Accepted themes
are shared by every scope: their codes are no longer open codes. Accepting a theme
*parks* the pins and the name that shaped it under the new theme code; when that code is
gone again (Undo of the accept), they count again, so Undo gives back the theme as the
researcher had made it. An accepted theme whose code is gone stays on record, so that
Redo keeps its codes out of the suggestions again. The table's text is
never trusted: anything unreadable reads as "no decisions" (and is kept aside under
`DAMAGED_KEY` on the next save rather than lost).
"""

from __future__ import annotations

import json
from collections.abc import Container, Mapping, Sequence
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
class Parked:
    """The pins and names an accepted theme took out of the decisions."""

    pinned: dict[int, str] = field(default_factory=dict)
    names: dict[str, NamedTheme] = field(default_factory=dict)


@dataclass
class ThemeDecisions:
    """The researcher's decisions for one scope, by code id (codes that exist now).

    pinned: code id -> key of the theme it was moved to (kept there on re-clustering).
    dropped: codes left out of every theme.
    names: theme key -> the name the researcher gave it.
    accepted: theme code id -> the codes accepted into it (shared by every scope).
    parked: theme code id -> the pins and names its accept took out (back on Undo).
    """

    pinned: dict[int, str] = field(default_factory=dict)
    dropped: set[int] = field(default_factory=set)
    names: dict[str, NamedTheme] = field(default_factory=dict)
    accepted: dict[int, list[int]] = field(default_factory=dict)
    parked: dict[int, Parked] = field(default_factory=dict)

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
            {t: Parked(dict(p.pinned), dict(p.names)) for t, p in self.parked.items()},
        )

    def accept(self, theme_code_id: int, code_ids: Sequence[int], key: str | None) -> None:
        """Record an accepted theme: its codes leave the open codes, so what was decided
        about them (and the theme's name, under `key`) no longer applies; it is parked
        under the theme code until that is gone again (`unpark`)."""
        parked = Parked()
        for code_id in code_ids:
            if code_id in self.pinned:
                parked.pinned[code_id] = self.pinned.pop(code_id)
            self.dropped.discard(code_id)
        if key is not None and key in self.names:
            parked.names[key] = self.names.pop(key)
        if parked.pinned or parked.names:
            self.parked[theme_code_id] = parked
        self.accepted[theme_code_id] = list(code_ids)

    def unpark(self, existing: Container[int]) -> bool:
        """Give back the pins and names of accepted themes whose code is not among the
        `existing` codes (the accept was undone): re-clustering then keeps the theme as
        the researcher had shaped it. True if anything came back."""
        gone = [theme for theme in self.parked if theme not in existing]
        for theme in gone:
            parked = self.parked.pop(theme)
            active = set(self.pinned.values()) | set(self.names)
            renamed: dict[str, str] = {}
            for key in {*parked.pinned.values(), *parked.names}:
                # A key taken meanwhile by another theme: this theme gets its own, for
                # its pins and its name alike, so the two are not merged.
                new = key
                while new in active:
                    new += "~"
                renamed[key] = new
            for code_id, key in parked.pinned.items():
                if code_id in existing:
                    self.pinned.setdefault(code_id, renamed[key])
            for key, named in parked.names.items():
                self.names[renamed[key]] = named
        return bool(gone)

    def keys_in_use(self) -> set[str]:
        """Every theme key the decisions refer to, parked ones included (a new theme
        key must differ from all of them)."""
        keys = set(self.pinned.values()) | set(self.names)
        for parked in self.parked.values():
            keys |= set(parked.pinned.values()) | set(parked.names)
        return keys


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
        decisions = decisions.copy()
        decisions.unpark(uuids)  # parked under a theme code that is gone: they count again
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
        # Accepted themes whose code is gone now (an undone accept) stay on record:
        # a Redo brings the code back, and its codes must stay out of the suggestions.
        existing = set(uuids.values())
        accepted = {
            theme: codes
            for theme, codes in _mapping(stored.get("accepted")).items()
            if theme not in existing
        }
        accepted.update(
            {
                uuids[theme]: [uuids[c] for c in codes if c in uuids]
                for theme, codes in decisions.accepted.items()
                if theme in uuids
            }
        )
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
    decisions.pinned = _decode_pins(scope.get("pinned"), ids)
    decisions.dropped = {ids[u] for u in _uuid_list(scope.get("dropped")) if u in ids}
    decisions.names = _decode_names(scope.get("names"), ids)
    for theme, members in _mapping(stored.get("accepted")).items():
        if theme in ids:
            decisions.accepted[ids[theme]] = [ids[u] for u in _uuid_list(members) if u in ids]
    # A theme code that is gone (its accept undone) gets a key no code has, so that
    # unpark gives its pins and names back.
    for gone, (theme, parked) in enumerate(_mapping(scope.get("parked")).items(), 1):
        parked = _mapping(parked)
        decisions.parked[ids.get(theme, -gone)] = Parked(
            _decode_pins(parked.get("pinned"), ids), _decode_names(parked.get("names"), ids)
        )
    decisions.unpark(set(ids.values()))
    return decisions


def _decode_pins(value: Any, ids: Mapping[str, int]) -> dict[int, str]:
    return {
        ids[uuid]: key
        for uuid, key in _mapping(value).items()
        if uuid in ids and isinstance(key, str) and key
    }


def _decode_names(value: Any, ids: Mapping[str, int]) -> dict[str, NamedTheme]:
    names = {}
    for key, named in _mapping(value).items():
        named = _mapping(named)
        label = named.get("label")
        if isinstance(label, str) and label.strip():
            members = frozenset(ids[u] for u in _uuid_list(named.get("members")) if u in ids)
            names[key] = NamedTheme(label, members)
    return names


def _encode(decisions: ThemeDecisions, uuids: Mapping[int, str]) -> dict[str, Any]:
    """One scope's JSON (empty when there is nothing to remember)."""
    encoded: dict[str, Any] = {}
    dropped = sorted(uuids[c] for c in decisions.dropped if c in uuids)
    parked = {
        uuids[theme]: {
            "pinned": _encode_pins(p.pinned, uuids),
            "names": _encode_names(p.names, uuids),
        }
        for theme, p in decisions.parked.items()
        if theme in uuids
    }
    for name, value in (
        ("pinned", _encode_pins(decisions.pinned, uuids)),
        ("dropped", dropped),
        ("names", _encode_names(decisions.names, uuids)),
        ("parked", parked),
    ):
        if value:
            encoded[name] = value
    return encoded


def _encode_pins(pinned: Mapping[int, str], uuids: Mapping[int, str]) -> dict[str, str]:
    return {uuids[c]: k for c, k in pinned.items() if c in uuids}


def _encode_names(
    names: Mapping[str, NamedTheme], uuids: Mapping[int, str]
) -> dict[str, dict[str, Any]]:
    return {
        key: {
            "label": named.label,
            "members": sorted(uuids[c] for c in named.members if c in uuids),
        }
        for key, named in names.items()
    }


__all__ = [
    "DAMAGED_KEY",
    "DECISIONS_KEY",
    "NAME_OVERLAP",
    "NamedTheme",
    "Parked",
    "ThemeDecisions",
    "clear_decisions",
    "load_decisions",
    "save_decisions",
    "scope_key",
]
