"""The small hand-made project the analysis tests count by hand, and checks of it.

Built through the core services only. Every expected figure in the analysis tests is
worked out from the picture below, written out in the test, never recomputed.

Codes (tree order):  Context ─ Kwetsbaar, Behoefte
                     Mechanisme ─ Versterkend ─ Vertrouwen, Eigenaarschap
                                └ Remmend
                     Outcome
Documents: D1 "Interview Nijkerk" (100 characters), D2 "Interview Rode Klif" (83),
D3 "Werkblad" (64). Cases: Flevoland = D1 + D2, Nijkerk = D1, Rode Klif = D2; D3 has
no case. Case attribute "omgeving": Nijkerk regionaal, Rode Klif stedelijk.
Group "Interviews" = D1 + D2.

Quotations (creator: codes)                         spans
  D1  q1 Anna: Kwetsbaar, Vertrouwen (+ Vertrouwen by Bram)   [0, 20)
      q2 Anna: Vertrouwen                                     [10, 40)  overlaps q1, q4
      q3 Anna: Eigenaarschap, Remmend  memo "sleutelcitaat"   [50, 70)
      q4 Bram: Kwetsbaar                                      [0, 20)   same span as q1
  D2  q5 Anna: Behoefte                                       [0, 15)
      q6 Anna: Vertrouwen, Outcome                            [5, 30)   overlaps q5
      q7 Bram: Eigenaarschap                                  [40, 60)
  D3  q8 Bram: Mechanisme (the parent itself)                 [0, 10)
      q9 Bram: no code                                        [20, 30)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sbcoder.core.project import Project

TEXT_1 = (
    "Bewoner: wij kennen elkaar nu beter. Er is meer vertrouwen in de straat. "
    "De gemeente doet te weinig."
)
TEXT_2 = "Tuin: de binnentuin is open voor iedereen. Buren groeten elkaar weer. Dat is nieuw."
TEXT_3 = "Werkblad: een ruimte om samen te koken. Vooroordelen verdwijnen."


@dataclass
class Built:
    """Ids of everything in the hand-made project."""

    project: Project
    docs: dict[str, int]
    codes: dict[str, int]
    quotations: dict[str, int]
    coders: dict[str, int]
    cases: dict[str, int]
    group: int
    attribute: int


def build_project(path: Path) -> Built:
    """Create the project described in the module docstring at `path`."""
    project = Project.create(path, name="Handwerk")
    anna = project.coders.set_current("Anna")
    docs = {
        "D1": project.documents.add_text("Interview Nijkerk", TEXT_1).value.id,
        "D2": project.documents.add_text("Interview Rode Klif", TEXT_2).value.id,
        "D3": project.documents.add_text("Werkblad", TEXT_3).value.id,
    }
    codes: dict[str, int] = {}
    for path_name in (
        "Context/Kwetsbaar",
        "Context/Behoefte",
        "Mechanisme/Versterkend/Vertrouwen",
        "Mechanisme/Versterkend/Eigenaarschap",
        "Mechanisme/Remmend",
        "Outcome",
    ):
        project.codebook.ensure_path(path_name)
    for info in project.codebook.tree():
        codes[info.path] = info.id
    k, b = codes["Context/Kwetsbaar"], codes["Context/Behoefte"]
    t = codes["Mechanisme/Versterkend/Vertrouwen"]
    e = codes["Mechanisme/Versterkend/Eigenaarschap"]
    r, m, o = codes["Mechanisme/Remmend"], codes["Mechanisme"], codes["Outcome"]
    create = project.quotations.create
    quotations = {
        "q1": create(docs["D1"], 0, 20, [k, t]).value.id,
        "q2": create(docs["D1"], 10, 40, [t]).value.id,
        "q3": create(docs["D1"], 50, 70, [e, r], memo="sleutelcitaat").value.id,
    }
    quotations["q5"] = create(docs["D2"], 0, 15, [b]).value.id
    quotations["q6"] = create(docs["D2"], 5, 30, [t, o]).value.id
    bram = project.coders.set_current("Bram")
    quotations["q4"] = create(docs["D1"], 0, 20, [k]).value.id
    quotations["q7"] = create(docs["D2"], 40, 60, [e]).value.id
    quotations["q8"] = create(docs["D3"], 0, 10, [m]).value.id
    quotations["q9"] = create(docs["D3"], 20, 30, []).value.id
    project.quotations.add_code(quotations["q1"], t)  # Bram agrees with Anna on q1

    organising = project.organising
    cases = {name: organising.create_case(name).value.id for name in ("Nijkerk", "Rode Klif")}
    cases["Flevoland"] = organising.create_case("Flevoland").value.id
    organising.attach_to_case(cases["Nijkerk"], [docs["D1"]])
    organising.attach_to_case(cases["Rode Klif"], [docs["D2"]])
    organising.attach_to_case(cases["Flevoland"], [docs["D1"], docs["D2"]])
    attribute = organising.create_attribute("omgeving", scope="case").value.id
    organising.set_value(attribute, cases["Nijkerk"], "regionaal")
    organising.set_value(attribute, cases["Rode Klif"], "stedelijk")
    group = organising.create_group("Interviews").value.id
    organising.set_group_members(group, [docs["D1"], docs["D2"]])
    return Built(
        project,
        docs,
        codes,
        quotations,
        {"Anna": anna.id, "Bram": bram.id},
        cases,
        group,
        attribute,
    )


def test_the_hand_made_project_is_what_the_docstring_draws(tmp_path: Path) -> None:
    built = build_project(tmp_path / "hand.sbc")
    with built.project as project:
        assert [c.path for c in project.codebook.tree()] == [
            "Context",
            "Context/Kwetsbaar",
            "Context/Behoefte",
            "Mechanisme",
            "Mechanisme/Versterkend",
            "Mechanisme/Versterkend/Vertrouwen",
            "Mechanisme/Versterkend/Eigenaarschap",
            "Mechanisme/Remmend",
            "Outcome",
        ]
        assert [len(TEXT_1), len(TEXT_2), len(TEXT_3)] == [100, 83, 64]
        q1 = project.quotations.get(built.quotations["q1"])
        assert q1.text == "Bewoner: wij kennen "
        assert sorted(c.coder_id for c in q1.codings) == sorted(
            [built.coders["Anna"], built.coders["Anna"], built.coders["Bram"]]
        )
        all_codings = sum(len(q.codings) for q in project.quotations.list())
        assert all_codings == 12
        assert project.quotations.get(built.quotations["q9"]).codings == ()
