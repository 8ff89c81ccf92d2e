"""What the frame coder looks at in an article: cue words, quotations, people and numbers.

The machine frame coder (:mod:`kitlib.frames.coder`) answers the codebook's
questions from a short list of *features*: things a student can point at in the
text. Each feature is one number per article:

- a **cue family** (:data:`CUE_FAMILIES`) counts words and phrases of one kind
  ("but", "however", "while" are *contrast*; "$4 million" is *money*), as
  ``log(1 + hits)``: the first mention counts most, the tenth little;
- **quotations** (a quick reading of the quotation marks, not the kit's full
  quotation finder): how many, how many different speakers, whether two or
  more people speak, how much of the text is quoted, and whether the quoted
  people speak of themselves ("I", "my family"). A speaker is the name nearest
  a speech verb ("said", "according to") next to the quotation, counted by its
  last word; a quotation with no such name adds no speaker;
- **form**: the article's length, questions and exclamations, "I" and "you" in
  the writer's own voice.

The word lists are general framing vocabulary, written for the kit; none is
about a topic (no climate, election or war words), so the coder can be used on
any news story. Every feature records the sentences where it fired, which is
how the coder shows its evidence; so does every word of the article
(``Features.words``), for the coder's word table.

>>> found = article_features(
...     "Critics say the plan will cost $4 billion. But the mayor disagreed sharply."
... )
>>> found.values["contrast"] > 0, found.values["money"] > 0
(True, True)
>>> found.sentences[found.hits["money"][0]]
'Critics say the plan will cost $4 billion.'
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pandas as pd

from kitlib.articles import Article, as_article, looks_like_path
from kitlib.errors import ArticleError
from kitlib.quotes.marks import read_marks
from kitlib.quotes.phrases import NAME_PATTERN, find_cues
from kitlib.text import CUE_WORD, split_paragraphs, split_sentences, word_count
from kitlib.vocab import FRAME_CUE_FAMILIES

__all__ = [
    "CUE_FAMILIES",
    "CueFamily",
    "Features",
    "MEETINGS",
    "NAME_WINDOW",
    "OTHER_FEATURES",
    "QUOTE_WINDOW",
    "SELF_IN_QUOTE",
    "WRITER_I",
    "WRITER_YOU",
    "article_features",
    "cue_hits",
    "describe",
    "feature_names",
    "feature_table",
    "features_of",
    "load",
    "quotations",
    "words_of",
]


@dataclass(frozen=True)
class CueFamily:
    """Words and phrases of one kind, with the words a student reads in the coder's reasons."""

    name: str
    label: str
    cues: tuple[str, ...]


def _family(name: str, label: str, cues: str) -> CueFamily:
    return CueFamily(name, label, tuple(c.strip() for c in cues.split(";") if c.strip()))


#: The cue families, built from :data:`kitlib.vocab.FRAME_CUE_FAMILIES`.
CUE_FAMILIES: tuple[CueFamily, ...] = tuple(
    _family(name, label, cues) for name, label, cues in FRAME_CUE_FAMILIES
)


@dataclass(frozen=True)
class _Lexicon:
    """Every cue, ready to look up: one-word cues, phrases by their first word, patterns."""

    words: dict
    phrases: dict
    patterns: tuple


def _tokens(text: str) -> list[str]:
    return [t.lower().replace("’", "'") for t in CUE_WORD.findall(text)]


def words_of(text: str, lower_case: bool = True) -> list[str]:
    """The words of a text as the coder's word table reads them, in order.

    Words are runs of letters and digits (:data:`kitlib.text.CUE_WORD`), with a
    straight apostrophe; in lower case unless ``lower_case`` is False.

    >>> words_of("The Mayor’s plan: act now!")
    ['the', "mayor's", 'plan', 'act', 'now']
    """
    if lower_case:
        return _tokens(text)
    return [t.replace("’", "'") for t in CUE_WORD.findall(text)]


@cache
def _lexicon() -> _Lexicon:
    """The cue families as look-up tables, built once per process.

    Looking words up in a table is several times faster than running one regular
    expression with hundreds of alternatives per family over the text.
    """
    words: dict[str, list[str]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    patterns = []
    for family in CUE_FAMILIES:
        expressions = []
        for cue in family.cues:
            if cue.startswith("re:"):
                expressions.append(cue[3:])
                continue
            tokens = tuple(_tokens(cue))
            if len(tokens) == 1:
                if family.name not in words.setdefault(tokens[0], []):
                    words[tokens[0]].append(family.name)
            else:
                phrases.setdefault(tokens[0], []).append((tokens, family.name))
        # one pattern per expression: a pattern that starts with a plain character is
        # searched for quickly, which a pattern joining several with "|" is not
        patterns += [(family.name, re.compile(expression)) for expression in expressions]
    return _Lexicon(words, phrases, tuple(patterns))


def _word(token: str, lexicon: _Lexicon) -> str:
    """A word as the look-up tables hold it: lower case, straight apostrophe, and
    without a possessive "'s" ("government's" is "government"; "let's" stays)."""
    word = token.lower().replace("’", "'")
    if word.endswith("'s") and word not in lexicon.words and word not in lexicon.phrases:
        return word[:-2]
    return word


def cue_hits(text: str) -> dict[str, list[int]]:
    """Where each cue family matches in ``text``: ``{family: [character offset, ...]}``.

    A family counts at most one match per word: "critics say" is one hit for
    *critics*, not two.

    >>> hits = cue_hits("Critics say it will cost $4 billion, but it won't.")
    >>> hits["critics"], hits["contrast"], hits["money"]
    ([0], [37], [25])
    """
    lexicon = _lexicon()
    found: dict[str, list[int]] = {family.name: [] for family in CUE_FAMILIES}
    spans = [(m.start(), _word(m.group(), lexicon)) for m in CUE_WORD.finditer(text)]
    tokens = [t for _, t in spans]
    free: dict[str, int] = {}  # per family, the first word a new match may start at
    for i, (start, token) in enumerate(spans):
        for family in lexicon.words.get(token, ()):
            if i >= free.get(family, 0):
                found[family].append(start)
                free[family] = i + 1
        for words, family in lexicon.phrases.get(token, ()):
            if i >= free.get(family, 0) and tuple(tokens[i : i + len(words)]) == words:
                found[family].append(start)
                free[family] = i + len(words)
    for family, pattern in lexicon.patterns:
        taken = set(found[family])
        found[family] = sorted(taken | {m.start() for m in pattern.finditer(text)})
    return found


#: Features that are not cue families: name -> what a student reads in the coder's reasons.
OTHER_FEATURES = {
    "quotes": "quotations (full sentences or words woven in)",
    "speakers": "people quoted (different speakers)",
    "two_sides": "two or more people quoted",
    "quoted_share": "share of the text in quotation marks",
    "quoted_self": "quoted people speaking of themselves ('I', 'my', 'we')",
    "length": "length in words",
    "questions": "questions in the writer's words ('?')",
    "exclamations": "exclamations in the writer's words ('!')",
    "writer_i": "'I' or 'we' in the writer's words",
    "writer_you": "'you' in the writer's words",
    "people_harm": "sentences where ordinary people meet harm ('residents ... lost their homes')",
    "people_money": "sentences where ordinary people meet money ('families ... pay more')",
}

#: The two families of words whose meeting in one sentence each of these features counts:
#: how people are affected (codebook question H3) is told in sentences that name people
#: *and* what happens to them.
MEETINGS = {
    "people_harm": (("affected", "family", "home", "personal"), ("harm", "risk", "emotion")),
    "people_money": (("affected", "family", "home"), ("money", "cost", "economy")),
}


def _short(feature: str) -> str:
    """A feature's label without its examples: "contrast words"."""
    for family in CUE_FAMILIES:
        if family.name == feature:
            return family.label.split(" (")[0]
    return OTHER_FEATURES[feature].split(" (")[0]


def describe(feature: str, value: float) -> str:
    """A feature's value in words, as the coder's reasons show it.

    >>> describe("money", math.log1p(2)), describe("contrast", 0.0)
    ('sums of money ×2', 'no contrast words')
    >>> describe("two_sides", 1.0), describe("speakers", math.log1p(3))
    ('two or more people quoted', 'people quoted: 3')
    """
    short = _short(feature)
    if feature == "two_sides":
        return short if value else "fewer than two people quoted"
    if feature == "quoted_share":
        return f"{round(100 * value)} % of the text in quotation marks"
    if feature == "length":
        return f"{round(math.expm1(value)):,} words"
    count = round(math.expm1(value))
    if feature in OTHER_FEATURES:
        return f"{short}: {count}"
    return f"{short} ×{count}" if count else f"no {short}"


def feature_names() -> tuple[str, ...]:
    """Every feature's name, in a fixed order: the cue families, then the other features.

    >>> names = feature_names()
    >>> names[:2], "two_sides" in names
    (('contrast', 'critics'), True)
    """
    return tuple(family.name for family in CUE_FAMILIES) + tuple(OTHER_FEATURES)


def feature_table() -> pd.DataFrame:
    """What each feature counts, in words: ``feature, kind, description``.

    >>> table = feature_table()
    >>> table.set_index("feature").loc["money", "description"]
    "sums of money ('$4 billion', 'millions of dollars')"
    """
    rows = []
    for family in CUE_FAMILIES:
        rows.append({"feature": family.name, "kind": "cue family", "description": family.label})
    rows += [
        {"feature": name, "kind": "structure", "description": label}
        for name, label in OTHER_FEATURES.items()
    ]
    return pd.DataFrame(rows, columns=["feature", "kind", "description"])


@dataclass(frozen=True)
class Features:
    """One article's features.

    Attributes
    ----------
    values : dict
        ``{feature: value}`` for every name in :func:`feature_names`.
    hits : dict
        ``{feature: (sentence index, ...)}``: the sentences where a feature fired
        (most often first), for the features that fire in sentences.
    sentences : tuple of str
        The sentences the indexes refer to (the headline first, if there is one).
    words : int
        Words in the article (:func:`kitlib.text.word_count`).
    name : str
        The article's name (its outlet, or "article").
    fallback : str
        Empty, or why the kit's loader refused the text (then the raw text was coded).
    words_at : dict
        ``{word: (sentence index, ...)}``: every word of the article, lower case
        (as :func:`kitlib.text.CUE_WORD` finds words), and the sentences it is in.
    """

    values: dict
    hits: dict
    sentences: tuple
    words: int
    name: str = "article"
    fallback: str = ""
    words_at: dict = field(default_factory=dict)


#: First person and second person in the writer's own words.
WRITER_I = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|we|We|our|Our|my|My)\b")
WRITER_YOU = re.compile(r"\b(?:you|You|your|Your)\b")
SELF_IN_QUOTE = re.compile(r"\b(?:I|me|my|mine|we|us|our)\b", re.IGNORECASE)


def load(article) -> tuple[Article | None, str, str]:
    """The article loaded by the kit, or ``(None, raw text, why)`` when the loader refuses it.

    A missing file, or something that is not text at all, is still an error; only
    a text (or a file's text) that the loader takes for something other than an
    article, or finds empty after cleaning, is returned raw, with the loader's reason.

    >>> article, raw, why = load("Getty Images")
    >>> article is None, raw, why[:32]
    (True, 'Getty Images', 'No article text is left after cl')
    """
    try:
        return as_article(article), "", ""
    except ArticleError as error:
        if isinstance(article, Path | str) and looks_like_path(article):
            path = Path(article).expanduser()
            if not path.is_file():
                raise
            return None, path.read_text(encoding="utf-8", errors="replace"), str(error)
        if isinstance(article, str):
            return None, article, str(error)
        raise


def article_features(article: Article | str) -> Features:
    """The features of one article (never raises on a text the loader refuses).

    Parameters
    ----------
    article : Article or str
        An article, a path or a text (read by :func:`kitlib.articles.as_article`).
        If the loader refuses a text (empty after cleaning, taken for a caption),
        the raw text is split into sentences and coded as it is.

    Returns
    -------
    Features
        ``values``, ``hits``, ``sentences``, ``words``, ``fallback``.

    Examples
    --------
    >>> found = article_features("“We lost our home,” said Ana Ruiz, 42. “My children cry.”")
    >>> found.values["quoted_self"] > 0, found.values["personal"] > 0
    (True, True)
    """
    loaded, raw, why = load(article)
    return features_of(loaded, raw, why)


def features_of(loaded: Article | None, raw: str = "", why: str = "") -> Features:
    """The features of an article :func:`load` returned (the loaded one, or the raw text)."""
    if loaded is not None:
        text = loaded.text
        spans = [(s, e) for _, s, e in loaded.sentence_spans]
        paragraphs = list(loaded.paragraph_spans)
        headline = loaded.meta.get("headline") or ""
    else:
        text = raw
        paragraphs = split_paragraphs(raw)
        spans = [(s, e) for _, s, e in split_sentences(raw, paragraphs)]
        headline = ""
    name = loaded.name if loaded is not None else "article"
    return _features(text, spans, headline, quotations(text, paragraphs), name, why)


#: How far from a quotation (characters, within its paragraph) a speech verb is looked
#: for, and how far from the speech verb its speaker's name.
QUOTE_WINDOW = 150
NAME_WINDOW = 60


def quotations(text: str, paragraphs: list | None = None) -> list[tuple[int, int, str, str]]:
    """The quotations of a text, read quickly: ``(start, end, words, speaker)`` each.

    The quotation marks are paired as :func:`kitlib.quotes.marks.read_marks` pairs
    them; the speaker is the name nearest the speech verb ("said", "told",
    "according to") nearest the quotation in its paragraph, by its last word
    ("Ann Lee" is "Lee"), or "" when there is none (a pronoun, or no verb). This
    is much faster than :func:`kitlib.quotes.find_quotes`, which weighs every
    rule, and counts the same things for the coder's purposes (the number of
    quotations and of speakers; see ``data/frames/README.md``).

    >>> text = '“We lost our home,” said Ana Ruiz. The mayor, Tom Ray, said: “It is safe.”'
    >>> [(words, speaker) for _, _, words, speaker in quotations(text)]
    [('We lost our home,', 'Ruiz'), ('It is safe.', 'Ray')]
    """
    paragraphs = split_paragraphs(text) if paragraphs is None else paragraphs
    marks, outside, _ = read_marks(text, paragraphs, ())
    found = []
    for q in marks:
        if not q.raw.split():
            continue
        lo, hi = paragraphs[q.paragraph] if q.paragraph < len(paragraphs) else (0, len(text))
        found.append((q.inner_start, q.inner_end, q.raw, _speaker(outside, q, lo, hi)))
    return found


def _speaker(outside: str, quote, lo: int, hi: int) -> str:
    """The last word of the name nearest the speech verb nearest a quotation ("" if none)."""
    a, z = max(lo, quote.open - QUOTE_WINDOW), min(hi, quote.close_end + QUOTE_WINDOW)
    cues = find_cues(outside, a, z)
    if not cues:
        return ""
    start, end = min(cues, key=lambda c: min(abs(c[0] - quote.close_end), abs(c[1] - quote.open)))
    best: tuple[int, str] | None = None
    for m in NAME_PATTERN.finditer(outside, max(a, start - NAME_WINDOW), min(z, end + NAME_WINDOW)):
        distance = min(abs(m.end() - start), abs(m.start() - end))
        if best is None or distance < best[0]:
            best = (distance, m.group().split()[-1])
    return best[1] if best else ""


def _features(text, spans, headline, quotes, name, why) -> Features:
    """Count every feature in ``text`` (sentences at ``spans``), with a headline before them."""
    prefix = headline + "\n\n" if headline and headline not in text[:300] else ""
    full = prefix + text
    shift = len(prefix)
    spans = ([(0, len(headline))] if prefix else []) + [(s + shift, e + shift) for s, e in spans]
    sentences = tuple(full[s:e] for s, e in spans)
    starts = [s for s, _ in spans]
    n_words = word_count(full)

    # the reporter's words: the text with every quotation blanked out
    inside = [(s + shift, e + shift) for s, e, _, _ in quotes]
    outside = list(full)
    for s, e in inside:
        outside[s:e] = " " * (e - s)
    reporter = "".join(outside)

    values: dict[str, float] = {}
    hits: dict[str, tuple[int, ...]] = {}
    for family, found in cue_hits(full).items():
        values[family] = math.log1p(len(found))
        hits[family] = _by_count([bisect_right(starts, p) - 1 for p in found])

    speakers = {speaker for _, _, _, speaker in quotes if speaker}
    quoted_chars = sum(e - s for s, e in inside)
    self_words = sum(len(SELF_IN_QUOTE.findall(words)) for _, _, words, _ in quotes)
    values.update(
        {
            "quotes": math.log1p(len(quotes)),
            "speakers": math.log1p(len(speakers)),
            "two_sides": float(len(speakers) >= 2),
            "quoted_share": quoted_chars / max(len(full), 1),
            "quoted_self": math.log1p(self_words),
            "length": math.log1p(n_words),
            "questions": math.log1p(reporter.count("?")),
            "exclamations": math.log1p(reporter.count("!")),
            "writer_i": math.log1p(len(WRITER_I.findall(reporter))),
            "writer_you": math.log1p(len(WRITER_YOU.findall(reporter))),
        }
    )
    for feature, (people, what) in MEETINGS.items():
        where = {i for f in people for i in hits[f]} & {i for f in what for i in hits[f]}
        values[feature] = math.log1p(len(where))
        hits[feature] = tuple(sorted(where))
    quote_sentences = [bisect_right(starts, s) - 1 for s, _ in inside]
    for feature in ("quotes", "speakers", "two_sides", "quoted_share", "quoted_self"):
        hits[feature] = _by_count(quote_sentences)
    return Features(values, hits, sentences, n_words, name, why, _words_at(sentences))


def _words_at(sentences: tuple) -> dict[str, tuple[int, ...]]:
    """Every word (lower case, straight apostrophe) and the sentences it is in."""
    where: dict[str, list[int]] = {}
    for i, sentence in enumerate(sentences):
        for word in set(_tokens(sentence)):
            where.setdefault(word, []).append(i)
    return {word: tuple(at) for word, at in where.items()}


def _by_count(where: list[int]) -> tuple[int, ...]:
    """Sentence indexes, the one with most hits first, then in reading order."""
    counts: dict[int, int] = {}
    for i in where:
        if i >= 0:
            counts[i] = counts.get(i, 0) + 1
    return tuple(sorted(counts, key=lambda i: (-counts[i], i)))
