"""Checks for lesson 03, readability."""

from functools import cache

from kitlib.articles import load_pair
from kitlib.exercises import feedback, keys
from kitlib.exercises._core import Result, exercise
from kitlib.readability import tables as readability

__all__ = [
    "ONE_SENTENCE_CHOICES",
    "ONE_SENTENCE_KEY",
    "cleaning_words",
    "fk_by_hand",
    "framing",
    "guessed_syllables",
    "harder",
    "one_sentence",
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


def _opening_passage():
    """The first passage of 100 words or more of the NBC article (its first whole sentences)."""
    nbc, _ = _pair()
    return readability.passage_readability(nbc).iloc[0]


@exercise("03.fk_by_hand", expects="a number")
def fk_by_hand(answer) -> Result:
    row = _opening_passage()
    return feedback.number(
        answer,
        float(row["flesch_kincaid_grade"]),
        tolerance=0.05,
        decimals=1,
        hint="Use the three counts of the opening passage (the first row of the passage table) "
        "in the formula as Python writes it: 0.39 * (words / sentences) + 11.8 * (syllables / "
        "words) - 15.59. Check the brackets, and the order of each division.",
        right=f"That is a grade for a sample of the kind the formula was made for: "
        f"{int(row['sentences'])} sentences, {int(row['words'])} words.",
    )


#: Exercise 03.3: why the lead's grade, on its own, is no reading level.
ONE_SENTENCE_CHOICES = (
    ("a", "The kit counted the syllables of the lead wrongly."),
    ("b", "The formulas are averages fitted to passages of many sentences; one sentence is "
          "not a sample, so its 'grade' describes no reader."),
    ("c", "Leads are always harder to read than the rest of an article."),
    ("d", "Flesch–Kincaid cannot be used on news at all."),
)  # fmt: skip

#: The right choice of exercise 03.3, as a digest (the plain answer is in the teacher's file).
ONE_SENTENCE_KEY = "e2a1f7ea010dffba"


@exercise("03.one_sentence", expects='one letter in quotes, such as "a"')
def one_sentence(answer) -> Result:
    letters = [letter for letter, _ in ONE_SENTENCE_CHOICES]
    given = feedback.fold(feedback.single(answer)).strip("()")
    if given not in letters:
        return Result(False, f"Answer with one letter: {', '.join(letters)}.")
    if keys.matches("03.one_sentence", "answer", given, ONE_SENTENCE_KEY):
        return Result(
            True,
            "A grade is a statement about passages, and the formula's words-per-sentence term "
            "assumes many sentences. Report a grade for 100 words or more, and for a single "
            "sentence report its length in words instead.",
        )
    return Result(
        False,
        "Look at what the formula does with words per sentence: for one sentence, that is "
        "simply the sentence's length. Which answer says why that is not a reading level?",
    )


@exercise("03.textstat_sentences", expects="a whole number")
def textstat_sentences(answer) -> Result:
    nbc, _ = _pair()
    kit = readability.readability(nbc).loc[0, "sentences"]
    extra = readability.textstat_counts(nbc.text)["sentences"] - kit
    return feedback.number(
        answer,
        int(extra),
        hint="Both counts of the whole NBC text are in the 'why' text printed above "
        "('sentences: kit …, textstat …'); take the kit's count away from textstat's.",
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
            "takes a position: does the harder grade tell you how this CNN article frames the "
            "event, or only how hard it is to read, and for whom?",
            "says what a grade measures (sentence and word length) and what framing is "
            "(which aspects of the event are selected and made salient);",
            "names what in the CNN text was not written by CNN (the pipeline's damage: "
            "joined sentences, rewritten pronouns) and how it moves the grade;",
            "keeps to one article each: a grade for this article is not the outlet's style.",
        ],
        model=keys.model_answer("03.framing"),
        prompt="In one or two sentences of your own: does this CNN article's higher grade tell "
        "you anything about how it frames the event? Give a reason.",
    )
