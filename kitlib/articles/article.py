"""The Article: one news article as received, cleaned, and split into paragraphs and sentences.

Every loader in :mod:`kitlib.articles.loading` returns one; every analysis takes one.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from kitlib.text import FIRST_PARAGRAPH, FIRST_SENTENCE, WORD

__all__ = ["Article"]


@dataclass(frozen=True, eq=False)
class Article:
    """One news article: as received, cleaned, and split into paragraphs and sentences.

    Attributes
    ----------
    raw : str
        The text exactly as received (for a saved web page: the text the extractor found).
    text : str
        The cleaned text; paragraphs are separated by one blank line.
    meta : dict
        ``id``, ``outlet``, ``headline``, ``dek``, ``url``, ``published`` and notes.
    log : pandas.DataFrame
        Every cleaning change: ``step, before, after, start, end, why``.
    artifacts : pandas.DataFrame
        Problems found but not repaired: ``kind, start, end, excerpt, explanation``.
    paragraph_spans : tuple of (start, end)
        Where each paragraph is in ``text``.
    sentence_spans : tuple of (paragraph, start, end)
        Where each sentence is in ``text``, with its paragraph's index (0 is the lead;
        tables add :data:`FIRST_PARAGRAPH`).

    Examples
    --------
    >>> import kitlib
    >>> nbc, _ = kitlib.load_pair()
    >>> nbc.name, len(nbc.paragraphs), nbc.paragraph_number(0)
    ('NBC News', 20, 1)
    >>> nbc.text[:11] == nbc.paragraphs[0][:11]
    True
    """

    raw: str
    text: str
    meta: dict = field(repr=False)
    log: pd.DataFrame = field(repr=False)
    artifacts: pd.DataFrame = field(repr=False)
    paragraph_spans: tuple[tuple[int, int], ...] = field(repr=False)
    sentence_spans: tuple[tuple[int, int, int], ...] = field(repr=False)
    #: Tables the analyses computed from this article, kept by :meth:`remembered`.
    _remembered: dict = field(default_factory=dict, init=False, repr=False)

    def remembered(self, key: tuple, make: Callable[[], pd.DataFrame]) -> pd.DataFrame:
        """A table computed once per article: ``make()`` the first time, a copy of it after.

        An analysis that several parts of the kit ask for (the quotations are read
        by the report's quotation section and by the frame coder) is computed once;
        every caller gets its own copy, so changing one changes nothing else.

        >>> import kitlib
        >>> nbc, _ = kitlib.load_pair()
        >>> calls = []
        >>> make = lambda: calls.append(1) or pd.DataFrame({"n": [1]})
        >>> first, second = nbc.remembered(("demo",), make), nbc.remembered(("demo",), make)
        >>> len(calls), first.equals(second), first is second
        (1, True, False)
        """
        if key not in self._remembered:
            self._remembered[key] = make()
        return self._remembered[key].copy()

    @property
    def paragraphs(self) -> list[str]:
        """The paragraphs of the cleaned text."""
        return [self.text[s:e] for s, e in self.paragraph_spans]

    @property
    def sentences(self) -> list[str]:
        """The sentences of the cleaned text, in order."""
        return [self.text[s:e] for _, s, e in self.sentence_spans]

    @property
    def words(self) -> list[str]:
        """The words of the cleaned text, by the kit's rule (:data:`WORD`)."""
        return WORD.findall(self.text)

    @property
    def name(self) -> str:
        """A short label for tables and plots: the outlet, or the id."""
        return self.meta.get("outlet") or self.meta.get("id") or "article"

    def sentence_table(self) -> pd.DataFrame:
        """One row per sentence: ``paragraph, sentence, start, end, text``."""
        rows = [
            {
                "paragraph": p + FIRST_PARAGRAPH,
                "sentence": i,
                "start": s,
                "end": e,
                "text": self.text[s:e],
            }
            for i, (p, s, e) in enumerate(self.sentence_spans, start=FIRST_SENTENCE)
        ]
        return pd.DataFrame(rows, columns=["paragraph", "sentence", "start", "end", "text"])

    def paragraph_of(self, offset: int) -> int:
        """The index of the paragraph that holds character ``offset`` (0 is the lead).

        An index into ``paragraphs`` (Python counts from 0). Tables show
        :meth:`paragraph_number` instead, which counts as people count.
        """
        spans = self.paragraph_spans
        if not spans:
            return 0
        # The first paragraph ending after ``offset`` (bisection: spans are in order).
        i = min(bisect_right(spans, offset, key=lambda span: span[1]), len(spans) - 1)
        return i if offset >= spans[i][0] or i == 0 else i - 1

    def paragraph_number(self, offset: int) -> int:
        """The paragraph that holds ``offset``, numbered as people count: 1 is the lead.

        Every table of the kit numbers paragraphs this way (:data:`FIRST_PARAGRAPH`).
        """
        return self.paragraph_of(offset) + FIRST_PARAGRAPH

    def __repr__(self) -> str:
        words = len(self.words)
        return (
            f"<Article {self.name!r}: {len(self.paragraph_spans)} paragraphs, "
            f"{len(self.sentence_spans)} sentences, {words} words>"
        )
