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
