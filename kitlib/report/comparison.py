"""Compare two (or more) articles side by side: every analysis in one object.

>>> import kitlib
>>> nbc, cnn = kitlib.load_pair()
>>> result = kitlib.compare(nbc, cnn)
>>> result.names
('NBC News', 'CNN')
>>> list(result.summary.columns)
['section', 'measure', 'NBC News', 'CNN', 'difference']
>>> result.summary.set_index("measure").loc["paragraphs", "NBC News"]
20

:func:`compare` runs each of the kit's analyses on every article and keeps
two kinds of table:

* ``summary``: one row per measure (words, readability grade, quotations,
  ...), one column per article, and a ``difference`` column that says in
  words what differs;
* ``sections``: for each part of the report, the detailed table behind the
  summary, the figure that goes with it, and a note on how to read it.

``Comparison.to_html(path)`` writes the side-by-side report (one file that
opens offline); ``Comparison.to_markdown()`` gives the same tables as text
for a memo. The analyses themselves live in their own modules
(``kitlib.readability``, ``kitlib.actors``, ``kitlib.quotes``,
``kitlib.frames``, ``kitlib.words``); this module only gathers them.

The report's parts are built in :mod:`kitlib.report.sections`, one builder per
section; this module holds what :func:`compare` returns and :func:`compare` itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from kitlib.articles import Article, as_articles, unique_names
from kitlib.articles.language import check_english
from kitlib.differences import article_phrase, name_the_articles
from kitlib.errors import ArticleError, KitError
from kitlib.formatting import write
from kitlib.report import render
from kitlib.report.sections import BUILDERS, SECTIONS, Section, unavailable

__all__ = ["Comparison", "compare"]


@dataclass(frozen=True, eq=False)
class Comparison:
    """Every analysis of two or more articles, side by side.

    Attributes
    ----------
    articles : tuple of Article
        The articles, in the order given.
    names : tuple of str
        One unique label per article (the outlet, or the id), used as column names.
    summary : pandas.DataFrame
        One row per measure. Columns: ``section``, ``measure``, one column per
        article (named as in ``names``), and ``difference`` (in words).
    sections : tuple of Section
        The parts of the report, in order, each with its detailed table.

    Examples
    --------
    >>> import kitlib
    >>> result = kitlib.compare(*kitlib.load_pair())
    >>> result.names, result.section("quotes").title
    (('NBC News', 'CNN'), 'Who gets to speak')
    """

    articles: tuple[Article, ...]
    names: tuple[str, ...]
    summary: pd.DataFrame = field(repr=False)
    sections: tuple[Section, ...] = field(repr=False)

    def section(self, key: str) -> Section:
        """The section called ``key`` (``"facts"``, ``"quotes"``, ...)."""
        for section in self.sections:
            if section.key == key:
                return section
        keys = ", ".join(s.key for s in self.sections)
        raise KeyError(f"There is no section called {key!r}. Choose one of: {keys}.")

    def table(self, key: str) -> pd.DataFrame:
        """The detailed table of section ``key``."""
        return self.section(key).table

    def to_html(self, path=None, title: str | None = None) -> str:
        """The report as one self-contained HTML page; also written to ``path`` if given."""
        page = render.to_html(self, title=title)
        if path is not None:
            write(page, path)
        return page

    def to_markdown(self, path=None, title: str | None = None) -> str:
        """The report's tables as Markdown for a memo; also written to ``path`` if given."""
        text = render.to_markdown(self, title=title)
        if path is not None:
            write(text, path)
        return text

    def _repr_html_(self) -> str:  # a notebook shows the summary table
        return self.summary.to_html(index=False, na_rep="–")

    def __repr__(self) -> str:
        return f"<Comparison of {', '.join(self.names)}: {len(self.summary)} measures>"


def compare(*articles, names=None, progress: Callable[[str], None] | None = None) -> Comparison:
    """Run every analysis on two or more articles and put the results side by side.

    Parameters
    ----------
    *articles : Article or str
        Two or more articles (an :class:`~kitlib.articles.Article`, or plain
        text). A single list of articles works too.
    names : list of str, optional
        Labels for the articles in every table (default: their names, made unique).
    progress : callable, optional
        Called with a short message (``"readability"``) as each analysis
        starts; the command line uses it to show progress.

    Returns
    -------
    Comparison
        ``.summary`` (columns ``section, measure``, one per article,
        ``difference``), ``.sections`` with the detailed tables, and
        ``.to_html(path)`` / ``.to_markdown()`` for the report.

    Raises
    ------
    ArticleError
        Fewer than two articles, or an empty text.
    NotEnglishError
        A text that does not look like English.

    Examples
    --------
    >>> import kitlib
    >>> result = kitlib.compare(*kitlib.load_pair())
    >>> result.section("facts").table[["article", "paragraphs"]].values.tolist()
    [['NBC News', 20], ['CNN', 11]]
    """
    articles = as_articles(articles)
    if len(articles) < 2:
        raise ArticleError(
            f"compare needs at least two articles; it was given {len(articles)}. "
            "For example: kitlib.compare(nbc, cnn)."
        )
    for article in articles:
        check_english(article)
    names = tuple(names) if names is not None else unique_names(articles)
    if len(names) != len(articles) or len(set(names)) != len(names):
        raise ArticleError(
            f"Give one different name per article: {len(articles)} articles, names={list(names)!r}."
        )
    say = progress or (lambda message: None)

    rows, sections = [], []
    for key, _, _ in SECTIONS:
        say(key)
        try:
            section, more = BUILDERS[key](articles, names)
        except KitError as error:  # the analysis refused these texts, and says why
            section, more = unavailable(key, str(error)), []
        sections.append(section)
        rows += more
    summary = pd.DataFrame(rows, columns=["section", "measure", *names, "difference"])
    summary["difference"] = _said_of_articles(summary["difference"], articles, names)
    return Comparison(articles, names, summary, tuple(sections))


def _said_of_articles(differences: pd.Series, articles, names) -> pd.Series:
    """Each difference said of "this CNN article" (or the file's name), never of the outlet."""
    phrases = {
        name: article_phrase(name, outlet=article.meta.get("outlet"))
        for name, article in zip(names, articles, strict=True)
    }
    return differences.map(lambda sentence: name_the_articles(str(sentence), phrases))
