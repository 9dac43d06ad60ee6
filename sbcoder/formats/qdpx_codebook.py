"""The REFI-QDA codebook (.qdc), and the code tree both file kinds share."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sbcoder.formats.interchange import SBCODER_ORIGIN, CodeNode, ProjectSnapshot, code_tree_order
from sbcoder.formats.qdpx_common import CODEBOOK_NS, ExportReport, normalise_newlines, xml_safe
from sbcoder.formats.qdpx_validate import InvalidSnapshotError, validate_snapshot
from sbcoder.formats.qdpx_xmlout import XmlWriter, atomic_output


def write_codes(
    xml: XmlWriter,
    codes: list[CodeNode],
    safe: Callable[[str, str], str],
    note_refs: dict[str, list[str]] | None = None,
) -> None:
    """The <Codes> tree, children in position order (shared by .qdpx and .qdc)."""
    known = {code.guid for code in codes}
    children: dict[str | None, list[CodeNode]] = {}
    for code in code_tree_order(codes):
        parent = code.parent_guid if code.parent_guid in known else None
        children.setdefault(parent, []).append(code)

    def write(code: CodeNode) -> None:
        attributes = [
            ("guid", code.guid),
            ("name", safe(code.name, "a code name")),
            ("isCodable", "true" if code.is_codable else "false"),
            ("color", code.color),
        ]
        kids = children.get(code.guid, [])
        notes = note_refs.get(code.guid, []) if note_refs is not None else []
        if not (code.description or kids or notes):
            xml.leaf("Code", attributes)
            return
        xml.open("Code", attributes)
        if code.description:
            xml.text("Description", safe(code.description, f"code {code.name!r}"))
        for note_guid in notes:
            xml.leaf("NoteRef", [("targetGUID", note_guid)])
        for kid in kids:
            write(kid)
        xml.close("Code")

    xml.open("Codes")
    for root in children.get(None, []):
        write(root)
    xml.close("Codes")


def write_qdc(snapshot: ProjectSnapshot, path: Path | str) -> ExportReport:
    """Write the code tree of ``snapshot`` as a REFI-QDA codebook (.qdc) at ``path``.

    A codebook has no notes, so code memos are left out (and said so in the report).
    REFI-QDA requires at least one code; an empty code tree raises InvalidSnapshotError.
    """
    codebook_only = ProjectSnapshot(name=snapshot.name, codes=snapshot.codes)
    validate_snapshot(codebook_only)
    if not snapshot.codes:
        raise InvalidSnapshotError(["a codebook needs at least one code"])
    report = ExportReport(counts={"codes": len(snapshot.codes)})
    memos = sum(1 for code in snapshot.codes if code.memo)
    if memos:
        report.warnings.append(
            f"{memos} code memo(s) were left out: a REFI-QDA codebook has no place for memos"
        )

    def safe(text: str, what: str) -> str:
        return xml_safe(normalise_newlines(text), report.warnings, what)

    with atomic_output(Path(path)) as stream:
        xml = XmlWriter(stream)
        xml.open("CodeBook", [("xmlns", CODEBOOK_NS), ("origin", SBCODER_ORIGIN)])
        write_codes(xml, snapshot.codes, safe)
        xml.close("CodeBook")
        xml.flush()
    return report
