"""The project's structure in theme suggestion: which codes share passages and speakers
(core.code_structure), and how that makes codes alike (nlp.structure)."""

from __future__ import annotations

from pathlib import Path

from nlp_helpers import fallback_pipeline

from sbcoder.core.code_structure import PASSAGE_GAP, code_structure
from sbcoder.core.project import Project
from sbcoder.nlp import analyse_texts
from sbcoder.nlp.structure import structure_similarity
from sbcoder.nlp.terms import CodeProfile
from sbcoder.nlp.themes import suggest_themes


def test_passages_and_speakers_are_read_from_the_project(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.sbc") as project:
        project.coders.set_current("Anna")
        far = "x" * (PASSAGE_GAP + 10)
        text = f"Eerste zin hier. Tweede zin daar.{far}Derde zin ver weg."
        doc = project.documents.add_text("interview 1", text).value
        other = project.documents.add_text("interview 2", "Nog een zin.").value
        a, b, c, d = (project.codebook.create(n).value.id for n in "abcd")
        q = project.quotations
        q.code_span(doc.id, 0, 16, a)  # "Eerste zin hier."
        q.code_span(doc.id, 0, 16, d)  # the same quotation: not a passage pair
        q.code_span(doc.id, 17, 33, b)  # the next sentence: same passage as a and d
        q.code_span(doc.id, len(text) - 17, len(text), c)  # far away
        q.code_span(other.id, 0, 12, c)
        # A case groups documents (an initiative, many respondents): not a speaker.
        case = project.organising.create_case("Buurtkamer").value
        project.organising.attach_to_case(case.id, [doc.id, other.id])

        codes_of = {x.id: set(x.code_ids) for x in q.list()}
        structure = code_structure(project, [a, b, c], codes_of)
        assert structure.nearby[a] == {b: 1}
        assert structure.nearby[b] == {a: 1, d: 1}
        assert c not in structure.nearby  # its quotation is a long way from the others
        assert d not in structure.nearby  # not asked for (it still counts for b)
        assert structure.speakers[a] == {doc.id: 1}  # the interview is the speaker
        assert structure.speakers[c] == {doc.id: 1, other.id: 1}


def profiles(speakers: dict[int, dict[str, float]], nearby=None) -> list[CodeProfile]:
    """Six codes whose words cannot tell them apart: the same name, the same passages."""
    (features,) = analyse_texts(["De bewoners praten met de gemeente in de buurt."], _fallback())
    return [
        CodeProfile(
            code,
            "thema",
            "",
            [features] * 3,
            {},
            None,
            (nearby or {}).get(code, {}),
            speakers.get(code, {}),
        )
        for code in range(1, 7)
    ]


def _fallback():
    return fallback_pipeline()


def grouping(codes: list[CodeProfile]) -> list[list[int]]:
    themes = suggest_themes(codes, n_themes=2)
    return sorted(sorted(m.code_id for m in t.members) for t in themes)


def test_codes_of_the_same_speakers_are_suggested_together() -> None:
    # Codes 1, 3, 5 come from the residents' interviews, 2, 4, 6 from the professionals'.
    residents = {1: 3, 2: 2}
    professionals = {3: 2, 4: 3}
    speakers = {c: residents if c % 2 else professionals for c in range(1, 7)}
    assert grouping(profiles(speakers)) == [[1, 3, 5], [2, 4, 6]]
    # The other way round, to be sure it is the speakers and not the order of the codes.
    speakers = {c: residents if c <= 3 else professionals for c in range(1, 7)}
    assert grouping(profiles(speakers)) == [[1, 2, 3], [4, 5, 6]]


def test_codes_of_the_same_passages_are_suggested_together() -> None:
    nearby = {1: {4: 3, 5: 2}, 4: {1: 3, 5: 2}, 5: {1: 2, 4: 2}, 2: {3: 3, 6: 2}}
    nearby |= {3: {2: 3, 6: 2}, 6: {2: 2, 3: 2}}
    assert grouping(profiles({}, nearby)) == [[1, 4, 5], [2, 3, 6]]


def test_codes_sharing_quotations_are_suggested_together() -> None:
    shared = {1: {2: 2, 3: 2}, 2: {1: 2, 3: 2}, 3: {1: 2, 2: 2}, 4: {5: 2}, 5: {4: 2, 6: 2}}
    codes = [
        CodeProfile(c.code_id, c.name, "", c.quotation_features, shared.get(c.code_id, {}))
        for c in profiles({})
    ]
    assert grouping(codes) == [[1, 2, 3], [4, 5, 6]]


def test_no_structure_no_view() -> None:
    assert structure_similarity(profiles({})) is None
    one_speaker = {c: {1: 2} for c in range(1, 7)}
    assert structure_similarity(profiles(one_speaker)) is None


def test_theme_suggestions_of_a_project_follow_where_its_codes_are_used(
    tmp_path: Path, monkeypatch
) -> None:
    from sbcoder.core import suggestions

    monkeypatch.setattr(suggestions, "get_pipeline", lambda *a, **k: _fallback())
    sentence = "De bewoners praten met de gemeente in de buurt. "
    with Project.create(tmp_path / "p.sbc") as project:
        project.coders.set_current("Anna")
        codes = [project.codebook.create(f"code {n}").value.id for n in "abcdef"]
        interviews = [
            project.documents.add_text(f"interview {i}", sentence * 3, allow_duplicate=True).value
            for i in range(4)
        ]
        for i, code in enumerate(codes):
            # Codes a-c in the residents' interviews (0, 1), d-f in the professionals',
            # each on a sentence of its own: no quotation carries two codes.
            start = (i % 3) * len(sentence)
            for doc in interviews[:2] if i < 3 else interviews[2:]:
                project.quotations.code_span(doc.id, start, start + len(sentence) - 1, code)
        assert all(len(q.code_ids) == 1 for q in project.quotations.list())
        report = suggestions.suggest_themes_for(project, n_themes=2)
        groups = sorted(sorted(m["code_id"] for m in t["members"]) for t in report["themes"])
        assert groups == [codes[:3], codes[3:]]
        assert report["structure"] == ["passages", "speakers"]  # no quotation has two codes
