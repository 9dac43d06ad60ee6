"""Merging the small tables: coders, documents, groups, cases, attributes and values.

These hold tens to hundreds of rows, so each is matched in Python with dictionaries; only
document texts (megabytes) are copied by SQL without passing through Python.
"""

from __future__ import annotations

from sbcoder.core.merge_context import SourceMerge
from sbcoder.core.merge_sql import derived_uuid


def merge_coders(ctx: SourceMerge) -> None:
    """Coders: by uuid, then by name; new ones keep their uuid."""
    target = ctx.rows("SELECT id, uuid, name FROM main.coders")
    by_uuid = {row["uuid"]: row for row in target}
    by_name = {row["name"]: row for row in target}
    for row in ctx.rows("SELECT id, uuid, name, created FROM {src}.coders ORDER BY id"):
        match = by_uuid.get(row["uuid"])
        if match is not None and match["name"] != row["name"]:
            ctx.coders[row["id"]] = match["id"]
            ctx.count("coders", "conflicting")
            ctx.conflict(
                "coders",
                "coder-renamed",
                match["name"],
                f"coder {match['name']!r} is called {row['name']!r} in {ctx.label}; "
                f"kept {match['name']!r}",
                match["id"],
            )
            continue
        match = match or by_name.get(row["name"])
        if match is not None:
            ctx.coders[row["id"]] = match["id"]
            ctx.count("coders", "present")
            continue
        new_id = ctx.insert(
            "coders", {"uuid": row["uuid"], "name": row["name"], "created": row["created"]}
        )
        ctx.coders[row["id"]] = new_id
        ctx.count("coders", "added")
    handed_to = ctx.value("SELECT value FROM {src}.project_info WHERE key = 'default_coder'")
    if handed_to is not None:
        source_id = ctx.value("SELECT id FROM {src}.coders WHERE name = ?", (handed_to,))
        ctx.default_coder = ctx.coders.get(source_id)


def _free_name(name: str, label: str, taken: set[str]) -> str:
    """`name (from label)`, numbered further if that is taken too."""
    candidate, number = f"{name} (from {label})", 2
    while candidate in taken:
        candidate, number = f"{name} (from {label} {number})", number + 1
    return candidate


def merge_documents(ctx: SourceMerge) -> None:
    """Documents: by uuid (when the text is the same), then by the SHA-256 of the text.

    A new document whose name is taken by another text is kept under a suffixed name and
    flagged; a matched document with another name keeps the target's name, flagged.
    """
    target = ctx.rows("SELECT id, uuid, name, sha256, memo FROM main.documents ORDER BY id")
    by_uuid = {row["uuid"]: row for row in target}
    by_sha: dict[str, object] = {}
    for row in target:
        by_sha.setdefault(row["sha256"], row)
    names = {row["name"] for row in target}
    position = ctx.value("SELECT coalesce(max(position), 0) FROM main.documents")
    incoming = ctx.rows(
        "SELECT id, uuid, name, sha256, memo, imported_by FROM {src}.documents "
        "ORDER BY position, id"
    )
    for row in incoming:
        match = by_uuid.get(row["uuid"])
        uuid_taken = match is not None
        if match is not None and match["sha256"] != row["sha256"]:
            match = None  # the same uuid on another text: not the same document
        match = match or by_sha.get(row["sha256"])
        if match is not None:
            ctx.documents[row["id"]] = match["id"]
            if match["name"] != row["name"]:
                ctx.count("documents", "conflicting")
                ctx.conflict(
                    "documents",
                    "document-renamed",
                    match["name"],
                    f"document {match['name']!r} is called {row['name']!r} in {ctx.label}; "
                    f"kept {match['name']!r}",
                    match["id"],
                )
            else:
                ctx.count("documents", "present")
            ctx.keep_text(
                table="documents",
                column="memo",
                target_id=match["id"],
                item=f"document {match['name']!r}",
                item_uuid=match["uuid"],
                target_text=match["memo"],
                incoming_text=row["memo"],
            )
            continue
        name = row["name"]
        conflict = name in names
        if conflict:
            name = _free_name(name, ctx.label, names)
        uuid = derived_uuid("document", row["uuid"], row["sha256"]) if uuid_taken else row["uuid"]
        position += 1
        new_id = int(
            ctx.execute(
                "INSERT INTO main.documents (uuid, name, text, length, sha256, source_format, "
                "source_path, memo, position, imported_by, imported_at) "
                "SELECT ?, ?, text, length, sha256, source_format, source_path, memo, ?, ?, "
                "imported_at FROM {src}.documents WHERE id = ?",
                (uuid, name, position, ctx.coders.get(row["imported_by"]), row["id"]),
            ).lastrowid
            or 0
        )
        ctx.documents[row["id"]] = new_id
        names.add(name)
        new_row = {"id": new_id, "uuid": uuid, "name": name, "sha256": row["sha256"], "memo": ""}
        by_uuid[uuid] = new_row
        by_sha.setdefault(row["sha256"], new_row)
        if conflict:
            ctx.count("documents", "conflicting")
            ctx.conflict(
                "documents",
                "document-name",
                name,
                f"{ctx.label} has a document {row['name']!r} with other text than the "
                f"target's; both are kept, the incoming one as {name!r}",
                new_id,
            )
        else:
            ctx.count("documents", "added")


def _match_named(
    ctx: SourceMerge, table: str, entity: str, columns: str
) -> list[tuple[dict, int | None]]:
    """Pair each source row of a uuid+name table with its target row id (or None).

    By uuid, then by name; a uuid match under another name is flagged (target's kept).
    """
    target = ctx.rows(f"SELECT id, uuid, name FROM main.{table}")
    by_uuid = {row["uuid"]: row for row in target}
    by_name = {row["name"]: row for row in target}
    pairs = []
    for row in ctx.rows(f"SELECT {columns} FROM {{src}}.{table} ORDER BY id"):
        match = by_uuid.get(row["uuid"]) or by_name.get(row["name"])
        if match is not None and match["name"] != row["name"]:
            ctx.count(entity, "conflicting")
            ctx.conflict(
                entity,
                f"{entity.rstrip('s')}-renamed",
                match["name"],
                f"{entity.rstrip('s')} {match['name']!r} is called {row['name']!r} in "
                f"{ctx.label}; kept {match['name']!r}",
                match["id"],
            )
        elif match is not None:
            ctx.count(entity, "present")
        pairs.append((dict(row), None if match is None else match["id"]))
    return pairs


def _merge_links(ctx: SourceMerge, table: str, owner: str, owners: dict[int, int], entity: str):
    """Association rows (group members, case documents) between mapped rows."""
    for row in ctx.rows(f"SELECT {owner}, document_id FROM {{src}}.{table}"):
        pair = (owners[row[owner]], ctx.documents[row["document_id"]])
        cursor = ctx.execute(
            f"INSERT OR IGNORE INTO main.{table} ({owner}, document_id) VALUES (?, ?)", pair
        )
        ctx.count(entity, "added" if cursor.rowcount else "present")


def merge_groups(ctx: SourceMerge) -> None:
    """Document groups (by uuid, then name) and their members."""
    for row, target_id in _match_named(
        ctx, "document_groups", "groups", "id, uuid, name, description"
    ):
        if target_id is None:
            target_id = ctx.insert(
                "document_groups",
                {"uuid": row["uuid"], "name": row["name"], "description": row["description"]},
            )
            ctx.count("groups", "added")
        ctx.groups[row["id"]] = target_id
    _merge_links(ctx, "document_group_members", "group_id", ctx.groups, "group_members")


def merge_cases(ctx: SourceMerge) -> None:
    """Cases (by uuid, then name) with their descriptions, memos and documents."""
    target = {row["id"]: row for row in ctx.rows("SELECT * FROM main.cases")}
    for row, target_id in _match_named(ctx, "cases", "cases", "id, uuid, name, description, memo"):
        if target_id is None:
            ctx.cases[row["id"]] = ctx.insert(
                "cases",
                {key: row[key] for key in ("uuid", "name", "description", "memo")},
            )
            ctx.count("cases", "added")
            continue
        ctx.cases[row["id"]] = target_id
        match = target[target_id]
        for column in ("description", "memo"):
            ctx.keep_text(
                table="cases",
                column=column,
                target_id=target_id,
                item=f"case {match['name']!r}",
                item_uuid=match["uuid"],
                target_text=match[column],
                incoming_text=row[column],
            )
    _merge_links(ctx, "case_documents", "case_id", ctx.cases, "case_documents")


def merge_attributes(ctx: SourceMerge) -> None:
    """Attributes: by uuid, then (scope, name). Another type under the same name becomes a
    new attribute (suffixed), so no stored value is read as a type it is not."""
    target = ctx.rows("SELECT id, uuid, name, scope, value_type FROM main.attributes")
    by_uuid = {row["uuid"]: row for row in target}
    by_key = {(row["scope"], row["name"]): row for row in target}
    taken = {(row["scope"], row["name"]) for row in target}
    for row in ctx.rows("SELECT * FROM {src}.attributes ORDER BY id"):
        match = by_uuid.get(row["uuid"])
        if match is not None and match["scope"] != row["scope"]:
            match = None
        match = match or by_key.get((row["scope"], row["name"]))
        if match is not None and match["value_type"] == row["value_type"]:
            ctx.attributes[row["id"]] = match["id"]
            renamed = match["name"] != row["name"]
            ctx.count("attributes", "conflicting" if renamed else "present")
            if renamed:
                ctx.conflict(
                    "attributes",
                    "attribute-renamed",
                    match["name"],
                    f"attribute {match['name']!r} is called {row['name']!r} in {ctx.label}; "
                    f"kept {match['name']!r}",
                    match["id"],
                )
            continue
        name, uuid = row["name"], row["uuid"]
        if uuid in by_uuid:  # the target holds this uuid for an attribute of another scope
            uuid = derived_uuid("attribute", row["uuid"], row["scope"])
        if match is not None:
            names = {n for scope, n in taken if scope == row["scope"]}
            name = _free_name(row["name"], ctx.label, names)
            uuid = derived_uuid("attribute", row["uuid"], row["value_type"])
            existing = ctx.value("SELECT id FROM main.attributes WHERE uuid = ?", (uuid,))
            if existing is not None:
                ctx.attributes[row["id"]] = existing
                ctx.count("attributes", "present")
                continue
        new_id = ctx.insert(
            "attributes",
            {
                "uuid": uuid,
                "name": name,
                "scope": row["scope"],
                "value_type": row["value_type"],
                "description": row["description"],
            },
        )
        ctx.attributes[row["id"]] = new_id
        taken.add((row["scope"], name))
        if match is None:
            ctx.count("attributes", "added")
            continue
        ctx.count("attributes", "conflicting")
        ctx.conflict(
            "attributes",
            "attribute-type",
            row["name"],
            f"attribute {row['name']!r} holds {row['value_type']} values in {ctx.label} but "
            f"{match['value_type']} values in the target; the incoming one is kept as {name!r}",
            new_id,
        )
    _merge_values(ctx)


def _merge_values(ctx: SourceMerge) -> None:
    """Attribute values; a different value on the same owner is kept as a memo there."""
    names = dict(ctx.rows("SELECT id, name FROM main.attributes"))
    for row in ctx.rows(
        "SELECT attribute_id, case_id, document_id, value FROM {src}.attribute_values"
    ):
        attribute = ctx.attributes[row["attribute_id"]]
        if row["case_id"] is not None:
            link, owner = "case_id", ctx.cases[row["case_id"]]
        else:
            link, owner = "document_id", ctx.documents[row["document_id"]]
        current = ctx.rows(
            f"SELECT value FROM main.attribute_values WHERE attribute_id = ? AND {link} = ?",
            (attribute, owner),
        )
        if not current:
            ctx.insert(
                "attribute_values", {"attribute_id": attribute, link: owner, "value": row["value"]}
            )
            ctx.count("attribute_values", "added")
            continue
        uuid = derived_uuid("attribute-value", attribute, link, owner, row["value"])
        if current[0]["value"] == row["value"] or ctx.value(
            "SELECT 1 FROM main.memos WHERE uuid = ?", (uuid,)
        ):
            ctx.count("attribute_values", "present")  # the same, or kept by an earlier merge
            continue
        what = "case" if link == "case_id" else "document"
        owner_name = ctx.value(f"SELECT name FROM main.{what}s WHERE id = ?", (owner,))
        ctx.add_linked_memo(
            link=link,
            target_id=owner,
            uuid=uuid,
            title=f"{names[attribute]} from {ctx.label}",
            text=row["value"],
            coder_id=ctx.default_coder,
        )
        ctx.count("attribute_values", "conflicting")
        ctx.conflict(
            "attribute_values",
            "attribute-value",
            f"{owner_name}: {names[attribute]}",
            f"{names[attribute]!r} of {what} {owner_name!r} is {current[0]['value']!r} in the "
            f"target and {row['value']!r} in {ctx.label}; the target's stays, the other is "
            f"kept as a memo on the {what}",
            owner,
        )
