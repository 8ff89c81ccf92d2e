"""Ready-made checkers for the common kinds of answer. Each returns a Result.

They forgive what is not the point of an exercise: capital letters, the
kind of dash in a name ("Trump–Pence" or "Trump-Pence"), quotation marks
copied along with a word, a share given as a percentage ("33.3%") or a
fraction ("1/3"), a number typed as text ("1,068"), a number that arrives
as a one-row pandas table or a one-element column, an answer rounded to the
precision the lesson shows, a person's surname instead of the full name.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from fractions import Fraction

from kitlib.exercises import keys
from kitlib.exercises._core import AnswerError, Result
from kitlib.text import QUOTE_MARKS
from kitlib.vocab import FUNCTION_WORDS, TITLES

__all__ = [
    "DASHES",
    "HOW_TO_GET_ONE",
    "INSTRUCTIONS",
    "MIN_ATTEMPT_WORDS",
    "choice",
    "decimals_of",
    "fold",
    "is_attempt",
    "label",
    "labels_by_letter",
    "number",
    "person",
    "same_items",
    "single",
    "to_number",
    "written",
]

#: Every dash and minus sign a student might type or copy; all read as "-".
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_DASH = re.compile(f"[{DASHES}]")
_EDGE = re.compile(rf"^[\s{QUOTE_MARKS}]+|[\s.,;:!?{QUOTE_MARKS}]+$")
_THOUSANDS = re.compile(r"-?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?%?")
_DECIMAL_COMMA = re.compile(r"-?\d+,\d+%?")
#: What separates the words of a label ("problem_definition", "agenda-setting").
_LABEL_SEPARATOR = re.compile(r"[-‐-―_]")

#: The fewest words of a written answer that earn the model answer (with other conditions).
MIN_ATTEMPT_WORDS = 15

_LETTERS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")

#: What the lessons say around every written exercise; an answer that copies it is no attempt.
INSTRUCTIONS = (
    "In one sentence of your own. In one or two sentences of your own. In a sentence or two of "
    "your own. In one sentence, in your own words. Write your sentence between the three "
    "quotation marks. Write between the three quotation marks. Write your answer between the "
    "three quotation marks. The check keeps your answer and shows a checklist to hold it "
    "against; run the check again to see a model answer. Give a reason."
)

#: How to get one number out of a column or a table, said when an answer holds several.
HOW_TO_GET_ONE = (
    "To get one number out: .sum() adds the values up (and counts the True ones), "
    '.iloc[0] takes the first, and table.loc[row, "column"] reads one cell.'
)


def fold(text) -> str:
    """Text as compared by the checks: one kind of dash and quote, no case, single spaces.

    >>> fold("  Trump–Pence  Campaign ") == fold('"trump-pence campaign."')
    True
    """
    text = unicodedata.normalize("NFKC", str(text))
    text = _DASH.sub("-", text).replace("’", "'").replace("‘", "'")
    text = _EDGE.sub("", text)
    return " ".join(text.lower().split())


def label(word) -> str:
    """A label as the checks compare it: lower case, any hyphen, dash or underscore as a
    space, single spaces.

    >>> label("Problem_Definition") == label(" problem – definition") == "problem definition"
    True
    """
    return " ".join(_LABEL_SEPARATOR.sub(" ", str(word)).lower().split())


def single(answer):
    """The one value inside an answer that arrived as a column, a row or a list of one.

    A pandas Series or one-element list gives its element; a one-row table gives its
    only value, or the only number in the row. Several values raise
    :class:`~kitlib.exercises.AnswerError` with a sentence on how to get one out.

    >>> import pandas as pd
    >>> single(pd.Series([16], index=["Donald Trump"])), single([0.5]), single(7)
    (16, 0.5, 7)
    >>> single(pd.DataFrame({"actor": ["Russia"], "mentions": [23]}))
    23
    """
    if isinstance(answer, (str, bytes, bool, int, float, Fraction)) or answer is None:
        return answer
    if hasattr(answer, "columns") and hasattr(answer, "shape"):  # a pandas DataFrame
        rows, columns = answer.shape
        if rows == 1 and columns == 1:
            return _plain(answer.iloc[0, 0])
        if rows == 1:
            numbers = [
                c for c in answer.columns
                if _is_number(answer[c].iloc[0]) and not isinstance(answer[c].iloc[0], bool)
            ]  # fmt: skip
            if len(numbers) == 1:
                return _plain(answer[numbers[0]].iloc[0])
            raise AnswerError(
                f"Your answer is a row of a table, with {columns} columns. Pick the one "
                'column you want, as in row["mentions"], or compute the number from the row.'
            )
        raise AnswerError(
            f"Your answer is a table of {rows} rows, not one number. " + HOW_TO_GET_ONE
        )
    if hasattr(answer, "shape") and hasattr(answer, "__len__"):  # a Series or an array
        values = (
            list(answer.to_numpy().ravel()) if hasattr(answer, "to_numpy") else list(answer.ravel())
        )
        if len(values) == 1:
            return _plain(values[0])
        raise AnswerError(
            f"Your answer holds {len(values)} values (a column of a table), not one number. "
            + HOW_TO_GET_ONE
        )
    if hasattr(answer, "shape") and getattr(answer, "shape", None) == ():  # a NumPy number
        return _plain(answer)
    if isinstance(answer, (list, tuple)) and len(answer) == 1:
        return single(answer[0])
    return answer


def _plain(value):
    """A NumPy number as a plain Python one."""
    return value.item() if hasattr(value, "item") and not isinstance(value, str) else value


def _is_number(value) -> bool:
    try:
        float(_plain(value))
    except (TypeError, ValueError):
        return False
    return not isinstance(value, str)


def to_number(answer) -> float:
    """A number from an answer: ``0.5``, ``"0.5"``, ``"1/2"``, ``Fraction(1, 2)``, ``"50%"``.

    A percent sign divides by 100. A comma before exactly three digits separates
    thousands ("1,068"); any other comma is a decimal comma ("0,25"). A one-element
    column or one-row table gives its number (:func:`single`). Raises ValueError when
    there is no number, AnswerError when there are several.

    >>> to_number("1/4"), to_number("25%"), to_number(" 0,25 "), to_number("1,068")
    (0.25, 0.25, 0.25, 1068.0)
    """
    answer = single(answer)
    if isinstance(answer, bool):
        raise ValueError("True or False is not a number")
    if isinstance(answer, str):
        text = _DASH.sub("-", answer.strip()).replace(" ", "").replace("_", "")
        if _THOUSANDS.fullmatch(text):
            text = text.replace(",", "")
        elif _DECIMAL_COMMA.fullmatch(text):
            text = text.replace(",", ".")
        percent = text.endswith("%")
        text = text.rstrip("%")
        value = float(Fraction(text)) if "/" in text else float(text)
        return value / 100 if percent else value
    return float(answer)


def decimals_of(answer) -> int | None:
    """How many decimals an answer was given with; None for a long computed float.

    Used to accept an answer rounded as the lesson shows it ("0.83" for 0.825).
    A whole number has 0; a percentage counts in its own scale ("82.5%": 1).

    >>> decimals_of("0.83"), decimals_of(0.825), decimals_of(16), decimals_of(2 / 3)
    (2, 3, 0, None)
    """
    answer = single(answer)
    if isinstance(answer, bool):
        return None
    if isinstance(answer, int):
        return 0
    if isinstance(answer, float):
        text = repr(answer)
    elif isinstance(answer, str):
        text = (
            answer.strip().rstrip("%").replace(",", ".")
            if not _THOUSANDS.fullmatch(answer.strip().replace(" ", ""))
            else answer.replace(",", "")
        )
        if "/" in text:
            return None
    else:
        return None
    if "e" in text.lower():
        return None
    digits = len(text.split(".", 1)[1]) if "." in text else 0
    return digits if digits <= 6 else None


def number(
    answer,
    expected: float,
    *,
    tolerance: float = 0.0,
    hint: str,
    right: str = "",
    share: bool = False,
    decimals: int | None = None,
    count_of: int | None = None,
) -> Result:
    """Number within ``tolerance`` of ``expected``; says "too high" or "too low", not the value.

    With ``share=True`` the expected value is a share between 0 and 1, and a
    percentage (33.3 for 0.333) is accepted too. ``decimals`` accepts an answer
    rounded to that many decimals or more ("0.83" for 0.825 with ``decimals=2``,
    which is the default for a share): a rounded answer is never called too high.
    ``count_of`` (for a share) is how many things the share is out of: a whole
    number up to it is read as a count, and the message says to divide.

    >>> number("0.83", 0.825, share=True, hint="h").correct
    True
    >>> number(3, 0.75, share=True, count_of=4, hint="h").message.split(".")[0]
    '3 is a count, not a share'
    """
    value = to_number(answer)
    if math.isnan(value):
        raise ValueError("not a number")
    shown = str(single(answer))
    places = decimals_of(answer)
    if share and decimals is None:
        decimals = 2
    whole = float(value).is_integer()
    if share and count_of and whole and 1 <= value <= count_of:
        return Result(
            False,
            f"{shown} is a count, not a share. Divide it by how many there are in all "
            "(a share is between 0 and 1).",
        )
    if share and 1 < abs(value) <= 100:  # a percentage: 33.3 for 0.333
        value, shown = value / 100, f"{shown}% (that is {value / 100:g})"
        places = None if places is None else places + 2
    if math.isclose(value, expected, abs_tol=tolerance + 1e-9):
        return Result(True, right)
    if decimals is not None and places is not None and places >= decimals:
        if math.isclose(value, expected, abs_tol=0.5 * 10 ** (-places) + 1e-9):
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


def labels_by_letter(
    answer,
    exercise_id: str,
    letters: Sequence[str],
    key: Mapping[str, str],
    *,
    spelling: Callable[[str], str | None],
    wrong_count: str,
    use_only: str,
    hint: str,
    right: str,
) -> Result:
    """One label for each lettered item (claims a to d, say), in a list, checked item by item.

    ``spelling`` turns a given label into the checker's spelling, or None when it is
    not one of the labels allowed. ``key`` holds each letter's right label as a digest
    (:func:`kitlib.exercises.keys.matches`). Said to the student: ``wrong_count``
    (``{n}`` is how many labels the list has) when the list has not one label per item,
    ``use_only`` when a label is not allowed, and "3 of 4 right. Look again at b: "
    followed by ``hint`` when some are wrong; ``right`` when all are right.
    """
    given = [answer] if isinstance(answer, str) else list(answer)
    if len(given) != len(letters):
        return Result(False, wrong_count.format(n=len(given)))
    labels = [spelling(g) for g in given]
    if None in labels:
        return Result(False, use_only)
    wrong = [
        letter
        for letter, label in zip(letters, labels, strict=True)
        if not keys.matches(exercise_id, letter, label, key[letter])
    ]
    if wrong:
        return Result(
            False,
            f"{len(letters) - len(wrong)} of {len(letters)} right. "
            f"Look again at {', '.join(wrong)}: {hint}",
        )
    return Result(True, right)


def person(answer, known: Iterable[str], *, resolve=None) -> str:
    """The name in ``known`` that an answer means, matched the same way in every check.

    The full name or the surname alone, in any case, with or without a title
    ("Mr. Trump"); ``resolve`` (such as ``kitlib.actors.resolve``) adds the other
    ways a table writes a name ("the Indiana governor"). A surname two people
    share raises :class:`~kitlib.exercises.AnswerError`, asking for the first
    name too. An answer that names nobody in ``known`` comes back folded.

    >>> person("PENCE", ["Mike Pence", "Donald Trump"])
    'Mike Pence'
    >>> person("Mr. Trump", ["Mike Pence", "Donald Trump"])
    'Donald Trump'
    >>> person("someone else", ["Mike Pence"])
    'someone else'
    """
    known = list(known)
    written = str(single(answer)).strip()
    folded = fold(written)
    by_fold = {fold(k): k for k in known}
    if folded in by_fold:
        return by_fold[folded]
    if resolve is not None:
        for guess in (written, written.title()):
            found = resolve(guess)
            if found in known:
                return found
    words = [w for w in written.split() if w.strip(".") not in TITLES and w not in TITLES]
    bare = fold(" ".join(words))
    if bare in by_fold:
        return by_fold[bare]
    same_surname = [k for k in known if bare and fold(k.split()[-1]) == bare]
    if len(same_surname) == 1:
        return same_surname[0]
    if len(same_surname) > 1:
        raise AnswerError(
            f'"{written}" names {len(same_surname)} people here ({", ".join(same_surname)}): '
            "give the first name too."
        )
    return folded


def _trigrams(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def is_attempt(answer: str, *, prompt: str = "", checklist: Iterable[str] = ()) -> tuple[bool, str]:
    """Whether a written answer is a real attempt, and if not, what it lacks.

    A real attempt has :data:`MIN_ATTEMPT_WORDS` words or more, most of them
    different, reads as English (it has some of the small words of grammar), and
    is not the question or the checklist copied (at most half of its runs of
    three words come from them). Only a real attempt earns the model answer.

    >>> is_attempt("no idea")[0], is_attempt("word " * 30)[0]
    (False, False)
    >>> is_attempt("Kappa takes away the agreement two readers would reach by chance, so it is "
    ...            "lower than the share of answers that match.")[0]
    True
    """
    words = _LETTERS.findall(str(answer).lower())
    if len(words) < MIN_ATTEMPT_WORDS:
        return False, f"write at least {MIN_ATTEMPT_WORDS} words of your own, then run it again."
    if len(set(words)) < len(words) / 2:
        return False, "your answer repeats the same few words; say what you think in sentences."
    if sum(w in FUNCTION_WORDS for w in words) < max(2, len(words) // 12):
        return False, "write sentences in English, in your own words."
    given = _trigrams(words)
    source = _trigrams(_LETTERS.findall(" ".join([prompt, INSTRUCTIONS, *checklist]).lower()))
    if given and len(given & source) > len(given) / 2:
        return False, "your answer repeats the question's or the checklist's words; use your own."
    return True, ""


def written(
    answer,
    *,
    checklist: Iterable[str],
    model: str,
    prompt: str = "",
    min_words: int = 8,
    message: str = "",
) -> Result:
    """A written answer: recorded with a checklist and a model answer, never marked right.

    Only its form is checked: it must be text of at least ``min_words``
    words. ``message`` says what was checked exactly, if anything. ``prompt``
    is the exercise's question as the lesson prints it: an answer that copies it
    (or the checklist), or is too short to be an attempt, is recorded but never
    earns the model answer (:func:`is_attempt`).
    """
    if not isinstance(answer, str):
        return Result(
            False,
            "Write your answer as text, between the three quotation marks: "
            'answer = """Your sentence here."""',
        )
    if len(_LETTERS.findall(answer)) < min_words:
        return Result(
            False,
            f"Write at least a full sentence ({min_words} words or more), in your own words.",
        )
    checklist = tuple(checklist)
    attempt, note = is_attempt(answer, prompt=prompt, checklist=checklist)
    return Result(
        False,
        message,
        recorded=True,
        checklist=checklist,
        model=model,
        attempt=attempt,
        attempt_note=note,
    )
