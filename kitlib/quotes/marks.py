"""Quotation marks: where quotations open and close, and the reporter's words around them.

The first step of :func:`kitlib.quotes.find_quotes`. Within each paragraph:

* **Pair the double marks.** Straight ``"``, curly ``“ ”``, ``„``, ``« »``
  and the two apostrophes ``''`` some newspapers print all count. Whether a
  mark opens or closes is read from the spaces around it first and from its
  shape second, so “…" still pairs up; an inch mark (6'2") does not.
* **Single marks** (‘…’) count only in a text that quotes with them: one
  with no pair of double marks (British style). Where a text quotes with
  double marks, its single marks are quotations inside quotations, or a
  headline's shorthand for words the body quotes again, so they are not
  counted twice. An apostrophe ("don't", "'em", "'90s") never counts.
* **The multi-paragraph convention.** News style leaves a quotation that goes
  on into the next paragraph *open* at the end of its paragraph and opens the
  next paragraph with a new mark. So a quotation left open runs to the end of
  its paragraph (``closed`` is False), and a paragraph that opens with a mark
  continues it: :mod:`kitlib.quotes.rules` gives such a paragraph the speaker
  of the last quotation before it (rule "continued from previous paragraph"),
  and :func:`kitlib.quotes.find_quotes` shows a quotation left open and the
  paragraph that continues it as one row when that paragraph names no speaker
  of its own.
* **Web markup** (``<tweet author="…">``) is blanked out first: its marks are
  not quotation marks.

It also gives the *reporter's words*: the text with every quotation masked
(:data:`MASK`), and where the sentences of those words start, so the speaker
rules never read a speech verb inside somebody's quotation.

>>> quotes, outside, starts = read_marks('He said “Go.”  “Now,” she said.')
>>> [(q.inner_start, q.inner_end, q.closed) for q in quotes]
[(9, 12, True), (16, 20, True)]
>>> outside
'He said ░░░░░  ░░░░░░ she said.'
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from kitlib import vocab
from kitlib.text import split_paragraphs

__all__ = [
    "ABBREVIATIONS",
    "ENDS_SENTENCE",
    "MASK",
    "Quotation",
    "WHOLE_SENTENCE",
    "article_sentence_starts",
    "mask_markup",
    "match_end",
    "pair_marks",
    "read_marks",
    "reporter_sentence_starts",
    "single_quotes",
]

#: Abbreviations after which a full stop does not end a sentence (the kit's one list).
ABBREVIATIONS = vocab.ABBREVIATIONS

# Quotation marks: (pattern, family). Family "curly" and "straight" pair with each other
# when the spaces around a mark say so.
_MARKS = re.compile(r"''|``|[\"“”„«»]")
_OPENERS_CURLY = ("“", "„", "«", "``")
_CLOSERS_CURLY = ("”", "»")
#: Stands in for quoted words when the kit reads the reporter's words.
MASK = "\u2591"


@dataclass(frozen=True)
class Quotation:
    """One pair of quotation marks (or an opening mark left open to the paragraph end).

    ``open`` is the opening mark's offset, ``inner_start``/``inner_end`` the quoted
    words', ``close_end`` just after the closing mark (the paragraph end if the
    quotation is left open, ``closed`` False), ``paragraph`` the paragraph's index
    from 0, and ``raw`` the quoted words as written (set by :func:`read_marks`).
    """

    open: int
    inner_start: int
    inner_end: int
    close_end: int
    paragraph: int
    closed: bool = True
    raw: str = ""


# --------------------------------------------------------------------------
# Step 1: quotation marks
# --------------------------------------------------------------------------


def match_end(pattern: str | re.Pattern[str], text: str, pos: int = 0, endpos: int = -1) -> int:
    """Where a match of ``pattern`` at ``pos`` ends (``pos`` if it does not match): for
    patterns that may match nothing, such as spaces and commas (``endpos`` -1: the end).

    >>> match_end(r"[\\s,]*", "  , Pence said"), match_end(r"\\d+", "no digits")
    (4, 0)
    """
    end = len(text) if endpos < 0 else endpos
    found = re.compile(pattern).match(text, pos, end)
    return found.end() if found else pos


def mask_markup(text: str) -> str:
    """Blank out web markup such as ``<tweet author="x">`` (same length, so offsets hold)."""
    return re.sub(r"<[^<>\n]{0,500}>", lambda m: " " * len(m.group()), text)


def _flanks(text: str, pos: int, length: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(looks like an opening mark, looks like a closing mark), from the characters around it."""
    before = text[pos - 1] if pos > lo else " "
    after = text[pos + length] if pos + length < hi else " "
    opening = (before.isspace() or before in "([{—–-/") and not after.isspace()
    closing = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-/")
    return opening, closing


def pair_marks(text: str, lo: int, hi: int, paragraph: int) -> list[Quotation]:
    """Pair the double quotation marks of one paragraph; return the outermost quotations."""
    pairing = _Pairing(text, paragraph)
    for m in _MARKS.finditer(text, lo, hi):
        pos, mark = m.start(), m.group()
        flanks = _flanks(text, pos, len(mark), lo, hi)
        if mark in _OPENERS_CURLY:
            pairing.curly_opener((pos, len(mark)), flanks)
        elif mark in _CLOSERS_CURLY:
            pairing.curly_closer((pos, len(mark)), flanks)
        else:  # straight: " or ''
            pairing.straight_mark((pos, len(mark)), flanks)
    if pairing.stack:
        pairing.end_unclosed(hi)
    return pairing.found


class _Pairing:
    """The state of pairing one paragraph's marks: the quotations found so far and the
    open marks, innermost last, as ``(position, length, family)``; a family is
    "curly" or "straight"."""

    def __init__(self, text: str, paragraph: int) -> None:
        self.text = text
        self.paragraph = paragraph
        self.found: list[Quotation] = []
        self.stack: list[tuple[int, int, str]] = []

    def close(self, i: int, mark: tuple[int, int]) -> None:
        """The mark at ``mark`` (position, length) closes ``stack[i]`` and all inside it;
        if that was the outermost quotation, it is found."""
        opened, length, _ = self.stack[i]
        del self.stack[i:]
        if not self.stack:
            pos, mark_length = mark
            self.found.append(
                Quotation(opened, opened + length, pos, pos + mark_length, self.paragraph)
            )

    def close_innermost(self, family: str, mark: tuple[int, int]) -> None:
        """Close the innermost open mark of ``family`` (the innermost of all if none is)."""
        families = [f for _, _, f in self.stack]
        i = max((k for k, f in enumerate(families) if f == family), default=len(families) - 1)
        self.close(i, mark)

    def end_unclosed(self, pos: int) -> None:
        """The outermost open quotation ends at ``pos`` without a closing mark."""
        start, length, _ = self.stack[0]
        self.found.append(Quotation(start, start + length, pos, pos, self.paragraph, closed=False))
        self.stack.clear()

    def curly_opener(self, mark: tuple[int, int], flanks: tuple[bool, bool]) -> None:
        opening, closing = flanks
        if not self.stack or self.stack[-1][2] == "straight":
            self.stack.append((*mark, "curly"))
        elif closing and not opening:  # “ used as a closing mark
            self.close(len(self.stack) - 1, mark)
        else:  # the previous quotation lost its closing mark; a new one starts
            self.end_unclosed(mark[0])
            self.stack.append((*mark, "curly"))

    def curly_closer(self, mark: tuple[int, int], flanks: tuple[bool, bool]) -> None:
        opening, closing = flanks
        if not self.stack:
            if opening and not closing:  # ” used as an opening mark
                self.stack.append((*mark, "curly"))
            return  # otherwise a stray mark
        self.close_innermost("curly", mark)

    def straight_mark(self, mark: tuple[int, int], flanks: tuple[bool, bool]) -> None:
        opening, closing = flanks
        pos = mark[0]
        if not self.stack:
            if closing and not opening and self.text[pos - 1 : pos].isdigit():
                return  # an inch mark: 6'2"
            self.stack.append((*mark, "straight"))
        elif opening and not closing and self.stack[-1][2] == "curly":
            self.stack.append((*mark, "straight"))  # nested inside a curly quotation
        else:
            self.close_innermost("straight", mark)


_SINGLE_OPEN = re.compile(r"(?<![\w’'])[‘'](?=[A-Za-z0-9])(?!(?:em|til|cause|tis|twas|\d\ds?)\b)")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])[’'](?=[\s.,;:!?)—–-]|$)")


def single_quotes(text: str, lo: int, hi: int, paragraph: int) -> list[Quotation]:
    """Single quotation marks (‘…’) in ``text[lo:hi]``, for a text that quotes with them."""
    found: list[Quotation] = []
    position = lo
    while True:
        m = _SINGLE_OPEN.search(text, position, hi)
        if not m:
            return found
        close = _SINGLE_CLOSE.search(text, m.end(), hi)
        if close is None or len(text[m.end() : close.start()].split()) > 30:
            position = m.end()
            continue
        found.append(Quotation(m.start(), m.end(), close.start(), close.end(), paragraph))
        position = close.end()


# --------------------------------------------------------------------------
# Paragraphs and sentences of plain text
# --------------------------------------------------------------------------


_BOUNDARY = re.compile(r"[.?!]+[”’\")\]]*\s+(?=[\u2591\"“‘(\[A-Z0-9])")
# Used for every sentence boundary and every quotation: compiled once here rather than
# looked up in the `re` module's cache on each call.
_WORD_BEFORE_STOP = re.compile(r"([\w.]+)[.?!]*$")
_ONE_LETTER = re.compile(r"[a-z]")
#: A quotation ending with . ? or ! ends its sentence.
ENDS_SENTENCE = re.compile(r"[.?!][’']?\s*$")
#: Quoted words that make a whole sentence: a capital letter first, and its end mark
#: ("It is time."), with the quotation marks around them or not.
WHOLE_SENTENCE = re.compile(r"[\"“‘']?[A-Z].*[.?!][\"”’']?", re.DOTALL)
_SENTENCE_AFTER = re.compile(r"\s+[\u2591\"“A-Z]")


def reporter_sentence_starts(outside: str, lo: int, hi: int, quotes: list[Quotation]) -> list[int]:
    """Where sentences start in one paragraph, reading only the reporter's words."""
    starts = [lo]
    for m in _BOUNDARY.finditer(outside, lo, hi):
        word = _WORD_BEFORE_STOP.search(outside[max(lo, m.start() - 12) : m.start() + 1])
        token = word.group(1).rstrip(".").lower() if word else ""
        if outside[m.start()] == "." and (
            token in ABBREVIATIONS or _ONE_LETTER.fullmatch(token) or "." in token
        ):
            continue  # "Gov. Mike Pence", "George W. Bush", "the U.S. military"
        starts.append(m.end())
    for q in quotes:  # a quotation that ends with . ? or ! ends its sentence too
        if q.closed and ENDS_SENTENCE.search(q.raw):
            after = outside[q.close_end : q.close_end + 3]
            if _SENTENCE_AFTER.match(after):
                starts.append(q.close_end + len(after) - len(after.lstrip()))
    return sorted(set(starts))


def article_sentence_starts(
    sentence_spans, paragraph_spans, quotes: list[Quotation], outside: str
) -> list[int]:
    """The reporter's sentence starts from an article's own sentences
    (:func:`kitlib.text.split_sentences`, the kit's one splitter): every paragraph's start
    and every sentence start that does not fall inside a quotation."""
    opens = [q.open for q in quotes]
    starts = {lo for lo, _ in paragraph_spans}
    for _, start, _ in sentence_spans:
        i = bisect.bisect_right(opens, start) - 1
        if i >= 0 and quotes[i].open < start < quotes[i].close_end:
            continue  # a sentence inside a quotation is the speaker's, not the reporter's
        if _NOT_A_START.match(outside, start):
            continue  # "Sen. Rand Paul, R-Ky.|, told Fox": no sentence opens with a comma
        starts.add(start)
    for q in quotes:  # a quotation that ends with . ? or ! ends its sentence too
        if q.closed and ENDS_SENTENCE.search(q.raw):
            after = outside[q.close_end : q.close_end + 3]
            if _SENTENCE_AFTER.match(after):
                starts.add(q.close_end + len(after) - len(after.lstrip()))
    return sorted(starts)


#: What a sentence cannot open with: a comma, semicolon, colon or a small letter.
_NOT_A_START = re.compile(r"[,;:a-z]")


def read_marks(
    text: str, paragraph_spans=None, sentence_spans=None
) -> tuple[list[Quotation], str, list[int]]:
    """The quotations of a text, the reporter's words, and where their sentences start.

    Parameters
    ----------
    text : str
    paragraph_spans : list of (start, end), optional
        The paragraphs (an :class:`~kitlib.articles.Article` has them); by
        default :func:`kitlib.text.split_paragraphs`.
    sentence_spans : list of (paragraph, start, end), optional
        The article's own sentences (``Article.sentence_spans``); without them the
        reporter's sentences are found here with a full-stop rule.

    Returns
    -------
    tuple
        ``(quotations, outside, sentence_starts)``: the quotations in reading
        order (each with its ``paragraph`` number and ``raw``, its
        words), the text with every quotation masked by :data:`MASK` and web
        markup blanked, and the offsets where the reporter's sentences start.
    """
    spans = split_paragraphs(text) if paragraph_spans is None else list(paragraph_spans)
    base = mask_markup(text)
    quotes: list[Quotation] = []
    for number, (lo, hi) in enumerate(spans):
        quotes += pair_marks(base, lo, hi, number)
    if not quotes:  # the text quotes with single marks (British style), if at all
        for number, (lo, hi) in enumerate(spans):
            quotes += single_quotes(base, lo, hi, number)
    quotes = [replace(q, raw=text[q.inner_start : q.inner_end]) for q in quotes]
    chars = list(base)
    for q in quotes:
        chars[q.open : q.close_end] = MASK * (q.close_end - q.open)  # one slice, not a loop
    outside = "".join(chars)
    by_paragraph: dict[int, list[Quotation]] = {}
    for q in quotes:
        by_paragraph.setdefault(q.paragraph, []).append(q)
    if sentence_spans is not None:
        return quotes, outside, article_sentence_starts(sentence_spans, spans, quotes, outside)
    starts: list[int] = []
    for number, (lo, hi) in enumerate(spans):
        starts += reporter_sentence_starts(outside, lo, hi, by_paragraph.get(number, []))
    return quotes, outside, starts
