"""Checks for lesson 08, a class corpus (run on the kit's four shipped articles).

The expected values are computed here from the articles the lesson copies
into its folder (the bundled pair and the invented pair).
"""

from __future__ import annotations

from kitlib.articles import load_pair
from kitlib.exercises import feedback, keys
from kitlib.exercises._core import Result, exercise
from kitlib.text import word_count

__all__ = ["few_articles", "words_gap"]


@exercise("08.words_gap", expects="a whole number")
def words_gap(answer) -> Result:
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


@exercise("08.few_articles", expects="a sentence or two in quotes", written=True)
def few_articles(answer) -> Result:
    return feedback.written(
        answer,
        checklist=[
            "points at the count column: each group's mean rests on two articles;",
            "says the two groups also cover different events (a debate, a library vote), "
            "so the stories differ as well as the outlets;",
            "says what would be needed instead: many articles from each outlet, chosen "
            "the same way, on the same events or period.",
        ],
        model=keys.model_answer("08.few_articles"),
    )
