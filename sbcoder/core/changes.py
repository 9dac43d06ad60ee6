"""The `Changes` record: what kinds of thing an action changed, so views refresh little."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

# Kinds a view can subscribe to. Table names map onto them in `kind_of_table`.
KINDS = (
    "project",
    "coders",
    "documents",
    "groups",
    "cases",
    "attributes",
    "codes",
    "quotations",
    "codings",
    "memos",
)

_TABLE_KINDS = {
    "project_info": "project",
    "coders": "coders",
    "documents": "documents",
    "document_groups": "groups",
    "document_group_members": "groups",
    "cases": "cases",
    "case_documents": "cases",
    "attributes": "attributes",
    "attribute_values": "attributes",
    "codes": "codes",
    "quotations": "quotations",
    "codings": "codings",
    "memos": "memos",
}


def kind_of_table(table: str) -> str | None:
    """The change kind of a table, or None for caches that no view shows."""
    return _TABLE_KINDS.get(table)


@dataclass(frozen=True)
class Changes:
    """What an action changed: kinds of thing, and which documents' codings moved."""

    kinds: frozenset[str] = field(default_factory=frozenset)
    document_ids: frozenset[int] = field(default_factory=frozenset)

    @staticmethod
    def of(*kinds: str, document_ids: Iterable[int] = ()) -> Changes:
        """A record of the given kinds (and affected documents)."""
        unknown = set(kinds) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown change kinds: {sorted(unknown)}")
        return Changes(frozenset(kinds), frozenset(document_ids))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.document_ids | other.document_ids)

    def affects(self, *kinds: str) -> bool:
        """True if any of `kinds` changed."""
        return any(kind in self.kinds for kind in kinds)

    def __bool__(self) -> bool:
        return bool(self.kinds)


NO_CHANGES = Changes()
