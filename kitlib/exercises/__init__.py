"""Instant feedback for the lessons' exercises.

In a lesson::

    answer = 20
    check("01.nbc_paragraphs", answer)

``check`` prints what is right, or a hint on what is wrong (never the
answer itself), and returns True or False. It never raises, so a student
notebook runs top to bottom even with exercises left unanswered.

The checks live here, one module per lesson (``lesson01.py``, ...), keyed
by exercise id, so a renamed or copied notebook keeps working. Expected
values are computed by the kit from the data, never typed in.
"""

from kitlib.exercises._core import Exercise, Result, check, exercise, exercise_ids

__all__ = ["Exercise", "Result", "check", "exercise", "exercise_ids"]
