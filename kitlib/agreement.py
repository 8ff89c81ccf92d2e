"""Agreement between coders: percent agreement, Cohen's kappa, Krippendorff's alpha.

When two people code the same stories with the same codebook, how far can
we trust their codes? Three numbers, from simplest to most careful:

- **percent agreement**: the share of items on which the two coders gave
  the same answer. Easy to read, but two coders who answer "no" to almost
  everything agree a lot by luck alone.
- **Cohen's kappa** (Cohen 1960): agreement *beyond what chance would give*,
  where chance is worked out from how often each coder used each answer.
  1 is perfect agreement, 0 is no better than chance, below 0 is worse.
- **Krippendorff's alpha** (Krippendorff 2011), nominal version: also
  corrects for chance, but works out chance from the *pooled* answers of all
  coders, allows any number of coders and allows missing answers. Content
  analysts often ask for alpha of at least 0.8, and accept 0.667 for
  tentative conclusions (Krippendorff 2004, *Content Analysis*, 2nd ed., 241).

>>> from kitlib.agreement import percent_agreement, cohen_kappa
>>> percent_agreement(["yes", "no", "no", "yes"], ["yes", "no", "yes", "yes"])
0.75
>>> round(cohen_kappa(["yes", "no", "no", "yes"], ["yes", "no", "yes", "yes"]), 3)
0.5

References
----------
Cohen, J. (1960). A coefficient of agreement for nominal scales.
Educational and Psychological Measurement, 20(1), 37–46.
Krippendorff, K. (2011). Computing Krippendorff's alpha-reliability.
Annenberg School for Communication Departmental Papers, University of
Pennsylvania. https://repository.upenn.edu/asc_papers/43
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from kitlib.errors import AgreementError

__all__ = [
    "AgreementError",
    "cohen_kappa",
    "coincidences",
    "is_missing",
    "krippendorff_alpha",
    "paired",
    "percent_agreement",
]


def is_missing(value) -> bool:
    """True for an answer that was not given: None, NaN or an empty string."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def paired(a: Sequence, b: Sequence) -> list[tuple]:
    """The pairs ``(a[i], b[i])`` where both coders gave an answer."""
    a, b = list(a), list(b)
    if len(a) != len(b):
        raise AgreementError(
            f"The two codings have different lengths ({len(a)} and {len(b)}). "
            "They must code the same items in the same order."
        )
    pairs = [(x, y) for x, y in zip(a, b, strict=True) if not is_missing(x) and not is_missing(y)]
    if not pairs:
        raise AgreementError(
            "There is no item that both coders answered, so there is nothing to compare."
        )
    return pairs


def percent_agreement(a: Sequence, b: Sequence) -> float:
    """Share of items (0 to 1) on which two coders gave the same answer.

    Items that either coder left blank are left out.
    """
    pairs = paired(a, b)
    return sum(x == y for x, y in pairs) / len(pairs)


def cohen_kappa(a: Sequence, b: Sequence) -> float:
    """Cohen's kappa for two coders: agreement beyond chance.

    ``kappa = (observed - expected) / (1 - expected)``, where *observed* is the
    percent agreement and *expected* the agreement two coders would reach by
    chance if each kept their own habits: for every answer, the share of items
    coder A gave it times the share coder B gave it, summed over the answers.

    Returns NaN when chance agreement is already perfect (both coders gave one
    and the same answer to every item): kappa cannot be computed then.

    Examples
    --------
    The worked example of the Wikipedia article "Cohen's kappa": 50 grant
    proposals, both say yes to 20, both say no to 15, A yes and B no 5,
    A no and B yes 10.

    >>> a = ["yes"] * 25 + ["no"] * 25
    >>> b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    >>> round(cohen_kappa(a, b), 3)
    0.4
    """
    pairs = paired(a, b)
    n = len(pairs)
    observed = sum(x == y for x, y in pairs) / n
    counts_a = Counter(x for x, _ in pairs)
    counts_b = Counter(y for _, y in pairs)
    expected = sum(counts_a[c] * counts_b[c] for c in counts_a) / (n * n)
    if math.isclose(expected, 1.0):
        return math.nan
    return (observed - expected) / (1 - expected)


def coincidences(data: Sequence[Sequence]) -> dict[tuple, float]:
    """Krippendorff's coincidence matrix for nominal data.

    ``data`` holds one sequence per coder, all of the same length (one entry
    per unit; None, NaN or "" for a unit the coder did not code). Each unit
    coded by ``m >= 2`` coders contributes its ``m * (m - 1)`` ordered pairs of
    values from different coders, each pair weighted ``1 / (m - 1)``. Units
    coded by fewer than two coders cannot be paired and are left out.
    """
    rows = [list(r) for r in data]
    if len({len(r) for r in rows}) > 1:
        raise AgreementError("Every coder's list must have one entry per unit (use None if blank).")
    matrix: dict[tuple, float] = {}
    for unit in zip(*rows, strict=True):
        values = [v for v in unit if not is_missing(v)]
        m = len(values)
        if m < 2:
            continue
        for i, c in enumerate(values):
            for j, k in enumerate(values):
                if i != j:
                    matrix[(c, k)] = matrix.get((c, k), 0.0) + 1 / (m - 1)
    return matrix


def krippendorff_alpha(data: Sequence[Sequence]) -> float:
    """Krippendorff's alpha for nominal data, any number of coders, blanks allowed.

    ``alpha = 1 - observed disagreement / expected disagreement``. From the
    coincidence matrix ``o`` (see :func:`coincidences`), with ``n_c`` the total
    of row ``c`` and ``n`` the number of pairable values::

        alpha = 1 - (n - 1) * sum(o[c, k] for c != k) / sum(n_c * n_k for c != k)

    Parameters
    ----------
    data : sequence of sequences
        One sequence per coder, one entry per unit (None, NaN or "" if blank).

    Returns
    -------
    float
        1 is perfect agreement, 0 is chance, below 0 is systematic disagreement.
        NaN when every pairable value is the same (nothing varies, so alpha is
        not defined).

    Examples
    --------
    Krippendorff's (2011) nominal example: four observers, twelve units,
    some blanks.

    >>> A = [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None]
    >>> B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3]
    >>> C = [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None]
    >>> D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None]
    >>> round(krippendorff_alpha([A, B, C, D]), 3)
    0.743
    """
    matrix = coincidences(data)
    if not matrix:
        raise AgreementError("No unit was coded by at least two coders; alpha needs pairs.")
    totals: dict = {}
    for (c, _), weight in matrix.items():
        totals[c] = totals.get(c, 0.0) + weight
    n = sum(totals.values())
    observed = sum(w for (c, k), w in matrix.items() if c != k)
    expected = sum(totals[c] * totals[k] for c in totals for k in totals if c != k)
    if expected == 0:
        return math.nan
    return 1 - (n - 1) * observed / expected
