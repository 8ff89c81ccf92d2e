"""Is this text in English? A quick, offline check.

Most of the kit's measures are built for English: readability formulas
count English syllables, the attribution verbs and frame word lists are
English words. So when an article is loaded, the kit checks its language
and warns if it does not look like English.

How the check works: English prose is full of small, very common words
("the", "of", "and", "said", "that"). The kit takes the words of the text
that are written in lower case (capitalised words are mostly names, which
belong to no language) and counts how many of them are among the
:data:`VOCABULARY_SIZE` most frequent English words. In English news
writing that share is well above one half; in French, German, Spanish,
Italian, Dutch or Portuguese it is below a tenth, and in Chinese, Arabic or
Russian it is zero. :data:`ENGLISH_SHARE_THRESHOLD` sits between the two.

The word list comes from the ``wordfreq`` package (Robyn Speer, 2022,
"rspeer/wordfreq: v3.0", Zenodo, https://doi.org/10.5281/zenodo.7199437),
which ships its frequency tables inside the package: nothing is downloaded.

>>> english_share("The senator said that the plan was not the answer.") > ENGLISH_SHARE_THRESHOLD
True
>>> looks_english("Le sénateur a dit que le plan n'était pas la réponse du gouvernement.")
False
"""

from __future__ import annotations

from functools import cache

from kitlib.articles.article import Article
from kitlib.errors import NotEnglishError
from kitlib.text import LANGUAGE_WORD

__all__ = [
    "ENGLISH_ONLY_NOTE",
    "ENGLISH_SHARE_THRESHOLD",
    "MIN_WORDS_TO_JUDGE",
    "SHORT_TEXT_NOTE",
    "VOCABULARY_SIZE",
    "caution",
    "check_english",
    "common_english_words",
    "english_share",
    "language_check",
    "looks_english",
]

#: How many of the most frequent English words count as "common English words".
VOCABULARY_SIZE = 500

#: A text is taken as English when at least this share of its lower-case words
#: are common English words. Measured on the kit's samples: English news and
#: science prose 0.38–0.69; French, German, Spanish, Italian, Dutch and
#: Portuguese 0.03–0.08; Chinese, Arabic and Russian 0.00 (see tests/test_loading_errors.py
#: and benchmarks/RESULTS.md).
ENGLISH_SHARE_THRESHOLD = 0.25

#: With fewer words than this, the kit does not judge the language at all.
MIN_WORDS_TO_JUDGE = 8


#: The note on figures that only mean something for English text.
ENGLISH_ONLY_NOTE = "English-only figure; this text does not look like English"

#: The note on figures computed from a text under kitlib.articles.MIN_WORDS words.
SHORT_TEXT_NOTE = "short text; this figure means little"


def caution(meta: dict) -> str:
    """Why an article's figures should be read with care, from its ``meta``; "" if not.

    Loading sets ``meta["looks_english"]`` and ``meta["short_text"]``; tables
    of English-only figures (readability, :func:`kitlib.analyze_many`) show
    this note beside them.

    >>> caution({"looks_english": False, "short_text": False})
    'English-only figure; this text does not look like English'
    >>> caution({"looks_english": True, "short_text": False})
    ''
    """
    notes = []
    if not meta.get("looks_english", True):
        notes.append(ENGLISH_ONLY_NOTE)
    if meta.get("short_text", False):
        notes.append(SHORT_TEXT_NOTE)
    return "; ".join(notes)


@cache
def common_english_words() -> frozenset[str]:
    """The :data:`VOCABULARY_SIZE` most frequent English words, from wordfreq's tables."""
    from wordfreq import top_n_list

    return frozenset(top_n_list("en", VOCABULARY_SIZE))


def _judged_words(text: str) -> list[str]:
    """The words the check looks at: lower-case ones, or all of them in an all-capitals text."""
    words = LANGUAGE_WORD.findall(text)
    lower = [w for w in words if not w[0].isupper()]
    chosen = lower if len(lower) >= MIN_WORDS_TO_JUDGE else words
    return [w.lower() for w in chosen]


def english_share(text: str) -> float | None:
    """The share of the text's words that are common English words (0 to 1).

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    float or None
        The share, or ``None`` when the text has fewer than
        :data:`MIN_WORDS_TO_JUDGE` words (too few to judge).

    Examples
    --------
    >>> round(english_share("It was the best of times, it was the worst of times."), 2)
    0.91
    >>> english_share("Hello!") is None
    True
    """
    words = _judged_words(text)
    if len(words) < MIN_WORDS_TO_JUDGE:
        return None
    common = common_english_words()
    return sum(w in common for w in words) / len(words)


def looks_english(text: str) -> bool:
    """True unless the text clearly is not English (too short to judge counts as English).

    >>> looks_english("Der Kandidat sagte, die Vereinigten Staaten sollten bereit sein.")
    False
    """
    share = english_share(text)
    return share is None or share >= ENGLISH_SHARE_THRESHOLD


def language_check(text: str) -> dict:
    """What the kit records about a text's language, for an article's ``meta``.

    Returns
    -------
    dict
        ``english_share`` (float or None), ``looks_english`` (bool) and
        ``language_warning`` (a sentence for the reader, or None when the
        text looks English).

    Examples
    --------
    >>> language_check("Short.")["looks_english"]
    True
    """
    share = english_share(text)
    english = share is None or share >= ENGLISH_SHARE_THRESHOLD
    warning = None
    if not english:
        warning = (
            f"This text does not look like English: only {share:.0%} of its words are "
            f"common English words (English news is usually above {ENGLISH_SHARE_THRESHOLD:.0%}). "
            "The kit's measures are built for English: readability scores, syllable "
            "counts, quotation verbs and frame word lists will mean little for it."
        )
    return {"english_share": share, "looks_english": english, "language_warning": warning}


def check_english(article: Article) -> None:
    """Raise :class:`NotEnglishError` if the article's text does not look like English.

    Uses :func:`kitlib.articles.language.english_share`; texts too short to judge pass.
    """
    share = english_share(article.text)
    if share is not None and share < ENGLISH_SHARE_THRESHOLD:
        raise NotEnglishError(
            f"{article.name!r} does not look like English: only {share:.0%} of its words are "
            f"common English words (English news is usually above "
            f"{ENGLISH_SHARE_THRESHOLD:.0%}). The kit's analyses (syllables, "
            "quotation verbs, word lists) only work on English. Check that you loaded the "
            "right file, or compare two English articles."
        )
