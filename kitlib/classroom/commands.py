"""The teacher's commands: pool a class's codings, grade a folder of notebooks, print the codebook.

Each command is a pair of functions, ``configure_NAME(parser)`` (its options)
and ``run_NAME(args) -> int`` (exit status), registered by the command line
(``framing-kit NAME``)::

    framing-kit reliability codings/*.csv --markdown reliability.md
    framing-kit grade submissions/ --out grades.csv
    framing-kit codebook --out coding_sheet.html
    framing-kit slides

Messages go to stderr; exit status 0 when the work was done, 1 when an input
could not be used (the message says why and what to do), 2 for a mistake in
the command.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kitlib import reliability
from kitlib.classroom import grading, printable
from kitlib.errors import KitError
from kitlib.formatting import write
from kitlib.frames import codings

__all__ = [
    "COMMANDS",
    "configure_codebook",
    "configure_grade",
    "configure_reliability",
    "configure_slides",
    "run_codebook",
    "run_grade",
    "run_reliability",
    "run_slides",
]


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------
# reliability
# --------------------------------------------------------------------------


def configure_reliability(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "codings", nargs="+", metavar="CODING",
        help="coding sheets saved as CSV (lesson 05: save_coding(sheet, 'my_coding.csv'))",
    )  # fmt: skip
    parser.add_argument("--markdown", metavar="PATH", help="write the summary as Markdown")
    parser.add_argument("--html", metavar="PATH", help="write the summary as an HTML page")
    parser.add_argument("--csv", metavar="PATH", help="write the per-question table as CSV")
    parser.add_argument(
        "--min-units", type=int, default=None, metavar="N",
        help="fewest articles for kappa and alpha (default 10)",
    )  # fmt: skip


def run_reliability(args) -> int:
    """Pool the coding sheets and write (or print) the class reliability tables."""
    minimum = reliability.MIN_UNITS if args.min_units is None else args.min_units
    if minimum < 2:
        _say("framing-kit reliability: --min-units must be at least 2.")
        return 2
    try:
        pooled = codings.read_codings(args.codings)
        questions = codings.question_reliability(pooled, min_units=minimum)
    except KitError as error:
        _say(f"error: {error}")
        return 1
    markdown = codings.summary_markdown(pooled, min_units=minimum)
    page = codings.summary_html(pooled, min_units=minimum) if args.html else ""
    for option, text in (("markdown", markdown), ("html", page)):
        path = getattr(args, option)
        if path:
            write(text, path)
            _say(f"wrote {path}")
    if args.csv:
        Path(args.csv).parent.mkdir(parents=True, exist_ok=True)
        questions.to_csv(args.csv, index=False, encoding="utf-8")
        _say(f"wrote {args.csv}")
    if not (args.markdown or args.html or args.csv):
        print(markdown, end="")
    return 0


# --------------------------------------------------------------------------
# grade
# --------------------------------------------------------------------------


def configure_grade(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="SUBMISSIONS_FOLDER", help="a folder of notebooks")
    parser.add_argument("--out", metavar="PATH", default="grades.csv", help="the CSV to write")
    parser.add_argument(
        "--timeout", type=int, default=300, metavar="SECONDS",
        help="time limit for each notebook (default 300)",
    )  # fmt: skip
    parser.add_argument(
        "--cell-timeout", type=int, default=120, metavar="SECONDS",
        help="time limit for one cell (default 120)",
    )  # fmt: skip


def run_grade(args) -> int:
    """Run every notebook in the folder and write one row per student and exercise."""
    try:
        table = grading.grade_folder(
            args.folder,
            timeout=args.timeout,
            cell_timeout=args.cell_timeout,
            progress=lambda name: _say(f"running {name} …"),
        )
    except KitError as error:
        _say(f"error: {error}")
        return 1
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(out, index=False, encoding="utf-8")
    notebooks = table["notebook"].nunique()
    failed = table[~table["status"].str.startswith("ran")]["notebook"].nunique()
    _say(
        f"wrote {out}: {len(table)} rows from {notebooks} notebook{'s' * (notebooks != 1)}; "
        f"{failed} did not run to the end"
    )
    return 0


# --------------------------------------------------------------------------
# codebook (printable)
# --------------------------------------------------------------------------


def configure_codebook(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out", metavar="PATH", default="coding_sheet.html",
        help="the HTML page to write (default coding_sheet.html)",
    )  # fmt: skip


def run_codebook(args) -> int:
    """Write the printable codebook and coding sheet."""
    write(printable.codebook_html(), args.out)
    _say(f"wrote {args.out}")
    return 0


def configure_slides(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "notebook", nargs="?", default=None, metavar="NOTEBOOK",
        help="the slides notebook (default: lessons/teacher/opening_slides.ipynb)",
    )  # fmt: skip
    parser.add_argument("--out", metavar="PATH", help="the HTML deck (default: beside it)")


def run_slides(args) -> int:
    """Write the slide deck of a notebook (nbconvert's slides output)."""
    notebook = Path(args.notebook) if args.notebook else printable.SLIDES
    if not notebook.is_file():
        _say(f"error: {notebook}: there is no such notebook.")
        return 1
    out = Path(args.out) if args.out else notebook.with_suffix(".slides.html")
    write(printable.slides_html(notebook), out)
    _say(f"wrote {out}")
    return 0


#: name: (help, configure, run) for each of the teacher's commands.
COMMANDS = {
    "reliability": (
        "pool a class's coding sheets: reliability per question and per frame",
        configure_reliability,
        run_reliability,
    ),
    "grade": (
        "run a folder of submitted notebooks and write one row per student and exercise",
        configure_grade,
        run_grade,
    ),
    "codebook": (
        "write the printable codebook and coding sheet (HTML)",
        configure_codebook,
        run_codebook,
    ),
    "slides": (
        "write a notebook's slide deck (the opening session's by default)",
        configure_slides,
        run_slides,
    ),
}
