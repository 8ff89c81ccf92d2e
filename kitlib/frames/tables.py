"""Frames: the codebook, evidence for a human coder, frame scores and agreement.

To *frame* is to select some aspects of a reality and make them more
noticeable in a text (Entman 1993). Whether a story uses a frame is a
judgement a careful human reader makes with a codebook. This module helps
that reader; it never makes the judgement:

- :func:`codebook` gives the questions (Semetko & Valkenburg 2000, paraphrased);
- :func:`frame_evidence` points at sentences worth reading for each question;
- :func:`coding_sheet` and :func:`fill_sheet` hold *your* answers;
- :func:`frame_scores` turns answers into the five frame scores of the paper;
- :func:`agreement_table` compares two codings of the same articles (pooled; for
  reliability per question across many articles see :mod:`kitlib.reliability`);
- :func:`reference_coding` is the kit's own coding: one careful reading, not the truth.

>>> import kitlib
>>> from kitlib import frames
>>> nbc, cnn = kitlib.load_pair()
>>> evidence = frames.frame_evidence(nbc)
>>> "C1" in set(evidence["question_id"])
True
"""

from __future__ import annotations

import io
import re
from functools import cache
from typing import Any

import pandas as pd

from kitlib import data
from kitlib import reliability as stats
from kitlib.articles import (
    FIRST_PARAGRAPH,
    Article,
    as_article,
    as_articles,
    unique_names,
    with_article,
)
from kitlib.errors import CodingError, retired
from kitlib.text import FIRST_SENTENCE, phrase_pattern

__all__ = [
    "BOILERPLATE",
    "CODEBOOKS",
    "CODINGS",
    "EVIDENCE_COLUMNS",
    "FRAMES",
    "FRAME_CUES_SHOWN",
    "HOW_TO_READ",
    "INDICATOR_COLUMNS",
    "MARK",
    "NO",
    "SHEET_COLUMNS",
    "UNSAFE_FOR_KEYS",
    "WEAK_CUE_HITS",
    "YES",
    "agreement_table",
    "answer_value",
    "codebook",
    "coding_sheet",
    "cue_pattern",
    "cues",
    "disagreements",
    "evidence_summary",
    "fill_sheet",
    "frame_evidence",
    "frame_indicators",
    "frame_scores",
    "is_boilerplate",
    "reference_coding",
]

#: The five generic frames, in the order of Semetko & Valkenburg (2000).
FRAMES = ("responsibility", "human_interest", "conflict", "morality", "economic")

#: The codebooks the kit ships (see data/codebooks/README.md for the sources).
CODEBOOKS = {
    "generic": "codebooks/generic_frames.csv",
    "entman": "codebooks/entman_functions.csv",
    "policy": "codebooks/policy_frames.csv",
}

#: Words a coder may use for yes and for no.
YES = ("yes", "y", "true", "1")
NO = ("no", "n", "false", "0")

#: Sentences that look like captions, photo credits, link lines or site notices.
#: The cleaning step removes these from the bundled articles; this is a second guard
#: for texts of your own, so that the finder never suggests them as evidence.
BOILERPLATE = re.compile(
    r"^\s*(related|read more|watch|photo|image|video)\s*:"
    r"|\((ap|afp|reuters|getty)( images)?( photo)?[/)]"
    r"|\b(getty images|ap photo|photo credit|all rights reserved)\b"
    r"|\bis not supported\b.*\bbrowser\b",
    re.IGNORECASE,
)

#: How a cue is marked inside a sentence in the ``marked`` column.
MARK = "**{}**"


# --------------------------------------------------------------------------
# Codebooks and cues
# --------------------------------------------------------------------------


@cache
def _read_csv(name: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(data.read_text(name)), dtype=str, keep_default_na=False)


def codebook(name: str = "generic") -> pd.DataFrame:
    """One of the kit's codebooks as a table.

    Parameters
    ----------
    name : {"generic", "entman", "policy"}
        ``"generic"``: Semetko & Valkenburg's twenty yes/no questions;
        ``"entman"``: Entman's four framing functions as open questions;
        ``"policy"``: the fifteen dimensions of the Policy Frames Codebook.

    Returns
    -------
    pandas.DataFrame
        For ``"generic"``: ``question_id, frame, question, how_to_answer``.
        For ``"entman"``: ``function, question, example_prompt``.
        For ``"policy"``: ``number, dimension, what_it_covers``.

    Examples
    --------
    >>> codebook()["frame"].value_counts()["conflict"]
    np.int64(4)
    """
    if name not in CODEBOOKS:
        raise CodingError(f"There is no codebook {name!r}. Choose one of: {', '.join(CODEBOOKS)}.")
    return _read_csv(CODEBOOKS[name]).copy()


def cues() -> pd.DataFrame:
    """The cue words for each question: ``question_id, cue, match_case, why``.

    From ``data/lexicons/frame_cues.csv``; the file's README explains how a cue matches.

    Examples
    --------
    >>> table = cues()
    >>> list(table.columns)
    ['question_id', 'cue', 'match_case', 'why']
    """
    return _read_csv("lexicons/frame_cues.csv").copy()


#: Retired: the one rule for finding a listed word is :func:`kitlib.text.phrase_pattern`.
cue_pattern = retired("kitlib.frames.cue_pattern", "kitlib.text.phrase_pattern", phrase_pattern)


@cache
def _compiled_cues() -> tuple[tuple[str, str, re.Pattern, str], ...]:
    """Every cue as ``(question_id, cue, pattern, key)``, compiled once per process.

    ``key`` is the cue's first word, lower-cased and cut at any apostrophe: a
    sentence can only match the cue if its lower-cased text contains the key
    (unless it holds one of :data:`UNSAFE_FOR_KEYS`).
    """
    table = cues()
    return tuple(
        (
            row.question_id,
            row.cue,
            phrase_pattern(form, match_case=row.match_case.strip().lower() == "yes"),
            _cue_key(form),
        )
        for row in table.itertuples()
        for form in row.cue.split("|")
    )


def _cue_key(cue: str) -> str:
    """The part of a cue every match must contain, lower-cased ("" if there is none).

    Only ASCII keys are used: :data:`UNSAFE_FOR_KEYS` was checked for ASCII only.
    """
    words = cue.split()
    key = words[0].lower().split("'")[0] if words else ""
    return key if key.isascii() else ""


#: The only characters that a case-insensitive regular expression matches to an
#: ASCII character although their ``lower()`` is not that character (found by trying every
#: Unicode character): with one of them in a text, the key test could miss a cue.
UNSAFE_FOR_KEYS = ("\u0130", "\u0131", "\u017f")  # İ, ı, ſ


def is_boilerplate(sentence: str) -> bool:
    """True for a sentence that looks like a caption, photo credit or link line.

    Examples
    --------
    >>> is_boilerplate("Related: Pence and Kaine clash"), is_boilerplate("Pence spoke first.")
    (True, False)
    """
    return bool(BOILERPLATE.search(sentence))


# --------------------------------------------------------------------------
# Evidence
# --------------------------------------------------------------------------

EVIDENCE_COLUMNS = [
    "article", "question_id", "frame", "question", "paragraph", "sentence",
    "start", "end", "text", "cues", "marked",
]  # fmt: skip


def frame_evidence(article: Article | str) -> pd.DataFrame:
    """Sentences worth reading for each codebook question, with the cue words marked.

    This *suggests* where to look; it never answers a question. A cue word can
    appear in a sentence that is not evidence ("defeat ISIS" is not a story about
    winners and losers), and evidence can have no cue word at all. Sentences that
    look like captions, photo credits or link lines are never suggested.

    Parameters
    ----------
    article : Article or str

    Returns
    -------
    pandas.DataFrame
        One row per (question, sentence) pair where at least one cue matched:
        ``question_id, frame, question, paragraph, sentence`` (sentence number),
        ``start, end`` (offsets of the sentence in ``article.text``), ``text``,
        ``cues`` (the words found, comma-separated) and ``marked`` (the sentence
        with each cue word in ``**bold**``). Questions without a suggestion have
        no row.

    Examples
    --------
    >>> import kitlib
    >>> nbc, _ = kitlib.load_pair()
    >>> rows = frame_evidence(nbc)
    >>> first = rows[rows["question_id"] == "C2"].iloc[0]
    >>> first["cues"]
    'criticizing'
    """
    article = as_article(article)
    labels = _question_labels()
    candidates = _cues_in(article.text)
    rows: list[dict[str, Any]] = []
    for number, (paragraph, start, end) in enumerate(article.sentence_spans, FIRST_SENTENCE):
        sentence = article.text[start:end]
        if is_boilerplate(sentence):
            continue
        for question_id, spans in _cue_spans(sentence, candidates).items():
            rows.append(
                {
                    "question_id": question_id,
                    **labels[question_id],
                    "paragraph": paragraph + FIRST_PARAGRAPH,
                    "sentence": number,
                    "start": start,
                    "end": end,
                    "text": sentence,
                    "cues": ", ".join(dict.fromkeys(sentence[s:e] for s, e in sorted(spans))),
                    "marked": _mark(sentence, spans),
                }
            )
    # Sorted here rather than with DataFrame.sort_values: the same order, without pandas' cost.
    order = {q: i for i, q in enumerate(labels)}
    rows.sort(key=lambda row: (order[row["question_id"]], row["sentence"]))
    return with_article(pd.DataFrame(rows, columns=EVIDENCE_COLUMNS), article)


@cache
def _question_labels() -> dict[str, dict[str, str]]:
    """``{question_id: {"frame": ..., "question": ...}}`` in codebook order.

    Read once per process, like the codebook file itself: building it from the
    codebook table took a fifth of the time of :func:`frame_evidence`.
    """
    book = codebook("generic").set_index("question_id")
    return book[["frame", "question"]].to_dict("index")


def _cues_in(text: str) -> tuple[tuple[str, re.Pattern, str], ...]:
    """The cues that could match somewhere in ``text``: ``(question_id, pattern, key)``.

    Why: running all 155 cue patterns on every sentence was most of the time
    :func:`frame_evidence` took. A cue whose key is not in the text cannot match
    any of its sentences, so it is dropped before any pattern runs.
    """
    everything = tuple((q, pattern, key) for q, _, pattern, key in _compiled_cues())
    if any(char in text for char in UNSAFE_FOR_KEYS):
        return tuple((q, pattern, "") for q, pattern, _ in everything)  # "" is in every text
    lowered = text.lower()
    return tuple(cue for cue in everything if cue[2] in lowered)


def _cue_spans(sentence: str, candidates) -> dict[str, list[tuple[int, int]]]:
    """Where each question's cues match in ``sentence``: ``{question_id: [(start, end), ...]}``.

    ``candidates`` comes from :func:`_cues_in` for the article the sentence belongs to.
    """
    lowered = sentence.lower()
    found: dict[str, list[tuple[int, int]]] = {}
    for question_id, pattern, key in candidates:
        if key in lowered:  # the same cheap test, sentence by sentence
            for match in pattern.finditer(sentence):
                found.setdefault(question_id, []).append(match.span())
    return found


def _mark(sentence: str, spans: list[tuple[int, int]]) -> str:
    """The sentence with each span wrapped in MARK (overlapping spans merged)."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out, cursor = [], 0
    for s, e in merged:
        out += [sentence[cursor:s], MARK.format(sentence[s:e])]
        cursor = e
    return "".join(out) + sentence[cursor:]


def evidence_summary(article: Article | str) -> pd.DataFrame:
    """How many sentences the finder suggests for each of the twenty questions.

    Returns
    -------
    pandas.DataFrame
        ``question_id, frame, question, sentences`` (0 where nothing was found).

    Examples
    --------
    >>> import kitlib
    >>> nbc, _ = kitlib.load_pair()
    >>> table = evidence_summary(nbc)
    >>> len(table), list(table.columns)
    (20, ['article', 'question_id', 'frame', 'question', 'sentences'])
    """
    found = frame_evidence(article).groupby("question_id").size()
    book = codebook("generic")[["question_id", "frame", "question"]]
    book["sentences"] = book["question_id"].map(found).fillna(0).astype(int)
    return with_article(book, article)


# --------------------------------------------------------------------------
# Coding sheets
# --------------------------------------------------------------------------

SHEET_COLUMNS = ["article", "question_id", "frame", "question", "answer", "evidence", "note"]


def coding_sheet(article: Article | str) -> pd.DataFrame:
    """An empty coding sheet for one article: twenty questions waiting for your answers.

    Parameters
    ----------
    article : Article or str

    Returns
    -------
    pandas.DataFrame
        ``article`` (its name), ``question_id, frame, question``, and empty
        ``answer`` (write "yes" or "no"), ``evidence`` (copy the sentence that
        decided it) and ``note`` (why). Fill it with :func:`fill_sheet`.

    Examples
    --------
    >>> sheet = coding_sheet("Pence criticized Russia. Kaine attacked Pence.")
    >>> len(sheet), sheet["answer"].eq("").all()
    (20, np.True_)
    """
    article = as_article(article)
    sheet = codebook("generic")[["question_id", "frame", "question"]]
    sheet.insert(0, "article", article.name)
    for column in ("answer", "evidence", "note"):
        sheet[column] = ""
    return sheet[SHEET_COLUMNS]


def fill_sheet(sheet: pd.DataFrame, answers: dict) -> pd.DataFrame:
    """A copy of ``sheet`` with your answers written in.

    Parameters
    ----------
    sheet : pandas.DataFrame
        A sheet from :func:`coding_sheet`.
    answers : dict
        ``{question_id: answer}``; ``answer`` is "yes"/"no", or a tuple
        ``("yes", evidence)`` or ``("yes", evidence, note)``.

    Returns
    -------
    pandas.DataFrame
        The same columns as the sheet.

    Examples
    --------
    >>> sheet = coding_sheet("Pence criticized Russia. Kaine attacked Pence.")
    >>> sheet = fill_sheet(sheet, {"C2": ("yes", "Kaine attacked Pence.")})
    >>> sheet.set_index("question_id").loc["C2", "answer"]
    'yes'
    """
    filled = sheet.copy()
    known = set(filled["question_id"])
    for question_id, value in answers.items():
        if question_id not in known:
            raise CodingError(
                f"There is no question {question_id!r} on this sheet. "
                f"The questions are {', '.join(sorted(known))}."
            )
        parts = (value,) if isinstance(value, str) else tuple(value)
        where = filled["question_id"] == question_id
        for column, part in zip(("answer", "evidence", "note"), parts, strict=False):
            filled.loc[where, column] = str(part)
    return filled


def answer_value(answer) -> float | None:
    """1 for yes, 0 for no, None for blank; CodingError for anything else.

    >>> answer_value("Yes"), answer_value("n"), answer_value("")
    (1.0, 0.0, None)
    """
    if stats.is_missing(answer):
        return None
    word = str(answer).strip().lower()
    if word in YES:
        return 1.0
    if word in NO:
        return 0.0
    raise CodingError(f"{answer!r} is not an answer the sheet understands. Write 'yes' or 'no'.")


def frame_scores(sheet: pd.DataFrame) -> pd.DataFrame:
    """The five frame scores: for each frame, the mean of its items (yes = 1, no = 0).

    This is how Semetko & Valkenburg (2000) scored each story. A score of 0.75 for
    conflict means three of the four conflict questions were answered yes. Blank
    answers are left out of the mean and counted in ``blank``.

    Parameters
    ----------
    sheet : pandas.DataFrame
        A filled coding sheet (one or several articles).

    Returns
    -------
    pandas.DataFrame
        One row per article and frame: ``article, frame, items, yes, blank, score``
        (``score`` is NaN if every item of the frame is blank).

    Examples
    --------
    >>> sheet = coding_sheet("Pence criticized Russia. Kaine attacked Pence.")
    >>> sheet = fill_sheet(sheet, {"C1": "yes", "C2": "yes", "C3": "no", "C4": "no"})
    >>> frame_scores(sheet).set_index("frame").loc["conflict", "score"]
    np.float64(0.5)
    """
    if not {"question_id", "answer"} <= set(sheet.columns):
        raise CodingError("A coding sheet needs the columns question_id and answer.")
    table = sheet.copy()
    if "article" not in table.columns:
        table["article"] = "article"
    if "frame" not in table.columns:
        frames = codebook("generic").set_index("question_id")["frame"]
        table["frame"] = table["question_id"].map(frames)
    table["value"] = [answer_value(a) for a in table["answer"]]
    rows = []
    for article in dict.fromkeys(table["article"]):
        for frame in FRAMES:
            part = table[(table["article"] == article) & (table["frame"] == frame)]
            values = part["value"].dropna()
            rows.append(
                {
                    "article": article,
                    "frame": frame,
                    "items": len(part),
                    "yes": int(values.sum()),
                    "blank": int(part["value"].isna().sum()),
                    "score": values.mean() if len(values) else float("nan"),
                }
            )
    return pd.DataFrame(rows, columns=["article", "frame", "items", "yes", "blank", "score"])


# --------------------------------------------------------------------------
# Agreement between two codings
# --------------------------------------------------------------------------

HOW_TO_READ = {
    "items compared": "Questions that both coders answered (blanks are left out).",
    "percent agreement": (
        "The share of questions with the same answer. Easy to read, but it counts "
        "agreement that chance alone would give."
    ),
    "Cohen's kappa": (
        "Agreement beyond chance, where chance comes from each coder's own habits: "
        "1 is perfect, 0 is no better than chance, below 0 is worse than chance."
    ),
    "Krippendorff's alpha": (
        "Agreement beyond chance, where chance comes from both coders' answers pooled. "
        "Content analysts ask for 0.8 or more, and accept 0.667 for tentative conclusions."
    ),
}


def _answers(sheet: pd.DataFrame) -> pd.Series:
    """A sheet's answers as yes/no words, indexed by (article, question_id)."""
    table = sheet.copy()
    if "article" not in table.columns:
        table["article"] = "article"
    values = [answer_value(a) for a in table["answer"]]
    words = ["" if v is None else ("yes" if v else "no") for v in values]
    return pd.Series(words, index=pd.MultiIndex.from_frame(table[["article", "question_id"]]))


def agreement_table(sheet_a: pd.DataFrame, sheet_b: pd.DataFrame) -> pd.DataFrame:
    """How far two codings of the same articles agree, with a sentence on reading each number.

    This pools every question of every article into one list of items: a first look
    at two codings, not a reliability figure. Reliability is judged per question
    across many articles (:func:`kitlib.reliability.by_variable`, and
    :func:`kitlib.frames.codings.class_reliability` for a class's coding sheets).

    The sheets are matched by article and question, so their row order does not
    matter. Questions either coder left blank are left out.

    Parameters
    ----------
    sheet_a, sheet_b : pandas.DataFrame
        Filled coding sheets (from :func:`coding_sheet`, :func:`reference_coding`, ...).

    Returns
    -------
    pandas.DataFrame
        Four rows (``items compared``, ``percent agreement``, ``Cohen's kappa``,
        ``Krippendorff's alpha``) with columns ``measure, value, how_to_read``.
        Kappa and alpha are NaN when every answer is the same (then they are not
        defined).

    Examples
    --------
    >>> a = fill_sheet(coding_sheet("Pence criticized Russia."), {"C1": "yes", "C2": "yes"})
    >>> b = fill_sheet(coding_sheet("Pence criticized Russia."), {"C1": "no", "C2": "yes"})
    >>> agreement_table(a, b).set_index("measure").loc["percent agreement", "value"]
    np.float64(0.5)
    """
    a, b = _answers(sheet_a), _answers(sheet_b)
    shared = a.index.intersection(b.index)
    if len(shared) == 0:
        raise CodingError(
            "The two sheets have no question in common. Check that they code the same "
            "article (the 'article' column) with the same codebook."
        )
    x, y = list(a[shared]), list(b[shared])
    pairs = stats.paired(x, y)
    values = {
        "items compared": float(len(pairs)),
        "percent agreement": stats.percent_agreement(x, y),
        "Cohen's kappa": stats.cohen_kappa(x, y),
        "Krippendorff's alpha": stats.krippendorff_alpha([x, y]),
    }
    return pd.DataFrame(
        [{"measure": m, "value": v, "how_to_read": HOW_TO_READ[m]} for m, v in values.items()]
    )


def disagreements(sheet_a: pd.DataFrame, sheet_b: pd.DataFrame) -> pd.DataFrame:
    """The questions on which two codings differ: the place to start a discussion.

    Returns
    -------
    pandas.DataFrame
        ``article, question_id, answer_a, answer_b`` for every question both
        answered differently.

    Examples
    --------
    >>> reference = reference_coding()
    >>> second = reference_coding("second_reader")
    >>> table = disagreements(reference, second)
    >>> set(table["question_id"]) <= set(codebook()["question_id"])
    True
    """
    a, b = _answers(sheet_a), _answers(sheet_b)
    shared = a.index.intersection(b.index)
    both = pd.DataFrame({"answer_a": a[shared], "answer_b": b[shared]})
    differ = both[(both["answer_a"] != both["answer_b"]) & (both["answer_a"] != "")]
    differ = differ[differ["answer_b"] != ""]
    return differ.reset_index()[["article", "question_id", "answer_a", "answer_b"]]


# --------------------------------------------------------------------------
# The kit's own codings
# --------------------------------------------------------------------------

#: The kit's codings of the bundled pair (see data/annotations/FRAMES.md).
CODINGS = {
    "reference": "annotations/frames_reference.csv",
    "second_reader": "annotations/frames_second_reader.csv",
}


def reference_coding(which: str = "reference") -> pd.DataFrame:
    """The kit's coding of both bundled articles, question by question.

    ``"reference"`` is one careful reading, written by reasoning from the text;
    ``"second_reader"`` is a stricter reading that counts only what the reporter
    writes, not what quoted speakers say. Neither is the truth: use them to compare
    with your own coding.

    Returns
    -------
    pandas.DataFrame
        ``article`` (outlet name), ``question_id, frame, question, answer``,
        ``evidence`` (words from the cleaned text), ``note`` (the reasoning) and
        ``certainty`` ("clear" or "arguable").

    Examples
    --------
    >>> ref = reference_coding()
    >>> sorted(set(ref["article"]))
    ['CNN', 'NBC News']
    """
    if which not in CODINGS:
        raise CodingError(f"There is no coding {which!r}. Choose one of: {', '.join(CODINGS)}.")
    table = _read_csv(CODINGS[which]).copy()
    book = codebook("generic").set_index("question_id")
    table.insert(2, "frame", table["question_id"].map(book["frame"]))
    table.insert(3, "question", table["question_id"].map(book["question"]))
    return table


# --------------------------------------------------------------------------
# Frame cues in several articles
# --------------------------------------------------------------------------


#: How many cue words per frame the table lists.
FRAME_CUES_SHOWN = 4


#: A frame's figure that rests on this many cue hits or fewer is labelled weak.
WEAK_CUE_HITS = 2

INDICATOR_COLUMNS = [
    "article", "frame", "sentences", "share", "questions", "of", "cues", "hits", "weak",
]  # fmt: skip


def frame_indicators(*articles, names=None) -> pd.DataFrame:
    """For each generic frame, how many sentences of each article contain its cue words.

    The cue words come from :func:`kitlib.frames.frame_evidence`. A sentence
    with a cue is a place to *read*, not proof of the frame.

    Parameters
    ----------
    *articles : Article or str
        The articles, one by one or as one list.
    names : list of str, optional
        Labels for the articles (default: :func:`unique_names`).

    Returns
    -------
    pandas.DataFrame
        One row per article and frame: ``article``, ``frame``, ``sentences``
        (sentences with at least one cue for the frame), ``share`` (per cent
        of the article's sentences), ``questions`` (how many of the frame's
        codebook questions have a suggested sentence, out of ``of``),
        ``cues`` (the commonest cue words found, most frequent first),
        ``hits`` (cue words found, each sentence and word counted once) and
        ``weak`` (True when ``hits`` is WEAK_CUE_HITS or fewer: a share that
        rests on one or two words says little).

    >>> import kitlib
    >>> table = frame_indicators(*kitlib.load_pair())
    >>> sorted(set(table["frame"])) == sorted(FRAMES)
    True
    """
    from collections import Counter

    articles = as_articles(articles)
    names = names or unique_names(articles)
    book = codebook("generic")
    rows = []
    for name, article in zip(names, articles, strict=True):
        evidence = frame_evidence(article)
        total = max(len(article.sentence_spans), 1)
        for frame in FRAMES:
            found = evidence[evidence["frame"] == frame]
            words = Counter(
                w.strip().lower() for cues in found["cues"] for w in cues.split(",") if w.strip()
            )
            top = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:FRAME_CUES_SHOWN]
            hits = len(
                {
                    (sentence, w.strip().lower())
                    for sentence, cues in zip(found["sentence"], found["cues"], strict=True)
                    for w in cues.split(",")
                    if w.strip()
                }
            )
            rows.append(
                {
                    "article": name,
                    "frame": frame,
                    "sentences": int(found["sentence"].nunique()),
                    "share": round(100 * found["sentence"].nunique() / total, 1),
                    "questions": int(found["question_id"].nunique()),
                    "of": int((book["frame"] == frame).sum()),
                    "cues": ", ".join(w for w, _ in top),
                    "hits": hits,
                    "weak": hits <= WEAK_CUE_HITS,
                }
            )
    return pd.DataFrame(rows, columns=INDICATOR_COLUMNS)
