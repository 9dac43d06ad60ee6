"""The CIMO template, as the seed report names its codes."""

from __future__ import annotations

from sbcoder.core.project import Project
from sbcoder.core.templates import available_templates, load_template


def test_cimo_template_has_the_report_s_codes(cimo_project: Project) -> None:
    paths = {c.path for c in cimo_project.codebook.tree()}
    for root in ("Context", "Interventie", "Mechanisme", "Outcome"):
        assert root in paths
    for name in ("Vertrouwen", "Eigenaarschap", "Inclusiviteit", "Duurzame relaties", "Verbinden"):
        assert f"Mechanisme/Versterkend/{name}" in paths
    for name in ("Stigma en beeldvorming", "Beperkte middelen", "Sociale fragmentatie"):
        assert f"Mechanisme/Remmend/{name}" in paths


def test_every_template_code_has_a_dutch_definition_and_branch_colours(
    cimo_project: Project,
) -> None:
    tree = cimo_project.codebook.tree()
    assert all(c.description.strip() for c in tree)
    by_path = {c.path: c for c in tree}
    branch_colours = {
        by_path[p].color
        for p in (
            "Context",
            "Interventie",
            "Mechanisme/Versterkend",
            "Mechanisme/Remmend",
            "Outcome",
        )
    }
    assert len(branch_colours) == 5
    for code in tree:  # sub-codes share their branch's colour
        if code.path.startswith("Mechanisme/Remmend/"):
            assert code.color == by_path["Mechanisme/Remmend"].color


def test_template_is_data_in_resources() -> None:
    assert "cimo" in available_templates()
    assert load_template("cimo")["codes"][0]["name"] == "Context"
