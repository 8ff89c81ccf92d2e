"""Checks for lesson 05, frames.

Judgement questions accept any defensible coding: an answer is questioned
only where the kit's reference coding marks the item "clear". Arithmetic is
checked exactly, against values the kit computes from the data.
"""

from __future__ import annotations

import re

import pandas as pd

from kitlib.articles import load_pair
from kitlib.exercises import feedback
from kitlib.exercises._core import Result, exercise
from kitlib.frames import tables as frames
from kitlib.reliability import cohen_kappa, percent_agreement
from kitlib.text import straight_quotes

__all__ = [
    "MIN_EVIDENCE_WORDS",
    "blank_sheet",
    "conflict_score",
    "evidence_c2",
    "kappa",
    "my_coding",
    "percent",
    "responsibility_argument",
    "split_questions",
    "why_kappa_lower",
]


def _squash(text: str) -> str:
    """Text with runs of spaces made one and quotation marks made straight, for comparing."""
    text = straight_quotes(str(text))
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
        hint="Keep the rows of the evidence table that belong to question C2, then count "
        "them (each row is one suggested sentence).",
        right="Now read them: which of those sentences really show one side reproaching another?",
    )


#: Evidence (a "yes" on the sheet, a quotation in an argument) is at least this many words.
MIN_EVIDENCE_WORDS = 3

#: One line of the coding sheet: "R1: yes | words copied from the article".
_SHEET_LINE = re.compile(r"^\s*([A-Za-z]\s*\d+)\s*[:.=)-]?\s*(.*)$")


def blank_sheet() -> str:
    """The coding sheet as text to edit: one line per question, ``ID: answer | evidence``."""
    book = frames.codebook("generic")
    return "\n" + "\n".join(f"{q}: " for q in book["question_id"]) + "\n"


def _strip_display(evidence: str) -> str:
    """Evidence as copied from any table: no ``**`` marks, no "..." where a table cut it."""
    evidence = _squash(str(evidence).replace("**", ""))
    return re.sub(r"\s*(\.\.\.|…)$", "", evidence).strip()


def _sheet_from_text(text: str) -> tuple[dict, list[str]]:
    """Answers ``{id: (answer, evidence)}`` from a text sheet, and every problem found in it."""
    ids = list(frames.codebook("generic")["question_id"])
    answers, problems = {}, []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        m = _SHEET_LINE.match(line)
        qid = m.group(1).replace(" ", "").upper() if m else ""
        if qid not in ids:
            problems.append(
                f"line {number} ({line.strip()[:30]!r}) does not start with a question id "
                f"(R1 … E3) and a colon"
            )
            continue
        if qid in answers:
            problems.append(f"{qid} is answered twice; keep one line for it")
            continue
        word, _, evidence = m.group(2).partition("|")
        answers[qid] = (word.strip().strip("\"'").lower(), evidence.strip())
    return answers, problems


def _sheet_from_table(table: pd.DataFrame) -> tuple[dict, list[str]]:
    if "question_id" not in table.columns or "answer" not in table.columns:
        return {}, ["the table has no question_id and answer columns: use the coding sheet"]
    evidence = table["evidence"] if "evidence" in table.columns else [""] * len(table)
    return {
        str(q).strip().upper(): (str(a).strip().lower(), str(e))
        for q, a, e in zip(table["question_id"], table["answer"], evidence, strict=True)
    }, []


@exercise("05.my_coding", expects="the coding sheet: one line per question, such as R1: no")
def my_coding(answer) -> Result:
    nbc, _ = load_pair()
    if isinstance(answer, pd.DataFrame):
        if "article" in answer.columns:
            answer = answer[answer["article"] == nbc.name]
        given, problems = _sheet_from_table(answer)
    elif isinstance(answer, str):
        given, problems = _sheet_from_text(answer)
    else:
        return Result(False, "Give the coding sheet: the text between the three quotation marks.")
    ids = list(frames.codebook("generic")["question_id"])
    words = {"y": "yes", "n": "no", "yes": "yes", "no": "no"}
    if not problems and not any(answer for answer, _ in given.values()):
        return Result(
            False,
            "The sheet is still empty. After each question id write yes or no; after a yes, "
            "a bar | and the words from the article that decided it.",
        )
    missing = [q for q in ids if q not in given or not given[q][0]]
    if missing:
        problems.append(f"no answer yet for {', '.join(missing)}")
    odd = [q for q in ids if q in given and given[q][0] and given[q][0] not in words]
    if odd:
        problems.append(f"answer yes or no for {', '.join(odd)} (nothing else before the |)")
    text = _squash(nbc.text).lower()
    yes = [q for q in ids if q in given and words.get(given[q][0]) == "yes"]
    no_evidence = [q for q in yes if len(_strip_display(given[q][1]).split()) < MIN_EVIDENCE_WORDS]
    not_found = [
        q for q in yes if q not in no_evidence and _strip_display(given[q][1]).lower() not in text
    ]
    if no_evidence:
        problems.append(
            f"every yes needs evidence after a |: copy the words that decided "
            f"{', '.join(no_evidence)} (at least {MIN_EVIDENCE_WORDS} words in a row)"
        )
    if not_found:
        problems.append(
            f"the evidence for {', '.join(not_found)} is not in the NBC text word for word: copy "
            "it from the article or from any column of the evidence table"
        )
    if problems:
        return Result(
            False, "Your sheet has these problems to fix:\n  - " + "\n  - ".join(problems)
        )
    coded = {q: words[given[q][0]] for q in ids}
    ref = frames.reference_coding()
    ref = ref[ref["article"] == nbc.name].set_index("question_id")
    clear_misses = [
        q
        for q in ref.index
        if ref.loc[q, "certainty"] == "clear" and coded[q] != ref.loc[q, "answer"]
    ]
    if clear_misses:
        return Result(
            False,
            f"Reread question(s) {', '.join(clear_misses)} with the codebook's how_to_answer "
            "column and the sentences frame_evidence suggests: the text leaves little room there.",
        )
    differ = [q for q in ref.index if coded[q] != ref.loc[q, "answer"]]
    note = (
        f" You and the kit's reference differ on {', '.join(differ)}: all of them are arguable, "
        "so be ready to defend your answer with your evidence."
        if differ
        else " You agree with the kit's reference on every question."
    )
    return Result(
        True,
        f"A complete, defensible coding. Agreement with the kit: {20 - len(differ)} of 20.{note}",
    )


@exercise("05.conflict_score", expects="a share, such as 0.5, 1/2 or 50%")
def conflict_score(answer) -> Result:
    scores = frames.frame_scores(frames.reference_coding()).set_index(["article", "frame"])
    return feedback.number(
        answer,
        float(scores.loc[("CNN", "conflict"), "score"]),
        tolerance=0.001,
        share=True,
        hint="Take the kit's reference coding of CNN, keep the four conflict questions (C1–C4), "
        "and work out the share answered yes.",
        right="A frame score is just the share of the frame's questions answered yes.",
    )


@exercise("05.percent_agreement", expects="a share, such as 0.5, 1/2 or 50%")
def percent(answer) -> Result:
    a, b = _both_codings()
    return feedback.number(
        answer,
        percent_agreement(a, b),
        tolerance=0.001,
        share=True,
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
        tolerance=0.0005,
        hint="Expected agreement = (share of yes for reader 1 × share of yes for reader 2) + "
        "(share of no × share of no), each reader's shares from their own answers. Then kappa "
        "= (observed - expected) / (1 - expected). Keep at least three decimals.",
        right="Kappa is lower than percent agreement because part of the agreement is what "
        "chance would give.",
    )


@exercise("05.why_kappa_lower", expects="a sentence in quotes", written=True)
def why_kappa_lower(answer) -> Result:
    return feedback.written(
        answer,
        checklist=[
            "says what percent agreement counts: every question where the two answers match, "
            "however they came to match;",
            "says what chance agreement is: how often two readers would match if each kept "
            "their share of yes and no but answered at random;",
            "says that kappa takes that chance agreement away, so only agreement beyond "
            "chance is left, which is smaller;",
            "does not say the readers agree less: both figures describe the same 40 answers.",
        ],
        model="Percent agreement counts every match, but two readers who mostly answer 'no' "
        "would match often by chance alone; kappa subtracts that expected chance agreement "
        "and keeps only the agreement beyond it, so it comes out lower for the same answers.",
    )


@exercise("05.responsibility_argument", expects="a few sentences in quotes", written=True)
def responsibility_argument(answer) -> Result:
    if not isinstance(answer, str):
        return feedback.written(answer, checklist=[], model="")
    _, cnn = load_pair()
    quoted = [
        q
        for q in re.findall(r"\"([^\"]+)\"|(?<!\w)'([^']{12,})'(?!\w)", straight_quotes(answer))
        for q in q
        if q
    ]
    source = _squash(cnn.text).lower()
    quoted = [q for q in quoted if len(q.split()) >= MIN_EVIDENCE_WORDS]
    found = [q for q in quoted if _strip_display(q).lower().strip(" .,") in source]
    missing = [q for q in quoted if q not in found]
    if not found:
        why = (
            f"None of your quotations is in this CNN text word for word (checked: "
            f"{'; '.join(repr(q[:40]) for q in missing)}). "
            if missing
            else "Your answer quotes nothing from the text (a quotation of three words or more). "
        )
        return Result(
            False,
            why + "Back your position with evidence: copy a few words of the CNN text, in "
            'quotation marks, exactly as they appear (e.g. ... says "words from the article" ...).',
        )
    note = f"{len(found)} quotation(s) found in the CNN text word for word."
    if missing:
        note += f" Not found word for word: {'; '.join(repr(q[:40]) for q in missing)}."
    return feedback.written(
        answer,
        min_words=20,
        message=note,
        checklist=[
            "takes a side: the CNN article does, or does not, use the responsibility frame;",
            "argues about responsibility (who caused the problem, who is said to be able to "
            "fix it), not about conflict or another frame;",
            "quotes the text for it, and the quotation says what you claim it says (not "
            "garbled by the pipeline damage of lesson 01);",
            "says whose words carry the frame: the reporter's, or a speaker's inside a quotation.",
        ],
        model="Yes: the article presents governments as able to fix the crisis. It opens with "
        'Pence calling "for the US to be willing to use the military to hit the Syrian regime" '
        "in the reporter's own words, and it reports that \"The White House, however, has "
        'opposed" a zone, so the question of who should act runs through the story.',
    )


# --------------------------------------------------------------------------
# Reliability question by question (section 6)
# --------------------------------------------------------------------------


def _split() -> list[str]:
    """Questions on which the kit's two readings differ for at least one article."""
    differ = frames.disagreements(
        frames.reference_coding(), frames.reference_coding("second_reader")
    )
    order = list(frames.codebook("generic")["question_id"])
    return sorted(set(differ["question_id"]), key=order.index)


@exercise("05.split_questions", expects="a list of question ids such as ['R1', 'C2']")
def split_questions(answer) -> Result:
    given = [answer] if isinstance(answer, str) else list(answer)
    ids = {str(g).strip().upper() for g in given}
    expected = set(_split())
    known = set(frames.codebook("generic")["question_id"])
    unknown = sorted(ids - known)
    if unknown:
        return Result(False, f"{', '.join(unknown)} is not a question id (R1 … E3).")
    if ids == expected:
        return Result(
            True,
            f"{len(expected)} of the 20 questions hold every disagreement; the other "
            f"{20 - len(expected)} agree on both articles. One pooled figure hides that.",
        )
    missing, extra = len(expected - ids), len(ids - expected)
    parts = []
    if missing:
        parts.append(f"{missing} question(s) with a disagreement are missing")
    if extra:
        parts.append(f"{extra} of yours have the same answer from both readers on both articles")
    return Result(
        False,
        "; ".join(parts) + ". Look for rows whose percent agreement is below 1 in the "
        "per-question table.",
    )
