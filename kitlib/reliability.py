"""Reliability: how far coders agree, per variable, across units.

When two or more people code the same stories with the same codebook, how
far can we trust their codes? Content analysts answer *per variable* (each
question of the codebook), *across units* (the stories coded): for one
question, did the coders give the same answer story after story? Three
numbers, from simplest to most careful:

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

With more than two coders, percent agreement is the share of agreeing pairs
of coders, and kappa is the mean of Cohen's kappa over every pair of coders
(Light 1971). :func:`by_variable` gives all three for each variable of a
long table (one row per unit, variable and coder), and says in words when
there are too few units for a figure to mean anything: two articles are
two units, and no chance-corrected figure can rest on two units.

Why not pool the variables? One kappa over "every question of every
article" mixes twenty different measurements: a question both coders find
easy hides one they read differently, and the questions' different rates
of "yes" make chance look smaller than it is for each of them.

>>> from kitlib.reliability import percent_agreement, cohen_kappa
>>> percent_agreement(["yes", "no", "no", "yes"], ["yes", "no", "yes", "yes"])
0.75
>>> round(cohen_kappa(["yes", "no", "no", "yes"], ["yes", "no", "yes", "yes"]), 3)
0.5

References
----------
Cohen, J. (1960). A coefficient of agreement for nominal scales.
Educational and Psychological Measurement, 20(1), 37–46.
Krippendorff, K. (2004). Content Analysis: An Introduction to Its
Methodology (2nd ed.). Sage.
Krippendorff, K. (2011). Computing Krippendorff's alpha-reliability.
Annenberg School for Communication Departmental Papers, University of
Pennsylvania. https://repository.upenn.edu/asc_papers/43
Light, R. J. (1971). Measures of response agreement for qualitative data:
Some generalizations and alternatives. Psychological Bulletin, 76(5), 365–377.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from itertools import combinations

import pandas as pd

from kitlib.errors import AgreementError

__all__ = [
    "BY_VARIABLE_COLUMNS",
    "MIN_UNITS",
    "by_variable",
    "cohen_kappa",
    "coincidences",
    "is_missing",
    "krippendorff_alpha",
    "light_kappa",
    "pairable_agreement",
    "paired",
    "percent_agreement",
]

#: Fewer units than this, and :func:`by_variable` gives no kappa or alpha, only a note.
#: The kit's rule of thumb, not a published threshold: with a handful of units a single
#: changed answer moves kappa or alpha by a large step (see the lesson 05 example).
MIN_UNITS = 10


def is_missing(value) -> bool:
    """True for an answer that was not given: None, NaN or an empty string.

    Examples
    --------
    >>> is_missing(None), is_missing(""), is_missing(float("nan")), is_missing("no")
    (True, True, True, False)
    """
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def paired(a: Sequence, b: Sequence) -> list[tuple]:
    """The pairs ``(a[i], b[i])`` where both coders gave an answer.

    Examples
    --------
    >>> paired(["yes", None, "no"], ["yes", "no", ""])
    [('yes', 'yes')]
    """
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

    Examples
    --------
    >>> percent_agreement(["yes", "no", "yes", "no"], ["yes", "no", "no", "no"])
    0.75
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

    Examples
    --------
    >>> table = coincidences([["yes", "no", "no"], ["yes", "yes", "no"]])
    >>> table[("no", "yes")], table[("yes", "yes")]
    (1.0, 2.0)
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


def krippendorff_alpha(data: Sequence[Sequence], *, metric: str = "nominal") -> float:
    """Krippendorff's alpha, any number of coders, blanks allowed.

    ``alpha = 1 - observed disagreement / expected disagreement``. From the
    coincidence matrix ``o`` (see :func:`coincidences`), with ``n_c`` the total
    of row ``c`` and ``n`` the number of pairable values::

        alpha = 1 - (n - 1) * sum(o[c, k] for c != k) / sum(n_c * n_k for c != k)

    Parameters
    ----------
    data : sequence of sequences
        One sequence per coder, one entry per unit (None, NaN or "" if blank).
    metric : {"nominal", "interval"}
        ``"nominal"`` (the default): two different answers disagree fully
        (yes/no, categories). ``"interval"``: numbers, where two values
        disagree by the square of their difference (frame scores).
        With ``"interval"`` the formula's ``c != k`` sums are weighted by
        ``(c - k) ** 2``.

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
    if metric not in ("nominal", "interval"):
        raise AgreementError(f"Unknown metric {metric!r}: use 'nominal' or 'interval'.")
    matrix = coincidences(data)
    if not matrix:
        raise AgreementError("No unit was coded by at least two coders; alpha needs pairs.")
    totals: dict = {}
    for (c, _), weight in matrix.items():
        totals[c] = totals.get(c, 0.0) + weight

    def distance(c, k) -> float:
        if metric == "interval":
            return (float(c) - float(k)) ** 2
        return 0.0 if c == k else 1.0

    n = sum(totals.values())
    observed = sum(w * distance(c, k) for (c, k), w in matrix.items())
    expected = sum(totals[c] * totals[k] * distance(c, k) for c in totals for k in totals)
    if expected == 0:
        return math.nan
    return 1 - (n - 1) * observed / expected


def pairable_agreement(data: Sequence[Sequence]) -> float:
    """Percent agreement for any number of coders: the share of agreeing pairs.

    Within each unit coded by ``m >= 2`` coders, every pair of coders either
    gives the same answer or not; the pairs are weighted as in
    :func:`coincidences`, so each unit counts by how many values it holds.
    For two coders this is :func:`percent_agreement`.

    Examples
    --------
    >>> pairable_agreement([["yes", "no"], ["yes", "no"], ["yes", "yes"]])
    0.6666666666666666
    """
    matrix = coincidences(data)
    if not matrix:
        raise AgreementError("No unit was coded by at least two coders; agreement needs pairs.")
    total = sum(matrix.values())
    return sum(w for (c, k), w in matrix.items() if c == k) / total


def light_kappa(data: Sequence[Sequence]) -> float:
    """Cohen's kappa for two coders; for more, the mean over every pair of coders (Light 1971).

    Each pair of coders is compared on the units both coded. A pair whose kappa
    is not defined (each gave one and the same answer throughout) is left out of
    the mean; NaN when no pair has a kappa.

    Examples
    --------
    >>> a = ["yes", "no", "no", "yes"]
    >>> light_kappa([a, a, ["yes", "no", "yes", "yes"]])  # pairs: 1, 0.5, 0.5
    0.6666666666666666
    """
    rows = [list(r) for r in data]
    values = []
    for a, b in combinations(rows, 2):
        pairs = [
            (x, y) for x, y in zip(a, b, strict=True) if not is_missing(x) and not is_missing(y)
        ]
        if not pairs:
            continue
        kappa = cohen_kappa([x for x, _ in pairs], [y for _, y in pairs])
        if not math.isnan(kappa):
            values.append(kappa)
    return sum(values) / len(values) if values else math.nan


BY_VARIABLE_COLUMNS = [
    "variable", "units", "coders", "values", "percent_agreement", "kappa", "alpha", "note",
]  # fmt: skip


def by_variable(
    table: pd.DataFrame,
    *,
    unit: str = "unit",
    variable: str = "variable",
    coder: str = "coder",
    value: str = "value",
    metric: str = "nominal",
    min_units: int = MIN_UNITS,
) -> pd.DataFrame:
    """Reliability per variable, across units: the table content analysts report.

    Parameters
    ----------
    table : pandas.DataFrame
        Long form: one row per unit, variable and coder, with the coder's value
        (blank when not coded). The column names are given by the keywords.
    unit, variable, coder, value : str
        The names of those four columns in ``table``.
    metric : {"nominal", "interval"}
        How values differ: categories (yes/no) or numbers (frame scores). With
        ``"interval"`` kappa is not given (it is a measure for categories) and
        percent agreement counts exactly equal values.
    min_units : int
        Below this many units (coded by at least two coders), kappa and alpha are
        left blank and the ``note`` says why. Percent agreement is still given:
        it describes these units, it does not estimate reliability.

    Returns
    -------
    pandas.DataFrame
        One row per variable, in the order they first appear: ``variable``;
        ``units`` (coded by at least two coders); ``coders``; ``values`` (answers
        given); ``percent_agreement`` (share of agreeing pairs of coders);
        ``kappa`` (:func:`light_kappa`); ``alpha`` (:func:`krippendorff_alpha`);
        ``note`` (in words, what a reader must know before trusting the row; empty
        when nothing needs saying).

    Raises
    ------
    AgreementError
        When a column is missing, or a coder gave two values for one unit and variable.

    Examples
    --------
    >>> rows = [(u, "Q1", c, "yes" if u % 3 else "no") for u in range(12) for c in "AB"]
    >>> long = pd.DataFrame(rows, columns=["unit", "variable", "coder", "value"])
    >>> print(by_variable(long)[["variable", "units", "coders", "alpha"]].to_string(index=False))
    variable  units  coders  alpha
          Q1     12       2    1.0
    >>> by_variable(long[long["unit"] < 2])["note"].iloc[0]
    'Only 2 units: too few for kappa or alpha (the kit asks for at least 10).'
    """
    missing = [c for c in (unit, variable, coder, value) if c not in table.columns]
    if missing:
        raise AgreementError(
            f"The table has no column {', '.join(map(repr, missing))}. It needs one row per "
            f"unit, variable and coder, with the columns {unit!r}, {variable!r}, {coder!r} "
            f"and {value!r}."
        )
    doubled = table.duplicated([unit, variable, coder])
    if doubled.any():
        first = table[doubled].iloc[0]
        raise AgreementError(
            f"Coder {first[coder]!r} has two answers for {first[variable]!r} on unit "
            f"{first[unit]!r}. Each coder codes each unit once: remove the extra row "
            "(or give the two coders different names)."
        )
    rows = []
    for name, part in table.groupby(variable, sort=False):
        wide = part.pivot(index=unit, columns=coder, values=value)
        data = [
            [None if is_missing(v) else v for v in wide[c]] for c in wide.columns
        ]  # one list per coder
        paired_units = sum(
            sum(not is_missing(v) for v in values) >= 2 for values in zip(*data, strict=True)
        )
        coders = sum(any(not is_missing(v) for v in values) for values in data)
        given = sum(not is_missing(v) for values in data for v in values)
        row = {
            "variable": name, "units": paired_units, "coders": coders, "values": given,
            "percent_agreement": math.nan, "kappa": math.nan, "alpha": math.nan, "note": "",
        }  # fmt: skip
        if paired_units == 0:
            row["note"] = "No unit was coded by two coders: nothing to compare."
            rows.append(row)
            continue
        row["percent_agreement"] = pairable_agreement(data)
        if paired_units < min_units:
            row["note"] = (
                f"Only {paired_units} unit{'s' if paired_units != 1 else ''}: too few for "
                f"kappa or alpha (the kit asks for at least {min_units})."
            )
            rows.append(row)
            continue
        row["alpha"] = krippendorff_alpha(data, metric=metric)
        if metric == "nominal":
            row["kappa"] = light_kappa(data)
        if math.isnan(row["alpha"]):
            row["note"] = (
                "Every coder gave the same answer on every unit: nothing varies, so "
                "kappa and alpha are not defined."
            )
        elif row["alpha"] < 0.667:
            row["note"] = "Alpha below 0.667: not reliable enough even for tentative conclusions."
        elif row["alpha"] < 0.8:
            row["note"] = "Alpha between 0.667 and 0.8: good enough for tentative conclusions only."
        rows.append(row)
    return pd.DataFrame(rows, columns=BY_VARIABLE_COLUMNS)
