"""Articles: load the bundled pair or your own text, cleaned and split into parts.

>>> import kitlib
>>> nbc, cnn = kitlib.load_pair()
>>> nbc.meta["outlet"], cnn.meta["outlet"]
('NBC News', 'CNN')
>>> len(cnn.paragraphs) >= 10
True

An :class:`Article` keeps the text exactly as received (``raw``), the
cleaned text (``text``) that every analysis uses, and the ``log`` of every
change between the two. All offsets (``start``, ``end``) in the kit's
tables are character positions in ``text``.
"""

from __future__ import annotations

import codecs
import re
import string
import warnings
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pandas as pd

from kitlib import artifacts as _artifacts
from kitlib import cleaning, data, language
from kitlib.errors import ArticleError

#: Below this many words, figures such as readability scores mean little.
MIN_WORDS = 50

#: What the kit counts as a word, everywhere: letters or digits, joined by
#: ' ’ - . or , inside it, so "al-Assad", "U.S.", "he’s" and "275,000" are one
#: word each, and punctuation, "—" and the gap mark "[…]" are none.
WORD = re.compile(r"[^\W_]+(?:['’.,\-][^\W_]+)*")

#: The bundled articles, in the order load_pair() returns them.
BUNDLED = ("nbc", "cnn")


class ShortTextWarning(UserWarning):
    """The text is so short that the kit's figures mean little."""


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
        Where each sentence is in ``text``, with its paragraph number (0-based).
    """

    raw: str
    text: str
    meta: dict = field(repr=False)
    log: pd.DataFrame = field(repr=False)
    artifacts: pd.DataFrame = field(repr=False)
    paragraph_spans: tuple[tuple[int, int], ...] = field(repr=False)
    sentence_spans: tuple[tuple[int, int, int], ...] = field(repr=False)

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
            {"paragraph": p, "sentence": i, "start": s, "end": e, "text": self.text[s:e]}
            for i, (p, s, e) in enumerate(self.sentence_spans)
        ]
        return pd.DataFrame(rows, columns=["paragraph", "sentence", "start", "end", "text"])

    def paragraph_of(self, offset: int) -> int:
        """The number of the paragraph that contains character ``offset``."""
        for i, (s, e) in enumerate(self.paragraph_spans):
            if offset < e or i == len(self.paragraph_spans) - 1:
                return i if offset >= s or i == 0 else i - 1
        return 0

    def __repr__(self) -> str:
        words = len(self.words)
        return (
            f"<Article {self.name!r}: {len(self.paragraph_spans)} paragraphs, "
            f"{len(self.sentence_spans)} sentences, {words} words>"
        )


# --------------------------------------------------------------------------
# Splitting
# --------------------------------------------------------------------------


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


#: A paragraph longer than this (in characters) goes to pysbd in windows; shorter
#: ones go whole. pysbd's time grows with the square of a paragraph's length
#: (its abbreviation check rewrites the whole paragraph for every abbreviation it
#: meets), so a 50,000-word transcript with no blank line would take minutes.
LONG_PARAGRAPH = 5000

#: How many characters pysbd sees at a time in a long paragraph.
WINDOW = 4000

#: Sentence ends pysbd finds this close to the end of a window are not kept: the
#: next window starts at the last sentence end before them and finds them again
#: with the text that follows in view.
WINDOW_MARGIN = 1500

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
    while True:
        end = min(p_end, start + size)
        found = _pysbd_pieces(text, start, end)
        if end == p_end:
            pieces += found
            break
        cut = _last_safe_cut(text, start, end, found)
        if cut is None:  # no safe sentence end in this window: look further
            size *= 2
            continue
        pieces += found[:cut]
        start, size = found[cut][0], WINDOW
    return _join_pieces(text, number, pieces)


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
    before the window's end, outside every stretch pysbd keeps together
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
        if cut > len(part) - WINDOW_MARGIN:
            continue
        if any(s < cut < e for s, e in inside):
            continue
        if any(abs(cut - m) < WINDOW_MARGIN for m in near_lists):
            continue
        if not _outside_quotes(part[:cut]):
            continue
        return i
    return None


#: Pairs of marks pysbd keeps together (it never ends a sentence between them).
PAIRED_MARKS = (("“", "”"), ("«", "»"), ("(", ")"), ("[", "]"))

#: An opening single quotation mark, as pysbd sees one: after a space.
SINGLE_OPENERS = (re.compile(r"(?<=\s)'"), re.compile(r"(?<=\s)‘"))


def _outside_quotes(before: str) -> bool:
    """True if every quotation mark and bracket opened in ``before`` is closed in it."""
    if before.count('"') % 2 or before.count("''") % 2 or before.count("--") % 2:
        return False
    if any(before.count(a) != before.count(b) for a, b in PAIRED_MARKS):
        return False
    for opener in SINGLE_OPENERS:
        last = None
        for last in opener.finditer(before):
            pass
        if last is not None and not re.search(r"['’](?![a-zA-Z])", before[last.end() :]):
            return False
    return True


def _join_pieces(text: str, number: int, pieces: list) -> list[tuple[int, int, int]]:
    """pysbd's pieces as sentences: a dateline or a lone closing mark joins its neighbour."""
    spans = []
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
# Building articles
# --------------------------------------------------------------------------


def article_from_text(
    text: str,
    *,
    outlet: str | None = None,
    headline: str | None = None,
    url: str | None = None,
    published: str | None = None,
    normalise_quotes: bool = False,
    **meta,
) -> Article:
    """Make an :class:`Article` from a string, for example text pasted into a notebook.

    Parameters
    ----------
    text : str
        The article's text. Paragraphs separated by blank lines (or one per line).
    outlet, headline, url, published : str, optional
        What you know about the article. If ``headline`` is not given and the
        first line looks like a headline, it is used.
    normalise_quotes : bool
        Make all double quotation marks curly (a logged step). Off by default.

    Raises
    ------
    ArticleError
        If the text is not a string or has no words.

    Warns
    -----
    ShortTextWarning
        If the text has fewer than :data:`MIN_WORDS` words (the article is
        still made; ``meta["short_text"]`` is True).
    kitlib.language.NonEnglishWarning
        If the text does not look like English (the article is still made;
        ``meta["looks_english"]`` is False, ``meta["english_share"]`` and
        ``meta["language_warning"]`` say why). English-only measures such as
        readability should flag their figures for such an article.
    """
    if not isinstance(text, str):
        raise ArticleError(
            f"An article's text must be a string (words in quotes), not {type(text).__name__}."
        )
    if not re.search(r"\w", text):
        raise ArticleError(
            "This text has no words in it. Check that you pasted or loaded the article."
        )
    cleaned = cleaning.clean(text, headline=headline, normalise_quotes=normalise_quotes)
    found_headline, dek = cleaning.headline_and_dek(text, headline)
    info = {
        "id": meta.pop("id", None),
        "outlet": outlet,
        "headline": headline or found_headline,
        "dek": dek,
        "url": url,
        "published": published,
        **meta,
    }
    paragraph_spans = split_paragraphs(cleaned.text)
    sentence_spans = split_sentences(cleaned.text, paragraph_spans)
    found = _artifacts.find_artifacts(
        cleaned.text, cleaned.gaps, paragraph_spans, [(s, e) for _, s, e in sentence_spans]
    )
    words = len(WORD.findall(cleaned.text))
    info["short_text"] = words < MIN_WORDS
    if words < MIN_WORDS:
        warnings.warn(
            f"This text has only {words} word{'s' if words != 1 else ''}; figures such as "
            "readability scores "
            f"mean little below {MIN_WORDS} words.",
            ShortTextWarning,
            stacklevel=2,
        )
    info.update(language.language_check(cleaned.text))
    if info["language_warning"]:
        warnings.warn(info["language_warning"], language.NonEnglishWarning, stacklevel=2)
    return Article(
        raw=text,
        text=cleaned.text,
        meta=info,
        log=cleaned.log,
        artifacts=found,
        paragraph_spans=tuple(paragraph_spans),
        sentence_spans=tuple(sentence_spans),
    )


@cache
def metadata() -> pd.DataFrame:
    """The bundled articles' metadata table (``data/articles.csv``), one row per article."""
    return pd.read_csv(data.data_path("articles.csv"), dtype=str, keep_default_na=False)


def load_bundled(article_id: str, normalise_quotes: bool = False) -> Article:
    """Load one bundled article by id: ``"nbc"`` or ``"cnn"``."""
    table = metadata()
    rows = table[table["id"] == article_id]
    if rows.empty:
        raise ArticleError(
            f"There is no bundled article called {article_id!r}. "
            f"Choose one of: {', '.join(table['id'])}."
        )
    row = rows.iloc[0].to_dict()
    raw = data.read_text(row["file"])
    return article_from_text(raw, normalise_quotes=normalise_quotes, **row)


def load_pair(normalise_quotes: bool = False) -> tuple[Article, Article]:
    """The two bundled articles: NBC News first, CNN second.

    >>> nbc, cnn = load_pair()
    >>> nbc.meta["headline"]
    'At Odds With Trump, Pence Seeks Harder Line on Russia'
    """
    return tuple(load_bundled(i, normalise_quotes) for i in BUNDLED)


#: File signatures of formats students often mistake for text: (first bytes, what it is).
BINARY_SIGNATURES = (
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a Word (.docx), OpenDocument or zip file"),
    (b"\xd0\xcf\x11\xe0", "an old Word (.doc) file"),
    (b"{\\rtf", "a Rich Text (.rtf) file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)

#: Byte-order marks that say which Unicode encoding a file uses.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: A saved web page whose extracted text has fewer words than this holds no article
#: (what is found is a menu or a cookie notice).
MIN_PAGE_WORDS = 10

#: Encodings to suggest when a file is not UTF-8: Windows' Western European
#: encoding, ISO Latin-1, and the old Macintosh encoding.
ENCODINGS_TO_TRY = ("cp1252", "latin-1", "mac_roman")


class EncodingGuessWarning(UserWarning):
    """A file was not UTF-8, so the kit guessed its encoding; check the text reads well."""


def _looks_like_pasted_text(path) -> bool:
    """A string with a line break, or too long to be a file's name, is an article's text."""
    if not isinstance(path, str):
        return False
    if "\n" in path:
        return True
    try:
        return len(path) > 255 and not Path(path).exists()
    except OSError:  # "File name too long"
        return True


def load_article(path: str | Path, *, encoding: str | None = None, **meta) -> Article:
    """Load an article from a ``.txt`` file or a web page saved as ``.html``.

    Parameters
    ----------
    path : str or Path
        The file. ``~`` stands for your home folder.
    encoding : str, optional
        The file's text encoding. Leave it out: UTF-8 is tried first, then
        the encoding is detected (with a warning). Give it when the
        detected one is wrong, for example ``encoding="cp1252"``.
    **meta
        Facts to record, such as ``outlet="The Guardian"``; they override
        what is found in a saved page.

    Returns
    -------
    Article
        ``meta["source"]`` is the path; ``meta["encoding"]`` the encoding,
        when it was not UTF-8.

    Raises
    ------
    ArticleError
        With a message that says what to do: no such file, a folder, text
        pasted where a file name belongs, a file that cannot be read, a
        binary file (PDF, Word, image), text that cannot be decoded, or a web
        page with no article text in it.

    Warns
    -----
    EncodingGuessWarning
        The file was not UTF-8 and its encoding was guessed.
    ShortTextWarning, kitlib.language.NonEnglishWarning
        As for :func:`article_from_text`.

    Examples
    --------
    >>> from kitlib.data import DATA
    >>> load_article(DATA / "raw" / "000_bff022238aba6ced.txt").meta["headline"]
    'At Odds With Trump, Pence Seeks Harder Line on Russia'
    """
    if _looks_like_pasted_text(path):
        raise ArticleError(
            "This looks like the text of an article, not the name of a file. To analyse "
            "text you pasted, use  kitlib.article_from_text(text)  instead."
        )
    if not isinstance(path, (str, Path)) or not str(path).strip():
        raise ArticleError(
            "load_article needs the name of a file, in quotes, such as "
            f"load_article('my_article.txt'), not {path!r}."[:300]
        )
    path = Path(path).expanduser()
    if not path.exists():
        raise ArticleError(
            f"There is no file at {path}. Check the spelling of the name and the folder it "
            f"is in (the notebook looks in {Path.cwd()})."
        )
    if path.is_dir():
        raise ArticleError(
            f"{path} is a folder, not a file. Give the path of the .txt or .html file inside it."
        )
    try:
        raw_bytes = path.read_bytes()
    except OSError as error:
        raise ArticleError(
            f"{path.name} could not be read ({error.strerror or error}). Check that you may "
            "open it, or copy it into your own folder and load the copy."
        ) from None
    kind = _binary_kind(raw_bytes)
    if kind:
        raise ArticleError(
            f"{path.name} is not a text file: it looks like {kind}. Save the article as "
            "plain text (.txt) or as a web page (.html) and load that."
        )
    text, used = decode(raw_bytes, path.name, encoding)
    meta.setdefault("source", str(path))
    if used != "utf-8":
        meta.setdefault("encoding", used)
    if path.suffix.lower() in (".html", ".htm") or text.lstrip()[:15].lower().startswith(
        ("<!doctype", "<html")
    ):
        return _from_html(text, path.name, meta)
    return article_from_text(text, **meta)


def _binary_kind(raw_bytes: bytes) -> str | None:
    """What a binary file looks like ("a PDF", ...), or None for text."""
    for signature, kind in BINARY_SIGNATURES:
        if raw_bytes.startswith(signature):
            return kind
    if any(raw_bytes.startswith(bom) for bom, _ in BOMS):
        return None  # UTF-16 and UTF-32 text has zero bytes in it
    if b"\x00" in raw_bytes[:4096]:
        return "a program, image or document, not text"
    return None


def decode(raw_bytes: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode a file's bytes: as ``encoding`` if given, else UTF-8, else a detected encoding.

    Returns
    -------
    tuple of (str, str)
        The text and the encoding used (``"utf-8"`` for UTF-8 with or without a BOM).

    Raises
    ------
    ArticleError
        If the given encoding is unknown or does not fit the bytes, or no
        encoding fits; the message names encodings to try.
    """
    to_try = ", ".join(f'encoding="{e}"' for e in ENCODINGS_TO_TRY)
    if encoding is not None:
        try:
            return raw_bytes.decode(encoding), encoding
        except LookupError:
            raise ArticleError(
                f"Python does not know an encoding called {encoding!r}. Try one of: {to_try}."
            ) from None
        except UnicodeDecodeError as error:
            raise ArticleError(
                f"{name} is not in {encoding} (byte {error.start} does not fit). Leave out "
                f"encoding= to let the kit detect it, or try one of: {to_try}."
            ) from None
    for bom, bom_encoding in BOMS:
        if raw_bytes.startswith(bom):
            try:
                text = raw_bytes.decode(bom_encoding)
            except UnicodeDecodeError:
                break
            return text, "utf-8" if bom_encoding == "utf-8-sig" else bom_encoding
    try:
        return raw_bytes.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text, used = _guess(raw_bytes)
    if text is None:
        raise ArticleError(
            f"{name} is not UTF-8 text and its encoding could not be detected. Try "
            f"load_article(path, {to_try.split(', ')[0]}) (files saved on Windows), or open "
            "the file in a text editor, save it again as 'UTF-8', and load it."
        )
    warnings.warn(
        f"{name} is not UTF-8; the kit read it as {used}. Look at the text: if letters such "
        f"as é, ’ or “ look wrong, load it again with another encoding ({to_try}), or save "
        "it as UTF-8.",
        EncodingGuessWarning,
        stacklevel=3,
    )
    return text, used


def _guess(raw_bytes: bytes) -> tuple[str | None, str]:
    """Decode bytes that are not valid UTF-8: damaged UTF-8, Windows-1252, or what is detected."""
    damaged = raw_bytes.decode("utf-8", errors="replace")
    bad = damaged.count("\ufffd")
    good = sum(1 for c in damaged if c > "\x7f" and c != "\ufffd")
    if good > bad:  # real UTF-8 letters outnumber the broken bytes: a few damaged bytes
        return damaged, "utf-8 (damaged bytes replaced by �)"
    from charset_normalizer import from_bytes

    best = from_bytes(raw_bytes).best()
    if best is None:
        return None, ""
    try:  # English text in a Latin-alphabet encoding is most often Windows-1252
        if _is_latin_single_byte(best.encoding):
            return raw_bytes.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    return str(best), best.encoding


def _is_latin_single_byte(encoding: str) -> bool:
    name = encoding.lower().replace("-", "_")
    return name.startswith(("cp125", "windows_125", "iso8859", "latin", "mac_")) or name in (
        "cp850",
        "cp437",
    )


def _from_html(html: str, name: str, meta: dict) -> Article:
    import trafilatura

    found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    body = getattr(found, "text", None) if found is not None else None
    if not body or len(re.findall(r"\w+", body)) < MIN_PAGE_WORDS:
        raise ArticleError(
            f"No article text was found in {name}. In your browser, open the article and "
            "save it with 'Save Page As…' ('Web Page, complete' or 'HTML only'), or copy "
            "the article's text into a .txt file."
        )
    info = {
        "headline": found.title,
        "outlet": found.sitename,
        "url": found.url,
        "published": found.date,
        "author": found.author,
    }
    info.update({k: v for k, v in meta.items() if v is not None})
    paragraphs = "\n\n".join(line.strip() for line in body.split("\n") if line.strip())
    return article_from_text(paragraphs, **info)


def as_article(text_or_article: str | Article) -> Article:
    """Accept an Article or plain text; always return an Article."""
    if isinstance(text_or_article, Article):
        return text_or_article
    return article_from_text(text_or_article)
