"""Reading REFI-QDA projects (.qdpx) and codebooks (.qdc) into interchange dataclasses.

Real exports differ from the standard in many small ways; this reader takes what
ATLAS.ti, NVivo, MAXQDA and QualCoder write (see ``read_qdpx``), converts text
positions to code points in ``\\n``-normalised text, and lists whatever it cannot
carry over instead of dropping it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path, PurePosixPath

from sbcoder.formats.interchange import CodeNode, ProjectSnapshot, Quotation
from sbcoder.formats.qdpx_assemble import Assembler
from sbcoder.formats.qdpx_common import (
    KNOWN_NAMESPACES,
    ImportReport,
    QdpxError,
    collector_paused,
)
from sbcoder.formats.qdpx_read_xml import ElementReader, RawText, children, local
from sbcoder.formats.qdpx_safety import (
    DEFAULT_MAX_UNPACKED_BYTES,
    SafeArchive,
    parse_xml,
    read_capped_file,
)
from sbcoder.progress import Reporter, check_cancelled

__all__ = ["merge_duplicate_quotations", "read_qdc", "read_qdpx"]


def decode_text(data: bytes, warnings: list[str], what: str) -> str:
    """Text from a source file: UTF-8 (BOM or not), UTF-16/32 with a BOM, else a guess."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return data.decode("utf-32")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Windows tools that ignore the standard write the ANSI code page, which for the
    # Dutch and other Western European texts sbcoder serves is cp1252; a file that is
    # not even that is left to charset-normalizer's guess.
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        encoding = best.encoding if best is not None else "latin-1"
        text = data.decode(encoding, errors="replace")
    warnings.append(
        f"{what} is not UTF-8 as REFI-QDA requires; it was read as {encoding}: "
        "check its accented letters"
    )
    return text


class _TextLoader:
    """Finds the text of a source or note: in the archive, beside it, or inline."""

    def __init__(
        self,
        path: Path,
        archive: SafeArchive,
        prefix: str,
        base_path: str,
        allow_external: bool,
        warnings: list[str],
    ) -> None:
        self.path = path
        self.archive = archive
        self.prefix = prefix
        self.base_path = base_path
        self.allow_external = allow_external
        self.warnings = warnings

    def _from_archive(self, name: str) -> bytes | None:
        name = name.replace("\\", "/").lstrip("/")
        for candidate in (f"sources/{name}", name, f"sources/{PurePosixPath(name).name}"):
            info = self.archive.find(self.prefix + candidate)
            if info is not None:
                return self.archive.read(info)
        return None

    def _external_candidates(self, scheme: str, rest: str) -> list[Path]:
        rest = rest.replace("\\", "/")
        if len(rest) > 2 and rest[0] == "/" and rest[2] == ":":
            rest = rest[1:]  # absolute:///C:/folder/file.txt
        folder = self.path.parent
        if scheme == "relative":
            relative = rest.lstrip("/")
            candidates = [folder / relative]
            if self.base_path:
                candidates.insert(0, Path(self.base_path.replace("\\", "/")) / relative)
            return candidates
        candidate = Path(rest)
        return [candidate] if candidate.is_absolute() else [folder / rest, candidate]

    def _from_disk(self, scheme: str, rest: str, what: str) -> bytes | None:
        if not self.allow_external:
            return None
        for candidate in self._external_candidates(scheme, rest):
            if candidate.suffix.lower() != ".txt":
                return None  # only plain text is ever read from outside the archive
            if candidate.is_file():
                remaining = self.archive.max_unpacked_bytes - self.archive.unpacked
                data = read_capped_file(candidate, remaining)
                self.archive.unpacked += len(data)
                self.warnings.append(f"the text of {what} was read from {candidate}")
                return data
        return None

    def load(self, raw: RawText, what: str) -> str | None:
        """The raw text (BOM removed, line ends as stored), or None if it is missing."""
        location = (raw.plain_text_path or "").strip()
        data: bytes | None = None
        if location:
            scheme, separator, rest = location.partition("://")
            scheme = scheme.lower() if separator else ""
            rest = rest if separator else location
            if scheme in ("internal", ""):
                data = self._from_archive(rest)
            if data is None and scheme in ("relative", "absolute", "file", ""):
                data = self._from_disk(scheme or "absolute", rest, what)
        if data is not None:
            return decode_text(data, self.warnings, what)
        if raw.inline_text is not None:
            return raw.inline_text
        return None


def _find_project_entry(path: Path, archive: SafeArchive) -> tuple[str, str]:
    """The .qde member and the folder prefix its sources are relative to."""
    entries = [
        name
        for name in archive.names()
        if name.lower().endswith(".qde")
        # macOS archivers add resource forks ("__MACOSX/._project.qde"): not projects.
        and not name.startswith("__MACOSX/")
        and not PurePosixPath(name).name.startswith("._")
    ]
    at_root = [name for name in entries if "/" not in name.replace("\\", "/")]
    chosen = at_root or entries
    if len(chosen) > 1:
        preferred = [name for name in chosen if PurePosixPath(name).name.lower() == "project.qde"]
        if len(preferred) != 1:
            raise QdpxError(
                path, f"it holds several project files ({', '.join(sorted(chosen))}); expected one."
            )
        chosen = preferred
    if not chosen:
        raise QdpxError(path, "it holds no project.qde, so it is not a REFI-QDA project.")
    name = chosen[0].replace("\\", "/")
    prefix = name.rpartition("/")[0]
    return chosen[0], f"{prefix}/" if prefix else ""


def read_qdpx(
    path: Path | str,
    *,
    max_unpacked_bytes: int = DEFAULT_MAX_UNPACKED_BYTES,
    allow_external_sources: bool = True,
    reporter: Reporter | None = None,
) -> tuple[ProjectSnapshot, ImportReport]:
    """Read a REFI-QDA project file into a snapshot and a report of what happened.

    Accepts: any single ``*.qde`` at the archive root; ``sources/`` or ``Sources/``;
    ``internal://``, ``relative://`` (against ``basePath`` or the file's folder),
    ``absolute://`` and bare text paths (outside files only if ``.txt`` and
    ``allow_external_sources``); inline ``PlainTextContent``; upper-case or braced
    GUIDs; ``#RGB`` colours; the ``urn:QDA-XML:project:1.0`` and ``0:4`` namespaces
    or none; BOMs and CRLF; positions counted as REFI-QDA says or as NVivo does.

    Raises QdpxError, before returning anything, for a file that is not a REFI-QDA
    project, is damaged, or is unsafe (paths escaping the archive, more than
    ``max_unpacked_bytes`` to unpack, a DTD or entities in the XML).
    """
    path = Path(path)
    with collector_paused(), SafeArchive(path, max_unpacked_bytes) as archive:
        entry, prefix = _find_project_entry(path, archive)
        info = archive.find(entry)
        assert info is not None
        root = parse_xml(path, archive.read(info), PurePosixPath(entry).name)
        if local(root) != "Project":
            raise QdpxError(path, f"its {entry} holds <{local(root)}>, not a REFI-QDA <Project>.")
        check_cancelled(reporter)
        elements = ElementReader()
        namespace = root.tag.partition("}")[0].lstrip("{") if "}" in root.tag else ""
        if namespace not in KNOWN_NAMESPACES:
            elements.warnings.append(f"unknown XML namespace {namespace!r}; read as REFI-QDA")
        loader = _TextLoader(
            path,
            archive,
            prefix,
            root.get("basePath") or "",
            allow_external_sources,
            elements.warnings,
        )
        assembler = Assembler(root, elements, loader.load, reporter)
        snapshot, report = assembler.run()
    return snapshot, report


def merge_duplicate_quotations(snapshot: ProjectSnapshot) -> ProjectSnapshot:
    """A copy in which quotations of one source with the same span become one.

    NVivo has no quotations: it exports one selection per code applied, so a passage
    with five codes arrives as five identical selections. Researchers expect one
    quotation with five codes. The first quotation (in canonical order) keeps its GUID,
    memos are joined with blank lines, and codings are pooled; note targets that named
    a merged quotation are redirected to the survivor.
    """
    redirected: dict[str, str] = {}
    sources = []
    for source in snapshot.sources:
        survivors: dict[tuple[int, int], Quotation] = {}
        for quotation in sorted(source.quotations, key=lambda q: (q.start, q.end, q.guid)):
            key = (quotation.start, quotation.end)
            kept = survivors.get(key)
            if kept is None:
                survivors[key] = replace(quotation, codings=list(quotation.codings))
                continue
            redirected[quotation.guid] = kept.guid
            kept.codings.extend(quotation.codings)
            if quotation.memo and quotation.memo not in kept.memo:
                kept.memo = f"{kept.memo}\n\n{quotation.memo}" if kept.memo else quotation.memo
        sources.append(replace(source, quotations=list(survivors.values())))
    notes = [
        replace(
            note,
            target_guids=list(dict.fromkeys(redirected.get(t, t) for t in note.target_guids)),
        )
        for note in snapshot.notes
    ]
    return replace(snapshot, sources=sources, notes=notes)


def read_qdc(
    path: Path | str, *, max_bytes: int = DEFAULT_MAX_UNPACKED_BYTES
) -> tuple[list[CodeNode], ImportReport]:
    """Read a REFI-QDA codebook (.qdc): the code tree, depth first, and a report.

    Code sets are reported as unsupported. Raises QdpxError for a file that is not a
    codebook, is damaged or is unsafe (a DTD or entities, more than ``max_bytes``).
    """
    path = Path(path)
    root = parse_xml(path, read_capped_file(path, max_bytes), path.name)
    if local(root) != "CodeBook":
        raise QdpxError(path, f"it holds <{local(root)}>, not a REFI-QDA <CodeBook>.")
    elements = ElementReader()
    codes_elements = children(root, "Codes")
    codes = elements.codes(codes_elements[0]) if codes_elements else []
    for group in children(root, "Set"):
        elements.unsupported.append(f"code set {group.get('name') or ''!r} (not imported)")
    for sets in children(root, "Sets"):
        for group in children(sets, "Set"):
            elements.unsupported.append(f"code set {group.get('name') or ''!r} (not imported)")
    report = ImportReport(
        origin=root.get("origin") or "",
        counts={"codes": len(codes)},
        warnings=elements.warnings,
        unsupported=elements.unsupported,
    )
    return codes, report
