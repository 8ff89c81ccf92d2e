"""The kit's command line (``framing-kit``, or ``python -m kitlib``).

Each subcommand is one entry of :data:`COMMANDS`: a function that adds its
options to the parser and a function that runs it. To add a subcommand, write
those two functions (in the module that owns the work) and add one line there.

Examples (from the kit's folder)::

    python -m kitlib compare nbc cnn --html report.html
    python -m kitlib compare mine.txt theirs.html --outlet "Daily A" --outlet "Daily B"
    framing-kit compare courier evening_post --markdown memo.md

An article is ``nbc`` or ``cnn`` (the bundled pair), ``courier`` or
``evening_post`` (the invented pair of lesson 07), or the path of a ``.txt``
file or a web page saved as ``.html``. Without ``--html`` or ``--markdown``
the summary table is printed as Markdown. Progress and warnings go to
stderr, so the printed summary can be redirected to a file.

Exit status: 0 when the report was written, 1 when an article could not be
used (the message says why and what to do), 2 for a mistake in the command.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

from kitlib.articles import load_source
from kitlib.classroom import commands as classtools
from kitlib.errors import KitError
from kitlib.formatting import markdown_table
from kitlib.report import compare

__all__ = [
    "ARTICLE_HELP",
    "COMMANDS",
    "DESCRIPTION",
    "add_compare_options",
    "build_parser",
    "main",
    "run_compare",
]

DESCRIPTION = "Compare how news articles framed the same event, side by side."

ARTICLE_HELP = (
    "an article: nbc or cnn (the bundled pair), courier or evening_post (the invented "
    "pair), or the path of a .txt file or a web page saved as .html"
)


def add_compare_options(compare: argparse.ArgumentParser) -> None:
    """The options of ``framing-kit compare``."""
    compare.add_argument("articles", nargs="+", metavar="ARTICLE", help=ARTICLE_HELP)
    compare.add_argument("--html", metavar="PATH", help="write the HTML report to PATH")
    compare.add_argument("--markdown", metavar="PATH", help="write the Markdown report to PATH")
    compare.add_argument(
        "--outlet",
        action="append",
        default=[],
        metavar="NAME",
        help="the outlet of a file, once per file in order (plain text has no outlet)",
    )
    compare.add_argument(
        "--title",
        action="append",
        default=[],
        metavar="HEADLINE",
        help="the headline of a file, once per file in order",
    )
    compare.add_argument("--report-title", metavar="TEXT", help="the report's own heading")
    compare.add_argument("--quiet", action="store_true", help="do not show progress")


def _nth(values: list[str], i: int) -> str | None:
    return values[i] if i < len(values) else None


def _note(message: str, quiet: bool = False) -> None:
    if not quiet:
        print(message, file=sys.stderr, flush=True)


def run_compare(args) -> int:
    """Load the articles, compare them, and write or print the report."""
    if len(args.articles) < 2:
        print("framing-kit compare: give at least two articles to compare.", file=sys.stderr)
        return 2
    for option in ("outlet", "title"):
        given = getattr(args, option)
        if len(given) > len(args.articles):
            print(
                f"framing-kit compare: {len(given)} --{option} values for "
                f"{len(args.articles)} articles; give at most one per article, in order.",
                file=sys.stderr,
            )
            return 2
    articles = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for i, source in enumerate(args.articles):
            _note(f"loading {source} …", args.quiet)
            try:
                article = load_source(
                    source, outlet=_nth(args.outlet, i), headline=_nth(args.title, i)
                )
            except KitError as error:
                print(f"error: {source}: {error}", file=sys.stderr)
                return 1
            articles.append(article)
    for warning in caught:
        if warning.category.__name__ != "NonEnglishWarning":  # compare() says it as an error
            _note(f"warning: {warning.message}", args.quiet)
    try:
        result = compare(*articles, progress=lambda step: _note(f"analysing: {step} …", args.quiet))
    except KitError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if args.html:
        _note("drawing the figures and writing the HTML report …", args.quiet)
        result.to_html(args.html, title=args.report_title)
        _note(f"wrote {Path(args.html).resolve()}", args.quiet)
    if args.markdown:
        result.to_markdown(args.markdown, title=args.report_title)
        _note(f"wrote {Path(args.markdown).resolve()}", args.quiet)
    if not args.html and not args.markdown:
        print(markdown_table(result.summary))
    return 0


#: Every subcommand: name -> (one-line help, add its options, run it and return the exit status).
COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Callable[..., int]]] = {
    "compare": (
        "compare two or more articles and write a side-by-side report",
        add_compare_options,
        run_compare,
    ),
    "batch": (
        "analyse a folder of articles; one row per article in a .csv or .parquet file",
        lambda parser: importlib.import_module("kitlib.batch").add_batch_options(parser),
        lambda args: importlib.import_module("kitlib.batch").run_batch(args),
    ),
    **classtools.COMMANDS,  # the teacher's: reliability, grade, codebook, slides
}


def build_parser() -> argparse.ArgumentParser:
    """The command line's options (``python -m kitlib --help`` shows them)."""
    parser = argparse.ArgumentParser(prog="framing-kit", description=DESCRIPTION)
    commands = parser.add_subparsers(dest="command", metavar="command")
    for name, (summary, add_options, _) in COMMANDS.items():
        add_options(commands.add_parser(name, help=summary, description=summary[0].upper()
                                        + summary[1:] + "."))  # fmt: skip
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.command not in COMMANDS:
        parser.print_help(sys.stderr)
        return 2
    try:
        return COMMANDS[args.command][2](args)
    except BrokenPipeError:  # output piped into `head`, which stopped reading
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
