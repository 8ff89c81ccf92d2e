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
from kitlib.classroom import gradebook, grading, printable, sandbox
from kitlib.errors import KitError
from kitlib.formatting import write
from kitlib.frames import codings
from kitlib.spreadsheets import write_csv

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
        help="coding sheets saved as CSV (lesson 05 saves my_coding.csv; "
        "or save_coding(sheet, 'ana_a03.csv', coder='ana', article='a03'))",
    )  # fmt: skip
    parser.add_argument("--markdown", metavar="PATH", help="write the summary as Markdown")
    parser.add_argument("--html", metavar="PATH", help="write the summary as an HTML page")
    parser.add_argument("--csv", metavar="PATH", help="write the per-question table as CSV")
    parser.add_argument(
        "--min-units", type=int, default=None, metavar="N",
        help="fewest articles for kappa and alpha (default 10)",
    )  # fmt: skip


def run_reliability(args) -> int:
    """Pool the coding sheets and write (or print) the class reliability tables.

    Every file is read; the ones that cannot be used are listed together and left
    out, and the rest are pooled (exit status 1 when some were left out).
    """
    minimum = reliability.MIN_UNITS if args.min_units is None else args.min_units
    if minimum < 2:
        _say("framing-kit reliability: --min-units must be at least 2.")
        return 2
    try:
        pooled = codings.read_codings(args.codings, skip_bad=True)
        questions = codings.question_reliability(pooled, min_units=minimum)
    except KitError as error:
        _say(f"error: {error}")
        return 1
    problems = pooled.attrs.get("problems", [])
    if problems:
        _say(
            f"{len(problems)} file(s) left out (correct them and run again):\n  - "
            + "\n  - ".join(problems)
        )
    for note in codings.pooling_notes(pooled):
        _say(f"note: {note}")
    markdown = codings.summary_markdown(pooled, min_units=minimum)
    page = codings.summary_html(pooled, min_units=minimum) if args.html else ""
    for option, text in (("markdown", markdown), ("html", page)):
        path = getattr(args, option)
        if path:
            write(text, path)
            _say(f"wrote {path}")
    if args.csv:
        write_csv(questions, args.csv)
        _say(f"wrote {args.csv}")
    if not (args.markdown or args.html or args.csv):
        print(markdown, end="")
    return 1 if problems else 0


# --------------------------------------------------------------------------
# grade
# --------------------------------------------------------------------------


def configure_grade(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="SUBMISSIONS_FOLDER", help="a folder of notebooks")
    parser.add_argument(
        "--out", metavar="PATH", default="grades.csv",
        help="the gradebook, one row per student and exercise, written as each notebook "
        "finishes; run again with the same --out to go on where it stopped (default grades.csv)",
    )  # fmt: skip
    parser.add_argument(
        "--format", choices=gradebook.FORMATS, default=None,
        help="also write one row per student for an LMS: wide, canvas or moodle",
    )  # fmt: skip
    parser.add_argument(
        "--gradebook", metavar="PATH", default=None,
        help="where to write the --format file (default: beside --out, e.g. grades-canvas.csv)",
    )  # fmt: skip
    parser.add_argument(
        "--marks", metavar="PATH", default=None,
        help="the written answers, marked by hand (the grades-written.csv file, points filled in)",
    )  # fmt: skip
    parser.add_argument(
        "--timeout", type=int, default=300, metavar="SECONDS",
        help="time limit for each notebook (default 300)",
    )  # fmt: skip
    parser.add_argument(
        "--cell-timeout", type=int, default=120, metavar="SECONDS",
        help="time limit for one cell; a longer one is interrupted, the rest runs (default 120)",
    )  # fmt: skip
    parser.add_argument(
        "--memory", type=int, default=4096, metavar="MB",
        help="memory of each process of a notebook (default 4096)",
    )  # fmt: skip
    parser.add_argument(
        "--processes", type=int, default=400, metavar="N",
        help="processes and threads a notebook may have at once (default 400)",
    )  # fmt: skip
    parser.add_argument(
        "--output-limit", type=float, default=10, metavar="MB",
        help="what one cell may print before it is stopped (default 10)",
    )  # fmt: skip
    parser.add_argument(
        "--no-sandbox", action="store_true",
        help="run notebooks as plain processes (network on, files readable): an advisory gradebook",
    )  # fmt: skip


def _beside(out: Path, suffix: str) -> Path:
    return out.with_name(f"{out.stem}-{suffix}.csv")


def _write_written(table, out: Path) -> None:
    """The written answers to mark, unless a file of them already holds the teacher's marks."""
    answers = gradebook.written_answers(table)
    if answers.empty:
        return
    path = _beside(out, "written")
    if path.exists():
        try:
            earlier = gradebook.read_marks(path)
        except gradebook.GradebookError:
            earlier = None
        if earlier is None or earlier["points"].notna().any() or earlier["comment"].ne("").any():
            _say(f"kept {path}: it holds marks of yours (give it with --marks to use them)")
            return
    write_csv(answers, path)
    _say(f"wrote {path}: {len(answers)} written answers to mark (fill in points, then --marks)")


def _write_gradebook(table, args, out: Path, marks) -> None:
    rows = table[table["lesson"] != ""]
    lessons = sorted(set(rows["lesson"])) or [""]
    if args.format == "moodle" and len(lessons) > 1:  # one grading worksheet per assignment
        parts = [(lesson, rows[rows["lesson"] == lesson]) for lesson in lessons]
    else:
        parts = [("", table)]
    for lesson, part in parts:
        book = gradebook.gradebook(part, format=args.format, marks=marks)
        if args.gradebook:
            path = Path(args.gradebook)
            path = path.with_name(f"{path.stem}-{lesson}{path.suffix}") if lesson else path
        else:
            path = _beside(out, f"{args.format}-{lesson}" if lesson else args.format)
        write_csv(book, path)
        _say(f"wrote {path}: one row per student ({args.format})")


def run_grade(args) -> int:
    """Run every notebook in the folder and write one row per student and exercise."""
    for option in ("timeout", "cell_timeout", "memory", "processes", "output_limit"):
        if getattr(args, option) <= 0:
            _say(f"framing-kit grade: --{option.replace('_', '-')} must be more than 0.")
            return 2
    try:
        marks = gradebook.read_marks(args.marks) if args.marks else None
        why = sandbox.probe()
        if why or args.no_sandbox:
            _say(
                "WARNING: the notebooks will NOT run in a sandbox ("
                + ("--no-sandbox" if args.no_sandbox else why)
                + "): the network stays on, a notebook can read files this account can read, "
                "and a process it starts can outlive it. Every row is marked advisory. Grade on "
                "Linux with user namespaces (or as root), or in a container without network."
            )
        table = grading.grade_folder(
            args.folder,
            out=args.out,
            timeout=args.timeout,
            cell_timeout=args.cell_timeout,
            memory_mb=args.memory,
            processes=args.processes,
            output_mb=args.output_limit,
            sandboxed=False if args.no_sandbox else None,
            progress=lambda name: _say(f"running {name} …"),
        )
    except KitError as error:
        _say(f"error: {error}")
        return 1
    out = Path(args.out)
    notebooks = table["notebook"].nunique()
    stopped = table[~table["status"].str.startswith("ran")]["notebook"].nunique()
    _say(
        f"wrote {out}: {len(table)} rows from {notebooks} notebook{'s' * (notebooks != 1)}; "
        f"{stopped} did not run to the end"
    )
    _write_written(table, out)
    if args.format:
        _write_gradebook(table, args, out, marks)
    if (table["isolation"] != "sandbox").any():
        _say("WARNING: this gradebook is advisory: the notebooks did not run in a sandbox.")
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
