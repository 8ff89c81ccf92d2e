"""Checks for lesson 06, word choice. Every expected value is computed by the kit."""

from __future__ import annotations

import warnings
from functools import cache

from kitlib.articles import load_pair
from kitlib.exercises import feedback, keys
from kitlib.exercises._core import Result, exercise
from kitlib.words import tables as words

__all__ = [
    "commonest_verb_class",
    "reporter_loaded_words",
    "russia_counts",
    "shuffles_as_many",
    "top_word",
    "vader_limit",
]


@cache
def _distinctive():
    nbc, cnn = load_pair()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", words.ShortTextWarning)
        return words.distinctive_words(nbc, cnn)


@exercise("06.top_word", expects='a word in quotes, such as "debate"')
def top_word(answer) -> Result:
    table = _distinctive()
    expected = table.iloc[0]["word"]
    given = feedback.fold(answer)
    if given == expected:
        return Result(True, "Now look at its counts in both articles: is the difference big?")
    if given in set(table["word"]):
        return Result(
            False,
            "That word is in the table, but not at the top. The table is sorted by z, largest "
            "first: look at the first row (table.iloc[0]).",
        )
    return Result(
        False, "That word is not in either article. Copy it from the table's word column."
    )


@cache
def _shuffles():
    """The permutation check of the bundled pair, run once (the checks only read it)."""
    nbc, cnn = load_pair()
    return words.permutation_check(nbc, cnn)


@exercise("06.shuffles_as_many", expects="a whole number")
def shuffles_as_many(answer) -> Result:
    check = _shuffles()
    real = check.loc[~check["shuffled"], "words_beyond"].iloc[0]
    shuffled = check[check["shuffled"]]
    return feedback.number(
        answer,
        int((shuffled["words_beyond"] >= real).sum()),
        hint="In the permutation table, keep the rounds whose shuffled column is True, and "
        "count those whose words_beyond is at least the real pair's (the round that is not "
        "shuffled).",
        right="So chance alone often gives as many 'distinctive' words as the real pair has.",
    )


@exercise("06.russia_counts", expects="two whole numbers in brackets, NBC first, such as (3, 4)")
def russia_counts(answer) -> Result:
    nbc, cnn = load_pair()
    expected = (len(words.kwic(nbc, "Russia")), len(words.kwic(cnn, "Russia")))
    if isinstance(answer, (str, int, float)) or len(answer) != 2:
        return Result(False, "Give two numbers in brackets, NBC first, like (3, 4).")
    given = tuple(int(feedback.to_number(x)) for x in answer)
    if given == expected:
        return Result(True, "Read the CNN lines: in what kind of sentence does Russia come up?")
    wrong = [n for n, g, e in zip(("NBC", "CNN"), given, expected, strict=True) if g != e]
    return Result(
        False,
        f"The {' and '.join(wrong)} count is off. Count the rows of the keyword-in-context "
        "table of each article; kwic matches whole words, so 'Russian' is not counted "
        "(the rule of lesson 00).",
    )


@exercise("06.reporter_loaded_words", expects="a whole number")
def reporter_loaded_words(answer) -> Result:
    nbc, _ = load_pair()
    table = words.loaded_words(nbc)
    return feedback.number(
        answer,
        int((~table["in_quotation"]).sum()),
        hint="In the loaded-words table of NBC, count the rows whose in_quotation column is "
        "False: those words are outside every quotation.",
        right="Those words are the reporter's own choices, not a speaker's.",
    )


@exercise("06.commonest_verb_class", expects='a class in quotes, such as "emphatic"')
def commonest_verb_class(answer) -> Result:
    nbc, cnn = load_pair()
    totals = words.attribution_tally(nbc, cnn).sum()
    expected = str(totals.idxmax())
    return feedback.choice(
        answer,
        expected,
        options=list(totals.index),
        hint="Add up each class's column over both articles and pick the largest total.",
        right="Reporters are trained to prefer the neutral 'said'; the other classes stand out.",
    )


@exercise("06.vader_limit", expects="a sentence in quotes", written=True)
def vader_limit(answer) -> Result:
    return feedback.written(
        answer,
        checklist=[
            "says how VADER works: it looks up each word in a fixed list of scored words;",
            "names a word from these articles whose score misleads (such as 'strength');",
            "says what the word means in its sentence here (a threat of military force), "
            "which the list cannot know;",
            "says what follows for the score: it measures words, not what a sentence means.",
        ],
        model=keys.model_answer("06.vader_limit"),
    )
