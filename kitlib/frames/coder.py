"""A machine frame coder: the codebook's questions answered, with evidence and reasons.

A machine coder is one more coder: check it like one. It answers the twenty
questions of the generic codebook (Semetko & Valkenburg 2000) for one article,
says how sure it is, shows the sentences its answer rests on and the features
that decided it, and fills a coding sheet like a student's, so every agreement
tool of lesson 05 can compare it with people.

How it decides. For each question, one logistic regression adds up a few
features a student can check (:mod:`kitlib.frames.features`: contrast words, the
number of people quoted, sums of money, family words...), each multiplied by a
weight; the sum, turned into a probability, is the chance that a trained coder
would answer "yes". The weights were learned from trained coders' answers on
news articles about climate change, the Narrative Frames Corpus (Frermann, Li,
Khanehzar & Mikolajczak, ACL 2023), and are shipped as a readable table
(``data/frames/coder_weights.csv``; ``data/frames/README.md`` says how they were
made and how well they agree with the coders on articles they were not trained
on). For each frame, a second small regression combines the frame's questions
(for three frames through the corpus's own rule for its label, such as "at least
two of H1, H2 and H4": the chance of that, from the questions' probabilities);
the morality frame also reads a short word table (``data/frames/coder_words.csv``,
:func:`word_table`): words common in all kinds of news, each with a weight, whose
presence moves the answer ("said" and "would" push towards no: a report of who
said what is rarely a moral message). The reasons name the words.

What it cannot do. It reads words and quotation marks, not meaning: irony, a
quoted opinion the writer rejects, or a frame carried by the choice of story
escape it. The corpus's coders asked one question ("is some entity
responsible?") where the codebook asks two (R2: a government; R4: a person or
group), so R2 and R4 learned from the same answers, with different features.
Pictures (H5) cannot be coded from text: the coder always answers "no".

>>> text = ("Critics say the plan will cost taxpayers $4 billion. But the mayor, "
...         "who proposed it, insists it will save jobs.")
>>> coding = suggest_coding(text)
>>> coding.set_index("question_id").loc["E2", "answer"]
'yes'
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass
from functools import cache

import pandas as pd

from kitlib import data
from kitlib.articles import Article
from kitlib.frames.features import Features, describe, features_of, load
from kitlib.frames.tables import codebook, coding_sheet, fill_sheet

__all__ = [
    "CODING_COLUMNS",
    "CONFIDENT",
    "EVIDENCE_SENTENCES",
    "EVIDENCE_SHARE",
    "FALLBACK_NOTE",
    "FEATURES_FILE",
    "FRAME_COLUMNS",
    "PICTURES",
    "PICTURES_NOTE",
    "REASONS",
    "RULE_INPUT",
    "WEIGHTS_FILE",
    "WORDS_FILE",
    "WORDS_SHOWN",
    "at_least",
    "bench_predict",
    "code_article",
    "explain",
    "machine_coding",
    "suggest_coding",
    "suggest_frames",
    "weights_table",
    "word_table",
]

#: The shipped model: one row per model (a question, or "frame:<name>") and feature.
WEIGHTS_FILE = "frames/coder_weights.csv"
#: The train mean and standard deviation of each feature (features are standardised).
FEATURES_FILE = "frames/coder_features.csv"
#: The word table: for the frames that read words, the words that move them, with weights.
WORDS_FILE = "frames/coder_words.csv"
#: How many of an article's words a reason names.
WORDS_SHOWN = 4

#: The columns of :func:`suggest_coding`.
CODING_COLUMNS = [
    "article", "question_id", "frame", "question", "answer", "probability",
    "confidence", "evidence", "because", "note",
]  # fmt: skip

#: The columns of :func:`suggest_frames`.
FRAME_COLUMNS = [
    "article", "frame", "present", "probability", "confidence", "questions", "yes_to",
    "because",
]  # fmt: skip

#: How many sentences of evidence, and how many reasons, a row shows at most.
EVIDENCE_SENTENCES = 3
REASONS = 3

#: A sentence is shown as evidence when it carries at least this share of the
#: support the best sentence carries.
EVIDENCE_SHARE = 0.5

#: The question the coder cannot answer from text, and what it says about it.
PICTURES = "H5"
PICTURES_NOTE = (
    "Pictures cannot be coded from text: the machine coder always answers no. "
    "Look at the pictures that came with the story."
)

#: From this confidence the coder's answer is one to state (the report states a
#: difference between two articles only where the coder is this sure for both);
#: below it, an answer is a lean: read the evidence.
CONFIDENT = 0.7

#: A frame model's rule input, named after the corpus's rule for its label: "2 of H1 H2
#: H4" is the log-odds that at least two of H1, H2 and H4 are answered yes, from the
#: questions' probabilities (``data/frames/README.md``, "Frames").
RULE_INPUT = re.compile(r"(\d+) of ((?:[A-Z]\d+ ?)+)")

#: What a row's note says when the kit's loader refused the text.
FALLBACK_NOTE = "The kit's loader refused this text, so the raw text was coded: {why}"


@dataclass(frozen=True)
class _Model:
    """One logistic regression: p = 1 / (1 + exp(-(slope * score + offset)))."""

    intercept: float
    weights: dict
    slope: float
    offset: float
    threshold: float


def _by_model(name: str, column: str) -> dict[str, dict[str, float]]:
    """A weights table read into ``{model: {feature or word: weight}}``."""
    parts: dict[str, dict[str, float]] = {}
    for row in csv.DictReader(io.StringIO(data.read_text(name))):
        parts.setdefault(row["model"], {})[row[column]] = float(row["weight"])
    return parts


@cache
def _models() -> dict[str, _Model]:
    parts = _by_model(WEIGHTS_FILE, "feature")
    models = {}
    for name, values in parts.items():
        special = {k: v for k, v in values.items() if k.startswith("(")}
        models[name] = _Model(
            intercept=special["(intercept)"],
            weights={k: v for k, v in values.items() if not k.startswith("(")},
            slope=special["(calibration slope)"],
            offset=special["(calibration offset)"],
            threshold=special["(threshold)"],
        )
    return models


@cache
def _questions() -> tuple[tuple[str, str, str], ...]:
    """The generic codebook's ``(question_id, frame, question)``, read once per process."""
    book = codebook("generic")
    return tuple(zip(book["question_id"], book["frame"], book["question"], strict=True))


@cache
def _scaling() -> dict[str, tuple[float, float]]:
    rows = csv.DictReader(io.StringIO(data.read_text(FEATURES_FILE)))
    return {row["feature"]: (float(row["mean"]), float(row["scale"])) for row in rows}


@dataclass(frozen=True)
class _WordModel:
    """A word component: log-odds = slope × (intercept + Σ weight of each word used) + offset."""

    intercept: float
    slope: float
    offset: float
    weights: dict


@cache
def _word_models() -> dict[str, _WordModel]:
    parts = _by_model(WORDS_FILE, "word")
    return {
        name: _WordModel(
            intercept=values["(intercept)"],
            slope=values["(calibration slope)"],
            offset=values["(calibration offset)"],
            weights={w: v for w, v in values.items() if not w.startswith("(")},
        )
        for name, values in parts.items()
    }


def _word_key(model: str) -> str:
    """The input a model's word component feeds: "words:conflict", "words:R1"."""
    return "words:" + model.removeprefix("frame:")


@dataclass(frozen=True)
class _Reading:
    """What the models read in one article: its features, and each word component's
    log-odds (``values``), the words it found (``words``: ``[(word, weight), ...]``,
    the biggest weight first) and the sentences they are in (``hits``)."""

    found: Features
    values: dict
    words: dict
    hits: dict


def _read(found: Features) -> _Reading:
    values, words, hits = dict(found.values), {}, dict(found.hits)
    for model, wm in _word_models().items():
        key = _word_key(model)
        used = sorted(
            ((w, x) for w, x in wm.weights.items() if w in found.words_at),
            key=lambda wx: (-abs(wx[1]), wx[0]),
        )
        values[key] = wm.slope * (wm.intercept + sum(x for _, x in used)) + wm.offset
        words[key] = used
        support: dict[int, float] = {}
        for w, x in used:
            if x > 0:
                for i in found.words_at[w]:
                    support[i] = support.get(i, 0.0) + x
        hits[key] = tuple(sorted(support, key=lambda i: (-support[i], i)))
    return _Reading(found, values, words, hits)


def _words_found(used: list, limit: int = WORDS_SHOWN) -> str:
    """The words behind a word component, in words: "words 'must' +0.4, 'plan' +0.3"."""
    if not used:
        return "none of the table's words"
    shown = ", ".join(f"'{w}' {x:+.2f}" for w, x in used[:limit])
    more = f" and {len(used) - limit} more" if len(used) > limit else ""
    return f"words {shown}{more}"


def word_table() -> pd.DataFrame:
    """The coder's word table, as shipped: ``model, word, weight``.

    For each frame that reads words (``model`` is ``frame:<frame>``; today only
    morality: for the other frames words did not add to the questions in
    cross-validation), the words whose presence in an article moves the frame's
    answer: a positive weight towards yes. A word counts once however often it
    is used. Besides the words, each model has an
    ``(intercept)``, a ``(calibration slope)`` and ``(calibration offset)`` and
    ``(C)``. Only words common in both climate news (the Narrative Frames Corpus)
    and election news (PolNeAR) could enter: ``data/frames/README.md`` gives the rule.

    >>> table = word_table()
    >>> sorted(set(table["model"]))
    ['frame:morality']
    """
    return pd.read_csv(io.StringIO(data.read_text(WORDS_FILE)), keep_default_na=False)


def weights_table() -> pd.DataFrame:
    """The coder's weights, as shipped: ``model, feature, weight``.

    ``model`` is a question id (R1 ... E3) or ``frame:<frame>``. Besides the
    features, each model has an ``(intercept)``, a ``(calibration slope)`` and
    ``(calibration offset)`` (Platt scaling), a ``(threshold)`` (the probability
    from which it answers yes) and ``(C)`` (the regularisation chosen by
    cross-validation). Features are standardised with the train mean and
    standard deviation in ``data/frames/coder_features.csv``, so weights compare.

    >>> table = weights_table()
    >>> table[table["model"] == "E2"].sort_values("weight").iloc[-1]["feature"]
    'money'
    """
    return pd.read_csv(io.StringIO(data.read_text(WEIGHTS_FILE)))


def _sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x)) if x >= 0 else math.exp(x) / (1 + math.exp(x))


def _contributions(model: _Model, values: dict) -> dict[str, float]:
    """Each input's push towards yes, in calibrated log-odds (standardised value × weight).

    The inputs are features for a question's model and the questions' log-odds for a
    frame's model; both are measured from their train mean (an average article).
    """
    scaling = _scaling()
    out = {}
    for feature, weight in model.weights.items():
        mean, scale = scaling[feature]
        out[feature] = model.slope * weight * (values[feature] - mean) / scale
    return out


def _log_odds(model: _Model, contributions: dict[str, float]) -> float:
    return model.slope * model.intercept + model.offset + sum(contributions.values())


@dataclass(frozen=True)
class _Answer:
    question_id: str
    probability: float
    answer: str
    contributions: dict
    log_odds: float


def _answers(reading: _Reading) -> dict[str, _Answer]:
    models = _models()
    out = {}
    for question_id, _, _ in _questions():
        if question_id not in models:
            continue
        model = models[question_id]
        contributions = _contributions(model, reading.values)
        log_odds = _log_odds(model, contributions)
        probability = _sigmoid(log_odds)
        answer = "yes" if probability >= model.threshold else "no"
        out[question_id] = _Answer(question_id, probability, answer, contributions, log_odds)
    return out


def _found(feature: str, value: float) -> str:
    """A feature's value in words, said against an average article where that matters.

    Every push is measured from the average (train) article, so two contrast words
    in an article can push towards no: most articles have more. The words say so.
    """
    words = describe(feature, value)
    mean, _ = _scaling()[feature]
    if feature == "length":
        return f"{words} ({'longer' if value > mean else 'shorter'} than most articles)"
    if 0 < value < mean:
        return f"{words} (fewer than most articles)"
    return words


def _said(reading: _Reading, feature: str, answers: dict | None = None) -> str:
    """What was found for one input, in words (a feature, a word component, a question)."""
    if feature in reading.words:
        return _words_found(reading.words[feature])
    if answers is not None and feature in answers:
        a = answers[feature]
        return f"{feature} {a.answer} ({a.probability:.2f})"
    rule = _rule(feature)
    if answers is not None and rule:
        k, questions = rule
        each = ", ".join(_said(reading, q, answers) for q in questions)
        chance = at_least(k, [answers[q].probability for q in questions])
        some = "both" if k == len(questions) == 2 else f"at least {k}"
        return f"{some} of {each}: {chance:.2f}"
    return _found(feature, reading.values[feature])


def _because(
    contributions: dict[str, float],
    reading: _Reading,
    answers: dict | None = None,
    limit: int = REASONS,
) -> str:
    """The inputs that moved the answer most, in words: "sums of money ×2 (+1.9); ..."."""
    top = sorted(contributions.items(), key=lambda kv: (-abs(kv[1]), kv[0]))[:limit]
    return "; ".join(f"{_said(reading, f, answers)} ({c:+.1f})" for f, c in top if round(c, 1))


def _evidence(reading: _Reading, contributions: dict[str, float]) -> str:
    """The sentences that carry the features pushing towards yes, in reading order."""
    found = reading.found
    support: dict[int, float] = {}
    for feature, push in contributions.items():
        if push <= 0:
            continue
        for index in reading.hits.get(feature, ()):
            support[index] = support.get(index, 0.0) + push
    if not support:
        return ""
    best = max(support.values())
    chosen = sorted(support, key=lambda i: (-support[i], i))[:EVIDENCE_SENTENCES]
    chosen = [i for i in chosen if support[i] >= EVIDENCE_SHARE * best]
    return " … ".join(found.sentences[i] for i in sorted(chosen))


def _coding_table(reading: _Reading, answers: dict[str, _Answer] | None = None) -> pd.DataFrame:
    found = reading.found
    answers = answers or _answers(reading)
    note = FALLBACK_NOTE.format(why=found.fallback) if found.fallback else ""
    rows = []
    for question_id, frame, question in _questions():
        row: dict[str, object] = {"article": found.name, "question_id": question_id,
                                  "frame": frame, "question": question}  # fmt: skip
        if question_id not in answers:
            row.update(answer="no", probability=math.nan, confidence=math.nan, evidence="",
                       because="", note=PICTURES_NOTE)  # fmt: skip
        else:
            a = answers[question_id]
            row.update(
                answer=a.answer,
                probability=round(a.probability, 3),
                confidence=round(a.probability if a.answer == "yes" else 1 - a.probability, 3),
                evidence=_evidence(reading, a.contributions) if a.answer == "yes" else "",
                because=_because(a.contributions, reading),
                note=note,
            )
        rows.append(row)
    return pd.DataFrame(rows, columns=CODING_COLUMNS)


def suggest_coding(article: Article | str) -> pd.DataFrame:
    """The machine coder's answer to each of the codebook's twenty questions.

    Parameters
    ----------
    article : Article or str
        An article, a file's path or a text (read like every analysis of the kit).
        A text the kit's loader refuses (for example one it takes for a photo
        caption) is still coded: its raw text is split into sentences, and the
        ``note`` says so.

    Returns
    -------
    pandas.DataFrame
        One row per question (R1 ... E3), with columns

        - ``article``, ``question_id``, ``frame``, ``question``: as on a coding sheet;
        - ``answer``: "yes" or "no";
        - ``probability``: the chance that a trained coder would answer yes
          (calibrated on the coders' answers, out of sample);
        - ``confidence``: the chance that a trained coder would give the answer
          shown (``probability`` for yes, 1 − ``probability`` for no). The coder
          says yes from a threshold set so that it says yes as often as the
          coders did, so a yes can be a lean (confidence under 0.5): read its
          evidence;
        - ``evidence``: for a yes, up to three sentences that carry the features
          that pushed towards yes (joined with " … ");
        - ``because``: the three features that moved the answer most, with their
          push in log-odds ("sums of money ×2 (+1.9)"); :func:`explain` gives
          every feature;
        - ``note``: for H5 (pictures), why it is always no; for a refused text, why.

    Examples
    --------
    >>> coding = suggest_coding("Critics say the plan will cost $4 billion. "
    ...                         "But the mayor insists it will save jobs.")
    >>> list(coding.columns[:5])
    ['article', 'question_id', 'frame', 'question', 'answer']
    >>> row = coding.set_index("question_id").loc["E2"]
    >>> row["answer"], row["evidence"]
    ('yes', 'Critics say the plan will cost $4 billion.')
    """
    loaded, raw, why = load(article)
    return _coding_table(_read(features_of(loaded, raw, why)))


def explain(article: Article | str, question_id: str) -> pd.DataFrame:
    """Every feature behind one answer: what was found, its weight, and its push.

    Parameters
    ----------
    article : Article or str
    question_id : str
        A question (R1 ... E3, not H5) or a frame ("conflict").

    Returns
    -------
    pandas.DataFrame
        One row per feature of the question's model, the biggest push first:
        ``feature``, ``found`` (in words), ``value``, ``weight`` (from the
        shipped table, for a standardised feature), ``push`` (log-odds towards
        yes, after calibration; positive pushes towards yes), and a last row
        ``(starting point)``, the log-odds of an article whose every feature is
        at the train average. The pushes and the starting point add up to the
        log-odds of the answer.

    Examples
    --------
    >>> table = explain("The plan will cost taxpayers $4 billion.", "E2")
    >>> table.iloc[0]["feature"], table.iloc[0]["found"]
    ('money', 'sums of money ×1')
    """
    loaded, raw, why = load(article)
    reading = _read(features_of(loaded, raw, why))
    models = _models()
    answers = None
    if question_id in models:
        model = models[question_id]
        values = {f: reading.values[f] for f in model.weights}
    elif f"frame:{question_id}" in models:
        model = models[f"frame:{question_id}"]
        answers = _answers(reading)
        values = _frame_inputs(model, reading, answers)
    else:
        known = ", ".join(sorted(k.removeprefix("frame:") for k in models))
        raise KeyError(f"The coder has no model for {question_id!r}. It has: {known}.")
    contributions = _contributions(model, values)
    rows = [
        {"feature": f, "found": _said(reading, f, answers), "value": round(values[f], 4),
         "weight": model.weights[f], "push": round(c, 3)}
        for f, c in sorted(contributions.items(), key=lambda kv: (-abs(kv[1]), kv[0]))
    ]  # fmt: skip
    rows.append(
        {"feature": "(starting point)", "found": "an average article", "value": math.nan,
         "weight": model.intercept, "push": round(model.slope * model.intercept + model.offset, 3)}
    )  # fmt: skip
    return pd.DataFrame(rows, columns=["feature", "found", "value", "weight", "push"])


def _rule(name: str) -> tuple[int, list[str]] | None:
    """A rule input's parts: "2 of H1 H2 H4" is ``(2, ["H1", "H2", "H4"])``; else None."""
    match = RULE_INPUT.fullmatch(name)
    return (int(match.group(1)), match.group(2).split()) if match else None


def at_least(k: int, probabilities: list[float]) -> float:
    """The chance that at least ``k`` of the questions are answered yes, each with its own
    probability, as if the answers were independent. The probabilities may also be numpy
    arrays, one value per article (``data/frames/build.py`` fits the frame models so).

    >>> round(at_least(2, [0.5, 0.5]), 3), round(at_least(1, [0.5, 0.5]), 3)
    (0.25, 0.75)
    >>> round(at_least(2, [0.9, 0.5, 0.1]), 3)
    0.5
    """
    counts = [1.0]  # counts[j]: the chance that j of the questions so far are yes
    for p in probabilities:
        counts = [
            (counts[j] if j < len(counts) else 0.0) * (1 - p) + (counts[j - 1] * p if j else 0.0)
            for j in range(len(counts) + 1)
        ]
    return sum(counts[k:])


def _rule_log_odds(rule: tuple[int, list[str]], answers: dict) -> float:
    """A rule input's value: the log-odds that at least k of its questions are yes."""
    k, questions = rule
    p = min(max(at_least(k, [answers[q].probability for q in questions]), 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


def _frame_inputs(model: _Model, reading: _Reading, answers: dict) -> dict[str, float]:
    """A frame model's inputs: its questions' log-odds, its rule's, its word component's."""
    out = {}
    for f in model.weights:
        rule = _rule(f)
        if f in answers:
            out[f] = answers[f].log_odds
        elif rule:
            out[f] = _rule_log_odds(rule, answers)
        else:
            out[f] = reading.values[f]
    return out


def _frame_questions(model: _Model) -> list[str]:
    """The questions a frame model rests on: its inputs, and those inside its rule."""
    found: list[str] = []
    for f in model.weights:
        rule = _rule(f)
        for q in rule[1] if rule else [f]:
            if q in _models() and q not in found:
                found.append(q)
    return found


def _frame_table(reading: _Reading, answers: dict[str, _Answer] | None = None) -> pd.DataFrame:
    found = reading.found
    answers = answers or _answers(reading)
    models = _models()
    rows = []
    for frame in dict.fromkeys(frame for _, frame, _ in _questions()):
        model = models[f"frame:{frame}"]
        contributions = _contributions(model, _frame_inputs(model, reading, answers))
        log_odds = _log_odds(model, contributions)
        probability = _sigmoid(log_odds)
        present = probability >= model.threshold
        top = sorted(contributions.items(), key=lambda kv: (-abs(kv[1]), kv[0]))[:REASONS]
        asked = [q for q in _frame_questions(model) if q in answers]
        rows.append(
            {
                "article": found.name,
                "frame": frame,
                "present": bool(present),
                "probability": round(probability, 3),
                "confidence": round(probability if present else 1 - probability, 3),
                "questions": ", ".join(asked),
                "yes_to": ", ".join(q for q in asked if answers[q].answer == "yes"),
                "because": "; ".join(
                    f"{_said(reading, q, answers)} ({c:+.1f})" for q, c in top if round(c, 1)
                ),
            }
        )
    return pd.DataFrame(rows, columns=FRAME_COLUMNS)


def suggest_frames(article: Article | str) -> pd.DataFrame:
    """Whether the article uses each of the five generic frames, by the machine coder.

    Each frame's answer combines the coder's answers to the frame's questions,
    trained against the Narrative Frames Corpus's frame labels: a frame there is
    present when the trained coders' majority said yes to enough of its
    questions (human interest: at least two of H1, H2, H4; responsibility: both
    R1 and R3; morality: M1 or M2; conflict: two of C1-C3; economic: two of
    E1-E3). Responsibility, human interest and morality read that rule directly,
    the chance that enough of their questions are yes (the input "2 of H1 H2
    H4"); conflict and economic weigh their questions' log-odds one by one.

    Parameters
    ----------
    article : Article or str

    Returns
    -------
    pandas.DataFrame
        One row per frame (responsibility, human_interest, conflict, morality,
        economic): ``article``, ``frame``, ``present`` (bool), ``probability``
        (that the coders would find the frame), ``confidence`` (that they would
        agree with ``present``), ``questions`` (the questions it rests on),
        ``yes_to`` (those the coder answered yes) and ``because`` (the questions
        that moved it most, with their push in log-odds).

    Examples
    --------
    >>> frames = suggest_frames("The tax will cost families $2,000 a year, economists say, "
    ...                         "and business groups warn of lost jobs and higher prices.")
    >>> row = frames.set_index("frame").loc["economic"]
    >>> bool(row["present"]), row["questions"]
    (True, 'E1, E2, E3')
    """
    loaded, raw, why = load(article)
    return _frame_table(_read(features_of(loaded, raw, why)))


def machine_coding(article: Article | str, *, coder: str = "kit coder") -> pd.DataFrame:
    """The machine coder's answers on a coding sheet, as one more coder.

    The sheet is :func:`kitlib.frames.coding_sheet` filled with
    :func:`kitlib.frames.fill_sheet`: ``evidence`` holds the sentences the answer
    rests on and ``note`` the reasons (the features that decided it, and its
    confidence), with a ``coder`` column in front. So it can be compared with
    your own sheet (:func:`kitlib.frames.agreement_table`), saved and pooled with
    a class's sheets (:func:`kitlib.frames.codings.save_coding`, ``read_codings``), and
    checked question by question like any coder.

    Parameters
    ----------
    article : Article or str
    coder : str
        The name in the ``coder`` column.

    Returns
    -------
    pandas.DataFrame
        ``coder, article, question_id, frame, question, answer, evidence, note``.

    Examples
    --------
    >>> import kitlib
    >>> from kitlib import frames
    >>> nbc, _ = kitlib.load_pair()
    >>> sheet = machine_coding(nbc)
    >>> sheet.columns[0], len(sheet), set(sheet["answer"]) <= {"yes", "no"}
    ('coder', 20, True)
    >>> agreement = frames.agreement_table(frames.reference_coding(), sheet)
    >>> agreement.set_index("measure").loc["items compared", "value"]
    np.float64(20.0)
    """
    loaded, raw, why = load(article)
    coding = _coding_table(_read(features_of(loaded, raw, why)))
    if loaded is not None:
        sheet = coding_sheet(loaded)
    else:  # the loader refused the text: the same sheet, built from the codebook
        sheet = coding[["article", "question_id", "frame", "question"]].assign(
            answer="", evidence="", note=""
        )
    filled = fill_sheet(
        sheet,
        {
            row.question_id: (row.answer, row.evidence, _sheet_note(row))
            for row in coding.itertuples()
        },
    )
    filled.insert(0, "coder", coder)
    return filled


def _sheet_note(row) -> str:
    if row.question_id == PICTURES:
        return row.note
    parts = [f"machine coder, confidence {row.confidence:.2f}"]
    if row.because:
        parts.append(f"because: {row.because}")
    if row.note:
        parts.append(row.note)
    return "; ".join(parts)


def code_article(article: Article | str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Both of the coder's tables for one article, reading it once.

    Returns
    -------
    tuple of pandas.DataFrame
        ``(suggest_coding(article), suggest_frames(article))``.

    Examples
    --------
    >>> coding, frames = code_article("The plan will cost $4 billion, critics said.")
    >>> len(coding), len(frames)
    (20, 5)
    """
    loaded, raw, why = load(article)
    reading = _read(features_of(loaded, raw, why))
    answers = _answers(reading)
    return _coding_table(reading, answers), _frame_table(reading, answers)


def bench_predict(text: str) -> list[dict]:
    """The coder's answers as records for the project's frame bench (``frames_bench.py``).

    >>> records = bench_predict("The plan will cost $4 billion, critics said.")
    >>> {"question_id": "E2", "answer": "yes"} in records
    True
    """
    loaded, raw, why = load(text)
    reading = _read(features_of(loaded, raw, why))
    answers = _answers(reading)
    records = [{"question_id": q, "answer": a.answer} for q, a in answers.items()]
    records += [
        {"frame": row.frame, "present": row.present}
        for row in _frame_table(reading, answers).itertuples()
    ]
    return records
