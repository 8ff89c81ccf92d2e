"""How a table is written for people: cells in words, HTML and Markdown tables, files.

The comparison report, the class's reliability report and the command line all
write tables this one way, so a number looks the same everywhere:

>>> import pandas as pd
>>> print(markdown_table(pd.DataFrame({"speaker": ["Mike Pence"], "quoted_words": [1234]})))
| speaker | quoted_words |
|---|---|
| Mike Pence | 1,234 |
"""

from __future__ import annotations

import html
import math
from pathlib import Path

import pandas as pd

__all__ = ["MAX_TABLE_ROWS", "cell_text", "html_table", "markdown_table", "readable", "write"]

#: Longest table the report shows in full; longer ones show their first rows.
MAX_TABLE_ROWS = 40


def cell_text(value) -> tuple[str, bool]:
    """A table cell's text and whether it is a number (right-aligned).

    >>> cell_text(1234), cell_text(0.4567), cell_text(None), cell_text(True)
    (('1,234', True), ('0.46', True), ('–', False), ('yes', False))
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–", False
    if isinstance(value, bool):
        return ("yes" if value else "no"), False
    if isinstance(value, int) or (hasattr(value, "dtype") and "int" in str(value.dtype)):
        return f"{int(value):,}", True
    if isinstance(value, float) or (hasattr(value, "dtype") and "float" in str(value.dtype)):
        value = float(value)
        if value.is_integer() and abs(value) < 1e15:  # a count stored as a float: "1", not "1.00"
            return f"{int(value):,}", True
        return (f"{value:,.2f}" if abs(value) < 10 else f"{value:,.1f}"), True
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value), False
    return str(value), False


def readable(table: pd.DataFrame, *, keep=()) -> pd.DataFrame:
    """The table with headings in words ("quoted_words" becomes "quoted words").

    Columns named in ``keep`` (the articles' names) are left exactly as they are.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame(columns=["quoted_words", "NBC_News"])
    >>> list(readable(table, keep=["NBC_News"]).columns)
    ['quoted words', 'NBC_News']
    """
    return table.rename(columns=lambda c: c if c in keep else str(c).replace("_", " "))


def html_table(table: pd.DataFrame, *, link_column: str | None = None) -> str:
    """A DataFrame as an HTML table (escaped; ``link_column`` values become links).

    Examples
    --------
    >>> import pandas as pd
    >>> html_table(pd.DataFrame({"speaker": ["Mike Pence"], "quotes": [12]}))[:35]
    "<table><thead><tr><th scope='col'>s"
    """
    if table.empty:
        return "<p class='note'>Nothing to show: the table is empty.</p>"
    shown = table.head(MAX_TABLE_ROWS)
    head = "".join(f"<th scope='col'>{html.escape(str(c))}</th>" for c in shown.columns)
    body = []
    for row in shown.itertuples(index=False):
        cells = []
        for column, value in zip(shown.columns, row, strict=True):
            text, numeric = cell_text(value)
            if column == link_column and text.startswith(("http://", "https://")):
                url = html.escape(text, quote=True)
                cells.append(f"<td><a href='{url}' rel='noreferrer'>{html.escape(text)}</a></td>")
            else:
                css = " class='num'" if numeric else ""
                cells.append(f"<td{css}>{html.escape(text)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    more = ""
    if len(table) > len(shown):
        more = (
            f"<p class='note'>Showing the first {len(shown)} of {len(table)} rows; "
            "the full table is in the Comparison object.</p>"
        )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>{more}"


def markdown_table(table: pd.DataFrame) -> str:
    """A DataFrame as a Markdown (pipe) table.

    Examples
    --------
    >>> import pandas as pd
    >>> print(markdown_table(pd.DataFrame({"speaker": ["Pence"], "share": [0.4567]})))
    | speaker | share |
    |---|---|
    | Pence | 0.46 |
    """
    if table.empty:
        return "*(empty table)*"
    shown = table.head(MAX_TABLE_ROWS)

    def cell(value) -> str:
        return cell_text(value)[0].replace("|", "\\|").replace("\n", " ")

    lines = [
        "| " + " | ".join(cell(c) for c in shown.columns) + " |",
        "|" + "|".join("---" for _ in shown.columns) + "|",
    ]
    for row in shown.itertuples(index=False):
        lines.append("| " + " | ".join(cell(v) for v in row) + " |")
    if len(table) > len(shown):
        lines.append(f"\n*First {len(shown)} of {len(table)} rows.*")
    return "\n".join(lines)


def write(text: str, path) -> Path:
    """Write a report to ``path`` as UTF-8, making its folder if needed.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> write("# A memo", folder / "memos" / "memo.md").read_text(encoding="utf-8")
    '# A memo'
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
