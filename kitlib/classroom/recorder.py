"""What a graded notebook hands to the grader: its answers as plain data, never its verdicts.

While :mod:`kitlib.classroom.grading` runs a submitted notebook, the first cell
(the grader's own) calls :func:`install`. From then on ``check(exercise_id,
answer)`` in the notebook does not check anything: it writes the exercise id
and the answer, turned into plain data by :func:`encode`, as one line of a
file, and prints that the answer is recorded. It gives no feedback, so a
notebook cannot search for a right answer by trying many (the feedback that
says "too high" is for learning, not for the graded run).

The grader then reads those lines (:func:`decode`) in its own process, outside
the notebook's reach, and runs each exercise's check itself on the answer.
Whatever the notebook does to the kit in its kernel, the most it can change is
the answer it hands in, which is what a student can always choose.

The format of one answer: a JSON object with a type ``t`` and a value ``v``,
for ``none``, ``bool``, ``int``, ``float``, ``text``, ``fraction`` (``"1/3"``),
``ellipsis``, ``list``, ``tuple``, ``set``, ``dict`` (a list of key and value
pairs), ``table`` (a DataFrame: ``columns`` and ``rows``) and ``repr`` (anything
else, as its ``repr``). NumPy and pandas numbers become plain numbers.
"""

from __future__ import annotations

import json
import math
from fractions import Fraction

import pandas as pd

import kitlib.exercises

__all__ = [
    "MAX_DEPTH",
    "MAX_ITEMS",
    "MAX_LINE",
    "MAX_TEXT",
    "RECORDED",
    "UnreadableAnswer",
    "decode",
    "encode",
    "install",
    "plain_text",
]

#: Text answers longer than this are cut (characters).
MAX_TEXT = 20_000

#: Lists, dictionaries and tables keep at most this many items (rows).
MAX_ITEMS = 2_000

#: One recorded line is at most this long (characters); a longer answer is recorded as too long.
MAX_LINE = 400_000

#: Nesting deeper than this is recorded as text.
MAX_DEPTH = 8

#: What a check prints while a notebook is graded.
RECORDED = "📝 Your answer is recorded for grading."


def _is_numpy_scalar(value) -> bool:
    """A NumPy number or boolean (``np.int64(7)``), which becomes a plain one."""
    kind = type(value)
    return kind.__module__ == "numpy" and getattr(value, "shape", None) == ()


def encode(value, *, depth: int = 0) -> dict:
    """An answer as plain JSON data (see the module's description of the format).

    Examples
    --------
    >>> encode(0.5), encode("nbc"), encode(("a", 2))
    ({'t': 'float', 'v': 0.5}, {'t': 'text', 'v': 'nbc'}, {'t': 'tuple', 'v': [{'t': 'text', \
'v': 'a'}, {'t': 'int', 'v': 2}]})
    >>> decode(encode({"NBC News": ("episodic", "words")}))
    {'NBC News': ('episodic', 'words')}
    """
    if depth > MAX_DEPTH:
        return {"t": "text", "v": _repr(value)}
    if value is None:
        return {"t": "none"}
    if value is Ellipsis:
        return {"t": "ellipsis"}
    if isinstance(value, bool):
        return {"t": "bool", "v": bool(value)}
    if isinstance(value, int):
        return (
            {"t": "int", "v": int(value)}
            if abs(value) < 10**15
            else {"t": "text", "v": str(value)[:80]}
        )
    if isinstance(value, float):
        return {"t": "float", "v": float(value)}
    if isinstance(value, str):
        return {"t": "text", "v": str(value)[:MAX_TEXT]}
    if isinstance(value, Fraction):
        return {"t": "fraction", "v": f"{value.numerator}/{value.denominator}"[:80]}
    if _is_numpy_scalar(value):
        return encode(value.item(), depth=depth + 1)
    if isinstance(value, pd.DataFrame):
        table = value.head(MAX_ITEMS)
        rows = [
            [encode(cell, depth=MAX_DEPTH) for cell in row] for row in table.itertuples(index=False)
        ]
        return {"t": "table", "columns": [str(c)[:200] for c in table.columns], "rows": rows}
    if isinstance(value, pd.Series) or type(value).__name__ == "ndarray":
        return {"t": "list", "v": [encode(v, depth=depth + 1) for v in list(value)[:MAX_ITEMS]]}
    if isinstance(value, (list, tuple)):
        kind = "tuple" if isinstance(value, tuple) else "list"
        return {"t": kind, "v": [encode(v, depth=depth + 1) for v in list(value)[:MAX_ITEMS]]}
    if isinstance(value, (set, frozenset)):
        items = sorted(value, key=_repr)[:MAX_ITEMS]
        return {"t": "set", "v": [encode(v, depth=depth + 1) for v in items]}
    if isinstance(value, dict):
        pairs = list(value.items())[:MAX_ITEMS]
        return {
            "t": "dict",
            "v": [[encode(k, depth=depth + 1), encode(v, depth=depth + 1)] for k, v in pairs],
        }
    return {"t": "repr", "v": _repr(value)}


def _repr(value) -> str:
    try:
        return repr(value)[:MAX_TEXT]
    except Exception:  # a student's object whose repr fails
        return f"<{type(value).__name__}>"


class UnreadableAnswer(ValueError):
    """A recorded answer that is not in the format :func:`encode` writes."""


def decode(data, *, depth: int = 0):
    """The answer from :func:`encode`'s data, rebuilt from plain values only.

    Raises :class:`UnreadableAnswer` for anything not in the format (a notebook
    can write that file, so nothing in it is trusted).

    >>> decode(encode([1, "two", None]))
    [1, 'two', None]
    """
    if depth > MAX_DEPTH + 2 or not isinstance(data, dict):
        raise UnreadableAnswer("not an answer")
    kind, value = data.get("t"), data.get("v")
    if kind in _SCALARS:
        return _decode_scalar(kind, value)
    if kind in ("list", "tuple", "set") and isinstance(value, list):
        return _decode_sequence(kind, value, depth)
    if kind == "dict" and isinstance(value, list):
        return _decode_dict(value, depth)
    if kind == "table":
        return _decode_table(data.get("columns"), data.get("rows"), depth)
    raise UnreadableAnswer(f"unknown kind {str(kind)[:20]!r}")


#: The kinds of single value, and the Python types their recorded value may have.
_SCALARS = ("none", "ellipsis", "bool", "int", "float", "text", "repr", "fraction")


def _decode_scalar(kind: str, value):
    if kind == "none":
        return None
    if kind == "ellipsis":
        return Ellipsis
    if kind == "bool" and isinstance(value, bool):
        return value
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "int" and number and isinstance(value, int):
        return value
    if kind == "float" and number:
        return float(value)
    if kind in ("text", "repr") and isinstance(value, str):
        return value[:MAX_TEXT]
    if kind == "fraction" and isinstance(value, str) and len(value) <= 80:
        try:
            return Fraction(value)
        except (ValueError, ZeroDivisionError):
            raise UnreadableAnswer("not a fraction") from None
    raise UnreadableAnswer(f"not a {kind}")


def _decode_sequence(kind: str, value: list, depth: int):
    items = [decode(v, depth=depth + 1) for v in value[:MAX_ITEMS]]
    if kind == "tuple":
        return tuple(items)
    if kind == "set":
        try:
            return set(items)
        except TypeError:
            raise UnreadableAnswer("a set of unhashable items") from None
    return items


def _decode_dict(value: list, depth: int) -> dict:
    pairs = []
    for pair in value[:MAX_ITEMS]:
        if not isinstance(pair, list) or len(pair) != 2:
            raise UnreadableAnswer("not a pair")
        pairs.append((decode(pair[0], depth=depth + 1), decode(pair[1], depth=depth + 1)))
    try:
        return dict(pairs)
    except TypeError:
        raise UnreadableAnswer("an unhashable key") from None


def _decode_table(columns, rows, depth: int) -> pd.DataFrame:
    if not isinstance(columns, list) or not isinstance(rows, list):
        raise UnreadableAnswer("not a table")
    if not all(isinstance(c, str) for c in columns):
        raise UnreadableAnswer("not a table")
    body = []
    for row in rows[:MAX_ITEMS]:
        if not isinstance(row, list) or len(row) != len(columns):
            raise UnreadableAnswer("a table row of the wrong length")
        body.append([decode(cell, depth=depth + 1) for cell in row])
    return pd.DataFrame(body, columns=columns)


def plain_text(value) -> str:
    """An answer as the gradebook shows it: numbers and text as they are, tables as CSV.

    Examples
    --------
    >>> plain_text(0.825), plain_text("nbc"), plain_text(["R1", "C2"]), plain_text(None)
    ('0.825', 'nbc', '["R1", "C2"]', '')
    """
    if value is None or value is Ellipsis:
        return ""
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else str(value)
    if isinstance(value, (str, int, Fraction)):
        return str(value)
    if isinstance(value, pd.DataFrame):
        return value.to_csv(index=False)
    try:
        return json.dumps(_jsonable(value), ensure_ascii=False)
    except (TypeError, ValueError):
        return str(value)


def _jsonable(value):
    if isinstance(value, (list, tuple, set)):
        items = sorted(value, key=str) if isinstance(value, set) else value
        return [_jsonable(v) for v in items]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, Fraction):
        return str(value)
    return value


def install(record_path: str) -> None:
    """Make ``check`` record answers to ``record_path`` (one JSON line each), with no feedback.

    Called by the grader's first cell in the graded kernel. ``check`` then
    returns None and prints :data:`RECORDED`; it never raises.
    """

    def check(exercise_id=None, answer=None, *args, **kwargs):  # noqa: ARG001 (same signature)
        try:
            entry = {"exercise": str(exercise_id)[:60], "answer": encode(answer)}
            line = json.dumps(entry, allow_nan=True)
        except Exception:  # anything a notebook can make: never fail its cell
            line = json.dumps({"exercise": str(exercise_id)[:60], "answer": {"t": "unreadable"}})
        if len(line) > MAX_LINE:
            line = json.dumps({"exercise": str(exercise_id)[:60], "answer": {"t": "too long"}})
        try:
            with open(record_path, "a", encoding="utf-8") as file:
                file.write(line + "\n")
        except OSError:
            pass
        print(RECORDED)

    kitlib.exercises.check = check
