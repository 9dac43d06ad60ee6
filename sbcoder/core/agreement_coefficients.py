"""Agreement coefficients on plain data: Cohen's kappa and Krippendorff's alpha (nominal).

These functions know nothing of documents or spans; `agreement_stats` feeds them. Where a
coefficient is mathematically undefined (0/0: every value the same, nothing pairable) they
return None, never NaN and never an exception, so callers can show "n/a".

Integer input is computed with exact integer arithmetic up to the final division, so a
perfect agreement is exactly 1.0 and an undefined case is detected without a tolerance.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Sequence
from numbers import Real
from typing import Any, NamedTuple

import numpy as np

__all__ = [
    "AgreementInputError",
    "PresenceFigures",
    "cohen_kappa",
    "cohen_kappa_from_table",
    "krippendorff_alpha_nominal",
    "presence_figures",
]

# Float tables may carry rounding noise; a chance-agreement denominator this small relative
# to n² counts as zero (kappa undefined).
_RELATIVE_ZERO = 1e-12


class AgreementInputError(ValueError):
    """Input to an agreement computation that cannot be used; the message says which."""


def _is_missing(value: Any) -> bool:
    """None and NaN (float or numpy float) mark a missing value, as in the krippendorff package."""
    if value is None:
        return True
    return isinstance(value, float | np.floating) and math.isnan(value)


def _kappa_from_margins(n: Real, diagonal: Real, chance_numerator: Real) -> float | None:
    """Kappa = (n·diag − Σ r_i c_i) / (n² − Σ r_i c_i); None when that denominator is zero."""
    if n == 0:
        return None
    denominator = n * n - chance_numerator
    exact = all(isinstance(x, int | np.integer) for x in (n, diagonal, chance_numerator))
    if denominator == 0 or (not exact and abs(denominator) <= _RELATIVE_ZERO * n * n):
        return None
    return float((n * diagonal - chance_numerator) / denominator)


def cohen_kappa_from_table(table: Sequence[Sequence[Real]] | np.ndarray) -> float | None:
    """Cohen's kappa from a square contingency table of (weighted) counts.

    `table[i][j]` is how many items (or how much weight: characters, minutes) coder A put in
    category i and coder B in category j. Returns None when kappa is undefined: an empty
    table, or chance agreement of 1 (both coders used one and the same category throughout).
    """
    rows = [list(row) for row in table]
    size = len(rows)
    if any(len(row) != size for row in rows):
        raise AgreementInputError(
            f"Cohen's kappa needs a square table; got {size} rows of lengths "
            f"{[len(row) for row in rows]}"
        )
    cells = [cell for row in rows for cell in row]
    if any(not isinstance(cell, Real) or _is_missing(cell) or cell < 0 for cell in cells):
        raise AgreementInputError("Cohen's kappa table cells must be non-negative numbers")
    # Python ints keep the arithmetic exact; numpy ints would overflow on n² for big tables.
    if all(isinstance(cell, int | np.integer) for cell in cells):
        rows = [[int(cell) for cell in row] for row in rows]
    n = sum(sum(row) for row in rows)
    row_totals = [sum(row) for row in rows]
    column_totals = [sum(row[j] for row in rows) for j in range(size)]
    diagonal = sum(rows[i][i] for i in range(size))
    chance = sum(r * c for r, c in zip(row_totals, column_totals, strict=True))
    return _kappa_from_margins(n, diagonal, chance)


def cohen_kappa(
    a: Sequence[Hashable],
    b: Sequence[Hashable],
    weights: Sequence[Real] | None = None,
) -> float | None:
    """Cohen's kappa for two coders' nominal labels of the same items.

    `a[i]` and `b[i]` are the two coders' categories for item i; `weights[i]`, if given, is
    how much item i counts (e.g. its length in characters). Missing values are refused:
    Cohen's kappa has no notion of them — use `krippendorff_alpha_nominal` instead.
    Returns None when kappa is undefined (no items, or both coders used one category only).
    """
    if len(a) != len(b):
        raise AgreementInputError(
            f"Cohen's kappa needs equally long label lists; got {len(a)} and {len(b)}"
        )
    if weights is not None and len(weights) != len(a):
        raise AgreementInputError(f"Cohen's kappa got {len(weights)} weights for {len(a)} items")
    if any(_is_missing(x) for x in a) or any(_is_missing(x) for x in b):
        raise AgreementInputError(
            "Cohen's kappa cannot handle missing labels (None/NaN); use krippendorff_alpha_nominal"
        )
    categories = {label: index for index, label in enumerate(dict.fromkeys([*a, *b]))}
    table: list[list[Real]] = [[0] * len(categories) for _ in categories]
    for position, (label_a, label_b) in enumerate(zip(a, b, strict=True)):
        weight = 1 if weights is None else weights[position]
        table[categories[label_a]][categories[label_b]] += weight
    return cohen_kappa_from_table(table)


def krippendorff_alpha_nominal(
    reliability_data: Sequence[Sequence[Hashable | None]] | np.ndarray,
) -> float | None:
    """Krippendorff's alpha for nominal data, any number of coders, missing values allowed.

    `reliability_data[coder][unit]` is a coder's value for a unit, None (or NaN) when missing
    — the layout of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", and
    of the `krippendorff` package. Units with fewer than two values are not pairable and
    are left out. Returns None when alpha is undefined: fewer than two pairable values, or
    all pairable values the same (no expected disagreement).
    """
    rows = [list(row) for row in reliability_data]
    if not rows:
        return None
    n_units = len(rows[0])
    if any(len(row) != n_units for row in rows):
        raise AgreementInputError(
            f"Krippendorff's alpha needs one value per unit for every "
            f"coder; got rows of lengths {[len(row) for row in rows]}"
        )
    value_totals: Counter[Hashable] = Counter()
    # Σ over units of (m_u² − Σ_c n_uc²)/(m_u − 1): twice the off-diagonal coincidences.
    observed_terms: list[float] = []
    for unit in range(n_units):
        try:
            counts = Counter(row[unit] for row in rows if not _is_missing(row[unit]))
        except TypeError as error:
            raise AgreementInputError(
                f"Krippendorff's alpha: unit {unit} holds a value that cannot be compared ({error})"
            ) from None
        pairable = sum(counts.values())
        if pairable < 2:
            continue
        squares = sum(count * count for count in counts.values())
        observed_terms.append((pairable * pairable - squares) / (pairable - 1))
        value_totals.update(counts)
    n = sum(value_totals.values())
    expected = n * n - sum(count * count for count in value_totals.values())
    if n < 2 or expected == 0:
        return None
    return 1.0 - (n - 1) * math.fsum(observed_terms) / expected


class PresenceFigures(NamedTuple):
    """Figures for binary (code present / absent) data, as `presence_figures` returns them."""

    percent: float | None
    kappa: float | None
    alpha: float | None
    positive_agreement: float | None


def presence_figures(histogram: Sequence[int], coder_totals: Sequence[int]) -> PresenceFigures:
    """Percent agreement, kappa, alpha and positive agreement for binary presence data.

    With m coders and no missing values, every figure follows from `histogram[k]` — how many
    units (or how much weight) exactly k of the m coders marked as 1 — and `coder_totals[c]`,
    the units coder c marked. Percent agreement is 0–100 (None without units). Kappa needs
    exactly two coders (else None). Alpha uses the nominal coincidence matrix:
    o₀₁·(m−1) = Σ h_k·k·(m−k), n₁ = Σ h_k·k, n₀ = Σ h_k·(m−k).

    Positive (specific) agreement is Σ h_k·k·(k−1) / ((m−1)·Σ h_k·k): of the pairs "coder X
    marked this unit, does coder Y too?", the share answered yes. For two coders it is the
    Dice/F1 overlap 2a/(2a+b+c). It ignores units nobody marked, so it stays meaningful where
    kappa restricted to coded units cannot be (see `agreement_stats`). None if nobody marked.
    """
    m = len(coder_totals)
    if len(histogram) != m + 1:
        raise AgreementInputError(
            f"A presence histogram for {m} coders needs {m + 1} bins, not {len(histogram)}"
        )
    h = [int(count) for count in histogram]
    n = sum(h)
    if n == 0 or m < 2:
        return PresenceFigures(None, None, None, None)
    percent = 100.0 * (h[0] + h[m]) / n
    kappa = None
    if m == 2:
        both, nobody = h[2], h[0]
        only_a, only_b = int(coder_totals[0]) - both, int(coder_totals[1]) - both
        kappa = cohen_kappa_from_table([[both, only_a], [only_b, nobody]])
    ones = sum(count * k for k, count in enumerate(h))
    zeros = sum(count * (m - k) for k, count in enumerate(h))
    mismatches = sum(count * k * (m - k) for k, count in enumerate(h))
    alpha = None
    if ones and zeros:
        # Exact integers until the one division; n·m ≥ 2 since n ≥ 1 and m ≥ 2.
        alpha = 1.0 - ((n * m - 1) * mismatches) / ((m - 1) * zeros * ones)
    positive = None
    if ones:
        matched = sum(count * k * (k - 1) for k, count in enumerate(h))
        positive = matched / ((m - 1) * ones)
    return PresenceFigures(percent, kappa, alpha, positive)
