"""The exercise registry and ``check``: the only part of the kit that prints.

Two kinds of exercise:

- **checked**: a number, a list, a choice. The answer is right or not, and a
  wrong one gets a hint that never holds the answer.
- **written**: a sentence in the student's own words. A program cannot tell
  a good argument from nonsense with the right words in it, so a written
  answer is never marked right. ``check`` records it, shows a checklist of
  what a strong answer contains, and offers a model answer only after an
  attempt (on the next run of the check, or with ``reveal=True``). Parts of a
  written answer that can be checked exactly (a quotation that must be in
  the text) are checked, and said to be wrong when they are.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kitlib.exercises.keys import NO_MODEL

__all__ = [
    "AnswerError",
    "COMPLETE",
    "Exercise",
    "NOT_ANSWERED",
    "RECORDED",
    "RIGHT",
    "Result",
    "Verdict",
    "WRONG",
    "check",
    "evaluate",
    "exercise",
    "exercise_ids",
    "forget_answers",
    "get_exercise",
    "is_unanswered",
    "written_answers",
]

NOT_ANSWERED = (
    "✏️  Not answered yet. Write your answer in the cell above (in place of the ... or "
    "between the quotation marks), run that cell, then run this check again."
)

#: Printed before the message of a right answer, a wrong one and a recorded one.
RIGHT, WRONG, RECORDED = "✅ Correct! ", "❌ Not yet. ", "📝 Recorded. "

#: Printed instead of RIGHT for a judgement that is complete and well formed (a coding),
#: which no program can call right.
COMPLETE = "✅ Complete. "


class AnswerError(ValueError):
    """An answer of the wrong shape, with the sentence that says how to fix it.

    A checker (or a helper of :mod:`kitlib.exercises.feedback`) raises it when it
    can say more than "the check expected a number": ``evaluate`` shows its
    message instead of the generic one.
    """


@dataclass(frozen=True)
class Result:
    """What a checker decides, and what to tell the student.

    ``correct`` is True or False for a checked answer. A written answer is
    ``recorded``: ``correct`` stays False, ``checklist`` lists what a strong
    answer contains and ``model`` is one good answer, shown after an attempt.
    ``heading`` replaces the "Correct!" line's start (``COMPLETE`` for a coding).
    ``attempt`` is False for a written answer too short, or too close to the
    question, to count as an attempt: it is recorded, but it never earns the
    model answer (``attempt_note`` says why).
    """

    correct: bool
    message: str
    recorded: bool = False
    checklist: tuple[str, ...] = ()
    model: str = ""
    heading: str = ""
    attempt: bool = True
    attempt_note: str = ""


@dataclass(frozen=True)
class Exercise:
    """One exercise: its id, what kind of answer it wants, and its checker.

    ``record``, when given, is run by ``check`` before the checker, on an
    answered exercise, and returns a line to print: lesson 05 saves a
    student's coding with it before any comparison. The grader never runs it.
    """

    id: str
    expects: str
    checker: Callable[[Any], Result]
    written: bool = False
    record: Callable[[Any], str] | None = None


class Verdict:
    """What ``check`` returns: true for a right answer, false otherwise.

    It compares equal to True or False, and shows nothing under a notebook
    cell, so a check cell prints only its message.
    """

    __slots__ = ("correct", "recorded")

    def __init__(self, correct: bool, recorded: bool = False):
        self.correct = bool(correct)
        self.recorded = recorded

    def __bool__(self) -> bool:
        return self.correct

    def __eq__(self, other) -> bool:
        if isinstance(other, Verdict):
            return self.correct == other.correct
        return self.correct == other

    def __hash__(self) -> int:
        return hash(self.correct)

    def __repr__(self) -> str:
        return repr(self.correct)

    def _ipython_display_(self) -> None:
        """Nothing to show: the message was printed already."""


_REGISTRY: dict[str, Exercise] = {}

#: Holds True once every lesson module has been imported (a list, so no ``global``).
_LOADED: list[bool] = []

#: Written answers given in this session, by exercise id, oldest first.
_WRITTEN: dict[str, list[str]] = {}

#: How many of those answers were real attempts (long enough, not the question copied).
_ATTEMPTS: dict[str, int] = {}


def exercise(
    exercise_id: str,
    expects: str,
    *,
    written: bool = False,
    record: Callable[[Any], str] | None = None,
) -> Callable:
    """Decorator: register ``checker(answer) -> Result`` under ``exercise_id``.

    ``expects`` says in plain words what the answer should be ("a whole
    number", "a list of words"); it is shown when an answer has the wrong
    shape. ``written=True`` marks an answer in the student's own words.
    ``record`` is run by ``check`` first (see :class:`Exercise`).
    """

    def register(checker: Callable[[Any], Result]) -> Callable[[Any], Result]:
        if exercise_id in _REGISTRY:
            raise ValueError(f"exercise id {exercise_id!r} is registered twice")
        _REGISTRY[exercise_id] = Exercise(exercise_id, expects, checker, written, record)
        return checker

    return register


def _load_all() -> dict[str, Exercise]:
    """Import every ``lessonNN`` module once, which registers its exercises.

    Keyed on a flag, not on an empty registry: a notebook that imports one
    lesson module first must still find every other exercise.
    """
    if not _LOADED:
        package = importlib.import_module("kitlib.exercises")
        for module in pkgutil.iter_modules(package.__path__):
            if module.name.startswith("lesson"):
                importlib.import_module(f"kitlib.exercises.{module.name}")
        _LOADED.append(True)
    return _REGISTRY


def exercise_ids(*, written: bool | None = None) -> list[str]:
    """Every exercise id the kit knows, sorted (only written or only checked ones if asked)."""
    return sorted(i for i, e in _load_all().items() if written is None or e.written == written)


def written_answers() -> list[dict]:
    """The written answers given in this session: ``{"exercise", "attempt", "answer"}`` each."""
    return [
        {"exercise": i, "attempt": n, "answer": text}
        for i, texts in _WRITTEN.items()
        for n, text in enumerate(texts, start=1)
    ]


def forget_answers() -> None:
    """Forget the written answers recorded so far (a fresh start)."""
    _WRITTEN.clear()
    _ATTEMPTS.clear()


def get_exercise(exercise_id: str) -> Exercise | None:
    """The registered exercise of that id (its checker, what it expects, whether it is
    written), or None.

    >>> get_exercise("00.more_russia").written
    False
    """
    return _load_all().get(exercise_id)


def is_unanswered(answer: Any) -> bool:
    """True for an answer left as the lesson gave it: ``...``, None, empty text or list.

    >>> is_unanswered(...), is_unanswered(""), is_unanswered(0)
    (True, True, False)
    """
    if answer is Ellipsis or answer is None:
        return True
    if isinstance(answer, str) and not answer.strip():
        return True
    if isinstance(answer, (list, tuple, set, dict)) and (
        not answer or any(a is Ellipsis for a in answer)
    ):
        return True
    return False


def _recorded_message(exercise_id: str, result: Result, answer: Any, reveal: bool) -> str:
    attempts = _WRITTEN.setdefault(exercise_id, [])
    attempts.append(str(answer).strip())
    earlier = _ATTEMPTS.get(exercise_id, 0)
    if result.attempt:
        _ATTEMPTS[exercise_id] = earlier + 1
    lines = [
        RECORDED
        + (result.message + " " if result.message else "")
        + "A computer cannot judge an argument, so this answer is not marked. "
        "Hold it against this checklist; a strong answer does all of it:"
    ]
    lines += [f"  ☐ {item}" for item in result.checklist]
    show = result.attempt and (reveal or earlier > 0)
    if not result.attempt:
        lines.append(
            "The model answer is shown only after an answer of your own: "
            + (result.attempt_note or "write a few sentences, then run this check again.")
        )
    elif show and not result.model:
        lines.append(NO_MODEL)
    elif show:
        lines.append(
            "One good answer, to compare with yours (not the only one; if yours differs, "
            f"ask which is better supported by the text):\n  {result.model}"
        )
    else:
        lines.append(
            "When you have held your answer against the list (and improved it if you want), "
            "run this check again to see a model answer."
        )
    return "\n".join(lines)


def evaluate(exercise_id: str, answer: Any) -> Result:
    """Run an exercise's checker on an answer and return its :class:`Result`, printing nothing.

    What ``check`` prints is made from it; the grader
    (:mod:`kitlib.classroom.grading`) calls it directly, in its own process, on
    the answers a graded notebook handed in. An answer of the wrong shape gives
    a Result that says what was expected (never an exception); an unknown id
    raises KeyError.

    >>> evaluate("00.more_russia", "cnn").correct
    False
    """
    ex = _load_all()[exercise_id]
    try:
        return ex.checker(answer)
    except AnswerError as error:  # a wrong shape the checker could name
        return Result(False, str(error))
    except Exception:  # a wrong *shape* of answer is a student mistake, not a crash
        return Result(
            False, f"The check expected {ex.expects}. Look at what your answer holds and try again."
        )


def check(exercise_id: str, answer: Any, *, reveal: bool = False) -> Verdict:
    """Check an answer and print friendly feedback; the result is true only for a right answer.

    Never raises: an unknown id, a missing answer or an answer of the wrong
    shape each get a message that says what to do. A written answer is
    recorded, never marked right; its model answer is shown from the second
    attempt on, or at once with ``reveal=True``.

    Parameters
    ----------
    exercise_id : str
        The exercise's id, as the lesson gives it ("00.more_russia").
    answer : object
        The student's answer; ``...`` or empty text means "not answered yet".
    reveal : bool
        For a written answer: show the model answer now (after an attempt).

    Returns
    -------
    Verdict
        True for a right answer, False otherwise (``.recorded`` is True for a
        written answer). It shows nothing under a notebook cell.

    Examples
    --------
    >>> verdict = check("00.more_russia", "NBC")
    ✅ Correct! That is a measurement of two articles, not yet a finding about two outlets: \
one article each says little about what an outlet usually does.
    >>> bool(verdict)
    True
    >>> check("00.more_russia", ...) == False
    ✏️  Not answered yet. Write your answer in the cell above (in place of the ... or between \
the quotation marks), run that cell, then run this check again.
    True
    """
    exercises = _load_all()
    if exercise_id not in exercises:
        print(
            f"🤔 There is no exercise called {exercise_id!r}. Check the spelling in the "
            "check(...) line; it should match the exercise id in the lesson."
        )
        return Verdict(False)
    if is_unanswered(answer):
        print(NOT_ANSWERED)
        return Verdict(False)
    saved = ""
    record = exercises[exercise_id].record
    if record is not None:
        try:
            saved = record(answer)
        except Exception:  # recording must never stop the check
            saved = ""
    result = evaluate(exercise_id, answer)
    if saved:
        print(saved)
    if result.recorded:
        print(_recorded_message(exercise_id, result, answer, reveal))
        return Verdict(False, recorded=True)
    print((result.heading or (RIGHT if result.correct else WRONG)) + result.message)
    return Verdict(result.correct)
