"""Checks for lesson 05, frames.

Judgement questions accept any defensible coding: an answer is questioned
only where the kit's reference coding marks the item "clear". Arithmetic is
checked exactly, against values the kit computes from the data.
"""

from __future__ import annotations

import re

import pandas as pd

from kitlib import frames
from kitlib.articles import load_pair
from kitlib.exercises import feedback
from kitlib.exercises._core import Result, exercise
from kitlib.reliability import cohen_kappa, percent_agreement

__all__ = [
    "conflict_score",
    "evidence_c2",
    "kappa",
    "my_coding",
    "percent",
    "responsibility_argument",
    "why_kappa_lower",
]


def _squash(text: str) -> str:
    """Text with runs of spaces made one and quotation marks made straight, for comparing."""
    text = re.sub(r"[“”]", '"', str(text)).replace("’", "'")
    return " ".join(text.split())


def _both_codings() -> tuple[list, list]:
    ref, second = frames.reference_coding(), frames.reference_coding("second_reader")
    return list(ref["answer"]), list(second["answer"])


@exercise("05.evidence_c2", expects="a whole number")
def evidence_c2(answer) -> Result:
    nbc, _ = load_pair()
    found = frames.frame_evidence(nbc)
    return feedback.number(
        answer,
        int((found["question_id"] == "C2").sum()),
        hint="Keep the rows of frames.frame_evidence(nbc) whose question_id is 'C2' and count "
        "them: (evidence['question_id'] == 'C2').sum()",
        right="Now read them: which of those sentences really show one side reproaching another?",
    )


@exercise("05.my_coding", expects="a coding sheet (a table) made with fill_sheet")
def my_coding(answer) -> Result:
    if not isinstance(answer, pd.DataFrame) or "answer" not in answer.columns:
        return Result(False, "Give the coding sheet itself: the table fill_sheet(...) returned.")
    nbc, _ = load_pair()
    sheet = answer[answer["article"] == nbc.name] if "article" in answer.columns else answer
    if len(sheet) != 20:
        return Result(False, "Use the NBC sheet from coding_sheet(nbc): it has 20 questions.")
    words = sheet["answer"].astype(str).str.strip().str.lower()
    blank = list(sheet.loc[~words.isin(["yes", "no"]), "question_id"])
    if blank:
        return Result(
            False,
            f"{len(blank)} question(s) have no yes/no answer yet ({', '.join(blank)}). "
            "Answer every question; write 'no' when the text gives no reason to say yes.",
        )
    text = _squash(nbc.text)
    no_evidence, not_found = [], []
    for row in sheet.itertuples():
        if str(row.answer).strip().lower() != "yes":
            continue
        evidence = _squash(row.evidence)
        if not evidence:
            no_evidence.append(row.question_id)
        elif evidence not in text:
            not_found.append(row.question_id)
    if no_evidence:
        return Result(
            False,
            "Every 'yes' needs evidence: copy the words that decided it for "
            f"{', '.join(no_evidence)}.",
        )
    if not_found:
        return Result(
            False,
            f"The evidence for {', '.join(not_found)} is not in the NBC text word for word. "
            "Copy it from the article (or from the evidence table) instead of typing it.",
        )
    ref = frames.reference_coding()
    ref = ref[ref["article"] == nbc.name].set_index("question_id")
    given = dict(zip(sheet["question_id"], words, strict=True))
    clear_misses = [
        q
        for q in ref.index
        if ref.loc[q, "certainty"] == "clear" and given[q] != ref.loc[q, "answer"]
    ]
    if clear_misses:
        return Result(
            False,
            f"Reread question(s) {', '.join(clear_misses)} with the codebook's how_to_answer "
            "column and the sentences frame_evidence suggests: the text leaves little room there.",
        )
    differ = [q for q in ref.index if given[q] != ref.loc[q, "answer"]]
    same = 20 - len(differ)
    note = (
        f" You and the kit's reference differ on {', '.join(differ)}: all of them are arguable, "
        "so be ready to defend your answer with your evidence."
        if differ
        else " You agree with the kit's reference on every question."
    )
    return Result(
        True, f"A complete, defensible coding. Agreement with the kit: {same} of 20.{note}"
    )


@exercise("05.conflict_score", expects="a number between 0 and 1")
def conflict_score(answer) -> Result:
    scores = frames.frame_scores(frames.reference_coding()).set_index(["article", "frame"])
    return feedback.number(
        answer,
        float(scores.loc[("CNN", "conflict"), "score"]),
        tolerance=0.001,
        hint="Take the kit's reference coding of CNN, keep the four conflict questions (C1–C4), "
        "and work out the share answered yes.",
        right="A frame score is just the share of the frame's questions answered yes.",
    )


@exercise("05.percent_agreement", expects="a number between 0 and 1, such as 0.5")
def percent(answer) -> Result:
    a, b = _both_codings()
    value = float(answer)
    if value > 1:
        return Result(False, "Give a share between 0 and 1, not a percentage (0.5, not 50).")
    return feedback.number(
        value,
        percent_agreement(a, b),
        tolerance=0.001,
        hint="Count the questions (of all 40, both articles) where the two answers are the "
        "same, and divide by 40.",
        right="That is the simplest agreement figure, and the most flattering one.",
    )


@exercise("05.kappa", expects="a number, such as 0.42")
def kappa(answer) -> Result:
    a, b = _both_codings()
    return feedback.number(
        answer,
        cohen_kappa(a, b),
        tolerance=0.005,
        hint="Expected agreement = (share of yes for reader 1 × share of yes for reader 2) + "
        "(share of no × share of no). Then kappa = (observed − expected) / (1 − expected).",
        right="Kappa is lower than percent agreement because part of the agreement is what "
        "chance would give.",
    )


@exercise("05.why_kappa_lower", expects="a sentence in quotes")
def why_kappa_lower(answer) -> Result:
    return feedback.explanation(
        answer,
        keywords=[
            ["chance", "luck", "random", "accident", "expected", "guess"],
            ["agree", "same answer", "match"],
        ],
        hint="Think about two coders who both answer 'no' to most questions without reading "
        "carefully. How often would they agree? What does kappa subtract?",
        right="Kappa and alpha give no credit for the agreement chance alone would produce.",
    )


#: Words that show an argument is about responsibility (who caused it, who can fix it).
RESPONSIBILITY_WORDS = [
    "responsib", "blame", "cause", "fault", "government", "administration",
    "white house", "solution", "solve", "fix", "remedy", "act", "zone", "military",
]  # fmt: skip


@exercise("05.responsibility_argument", expects="a few sentences in quotes")
def responsibility_argument(answer) -> Result:
    text = str(answer)
    lowered = text.lower()
    if len(re.findall(r"[a-z’']+", lowered)) < 20:
        return Result(
            False,
            "Write at least two sentences (20 words or more): your position, then your evidence.",
        )
    if not any(w in lowered for w in RESPONSIBILITY_WORDS):
        return Result(
            False,
            "Say what the responsibility frame is about in this story: who is blamed for the "
            "problem, or who is said to be able to fix it.",
        )
    _, cnn = load_pair()
    quoted = re.findall(r"[\"“']([^\"”']{12,})[\"”']", text)
    source = _squash(cnn.text).lower()
    if not any(_squash(q).lower().strip(" .,") in source for q in quoted):
        return Result(
            False,
            "Back your position with evidence: copy a few words of the CNN text, in quotation "
            "marks, exactly as they appear in the article.",
        )
    return Result(
        True,
        "A position with evidence from the text. Whether you argued for or against, compare "
        "it with a classmate who took the other side.",
    )
