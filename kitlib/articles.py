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

import re
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
        words = len(self.text.split())
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


def split_sentences(
    text: str, paragraph_spans: list[tuple[int, int]]
) -> list[tuple[int, int, int]]:
    """Spans of the sentences of each paragraph, found with pysbd.

    pysbd knows English abbreviations ("Gov. Mike Pence", "U.S.", "Va."),
    which a full stop alone would split wrongly.
    """
    spans = []
    for number, (p_start, p_end) in enumerate(paragraph_spans):
        paragraph = text[p_start:p_end]
        cursor = 0
        for piece in _segmenter().segment(paragraph):
            stripped = piece.strip()
            if not stripped:
                continue
            found = paragraph.find(stripped, cursor)
            if found < 0:  # pysbd changed the text; fall back to its length
                found = cursor
            end = p_start + found + len(stripped)
            if spans and spans[-1][0] == number and _is_dateline(text[spans[-1][1] : spans[-1][2]]):
                spans[-1] = (number, spans[-1][1], end)  # "(CNN)" starts the sentence after it
            else:
                spans.append((number, p_start + found, end))
            cursor = found + len(stripped)
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
    words = len(re.findall(r"\w+", cleaned.text))
    info["short_text"] = words < MIN_WORDS
    if words < MIN_WORDS:
        warnings.warn(
            f"This text has only {words} words; figures such as readability scores "
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


def load_article(path: str | Path, **meta) -> Article:
    """Load an article from a ``.txt`` file or a web page saved as ``.html``.

    Parameters
    ----------
    path : str or Path
        The file. Plain text should be UTF-8; other encodings are detected.
    **meta
        Facts to record, such as ``outlet="The Guardian"``; they override
        what is found in a saved page.

    Raises
    ------
    ArticleError
        With a message that says what to do: missing file, a folder, a
        binary file, or a web page with no article text in it.
    """
    path = Path(path)
    if not path.exists():
        raise ArticleError(f"There is no file at {path}. Check the name and the folder it is in.")
    if path.is_dir():
        raise ArticleError(
            f"{path} is a folder, not a file. Give the path of the .txt or .html file inside it."
        )
    raw_bytes = path.read_bytes()
    if b"\x00" in raw_bytes[:4096]:
        raise ArticleError(
            f"{path.name} is not a text file (it looks like a PDF, Word file or image). "
            "Save the article as plain text (.txt) or as a web page (.html) and load that."
        )
    text, encoding = decode(raw_bytes, path.name)
    meta.setdefault("source", str(path))
    if encoding != "utf-8":
        meta.setdefault("encoding", encoding)
    if path.suffix.lower() in (".html", ".htm") or text.lstrip()[:15].lower().startswith(
        ("<!doctype", "<html")
    ):
        return _from_html(text, path.name, meta)
    return article_from_text(text, **meta)


def decode(raw_bytes: bytes, name: str) -> tuple[str, str]:
    """Decode a file's bytes as UTF-8, or as the encoding charset-normalizer detects."""
    try:
        return raw_bytes.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw_bytes).best()
    if best is None:
        raise ArticleError(
            f"{name} is not UTF-8 text and its encoding could not be detected. Open it in "
            "a text editor and save it again as 'UTF-8', then load it."
        )
    return str(best), best.encoding


def _from_html(html: str, name: str, meta: dict) -> Article:
    import trafilatura

    found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    body = getattr(found, "text", None) if found is not None else None
    if not body or not re.search(r"\w", body):
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
