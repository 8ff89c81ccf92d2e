"""Checks for lesson 00, start here."""

from kitlib.actors import tables as actors
from kitlib.articles import load_pair
from kitlib.exercises import feedback
from kitlib.exercises._core import Result, exercise
from kitlib.exercises.examples import NAME_ERROR_LINES
from kitlib.words import kwic

__all__ = [
    "FREQUENT",
    "NAME_ERROR_CAUSES",
    "NAME_ERROR_KEY",
    "RUSSIA_RULE",
    "cnn_words",
    "frequent_actors",
    "more_russia",
    "name_errors",
    "russia_counts",
]

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


#: The three causes of a NameError lesson 00 teaches, and the other ways students write them.
NAME_ERROR_CAUSES = {
    "not run": "not run", "not-run": "not run", "cell not run": "not run",
    "run the cells above": "not run", "quotes": "quotes", "quote": "quotes",
    "quotation marks": "quotes", "no quotes": "quotes", "missing quotes": "quotes",
    "case": "case", "capitals": "case", "capital letters": "case", "wrong case": "case",
}  # fmt: skip

#: The cause of each line of ``examples.NAME_ERROR_LINES``, as digests
#: (``kitlib.exercises.keys``; the plain table is in the teacher's answer-key file).
NAME_ERROR_KEY = {"a": "f5cf37ae4df692c1", "b": "3dc8acdcdb355582", "c": "c76da386dc011ec9",
                  "d": "b8bb74254d3e0866"}  # fmt: skip


@exercise("00.name_errors", expects='a list of four causes, such as ["case", ...]')
def name_errors(answer) -> Result:
    return feedback.labels_by_letter(
        answer,
        "00.name_errors",
        [letter for letter, _, _ in NAME_ERROR_LINES],
        NAME_ERROR_KEY,
        spelling=lambda given: NAME_ERROR_CAUSES.get(feedback.fold(given)),
        wrong_count="Give four causes, one for each line a to d, in a list. Your answer has {n}.",
        use_only='Use only these three: "not run", "quotes", "case".',
        hint="read the name in the message. Does a cell above create it (then it has not run)? "
        "Was it meant as text (then it needs quotation marks)? Or is it a name the lesson "
        "writes with other capitals?",
        right="Read the name in the message first: it tells you which of the three it is. Only "
        "the first is cured by running the cells above.",
    )


#: Exercise 00.4 counts the actors named at least this often.
FREQUENT = 5


@exercise("00.frequent_actors", expects="a whole number, such as 3")
def frequent_actors(answer) -> Result:
    nbc, _ = load_pair()
    table = actors.mentions(nbc)
    return feedback.number(
        answer,
        int((table["mentions"] >= FREQUENT).sum()),
        hint=f"Keep the rows whose mentions column is {FREQUENT} or more (the 'rows that pass "
        "a test' line of the table above) and count them (the 'how many pass a test' line).",
        right="You filtered a table and counted the rows that passed: the move behind many "
        "exercises of this course.",
    )
