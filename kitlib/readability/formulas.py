"""The published readability formulas, as plain arithmetic on counts.

Each function takes the counts a formula needs (words, sentences, syllables,
...) and returns the figure; :mod:`kitlib.readability` makes the counts from an
article (with :mod:`kitlib.readability.counting`) and applies these. Keeping them apart
lets a student check any figure by hand from the counts:

>>> round(flesch_kincaid_grade(words=100, sentences=5, syllables=150), 2)
9.91
"""

from __future__ import annotations

import math

__all__ = [
    "ratio",
    "ARI_CHARACTER_WEIGHT",
    "ARI_CONSTANT",
    "ARI_SENTENCE_WEIGHT",
    "COLEMAN_LIAU_CONSTANT",
    "COLEMAN_LIAU_LETTER_WEIGHT",
    "COLEMAN_LIAU_SENTENCE_WEIGHT",
    "COUNTS",
    "DALE_CHALL_ADJUSTMENT",
    "DALE_CHALL_DIFFICULT_WEIGHT",
    "DALE_CHALL_SENTENCE_WEIGHT",
    "DALE_CHALL_THRESHOLD",
    "FIGURES",
    "FLESCH_BASE",
    "FLESCH_SENTENCE_WEIGHT",
    "FLESCH_SYLLABLE_WEIGHT",
    "FOG_WEIGHT",
    "KINCAID_CONSTANT",
    "KINCAID_SENTENCE_WEIGHT",
    "KINCAID_SYLLABLE_WEIGHT",
    "SMOG_CONSTANT",
    "SMOG_MIN_SENTENCES",
    "SMOG_SAMPLE",
    "SMOG_WEIGHT",
    "TEXTSTAT_COLEMAN_LIAU_LETTER_WEIGHT",
    "automated_readability_index",
    "coleman_liau",
    "dale_chall",
    "flesch_kincaid_grade",
    "flesch_reading_ease",
    "gunning_fog",
    "scores",
    "smog",
]

# --------------------------------------------------------------------------
# Constants from the published formulas
# --------------------------------------------------------------------------

#: Flesch (1948): base, weight of words per sentence, weight of syllables per word.
FLESCH_BASE, FLESCH_SENTENCE_WEIGHT, FLESCH_SYLLABLE_WEIGHT = 206.835, 1.015, 84.6
#: Kincaid et al. (1975): weights and constant of the Flesch–Kincaid grade.
KINCAID_SENTENCE_WEIGHT, KINCAID_SYLLABLE_WEIGHT, KINCAID_CONSTANT = 0.39, 11.8, -15.59
#: Gunning (1952): the Fog index is 0.4 × (words per sentence + % complex words).
FOG_WEIGHT = 0.4
#: McLaughlin (1969): SMOG = 1.043 × √(polysyllables × 30 / sentences) + 3.1291.
SMOG_WEIGHT, SMOG_CONSTANT, SMOG_SAMPLE = 1.043, 3.1291, 30
#: McLaughlin built SMOG on samples of 30 sentences; fewer make it shaky.
SMOG_MIN_SENTENCES = 30
#: Coleman & Liau (1975): weights of letters and sentences per 100 words, constant.
COLEMAN_LIAU_LETTER_WEIGHT = 0.0588
COLEMAN_LIAU_SENTENCE_WEIGHT, COLEMAN_LIAU_CONSTANT = 0.296, -15.8
#: textstat 0.7.8 uses 0.058 for the letter weight (a deviation from the paper).
TEXTSTAT_COLEMAN_LIAU_LETTER_WEIGHT = 0.058
#: Smith & Senter (1967): ARI weights and constant.
ARI_CHARACTER_WEIGHT, ARI_SENTENCE_WEIGHT, ARI_CONSTANT = 4.71, 0.5, -21.43
#: Dale & Chall (1948): weights, and the adjustment when over 5 % of words are difficult.
DALE_CHALL_DIFFICULT_WEIGHT, DALE_CHALL_SENTENCE_WEIGHT = 0.1579, 0.0496
DALE_CHALL_ADJUSTMENT, DALE_CHALL_THRESHOLD = 3.6365, 5.0


#: The readability figures, their labels, and how to read them.
#: ``grade``: a US school grade; ``ease``: 0–100, higher is easier; ``score``: higher is harder.
FIGURES = {
    "flesch_reading_ease": ("Flesch Reading Ease", "ease"),
    "flesch_kincaid_grade": ("Flesch–Kincaid grade", "grade"),
    "gunning_fog": ("Gunning Fog", "grade"),
    "smog": ("SMOG", "grade"),
    "coleman_liau": ("Coleman–Liau", "grade"),
    "automated_readability_index": ("Automated Readability Index", "grade"),
    "dale_chall": ("Dale–Chall", "score"),
}

#: The counts behind the figures, in the order tables show them.
COUNTS = (
    "sentences",
    "words",
    "syllables",
    "letters",
    "polysyllables",
    "complex_words",
    "difficult_words",
)


# --------------------------------------------------------------------------
# The formulas: plain arithmetic on counts
# --------------------------------------------------------------------------


def ratio(top: float, bottom: float) -> float:
    """``top / bottom``, or NaN when there is nothing to divide by (an empty text)."""
    return top / bottom if bottom else math.nan


def flesch_reading_ease(words: int, sentences: int, syllables: int) -> float:
    """Flesch Reading Ease (Flesch 1948): 0–100, higher is easier.

    >>> round(flesch_reading_ease(words=100, sentences=5, syllables=150), 2)
    59.64
    """
    return (
        FLESCH_BASE
        - FLESCH_SENTENCE_WEIGHT * ratio(words, sentences)
        - FLESCH_SYLLABLE_WEIGHT * ratio(syllables, words)
    )


def flesch_kincaid_grade(words: int, sentences: int, syllables: int) -> float:
    """Flesch–Kincaid grade level (Kincaid et al. 1975).

    >>> round(flesch_kincaid_grade(words=100, sentences=5, syllables=150), 2)
    9.91
    """
    return (
        KINCAID_SENTENCE_WEIGHT * ratio(words, sentences)
        + KINCAID_SYLLABLE_WEIGHT * ratio(syllables, words)
        + KINCAID_CONSTANT
    )


def gunning_fog(words: int, sentences: int, complex_words: int) -> float:
    """Gunning Fog index (Gunning 1952): a grade level.

    >>> round(gunning_fog(words=100, sentences=5, complex_words=10), 2)
    12.0
    """
    return FOG_WEIGHT * (ratio(words, sentences) + 100 * ratio(complex_words, words))


def smog(sentences: int, polysyllables: int) -> float:
    """SMOG grade (McLaughlin 1969); meant for samples of 30 sentences.

    >>> round(smog(sentences=30, polysyllables=30), 2)
    8.84
    """
    return SMOG_WEIGHT * math.sqrt(polysyllables * ratio(SMOG_SAMPLE, sentences)) + SMOG_CONSTANT


def coleman_liau(
    letters: int, words: int, sentences: int, *, letter_weight: float = COLEMAN_LIAU_LETTER_WEIGHT
) -> float:
    """Coleman–Liau index (Coleman & Liau 1975): a grade level from letters, not syllables.

    ``letter_weight`` is 0.0588 as published; textstat uses 0.058
    (:data:`TEXTSTAT_COLEMAN_LIAU_LETTER_WEIGHT`).

    >>> round(coleman_liau(letters=500, words=100, sentences=5), 2)
    12.12
    """
    per_100_letters = 100 * ratio(letters, words)
    per_100_sentences = 100 * ratio(sentences, words)
    return (
        letter_weight * per_100_letters
        - COLEMAN_LIAU_SENTENCE_WEIGHT * per_100_sentences
        + COLEMAN_LIAU_CONSTANT
    )


def automated_readability_index(characters: int, words: int, sentences: int) -> float:
    """Automated Readability Index (Smith & Senter 1967): a grade level.

    >>> round(automated_readability_index(characters=500, words=100, sentences=5), 2)
    12.12
    """
    return (
        ARI_CHARACTER_WEIGHT * ratio(characters, words)
        + ARI_SENTENCE_WEIGHT * ratio(words, sentences)
        + ARI_CONSTANT
    )


def dale_chall(difficult_words: int, words: int, sentences: int) -> float:
    """Dale–Chall score (Dale & Chall 1948), with the adjustment over 5 % difficult words.

    >>> round(dale_chall(difficult_words=10, words=100, sentences=5), 4)
    6.2075
    """
    percent_difficult = 100 * ratio(difficult_words, words)
    score = DALE_CHALL_DIFFICULT_WEIGHT * percent_difficult + DALE_CHALL_SENTENCE_WEIGHT * ratio(
        words, sentences
    )
    if percent_difficult > DALE_CHALL_THRESHOLD:
        score += DALE_CHALL_ADJUSTMENT
    return score


def scores(counts: dict) -> dict:
    """All seven figures from a dict of counts (keys as in :data:`COUNTS`).

    Examples
    --------
    >>> figures = scores({"words": 100, "sentences": 5, "syllables": 150, "letters": 480,
    ...                   "polysyllables": 10, "complex_words": 10, "difficult_words": 12})
    >>> round(figures["flesch_kincaid_grade"], 2)
    9.91
    """
    words, sentences = counts["words"], counts["sentences"]
    return {
        "flesch_reading_ease": flesch_reading_ease(words, sentences, counts["syllables"]),
        "flesch_kincaid_grade": flesch_kincaid_grade(words, sentences, counts["syllables"]),
        "gunning_fog": gunning_fog(words, sentences, counts["complex_words"]),
        "smog": smog(sentences, counts["polysyllables"]),
        "coleman_liau": coleman_liau(counts["letters"], words, sentences),
        "automated_readability_index": automated_readability_index(
            counts["letters"], words, sentences
        ),
        "dale_chall": dale_chall(counts["difficult_words"], words, sentences),
    }
