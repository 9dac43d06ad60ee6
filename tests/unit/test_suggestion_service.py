"""Suggestions on a real project: themes, codes for a passage, passages for a code,
lemma search and auto-coding, and the feature cache — with whichever pipeline loads
(the stand-in in CI, the blank Dutch fallback elsewhere)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from nlp_eval_data import CODES, HELD_OUT_INDICES

from sbcoder.core import feature_cache, suggestions
from sbcoder.core.project import Project
from sbcoder.nlp import adjusted_rand_index


def build(path: Path, held_out: bool) -> Project:
    """The evaluation set as a project: one transcript per code, every quotation coded
    (but the held-out ones if asked) with its code and the set's second codes."""
    project = Project.create(path)
    project.coders.set_current("Anna")
    ids = {
        c.key: project.codebook.create(c.name, description=c.description).value.id for c in CODES
    }
    for code in CODES:
        pieces, spans = [], []
        offset = 0
        for i, quote in enumerate(code.quotes):
            spans.append((i, offset, offset + len(quote.text), quote))
            pieces.append(quote.text)
            offset += len(quote.text) + 2
        doc = project.documents.add_text(f"interview {code.key}", "\n\n".join(pieces)).value
        for i, start, end, quote in spans:
            if held_out and i in HELD_OUT_INDICES:
                continue
            keys = [code.key, *quote.also]
            project.quotations.create(doc.id, start, end, [ids[k] for k in keys])
    return project


@pytest.fixture(scope="module")
def coded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    with build(tmp_path_factory.mktemp("all") / "p.sbc", held_out=False) as project:
        yield project


@pytest.fixture(scope="module")
def held(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    with build(tmp_path_factory.mktemp("held") / "p.sbc", held_out=True) as project:
        yield project


def test_themes_group_the_codes_and_use_the_cache(coded: Project, monkeypatch) -> None:
    report = suggestions.suggest_themes_for(coded)
    theme_of = {m["path"]: t["key"] for t in report["themes"] for m in t["members"]}
    truth = {c.name: c.theme for c in CODES}
    assert set(theme_of) == set(truth)
    names = sorted(truth)
    ari = adjusted_rand_index([theme_of[n] for n in names], [truth[n] for n in names])
    print(f"\nARI through the project ({report['pipeline']}): {ari:.3f}")
    assert ari > 0.25  # far above chance (≈ 0) on any pipeline; the nlp tests hold the bar
    calls: list[int] = []
    real = feature_cache.analyse_texts
    monkeypatch.setattr(
        feature_cache,
        "analyse_texts",
        lambda texts, *a, **k: calls.append(len(texts)) or real(texts, *a, **k),
    )
    again = suggestions.suggest_themes_for(coded)
    assert calls == [] and again["themes"] == report["themes"]  # all from the cache
    quotation = coded.quotations.list()[0]
    outcome = coded.quotations.resize(quotation.id, quotation.start, quotation.end - 3)
    suggestions.suggest_themes_for(coded)
    assert calls == [1]  # only the changed quotation was analysed again
    coded.revert(outcome.command)


def test_accepting_a_theme_is_one_undo_step(coded: Project) -> None:
    before = [(c.id, c.parent_id, c.position) for c in coded.codebook.tree()]
    members = [c.id for c in coded.codebook.tree()[:3]]
    outcome = suggestions.accept_theme(coded, "Ontmoeting", members)
    theme = coded.codebook.get(outcome.value)
    assert sorted(theme.child_ids) == sorted(members)
    coded.revert(outcome.command)
    assert [(c.id, c.parent_id, c.position) for c in coded.codebook.tree()] == before


def test_codes_for_a_held_out_passage(held: Project) -> None:
    suggester = suggestions.CodeSuggester.build(held)
    hits = 0
    total = 0
    for code in CODES:
        for i in HELD_OUT_INDICES:
            ranked = suggester.rank(code.quotes[i].text, top=3)
            hits += code.name in [r["path"] for r in ranked]
            total += 1
    print(f"\ntop-3 through the project ({suggester.pipeline.name}): {hits / total:.3f}")
    assert hits / total > 0.4  # chance is 3/19 ≈ 0.16
    assert suggester.rank("   ") == []


def test_passages_like_a_code_skip_its_own_quotations(coded: Project) -> None:
    code = coded.codebook.tree()[0]
    found = suggestions.similar_passages(coded, code.id, "paragraph", top=10)
    own = {(q.document_id, q.start, q.end) for q in coded.quotations.list(code_ids=[code.id])}
    assert found and not any((f["document_id"], f["start"], f["end"]) in own for f in found)
    assert found == sorted(found, key=lambda f: -f["score"])


def test_lemma_search_and_auto_code(tmp_path: Path) -> None:
    with Project.create(tmp_path / "s.sbc") as project:
        project.coders.set_current("Anna")
        text = (
            "Bewoners vertrouwden elkaar niet.\nNu vertrouwt iedereen de buurtverbinder.\n"
            "Het buurtvertrouwen groeit.\nDe tuin is mooi."
        )
        project.documents.add_text("i", text)
        code = project.codebook.create("Vertrouwen").value
        plain = suggestions.search_lemmas(project, "vertrouwen")
        assert {h["text"].lower() for h in plain} >= {"vertrouwden", "vertrouwt"}
        with_compounds = suggestions.search_lemmas(
            project, "vertrouwen", compounds=True, expand="sentence"
        )
        assert any("buurtvertrouwen" in h["text"] for h in with_compounds)
        outcome = suggestions.auto_code(project, with_compounds, code.id)
        assert len(project.quotations.list(code_ids=[code.id])) == outcome.value == 3
        project.revert(outcome.command)
        assert project.quotations.list() == []


def test_find_more_needs_a_code_with_quotations(tmp_path: Path) -> None:
    from sbcoder.core.errors import NotFoundError, ValidationError

    with Project.create(tmp_path / "e.sbc") as project:
        project.documents.add_text("i", "Een zin over de buurt. Nog een zin.")
        code = project.codebook.create("Leeg").value
        with pytest.raises(ValidationError, match="no quotations"):
            suggestions.similar_passages(project, code.id)
        with pytest.raises(NotFoundError):
            suggestions.similar_passages(project, 9999)
        with pytest.raises(ValidationError, match="at least three"):
            suggestions.suggest_themes_for(project)
