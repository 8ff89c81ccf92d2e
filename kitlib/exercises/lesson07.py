"""Checks for lesson 07, your own pair (run on the invented pair that ships with the kit).

Every expected value is computed here from the invented articles, the kit's
comparison of them, or the author's record of who says each quotation
(``data/invented/quotes_gold.csv``).
"""

from __future__ import annotations

import re
from functools import cache

from kitlib.articles import FIRST_PARAGRAPH, INVENTED, load_invented_pair
from kitlib.evaluation import invented_truth
from kitlib.exercises import feedback, keys
from kitlib.exercises._core import Result, exercise
from kitlib.frames import tables as frames
from kitlib.report import compare
from kitlib.report.sections import READABILITY_SUMMARY

__all__ = [
    "MIN_HAND_CHECKS",
    "OWN_PAIR",
    "SAME",
    "claim",
    "first_quoted",
    "frame_gap",
    "hand_check",
    "not_story",
    "readability",
    "use_pair",
]

#: The answers a student may give for "which is harder to read?".
SAME = "about the same"

#: Said when an answer is wrong: the checks know the invented pair only.
OWN_PAIR = (
    "(This check needs the invented pair's record of who says what, so it checks the "
    "invented pair even when you loaded your own; on your own pair, check by reading the "
    "paragraph.)"
)

#: At least this many quotations must be checked by hand in exercise 07.3.
MIN_HAND_CHECKS = 3


@cache
def _pair():
    return load_invented_pair()


@cache
def _invented_result():
    return compare(*_pair())


#: The pair the lesson loaded (``use_pair``); empty means the invented pair.
_IN_USE: list = []


def use_pair(a, b) -> None:
    """Make lesson 07's checks of the kit's tables (07.2, 07.4, 07.5) use the pair ``a, b``.

    The lesson calls it right after loading; with the invented pair nothing
    changes. Exercises 07.1 and 07.3 need the invented pair's record of who
    says what and keep checking that pair.

    Examples
    --------
    >>> courier, post = load_invented_pair()
    >>> use_pair(courier, post)
    >>> _own_pair()
    False
    """
    _IN_USE.clear()
    if [a.text, b.text] != [x.text for x in _pair()]:
        _IN_USE.append(compare(a, b))


def _own_pair() -> bool:
    return bool(_IN_USE)


def _result():
    """The comparison of the pair in use: the student's own, or the invented pair."""
    return _IN_USE[0] if _IN_USE else _invented_result()


def _words(name) -> list[str]:
    return re.findall(r"[\w']+", _plain(name))


@cache
def _speakers() -> tuple[str, ...]:
    """Everyone who speaks or is named in either invented article (a surname is enough only
    when nobody else in the pair has it)."""
    names = {str(s) for i in INVENTED for s in invented_truth(i)["speaker"] if isinstance(s, str)}
    names |= {str(a) for a in _invented_result().table("actors")["actor"]}
    return tuple(sorted(names))


def _same_name(given, true: str) -> bool:
    """Matched as every check matches names (feedback.person): the full name or the surname,
    in any case; a surname two people share (Maya and Priya Nand) asks for the first name."""
    return feedback.person(given, _speakers()) == true


def _plain(text: str) -> str:
    return " ".join(str(text).replace("’", "'").lower().split())


@exercise("07.first_quoted", expects='a list of two names in quotes, such as ["A B", "C D"]')
def first_quoted(answer) -> Result:
    if isinstance(answer, str) or len(answer) != 2:
        return Result(False, "Give a list of two full names: the Courier's first, then the Post's.")
    expected = [invented_truth(i)["speaker"].iloc[0] for i in INVENTED]
    wrong = [
        outlet
        for outlet, given, want in zip(("Courier", "Evening Post"), answer, expected, strict=True)
        if not _same_name(given, want)
    ]
    if not wrong:
        return Result(
            True,
            "One article opens its quotations with the council, the other with a parent: "
            "that choice is already framing.",
        )
    return Result(
        False,
        f"Look again at the {' and '.join(wrong)}. Find the first quotation mark in the "
        "article's paragraphs, then read around it for who says it (the name can come "
        "after the quotation: 'said her mother, …'). " + OWN_PAIR,
    )


@exercise("07.readability", expects='one of the names in quotes, or "about the same"')
def readability(answer) -> Result:
    result = _result()
    row = result.summary.set_index("measure").loc["Flesch–Kincaid grade"]
    within = next(m[-1] for m in READABILITY_SUMMARY if m[0] == "flesch_kincaid_grade")
    grades = {n: float(row[n]) for n in result.names}
    low, high = sorted(grades, key=lambda name: grades[name])
    expected = SAME if grades[high] - grades[low] <= within else high
    return feedback.choice(
        answer,
        expected,
        options=[*result.names, SAME],
        hint="Read the Flesch–Kincaid row of result.summary, and its difference column: "
        "a gap under half a grade means nothing.",
        right="Same facts, same kind of sentences: the framing differences are elsewhere."
        if expected == SAME
        else "By this formula it asks more of its readers; a harder text is not yet a "
        "different frame (lesson 03).",
    )


def _truth_rows():
    return invented_truth("evening_post")


@exercise(
    "07.hand_check",
    expects='a dictionary such as {"first words of a quotation": "who says it", ...}',
)
def hand_check(answer) -> Result:
    truth = _truth_rows()
    if not isinstance(answer, dict):
        return Result(False, 'Give a dictionary: {"first words": "speaker", ...} in curly braces.')
    problems, unknown, wrong = [], [], []
    if len(answer) < MIN_HAND_CHECKS:
        problems.append(
            f"you checked {len(answer)} quotation(s); check at least {MIN_HAND_CHECKS} by hand"
        )
    for begins, speaker in answer.items():
        rows = [r for r in truth.itertuples() if _plain(r.quote_begins).startswith(_plain(begins))
                or _plain(begins).startswith(_plain(r.quote_begins))]  # fmt: skip
        if not rows or len(_plain(begins)) < 3:
            unknown.append(str(begins))
            continue
        true = rows[0]
        if not (
            _same_name(speaker, true.speaker)
            or (true.anonymous and "anonym" in str(speaker).lower())
        ):
            wrong.append(str(begins))
    if unknown:
        problems.append(
            f"{len(unknown)} quotation(s) could not be found in the Evening Post "
            f"({', '.join(repr(u[:30]) for u in unknown)}): copy the first three or four words "
            "of each quotation exactly as written (without the quotation mark)"
        )
    if wrong:
        verb = "is" if len(wrong) == 1 else "are"
        problems.append(
            f"the speaker you gave for {', '.join(repr(w[:30]) for w in wrong)} {verb} not who "
            "says those words: read the whole paragraph ('said her mother, Priya Nand' names "
            "the speaker after the quotation, and 'he said' points back to the person named "
            "just before), and give first and last names"
        )
    if problems:
        return Result(False, "To fix:\n  - " + "\n  - ".join(problems) + "\n" + OWN_PAIR)
    return Result(True, "You checked the kit the way an editor would: against the text.")


@exercise("07.not_story", expects="a name in quotes")
def not_story(answer) -> Result:
    result = _result()
    actors = result.table("actors")
    last = {  # the number of the last paragraph (paragraphs are counted from 1, the lead)
        n: len(a.paragraphs) - 1 + FIRST_PARAGRAPH
        for n, a in zip(result.names, result.articles, strict=True)
    }
    in_last = [
        set(actors[(actors["article"] == n) & (actors["first_paragraph"] == p)]["actor"])
        for n, p in last.items()
    ]
    expected = set.intersection(*in_last)
    if _plain(answer) in {_plain(e) for e in expected}:
        return Result(
            True,
            "That name comes from the note that marks the articles as invented, not from "
            "the story. Like NBC's photo caption, text around a story can slip into the "
            "numbers.",
        )
    return Result(
        False,
        "Look at the actors table for names whose first_paragraph is the last paragraph in "
        "both articles, then read that paragraph: is it part of the story?"
        + (
            " (On your own pair there may be no such name: this exercise is about the note "
            "at the end of the invented articles.)"
            if _own_pair() and not expected
            else ""
        ),
    )


@exercise("07.frame_gap", expects='the name of a frame in quotes, such as "conflict"')
def frame_gap(answer) -> Result:
    table = _result().section("frames").tables["frames"]
    wide = table.pivot_table(index="frame", columns="article", values="probability")
    gaps = (wide.max(axis=1) - wide.min(axis=1)).sort_values(ascending=False)
    options = [f for f in frames.FRAMES]
    given = feedback.fold(answer).replace(" ", "_")
    return feedback.choice(
        given,
        gaps.index[0],
        options=options,
        hint="For each frame, subtract the smaller probability from the larger one in "
        "coded (result.section('frames').tables['frames']); which gap is largest?",
        right="A gap in the coder's probabilities is a reason to read its evidence, "
        "not yet a finding: is the coder confident for both articles?",
    )


@exercise("07.claim", expects="a sentence or two in quotes", written=True)
def claim(answer) -> Result:
    courier, post = (invented_truth(i) for i in ("courier", "evening_post"))
    return feedback.written(
        answer,
        min_words=15,
        checklist=[
            "names one article and compares it with the other (the Courier, the Evening Post);",
            "says one thing it does differently: who leads, who is quoted and how much, which "
            "words or which frame;",
            "points at evidence a reader can check: a paragraph, a quotation, a number from "
            "the kit's tables, and the number is right;",
            "does not contradict itself or the tables, and claims no more than one pair of "
            "articles can show.",
        ],
        model=keys.model_answer(
            "07.claim",
            post_first=post["speaker"].iloc[0],
            post_voices=post["speaker"].nunique(),
            courier_first=courier["speaker"].iloc[0],
            courier_voices=courier["speaker"].nunique(),
        ),
        prompt="First, your claim in one or two sentences: which article frames the event "
        "how, and what is your evidence? Write it between the three quotation marks. Then "
        "write the memo in the cell below it.",
    )
