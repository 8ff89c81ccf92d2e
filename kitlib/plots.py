"""The kit's pictures: one function per figure, each returning a matplotlib Axes.

Every function takes the table a kitlib module computed (or an Article),
draws on ``ax`` if given (a new figure otherwise), and returns the Axes so
you can still change the title, save it or combine it with others. Every
figure has a title and labelled axes. Colours come from the Okabe–Ito
palette, which readers with colour-vision deficiencies can tell apart
(Okabe & Ito 2008, "Color Universal Design", https://jfly.uni-koeln.de/color/).
"""

from __future__ import annotations

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

#: A sequential colour map for heat maps that is colour-blind safe and prints in grey.
SEQUENTIAL_CMAP = "cividis"


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


def paragraph_lengths(table, ax=None):
    """Words in each paragraph, in order, one colour per article.

    Parameters
    ----------
    table : pandas.DataFrame
        From :func:`kitlib.compare.paragraph_lengths`: ``article, paragraph, words``.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib Axes
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
            color=ARTICLE_COLOURS[i % len(ARTICLE_COLOURS)],
            label=name,
        )
    ax.set_title("How long is each paragraph?")
    ax.set_xlabel("paragraph (1 = the first)")
    ax.set_ylabel("words")
    ax.legend(frameon=False)
    return ax


def artifact_counts(table, ax=None):
    """Artifacts of each kind in each article, as grouped horizontal bars.

    Parameters
    ----------
    table : pandas.DataFrame
        From :func:`kitlib.compare.artifact_counts`: ``article, label, count``.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib Axes
    """
    ax = _axes(ax)
    names = list(dict.fromkeys(table["article"]))
    labels = list(dict.fromkeys(table["label"]))
    height = 0.8 / max(len(names), 1)
    for i, name in enumerate(names):
        rows = table[table["article"] == name].set_index("label").reindex(labels)
        positions = [y + (i - (len(names) - 1) / 2) * height for y in range(len(labels))]
        ax.barh(
            positions,
            rows["count"].fillna(0),
            height=height,
            color=ARTICLE_COLOURS[i % len(ARTICLE_COLOURS)],
            label=name,
        )
    ax.set_yticks(range(len(labels)), labels)
    ax.invert_yaxis()
    ax.set_title("Artifacts found in each text")
    ax.set_xlabel("number found")
    ax.set_ylabel("kind of artifact")
    ax.legend(frameon=False)
    return ax
