"""An open-coding project shared by the suggestion tests: six open codes of two kinds
(meeting over food and coffee; money), each with two passages in its own words."""

from __future__ import annotations

from pathlib import Path

from sbcoder.core.project import Project

PASSAGES = {
    "samen eten": [
        "Elke week eten we samen een warme maaltijd in de buurtkamer.",
        "Bij de maaltijd schuiven ook nieuwe bewoners aan om samen te eten.",
    ],
    "koffie": [
        "De koffie staat klaar en bewoners drinken samen koffie in de buurtkamer.",
        "Met een kop koffie komen buren binnen voor een praatje.",
    ],
    "kookclub": [
        "In de kookclub koken buren samen een maaltijd voor de straat.",
        "De kookclub maakt soep en de maaltijd wordt samen gegeten.",
    ],
    "subsidie": [
        "De subsidie van de gemeente loopt volgend jaar af.",
        "Zonder subsidie kunnen we de huur van de ruimte niet betalen.",
    ],
    "financiering": [
        "De financiering is elk jaar weer onzeker en het geld is op.",
        "We zoeken nieuwe financiering omdat het geld van de gemeente stopt.",
    ],
    "begroting": [
        "Op de begroting is te weinig geld voor de huur en de gemeente betaalt minder.",
        "De begroting klopt niet meer sinds de subsidie is gekort.",
    ],
}


def build_open_coding(
    path: Path,
    coder: str = "Anna",
    document: str = "interview",
    extra: str = "",
    template: str | None = None,
) -> dict[str, int]:
    """Create the project at `path` (closed again): one document holding every passage
    (then `extra`), each passage coded with its code. Returns the codes' ids by name."""
    kwargs = {"template": template} if template is not None else {}
    with Project.create(path, **kwargs) as project:
        project.coders.set_current(coder)
        text = "\n".join(p for passages in PASSAGES.values() for p in passages)
        if extra:
            text += "\n" + extra
        doc = project.documents.add_text(document, text).value
        ids = {}
        for name, passages in PASSAGES.items():
            ids[name] = project.codebook.create(name).value.id
            for passage in passages:
                start = text.index(passage)
                project.quotations.code_span(doc.id, start, start + len(passage), ids[name])
        return ids
