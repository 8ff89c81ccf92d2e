"""A class's codings: save a coding sheet, pool many, and measure reliability per question.

In lesson 05 each student fills a coding sheet; its check saves the first
complete one to ``my_coding.csv`` before showing anything (so the coding
handed in is the student's own reading). One line saves any sheet::

    from kitlib.frames.codings import save_coding
    save_coding(my_nbc, "my_coding.csv", coder="Ana Lopez")

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
from kitlib.spreadsheets import write_csv

__all__ = [
    "CODER_LINE",
    "CODING_COLUMNS",
    "CSS",
    "EXAMPLE_NAMES",
    "HOW_TO_READ",
    "SHEET_LINE",
    "frame_reliability",
    "is_example_name",
    "pooling_notes",
    "question_id",
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
SHEET_LINE = re.compile(r"^\s*([A-Za-z]\s?\d)\s*:\s*([^|]*?)\s*(?:\|\s*(.*?)\s*)?$")

#: The line of a text sheet that names its coder: "coder: Ana Lopez".
CODER_LINE = re.compile(r"^\s*coder\s*[:=]\s*(.*?)\s*$", re.IGNORECASE)

#: Coder names that are the lesson's example or a placeholder, not a person: refused.
EXAMPLE_NAMES = ("your name", "yourname", "name", "my name", "coder", "student", "their name")


def is_example_name(name) -> bool:
    """True for a coder name that is the lesson's example or a placeholder ("your name").

    Examples
    --------
    >>> is_example_name(" Your Name "), is_example_name("<your name>"), is_example_name("Ana")
    (True, True, False)
    """
    folded = " ".join(re.sub(r"[^\w]+", " ", str(name)).lower().split())
    return folded in EXAMPLE_NAMES or folded.replace(" ", "") in EXAMPLE_NAMES


def question_id(value) -> str:
    """A question id as the codebook writes it: "r1 " and "R 1" are "R1".

    >>> question_id(" r1 "), question_id("C 2")
    ('R1', 'C2')
    """
    return re.sub(r"\s+", "", str(value)).upper()


def sheet_from_text(text: str, *, article: str = "NBC News") -> pd.DataFrame:
    r"""A coding sheet written as text (one line per question) as a table.

    Each line reads ``R1: yes | words copied from the article`` (the evidence after
    the bar is optional); a line ``coder: NAME`` gives a ``coder`` column; other
    lines are ignored. Question ids are read without regard to case.

    Examples
    --------
    >>> sheet_from_text("R1: yes | Pence criticized Russia\nr2: no")[["question_id", "answer"]]
      question_id answer
    0          R1    yes
    1          R2     no
    """
    rows, coder = [], ""
    for line in str(text).splitlines():
        named = CODER_LINE.match(line)
        if named:
            coder = named.group(1).strip("\"'")
            continue
        match = SHEET_LINE.match(line)
        if match:
            question, answer, evidence = match.groups()
            rows.append(
                {
                    "article": article,
                    "question_id": question_id(question),
                    "answer": answer.strip(),
                    "evidence": (evidence or "").strip(),
                }
            )
    if not rows:
        raise CodingError(
            "This text holds no coding-sheet line. Each line reads like 'R1: yes | evidence'."
        )
    table = pd.DataFrame(rows, columns=["article", "question_id", "answer", "evidence"])
    if coder:
        table.insert(0, "coder", coder)
    return table


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
    coder : str
        Your name (or the id your teacher gives you), written in a ``coder`` column
        so the teacher's pooling knows whose coding it is, whatever the file is
        called and however many files (one per article) you hand in. It may be
        left out when the sheet names its coder (a ``coder: NAME`` line of a text
        sheet, or a ``coder`` column). The lesson's example, "your name", is refused.
    article : str
        The article a text sheet codes (a table names its article itself).

    Returns
    -------
    Path
        The file written (UTF-8, one row per article and question).

    Raises
    ------
    kitlib.CodingError
        Without a coder's name (or with the example's), or for something that is not a sheet.

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
    if coder is None and "coder" in table.columns:
        named = {str(c).strip() for c in table["coder"]}
        coder = named.pop() if len(named) == 1 else None
    if coder is None or not str(coder).strip():
        raise CodingError(
            "Give your name as the coder: save_coding(sheet, 'my_coding.csv', coder='Ana Lopez'). "
            "The teacher's pooling needs it to know whose coding each file is."
        )
    if is_example_name(coder):
        raise CodingError(
            f"{coder!r} is the lesson's example, not a name: write your own name (or the id your "
            "teacher gave you) as the coder."
        )
    table = table.drop(columns=["coder"], errors="ignore")
    table.insert(0, "coder", str(coder).strip())
    return write_csv(table, path)


def _labels(paths: list[Path]) -> list[str]:
    """A short, distinct name for each file: its stem, or folder/stem when stems repeat."""
    stems = [p.stem for p in paths]
    labels = [
        s if stems.count(s) == 1 else f"{p.parent.name}/{s}"
        for s, p in zip(stems, paths, strict=True)
    ]
    return [lab if labels.count(lab) == 1 else str(p) for lab, p in zip(labels, paths, strict=True)]


def _read_one(path: Path, label: str) -> tuple[pd.DataFrame | None, str]:
    """One coding sheet as pooled rows, or None and what is wrong with the file."""
    if path.is_dir():
        return None, (f"{path} is a folder: give the coding sheets in it, for example {path}/*.csv")
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except FileNotFoundError:
        return None, f"{path}: there is no such file."
    except pd.errors.EmptyDataError:
        return None, f"{path}: the file is empty. Save the coding again with save_coding."
    except (UnicodeDecodeError, pd.errors.ParserError) as error:
        return None, (
            f"{path}: this is not a coding sheet saved as CSV ({type(error).__name__}). "
            "Save it again with save_coding(sheet, 'my_coding.csv', coder='NAME')."
        )
    table.columns = [str(c).strip().lower().lstrip("'") for c in table.columns]
    missing = {"question_id", "answer"} - set(table.columns)
    if missing:
        return None, (
            f"{path}: no column {', '.join(sorted(missing))}. A coding sheet has the columns "
            "coder, article, question_id, answer (save it with save_coding)."
        )
    if table.empty:
        return None, f"{path}: the file holds no answers (only its header line)."
    if "article" not in table.columns:
        table["article"] = "article"
    table["article"] = table["article"].str.strip()
    names = table["coder"].str.strip() if "coder" in table.columns else pd.Series("", table.index)
    table["coder"] = names.where(names != "", label)
    examples = sorted({n for n in names if n and is_example_name(n)})
    if examples:
        return None, (
            f"{path}: the coder is {examples[0]!r}, the lesson's example: write the student's "
            "own name in the coder column (or save the sheet again with coder='NAME')."
        )
    table["file"] = str(path)
    table["question_id"] = table["question_id"].map(question_id)
    known = set(frames.codebook("generic")["question_id"])
    unknown = sorted(set(table["question_id"]) - known)
    if unknown:
        return None, (
            f"{path}: {', '.join(repr(u) for u in unknown[:5])} is not a question id of the "
            "codebook (R1 … E3)."
        )
    answers, bad = [], []
    for row in table.itertuples():
        try:
            value = frames.answer_value(row.answer)
        except CodingError:
            bad.append(f"{row.answer!r} is not yes or no ({row.question_id} of {row.article!r})")
            continue
        answers.append("" if value is None else ("yes" if value else "no"))
    if bad:
        return None, f"{path}: {'; '.join(bad[:5])}. Correct it in the file (yes, no, or blank)."
    table["answer"] = answers
    doubled = table[table.duplicated(["coder", "article", "question_id"], keep=False)]
    if not doubled.empty:
        first = doubled.iloc[0]
        return None, (
            f"{path}: question {first['question_id']} of {first['article']!r} is answered twice "
            f"by {first['coder']!r}. Keep one answer per question and article."
        )
    book = frames.codebook("generic").set_index("question_id")["frame"]
    table["frame"] = table["question_id"].map(book).fillna("")
    return table[CODING_COLUMNS], ""


def read_codings(paths: Iterable, *, skip_bad: bool = False) -> pd.DataFrame:
    r"""Pool coding-sheet CSV files into one long table.

    Each file is one coder's sheet (one or more articles); one coder may hand in
    several files (one per article). The coder is the file's ``coder`` column
    when it has one, otherwise the file's name. Every file is read, and every
    problem is reported at once: a missing file, a folder, an empty or
    header-only file, an answer that is not yes or no, a question id the
    codebook does not have (``"r1 "`` is read as ``R1``), the lesson's example
    name as the coder, one coder answering the same question of the same
    article twice (in one file or in two).

    Parameters
    ----------
    paths : iterable of str or Path
        The coding sheets.
    skip_bad : bool
        False: any problem raises :class:`kitlib.CodingError` listing them all.
        True: the files with a problem are left out, the rest pooled, and the
        problems listed in ``table.attrs["problems"]`` (``framing-kit
        reliability`` does this and prints them).

    Returns
    -------
    pandas.DataFrame
        ``coder, file, article, question_id, frame, answer`` (``answer`` is "yes",
        "no" or "" for blank; "y", "true", "1" ... are read as yes).

    Examples
    --------
    >>> import os, tempfile
    >>> folder = tempfile.mkdtemp()
    >>> ana = save_coding("coder: Ana\nr1: yes\nC2: no", os.path.join(folder, "ana.csv"))
    >>> bad = os.path.join(folder, "ben.csv")
    >>> _ = open(bad, "w", encoding="utf-8").write("coder,question_id,answer\nBen,R1,maybe\n")
    >>> pooled = read_codings([ana, bad], skip_bad=True)
    >>> pooled[["coder", "question_id", "answer"]].values.tolist()
    [['Ana', 'R1', 'yes'], ['Ana', 'C2', 'no']]
    >>> print(pooled.attrs["problems"][0].split(": ", 1)[1])
    'maybe' is not yes or no (R1 of 'article'). Correct it in the file (yes, no, or blank).
    """
    paths = [Path(p) for p in paths]
    if not paths:
        raise CodingError("Give at least one coding sheet (a CSV file) to pool.")
    tables, problems = [], []
    for path, label in zip(paths, _labels(paths), strict=True):
        table, problem = _read_one(path, label)
        if problem:
            problems.append(problem)
        else:
            tables.append(table)
    pooled = (
        pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(columns=CODING_COLUMNS)
    )
    clash = pooled[pooled.duplicated(["coder", "article", "question_id"], keep=False)]
    if not clash.empty:
        for coder, part in clash.groupby("coder", sort=True):
            files = sorted(set(part["file"]))
            problems.append(
                f"{', '.join(files)}: the same coder {coder!r} answers the same questions of "
                f"{part['article'].iloc[0]!r} in each. Give each student their own name in the "
                "coder column (save_coding(..., coder='NAME'))."
            )
        pooled = pooled[~pooled["file"].isin(set(clash["file"]))].reset_index(drop=True)
    if problems and not skip_bad:
        raise CodingError(
            f"{len(problems)} coding sheet(s) cannot be pooled:\n  - " + "\n  - ".join(problems)
        )
    if pooled.empty:
        raise CodingError(
            "No coding sheet could be pooled:\n  - " + "\n  - ".join(problems or ["no answers"])
        )
    pooled.attrs["problems"] = problems
    return pooled


def pooling_notes(codings: pd.DataFrame) -> list[str]:
    """Warnings about how the files were pooled, in words (empty when there is nothing to say).

    The main one: as many coders as files. That is right when each student
    handed in one file, but when a student's coding is split over several files
    (one per article) without a coder column, each file is read as another
    coder, and kappa and alpha then compare one coder's article with another's.

    Examples
    --------
    >>> table = pd.DataFrame({"coder": ["a03", "a04"], "file": ["a03.csv", "a04.csv"],
    ...                       "article": ["a03", "a04"]})
    >>> print(pooling_notes(table)[0])  # doctest: +ELLIPSIS
    2 files were read as 2 coders, one per file. ... which is what such a split looks like.
    """
    files, coders = codings["file"].nunique(), codings["coder"].nunique()
    notes = []
    if files > 1 and files == coders:
        per_coder = codings.groupby("coder")["article"].nunique()
        articles = codings["article"].nunique()
        notes.append(
            f"{files} files were read as {coders} coders, one per file. That is right when "
            "every student handed in one file. If a student's coding is split over several "
            "files (one per article), give those files one coder name (the coder column, or "
            "save_coding(..., coder='NAME')), or each file counts as another coder"
            + (
                ": here every coder coded a single article, which is what such a split looks like."
                if articles > 1 and (per_coder == 1).all()
                else "."
            )
        )
    return notes


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

    Examples
    --------
    >>> import pandas as pd
    >>> from kitlib import frames
    >>> ref, second = frames.reference_coding(), frames.reference_coding("second_reader")
    >>> pooled = pd.concat([ref.assign(coder="reference"), second.assign(coder="second")])
    >>> table = frame_reliability(pooled)
    >>> sorted(table["frame"]) == sorted(frames.FRAMES), int(table["units"].max())
    (True, 2)
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
    """A short Markdown page: what was pooled, the table per question and per frame.

    >>> import pandas as pd
    >>> from kitlib import frames
    >>> ref, second = frames.reference_coding(), frames.reference_coding("second_reader")
    >>> pooled = pd.concat([ref.assign(coder="reference"), second.assign(coder="second")])
    >>> page = summary_markdown(pooled.assign(file="sheets.csv"))
    >>> page.splitlines()[0], "## Per question" in page
    ('# Class reliability', True)
    """
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
    """The same page as :func:`summary_markdown`, as one self-contained HTML file.

    >>> import pandas as pd
    >>> from kitlib import frames
    >>> ref, second = frames.reference_coding(), frames.reference_coding("second_reader")
    >>> pooled = pd.concat([ref.assign(coder="reference"), second.assign(coder="second")])
    >>> summary_html(pooled.assign(file="sheets.csv")).startswith("<!DOCTYPE html>")
    True
    """
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
