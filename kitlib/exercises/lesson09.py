"""Checks for lesson 09, framing and its neighbours: agenda setting, priming, bias,
emphasis and equivalence framing, episodic and thematic framing, and omission.

Exact parts are checked exactly, against values the kit computes from the data or
against the invented examples below. Judgements in the student's own words are
recorded, never marked right (see ``kitlib.exercises`` for written answers).
"""

from __future__ import annotations

import io
from functools import cache

import pandas as pd

from kitlib import data
from kitlib.actors import tables as actors
from kitlib.articles import load_pair
from kitlib.exercises import feedback, keys
from kitlib.exercises._core import Result, exercise
from kitlib.exercises.examples import (
    COMPETITION_CHOICES,
    GAME_PARAGRAPHS,
    NEIGHBOUR_EXAMPLES,
    PROCESS_EXAMPLES,
)
from kitlib.frames import tables as frames
from kitlib.text import WORD, straight_quotes

__all__ = [
    "CLEAR_MAJORITY",
    "COMPETITION_KEY",
    "GAME_KEY",
    "NEIGHBOURS",
    "NEIGHBOUR_KEY",
    "PARAGRAPH_FRAMES_FILE",
    "PROCESS_KEY",
    "PROCESS_TERMS",
    "closest_question",
    "competition",
    "episodic_thematic",
    "frame_shares",
    "framing_neighbours",
    "game_or_issue",
    "omission_judgement",
    "omitted",
    "omitted_people",
    "paragraph_frames",
    "process",
]

#: The kit's reading of each paragraph as episodic or thematic, strategy or issue.
PARAGRAPH_FRAMES_FILE = "annotations/paragraph_frames.csv"

#: A story is "mainly" one kind when that kind holds at least this share of its words;
#: closer than that, careful coders can differ and either label is accepted.
CLEAR_MAJORITY = 0.6


@cache
def _paragraph_frames() -> pd.DataFrame:
    return pd.read_csv(io.StringIO(data.read_text(PARAGRAPH_FRAMES_FILE)), keep_default_na=False)


def paragraph_frames(article: str | None = None) -> pd.DataFrame:
    """The kit's reading of each paragraph of the bundled pair, with its length in words.

    Columns ``article`` (``nbc``, ``cnn``), ``paragraph`` (1 is the lead),
    ``episodic_thematic``, ``game_issue``, ``note``, ``words``.

    >>> paragraph_frames("nbc")["paragraph"].tolist()[:3]
    [1, 2, 3]
    """
    table = _paragraph_frames().copy()
    lengths = {}
    for name, item in zip(("nbc", "cnn"), load_pair(), strict=True):
        for number, text in enumerate(item.paragraphs, start=1):
            lengths[(name, number)] = len(WORD.findall(text))
    table["words"] = [lengths[(a, n)] for a, n in zip(table["article"], table["paragraph"],
                                                       strict=True)]  # fmt: skip
    if article is not None:
        table = table[table["article"] == article]
    return table.reset_index(drop=True)


def frame_shares(column: str) -> pd.DataFrame:
    """Each article's share of words in each label of ``column`` (``episodic_thematic`` or
    ``game_issue``): one row per article, one column per label.

    >>> sorted(frame_shares("episodic_thematic").columns)
    ['episodic', 'thematic']
    """
    table = paragraph_frames()
    words = table.pivot_table(index="article", columns=column, values="words", aggfunc="sum",
                              fill_value=0)  # fmt: skip
    shares = words.div(words.sum(axis=1), axis=0)
    shares.columns.name = None
    return shares.loc[["nbc", "cnn"]]


#: The five concepts the classification exercise uses.
NEIGHBOURS = ("agenda setting", "priming", "emphasis framing", "equivalence framing", "bias")

#: The concept each example of ``examples.NEIGHBOUR_EXAMPLES`` shows, as digests
#: (``kitlib.exercises.keys``; the plain table is in the teacher's answer-key file).
NEIGHBOUR_KEY = {
    "a": "acf116a1bbf126a8", "b": "944ff0dcf0870f49", "c": "981e3e62e39ffc4d",
    "d": "eee7744042ddc0b4", "e": "62cda50cc21b5f65", "f": "90265d3a66673884",
}  # fmt: skip


def _label(word) -> str:
    """A concept name in one spelling (:func:`feedback.label`); "emphasis" and
    "equivalence" alone are those kinds of framing."""
    text = feedback.label(word)
    if text in ("emphasis", "equivalence"):
        text += " framing"
    return text


def _written(message: str, checklist: list[str], model: str) -> Result:
    """A recorded written answer: never marked right, with a checklist and a model answer.

    Uses the written-answer form of ``Result`` where the kit has it (issue 16);
    with an older ``Result`` it prints the checklist in the message.
    """
    if "recorded" in getattr(Result, "__dataclass_fields__", {}):
        return Result(False, message, recorded=True, checklist=tuple(checklist), model=model)
    lines = [message + " A computer cannot judge an argument; hold yours against this list:"]
    lines += [f"  ☐ {item}" for item in checklist]
    return Result(True, "\n".join(lines))


def _register(exercise_id: str, expects: str, written: bool = False):
    """``exercise(...)``, marking written exercises where the registry knows the flag."""
    try:
        return exercise(exercise_id, expects=expects, written=written)
    except TypeError:  # a registry without written exercises
        return exercise(exercise_id, expects=expects)


# --------------------------------------------------------------------------
# Framing and its neighbours
# --------------------------------------------------------------------------


@_register("09.framing_neighbours", expects="a list of six concept names, one per example")
def framing_neighbours(answer) -> Result:
    given = [answer] if isinstance(answer, str) else list(answer)
    if len(given) != len(NEIGHBOUR_EXAMPLES):
        return Result(
            False,
            f"Give six names, one for each example a to f, in order, in a list: "
            f'["...", "...", ...]. Your answer has {len(given)}.',
        )
    labels = [_label(g) for g in given]
    unknown = [
        f"{letter} ({g!r})"
        for (letter, _), g, lab in zip(NEIGHBOUR_EXAMPLES, given, labels, strict=True)
        if lab not in NEIGHBOURS
    ]
    if unknown:
        return Result(
            False,
            f"Use only these names: {', '.join(NEIGHBOURS)}. "
            f"Not one of them: {', '.join(unknown)}.",
        )
    wrong = [letter for (letter, _), lab in zip(NEIGHBOUR_EXAMPLES, labels, strict=True)
             if not keys.matches("09.framing_neighbours", letter, lab,
                                 NEIGHBOUR_KEY[letter])]  # fmt: skip
    if wrong:
        return Result(
            False,
            f"{6 - len(wrong)} of 6 right. Look again at {', '.join(wrong)}: is it about *which "
            "issues* people think about (agenda setting), the *standards* they judge leaders by "
            "(priming), the *same facts in other words* (equivalence), *different aspects* "
            "(emphasis), or a *pattern across many stories* (bias)?",
        )
    return Result(
        True,
        "All six. Only one example (e) needed many stories: it shows content bias, a slant "
        "that only a pattern can reveal. One article can frame, and one article can distort "
        "(a false or misleading claim), but it cannot show a consistent slant.",
    )


# --------------------------------------------------------------------------
# Episodic or thematic
# --------------------------------------------------------------------------


def _squash(text: str) -> str:
    text = straight_quotes(str(text)).replace("**", "")
    return " ".join(text.split()).lower()


def _mainly(article_id: str) -> tuple[str | None, float]:
    """The kind that holds a clear majority of an article's words (None when close), and its
    share."""
    shares = frame_shares("episodic_thematic").loc[article_id]
    kind = str(shares.idxmax())
    return (kind if shares[kind] >= CLEAR_MAJORITY else None), float(shares[kind])


def _paragraph_of(article, evidence: str) -> int | None:
    """The paragraph (from 1) where the evidence, as a student copied it, starts."""
    for number, text in enumerate(article.paragraphs, start=1):
        if evidence in _squash(text):
            return number
    return None


@_register(
    "09.episodic_thematic",
    expects='a dictionary such as {"NBC News": ("episodic", "words from the text"), "CNN": (...)}',
)
def episodic_thematic(answer) -> Result:
    if not isinstance(answer, dict):
        return Result(
            False, 'Give a dictionary: {"NBC News": ("...", "..."), "CNN": ("...", "...")}.'
        )
    articles = dict(zip(("nbc", "cnn"), load_pair(), strict=True))
    by_name = {feedback.fold(k).replace(" news", ""): v for k, v in answer.items()}
    reading = paragraph_frames()
    problems = []
    labels = {}
    for article_id, article in articles.items():
        value = by_name.get(article_id)
        if not isinstance(value, (tuple, list)) or len(value) != 2:
            problems.append(f"{article.name}: give a pair (label, evidence)")
            continue
        label, evidence = _label(value[0]), _squash(value[1])
        if label not in ("episodic", "thematic"):
            problems.append(f"{article.name}: the label is 'episodic' or 'thematic'")
            continue
        if len(evidence.split()) < 4:
            problems.append(
                f"{article.name}: copy at least four words of evidence from the article"
            )
            continue
        if evidence not in _squash(article.text):
            problems.append(f"{article.name}: the evidence is not in the article word for word")
            continue
        paragraph = _paragraph_of(article, evidence)
        kind = reading[(reading["article"] == article_id)
                       & (reading["paragraph"] == paragraph)]["episodic_thematic"]  # fmt: skip
        if paragraph is not None and len(kind) and kind.iloc[0] != label:
            problems.append(
                f"{article.name}: your evidence (paragraph {paragraph}) reads as "
                f"{kind.iloc[0]}, not {label}: does it show one event or person, or trends, "
                "causes, policies and background? Choose evidence that shows your label"
            )
            continue
        mainly, share = _mainly(article_id)
        if mainly is not None and label != mainly:
            problems.append(
                f"{article.name}: your evidence is {label}, but most of this article is not. "
                "Count roughly how many paragraphs tell the debate night and its reactions, and "
                "how many give background: which kind is the story built on?"
            )
            continue
        labels[article.name] = label
    if problems:
        return Result(False, _sentences(problems))
    readings = []
    for article_id, article in articles.items():
        mainly, share = _mainly(article_id)
        readings.append(
            f"{article.name} {mainly or 'mixed'} ({share:.0%} of its words in "
            f"{'such' if mainly else 'the larger kind of'} paragraphs)"
        )
    return Result(
        True,
        f"A defensible coding, with evidence that shows each label. The kit's reading, "
        f"paragraph by paragraph: {'; '.join(readings)}. A story can hang on one event and "
        "still spend most of its words on background.",
    )


def _sentences(problems: list[str]) -> str:
    """Problems joined into one message, ending with one mark."""
    text = "; ".join(problems)
    return text if text.endswith(("?", ".")) else text + "."


# --------------------------------------------------------------------------
# What is left out (Entman)
# --------------------------------------------------------------------------


def _people(article) -> set[str]:
    table = actors.mentions(article)
    return set(table.loc[table["kind"].astype(str).str.startswith("person"), "actor"])


def omitted(first, second) -> list[str]:
    """People the first article names and the second never names (kit's actor table)."""
    return sorted(_people(first) - _people(second))


@_register("09.omitted_people", expects="a list of names such as ['Ann Lee']")
def omitted_people(answer) -> Result:
    nbc, cnn = load_pair()
    given = [answer] if isinstance(answer, str) else list(answer)
    expected = {n.lower(): n for n in omitted(nbc, cnn)}
    known = sorted(_people(nbc) | _people(cnn))
    ids = {feedback.person(g, known, resolve=actors.resolve).lower() for g in given}
    if ids == set(expected):
        return Result(
            True,
            f"{len(expected)} people named only by NBC. A name table finds who is absent; "
            "whether the absence matters is your judgement.",
        )
    missing, extra = len(set(expected) - ids), len(ids - set(expected))
    parts = []
    if missing:
        parts.append(f"{missing} person/people NBC names and CNN does not are missing")
    if extra:
        parts.append(f"{extra} of yours are named by CNN too, or are not people in the table")
    return Result(
        False,
        "; ".join(parts) + ". Compare the person rows of the two mentions tables "
        "(kind starts with 'person'); a full name or a surname will do.",
    )


@_register("09.omission_judgement", expects="two or three sentences in quotation marks",
           written=True)  # fmt: skip
def omission_judgement(answer) -> Result:
    if not isinstance(answer, str) or len(answer.split()) < 12:
        return Result(False, "Write two or three sentences (at least a dozen words), in quotes.")
    return feedback.written(
        answer,
        message="Your judgement is recorded.",
        checklist=[
            "names one thing present in one article and absent from the other;",
            "says what the absence does to the story's problem definition, cause, judgement "
            "or remedy (Entman's four functions);",
            "considers an ordinary reason for the absence (length, deadline, the outlet's "
            "audience) before calling it a framing choice;",
            "claims this only for these two articles, not for the outlets in general.",
        ],
        model=keys.model_answer("09.omission_judgement"),
        prompt="Choose one thing present in one article and absent from the other (a person "
        "from the table above, a topic, a kind of source). In two or three sentences: what "
        "does its absence do to the story the other article tells, and is there an ordinary "
        "reason for it?",
        min_words=12,
    )


# --------------------------------------------------------------------------
# Framing as a process (Scheufele 1999) and competing frames (Chong & Druckman 2007)
# --------------------------------------------------------------------------

#: The four terms of exercise 09.5, and the other ways students write them.
PROCESS_TERMS = {"frame building": "frame building", "building": "frame building",
                 "frame setting": "frame setting", "setting": "frame setting",
                 "media frame": "media frame", "media": "media frame",
                 "audience frame": "audience frame", "audience": "audience frame",
                 "individual frame": "audience frame"}  # fmt: skip

#: What each example of ``examples.PROCESS_EXAMPLES`` shows, as digests.
PROCESS_KEY = {"a": "ba121e7e74acfc7e", "b": "2dcf9a7bcc64e3f9", "c": "414b7b0e6ffa1c36",
               "d": "9ff9e813555d2a18"}  # fmt: skip

#: The right prediction of exercise 09.6, as a digest.
COMPETITION_KEY = "7bd9cd9ba037d359"


@_register("09.process", expects='a list of four terms, such as ["media frame", ...]')
def process(answer) -> Result:
    return feedback.labels_by_letter(
        answer,
        "09.process",
        [letter for letter, _ in PROCESS_EXAMPLES],
        PROCESS_KEY,
        spelling=lambda given: PROCESS_TERMS.get(_label(given)),
        wrong_count="Give four terms, one for each example a to d. Yours has {n}.",
        use_only='Use only "frame building", "frame setting", "media frame" or "audience frame".',
        hint="is it a frame (in the news, or in a person's head) or a process (how news frames "
        "are made, or how they reach the audience)?",
        right="Frames sit in two places, the news and people's heads, and two processes link "
        "them: building (sources, newsrooms and culture shape the news frame) and setting (the "
        "news frame shapes the audience's).",
    )


@_register("09.competition", expects='one letter in quotes, such as "a"')
def competition(answer) -> Result:
    letters = [letter for letter, _ in COMPETITION_CHOICES if letter != "question"]
    given = feedback.fold(feedback.single(answer)).strip("()")
    if given not in letters:
        return Result(False, f"Answer with one letter: {', '.join(letters)}.")
    if keys.matches("09.competition", "answer", given, COMPETITION_KEY):
        return Result(
            True,
            "That is what Chong and Druckman found: competition between strong frames "
            "weakens each frame's effect but does not always remove it, and a strong frame "
            "matters more than how often a frame is repeated.",
        )
    return Result(
        False,
        "Think of a reader who has heard both sides, each with a good argument from a "
        "credible source: does the first argument weigh as much as it did alone?",
    )


# --------------------------------------------------------------------------
# Politics as a game: the strategy frame
# --------------------------------------------------------------------------

#: The frame of each paragraph of ``examples.GAME_PARAGRAPHS``, as digests.
GAME_KEY = {"a": "7b0f3a1ee134c42c", "b": "624894658251952c", "c": "ccd30ea34470a8c5",
            "d": "59b23dc756147c18"}  # fmt: skip

_GAME_TERMS = {"strategy": "strategy", "game": "strategy", "strategic": "strategy",
               "strategy frame": "strategy", "game frame": "strategy", "horse race": "strategy",
               "issue": "issue", "issue frame": "issue", "policy": "issue"}  # fmt: skip


@_register("09.game_or_issue", expects='a list of four labels, such as ["issue", ...]')
def game_or_issue(answer) -> Result:
    return feedback.labels_by_letter(
        answer,
        "09.game_or_issue",
        [letter for letter, _, _ in GAME_PARAGRAPHS],
        GAME_KEY,
        spelling=lambda given: _GAME_TERMS.get(_label(given)),
        wrong_count="Give four labels, one for each paragraph a to d. Yours has {n}.",
        use_only='Use only "strategy" or "issue".',
        hint="is the paragraph about what a policy is and would do (issue), or about the "
        "contest: tactics, motives, performance, who gains (strategy)?",
        right="All four. The same debate can be told as a contest between candidates or as a "
        "choice about Syria; each paragraph chooses.",
    )


@_register("09.closest_question", expects='a question id in quotes, such as "R1"')
def closest_question(answer) -> Result:
    book = frames.codebook("generic")
    ids = {feedback.fold(q): q for q in book["question_id"]}
    given = ids.get(feedback.fold(feedback.single(answer)))
    if given is None:
        return Result(False, 'Give one question id of the codebook, such as "C1".')
    if given == "C4":
        return Result(
            True,
            "Winners and losers are the game frame's core. Look back at lesson 05: the two "
            "readings of NBC disagreed on C4, and the second reader's note (the reporter "
            "scores the debate) is a strategy frame in other words.",
        )
    frame = book.set_index("question_id").loc[given, "frame"]
    return Result(
        False,
        f"{given} asks about the {frame.replace('_', ' ')} frame. The game frame is about "
        "who is winning and who is losing: which question asks exactly that?",
    )
