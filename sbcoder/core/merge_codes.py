"""Merging the codebook: codes by uuid, then by full path; new codes under their parent.

A code renamed or moved in one copy is matched by its uuid; the target keeps its name and
place and the difference is reported. A code a coder created in a copy lands under the
(matched) parent, or is matched by path when the target already has a code there — two
coders who both made `Thema/Nieuw` end up sharing one code.
"""

from __future__ import annotations

from sbcoder.core.merge_context import SourceMerge

SEPARATOR = "/"


class _TargetCodes:
    """The target's code tree as far as matching needs it, kept current as codes are added."""

    def __init__(self, ctx: SourceMerge) -> None:
        rows = ctx.rows("SELECT id, uuid, parent_id, name, description, memo FROM main.codes")
        self.by_id = {row["id"]: dict(row) for row in rows}
        self.by_uuid = {row["uuid"]: row["id"] for row in rows}
        self.by_place = {(row["parent_id"], row["name"].casefold()): row["id"] for row in rows}

    def path(self, code_id: int | None) -> str:
        """The code's names from the root, joined by '/'."""
        names = []
        while code_id is not None:
            code = self.by_id[code_id]
            names.append(code["name"])
            code_id = code["parent_id"]
        return SEPARATOR.join(reversed(names))

    def add(self, row: dict) -> None:
        self.by_id[row["id"]] = row
        self.by_uuid[row["uuid"]] = row["id"]
        self.by_place[(row["parent_id"], row["name"].casefold())] = row["id"]


def _parents_first(rows: list[dict]) -> list[dict]:
    """Source codes in tree order, so every parent is mapped before its children."""
    children: dict[int | None, list[dict]] = {}
    for row in rows:
        children.setdefault(row["parent_id"], []).append(row)
    ordered: list[dict] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        row = stack.pop()
        ordered.append(row)
        stack.extend(reversed(children.get(row["id"], [])))
    return ordered


def _source_path(by_id: dict[int, dict], code_id: int) -> str:
    names = []
    current: int | None = code_id
    while current is not None:
        names.append(by_id[current]["name"])
        current = by_id[current]["parent_id"]
    return SEPARATOR.join(reversed(names))


def merge_codes(ctx: SourceMerge) -> None:
    """Bring the source's codebook over, filling `ctx.codes` (source id → target id)."""
    target = _TargetCodes(ctx)
    rows = [dict(row) for row in ctx.rows("SELECT * FROM {src}.codes ORDER BY position, id")]
    source_by_id = {row["id"]: row for row in rows}
    next_position: dict[int | None, int] = {}
    for row in _parents_first(rows):
        parent = None if row["parent_id"] is None else ctx.codes[row["parent_id"]]
        match = target.by_uuid.get(row["uuid"])
        if match is not None:
            _report_differences(ctx, target, source_by_id, row, match, parent)
        else:
            match = target.by_place.get((parent, row["name"].casefold()))
            if match is not None:
                ctx.count("codes", "present")
        if match is None:
            match = _insert_code(ctx, target, row, parent, next_position)
            ctx.count("codes", "added")
        else:
            _keep_texts(ctx, target, row, match)
        ctx.codes[row["id"]] = match


def _report_differences(
    ctx: SourceMerge,
    target: _TargetCodes,
    source_by_id: dict[int, dict],
    row: dict,
    match: int,
    parent: int | None,
) -> None:
    """Count a uuid-matched code, flagging a rename or move (the target's version stays)."""
    kept = target.by_id[match]
    renamed = kept["name"] != row["name"]
    moved = kept["parent_id"] != parent
    if not (renamed or moved):
        ctx.count("codes", "present")
        return
    ctx.count("codes", "conflicting")
    kind = "code-renamed" if renamed and not moved else "code-moved"
    if renamed and moved:
        kind = "code-renamed-and-moved"
    target_path = target.path(match)
    ctx.conflict(
        "codes",
        kind,
        target_path,
        f"code {target_path!r} is {_source_path(source_by_id, row['id'])!r} in {ctx.label} "
        f"({kind.removeprefix('code-').replace('-', ' ')}); kept {target_path!r}",
        match,
    )


def _insert_code(
    ctx: SourceMerge,
    target: _TargetCodes,
    row: dict,
    parent: int | None,
    next_position: dict[int | None, int],
) -> int:
    """Add a code a coder created in the copy, last among its (matched) parent's children."""
    if parent not in next_position:
        where = "parent_id IS NULL" if parent is None else "parent_id = ?"
        params = () if parent is None else (parent,)
        highest = ctx.value(f"SELECT max(position) FROM main.codes WHERE {where}", params)
        next_position[parent] = -1 if highest is None else highest
    next_position[parent] += 1
    values = {
        "uuid": row["uuid"],
        "parent_id": parent,
        "name": row["name"],
        "color": row["color"],
        "description": row["description"],
        "memo": row["memo"],
        "position": next_position[parent],
        "created": row["created"],
        "created_by": ctx.coders.get(row["created_by"]),
    }
    new_id = ctx.insert("codes", values)
    target.add({"id": new_id, **values})
    return new_id


def _keep_texts(ctx: SourceMerge, target: _TargetCodes, row: dict, match: int) -> None:
    """The description and memo of a matched code (see `SourceMerge.keep_text`)."""
    kept = target.by_id[match]
    for column in ("description", "memo"):
        kept[column] = ctx.keep_text(
            table="codes",
            column=column,
            target_id=match,
            item=f"code {target.path(match)!r}",
            item_uuid=kept["uuid"],
            target_text=kept[column],
            incoming_text=row[column],
        )
