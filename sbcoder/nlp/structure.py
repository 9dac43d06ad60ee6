"""What the project's own structure says about two codes being alike, for theme
suggestion: codes that share quotations, codes applied in the same passages, and codes
used by the same speakers.

Three views, each between -1 and 1, on a scale that grows with the evidence (a pair
seen once is not made as alike as a pair seen twenty times, which z-scores would do):

- *shared quotations* (`CodeProfile.cooccurring`) and *shared passages* (`nearby`:
  quotations that overlap or lie within a paragraph's distance of each other in one
  document): how much more often the pair occurs than chance would give, from how
  often each code is in a pair at all, as a Pearson residual
  r = (observed − expected) / sqrt(expected + 1), taken as tanh(r / 2);
- *same speakers*: the cosine of the codes' quotation counts per speaker (for sbcoder, a
  document: one interview), after each count is taken as a share of the code's and the
  mean share is taken off: codes that only some respondents raise (the professionals,
  say) are alike.

A view without data (no double coding, one speaker) is left out; the views present are
averaged, and `themes` adds that with a small weight. On the labelled sets, which have
double-coded quotations but no documents or speakers, the weight used (0.25) leaves the
mean ARI of the five blind subject sets where it was with the stand-in (0.17) and lowers
it with the fallback (0.23 -> 0.21; single sets move by up to 0.05); weights of 0.5 and
1 did the stand-in no good and the fallback more harm (0.20, 0.19). Half of their
double-coded quotations cross themes, as CIMO codes do in real projects (a passage coded
with its context and its mechanism), so sharing quotations is weak evidence; z-scored
like the word similarity instead, it made the development set's themes less stable.
Passages and speakers are not in the labelled sets: they are tested for what they do,
not for how much they help.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence

import numpy as np

from sbcoder.nlp.terms import CodeProfile

__all__ = ["structure_evidence", "structure_similarity"]


def structure_similarity(codes: Sequence[CodeProfile]) -> np.ndarray | None:
    """A symmetric code-by-code similarity from the project's structure (-1..1, the
    diagonal 1), or None when no view has any data."""
    return structure_evidence(codes)[0]


def structure_evidence(codes: Sequence[CodeProfile]) -> tuple[np.ndarray | None, list[str]]:
    """`structure_similarity`, and the names of the views that had data ("quotations",
    "passages", "speakers"): what the researcher is told the themes also leaned on."""
    if len(codes) < 3:
        return None, []
    views = {name: view for name, view in _views(codes).items() if view is not None}
    if not views:
        return None, []
    result = np.mean(list(views.values()), axis=0)
    np.fill_diagonal(result, 1.0)
    return result, list(views)


def _views(codes: Sequence[CodeProfile]) -> dict[str, np.ndarray | None]:
    index = {c.code_id: i for i, c in enumerate(codes)}
    return {
        "quotations": _residuals(_pair_counts([c.cooccurring for c in codes], index)),
        "passages": _residuals(_pair_counts([c.nearby for c in codes], index)),
        "speakers": _speaker_cosines([c.speakers for c in codes]),
    }


def _pair_counts(rows: Sequence[Mapping[int, float]], index: Mapping[int, int]) -> np.ndarray:
    n = len(rows)
    counts = np.zeros((n, n))
    for i, row in enumerate(rows):
        for other, count in row.items():
            j = index.get(other)
            if j is not None and j != i and count > 0:
                counts[i, j] += float(count)
    return (counts + counts.T) / 2


def _residuals(counts: np.ndarray) -> np.ndarray | None:
    """tanh(r / 2) of the Pearson residuals r of the pair counts, the expected counts
    from their own margins (how often each code is in a pair at all): in a densely
    coded transcript every code has neighbours, which is no evidence for any pair."""
    if not counts.any():
        return None
    margins = counts.sum(axis=1)
    expected = np.outer(margins, margins) / margins.sum()
    result = np.tanh((counts - expected) / np.sqrt(expected + 1.0) / 2.0)
    np.fill_diagonal(result, 0.0)
    return result


def _speaker_cosines(rows: Sequence[Mapping[Hashable, float]]) -> np.ndarray | None:
    speakers = list(dict.fromkeys(s for row in rows for s in row))
    if len(speakers) < 2:
        return None
    column = {s: k for k, s in enumerate(speakers)}
    shares = np.zeros((len(rows), len(speakers)))
    for i, row in enumerate(rows):
        for speaker, count in row.items():
            shares[i, column[speaker]] = max(float(count), 0.0)
    totals = shares.sum(axis=1, keepdims=True)
    used = totals.ravel() > 0
    if used.sum() < 3:
        return None
    shares[used] /= totals[used]
    shares[used] -= shares[used].mean(axis=0)
    norms = np.linalg.norm(shares, axis=1, keepdims=True)
    shares = np.divide(shares, norms, out=np.zeros_like(shares), where=norms > 0)
    result = shares @ shares.T
    np.fill_diagonal(result, 0.0)
    return result
