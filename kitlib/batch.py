"""Many articles at once: every per-article analysis, in one tidy table.

>>> import kitlib
>>> table = kitlib.analyze_many(kitlib.load_pair())
>>> list(table.columns)
['article', 'source', 'analysis', 'measure', 'value', 'note']
>>> sorted(set(table["analysis"]))
['about', 'actors', 'frames', 'quotes', 'readability', 'text']
>>> table.query("measure == 'looks_english'")["value"].tolist()
[1.0, 1.0]

*Tidy* means one row per article and measure, so the table can be
filtered, pivoted (``table.pivot_table(index="article", columns=["analysis",
"measure"], values="value")``) or plotted without reshaping. The analyses are:

``about``
    the article's ``headline``, ``date`` and ``outlet``: what the file says, or the
    metadata file's row for it (``metadata=``, :func:`read_metadata`); ``sha256``, of
    the file read (:func:`kitlib.articles.input_sha256`), and ``corrections``, every
    correction applied to it (``corrections=``).
``text``
    words, sentences, paragraphs; how many artifacts of each kind; whether
    the text is short or does not look like English.
``readability``
    the counts and figures of :func:`kitlib.readability.readability`.
``actors``
    the actors of :func:`kitlib.actors.named_actors`, the same as the report's
    (people and organisations found by rule; the bundled actor table only for
    the bundled pair): how many mentions, how many different actors, how many
    actors named in the first paragraph (the report's "named in the lead").
``quotes``
    quotations (:func:`kitlib.quotes.find_quotes`): how many, how many with
    a speaker found, and ``speakers``: who is quoted, most quoted first, with
    how many quotations each ("Donna Brazile (4); Jake Tapper (2)").

A few measures are words, not numbers (:data:`TEXT_MEASURES`): in the tidy table
their ``value`` is empty and ``note`` holds the words; :func:`per_article` gives
each a column of its own.
``frames``
    for each generic frame, the machine coder's answer
    (:func:`kitlib.frames.suggest_frames`): ``<frame>: present`` (1 or 0) and
    ``<frame>: confidence`` (the chance that trained coders would agree; below
    :data:`kitlib.frames.CONFIDENT` the answer is a lean, to check by reading).

In a notebook, a progress bar (tqdm) appears when there are at least
:data:`PROGRESS_MIN_ITEMS` articles; elsewhere nothing is printed.
"""

from __future__ import annotations

import csv
import io
import math
import os
import re
import signal
import socket
import sys
import threading
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from concurrent.futures import Executor
from contextlib import contextmanager
from datetime import datetime
from itertools import islice
from pathlib import Path

import pandas as pd

from kitlib.actors import named_actors
from kitlib.articles import (
    Article,
    apply_corrections,
    article_from_text,
    input_sha256,
    load_article,
    looks_like_path,
    read_corrections,
)
from kitlib.articles.artifacts import ARTIFACT_KINDS
from kitlib.articles.language import caution
from kitlib.errors import KitError, TimeLimitError
from kitlib.frames import suggest_frames
from kitlib.quotes import find_quotes
from kitlib.readability import readability
from kitlib.spreadsheets import safe_table
from kitlib.text import word_count

__all__ = [
    "ANALYSES",
    "CHUNKS_AHEAD",
    "CHUNK_SIZE",
    "COLUMNS",
    "ENGLISH_ONLY",
    "METADATA_COLUMNS",
    "PROGRESS_MIN_ITEMS",
    "TEXT_MEASURES",
    "TIME_LIMIT",
    "UNREADABLE_LOCK_SECONDS",
    "analyse_chunk",
    "analyze_many",
    "available_analyses",
    "in_notebook",
    "per_article",
    "read_metadata",
    "read_results",
    "require_pyarrow",
    "results_lock",
    "speaker_list",
    "text_rows",
]

#: The columns of :func:`analyze_many`.
COLUMNS = ["article", "source", "analysis", "measure", "value", "note"]

#: Show a progress bar (in a notebook) only for at least this many articles.
PROGRESS_MIN_ITEMS = 10


# --------------------------------------------------------------------------
# One summary function per analysis: article -> list of (measure, value)
# --------------------------------------------------------------------------


def _about_measures(article: Article) -> list[tuple[str, float | str]]:
    meta = article.meta
    return [
        ("headline", meta.get("headline") or ""),
        ("date", meta.get("published") or ""),
        ("outlet", meta.get("outlet") or ""),
        ("sha256", input_sha256(article)[1]),
        ("corrections", "; ".join(meta.get("corrections_applied", []))),
    ]


def _text_measures(article: Article) -> list[tuple[str, float | str]]:
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


def _readability_measures(article: Article) -> list[tuple[str, float | str]]:
    row = readability(article).iloc[0]
    return [(name, float(value)) for name, value in row.items() if name not in ("article", "note")]


def _actor_measures(article: Article) -> list[tuple[str, float | str]]:
    found = named_actors(article)
    return [
        ("mentions", int(found["mentions"].sum())),
        ("different actors", len(found)),
        ("actors named in the first paragraph", int(found["in_lead"].sum())),
    ]


def _quote_measures(article: Article) -> list[tuple[str, float | str]]:
    quotes = find_quotes(article)
    return [
        ("quotations", len(quotes)),
        ("quotations with a speaker", int(quotes["speaker"].notna().sum())),
        ("speakers", speaker_list(quotes)),
    ]


def speaker_list(quotes: pd.DataFrame) -> str:
    """Who is quoted, most quoted first (then in order of first quotation), with counts.

    Parameters
    ----------
    quotes : pandas.DataFrame
        A quotations table (:func:`kitlib.quotes.find_quotes`).

    Returns
    -------
    str
        ``"Name (n); Name (n)"``; empty when no quotation has a speaker.

    Examples
    --------
    >>> from kitlib.quotes import find_quotes
    >>> text = ('"We won," Donna Brazile said. "It was fair," Jake Tapper said. '
    ...         '"We did," Brazile added.')
    >>> speaker_list(find_quotes(text))
    'Donna Brazile (2); Jake Tapper (1)'
    """
    said = quotes["speaker"].dropna()
    said = said[said != ""]
    counts = said.value_counts(sort=False).reindex(list(dict.fromkeys(said)))
    ordered = counts.sort_values(ascending=False, kind="stable")
    return "; ".join(f"{name} ({count})" for name, count in ordered.items())


def _frame_measures(article: Article) -> list[tuple[str, float | str]]:
    """The machine coder's answer for each frame: present (1 or 0) and its confidence."""
    rows: list[tuple[str, float | str]] = []
    for row in suggest_frames(article).itertuples():
        rows.append((f"{row.frame}: present", int(row.present)))
        rows.append((f"{row.frame}: confidence", float(row.confidence)))
    return rows


#: Every analysis: name -> (module it needs, function from an Article to its measures).
ANALYSES: dict[str, tuple[str, Callable[[Article], list[tuple[str, float | str]]]]] = {
    "about": ("kitlib.articles", _about_measures),
    "text": ("kitlib.articles", _text_measures),
    "readability": ("kitlib.readability", _readability_measures),
    "actors": ("kitlib.actors", _actor_measures),
    "quotes": ("kitlib.quotes", _quote_measures),
    "frames": ("kitlib.frames", _frame_measures),
}

#: The measures that are words, not numbers (their text is in ``note``, ``value`` is empty).
TEXT_MEASURES = {
    "about": ("headline", "date", "outlet", "sha256", "corrections"),
    "quotes": ("speakers",),
}

#: Analyses whose figures are computed for English and mean little for other languages.
ENGLISH_ONLY = ("readability", "quotes", "frames")


def available_analyses() -> list[str]:
    """The analyses :func:`analyze_many` runs by default: every one in :data:`ANALYSES`.

    >>> available_analyses()
    ['about', 'text', 'readability', 'actors', 'quotes', 'frames']
    """
    return list(ANALYSES)


# --------------------------------------------------------------------------
# Loading one item
# --------------------------------------------------------------------------

#: The columns a metadata file may have besides ``file``, and the fact each sets.
METADATA_COLUMNS = {"outlet": "outlet", "headline": "headline", "dek": "dek", "date": "published"}


def read_metadata(source: str | Path | pd.DataFrame) -> dict[str, dict[str, str]]:
    """Facts about the files of a batch, from a CSV file with one row per file.

    The file has a ``file`` column (the file's name, ``story1.txt``, or its path
    as given to the batch) and any of the columns of :data:`METADATA_COLUMNS`:
    ``outlet``, ``headline``, ``dek``, ``date`` (as written, for example
    ``2016-10-05``). An empty cell leaves what the file itself says.

    Returns
    -------
    dict
        File name or path -> the facts to record for it (``date`` as ``published``).

    Raises
    ------
    KitError
        No ``file`` column, a column the kit does not know, or a file named twice.

    Examples
    --------
    >>> import pandas as pd
    >>> rows = pd.DataFrame({"file": ["a.txt", "b.txt"], "outlet": ["Politico", ""],
    ...                      "date": ["2016-10-05", "2016-10-06"]})
    >>> read_metadata(rows)["b.txt"]
    {'published': '2016-10-06'}
    """
    if isinstance(source, pd.DataFrame):
        table, where = source.astype(str), "the metadata table"
    else:
        where = str(source)
        try:
            table = pd.read_csv(source, dtype=str, keep_default_na=False, encoding="utf-8")
        except (OSError, ValueError) as error:
            raise KitError(f"Could not read the metadata file {where}: {error}") from None
    return _metadata_rows(table.fillna(""), where)


def _metadata_rows(table: pd.DataFrame, where: str) -> dict[str, dict[str, str]]:
    """The checked rows of a metadata table (see :func:`read_metadata`)."""
    columns = [c.strip().lower() for c in table.columns]
    unknown = [c for c in columns if c != "file" and c not in METADATA_COLUMNS]
    if "file" not in columns or unknown:
        raise KitError(
            f"{where}: a metadata file has a 'file' column and any of "
            f"{', '.join(METADATA_COLUMNS)}"
            + (
                "; it has no 'file' column."
                if "file" not in columns
                else f"; {unknown[0]!r} is not one of them."
            )  # fmt: skip
        )
    table = table.set_axis(columns, axis=1)
    facts: dict[str, dict[str, str]] = {}
    for row in table.to_dict("records"):
        name = row.pop("file").strip()
        if name in facts:
            raise KitError(f"{where}: the file {name!r} is named twice; give one row per file.")
        facts[name] = {METADATA_COLUMNS[k]: v.strip() for k, v in row.items() if v.strip()}
    return facts


def _load(item, index: int, encoding=None, metadata=None, corrections=None) -> tuple[Article, str]:
    """An Article (corrected, if a corrections table is given) and where it came from."""
    article, source = _read(item, index, encoding, metadata)
    if corrections is not None:
        article = apply_corrections(article, corrections)
    return article, source


def _read(item, index: int, encoding: str | None = None, metadata=None) -> tuple[Article, str]:
    """An Article and a label for where it came from."""
    if isinstance(item, Article):
        return item, item.meta.get("source") or f"item {index}"
    if isinstance(item, Path) or looks_like_path(item):
        facts = (metadata or {}).get(str(item)) or (metadata or {}).get(Path(item).name) or {}
        # the file name labels it
        return load_article(item, encoding=encoding, id=Path(item).stem, **facts), str(item)
    if isinstance(item, str):
        return article_from_text(item), f"text {index}"
    raise KitError(
        f"Item {index} is a {type(item).__name__}. Give analyze_many a list of articles, "
        "file paths or texts."
    )


def in_notebook() -> bool:
    """True when running inside a Jupyter kernel (where a progress bar is shown).

    >>> in_notebook()  # the examples run outside a notebook
    False
    """
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    return shell is not None and type(shell).__name__ == "ZMQInteractiveShell"


# --------------------------------------------------------------------------
# One chunk of articles: what a worker process does
# --------------------------------------------------------------------------


def analyse_chunk(
    chunk: list[tuple[int, object]],
    wanted: list[str],
    on_error: str,
    *,
    encoding: str | None = None,
    time_limit: float | None = None,
    metadata: dict[str, dict[str, str]] | None = None,
    corrections: pd.DataFrame | None = None,
) -> list[tuple[str, list[dict], list[tuple[type, str]]]]:
    """Load and analyse a few articles; what :func:`analyze_many` sends to a worker.

    Parameters
    ----------
    chunk : list of (int, item)
        Each item with its position in the whole input.
    wanted, on_error, encoding, time_limit
        As for :func:`analyze_many` (checked there).
    metadata : dict, optional
        What :func:`read_metadata` returns.
    corrections : pandas.DataFrame, optional
        What :func:`kitlib.articles.read_corrections` returns.

    Returns
    -------
    list of (str, list of dict, list of (warning class, str))
        For each article, in order: its name (not yet numbered), its rows
        (``article`` left empty), and the warnings it gave.

    Examples
    --------
    >>> text = "Pence spoke to the council on Monday. " * 8
    >>> [(name, len(rows)) for name, rows, _ in analyse_chunk([(0, text)], ["text"], "record")]
    [('article', 10)]
    """
    done = []
    for index, item in chunk:
        with _Deadline(time_limit) as deadline:
            loading = (encoding, metadata or {}, corrections)
            done.append(_analyse_one(index, item, wanted, on_error, loading, deadline))
    return done


def _analyse_one(index, item, wanted, on_error, loading, deadline):
    """One article's name, rows and warnings (see :func:`analyse_chunk`)."""
    with warnings.catch_warnings(record=True) as found:
        warnings.simplefilter("always")
        try:
            article, source = _load(item, index, *loading)
        except KitError as error:
            if on_error == "raise":
                raise
            row = _error_row("", _label(item, index)[:80], type(error), str(error))
            name = Path(item).stem if _label(item, index) == str(item) else f"item {index}"
            return name, [row], []
    caught = [(w.category, str(w.message)) for w in found]
    care = caution(article.meta)
    rows: list[dict] = []
    for analysis in wanted:
        _, measures = ANALYSES[analysis]
        note = care if analysis in ENGLISH_ONLY else ""
        try:
            results = measures(article)
            deadline.check()  # where no alarm can stop an analysis: between analyses
        except KitError as error:
            if on_error == "raise":
                raise
            rows.append(_error_row("", source, type(error), str(error), analysis))
            if isinstance(error, TimeLimitError):
                break  # the message says that the analyses after this one were not run
            continue
        rows += [_row(source, analysis, measure, value, note) for measure, value in results]
    return article.name, rows, caught


def _row(source: str, analysis: str, measure: str, value: float | str, note: str) -> dict:
    """One row of the tidy table: a figure with its note, or words in ``note``."""
    words = isinstance(value, str)
    return {
        "article": "",
        "source": source,
        "analysis": analysis,
        "measure": measure,
        "value": math.nan if words else float(value),
        "note": value if words else note,
    }


#: The longest one article may take, in seconds on the clock, loading and every
#: analysis together, before it is stopped with a row saying so (the other articles
#: go on). Every analysis takes time in proportion to an article's length, so only
#: a very long file (hundreds of thousands of words) or a very slow computer reaches it.
TIME_LIMIT = 300.0


class _Deadline:
    """The time limit of one article.

    Where Python allows it (Linux and macOS, in the main thread of a process: the
    command line, a notebook, a process pool's workers) an alarm stops the
    article's loading or analysis when the time is up. Elsewhere (Windows, Dask's
    worker threads) the time is checked between analyses, so an analysis that has
    started runs to its end.
    """

    def __init__(self, seconds: float | None):
        self.seconds = seconds
        self.start = time.monotonic()
        self.armed = False
        self.previous = None

    def __enter__(self):
        self.start = time.monotonic()
        can_alarm = (
            hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
        )
        if self.seconds and can_alarm:
            self.previous = signal.signal(signal.SIGALRM, self._stop) or signal.SIG_DFL
            self.armed = True
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc) -> None:
        if self.previous is not None:
            self.armed = False
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
            self.previous = None

    def _stop(self, signum, frame) -> None:
        if self.armed:
            self.armed = False
            raise TimeLimitError(self.message())

    def check(self) -> None:
        """Raise :class:`TimeLimitError` if the time is up (where no alarm could)."""
        if self.seconds and time.monotonic() - self.start > self.seconds:
            self.armed = False
            raise TimeLimitError(self.message())

    def message(self) -> str:
        return (
            f"This article took longer than {self.seconds:g} seconds, the time limit for one "
            "article, and was stopped there; the analyses after this one were not run, and "
            "the other articles went on. A file this slow is usually very long or holds many "
            "articles: split it into one file per article, or give a longer time limit "
            "(time_limit= in Python, --time-limit on the command line)."
        )


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
    encoding: str | None = None,
    time_limit: float | None = TIME_LIMIT,
    metadata: str | Path | pd.DataFrame | None = None,
    corrections: str | Path | pd.DataFrame | None = None,
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
        A ``.csv`` or ``.parquet`` file to write the rows to as they come:
        after every article (with an ``executor``, after every chunk). If the
        file holds the rows of an earlier, interrupted run over the same
        articles, the run resumes: the articles already there are not analysed
        again. While the run goes on, ``out`` is locked (a file beside it, its
        name ending in ``.lock``): a second run on the same file is refused at
        once, and a lock left by a run that was killed is recognised and
        replaced (:func:`results_lock`).
    encoding : str, optional
        The text encoding of every file (as for :func:`kitlib.articles.load_article`);
        by default each file's is found (UTF-8, or detected).
    time_limit : float or None
        The most one article may take, in seconds (default :data:`TIME_LIMIT`):
        an article that takes longer is stopped and gets an error row saying
        so, and the run goes on. None for no limit.
    metadata : str, Path or pandas.DataFrame, optional
        A CSV file (or table) of facts about the files, one row per file, read by
        :func:`read_metadata`: a ``file`` column (the file's name, ``story1.txt``,
        or its path as given) and any of ``outlet``, ``headline``, ``dek``, ``date``.
        A value given there replaces what the file says; the ``about`` analysis
        reports it.
    corrections : str, Path or pandas.DataFrame, optional
        A corrections file (:mod:`kitlib.articles.corrections`), applied to each
        article it names before any analysis.

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
        For an unknown analysis or ``on_error`` value; an ``out`` file that is
        neither ``.csv`` nor ``.parquet``, holds other articles' results, is
        damaged (the message names the line) or is being written by another
        run; or (with ``on_error="raise"``) the loader's error for a file it
        cannot read, or :class:`~kitlib.errors.TimeLimitError`.

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
    total = len(paths_or_articles) if isinstance(paths_or_articles, Sized) else None  # generator
    if time_limit is not None and not time_limit > 0:
        raise KitError("time_limit must be a number of seconds above 0, or None for no limit.")
    options = {
        "encoding": encoding,
        "time_limit": time_limit,
        "metadata": None if metadata is None else read_metadata(metadata),
        "corrections": None if corrections is None else read_corrections(corrections),
    }
    if out is None:
        return _analyze(paths_or_articles, wanted, on_error, progress, executor, size, total,
                        None, options)  # fmt: skip
    writer = _Writer(out)
    with results_lock(writer.out):
        return _analyze(paths_or_articles, wanted, on_error, progress, executor, size, total,
                        writer, options)  # fmt: skip


def _analyze(paths_or_articles, wanted, on_error, progress, executor, size, total, writer,
             options) -> pd.DataFrame:  # fmt: skip
    """The work of :func:`analyze_many`, its options checked (and ``out`` locked)."""
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
    items: Iterator[tuple[int, object]] = enumerate(paths_or_articles)
    if skip:
        items = _check_resumed(items, frames[0], writer.journal)
    chunks = (c for c in _chunks(items, size) if c[-1][0] >= skip)
    chunks = ([(i, item) for i, item in c if i >= skip] for c in chunks)
    caught: list[tuple[type, str]] = []
    bar = _progress_bar(total, progress, skip)
    try:
        for done in _run(chunks, wanted, on_error, executor, options):
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


def _run(chunks, wanted, on_error, executor, options) -> Iterator[list]:
    """The results of :func:`analyse_chunk`, in the input's order: article by article
    in this process, chunk by chunk with an executor.

    With an executor, at most :data:`CHUNKS_AHEAD` chunks per worker are
    submitted ahead of the oldest unfinished one; the executor (a process
    pool, Dask) decides where each runs.
    """
    if executor is None:
        for chunk in chunks:
            for one in chunk:  # so that the results are written after every article
                yield analyse_chunk([one], wanted, on_error, **options)
        return
    ahead = CHUNKS_AHEAD * _workers(executor)
    pending: deque = deque()
    try:
        for chunk in chunks:
            pending.append(executor.submit(_analyse_chunk_with, chunk, wanted, on_error, options))
            if len(pending) >= ahead:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


def _analyse_chunk_with(chunk, wanted, on_error, options):
    """:func:`analyse_chunk` with its options in a dict (what an executor is given)."""
    return analyse_chunk(chunk, wanted, on_error, **options)


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

    def __init__(self, out: str | Path):
        self.out = Path(out).expanduser()
        suffix = self.out.suffix.lower()
        if suffix not in (".csv", ".parquet"):
            raise KitError(f"The results file must end in .csv or .parquet, not {self.out.name!r}.")
        self.parquet = suffix == ".parquet"
        if self.parquet:
            require_pyarrow()
        self.journal = (
            self.out.with_name(self.out.name + ".partial.csv") if self.parquet else (self.out)
        )

    def resume(self) -> pd.DataFrame:
        """The complete rows of an earlier run (its last article is done again)."""
        if self.parquet and self.out.exists() and not self.journal.exists():
            try:
                earlier = pd.read_parquet(self.out)
            except Exception as error:  # noqa: BLE001 - pyarrow's errors have no common base
                raise KitError(
                    f"{self.out} cannot be read as a Parquet file ({type(error).__name__}), so "
                    "the run cannot go on where it stopped: delete it to start again from the "
                    "beginning, or give another file name."
                ) from None
            _check_columns(earlier, self.out)
            safe_table(earlier).to_csv(self.journal, index=False)
        if not self.journal.exists() or self.journal.stat().st_size == 0:
            self.journal.parent.mkdir(parents=True, exist_ok=True)
            self.journal.write_text(",".join(COLUMNS) + "\n", encoding="utf-8")
            return pd.DataFrame(columns=COLUMNS)
        with open(self.journal, "rb+") as file:  # a run stopped mid-line: drop that line
            data = file.read()
            file.truncate(data.rfind(b"\n") + 1)
        earlier = read_results(self.journal, data=data[: data.rfind(b"\n") + 1])
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


def read_results(path: str | Path, *, data: bytes | None = None) -> pd.DataFrame:
    r"""The rows of a results file that :func:`analyze_many` wrote (``out=``), checked.

    Every line is checked before the table is made, so a damaged file gets one
    message that names the first bad line and says what to do, instead of an
    error from deep inside pandas.

    Parameters
    ----------
    path : str or Path
        The ``.csv`` file.
    data : bytes, optional
        Its bytes, if already read.

    Raises
    ------
    KitError
        The file is not a results file, or a line of it is damaged.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> damaged = pathlib.Path(tempfile.mkdtemp()) / "results.csv"
    >>> rows = ",".join(COLUMNS) + "\nCNN,cnn.txt,text,words,many,\n"
    >>> _ = damaged.write_text(rows, encoding="utf-8")
    >>> read_results(damaged)
    Traceback (most recent call last):
    ...
    kitlib.errors.KitError: ...results.csv is damaged at line 2 (the value 'many' is not...
    """
    path = Path(path)
    data = path.read_bytes() if data is None else data
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise KitError(_damaged(path, line, "bytes that are not UTF-8 text")) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    line = 1  # where the row being read starts (a quoted field may hold line breaks)
    try:
        header = next(reader, None)
        if header != COLUMNS:
            _check_columns(pd.DataFrame(columns=header or []), path)
        line = reader.line_num + 1
        for row in reader:
            if row and len(row) != len(COLUMNS):  # (a blank line holds nothing to lose)
                what = f"{len(row)} fields where a row has {len(COLUMNS)}"
                raise KitError(_damaged(path, line, what))
            if row:
                try:
                    float(row[4] or "nan")
                except ValueError:
                    what = f"the value {row[4][:30]!r} is not a number"
                    raise KitError(_damaged(path, line, what)) from None
            line = reader.line_num + 1
    except csv.Error as error:
        raise KitError(_damaged(path, line, str(error))) from None
    return pd.read_csv(
        io.StringIO(text), dtype={"value": float}, keep_default_na=False, na_values={"value": [""]}
    )


def _damaged(path: Path, line: int, what: str) -> str:
    return (
        f"{path} is damaged at line {line} ({what}), so the run cannot go on where it "
        f"stopped: delete {path.name} to start again from the beginning (every article is "
        "analysed again), or give another file name for the results."
    )


def _check_columns(table: pd.DataFrame, path: Path) -> None:
    if list(table.columns) != COLUMNS:
        raise KitError(
            f"{path} is not a results file of analyze_many (its columns are not "
            f"{', '.join(COLUMNS)}). Give another file name, or delete it."
        )


# --------------------------------------------------------------------------
# One run at a time per results file
# --------------------------------------------------------------------------


@contextmanager
def results_lock(path: str | Path) -> Iterator[Path]:
    """Hold the lock of a results file while a run writes it; refuse if another run does.

    The lock is a small file beside ``path`` (its name ends in ``.lock``) that
    says which process holds it, on which computer, since when. A second run on
    the same file is refused at once. A lock whose process has ended (a run that
    was killed, or a computer that restarted) is recognised as stale on the same
    computer and replaced; a lock held from another computer (a shared folder) is
    not touched, and the message says how to remove it.

    Raises
    ------
    KitError
        Another run holds the lock.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "results.csv"
    >>> with results_lock(out) as lock:
    ...     lock.name
    'results.csv.lock'
    >>> lock.exists()
    False
    """
    path = Path(path).expanduser()
    lock = path.with_name(path.name + ".lock")
    mine = _lock_text()
    _take_lock(lock, path, mine)
    try:
        yield lock
    finally:
        try:
            if lock.read_text(encoding="utf-8") == mine:
                lock.unlink()
        except OSError:
            pass


#: A lock file that cannot be read (empty: a run killed the instant it made it) is
#: taken as stale once it is this many seconds old.
UNREADABLE_LOCK_SECONDS = 10


def _lock_text() -> str:
    pid = os.getpid()
    started = datetime.now().astimezone().isoformat(timespec="seconds")
    return f"{pid} {socket.gethostname()} {_process_start(pid) or '-'} {started}\n"


def _process_start(pid: int) -> str | None:
    """When process ``pid`` started (Linux: clock ticks since boot), to tell a process
    from a later one that got the same number; None where it cannot be known."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as file:
            return file.read().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def _take_lock(lock: Path, path: Path, mine: str) -> None:
    lock.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(2):
        try:
            descriptor = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            try:
                held = lock.read_text(encoding="utf-8")
            except OSError:
                continue  # removed in the meantime: try again
            if not _is_stale(lock, held):
                raise KitError(_locked(lock, path, held)) from None
            try:
                if lock.read_text(encoding="utf-8") == held:  # still the same stale lock
                    lock.unlink()
            except OSError:
                pass
            continue
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(mine)
        return
    raise KitError(_locked(lock, path, ""))


def _is_stale(lock: Path, held: str) -> bool:
    parts = held.split()
    if len(parts) < 4 or not parts[0].isdigit():
        try:
            return time.time() - lock.stat().st_mtime > UNREADABLE_LOCK_SECONDS
        except OSError:
            return True
    pid, host, start = int(parts[0]), parts[1], parts[2]
    if host != socket.gethostname() or os.name != "posix":
        return False  # a process elsewhere (or on Windows) cannot be looked up
    try:
        os.kill(pid, 0)  # signal 0: is there such a process? (nothing is sent)
    except ProcessLookupError:
        return True
    except PermissionError:
        pass  # there is, run by someone else
    return start != "-" and _process_start(pid) not in (None, start)


def _locked(lock: Path, path: Path, held: str) -> str:
    parts = held.split()
    who = ""
    if len(parts) >= 4:
        who = f" (process {parts[0]} on {parts[1]}, started {parts[3]})"
    return (
        f"Another run is writing the results to {path}{who}. Two runs on one file would mix "
        "their articles: wait until that run has finished, or give this one another file "
        f"name. If no such run is going on any more, delete {lock} and start again."
    )


def require_pyarrow() -> None:
    """Raise :class:`KitError`, saying what to install, if pyarrow (for .parquet) is missing.

    >>> require_pyarrow()  # nothing to say: pyarrow is installed with the scale extra
    """
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
# One row per article
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
        Columns ``article`` and ``source``; then the words of :data:`TEXT_MEASURES`
        that were asked for (``headline``, ``date``, ``outlet``, ``speakers``); then
        one column per figure, in
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
    words = text_rows(table)
    figures = table[(table["analysis"] != "error") & ~words]
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
    _insert_text_columns(wide, table[words])
    wide["note"] = [notes.get(name, "") for name in wide["article"]]
    wide["error"] = [messages.get(name, "") for name in wide["article"]]
    return wide


def text_rows(table: pd.DataFrame) -> pd.Series:
    """Which rows of a tidy table are words (:data:`TEXT_MEASURES`), not figures.

    >>> import kitlib
    >>> table = kitlib.analyze_many(kitlib.load_pair(), analyses=["about", "text"])
    >>> sorted(set(table.loc[text_rows(table), "measure"]))
    ['corrections', 'date', 'headline', 'outlet', 'sha256']
    """
    pairs = {(analysis, m) for analysis, measures in TEXT_MEASURES.items() for m in measures}
    keys = zip(table["analysis"], table["measure"], strict=True)
    return pd.Series([key in pairs for key in keys], index=table.index, dtype=bool)


def _insert_text_columns(wide: pd.DataFrame, rows: pd.DataFrame) -> None:
    """Put each text measure's words in a column of its own, after ``source``."""
    at = list(wide.columns).index("source") + 1
    for measure in dict.fromkeys(rows["measure"]):
        said = rows[rows["measure"] == measure].set_index("article")["note"]
        wide.insert(at, measure, [said.get(name, "") for name in wide["article"]])
        at += 1
