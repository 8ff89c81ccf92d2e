"""Quotes: who gets to speak, in whose words, and how the reporter introduces them.

The public face of ``kitlib.quotes``: import from here. The modules inside:

- ``marks``: pairing quotation marks.
- ``phrases``: cues and speaker phrases.
- ``reading``: one text read once for its speakers.
- ``rules``: the speaker rules, one function each.
- ``tables``: the quotations table and what is built on it.
"""

from __future__ import annotations

from kitlib.quotes.rules import (
    RULES,
)
from kitlib.quotes.tables import (
    NO_SPEAKER,
    QUOTE_COLUMNS,
    attribution_verbs,
    camp_of,
    explain,
    find_quotes,
    naive_quotes,
    quote_share,
    quote_speakers,
    spoken_quotations,
)

__all__ = [
    "NO_SPEAKER",
    "QUOTE_COLUMNS",
    "RULES",
    "attribution_verbs",
    "camp_of",
    "explain",
    "find_quotes",
    "naive_quotes",
    "quote_share",
    "quote_speakers",
    "spoken_quotations",
]
