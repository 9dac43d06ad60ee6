"""Putting the researcher's remembered theme names into a new suggestion.

A renamed theme is found again after re-clustering by its pinned codes when it has some
(the clustering keeps their key: a theme the researcher shaped keeps its name, even when
its pinned code pulled other codes to it), otherwise as the suggested theme sharing most
of the codes it had when it was named (Jaccard, at least `NAME_OVERLAP`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sbcoder.core.theme_decisions import NAME_OVERLAP, NamedTheme, ThemeDecisions


@dataclass(frozen=True)
class NameMatch:
    """Which remembered name a suggested theme carries."""

    theme_key: str  # the theme's key in this suggestion
    name_key: str  # the key the name was remembered under
    label: str


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


__all__ = ["NameMatch", "apply_to_report", "match_names"]
