"""Checks for learning objectives that had no exercise: the inverted pyramid (lesson 02),
full quotation, partial quotation and paraphrase (lesson 04), Entman's four functions and
reading alpha (lesson 05).

Each asks the student to classify or order short invented examples, written for the kit,
and is checked exactly; a wrong answer gets the letters to look at again, never the answer.
"""

from __future__ import annotations

from kitlib.exercises import feedback, keys
from kitlib.exercises._core import Result, exercise
from kitlib.exercises.examples import ALPHA_VALUES, ENTMAN_SENTENCES, QUOTE_SENTENCES
from kitlib.frames import tables as frames

__all__ = [
    "ALPHA_KEY",
    "ALPHA_WORDS",
    "ENTMAN",
    "ENTMAN_KEY",
    "PYRAMID_KEY",
    "QUOTE_KINDS",
    "QUOTE_KIND_KEY",
    "entman_functions",
    "inverted_pyramid",
    "quote_kinds",
    "read_alpha",
]


#: Lesson 04: how each sentence of ``examples.QUOTE_SENTENCES`` reports speech, as digests
#: (``kitlib.exercises.keys``; the plain table is in the teacher's answer-key file).
QUOTE_KIND_KEY = {
    "a": "2f536ddd0e7dee1c", "b": "e27e3de18e347796", "c": "977cccbaab513038",
    "d": "bb8df6ad70cd2e9d", "e": "a5705429b8a8e9ce", "f": "52f440769080a4d9",
}  # fmt: skip

#: Lesson 05: the function of each sentence of ``examples.ENTMAN_SENTENCES``, as digests.
ENTMAN_KEY = {"a": "4ceb68b3b30b8aed", "b": "4314e3cd676c8e5d", "c": "67c69ec0df9fd186",
              "d": "2c0219b6a209914f"}  # fmt: skip

#: Lesson 05: what may be done with each question of ``examples.ALPHA_VALUES``, as digests.
ALPHA_KEY = {"C1": "563a7daeb57104bc", "R3": "70cca3f777ca8a94", "M1": "af555643a68896ae"}

#: Lesson 02: the inverted pyramid's first and last paragraph and the usual order, as digests.
PYRAMID_KEY = {"first": "6d35779334d4f43b", "last": "e858079756eaa376",
               "order": "b5905f98c23111f5"}  # fmt: skip


def _as_list(answer) -> list:
    return [answer] if isinstance(answer, str) else list(answer)


def _classified(answer, items, vocabulary: dict, how: str) -> Result | None:
    """The common part of a classification check: form and vocabulary; None when they are fine."""
    given = _as_list(answer)
    if len(given) != len(items):
        return Result(
            False,
            f"Give {len(items)} answers, one for each of {', '.join(i[0] for i in items)}, in "
            f"order, in a list. Your answer has {len(given)}.",
        )
    unknown = [f"{item[0]} ({g!r})" for item, g in zip(items, given, strict=True)
               if feedback.label(g) not in vocabulary]  # fmt: skip
    if unknown:
        return Result(False, f"Use only {how}. Not one of them: {', '.join(unknown)}.")
    return None


@exercise("02.inverted_pyramid", expects='a list of the four letters, such as ["B", "A", ...]')
def inverted_pyramid(answer) -> Result:
    letters = [str(g).strip().upper() for g in _as_list(answer)]
    if sorted(letters) != ["A", "B", "C", "D"]:
        return Result(False, "Give each of the letters A, B, C and D once, in a list, in order.")
    if not keys.matches("02.inverted_pyramid", "first", letters[0], PYRAMID_KEY["first"]):
        return Result(
            False,
            "Which paragraph holds the news itself (what happens, where, when)? In an "
            "inverted pyramid it comes first.",
        )
    if not keys.matches("02.inverted_pyramid", "last", letters[-1], PYRAMID_KEY["last"]):
        return Result(
            False,
            "The top is right. Which paragraph could an editor cut first without the reader "
            "missing anything they need? It goes last.",
        )
    note = (
        "" if keys.matches("02.inverted_pyramid", "order", " ".join(letters), PYRAMID_KEY["order"])
        else
        " Most editors would put B (what it means for readers) before D (how the damage "
        "was found), but the order of the middle is a judgement."
    )  # fmt: skip
    return Result(True, "The news first, the history last: the inverted pyramid." + note)


QUOTE_KINDS = {"full quotation": "full quotation", "full": "full quotation",
               "direct quotation": "full quotation", "partial quotation": "partial quotation",
               "partial": "partial quotation", "fragment": "partial quotation",
               "paraphrase": "paraphrase", "indirect speech": "paraphrase",
               "reported speech": "paraphrase"}  # fmt: skip


@exercise("04.quote_kinds", expects='a list of six answers, such as ["paraphrase", ...]')
def quote_kinds(answer) -> Result:
    problem = _classified(answer, QUOTE_SENTENCES, QUOTE_KINDS,
                          '"full quotation", "partial quotation" or "paraphrase"')  # fmt: skip
    if problem:
        return problem
    labels = [QUOTE_KINDS[feedback.label(g)] for g in _as_list(answer)]
    wrong = [i[0] for i, lab in zip(QUOTE_SENTENCES, labels, strict=True)
             if not keys.matches("04.quote_kinds", i[0], lab, QUOTE_KIND_KEY[i[0]])]  # fmt: skip
    if wrong:
        return Result(
            False,
            f"{6 - len(wrong)} of 6 right. Look again at {', '.join(wrong)}: are there quotation "
            "marks at all? If so, do they hold a whole sentence of the speaker's, or a few words "
            "inside the reporter's sentence?",
        )
    return Result(True, "All six: the quotation marks, and how much they hold, decide it.")


ENTMAN = {
    feedback.label(f): f
    for f in (
        "problem_definition",
        "causal_interpretation",
        "moral_evaluation",
        "treatment_recommendation",
    )
}


@exercise(
    "05.entman_functions", expects='a list of four function names, such as ["moral_evaluation"]'
)
def entman_functions(answer) -> Result:
    functions = set(frames.codebook("entman")["function"])
    vocabulary = {k: v for k, v in ENTMAN.items() if v in functions}
    problem = _classified(
        answer, ENTMAN_SENTENCES, vocabulary, "the four names in the codebook's function column"
    )
    if problem:
        return problem
    labels = [vocabulary[feedback.label(g)] for g in _as_list(answer)]
    wrong = [i[0] for i, lab in zip(ENTMAN_SENTENCES, labels, strict=True)
             if not keys.matches("05.entman_functions", i[0], lab, ENTMAN_KEY[i[0]])]  # fmt: skip
    if wrong:
        return Result(
            False,
            f"{4 - len(wrong)} of 4 right. Look again at {', '.join(wrong)}: does the sentence "
            "say what is going wrong, what caused it, whether someone acted rightly, or what "
            "should be done?",
        )
    return Result(True, "All four. A real story rarely gives each function its own sentence.")


ALPHA_WORDS = {"reliable": "reliable", "rely": "reliable", "tentative": "tentative",
               "tentative only": "tentative", "unreliable": "unreliable",
               "not reliable": "unreliable"}  # fmt: skip


@exercise("05.read_alpha", expects='a list of three words: "reliable", "tentative" or "unreliable"')
def read_alpha(answer) -> Result:
    problem = _classified(answer, ALPHA_VALUES, ALPHA_WORDS,
                          '"reliable", "tentative" or "unreliable"')  # fmt: skip
    if problem:
        return problem
    labels = [ALPHA_WORDS[feedback.label(g)] for g in _as_list(answer)]
    wrong = [q for (q, _), lab in zip(ALPHA_VALUES, labels, strict=True)
             if not keys.matches("05.read_alpha", q, lab, ALPHA_KEY[q])]  # fmt: skip
    if wrong:
        return Result(
            False,
            f"Look again at {', '.join(wrong)}: compare each alpha with the two thresholds "
            "in the text above (0.8 and 0.667).",
        )
    return Result(
        True,
        "Right: the thresholds are conventions (Krippendorff 2004), and a question below them "
        "is rewritten and coders retrained, not reported as it is.",
    )
