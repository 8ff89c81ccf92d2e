"""Quotes: who gets to speak, in whose words, and how the reporter introduces them.

The public face of ``kitlib.quotes``: import from here. The modules inside:

- ``marks``: pairing quotation marks.
- ``phrases``: cues and speaker phrases.
- ``reading``: one text read once for its speakers.
- ``rules``: the speaker rules, one function each: they propose mentions.
- ``resolving``: who a mention stands for (names, he/she, it, they, descriptions).
- ``choosing``: the candidates and the learned chooser that picks one.
- ``tables``: the quotations table and what is built on it.
"""

from __future__ import annotations

from kitlib.quotes.choosing import CHECK_BELOW, FEATURES, NAME_BELOW, RULES_ONLY
from kitlib.quotes.rules import (
    RULES,
)
from kitlib.quotes.tables import (
    NO_SPEAKER,
    NOT_NAMED,
    QUOTE_COLUMNS,
    UNNAMED,
    attribution_verbs,
    camp_of,
    explain,
    find_quotes,
    naive_quotes,
    quote_share,
    quote_speakers,
    speaker_candidates,
    spoken_quotations,
)

__all__ = [
    "CHECK_BELOW",
    "FEATURES",
    "NAME_BELOW",
    "NOT_NAMED",
    "NO_SPEAKER",
    "QUOTE_COLUMNS",
    "RULES",
    "RULES_ONLY",
    "UNNAMED",
    "attribution_verbs",
    "camp_of",
    "explain",
    "find_quotes",
    "naive_quotes",
    "quote_share",
    "quote_speakers",
    "speaker_candidates",
    "spoken_quotations",
]
