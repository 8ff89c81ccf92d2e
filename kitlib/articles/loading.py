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
import errno
import hashlib
import os
import re
import stat
import warnings
from collections import Counter
from functools import cache
from pathlib import Path

import pandas as pd

from kitlib import data
from kitlib.articles import artifacts as _artifacts
from kitlib.articles import cleaning, language
from kitlib.articles.article import Article
from kitlib.errors import ArticleError, EncodingGuessWarning, NonEnglishWarning, ShortTextWarning
from kitlib.text import WORD, split_paragraphs, split_sentences, word_count

__all__ = [
    "BINARY_SIGNATURES",
    "BOMS",
    "BUNDLED",
    "DEEPEST_PAGE",
    "ENCODINGS_TO_TRY",
    "ENCODING_NAMES",
    "FILE_NAME",
    "FILE_SUFFIXES",
    "INVENTED",
    "LONGEST_ATTRIBUTE",
    "MAX_BYTES",
    "MIN_PAGE_WORDS",
    "MIN_WORDS",
    "NOT_A_FILE",
    "OTHER_FILE_SUFFIXES",
    "READ_CHUNK_BYTES",
    "WESTERN_ENCODINGS",
    "WIDE_UNICODE",
    "article_from_html",
    "article_from_text",
    "as_article",
    "as_articles",
    "decode",
    "input_sha256",
    "load_article",
    "load_bundled",
    "load_invented_pair",
    "load_pair",
    "load_source",
    "looks_like_path",
    "metadata",
    "name_in_artifacts",
    "paragraph_lengths",
    "read_limited",
    "unique_names",
    "with_article",
]

#: Below this many words, figures such as readability scores mean little.
MIN_WORDS = 50

#: The bundled articles, in the order load_pair() returns them.
BUNDLED = ("nbc", "cnn")


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
        first line looks like a headline, it is used. A dek, an archive's abstract,
        a byline and a dateline found at the top of the text are moved out of it
        too, each logged, into ``meta["dek"]``, ``meta["abstract"]``,
        ``meta["byline"]`` and ``meta["dateline"]``.
    normalise_quotes : bool
        Make all double quotation marks curly (a logged step). Off by default.

    Raises
    ------
    ArticleError
        If the text is not a string, has no words, or has no words left after
        cleaning (a page with only a caption, a headline or links).

    Warns
    -----
    ShortTextWarning
        If the text has fewer than :data:`MIN_WORDS` words (the article is
        still made; ``meta["short_text"]`` is True).
    kitlib.NonEnglishWarning
        If the text does not look like English (the article is still made;
        ``meta["looks_english"]`` is False, ``meta["english_share"]`` and
        ``meta["language_warning"]`` say why). English-only measures such as
        readability should flag their figures for such an article.

    Examples
    --------
    >>> text = "Pence spoke first. Kaine answered.\\n\\nThe debate went on."
    >>> article = article_from_text(text, outlet="The Daily Example")
    >>> article.name, article.paragraphs
    ('The Daily Example', ['Pence spoke first. Kaine answered.', 'The debate went on.'])
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
    if not re.search(r"\w", cleaned.text):
        removed = "; ".join(dict.fromkeys(cleaned.log["why"]))
        raise ArticleError(
            "No article text is left after cleaning: every line was taken for something "
            f"other than the story ({removed}). The page probably holds no article (only a "
            "headline, a photo caption or links). Save the article's own page, or copy its "
            "text into a .txt file."
        )
    found_headline, dek = cleaning.headline_and_dek(text, headline)
    shown_headline, site_suffix = cleaning.strip_site_suffix(headline or found_headline or "")
    if site_suffix:
        meta["headline_site_suffix"] = site_suffix.strip(" |-–—")
    info = {
        "id": meta.pop("id", None),
        "outlet": outlet,
        "headline": shown_headline or None,
        "dek": dek,
        "url": url,
        "published": published,
        **cleaned.meta,
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
        warnings.warn(info["language_warning"], NonEnglishWarning, stacklevel=2)
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
def _metadata() -> pd.DataFrame:
    return pd.read_csv(data.data_path("articles.csv"), dtype=str, keep_default_na=False)


def metadata() -> pd.DataFrame:
    """The bundled articles' metadata table (``data/articles.csv``), one row per article.

    A fresh copy each time: changing it changes nothing else.

    >>> table = metadata()
    >>> table.loc[0, "outlet"] = "changed"
    >>> metadata().loc[0, "outlet"]
    'NBC News'
    """
    return _metadata().copy()


def load_bundled(article_id: str, *, normalise_quotes: bool = False) -> Article:
    """Load one bundled article by id: ``"nbc"`` or ``"cnn"``.

    Examples
    --------
    >>> load_bundled("cnn").meta["outlet"]
    'CNN'
    """
    table = _metadata()
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
    first, second = (load_bundled(i, normalise_quotes=normalise_quotes) for i in BUNDLED)
    return first, second


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


def load_article(
    path: str | Path, *, encoding: str | None = None, max_bytes: int | None = None, **meta
) -> Article:
    """Load an article from a ``.txt`` file or a web page saved as ``.html``.

    Parameters
    ----------
    path : str or Path
        The file. ``~`` stands for your home folder.
    encoding : str, optional
        The file's text encoding. Leave it out: UTF-8 is tried first, then
        the encoding is detected (with a warning). Give it when the
        detected one is wrong, for example ``encoding="cp1252"``.
    max_bytes : int, optional
        The largest file to read, in bytes (default :data:`MAX_BYTES`, 20 MB);
        a larger file is refused with a message, without being read.
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
        With a message that says what to do: no such file, a folder, a link
        to nothing or a loop of links, a device or pipe (``/dev/zero``, a FIFO)
        instead of a file, a file larger than ``max_bytes``, text pasted where a
        file name belongs, a file that cannot be read, a binary file (PDF, Word,
        image), text that cannot be decoded, or a web page with no article text
        in it.

    Warns
    -----
    EncodingGuessWarning
        The file was not UTF-8 and its encoding was guessed.
    ShortTextWarning, kitlib.NonEnglishWarning
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
    raw_bytes = read_limited(path, max_bytes=MAX_BYTES if max_bytes is None else max_bytes)
    kind = _binary_kind(raw_bytes)
    if kind:
        raise ArticleError(
            f"{path.name} is not a text file: it looks like {kind}. Save the article as "
            "plain text (.txt) or as a web page (.html) and load that."
        )
    text, used = decode(raw_bytes, path.name, encoding=encoding)
    meta.setdefault("source", str(path))
    if used != "utf-8":
        meta.setdefault("encoding", used)
    if path.suffix.lower() in (".html", ".htm") or text.lstrip()[:15].lower().startswith(
        ("<!doctype", "<html")
    ):
        return _from_html(text, path.name, meta)
    return article_from_text(text, **meta)


#: The largest file the kit reads, in bytes: 20 MB, some 3 million words, the
#: length of thousands of news articles. A larger file (a log, a whole archive in
#: one file) is refused with a message before any of it is read, so that loading
#: never fills the memory. Give ``max_bytes=`` to :func:`load_article` to change it
#: for one file, or set ``kitlib.articles.loading.MAX_BYTES`` for a whole session.
MAX_BYTES = 20_000_000

#: Files are read this many bytes at a time, so that reading stops at the limit
#: even when the size the system reports is wrong (0 for files under /proc).
READ_CHUNK_BYTES = 1 << 20

#: What a path that is not an ordinary file is, by the test that recognises it.
NOT_A_FILE = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISCHR, "a device (such as /dev/zero or a terminal)"),
    (stat.S_ISBLK, "a disk device"),
    (stat.S_ISFIFO, "a pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
)


def _open_for_reading(path: Path) -> int:
    """A file descriptor for ``path``, an ordinary file (else :class:`ArticleError`).

    Opening never waits (a pipe with no writer would), and what was opened is
    checked, not what the name pointed to a moment before.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    mode = os.fstat(descriptor).st_mode
    for test, kind in NOT_A_FILE:
        if test(mode):
            os.close(descriptor)
            raise ArticleError(_not_a_file(path, kind))
    return descriptor


def read_limited(path: str | Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of an ordinary file of at most ``max_bytes`` bytes, read in chunks.

    Everything that is not an ordinary file of that size is refused with a
    message that says what it is and what to do: no such file, a link to
    nothing, a loop of links, a folder, a device such as ``/dev/zero``, a pipe,
    a socket, a file that is too large or cannot be read.

    Raises
    ------
    ArticleError
        As above; nothing is read beyond ``max_bytes`` + 1 bytes.

    Examples
    --------
    >>> read_limited("/dev/zero")
    Traceback (most recent call last):
    ...
    kitlib.errors.ArticleError: /dev/zero is a device (such as /dev/zero or a terminal), ...
    """
    path = Path(path)
    try:
        descriptor = _open_for_reading(path)
    except OSError as error:
        raise ArticleError(_why_not_opened(path, error)) from None
    with os.fdopen(descriptor, "rb", closefd=True, buffering=0) as file:
        if os.fstat(file.fileno()).st_size > max_bytes:  # refused at once, nothing read
            raise ArticleError(_too_large(path, max_bytes))
        chunks, size = [], 0
        try:
            while chunk := file.read(min(READ_CHUNK_BYTES, max_bytes + 1 - size)):
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    raise ArticleError(_too_large(path, max_bytes))
        except OSError as error:
            raise ArticleError(_why_not_opened(path, error)) from None
    return b"".join(chunks)


def _why_not_opened(path: Path, error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return (
            f"{path} is a link that leads back to itself (a loop of symbolic links), so "
            "there is no file to read. Give the path of the article's file itself."
        )
    if error.errno == errno.ENOENT and path.is_symlink():
        return (
            f"{path} is a link to {os.readlink(path)}, which does not exist (the file was "
            "moved or deleted). Give the path of the article's file itself."
        )
    if error.errno == errno.ENOENT:
        return (
            f"There is no file at {path}. Check the spelling of the name and the folder it "
            f"is in (the notebook looks in {Path.cwd()})."
        )
    if error.errno == errno.EISDIR or path.is_dir():  # Windows says "permission denied"
        return _not_a_file(path, "a folder")
    return (
        f"{path.name} could not be read ({error.strerror or error}). Check that you may "
        "open it, or copy it into your own folder and load the copy."
    )


def _not_a_file(path: Path, kind: str) -> str:
    if kind == "a folder":
        return f"{path} is a folder, not a file. Give the path of the .txt or .html file inside it."
    return (
        f"{path} is {kind}, not a file: the kit reads only ordinary files, which have an "
        "end. Save the article as a .txt or .html file and give that file's path."
    )


def _too_large(path: Path, max_bytes: int) -> str:
    return (
        f"{path.name} is larger than {_megabytes(max_bytes)}, the most the kit reads from one "
        "file (a news article is a few tens of kilobytes). If it holds many articles, save "
        "each in a file of its own (framing-kit batch reads a whole folder); to read it "
        "anyway, give a larger limit: load_article(path, max_bytes=...)."
    )


def _megabytes(n: int) -> str:
    return f"{n / 1e6:g} MB" if n >= 100_000 else f"{n:,} bytes"


def _binary_kind(raw_bytes: bytes) -> str | None:
    """What a binary file looks like ("a PDF", ...), or None for text."""
    for signature, kind in BINARY_SIGNATURES:
        if raw_bytes.startswith(signature):
            return kind
    if any(raw_bytes.startswith(bom) for bom, _ in BOMS):
        return None  # UTF-16 and UTF-32 text has zero bytes in it
    if b"\x00" in raw_bytes[:4096] and _wide_unicode(raw_bytes) is None:
        return "a program, image or document, not text"
    return None


def decode(raw_bytes: bytes, name: str, *, encoding: str | None = None) -> tuple[str, str]:
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

    Examples
    --------
    >>> decode("café".encode("utf-8"), "menu.txt")
    ('café', 'utf-8')
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
                f"encoding= (--encoding on the command line) to let the kit detect it, or try "
                f"one of: {to_try}."
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
    guessed, used = _guess(raw_bytes)
    if guessed is None:
        raise ArticleError(
            f"{name} is not UTF-8 text and its encoding could not be detected. Try "
            f"load_article(path, {to_try.split(', ')[0]}) (files saved on Windows; on the "
            f"command line: --encoding {ENCODINGS_TO_TRY[0]}), or open the file in a text "
            "editor, save it again as 'UTF-8', and load it."
        )
    warnings.warn(
        f"{name} is not UTF-8; the kit read it as {used}{ENCODING_NAMES.get(used, '')}. Look "
        "at the text: if letters such as é, ’ or “ look wrong, load it again with another "
        f"encoding ({to_try}; on the command line: --encoding cp1252), or save it as UTF-8.",
        EncodingGuessWarning,
        stacklevel=3,
    )
    return guessed, used


#: What the encodings the kit may choose are, in words, for the warning that names one.
ENCODING_NAMES = {
    "cp1252": " (Windows Western European, the usual encoding of English text saved on Windows)",
    "latin-1": " (ISO Latin-1, Western European)",
    "utf-16-le": " (UTF-16, little-endian, without the byte-order mark that usually starts it)",
    "utf-16-be": " (UTF-16, big-endian, without the byte-order mark that usually starts it)",
    "utf-32-le": " (UTF-32, little-endian, without a byte-order mark)",
    "utf-32-be": " (UTF-32, big-endian, without a byte-order mark)",
}


def _guess(raw_bytes: bytes) -> tuple[str | None, str]:
    """Decode bytes that are not valid UTF-8, trying in turn: damaged UTF-8, UTF-16 or
    UTF-32 without a byte-order mark, a Western encoding (:data:`WESTERN_ENCODINGS`)
    if the text then reads as English, and last what charset-normalizer detects."""
    damaged = raw_bytes.decode("utf-8", errors="replace")
    bad = damaged.count("\ufffd")
    good = sum(1 for c in damaged if c > "\x7f" and c != "\ufffd")
    if good > bad:  # real UTF-8 letters outnumber the broken bytes: a few damaged bytes
        return damaged, "utf-8 (damaged bytes replaced by �)"
    wide = _wide_unicode(raw_bytes)
    if wide is not None:
        return raw_bytes.decode(wide), wide
    for western in WESTERN_ENCODINGS:  # English text saved on Windows, or in ISO Latin-1
        try:
            text = raw_bytes.decode(western)
        except UnicodeDecodeError:
            continue
        if language.looks_english(text):
            return text, western
        break
    from charset_normalizer import from_bytes

    best = from_bytes(raw_bytes).best()
    if best is None:
        return None, ""
    return str(best), best.encoding


#: Encodings tried, in order, for a file that is not UTF-8, before any detection:
#: Windows' Western European encoding (what Word and Notepad save on a Western
#: Windows) and ISO Latin-1 (which any bytes fit). The first that decodes is kept
#: if the text then reads as English (:func:`kitlib.articles.language.looks_english`):
#: a detector alone, on a short English text with two accented letters, may pick
#: a Baltic or Central European encoding ("The cafķ owner").
WESTERN_ENCODINGS = ("cp1252", "latin-1")

#: UTF-16 and UTF-32 without a byte-order mark, recognised by where the zero
#: bytes of ASCII letters fall: (encoding, bytes per character, position of the
#: letter's byte among them).
WIDE_UNICODE = (("utf-32-le", 4, 0), ("utf-32-be", 4, 3), ("utf-16-le", 2, 0), ("utf-16-be", 2, 1))


def _wide_unicode(raw_bytes: bytes) -> str | None:
    """``"utf-16-le"`` (etc.) if ``raw_bytes`` are mostly ASCII letters in UTF-16 or
    UTF-32 with no byte-order mark, else None."""
    sample = raw_bytes[:4096]
    for encoding, width, letter in WIDE_UNICODE:
        cut = len(sample) - len(sample) % width
        if cut < 4 * width or len(raw_bytes) % width:
            continue
        units = [sample[i : i + width] for i in range(0, cut, width)]
        ascii_units = sum(
            1 for u in units if u[letter] and not any(b for i, b in enumerate(u) if i != letter)
        )
        if ascii_units < 0.6 * len(units):
            continue
        try:
            raw_bytes.decode(encoding)
        except UnicodeDecodeError:
            continue
        return encoding
    return None


#: An attribute value longer than this many characters (an image written into the
#: page as ``data:``, a script's state as JSON) holds no article text; on a second
#: reading of a page it is emptied, because the HTML parser gives up on values
#: over 10 MB and then finds no text at all.
LONGEST_ATTRIBUTE = 100_000

#: The HTML parser (libxml2, through lxml) reads a page at most this many elements
#: deep, even with its limits for huge pages lifted; a page nested deeper is
#: refused with a message naming the limit. (Without lifting them it stops at 256,
#: which a page built by a careless program can pass.)
DEEPEST_PAGE = 2048

_LONG_ATTRIBUTE = re.compile(
    rf"""(\s[\w:.-]+\s*=\s*)(?:"[^"]{{{LONGEST_ATTRIBUTE},}}"|'[^']{{{LONGEST_ATTRIBUTE},}}')"""
)


def _extract(html: str, name: str):
    """trafilatura's findings in a page, or None. A page it finds nothing in is read a
    second time, its long attributes emptied and with the parser's limits lifted."""
    import trafilatura

    found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if _page_words(found) >= MIN_PAGE_WORDS:
        return found
    from lxml import etree
    from lxml import html as lxml_html

    shorter = _LONG_ATTRIBUTE.sub(r'\1""', html)
    tree = None
    for page, encoding in ((shorter, None), (shorter.encode("utf-8"), "utf-8")):
        try:  # as text; or as bytes, for a page that declares its encoding
            parser = lxml_html.HTMLParser(huge_tree=True, encoding=encoding)
            tree = lxml_html.fromstring(page, parser=parser)
            break
        except (etree.ParserError, ValueError):  # an empty page; a declared encoding
            continue
    if tree is None:
        return None
    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    if deepest >= DEEPEST_PAGE - 2:
        raise ArticleError(
            f"{name} is nested more than {DEEPEST_PAGE:,} elements deep, the most the HTML "
            "reader can follow, so the article's text cannot be found in it. Open the page "
            "in your browser and copy the article's text into a .txt file."
        )
    return trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False)


def _page_words(found) -> int:
    body = getattr(found, "text", None) if found is not None else None
    return len(re.findall(r"\w+", body)) if body else 0


def _from_html(html: str, name: str, meta: dict) -> Article:
    return article_from_html(html, name=name, **meta)


def article_from_html(html: str, *, name: str = "the page", **meta) -> Article:
    """Make an :class:`Article` from a web page's HTML, given as a string.

    The page's main text, headline, site name, address, date and author are found
    by trafilatura; what you pass in ``meta`` overrides them. :func:`load_article`
    uses this for a saved ``.html`` file.

    Parameters
    ----------
    html : str
        The page's HTML.
    name : str
        What to call the page in an error message (a file's name).
    **meta
        Facts to record, such as ``outlet="The Guardian"``.

    Raises
    ------
    ArticleError
        If ``html`` is not a string, or the page holds no article text.

    Examples
    --------
    >>> page = ("<html><head><title>Council votes to close the library</title></head>"
    ...         "<body><article><h1>Council votes to close the library</h1>"
    ...         "<p>The town council voted on Monday night to close the library on Hill "
    ...         "Street, after a debate that lasted four hours and ended in a vote of five "
    ...         "to four.</p><p>Residents said they would appeal.</p></article></body></html>")
    >>> article = article_from_html(page)
    >>> article.meta["headline"], article.paragraphs[-1]
    ('Council votes to close the library', 'Residents said they would appeal.')
    """
    if not isinstance(html, str):
        raise ArticleError(
            f"article_from_html needs the page's HTML as a string, not {type(html).__name__}."
        )
    found = _extract(html, name)
    body = getattr(found, "text", None) if found is not None else None
    if not body or _page_words(found) < MIN_PAGE_WORDS:
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


#: Endings that make a one-line string a file name rather than an article's text:
#: the files the kit reads, and documents, images and archives students often
#: give by mistake (the loader then says the file is missing, or what it is).
FILE_SUFFIXES = (".txt", ".html", ".htm", ".text", ".md")
OTHER_FILE_SUFFIXES = (
    ".docx", ".doc", ".odt", ".rtf", ".pdf", ".pages", ".epub", ".csv", ".tsv", ".json",
    ".xml", ".xlsx", ".png", ".jpg", ".jpeg", ".gif", ".zip", ".eml", ".mht", ".mhtml",
)  # fmt: skip

#: A single word that ends like a file's name: a dot, then two to five letters or
#: digits, at least one a letter ("notes.abc", "story.TXT", "scan.pdf"; not "U.S.",
#: "U.S", "e.g" or "3.5").
FILE_NAME = re.compile(r"\S*[^\s.]\.(?=[A-Za-z0-9]{2,5}$)[0-9]*[A-Za-z][A-Za-z0-9]*")


def looks_like_path(item: str | Path) -> bool:
    """The kit's one rule for "is this string a file, or an article's text?".

    A :class:`~pathlib.Path` is a file. A string is a file's path when it is one
    line of under 256 characters that ends in one of :data:`FILE_SUFFIXES` or
    :data:`OTHER_FILE_SUFFIXES` (``"my article.docx"``), is one word that ends
    like a file's name (:data:`FILE_NAME`: ``"notes.abc"``), or names a file
    that exists; any other string is an article's text. A path that names no
    file is then an error that says so, never a two-word article.

    >>> looks_like_path("data/invented/courier.txt")
    True
    >>> looks_like_path("my_article.docx"), looks_like_path("their article.pdf")
    (True, True)
    >>> looks_like_path("Pence spoke first. Kaine answered.")
    False
    """
    if isinstance(item, Path):
        return True
    if not isinstance(item, str) or "\n" in item or len(item) >= 256 or not item.strip():
        return False
    name = item.strip()
    if name.lower().endswith(FILE_SUFFIXES + OTHER_FILE_SUFFIXES) or FILE_NAME.fullmatch(name):
        return True
    try:
        return Path(item).expanduser().is_file()
    except (OSError, ValueError, RuntimeError):  # a name the system cannot look up ("~0")
        return False


def as_article(article: str | Path | Article) -> Article:
    """Accept an Article, an article's text, or a file's path; always return an Article.

    Every analysis takes its article through this function, so they all read a
    string the same way (:func:`looks_like_path`): a path is loaded with
    :func:`load_article` (a missing file is an error that says so); the kit's
    own article names (``"nbc"``, ``"cnn"``, ``"courier"``, ``"evening_post"``,
    as on the command line) load those articles; any other string is the
    article's text.

    >>> from kitlib.data import DATA
    >>> as_article(str(DATA / "invented" / "courier.txt")).paragraphs[0][:22]
    "Brindlemoor's town cou"
    >>> as_article("Pence spoke first, and Kaine answered him at once. " * 10).paragraphs[0][:11]
    'Pence spoke'
    >>> as_article("cnn").name
    'CNN'
    """
    if isinstance(article, Article):
        return article
    if isinstance(article, str) and article.strip().lower() in BUNDLED + INVENTED:
        return load_source(article)
    if isinstance(article, Path) or looks_like_path(article):
        return load_article(article)
    return article_from_text(article)


# --------------------------------------------------------------------------
# Several articles: labels, paragraph lengths, and loading by name or path
# --------------------------------------------------------------------------


def as_articles(articles) -> tuple[Article, ...]:
    """Several articles, however they were given: ``f(nbc, cnn)`` or ``f([nbc, cnn])``.

    Every function of two or more articles takes them as ``*articles`` and
    passes them through here, so both spellings work everywhere; each one is
    read by :func:`as_article`.

    >>> import kitlib
    >>> nbc, cnn = kitlib.load_pair()
    >>> as_articles((nbc, cnn)) == as_articles(([nbc, cnn],))
    True
    """
    if len(articles) == 1 and isinstance(articles[0], (list, tuple)):
        articles = articles[0]
    return tuple(as_article(a) for a in articles)


def with_article(table: pd.DataFrame, article, *, name: str | None = None) -> pd.DataFrame:
    """``table`` with an ``article`` column first: the article's name (:attr:`Article.name`),
    or ``name`` if given.

    Every table of one article has this column, so the tables of a class's articles can
    be put together (``pd.concat``) and still say which row came from which article.

    >>> import pandas as pd
    >>> with_article(pd.DataFrame({"word": ["Russia"]}), "plain text, no name")
        article    word
    0  article  Russia
    """
    if name is None:
        name = article.name if isinstance(article, Article) else "article"
    table = table.drop(columns="article", errors="ignore")
    table.insert(0, "article", pd.Series([name] * len(table), index=table.index, dtype=object))
    return table


def unique_names(articles) -> tuple[str, ...]:
    """One label per article: its outlet (or id), numbered when two would be the same.

    Examples
    --------
    >>> a = article_from_text("A short text about a council vote.", outlet="Courier")
    >>> b = article_from_text("Another text about the same vote.", outlet="Courier")
    >>> unique_names([a, b])
    ('Courier (1)', 'Courier (2)')
    """
    names = [a.name for a in articles]
    out = []
    for i, name in enumerate(names):
        if names.count(name) > 1:
            name = f"{name} ({i + 1})"
        out.append(name)
    return tuple(out)


def paragraph_lengths(*articles, names=None) -> pd.DataFrame:
    """One row per paragraph: how long each paragraph of each article is.

    Parameters
    ----------
    *articles : Article or str
        The articles, one by one or as one list.
    names : list of str, optional
        Labels for the articles (default: :func:`unique_names`).

    Returns
    -------
    pandas.DataFrame
        Columns ``article`` (label), ``paragraph`` (1 = the first), ``words``,
        ``sentences``, ``opening`` (the paragraph's first words).

    >>> import kitlib
    >>> table = paragraph_lengths(*kitlib.load_pair())
    >>> table.groupby("article", sort=False)["paragraph"].max().tolist()
    [20, 11]
    """
    articles = as_articles(articles)
    names = names or unique_names(articles)
    rows = []
    for name, article in zip(names, articles, strict=True):
        sentences = Counter(
            p for p, _, _ in article.sentence_spans
        )  # one pass, not one per paragraph
        for number, paragraph in enumerate(article.paragraphs):
            rows.append(
                {
                    "article": name,
                    "paragraph": number + 1,
                    "words": word_count(paragraph),
                    "sentences": sentences[number],
                    "opening": " ".join(paragraph.split()[:8]),
                }
            )
    return pd.DataFrame(rows, columns=["article", "paragraph", "words", "sentences", "opening"])


def load_invented_pair() -> tuple[Article, Article]:
    """The two invented articles of lesson 07 (a fictional library closure).

    Both are marked as invented in their text and in ``meta["invented"]``.

    >>> courier, post = load_invented_pair()
    >>> courier.name, post.meta["invented"]
    ('Brindlemoor Courier', 'yes')
    """
    first, second = (_load_invented(i) for i in INVENTED)
    return first, second


#: The invented articles, in the order load_invented_pair() returns them.
INVENTED = ("courier", "evening_post")


def _load_invented(article_id: str) -> Article:
    table = pd.read_csv(data.data_path("invented/articles.csv"), dtype=str, keep_default_na=False)
    row = table[table["id"] == article_id].iloc[0].to_dict()
    return article_from_text(data.read_text(row["file"]), **row)


def load_source(source: str, *, encoding: str | None = None, **meta) -> Article:
    """Load an article from a name or a path.

    Parameters
    ----------
    source : str
        ``"nbc"`` or ``"cnn"`` (the bundled pair), ``"courier"`` or
        ``"evening_post"`` (the invented pair), or the path of a ``.txt`` or
        saved ``.html`` file.
    encoding : str, optional
        A file's text encoding, as for :func:`load_article` (not used for
        the bundled and invented articles).
    **meta
        Facts to record for a file, such as ``outlet=`` and ``headline=``.

    Raises
    ------
    ArticleError
        A missing, empty or binary file (the message says what to do).

    Examples
    --------
    >>> load_source("nbc").name, load_source("data/invented/courier.txt").meta["id"]
    ('NBC News', 'courier')
    """
    key = source.strip().lower()
    if key in BUNDLED:
        return load_bundled(key)
    if key in INVENTED:
        return _load_invented(key)
    meta = {k: v for k, v in meta.items() if v}
    meta.setdefault("id", Path(source).stem)  # the label when no outlet is given
    return load_article(source, encoding=encoding, **meta)


def name_in_artifacts(article, name: str) -> pd.DataFrame:
    """Every place ``name`` occurs as a whole word, and whether a coreference artifact covers it.

    Use it to see how many mentions of a person the *reporter* wrote, and how
    many a coreference resolver put in.

    Parameters
    ----------
    article : Article or str
        A loaded article (its ``artifacts`` are used), or plain text, which
        is loaded first.
    name : str
        The name as written, e.g. ``"Trump"``.

    Returns
    -------
    pandas.DataFrame
        Columns ``start, end, context`` (the words around it) and
        ``inside_artifact`` (True if a coreference artifact covers it).

    Examples
    --------
    >>> import kitlib
    >>> _, cnn = kitlib.load_pair()
    >>> table = name_in_artifacts(cnn, "Trump")
    >>> bool(table["inside_artifact"].any()), list(table.columns)
    (True, ['start', 'end', 'context', 'inside_artifact'])
    """
    article = as_article(article)
    spans = article.artifacts[article.artifacts["kind"] == "coreference_substitution"]
    rows = []
    for m in re.finditer(rf"\b{re.escape(name)}\b", article.text):
        inside = bool(((spans["start"] <= m.start()) & (m.end() <= spans["end"])).any())
        context = article.text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
        rows.append(
            {"start": m.start(), "end": m.end(), "context": context, "inside_artifact": inside}
        )
    return pd.DataFrame(rows, columns=["start", "end", "context", "inside_artifact"])


def input_sha256(article: Article) -> tuple[str, str]:
    """Where an article came from and the SHA-256 of what was read, for citing it.

    An article read from a file is hashed as the file's bytes (``sha256sum FILE`` gives
    the same); any other, as the text it was made from (UTF-8).

    Returns
    -------
    tuple of (str, str)
        The file's path (or "(text given directly)", "(bundled with the kit)") and the
        SHA-256 in hexadecimal.

    Examples
    --------
    >>> where, digest = input_sha256(article_from_text("A short text about a council vote."))
    >>> where, len(digest)
    ('(text given directly)', 64)
    """
    source = article.meta.get("source")
    if source and Path(source).is_file():
        return str(source), hashlib.sha256(read_limited(Path(source))).hexdigest()
    how = "(bundled with the kit)" if article.meta.get("id") in BUNDLED else "(text given directly)"
    return how, hashlib.sha256(article.raw.encode("utf-8")).hexdigest()
