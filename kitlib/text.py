r"""What a word, a paragraph and a sentence are: one rule each, for the whole kit.

Every module that counts words, or needs paragraphs and sentences, imports them
from here, so a text has the same number of words in every table:

>>> words("The U.S. sent 275,000 troops, didn't it?")
['The', 'U.S', 'sent', '275,000', 'troops', "didn't", 'it']
>>> word_count("The U.S. sent 275,000 troops, didn't it?")
7
>>> text = "Pence spoke first.\n\nGov. Mike Pence said no. Then Sen. Tim Kaine answered."
>>> split_paragraphs(text)
[(0, 18), (20, 74)]
>>> [text[s:e] for _, s, e in split_sentences(text, split_paragraphs(text))]
['Pence spoke first.', 'Gov. Mike Pence said no.', 'Then Sen. Tim Kaine answered.']
"""

from __future__ import annotations

import re
import string
from functools import cache

__all__ = [
    "FIRST_PARAGRAPH",
    "LANGUAGE_WORD",
    "WORD",
    "split_paragraphs",
    "split_sentences",
    "word_count",
    "words",
]

#: Paragraphs in every table are numbered as people count them: the lead is paragraph 1.
#: (A list of paragraphs is a Python list, so the lead is ``paragraphs[0]``.)
FIRST_PARAGRAPH = 1

#: What the kit counts as a word, everywhere: letters or digits, joined by
#: ' ’ - . or , inside it, so "al-Assad", "U.S.", "he’s" and "275,000" are one
#: word each, and punctuation, "—" and the gap mark "[…]" are none. A full stop
#: at the end of a word is punctuation, even after an abbreviation ("U.S." gives "U.S").
WORD = re.compile(r"[^\W_]+(?:['’.,\-][^\W_]+)*")

#: Not a second word rule but what the language check looks at: runs of letters
#: only (digits say nothing about a language), and in Chinese and Japanese, which
#: are written without spaces between words, each character on its own.
LANGUAGE_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]|[^\W\d_]+")


def words(text: str) -> list[str]:
    """The words of ``text`` by the kit's rule (:data:`WORD`), in order.

    >>> words("Al-Assad’s forces — and Russia’s.")
    ['Al-Assad’s', 'forces', 'and', 'Russia’s']
    """
    return WORD.findall(text)


def word_count(text: str) -> int:
    """How many words (:data:`WORD`) ``text`` has.

    >>> word_count("Pence — the governor of Indiana — spoke first.")
    7
    """
    return sum(1 for _ in WORD.finditer(text))


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs of a cleaned text (separated by blank lines)."""
    spans, pos = [], 0
    for block in text.split("\n\n"):
        stripped = block.strip()
        if stripped:
            start = pos + block.index(stripped)
            spans.append((start, start + len(stripped)))
        pos += len(block) + 2
    return spans


@cache
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


#: Characters that never make pysbd end a sentence: letters and digits, spaces and
#: everyday punctuation. Not among them: . ! ? … ; (where sentences end), brackets
#: (pysbd's list items and asides), line breaks, and the symbols pysbd uses inside.
PLAIN_CHARACTERS = frozenset(string.ascii_letters + string.digits + " ,:'\"-$%&/’“”—–")


def _is_one_sentence(paragraph: str) -> bool:
    """True for a paragraph pysbd would leave whole: plain characters, one final mark.

    Why: pysbd is the slowest step of loading an article, and about a quarter of
    news paragraphs are one sentence that it would return unchanged. Besides a
    final . ! or ? (and closing quotation marks after it), such a paragraph holds
    only :data:`PLAIN_CHARACTERS`; it does not start with a quotation mark (pysbd
    may cut off a quoted phrase at the start) or have a dash before one.
    ``benchmarks/one_sentence_check.py`` checks this against pysbd itself.
    """
    if not paragraph or paragraph != paragraph.strip():
        return False
    if paragraph.startswith(("\"", "'", "“")) or re.search("-[\"'“”’]", paragraph):
        return False
    body = paragraph.rstrip("\"'”’")
    if body.endswith((".", "!", "?")):
        body = body[:-1]
    return PLAIN_CHARACTERS.issuperset(body)


def split_sentences(
    text: str, paragraph_spans: list[tuple[int, int]]
) -> list[tuple[int, int, int]]:
    """Spans of the sentences of each paragraph, found with pysbd.

    pysbd knows English abbreviations ("Gov. Mike Pence", "U.S.", "Va."),
    which a full stop alone would split wrongly.
    """
    spans = []
    for number, (p_start, p_end) in enumerate(paragraph_spans):
        if _is_one_sentence(text[p_start:p_end]):
            spans.append((number, p_start, p_end))  # what pysbd would say, without its cost
        else:
            spans += _pysbd_sentences(text, number, p_start, p_end)
    return spans


def _pysbd_sentences(text: str, number: int, p_start: int, p_end: int) -> list:
    """The sentences pysbd finds in paragraph ``number``: ``[(number, start, end), ...]``."""
    paragraph = text[p_start:p_end]
    spans, cursor = [], 0
    for piece in _segmenter().segment(paragraph):
        stripped = piece.strip()
        if not stripped:
            continue
        found = paragraph.find(stripped, cursor)
        if found < 0:  # pysbd changed the text; fall back to its length
            found = cursor
        end = p_start + found + len(stripped)
        if spans and _is_dateline(text[spans[-1][1] : spans[-1][2]]):
            spans[-1] = (number, spans[-1][1], end)  # "(CNN)" starts the sentence after it
        elif spans and not re.search(r"\w", stripped):
            spans[-1] = (number, spans[-1][1], end)  # a lone closing mark ends the one before
        else:
            spans.append((number, p_start + found, end))
        cursor = found + len(stripped)
    return spans


def _is_dateline(piece: str) -> bool:
    """A dateline such as "(CNN)" or "WASHINGTON —" is not a sentence of its own."""
    return len(re.findall(r"\w+", piece)) < 2 and not piece.rstrip().endswith((".", "?", "!"))
