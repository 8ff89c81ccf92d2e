"""Checks for lesson 09, framing and its neighbours: agenda setting, priming, bias,
emphasis and equivalence framing, episodic and thematic framing, and omission.

Exact parts are checked exactly, against values the kit computes from the data or
against the invented examples below. Judgements in the student's own words are
recorded, never marked right (see ``kitlib.exercises`` for written answers).
"""

from __future__ import annotations

import re

from kitlib.actors import tables as actors
from kitlib.articles import load_pair
from kitlib.exercises import keys
from kitlib.exercises._core import Result, exercise
from kitlib.exercises.examples import NEIGHBOUR_EXAMPLES
from kitlib.text import straight_quotes

__all__ = [
    "NEIGHBOURS",
    "NEIGHBOUR_KEY",
    "episodic_thematic",
    "framing_neighbours",
    "omission_judgement",
    "omitted",
    "omitted_people",
]

#: The five concepts the classification exercise uses.
NEIGHBOURS = ("agenda setting", "priming", "emphasis framing", "equivalence framing", "bias")

#: The concept each example of ``examples.NEIGHBOUR_EXAMPLES`` shows, as digests
#: (``kitlib.exercises.keys``; the plain table is in the teacher's answer-key file).
NEIGHBOUR_KEY = {
    "a": "acf116a1bbf126a8", "b": "944ff0dcf0870f49", "c": "981e3e62e39ffc4d",
    "d": "eee7744042ddc0b4", "e": "62cda50cc21b5f65", "f": "90265d3a66673884",
}  # fmt: skip


def _label(word) -> str:
    """A concept name in one spelling: lower case, single spaces, any dash as a space."""
    text = re.sub(r"[-‐-―_]", " ", str(word)).lower()
    text = " ".join(text.split())
    if text in ("emphasis", "equivalence"):
        text += " framing"
    return text.replace("agenda-setting", "agenda setting")


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
        "All six. Notice that only one example (e) needed many stories: one article can frame, "
        "but it cannot show bias on its own.",
    )


# --------------------------------------------------------------------------
# Episodic or thematic
# --------------------------------------------------------------------------


def _squash(text: str) -> str:
    text = straight_quotes(str(text)).replace("**", "")
    return " ".join(text.split()).lower()


@_register(
    "09.episodic_thematic",
    expects='a dictionary such as {"NBC News": ("episodic", "words from the text"), "CNN": (...)}',
)
def episodic_thematic(answer) -> Result:
    if not isinstance(answer, dict):
        return Result(
            False, 'Give a dictionary: {"NBC News": ("...", "..."), "CNN": ("...", "...")}.'
        )
    articles = {a.name: a for a in load_pair()}
    by_name = {str(k).strip().lower(): v for k, v in answer.items()}
    by_name = {("nbc news" if k == "nbc" else k): v for k, v in by_name.items()}
    problems = []
    labels = {}
    for name, article in articles.items():
        value = by_name.get(name.lower())
        if not isinstance(value, (tuple, list)) or len(value) != 2:
            problems.append(f"{name}: give a pair (label, evidence)")
            continue
        label, evidence = _label(value[0]), _squash(value[1])
        if label not in ("episodic", "thematic"):
            problems.append(f"{name}: the label is 'episodic' or 'thematic'")
        elif len(evidence.split()) < 4:
            problems.append(f"{name}: copy at least four words of evidence from the article")
        elif evidence not in _squash(article.text):
            problems.append(f"{name}: the evidence is not in the article word for word")
        labels[name] = label
    if problems:
        return Result(False, "; ".join(problems) + ".")
    return Result(
        True,
        f"A defensible coding: NBC {labels['NBC News']}, CNN {labels['CNN']}, each with evidence "
        "from its text (careful coders can differ here, so either label is accepted with "
        "evidence). The kit's reading, to compare with yours: both are mainly episodic, built "
        "around one debate night; the CNN article is the more thematic of the two, with whole "
        "paragraphs on a safe zone's legal problems and costs and on past policy.",
    )


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
    ids = {" ".join(str(g).split()).lower() for g in given}
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
        "(kind starts with 'person'); write the names as the table writes them.",
    )


@_register("09.omission_judgement", expects="two or three sentences in quotation marks",
           written=True)  # fmt: skip
def omission_judgement(answer) -> Result:
    if not isinstance(answer, str) or len(answer.split()) < 12:
        return Result(False, "Write two or three sentences (at least a dozen words), in quotes.")
    return _written(
        "Your judgement is recorded.",
        [
            "names one thing present in one article and absent from the other",
            "says what the absence does to the story's problem definition, cause, judgement "
            "or remedy (Entman's four functions)",
            "considers an ordinary reason for the absence (length, deadline, the outlet's "
            "audience) before calling it a framing choice",
            "claims this only for these two articles, not for the outlets in general",
        ],
        keys.model_answer("09.omission_judgement"),
    )
