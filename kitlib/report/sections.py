"""The parts of the side-by-side report: one builder per section.

:func:`kitlib.report.comparison.compare` calls each builder in :data:`BUILDERS`, in the
order of :data:`SECTIONS`. A builder takes the articles and their labels and
returns a :class:`Section` (the detailed table, its figure, a note on how to
read it) and the summary rows for that part of the report. It turns the public
table of the module that owns the analysis (:func:`kitlib.articles.paragraph_lengths`,
:func:`kitlib.actors.names`, :func:`kitlib.quotes.quote_speakers`,
:func:`kitlib.frames.code_article`, :func:`artifact_counts`) into what the
report shows; :func:`kitlib.differences.describe_difference` writes each
summary row's ``difference``.

>>> [key for key, _, _ in SECTIONS] == list(BUILDERS)
True
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import pandas as pd

from kitlib import plots
from kitlib.actors import actor_table_fits
from kitlib.actors import tables as actors
from kitlib.articles import as_articles, paragraph_lengths, unique_names
from kitlib.articles.artifacts import ARTIFACT_KINDS
from kitlib.differences import ABOUT_THE_SAME, describe_difference
from kitlib.evaluation import figure
from kitlib.frames import CONFIDENT, code_article
from kitlib.quotes import tables as quotes
from kitlib.quotes.choosing import CHECK_BELOW
from kitlib.readability import tables as readability
from kitlib.text import word_count
from kitlib.words import tables as words

__all__ = [
    "ACTORS_SHOWN",
    "BUILDERS",
    "FRAME_NOTE",
    "OVERVIEW_MEASURES",
    "OVERVIEW_MIN_LARGER",
    "OVERVIEW_SKIPS",
    "QUOTE_EXAMPLE_COLUMNS",
    "READABILITY_SUMMARY",
    "SECTIONS",
    "SHOW_CHARACTERS",
    "Section",
    "WORDS_SHOWN",
    "artifact_counts",
    "biggest_differences",
    "frame_difference",
    "overview",
    "unavailable",
]


#: The parts of the report, in order: key, title, and the question each answers.
SECTIONS = (
    ("facts", "Headline facts", "What is in each text, and how long is it?"),
    ("readability", "Readability", "How hard is each text to read?"),
    ("actors", "Who comes first", "Who is in the story, how often, and how early?"),
    ("quotes", "Who gets to speak", "Whose words are quoted, and how are they introduced?"),
    ("frames", "Frames", "Which generic news frames would trained coders find in each article?"),
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
    tables : dict of str to pandas.DataFrame
        Further tables the section was built from (the quotations, one row each), so
        the report can cite them without running the analysis again.
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
    tables: Mapping[str, pd.DataFrame] = field(default_factory=dict, repr=False)


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
                "difference": describe_difference(
                    by_name, unit=unit, higher_means=higher_means, within=within[0] if within else 0
                ),
            }
        )
    return rows


def _title_question(key: str) -> tuple[str, str]:
    return next((title, question) for k, title, question in SECTIONS if k == key)


def unavailable(key: str, why: str) -> Section:
    """The section ``key`` when its analysis refused the texts: no table, and the reason."""
    title, question = _title_question(key)
    return Section(
        key, title, question, pd.DataFrame(), f"This analysis could not run: {why}", available=False
    )


def _facts(articles, names) -> tuple[Section, list[dict]]:
    rows = []
    for name, article in zip(names, articles, strict=True):
        n_words = word_count(article.text)
        rows.append(
            {
                "article": name,
                "outlet": article.meta.get("outlet") or "",
                "headline": article.meta.get("headline") or "",
                "published": article.meta.get("published") or "",
                "url": article.meta.get("url") or "",
                "words": n_words,
                "paragraphs": len(article.paragraph_spans),
                "sentences": len(article.sentence_spans),
                "words_per_paragraph": round(n_words / max(len(article.paragraph_spans), 1), 1),
                "cleaning_changes": len(article.log),
            }
        )
    table = pd.DataFrame(rows)
    lengths = paragraph_lengths(*articles, names=names)
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


def artifact_counts(*articles, names=None) -> pd.DataFrame:
    """How many artifacts of each kind each article has.

    Returns
    -------
    pandas.DataFrame
        Columns ``article``, ``kind`` (as in ``Article.artifacts``), ``label``
        (the kind in plain words) and ``count``; every kind appears for every
        article, with 0 where none was found.

    >>> import kitlib
    >>> table = artifact_counts(*kitlib.load_pair())
    >>> int(table.query("article == 'CNN' and kind == 'dropped_words'")["count"].iloc[0])
    8
    """
    articles = as_articles(articles)
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
    counts = artifact_counts(*articles, names=names)
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
    worst = max(total, key=lambda name: total[name])
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


#: The readability figures the summary shows: (column, label, unit, what higher
#: means, the gap below which the two count as about the same).
READABILITY_SUMMARY = (
    ("flesch_kincaid_grade", "Flesch–Kincaid grade", "", "harder to read", ABOUT_THE_SAME["grade"]),
    (
        "flesch_reading_ease",
        "Flesch Reading Ease (0–100)",
        "",
        "easier to read",
        ABOUT_THE_SAME["ease"],
    ),
    ("gunning_fog", "Gunning Fog grade", "", "harder to read", ABOUT_THE_SAME["grade"]),
    ("dale_chall", "Dale–Chall score", "", "harder to read", ABOUT_THE_SAME["score"]),
    ("words_per_sentence", "words per sentence", "words", "longer sentences", 1),
    ("syllables_per_word", "syllables per word", "", "longer words", 0.05),
)


def _readability(articles, names):
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


#: How many actors or names the "who comes first" figure shows.
ACTORS_SHOWN = 8


def _actors(articles, names):
    known = all(actor_table_fits(a) for a in articles)
    tables = [actors.named_actors(a) for a in articles]  # the batch table's actors too
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
        (
            "how the actors were found",
            [
                "the kit's actor table (kitlib.actors)"
                if known
                else "people and organisations found by rule (kitlib.actors.named_actors)"
            ]
            * len(names),
            "",
            "",
        ),
    ]
    totals = table.groupby("actor", sort=False)["mentions"].sum()
    shown = list(totals.sort_values(ascending=False, kind="stable").index[:ACTORS_SHOWN])
    figure_table = table[table["actor"].isin(shown)]
    how = (
        "Actors are the people, organisations and governments in the kit's actor table "
        "(kitlib.actors), found by their names and titles."
        if known
        else "These are not the bundled articles, so the kit found the people and "
        "organisations by rule (kitlib.actors.people and names; each row's rule says why). "
        "On 83 news articles it had never seen, it agreed with a statistical tagger's "
        "people on about 9 names in 10 (benchmarks/RESULTS.md, 'Who is named'); check "
        "the names that matter to your argument by eye."
    )
    section = Section(
        "actors",
        *_title_question("actors"),
        table=table,
        note=(
            f"{how} Pronouns ('he', 'she') are not counted. first_paragraph 1 is the lead. "
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
        tables={"people": _actor_rows(tables, names)},
    )
    return section, _rows("actors", names, measures)


def _actor_rows(tables, names) -> pd.DataFrame:
    """Every actor of every article with the rule that found it (exported as people)."""
    return pd.concat(
        [t.assign(article=n) for n, t in zip(names, tables, strict=True)], ignore_index=True
    )


#: The columns of the quotations the report shows as examples (``who`` shown as ``speaker``).
QUOTE_EXAMPLE_COLUMNS = (
    "article",
    "paragraph",
    "who",
    "cue",
    "kind",
    "quote",
    "confidence",
    "check",
)


def _quotes(articles, names):
    every = [quotes.find_quotes(a) for a in articles]
    found = [quotes.spoken_quotations(f) for f in every]
    table = quotes.quote_speakers(*articles, names=names, found=every)
    named = [f[~f["who"].isin(quotes.UNNAMED)] for f in found]  # quotations with a named speaker
    people = table[~table["speaker"].isin(quotes.UNNAMED)]
    measures = [
        ("quotations", [len(f) for f in found], "quotations", ""),
        (
            "quoted words, % of the article",
            [round(float(table.loc[table["article"] == n, "share"].sum()), 1) for n in names],
            "%",
            "",
            5,
        ),
        ("different speakers", [int(f["who"].nunique()) for f in named], "speakers", ""),
        ("first speaker quoted", [f["who"].iloc[0] if len(f) else None for f in named], "", ""),
        (
            "most quoted (by words)",
            [
                " and ".join(t.loc[t["quoted_words"] == t["quoted_words"].max(), "speaker"])
                if len(t)
                else None
                for t in (people[people["article"] == n] for n in names)
            ],  # speakers with equally many quoted words are named together
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
            "quotations with no speaker found",
            [int((f["who"] == quotes.NO_SPEAKER).sum()) for f in found],
            "",
            "",
        ),
        (
            "quotations to check by hand",
            [int((_check_reasons(f) != "").sum()) for f in found],
            "",
            "",
        ),  # fmt: skip
    ]
    examples = pd.concat(
        [f.assign(article=n, check=_check_reasons(f)) for n, f in zip(names, found, strict=True)],
        ignore_index=True,
    )
    examples = examples[list(QUOTE_EXAMPLE_COLUMNS)].rename(columns={"who": "speaker"})
    examples["quote"] = examples["quote"].map(_shorten)
    section = Section(
        "quotes",
        *_title_question("quotes"),
        table=table,
        note=(
            "Quotations are found by their quotation marks. Rules of news writing propose "
            "who may be speaking ('said Pence' after the quotation, 'Pence said' before it, "
            "a pronoun pointing back to a person named before), and a chooser learned from "
            "hand-annotated news (kitlib.quotes) picks one, with a confidence from 0 to 1. "
            f"Quotations whose speaker has a confidence of {CHECK_BELOW} or less, or no "
            "speaker, are marked 'check by hand'. Where 'he' or a description ('the "
            "senator') could be someone named elsewhere but the kit's best guess is more "
            "likely wrong than right, no name is shown: the row shows 'he', is counted as "
            f"'{quotes.NOT_NAMED}' and gives the guess. The kit is wrong about the speaker of "
            "some quotations, above all with pronouns: on election news it was not built "
            "from (PolNeAR dev), the speaker shown is the annotated one for "
            f"{figure('speakers', 'speaker accuracy (name)'):.0%} of the quotations it "
            "finds, as a strict scorer counts (lesson 04). Check the marked ones, and at "
            "least three others. The figure shows how many of each article's words are "
            "each speaker's quoted words."
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
        tables={
            "quotations": pd.concat(
                [
                    f.assign(article=n, check=_check_reasons(f))
                    for n, f in zip(names, found, strict=True)
                ],
                ignore_index=True,
            )
        },
    )
    return section, _rows("quotes", names, measures)


def _check_reasons(found: pd.DataFrame) -> pd.Series:
    """Why to check each quotation by hand ("" if there is no reason): no speaker found,
    a speaker the chooser is unsure of, or an artifact in the text around it."""
    reasons = []
    for who, speaker, guess, confidence, flag, check in zip(
        found["who"], found["speaker"], found["best_guess"], found["confidence"],
        found["artifact_flag"], found["check_by_hand"], strict=True,
    ):  # fmt: skip
        parts = []
        if who == quotes.NO_SPEAKER:
            parts.append("no speaker found")
        elif who == quotes.NOT_NAMED:
            parts.append(
                f"speaker not named: '{speaker}' may be {guess} (confidence {confidence:.2f})"
            )
        elif check:
            parts.append(f"speaker uncertain (confidence {confidence:.2f})")
        if flag:
            parts.append(flag)
        reasons.append("; ".join(parts))
    return pd.Series(reasons, index=found.index, dtype=object)


#: Longest quotation or sentence the report prints in full (characters).
SHOW_CHARACTERS = 140


def _shorten(text: str) -> str:
    """``text`` with its white space made single, cut at :data:`SHOW_CHARACTERS`.

    Only the words that can be shown are read, so a sentence of a million
    characters costs no more than a short one.
    """
    words, length = [], -1
    for word in re.finditer(r"\S+", str(text)):
        words.append(word.group())
        length += len(words[-1]) + 1
        if length > SHOW_CHARACTERS:
            break
    text = " ".join(words)
    return text if len(text) <= SHOW_CHARACTERS else text[: SHOW_CHARACTERS - 1].rstrip() + "…"


def _coded(articles, names) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The machine coder's two tables for every article, each article read once."""
    codings, frame_tables = [], []
    for name, article in zip(names, articles, strict=True):
        coding, found = code_article(article)
        codings.append(coding.assign(article=name))
        frame_tables.append(found.assign(article=name))
    return pd.concat(codings, ignore_index=True), pd.concat(frame_tables, ignore_index=True)


def _frame_answer(row) -> str:
    """'present (0.82)', 'absent (0.64)': the coder's answer and its confidence."""
    return f"{'present' if row['present'] else 'absent'} ({row['confidence']:.2f})"


def frame_difference(answers: Mapping[str, tuple[bool, float]]) -> str:
    """A frame's difference between articles, stated only where the coder is confident.

    Parameters
    ----------
    answers : mapping of str to (bool, float)
        For each article's label, the coder's answer (present?) and its confidence.

    Returns
    -------
    str
        "unsure: ..." unless the coder's confidence reaches
        :data:`kitlib.frames.CONFIDENT` for every article; otherwise which
        article has the frame and which does not, or "the same: ...".

    Examples
    --------
    >>> frame_difference({"NBC News": (True, 0.9), "CNN": (False, 0.8)})
    'the coder finds it in NBC News, not in CNN (confident for both)'
    >>> frame_difference({"NBC News": (True, 0.55), "CNN": (False, 0.6)})
    'unsure: the coder is not confident for NBC News (0.55) and CNN (0.60)'

    The summary then says each article's label as "this NBC News article"
    (:func:`kitlib.differences.name_the_articles`), as for every other difference.
    """
    unsure = {n: c for n, (_, c) in answers.items() if c < CONFIDENT}
    if unsure:
        which = " and ".join(f"{n} ({c:.2f})" for n, c in unsure.items())
        return f"unsure: the coder is not confident for {which}"
    present = [n for n, (p, _) in answers.items() if p]
    absent = [n for n, (p, _) in answers.items() if not p]
    both = "both" if len(answers) == 2 else "all"
    if not absent:
        return f"the same: present in {both} (the coder is confident for {both})"
    if not present:
        return f"the same: absent from {both} (the coder is confident for {both})"
    has, lacks = " and ".join(present), " and ".join(absent)
    return f"the coder finds it in {has}, not in {lacks} (confident for {both})"


def _frame_rows(found: pd.DataFrame, names) -> tuple[pd.DataFrame, list[dict]]:
    """The wide table (one row per frame) and the summary rows, from the coder's frames."""
    table_rows, summary = [], []
    for frame in dict.fromkeys(found["frame"]):
        rows = found[found["frame"] == frame].set_index("article")
        answers = {
            n: (bool(rows.loc[n, "present"]), float(rows.loc[n, "confidence"])) for n in names
        }
        shown = {n: _frame_answer(rows.loc[n]) for n in names}
        difference = frame_difference(answers)
        label = frame.replace("_", " ")
        table_rows.append({"frame": label, **shown, "difference": difference})
        summary.append({"section": "frames", "measure": f"{label} frame (machine coder)",
                        **shown, "difference": difference})  # fmt: skip
    return pd.DataFrame(table_rows, columns=["frame", *names, "difference"]), summary


def _frame_evidence(coding: pd.DataFrame) -> pd.DataFrame:
    """The questions the coder answered yes, with their confidence and evidence sentences."""
    yes = coding[coding["answer"] == "yes"]
    return pd.DataFrame(
        {
            "article": yes["article"],
            "frame": yes["frame"].str.replace("_", " "),
            "question": yes["question_id"] + ": " + yes["question"],
            "confidence": yes["confidence"],
            "evidence": [_evidence_shown(e) for e in yes["evidence"]],
        }
    ).reset_index(drop=True)


def _evidence_shown(evidence: str) -> str:
    """Each evidence sentence shortened (the coder joins them with " … "); "–" if none."""
    return " … ".join(_shorten(s) for s in evidence.split(" … ")) if evidence else "–"


#: How the frame section is read: the coder, what its confidence means, how far to trust it.
FRAME_NOTE = (
    "Semetko and Valkenburg (2000) describe five frames common in news: responsibility, "
    "human interest, conflict, morality and economic consequences. The kit's machine "
    "coder (kitlib.frames.suggest_frames) answers their codebook's questions for each "
    "article and says whether each frame is present, with its confidence: the chance "
    "that trained coders would agree. It learned from trained coders' answers on news "
    "about climate change (the Narrative Frames Corpus) and agrees with them less well "
    "than they agree with each other: on articles it was not trained on, its frames agree "
    "with one trained coder's at kappa {machine:.2f} on average, where two trained coders "
    "agree at {coders:.2f} (macro kappa {kappa:.2f} against the coders' agreed labels; "
    "lesson 05 and benchmarks/RESULTS.md). A difference "
    "between the articles is stated only where the coder is confident (at least "
    "{confident:.2f}) for both; otherwise the summary says unsure. The sentences below "
    "are its evidence: read them and decide with the codebook."
)


def _frames(articles, names):
    coding, found = _coded(articles, names)
    table, summary = _frame_rows(found, names)
    present = {n: ", ".join(found[(found["article"] == n) & found["present"]]["frame"]
                             .str.replace("_", " ")) or "none" for n in names}  # fmt: skip
    section = Section(
        "frames",
        *_title_question("frames"),
        table=table,
        note=FRAME_NOTE.format(
            kappa=figure("frames", "macro kappa"),
            machine=figure("frames", "macro kappa with a trained coder's own frame"),
            coders=figure("frames", "macro kappa, trained coders with each other"),
            confident=CONFIDENT,
        ),
        draw=lambda ax: plots.frame_probabilities(found, ax=ax),
        alt=(
            "Bar chart of the machine coder's probability of each of five frames, for each "
            "article. Frames it finds: " + "; ".join(f"{n}: {f}" for n, f in present.items()) + "."
        ),
        examples=_frame_evidence(coding),
        tables={"frames": found, "coding": coding},
    )
    return section, summary


#: How many distinctive words per article the summary and the table show.
WORDS_SHOWN = 8


def _without_debris(table: pd.DataFrame) -> pd.DataFrame:
    """The distinctive-words rows without single letters left over from an abbreviation."""
    return table[table["word"].map(words.word_kind) != "debris: a single letter"]


def _content_words(top: pd.DataFrame) -> list[str]:
    """The words of ``top`` that beat chance and are content, not style."""
    beat = top.loc[top["beyond_chance"], "word"]
    return [w for w in beat if words.word_kind(w) == words.CONTENT]


def _words(articles, names):
    per_article, tables, verdicts, standing = [], [], [], []
    for i, (name, article) in enumerate(zip(names, articles, strict=True)):
        others = [a for j, a in enumerate(articles) if j != i]
        other = others[0] if len(others) == 1 else "\n\n".join(a.text for a in others)
        with warnings.catch_warnings():  # short texts: the note below says so
            warnings.simplefilter("ignore", words.ShortTextWarning)
            table = words.distinctive_words(article, other)
        tables.append(table)
        verdicts.append(words.verdict(table))
        mine = table[(table["z"] > 0) & (table["favours"] == table.attrs["articles"][0])]
        top = _without_debris(mine).head(WORDS_SHOWN)
        standing.append(_content_words(top))
        if top.empty:  # say so in the table too, rather than show nothing
            top = pd.DataFrame(
                [{"word": verdicts[-1] or words.NOTHING_STANDS_OUT, "beyond_chance": False}]
            ).reindex(columns=["word", "count_a", "count_b", "z", "beyond_chance"])
        per_article.append(
            top.assign(article=name, kind=top["word"].map(words.word_kind))[
                ["article", "word", "kind", "count_a", "count_b", "z", "beyond_chance"]
            ].rename(
                columns={
                    "count_a": "uses here",
                    "count_b": "uses in the other",
                    "beyond_chance": "beyond chance",
                }
            )
        )
    table = pd.concat(per_article, ignore_index=True)
    table["z"] = table["z"].round(2)
    loaded = [words.loaded_words(a) for a in articles]
    sizes = [max(word_count(a.text), 1) for a in articles]
    measures = [
        (
            "distinctive words that beat chance (highest z first; content words only)",
            [
                words.TOO_SHORT
                if verdict == words.TOO_SHORT
                else ", ".join(found[:5]) or words.NOTHING_STANDS_OUT
                for verdict, found in zip(verdicts, standing, strict=True)
            ],
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
            "the other does (the log-odds ratio with an informative Dirichlet prior of "
            "Monroe, Colaresi and Quinn 2008, the two texts pooled as the prior, in "
            "kitlib.words). A word is listed for an article only if that article uses it "
            "more often, with a z-score of 1.96 or more; the summary names only words "
            "that also beat what shuffled sentences give (the permutation check), says "
            f"'{words.NOTHING_STANDS_OUT}' when none does, and '{words.TOO_SHORT}' "
            f"below {words.MIN_WORDS_TO_SAY} words. Loaded words (evaluative words, "
            "intensifiers, hedges) are counted separately for the reporter's sentences and "
            "for quotations: a word inside a quotation is the speaker's choice. The kind "
            "column tells content from style: honorifics ('mr') and function words ('of', "
            "'her') differ with a paper's house style and grammar, not with what the story "
            "is about, so the summary leaves them out; letters left over from an "
            "abbreviation are not listed (kitlib.words.word_kind)."
        ),
        draw=draw,
        alt=alt,
        examples=examples,
    )
    return section, _rows("words", names, measures)


#: Every section's builder, in report order: key -> function(articles, names)
#: returning (Section, summary rows).
BUILDERS: dict[str, Callable] = {
    "facts": _facts,
    "readability": _readability,
    "actors": _actors,
    "quotes": _quotes,
    "frames": _frames,
    "words": _words,
    "artifacts": _artifacts,
}


# --------------------------------------------------------------------------
# The first screen: where the articles differ most (issue 25)
# --------------------------------------------------------------------------

#: How many measures the first screen's figure shows.
OVERVIEW_MEASURES = 6

#: What the first screen leaves out, being about the kit or the copy rather than the
#: reporters' choices: the damage to the texts, how much the kit cleaned, how many of
#: its quotations to check by hand.
OVERVIEW_SKIPS = ("artifacts", "cleaning changes", "quotations to check by hand")

#: A gap counts on the first screen only when the larger figure is at least this: one
#: quotation against none is a gap of 100 %, but not a difference to open a report with.
OVERVIEW_MIN_LARGER = 5


def biggest_differences(summary: pd.DataFrame, names) -> pd.DataFrame:
    """The summary's measures on which the articles differ most, for the first screen.

    A measure qualifies when every article has a number, the numbers are not all the
    same, the summary does not call them "about the same", the larger is at least
    :data:`OVERVIEW_MIN_LARGER` and it is not in :data:`OVERVIEW_SKIPS`; measures are
    ranked by the gap between the largest and the smallest figure as a share of the
    largest.

    Returns
    -------
    pandas.DataFrame
        ``measure, article, value, share`` (``share``: the value as % of the largest
        on that measure), at most :data:`OVERVIEW_MEASURES` measures, the largest gap
        first.

    Examples
    --------
    >>> import pandas as pd
    >>> summary = pd.DataFrame({"section": ["facts", "quotes"], "measure": ["words", "quotations"],
    ...                         "A": [600, 10], "B": [1200, 9], "difference": ["B: 600", "A: 1"]})
    >>> table = biggest_differences(summary, ["A", "B"])
    >>> table[["measure", "share"]].values.tolist()
    [['words', 50.0], ['words', 100.0], ['quotations', 100.0], ['quotations', 90.0]]
    """
    rows, gaps = [], {}
    for _, row in summary.iterrows():
        values = [row[n] for n in names]
        if not all(_plain_number(v) for v in values) or str(row["difference"]).startswith(
            ("about the same", "the same")
        ):
            continue
        top = max(abs(float(v)) for v in values)
        skipped = {row.get("section"), row["measure"]} & set(OVERVIEW_SKIPS)
        if top < OVERVIEW_MIN_LARGER or len(set(values)) == 1 or row["measure"] in gaps:
            continue
        if skipped:
            continue
        gaps[row["measure"]] = (top - min(abs(float(v)) for v in values)) / top
        rows += [
            {"measure": row["measure"], "article": n, "value": float(v),
             "share": round(100 * abs(float(v)) / top, 1)}
            for n, v in zip(names, values, strict=True)
        ]  # fmt: skip
    table = pd.DataFrame(rows, columns=["measure", "article", "value", "share"])
    chosen = sorted(gaps, key=lambda m: -gaps[m])[:OVERVIEW_MEASURES]
    table = table[table["measure"].isin(chosen)]
    order = {m: i for i, m in enumerate(chosen)}
    return table.sort_values("measure", key=lambda c: c.map(order), kind="stable").reset_index(
        drop=True
    )


def _plain_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value == value


def overview(summary: pd.DataFrame, names) -> Section:
    """The report's first screen: the figure of :func:`biggest_differences` and how to read it.

    Examples
    --------
    >>> import kitlib
    >>> first = overview(kitlib.compare(*kitlib.load_pair()).summary, ["NBC News", "CNN"])
    >>> first.key, len(first.table) > 0
    ('overview', True)
    """
    table = biggest_differences(summary, names)
    shown = list(dict.fromkeys(table["measure"]))
    return Section(
        "overview",
        "Where the articles differ most",
        "At a glance: on which of the summary's measures are these articles furthest apart?",
        table=table,
        note=(
            "Each pair of bars is one row of the summary below, drawn as a share of the "
            "larger figure, so measures of different sizes fit one picture: the shorter "
            "bar shows how far the other article falls behind. These are the largest gaps, "
            "not the most important ones; read the rows and their evidence before drawing "
            "a conclusion."
        ),
        draw=(lambda ax: plots.biggest_differences(table, ax=ax)) if len(table) else None,
        alt=(
            "Bar chart of the measures on which the articles differ most, each as a share "
            "of the larger figure: " + "; ".join(shown) + "."
        ),
    )
