"""CSV files that are safe to open in a spreadsheet: every CSV the kit writes goes through here.

A spreadsheet program (Excel, LibreOffice, Google Sheets) runs a cell that
begins with ``=``, ``+``, ``-`` or ``@`` as a formula, and some treat a cell
that begins with a tab or a carriage return the same way. A CSV the kit
writes can hold text that someone else typed: a student's answer in a
gradebook, a coder's name in a reliability table, a headline in a batch
table. Such a cell could run ``=HYPERLINK(...)`` or worse on the teacher's
computer ("CSV injection", OWASP). The kit therefore writes every text cell
that begins with one of those characters with a single quotation mark in
front (``'=1+1``), which every spreadsheet shows as text. A plain number
written as text (``-0.25``) cannot be a formula and is left as it is.

One rule, one owner: the gradebooks (``kitlib.classroom``), the reliability
tables and coding sheets (``kitlib.frames.codings``) and the batch tables
(``kitlib.batch``) all write their CSV files with :func:`write_csv` or
:func:`safe_table`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

__all__ = [
    "FORMULA_START",
    "safe_cell",
    "safe_table",
    "write_csv",
]

#: Characters that make a spreadsheet read a cell as a formula when they come first.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

#: A number written as text ("-0.25", "+3", "1e-3"): never a formula, left as it is.
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?")


def safe_cell(value):
    """A cell as written to a CSV file: text that a spreadsheet would run gets a ``'`` in front.

    Anything that is not text (a number, a missing value) is returned unchanged.

    Examples
    --------
    >>> safe_cell('=HYPERLINK("http://example.com", "click")')
    '\\'=HYPERLINK("http://example.com", "click")'
    >>> safe_cell("@SUM(A1:A9)"), safe_cell("  =1+1")
    ("'@SUM(A1:A9)", "'  =1+1")
    >>> safe_cell("-0.25"), safe_cell(-0.25), safe_cell("Pence split from Trump")
    ('-0.25', -0.25, 'Pence split from Trump')
    """
    if not isinstance(value, str) or not value:
        return value
    stripped = value.lstrip(" ")
    if stripped.startswith(FORMULA_START) and not _PLAIN_NUMBER.fullmatch(stripped):
        return "'" + value
    return value


def safe_table(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of a table whose text cells and column names are safe for a spreadsheet.

    Examples
    --------
    >>> safe_table(pd.DataFrame({"answer": ["=1+1", "nbc"], "points": [0, 1]}))
      answer  points
    0  '=1+1       0
    1    nbc       1
    """
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(safe_cell).astype(object)
    safe.columns = [safe_cell(c) if isinstance(c, str) else c for c in safe.columns]
    return safe


def write_csv(table: pd.DataFrame, path, *, append: bool = False) -> Path:
    """Write a table as UTF-8 CSV, every text cell made safe (:func:`safe_cell`).

    Parameters
    ----------
    table : pandas.DataFrame
        The rows to write.
    path : str or Path
        The file (its folder is made if needed).
    append : bool
        Add the rows at the end of the file, without a header line (the file
        must already hold one).

    Returns
    -------
    Path
        The file written.

    Examples
    --------
    >>> import os, tempfile
    >>> target = os.path.join(tempfile.mkdtemp(), "t.csv")
    >>> path = write_csv(pd.DataFrame({"name": ["@ana"]}), target)
    >>> path.read_text(encoding="utf-8")
    "name\\n'@ana\\n"
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = safe_table(table).to_csv(index=False, header=not append, lineterminator="\n")
    with open(path, "a" if append else "w", encoding="utf-8", newline="") as file:
        file.write(text)
        file.flush()
    return path
