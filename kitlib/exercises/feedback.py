"""Ready-made checkers for the common kinds of answer. Each returns a Result.

They forgive what is not the point of an exercise: capital letters, the
kind of dash in a name ("Trump–Pence" or "Trump-Pence"), quotation marks
copied along with a word, a share given as a percentage ("33.3%") or a
fraction ("1/3"), a number typed as text.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from fractions import Fraction

from kitlib.exercises._core import Result
from kitlib.text import QUOTE_MARKS

__all__ = [
    "DASHES",
    "choice",
    "fold",
    "number",
    "same_items",
    "to_number",
    "written",
]

#: Every dash and minus sign a student might type or copy; all read as "-".
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_DASH = re.compile(f"[{DASHES}]")
_EDGE = re.compile(rf"^[\s{QUOTE_MARKS}]+|[\s.,;:!?{QUOTE_MARKS}]+$")


def fold(text) -> str:
    """Text as compared by the checks: one kind of dash and quote, no case, single spaces.

    >>> fold("  Trump–Pence  Campaign ") == fold('"trump-pence campaign."')
    True
    """
    text = unicodedata.normalize("NFKC", str(text))
    text = _DASH.sub("-", text).replace("’", "'").replace("‘", "'")
    text = _EDGE.sub("", text)
    return " ".join(text.lower().split())


def to_number(answer) -> float:
    """A number from an answer: ``0.5``, ``"0.5"``, ``"1/2"``, ``Fraction(1, 2)``, ``"50%"``.

    A percent sign divides by 100. Raises ValueError when there is no number.

    >>> to_number("1/4"), to_number("25%"), to_number(" 0,25 ")
    (0.25, 0.25, 0.25)
    """
    if isinstance(answer, bool):
        raise ValueError("True or False is not a number")
    if isinstance(answer, str):
        text = _DASH.sub("-", answer.strip()).replace(" ", "")
        if re.fullmatch(r"-?\d+,\d+%?", text):  # a decimal comma
            text = text.replace(",", ".")
        percent = text.endswith("%")
        text = text.rstrip("%")
        value = float(Fraction(text)) if "/" in text else float(text)
        return value / 100 if percent else value
    return float(answer)


def number(
    answer,
    expected: float,
    *,
    tolerance: float = 0.0,
    hint: str,
    right: str = "",
    share: bool = False,
) -> Result:
    """Number within ``tolerance`` of ``expected``; says "too high" or "too low", not the value.

    With ``share=True`` the expected value is a share between 0 and 1, and a
    percentage (33.3 for 0.333) is accepted too, within the same tolerance.
    """
    value = to_number(answer)
    if math.isnan(value):
        raise ValueError("not a number")
    shown = str(answer)
    if share and 1 < abs(value) <= 100:  # a percentage: 33.3 for 0.333
        value, shown = value / 100, f"{answer}% (that is {value / 100:g})"
    if math.isclose(value, expected, abs_tol=tolerance + 1e-9):
        return Result(True, right)
    direction = "too high" if value > expected else "too low"
    return Result(False, f"{shown} is {direction}. {hint}")


def same_items(
    answer: Iterable, expected: Iterable, *, hint: str, right: str = "", normalise=fold
) -> Result:
    """The same set of items, in any order; says how many are missing or extra, not which."""
    given = {normalise(str(a)).strip() for a in answer}
    wanted = {normalise(str(e)).strip() for e in expected}
    if given == wanted:
        return Result(True, right)
    missing, extra = len(wanted - given), len(given - wanted)
    parts = []
    if missing:
        parts.append(f"{missing} missing")
    if extra:
        parts.append(f"{extra} that should not be there")
    return Result(False, f"Your list has {' and '.join(parts)}. {hint}")


def choice(answer, expected: str, *, options: Iterable[str], hint: str, right: str = "") -> Result:
    """One of a few options, compared without case, dashes' kind or surrounding quotes."""
    options = list(options)
    allowed = {fold(o) for o in options}
    given = fold(answer)
    if given not in allowed:
        shown = ", ".join(f'"{o}"' for o in options)
        return Result(False, f"Answer with one of these, in quotation marks: {shown}.")
    if given == fold(expected):
        return Result(True, right)
    return Result(False, hint)


def written(
    answer, *, checklist: Iterable[str], model: str, min_words: int = 8, message: str = ""
) -> Result:
    """A written answer: recorded with a checklist and a model answer, never marked right.

    Only its form is checked: it must be text of at least ``min_words``
    words. ``message`` says what was checked exactly, if anything.
    """
    if not isinstance(answer, str):
        return Result(
            False,
            "Write your answer as text, between the three quotation marks: "
            'answer = """Your sentence here."""',
        )
    if len(re.findall(r"[^\W\d_]+", answer)) < min_words:
        return Result(
            False,
            f"Write at least a full sentence ({min_words} words or more), in your own words.",
        )
    return Result(False, message, recorded=True, checklist=tuple(checklist), model=model)
