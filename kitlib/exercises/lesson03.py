"""Checks for lesson 03, readability."""

from functools import cache

from kitlib.articles import load_pair
from kitlib.exercises import feedback, keys
from kitlib.exercises._core import Result, exercise
from kitlib.readability import tables as readability

__all__ = [
    "cleaning_words",
    "fk_by_hand",
    "framing",
    "guessed_syllables",
    "harder",
    "textstat_sentences",
]


@cache
def _pair():
    """The bundled pair, loaded once for all of this lesson's checks (they only read it)."""
    return load_pair()


@exercise("03.guessed_syllables", expects="a whole number")
def guessed_syllables(answer) -> Result:
    nbc, _ = _pair()
    table = readability.syllables(nbc)
    return feedback.number(
        answer,
        int((table["source"] != "CMUdict").sum()),
        hint="Count the words in the syllables table whose source is anything other than "
        "'CMUdict' (the pronouncing dictionary): those are the guessed ones.",
        right="Only a handful of words needed a guess: names (Aleppo, Lehrich), an acronym "
        "and numbers. Their counts are the least certain.",
    )


def _first_paragraph_counts():
    nbc, _ = _pair()
    return readability.paragraph_readability(nbc).iloc[0]


@exercise("03.fk_by_hand", expects="a number")
def fk_by_hand(answer) -> Result:
    row = _first_paragraph_counts()
    return feedback.number(
        answer,
        float(row["flesch_kincaid_grade"]),
        tolerance=0.05,
        hint="Use the three counts of paragraph 1 (the lead) in the formula as Python "
        "writes it: 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59. "
        "Check the brackets, and the order of each division.",
        right=f"One {int(row['words'])}-word sentence with many long words: a grade of "
        f"{float(row['flesch_kincaid_grade']):.0f}, far beyond school. Long single sentences are "
        "normal in leads, and formulas punish them.",
    )


@exercise("03.textstat_sentences", expects="a whole number")
def textstat_sentences(answer) -> Result:
    nbc, _ = _pair()
    kit = readability.readability(nbc).loc[0, "sentences"]
    extra = readability.textstat_counts(nbc.text)["sentences"] - kit
    return feedback.number(
        answer,
        int(extra),
        hint="Take the kit's sentence count for NBC away from textstat's: textstat's minus "
        "the kit's, so the answer is how many more textstat finds.",
        right="Each extra 'sentence' is a full stop after an abbreviation such as 'Gov.' or "
        "'U.S.'. More sentences means shorter sentences, so textstat's grade comes out lower.",
    )


@exercise("03.harder", expects='"NBC" or "CNN"')
def harder(answer) -> Result:
    nbc, cnn = _pair()
    table = readability.compare_readability(nbc, cnn).set_index("figure")
    difference = table.loc["Flesch–Kincaid grade", "difference"]
    expected = "CNN" if difference > 0 else "NBC"
    given = str(answer).strip().upper().replace("NBC NEWS", "NBC")
    return feedback.choice(
        given,
        expected,
        options=["NBC", "CNN"],
        hint="Look at the Flesch–Kincaid grade row: the difference is CNN minus NBC. "
        "A higher grade means harder.",
        right="By Flesch–Kincaid, but not by every formula: look at the Coleman–Liau row.",
    )


@exercise("03.cleaning_words", expects="a whole number (it may be negative)")
def cleaning_words(answer) -> Result:
    _, cnn = _pair()
    table = readability.preprocessing_effect(cnn).set_index("measure")
    return feedback.number(
        answer,
        int(table.loc["words", "change"]),
        hint="Read the change column in the words row of preprocessing_effect(cnn). "
        "Change is cleaned minus raw, so a fall is negative.",
        right='Split contractions such as "did n\'t" counted as two words in the raw text.',
    )


@exercise("03.framing", expects="a sentence in quotes", written=True)
def framing(answer) -> Result:
    return feedback.written(
        answer,
        checklist=[
            "takes a position: is the harder grade a framing choice of this CNN article, "
            "or not (or only partly)?",
            "names what a reporter or editor chooses that a formula sees (long sentences, "
            "long words) and who the article is written for;",
            "names what in the CNN text was not written by CNN (the pipeline's damage: "
            "joined sentences, rewritten pronouns) and how it moves the grade;",
            "keeps to one article each: a grade for this article is not the outlet's style.",
        ],
        model=keys.model_answer("03.framing"),
    )
