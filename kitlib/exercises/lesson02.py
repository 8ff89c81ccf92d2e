"""Checks for lesson 02, headlines, leads and who comes first."""

from functools import cache

from kitlib.actors import tables as actors
from kitlib.articles import load_pair
from kitlib.exercises import feedback, keys
from kitlib.exercises._core import Result, exercise

__all__ = [
    "ATTRIBUTE_KEY",
    "LEVELS",
    "attribute_claims",
    "attribute_levels",
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


def _as_actor(item, known) -> str:
    """An answer item as the actor it names: full name, surname or alias, in any case.

    ``known`` are the actors of the table the exercise is about; an item that
    names none of them comes back folded (:func:`kitlib.exercises.feedback.person`).
    """
    return feedback.person(item, known, resolve=actors.resolve)


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
    if not isinstance(feedback.single(answer), str):
        return Result(False, 'Give the actor\'s name as text, in quotes, such as "Mike Pence".')
    given = _as_actor(feedback.single(answer), list(table["actor"]))
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
        prompt="In one or two sentences of your own: what does the order in which one article "
        "names its actors suggest about its frame? Name the article, the actor (or topic) it "
        "puts first or most, and what that makes salient.",
    )


#: The two levels of agenda setting, and the other ways students write them.
LEVELS = {"first level": "first level", "first": "first level", "object": "first level",
          "objects": "first level", "1": "first level", "second level": "second level",
          "second": "second level", "attribute": "second level", "attributes": "second level",
          "2": "second level"}  # fmt: skip

#: The level of each claim of :func:`attribute_claims`, as digests (the plain table is in the
#: teacher's answer-key file).
ATTRIBUTE_KEY = {"a": "b61f946c468b3789", "b": "c5a7e8ae1ff42608", "c": "504a9e74710b39eb",
                 "d": "a2df6ff45d73fc55"}  # fmt: skip


def attribute_claims() -> list[tuple[str, str]]:
    """Four claims about the bundled pair, with the kit's own counts, for exercise 02.6.

    >>> [letter for letter, _ in attribute_claims()]
    ['a', 'b', 'c', 'd']
    """
    nbc, cnn = _pair()
    russia = [int(actors.mentions(a).set_index("actor").loc["Russia", "mentions"])
              for a in (nbc, cnn)]  # fmt: skip
    in_lead = all(
        bool(actors.mentions(a).set_index("actor").loc["Mike Pence", "in_lead"]) for a in (nbc, cnn)
    )
    times = "time" if russia[1] == 1 else "times"
    return [
        ("a", f"This NBC article names Russia {russia[0]} times, more than any other actor; "
              f"this CNN article names it {russia[1]} {times}."),
        ("b", "This NBC article calls Pence's stance on Russia 'tough' and the policy he "
              "outlined 'aggressive'."),
        ("c", "Mike Pence is named in the lead of " + ("both articles." if in_lead else
              "one article only.")),
        ("d", "In this CNN article, the White House appears as the government that has opposed "
              "a no-fly zone in Syria."),
    ]  # fmt: skip


@exercise("02.attribute_levels", expects='a list of four levels, such as ["first level", ...]')
def attribute_levels(answer) -> Result:
    return feedback.labels_by_letter(
        answer,
        "02.attribute_levels",
        list(ATTRIBUTE_KEY),  # the letters of attribute_claims(), a to d
        ATTRIBUTE_KEY,
        spelling=lambda given: LEVELS.get(feedback.fold(given)),
        wrong_count="Give four answers, one for each claim a to d, in a list. Yours has {n}.",
        use_only='Use only "first level" or "second level".',
        hint="does the claim say *how prominent* an actor is (how often, how early: first "
        "level), or *what the article says the actor is like or does* (an attribute: second "
        "level)?",
        right="Counting and placing names measures the first level; reading what is said about "
        "them, the second. The second level is where agenda setting comes closest to framing.",
    )
