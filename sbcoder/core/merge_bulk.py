"""Merging the big tables — quotations and codings — with set-based SQL, then the memos.

A coder's copy holds tens of thousands of codings. They are matched in temp tables with
joins against the target's indexes (uuid, then the natural key) and inserted with one
`INSERT … SELECT`, never row by row:

- quotations: by uuid, then by (document, start, end, coder);
- codings: by uuid, then by (quotation, code, coder).

A uuid the target already holds for *another* passage or coding (a quotation resized in
one copy, say) is not the same thing: the incoming row is kept beside it under a derived
uuid and flagged, so nothing is lost and merging again finds it by its key.
"""

from __future__ import annotations

from sbcoder.core.merge_context import SourceMerge

_QUOTATIONS_IN = """
CREATE TEMP TABLE q_in (
    src_id INTEGER PRIMARY KEY, uuid TEXT NOT NULL, orig_uuid TEXT NOT NULL,
    doc INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, coder INTEGER,
    memo TEXT NOT NULL, created TEXT, modified TEXT,
    tgt_id INTEGER, variant INTEGER NOT NULL DEFAULT 0, inserted INTEGER NOT NULL DEFAULT 0)
"""

_FILL_QUOTATIONS = """
INSERT INTO temp.q_in (src_id, uuid, orig_uuid, doc, start, "end", coder, memo, created, modified)
SELECT q.id, q.uuid, q.uuid, md.tgt_id, q.start, q."end", mc.tgt_id, q.memo, q.created,
       q.modified
FROM {src}.quotations q
JOIN temp.m_doc md ON md.src_id = q.document_id
LEFT JOIN temp.m_coder mc ON mc.src_id = q.coder_id
"""

_QUOTATION_KEY = (
    't.document_id = q_in.doc AND t.start = q_in.start AND t."end" = q_in."end" '
    "AND t.coder_id IS q_in.coder"
)

_CODINGS_IN = """
CREATE TEMP TABLE c_in (
    src_id INTEGER PRIMARY KEY, uuid TEXT NOT NULL, orig_uuid TEXT NOT NULL,
    q INTEGER NOT NULL, code INTEGER NOT NULL, coder INTEGER, created TEXT,
    tgt_id INTEGER, variant INTEGER NOT NULL DEFAULT 0, inserted INTEGER NOT NULL DEFAULT 0)
"""

_FILL_CODINGS = """
INSERT INTO temp.c_in (src_id, uuid, orig_uuid, q, code, coder, created)
SELECT c.id, c.uuid, c.uuid, qi.tgt_id, mk.tgt_id, mc.tgt_id, c.created
FROM {src}.codings c
JOIN temp.q_in qi ON qi.src_id = c.quotation_id
JOIN temp.m_code mk ON mk.src_id = c.code_id
LEFT JOIN temp.m_coder mc ON mc.src_id = c.coder_id
"""

_CODING_KEY = "t.quotation_id = c_in.q AND t.code_id = c_in.code AND t.coder_id IS c_in.coder"


def prepare_maps(ctx: SourceMerge) -> None:
    """Put the id maps the bulk steps join on into temp tables."""
    ctx.fill_map_table("m_coder", ctx.coders.items())
    ctx.fill_map_table("m_doc", ctx.documents.items())
    ctx.fill_map_table("m_code", ctx.codes.items())


def _match(ctx: SourceMerge, staging: str, table: str, key: str, variant_parts: str) -> None:
    """Match staged rows to target rows: by uuid (same key), then by key alone.

    One pass over the uuid index finds both the matches and the uuids the target holds
    for a row with another key (marked -1); those get a derived uuid.
    """
    ctx.execute(
        f"UPDATE temp.{staging} SET tgt_id = (SELECT CASE WHEN {key} THEN t.id ELSE -1 END "
        f"FROM main.{table} t WHERE t.uuid = {staging}.uuid)"
    )
    ctx.execute(
        f"UPDATE temp.{staging} SET tgt_id = NULL, variant = 1, "
        f"uuid = sbc_derived_uuid('{table}', uuid, {variant_parts}) WHERE tgt_id = -1"
    )
    ctx.execute(
        f"UPDATE temp.{staging} SET tgt_id = (SELECT t.id FROM main.{table} t WHERE {key} "
        f"ORDER BY t.id LIMIT 1) WHERE tgt_id IS NULL"
    )


def _next_id(ctx: SourceMerge, table: str) -> int:
    """The first id an insert into `table` may use (AUTOINCREMENT: never a used one)."""
    return 1 + ctx.value(
        "SELECT max(coalesce((SELECT seq FROM main.sqlite_sequence WHERE name = ?), 0), "
        f"coalesce((SELECT max(id) FROM main.{table}), 0))",
        (table,),
    )


def _tally(ctx: SourceMerge, staging: str, entity: str) -> None:
    """Count staged rows: present (matched), added, or conflicting (a kept variant)."""
    for row in ctx.rows(
        f"SELECT inserted, variant, count(*) AS n FROM temp.{staging} GROUP BY inserted, variant"
    ):
        if not row["inserted"]:
            ctx.count(entity, "present", row["n"])
        else:
            ctx.count(entity, "conflicting" if row["variant"] else "added", row["n"])


def merge_quotations(ctx: SourceMerge) -> None:
    """Quotations, with their memos (see `SourceMerge.keep_text`)."""
    ctx.execute("DROP TABLE IF EXISTS temp.q_in")
    ctx.execute(_QUOTATIONS_IN)
    ctx.execute(_FILL_QUOTATIONS)
    _match(ctx, "q_in", "quotations", _QUOTATION_KEY, 'doc, start, "end", coder')
    # New quotations get their ids here, numbered in source order from the next free id,
    # so the codings can be pointed at them without looking each one up again.
    ctx.execute("DROP TABLE IF EXISTS temp.q_new")
    ctx.execute("CREATE TEMP TABLE q_new (src_id INTEGER PRIMARY KEY, n INTEGER NOT NULL)")
    ctx.execute(
        "INSERT INTO temp.q_new (src_id, n) SELECT src_id, ? + row_number() OVER "
        "(ORDER BY src_id) FROM temp.q_in WHERE tgt_id IS NULL",
        (_next_id(ctx, "quotations") - 1,),
    )
    ctx.execute(
        "UPDATE temp.q_in SET inserted = 1, tgt_id = "
        "(SELECT n FROM temp.q_new WHERE q_new.src_id = q_in.src_id) WHERE tgt_id IS NULL"
    )
    ctx.execute(
        'INSERT INTO main.quotations (id, uuid, document_id, start, "end", memo, coder_id, '
        'created, modified) SELECT tgt_id, uuid, doc, start, "end", memo, coder, created, '
        "modified FROM temp.q_in WHERE inserted = 1 ORDER BY tgt_id"
    )
    _tally(ctx, "q_in", "quotations")
    for row in ctx.rows(
        'SELECT q.tgt_id, q.orig_uuid, d.name, q.start, q."end" FROM temp.q_in q '
        "JOIN main.documents d ON d.id = q.doc WHERE q.inserted = 1 AND q.variant = 1"
    ):
        item = f"{row['name']} [{row['start']}:{row['end']}]"
        ctx.conflict(
            "quotations",
            "quotation-changed",
            item,
            f"quotation {row['orig_uuid']} covers {item} in {ctx.label} but another passage "
            "in the target (resized in one of them); both are kept",
            row["tgt_id"],
        )
    # Memos of quotations the target already had (new ones came with their row).
    for row in ctx.rows(
        'SELECT q.tgt_id, q.memo, t.memo AS kept, t.uuid, t.start, t."end", d.name, t.coder_id '
        "FROM temp.q_in q JOIN main.quotations t ON t.id = q.tgt_id "
        "JOIN main.documents d ON d.id = t.document_id "
        "WHERE q.inserted = 0 AND q.memo <> ''"
    ):
        ctx.keep_text(
            table="quotations",
            column="memo",
            target_id=row["tgt_id"],
            item=f"quotation {row['name']} [{row['start']}:{row['end']}]",
            item_uuid=row["uuid"],
            target_text=row["kept"],
            incoming_text=row["memo"],
            coder_id=row["coder_id"],
        )


def merge_codings(ctx: SourceMerge) -> None:
    """Codings (after quotations): one per (quotation, code, coder), never doubled."""
    ctx.execute("DROP TABLE IF EXISTS temp.c_in")
    ctx.execute(_CODINGS_IN)
    ctx.execute(_FILL_CODINGS)
    _match(ctx, "c_in", "codings", _CODING_KEY, "q, code, coder")
    # Two incoming codings may land on one key (their quotations matched one target
    # quotation): the first is inserted, the other counts as present.
    ctx.execute(
        "UPDATE temp.c_in SET inserted = 1 WHERE tgt_id IS NULL AND src_id IN "
        "(SELECT min(src_id) FROM temp.c_in WHERE tgt_id IS NULL GROUP BY q, code, coder)"
    )
    ctx.execute(
        "INSERT INTO main.codings (uuid, quotation_id, code_id, coder_id, created) "
        "SELECT uuid, q, code, coder, created FROM temp.c_in WHERE inserted = 1 ORDER BY src_id"
    )
    _tally(ctx, "c_in", "codings")
    for row in ctx.rows(
        'SELECT c.orig_uuid, d.name, t.start, t."end", k.name AS code FROM temp.c_in c '
        "JOIN main.quotations t ON t.id = c.q JOIN main.documents d ON d.id = t.document_id "
        "JOIN main.codes k ON k.id = c.code WHERE c.inserted = 1 AND c.variant = 1"
    ):
        item = f"{row['name']} [{row['start']}:{row['end']}] {row['code']}"
        ctx.conflict(
            "codings",
            "coding-changed",
            item,
            f"coding {row['orig_uuid']} is {item} in {ctx.label} but something else in the "
            "target; both are kept",
        )


def merge_memos(ctx: SourceMerge) -> None:
    """Memos: by uuid, then by the same item, title and text. A memo edited differently
    in both is kept twice (the incoming one under a derived uuid), flagged."""
    quotation_map = dict(
        ctx.rows(
            "SELECT q.src_id, q.tgt_id FROM temp.q_in q "
            "WHERE q.src_id IN (SELECT quotation_id FROM {src}.memos)"
        )
    )
    maps = {
        "document_id": ctx.documents,
        "code_id": ctx.codes,
        "quotation_id": quotation_map,
        "case_id": ctx.cases,
    }
    for row in ctx.rows("SELECT * FROM {src}.memos ORDER BY id"):
        links = {
            column: (None if row[column] is None else mapping[row[column]])
            for column, mapping in maps.items()
        }
        values = {
            "uuid": row["uuid"],
            "title": row["title"],
            "text": row["text"],
            "coder_id": ctx.coders.get(row["coder_id"]),
            **links,
            "created": row["created"],
            "modified": row["modified"],
        }
        same = ctx.rows("SELECT id, title, text FROM main.memos WHERE uuid = ?", (row["uuid"],))
        if same and (same[0]["title"], same[0]["text"]) == (row["title"], row["text"]):
            ctx.count("memos", "present")
            continue
        if _has_equal_memo(ctx, links, row["title"], row["text"]):
            ctx.count("memos", "present")
            continue
        if not same:
            ctx.insert("memos", values)
            ctx.count("memos", "added")
            continue
        values["uuid"] = ctx.value(
            "SELECT sbc_derived_uuid('memos', ?, ?)", (row["uuid"], row["text"])
        )
        new_id = ctx.insert("memos", values)
        ctx.count("memos", "conflicting")
        title = row["title"] or same[0]["title"] or "untitled"
        ctx.conflict(
            "memos",
            "memo-edited",
            title,
            f"memo {title!r} reads differently in the target and in {ctx.label}; both are kept",
            new_id,
        )


def _has_equal_memo(ctx: SourceMerge, links: dict, title: str, text: str) -> bool:
    """Whether the target has a memo on the same item with this title and text."""
    conditions = " AND ".join(
        f"{column} IS ?" for column in ("document_id", "code_id", "quotation_id", "case_id")
    )
    params = [links[c] for c in ("document_id", "code_id", "quotation_id", "case_id")]
    return bool(
        ctx.value(
            f"SELECT 1 FROM main.memos WHERE {conditions} AND title = ? AND text = ? LIMIT 1",
            [*params, title, text],
        )
    )


def drop_staging(ctx: SourceMerge) -> None:
    """Drop the temp tables of one source (the next source makes its own)."""
    for name in ("q_in", "q_new", "c_in", "m_coder", "m_doc", "m_code"):
        ctx.execute(f"DROP TABLE IF EXISTS temp.{name}")
