"""Checks for lesson 00, start here."""

from kitlib.articles import load_pair
from kitlib.exercises import feedback
from kitlib.exercises._core import Result, exercise
from kitlib.words import kwic

__all__ = ["RUSSIA_RULE", "cnn_words", "more_russia", "russia_counts"]

#: How the course counts "Russia", said once in lesson 00 and used in lessons 02 and 06.
RUSSIA_RULE = (
    'the word "Russia" on its own or with "\'s" ("Russia\'s"), in any case; '
    '"Russian" and "Russians" are other words'
)


def russia_counts() -> tuple[int, int]:
    """How often this NBC article and this CNN article use the word Russia (by ``RUSSIA_RULE``)."""
    nbc, cnn = load_pair()
    return len(kwic(nbc, "Russia")), len(kwic(cnn, "Russia"))


@exercise("00.cnn_words", expects="a whole number, such as 250")
def cnn_words(answer) -> Result:
    _, cnn = load_pair()
    return feedback.number(
        answer,
        len(cnn.words),
        hint="Count the words of the CNN article the same way the cell above counted NBC's, "
        "using cnn instead of nbc.",
        right="You counted the words of a real news article with one line of code.",
    )


@exercise("00.more_russia", expects='the text "nbc" or "cnn", in quotation marks')
def more_russia(answer) -> Result:
    counts = dict(zip(("nbc", "cnn"), russia_counts(), strict=True))
    more = max(counts, key=lambda name: counts[name])
    given = feedback.fold(answer).replace(" news", "")
    return feedback.choice(
        given,
        more,
        options=["nbc", "cnn"],
        hint="Run the cell that counts 'Russia' in each article and compare the two numbers "
        "(NBC's comes first).",
        right="That is a measurement of two articles, not yet a finding about two outlets: "
        "one article each says little about what an outlet usually does.",
    )
