"""Tone: VADER's score for each sentence, a lesson in what word lists miss.

Split out of :mod:`kitlib.words` (which re-exports both functions, so
``words.tone`` and ``words.phrase_tone`` keep working).
"""

from __future__ import annotations

from functools import cache

import pandas as pd

from kitlib.articles import FIRST_PARAGRAPH, Article, as_article, with_article
from kitlib.errors import KitError
from kitlib.text import FIRST_SENTENCE

__all__ = ["phrase_tone", "tone"]


@cache
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def tone(article: Article | str) -> pd.DataFrame:
    """VADER's tone score for every sentence: a lesson in what word lists miss.

    VADER (Hutto & Gilbert 2014) adds up the tone of the words it knows, with
    rules for "not", "very" and capitals. It was built for social-media posts and
    knows nothing about who is speaking or about foreign policy: "met with
    American strength" scores as positive because "strength" is a positive word.

    Returns
    -------
    pandas.DataFrame
        ``paragraph, sentence, text, negative, neutral, positive, compound``
        (compound runs from -1, most negative, to +1, most positive).

    Reference: Hutto, C. J., & Gilbert, E. (2014). VADER: A parsimonious
    rule-based model for sentiment analysis of social media text. Proceedings
    of ICWSM, 8(1), 216–225.

    Examples
    --------
    >>> import kitlib
    >>> nbc, _ = kitlib.load_pair()
    >>> table = tone(nbc)
    >>> int(table["sentence"].min()), bool(table["compound"].between(-1, 1).all())
    (1, True)
    """
    article = as_article(article)
    rows = []
    for number, (paragraph, s, e) in enumerate(article.sentence_spans, FIRST_SENTENCE):
        sentence = article.text[s:e]
        scores = _vader().polarity_scores(sentence)
        rows.append(
            {
                "paragraph": paragraph + FIRST_PARAGRAPH,
                "sentence": number,
                "text": sentence,
                "negative": scores["neg"],
                "neutral": scores["neu"],
                "positive": scores["pos"],
                "compound": scores["compound"],
            }
        )
    columns = ["paragraph", "sentence", "text", "negative", "neutral", "positive", "compound"]
    return with_article(pd.DataFrame(rows, columns=columns), article)


def phrase_tone(phrase: str) -> pd.DataFrame:
    """VADER's scores for one phrase or sentence you type in.

    Returns
    -------
    pandas.DataFrame
        One row: ``text, negative, neutral, positive, compound``.

    Examples
    --------
    >>> phrase_tone("met with American strength")["compound"].iloc[0] > 0
    np.True_
    """
    if not isinstance(phrase, str) or not phrase.strip():
        raise KitError('Give phrase_tone some words in quotes: phrase_tone("a fine day").')
    scores = _vader().polarity_scores(phrase)
    row = {"text": phrase, "negative": scores["neg"], "neutral": scores["neu"]}
    row |= {"positive": scores["pos"], "compound": scores["compound"]}
    return pd.DataFrame([row])
