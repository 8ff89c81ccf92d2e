"""Instant feedback for the lessons' exercises.

In a lesson::

    answer = 20
    check("01.nbc_paragraphs", answer)

``check`` prints what is right, or a hint on what is wrong (never the
answer itself). A written answer (a sentence in the student's own words) is
never marked right: ``check`` records it, shows a checklist of what a strong
answer contains, and shows a model answer only after an attempt (the second
run of the check, or ``check(..., reveal=True)``). ``check`` never raises, so
a student notebook runs top to bottom even with exercises left unanswered,
and the check cell shows nothing but the message.

The checks live here, one module per lesson (``lesson01.py``, ...), keyed
by exercise id, so a renamed or copied notebook keeps working. Expected
values are computed by the kit from the data, never typed in.
"""

from kitlib.exercises._core import (
    AnswerError,
    Exercise,
    Result,
    Verdict,
    check,
    evaluate,
    exercise,
    exercise_ids,
    forget_answers,
    get_exercise,
    is_unanswered,
    written_answers,
)

__all__ = [
    "AnswerError",
    "Exercise",
    "Result",
    "Verdict",
    "check",
    "evaluate",
    "exercise",
    "exercise_ids",
    "forget_answers",
    "get_exercise",
    "is_unanswered",
    "written_answers",
]
