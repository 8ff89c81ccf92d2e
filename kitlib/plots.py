"""The kit's pictures: one function per figure, each returning a matplotlib Axes.

Every function takes the table a kitlib module computed (or an Article),
draws on ``ax`` if given (a new figure otherwise), and returns the Axes so
you can still change the title, save it or combine it with others. Every
figure has a title and labelled axes. Colours come from the Okabe–Ito
palette, which readers with colour-vision deficiencies can tell apart
(Okabe & Ito 2008, "Color Universal Design", https://jfly.uni-koeln.de/color/).

No figure relies on colour alone: each article also has its own hatching
(bars), marker (points and lines) and line style (outlines), shown in the
legend, so a figure printed in grey or read by someone who cannot tell the
colours apart still says which article is which. Lines and points that stand
for one thing (a threshold, the real pair) carry a text label on the figure.
"""

from __future__ import annotations

from kitlib.docstrings import shared
from kitlib.words.tables import Z_THRESHOLD

__all__ = [
    "ARTICLE_COLOURS",
    "ARTICLE_HATCHES",
    "ARTICLE_LINESTYLES",
    "ARTICLE_MARKERS",
    "PALETTE",
    "SEQUENTIAL_CMAP",
    "actor_heatmap",
    "actor_mentions",
    "article_style",
    "artifact_counts",
    "attribution_verb_counts",
    "biggest_differences",
    "close",
    "distinctive_words",
    "first_mentions",
    "frame_cue_shares",
    "frame_probabilities",
    "frame_scores",
    "paragraph_grades",
    "paragraph_lengths",
    "passage_grades",
    "permutation_check",
    "quote_shares",
    "quoted_words",
    "readability_grades",
    "sentence_length_distribution",
]

#: Okabe–Ito colour-blind-safe palette, in the order the kit uses it.
PALETTE = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "green": "#009E73",
    "vermillion": "#D55E00",
    "sky": "#56B4E9",
    "purple": "#CC79A7",
    "yellow": "#F0E442",
    "black": "#000000",
}

#: One colour per article, in the order articles are given (NBC blue, CNN orange).
ARTICLE_COLOURS = [PALETTE["blue"], PALETTE["orange"], PALETTE["green"], PALETTE["purple"]]

#: The second cue for each article, in the same order as the colours: hatching for
#: bars (the first article's bars are solid), a marker for points, a style for lines.
ARTICLE_HATCHES = ["", "//", "..", "xx"]
ARTICLE_MARKERS = ["o", "s", "^", "D"]
ARTICLE_LINESTYLES = ["-", "--", ":", "-."]


def article_style(i: int, *, kind: str = "bar") -> dict:
    """The drawing options that mark the ``i``-th article: its colour and a second cue.

    ``kind`` is "bar" (colour and hatching, with a dark edge so the hatching shows),
    "point" (colour and marker) or "line" (colour, line style and marker).

    >>> article_style(1)["hatch"], article_style(1, kind="point")["marker"]
    ('//', 's')
    """
    colour = ARTICLE_COLOURS[i % len(ARTICLE_COLOURS)]
    if kind == "bar":
        return {"color": colour, "hatch": ARTICLE_HATCHES[i % 4], "edgecolor": PALETTE["black"],
                "linewidth": 0.6}  # fmt: skip
    if kind == "point":
        return {"color": colour, "marker": ARTICLE_MARKERS[i % 4]}
    return {
        "color": colour,
        "linestyle": ARTICLE_LINESTYLES[i % 4],
        "marker": ARTICLE_MARKERS[i % 4],
    }


#: A sequential colour map for heat maps that is colour-blind safe and prints in grey.
SEQUENTIAL_CMAP = "cividis"


def close(ax) -> None:
    """Close the figure ``ax`` is on, so it is not kept in memory (a loop of many figures).

    >>> ax = paragraph_lengths(
    ...     __import__("pandas").DataFrame({"article": ["A"], "paragraph": [1], "words": [30]})
    ... )
    >>> close(ax)
    """
    import matplotlib.pyplot as plt

    plt.close(ax.figure)


def _axes(ax=None, figsize=(7, 4)):
    """Return ``ax``, or the Axes of a new figure."""
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=figsize)
    return ax


# --------------------------------------------------------------------------
# kitlib.compare: the report's own figures
# --------------------------------------------------------------------------


@shared
def paragraph_lengths(table, *, ax=None):
    """Words in each paragraph, in order, one colour per article.

    Parameters
    ----------
    table : pandas.DataFrame
        From :func:`kitlib.articles.paragraph_lengths`: ``article, paragraph, words``.
    %(ax)s

    Returns
    -------
    matplotlib Axes
    Examples
    --------
    >>> import kitlib
    >>> from kitlib import plots
    >>> from kitlib import articles
    >>> nbc, cnn = kitlib.load_pair()
    >>> ax = plots.paragraph_lengths(articles.paragraph_lengths(nbc, cnn))
    >>> ax.get_title()
    'How long is each paragraph?'
    >>> plots.close(ax)
    """
    ax = _axes(ax)
    names = list(dict.fromkeys(table["article"]))
    width = 0.8 / max(len(names), 1)
    for i, name in enumerate(names):
        rows = table[table["article"] == name]
        ax.bar(
            rows["paragraph"] + (i - (len(names) - 1) / 2) * width,
            rows["words"],
            width=width,
            label=name,
            **article_style(i),
        )
    ax.set_title("How long is each paragraph?")
    ax.set_xlabel("paragraph (1 = the first)")
    ax.set_ylabel("words")
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # paragraph 3, never 2.5
    _legend_outside(ax)
    return ax


def _legend_outside(ax):
    """The legend to the right of the plot, where it cannot cover a bar."""
    ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1))


@shared
def artifact_counts(table, *, ax=None):
    """Artifacts of each kind in each article, as grouped horizontal bars.

    Parameters
    ----------
    table : pandas.DataFrame
        From :func:`kitlib.report.sections.artifact_counts`: ``article, label, count``.
    %(ax)s

    Returns
    -------
    matplotlib Axes
    Examples
    --------
    >>> import kitlib
    >>> from kitlib import plots
    >>> from kitlib.report import sections
    >>> nbc, cnn = kitlib.load_pair()
    >>> ax = plots.artifact_counts(sections.artifact_counts(nbc, cnn))
    >>> ax.get_title()
    'Artifacts found in each text'
    >>> plots.close(ax)
    """
    ax = _grouped_bars(
        ax, table, "label", "count",
        title="Artifacts found in each text",
        value_label="number found",
        category_label="kind of artifact",
    )  # fmt: skip
    if not table["count"].any():
        ax.set_xlim(0, 1)
        ax.text(0.5, 0.5, "none found", ha="center", va="center", transform=ax.transAxes)
    return ax


@shared
def readability_grades(table, *, ax=None):
    """Grade-level readability figures side by side, one colour per article.

    Parameters
    ----------
    table : pandas.DataFrame
        Long form: ``article, figure, grade`` (see :mod:`kitlib.compare`).
    %(ax)s

    Returns
    -------
    matplotlib Axes
    Examples
    --------
    >>> import kitlib
    >>> from kitlib import plots
    >>> import pandas as pd
    >>> nbc, cnn = kitlib.load_pair()
    >>> grades = {"article": ["NBC News", "CNN"], "figure": ["Flesch–Kincaid"] * 2}
    >>> ax = plots.readability_grades(pd.DataFrame({**grades, "grade": [14.5, 16.3]}))
    >>> bool(ax.get_title()) and bool(ax.get_xlabel() or ax.get_ylabel())
    True
    >>> plots.close(ax)
    """
    ax = _grouped_bars(
        ax, table, "figure", "grade",
        title="Readability: grade levels by five formulas (higher = harder)",
        value_label="US school grade",
        category_label="formula",
        horizontal=False,
    )  # fmt: skip
    ax.tick_params(axis="x", labelrotation=15)
    return ax


@shared
def frame_cue_shares(table, *, ax=None):
    """Share of sentences with cue words for each generic frame, one colour per article.

    Parameters
    ----------
    table : pandas.DataFrame
        From :func:`kitlib.frames.frame_indicators`: ``article, frame, share``.
    %(ax)s

    Returns
    -------
    matplotlib Axes
    Examples
    --------
    >>> import kitlib
    >>> from kitlib import plots
    >>> from kitlib import frames
    >>> nbc, cnn = kitlib.load_pair()
    >>> ax = plots.frame_cue_shares(frames.frame_indicators(nbc, cnn))
    >>> ax.get_title()
    'Frame indicators: sentences with cue words'
    >>> plots.close(ax)
    """
    return _grouped_bars(
        ax, _readable_frames(table), "frame", "share",
        title="Frame indicators: sentences with cue words",
        value_label="% of the article's sentences",
        category_label="frame",
    )  # fmt: skip


# --------------------------------------------------------------------------
# kitlib.frames and kitlib.words (lessons 05 and 06)
# --------------------------------------------------------------------------


@shared
def frame_scores(table, *, ax=None):
    """The five generic frame scores (0 to 1) side by side, one colour per article.

    Parameters
    ----------
    table : pandas.DataFrame
        From :func:`kitlib.frames.frame_scores`: ``article, frame, score``.
    %(ax)s

    Returns
    -------
    matplotlib Axes
    Examples
    --------
    >>> import kitlib
    >>> from kitlib import plots
    >>> from kitlib import frames
    >>> nbc, cnn = kitlib.load_pair()
    >>> ax = plots.frame_scores(frames.frame_scores(frames.reference_coding()))
    >>> ax.get_title()
    "Generic frame scores (share of the frame's questions answered yes)"
    >>> plots.close(ax)
    """
    ax = _grouped_bars(
        ax, _readable_frames(table), "frame", "score",
        title="Generic frame scores (share of the frame's questions answered yes)",
        value_label="frame score (0 = no sign of the frame, 1 = every question yes)",
        category_label="frame",
    )  # fmt: skip
    ax.set_xlim(0, 1.05)
    ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1))
    return ax


@shared
def frame_probabilities(table, *, ax=None):
    """The machine coder's probability of each frame, one colour per article.

    Parameters
    ----------
    table : pandas.DataFrame
        From :func:`kitlib.frames.suggest_frames` (one article) or several of them
        stacked: ``article, frame, probability``.
    %(ax)s

    Returns
    -------
    matplotlib Axes
    Examples
    --------
    >>> import kitlib
    >>> import pandas as pd
    >>> from kitlib import plots
    >>> from kitlib import frames
    >>> nbc, cnn = kitlib.load_pair()
    >>> table = pd.concat([frames.suggest_frames(nbc), frames.suggest_frames(cnn)])
    >>> ax = plots.frame_probabilities(table)
    >>> ax.get_title()
    'The machine coder: how likely trained coders would find each frame'
    >>> plots.close(ax)
    """
    ax = _grouped_bars(
        ax, _readable_frames(table), "frame", "probability",
        title="The machine coder: how likely trained coders would find each frame",
        value_label="probability that trained coders find the frame (0 to 1)",
        category_label="frame",
    )  # fmt: skip
    ax.set_xlim(0, 1.05)
    ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1))
    return ax


def _patch_style(i: int) -> dict:
    """``article_style(i)`` for a legend patch (``color`` would hide the edge)."""
    style = article_style(i)
    return {"facecolor": style.pop("color"), **style}


def _readable_frames(table):
    """The table with frame names as words ("human_interest" -> "human interest")."""
    return table.assign(frame=table["frame"].str.replace("_", " "))


@shared
def distinctive_words(table, *, n=10, ax=None):
    """The words most typical of each article: z-scores of the log-odds ratio.

    Bars to the right are words article A uses more, bars to the left words
    article B uses more. Dashed lines mark |z| = 1.96, the usual threshold.

    Parameters
    ----------
    table : pandas.DataFrame
        From :func:`kitlib.words.distinctive_words`: ``word, z, favours``.
    n : int
        How many words to show from each end.
    %(ax)s

    Returns
    -------
    matplotlib Axes
    Examples
    --------
    >>> import kitlib
    >>> from kitlib import plots
    >>> from kitlib import words
    >>> nbc, cnn = kitlib.load_pair()
    >>> ax = plots.distinctive_words(words.distinctive_words(nbc, cnn))
    >>> ax.get_title()
    'Distinctive words (log-odds ratio, informative Dirichlet prior)'
    >>> plots.close(ax)
    """
    import pandas as pd
    from matplotlib.patches import Patch

    ax = _axes(ax, figsize=(7, 0.3 * 2 * n + 1.5))
    ordered = table.sort_values("z", ascending=False)
    if len(ordered) > 2 * n:
        ordered = pd.concat([ordered.head(n), ordered.tail(n)])
    shown = ordered.drop_duplicates("word")
    first, second = table.attrs.get("articles", ("the first article", "the second article"))
    bars = ax.barh(range(len(shown)), shown["z"])
    for bar, z in zip(bars, shown["z"], strict=True):
        style = article_style(0 if z > 0 else 1)
        bar.set_facecolor(style["color"])
        bar.set_hatch(style["hatch"])
        bar.set_edgecolor(style["edgecolor"])
        bar.set_linewidth(style["linewidth"])
    ax.legend(
        handles=[
            Patch(**_patch_style(0), label=f"used more by {first} (right)"),
            Patch(**_patch_style(1), label=f"used more by {second} (left)"),
        ],
        frameon=False,
        loc="lower right",
    )
    ax.set_yticks(range(len(shown)), shown["word"])
    ax.invert_yaxis()
    for x in (Z_THRESHOLD, -Z_THRESHOLD):
        ax.axvline(x, color=PALETTE["black"], linestyle="--", linewidth=0.8)
    ax.axvline(0, color=PALETTE["black"], linewidth=0.8)
    ax.set_title("Distinctive words (log-odds ratio, informative Dirichlet prior)")
    ax.set_xlabel(f"z-score  (right: used more by {first}; left: used more by {second})")
    ax.set_ylabel("word")
    return ax


@shared
def permutation_check(table, *, ax=None):
    """How many "distinctive" words shuffled texts produce, against the real pair.

    Parameters
    ----------
    table : pandas.DataFrame
        From :func:`kitlib.words.permutation_check`: ``shuffled, words_beyond``.
    %(ax)s

    Returns
    -------
    matplotlib Axes
    Examples
    --------
    >>> import kitlib
    >>> from kitlib import plots
    >>> from kitlib import words
    >>> nbc, cnn = kitlib.load_pair()
    >>> ax = plots.permutation_check(words.permutation_check(nbc, cnn))
    >>> ax.get_title()
    'Distinctive words when there is no real difference'
    >>> plots.close(ax)
    """
    ax = _axes(ax)
    shuffled = table[table["shuffled"]]["words_beyond"]
    real = int(table[~table["shuffled"]]["words_beyond"].iloc[0])
    counts = shuffled.value_counts().sort_index()
    ax.bar(counts.index, counts.values, color=PALETTE["sky"], edgecolor=PALETTE["black"],
           linewidth=0.6, label="shuffled sentences (bars)")  # fmt: skip
    ax.axvline(real, color=PALETTE["vermillion"], linewidth=2, linestyle="--",
               label=f"the real pair ({real}, dashed line)")  # fmt: skip
    ax.annotate(f"real pair: {real}", xy=(real, 1), xycoords=("data", "axes fraction"),
                xytext=(4, -12), textcoords="offset points", color=PALETTE["black"])  # fmt: skip
    ax.set_title("Distinctive words when there is no real difference")
    ax.set_xlabel("number of words with |z| ≥ 1.96")
    ax.set_ylabel("number of shuffles")
    ax.legend(frameon=False)
    return ax


# --------------------------------------------------------------------------
# kitlib.readability and kitlib.actors (lessons 02 and 03)
# --------------------------------------------------------------------------


@shared
def sentence_length_distribution(table, *, bin_width=5, ax=None):
    """How long the sentences are: one step histogram per article, on one axis.

    Parameters
    ----------
    table : pandas.DataFrame
        From :func:`kitlib.readability.sentence_lengths`: ``article, words`` (one
        row per sentence).
    bin_width : int
        Words per bar (5: sentences of 0–4 words, 5–9 words, ...).
    %(ax)s

    Returns
    -------
    matplotlib Axes
    Examples
    --------
    >>> import kitlib
    >>> from kitlib import plots
    >>> from kitlib import readability
    >>> nbc, cnn = kitlib.load_pair()
    >>> ax = plots.sentence_length_distribution(readability.sentence_lengths(nbc, cnn))
    >>> ax.get_title()
    'How long are the sentences?'
    >>> plots.close(ax)
    """
    ax = _axes(ax)
    names = list(dict.fromkeys(table["article"]))
    top = int(table["words"].max()) if len(table) else 0
    bins = range(0, top + 2 * bin_width, bin_width)
    for i, name in enumerate(names):
        words = table.loc[table["article"] == name, "words"]
        ax.hist(
            words,
            bins=bins,
            histtype="step",
            linewidth=2,
            color=ARTICLE_COLOURS[i % len(ARTICLE_COLOURS)],
            linestyle=ARTICLE_LINESTYLES[i % len(ARTICLE_LINESTYLES)],
            label=f"{name} (median {words.median():.0f} words)",
        )
    ax.set_title("How long are the sentences?")
    ax.set_xlabel("words in the sentence")
    ax.set_ylabel("number of sentences")
    # the legend shows lines, so each article's line style is visible in it (a step
    # histogram's own legend entry is a box that drops the style)
    from matplotlib.lines import Line2D

    handles = [
        Line2D(
            [],
            [],
            linewidth=2,
            label=patch.get_label(),
            color=ARTICLE_COLOURS[i % len(ARTICLE_COLOURS)],
            linestyle=ARTICLE_LINESTYLES[i % len(ARTICLE_LINESTYLES)],
        )  # fmt: skip
        for i, patch in enumerate(p for p in ax.patches if not p.get_label().startswith("_"))
    ]
    ax.legend(handles=handles, frameon=False)
    return ax


@shared
def passage_grades(table, *, ax=None):
    """Flesch–Kincaid grade of each passage of 100 words or more, along each article.

    Parameters
    ----------
    table : pandas.DataFrame
        From :func:`kitlib.readability.passage_grades`: ``article, position,
        flesch_kincaid_grade`` (one row per passage).
    %(ax)s

    Returns
    -------
    matplotlib Axes
    Examples
    --------
    >>> import kitlib
    >>> from kitlib import plots
    >>> from kitlib import readability
    >>> nbc, cnn = kitlib.load_pair()
    >>> ax = plots.passage_grades(readability.passage_grades(nbc, cnn))
    >>> ax.get_title()
    'How hard is each passage of 100+ words? (Flesch–Kincaid grade)'
    >>> plots.close(ax)
    """
    return _grades_along(
        table,
        "How hard is each passage of 100+ words? (Flesch–Kincaid grade)",
        "where the passage starts (% of the article)",
        ax,
    )


@shared
def paragraph_grades(table, *, ax=None):
    """Flesch–Kincaid grade of each paragraph along each article.

    Parameters
    ----------
    table : pandas.DataFrame
        From :func:`kitlib.readability.paragraph_grades`: ``article, position,
        flesch_kincaid_grade`` (one row per paragraph).
    %(ax)s

    Returns
    -------
    matplotlib Axes
    Examples
    --------
    >>> import kitlib
    >>> from kitlib import plots
    >>> from kitlib import readability
    >>> nbc, cnn = kitlib.load_pair()
    >>> ax = plots.paragraph_grades(readability.paragraph_grades(nbc, cnn))
    >>> ax.get_title()
    'How hard is each paragraph? (Flesch–Kincaid grade)'
    >>> plots.close(ax)
    """
    return _grades_along(
        table,
        "How hard is each paragraph? (Flesch–Kincaid grade)",
        "where the paragraph starts (% of the article)",
        ax,
    )


def _grades_along(table, title: str, xlabel: str, ax):
    """One line per article: the Flesch–Kincaid grade of each part along it."""
    ax = _axes(ax)
    for i, name in enumerate(dict.fromkeys(table["article"])):
        rows = table[table["article"] == name]
        ax.plot(
            rows["position"],
            rows["flesch_kincaid_grade"],
            label=name,
            **article_style(i, kind="line"),
        )
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("US school grade")
    ax.legend(frameon=False)
    return ax


@shared
def actor_heatmap(table, *, top=12, ax=None):
    """Who is talked about where: mentions of each actor in each paragraph.

    Parameters
    ----------
    table : pandas.DataFrame
        From :func:`kitlib.actors.mentions_by_paragraph`: ``article, actor,
        paragraph, mentions``, for one article.
    top : int
        Show the actors with the most mentions (at most this many), in order
        of first mention.
    %(ax)s

    Returns
    -------
    matplotlib Axes
    Examples
    --------
    >>> import kitlib
    >>> from kitlib import plots
    >>> from kitlib import actors
    >>> nbc, cnn = kitlib.load_pair()
    >>> ax = plots.actor_heatmap(actors.mentions_by_paragraph(nbc))
    >>> ax.get_title()
    'Who is named where? NBC News'
    >>> plots.close(ax)
    """
    ax = _axes(ax, figsize=(8, 4.5))
    order = list(dict.fromkeys(table["actor"]))
    totals = table.groupby("actor")["mentions"].sum()
    keep = [a for a in order if a in set(totals.sort_values(ascending=False, kind="stable")
                                        .index[:top])]  # fmt: skip
    grid = table.pivot(index="actor", columns="paragraph", values="mentions").loc[keep]
    image = ax.imshow(grid.to_numpy(), aspect="auto", cmap=SEQUENTIAL_CMAP, vmin=0)
    ax.set_yticks(range(len(keep)), keep)
    ax.set_xticks(range(grid.shape[1]), [str(p) for p in grid.columns])  # 1 is the lead
    name = table["article"].iloc[0] if len(table) else ""
    ax.set_title(f"Who is named where? {name}")
    ax.set_xlabel("paragraph (1 = the lead)")
    ax.set_ylabel("actor (in order of first mention)")
    from matplotlib.ticker import MaxNLocator

    colourbar = ax.figure.colorbar(image, ax=ax, label="mentions")
    colourbar.locator = MaxNLocator(integer=True)  # whole mentions only
    colourbar.update_ticks()
    return ax


@shared
def first_mentions(table, *, ax=None):
    """How early each actor is first named, one row per actor and one colour per article.

    Parameters
    ----------
    table : pandas.DataFrame
        :func:`kitlib.actors.mentions` tables of one or more articles joined
        with an ``article`` column: ``article, actor, first_position_pct``.
    %(ax)s

    Returns
    -------
    matplotlib Axes
    Examples
    --------
    >>> import kitlib
    >>> from kitlib import plots
    >>> from kitlib import actors
    >>> nbc, cnn = kitlib.load_pair()
    >>> ax = plots.first_mentions(actors.mentions(nbc))
    >>> bool(ax.get_title()) and bool(ax.get_xlabel() or ax.get_ylabel())
    True
    >>> plots.close(ax)
    """
    actors = list(dict.fromkeys(table.sort_values("first_position_pct", kind="stable")["actor"]))
    ax = _axes(ax, figsize=(7, max(4, 0.28 * len(actors))))
    for i, name in enumerate(dict.fromkeys(table["article"])):
        rows = table[table["article"] == name].set_index("actor").reindex(actors)
        ax.scatter(
            rows["first_position_pct"],
            range(len(actors)),
            label=name,
            **article_style(i, kind="point"),
        )
    ax.set_yticks(range(len(actors)), actors)
    ax.invert_yaxis()
    ax.set_xlim(-2, 102)
    ax.set_title("Who comes first?")
    ax.set_xlabel("first mention (% of the way through the article)")
    ax.set_ylabel("actor")
    ax.legend(frameon=False)
    return ax


@shared
def actor_mentions(table, *, ax=None):
    """How often each actor is named in each article, as grouped horizontal bars.

    Parameters
    ----------
    table : pandas.DataFrame
        ``article, actor, mentions`` (the actors section of :func:`kitlib.compare`).
    %(ax)s

    Returns
    -------
    matplotlib Axes
    Examples
    --------
    >>> import kitlib
    >>> from kitlib import plots
    >>> from kitlib import actors
    >>> nbc, cnn = kitlib.load_pair()
    >>> ax = plots.actor_mentions(actors.mentions(nbc))
    >>> ax.get_title()
    'Who is named, and how often'
    >>> plots.close(ax)
    """
    return _grouped_bars(
        ax, table, "actor", "mentions",
        title="Who is named, and how often",
        value_label="mentions (names and titles; pronouns not counted)",
        category_label="actor",
    )  # fmt: skip


@shared
def biggest_differences(table, *, ax=None):
    """Where the articles differ most: each figure as a share of the largest, side by side.

    Parameters
    ----------
    table : pandas.DataFrame
        ``measure, article, value, share`` (``share``: the figure as % of the
        largest of the articles on that measure), as in the comparison's
        ``overview.table`` (:func:`kitlib.compare`).
    %(ax)s

    Returns
    -------
    matplotlib Axes
    Examples
    --------
    >>> import kitlib
    >>> from kitlib import plots
    >>> ax = plots.biggest_differences(kitlib.compare(*kitlib.load_pair()).overview.table)
    >>> ax.get_title()
    'Where these two articles differ most'
    >>> plots.close(ax)
    """
    import textwrap

    names = list(dict.fromkeys(table["article"]))
    which = "two" if len(names) == 2 else str(len(names))
    ax = _grouped_bars(
        ax, table, "measure", "share",
        title=f"Where these {which} articles differ most",
        value_label="each article's figure, as % of the larger",
        category_label="",
    )  # fmt: skip
    measures = list(dict.fromkeys(table["measure"]))
    ax.set_yticks(range(len(measures)), [textwrap.fill(m, 24) for m in measures])
    ax.set_xlim(0, 100)
    return ax


@shared
def quoted_words(table, *, ax=None):
    """How many of each article's words are each speaker's quoted words.

    Parameters
    ----------
    table : pandas.DataFrame
        From :func:`kitlib.quotes.quote_speakers`: ``article, speaker, share``.
    %(ax)s

    Returns
    -------
    matplotlib Axes
    Examples
    --------
    >>> import kitlib
    >>> from kitlib import plots
    >>> from kitlib import quotes
    >>> nbc, cnn = kitlib.load_pair()
    >>> ax = plots.quoted_words(quotes.quote_speakers(nbc, cnn))
    >>> ax.get_title()
    'Who gets to speak: quoted words by speaker'
    >>> plots.close(ax)
    """
    return _grouped_bars(
        ax, table, "speaker", "share",
        title="Who gets to speak: quoted words by speaker",
        value_label="% of the article's words",
        category_label="speaker",
    )  # fmt: skip


def _grouped_bars(ax, table, category, value, title, value_label, category_label,
                  horizontal=True):  # fmt: skip
    """Bars of ``value`` for each ``category``, one colour per article, side by side.

    ``table`` is long: one row per article and category (rows of the same
    article and category are added up). Categories keep their first order;
    horizontal bars read top to bottom.
    """
    ax = _axes(ax)
    names = list(dict.fromkeys(table["article"]))
    categories = list(dict.fromkeys(table[category]))
    thickness = 0.8 / max(len(names), 1)
    draw = ax.barh if horizontal else ax.bar
    for i, name in enumerate(names):
        rows = table[table["article"] == name].groupby(category, sort=False)[value].sum()
        rows = rows.reindex(categories).fillna(0)
        # shift each article's bars so the group is centred on the category
        offset = (i - (len(names) - 1) / 2) * thickness
        positions = [c + offset for c in range(len(categories))]
        draw(positions, rows, thickness, label=name, **article_style(i))
    from matplotlib.ticker import MaxNLocator

    counts = bool(len(table)) and all(float(v).is_integer() for v in table[value])
    if horizontal:
        ax.set_yticks(range(len(categories)), categories)
        ax.invert_yaxis()
        ax.set_xlabel(value_label)
        ax.set_ylabel(category_label)
        if counts:  # whole numbers only on an axis of counts
            ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    else:
        ax.set_xticks(range(len(categories)), categories)
        ax.set_xlabel(category_label)
        ax.set_ylabel(value_label)
        if counts:
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(title)
    if categories:
        _legend_outside(ax)
    else:
        ax.text(0.5, 0.5, "none found", ha="center", va="center", transform=ax.transAxes)
    return ax


# --------------------------------------------------------------------------
# kitlib.quotes (lesson 04)
# --------------------------------------------------------------------------


@shared
def quote_shares(table, *, by="camp", ax=None):
    """Each camp's (or speaker's) share of an article's quoted words, one colour per article.

    Parameters
    ----------
    table : pandas.DataFrame
        :func:`kitlib.quotes.quote_share` tables of several articles, joined with an
        ``article`` column: ``article``, ``camp`` (or ``speaker``) and ``share`` (0 to 1).
    by : {"camp", "speaker"}
        Which column names the bars.
    %(ax)s

    Returns
    -------
    matplotlib Axes
    Examples
    --------
    >>> import kitlib
    >>> from kitlib import plots
    >>> from kitlib import quotes
    >>> nbc, cnn = kitlib.load_pair()
    >>> ax = plots.quote_shares(quotes.quote_share(nbc, by="camp"))
    >>> ax.get_title()
    'Who gets to speak: share of quoted words by camp'
    >>> plots.close(ax)
    """
    percent = table.assign(percent=100 * table["share"])
    return _grouped_bars(
        ax, percent, by, "percent",
        title=f"Who gets to speak: share of quoted words by {by}",
        value_label="% of the article's quoted words",
        category_label=by,
    )  # fmt: skip


@shared
def attribution_verb_counts(table, *, ax=None):
    """How many quotations each cue ("said", "told", "calling") introduces, per article.

    Parameters
    ----------
    table : pandas.DataFrame
        :func:`kitlib.quotes.attribution_verbs` tables of several articles, joined with
        an ``article`` column: ``article``, ``cue``, ``quotes``.
    %(ax)s

    Returns
    -------
    matplotlib Axes
    Examples
    --------
    >>> import kitlib
    >>> from kitlib import plots
    >>> from kitlib import quotes
    >>> nbc, cnn = kitlib.load_pair()
    >>> ax = plots.attribution_verb_counts(quotes.attribution_verbs(nbc))
    >>> ax.get_title()
    'How quotations are introduced: attribution words'
    >>> plots.close(ax)
    """
    return _grouped_bars(
        ax, table, "cue", "quotes",
        title="How quotations are introduced: attribution words",
        value_label="number of quotations",
        category_label="attribution word (cue)",
    )  # fmt: skip
