"""spaCy suggestions on a project: themes for open codes, codes for a passage,
passages like a code's quotations, lemma search with auto-coding.

Features of each quotation's text are cached in the project (`feature_cache`), so a
re-run only analyses quotations that are new or whose span changed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select

from sbcoder.core.code_structure import CodeStructure, code_structure
from sbcoder.core.commands import Command, IdOf, Macro, UpdateRow
from sbcoder.core.dto import Outcome
from sbcoder.core.errors import NotFoundError, ValidationError
from sbcoder.core.feature_cache import quotation_features
from sbcoder.core.project import Project
from sbcoder.core.theme_decisions import ThemeDecisions, load_decisions
from sbcoder.core.theme_names import apply_to_report
from sbcoder.db.models import Coding
from sbcoder.nlp import (
    CodeIndex,
    CodeProfile,
    LoadedPipeline,
    SearchError,
    ThemeInputError,
    analyse_texts,
    find_similar_units,
    get_pipeline,
    lemma_search,
    lemmas_of,
    split_units,
    suggest_themes_report,
)
from sbcoder.progress import Reporter, check_cancelled

Unit = Literal["sentence", "paragraph"]


def code_profiles(
    project: Project,
    code_ids: Sequence[int] | None = None,
    pipeline: LoadedPipeline | None = None,
    reporter: Reporter | None = None,
    with_structure: bool = False,
) -> list[CodeProfile]:
    """What the suggestions know of each code: its quotations' features, its name and
    description, which codes share its quotations, and (`with_structure`, for themes)
    which codes share its passages, and its speakers."""
    pipeline = pipeline or get_pipeline()
    tree = {c.id: c for c in project.codebook.tree()}
    wanted = list(tree) if code_ids is None else [c for c in code_ids if c in tree]
    with project.session() as session:
        pairs = session.execute(select(Coding.code_id, Coding.quotation_id).distinct()).all()
    by_code: dict[int, set[int]] = {}
    by_quotation: dict[int, set[int]] = {}
    for code_id, qid in pairs:
        by_code.setdefault(code_id, set()).add(qid)
        by_quotation.setdefault(qid, set()).add(code_id)
    needed = sorted({q for c in wanted for q in by_code.get(c, ())})
    features = quotation_features(project, needed, pipeline, reporter)
    structure = code_structure(project, wanted, by_quotation) if with_structure else CodeStructure()
    profiles = []
    for code_id in wanted:
        code = tree[code_id]
        quotations = sorted(by_code.get(code_id, ()))
        shared: Counter[int] = Counter()
        for qid in quotations:
            shared.update(c for c in by_quotation[qid] if c != code_id)
        label = lemmas_of(f"{code.name}. {code.description}".strip(), pipeline)
        profiles.append(
            CodeProfile(
                code_id,
                code.name,
                code.description,
                [features[q] for q in quotations if q in features],
                dict(shared),
                label,
                dict(structure.nearby.get(code_id, {})),
                dict(structure.speakers.get(code_id, {})),
            )
        )
    return profiles


def theme_candidates(project: Project, branch: str | None = None) -> list[int]:
    """The codes to cluster: the leaves under `branch`, or (no branch) every leaf code
    that carries quotations — the open codes of a first coding round."""
    tree = project.codebook.tree()
    if branch:
        root = project.codebook.by_path(branch)
        under = set(project.codebook.descendants(root.id))
        return [c.id for c in tree if c.id in under and not c.child_ids]
    return [c.id for c in tree if not c.child_ids and c.quotation_count > 0]


def suggest_themes_for(
    project: Project,
    branch: str | None = None,
    n_themes: int | None = None,
    pinned: dict[int, str] | None = None,
    reporter: Reporter | None = None,
) -> dict[str, Any]:
    """Suggested clusters of codes, as JSON-able data with code paths and the pipeline
    (spaCy's suggestion alone; `suggest_remembered_themes` adds the researcher's
    decisions)."""
    return _cluster(project, theme_candidates(project, branch), n_themes, pinned, reporter, 0)


@dataclass
class ThemeSuggestions:
    """Suggested themes with the researcher's decisions applied."""

    report: dict[str, Any]  # as suggest_themes_for, plus left_out, renamed, pinned
    decisions: ThemeDecisions  # as applied: each matched name under its theme's key


def suggest_themes_with(
    project: Project,
    decisions: ThemeDecisions,
    branch: str | None = None,
    n_themes: int | None = None,
    reporter: Reporter | None = None,
) -> ThemeSuggestions:
    """Themes honouring `decisions`: dropped codes and codes still under a theme
    accepted earlier are not clustered (the dropped ones are listed as "left_out"),
    pinned codes stay in their themes, renamed themes keep their names."""
    candidates = theme_candidates(project, branch)
    tree = project.codebook.tree()
    parents = {c.id: c.parent_id for c in tree}
    placed = {
        code_id
        for theme_id, code_ids in decisions.accepted.items()
        for code_id in code_ids
        if parents.get(code_id, -1) == theme_id
    }
    clustered = [c for c in candidates if c not in placed and c not in decisions.dropped]
    kept = set(clustered)
    pinned = {c: k for c, k in decisions.pinned.items() if c in kept}
    report = _cluster(
        project, clustered, n_themes, pinned, reporter, len(candidates) - len(clustered)
    )
    paths = {c.id: c.path for c in tree}
    left_out = {c: paths[c] for c in candidates if c in decisions.dropped and c not in placed}
    applied = apply_to_report(report, decisions, left_out)
    return ThemeSuggestions(report, applied)


def suggest_remembered_themes(
    project: Project,
    branch: str | None = None,
    n_themes: int | None = None,
    reporter: Reporter | None = None,
    fresh: bool = False,
) -> ThemeSuggestions:
    """Themes with the decisions remembered in the project for this scope (what the
    themes dialog shows); `fresh` ignores the moves, drops and names (not the themes
    already accepted, whose codes are no longer open codes)."""
    decisions = load_decisions(project, branch)
    return suggest_themes_with(
        project, decisions.forgotten() if fresh else decisions, branch, n_themes, reporter
    )


def _cluster(
    project: Project,
    code_ids: list[int],
    n_themes: int | None,
    pinned: dict[int, str] | None,
    reporter: Reporter | None,
    set_aside: int,
) -> dict[str, Any]:
    """suggest_themes_report for `code_ids`, with member paths and the pipeline's name;
    `set_aside` counts codes left out by the researcher, for the refusal's message."""
    if len(code_ids) < 3:
        aside = f" ({set_aside} more are dropped or in accepted themes)" if set_aside else ""
        raise ValidationError(f"theme suggestions need at least three codes with quotations{aside}")
    pipeline = get_pipeline()
    profiles = code_profiles(project, code_ids, pipeline, reporter, with_structure=True)
    try:
        report = suggest_themes_report(profiles, n_themes, pinned or None)
    except ThemeInputError as error:
        raise ValidationError(str(error).removeprefix("suggest_themes: ")) from error
    paths = {c.id: c.path for c in project.codebook.tree()}
    for theme in report["themes"]:
        for member in theme["members"]:
            member["path"] = paths[member["code_id"]]
    report["pipeline"] = pipeline.name
    return report


def accept_theme(
    project: Project,
    name: str,
    code_ids: Sequence[int],
    parent_id: int | None = None,
    color: str | None = None,
) -> Outcome[int]:
    """Create a theme code and move `code_ids` under it, as one undoable step."""
    if not code_ids:
        raise ValidationError("a theme needs at least one code")
    create = project.codebook.create_command(name, parent_id, color)
    moves: list[Command] = [create]
    for position, code_id in enumerate(code_ids):
        code = project.codebook.get(code_id)
        moves.append(
            UpdateRow(
                "codes",
                code_id,
                {"parent_id": code.parent_id, "position": code.position},
                {"parent_id": IdOf(create), "position": position},
            )
        )
    command = Macro(moves, label=f"Theme {name}")
    changes = project.apply(command)
    return Outcome(create.ids[0], changes, command)


@dataclass
class CodeSuggester:
    """An index of every code's profile, built once, ranking codes for any passage in
    milliseconds (rebuild it after codings change)."""

    project: Project
    pipeline: LoadedPipeline
    index: CodeIndex
    paths: dict[int, str]

    @classmethod
    def build(cls, project: Project, reporter: Reporter | None = None) -> CodeSuggester:
        """Analyse (or load from the cache) every coded quotation and index the codes."""
        pipeline = get_pipeline()
        profiles = [
            p for p in code_profiles(project, None, pipeline, reporter) if p.quotation_features
        ]
        paths = {c.id: c.path for c in project.codebook.tree()}
        return cls(project, pipeline, CodeIndex.build(profiles), paths)

    def rank(self, text: str, top: int = 10) -> list[dict[str, Any]]:
        """Codes most like `text`, best first: [{code_id, path, score}]."""
        if not text.strip():
            return []
        features = lemmas_of(text, self.pipeline)
        return [
            {"code_id": cid, "path": self.paths.get(cid, str(cid)), "score": round(s, 4)}
            for cid, s in self.index.rank(features, top)
            if s > 0
        ]


def similar_passages(
    project: Project,
    code_id: int,
    unit: Unit = "sentence",
    top: int = 30,
    document_ids: Sequence[int] | None = None,
    reporter: Reporter | None = None,
) -> list[dict[str, Any]]:
    """Sentences or paragraphs not yet carrying the code that resemble its quotations,
    best first: [{document_id, start, end, score, text, shared_terms}]."""
    pipeline = get_pipeline()
    (profile,) = code_profiles(project, [code_id], pipeline) or [None]
    if profile is None:
        raise NotFoundError(f"no code with id {code_id}")
    if not profile.quotation_features:
        raise ValidationError("the code has no quotations yet to compare with")
    documents = project.documents.list(document_ids)
    units: list[tuple[int, int, int]] = []
    texts: dict[int, str] = {}
    for doc in documents:
        check_cancelled(reporter)
        texts[doc.id] = project.documents.text(doc.id)
        units += [(doc.id, s, e) for s, e in split_units(texts[doc.id], unit, pipeline)]
    analysed = analyse_texts([texts[d][s:e] for d, s, e in units], pipeline, reporter)
    exclude = [
        (q.document_id, q.start, q.end)
        for q in project.quotations.list(code_ids=[code_id], with_text=False)
    ]
    found = find_similar_units(
        profile, [(d, s, e, f) for (d, s, e), f in zip(units, analysed, strict=True)], exclude, top
    )
    return [
        {
            "document_id": u.doc_id,
            "start": u.start,
            "end": u.end,
            "score": round(u.score, 4),
            "text": texts[u.doc_id][u.start : u.end],
            "shared_terms": list(u.shared_terms),
        }
        for u in found
    ]


def search_lemmas(
    project: Project,
    query: str,
    compounds: bool = False,
    expand: Unit | None = None,
    reporter: Reporter | None = None,
) -> list[dict[str, Any]]:
    """Where `query` occurs in any inflected form (optionally inside compounds), hits
    widened to their sentence or paragraph if asked: [{document_id, start, end, text}]."""
    pipeline = get_pipeline()
    texts = {d.id: project.documents.text(d.id) for d in project.documents.list()}
    try:
        hits = lemma_search(texts, query, pipeline, compounds, expand, reporter=reporter)
    except SearchError as error:
        raise ValidationError(str(error)) from error
    return [
        {"document_id": h.doc_id, "start": h.start, "end": h.end, "text": h.matched_text}
        for h in hits
    ]


def auto_code(project: Project, hits: Sequence[dict[str, Any]], code_id: int) -> Outcome[int]:
    """Code reviewed hits (or accepted suggestions) by the current coder, one undo step."""
    spans = [(h["document_id"], h["start"], h["end"]) for h in hits]
    if not spans:
        raise ValidationError("nothing to code")
    return project.quotations.code_spans(spans, code_id, label=f"Auto-code {len(spans)}")


__all__ = [
    "CodeSuggester",
    "ThemeSuggestions",
    "accept_theme",
    "auto_code",
    "code_profiles",
    "quotation_features",
    "search_lemmas",
    "similar_passages",
    "suggest_remembered_themes",
    "suggest_themes_for",
    "suggest_themes_with",
    "theme_candidates",
]
