"""Word choice: distinctive words, keyword in context, loaded words, speech verbs, tone.

The public face of ``kitlib.words``: import from here. The modules inside:

- ``tables``: distinctive words, keywords in context, loaded words, speech verbs.
- ``sentiment``: VADER's tone per sentence.
"""

from __future__ import annotations

from kitlib.words.sentiment import (
    phrase_tone,
    tone,
)
from kitlib.words.tables import (
    attribution_tally,
    background,
    chance_level,
    distinctive_words,
    inside_quotation,
    kwic,
    lexicon,
    loaded_words,
    log_odds,
    permutation_check,
    prior_strength_for,
    speech_verbs,
    standing_out,
    tokens,
    verb_class,
    verdict,
    word_kind,
)

__all__ = [
    "attribution_tally",
    "background",
    "chance_level",
    "distinctive_words",
    "inside_quotation",
    "kwic",
    "lexicon",
    "loaded_words",
    "log_odds",
    "permutation_check",
    "phrase_tone",
    "prior_strength_for",
    "speech_verbs",
    "standing_out",
    "tokens",
    "tone",
    "verb_class",
    "verdict",
    "word_kind",
]
