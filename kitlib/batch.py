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
import sys
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd

from kitlib.articles import (
    FIRST_PARAGRAPH,
    Article,
    article_from_text,
    load_article,
    looks_like_path,
)
from kitlib.artifacts import ARTIFACT_KINDS
from kitlib.errors import KitError
from kitlib.language import caution
from kitlib.text import word_count

__all__ = [
    "KitError",
    "analyze_many",
    "available_analyses",
    "in_notebook",
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
    from kitlib.readability import readability

    row = readability(article).iloc[0]
    return [(name, float(value)) for name, value in row.items() if name not in ("article", "note")]


def _actor_measures(article: Article) -> list[tuple[str, float]]:
    from kitlib.actors import find_mentions

    mentions = find_mentions(article)
    return [
        ("mentions", len(mentions)),
        ("different actors", mentions["actor"].nunique()),
        ("mentions in the first paragraph", int((mentions["paragraph"] == FIRST_PARAGRAPH).sum())),
    ]


def _quote_measures(article: Article) -> list[tuple[str, float]]:
    from kitlib.quotes import find_quotes

    quotes = find_quotes(article)
    return [
        ("quotations", len(quotes)),
        ("quotations with a speaker", int(quotes["speaker"].notna().sum())),
    ]


def _frame_measures(article: Article) -> list[tuple[str, float]]:
    from kitlib.frames import codebook, frame_evidence

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
# Loading and the progress bar
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


def _progress(items: list, show: bool | None) -> Iterable:
    if show is None:
        show = in_notebook() and len(items) >= PROGRESS_MIN_ITEMS
    if not show:
        return items
    from tqdm.std import tqdm  # text bar; tqdm's widget bar would need ipywidgets

    return tqdm(items, desc="articles", unit="article", file=sys.stderr)


# --------------------------------------------------------------------------
# The public function
# --------------------------------------------------------------------------


def analyze_many(
    paths_or_articles: Iterable,
    *,
    analyses: Iterable[str] | None = None,
    on_error: str = "raise",
    progress: bool | None = None,
) -> pd.DataFrame:
    """Run every per-article analysis on many articles; one tidy table out.

    Parameters
    ----------
    paths_or_articles : iterable
        Articles, paths of ``.txt``/``.html`` files, or texts. A string is
        read by the kit's one rule, :func:`kitlib.articles.looks_like_path`:
        one line that ends in ``.txt``, ``.html`` (or another of
        :data:`kitlib.articles.FILE_SUFFIXES`) or names an existing file is a
        path; any other string is the text of an article.
    analyses : iterable of str, optional
        Which analyses to run (see :data:`ANALYSES`); all available ones by default.
    on_error : {"raise", "record"}
        ``"raise"`` stops at the first file the kit cannot read;
        ``"record"`` goes on and records the problem as a row with
        ``analysis == "error"`` and the message in ``note``.
    progress : bool, optional
        Show a progress bar. By default, only in a notebook and only for
        :data:`PROGRESS_MIN_ITEMS` articles or more.

    Returns
    -------
    pandas.DataFrame
        One row per article and measure, with columns ``article`` (the
        article's name, numbered if two are the same), ``source`` (its path,
        or ``item N`` / ``text N``), ``analysis``, ``measure``, ``value``
        (a number) and ``note`` (empty, or why a figure should be read with
        care, from :func:`kitlib.language.caution`: the text does not look
        like English, or is too short).

    Raises
    ------
    KitError
        For an unknown analysis or ``on_error`` value, or (with
        ``on_error="raise"``) the loader's error for a file it cannot read.

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
    """
    wanted = list(available_analyses() if analyses is None else analyses)
    unknown = [a for a in wanted if a not in ANALYSES]
    if unknown:
        raise KitError(f"Unknown analysis {unknown[0]!r}. Choose from: {', '.join(ANALYSES)}.")
    if on_error not in ("raise", "record"):
        raise KitError('on_error must be "raise" or "record".')
    if isinstance(paths_or_articles, (str, Path, Article)):
        paths_or_articles = [paths_or_articles]
    items = list(paths_or_articles)
    rows: list[dict] = []
    names: dict[str, int] = {}
    caught: list[warnings.WarningMessage] = []
    for index, item in enumerate(_progress(items, progress)):
        with warnings.catch_warnings(record=True) as found:
            warnings.simplefilter("always")
            try:
                article, source = _load(item, index)
            except KitError as error:
                if on_error == "raise":
                    raise
                rows.append(_error_row(f"item {index}", str(item)[:80], type(error), str(error)))
                continue
        caught += found
        name = _unique(article.name, names)
        care = caution(article.meta)
        for analysis in wanted:
            _, measures = ANALYSES[analysis]
            note = care if analysis in ENGLISH_ONLY else ""
            try:
                results = measures(article)
            except KitError as error:
                if on_error == "raise":
                    raise
                rows.append(_error_row(name, source, type(error), str(error), analysis))
                continue
            rows += [
                {
                    "article": name,
                    "source": source,
                    "analysis": analysis,
                    "measure": measure,
                    "value": float(value),
                    "note": note,
                }
                for measure, value in results
            ]
    _summarise_warnings(caught)
    return pd.DataFrame(rows, columns=COLUMNS)


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


def _summarise_warnings(caught: list[warnings.WarningMessage]) -> None:
    """One warning per kind of problem, with how many articles had it."""
    counts: dict[type, int] = {}
    for item in caught:
        counts[item.category] = counts.get(item.category, 0) + 1
    for category, n in counts.items():
        example = next(str(w.message) for w in caught if w.category is category)
        warnings.warn(
            f"{n} of the texts gave this warning (first one shown): {example}",
            category,
            stacklevel=3,
        )
