"""The exercise registry and ``check``: the only part of the kit that prints."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = [
    "Exercise",
    "Result",
    "check",
    "exercise",
    "exercise_ids",
]

NOT_ANSWERED = (
    "✏️  Not answered yet. Replace the ... with your answer, run that cell, "
    "then run this check again."
)


@dataclass(frozen=True)
class Result:
    """What a checker decides: right or not, and what to tell the student."""

    correct: bool
    message: str


@dataclass(frozen=True)
class Exercise:
    """One exercise: its id, what kind of answer it wants, and its checker."""

    id: str
    expects: str
    checker: Callable[[Any], Result]


_REGISTRY: dict[str, Exercise] = {}


def exercise(exercise_id: str, expects: str) -> Callable:
    """Decorator: register ``checker(answer) -> Result`` under ``exercise_id``.

    ``expects`` says in plain words what the answer should be ("a whole
    number", "a list of words"); it is shown when an answer has the wrong shape.
    """

    def register(checker: Callable[[Any], Result]) -> Callable[[Any], Result]:
        if exercise_id in _REGISTRY:
            raise ValueError(f"exercise id {exercise_id!r} is registered twice")
        _REGISTRY[exercise_id] = Exercise(exercise_id, expects, checker)
        return checker

    return register


def _load_all() -> dict[str, Exercise]:
    """Import every ``lessonNN`` module once, which registers its exercises."""
    if not _REGISTRY:
        package = importlib.import_module("kitlib.exercises")
        for module in pkgutil.iter_modules(package.__path__):
            if module.name.startswith("lesson"):
                importlib.import_module(f"kitlib.exercises.{module.name}")
    return _REGISTRY


def exercise_ids() -> list[str]:
    """Every exercise id the kit knows, sorted."""
    return sorted(_load_all())


def _is_unanswered(answer: Any) -> bool:
    if answer is Ellipsis or answer is None:
        return True
    if isinstance(answer, str) and not answer.strip():
        return True
    if isinstance(answer, (list, tuple, set, dict)) and any(a is Ellipsis for a in answer):
        return True
    return False


def check(exercise_id: str, answer: Any) -> bool:
    """Check an answer, print friendly feedback, and return True if it is right.

    Never raises: an unknown id, a missing answer or an answer of the wrong
    shape each get a message that says what to do.
    """
    exercises = _load_all()
    if exercise_id not in exercises:
        print(
            f"🤔 There is no exercise called {exercise_id!r}. Check the spelling in the "
            "check(...) line; it should match the exercise id in the lesson."
        )
        return False
    if _is_unanswered(answer):
        print(NOT_ANSWERED)
        return False
    ex = exercises[exercise_id]
    try:
        result = ex.checker(answer)
    except Exception:  # a wrong *shape* of answer is a student mistake, not a crash
        result = Result(
            False, f"The check expected {ex.expects}. Look at what your answer holds and try again."
        )
    print(("✅ Correct! " if result.correct else "❌ Not yet. ") + result.message)
    return result.correct
