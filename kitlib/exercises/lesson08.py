"""Checks for lesson 08, a class corpus (run on the kit's four shipped articles).

The expected values are computed here from the articles the lesson copies
into its folder (the bundled pair and the invented pair).
"""

from __future__ import annotations

from kitlib.exercises import feedback
from kitlib.exercises._core import Result, exercise

__all__ = ["few_articles", "words_gap"]


@exercise("08.words_gap", expects="a whole number")
def words_gap(answer) -> Result:
    from kitlib.articles import load_pair
    from kitlib.text import word_count

    counts = sorted(word_count(article.text) for article in load_pair())
    return feedback.number(
        answer,
        counts[1] - counts[0],
        hint="Read the words column of the table for nbc_pence and cnn_pence and subtract "
        "the smaller from the larger.",
        right="Same debate, same day, and one article is almost twice as long as the other: "
        "length alone moves many figures, so compare outlets per 1,000 words or on "
        "articles of similar length.",
    )


@exercise("08.few_articles", expects="a sentence or two in quotes")
def few_articles(answer) -> Result:
    return feedback.explanation(
        answer,
        keywords=[
            ["two", "2", "few", "count", "only", "small", "sample", "one"],
            ["event", "events", "topic", "topics", "story", "stories", "debate", "library",
             "invented", "length", "longer", "shorter", "subject"],
        ],
        hint="Look at the count column, and at what the two groups' articles are about.",
        right="Yes: two articles a group, on different events, cannot separate the outlets "
        "from the stories they covered.",
    )
