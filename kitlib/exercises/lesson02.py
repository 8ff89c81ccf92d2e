"""Checks for lesson 02, headlines, leads and who comes first."""

from functools import cache

from kitlib import actors
from kitlib.articles import load_pair
from kitlib.exercises import feedback
from kitlib.exercises._core import Result, exercise

__all__ = [
    "cautious_trump",
    "lead_actors",
    "most_mentioned",
    "russia_rate",
    "salience",
]


@cache
def _pair():
    """The bundled pair, loaded once for all of this lesson's checks (they only read it)."""
    return load_pair()


def _canonical(items) -> list[str]:
    """Each answer item as the actor it names ("Pence" -> "Mike Pence"), or as written."""
    return [actors.resolve(str(item).strip()) or str(item).strip() for item in items]


@exercise("02.lead_actors", expects='a list of names in quotes, such as ["A", "B"]')
def lead_actors(answer) -> Result:
    nbc, _ = _pair()
    if isinstance(answer, str):
        return Result(
            False, "Give a list: put each name in quotes, inside [ ], separated by commas."
        )
    table = actors.mentions(nbc)
    expected = table.loc[table["in_lead"], "actor"]
    return feedback.same_items(
        _canonical(answer),
        expected,
        hint="Use the in_lead column of actors.mentions(nbc): keep the rows where it is True "
        "and read their actor column.",
        right="NBC's first sentence already names the two running mates, both countries and "
        "Assad: the whole conflict is in the lead.",
    )


@exercise("02.most_mentioned", expects="a name in quotes")
def most_mentioned(answer) -> Result:
    nbc, _ = _pair()
    table = actors.mentions(nbc)
    top = table.sort_values("mentions", ascending=False, kind="stable").iloc[0]["actor"]
    given = actors.resolve(str(answer).strip()) or str(answer).strip()
    if given == top:
        return Result(
            True,
            "NBC names it more often than either candidate: the story is built around it.",
        )
    if given in set(table["actor"]):
        return Result(
            False,
            f"{given} is mentioned, but not the most. Sort the table by the mentions column "
            "(largest first) and read the top row.",
        )
    return Result(False, "That name is not in NBC's mentions table. Check the actor column.")


@exercise("02.russia_rate", expects="two numbers in brackets, such as (12.3, 4.5)")
def russia_rate(answer) -> Result:
    nbc, cnn = _pair()
    given_nbc, given_cnn = (float(a) for a in answer)
    expected = []
    for article in (nbc, cnn):
        table = actors.mentions(article).set_index("actor")
        expected.append(table.loc["Russia", "per_1000_words"])
    close = [abs(g - e) <= 0.05 for g, e in zip((given_nbc, given_cnn), expected, strict=True)]
    if all(close):
        return Result(
            True,
            "Per 1,000 words makes the two articles comparable even though CNN's is longer: "
            "NBC gives Russia far more attention.",
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
        hint="Take the Donald Trump row of actors.mentions(cnn) and subtract in_artifacts "
        "from mentions.",
        right="This is a floor, not the truth: the artifact flags catch only the obvious "
        "rewrites, and pronouns the reporter wrote are not counted at all.",
    )


@exercise("02.salience", expects="a sentence in quotes")
def salience(answer) -> Result:
    return feedback.explanation(
        answer,
        keywords=[
            ["first", "early", "lead", "headline", "top", "position", "start", "begin"],
            ["russia", "syria", "pence", "trump", "kaine", "clinton", "safe zone", "camp"],
            ["salien", "important", "emphas", "attention", "frame", "matter", "promin", "focus"],
        ],
        hint="Name what one outlet puts first or mentions most, and say what that placement "
        "tells a reader is important (Entman's salience).",
    )
