"""What a merge did (or, in a dry run, would do): counts per kind of thing, and conflicts.

Conflicts are shown, never resolved silently: each one says in a sentence what differed,
where, and what was kept. The report is plain data, JSON-serialisable for
`sbcoder merge --json` and easy to show in a dialog.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from sbcoder.core.changes import Changes

# Every kind of thing a merge brings over, in the order the merge handles them.
ENTITY_TYPES = (
    "coders",
    "documents",
    "groups",
    "group_members",
    "cases",
    "case_documents",
    "attributes",
    "attribute_values",
    "codes",
    "quotations",
    "codings",
    "memos",
)

Outcome = Literal["added", "present", "conflicting"]

# The change kinds a view refreshes after a merge that added an entity type.
_CHANGE_KINDS = {
    "coders": "coders",
    "documents": "documents",
    "groups": "groups",
    "group_members": "groups",
    "cases": "cases",
    "case_documents": "cases",
    "attributes": "attributes",
    "attribute_values": "attributes",
    "codes": "codes",
    "quotations": "quotations",
    "codings": "codings",
    "memos": "memos",
}


@dataclass
class EntityCounts:
    """How the incoming rows of one entity type fared.

    Every incoming row is counted once: `added` (new in the target), `present` (the
    target already had it; nothing changed), or `conflicting` (it differed from its match
    in a way the conflict list describes; both versions are kept or the target's wins).
    """

    added: int = 0
    present: int = 0
    conflicting: int = 0

    @property
    def total(self) -> int:
        """All incoming rows of this type."""
        return self.added + self.present + self.conflicting


@dataclass(frozen=True)
class MergeConflict:
    """One difference between a source and the target that the user should look at.

    `kind` is a short key (e.g. "code-renamed", "document-name", "memo"); `message` is
    the human-readable sentence; `item` names the thing in the target (a path, a name).
    """

    source: str
    entity: str
    kind: str
    item: str
    message: str
    target_id: int | None = None


@dataclass
class MergeReport:
    """The result of `merge_projects`: counts per entity type and the conflicts.

    `committed` is False for a dry run (everything was computed, then rolled back);
    `backup_path` is where the target was copied first, when a backup was asked for.
    """

    target: str
    sources: list[str]
    dry_run: bool
    counts: dict[str, EntityCounts] = field(
        default_factory=lambda: {name: EntityCounts() for name in ENTITY_TYPES}
    )
    conflicts: list[MergeConflict] = field(default_factory=list)
    committed: bool = False
    seconds: float = 0.0
    backup_path: str | None = None

    def count(self, entity: str, outcome: Outcome, how_many: int = 1) -> None:
        """Record `how_many` incoming rows of `entity` with the given outcome."""
        counts = self.counts[entity]
        setattr(counts, outcome, getattr(counts, outcome) + how_many)

    def conflict(
        self,
        source: str,
        entity: str,
        kind: str,
        item: str,
        message: str,
        target_id: int | None = None,
    ) -> None:
        """Record a conflict (the caller counts the row as conflicting)."""
        self.conflicts.append(MergeConflict(source, entity, kind, item, message, target_id))

    @property
    def added(self) -> int:
        """Rows added over all entity types."""
        return sum(c.added for c in self.counts.values())

    @property
    def changes(self) -> Changes:
        """What a view must refresh after this merge (nothing for a dry run)."""
        if not self.committed:
            return Changes()
        kinds = {
            _CHANGE_KINDS[name]
            for name, counts in self.counts.items()
            if counts.added or counts.conflicting
        }
        return Changes.of(*sorted(kinds))

    def to_dict(self) -> dict[str, Any]:
        """Plain data: counts per entity type and the list of conflicts."""
        return {
            "target": self.target,
            "sources": list(self.sources),
            "dry_run": self.dry_run,
            "committed": self.committed,
            "seconds": round(self.seconds, 3),
            "backup": self.backup_path,
            "counts": {name: asdict(counts) for name, counts in self.counts.items()},
            "conflicts": [asdict(conflict) for conflict in self.conflicts],
        }

    def to_json(self, indent: int | None = 2) -> str:
        """The report as one JSON document (for `sbcoder merge --json`)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def summary_lines(self) -> list[str]:
        """A short human-readable account, one line per entity type with incoming rows,
        then one line per conflict."""
        verb = "would add" if self.dry_run else "added"
        lines = [
            f"{name}: {c.added} {verb}, {c.present} already present, {c.conflicting} conflicting"
            for name, c in self.counts.items()
            if c.total
        ]
        lines += [f"conflict ({c.source}): {c.message}" for c in self.conflicts]
        return lines
