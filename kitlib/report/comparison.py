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

import hashlib
import importlib.metadata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from kitlib.articles import (
    Article,
    apply_corrections,
    as_articles,
    input_sha256,
    read_corrections,
    read_limited,
    unique_names,
)
from kitlib.articles.language import check_english
from kitlib.differences import article_phrase, name_the_articles
from kitlib.errors import ArticleError, KitError
from kitlib.formatting import write
from kitlib.report import render
from kitlib.report.sections import BUILDERS, SECTIONS, Section, overview, unavailable
from kitlib.spreadsheets import write_csv

__all__ = ["PROVENANCE_COLUMNS", "Comparison", "compare", "kit_version", "provenance"]

#: The columns of :func:`provenance` (and of every table :meth:`Comparison.to_tables` writes,
#: after its own: ``kit``, ``made_on``, ``input_sha256``, ``corrections``).
PROVENANCE_COLUMNS = ["what", "name", "file", "sha256"]


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
    overview : Section or None
        The report's first screen: the measures on which the articles differ most
        (:func:`kitlib.report.sections.overview`), read from ``summary``.
    provenance : pandas.DataFrame
        Where the figures come from (:func:`provenance`): the kit's version, the date,
        each input's name, file and SHA-256, the corrections file and every correction
        applied.

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
    provenance: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)
    overview: Section | None = field(default=None, repr=False)

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

    def to_tables(self, folder) -> list[Path]:
        """Write every table behind the report as CSV files in ``folder``; return their paths.

        ``summary.csv``; for each section its table (``actors.csv``), the rows shown
        under it (``quotes_examples.csv``) and the tables it was built from
        (``quotes_quotations.csv``: every quotation with its speaker, mention, rule,
        confidence and offsets); and ``provenance.csv``. Every table also carries the
        columns ``kit`` (the kit's version), ``made_on`` (the date), ``input_sha256``
        (of the row's article, where the row has one) and ``corrections`` (the
        corrections file and its SHA-256, or empty). Cells a spreadsheet would run as a
        formula are written safe (:mod:`kitlib.spreadsheets`).
        """
        folder = Path(folder).expanduser()
        folder.mkdir(parents=True, exist_ok=True)
        written = [write_csv(self._stamped(self.summary), folder / "summary.csv")]
        if self.overview is not None:
            written.append(write_csv(self._stamped(self.overview.table), folder / "overview.csv"))
        for section in self.sections:
            for suffix, table in _section_tables(section):
                path = folder / f"{section.key}{suffix}.csv"
                written.append(write_csv(self._stamped(table), path))
        written.append(write_csv(self.provenance, folder / "provenance.csv"))
        return written

    def _stamped(self, table: pd.DataFrame) -> pd.DataFrame:
        """``table`` with the provenance columns (see :meth:`to_tables`)."""
        facts = self.provenance.set_index("what")["name"] if len(self.provenance) else {}
        inputs = self.provenance[self.provenance["what"] == "article"] if len(
            self.provenance) else pd.DataFrame(columns=PROVENANCE_COLUMNS)  # fmt: skip
        sums = dict(zip(inputs["name"], inputs["sha256"], strict=True))
        used = self.provenance[self.provenance["what"] == "corrections file"] if len(
            self.provenance) else inputs.iloc[:0]  # fmt: skip
        out = table.copy()
        out["kit"] = facts.get("kit", "")
        out["made_on"] = facts.get("made on", "")
        out["input_sha256"] = (
            out["article"].map(sums).fillna("") if "article" in out.columns
            else "; ".join(f"{n}: {v}" for n, v in sums.items())
        )  # fmt: skip
        out["corrections"] = "; ".join(f"{r.file} ({r.sha256})" for r in used.itertuples())
        return out

    def _repr_html_(self) -> str:  # a notebook shows the summary table
        return self.summary.to_html(index=False, na_rep="–")

    def __repr__(self) -> str:
        return f"<Comparison of {', '.join(self.names)}: {len(self.summary)} measures>"


def compare(
    *articles,
    names=None,
    progress: Callable[[str], None] | None = None,
    corrections=None,
) -> Comparison:
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
    corrections : str, Path or pandas.DataFrame, optional
        A corrections file (:mod:`kitlib.articles.corrections`: headline, dek,
        paragraphs to drop, a quotation's speaker, a person's name or gender),
        applied before any analysis; the report lists every correction applied.
        Every row must name one of the articles.

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
    table = None if corrections is None else read_corrections(corrections)
    if table is not None:
        articles = tuple(apply_corrections(a, table) for a in articles)
        _all_rows_used(table, articles)
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
    made = provenance(*articles, names=names, corrections=corrections)
    return Comparison(articles, names, summary, tuple(sections), made, overview(summary, names))


def _said_of_articles(differences: pd.Series, articles, names) -> pd.Series:
    """Each difference said of "this CNN article" (or the file's name), never of the outlet."""
    phrases = {
        name: article_phrase(name, outlet=article.meta.get("outlet"))
        for name, article in zip(names, articles, strict=True)
    }
    return differences.map(lambda sentence: name_the_articles(str(sentence), phrases))


def _all_rows_used(table: pd.DataFrame, articles) -> None:
    """Refuse a corrections row that names none of the articles (a typo would go unseen)."""
    known = set()
    for article in articles:
        source = article.meta.get("source") or ""
        known |= {article.name, str(article.meta.get("id") or ""), source, Path(source).name}
    for row in table.itertuples():
        if row.article not in known - {""}:
            shown = ", ".join(sorted(a.name for a in articles))
            raise KitError(
                f"Corrections, line {row.row}: {row.article!r} is none of the articles "
                f"({shown}); write the file's name or the article's label."
            )


def _section_tables(section: Section) -> list[tuple[str, pd.DataFrame]]:
    """A section's tables with the ending of each one's file name."""
    if not section.available:
        return []
    found = [("", section.table)]
    if section.examples is not None and not section.examples.empty:
        found.append(("_examples", section.examples))
    found += [(f"_{key}", table) for key, table in section.tables.items()]
    return found


def kit_version() -> str:
    """The installed kit's version ("0.2.0"), or "unknown" when it is not installed.

    >>> kit_version().count(".") >= 1 or kit_version() == "unknown"
    True
    """
    try:
        return importlib.metadata.version("media-framing-kit")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def provenance(*articles, names=None, corrections=None) -> pd.DataFrame:
    """Where a comparison's figures come from: kit, date, inputs with SHA-256, corrections.

    An article read from a file is hashed as the file's bytes (so ``sha256sum FILE``
    gives the same); any other article, as its text received (UTF-8).

    Returns
    -------
    pandas.DataFrame
        Columns ``what, name, file, sha256``; rows ``kit``, ``made on`` (the date, UTC),
        one ``article`` per input, the ``corrections file`` if one was used, and one
        ``correction applied`` per correction (its ``file`` cell says what was done).

    Examples
    --------
    >>> import kitlib
    >>> table = provenance(*kitlib.load_pair())
    >>> table["what"].tolist()
    ['kit', 'made on', 'article', 'article']
    >>> len(table["sha256"].iloc[2])
    64
    """
    articles = as_articles(articles)
    names = tuple(names) if names is not None else unique_names(articles)
    rows = [
        {"what": "kit", "name": kit_version(), "file": "media-framing-kit", "sha256": ""},
        {"what": "made on", "name": datetime.now(UTC).date().isoformat(),
         "file": "", "sha256": ""},
    ]  # fmt: skip
    for name, article in zip(names, articles, strict=True):
        file, digest = input_sha256(article)
        rows.append({"what": "article", "name": name, "file": file, "sha256": digest})
    if corrections is not None and not isinstance(corrections, pd.DataFrame):
        path = Path(corrections).expanduser()
        digest = hashlib.sha256(read_limited(path)).hexdigest()
        rows.append({"what": "corrections file", "name": path.name, "file": str(path),
                     "sha256": digest})  # fmt: skip
    elif corrections is not None:
        rows.append({"what": "corrections file", "name": "(a table given in Python)",
                     "file": "", "sha256": ""})  # fmt: skip
    for name, article in zip(names, articles, strict=True):
        rows += [
            {"what": "correction applied", "name": name, "file": line, "sha256": ""}
            for line in article.meta.get("corrections_applied", [])
        ]
    return pd.DataFrame(rows, columns=PROVENANCE_COLUMNS)
