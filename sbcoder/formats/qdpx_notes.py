"""Telling memos from free notes when reading a REFI-QDA project.

REFI-QDA has no memo field: a memo is a Note that its code or selection points at
with a NoteRef. sbcoder marks its own memo notes by a GUID derived from the owner
(``memo_note_guid``). For other tools' files, a note that only one code or selection
points at becomes that item's memo, and a selection's Description is added to its
memo; every other note is kept as a note with the links that could be imported.
"""

from __future__ import annotations

from sbcoder.formats.interchange import CodeNode, Note, TextSource
from sbcoder.formats.qdpx_common import memo_note_guid, normalise_newlines
from sbcoder.formats.qdpx_read_xml import ElementReader, RawText


def resolve_notes(
    texts: dict[str, tuple[RawText, str]],
    elements: ElementReader,
    origin: str,
    codes: list[CodeNode],
    sources: list[TextSource],
    descriptions: dict[str, str],
    warnings: list[str],
) -> list[Note]:
    """Set the memos of ``codes`` and of the sources' quotations; return the other notes.

    ``texts`` maps each note GUID to its record and loaded text; ``descriptions`` maps
    quotation GUIDs to their selection's Description.
    """
    owners = elements.note_owners
    consumed: set[str] = set()
    foreign = not origin.casefold().startswith("sbcoder")

    def memo_for(owner: str) -> str:
        if owner not in elements.owned_notes:
            return ""  # no NoteRef at all: skip deriving the memo GUID (hot path)
        memo_guid = memo_note_guid(owner)
        if memo_guid in texts and owner in owners.get(memo_guid, ()):
            consumed.add(memo_guid)
            return texts[memo_guid][1]
        return ""

    def sole_note(owner: str) -> str:
        for note_guid in elements.owned_notes.get(owner, ()):
            sole = set(owners[note_guid]) == {owner}
            if note_guid in texts and note_guid not in consumed and sole:
                consumed.add(note_guid)
                return texts[note_guid][1]
        return ""

    for code in codes:
        code.memo = memo_for(code.guid) or (sole_note(code.guid) if foreign else "")
    targets = {code.guid for code in codes}
    for source in sources:
        targets.add(source.guid)
        for quotation in source.quotations:
            targets.add(quotation.guid)
            targets.update(coding.guid for coding in quotation.codings)
            memo = memo_for(quotation.guid) or (sole_note(quotation.guid) if foreign else "")
            description = normalise_newlines(descriptions.get(quotation.guid, ""))
            if description.strip():
                memo = f"{memo}\n\n{description}" if memo else description
            quotation.memo = memo
    notes = []
    lost_links = 0
    for note_guid, (raw, text) in texts.items():
        if note_guid in consumed:
            continue
        linked = {owner for owner in owners.get(note_guid, ()) if owner}
        lost_links += len(linked - targets)
        kept = sorted(linked & targets)
        notes.append(Note(note_guid, raw.name, text, raw.created, raw.user, kept))
    if lost_links:
        warnings.append(
            f"{lost_links} note links point at items that were not imported; "
            "the notes were kept without those links"
        )
    dangling = [guid for guid in owners if guid not in texts]
    if dangling:
        warnings.append(f"{len(dangling)} references to notes the file does not hold")
    return notes
