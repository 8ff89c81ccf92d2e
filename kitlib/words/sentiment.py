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

__all__ = [
    "TONE_MAX_WORDS",
    "phrase_tone",
    "tone",
]


#: VADER reads a sentence of at most this many words at once. Its time grows with
#: the square of a sentence's length (for every word it knows, it lower-cases the
#: whole sentence again), so a longer sentence (a transcript with no full stop) is
#: read in parts of this many words, and its scores are the parts' scores averaged,
#: each weighted by its words. News sentences are far shorter (the longest of
#: PolNeAR's 924 train and dev articles has 252 words).
TONE_MAX_WORDS = 400


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
    A sentence of more than :data:`TONE_MAX_WORDS` words (a transcript with no
    full stop) is scored in parts of that many words, averaged by their words.

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
        scores = _scores(sentence)
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


def _scores(sentence: str) -> dict[str, float]:
    """VADER's scores of one sentence; a sentence of more than :data:`TONE_MAX_WORDS`
    words is scored in parts, and the parts' scores averaged by their words."""
    words = sentence.split()
    if len(words) <= TONE_MAX_WORDS:
        return _vader().polarity_scores(sentence)
    total = dict.fromkeys(("neg", "neu", "pos", "compound"), 0.0)
    for i in range(0, len(words), TONE_MAX_WORDS):
        part = words[i : i + TONE_MAX_WORDS]
        for key, value in _vader().polarity_scores(" ".join(part)).items():
            total[key] += value * len(part)
    return {
        key: round(value / len(words), 4 if key == "compound" else 3)
        for key, value in total.items()
    }


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
