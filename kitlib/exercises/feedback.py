"""Ready-made checkers for the common kinds of answer. Each returns a Result."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from kitlib.exercises._core import Result

__all__ = [
    "choice",
    "explanation",
    "number",
    "same_items",
]


def number(
    answer, expected: float, *, tolerance: float = 0.0, hint: str, right: str = ""
) -> Result:
    """Number within ``tolerance`` of ``expected``; says "too high" or "too low", not the value."""
    value = float(answer)
    if math.isclose(value, expected, abs_tol=tolerance + 1e-9):
        return Result(True, right)
    direction = "too high" if value > expected else "too low"
    return Result(False, f"{answer} is {direction}. {hint}")


def same_items(
    answer: Iterable, expected: Iterable, *, hint: str, right: str = "", normalise=str.lower
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
    """One of a few options, compared without case or surrounding spaces."""
    allowed = {o.lower() for o in options}
    given = str(answer).strip().lower()
    if given not in allowed:
        return Result(False, f"Answer with one of: {', '.join(options)}.")
    if given == expected.lower():
        return Result(True, right)
    return Result(False, hint)


def explanation(
    answer, *, keywords: Iterable[Iterable[str]], min_words: int = 8, hint: str, right: str = ""
) -> Result:
    """A sentence in the student's own words that touches each idea in ``keywords``.

    ``keywords`` is a list of ideas; each idea is a list of words, any one of
    which shows the idea is there (["count", "counts", "number"]).
    """
    text = str(answer).lower()
    words = re.findall(r"[a-z’']+", text)
    if len(words) < min_words:
        return Result(False, f"Write a full sentence (at least {min_words} words). {hint}")
    missing = [
        idea for idea in keywords if not any(re.search(rf"\b{re.escape(w)}", text) for w in idea)
    ]
    if missing:
        return Result(False, hint)
    return Result(True, right or "That is the key idea. Compare your wording with a classmate's.")
