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
import warnings
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
    "ENCODINGS_TO_TRY",
    "FILE_SUFFIXES",
    "INVENTED",
    "MIN_PAGE_WORDS",
    "MIN_WORDS",
    "article_from_html",
    "article_from_text",
    "as_article",
    "as_articles",
    "decode",
    "load_article",
    "load_bundled",
    "load_invented_pair",
    "load_pair",
    "load_source",
    "looks_like_path",
    "metadata",
    "name_in_artifacts",
    "paragraph_lengths",
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
    return tuple(load_bundled(i, normalise_quotes=normalise_quotes) for i in BUNDLED)


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
    text, used = decode(raw_bytes, path.name, encoding=encoding)
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
    import trafilatura

    if not isinstance(html, str):
        raise ArticleError(
            f"article_from_html needs the page's HTML as a string, not {type(html).__name__}."
        )
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


#: Endings that make a one-line string a file name rather than an article's text.
FILE_SUFFIXES = (".txt", ".html", ".htm", ".text", ".md")


def looks_like_path(item: str | Path) -> bool:
    """The kit's one rule for "is this string a file, or an article's text?".

    A :class:`~pathlib.Path` is a file. A string is a file's path when it is one
    line of under 256 characters that ends in one of :data:`FILE_SUFFIXES` or
    names a file that exists; any other string is an article's text.

    >>> looks_like_path("data/invented/courier.txt")
    True
    >>> looks_like_path("Pence spoke first. Kaine answered.")
    False
    """
    if isinstance(item, Path):
        return True
    if not isinstance(item, str) or "\n" in item or len(item) >= 256 or not item.strip():
        return False
    if item.strip().lower().endswith(FILE_SUFFIXES):
        return True
    try:
        return Path(item).expanduser().is_file()
    except (OSError, ValueError, RuntimeError):  # a name the system cannot look up ("~0")
        return False


def as_article(article: str | Path | Article) -> Article:
    """Accept an Article, an article's text, or a file's path; always return an Article.

    Every analysis takes its article through this function, so they all read a
    string the same way (:func:`looks_like_path`): a path is loaded with
    :func:`load_article` (a missing file is an error that says so), and any
    other string is the article's text.

    >>> from kitlib.data import DATA
    >>> as_article(str(DATA / "invented" / "courier.txt")).paragraphs[0][:22]
    "Brindlemoor's town cou"
    >>> as_article("Pence spoke first, and Kaine answered him at once. " * 10).paragraphs[0][:11]
    'Pence spoke'
    """
    if isinstance(article, Article):
        return article
    if looks_like_path(article):
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
        sentences = [p for p, _, _ in article.sentence_spans]
        for number, paragraph in enumerate(article.paragraphs):
            rows.append(
                {
                    "article": name,
                    "paragraph": number + 1,
                    "words": word_count(paragraph),
                    "sentences": sentences.count(number),
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
    return tuple(_load_invented(i) for i in INVENTED)


#: The invented articles, in the order load_invented_pair() returns them.
INVENTED = ("courier", "evening_post")


def _load_invented(article_id: str) -> Article:
    table = pd.read_csv(data.data_path("invented/articles.csv"), dtype=str, keep_default_na=False)
    row = table[table["id"] == article_id].iloc[0].to_dict()
    return article_from_text(data.read_text(row["file"]), **row)


def load_source(source: str, **meta) -> Article:
    """Load an article from a name or a path.

    Parameters
    ----------
    source : str
        ``"nbc"`` or ``"cnn"`` (the bundled pair), ``"courier"`` or
        ``"evening_post"`` (the invented pair), or the path of a ``.txt`` or
        saved ``.html`` file.
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
    return load_article(source, **meta)


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
