"""Checks for lesson 08, a class corpus (run on the kit's four shipped articles).

The expected values are computed here from the articles the lesson copies
into its folder (the bundled pair and the invented pair).
"""

from __future__ import annotations

from kitlib.articles import load_pair
from kitlib.exercises import feedback, keys
from kitlib.exercises._core import Result, exercise
from kitlib.exercises.examples import PER_1000_COLUMNS, SAMPLING_PLANS
from kitlib.text import word_count

__all__ = ["PER_1000_KEY", "SAMPLING_KEY", "few_articles", "per_1000", "sampling", "words_gap"]

#: The columns of ``examples.PER_1000_COLUMNS`` to divide by length, as a digest of their
#: sorted names joined by "|" (the plain answer is in the teacher's file).
PER_1000_KEY = "7de20d3732461872"

#: Whether each plan of ``examples.SAMPLING_PLANS`` could support a claim about the outlets.
SAMPLING_KEY = {"a": "9df5753bdaae8436", "b": "6078931e42bd20d5", "c": "525663ae5e0c497c",
                "d": "16a20d8933173514"}  # fmt: skip


@exercise("08.words_gap", expects="a whole number")
def words_gap(answer) -> Result:
    counts = sorted(word_count(article.text) for article in load_pair())
    return feedback.number(
        answer,
        counts[1] - counts[0],
        hint="Read the words column of the table for nbc_pence and cnn_pence and subtract "
        "the smaller from the larger.",
        right="Same debate, a day apart, and one article is almost twice as long as the other: "
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
        prompt="In a sentence or two of your own, say why the table above cannot show that "
        "national outlets write harder prose than local ones.",
    )


@exercise("08.per_1000", expects='a list of column names, such as ["words"]')
def per_1000(answer) -> Result:
    given = [answer] if isinstance(answer, str) else list(answer)
    names = {feedback.fold(c): c for c in PER_1000_COLUMNS}
    chosen = [names.get(feedback.fold(g)) for g in given]
    if None in chosen:
        return Result(False, "Copy the column names as the list above writes them.")
    joined = "|".join(sorted({c for c in chosen if c is not None}))
    if keys.matches("08.per_1000", "answer", joined, PER_1000_KEY):
        return Result(
            True,
            "Counts grow with length, so divide them by it; a grade is already an average "
            "(per sentence, per word), so it is compared as it is.",
        )
    return Result(
        False,
        "For each column ask: would a text twice as long, written the same way, have twice "
        "as much of it? Those are the ones to divide. An average (per sentence, per word) "
        "would stay the same, and 'words' is the length itself.",
    )


@exercise("08.sampling", expects='a list of four answers, "yes" or "no", such as ["yes", ...]')
def sampling(answer) -> Result:
    words = {"yes": "yes", "y": "yes", "true": "yes", "no": "no", "n": "no", "false": "no"}
    return feedback.labels_by_letter(
        answer,
        "08.sampling",
        [letter for letter, _ in SAMPLING_PLANS],
        SAMPLING_KEY,
        spelling=lambda given: words.get(feedback.fold(given)),
        wrong_count="Give four answers, one for each plan a to d. Yours has {n}.",
        use_only='Answer each plan with "yes" or "no".',
        hint="was the rule for choosing written before anyone looked at the articles, does it "
        "treat both outlets the same way, and does it give enough articles?",
        right="A rule set before looking, the same for both outlets, and enough articles: only "
        "then can a difference speak about the outlets rather than about who chose.",
    )
