"""A class's codings: save a coding sheet, pool many, and measure reliability per question.

In lesson 05 each student fills a coding sheet. One line saves it::

    from kitlib.frames.codings import save_coding
    save_coding(my_nbc, "my_coding.csv")

The teacher collects the files and pools them, in Python::

    from kitlib.frames import codings
    pooled = codings.read_codings(["ana.csv", "ben.csv", "chloe.csv"])
    codings.question_reliability(pooled)

or on the command line::

    framing-kit reliability codings/*.csv --html reliability.html

Reliability is reported the way content analysts report it: **per question**
(each question is one variable) **across units** (the articles coded), with
the number of units and coders behind each figure, and a note in words when
there are too few units for kappa or alpha (one or two articles are too few:
code more articles with the same codebook for a real study). Per frame, the
variable is the frame score each coder's answers give an article (a number,
so alpha uses the interval metric).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from kitlib import reliability as stats
from kitlib.errors import CodingError
from kitlib.formatting import html_table, markdown_table
from kitlib.frames import tables as frames

__all__ = [
    "CODING_COLUMNS",
    "CSS",
    "HOW_TO_READ",
    "SHEET_LINE",
    "frame_reliability",
    "question_reliability",
    "read_codings",
    "save_coding",
    "sheet_from_text",
    "summary_html",
    "summary_markdown",
]

#: The columns of a pooled table of codings (one row per coder, article and question).
CODING_COLUMNS = ["coder", "file", "article", "question_id", "frame", "answer"]


#: One line of a coding sheet written as text: "R1: yes | words copied from the article".
SHEET_LINE = re.compile(r"^\s*([A-Za-z]\d)\s*:\s*([^|]*?)\s*(?:\|\s*(.*?)\s*)?$")


def sheet_from_text(text: str, *, article: str = "NBC News") -> pd.DataFrame:
    r"""A coding sheet written as text (one line per question) as a table.

    Each line reads ``R1: yes | words copied from the article`` (the evidence after
    the bar is optional); other lines are ignored. Question ids are read without
    regard to case.

    Examples
    --------
    >>> sheet_from_text("R1: yes | Pence criticized Russia\nr2: no")[["question_id", "answer"]]
      question_id answer
    0          R1    yes
    1          R2     no
    """
    rows = []
    for line in str(text).splitlines():
        match = SHEET_LINE.match(line)
        if match:
            question, answer, evidence = match.groups()
            rows.append(
                {
                    "article": article,
                    "question_id": question.upper(),
                    "answer": answer.strip(),
                    "evidence": (evidence or "").strip(),
                }
            )
    if not rows:
        raise CodingError(
            "This text holds no coding-sheet line. Each line reads like 'R1: yes | evidence'."
        )
    return pd.DataFrame(rows, columns=["article", "question_id", "answer", "evidence"])


def save_coding(sheet, path, *, coder: str | None = None, article: str = "NBC News") -> Path:
    """Save a filled coding sheet as a CSV file, ready to hand in.

    Parameters
    ----------
    sheet : pandas.DataFrame or str
        A sheet from :func:`kitlib.frames.coding_sheet` filled with
        :func:`kitlib.frames.fill_sheet` (or :func:`kitlib.frames.reference_coding`),
        or the sheet written as text, one line per question (``R1: yes | evidence``).
    path : str or Path
        Where to write (for example ``"my_coding.csv"``; the folder is made if needed).
    coder : str, optional
        Your name or an id, written in a ``coder`` column. Without it the teacher's
        tools name you after the file.
    article : str
        The article a text sheet codes (a table names its article itself).

    Returns
    -------
    Path
        The file written (UTF-8, one row per article and question).

    Examples
    --------
    >>> import tempfile, os
    >>> sheet = frames.fill_sheet(frames.coding_sheet("Pence criticized Russia."), {"C2": "yes"})
    >>> path = save_coding(sheet, os.path.join(tempfile.mkdtemp(), "me.csv"), coder="ana")
    >>> pooled = read_codings([path]).set_index("question_id")
    >>> pooled.loc["C2", ["coder", "answer"]].tolist()
    ['ana', 'yes']
    """
    if isinstance(sheet, str):
        sheet = sheet_from_text(sheet, article=article)
    needed = {"article", "question_id", "answer"}
    if not isinstance(sheet, pd.DataFrame) or not needed <= set(sheet.columns):
        raise CodingError(
            "save_coding needs your coding sheet: the text of lines like 'R1: yes | evidence', "
            "or a table with the columns article, question_id and answer."
        )
    table = sheet.copy()
    if coder is not None:
        table.insert(0, "coder", str(coder))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(path, index=False, encoding="utf-8")
    return path


def _labels(paths: list[Path]) -> list[str]:
    """A short, distinct name for each file: its stem, or folder/stem when stems repeat."""
    stems = [p.stem for p in paths]
    labels = [
        s if stems.count(s) == 1 else f"{p.parent.name}/{s}"
        for s, p in zip(stems, paths, strict=True)
    ]
    return [lab if labels.count(lab) == 1 else str(p) for lab, p in zip(labels, paths, strict=True)]


def _read_one(path: Path, label: str) -> pd.DataFrame:
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except FileNotFoundError:
        raise CodingError(f"{path}: there is no such file.") from None
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise CodingError(
            f"{path}: this is not a coding sheet saved as CSV ({type(error).__name__}). "
            "Save it again with save_coding(sheet, 'my_coding.csv')."
        ) from None
    missing = {"question_id", "answer"} - set(table.columns)
    if missing:
        raise CodingError(
            f"{path}: no column {', '.join(sorted(missing))}. A coding sheet has the columns "
            "article, question_id, answer (save it with save_coding)."
        )
    if "article" not in table.columns:
        table["article"] = "article"
    names = table["coder"].str.strip() if "coder" in table.columns else pd.Series("", table.index)
    table["coder"] = names.where(names != "", label)
    table["file"] = str(path)
    answers = []
    for row in table.itertuples():
        try:
            value = frames.answer_value(row.answer)
        except CodingError:
            raise CodingError(
                f"{path}: {row.answer!r} is not yes or no (article {row.article!r}, "
                f"question {row.question_id}). Correct it in the file, or leave it blank."
            ) from None
        answers.append("" if value is None else ("yes" if value else "no"))
    table["answer"] = answers
    book = frames.codebook("generic").set_index("question_id")["frame"]
    table["frame"] = table["question_id"].map(book).fillna("")
    return table[CODING_COLUMNS]


def read_codings(paths: Iterable) -> pd.DataFrame:
    """Pool coding-sheet CSV files into one long table.

    Each file is one coder's sheet (one or more articles). The coder is the
    file's ``coder`` column when it has one, otherwise the file's name.

    Returns
    -------
    pandas.DataFrame
        ``coder, file, article, question_id, frame, answer`` (``answer`` is "yes",
        "no" or "" for blank; "y", "true", "1" ... are read as yes).

    Raises
    ------
    kitlib.CodingError
        For a file that is missing, is not a CSV coding sheet, holds an answer that
        is not yes or no, or when one coder answers a question twice for one article.
    """
    paths = [Path(p) for p in paths]
    if not paths:
        raise CodingError("Give at least one coding sheet (a CSV file) to pool.")
    pooled = pd.concat(
        [_read_one(p, lab) for p, lab in zip(paths, _labels(paths), strict=True)],
        ignore_index=True,
    )
    doubled = pooled[pooled.duplicated(["coder", "article", "question_id"], keep=False)]
    if not doubled.empty:
        first = doubled.iloc[0]
        files = sorted(set(doubled[doubled["coder"] == first["coder"]]["file"]))
        raise CodingError(
            f"Coder {first['coder']!r} answers question {first['question_id']} of "
            f"{first['article']!r} twice (in {', '.join(files)}). Give each coder one file, "
            "or distinct names in the coder column."
        )
    return pooled


def question_reliability(
    codings: pd.DataFrame, *, min_units: int = stats.MIN_UNITS
) -> pd.DataFrame:
    """Reliability of each codebook question across the articles coded.

    Parameters
    ----------
    codings : pandas.DataFrame
        From :func:`read_codings`.
    min_units : int
        Fewer articles than this (coded by at least two coders), and kappa and alpha
        are left blank with a note (see :func:`kitlib.reliability.by_variable`).

    Returns
    -------
    pandas.DataFrame
        ``question_id, frame, units, coders, values, percent_agreement, kappa,
        alpha, note``: one row per question.

    Examples
    --------
    >>> ref, second = frames.reference_coding(), frames.reference_coding("second_reader")
    >>> pooled = pd.concat([ref.assign(coder="reference"), second.assign(coder="second")])
    >>> table = question_reliability(pooled)
    >>> print(table.loc[:1, ["question_id", "units", "coders"]].to_string(index=False))
    question_id  units  coders
             R1      2       2
             R2      2       2
    >>> table.loc[0, "note"]
    'Only 2 units: too few for kappa or alpha (the kit asks for at least 10).'
    """
    table = stats.by_variable(
        codings, unit="article", variable="question_id", coder="coder", value="answer",
        min_units=min_units,
    )  # fmt: skip
    book = frames.codebook("generic").set_index("question_id")["frame"]
    table.insert(1, "frame", table["variable"].map(book).fillna(""))
    return table.rename(columns={"variable": "question_id"})


def frame_reliability(codings: pd.DataFrame, *, min_units: int = stats.MIN_UNITS) -> pd.DataFrame:
    """Reliability of each frame score (the mean of its questions) across the articles coded.

    Each coder's answers give each article a score per frame (see
    :func:`kitlib.frames.frame_scores`); those scores are compared with alpha for
    numbers (interval metric). Percent agreement counts identical scores; kappa is
    not given (it is for categories).

    Returns
    -------
    pandas.DataFrame
        ``frame, units, coders, values, percent_agreement, kappa, alpha, note``.
    """
    scores = []
    for coder, part in codings.groupby("coder", sort=False):
        sheet = part[["article", "question_id", "answer"]]
        table = frames.frame_scores(sheet)
        table.insert(0, "coder", coder)
        scores.append(table)
    long = pd.concat(scores, ignore_index=True)
    long["score"] = long["score"].astype(object).where(long["score"].notna(), None)
    table = stats.by_variable(
        long, unit="article", variable="frame", coder="coder", value="score",
        metric="interval", min_units=min_units,
    )  # fmt: skip
    return table.rename(columns={"variable": "frame"})


def _counts(codings: pd.DataFrame) -> str:
    files = codings["file"].nunique()
    coders = codings["coder"].nunique()
    articles = codings["article"].nunique()
    answered = (codings["answer"] != "").sum()
    return (
        f"{files} file{'s' * (files != 1)}, {coders} coder{'s' * (coders != 1)}, "
        f"{articles} article{'s' * (articles != 1)}, {answered:,} answers given."
    )


HOW_TO_READ = [
    "Each question of the codebook is one variable; its figures compare the coders "
    "article by article (the units). Pooling all questions into one figure would hide "
    "a question the coders read differently behind the easy ones.",
    "units: articles coded by at least two coders; coders: people who answered the "
    "question at least once.",
    "percent agreement: the share of pairs of coders who gave the same answer. It "
    "counts agreement that chance alone would give.",
    "kappa (mean Cohen's kappa over pairs of coders) and alpha (Krippendorff's) subtract "
    "chance: 1 is perfect, 0 is chance. Alpha of 0.8 or more is the usual standard, "
    "0.667 the floor for tentative conclusions.",
    "With fewer than {min_units} articles, no kappa or alpha is given: a figure "
    "from one or two articles swings with a single answer.",
]


def _tables(codings: pd.DataFrame, min_units: int):
    return (
        _readable(question_reliability(codings, min_units=min_units)),
        _readable(frame_reliability(codings, min_units=min_units)),
    )


def _how_to_read(min_units: int) -> list[str]:
    return [line.format(min_units=min_units) for line in HOW_TO_READ]


def _readable(table: pd.DataFrame) -> pd.DataFrame:
    """A reliability table with headings in words and figures rounded for reading."""
    shown = table.copy()
    for column in ("percent_agreement", "kappa", "alpha"):
        shown[column] = shown[column].astype(float).round(2)
    return shown.rename(columns=lambda c: c.replace("_", " "))


def summary_markdown(
    codings: pd.DataFrame, *, title: str = "Class reliability", min_units: int = stats.MIN_UNITS
) -> str:
    """A short Markdown page: what was pooled, the table per question and per frame."""
    questions, frame_table = _tables(codings, min_units)
    parts = [f"# {title}", "", _counts(codings), "", "## Per question", ""]
    parts += [markdown_table(questions), "", "## Per frame (frame scores)", ""]
    parts += [markdown_table(frame_table), "", "## How to read these tables", ""]
    parts += [f"- {line}" for line in _how_to_read(min_units)]
    return "\n".join(parts) + "\n"


CSS = (
    "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
    "color:#111}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #999;"
    "padding:.25rem .5rem;text-align:left}td.num{text-align:right}"
    "@media print{body{margin:0}}"
)


def summary_html(
    codings: pd.DataFrame, *, title: str = "Class reliability", min_units: int = stats.MIN_UNITS
) -> str:
    """The same page as :func:`summary_markdown`, as one self-contained HTML file."""
    questions, frame_table = _tables(codings, min_units)
    items = "".join(f"<li>{html.escape(line)}</li>" for line in _how_to_read(min_units))
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title><style>{CSS}</style></head><body>"
        f"<h1>{html.escape(title)}</h1><p>{html.escape(_counts(codings))}</p>"
        f"<h2>Per question</h2>{html_table(questions)}"
        f"<h2>Per frame (frame scores)</h2>{html_table(frame_table)}"
        f"<h2>How to read these tables</h2><ul>{items}</ul></body></html>\n"
    )
