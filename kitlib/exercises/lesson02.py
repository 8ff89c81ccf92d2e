"""Checks for lesson 02, headlines, leads and who comes first."""

from functools import cache

from kitlib.actors import tables as actors
from kitlib.articles import load_pair
from kitlib.exercises import feedback, keys
from kitlib.exercises._core import Result, exercise

__all__ = ["cautious_trump", "lead_actors", "most_mentioned", "russia_rate", "salience"]


@cache
def _pair():
    """The bundled pair, loaded once for all of this lesson's checks (they only read it)."""
    return load_pair()


def _as_actor(item, known) -> str:
    """An answer item as the actor it names, in any case ("pence", "PENCE" -> "Mike Pence").

    ``known`` are the actors of the table the exercise is about; an item that
    names none of them comes back as written.
    """
    written = str(item).strip()
    for guess in (written, written.title()):
        found = actors.resolve(guess)
        if found:
            return found
    folded = feedback.fold(written)
    for actor in known:
        if folded in {feedback.fold(actor), feedback.fold(actor.split()[-1])}:
            return actor
    return written


@exercise("02.lead_actors", expects='a list of names in quotes, such as ["A", "B"]')
def lead_actors(answer) -> Result:
    nbc, _ = _pair()
    if isinstance(answer, str):
        return Result(
            False, "Give a list: put each name in quotes, inside [ ], separated by commas."
        )
    table = actors.mentions(nbc)
    known = list(table["actor"])
    expected = table.loc[table["in_lead"], "actor"]
    return feedback.same_items(
        [_as_actor(a, known) for a in answer],
        expected,
        hint="The lead is the first paragraph. In the mentions table, keep the rows whose "
        "paragraph is the lead's and read their actor column.",
        right="The first sentence of this NBC article already names the two running mates, "
        "both countries and Assad: the whole conflict is in its lead.",
    )


@exercise("02.most_mentioned", expects="a name in quotes")
def most_mentioned(answer) -> Result:
    nbc, _ = _pair()
    table = actors.mentions(nbc)
    top = table.sort_values("mentions", ascending=False, kind="stable").iloc[0]["actor"]
    given = _as_actor(answer, list(table["actor"]))
    if given == top:
        return Result(
            True,
            "This NBC article names it more often than either candidate: the story is built "
            "around it.",
        )
    if given in set(table["actor"]):
        return Result(
            False,
            f"{given} is mentioned, but not the most. Sort the table by the mentions column "
            "(largest first) and read the top row.",
        )
    return Result(
        False,
        "That name is not in the actor column of NBC's mentions table (capital letters do "
        "not matter here). Copy a name from that column.",
    )


@exercise("02.russia_rate", expects="two numbers in brackets, such as (12.3, 4.5)")
def russia_rate(answer) -> Result:
    nbc, cnn = _pair()
    if isinstance(answer, (str, int, float)) or len(answer) != 2:
        return Result(False, "Give two numbers in brackets, NBC first, like (12.3, 4.5).")
    given = [feedback.to_number(a) for a in answer]
    expected = [
        actors.mentions(article).set_index("actor").loc["Russia", "per_1000_words"]
        for article in (nbc, cnn)
    ]
    close = [abs(g - e) <= 0.05 for g, e in zip(given, expected, strict=True)]
    if all(close):
        return Result(
            True,
            "Per 1,000 words makes the two articles comparable even though the CNN article "
            "is longer: this NBC article gives Russia far more room than this CNN article.",
        )
    wrong = " and ".join(n for n, ok in zip(("NBC's", "CNN's"), close, strict=True) if not ok)
    return Result(
        False,
        f"{wrong} figure is off. Read the per_1000_words column in the Russia row of each "
        "article's mentions table, rounded to one decimal, NBC first.",
    )


@exercise("02.cautious_trump", expects="a whole number")
def cautious_trump(answer) -> Result:
    _, cnn = _pair()
    row = actors.mentions(cnn).set_index("actor").loc["Donald Trump"]
    return feedback.number(
        answer,
        int(row["mentions"] - row["in_artifacts"]),
        hint="Start from Donald Trump's mentions in the CNN table and take away the ones that "
        "lie inside flagged artifacts (another column of the same row).",
        right="This is an upper bound on the names CNN's reporter wrote, not the truth: the "
        "artifact flags catch only the rewrites with a clear signature, so names the resolver "
        'put in unflagged ("a Trump zone" for "a safe zone") are still counted. And '
        "the pronouns the reporter wrote for Trump are not counted at all.",
    )


@exercise("02.salience", expects="a sentence in quotes", written=True)
def salience(answer) -> Result:
    nbc, _ = _pair()
    rate = actors.mentions(nbc).set_index("actor").loc["Russia", "per_1000_words"]
    return feedback.written(
        answer,
        checklist=[
            'names one article ("this NBC article" or "this CNN article"), not the outlet in '
            "general: one article says little about an outlet;",
            "names the actor or topic it puts first or most, and where: headline, lead, first "
            "mention, or mentions per 1,000 words from your tables;",
            "says what that position makes salient: what a reader who stops early is led to "
            "see as the problem;",
            "is true of the tables: check the numbers or positions you cite.",
        ],
        model=keys.model_answer("02.salience", rate=rate),
    )
