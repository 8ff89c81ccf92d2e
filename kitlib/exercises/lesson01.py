"""Checks for lesson 01, meet the articles."""

from kitlib.articles import load_pair
from kitlib.artifacts import name_in_artifacts
from kitlib.exercises import feedback
from kitlib.exercises._core import Result, exercise

__all__ = [
    "artifact_kinds",
    "detokenise_changes",
    "paragraphs",
    "trump_in_artifacts",
    "why_mentions_change",
]


@exercise("01.paragraphs", expects="two whole numbers in brackets, such as (12, 7)")
def paragraphs(answer) -> Result:
    nbc, cnn = load_pair()
    nbc_given, cnn_given = answer
    expected = (len(nbc.paragraphs), len(cnn.paragraphs))
    if (int(nbc_given), int(cnn_given)) == expected:
        return Result(
            True,
            "The cleaned NBC text keeps its paragraphs; CNN's were rebuilt from runs of spaces.",
        )
    wrong = [
        name
        for name, given, want in zip(("NBC", "CNN"), answer, expected, strict=True)
        if int(given) != want
    ]
    counts = "counts are" if len(wrong) == 2 else "count is"
    return Result(
        False,
        f"The {' and '.join(wrong)} {counts} off. Use len(...) on the .paragraphs of each "
        "cleaned article (not on the raw text), NBC first.",
    )


@exercise("01.detokenise_changes", expects="a whole number")
def detokenise_changes(answer) -> Result:
    _, cnn = load_pair()
    expected = int((cnn.log["step"] == "detokenise").sum())
    return feedback.number(
        answer,
        expected,
        hint="Count the rows of cnn.log whose step is 'detokenise': "
        "(cnn.log['step'] == 'detokenise').sum()",
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
        hint="Look at the 'kind' column of cnn.artifacts; value_counts() lists each kind once.",
        right="Each kind is a different way the text was damaged before it reached us.",
    )


@exercise("01.why_mentions_change", expects="a sentence in quotes")
def why_mentions_change(answer) -> Result:
    return feedback.explanation(
        answer,
        keywords=[
            ["count", "number", "more", "extra", "inflat", "higher", "increase", "times", "often"],
            ["name", "mention", "pronoun", "he ", "his"],
        ],
        hint="Think about what a program counts when it counts mentions of 'Trump', and what "
        "happens to that number when every 'he' about Trump is turned into 'Trump'.",
        right="Counting names treats a machine's guess as the reporter's choice, so the count "
        "(and every measure built on it) goes up.",
    )


@exercise("01.trump_in_artifacts", expects="a whole number")
def trump_in_artifacts(answer) -> Result:
    _, cnn = load_pair()
    return feedback.number(
        answer,
        int(name_in_artifacts(cnn, "Trump")["inside_artifact"].sum()),
        hint="Count the rows of the table above where inside_artifact is True: "
        "mentions['inside_artifact'].sum()",
        right="Those mentions are the resolver's, not the reporter's.",
    )
