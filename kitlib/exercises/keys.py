"""Answer keys stay with the teacher: model answers from the teacher's file, tables as digests.

Two kinds of answer cannot be computed from the data, so they are not in the
code that students receive:

- **model answers** of the written exercises: read from the teacher's file
  ``lessons/teacher/answer_keys.json`` (:data:`KEYS_FILE`) when it is there.
  The student edition leaves it out, so there ``check`` shows the checklist
  and says the model answer is with the teacher. A teacher who wants students
  to see the models (after a deadline, say) copies that file into the class
  repository, at the same place.
- **answer tables** of the classification exercises (which example shows
  which concept): the code holds only a salted digest of each right answer
  (:func:`digest`), and a check compares the digest of the student's answer
  with it (:func:`matches`). A digest says nothing about the answer unless one
  tries every label, which is what the check's own feedback allows anyway: it
  keeps the table out of the source, not out of reach of a patient student.

The plain tables are in the teacher's file too; ``python -m
kitlib.exercises.keys digests`` prints the digests to paste into the code
after a change, and a test fails when the two disagree.
"""

from __future__ import annotations

import hashlib
import json
import sys
from functools import cache

from kitlib.data import ROOT

__all__ = [
    "KEYS_FILE",
    "NO_MODEL",
    "SALT",
    "digest",
    "main",
    "matches",
    "model_answer",
    "teacher_keys",
]

#: The teacher's file of answer keys (not in the student edition).
KEYS_FILE = ROOT / "lessons" / "teacher" / "answer_keys.json"

#: What a written exercise shows instead of a model answer where the teacher's file is absent.
NO_MODEL = (
    "Your teacher has a model answer for this exercise (it is not part of the student "
    "edition): bring yours to class and compare."
)

#: Mixed into every digest, so a table of digests from elsewhere does not fit.
SALT = "media-framing-kit/answer/v1"


def digest(exercise_id: str, item: str, answer: str) -> str:
    """The digest of one right answer: ``item`` (a letter, a position) of an exercise.

    Examples
    --------
    >>> len(digest("04.quote_kinds", "a", "full quotation"))
    16
    >>> a = digest("04.quote_kinds", "a", "full quotation")
    >>> a == digest("04.quote_kinds", "b", "full quotation")
    False
    """
    text = f"{SALT}\x00{exercise_id}\x00{item}\x00{answer}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def matches(exercise_id: str, item: str, answer: str | None, expected: str) -> bool:
    """True when ``answer`` (in the checker's spelling) is the one the digest was made of;
    no answer (None) matches nothing."""
    if answer is None:
        return False
    return digest(exercise_id, item, answer) == expected


@cache
def teacher_keys() -> dict:
    """The teacher's file as a dictionary (``models``, ``tables``), or {} where it is absent."""
    try:
        return json.loads(KEYS_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def model_answer(exercise_id: str, **values) -> str:
    """The model answer of a written exercise, with ``values`` filled in; "" without the file.

    The text is a template: ``{rate:.0f}`` takes ``rate=...`` from the checker,
    which computes it from the data.
    """
    text = teacher_keys().get("models", {}).get(exercise_id, "")
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return text


def _digests() -> dict[str, dict[str, str]]:
    tables = teacher_keys().get("tables", {})
    return {
        exercise: {item: digest(exercise, item, answer) for item, answer in table.items()}
        for exercise, table in tables.items()
    }


def main(argv: list[str] | None = None) -> int:
    """``python -m kitlib.exercises.keys digests``: the digests of the teacher's tables."""
    args = sys.argv[1:] if argv is None else argv
    if args != ["digests"]:
        print("usage: python -m kitlib.exercises.keys digests", file=sys.stderr)
        return 2
    if not teacher_keys():
        print(f"There is no answer-key file at {KEYS_FILE} (the teacher's copy of the kit has it).",
              file=sys.stderr)  # fmt: skip
        return 1
    for exercise, table in _digests().items():
        print(f"{exercise}: {json.dumps(table)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
