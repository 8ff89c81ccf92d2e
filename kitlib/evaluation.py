"""How right is the kit? Compare what it found with a person's hand annotation.

The words used here:

*precision*
    Of the quotations the kit found, the share that are real (in the gold).
*recall*
    Of the real quotations (in the gold), the share the kit found.
*F1*
    One number for both: 2 × precision × recall / (precision + recall).
    1.0 means every quotation found, and nothing else.
*end to end*
    A quotation counts as right only if the kit found exactly the same
    words *and* the same speaker.

>>> gold = pd.DataFrame({"start": [0, 20], "end": [10, 30], "speaker": ["A", "B"]})
>>> found = pd.DataFrame({"start": [0, 40], "end": [10, 45], "speaker": ["A", "C"]})
>>> evaluate(found, gold)[["measure", "right", "precision", "recall", "f1"]]
                    measure  right  precision  recall   f1
0           quotation spans      1        0.5     0.5  0.5
1  speaker (of spans found)      1        1.0     1.0  1.0
2                end to end      1        0.5     0.5  0.5
"""

from __future__ import annotations

import csv
import io
import re
from functools import cache

import pandas as pd

from kitlib import data, vocab
from kitlib.articles import INVENTED, as_article
from kitlib.errors import ArticleError, KitError
from kitlib.quotes import NO_SPEAKER
from kitlib.quotes import tables as quotes

__all__ = [
    "ACCURACY_FILE",
    "COMPARE_COLUMNS",
    "GOLD_FILE",
    "NOT_A_QUOTATION",
    "accuracy",
    "check_speakers",
    "compare_with_gold",
    "evaluate",
    "figure",
    "gold_quotes",
    "invented_truth",
    "record_accuracy",
    "same_speaker",
]

#: The hand-annotated quotations of the two bundled articles.
GOLD_FILE = "annotations/quotes_gold.csv"

#: The kind of quoted string that is nobody's words, left out of the scores.
NOT_A_QUOTATION = "title/scare"

#: The columns of :func:`compare_with_gold`.
COMPARE_COLUMNS = ["start", "end", "quote", "gold_speaker", "kit_speaker", "outcome"]


#: The kit's measured accuracy, one row per figure (see data/evaluation/README.md).
ACCURACY_FILE = "evaluation/accuracy.csv"


@cache
def _accuracy() -> pd.DataFrame:
    table = pd.read_csv(io.StringIO(data.read_text(ACCURACY_FILE)), keep_default_na=False)
    return table.astype({"value": float, "articles": int})


def accuracy(analysis: str | None = None) -> pd.DataFrame:
    """How right the kit's analyses are on real news they were not written from.

    The one source of every accuracy figure the kit reports about itself: lessons and
    the report read it here, the benchmark scripts write it (``benchmarks/RESULTS.md``
    says how each was measured).

    Parameters
    ----------
    analysis : str, optional
        Only this analysis ("people", "quotations", "speakers", "frames", ...).

    Returns
    -------
    pandas.DataFrame
        ``analysis, measure, value, corpus, split, articles, script, measured, note``.

    Examples
    --------
    >>> table = accuracy("people")
    >>> set(table["measure"]) >= {"precision", "recall", "F1"}, set(table["split"])
    (True, {'dev'})
    """
    table = _accuracy()
    if analysis is not None:
        if analysis not in set(table["analysis"]):
            raise KitError(
                f"No accuracy is recorded for {analysis!r}. "
                f"Choose one of: {', '.join(sorted(set(table['analysis'])))}."
            )
        table = table[table["analysis"] == analysis]
    return table.reset_index(drop=True).copy()


def record_accuracy(rows: list[dict], *, replace) -> None:
    """Write measured figures into ``data/evaluation/accuracy.csv`` (for benchmark scripts).

    The rows for which ``replace(row)`` is true are dropped, ``rows`` (dicts with the
    table's columns) are appended, and the data manifest is written again, so the kit
    reads the new figures as its own.

    Parameters
    ----------
    rows : list of dict
        The new figures, one dict per row of the table.
    replace : callable
        Given an existing row (a dict of strings), True when ``rows`` replace it.

    Examples
    --------
    >>> callable(record_accuracy)  # writes the kit's data: run by benchmarks/*.py
    True
    """
    path = data.DATA / ACCURACY_FILE
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        columns = list(reader.fieldnames or [])
        kept = [row for row in reader if not replace(row)]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(kept + list(rows))
    _accuracy.cache_clear()
    data.write_manifest()


def figure(analysis: str, measure: str) -> float:
    """One accuracy figure, for a sentence in a lesson: ``figure("speakers", "attribution F1
    (name)")``.

    >>> 0 < figure("people", "F1") <= 1
    True
    """
    table = accuracy(analysis)
    found = table.loc[table["measure"] == measure, "value"]
    if found.empty:
        raise KitError(
            f"No figure {measure!r} for {analysis!r}. Choose one of: {', '.join(table['measure'])}."
        )
    return float(found.iloc[0])


def gold_quotes(article: str | None = None) -> pd.DataFrame:
    """The hand annotation (``data/annotations/quotes_gold.csv``), one row per quoted string.

    Parameters
    ----------
    article : str, optional
        ``"nbc"`` or ``"cnn"``; both articles if not given.

    Returns
    -------
    pandas.DataFrame
        Columns ``article, start, end, quote, speaker, speaker_mention,
        speaker_start, speaker_end, cue, kind, anonymous, note`` (see
        ``data/annotations/README.md``). ``speaker`` is None where the
        annotator found no speaker.

    Examples
    --------
    >>> gold = gold_quotes("nbc")
    >>> gold.loc[gold["quote"] == "sad", "speaker"].item()
    'Donald Trump'
    """
    table = pd.read_csv(data.data_path(GOLD_FILE), dtype=str, keep_default_na=False)
    for column in ("start", "end"):
        table[column] = table[column].astype(int)
    for column in ("speaker_start", "speaker_end"):
        table[column] = pd.to_numeric(table[column].replace("", None)).astype("Int64")
    table["anonymous"] = table["anonymous"] == "True"
    for column in ("speaker", "speaker_mention"):
        table[column] = table[column].map(lambda s: s or None).astype(object)
    if article is not None:
        table = table[table["article"] == article].reset_index(drop=True)
    return table


def _quotations(table: pd.DataFrame) -> pd.DataFrame:
    if "kind" in table:
        table = table[table["kind"] != NOT_A_QUOTATION]
    return table


def _name(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return ""
    return " ".join(str(value).replace("’", "'").replace("‘", "'").split()).casefold()


def _name_words(value) -> list[str]:
    return re.findall(r"[\w']+", _name(value))


#: Titles a speaker's name may carry or drop ("Sen. Tim Kaine" is "Tim Kaine").
_TITLE_WORDS = frozenset(t.rstrip(".").casefold() for t in vocab.TITLES)


def same_speaker(true_speaker, kit_speaker) -> bool:
    """Does the kit name the same speaker as the person who annotated the text?

    The one rule of the kit for "same speaker" (used by :func:`compare_with_gold`,
    :func:`evaluate` and the comparison's ``check_speakers``): both name nobody;
    or the names are the same once case, spaces, apostrophes and titles are set
    aside ("Sen. Tim Kaine" is "Tim Kaine"); or the kit gives the last name
    alone ("Kaine"). "Maya Nand" is not "Priya Nand" (same family, another
    person), and "Donald Trump Jr." is not "Donald Trump".

    Examples
    --------
    >>> same_speaker("Tim Kaine", "Sen. Tim Kaine"), same_speaker("Tim Kaine", "Kaine")
    (True, True)
    >>> same_speaker("Priya Nand", "Maya Nand"), same_speaker("Donald Trump", "Donald Trump Jr.")
    (False, False)
    >>> same_speaker(None, ""), same_speaker("a Trump aide", "A Trump aide")
    (True, True)
    """
    true_words, kit_words = _name_words(true_speaker), _name_words(kit_speaker)
    if not true_words or not kit_words:
        return not true_words and not kit_words
    true_core = [w for w in true_words if w not in _TITLE_WORDS] or true_words
    kit_core = [w for w in kit_words if w not in _TITLE_WORDS] or kit_words
    return kit_core == true_core or kit_core == true_core[-1:]


def compare_with_gold(found: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Line up the kit's quotations with the gold ones, one row per quotation in either.

    Titles and scare quotes (kind ``title/scare``) are not quotations and are left out.

    Returns
    -------
    pandas.DataFrame
        Columns ``start, end, quote, gold_speaker, kit_speaker, outcome``, where
        ``outcome`` is ``right`` (same words, same speaker), ``wrong speaker``,
        ``missed`` (in the gold only) or ``extra`` (found by the kit only).

    Examples
    --------
    >>> gold = pd.DataFrame({"start": [0], "end": [5], "quote": ["Hello"], "speaker": ["A"]})
    >>> found = pd.DataFrame({"start": [0], "end": [5], "quote": ["Hello"], "speaker": ["B"]})
    >>> compare_with_gold(found, gold)["outcome"].tolist()
    ['wrong speaker']
    """
    kit = {(r.start, r.end): r for r in _quotations(found).itertuples(index=False)}
    ref = {(r.start, r.end): r for r in _quotations(gold).itertuples(index=False)}
    rows = []
    for span in sorted(set(kit) | set(ref)):
        k, g = kit.get(span), ref.get(span)
        if k is not None and g is not None:
            same = same_speaker(g.speaker, k.speaker)
            outcome = "right" if same else "wrong speaker"
        else:
            outcome = "extra" if g is None else "missed"
        either = g if g is not None else k
        rows.append(
            {
                "start": span[0],
                "end": span[1],
                "quote": getattr(either, "quote", ""),
                "gold_speaker": None if g is None else (g.speaker or None),
                "kit_speaker": None if k is None else (_name(k.speaker) and k.speaker or None),
                "outcome": outcome,
            }
        )
    return pd.DataFrame(rows, columns=COMPARE_COLUMNS)


def _scores(right: int, kit_total: int, gold_total: int) -> dict:
    precision = right / kit_total if kit_total else 1.0
    recall = right / gold_total if gold_total else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def evaluate(found: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Precision, recall and F1 of the kit's quotations against the gold.

    Parameters
    ----------
    found : pandas.DataFrame
        :func:`kitlib.quotes.find_quotes` output (at least ``start, end, speaker``).
    gold : pandas.DataFrame
        The hand annotation of the same text (:func:`gold_quotes`), same columns.

    Returns
    -------
    pandas.DataFrame
        Three rows (``measure``: ``quotation spans``, ``speaker (of spans found)``,
        ``end to end``) with columns ``measure, right, kit_total, gold_total,
        precision, recall, f1``. For the speaker row the totals are the spans
        both found, so precision, recall and F1 are all the speaker accuracy.

    Examples
    --------
    >>> import kitlib
    >>> from kitlib.quotes import find_quotes
    >>> nbc, _ = kitlib.load_pair()
    >>> result = evaluate(find_quotes(nbc), gold_quotes("nbc"))
    >>> result[["measure", "f1"]].values.tolist()[-1]
    ['end to end', 1.0]
    """
    table = compare_with_gold(found, gold)
    kit_total = int(table["outcome"].isin(["right", "wrong speaker", "extra"]).sum())
    gold_total = int(table["outcome"].isin(["right", "wrong speaker", "missed"]).sum())
    spans = int(table["outcome"].isin(["right", "wrong speaker"]).sum())
    right = int((table["outcome"] == "right").sum())
    rows = [
        {
            "measure": "quotation spans",
            "right": spans,
            "kit_total": kit_total,
            "gold_total": gold_total,
            **_scores(spans, kit_total, gold_total),
        },
        {
            "measure": "speaker (of spans found)",
            "right": right,
            "kit_total": spans,
            "gold_total": spans,
            **_scores(right, spans, spans),
        },
        {
            "measure": "end to end",
            "right": right,
            "kit_total": kit_total,
            "gold_total": gold_total,
            **_scores(right, kit_total, gold_total),
        },
    ]
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------
# Checking the kit by hand: speakers you found yourself against the kit's
# --------------------------------------------------------------------------


def invented_truth(article_id: str) -> pd.DataFrame:
    """The true speaker of every quotation in one invented article (its author's record).

    Parameters
    ----------
    article_id : str
        ``"courier"`` or ``"evening_post"``.

    Returns
    -------
    pandas.DataFrame
        ``quote_begins`` (the quotation's first words), ``speaker``,
        ``anonymous`` (True or False) and ``note`` (how the text attributes it),
        in reading order. From ``data/invented/quotes_gold.csv``.

    >>> invented_truth("courier")["speaker"].iloc[0]
    'Helen Marsh'
    """
    table = pd.read_csv(
        data.data_path("invented/quotes_gold.csv"), dtype=str, keep_default_na=False
    )
    if article_id not in set(table["article"]):
        raise ArticleError(
            f"There is no invented article called {article_id!r}. "
            f"Choose one of: {', '.join(INVENTED)}."
        )
    rows = table[table["article"] == article_id].drop(columns="article")
    rows["anonymous"] = rows["anonymous"] == "yes"
    return rows.reset_index(drop=True)


def _plain(text) -> str:
    """Lower case, one kind of apostrophe, single spaces: for matching quotations."""
    return " ".join(str(text).replace("’", "'").replace("‘", "'").lower().split())


def check_speakers(article, truth) -> pd.DataFrame:
    """Put the speakers you found by hand next to the speakers the kit found.

    Use it to check the kit on your own articles: read a few quotations,
    write down who really says them, and see where the kit agrees.

    Parameters
    ----------
    article : Article or str
    truth : pandas.DataFrame or dict
        ``quote_begins`` (the first words of the quotation, as written) and
        ``speaker`` (who says it), optionally ``anonymous``; or a dict
        ``{first words: speaker}``.

    Returns
    -------
    pandas.DataFrame
        One row per quotation in ``truth``: ``quote_begins``,
        ``true_speaker``, ``kit_speaker`` ("(quotation not found)" if the kit
        found no quotation starting with those words) and ``agrees``: True
        when :func:`same_speaker` says the kit names the same speaker (titles
        aside, or the last name alone), or both say the source is anonymous.

    Examples
    --------
    >>> table = check_speakers('"We will win," Jane Smith said.', {"We will win": "Jane Smith"})
    >>> table[["true_speaker", "kit_speaker", "agrees"]].values.tolist()
    [['Jane Smith', 'Jane Smith', True]]
    """
    if isinstance(truth, dict):
        truth = pd.DataFrame({"quote_begins": list(truth), "speaker": list(truth.values())})
    found = quotes.find_quotes(as_article(article))
    starts = [_plain(q) for q in found["quote"]]
    rows = []
    for item in truth.itertuples(index=False):
        begins = _plain(item.quote_begins)
        matches = [i for i, q in enumerate(starts) if q.startswith(begins)]
        if not matches:
            rows.append({"quote_begins": item.quote_begins, "true_speaker": item.speaker,
                         "kit_speaker": "(quotation not found)", "agrees": False})  # fmt: skip
            continue
        kit = found.iloc[matches[0]]
        anonymous = bool(getattr(item, "anonymous", False))
        agrees = (anonymous and bool(kit["anonymous"])) or (
            isinstance(kit["speaker"], str) and same_speaker(item.speaker, kit["speaker"])
        )
        rows.append(
            {
                "quote_begins": item.quote_begins,
                "true_speaker": item.speaker,
                "kit_speaker": kit["speaker"] if isinstance(kit["speaker"], str) else NO_SPEAKER,
                "agrees": bool(agrees),
            }
        )
    return pd.DataFrame(rows, columns=["quote_begins", "true_speaker", "kit_speaker", "agrees"])
