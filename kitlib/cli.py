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
import codecs
import os
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

from kitlib.articles import ENCODINGS_TO_TRY, load_source
from kitlib.batch import TIME_LIMIT, analyze_many, per_article, require_pyarrow, results_lock
from kitlib.classroom import commands as classtools
from kitlib.errors import KitError
from kitlib.formatting import markdown_table
from kitlib.report import compare
from kitlib.report.comparison import provenance
from kitlib.spreadsheets import safe_table

__all__ = [
    "ARTICLE_HELP",
    "BATCH_SUFFIXES",
    "COMMANDS",
    "DESCRIPTION",
    "NOT_FOUND",
    "add_batch_options",
    "add_compare_options",
    "add_corrections_option",
    "add_encoding_option",
    "build_parser",
    "find_files",
    "main",
    "run_batch",
    "run_compare",
    "with_provenance",
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
    add_corrections_option(compare)
    compare.add_argument(
        "--tables",
        metavar="DIR",
        help="also write every table behind the report as CSV files in DIR (quotations with "
        "speaker, rule, confidence and offsets; people; frames; provenance)",
    )
    add_encoding_option(compare)
    compare.add_argument("--quiet", action="store_true", help="do not show progress")


def add_corrections_option(parser: argparse.ArgumentParser) -> None:
    """``--corrections CSV``: a researcher's corrections, applied before any analysis."""
    parser.add_argument(
        "--corrections",
        metavar="CSV",
        help="a corrections file (columns article, correct, where, value: a headline, dek, "
        "paragraph to drop, a quotation's speaker, a person's name or gender; see the README)",
    )


def add_encoding_option(parser: argparse.ArgumentParser) -> None:
    """``--encoding NAME``: the text encoding of the files, when detection gets it wrong."""
    parser.add_argument(
        "--encoding",
        metavar="NAME",
        help="the text encoding of the files (default: UTF-8, or detected, with a warning "
        f"naming it); for files saved on Windows try {ENCODINGS_TO_TRY[0]}",
    )


def _unknown_encoding(args) -> bool:
    """True (after saying so) if ``--encoding`` names an encoding Python does not know."""
    if args.encoding is None:
        return False
    try:
        codecs.lookup(args.encoding)
    except LookupError:
        print(
            f"framing-kit {args.command}: Python does not know an encoding called "
            f"{args.encoding!r}. Try one of: {', '.join(ENCODINGS_TO_TRY)}.",
            file=sys.stderr,
        )
        return True
    return False


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
    if _unknown_encoding(args):
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
                    source,
                    encoding=args.encoding,
                    outlet=_nth(args.outlet, i),
                    headline=_nth(args.title, i),
                )
            except KitError as error:
                print(f"error: {source}: {error}", file=sys.stderr)
                return 1
            articles.append(article)
    for warning in caught:
        if warning.category.__name__ != "NonEnglishWarning":  # compare() says it as an error
            _note(f"warning: {warning.message}", args.quiet)
    try:
        result = compare(
            *articles,
            progress=lambda step: _note(f"analysing: {step} …", args.quiet),
            corrections=args.corrections,
        )
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
    if args.tables:
        written = result.to_tables(args.tables)
        _note(f"wrote {len(written)} tables in {Path(args.tables).resolve()}", args.quiet)
    if not args.html and not args.markdown and not args.tables:
        print(markdown_table(result.summary))
    return 0


# --------------------------------------------------------------------------
# framing-kit batch: a folder of articles into one table (the work: kitlib.batch)
# --------------------------------------------------------------------------

#: The files ``framing-kit batch`` reads from a folder.
BATCH_SUFFIXES = (".txt", ".html", ".htm")

#: Why an input given on the command line was not read.
NOT_FOUND = "not found"


def add_batch_options(parser: argparse.ArgumentParser) -> None:
    """The options of ``framing-kit batch``."""
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="FOLDER_OR_FILE",
        help="a folder (every .txt, .html and .htm file in it and its subfolders) or files",
    )
    parser.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help="where to write the table, one row per article: a .csv or .parquet file",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="worker processes on this computer (default 1; 0 means one per core)",
    )
    parser.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="run on a Dask cluster: its scheduler's address (tcp://host:8786), or 'local' "
        "to start one on this computer (needs the scale extra: pip install 'media-framing-kit"
        "[scale]')",
    )
    parser.add_argument(
        "--time-limit",
        type=float,
        default=TIME_LIMIT,
        metavar="SECONDS",
        help=f"stop an article that takes longer than this (default {TIME_LIMIT:g}; 0 for no "
        "limit); it gets a row saying so and the others go on",
    )
    parser.add_argument(
        "--metadata",
        metavar="CSV",
        help="facts about the files, one row per file: a 'file' column (the file's name) and "
        "any of outlet, headline, dek, date; they fill the table's outlet, headline and date",
    )
    add_corrections_option(parser)
    add_encoding_option(parser)
    parser.add_argument("--quiet", action="store_true", help="no progress bar")


def find_files(inputs: list[str]) -> tuple[list[Path], list[tuple[str, str]]]:
    """The article files named or found in folders, sorted; and every entry not read, with why.

    In a folder (and its subfolders, but not folders reached through a link),
    every entry whose name ends in one of :data:`BATCH_SUFFIXES` is an article
    file, whatever it turns out to be: a link to nothing, a loop of links, a
    folder named ``x.txt`` or a pipe then gets a row with the reason it could
    not be read. Every other entry is listed with the reason it was not read.

    Returns
    -------
    tuple of (list of Path, list of (str, str))
        The files to analyse, and ``(path, why)`` for every input not found and
        every entry of a folder that is not an article file.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> for name in ("b.txt", "a.html", "notes.docx"):
    ...     _ = (folder / name).write_text("Some words.", encoding="utf-8")
    >>> files, not_read = find_files([str(folder)])
    >>> [f.name for f in files], [(pathlib.Path(p).name, why) for p, why in not_read]
    (['a.html', 'b.txt'], [('notes.docx', 'not a .txt, .html or .htm file')])
    """
    files: list[Path] = []
    not_read: list[tuple[str, str]] = []
    for given in inputs:
        path = Path(given).expanduser()
        if path.is_dir():
            found, skipped = _walk(path)
            files += found
            not_read += skipped
        elif path.exists() or path.is_symlink():  # a file, or a link whose row says why not
            files.append(path)
        else:
            not_read.append((given, NOT_FOUND))
    return files, not_read


def _walk(folder: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """The article-like entries under ``folder`` (sorted), and the other entries with why."""
    found: list[Path] = []
    skipped: list[tuple[str, str]] = []
    other = f"not a {', '.join(BATCH_SUFFIXES[:-1])} or {BATCH_SUFFIXES[-1]} file"
    folders = [folder]
    while folders:
        current = folders.pop()
        try:
            with os.scandir(current) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as error:
            skipped.append((str(current), f"a folder that could not be opened ({error.strerror})"))
            continue
        for entry in entries:
            path = Path(entry.path)
            if path.suffix.lower() in BATCH_SUFFIXES:
                found.append(path)  # loaded even if it is no file: its row says why
                if entry.is_dir(follow_symlinks=False):
                    folders.append(path)
            elif entry.is_dir(follow_symlinks=False):
                folders.append(path)
            elif entry.is_symlink() and entry.is_dir():
                skipped.append((str(path), "a link to a folder, not followed (give the folder)"))
            else:
                skipped.append((str(path), other))
    return sorted(found), sorted(skipped)


def run_batch(args) -> int:
    """Analyse every file; write one row per article; 1 if any file or analysis failed."""
    out = Path(args.out).expanduser()
    if out.suffix.lower() not in (".csv", ".parquet"):
        print(f"--out must end in .csv or .parquet, not {out.name!r}.", file=sys.stderr)
        return 2
    if _unknown_encoding(args):
        return 2
    if not args.time_limit >= 0:
        print("--time-limit must be a number of seconds (0 for no limit).", file=sys.stderr)
        return 2
    if out.suffix.lower() == ".parquet":
        try:
            require_pyarrow()
        except KitError as error:
            print(error, file=sys.stderr)
            return 2
    files, not_read = find_files(args.inputs)
    missing = [given for given, why in not_read if why == NOT_FOUND]
    for given in missing:
        print(f"not found: {given}", file=sys.stderr)
    if not args.quiet:
        for path, why in not_read:
            if why != NOT_FOUND:
                print(f"not read: {path} ({why})", file=sys.stderr)
    if not files:
        print("No .txt or .html files found; nothing to do.", file=sys.stderr)
        return 1
    journal = out.with_name(out.name + ".tidy.csv")  # what a stopped run resumes from
    try:
        with results_lock(out):
            with _executor(args) as executor, warnings.catch_warnings():
                warnings.simplefilter("ignore")
                table = analyze_many(
                    files,
                    on_error="record",
                    progress=not args.quiet and sys.stderr.isatty(),
                    executor=executor,
                    chunk_size=1,  # written after every article, also with workers
                    out=journal,
                    encoding=args.encoding,
                    time_limit=args.time_limit or None,
                    metadata=args.metadata,
                    corrections=args.corrections,
                )
            wide = with_provenance(per_article(table), args.corrections)
            if out.suffix.lower() == ".parquet":
                wide.to_parquet(out, index=False)
            else:
                safe_table(wide).to_csv(out, index=False)
            journal.unlink()
    except KitError as error:
        print(error, file=sys.stderr)
        return 2
    failed = wide[wide["error"] != ""]
    for _, row in failed.iterrows():
        print(f"could not analyse {row['source']}: {row['error']}", file=sys.stderr)
    if not args.quiet:
        print(
            f"wrote {out}: {len(wide)} articles, {len(failed)} with problems"
            + (f", {len(missing)} not found" if missing else ""),
            file=sys.stderr,
        )
    return 1 if len(failed) or missing else 0


def with_provenance(wide, corrections: str | None):
    """The batch table with the columns ``kit`` (version), ``made_on`` (the date) and
    ``corrections_file`` (its name and SHA-256, or empty); each row's ``sha256`` and
    ``corrections`` (applied) come from the ``about`` analysis.

    Examples
    --------
    >>> import pandas as pd
    >>> list(with_provenance(pd.DataFrame({"article": ["a"]}), None).columns)
    ['article', 'kit', 'made_on', 'corrections_file']
    """
    made = provenance(corrections=corrections)
    facts = dict(zip(made["what"], made["name"], strict=False))
    used = made[made["what"] == "corrections file"]
    wide = wide.copy()
    wide["kit"] = facts.get("kit", "")
    wide["made_on"] = facts.get("made on", "")
    wide["corrections_file"] = "; ".join(f"{r.name} ({r.sha256})" for r in used.itertuples())
    return wide


class _executor:
    """The executor ``--jobs`` or ``--dask`` asks for (None: this process), closed after."""

    def __init__(self, args):
        self.args, self.closers, self.executor = args, [], None

    def __enter__(self):
        if self.args.dask:
            try:
                from distributed import Client, LocalCluster
            except ModuleNotFoundError:
                raise KitError(
                    "--dask needs Dask: pip install 'dask[distributed]' (or the kit's scale "
                    "extra: pip install -e '.[scale]')."
                ) from None
            if self.args.dask == "local":
                workers = self.args.jobs or os.cpu_count() or 1
                cluster = LocalCluster(
                    n_workers=max(workers, 1), threads_per_worker=1, dashboard_address=None
                )
                self.closers.append(cluster)
                client = Client(cluster)
            else:
                try:
                    client = Client(self.args.dask, timeout="20s")
                except OSError as error:
                    raise KitError(
                        f"No Dask scheduler answered at {self.args.dask} ({error})."
                    ) from None
            self.closers.insert(0, client)
            self.executor = client.get_executor()
        elif self.args.jobs != 1:
            from concurrent.futures import ProcessPoolExecutor

            self.executor = ProcessPoolExecutor(self.args.jobs or None)
            self.closers.append(self.executor)
        return self.executor

    def __exit__(self, *exc):
        for thing in self.closers:
            close = getattr(thing, "close", None) or thing.shutdown
            close()
        return False


#: Every subcommand: name -> (one-line help, add its options, run it and return the exit status).
COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Callable[..., int]]] = {
    "compare": (
        "compare two or more articles and write a side-by-side report",
        add_compare_options,
        run_compare,
    ),
    "batch": (
        "analyse a folder of articles; one row per article in a .csv or .parquet file",
        add_batch_options,
        run_batch,
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
