"""Checks for lesson 01, meet the articles."""

import re

from kitlib.articles import load_pair, name_in_artifacts
from kitlib.exercises import feedback, keys
from kitlib.exercises._core import Result, exercise

__all__ = [
    "REWRITE_PARAGRAPH",
    "UNFLAGGED_REWRITES",
    "artifact_kinds",
    "detokenise_changes",
    "find_the_rewrite",
    "paragraphs",
    "trump_in_artifacts",
    "why_mentions_change",
]

#: Exercise 01.4: the CNN paragraph (numbered from 1) in which students find a rewrite.
REWRITE_PARAGRAPH = 5

#: Rewrites in that paragraph that a careful reading finds and the kit does not flag
#: (from ``benchmarks/artifacts_bench.py``, ``OTHERS_READ``).
UNFLAGGED_REWRITES = ("predecessors North Korea favored",)


@exercise("01.paragraphs", expects="two whole numbers in brackets, such as (12, 7)")
def paragraphs(answer) -> Result:
    nbc, cnn = load_pair()
    if isinstance(answer, (str, int, float)) or len(answer) != 2:
        return Result(False, "Give two numbers in brackets, NBC first, like (12, 7).")
    expected = (len(nbc.paragraphs), len(cnn.paragraphs))
    given = tuple(int(feedback.to_number(a)) for a in answer)
    if given == expected:
        return Result(
            True,
            "The cleaned NBC text keeps its paragraphs; CNN's were rebuilt from runs of spaces.",
        )
    wrong = [n for n, g, w in zip(("NBC", "CNN"), given, expected, strict=True) if g != w]
    counts = "counts are" if len(wrong) == 2 else "count is"
    return Result(
        False,
        f"The {' and '.join(wrong)} {counts} off. Count the paragraphs of each cleaned "
        "article (not of the raw text), NBC first.",
    )


@exercise("01.detokenise_changes", expects="a whole number")
def detokenise_changes(answer) -> Result:
    _, cnn = load_pair()
    expected = int((cnn.log["step"] == "detokenise").sum())
    return feedback.number(
        answer,
        expected,
        hint="Each change is one row of the cleaning log cnn.log; you want the rows whose step "
        "is detokenise. One of the tables above already counts the rows of every step.",
        right="Each of those rows is a place where the pipeline had put spaces around punctuation.",
    )


@exercise("01.artifact_kinds", expects='a list of words in quotes, such as ["a", "b"]')
def artifact_kinds(answer) -> Result:
    _, cnn = load_pair()
    if isinstance(answer, str):
        return Result(
            False, "Give a list: put each kind in quotes, inside [ ], separated by commas."
        )
    return feedback.same_items(
        answer,
        set(cnn.artifacts["kind"]),
        normalise=lambda kind: feedback.fold(kind).replace(" ", "_"),
        hint="Look at the 'kind' column of cnn.artifacts; value_counts() lists each kind once.",
        right="Each kind is a different way the text was damaged before it reached us.",
    )


@exercise("01.find_the_rewrite", expects="a few words copied from the paragraph, in quotes")
def find_the_rewrite(answer) -> Result:
    _, cnn = load_pair()
    if not isinstance(answer, str) or len(answer.split()) < 2:
        return Result(False, "Copy two or three words of the paragraph, in quotation marks.")
    paragraph = cnn.paragraphs[REWRITE_PARAGRAPH - 1]
    start = cnn.text.index(paragraph)
    given = feedback.fold(answer)
    same_length = paragraph.lower().replace("’", "'").replace("‘", "'")
    found = [m.start() for m in re.finditer(re.escape(given), same_length)]
    if not found:
        return Result(
            False,
            f"Those words are not in paragraph {REWRITE_PARAGRAPH} as written. Copy them "
            "exactly from the printed paragraph (capital letters do not matter).",
        )
    flagged = cnn.artifacts[cnn.artifacts["kind"] == "coreference_substitution"]
    for at in found:
        begin, end = start + at, start + at + len(given)
        if ((flagged["start"] < end) & (flagged["end"] > begin)).any():
            return Result(
                True,
                "English needs a possessive there ('for his part'); the pipeline wrote a name. "
                "The kit flags this one, because the signature (a name before 'part') is "
                "visible without knowing what the sentence meant.",
            )
    if any(given in feedback.fold(w) or feedback.fold(w) in given for w in UNFLAGGED_REWRITES):
        return Result(
            True,
            "That is a rewrite too, and the kit does not flag it: a country's name in the "
            "middle of 'its predecessors … favored' breaks the sentence, but no rule sees that "
            "without knowing what it meant. The other rewrite in the paragraph is flagged.",
        )
    return Result(
        False,
        "Those words read as ordinary English. Look for a name in a place where English "
        "needs a pronoun or a possessive ('he', 'his', 'their'), as in the table above.",
    )


@exercise("01.why_mentions_change", expects="a sentence in quotes", written=True)
def why_mentions_change(answer) -> Result:
    return feedback.written(
        answer,
        checklist=[
            "says what the program counts: each place where the name is written;",
            'says what the resolver did: it wrote the name where the reporter wrote "he" or "his";',
            "says which way the count moves: each swapped pronoun adds one mention, so the "
            "count goes up;",
            "says whose choice the extra mentions are: the machine's, not the reporter's.",
        ],
        model=keys.model_answer("01.why_mentions_change"),
        prompt="In one sentence, in your own words: why does a pronoun replaced by a name "
        "change a count of mentions?",
    )


@exercise("01.trump_in_artifacts", expects="a whole number")
def trump_in_artifacts(answer) -> Result:
    _, cnn = load_pair()
    return feedback.number(
        answer,
        int(name_in_artifacts(cnn, "Trump")["inside_artifact"].sum()),
        hint="In the table above, each row is one 'Trump'; the inside_artifact column says "
        "True where it lies inside a flagged place. Count the Trues (True counts as 1 when "
        "you add up a column).",
        right="Those mentions are the resolver's, not the reporter's.",
    )
