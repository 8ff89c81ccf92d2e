"""Readability: how hard is a text to read, by the classic formulas?

The public face of ``kitlib.readability``: import from here. The modules inside:

- ``formulas``: the published formulas as arithmetic.
- ``counting``: syllables, complex and easy words.
- ``tables``: the tables of an article.
"""

from __future__ import annotations

from kitlib.readability.counting import (
    easy_words,
    syllable_count,
)
from kitlib.readability.formulas import (
    COUNTS,
    FIGURES,
    SMOG_MIN_SENTENCES,
    TEXTSTAT_COLEMAN_LIAU_LETTER_WEIGHT,
    automated_readability_index,
    coleman_liau,
    dale_chall,
    flesch_kincaid_grade,
    flesch_reading_ease,
    gunning_fog,
    scores,
    smog,
)
from kitlib.readability.tables import (
    PASSAGE_WORDS,
    against_textstat,
    compare_readability,
    hardest_sentences,
    inner_stops,
    paragraph_grades,
    paragraph_readability,
    passage_grades,
    passage_readability,
    preprocessing_effect,
    readability,
    sentence_lengths,
    sentence_readability,
    syllables,
    textstat_counts,
    textstat_figures,
    what_it_means,
)

__all__ = [
    "COUNTS",
    "FIGURES",
    "SMOG_MIN_SENTENCES",
    "TEXTSTAT_COLEMAN_LIAU_LETTER_WEIGHT",
    "against_textstat",
    "automated_readability_index",
    "coleman_liau",
    "compare_readability",
    "dale_chall",
    "easy_words",
    "flesch_kincaid_grade",
    "flesch_reading_ease",
    "gunning_fog",
    "hardest_sentences",
    "inner_stops",
    "PASSAGE_WORDS",
    "paragraph_grades",
    "paragraph_readability",
    "passage_grades",
    "passage_readability",
    "preprocessing_effect",
    "readability",
    "scores",
    "sentence_lengths",
    "sentence_readability",
    "smog",
    "syllable_count",
    "syllables",
    "textstat_counts",
    "textstat_figures",
    "what_it_means",
]
