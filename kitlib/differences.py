"""Saying in words how two articles differ: one home for every such sentence.

The comparison's summary (:func:`describe_difference`) and the readability
table (:func:`describe_gap`, through :func:`kitlib.readability.what_it_means`)
both write their ``difference``/``meaning`` sentences here, with one table of
the gaps too small to mean anything (:data:`ABOUT_THE_SAME`), so the report
and the lessons never disagree about when two figures are "about the same".

>>> describe_difference({"NBC News": 611, "CNN": 1068}, unit="words")
'CNN: 457 more words than NBC News'
>>> name_the_articles(_, {"CNN": "this CNN article", "NBC News": "this NBC News article"})
'this CNN article: 457 more words than this NBC News article'
>>> describe_gap("grade", "", 2.2, "NBC News", "CNN")
'CNN: about two grade levels harder than NBC News'
"""

from __future__ import annotations

import math
import re

from kitlib import vocab

__all__ = [
    "ABOUT_THE_SAME",
    "ONE_ARTICLE",
    "article_phrase",
    "describe_difference",
    "describe_gap",
    "name_the_articles",
]

#: What one article can and cannot show about its outlet: the report opens with it.
ONE_ARTICLE = (
    "This report compares articles, not outlets. One article shows the choices made in "
    "that story, on that day, by its reporters and editors: who is named first, who is "
    "quoted, which words are used. It cannot show what an outlet usually does; for that, "
    "compare many articles from each outlet on many stories (framing-kit batch). So every "
    'difference below is said of "this … article", never of the outlet.'
)

#: For each kind of readability figure, the gap below which two articles count as
#: "about the same": half a grade level, 5 points of Flesch Reading Ease (0-100),
#: half a Dale-Chall point. The summary and the readability table both use it.
ABOUT_THE_SAME = {"grade": 0.5, "ease": 5, "score": 0.5}


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _show(value, unit: str = "") -> str:
    if isinstance(value, float):
        shown = f"{value:,.1f}" if abs(value) >= 1 or value == 0 else f"{value:.2f}"
    elif isinstance(value, int):
        shown = f"{value:,}"
    else:
        shown = str(value)
    return f"{shown}{unit}" if unit in ("%",) else shown


def describe_difference(
    values: dict, *, unit: str = "", higher_means: str = "", within: float = 0
) -> str:
    """Say in words how the articles differ on one measure.

    Parameters
    ----------
    values : dict
        ``{article name: value}``, in article order.
    unit : str
        What the numbers count ("words", "%", "" for a score).
    higher_means : str
        What a higher value means, added in brackets ("harder to read").
    within : float
        Differences this small or smaller are "about the same" (for figures
        such as readability grades, where a small gap means nothing).

    Returns
    -------
    str
        For example ``"CNN: 466 more words than NBC News"`` or ``"the same"``.

    >>> describe_difference({"A": 10, "B": 12}, unit="words")
    'B: 2 more words than A'
    >>> describe_difference({"A": 10.2, "B": 10.4}, within=0.5)
    'about the same (within 0.5)'
    >>> describe_difference({"A": "Pence", "B": "Pence"})
    'the same'
    """
    shown = {k: v for k, v in values.items() if v is not None and v == v and v != ""}
    if len(shown) < len(values):
        missing = [k for k in values if k not in shown]
        return f"not measured for {', '.join(missing)}"
    numbers = all(_is_number(v) for v in shown.values())
    if not numbers:
        texts = {str(v).strip().lower() for v in shown.values()}
        return "the same" if len(texts) == 1 else "different"
    if len(set(shown.values())) == 1:
        return "the same"
    ordered = sorted(shown.items(), key=lambda kv: kv[1])
    (low_name, low), (high_name, high) = ordered[0], ordered[-1]
    extra = f" ({higher_means})" if higher_means else ""
    if within and high - low <= within:
        points = " percentage points" if unit == "%" else ""
        return f"about the same (within {within:g}{points})"
    if len(values) > 2:
        return (
            f"highest: {high_name} ({_show(high, unit)}); lowest: {low_name} ({_show(low, unit)})"
        )
    gap = high - low
    if unit == "%":
        return f"{high_name}: {_show(gap)} percentage points more than {low_name}{extra}"
    if not unit:
        return f"{high_name}: {_show(gap)} higher than {low_name}{extra}"
    if gap == 1 and unit.endswith("s"):
        unit = unit[:-1]  # "1 more place", not "1 more places"
    return f"{high_name}: {_show(gap)} more {unit} than {low_name}{extra}"


def _in_words(n: int) -> str:
    return vocab.NUMBER_WORDS[n] if 0 <= n < len(vocab.NUMBER_WORDS) else str(n)


def describe_gap(kind: str, unit: str, difference: float, first: str, second: str) -> str:
    """Say in words what ``second − first`` means for one readability figure.

    ``kind`` is the figure's kind: ``"grade"`` (a school grade), ``"ease"``
    (Flesch Reading Ease, 0–100, higher is easier), ``"score"`` (Dale–Chall)
    or anything else for a plain count, named by ``unit``. Gaps smaller than
    :data:`ABOUT_THE_SAME` for the kind are "about the same".
    :func:`kitlib.readability.what_it_means` looks up a figure's kind and calls this.

    >>> describe_gap("grade", "", 2.2, "NBC News", "CNN")
    'CNN: about two grade levels harder than NBC News'
    >>> describe_gap("ease", "", 3.0, "NBC News", "CNN")
    'about the same (within 5 points)'
    >>> describe_gap("count", "words per sentence", 6.68, "NBC News", "CNN")
    'CNN: 6.7 more words per sentence than NBC News'
    """
    if math.isnan(difference):
        return "cannot compare (a figure is missing)"
    if kind == "grade":
        levels = round(abs(difference))
        if abs(difference) <= ABOUT_THE_SAME["grade"]:
            return "about the same (less than half a grade level apart)"
        harder = difference > 0
        plural = "level" if levels == 1 else "levels"
        return (f"{second}: about {_in_words(levels)} grade {plural} "
                f"{'harder' if harder else 'easier'} than {first}")  # fmt: skip
    if kind == "ease":
        if abs(difference) < ABOUT_THE_SAME["ease"]:
            return f"about the same (within {ABOUT_THE_SAME['ease']:g} points)"
        easier = difference > 0
        return (f"{second}: {abs(difference):.0f} points {'easier' if easier else 'harder'} "
                f"than {first} on a 0–100 scale")  # fmt: skip
    if kind == "score":
        if abs(difference) < ABOUT_THE_SAME["score"]:
            return "about the same (less than half a point apart)"
        direction = "harder" if difference > 0 else "easier"
        return (f"{second}: {abs(difference):.1f} points {direction} "
                f"than {first} (one Dale–Chall point is roughly one to two grades)")  # fmt: skip
    if abs(difference) < 0.005:
        return "about the same"
    more = "more" if difference > 0 else "fewer"
    return f"{second}: {abs(difference):.2g} {more} {unit} than {first}"


def article_phrase(name: str, *, outlet: str | None = None) -> str:
    """How a difference names one article: "this CNN article", or its own name.

    An article with an outlet is "this <name> article" (its label, which is the outlet,
    numbered if two articles share it); an article without one is called by its label
    (the file's name), so a difference never reads as a claim about an outlet.

    >>> article_phrase("New York Times", outlet="New York Times")
    'this New York Times article'
    >>> article_phrase("story_2")
    'story_2'
    """
    return f"this {name} article" if outlet else name


def name_the_articles(sentence: str, phrases: dict[str, str]) -> str:
    """``sentence`` with each article's label replaced by its phrase (:func:`article_phrase`).

    Labels are replaced as whole words, the longest first, so "CNN" inside
    "CNN (2)" is left to the longer label.

    >>> phrases = {"CNN": "this CNN article", "NBC News": "this NBC News article"}
    >>> name_the_articles("CNN: 457 more words than NBC News", phrases)
    'this CNN article: 457 more words than this NBC News article'
    """
    changed = {label: phrase for label, phrase in phrases.items() if label != phrase}
    if not changed:
        return sentence
    labels = sorted(changed, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, labels)) + r")(?![\w])")
    return pattern.sub(lambda m: changed[m.group(0)], sentence)
