"""Checks for lesson 04, who gets to speak. Every expected value is computed from the data."""

from __future__ import annotations

import re
from functools import cache

from kitlib.actors.tables import CAMPS
from kitlib.articles import load_pair
from kitlib.evaluation import compare_with_gold, gold_quotes
from kitlib.exercises import feedback, keys
from kitlib.exercises._core import Result, exercise
from kitlib.exercises.examples import INDEXING_CHOICES
from kitlib.quotes import RULES, attribution_verbs, find_quotes, naive_quotes, quote_share
from kitlib.text import QUOTE_MARKS

__all__ = [
    "FLOOD_PASSAGE",
    "HAND_PARAGRAPH",
    "INDEXING_KEY",
    "NAIVE_PARAGRAPHS",
    "WRONG_QUOTATION",
    "flagged_cnn",
    "gold_is_not_truth",
    "hand_annotation",
    "indexing",
    "loaded_cues_nbc",
    "naive_precision",
    "naive_recall",
    "nbc_quotations",
    "spoken_quotations",
    "top_camp_nbc",
    "wrong_speaker_rule",
]

#: An invented passage shaped like real news (no article's words): the kit gets exactly
#: one speaker wrong in it, and students name the rule that decided that row.
FLOOD_PASSAGE = (
    "The flood reached Millbrook on Tuesday night. By Wednesday the water had left a line "
    "of mud a metre up the walls of Main Street.\n\n"
    '"We will rebuild every street," Mayor Tom Berg told reporters on Wednesday. "The state '
    'has promised help." Dana Wells, who has run the bakery on the corner for twenty years, '
    'shook her head. "Nobody came last time."\n\n'
    'A spokesman for the governor said the money would arrive "within weeks."'
)

#: The first words of the quotation the kit credits to the wrong person in FLOOD_PASSAGE.
WRONG_QUOTATION = "Nobody came last time"

#: The NBC paragraph students annotate by hand, counted as people count (1 is the lead).
HAND_PARAGRAPH = 10


@cache
def _pair():
    return load_pair()


def spoken_quotations(table):
    return table[table["kind"] != "title/scare"]


def _bare(words: str) -> str:
    """Quoted words compared without quotation marks, case or end punctuation."""
    return re.sub(rf"^[\s{QUOTE_MARKS}]+|[\s.,;:!?{QUOTE_MARKS}]+$", "", str(words)).lower()


@exercise("04.nbc_quotations", expects="a whole number")
def nbc_quotations(answer) -> Result:
    nbc, _ = _pair()
    return feedback.number(
        answer,
        len(spoken_quotations(find_quotes(nbc))),
        hint="Leave out the rows of kind 'title/scare' (a show's title or a scare quote is "
        "nobody's words) and count the rest.",
        right="Some are whole sentences, many are just a few words woven into the reporter's "
        "sentence.",
    )


@exercise("04.hand_annotation", expects='a list of quoted words in quotes, such as ["a", "b"]')
def hand_annotation(answer) -> Result:
    if isinstance(answer, str):
        return Result(False, "Give a list: each quotation in quotes, inside [ ], with commas.")
    nbc, _ = _pair()
    gold = spoken_quotations(gold_quotes("nbc"))
    in_paragraph = [q for q, s in zip(gold["quote"], gold["start"], strict=True)
                    if nbc.paragraph_number(s) == HAND_PARAGRAPH]  # fmt: skip
    return feedback.same_items(
        answer,
        in_paragraph,
        normalise=_bare,
        hint="Copy exactly the words between each pair of quotation marks in the paragraph; "
        "even a single word in quotation marks counts.",
        right="Four quotations in one paragraph, none of them a full sentence: that is how "
        "reporters weave a speaker's words into their own.",
    )


#: Exercise 3 scores the naive method on the NBC article's first paragraphs only: on the
#: whole article it finds one extra and misses one, so precision and recall coincide there
#: and a swapped formula would pass.
NAIVE_PARAGRAPHS = 10


@cache
def _naive_counts() -> dict[str, int]:
    """The outcomes of the naive method on the NBC article's first NAIVE_PARAGRAPHS paragraphs."""
    nbc, _ = _pair()
    compared = compare_with_gold(naive_quotes(nbc), gold_quotes("nbc"))
    first = compared[compared["start"] < nbc.paragraph_spans[NAIVE_PARAGRAPHS][0]]
    return {str(k): int(v) for k, v in first["outcome"].value_counts().items()}


def _naive_score(measure: str) -> float:
    counts = _naive_counts()
    correct = counts.get("right", 0)
    other = "extra" if measure == "precision" else "missed"
    return correct / (correct + counts.get("wrong speaker", 0) + counts.get(other, 0))


@exercise("04.naive_precision", expects="a share, such as 0.25, 1/4 or 25%")
def naive_precision(answer) -> Result:
    return feedback.number(
        answer,
        _naive_score("precision"),
        tolerance=0.01,
        share=True,
        hint="Precision = right ÷ everything the naive method found ('right' plus 'wrong "
        "speaker' plus 'extra' in the outcome column).",
        right="Most of what the naive method finds is a real quotation, but with the wrong "
        "speaker it does not count.",
    )


@exercise("04.naive_recall", expects="a share, such as 0.25, 1/4 or 25%")
def naive_recall(answer) -> Result:
    return feedback.number(
        answer,
        _naive_score("recall"),
        tolerance=0.01,
        share=True,
        hint="Recall = right ÷ everything in the gold ('right' plus 'wrong speaker' plus "
        "'missed' in the outcome column).",
        right="Recall asks how much of the real thing was found, precision how much of what "
        "was found is real.",
    )


@exercise("04.top_camp_nbc", expects="the name of a camp, in quotes")
def top_camp_nbc(answer) -> Result:
    nbc, _ = _pair()
    table = quote_share(nbc, by="camp")
    return feedback.choice(
        answer,
        table["camp"].iloc[0],
        options=list(CAMPS),
        hint="Sort quote_share(nbc, by='camp') by the 'words' column: the first row is the "
        "camp with the most quoted words, which is not always the one with most quotations.",
        right="Counting words, not quotations, matters: one long quotation outweighs several "
        "one-word ones.",
    )


@exercise("04.loaded_cues_nbc", expects="a whole number")
def loaded_cues_nbc(answer) -> Result:
    nbc, _ = _pair()
    verbs = attribution_verbs(nbc)
    labelling = verbs["cue"].str.startswith(("call", "describ"))
    return feedback.number(
        answer,
        int(verbs.loc[labelling, "quotes"].sum()),
        hint="In attribution_verbs(nbc), add up the 'quotes' of the rows whose cue is a form "
        "of 'call' or 'described … as'.",
        right="The verbs are neutral, but the reporter chose to quote only the speaker's "
        "label: a few words stand for a whole answer.",
    )


@exercise("04.wrong_speaker_rule", expects="the name of a rule, in quotes")
def wrong_speaker_rule(answer) -> Result:
    table = find_quotes(FLOOD_PASSAGE)
    wrong = table[table["quote"].str.startswith(WRONG_QUOTATION)].iloc[0]
    return feedback.choice(
        answer,
        wrong["rule"],
        options=list(RULES),
        hint="Find the row whose speaker did not say those words (read the passage: who "
        "shook her head just before them?), then copy its 'rule'.",
        right="The rule carries a speaker over to a whole sentence in quotation marks with no "
        "speech verb of its own. Here the sentence before names a new person without a "
        "speech verb, so the rule kept the mayor: a reader sees the switch, the rule cannot.",
    )


@exercise("04.flagged_cnn", expects="a whole number")
def flagged_cnn(answer) -> Result:
    _, cnn = _pair()
    found = spoken_quotations(find_quotes(cnn))
    return feedback.number(
        answer,
        int((found["artifact_flag"] != "").sum()),
        hint="Count the CNN quotations that carry any artifact_flag at all (an empty flag "
        "means none).",
        right="These are the rows to check by hand against the published article.",
    )


@exercise("04.gold_is_not_truth", expects="a sentence in quotes", written=True)
def gold_is_not_truth(answer) -> Result:
    return feedback.written(
        answer,
        checklist=[
            "says what the gold annotation was made from: this CNN text as it stands, after "
            "the pipeline damaged it;",
            "names a kind of damage that changes who seems to speak (a name written over a "
            "pronoun, a dropped word);",
            "says what a perfect score would then mean: the kit reads the damaged text as a "
            "careful person would, not that it knows what was really said;",
            "says how to find the truth: compare with the article as published.",
        ],
        model=keys.model_answer("04.gold_is_not_truth"),
        prompt="The kit scores F1 = 1.0 against the gold on the CNN text. In a sentence or "
        "two, explain why that does not guarantee that the kit tells you who really said "
        "what. What text was the gold made from? What would a reader of the published CNN "
        "article see instead?",
    )


#: The right prediction of exercise 9 (indexing), as a digest.
INDEXING_KEY = "c08cad88091087d6"


@exercise("04.indexing", expects='one letter in quotes, such as "a"')
def indexing(answer) -> Result:
    letters = [letter for letter, _ in INDEXING_CHOICES]
    given = feedback.fold(feedback.single(answer)).strip("()")
    if given not in letters:
        return Result(False, f"Answer with one letter: {', '.join(letters)}.")
    if not keys.matches("04.indexing", "answer", given, INDEXING_KEY):
        return Result(
            False,
            "Indexing is about whose views reach the news: ask how wide the debate among "
            "people in office is, then look at the camp column of by_speaker.",
        )
    nbc, cnn = _pair()
    named = [
        row
        for article in (nbc, cnn)
        for row in quote_share(article).itertuples()
        if not str(row.speaker).startswith("(")
    ]
    outside = sum(row.camp == "others" for row in named)
    return Result(
        True,
        f"In by_speaker, {'all' if not outside else len(named) - outside} of the "
        f"{len(named)} named or described speakers of the two articles belong to a campaign "
        "or the administration. Bennett "
        "would add that the voices widen only when officials split, and a running mate "
        "breaking with his nominee is such a split.",
    )
