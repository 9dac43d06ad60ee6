"""The state behind the themes dialog: the themes shown and the researcher's decisions
about them (moves, drops, names, accepted themes), without Qt.

The decisions are a `ThemeDecisions` from the core, which the dialog saves in the
project after every edit and passes to the clustering, so a re-cluster — today or after
reopening the project — shows what `sbcoder suggest-themes` shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sbcoder.core.suggestions import ThemeSuggestions
from sbcoder.core.theme_decisions import NamedTheme, ThemeDecisions

PINNED_PREFIX = "pinned-"


@dataclass
class Theme:
    """A theme as the researcher sees it: key, label, members (code id, typicality)."""

    key: str
    label: str
    members: list[tuple[int, float]] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)

    def code_ids(self) -> list[int]:
        """The member codes, in order."""
        return [code_id for code_id, _score in self.members]


class ThemesReview:
    """Themes under review. `pinned`, `left_out` and `accepted` are the decisions'
    own dicts and sets (edit them through the methods)."""

    def __init__(self, decisions: ThemeDecisions | None = None) -> None:
        self.themes: list[Theme] = []
        self.decisions = decisions or ThemeDecisions()
        self.pipeline = ""
        self.structure: list[str] = []  # what else the themes leaned on (see the core)
        self.n_codes = 0

    @property
    def pinned(self) -> dict[int, str]:
        """Code id -> key of the theme it was put in."""
        return self.decisions.pinned

    @property
    def left_out(self) -> set[int]:
        """Codes dropped from every theme."""
        return self.decisions.dropped

    def reset(self, decisions: ThemeDecisions) -> None:
        """Start over with these decisions (another scope, or after Forget)."""
        self.decisions = decisions
        self.themes = []

    def show(self, result: ThemeSuggestions) -> None:
        """Take a suggestion from the core (remembered decisions already applied)."""
        report: dict[str, Any] = result.report
        self.decisions = result.decisions
        self.pipeline = str(report.get("pipeline", ""))
        self.structure = [str(v) for v in report.get("structure", [])]
        self.n_codes = int(report.get("n_codes", 0))
        self.themes = [
            Theme(
                theme["key"],
                theme["label"],
                [(m["code_id"], float(m["score"])) for m in theme["members"]],
                list(theme["distinctive_terms"]),
            )
            for theme in report["themes"]
            if theme["members"]
        ]

    def theme(self, key: str | None) -> Theme | None:
        """The shown theme with this key."""
        return next((t for t in self.themes if t.key == key), None)

    def theme_of(self, code_id: int) -> Theme | None:
        """The theme a code is in now (None: left out, or not shown)."""
        return next((t for t in self.themes if code_id in t.code_ids()), None)

    def rename(self, key: str, label: str) -> bool:
        """Give a theme the researcher's label (blank: no change). True if renamed."""
        theme, label = self.theme(key), " ".join(label.split())
        if theme is None or not label or label == theme.label:
            return False
        theme.label = label
        self.decisions.names[key] = NamedTheme(label, frozenset(theme.code_ids()))
        return True

    def move(self, code_id: int, target_key: str | None, new_label: str) -> str:
        """Move a code to another theme (None: a new theme called `new_label`). The code
        is pinned there together with the theme's other codes, so re-clustering keeps
        the theme as the researcher made it (a lone pinned code would pull codes like
        itself in, and the others might leave). Returns the target theme's key."""
        source = self.theme_of(code_id)
        score = 0.0
        if source is not None:
            score = dict(source.members)[code_id]
            source.members = [m for m in source.members if m[0] != code_id]
        self.left_out.discard(code_id)
        target = self.theme(target_key) if target_key is not None else None
        if target is None:
            target = Theme(self.new_key(), new_label)
            self.themes.append(target)
        elif not target.key.startswith(PINNED_PREFIX):
            # The clustering reuses "theme-N" for other groups on the next run; a theme
            # the researcher shaped gets a key of its own.
            old, target.key = target.key, self.new_key()
            for pinned_code, key in self.pinned.items():
                if key == old:
                    self.pinned[pinned_code] = target.key
            if old in self.decisions.names:
                self.decisions.names[target.key] = self.decisions.names.pop(old)
        target.members.append((code_id, score))
        for member in target.code_ids():
            self.pinned[member] = target.key
        # A theme the researcher shaped keeps the name it has now.
        named = self.decisions.names.get(target.key)
        self.decisions.names[target.key] = NamedTheme(
            named.label if named else target.label, frozenset(target.code_ids())
        )
        self.themes = [t for t in self.themes if t.members]
        return target.key

    def drop(self, code_id: int) -> None:
        """Leave a code out of every theme."""
        theme = self.theme_of(code_id)
        if theme is not None:
            theme.members = [m for m in theme.members if m[0] != code_id]
        self.left_out.add(code_id)
        self.pinned.pop(code_id, None)
        self.themes = [t for t in self.themes if t.members]

    def accept(self, theme: Theme, theme_code_id: int) -> None:
        """A theme became a code: its codes are no longer open codes."""
        self.decisions.accept(theme_code_id, theme.code_ids(), theme.key)
        self.themes = [t for t in self.themes if t is not theme]

    def forget(self) -> None:
        """Forget moves, drops and names; the themes shown stay until re-clustered."""
        self.decisions = self.decisions.forgotten()

    def to_save(self) -> ThemeDecisions:
        """The decisions as they stand, each named theme with the codes it shows now
        (by those it is found again after re-clustering)."""
        decisions = self.decisions.copy()
        for theme in self.themes:
            named = decisions.names.get(theme.key)
            if named is not None:
                decisions.names[theme.key] = NamedTheme(named.label, frozenset(theme.code_ids()))
        return decisions

    def new_key(self) -> str:
        """A theme key not used by any theme, pin or name (they outlive the dialog)."""
        taken = {t.key for t in self.themes} | self.decisions.keys_in_use()
        serial = 1
        while f"{PINNED_PREFIX}{serial}" in taken:
            serial += 1
        return f"{PINNED_PREFIX}{serial}"
