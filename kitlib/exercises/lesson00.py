"""Checks for lesson 00, start here."""

from kitlib.articles import load_pair
from kitlib.exercises import feedback
from kitlib.exercises._core import Result, exercise

__all__ = [
    "cnn_words",
    "more_russia",
]


def _word_count(article) -> int:
    return len(article.words)


@exercise("00.cnn_words", expects="a whole number, such as 250")
def cnn_words(answer) -> Result:
    _, cnn = load_pair()
    return feedback.number(
        answer,
        _word_count(cnn),
        hint="Count the words of the CNN article the same way the cell above counted NBC's, "
        "using cnn instead of nbc.",
        right="You counted the words of a real news article with one line of code.",
    )


@exercise("00.more_russia", expects='the text "nbc" or "cnn"')
def more_russia(answer) -> Result:
    nbc, cnn = load_pair()
    counts = {"nbc": nbc.text.count("Russia"), "cnn": cnn.text.count("Russia")}
    more, fewer = sorted(counts, key=counts.get, reverse=True)
    return feedback.choice(
        answer,
        more,
        options=["nbc", "cnn"],
        hint="Run the cell that counts 'Russia' in each article and compare the two numbers.",
        right=f"{more.upper()} names Russia {counts[more]} times, {fewer.upper()} "
        f"{counts[fewer]} times: a first finding about what each outlet puts in view.",
    )
