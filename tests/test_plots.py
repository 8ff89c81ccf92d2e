"""Accessible figures: Okabe–Ito colours, and a second cue so no figure relies on colour alone."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from kitlib import plots  # noqa: E402

TWO = ["Daily A", "Daily B"]


def long(category, value, categories=("x", "y", "z")):
    rows = [(a, c, float(i + j + 1)) for i, a in enumerate(TWO) for j, c in enumerate(categories)]
    return pd.DataFrame(rows, columns=["article", category, value])


def words_table():
    table = pd.DataFrame({"word": list("abcdef"), "z": [3.0, 2.5, 2.0, -2.0, -2.5, -3.0]})
    table.attrs["articles"] = tuple(TWO)
    return table


FIGURES = {
    "paragraph_lengths": lambda: plots.paragraph_lengths(
        pd.DataFrame({"article": TWO * 3, "paragraph": [0, 0, 1, 1, 2, 2], "words": [5] * 6})
    ),
    "artifact_counts": lambda: plots.artifact_counts(long("label", "count")),
    "readability_grades": lambda: plots.readability_grades(long("figure", "grade")),
    "frame_cue_shares": lambda: plots.frame_cue_shares(long("frame", "share")),
    "frame_scores": lambda: plots.frame_scores(long("frame", "score")),
    "actor_mentions": lambda: plots.actor_mentions(long("actor", "mentions")),
    "quoted_words": lambda: plots.quoted_words(long("speaker", "share")),
    "quote_shares": lambda: plots.quote_shares(long("camp", "share")),
    "attribution_verb_counts": lambda: plots.attribution_verb_counts(long("cue", "quotes")),
    "sentence_length_distribution": lambda: plots.sentence_length_distribution(
        pd.DataFrame({"article": TWO * 4, "words": [5, 12, 20, 8, 30, 14, 9, 22]})
    ),
    "paragraph_grades": lambda: plots.paragraph_grades(
        pd.DataFrame(
            {
                "article": TWO * 2,
                "position": [0, 0, 50, 50],
                "flesch_kincaid_grade": [8.0, 10.0, 12.0, 9.0],
            }
        )  # fmt: skip
    ),
    "first_mentions": lambda: plots.first_mentions(
        pd.DataFrame(
            {
                "article": TWO * 2,
                "actor": ["P", "P", "Q", "Q"],
                "first_position_pct": [0.0, 10.0, 40.0, 60.0],
            }
        )  # fmt: skip
    ),
    "distinctive_words": lambda: plots.distinctive_words(words_table(), n=3),
}


def cue(handle) -> tuple:
    """What tells a legend entry apart when colour is gone: hatching, marker shape, line style."""
    hatch = handle.get_hatch() if hasattr(handle, "get_hatch") else None
    marker = handle.get_marker() if hasattr(handle, "get_marker") else None
    if hasattr(handle, "get_paths") and handle.get_paths():  # scatter points: the marker's shape
        marker = handle.get_paths()[0].vertices.round(3).tobytes()
    style = handle.get_linestyle() if hasattr(handle, "get_linestyle") else None
    return (hatch or "", str(marker or ""), str(style or ""))


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_every_legend_entry_differs_by_more_than_colour(name):
    ax = FIGURES[name]()
    handles = ax.get_legend().legend_handles  # what a reader sees in the legend
    assert len(handles) >= 2, name
    cues = [cue(h) for h in handles]
    assert len(set(cues)) == len(cues), (name, cues)
    plt.close("all")


def test_colours_are_okabe_ito():
    okabe_ito = {"#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442",
                 "#000000"}  # fmt: skip
    assert set(plots.PALETTE.values()) == okabe_ito
    assert set(plots.ARTICLE_COLOURS) <= okabe_ito


def test_the_real_pair_is_labelled_on_the_permutation_figure():
    table = pd.DataFrame({"shuffled": [True] * 5 + [False], "words_beyond": [1, 2, 2, 3, 1, 9]})
    ax = plots.permutation_check(table)
    assert any(t.get_text() == "real pair: 9" for t in ax.texts)
    plt.close("all")
