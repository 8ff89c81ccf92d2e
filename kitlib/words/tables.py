"""Word choice: distinctive words, keyword in context, loaded words, attribution verbs, tone.

- :func:`distinctive_words` asks which words one article uses more than the
  other, with the log-odds ratio and informative Dirichlet prior of Monroe,
  Colaresi & Quinn (2008), and :func:`permutation_check` shows what the same
  numbers look like when there is no real difference;
- :func:`kwic` lists every use of a word with the words around it, so you can read them;
- :func:`loaded_words` finds evaluative words, intensifiers and hedges;
- :func:`speech_verbs` sorts the verbs that introduce quotations (said,
  claimed, admitted, warned, attacked) into classes;
- :func:`tone` scores each sentence with VADER, to show what a word list can
  and cannot see.

>>> import kitlib
>>> from kitlib import words
>>> nbc, cnn = kitlib.load_pair()
>>> len(words.kwic(nbc, "Putin"))
4

Reference: Monroe, B. L., Colaresi, M. P., & Quinn, K. M. (2008). Fightin'
words: Lexical feature selection and evaluation for identifying the content
of political conflict. Political Analysis, 16(4), 372–403.
https://doi.org/10.1093/pan/mpn018
"""

from __future__ import annotations

import io
import math
import random
import re
import warnings
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from kitlib import data, vocab
from kitlib.articles import (
    Article,
    as_article,
    as_articles,
    looks_like_path,
    unique_names,
    with_article,
)
from kitlib.articles.cleaning import GAP_MARK
from kitlib.errors import KitError, RenamedWarning, ShortTextWarning, retired
from kitlib.quotes import find_quotes
from kitlib.text import FIRST_SENTENCE, WORD, phrase_pattern
from kitlib.vocab import speech_verb_class, speech_verb_forms

__all__ = [
    "CHANCE_QUANTILE",
    "CONTENT",
    "LONGEST_SENTENCE_SHOWN",
    "MIN_BACKGROUND",
    "MIN_WORDS_FOR_COMPARISON",
    "MIN_WORDS_TO_SAY",
    "NOTHING_STANDS_OUT",
    "PRIOR",
    "PRIOR_SHARE",
    "QUOTE_MARKS",
    "ROUNDS",
    "SEED",
    "SPACED_INITIALS",
    "TOO_SHORT",
    "UNITED_STATES",
    "Z_THRESHOLD",
    "attribution_tally",
    "background",
    "chance_level",
    "distinctive_words",
    "inside_quotation",
    "kwic",
    "lexicon",
    "loaded_words",
    "log_odds",
    "permutation_check",
    "prior_strength_for",
    "speech_verbs",
    "standing_out",
    "tokens",
    "verb_class",
    "verdict",
    "word_kind",
]

#: How strong the prior is, as a share of the shorter text's length: the prior
#: behaves like this share of the shorter text's words, spread over the words of
#: both texts. Relative, not fixed: a fixed prior of a few hundred words outweighs
#: a text of 150 words and credits it with words it never uses. Half the shorter
#: text is the kit's choice; Monroe et al. (2008) discuss how the strength
#: shrinks rare words.
PRIOR_SHARE = 0.5

#: Where the prior's word shares come from by default: "pooled" (the two texts
#: together, as Monroe et al. (2008) use the whole collection of speeches) or
#: "english" (background frequencies of English from wordfreq).
PRIOR = "pooled"

#: Below this many words in either text, the kit names no distinctive word: it
#: says "too short to say". At that length most words occur once, and one
#: sentence more or less changes the whole list.
MIN_WORDS_TO_SAY = 300

#: What the kit says instead of a list of words.
TOO_SHORT = "too short to say"
NOTHING_STANDS_OUT = "no word stands out"

#: A word "stands out" when its |z| is above this share of the shuffled rounds'
#: largest |z| (the permutation check): chance alone rarely does as well.
CHANCE_QUANTILE = 0.95

#: The share given to a word wordfreq has never seen (so its prior is not zero).
MIN_BACKGROUND = 1e-8

#: |z| at or above this is what the usual rule of thumb calls "distinctive" (a 5% two-sided test).
Z_THRESHOLD = 1.96

#: Below this many words in either text, distinctive_words warns that the result
#: means little. The kit's rule of thumb: at a few hundred words most words occur
#: once or twice, and one sentence more or less changes the list.
MIN_WORDS_FOR_COMPARISON = 2000

#: The fixed seed of the permutation check, so every run shows the same result.
SEED = 2016

#: How many shuffles the permutation check makes by default.
ROUNDS = 200

#: The country written "U.S." (NBC) or "US" (CNN); both become the token "u.s",
#: so the country is not confused with the word "us".
UNITED_STATES = re.compile(r"\bU\.S\.|\bUS\b")

#: Quotation marks for telling whether a word sits inside a quotation.
QUOTE_MARKS = '"“”'


# --------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------


def tokens(article: Article | str) -> list[str]:
    """The words of a text, lower-cased, in order.

    The words are the kit's words (:func:`kitlib.text.words`: "F.B.I.", "275,000"
    and "al-Assad" are one word each), after four steps, each for a reason: "U.S."
    and "US" become "u.s" (the country, not the word "us"); curly apostrophes
    become straight ones (so "Russia’s" and "Russia's" are one word); contractions
    split by CNN's pipeline are joined again ("did n't" becomes "didn't", "mate ’s"
    becomes "mate's"); the gap mark ``[…]`` is dropped. Then a possessive "'s" is
    removed, so "Russia's" counts as "russia".

    >>> tokens("Russia’s role. Pence did n't say. The U.S. and the US paid $275,000.")[4:]
    ['say', 'the', 'u.s', 'and', 'the', 'u.s', 'paid', '275,000']
    >>> tokens("The F.B.I.'s letter; the F. B. I. said")
    ['the', 'f.b.i', 'letter', 'the', 'f.b.i', 'said']
    """
    if isinstance(article, (str, Path)) and looks_like_path(article):
        article = as_article(article)  # a file: loaded like every article
    text = article.text if isinstance(article, Article) else str(article)
    text = UNITED_STATES.sub("U.S.", text)
    text = text.replace("’", "'").replace("‘", "'").replace(GAP_MARK, " ").lower()
    text = re.sub(r"\s+(n't|'s|'re|'ll|'ve|'d|'m)\b", r"\1", text)
    text = SPACED_INITIALS.sub(lambda m: m.group(0).replace(" ", ""), text)  # "f. b. i."
    text = text.replace(".'s", "'s")  # "f.b.i.'s" is the f.b.i's, not "f.b.i" and "s"
    return [w[:-2] if w.endswith("'s") else w for w in WORD.findall(text)]


#: Initials written with spaces, "F. B. I.": read as one word, "f.b.i".
SPACED_INITIALS = re.compile(r"\b[^\W\d_]\.(?: [^\W\d_]\.)+(?=\s|$)")

#: What :func:`word_kind` calls a word of content, the words a reader compares.
CONTENT = "content"


def word_kind(word: str) -> str:
    """Whether a word tells what a text is about, or only how it is written.

    Returns
    -------
    str
        ``"style: honorific"`` ("mr", "ms": a paper's house style,
        :data:`kitlib.vocab.HONORIFICS`), ``"style: function word"`` ("of", "her":
        grammar, :data:`kitlib.vocab.STYLE_WORDS`), ``"debris: a single letter"`` (left
        over from an abbreviation split apart), or :data:`CONTENT`.

    Examples
    --------
    >>> [word_kind(w) for w in ("mr", "of", "b", "f.b.i", "russia")]
    ['style: honorific', 'style: function word', 'debris: a single letter', 'content', 'content']
    """
    if word in vocab.HONORIFICS:
        return "style: honorific"
    if word in vocab.STYLE_WORDS:
        return "style: function word"
    if len(word) == 1 and word.isalpha():
        return "debris: a single letter"
    return CONTENT


# --------------------------------------------------------------------------
# Distinctive words
# --------------------------------------------------------------------------


@cache
def background(word: str) -> float:
    """How common ``word`` is in English, from wordfreq (offline), never below MIN_BACKGROUND."""
    from wordfreq import word_frequency

    return max(word_frequency(word, "en"), MIN_BACKGROUND)


def prior_strength_for(n_a: int, n_b: int) -> float:
    """The kit's prior strength for texts of ``n_a`` and ``n_b`` words: PRIOR_SHARE of
    the shorter one (at least one word).

    >>> prior_strength_for(142, 1525)
    71.0
    """
    return max(PRIOR_SHARE * min(n_a, n_b), 1.0)


def _z_scores(y_a, y_b, a_w, a0: float):
    """Monroe et al.'s (2008) log-odds ratio, its variance and z, on arrays of counts."""
    n_a, n_b = y_a.sum(), y_b.sum()
    # a text of one word, or none, divides by zero: its z is not a number, and
    # distinctive_words says "too short to say" for it anyway
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = np.log((y_a + a_w) / (n_a + a0 - y_a - a_w)) - np.log(
            (y_b + a_w) / (n_b + a0 - y_b - a_w)
        )
        variance = 1 / (y_a + a_w) + 1 / (y_b + a_w)
        return delta, variance, delta / np.sqrt(variance)


def _prior_shares(vocabulary, y_a, y_b, prior: str):
    if prior == "pooled":
        pooled = np.asarray(y_a + y_b, dtype=float)
        return pooled / pooled.sum() if pooled.sum() else pooled
    if prior == "english":
        shares = np.array([background(w) for w in vocabulary])
        return shares / shares.sum()
    raise KitError('Choose prior="pooled" (the two texts) or prior="english" (wordfreq).')


def log_odds(
    counts_a: dict, counts_b: dict, *, prior_strength: float | None = None, prior: str = PRIOR
) -> pd.DataFrame:
    """The log-odds ratio with an informative Dirichlet prior, from two word counts.

    For every word w, with ``y`` its count, ``n`` the total words of a text and
    ``a_w`` its prior (``a0`` times w's share in the prior, so the priors add up
    to ``a0``)::

        delta_w = log((y_a + a_w) / (n_a + a0 - y_a - a_w))
                - log((y_b + a_w) / (n_b + a0 - y_b - a_w))
        variance_w = 1 / (y_a + a_w) + 1 / (y_b + a_w)
        z_w = delta_w / sqrt(variance_w)

    This is equation 16 and its variance in Monroe et al. (2008). A positive z
    means text A uses the word more than text B; the prior pulls words that are
    rare in both texts towards zero.

    Parameters
    ----------
    counts_a, counts_b : dict
        ``{word: count}`` for each text.
    prior_strength : float, optional
        ``a0``, in words. By default :func:`prior_strength_for` the two lengths
        (half the shorter text), so the prior never outweighs a text.
    prior : {"pooled", "english"}
        Where each word's share comes from: the two texts together (the
        default, as Monroe et al. use their whole collection) or ordinary
        English (wordfreq).

    Returns
    -------
    pandas.DataFrame
        ``word, count_a, count_b, prior, log_odds, variance, z``, sorted by ``z``
        (largest first), then by word.

    Examples
    --------
    >>> table = log_odds({"war": 6, "the": 10}, {"peace": 6, "the": 10})
    >>> list(table["word"])
    ['war', 'the', 'peace']
    """
    vocabulary = sorted(set(counts_a) | set(counts_b))
    table = pd.DataFrame({"word": vocabulary})
    y_a = np.array([counts_a.get(w, 0) for w in vocabulary], dtype=float)
    y_b = np.array([counts_b.get(w, 0) for w in vocabulary], dtype=float)
    table["count_a"], table["count_b"] = y_a.astype(int), y_b.astype(int)
    if prior_strength is None:
        prior_strength = prior_strength_for(int(y_a.sum()), int(y_b.sum()))
    a_w = prior_strength * _prior_shares(vocabulary, y_a, y_b, prior)
    table["prior"] = a_w
    table["log_odds"], table["variance"], table["z"] = _z_scores(y_a, y_b, a_w, prior_strength)
    return table.sort_values(["z", "word"], ascending=[False, True]).reset_index(drop=True)


def _counts(words: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def _pair(articles, names) -> tuple[Article, Article, str, str]:
    """The two articles a comparison of words needs, and their labels."""
    articles = as_articles(articles)
    if len(articles) != 2:
        raise KitError(
            f"Distinctive words compare exactly two articles; {len(articles)} were given. "
            "For example: distinctive_words(nbc, cnn)."
        )
    labels = tuple(names) if names is not None else unique_names(articles)
    if len(labels) != 2:
        raise KitError(
            f"Give two names, one per article (names={list(labels)!r} has {len(labels)})."
        )
    return articles[0], articles[1], labels[0], labels[1]


def distinctive_words(
    *articles: Article | str,
    names=None,
    prior_strength: float | None = None,
    prior: str = PRIOR,
) -> pd.DataFrame:
    """Which words set article ``a`` apart from article ``b``, and how sure we can be.

    Uses the "fightin' words" method of Monroe, Colaresi & Quinn (2008): the
    log-odds ratio of each word, with an informative Dirichlet prior (by default
    the two texts pooled, with a strength of half the shorter text) and a
    z-score. See :func:`log_odds` for the formula.

    Three rules keep the table honest:

    - a word favours a text only if that text uses it *more* (per 1,000 words)
      and at least once, whatever its z;
    - below MIN_WORDS_TO_SAY words in either text, no word favours either:
      ``favours`` says "too short to say";
    - ``beyond_chance`` is True only for words whose |z| beats what shuffled
      sentences give (:func:`chance_level`); :func:`verdict` says "no word
      stands out" when none does.

    Warns with :class:`ShortTextWarning` when either text has fewer than
    MIN_WORDS_FOR_COMPARISON words: then a z-score above 1.96 is weak evidence,
    and :func:`permutation_check` shows why.

    Parameters
    ----------
    *articles : Article or str
        The two articles, one by one or as one list: ``a`` first, then ``b``.
    names : list of str, optional
        Labels for the two articles in ``favours`` (default: their names).
    prior_strength : float, optional
        How many words the prior is worth (default: half the shorter text).
    prior : {"pooled", "english"}

    Returns
    -------
    pandas.DataFrame
        One row per word in either text: ``word, count_a, count_b``,
        ``per_1000_a, per_1000_b`` (uses per thousand words), ``background``
        (the word's share of English), ``log_odds, variance, z``, ``favours``
        (the name of the article the word is distinctive of, "neither", or
        "too short to say") and ``beyond_chance``. Sorted by z, largest (most
        typical of ``a``) first. ``table.attrs["chance_level"]`` holds the |z|
        that chance reaches.

    Examples
    --------
    >>> import kitlib, warnings
    >>> nbc, cnn = kitlib.load_pair()
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore", ShortTextWarning)
    ...     table = distinctive_words(nbc, cnn)
    >>> table.iloc[0]["word"]
    'russia'
    """
    a, b, name_a, name_b = _pair(articles, names)
    words_a, words_b = tokens(a), tokens(b)
    shortest = min(len(words_a), len(words_b))
    if shortest < MIN_WORDS_FOR_COMPARISON:
        warnings.warn(
            f"One text has only {shortest} words. Below {MIN_WORDS_FOR_COMPARISON} words, "
            "most words occur once or twice and the z-scores are weak evidence; run "
            "permutation_check(a, b) to see how large they get by chance alone.",
            ShortTextWarning,
            stacklevel=2,
        )
    table = log_odds(_counts(words_a), _counts(words_b), prior_strength=prior_strength, prior=prior)
    table.insert(3, "per_1000_a", 1000 * table["count_a"] / max(len(words_a), 1))
    table.insert(4, "per_1000_b", 1000 * table["count_b"] / max(len(words_b), 1))
    table.insert(5, "background", table["word"].map(background))
    table = table.drop(columns="prior")
    more_a = (table["per_1000_a"] > table["per_1000_b"]) & (table["count_a"] > 0)
    more_b = (table["per_1000_b"] > table["per_1000_a"]) & (table["count_b"] > 0)
    if shortest < MIN_WORDS_TO_SAY:
        table["favours"] = TOO_SHORT
        level = math.inf
    else:
        table["favours"] = np.where(
            (table["z"] >= Z_THRESHOLD) & more_a,
            name_a,
            np.where((table["z"] <= -Z_THRESHOLD) & more_b, name_b, "neither"),
        )
        level = chance_level(a, b, prior_strength=prior_strength, prior=prior)
    table["beyond_chance"] = (table["favours"] != "neither") & (table["z"].abs() > level)
    table["beyond_chance"] &= table["favours"] != TOO_SHORT
    table.attrs["articles"] = (name_a, name_b)  # for the plot's labels
    table.attrs["chance_level"] = level
    table.attrs["shortest"] = shortest
    return table


def verdict(table: pd.DataFrame) -> str:
    """What to say instead of a list, or "" when some word stands out.

    >>> import kitlib, warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore", ShortTextWarning)
    ...     verdict(distinctive_words("Short text here.", "Another short one."))
    'too short to say'
    """
    if (table["favours"] == TOO_SHORT).any() or len(table) == 0:
        return TOO_SHORT
    if not table["beyond_chance"].any():
        return NOTHING_STANDS_OUT
    return ""


def standing_out(table: pd.DataFrame, *, side: str = "a", n: int = 8) -> pd.DataFrame:
    """The words of ``table`` that stand out for one side (``"a"`` or ``"b"``): they favour
    it and beat chance; most distinctive first, at most ``n``.

    Examples
    --------
    >>> import kitlib, warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore", ShortTextWarning)
    ...     table = distinctive_words(*kitlib.load_pair())
    >>> list(standing_out(table, side="a")["word"]), list(standing_out(table, side="b")["word"])
    (['russia'], [])
    """
    name = table.attrs.get("articles", ("", ""))[0 if side == "a" else 1]
    rows = table[(table["favours"] == name) & table["beyond_chance"]]
    rows = rows if side == "a" else rows.iloc[::-1]
    return rows.head(n)


def _shuffled_max_z(sentences_a, sentences_b, rounds, seed, prior_strength, prior):
    """The largest |z| of each round; round 0 is the real pair."""
    pool = sentences_a + sentences_b
    vocabulary = sorted({w for s in pool for w in s})
    index = {w: i for i, w in enumerate(vocabulary)}
    coded = [np.array([index[w] for w in s], dtype=int) for s in pool]
    size = len(vocabulary)
    total = np.bincount(np.concatenate(coded), minlength=size) if coded else np.zeros(size)
    shares = _prior_shares(vocabulary, total.astype(float), np.zeros(size), prior)
    rng = random.Random(seed)
    n_first = len(sentences_a)
    order = list(range(len(pool)))
    results = []
    for number in range(rounds + 1):
        if number:
            rng.shuffle(order)
        first = [coded[i] for i in order[:n_first]]
        y_a = np.bincount(np.concatenate(first), minlength=size) if first else np.zeros(size)
        y_a = y_a.astype(float)
        y_b = total - y_a
        a0 = prior_strength or prior_strength_for(int(y_a.sum()), int(y_b.sum()))
        _, _, z = _z_scores(y_a, y_b, a0 * shares, a0)
        results.append(np.abs(z))
    return results


def chance_level(
    *articles: Article | str,
    names=None,
    rounds: int = ROUNDS,
    seed: int = SEED,
    prior_strength: float | None = None,
    prior: str = PRIOR,
) -> float:
    """The |z| that shuffled sentences reach in CHANCE_QUANTILE of the rounds of the
    permutation check: a word must beat it to stand out.

    Examples
    --------
    >>> import kitlib
    >>> round(chance_level(*kitlib.load_pair()), 2)
    2.76
    """
    a, b, _, _ = _pair(articles, names)
    sentences_a = [tokens(s) for s in a.sentences]
    sentences_b = [tokens(s) for s in b.sentences]
    if not sentences_a or not sentences_b:
        return math.inf
    shuffled = _shuffled_max_z(sentences_a, sentences_b, rounds, seed, prior_strength, prior)
    return float(np.quantile([z.max() for z in shuffled[1:]], CHANCE_QUANTILE))


def permutation_check(
    *articles: Article | str,
    names=None,
    rounds: int = ROUNDS,
    seed: int = SEED,
    prior_strength: float | None = None,
    prior: str = PRIOR,
) -> pd.DataFrame:
    """What "no real difference" looks like: shuffle sentences between the texts and compare.

    The sentences of both articles are pooled and dealt at random into two piles
    with as many sentences as the real articles had, and the comparison of
    :func:`distinctive_words` is run on the two piles. Any "distinctive" word
    between shuffled piles is there by chance. If the real pair has no more
    words beyond the threshold than most shuffles, the real list is mostly noise.

    Parameters
    ----------
    *articles : Article or str
        The two articles, one by one or as one list.
    names : list of str, optional
        Labels for the two articles (default: their names).
    rounds : int
        How many shuffles (round 0 is the real pair, not shuffled).
    seed : int
        Fixed, so the result is the same every run.

    Returns
    -------
    pandas.DataFrame
        One row per round: ``round`` (0 = the real articles), ``shuffled``
        (False for round 0), ``words_beyond`` (words with |z| >= Z_THRESHOLD)
        and ``max_abs_z`` (the largest |z|).

    Examples
    --------
    >>> import kitlib
    >>> nbc, cnn = kitlib.load_pair()
    >>> check = permutation_check(nbc, cnn, rounds=5)
    >>> list(check["shuffled"])
    [False, True, True, True, True, True]
    """
    a, b, _, _ = _pair(articles, names)
    sentences_a = [tokens(s) for s in a.sentences]
    sentences_b = [tokens(s) for s in b.sentences]
    rows = []
    if sentences_a and sentences_b:
        shuffled = _shuffled_max_z(sentences_a, sentences_b, rounds, seed, prior_strength, prior)
        for number, z in enumerate(shuffled):
            rows.append(
                {
                    "round": number,
                    "shuffled": number > 0,
                    "words_beyond": int((z >= Z_THRESHOLD).sum()),
                    "max_abs_z": float(z.max()) if len(z) else 0.0,
                }
            )
    return pd.DataFrame(rows, columns=["round", "shuffled", "words_beyond", "max_abs_z"])


# --------------------------------------------------------------------------
# Keyword in context
# --------------------------------------------------------------------------


def kwic(
    article: Article | str, word_or_pattern: str, *, width: int = 40, regex: bool = False
) -> pd.DataFrame:
    """Keyword in context: every use of a word or phrase, with the words around it.

    Parameters
    ----------
    article : Article or str
    word_or_pattern : str
        A word or phrase ("Russia", "safe zone"), matched as whole words, ignoring
        case; "Russia" also finds "Russia's". With ``regex=True``, a regular
        expression.
    width : int
        How many characters to show on each side.

    Returns
    -------
    pandas.DataFrame
        One row per use: ``paragraph, start, end`` (offsets in ``article.text``),
        ``left, match, right`` (line breaks shown as spaces).

    Examples
    --------
    >>> import kitlib
    >>> _, cnn = kitlib.load_pair()
    >>> kwic(cnn, "safe zone").iloc[0]["match"]
    'safe zone'
    """
    article = as_article(article)
    if not isinstance(word_or_pattern, str) or not word_or_pattern.strip():
        raise KitError('Give kwic a word or phrase to look for, in quotes: kwic(nbc, "Russia").')
    if regex:
        pattern = re.compile(word_or_pattern, re.IGNORECASE)
    else:
        body = r"\s+".join(re.escape(w) for w in word_or_pattern.split())
        pattern = re.compile(rf"\b{body}\b", re.IGNORECASE)
    text = article.text
    rows = []
    for m in pattern.finditer(text):
        rows.append(
            {
                "paragraph": article.paragraph_number(m.start()),
                "start": m.start(),
                "end": m.end(),
                "left": " ".join(text[max(0, m.start() - width) : m.start()].split("\n")),
                "match": m.group(0),
                "right": " ".join(text[m.end() : m.end() + width].split("\n")),
            }
        )
    return pd.DataFrame(rows, columns=["paragraph", "start", "end", "left", "match", "right"])


# --------------------------------------------------------------------------
# Loaded words and attribution verbs
# --------------------------------------------------------------------------


@cache
def _lexicon(name: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(data.read_text(name)), dtype=str, keep_default_na=False)


def lexicon(name: str) -> pd.DataFrame:
    """One of the kit's word lists: ``"loaded_words"`` or ``"attribution_verbs"``.

    See ``data/lexicons/README.md`` for what each holds and where it comes from.

    Examples
    --------
    >>> sorted(set(lexicon("loaded_words")["kind"]))
    ['evaluative', 'hedge', 'intensifier']
    """
    files = {"loaded_words", "attribution_verbs"}
    if name not in files:
        raise KitError(
            f"There is no word list {name!r}. Choose one of: {', '.join(sorted(files))}."
        )
    return _lexicon(f"lexicons/{name}.csv").copy()


def inside_quotation(article: Article, offset: int) -> bool:
    """True if ``offset`` lies between quotation marks in its paragraph.

    Counts the quotation marks (straight or curly) before ``offset`` in the
    paragraph: an odd number means a quotation is open.

    Examples
    --------
    >>> import kitlib
    >>> article = kitlib.article_from_text('Pence said "Russia is a bully" on Tuesday night.')
    >>> inside_quotation(article, article.text.index("bully")), inside_quotation(article, 0)
    (True, False)
    """
    start, _ = article.paragraph_spans[article.paragraph_of(offset)]
    if not 0 <= offset <= len(article.text):  # not a place in the text: count as Python slices
        before = article.text[start:offset]
        return sum(before.count(q) for q in QUOTE_MARKS) % 2 == 1
    marks = _quote_mark_positions(article.text)  # found once per text, then counted by bisection
    return max(0, bisect_left(marks, offset) - bisect_left(marks, start)) % 2 == 1


@lru_cache(maxsize=4)
def _quote_mark_positions(text: str) -> list[int]:
    """Where every quotation mark of :data:`QUOTE_MARKS` is in ``text``, in order."""
    return [m.start() for m in re.finditer(f"[{QUOTE_MARKS}]", text)]


#: A sentence longer than this many characters (a transcript with no full stop) is
#: shown in the ``text`` column of :func:`loaded_words` as the part of it around the
#: word, this long, cut at spaces and marked with "…"; one row per word would
#: otherwise repeat the whole sentence. (The longest sentence of PolNeAR's 924
#: train and dev articles has 1,395 characters.)
LONGEST_SENTENCE_SHOWN = 3000


def _sentence_of(article: Article, offset: int) -> tuple[int, str]:
    """The number (counted as people count) and text of the sentence that holds
    ``offset`` (-1 and "" if none)."""
    index = bisect_right(article.sentence_spans, offset, key=lambda span: span[1]) - 1
    if index < 0 or not offset < article.sentence_spans[index][2]:
        return -1, ""
    number = index + FIRST_SENTENCE
    _, s, e = article.sentence_spans[index]
    if e - s <= LONGEST_SENTENCE_SHOWN:
        return number, article.text[s:e]
    half = LONGEST_SENTENCE_SHOWN // 2
    lo, hi = max(s, offset - half), min(e, offset + half)
    if lo > s:  # start after a space, not inside a word
        space = article.text.find(" ", lo, offset)
        lo = space + 1 if space >= 0 else lo
    if hi < e:  # end at a space
        space = article.text.rfind(" ", offset, hi)
        hi = space if space > offset else hi
    return number, ("…" if lo > s else "") + article.text[lo:hi] + ("…" if hi < e else "")


def loaded_words(article: Article | str) -> pd.DataFrame:
    """Evaluative words, intensifiers and hedges, with their sentences.

    Whether a loaded word is the reporter's or a quoted speaker's matters: "barbaric"
    inside Pence's quotation is his word; "dramatically" in the reporter's sentence
    is the outlet's. The ``in_quotation`` column tells them apart.

    Parameters
    ----------
    article : Article or str

    Returns
    -------
    pandas.DataFrame
        One row per use: ``word`` (as written), ``entry`` (the lexicon entry),
        ``kind`` (evaluative, intensifier, hedge), ``in_quotation`` (bool),
        ``paragraph, sentence, start, end, text`` (the sentence; of a sentence
        longer than :data:`LONGEST_SENTENCE_SHOWN` characters, the part around
        the word), ``note``.

    Examples
    --------
    >>> import kitlib
    >>> nbc, _ = kitlib.load_pair()
    >>> table = loaded_words(nbc)
    >>> table.set_index("word").loc["barbaric", "in_quotation"]
    np.True_
    """
    article = as_article(article)
    rows = []
    for entry in lexicon("loaded_words").itertuples():
        for m in phrase_pattern(entry.word).finditer(article.text):
            number, sentence = _sentence_of(article, m.start())
            rows.append(
                {
                    "word": m.group(0),
                    "entry": entry.word,
                    "kind": entry.kind,
                    "in_quotation": inside_quotation(article, m.start()),
                    "paragraph": article.paragraph_number(m.start()),
                    "sentence": number,
                    "start": m.start(),
                    "end": m.end(),
                    "text": sentence,
                    "note": entry.note,
                }
            )
    columns = ["word", "entry", "kind", "in_quotation", "paragraph", "sentence",
               "start", "end", "text", "note"]  # fmt: skip
    table = pd.DataFrame(rows, columns=columns)
    # "aggressive*" also matches "aggressively", which has its own entry: keep the longer entry.
    table["entry_length"] = table["entry"].str.len()
    table = table.sort_values(["start", "entry_length"], ascending=[True, False])
    table = table.drop_duplicates("start").drop(columns="entry_length")
    return with_article(table.reset_index(drop=True), article)


#: Retired: the one rule for a speech verb's class is :func:`kitlib.vocab.speech_verb_class`.
verb_class = retired("kitlib.words.verb_class", "kitlib.vocab.speech_verb_class", speech_verb_class)


def speech_verbs(article: Article | str, *, method: str = "auto") -> pd.DataFrame:
    """The verbs that introduce what people said, sorted into five classes.

    :func:`kitlib.quotes.attribution_verbs` counts only the verb of each
    quotation; this function also finds speech reported without quotation
    marks, and says what kind of verb each one is.

    Two ways to find them (``source`` says which was used):

    - ``"quotes"``: ``kitlib.quotes.find_quotes`` supplies each quotation's verb
      (``cue``) and speaker, so verbs can be tallied per speaker. Only verbs that
      introduce a quotation are found; titles and scare quotes are left out.
    - ``"word list"``: every form of every verb in the list is found anywhere in
      the text, also in reported speech without quotation marks ("Kaine
      pounced", "insinuating that"), but with no speaker. Some hits are not
      about speech at all ("Russian attacks"): read them.

    ``"auto"`` (the default) is ``"quotes"``.

    Parameters
    ----------
    article : Article or str
    method : {"auto", "quotes", "word list"}

    Returns
    -------
    pandas.DataFrame
        ``verb`` (as written), ``lemma``, ``class`` (neutral, distancing,
        concessive, emphatic, confrontational, or other), ``speaker`` (or
        missing), ``start, end`` (offsets of the quotation or the verb),
        ``source`` ("find_quotes" or "word list").

    Examples
    --------
    >>> import kitlib
    >>> nbc, _ = kitlib.load_pair()
    >>> "neutral" in set(speech_verbs(nbc)["class"])
    True
    """
    if method not in ("auto", "quotes", "word list"):
        raise KitError('Choose method="auto", "quotes" or "word list".')
    article = as_article(article)
    columns = ["verb", "lemma", "class", "speaker", "start", "end", "source"]
    rows = []
    if method != "word list":
        quotes = find_quotes(article)
        for q in quotes.itertuples():
            if getattr(q, "kind", "") == "title/scare":
                continue
            cue = getattr(q, "cue", None)
            if cue is None or (isinstance(cue, float) and math.isnan(cue)) or not str(cue).strip():
                continue
            verb = " ".join(str(cue).split())
            found = speech_verb_forms().get(verb.lower()) or speech_verb_forms().get(
                verb.split()[0].lower()
            )
            lemma, kind = found or (verb.lower(), "other")
            speaker = getattr(q, "speaker", None)
            rows.append([verb, lemma, kind, speaker, q.start, q.end, "find_quotes"])
        return with_article(pd.DataFrame(rows, columns=columns), article)
    for form, (lemma, kind) in sorted(speech_verb_forms().items()):
        phrase = r"\s+".join(re.escape(w) for w in form.split())
        for m in re.finditer(rf"\b{phrase}\b", article.text, re.IGNORECASE):
            rows.append([m.group(0), lemma, kind, None, m.start(), m.end(), "word list"])
    table = pd.DataFrame(rows, columns=columns)
    # "calling for" is one emphatic verb, not also a neutral "calling": keep the longest match.
    table = table.assign(length=table["end"] - table["start"])
    table = table.sort_values(["start", "length"], ascending=[True, False])
    return with_article(
        table.drop_duplicates("start").drop(columns="length").reset_index(drop=True), article
    )


def attribution_tally(
    *articles: Article | str, names=None, by: str = "article", method: str = "auto"
) -> pd.DataFrame:
    """How often each class of attribution verb is used, per article or per speaker.

    Parameters
    ----------
    *articles : Article or str
        The articles, one by one or as one list.
    names : list of str, optional
        Labels for the articles (default: their names, made unique).
    by : {"article", "speaker"}
        Count per article, or per speaker in each article. ("outlet", the old
        word for "article", still works: one article is not its outlet.)
    method : {"auto", "quotes", "word list"}
        How the verbs are found; see :func:`speech_verbs`.

    Returns
    -------
    pandas.DataFrame
        One row per article (index ``article``), or per article and speaker,
        one column per class, with counts (zeros included).

    Examples
    --------
    >>> import kitlib
    >>> nbc, cnn = kitlib.load_pair()
    >>> list(attribution_tally(nbc, cnn).index)
    ['NBC News', 'CNN']
    """
    if by == "outlet":
        warnings.warn(
            'attribution_tally(by="outlet") is now by="article" (one article is not its '
            "outlet; see CHANGELOG.md).",
            RenamedWarning,
            stacklevel=2,
        )
        by = "article"
    if by not in ("article", "speaker"):
        raise KitError('Count by "article" or by "speaker".')
    classes = ["neutral", "distancing", "concessive", "emphatic", "confrontational", "other"]
    articles = as_articles(articles)
    parts = []
    for article, label in zip(articles, names or unique_names(articles), strict=True):
        table = speech_verbs(article, method=method)
        table["article"] = label
        table["speaker"] = table["speaker"].fillna("(unknown)")
        parts.append(table)
    every = pd.concat(parts, ignore_index=True)
    keys = ["article"] if by == "article" else ["article", "speaker"]
    tally = every.groupby(keys, sort=False)["class"].value_counts().unstack(fill_value=0)
    tally = tally.reindex(columns=classes, fill_value=0)
    tally.columns.name = None
    return tally
