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
from bisect import bisect_right
from functools import cache, lru_cache

from kitlib.errors import KitError

__all__ = [
    "BLANK_LINE",
    "CLOSING_QUOTES",
    "CUE_WORD",
    "DOUBLE_QUOTES",
    "FAST_PYSBD_VERSION",
    "FIRST_PARAGRAPH",
    "FIRST_SENTENCE",
    "LANGUAGE_WORD",
    "LETTER_LOOKALIKES",
    "LINE_AFTER_SENTENCE",
    "LIST_ITEM",
    "LONG_PARAGRAPH",
    "MAX_WINDOW",
    "OPENING_QUOTES",
    "PAIRED_MARKS",
    "PLAIN_CHARACTERS",
    "PLAIN_SENTENCE_CHARACTERS",
    "QUOTE_MARKS",
    "TITLE_CASE_SHARE",
    "TITLE_CASE_WORD",
    "TOGGLING_MARKS",
    "TitleCaseIndex",
    "WINDOW",
    "WINDOW_MARGIN",
    "WORD",
    "WORD_BEFORE_STOP",
    "is_title_case",
    "paragraph_breaks",
    "phrase_pattern",
    "split_paragraphs",
    "split_sentences",
    "straight_quotes",
    "word_count",
    "words",
]

#: Paragraphs in every table are numbered as people count them: the lead is paragraph 1.
#: (A list of paragraphs is a Python list, so the lead is ``paragraphs[0]``.)
FIRST_PARAGRAPH = 1

#: Sentences are numbered the same way: the first sentence of the text is sentence 1.
FIRST_SENTENCE = 1

#: What the kit counts as a word, everywhere: letters or digits, joined by
#: ' ’ - . or , inside it, so "al-Assad", "U.S.", "he’s" and "275,000" are one
#: word each, and punctuation, "—" and the gap mark "[…]" are none. A full stop
#: at the end of a word is punctuation, even after an abbreviation ("U.S." gives "U.S").
WORD = re.compile(r"[^\W_]+(?:['’.,\-][^\W_]+)*")

#: Every character the kit reads as a quotation mark: straight and curly, double and
#: single, low (German „) and guillemets (« »). Regular expressions put these strings
#: inside a character class, ``rf"[{DOUBLE_QUOTES}]"``; no other module writes its own.
QUOTE_MARKS = "\"“”„«»'‘’"

#: The double quotation marks (an apostrophe is never one of these).
DOUBLE_QUOTES = '"“”„«»'

#: Marks that can open a quotation, and marks that can close one.
OPENING_QUOTES = "\"“„«'‘"
CLOSING_QUOTES = "\"”»'’"


def straight_quotes(text: str) -> str:
    """``text`` with every double quotation mark made ``"`` and every single one ``'``.

    >>> print(straight_quotes("“Go,” she said. ‘Now’ isn’t «later»."))
    "Go," she said. 'Now' isn't "later".
    """
    return re.sub(f"[{DOUBLE_QUOTES}]", '"', text).replace("‘", "'").replace("’", "'")


#: A word as a listed cue is looked up (the frame coder's cue families): letters and
#: digits, with an apostrophe inside ("don't"). A hyphen separates words, so the cue
#: "left-wing" is the two words "left wing", and "anti-government" holds the cue
#: "government".
CUE_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

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
    r"""Spans of the paragraphs of a text: the kit's one paragraph rule.

    A blank line always ends a paragraph. In a text with blank lines, a single
    line break ends one only after the end of a sentence (``. ? ! :`` or a closing
    quotation mark or bracket), since text copied from a web page often mixes the
    two; elsewhere it is a line wrapped inside a paragraph. In a text with no blank
    line at all, every line is a paragraph. Cleaning (:mod:`kitlib.articles.cleaning`)
    writes the paragraphs this rule finds with one blank line between them, so the
    rule gives the same paragraphs for a text before and after cleaning.

    >>> text = "Pence spoke.\nKaine answered.\n\nThe debate went on\ninto the night."
    >>> [text[s:e] for s, e in split_paragraphs(text)]
    ['Pence spoke.', 'Kaine answered.', 'The debate went on\ninto the night.']
    >>> other = "One line\nand another"
    >>> [other[s:e] for s, e in split_paragraphs(other)]
    ['One line', 'and another']
    """
    spans, position = [], 0
    for m in _paragraph_breaks(text):
        block = text[position : m.start()]
        stripped = block.strip()
        if stripped:
            start = position + block.index(stripped)
            spans.append((start, start + len(stripped)))
        position = m.end()
    block = text[position:]
    stripped = block.strip()
    if stripped:
        start = position + block.index(stripped)
        spans.append((start, start + len(stripped)))
    return spans


#: A blank line: the break between paragraphs in every text. A non-breaking space
#: (U+00A0, common at the end of lines copied from web pages) is white space too.
BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")

#: A single line break after the end of a sentence: a paragraph break in a text that
#: also has blank lines (see :func:`split_paragraphs`).
LINE_AFTER_SENTENCE = re.compile(rf"(?<=[.?!:){CLOSING_QUOTES}])[ \t\u00a0]*\n")


def _paragraph_breaks(text: str):
    """The line breaks that end paragraphs, by :func:`split_paragraphs`' rule."""
    if BLANK_LINE.search(text):
        return re.finditer(f"{BLANK_LINE.pattern}|{LINE_AFTER_SENTENCE.pattern}", text)
    return re.finditer(r"\n", text)


def paragraph_breaks(text: str) -> list[tuple[int, int]]:
    r"""Spans of the line breaks that end paragraphs, by :func:`split_paragraphs`' rule.

    >>> paragraph_breaks("A said no.\nB said yes.\n\nC")
    [(10, 11), (22, 24)]
    """
    return [m.span() for m in _paragraph_breaks(text)]


@cache
def _segmenter():
    """pysbd's English segmenter: the faster one below for the pysbd it was written for."""
    import pysbd

    if pysbd.__version__ != FAST_PYSBD_VERSION:
        return pysbd.Segmenter(language="en", clean=False)
    return _fast_segmenter_class()(language="en", clean=False)


# --------------------------------------------------------------------------
# pysbd, faster, with the same sentences
# --------------------------------------------------------------------------

#: The pysbd version whose code the faster segmenter repeats; any other version
#: is used as it is.
FAST_PYSBD_VERSION = "0.3.4"

#: The characters other than a-z and A-Z that a regular expression with
#: ``re.IGNORECASE`` takes for an ASCII letter (İ ı ſ and the Kelvin sign K).
#: A line holding one of them is read by pysbd's own abbreviation code.
LETTER_LOOKALIKES = "\u0130\u0131\u017f\u212a"

#: A run of letters a-z after a space or the start of a line, before a full stop:
#: where pysbd's abbreviation replacement can change a line (lower case).
WORD_BEFORE_STOP = re.compile(r"(?<!\S)([a-z]+)\.")


@lru_cache(maxsize=4096)
def _pattern(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, kept for the next call (pysbd makes a few
    hundred patterns from its abbreviations, more than Python's own cache of 512
    keeps; the words some of them match, such as "ups" for "u.s", make more)."""
    return re.compile(pattern, flags)


@cache
def _fast_segmenter_class():
    """A pysbd ``Segmenter`` that finds what pysbd 0.3.4 finds, about three times faster.

    Why: pysbd is most of the time of loading an article. Three changes, each
    giving pysbd's own result (``tests/test_sentence_speed.py`` and
    ``benchmarks/loading_speed.py`` compare them with pysbd on real news):

    - each sentence is found in the paragraph with ``str.find`` where pysbd
      compiles a new regular expression for it (:func:`_sentence_spans`);
    - the patterns pysbd builds from its abbreviations are compiled once
      (:func:`_pattern`);
    - an abbreviation is looked for only where it is followed by a full stop,
      since pysbd's replacement changes nothing elsewhere
      (:func:`_abbreviations_in_line`, :func:`_abbreviation_period`).
    """
    import pysbd
    from pysbd.lang.english import English
    from pysbd.lists_item_replacer import ListItemReplacer
    from pysbd.processor import Processor
    from pysbd.utils import Text

    class Replacer(English.AbbreviationReplacer):
        search_for_abbreviations_in_string = _abbreviations_in_line
        scan_for_replacements = _abbreviation_period

    class FastProcessor(Processor):
        def abbreviations_replacer(self):
            return Replacer(self.text, self.lang)

        def process(self):
            """pysbd's ``Processor.process``, with shortcuts that change nothing: a
            plain paragraph (:func:`_plain_sentences`), and no pass of pysbd's for
            lists, numbers or runs of ! and ? over a text that has none."""
            found = _plain_sentences(self.text, self.lang.Abbreviation.ABBREVIATIONS)
            if found is not None or not self.text:
                return found if found is not None else self.text
            self.text = self.text.replace("\n", "\r")
            if _may_hold_list(self.text):
                self.text = ListItemReplacer(self.text).add_line_break()
            self.replace_abbreviations()
            if _DIGIT.search(self.text):  # each of these rules needs a digit
                self.replace_numbers()
            if "!" in self.text or "?" in self.text:  # three of them in a row
                self.replace_continuous_punctuation()
            if _DIGIT.search(self.text):
                self.replace_periods_before_numeric_references()
            self.text = Text(self.text).apply(
                self.lang.Abbreviation.WithMultiplePeriodsAndEmailRule,
                self.lang.GeoLocationRule,
                self.lang.FileFormatRule,
            )
            return self.split_into_segments()

    class FastSegmenter(pysbd.Segmenter):
        def processor(self, text):
            return FastProcessor(text, self.language_module, char_span=self.char_span)

        def sentences_with_char_spans(self, sentences):
            return _sentence_spans(self.original_text, sentences)

    return FastSegmenter


def _sentence_spans(text: str, sentences: list[str]) -> list:
    """pysbd's ``Segmenter.sentences_with_char_spans`` without a regular expression per sentence.

    pysbd looks for each sentence (and the white space after it) with
    ``re.finditer`` from the start of the text, and keeps the first match that
    ends after the sentence before; the matches ``finditer`` gives are the
    occurrences found one after the other, each search starting where the
    last match ended. ``str.find`` finds the same occurrences; ``str.isspace``
    is what ``\\s`` matches.
    """
    from pysbd.utils import TextSpan

    spans, prior_end = [], 0
    for sentence in sentences:
        if not sentence:  # an empty pattern matches everywhere: pysbd's own way
            return _pysbd_sentence_spans(text, sentences)
        position = 0
        while (found := text.find(sentence, position)) >= 0:
            end = found + len(sentence)
            while end < len(text) and text[end].isspace():
                end += 1
            if end > prior_end:
                spans.append(TextSpan(text[found:end], found, end))
                prior_end = end
                break
            position = end
    return spans


def _pysbd_sentence_spans(text: str, sentences: list[str]) -> list:
    """pysbd's own ``sentences_with_char_spans`` (for a case :func:`_sentence_spans` leaves)."""
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    segmenter.original_text = text
    return segmenter.sentences_with_char_spans(sentences)


def _abbreviations_in_line(self, text: str) -> str:
    """pysbd's ``AbbreviationReplacer.search_for_abbreviations_in_string``, faster.

    pysbd replaces the full stop after an abbreviation ("Gov.", "Va.") with a
    mark that does not end a sentence. For each listed abbreviation that occurs
    in the line it finds every word that starts with it, and runs a
    replacement over the whole line for each; a replacement changes the line
    only where the abbreviation itself stands after a space (or at the start)
    and before a full stop. So an abbreviation of plain letters that is not
    among the words so placed (:data:`WORD_BEFORE_STOP`, read in lower case,
    which is how pysbd's case-blind pattern sees the line when it has no
    :data:`LETTER_LOOKALIKES`) is skipped. pysbd's second list, the letters
    after "{abbreviation} " (with the braces, as its pattern is written), is
    empty when that text is not in the line.
    """
    lowered = text.lower()
    plain = not any(c in text for c in LETTER_LOOKALIKES)
    before_stops = set(WORD_BEFORE_STOP.findall(lowered)) if plain else set()
    for stripped, letters in _abbreviation_words(tuple(self.lang.Abbreviation.ABBREVIATIONS)):
        if plain and letters and stripped not in before_stops:
            continue
        if stripped not in lowered:
            continue
        matches = _pattern(rf"(?:^|\s|\r|\n){stripped}", re.IGNORECASE).findall(text)
        if not matches:
            continue
        if plain and letters and "{" + stripped + "} " not in text:
            after: list[str] = []
        else:
            after = _pattern(r"(?<={" + re.escape(stripped) + "} ).{1}").findall(text)
        for index, match in enumerate(matches):
            text = self.scan_for_replacements(text, match, index, after)
    return text


#: The characters of a paragraph that :func:`_plain_sentences` may split without
#: pysbd (besides the full stops and question marks that end its sentences): none
#: of them is read by any of pysbd's English rules.
PLAIN_SENTENCE_CHARACTERS = frozenset(string.ascii_letters + string.digits + " ,:;-$%&/’—–'_@#+")

#: A straight apostrophe that may open a quotation (at the start or after a
#: space), or that pysbd reads as closing a quoted sentence ("-' The"): a
#: paragraph with one is left to pysbd.
_QUOTING_APOSTROPHE = re.compile(r"(?<!\S)'|-'\s[A-Z]")

#: What pysbd's list finder (``ListItemReplacer.add_line_break``) needs to change a
#: text: a digit, a closing bracket, a letter a-z alone before a full stop, or one
#: of the two marks it writes itself (♨ ☝), which it also turns back.
_LIST_MATERIAL = re.compile(r"[\d)♨☝]|(?<!\S)[a-z]\.")


_DIGIT = re.compile(r"\d")


def _may_hold_list(text: str) -> bool:
    """False when pysbd's list finder would return ``text`` unchanged.

    Each of its patterns needs a digit (numbered lists), a closing bracket
    ("a)", "(iv)") or a lower-case letter alone before a full stop, at the start or
    after a space ("a.", and "i." or "v.": roman numerals before a full stop are
    looked for with the same one-letter pattern); its last two steps turn ♨ and ☝
    into other marks. Without any of these (:data:`_LIST_MATERIAL`) its ten passes
    over the text find nothing.
    """
    return _LIST_MATERIAL.search(text) is not None


#: Where a sentence of a plain paragraph ends: a full stop or question mark.
_SENTENCE_END = re.compile(r"[.?]")


def _plain_sentences(text: str, abbreviations: list[str]) -> list[str] | None:
    """The sentences pysbd's English processor finds in a plain paragraph, or None.

    Why: most paragraphs of news give pysbd nothing to decide, and its two dozen
    passes over them cost more than the rest of loading. A paragraph is plain when
    it holds only :data:`PLAIN_SENTENCE_CHARACTERS`, full stops and question marks,
    single spaces and no "--", and no straight apostrophe that may open or close a
    quotation (:data:`_QUOTING_APOSTROPHE`), and no "Co. KG" (pysbd's rule for a
    German company reads any word ending in "Co"); starts with no space and ends
    with a full stop or question mark; and every
    full stop or question mark in it is followed by a space and a capital A-Z (or
    ends it). Before each full stop stands a word of two or more letters and
    digits (not a number of one or two digits, which pysbd may read as a list
    item) that is not one of pysbd's abbreviations (compared in lower case, as its
    case-blind patterns do), and a question mark follows a letter or digit.
    Then no rule of pysbd's changes a character (abbreviations, numbers, lists,
    ellipses, quotations and brackets all need something the paragraph lacks) and
    its sentence pattern cuts the paragraph after each full stop and question
    mark: those pieces are returned. ``tests/test_sentence_speed.py`` and
    ``benchmarks/plain_sentences_check.py`` compare them with pysbd's.
    """
    if not text or text[-1] not in ".?" or text[0] == " " or "  " in text or "--" in text:
        return None
    if not PLAIN_SENTENCE_CHARACTERS.issuperset(text.replace(".", "").replace("?", "")):
        return None
    if "'" in text and _QUOTING_APOSTROPHE.search(text):
        return None
    if "Co. KG" in text:  # pysbd keeps any word ending in "Co" with "KG" after it
        return None
    words, patterns = _abbreviation_sets(tuple(abbreviations))
    if "." in text and patterns is not None and patterns.search(text):
        return None
    sentences, start, last = [], 0, len(text) - 1
    for end in _SENTENCE_END.finditer(text):
        i = end.start()
        if text[i] == ".":
            word = text[text.rfind(" ", 0, i) + 1 : i]
            if len(word) < 2 or not word.replace("’", "").isalnum() or word.lower() in words:
                return None
            if word.isdigit() and len(word) <= 2:
                return None
        elif i == 0 or not text[i - 1].isalnum():
            return None
        if i == last:
            sentences.append(text[start:])
            return sentences
        if text[i + 1] != " " or not "A" <= text[i + 2 : i + 3] <= "Z":
            return None
        sentences.append(text[start : i + 1])
        start = i + 2
    return None


@cache
def _abbreviation_sets(abbreviations: tuple[str, ...]) -> tuple[frozenset[str], re.Pattern | None]:
    """pysbd's abbreviations, stripped, as a set; and those that are patterns rather
    than words (pysbd reads "u.s" as a pattern, which "ups" matches), as one pattern
    that finds any of them after a space and before a full stop, as pysbd would."""
    stripped = frozenset(a.strip() for a in abbreviations)
    patterns = sorted(a for a in stripped if not a.isalpha())
    if not patterns:
        return stripped, None
    return stripped, re.compile(rf"(?<!\S)(?:{'|'.join(patterns)})\.", re.IGNORECASE)


@cache
def _abbreviation_words(abbreviations: tuple[str, ...]) -> tuple[tuple[str, bool], ...]:
    """pysbd's abbreviations, stripped, each with whether it is plain letters a-z."""
    return tuple((a.strip(), a.strip().isascii() and a.strip().isalpha()) for a in abbreviations)


def _abbreviation_period(self, txt: str, am: str, ind: int, char_array: list[str]) -> str:
    """pysbd's ``AbbreviationReplacer.scan_for_replacements``, with its patterns compiled once.

    Each of its three replacements changes a full stop right after ``am``, so a
    word of letters or digits not followed by a full stop in ``txt`` leaves it as it is.
    """
    word = am.strip()
    if word.isalnum() and word + "." not in txt:
        return txt
    char = char_array[ind] if ind < len(char_array) else ""
    lowered = word.lower()
    prepositive = lowered in self.lang.Abbreviation.PREPOSITIVE_ABBREVIATIONS
    if str(char).isupper() and not prepositive:
        return txt
    if prepositive:
        pattern = rf"(?<=\s{word})\.(?=(\s|:\d+))"
    elif lowered in self.lang.Abbreviation.NUMBER_ABBREVIATIONS:
        pattern = rf"(?<=\s{word})\.(?=(\s\d|\s+\())"
    else:
        pattern = rf"(?<=\s{re.escape(word)})\.(?=((\.|\:|-|\?|,)|(\s([a-z]|I\s|I'm|I'll|\d|\())))"
    return _pattern(pattern).sub("∯", " " + txt)[1:]


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
    if paragraph.startswith(('"', "'", "“")) or re.search("-[\"'“”’]", paragraph):
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

    Examples
    --------
    >>> text = "Gov. Mike Pence spoke. Kaine answered."
    >>> [text[s:e] for _, s, e in split_sentences(text, split_paragraphs(text))]
    ['Gov. Mike Pence spoke.', 'Kaine answered.']
    """
    spans = []
    for number, (p_start, p_end) in enumerate(paragraph_spans):
        if _is_one_sentence(text[p_start:p_end]):
            spans.append((number, p_start, p_end))  # what pysbd would say, without its cost
        else:
            spans += _pysbd_sentences(text, number, p_start, p_end)
    return spans


#: A paragraph longer than this (in characters) goes to pysbd in windows; shorter
#: ones go whole. pysbd's time grows with the square of a paragraph's length
#: (its abbreviation check rewrites the whole paragraph for every abbreviation it
#: meets), so a 50,000-word transcript with no blank line would take minutes.
LONG_PARAGRAPH = 5000

#: How many characters pysbd sees at a time in a long paragraph.
WINDOW = 3000

#: Sentence ends pysbd finds this close to the end of a window are not kept: the
#: next window starts at the last sentence end before them and finds them again
#: with the text that follows in view.
WINDOW_MARGIN = 1000

#: A window grows (doubling) until it holds a safe place to cut, up to this many
#: characters; then it is cut at its last sentence end, so that a quotation mark
#: never closed cannot make the time grow with the square of the length again.
MAX_WINDOW = 2 * WINDOW

#: A list item ("1.", "2)", "a.") near a window's start would change how pysbd
#: reads the list, so no window starts this close (in characters) to one.
LIST_ITEM = re.compile(r"(?<!\S)(?:\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]+\))(?=\s)")


@cache
def _protected_patterns() -> tuple[re.Pattern, ...]:
    """pysbd's own patterns for text between quotation marks, brackets or dashes.

    pysbd never ends a sentence inside such a stretch; a window must not start
    inside one either, or it would pair the marks differently.
    """
    from pysbd.between_punctuation import BetweenPunctuation as B

    return tuple(
        re.compile(pattern)
        for pattern in (
            B.BETWEEN_SINGLE_QUOTES_REGEX,
            B.BETWEEN_SINGLE_QUOTE_SLANTED_REGEX,
            B.BETWEEN_DOUBLE_QUOTES_REGEX_2,
            B.BETWEEN_SQUARE_BRACKETS_REGEX_2,
            B.BETWEEN_PARENS_REGEX_2,
            B.BETWEEN_QUOTE_ARROW_REGEX_2,
            B.BETWEEN_EM_DASHES_REGEX_2,
            B.BETWEEN_QUOTE_SLANTED_REGEX_2,
        )
    )


def _pysbd_sentences(text: str, number: int, p_start: int, p_end: int) -> list:
    """The sentences pysbd finds in paragraph ``number``: ``[(number, start, end), ...]``.

    A paragraph longer than :data:`LONG_PARAGRAPH` characters is given to pysbd
    in windows of :data:`WINDOW` characters, so the time stays proportional to
    its length. Each window starts where a sentence pysbd found in the window
    before ends, at a point outside any quotation or brackets, and at least
    :data:`WINDOW_MARGIN` characters before that window's end, so pysbd
    decides every sentence end with the text around it in view, as it would
    on the whole paragraph (``benchmarks/long_paragraph_check.py`` checks the
    result against pysbd's on whole paragraphs).
    """
    pieces = []
    start = p_start
    size = WINDOW if p_end - p_start > LONG_PARAGRAPH else p_end - p_start
    running = None  # where a sentence began that runs on past the last window
    while True:
        end = min(p_end, start + size)
        found = _pysbd_pieces(text, start, end)
        if running is not None and found:
            found[0], running = (running, found[0][1]), None
        if end == p_end:
            pieces += found
            break
        cut = _last_safe_cut(text, start, end, found)
        if cut is None and size >= MAX_WINDOW and len(found) > 1:
            cut = len(found) - 1  # a quotation mark never closed: cut anyway
        if cut is None and size >= MAX_WINDOW:
            # No sentence ends in MAX_WINDOW characters: one very long sentence. It
            # goes on in the next window, which starts at a space well before this
            # one's end; its first piece is joined to this sentence.
            running = found[0][0] if found else start
            start, size = _space_before(text, start, end - WINDOW_MARGIN), WINDOW
            continue
        if cut is None:  # no safe sentence end in this window: look further
            size *= 2
            continue
        pieces += found[:cut]
        start, size = found[cut][0], WINDOW
    return _join_pieces(text, number, pieces)


def _space_before(text: str, start: int, end: int) -> int:
    """The position just after the last space in the second half of ``text[start:end]``
    (``end`` itself if there is none): where a window may start inside a sentence."""
    space = max(text.rfind(" ", (start + end) // 2, end), text.rfind("\n", (start + end) // 2, end))
    return space + 1 if space >= 0 else end


def _pysbd_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """What pysbd finds in ``text[start:end]``: ``[(start, end), ...]``, spaces stripped."""
    part = text[start:end]
    spans, cursor = [], 0
    for piece in _segmenter().segment(part):
        stripped = piece.strip()
        if not stripped:
            continue
        found = part.find(stripped, cursor)
        if found < 0:  # pysbd changed the text; fall back to its length
            found = cursor
        spans.append((start + found, start + found + len(stripped)))
        cursor = found + len(stripped)
    return spans


def _last_safe_cut(text: str, start: int, end: int, pieces: list) -> int | None:
    """The index of the last piece a new window may start at, or None.

    A safe start is a sentence start at least :data:`WINDOW_MARGIN` characters
    before the window's end, with a letter or digit (not a quotation mark, which
    pysbd reads by the space before it), outside every stretch pysbd keeps together
    (:func:`_protected_patterns`), after every quotation mark and bracket opened
    in the window is closed (:func:`_outside_quotes`), and not near a list item
    (:data:`LIST_ITEM`).
    """
    part = text[start:end]
    inside = []
    for pattern in _protected_patterns():
        inside += [m.span() for m in pattern.finditer(part)]
    near_lists = [m.start() for m in LIST_ITEM.finditer(part)]
    for i in range(len(pieces) - 1, 0, -1):
        cut = pieces[i][0] - start
        if cut > len(part) - WINDOW_MARGIN or not part[cut].isalnum():
            continue  # too close to the end; or a mark pysbd reads by the space before it
        if any(s < cut < e for s, e in inside):
            continue
        if any(abs(cut - m) < WINDOW_MARGIN for m in near_lists):
            continue
        if not _outside_quotes(part[:cut]):
            continue
        return i
    return None


#: Opening and closing marks pysbd keeps together (it never ends a sentence
#: between them): the stretch from an opening mark to the next closing one.
PAIRED_MARKS = (
    (re.compile("“"), re.compile("”")),
    (re.compile("«"), re.compile("»")),
    (re.compile(r"\("), re.compile(r"\)")),
    (re.compile(r"\["), re.compile(r"\]")),
    (re.compile(r"(?<=\s)'"), re.compile(r"'(?![a-zA-Z])")),  # a single quote after a space
    (re.compile(r"(?<=\s)‘"), re.compile(r"’(?![a-zA-Z])")),
)

#: Marks that pysbd pairs in turn (first with second, third with fourth).
TOGGLING_MARKS = ('"', "''", "--")


def _outside_quotes(before: str) -> bool:
    """True if every quotation mark and bracket opened in ``before`` is closed in it."""
    if any(before.count(mark) % 2 for mark in TOGGLING_MARKS):
        return False
    for opening, closing in PAIRED_MARKS:
        opened = list(opening.finditer(before))
        if opened and not closing.search(before, opened[-1].end()):
            return False
    return True


def _join_pieces(text: str, number: int, pieces: list) -> list[tuple[int, int, int]]:
    """pysbd's pieces as sentences: a dateline or a lone closing mark joins its neighbour."""
    spans: list[tuple[int, int, int]] = []
    for start, end in pieces:
        if spans and _is_dateline(text[spans[-1][1] : spans[-1][2]]):
            spans[-1] = (number, spans[-1][1], end)  # "(CNN)" starts the sentence after it
        elif spans and not re.search(r"\w", text[start:end]):
            spans[-1] = (number, spans[-1][1], end)  # a lone closing mark ends the one before
        else:
            spans.append((number, start, end))
    return spans


def _is_dateline(piece: str) -> bool:
    """A dateline such as "(CNN)" or "WASHINGTON —" is not a sentence of its own."""
    return len(re.findall(r"\w+", piece)) < 2 and not piece.rstrip().endswith((".", "?", "!"))


# --------------------------------------------------------------------------
# Listed words and phrases, title case
# --------------------------------------------------------------------------


def phrase_pattern(entry: str, *, match_case: bool = False) -> re.Pattern:
    """The regular expression that finds one entry of a word list in a text.

    The kit's one rule for every word list (frame cues, loaded words): an entry is a
    whole word or phrase, or several listed forms separated by ``|``
    ("family|families"). There are no wildcards: a stem such as ``famil*`` would
    also match "familiar" ("an official familiar with the matter"), so every form
    an entry should match is written out. The words of a phrase may be separated by
    any spaces; a straight apostrophe also matches a curly one.

    >>> bool(phrase_pattern("criticize|criticizing").search("sharply criticizing Russia"))
    True
    >>> bool(phrase_pattern("family|families").search("an official familiar with it"))
    False
    >>> bool(phrase_pattern("US", match_case=True).search("let us go"))
    False
    >>> bool(phrase_pattern("won").search("he won't say"))
    False
    """
    if "*" in entry:
        raise KitError(
            f"The entry {entry!r} has a '*'. Entries are whole words: list the forms you "
            "mean, separated by '|' (for example family|families), so that a stem cannot "
            "match other words (famil* would match 'familiar')."
        )
    bodies = []
    for form in entry.split("|"):
        form = form.strip()
        body = r"\s+".join(re.escape(word) for word in form.split())
        body = body.replace("'", "['’]")
        if form[:1].isalnum():
            body = r"\b" + body
        if form[-1:].isalnum():
            body += r"\b(?!['’]t\b)"  # "won" is not "won't"
        bodies.append(body)
    return re.compile("|".join(bodies), 0 if match_case else re.IGNORECASE)


#: A line or sentence with at least this share of its words capitalised is in title
#: case, like a headline ("Trump Says He Never Pledged"); a capital "He" there is normal.
TITLE_CASE_SHARE = 0.5


#: What the title-case test counts as a word: a letter, then letters, digits or apostrophes.
TITLE_CASE_WORD = re.compile(r"[A-Za-z][\w’']*")


def is_title_case(line: str) -> bool:
    """True if at least :data:`TITLE_CASE_SHARE` of the words of ``line`` start with a capital.

    >>> is_title_case("Trump Says He Never Pledged"), is_title_case("Trump says he never did")
    (True, False)
    """
    found = TITLE_CASE_WORD.findall(line)
    return _title_case(sum(w[0].isupper() for w in found), len(found))


def _title_case(capitals: int, words: int) -> bool:
    return bool(words) and capitals / words >= TITLE_CASE_SHARE


class TitleCaseIndex:
    r""":func:`is_title_case` for any stretch of one text, each answer found by bisection.

    The words are found once, so a rule that asks about the line around each of
    many places in a long text costs time in proportion to the text, not to the
    text times the places. ``between(start, end)`` gives ``is_title_case(text[start:end])``
    when neither end cuts a word.

    >>> text = "Jeb Can Fix It\nhe said he can fix it"
    >>> index = TitleCaseIndex(text)
    >>> index.between(0, 14), index.between(15, len(text))
    (True, False)
    """

    def __init__(self, text: str):
        self.starts: list[int] = []
        self.capitals = [0]  # how many of the words before each start with a capital
        for m in TITLE_CASE_WORD.finditer(text):
            self.starts.append(m.start())
            self.capitals.append(self.capitals[-1] + text[m.start()].isupper())

    def between(self, start: int, end: int) -> bool:
        """True if the words from ``start`` to ``end`` are in title case."""
        first, last = bisect_right(self.starts, start - 1), bisect_right(self.starts, end - 1)
        return _title_case(self.capitals[last] - self.capitals[first], last - first)
