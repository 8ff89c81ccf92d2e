"""Checks for lesson 05, frames.

A coding is a judgement: ``05.my_coding`` checks its form only (every question
answered, every yes backed by a sentence of the article, the coder named),
saves the first complete coding for the class reliability study before it
shows anything, and then lists where it differs from the kit's reference
reading as a prompt for discussion, never as a mistake. Arithmetic is checked
exactly, against values the kit computes from the data.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from kitlib.articles import load_pair
from kitlib.errors import CodingError
from kitlib.evaluation import figure
from kitlib.exercises import feedback, keys
from kitlib.exercises._core import COMPLETE, Result, exercise
from kitlib.frames import codings
from kitlib.frames import tables as frames
from kitlib.reliability import cohen_kappa, percent_agreement
from kitlib.text import straight_quotes

__all__ = [
    "CODING_FILE",
    "MIN_CLAUSE_WORDS",
    "MIN_EVIDENCE_WORDS",
    "PREDICT_QUESTIONS",
    "blank_sheet",
    "conflict_score",
    "evidence_c2",
    "kappa",
    "my_coding",
    "percent",
    "predict_coder",
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


#: A quotation in an argument is at least this many words.
MIN_EVIDENCE_WORDS = 3

#: Evidence for a "yes" on the coding sheet: a whole sentence of the article, or at least this
#: many words in a row from one of its sentences (a clause, not a cue word or two).
MIN_CLAUSE_WORDS = 8

#: Where ``05.my_coding`` saves a student's first complete coding, next to the notebook.
CODING_FILE = "my_coding.csv"

#: One line of the coding sheet: "R1: yes | words copied from the article".
_SHEET_LINE = re.compile(r"^\s*([A-Za-z]\s*\d+)\s*[:.=)-]?\s*(.*)$")

#: The sheet's line for the coder's name: "coder: Ana Lopez".
_CODER_LINE = re.compile(r"^\s*coder\s*[:=]\s*(.*)$", re.IGNORECASE)


def blank_sheet() -> str:
    """The coding sheet as text to edit: the coder's name, then one line per question."""
    book = frames.codebook("generic")
    return "\ncoder: \n" + "\n".join(f"{q}: " for q in book["question_id"]) + "\n"


def _strip_display(evidence: str) -> str:
    """Evidence as copied from any table: no ``**`` marks, no "..." where a table cut it."""
    evidence = _squash(str(evidence).replace("**", ""))
    return re.sub(r"\s*(\.\.\.|…)$", "", evidence).strip()


def _sheet_from_text(text: str) -> tuple[dict, str, list[str]]:
    """Answers ``{id: (answer, evidence)}``, the coder's name, and every problem found."""
    ids = list(frames.codebook("generic")["question_id"])
    answers, coder, problems = {}, "", []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        named = _CODER_LINE.match(line)
        if named:
            coder = named.group(1).strip().strip("\"'")
            continue
        m = _SHEET_LINE.match(line)
        qid = m.group(1).replace(" ", "").upper() if m else ""
        if m is None or qid not in ids:
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
    return answers, coder, problems


def _sheet_from_table(table: pd.DataFrame) -> tuple[dict, str, list[str]]:
    if "question_id" not in table.columns or "answer" not in table.columns:
        return {}, "", ["the table has no question_id and answer columns: use the coding sheet"]
    evidence = table["evidence"] if "evidence" in table.columns else [""] * len(table)
    coders = sorted({str(c).strip() for c in table["coder"]}) if "coder" in table.columns else []
    return (
        {
            str(q).strip().upper(): (str(a).strip().lower(), str(e))
            for q, a, e in zip(table["question_id"], table["answer"], evidence, strict=True)
        },
        coders[0] if len(coders) == 1 else "",
        [],
    )


def _is_evidence(evidence: str, sentences: list[str]) -> bool:
    """A whole sentence of the article, or at least MIN_CLAUSE_WORDS words in a row of one."""
    edges = " .,;:!?\"'"
    given = _strip_display(evidence).lower().strip(edges)
    if not given:
        return False
    for sentence in sentences:
        whole = _squash(sentence).lower()
        if given in whole and (
            len(given.split()) >= MIN_CLAUSE_WORDS or given == whole.strip(edges)
        ):
            return True
    return False


def _read_sheet(answer) -> tuple[dict, str, list[str]]:
    """The coding ``{id: (yes/no, evidence)}``, the coder, and every problem of form found."""
    nbc, _ = load_pair()
    if isinstance(answer, pd.DataFrame):
        if "article" in answer.columns:
            answer = answer[answer["article"] == nbc.name]
        given, coder, problems = _sheet_from_table(answer)
    elif isinstance(answer, str):
        given, coder, problems = _sheet_from_text(answer)
    else:
        return {}, "", ["give the coding sheet: the text between the three quotation marks"]
    ids = list(frames.codebook("generic")["question_id"])
    words = {"y": "yes", "n": "no", "yes": "yes", "no": "no"}
    if not problems and not any(a for a, _ in given.values()):
        return {}, coder, ["the sheet is still empty"]
    missing = [q for q in ids if q not in given or not given[q][0]]
    if missing:
        problems.append(f"no answer yet for {', '.join(missing)}")
    odd = [q for q in ids if q in given and given[q][0] and given[q][0] not in words]
    if odd:
        problems.append(f"answer yes or no for {', '.join(odd)} (nothing else before the |)")
    yes = [q for q in ids if q in given and words.get(given[q][0]) == "yes"]
    no_evidence = [q for q in yes if not _strip_display(given[q][1])]
    not_found = [
        q for q in yes if q not in no_evidence and not _is_evidence(given[q][1], nbc.sentences)
    ]
    if no_evidence:
        problems.append(
            f"every yes needs evidence after a |: copy the sentence (or at least "
            f"{MIN_CLAUSE_WORDS} words of it) that decided {', '.join(no_evidence)}"
        )
    if not_found:
        problems.append(
            f"the evidence for {', '.join(not_found)} is not a sentence of the NBC text, or "
            f"{MIN_CLAUSE_WORDS} or more words in a row from one: copy it from the article or "
            "from the sentence column of the evidence table"
        )
    if not coder or codings.is_example_name(coder):
        problems.append(
            "write your own name after coder: on the first line (it names your coding in the "
            "class reliability study)"
        )
    coded = {
        q: (words[given[q][0]], given[q][1]) for q in ids if q in given and given[q][0] in words
    }
    return coded, coder, problems


def _save_first_coding(answer) -> str:
    """Save a complete coding to CODING_FILE before any feedback; keep a first one already there.

    Run by ``check`` (never by the grader) before the coding is compared with anything,
    so the file a student hands in is their own, independent reading.
    """
    coded, coder, problems = _read_sheet(answer)
    if problems:
        return ""
    nbc, _ = load_pair()
    sheet = pd.DataFrame(
        [{"article": nbc.name, "question_id": q, "answer": a, "evidence": _strip_display(e)}
         for q, (a, e) in coded.items()]
    )  # fmt: skip
    path = Path(CODING_FILE)
    if path.exists():
        try:
            earlier = codings.read_codings([path])
            same = dict(zip(earlier["question_id"], earlier["answer"], strict=True)) == {
                q: a for q, (a, _) in coded.items()
            }
        except CodingError:
            same = False
        if not same:
            return (
                f"💾 {CODING_FILE} already holds your first complete coding, saved before any "
                "comparison: it is kept for the class study (this one is not saved)."
            )
    codings.save_coding(sheet, path, coder=coder)
    return (
        f"💾 Saved to {CODING_FILE} (coder: {coder}) before any comparison: that file is your "
        "coding for the class reliability study. Hand it in as it is."
    )


@exercise(
    "05.my_coding",
    expects="the coding sheet: your name after coder:, then one line per question (R1: no)",
    record=_save_first_coding,
)
def my_coding(answer) -> Result:
    coded, _, problems = _read_sheet(answer)
    if problems == ["the sheet is still empty"]:
        return Result(
            False,
            "The sheet is still empty. After coder: write your name; after each question id "
            "write yes or no; after a yes, a bar | and the sentence of the article that "
            "decided it.",
        )
    if problems:
        return Result(
            False, "Your sheet has these problems to fix:\n  - " + "\n  - ".join(problems)
        )
    nbc, _ = load_pair()
    ref = frames.reference_coding()
    ref = ref[ref["article"] == nbc.name].set_index("question_id")
    differ = [q for q in ref.index if coded[q][0] != ref.loc[q, "answer"]]
    if differ:
        shown = ", ".join(f"{q} (you: {coded[q][0]}, reference: {ref.loc[q, 'answer']})"
                          for q in differ)  # fmt: skip
        note = (
            f"\nFor discussion, not a mark: you and the kit's reference reading (one careful "
            f"reading, not the truth) differ on {len(differ)} of 20 questions: {shown}. For "
            "each, set your evidence beside the reference's note "
            "(frames.reference_coding()): which reading does the text support better, and "
            "what rule would settle it? Careful coders differ; section 6 measures how much."
        )
    else:
        note = "\nYou and the kit's reference reading agree on all 20 questions."
    return Result(
        True,
        "All 20 questions answered, every yes backed by a sentence of the article." + note,
        heading=COMPLETE,
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


#: The two questions of exercise 05.9: one carried by words, one by a reading of intent.
PREDICT_QUESTIONS = ("E2", "H3")


@exercise("05.predict_coder", expects='a question id in quotes: "E2" or "H3"')
def predict_coder(answer) -> Result:
    kappas = {
        q: figure("frame questions", f"kappa with a trained coder ({q})") for q in PREDICT_QUESTIONS
    }
    better = max(kappas, key=lambda q: kappas[q])
    return feedback.choice(
        str(answer).strip().upper(),
        better,
        options=PREDICT_QUESTIONS,
        hint="Think about what each question needs the coder to see. Can you point at the words "
        "that answer E2 (a sum of money, 'cost', 'price')? Can you point at the words that "
        "answer H3, or do you need to judge how the story treats the people in it?",
        right="Costs are carried by words a machine can count; how people are affected is a "
        "judgement about the whole story, where even trained coders part.",
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
        right="Compare it with the percent agreement you computed just before: the next "
        "exercise asks why the two differ.",
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
        model=keys.model_answer("05.why_kappa_lower"),
        prompt="In one sentence of your own: why is kappa lower than percent agreement?",
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
        model=keys.model_answer("05.responsibility_argument"),
        prompt="Does the CNN article use the responsibility frame? Take a side (for or "
        "against) and argue it in two or three sentences, and quote at least a few words from "
        "the CNN text, in quotation marks of their own, exactly as they appear. The check "
        "tests only that your quotations are in the text; it records the rest and shows you "
        "what a strong argument contains.",
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
