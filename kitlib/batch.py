"""Many articles at once: every per-article analysis, in one tidy table.

>>> import kitlib
>>> table = kitlib.analyze_many(kitlib.load_pair())
>>> list(table.columns)
['article', 'source', 'analysis', 'measure', 'value', 'note']
>>> sorted(set(table["analysis"]))
['actors', 'frames', 'quotes', 'readability', 'text']
>>> table.query("measure == 'looks_english'")["value"].tolist()
[1.0, 1.0]

*Tidy* means one row per article and measure, so the table can be
filtered, pivoted (``table.pivot_table(index="article", columns=["analysis",
"measure"], values="value")``) or plotted without reshaping. The analyses are:

``text``
    words, sentences, paragraphs; how many artifacts of each kind; whether
    the text is short or does not look like English.
``readability``
    the counts and figures of :func:`kitlib.readability.readability`.
``actors``
    mentions of known actors (:func:`kitlib.actors.find_mentions`): how many,
    how many different actors, how many in the first paragraph.
``quotes``
    quotations (:func:`kitlib.quotes.find_quotes`): how many, how many with
    a speaker found.
``frames``
    for each generic frame, how many sentences hold one of its cue words
    (:func:`kitlib.frames.frame_evidence`).

In a notebook, a progress bar (tqdm) appears when there are at least
:data:`PROGRESS_MIN_ITEMS` articles; elsewhere nothing is printed.
"""

from __future__ import annotations

import importlib
import math
import os
import re
import sys
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor
from itertools import islice
from pathlib import Path

import pandas as pd

from kitlib.actors import find_mentions
from kitlib.articles import (
    FIRST_PARAGRAPH,
    Article,
    article_from_text,
    load_article,
    looks_like_path,
)
from kitlib.articles.artifacts import ARTIFACT_KINDS
from kitlib.articles.language import caution
from kitlib.errors import KitError
from kitlib.frames import codebook, frame_evidence
from kitlib.quotes import find_quotes
from kitlib.readability import readability
from kitlib.spreadsheets import safe_table
from kitlib.text import word_count

__all__ = [
    "ANALYSES",
    "BATCH_SUFFIXES",
    "CHUNKS_AHEAD",
    "CHUNK_SIZE",
    "COLUMNS",
    "ENGLISH_ONLY",
    "PROGRESS_MIN_ITEMS",
    "add_batch_options",
    "analyse_chunk",
    "analyze_many",
    "available_analyses",
    "find_files",
    "in_notebook",
    "per_article",
    "run_batch",
]

#: The columns of :func:`analyze_many`.
COLUMNS = ["article", "source", "analysis", "measure", "value", "note"]

#: Show a progress bar (in a notebook) only for at least this many articles.
PROGRESS_MIN_ITEMS = 10


# --------------------------------------------------------------------------
# One summary function per analysis: article -> list of (measure, value)
# --------------------------------------------------------------------------


def _text_measures(article: Article) -> list[tuple[str, float]]:
    kinds = article.artifacts["kind"].value_counts()
    share = article.meta.get("english_share")
    rows = [
        ("words", word_count(article.text)),
        ("sentences", len(article.sentence_spans)),
        ("paragraphs", len(article.paragraph_spans)),
        ("short_text", int(bool(article.meta.get("short_text")))),
        ("looks_english", int(article.meta.get("looks_english", True))),
        ("english_share", math.nan if share is None else share),
    ]
    for kind in ARTIFACT_KINDS:
        rows.append((f"artifacts: {kind}", int(kinds.get(kind, 0))))
    return rows


def _readability_measures(article: Article) -> list[tuple[str, float]]:
    row = readability(article).iloc[0]
    return [(name, float(value)) for name, value in row.items() if name not in ("article", "note")]


def _actor_measures(article: Article) -> list[tuple[str, float]]:
    mentions = find_mentions(article)
    return [
        ("mentions", len(mentions)),
        ("different actors", mentions["actor"].nunique()),
        ("mentions in the first paragraph", int((mentions["paragraph"] == FIRST_PARAGRAPH).sum())),
    ]


def _quote_measures(article: Article) -> list[tuple[str, float]]:
    quotes = find_quotes(article)
    return [
        ("quotations", len(quotes)),
        ("quotations with a speaker", int(quotes["speaker"].notna().sum())),
    ]


def _frame_measures(article: Article) -> list[tuple[str, float]]:
    evidence = frame_evidence(article)
    per_frame = evidence.groupby("frame")["sentence"].nunique()
    frames = dict.fromkeys(codebook("generic")["frame"])
    return [(f"sentences with {frame} cues", int(per_frame.get(frame, 0))) for frame in frames]


#: Every analysis: name -> (module it needs, function from an Article to its measures).
ANALYSES: dict[str, tuple[str, Callable[[Article], list[tuple[str, float]]]]] = {
    "text": ("kitlib.articles", _text_measures),
    "readability": ("kitlib.readability", _readability_measures),
    "actors": ("kitlib.actors", _actor_measures),
    "quotes": ("kitlib.quotes", _quote_measures),
    "frames": ("kitlib.frames", _frame_measures),
}

#: Analyses whose figures are computed for English and mean little for other languages.
ENGLISH_ONLY = ("readability", "quotes", "frames")


def available_analyses() -> list[str]:
    """The analyses this copy of the kit can run (each needs its module)."""
    found = []
    for name, (module, _) in ANALYSES.items():
        try:
            importlib.import_module(module)
        except ModuleNotFoundError:
            continue
        found.append(name)
    return found


# --------------------------------------------------------------------------
# Loading one item
# --------------------------------------------------------------------------


def _load(item, index: int) -> tuple[Article, str]:
    """An Article and a label for where it came from."""
    if isinstance(item, Article):
        return item, item.meta.get("source") or f"item {index}"
    if isinstance(item, Path) or looks_like_path(item):
        return load_article(item, id=Path(item).stem), str(item)  # the file name labels it
    if isinstance(item, str):
        return article_from_text(item), f"text {index}"
    raise KitError(
        f"Item {index} is a {type(item).__name__}. Give analyze_many a list of articles, "
        "file paths or texts."
    )


def in_notebook() -> bool:
    """True when running inside a Jupyter kernel."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    return shell is not None and type(shell).__name__ == "ZMQInteractiveShell"


# --------------------------------------------------------------------------
# One chunk of articles: what a worker process does
# --------------------------------------------------------------------------


def analyse_chunk(
    chunk: list[tuple[int, object]], wanted: list[str], on_error: str
) -> list[tuple[str, list[dict], list[tuple[type, str]]]]:
    """Load and analyse a few articles; what :func:`analyze_many` sends to a worker.

    Parameters
    ----------
    chunk : list of (int, item)
        Each item with its position in the whole input.
    wanted, on_error
        As for :func:`analyze_many` (checked there).

    Returns
    -------
    list of (str, list of dict, list of (warning class, str))
        For each article, in order: its name (not yet numbered), its rows
        (``article`` left empty), and the warnings it gave.
    """
    done = []
    for index, item in chunk:
        with warnings.catch_warnings(record=True) as found:
            warnings.simplefilter("always")
            try:
                article, source = _load(item, index)
            except KitError as error:
                if on_error == "raise":
                    raise
                row = _error_row("", _label(item, index)[:80], type(error), str(error))
                name = Path(item).stem if _label(item, index) == str(item) else f"item {index}"
                done.append((name, [row], []))
                continue
        caught = [(w.category, str(w.message)) for w in found]
        care = caution(article.meta)
        rows: list[dict] = []
        for analysis in wanted:
            _, measures = ANALYSES[analysis]
            note = care if analysis in ENGLISH_ONLY else ""
            try:
                results = measures(article)
            except KitError as error:
                if on_error == "raise":
                    raise
                rows.append(_error_row("", source, type(error), str(error), analysis))
                continue
            rows += [
                {
                    "article": "",
                    "source": source,
                    "analysis": analysis,
                    "measure": measure,
                    "value": float(value),
                    "note": note,
                }
                for measure, value in results
            ]
        done.append((article.name, rows, caught))
    return done


# --------------------------------------------------------------------------
# The public function
# --------------------------------------------------------------------------


def analyze_many(
    paths_or_articles: Iterable,
    *,
    analyses: Iterable[str] | None = None,
    on_error: str = "raise",
    progress: bool | None = None,
    executor: Executor | None = None,
    chunk_size: int | None = None,
    out: str | Path | None = None,
) -> pd.DataFrame:
    """Run every per-article analysis on many articles; one tidy table out.

    Parameters
    ----------
    paths_or_articles : iterable
        Articles, paths of ``.txt``/``.html`` files, or texts. A string is
        read by the kit's one rule, :func:`kitlib.articles.looks_like_path`:
        one line that ends in ``.txt``, ``.html`` (or another of
        :data:`kitlib.articles.FILE_SUFFIXES`) or names an existing file is a
        path; any other string is the text of an article. It may be a generator:
        articles are read a chunk at a time and dropped once analysed.
    analyses : iterable of str, optional
        Which analyses to run (see :data:`ANALYSES`); all available ones by default.
    on_error : {"raise", "record"}
        ``"raise"`` stops at the first file the kit cannot read;
        ``"record"`` goes on and records the problem as a row with
        ``analysis == "error"`` and the message in ``note``.
    progress : bool, optional
        Show a progress bar (tqdm). By default, only in a notebook and only
        for :data:`PROGRESS_MIN_ITEMS` articles or more.
    executor : concurrent.futures.Executor, optional
        Where the work runs. None (the default) runs it here, one article
        after another. A ``concurrent.futures.ProcessPoolExecutor()`` uses
        every core of this computer; ``client.get_executor()`` of a
        ``dask.distributed.Client`` uses every worker of a Dask cluster, on
        one machine or many. The table is the same whichever runs it.
    chunk_size : int, optional
        How many articles go to a worker at a time (default
        :data:`CHUNK_SIZE`). Larger chunks cost less to send, smaller ones
        keep every worker busy to the end.
    out : str or Path, optional
        A ``.csv`` or ``.parquet`` file to write the rows to as they come.
        If the file holds the rows of an earlier, interrupted run over the
        same articles, the run resumes: the articles already there are not
        analysed again.

    Returns
    -------
    pandas.DataFrame
        One row per article and measure, with columns ``article`` (the
        article's name, numbered if two are the same), ``source`` (its path,
        or ``item N`` / ``text N``), ``analysis``, ``measure``, ``value``
        (a number) and ``note`` (empty, or why a figure should be read with
        care, from :func:`kitlib.articles.language.caution`: the text does not look
        like English, or is too short).

    Raises
    ------
    KitError
        For an unknown analysis or ``on_error`` value, an ``out`` file that is
        neither ``.csv`` nor ``.parquet`` or holds other articles' results, or
        (with ``on_error="raise"``) the loader's error for a file it cannot read.

    Warns
    -----
    UserWarning
        Once, summing up how many texts were short or not English (instead
        of one warning per article).

    Examples
    --------
    >>> import kitlib
    >>> nbc, cnn = kitlib.load_pair()
    >>> table = analyze_many([nbc, cnn], analyses=["text"])
    >>> paragraphs = table.query("article == 'CNN' and measure == 'paragraphs'")["value"]
    >>> int(paragraphs.iloc[0]) == len(cnn.paragraphs)
    True

    On every core of this computer (the same table):

    >>> from concurrent.futures import ProcessPoolExecutor
    >>> with ProcessPoolExecutor(2) as pool:
    ...     same = analyze_many([nbc, cnn], analyses=["text"], executor=pool)
    >>> same.equals(table)
    True
    """
    wanted = list(available_analyses() if analyses is None else analyses)
    unknown = [a for a in wanted if a not in ANALYSES]
    if unknown:
        raise KitError(f"Unknown analysis {unknown[0]!r}. Choose from: {', '.join(ANALYSES)}.")
    if on_error not in ("raise", "record"):
        raise KitError('on_error must be "raise" or "record".')
    if isinstance(paths_or_articles, (str, Path, Article)):
        paths_or_articles = [paths_or_articles]
    size = chunk_size or CHUNK_SIZE
    if size < 1:
        raise KitError("chunk_size must be 1 or more.")
    try:
        total = len(paths_or_articles)
    except TypeError:  # a generator: no length known
        total = None
    writer = _Writer(out, wanted) if out is not None else None
    names: dict[str, int] = {}
    frames: list[pd.DataFrame] = []
    skip = 0
    if writer is not None:
        earlier = writer.resume()
        if not earlier.empty:
            frames.append(earlier)
            for name in dict.fromkeys(earlier["article"]):
                _unique(re.sub(r" \(\d+\)$", "", name), names)
            skip = earlier["article"].nunique()
    items = enumerate(paths_or_articles)
    if skip:
        items = _check_resumed(items, frames[0], writer.journal)
    chunks = (c for c in _chunks(items, size) if c[-1][0] >= skip)
    chunks = ([(i, item) for i, item in c if i >= skip] for c in chunks)
    caught: list[tuple[type, str]] = []
    bar = _progress_bar(total, progress, skip)
    try:
        for done in _run(chunks, wanted, on_error, executor):
            rows = []
            for name, article_rows, found in done:
                unique = _unique(name, names)
                for row in article_rows:
                    row["article"] = unique
                rows += article_rows
                caught += found
            frame = pd.DataFrame(rows, columns=COLUMNS)
            frames.append(frame)
            if writer is not None:
                writer.write(frame)
            if bar is not None:
                bar.update(len(done))
    finally:
        if bar is not None:
            bar.close()
    if writer is not None:
        writer.finish()
    _summarise_warnings(caught)
    if not frames:
        return pd.DataFrame(columns=COLUMNS).astype({"value": float})
    table = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    return table.astype({"value": float})


def _check_resumed(items: Iterator, earlier: pd.DataFrame, path: Path) -> Iterator:
    """``items`` unchanged, after checking that the first ones are those ``earlier`` holds."""
    sources = earlier.drop_duplicates("article")["source"].tolist()
    for index, item in items:
        if index < len(sources) and _label(item, index)[:80] != sources[index][:80]:
            raise KitError(
                f"{path} holds the results of other articles (article {index + 1} there is "
                f"{sources[index]!r}, here {_label(item, index)!r}), so the run cannot go on "
                "where it stopped. Give another file name, or delete that file to start again."
            )
        yield index, item


def _label(item, index: int) -> str:
    """The ``source`` an item gets in the table, found without loading it."""
    if isinstance(item, Article):
        return item.meta.get("source") or f"item {index}"
    if isinstance(item, Path) or looks_like_path(item):
        return str(item)
    if isinstance(item, str):
        return f"text {index}"
    return str(item)


#: How many articles go to a worker at a time, by default.
CHUNK_SIZE = 8

#: How many chunks may wait for a free worker, per worker: enough to keep every
#: worker busy, few enough that the texts waiting do not fill the memory.
CHUNKS_AHEAD = 2


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    """``items`` in lists of ``size`` (the last one shorter), read lazily."""
    items = iter(items)
    while chunk := list(islice(items, size)):
        yield chunk


def _run(chunks, wanted, on_error, executor) -> Iterator[list]:
    """The results of :func:`analyse_chunk` for each chunk, in the chunks' order.

    With an executor, at most :data:`CHUNKS_AHEAD` chunks per worker are
    submitted ahead of the oldest unfinished one; the executor (a process
    pool, Dask) decides where each runs.
    """
    if executor is None:
        for chunk in chunks:
            yield analyse_chunk(chunk, wanted, on_error)
        return
    ahead = CHUNKS_AHEAD * _workers(executor)
    pending: deque = deque()
    try:
        for chunk in chunks:
            pending.append(executor.submit(analyse_chunk, chunk, wanted, on_error))
            if len(pending) >= ahead:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


def _workers(executor) -> int:
    """How many workers an executor has (a guess for executors that do not say)."""
    if getattr(executor, "_max_workers", None):  # concurrent.futures pools
        return executor._max_workers
    client = getattr(executor, "_client", None)  # dask.distributed's ClientExecutor
    if client is not None:
        try:
            return max(1, sum(client.nthreads().values()))
        except Exception:  # noqa: BLE001 - a guess is enough here
            pass
    return os.cpu_count() or 1


def _progress_bar(total: int | None, show: bool | None, skip: int):
    if show is None:
        show = in_notebook() and (total is None or total >= PROGRESS_MIN_ITEMS)
    if not show:
        return None
    from tqdm.std import tqdm  # text bar; tqdm's widget bar would need ipywidgets

    return tqdm(total=total, initial=skip, desc="articles", unit="article", file=sys.stderr)


# --------------------------------------------------------------------------
# Writing the rows as they come, and resuming
# --------------------------------------------------------------------------


class _Writer:
    """Appends rows to a CSV file (for Parquet: to a CSV journal, converted at the end)."""

    def __init__(self, out: str | Path, wanted: list[str]):
        self.out = Path(out).expanduser()
        suffix = self.out.suffix.lower()
        if suffix not in (".csv", ".parquet"):
            raise KitError(f"The results file must end in .csv or .parquet, not {self.out.name!r}.")
        self.parquet = suffix == ".parquet"
        if self.parquet:
            _needs_pyarrow()
        self.journal = (
            self.out.with_name(self.out.name + ".partial.csv") if self.parquet else (self.out)
        )

    def resume(self) -> pd.DataFrame:
        """The complete rows of an earlier run (its last article is done again)."""
        if self.parquet and self.out.exists() and not self.journal.exists():
            earlier = pd.read_parquet(self.out)
            _check_columns(earlier, self.out)
            safe_table(earlier).to_csv(self.journal, index=False)
        if not self.journal.exists() or self.journal.stat().st_size == 0:
            self.journal.parent.mkdir(parents=True, exist_ok=True)
            self.journal.write_text(",".join(COLUMNS) + "\n", encoding="utf-8")
            return pd.DataFrame(columns=COLUMNS)
        with open(self.journal, "rb+") as file:  # a run stopped mid-line: drop that line
            data = file.read()
            file.truncate(data.rfind(b"\n") + 1)
        earlier = pd.read_csv(
            self.journal, dtype={"value": float}, keep_default_na=False, na_values={"value": [""]}
        )
        _check_columns(earlier, self.journal)
        if earlier.empty:
            return earlier
        last = earlier["article"].iloc[-1]  # it may have been cut off: do it again
        earlier = earlier[earlier["article"] != last]
        safe_table(earlier).to_csv(self.journal, index=False)
        return earlier.reset_index(drop=True)

    def write(self, frame: pd.DataFrame) -> None:
        with open(self.journal, "a", encoding="utf-8", newline="") as file:
            file.write(safe_table(frame).to_csv(index=False, header=False))

    def finish(self) -> None:
        if self.parquet:
            table = pd.read_csv(
                self.journal,
                dtype={"value": float},
                keep_default_na=False,
                na_values={"value": [""]},
            )
            table.to_parquet(self.out, index=False)
            self.journal.unlink()


def _check_columns(table: pd.DataFrame, path: Path) -> None:
    if list(table.columns) != COLUMNS:
        raise KitError(
            f"{path} is not a results file of analyze_many (its columns are not "
            f"{', '.join(COLUMNS)}). Give another file name, or delete it."
        )


def _needs_pyarrow() -> None:
    try:
        import pyarrow  # noqa: F401
    except ModuleNotFoundError:
        raise KitError(
            "Writing .parquet files needs the pyarrow package: pip install pyarrow "
            "(or install the kit with its scale extra: pip install -e '.[scale]'), "
            "or write a .csv file instead."
        ) from None


def _unique(name: str, seen: dict[str, int]) -> str:
    seen[name] = seen.get(name, 0) + 1
    return name if seen[name] == 1 else f"{name} ({seen[name]})"


def _error_row(name, source, kind, message, analysis="load") -> dict:
    return {
        "article": name,
        "source": source,
        "analysis": "error",
        "measure": f"{analysis}: {kind.__name__}",
        "value": math.nan,
        "note": message,
    }


def _summarise_warnings(caught: list[tuple[type, str]]) -> None:
    """One warning per kind of problem, with how many articles had it."""
    counts: dict[type, int] = {}
    for category, _ in caught:
        counts[category] = counts.get(category, 0) + 1
    for category, n in counts.items():
        example = next(message for c, message in caught if c is category)
        warnings.warn(
            f"{n} of the texts gave this warning (first one shown): {example}",
            category,
            stacklevel=3,
        )


# --------------------------------------------------------------------------
# One row per article, and the command line's ``batch``
# --------------------------------------------------------------------------


def per_article(table: pd.DataFrame) -> pd.DataFrame:
    """The tidy table of :func:`analyze_many` as one row per article.

    Parameters
    ----------
    table : pandas.DataFrame
        What :func:`analyze_many` returned.

    Returns
    -------
    pandas.DataFrame
        Columns ``article`` and ``source``, then one column per measure, in
        the order of the tidy table: the ``text`` measures by their own name
        (``words``, ``artifacts: dropped_words``), the others as
        ``"analysis: measure"`` (``readability: flesch_kincaid_grade``);
        then ``note`` (why figures should be read with care) and ``error``
        (why an article or an analysis failed), empty when there is nothing
        to say.

    Examples
    --------
    >>> import kitlib
    >>> wide = per_article(kitlib.analyze_many(kitlib.load_pair(), analyses=["text", "quotes"]))
    >>> wide[["article", "words", "quotes: quotations"]].shape
    (2, 3)
    """
    order = list(dict.fromkeys(table["article"]))
    figures = table[table["analysis"] != "error"]
    column = figures["measure"].where(
        figures["analysis"] == "text", figures["analysis"] + ": " + figures["measure"]
    )
    wide = (
        figures.assign(column=column)
        .pivot_table(index="article", columns="column", values="value", sort=False, dropna=False)
        .reindex(index=order, columns=list(dict.fromkeys(column)))
    )
    wide.columns.name = None
    wide.insert(0, "source", "")
    wide = wide.reset_index()
    sources = table.drop_duplicates("article").set_index("article")["source"]
    wide["source"] = wide["article"].map(sources)
    notes = figures[figures["note"] != ""].groupby("article")["note"].first()
    errors = table[table["analysis"] == "error"]
    messages = (errors["measure"] + ": " + errors["note"]).groupby(errors["article"]).agg("; ".join)
    wide["note"] = [notes.get(name, "") for name in wide["article"]]
    wide["error"] = [messages.get(name, "") for name in wide["article"]]
    return wide


#: The files ``framing-kit batch`` reads from a folder.
BATCH_SUFFIXES = (".txt", ".html", ".htm")


def add_batch_options(parser) -> None:
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
    parser.add_argument("--quiet", action="store_true", help="no progress bar")


def find_files(inputs: list[str]) -> tuple[list[Path], list[str]]:
    """The article files named or found in folders, sorted; and what was not found."""
    files, missing = [], []
    for given in inputs:
        path = Path(given).expanduser()
        if path.is_dir():
            found = [p for p in path.rglob("*") if p.suffix.lower() in BATCH_SUFFIXES]
            files += sorted(p for p in found if p.is_file())
        elif path.is_file():
            files.append(path)
        else:
            missing.append(given)
    return files, missing


def run_batch(args) -> int:
    """Analyse every file; write one row per article; 1 if any file or analysis failed."""
    out = Path(args.out).expanduser()
    if out.suffix.lower() not in (".csv", ".parquet"):
        print(f"--out must end in .csv or .parquet, not {out.name!r}.", file=sys.stderr)
        return 2
    files, missing = find_files(args.inputs)
    for given in missing:
        print(f"not found: {given}", file=sys.stderr)
    if not files:
        print("No .txt or .html files found; nothing to do.", file=sys.stderr)
        return 1
    journal = out.with_name(out.name + ".tidy.csv")  # what a stopped run resumes from
    try:
        with _executor(args) as executor, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            table = analyze_many(
                files,
                on_error="record",
                progress=not args.quiet and sys.stderr.isatty(),
                executor=executor,
                out=journal,
            )
    except KitError as error:
        print(error, file=sys.stderr)
        return 2
    wide = per_article(table)
    if out.suffix.lower() == ".parquet":
        _needs_pyarrow()
        wide.to_parquet(out, index=False)
    else:
        safe_table(wide).to_csv(out, index=False)
    journal.unlink()
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
