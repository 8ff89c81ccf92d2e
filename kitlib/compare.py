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

How this file is laid out, top to bottom:

1. ``Section`` and ``Comparison``: what :func:`compare` returns.
2. Small helpers: word counts, unique names, the English check, and
   :func:`describe_difference`, which writes the ``difference`` column.
3. One builder per section (facts, readability, actors, quotes, frames,
   words, artifacts), each with the public table function behind it
   (:func:`paragraph_lengths`, :func:`names_in_text`, :func:`quote_speakers`,
   :func:`frame_indicators`, :func:`artifact_counts`).
4. :func:`compare` itself.
5. Loading by name or path (:func:`load_source`, :func:`load_invented_pair`)
   and checking the kit by hand (:func:`check_speakers`, :func:`invented_truth`).
"""

from __future__ import annotations

import math
import re
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from kitlib import data
from kitlib.articles import Article, as_article, load_article
from kitlib.errors import ArticleError, KitError, NotEnglishError
from kitlib.text import word_count

__all__ = [
    "ArticleError",
    "Comparison",
    "KitError",
    "NotEnglishError",
    "Section",
    "actor_table_fits",
    "artifact_counts",
    "check_english",
    "check_speakers",
    "compare",
    "count_words",
    "describe_difference",
    "frame_indicators",
    "invented_truth",
    "load_invented_pair",
    "load_source",
    "names_in_text",
    "paragraph_lengths",
    "quote_speakers",
    "unique_names",
]

#: The kinds of artifact kitlib.artifacts finds, with a plain-words label for tables.
ARTIFACT_KINDS = {
    "dropped_words": "words dropped by a processing pipeline",
    "coreference_substitution": "pronouns replaced by names (coreference)",
    "mismatched_quote_marks": "quotation opened and closed with different marks",
    "unbalanced_quote_marks": "quotation mark with no partner",
}

#: The parts of the report, in order: key, title, and the question each answers.
SECTIONS = (
    ("facts", "Headline facts", "What is in each text, and how long is it?"),
    ("readability", "Readability", "How hard is each text to read?"),
    ("actors", "Who comes first", "Who is in the story, how often, and how early?"),
    ("quotes", "Who gets to speak", "Whose words are quoted, and how are they introduced?"),
    ("frames", "Frame indicators", "Which generic news frames does each text show signs of?"),
    ("words", "Distinctive words", "Which words set one text apart from the other?"),
    ("artifacts", "Artifacts found in each text", "What went wrong in the text before we got it?"),
)


@dataclass(frozen=True)
class Section:
    """One part of the report: a question, the table behind it, and a figure.

    Attributes
    ----------
    key, title, question : str
        Short name (``"quotes"``), heading (``"Who gets to speak"``) and the question.
    table : pandas.DataFrame
        The detailed table, shown next to the figure.
    note : str
        How to read the table and figure (what to look at), in plain words.
    draw : callable or None
        ``draw(ax)`` draws the figure on a matplotlib Axes; None if there is no figure.
    alt : str
        Alt text for the figure: what it shows, for readers who cannot see it.
    available : bool
        False if the analysis could not run (the note says why).
    examples : pandas.DataFrame or None
        Optional rows to read under the figure (artifacts with their excerpts,
        quotations with their speakers).
    """

    key: str
    title: str
    question: str
    table: pd.DataFrame
    note: str
    draw: Callable | None = field(default=None, repr=False)
    alt: str = ""
    available: bool = True
    examples: pd.DataFrame | None = field(default=None, repr=False)


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
        from kitlib import report

        page = report.to_html(self, title=title)
        if path is not None:
            report.write(page, path)
        return page

    def to_markdown(self, path=None, title: str | None = None) -> str:
        """The report's tables as Markdown for a memo; also written to ``path`` if given."""
        from kitlib import report

        text = report.to_markdown(self, title=title)
        if path is not None:
            report.write(text, path)
        return text

    def _repr_html_(self) -> str:  # a notebook shows the summary table
        return self.summary.to_html(index=False, na_rep="–")

    def __repr__(self) -> str:
        return f"<Comparison of {', '.join(self.names)}: {len(self.summary)} measures>"


# --------------------------------------------------------------------------
# Small helpers: names, words, language, differences in words
# --------------------------------------------------------------------------


def count_words(text: str) -> int:
    """How many words (see :data:`kitlib.text.WORD`) ``text`` has."""
    return word_count(text)


def unique_names(articles) -> tuple[str, ...]:
    """One label per article: its outlet (or id), numbered when two would be the same."""
    names = [a.name for a in articles]
    out = []
    for i, name in enumerate(names):
        if names.count(name) > 1:
            name = f"{name} ({i + 1})"
        out.append(name)
    return tuple(out)


def check_english(article: Article) -> None:
    """Raise :class:`NotEnglishError` if the article's text does not look like English.

    Uses :func:`kitlib.language.english_share`; texts too short to judge pass.
    """
    from kitlib import language

    share = language.english_share(article.text)
    if share is not None and share < language.ENGLISH_SHARE_THRESHOLD:
        raise NotEnglishError(
            f"{article.name!r} does not look like English: only {share:.0%} of its words are "
            f"common English words (English news is usually above "
            f"{language.ENGLISH_SHARE_THRESHOLD:.0%}). The kit's analyses (syllables, "
            "quotation verbs, word lists) only work on English. Check that you loaded the "
            "right file, or compare two English articles."
        )


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _show(value, unit: str = "") -> str:
    if isinstance(value, float):
        shown = f"{value:,.1f}" if abs(value) >= 1 or value == 0 else f"{value:.2f}"
    elif isinstance(value, int):
        shown = f"{value:,}"
    else:
        shown = str(value)
    return f"{shown}{unit}" if unit in ("%",) else shown


def describe_difference(
    values: dict, unit: str = "", higher_means: str = "", within: float = 0
) -> str:
    """Say in words how the articles differ on one measure.

    Parameters
    ----------
    values : dict
        ``{article name: value}``, in article order.
    unit : str
        What the numbers count ("words", "%", "" for a score).
    higher_means : str
        What a higher value means, added in brackets ("harder to read").
    within : float
        Differences this small or smaller are "about the same" (for figures
        such as readability grades, where a small gap means nothing).

    Returns
    -------
    str
        For example ``"CNN: 466 more words than NBC News"`` or ``"the same"``.

    >>> describe_difference({"A": 10, "B": 12}, "words")
    'B: 2 more words than A'
    >>> describe_difference({"A": 10.2, "B": 10.4}, within=0.5)
    'about the same (within 0.5)'
    >>> describe_difference({"A": "Pence", "B": "Pence"})
    'the same'
    """
    shown = {k: v for k, v in values.items() if v is not None and v == v and v != ""}
    if len(shown) < len(values):
        missing = [k for k in values if k not in shown]
        return f"not measured for {', '.join(missing)}"
    numbers = all(_is_number(v) for v in shown.values())
    if not numbers:
        texts = {str(v).strip().lower() for v in shown.values()}
        return "the same" if len(texts) == 1 else "different"
    if len(set(shown.values())) == 1:
        return "the same"
    ordered = sorted(shown.items(), key=lambda kv: kv[1])
    (low_name, low), (high_name, high) = ordered[0], ordered[-1]
    extra = f" ({higher_means})" if higher_means else ""
    if within and high - low <= within:
        points = " percentage points" if unit == "%" else ""
        return f"about the same (within {within:g}{points})"
    if len(values) > 2:
        return (
            f"highest: {high_name} ({_show(high, unit)}); lowest: {low_name} ({_show(low, unit)})"
        )
    gap = high - low
    if unit == "%":
        return f"{high_name}: {_show(gap)} percentage points more than {low_name}{extra}"
    if not unit:
        return f"{high_name}: {_show(gap)} higher than {low_name}{extra}"
    if gap == 1 and unit.endswith("s"):
        unit = unit[:-1]  # "1 more place", not "1 more places"
    return f"{high_name}: {_show(gap)} more {unit} than {low_name}{extra}"


def _rows(section: str, names, measures) -> list[dict]:
    """Summary rows from ``[(measure, values, unit, higher_means[, within]), ...]``."""
    rows = []
    for measure, values, unit, higher_means, *within in measures:
        by_name = dict(zip(names, values, strict=True))
        rows.append(
            {
                "section": section,
                "measure": measure,
                **by_name,
                "difference": describe_difference(by_name, unit, higher_means, *within),
            }
        )
    return rows


def _title_question(key: str) -> tuple[str, str]:
    return next((title, question) for k, title, question in SECTIONS if k == key)


def _unavailable(key: str, title: str, question: str, why: str) -> Section:
    return Section(
        key, title, question, pd.DataFrame(), f"This analysis could not run: {why}", available=False
    )


# --------------------------------------------------------------------------
# The sections: each returns (Section, summary rows)
# --------------------------------------------------------------------------


def _facts(articles, names) -> tuple[Section, list[dict]]:
    from kitlib import plots

    rows = []
    for name, article in zip(names, articles, strict=True):
        words = count_words(article.text)
        rows.append(
            {
                "article": name,
                "outlet": article.meta.get("outlet") or "",
                "headline": article.meta.get("headline") or "",
                "published": article.meta.get("published") or "",
                "url": article.meta.get("url") or "",
                "words": words,
                "paragraphs": len(article.paragraph_spans),
                "sentences": len(article.sentence_spans),
                "words_per_paragraph": round(words / max(len(article.paragraph_spans), 1), 1),
                "cleaning_changes": len(article.log),
            }
        )
    table = pd.DataFrame(rows)
    lengths = paragraph_lengths(articles, names)
    measures = [
        ("headline", list(table["headline"]), "", ""),
        ("published", list(table["published"]), "", ""),
        ("words", list(table["words"]), "words", ""),
        ("paragraphs", list(table["paragraphs"]), "paragraphs", ""),
        ("sentences", list(table["sentences"]), "sentences", ""),
        ("words per paragraph", list(table["words_per_paragraph"]), "words", ""),
        ("cleaning changes", list(table["cleaning_changes"]), "changes", ""),
    ]
    longest = names[int(table["words"].idxmax())]
    section = Section(
        "facts",
        *SECTIONS[0][1:],
        table=table,
        note=(
            "Words are runs of letters or digits ('Russia's' is one word). Paragraphs and "
            "sentences are those of the cleaned text. The figure shows how long each "
            "paragraph is, in order: short paragraphs of one or two sentences are typical "
            "of news writing; a text with few, long paragraphs may have lost its breaks."
        ),
        draw=lambda ax: plots.paragraph_lengths(lengths, ax=ax),
        alt=(
            f"Bar chart of the number of words in each paragraph, in order, for "
            f"{', '.join(names)}. The longest text is {longest}."
        ),
    )
    return section, _rows("facts", names, measures)


def paragraph_lengths(articles, names=None) -> pd.DataFrame:
    """One row per paragraph: how long each paragraph of each article is.

    Parameters
    ----------
    articles : list of Article or str
    names : list of str, optional
        Labels for the articles (default: :func:`unique_names`).

    Returns
    -------
    pandas.DataFrame
        Columns ``article`` (label), ``paragraph`` (1 = the first), ``words``,
        ``sentences``, ``opening`` (the paragraph's first words).

    >>> import kitlib
    >>> table = paragraph_lengths(kitlib.load_pair())
    >>> table.groupby("article", sort=False)["paragraph"].max().tolist()
    [20, 11]
    """
    articles = [as_article(a) for a in articles]
    names = names or unique_names(articles)
    rows = []
    for name, article in zip(names, articles, strict=True):
        sentences = [p for p, _, _ in article.sentence_spans]
        for number, paragraph in enumerate(article.paragraphs):
            rows.append(
                {
                    "article": name,
                    "paragraph": number + 1,
                    "words": count_words(paragraph),
                    "sentences": sentences.count(number),
                    "opening": " ".join(paragraph.split()[:8]),
                }
            )
    return pd.DataFrame(rows, columns=["article", "paragraph", "words", "sentences", "opening"])


def artifact_counts(articles, names=None) -> pd.DataFrame:
    """How many artifacts of each kind each article has.

    Returns
    -------
    pandas.DataFrame
        Columns ``article``, ``kind`` (as in ``Article.artifacts``), ``label``
        (the kind in plain words) and ``count``; every kind appears for every
        article, with 0 where none was found.

    >>> import kitlib
    >>> table = artifact_counts(kitlib.load_pair())
    >>> int(table.query("article == 'CNN' and kind == 'dropped_words'")["count"].iloc[0])
    8
    """
    articles = [as_article(a) for a in articles]
    names = names or unique_names(articles)
    kinds = list(ARTIFACT_KINDS)
    for article in articles:  # a kind this module does not know yet still counts
        kinds += [k for k in article.artifacts["kind"].unique() if k not in kinds]
    rows = []
    for name, article in zip(names, articles, strict=True):
        counts = article.artifacts["kind"].value_counts()
        for kind in kinds:
            rows.append(
                {
                    "article": name,
                    "kind": kind,
                    "label": ARTIFACT_KINDS.get(kind, kind.replace("_", " ")),
                    "count": int(counts.get(kind, 0)),
                }
            )
    return pd.DataFrame(rows, columns=["article", "kind", "label", "count"])


def _artifacts(articles, names) -> tuple[Section, list[dict]]:
    from kitlib import plots

    counts = artifact_counts(articles, names)
    detail = []
    for name, article in zip(names, articles, strict=True):
        for row in article.artifacts.itertuples():
            detail.append(
                {"article": name, "kind": row.kind, "start": row.start, "excerpt": row.excerpt}
            )
    examples = pd.DataFrame(detail, columns=["article", "kind", "start", "excerpt"])
    wide = counts.pivot_table(index="label", columns="article", values="count", sort=False)
    wide = wide[list(names)]
    table = wide.reset_index().rename(columns={"label": "kind of artifact"})
    totals = [int(wide[n].sum()) for n in names]
    measures = [("artifacts (all kinds)", totals, "artifacts", "more damage to check by hand")]
    for label in wide.index:
        measures.append((label, [int(wide.loc[label, n]) for n in names], "places", ""))
    total = dict(zip(names, totals, strict=True))
    worst = max(total, key=total.get)
    section = Section(
        "artifacts",
        *SECTIONS[-1][1:],
        table=table,
        note=(
            "Artifacts are problems the kit found in a text but could not honestly repair: "
            "words a processing pipeline dropped (marked […]), pronouns a coreference "
            "resolver replaced by names, quotation marks that do not pair up. Each one can "
            "distort the numbers above, so read the excerpts and check the original article. "
            "The detectors are rules of thumb: they miss some problems and flag some "
            "sentences that are fine."
        ),
        draw=lambda ax: plots.artifact_counts(counts, ax=ax),
        alt=(
            "Bar chart of the number of artifacts of each kind in each text. "
            + "; ".join(f"{n}: {v}" for n, v in total.items())
            + f". {worst} has the most."
            if any(total.values())
            else "Bar chart of artifacts by kind: none were found in any text."
        ),
        examples=examples,
    )
    return section, _rows("artifacts", names, measures)


# The analyses other modules provide. Each entry: section key, module name, and
# the function here that turns that module's tables into a Section and summary rows.
def _analysis_sections():
    return {
        "readability": ("kitlib.readability", _readability),
        "actors": ("kitlib.actors", _actors),
        "quotes": ("kitlib.quotes", _quotes),
        "frames": ("kitlib.frames", _frames),
        "words": ("kitlib.words", _words),
    }


#: The readability figures the summary shows: (column, label, unit, what higher
#: means, the gap below which the two count as about the same).
READABILITY_SUMMARY = (
    ("flesch_kincaid_grade", "Flesch–Kincaid grade", "", "harder to read", 0.5),
    ("flesch_reading_ease", "Flesch Reading Ease (0–100)", "", "easier to read", 5),
    ("gunning_fog", "Gunning Fog grade", "", "harder to read", 0.5),
    ("dale_chall", "Dale–Chall score", "", "harder to read", 0.5),
    ("words_per_sentence", "words per sentence", "words", "longer sentences", 1),
    ("syllables_per_word", "syllables per word", "", "longer words", 0.05),
)

#: Frame-cue shares closer than this many percentage points count as about the same.
FRAME_SHARE_WITHIN = 5


def _readability(articles, names):
    from kitlib import plots, readability

    rows = []
    for name, article in zip(names, articles, strict=True):
        row = readability.readability(article).iloc[0].to_dict()
        row["article"] = name
        rows.append(row)
    wide = pd.DataFrame(rows).set_index("article")
    labels = {column: label for column, (label, _) in readability.FIGURES.items()}
    labels["words_per_sentence"] = "words per sentence"
    labels["syllables_per_word"] = "syllables per word"
    table = pd.DataFrame(
        [{"figure": label, **{n: round(float(wide.loc[n, c]), 2) for n in names}}
         for c, label in labels.items()]
    )  # fmt: skip
    grades = [c for c, (_, kind) in readability.FIGURES.items() if kind == "grade"]
    long = pd.DataFrame(
        [{"article": n, "figure": labels[c], "grade": float(wide.loc[n, c])}
         for n in names for c in grades]
    )  # fmt: skip
    measures = [
        (label, [round(float(wide.loc[n, c]), 2) for n in names], unit, higher, within)
        for c, label, unit, higher, within in READABILITY_SUMMARY
    ]
    hardest = max(names, key=lambda n: wide.loc[n, "flesch_kincaid_grade"])
    section = Section(
        "readability",
        *_title_question("readability"),
        table=table,
        note=(
            "Readability formulas turn counts (words per sentence, syllables per word, "
            "long or unfamiliar words) into a US school grade: 12 means the end of high "
            "school. Higher grades mean harder text, except Flesch Reading Ease, where "
            "higher means easier. The formulas were made for school books, not news; "
            "compare the articles with each other rather than reading a grade as a fact. "
            "The figure shows the five grade-level formulas side by side."
        ),
        draw=lambda ax: plots.readability_grades(long, ax=ax),
        alt=(
            "Bar chart of five readability grade levels (Flesch–Kincaid, Gunning Fog, "
            f"SMOG, Coleman–Liau, ARI) for {', '.join(names)}. By Flesch–Kincaid, "
            f"{hardest} is the harder text."
        ),
    )
    return section, _rows("readability", names, measures)


#: Words that may start a run of capitalised words without being part of a name.
NOT_NAME_STARTS = frozenset(
    """The A An On In At For But And Or Outside About After Before During Since When While
    Like As If It He She They We I This That These Those There Here His Her Their Our Its
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)

#: A run of two or more capitalised words ("Helen Marsh", "Harbour Street").
CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:[-\s][A-Z][a-z]+)+\b")

#: How many actors or names the "who comes first" figure shows.
ACTORS_SHOWN = 8


def names_in_text(text_or_article) -> pd.DataFrame:
    """Names in a text found by a simple rule, for articles the kit's actor table does not know.

    The rule: a run of two or more capitalised words is a name ("Helen
    Marsh", "Harbour Street"); leading words such as "The" or "On" are
    dropped; later uses of the name's last word alone ("Marsh said") count
    as mentions too. It finds people, places and organisations alike, misses
    one-word names ("Brindlemoor") and does not resolve pronouns.

    Parameters
    ----------
    text_or_article : Article or str

    Returns
    -------
    pandas.DataFrame
        One row per name, in order of first mention: ``actor`` (the first
        full form found), ``mentions`` (uses of its last word),
        ``first_paragraph`` (0 is the lead), ``in_headline``, ``in_lead``.

    >>> names_in_text("Council leader Helen Marsh spoke.\\n\\nMarsh said no.")["mentions"].tolist()
    [2]
    """
    article = as_article(text_or_article)
    text = article.text
    found: dict[str, str] = {}
    for match in CAPITALISED_RUN.finditer(text):
        words = re.split(r"\s+", match.group())
        while words and words[0] in NOT_NAME_STARTS:
            words = words[1:]
        while words and words[-1] in NOT_NAME_STARTS:  # "Longwood University Tuesday"
            words = words[:-1]
        if len(words) >= 2:
            found.setdefault(words[-1], " ".join(words))
    headline = article.meta.get("headline") or ""
    rows = []
    for last, full in found.items():
        uses = [m.start() for m in re.finditer(rf"\b{re.escape(last)}\b", text)]
        first = article.paragraph_of(uses[0])
        rows.append(
            {
                "actor": full,
                "mentions": len(uses),
                "first_paragraph": first,
                "first_offset": uses[0],
                "in_headline": bool(re.search(rf"\b{re.escape(last)}\b", headline)),
                "in_lead": first == 0,
            }
        )
    table = pd.DataFrame(
        rows,
        columns=["actor", "mentions", "first_paragraph", "first_offset", "in_headline", "in_lead"],
    )
    return table.sort_values("first_offset", kind="stable").reset_index(drop=True)


#: The kit's actor table is used for an article when it knows at least this share
#: of the names the capitalised-name rule finds there (about 0.7 to 0.9 for the
#: bundled pair, 0 for the invented pair); otherwise the rule is used instead.
ACTOR_TABLE_MIN_SHARE = 0.5


def actor_table_fits(article) -> bool:
    """True if :mod:`kitlib.actors` knows most of the names in this article.

    >>> import kitlib
    >>> [actor_table_fits(a) for a in kitlib.load_pair()]
    [True, True]
    """
    from kitlib import actors

    found = names_in_text(article)["actor"]
    if found.empty:
        return True
    known = sum(actors.resolve(name) is not None for name in found)
    return known / len(found) >= ACTOR_TABLE_MIN_SHARE


def _actors(articles, names):
    from kitlib import actors, plots

    known = all(actor_table_fits(a) for a in articles)
    if known:
        tables = [actors.mentions(a) for a in articles]
    else:  # the actor table only knows the bundled pair's actors
        tables = [names_in_text(a) for a in articles]
    # an outlet's own name ("(CNN) --" at the start) is a dateline, not an actor in its story
    tables = [
        t[t["actor"] != (a.meta.get("outlet") or "")].reset_index(drop=True)
        for t, a in zip(tables, articles, strict=True)
    ]
    columns = ["actor", "mentions", "first_paragraph", "in_headline", "in_lead"]
    table = pd.concat(
        [t[columns].assign(article=n) for n, t in zip(names, tables, strict=True)],
        ignore_index=True,
    )[["article", *columns]]
    measures = [
        ("named first", [t["actor"].iloc[0] if len(t) else None for t in tables], "", ""),
        (
            "named in the headline",
            [", ".join(t.loc[t["in_headline"], "actor"]) or "nobody" for t in tables],
            "",
            "",
        ),
        (
            "named in the lead (first paragraph)",
            [", ".join(t.loc[t["in_lead"], "actor"]) or "nobody" for t in tables],
            "",
            "",
        ),
        (
            "most mentioned",
            [
                t.sort_values("mentions", ascending=False, kind="stable")["actor"].iloc[0]
                if len(t)
                else None
                for t in tables
            ],
            "",
            "",
        ),  # fmt: skip
        ("different actors named", [len(t) for t in tables], "actors", ""),
    ]
    totals = table.groupby("actor", sort=False)["mentions"].sum()
    shown = list(totals.sort_values(ascending=False, kind="stable").index[:ACTORS_SHOWN])
    figure_table = table[table["actor"].isin(shown)]
    how = (
        "Actors are the people, organisations and governments in the kit's actor table "
        "(kitlib.actors), found by their names and titles."
        if known
        else "The kit's actor table does not know these articles, so names are found by a "
        "simple rule (two or more capitalised words, then the last word alone; see "
        "compare.names_in_text): it mixes people and places and misses one-word names."
    )
    section = Section(
        "actors",
        *_title_question("actors"),
        table=table,
        note=(
            f"{how} Pronouns ('he', 'she') are not counted. first_paragraph 0 is the lead. "
            "Who is named first, in the headline and in the lead is who the story is about; "
            "the figure shows how often the most mentioned actors are named in each article."
        ),
        draw=lambda ax: plots.actor_mentions(figure_table, ax=ax),
        alt=(
            "Bar chart of how many times each of the most mentioned actors is named in "
            + ", ".join(names)
            + ". Named first: "
            + "; ".join(f"{n}: {v}" for n, v in zip(names, measures[0][1], strict=True))
            + "."
        ),
    )
    return section, _rows("actors", names, measures)


def quote_speakers(articles, names=None) -> pd.DataFrame:
    """Who is quoted in each article, and how many of the article's words are theirs.

    Built on :func:`kitlib.quotes.find_quotes`. Titles and scare quotes
    ("Morning Joe") are nobody's words and are left out.

    Parameters
    ----------
    articles : list of Article or str
    names : list of str, optional
        Labels for the articles (default: :func:`unique_names`).

    Returns
    -------
    pandas.DataFrame
        One row per article and speaker, in order of first quotation:
        ``article``, ``speaker`` ("(no speaker found)" when the kit found
        none), ``anonymous``, ``quotations``, ``quoted_words``, ``share``
        (per cent of the article's words that are this speaker's quoted
        words) and ``first_paragraph`` (0 is the lead).
    """
    from kitlib import quotes

    articles = [as_article(a) for a in articles]
    names = names or unique_names(articles)
    return _speaker_table([_spoken(quotes.find_quotes(a)) for a in articles], articles, names)


def _speaker_table(spoken, articles, names) -> pd.DataFrame:
    """:func:`quote_speakers` from quotations already found (see :func:`_spoken`)."""
    rows = []
    for name, article, found in zip(names, articles, spoken, strict=True):
        total = max(count_words(article.text), 1)
        for speaker, group in found.groupby("who", sort=False):
            words = sum(count_words(q) for q in group["quote"])
            rows.append(
                {
                    "article": name,
                    "speaker": speaker,
                    "anonymous": bool(group["anonymous"].any()),
                    "quotations": len(group),
                    "quoted_words": words,
                    "share": round(100 * words / total, 1),
                    "first_paragraph": int(group["paragraph"].iloc[0]),
                }
            )
    columns = ["article", "speaker", "anonymous", "quotations", "quoted_words", "share",
               "first_paragraph"]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


#: What a quotation's speaker is called in tables when the kit found none.
NO_SPEAKER = "(no speaker found)"


def _spoken(found: pd.DataFrame) -> pd.DataFrame:
    """The quotations that are somebody's words, with a ``who`` column for grouping."""
    spoken = found[found["kind"] != "title/scare"].copy()
    spoken["who"] = spoken["speaker"].fillna(NO_SPEAKER).replace("", NO_SPEAKER)
    return spoken


def _quotes(articles, names):
    from kitlib import plots, quotes

    found = [_spoken(quotes.find_quotes(a)) for a in articles]
    table = _speaker_table(found, articles, names)
    measures = [
        ("quotations", [len(f) for f in found], "quotations", ""),
        (
            "quoted words, % of the article",
            [round(float(table.loc[table["article"] == n, "share"].sum()), 1) for n in names],
            "%",
            "",
            5,
        ),
        ("different speakers", [int(f["who"].nunique()) for f in found], "speakers", ""),
        ("first speaker quoted", [f["who"].iloc[0] if len(f) else None for f in found], "", ""),
        (
            "most quoted (by words)",
            [
                t.sort_values("quoted_words", ascending=False, kind="stable")["speaker"].iloc[0]
                if len(t)
                else None
                for t in (table[table["article"] == n] for n in names)
            ],
            "",
            "",
        ),  # fmt: skip
        ("anonymous sources' quotations", [int(f["anonymous"].sum()) for f in found], "", ""),
        (
            "partial quotations and fragments",
            [int(f["kind"].isin(["partial", "fragment"]).sum()) for f in found],
            "",
            "",
        ),
        (
            "quotations to check by hand",
            [int((f["artifact_flag"] != "").sum()) for f in found],
            "",
            "",
        ),  # fmt: skip
    ]
    examples = pd.concat(
        [f.assign(article=n) for n, f in zip(names, found, strict=True)], ignore_index=True
    )
    examples = examples[["article", "paragraph", "who", "cue", "kind", "quote"]].rename(
        columns={"who": "speaker"}
    )
    examples["quote"] = examples["quote"].map(_shorten)
    section = Section(
        "quotes",
        *_title_question("quotes"),
        table=table,
        note=(
            "Quotations are found by their quotation marks, and speakers by rules of news "
            "writing (kitlib.quotes): 'said Pence' after the quotation, 'Pence said' before "
            "it, a pronoun pointing back to the last person named. The rules make mistakes, "
            "above all with pronouns and with a quotation that continues a paragraph: check "
            "at least three quotations by hand. The figure shows how many of each article's "
            "words are each speaker's quoted words."
        ),
        draw=lambda ax: plots.quoted_words(table, ax=ax),
        alt=(
            "Bar chart of quoted words per speaker in "
            + ", ".join(names)
            + ". Quotations found: "
            + "; ".join(f"{n}: {len(f)}" for n, f in zip(names, found, strict=True))
            + "."
        ),
        examples=examples,
    )
    return section, _rows("quotes", names, measures)


#: Longest quotation or sentence the report prints in full (characters).
SHOW_CHARACTERS = 140


def _shorten(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= SHOW_CHARACTERS else text[: SHOW_CHARACTERS - 1].rstrip() + "…"


def frame_indicators(articles, names=None) -> pd.DataFrame:
    """For each generic frame, how many sentences of each article contain its cue words.

    The cue words come from :func:`kitlib.frames.frame_evidence`. A sentence
    with a cue is a place to *read*, not proof of the frame.

    Parameters
    ----------
    articles : list of Article or str
    names : list of str, optional
        Labels for the articles (default: :func:`unique_names`).

    Returns
    -------
    pandas.DataFrame
        One row per article and frame: ``article``, ``frame``, ``sentences``
        (sentences with at least one cue for the frame), ``share`` (per cent
        of the article's sentences), ``questions`` (how many of the frame's
        codebook questions have a suggested sentence, out of ``of``) and
        ``cues`` (the commonest cue words found, most frequent first).

    >>> import kitlib
    >>> table = frame_indicators(kitlib.load_pair())
    >>> sorted(set(table["frame"])) == sorted(kitlib.frames.FRAMES)
    True
    """
    from collections import Counter

    from kitlib import frames

    articles = [as_article(a) for a in articles]
    names = names or unique_names(articles)
    book = frames.codebook("generic")
    rows = []
    for name, article in zip(names, articles, strict=True):
        evidence = frames.frame_evidence(article)
        total = max(len(article.sentence_spans), 1)
        for frame in frames.FRAMES:
            found = evidence[evidence["frame"] == frame]
            words = Counter(
                w.strip().lower() for cues in found["cues"] for w in cues.split(",") if w.strip()
            )
            top = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:FRAME_CUES_SHOWN]
            rows.append(
                {
                    "article": name,
                    "frame": frame,
                    "sentences": int(found["sentence"].nunique()),
                    "share": round(100 * found["sentence"].nunique() / total, 1),
                    "questions": int(found["question_id"].nunique()),
                    "of": int((book["frame"] == frame).sum()),
                    "cues": ", ".join(w for w, _ in top),
                }
            )
    return pd.DataFrame(
        rows, columns=["article", "frame", "sentences", "share", "questions", "of", "cues"]
    )


#: How many cue words the frame table shows per frame and article.
FRAME_CUES_SHOWN = 4


def _frames(articles, names):
    from kitlib import plots

    table = frame_indicators(articles, names)
    measures = []
    for frame in dict.fromkeys(table["frame"]):
        rows = table[table["frame"] == frame].set_index("article")
        label = f"{frame.replace('_', ' ')}: sentences with cues"
        shares = [float(rows.loc[n, "share"]) for n in names]
        measures.append((label, shares, "%", "", FRAME_SHARE_WITHIN))
    leading = {
        n: table[table["article"] == n].sort_values("share", ascending=False)["frame"].iloc[0]
        for n in names
    }
    section = Section(
        "frames",
        *_title_question("frames"),
        table=table,
        note=(
            "Semetko and Valkenburg (2000) describe five frames common in news: "
            "responsibility, human interest, conflict, morality and economic consequences. "
            "The kit looks for cue words linked to each question of their codebook "
            "(kitlib.frames) and counts the sentences that contain one, as a share of all "
            "sentences so that long and short texts can be compared. A cue word is a place "
            "to read, not proof: decide with the codebook (lesson 05)."
        ),
        draw=lambda ax: plots.frame_cue_shares(table, ax=ax),
        alt=(
            "Bar chart of the share of sentences with cue words for each of five frames, "
            "for each article. Most cues: "
            + "; ".join(f"{n}: {f.replace('_', ' ')}" for n, f in leading.items())
            + "."
        ),
    )
    return section, _rows("frames", names, measures)


#: How many distinctive words per article the summary and the table show.
WORDS_SHOWN = 8


def _words(articles, names):
    import warnings

    from kitlib import plots, words

    per_article, tables = [], []
    for i, (name, article) in enumerate(zip(names, articles, strict=True)):
        others = [a for j, a in enumerate(articles) if j != i]
        other = others[0] if len(others) == 1 else "\n\n".join(a.text for a in others)
        with warnings.catch_warnings():  # short texts: the note below says so
            warnings.simplefilter("ignore", words.ShortTextWarning)
            table = words.distinctive_words(article, other)
        tables.append(table)
        top = table[table["z"] > 0].head(WORDS_SHOWN)
        per_article.append(
            top.assign(article=name)[["article", "word", "count_a", "count_b", "z"]].rename(
                columns={"count_a": "uses here", "count_b": "uses in the other"}
            )
        )
    table = pd.concat(per_article, ignore_index=True)
    table["z"] = table["z"].round(2)
    table["above 1.96"] = table["z"] >= words.Z_THRESHOLD
    loaded = [words.loaded_words(a) for a in articles]
    sizes = [max(count_words(a.text), 1) for a in articles]
    measures = [
        (
            "most distinctive words (highest z first)",
            [", ".join(table.loc[table["article"] == n, "word"].head(5)) or "none" for n in names],
            "",
            "",
        ),
        (
            "loaded words in the reporter's own sentences, per 1,000 words",
            [
                round(1000 * int((~lw["in_quotation"]).sum()) / w, 1)
                for lw, w in zip(loaded, sizes, strict=True)
            ],
            "",
            "",
        ),  # fmt: skip
        (
            "loaded words inside quotations, per 1,000 words",
            [
                round(1000 * int(lw["in_quotation"].sum()) / w, 1)
                for lw, w in zip(loaded, sizes, strict=True)
            ],
            "",
            "",
        ),  # fmt: skip
    ]
    examples = pd.concat(
        [lw.assign(article=n) for n, lw in zip(names, loaded, strict=True)], ignore_index=True
    )
    examples = examples[["article", "word", "kind", "in_quotation", "text"]].rename(
        columns={"text": "sentence"}
    )
    examples["sentence"] = examples["sentence"].map(_shorten)
    draw, alt = None, ""
    if len(articles) == 2:
        pair_table = tables[0]
        draw = lambda ax: plots.distinctive_words(pair_table, n=WORDS_SHOWN, ax=ax)  # noqa: E731
        alt = (
            f"Bar chart of the words most typical of {names[0]} (bars to the right) and of "
            f"{names[1]} (bars to the left), by z-score; dashed lines mark z = ±1.96."
        )
    section = Section(
        "words",
        *_title_question("words"),
        table=table,
        note=(
            "Distinctive words compare how often each article uses a word with how often "
            "the other does, against the background of everyday English (the log-odds "
            "ratio with an informative Dirichlet prior of Monroe, Colaresi and Quinn 2008, "
            "in kitlib.words). A z-score of 1.96 or more is the usual rule of thumb, but "
            "with a few hundred words per article most words appear once or twice, so read "
            "the list as places to look, not as proof (the table says which words pass "
            "1.96). Loaded words (evaluative words, "
            "intensifiers, hedges) are counted separately for the reporter's sentences and "
            "for quotations: a word inside a quotation is the speaker's choice."
        ),
        draw=draw,
        alt=alt,
        examples=examples,
    )
    return section, _rows("words", names, measures)


# --------------------------------------------------------------------------
# compare()
# --------------------------------------------------------------------------


def compare(*articles, progress: Callable[[str], None] | None = None) -> Comparison:
    """Run every analysis on two or more articles and put the results side by side.

    Parameters
    ----------
    *articles : Article or str
        Two or more articles (an :class:`~kitlib.articles.Article`, or plain
        text). A single list of articles works too.
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
    if len(articles) == 1 and isinstance(articles[0], (list, tuple)):
        articles = tuple(articles[0])
    if len(articles) < 2:
        raise ArticleError(
            f"compare needs at least two articles; it was given {len(articles)}. "
            "For example: kitlib.compare(nbc, cnn)."
        )
    articles = tuple(as_article(a) for a in articles)
    for article in articles:
        check_english(article)
    names = unique_names(articles)
    say = progress or (lambda message: None)

    say("facts")
    facts, rows = _facts(articles, names)
    sections = {"facts": facts}
    for key, (module, build) in _analysis_sections().items():
        say(key)
        title, question = next((t, q) for k, t, q in SECTIONS if k == key)
        try:
            section, more = build(articles, names)
        except ModuleNotFoundError as error:
            if error.name != module:
                raise
            missing = f"{module} is not part of this version of the kit."
            section, more = _unavailable(key, title, question, missing), []
        except KitError as error:  # the analysis refused these texts, and says why
            section, more = _unavailable(key, title, question, str(error)), []
        sections[key] = section
        rows += more
    say("artifacts")
    artifacts, more = _artifacts(articles, names)
    sections["artifacts"] = artifacts
    rows += more
    summary = pd.DataFrame(rows, columns=["section", "measure", *names, "difference"])
    ordered = tuple(sections[key] for key, _, _ in SECTIONS)
    return Comparison(articles, names, summary, ordered)


# --------------------------------------------------------------------------
# Loading articles by name or path (the command line and lesson 07 use these)
# --------------------------------------------------------------------------


def load_invented_pair() -> tuple[Article, Article]:
    """The two invented articles of lesson 07 (a fictional library closure).

    Both are marked as invented in their text and in ``meta["invented"]``.

    >>> courier, post = load_invented_pair()
    >>> courier.name, post.meta["invented"]
    ('Brindlemoor Courier', 'yes')
    """
    return tuple(_load_invented(i) for i in INVENTED)


#: The invented articles, in the order load_invented_pair() returns them.
INVENTED = ("courier", "evening_post")


def _load_invented(article_id: str) -> Article:
    from kitlib.articles import article_from_text

    table = pd.read_csv(data.data_path("invented/articles.csv"), dtype=str, keep_default_na=False)
    row = table[table["id"] == article_id].iloc[0].to_dict()
    return article_from_text(data.read_text(row["file"]), **row)


def load_source(source: str, **meta) -> Article:
    """Load an article from a name or a path.

    Parameters
    ----------
    source : str
        ``"nbc"`` or ``"cnn"`` (the bundled pair), ``"courier"`` or
        ``"evening_post"`` (the invented pair), or the path of a ``.txt`` or
        saved ``.html`` file.
    **meta
        Facts to record for a file, such as ``outlet=`` and ``headline=``.

    Raises
    ------
    ArticleError
        A missing, empty or binary file (the message says what to do).
    """
    from kitlib.articles import BUNDLED, load_bundled

    key = source.strip().lower()
    if key in BUNDLED:
        return load_bundled(key)
    if key in INVENTED:
        return _load_invented(key)
    meta = {k: v for k, v in meta.items() if v}
    meta.setdefault("id", Path(source).stem)  # the label when no outlet is given
    return load_article(source, **meta)


# --------------------------------------------------------------------------
# Checking the kit by hand: speakers you found yourself against the kit's
# --------------------------------------------------------------------------


def invented_truth(article_id: str) -> pd.DataFrame:
    """The true speaker of every quotation in one invented article (its author's record).

    Parameters
    ----------
    article_id : str
        ``"courier"`` or ``"evening_post"``.

    Returns
    -------
    pandas.DataFrame
        ``quote_begins`` (the quotation's first words), ``speaker``,
        ``anonymous`` (True or False) and ``note`` (how the text attributes it),
        in reading order. From ``data/invented/quotes_gold.csv``.

    >>> invented_truth("courier")["speaker"].iloc[0]
    'Helen Marsh'
    """
    table = pd.read_csv(
        data.data_path("invented/quotes_gold.csv"), dtype=str, keep_default_na=False
    )
    if article_id not in set(table["article"]):
        raise ArticleError(
            f"There is no invented article called {article_id!r}. "
            f"Choose one of: {', '.join(INVENTED)}."
        )
    rows = table[table["article"] == article_id].drop(columns="article")
    rows["anonymous"] = rows["anonymous"] == "yes"
    return rows.reset_index(drop=True)


def _plain(text) -> str:
    """Lower case, one kind of apostrophe, single spaces: for matching quotations."""
    return " ".join(str(text).replace("’", "'").replace("‘", "'").lower().split())


def _same_person(true_speaker: str, kit_speaker) -> bool:
    """True if the kit names the same person: every word of the true name is in the kit's
    speaker ("David Okoye" in "Treasurer David Okoye"), or the kit gives the last name alone.
    "Maya Nand" is not "Priya Nand": same family, different person."""
    if not isinstance(kit_speaker, str) or not kit_speaker.strip():
        return False
    true_words = re.findall(r"[\w']+", _plain(true_speaker))
    kit_words = re.findall(r"[\w']+", _plain(kit_speaker))
    return set(true_words) <= set(kit_words) or kit_words == true_words[-1:]


def check_speakers(article, truth) -> pd.DataFrame:
    """Put the speakers you found by hand next to the speakers the kit found.

    Use it to check the kit on your own articles: read a few quotations,
    write down who really says them, and see where the kit agrees.

    Parameters
    ----------
    article : Article or str
    truth : pandas.DataFrame or dict
        ``quote_begins`` (the first words of the quotation, as written) and
        ``speaker`` (who says it), optionally ``anonymous``; or a dict
        ``{first words: speaker}``.

    Returns
    -------
    pandas.DataFrame
        One row per quotation in ``truth``: ``quote_begins``,
        ``true_speaker``, ``kit_speaker`` ("(quotation not found)" if the kit
        found no quotation starting with those words) and ``agrees``: True
        when the kit's speaker contains every word of the true speaker's name
        (or is the last name alone), or both say the source is anonymous.

    Examples
    --------
    >>> table = check_speakers('"We will win," Jane Smith said.', {"We will win": "Jane Smith"})
    >>> table[["true_speaker", "kit_speaker", "agrees"]].values.tolist()
    [['Jane Smith', 'Jane Smith', True]]
    """
    from kitlib import quotes

    if isinstance(truth, dict):
        truth = pd.DataFrame({"quote_begins": list(truth), "speaker": list(truth.values())})
    found = quotes.find_quotes(as_article(article))
    starts = [_plain(q) for q in found["quote"]]
    rows = []
    for item in truth.itertuples(index=False):
        begins = _plain(item.quote_begins)
        matches = [i for i, q in enumerate(starts) if q.startswith(begins)]
        if not matches:
            rows.append({"quote_begins": item.quote_begins, "true_speaker": item.speaker,
                         "kit_speaker": "(quotation not found)", "agrees": False})  # fmt: skip
            continue
        kit = found.iloc[matches[0]]
        anonymous = bool(getattr(item, "anonymous", False))
        agrees = (anonymous and bool(kit["anonymous"])) or _same_person(
            item.speaker, kit["speaker"]
        )
        rows.append(
            {
                "quote_begins": item.quote_begins,
                "true_speaker": item.speaker,
                "kit_speaker": kit["speaker"] if isinstance(kit["speaker"], str) else NO_SPEAKER,
                "agrees": bool(agrees),
            }
        )
    return pd.DataFrame(rows, columns=["quote_begins", "true_speaker", "kit_speaker", "agrees"])


# ``kitlib.compare`` is both this module and the function above. Once the module
# has been imported (``from kitlib.compare import load_invented_pair``), Python
# makes ``kitlib.compare`` the module; making the module callable keeps
# ``kitlib.compare(nbc, cnn)`` working either way.
class _CallableModule(types.ModuleType):
    def __call__(self, *articles, **options):
        return compare(*articles, **options)


sys.modules[__name__].__class__ = _CallableModule
