"""Readability: how hard is a text to read, by the classic formulas?

A *readability formula* turns a few counts (sentences, words, syllables,
letters, "hard" words) into one number, often a US school *grade level*:
8.0 means "a pupil at the end of grade 8 could read this". The kit counts
everything itself, in tables you can check word by word, then applies the
published formulas:

====================  ============================================  =====================
figure                formula (published version)                   source
====================  ============================================  =====================
Flesch Reading Ease   206.835 − 1.015 × words/sentences             Flesch (1948)
                      − 84.6 × syllables/words  (0–100, higher =
                      easier)
Flesch–Kincaid grade  0.39 × words/sentences                        Kincaid et al. (1975)
                      + 11.8 × syllables/words − 15.59
Gunning Fog           0.4 × (words/sentences                        Gunning (1952)
                      + 100 × complex words/words)
SMOG                  1.043 × √(polysyllables × 30/sentences)       McLaughlin (1969)
                      + 3.1291
Coleman–Liau          0.0588 × L − 0.296 × S − 15.8  (L letters,    Coleman & Liau (1975)
                      S sentences, per 100 words)
ARI                   4.71 × letters/words                          Smith & Senter (1967)
                      + 0.5 × words/sentences − 21.43
Dale–Chall            0.1579 × % difficult words                    Dale & Chall (1948);
                      + 0.0496 × words/sentences                    Chall & Dale (1995)
                      (+ 3.6365 if over 5 % are difficult)
====================  ============================================  =====================

What the kit counts:

* **sentences**: the kit's sentence splitter (pysbd, in :mod:`kitlib.articles`),
  which knows that "Gov." and "U.S." do not end a sentence. A piece the
  splitter cut off that holds no word (a lone closing quotation mark) is
  not counted as a sentence.
* **words**: runs of letters or digits, joined by an apostrophe, hyphen,
  full stop or comma inside them ("didn’t", "al-Assad", "U.S.", "275,000").
  The gap mark ``[…]`` in the CNN text is not a word.
* **syllables**: the CMU Pronouncing Dictionary (CMUdict) when it knows the
  word; otherwise the word's hyphenation points (pyphen) + 1, which is a
  guess. :func:`syllables` shows which source each word used.
* **polysyllables**: words of 3 or more syllables (SMOG).
* **complex words** (Gunning Fog): words of 3 or more syllables, except
  names (a capital letter in a word that does not start a sentence), hyphenated words,
  and words that reach 3 syllables only through "-ed" or "-es", as Gunning
  asked.
* **difficult words** (Dale–Chall): words not on the Dale–Chall list of
  familiar words (``data/dale_chall_easy_words.txt``), where a regular
  ending ("-s", "-es", "-ed", "-ing", "-er", "-est", "'s") on a listed word
  still counts as familiar, and names and numbers count as familiar, as
  Dale and Chall's counting rules say.

Where the kit and textstat 0.7.8 differ (see :func:`against_textstat`):
textstat finds sentences with a regular expression that ends a sentence at
every ".", "!" or "?" (then ignores pieces of two words or fewer); it
counts words by splitting on spaces after deleting punctuation; for
Gunning Fog it counts as complex every word of 3+ syllables that is not on
the Dale–Chall list (names included); for Dale–Chall every word not on the
list (names, plurals and numbers included); its ARI divides all non-space
characters, punctuation included, by a word count that includes
punctuation-only tokens; and its Coleman–Liau weight for letters is 0.058,
not the published 0.0588. Its formulas are otherwise the published ones.

References
----------
Flesch, R. (1948). A new readability yardstick. *Journal of Applied
Psychology* 32(3), 221–233. · Kincaid, J. P., Fishburne, R. P., Rogers,
R. L. & Chissom, B. S. (1975). *Derivation of new readability formulas for
Navy enlisted personnel*. Research Branch Report 8-75, Naval Technical
Training. · Gunning, R. (1952). *The Technique of Clear Writing*.
McGraw-Hill. · McLaughlin, G. H. (1969). SMOG grading: a new readability
formula. *Journal of Reading* 12(8), 639–646. · Coleman, M. & Liau, T. L.
(1975). A computer readability formula designed for machine scoring.
*Journal of Applied Psychology* 60(2), 283–284. · Smith, E. A. & Senter,
R. J. (1967). *Automated Readability Index*. AMRL-TR-66-220, Wright-Patterson
Air Force Base. · Dale, E. & Chall, J. S. (1948). A formula for predicting
readability. *Educational Research Bulletin* 27(1), 11–20, 37–54. · Chall,
J. S. & Dale, E. (1995). *Readability Revisited: The New Dale–Chall
Readability Formula*. Brookline Books.

>>> import kitlib
>>> from kitlib import readability
>>> nbc, cnn = kitlib.load_pair()
>>> row = readability.readability(nbc)
>>> int(row.loc[0, "sentences"]), int(row.loc[0, "words"])
(22, 611)
"""

from __future__ import annotations

import math
import re
from operator import itemgetter

import pandas as pd

from kitlib.articles import (
    FIRST_PARAGRAPH,
    Article,
    as_article,
    as_articles,
    unique_names,
    with_article,
)
from kitlib.articles.language import caution
from kitlib.differences import describe_gap
from kitlib.errors import ArticleError
from kitlib.readability.counting import (
    POLYSYLLABLE_MIN,
    TEXTSTAT_LANG,
    word_rows,
    word_table,
)
from kitlib.readability.formulas import (
    COLEMAN_LIAU_LETTER_WEIGHT,
    COUNTS,
    FIGURES,
    TEXTSTAT_COLEMAN_LIAU_LETTER_WEIGHT,
    flesch_kincaid_grade,
    flesch_reading_ease,
    ratio,
    scores,
)
from kitlib.text import (
    CLOSING_QUOTES,
    FIRST_SENTENCE,
    OPENING_QUOTES,
    split_paragraphs,
    split_sentences,
)

__all__ = [
    "INPUTS",
    "WHY",
    "against_textstat",
    "compare_readability",
    "hardest_sentences",
    "inner_stops",
    "PASSAGE_WORDS",
    "paragraph_grades",
    "paragraph_readability",
    "passage_grades",
    "passage_readability",
    "preprocessing_effect",
    "readability",
    "sentence_lengths",
    "sentence_readability",
    "syllables",
    "textstat_counts",
    "textstat_figures",
    "what_it_means",
]


# --------------------------------------------------------------------------
# Counting: syllables and word lists
# --------------------------------------------------------------------------
def syllables(article: str | Article) -> pd.DataFrame:
    """One row per word, with its syllables and where the count came from.

    Parameters
    ----------
    article : str or Article

    Returns
    -------
    pandas.DataFrame
        Columns: ``word``; ``syllables``; ``source`` (``CMUdict``,
        ``hyphenation`` or ``number``); ``letters``; ``polysyllable`` (3+
        syllables, for SMOG); ``complex`` (Gunning's complex word);
        ``difficult`` (not familiar by the Dale–Chall list); ``paragraph``,
        ``sentence`` (0-based numbers); ``start``, ``end`` (offsets into
        ``article.text``).

    Examples
    --------
    >>> import kitlib
    >>> nbc, _ = kitlib.load_pair()
    >>> table = syllables(nbc)
    >>> row = table[table["word"] == "Aleppo"].iloc[0]
    >>> row["word"], int(row["syllables"]), row["source"]
    ('Aleppo', 2, 'hyphenation')
    """
    article = as_article(article)
    return with_article(word_table(article.text, article.sentence_spans), article)


def _counts(rows: list[dict]) -> dict:
    """The totals of a word table's rows (from :func:`_word_rows`).

    Summed from the rows directly: making a DataFrame first only to add up its
    columns cost more than the sums.
    """

    def total(column: str) -> int:
        return sum(map(itemgetter(column), rows))

    return {
        # A "sentence" without a word (a lone closing quotation mark the splitter cut
        # off) is not counted: only sentences that hold at least one word.
        "sentences": len({row["sentence"] for row in rows}),
        "words": len(rows),
        "syllables": total("syllables"),
        "letters": total("letters"),
        "polysyllables": total("polysyllable"),
        "complex_words": total("complex"),
        "difficult_words": total("difficult"),
    }


def _row(name: str, counts: dict) -> dict:
    return {
        "article": name,
        **counts,
        "words_per_sentence": ratio(counts["words"], counts["sentences"]),
        "syllables_per_word": ratio(counts["syllables"], counts["words"]),
        **scores(counts),
    }


# --------------------------------------------------------------------------
# Whole articles
# --------------------------------------------------------------------------


def readability(article: str | Article) -> pd.DataFrame:
    """The seven readability figures for one article, and the counts behind them.

    Parameters
    ----------
    article : str or Article

    Returns
    -------
    pandas.DataFrame
        One row. Columns: ``article`` (its name); the counts ``sentences,
        words, syllables, letters, polysyllables, complex_words,
        difficult_words``; ``words_per_sentence``, ``syllables_per_word``;
        the figures ``flesch_reading_ease`` (0–100, higher is easier),
        ``flesch_kincaid_grade``, ``gunning_fog``, ``smog``,
        ``coleman_liau``, ``automated_readability_index`` (US grade levels)
        and ``dale_chall`` (a score: 4.9 or less is easy for a 4th-grader,
        9.0–9.9 is college level); last, ``note``: empty, or why the figures
        mean little for this text (it does not look like English, or has
        fewer than 50 words; see :func:`kitlib.articles.language.caution`).

    Examples
    --------
    >>> import kitlib
    >>> nbc, _ = kitlib.load_pair()
    >>> round(float(readability(nbc).loc[0, "flesch_kincaid_grade"]), 1)
    14.5
    """
    article = as_article(article)
    rows = word_rows(article.text, article.sentence_spans)
    row = _row(article.name, _counts(rows))
    row["note"] = caution(article.meta)
    return pd.DataFrame([row])


def textstat_figures(text: str) -> dict:
    """textstat 0.7.8's seven figures for a text, computed by textstat itself.

    Examples
    --------
    >>> figures = textstat_figures("Pence spoke first. Kaine answered him at length.")
    >>> "flesch_kincaid_grade" in figures
    True
    """
    import textstat

    return {
        "flesch_reading_ease": textstat.flesch_reading_ease(text),
        "flesch_kincaid_grade": textstat.flesch_kincaid_grade(text),
        "gunning_fog": textstat.gunning_fog(text),
        "smog": textstat.smog_index(text),
        "coleman_liau": textstat.coleman_liau_index(text),
        "automated_readability_index": textstat.automated_readability_index(text),
        "dale_chall": textstat.dale_chall_readability_score(text),
    }


def textstat_counts(text: str) -> dict:
    """The counts textstat 0.7.8 feeds its formulas, from its own counting functions.

    Keys as in :data:`COUNTS`, plus ``characters`` and ``tokens`` (ARI's
    inputs: non-space characters, and words with punctuation kept) and
    ``dale_chall_words`` (every word not on the list, for Dale–Chall).

    Examples
    --------
    >>> counts = textstat_counts("Pence spoke first. Kaine answered him at length.")
    >>> counts["sentences"], counts["words"]
    (2, 8)
    """
    from textstat.backend import counts

    lang = TEXTSTAT_LANG
    return {
        "sentences": counts.count_sentences(text),
        "words": counts.count_words(text),
        "syllables": counts.count_syllables(text, lang),
        "letters": counts.count_letters(text),
        "polysyllables": counts.count_polysyllable_words(text, lang),
        "complex_words": counts.count_difficult_words(text, lang, POLYSYLLABLE_MIN),
        "difficult_words": counts.count_difficult_words(text, lang, 0),
        "characters": counts.count_chars(text, ignore_spaces=True),
        "tokens": counts.count_words(text, rm_punctuation=False),
    }


#: Which counts each figure uses (to explain differences from textstat).
INPUTS = {
    "flesch_reading_ease": ("sentences", "words", "syllables"),
    "flesch_kincaid_grade": ("sentences", "words", "syllables"),
    "gunning_fog": ("sentences", "words", "complex_words"),
    "smog": ("sentences", "polysyllables"),
    "coleman_liau": ("sentences", "words", "letters"),
    "automated_readability_index": ("sentences", "characters", "tokens"),
    "dale_chall": ("sentences", "words", "difficult_words"),
}

#: Why textstat's count can differ from the kit's, in plain words.
WHY = {
    "sentences": "textstat ends a sentence at every '.', '!' or '?', even after 'Gov.' or "
    "'U.S.', then ignores pieces of two words or fewer; the kit's splitter knows "
    "abbreviations",
    "words": "textstat deletes punctuation and splits at spaces; the kit counts runs of "
    'letters and digits (so split contractions such as "did n\'t" count differently)',
    "syllables": "textstat looks words up after deleting punctuation ('U.S.' becomes 'us') "
    "and adds up the syllables of words it counts differently",
    "letters": "textstat counts letters after deleting punctuation; words are counted differently",
    "polysyllables": "words are split and looked up differently",
    "complex_words": "textstat counts every 3+ syllable word not on the Dale–Chall list, "
    "names included; the kit follows Gunning and leaves out names, hyphenated words "
    "and words made long only by -ed or -es",
    "difficult_words": "textstat counts every word not on the Dale–Chall list, names, numbers "
    "and plurals included; the kit follows Dale and Chall's rules and accepts names, numbers "
    "and regular endings of listed words",
    "characters": "textstat's ARI counts every non-space character, punctuation included; "
    "the kit counts letters and digits",
    "tokens": "textstat's ARI divides by a word count that keeps punctuation-only tokens",
}


def inner_stops(article: str | Article) -> list[str]:
    """Words ending in ".", and "!" or "?", *inside* the kit's sentences, in text order.

    A regular-expression sentence counter such as textstat's ends a sentence
    at each of them; the kit's splitter does not ("Gov.", "U.S.", a quoted
    question inside a longer sentence). Each is listed once.

    >>> inner_stops("Gov. Mike Pence spoke to U.S. troops. He left.")
    ['Gov.', 'U.S.']
    """
    article = as_article(article)
    found = []
    for _, start, end in article.sentence_spans:
        inside = article.text[start:end].rstrip(f" ){CLOSING_QUOTES}")
        for match in re.finditer(rf"\S*[.!?](?=[\s){CLOSING_QUOTES}])", inside[:-1] + " "):
            piece = match.group().lstrip(f"({OPENING_QUOTES}")
            if match.end() < len(inside) and piece not in found and re.search(r"\w", piece):
                found.append(piece)
    return found


def against_textstat(article: str | Article) -> pd.DataFrame:
    """The kit's figures next to textstat's on the same text, and why they differ.

    Parameters
    ----------
    article : str or Article
        textstat is given ``article.text``, the same cleaned text the kit uses.

    Returns
    -------
    pandas.DataFrame
        One row per figure. Columns: ``figure`` (its name), ``kit``,
        ``textstat``, ``difference`` (kit − textstat), and ``why``: the counts
        behind that figure on which the two disagree (kit's and textstat's
        numbers) with the reason, or "same counts" when they agree.

    Examples
    --------
    >>> import kitlib
    >>> nbc, _ = kitlib.load_pair()
    >>> table = against_textstat(nbc)
    >>> "Gov." in table.set_index("figure").loc["SMOG", "why"]
    True
    """
    article = as_article(article)
    kit_row = readability(article).iloc[0]
    kit_counts = {name: int(kit_row[name]) for name in COUNTS}
    kit_counts["characters"], kit_counts["tokens"] = kit_counts["letters"], kit_counts["words"]
    theirs = textstat_counts(article.text)
    their_figures = textstat_figures(article.text)
    stops = inner_stops(article)
    examples = f"; in this text: {', '.join(stops)}" if stops else ""
    rows = []
    for figure, (label, _) in FIGURES.items():
        reasons = [
            f"{count}: kit {kit_counts[count]}, textstat {theirs[count]} ({WHY[count]}{examples})"
            if count == "sentences"
            else f"{count}: kit {kit_counts[count]}, textstat {theirs[count]} ({WHY[count]})"
            for count in INPUTS[figure]
            if kit_counts[count] != theirs[count]
        ]
        if figure == "coleman_liau":
            reasons.append(
                f"textstat weighs letters by {TEXTSTAT_COLEMAN_LIAU_LETTER_WEIGHT}, "
                f"Coleman and Liau by {COLEMAN_LIAU_LETTER_WEIGHT}"
            )
        rows.append(
            {
                "figure": label,
                "kit": kit_row[figure],
                "textstat": their_figures[figure],
                "difference": kit_row[figure] - their_figures[figure],
                "why": "; ".join(reasons) if reasons else "same counts",
            }
        )
    return with_article(
        pd.DataFrame(rows, columns=["figure", "kit", "textstat", "difference", "why"]), article
    )


# --------------------------------------------------------------------------
# Sentences and paragraphs
# --------------------------------------------------------------------------


def sentence_readability(article: str | Article) -> pd.DataFrame:
    """One row per sentence: its length, syllables and Flesch–Kincaid grade.

    The formulas are defined for passages of about 100 words or more: a single
    sentence is not a sample, and its "grade" (37 for a 93-word sentence) is no
    reader's grade. Use it to find the long sentences; for grades along an
    article, use :func:`passage_readability`.

    Sentences without a word (a lone quotation mark) are left out; ``sentence``
    keeps the number it has in ``article.sentence_spans``.

    Returns
    -------
    pandas.DataFrame
        Columns: ``article``, ``paragraph``, ``sentence`` (0-based numbers),
        ``words``, ``syllables``, ``complex_words``, ``flesch_kincaid_grade``,
        ``text`` (the sentence).

    Examples
    --------
    >>> import kitlib
    >>> nbc, _ = kitlib.load_pair()
    >>> int(sentence_readability(nbc)["words"].max())
    46
    """
    article = as_article(article)
    words = word_table(article.text, article.sentence_spans)
    rows = []
    for number, (paragraph, start, end) in enumerate(article.sentence_spans, FIRST_SENTENCE):
        mine = words[words["sentence"] == number]
        if mine.empty:
            continue  # a lone quotation mark, not a sentence
        count, sylls = len(mine), int(mine["syllables"].sum())
        rows.append(
            {
                "article": article.name,
                "paragraph": paragraph + FIRST_PARAGRAPH,
                "sentence": number,
                "words": count,
                "syllables": sylls,
                "complex_words": int(mine["complex"].sum()),
                "flesch_kincaid_grade": flesch_kincaid_grade(count, 1, sylls),
                "text": article.text[start:end],
            }
        )
    columns = ["article", "paragraph", "sentence", "words", "syllables", "complex_words",
               "flesch_kincaid_grade", "text"]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


def hardest_sentences(article: str | Article, *, n: int = 5) -> pd.DataFrame:
    """The ``n`` sentences with the highest Flesch–Kincaid grade, hardest first.

    Same columns as :func:`sentence_readability`; ties keep text order.

    >>> import kitlib
    >>> _, cnn = kitlib.load_pair()
    >>> len(hardest_sentences(cnn, n=3))
    3
    """
    table = sentence_readability(article)
    return table.sort_values("flesch_kincaid_grade", ascending=False, kind="stable").head(n)


def paragraph_readability(article: str | Article) -> pd.DataFrame:
    """Readability of each paragraph on its own.

    Short paragraphs (one sentence) give jumpy figures: a paragraph of one or two
    sentences is not a sample the formulas were made for (about 100 words or
    more). Its counts are exact; its grade is not a reading level. For grades
    along an article, use :func:`passage_readability`.

    Returns
    -------
    pandas.DataFrame
        Columns: ``article``, ``paragraph`` (1 is the lead), ``sentences``,
        ``words``, ``syllables``, ``words_per_sentence``,
        ``syllables_per_word``, ``flesch_kincaid_grade``,
        ``flesch_reading_ease``.

    Examples
    --------
    >>> import kitlib
    >>> nbc, _ = kitlib.load_pair()
    >>> len(paragraph_readability(nbc)) == len(nbc.paragraphs)
    True
    """
    article = as_article(article)
    words = word_table(article.text, article.sentence_spans)
    rows = []
    for paragraph in range(FIRST_PARAGRAPH, len(article.paragraph_spans) + FIRST_PARAGRAPH):
        mine = words[words["paragraph"] == paragraph]
        sentences = int(mine["sentence"].nunique())
        count, sylls = len(mine), int(mine["syllables"].sum())
        rows.append(
            {
                "article": article.name,
                "paragraph": paragraph,
                "sentences": sentences,
                "words": count,
                "syllables": sylls,
                "words_per_sentence": ratio(count, sentences),
                "syllables_per_word": ratio(sylls, count),
                "flesch_kincaid_grade": flesch_kincaid_grade(count, sentences, sylls),
                "flesch_reading_ease": flesch_reading_ease(count, sentences, sylls),
            }
        )
    columns = ["article", "paragraph", "sentences", "words", "syllables", "words_per_sentence",
               "syllables_per_word", "flesch_kincaid_grade", "flesch_reading_ease"]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


#: The smallest passage a readability grade is computed for: Flesch (1948) asked for
#: samples of 100 words, and the formulas were fitted to passages, not to sentences.
PASSAGE_WORDS = 100


def passage_readability(article: str | Article, *, words: int = PASSAGE_WORDS) -> pd.DataFrame:
    """Readability of an article in passages of whole sentences, each of ``words`` words or more.

    The first passage is the fewest sentences from the start that reach ``words``
    words, the next starts after it, and so on; a last piece shorter than
    ``words`` joins the passage before it. A grade per passage is a grade the
    formulas were made for, unlike a grade per sentence or per short paragraph.

    Returns
    -------
    pandas.DataFrame
        Columns: ``article``, ``passage`` (from 1), ``first_sentence``,
        ``last_sentence`` (numbered as in :func:`sentence_readability`),
        ``paragraph`` (where the passage starts), ``position`` (how far through
        the article it starts, 0–100 %), ``sentences``, ``words``, ``syllables``,
        ``flesch_kincaid_grade``, ``note`` (says so when the whole text is shorter
        than ``words``).

    Examples
    --------
    >>> import kitlib
    >>> nbc, _ = kitlib.load_pair()
    >>> table = passage_readability(nbc)
    >>> bool((table["words"] >= PASSAGE_WORDS).all()), int(table["first_sentence"].iloc[0])
    (True, 1)
    """
    article = as_article(article)
    table = sentence_readability(article)
    groups: list[list] = []
    current: list = []
    for row in table.itertuples(index=False):
        current.append(row)
        if sum(r.words for r in current) >= words:
            groups.append(current)
            current = []
    if current:
        if groups:
            groups[-1].extend(current)  # a short tail joins the passage before it
        else:
            groups.append(current)
    rows = []
    for number, group in enumerate(groups, start=1):
        count = sum(r.words for r in group)
        sylls = sum(r.syllables for r in group)
        start = article.sentence_spans[group[0].sentence - FIRST_SENTENCE][1]
        rows.append(
            {
                "article": article.name,
                "passage": number,
                "first_sentence": group[0].sentence,
                "last_sentence": group[-1].sentence,
                "paragraph": group[0].paragraph,
                "position": 100 * start / max(len(article.text), 1),
                "sentences": len(group),
                "words": count,
                "syllables": sylls,
                "flesch_kincaid_grade": flesch_kincaid_grade(count, len(group), sylls),
                "note": "" if count >= words else f"shorter than {words} words: a weak sample",
            }
        )
    columns = ["article", "passage", "first_sentence", "last_sentence", "paragraph", "position",
               "sentences", "words", "syllables", "flesch_kincaid_grade", "note"]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


def passage_grades(
    *articles: str | Article, names=None, words: int = PASSAGE_WORDS
) -> pd.DataFrame:
    """Flesch–Kincaid grade of each passage of ``words`` words or more, for one or more articles.

    ``names`` are labels for the articles (default: their names, made unique).
    The table :func:`kitlib.plots.passage_grades` draws.

    Examples
    --------
    >>> import kitlib
    >>> table = passage_grades(*kitlib.load_pair())
    >>> sorted(set(table["article"]))
    ['CNN', 'NBC News']
    """
    tables = []
    articles = as_articles(articles)
    for article, label in zip(articles, names or unique_names(articles), strict=True):
        tables.append(passage_readability(article, words=words).assign(article=label))
    return pd.concat(tables, ignore_index=True)


# --------------------------------------------------------------------------
# Two articles, and raw versus cleaned
# --------------------------------------------------------------------------


def what_it_means(figure: str, difference: float, first: str, second: str) -> str:
    """Say in words what ``second − first`` means for a figure of :func:`readability`.

    The wording and the gaps that count as "about the same" come from
    :func:`kitlib.differences.describe_gap`, which the report uses too.

    >>> what_it_means("flesch_kincaid_grade", 2.2, "NBC News", "CNN")
    'CNN: about two grade levels harder than NBC News'
    >>> what_it_means("words_per_sentence", 6.68, "NBC News", "CNN")
    'CNN: 6.7 more words per sentence than NBC News'
    """
    kind = FIGURES.get(figure, (figure, "count"))[1]
    return describe_gap(kind, figure.replace("_", " "), difference, first, second)


def compare_readability(*articles: str | Article, names=None) -> pd.DataFrame:
    """Two articles side by side: each figure, the difference, and what it means.

    Parameters
    ----------
    *articles : str or Article
        The two articles (one by one or as one list); ``difference`` is the
        second's figure minus the first's.
    names : list of str, optional
        Labels for the two columns (default: the articles' names, made unique).

    Returns
    -------
    pandas.DataFrame
        One row per figure and per average (``words_per_sentence``,
        ``syllables_per_word``). Columns: ``figure`` (its name), one column
        per article named after it (e.g. ``NBC News``, ``CNN``),
        ``difference`` (second − first) and ``meaning`` (in words).

    Examples
    --------
    >>> import kitlib
    >>> nbc, cnn = kitlib.load_pair()
    >>> table = compare_readability(nbc, cnn)
    >>> list(table.columns)
    ['figure', 'NBC News', 'CNN', 'difference', 'meaning']
    """
    articles = as_articles(articles)
    if len(articles) != 2:
        raise ArticleError(
            f"compare_readability compares two articles; it was given {len(articles)}. "
            "For example: compare_readability(nbc, cnn)."
        )
    first, second = articles
    name_a, name_b = tuple(names) if names is not None else unique_names(articles)
    row_a, row_b = readability(first).iloc[0], readability(second).iloc[0]
    labels = {**{k: v[0] for k, v in FIGURES.items()},
              "words_per_sentence": "words per sentence",
              "syllables_per_word": "syllables per word"}  # fmt: skip
    rows = []
    for column, label in labels.items():
        difference = row_b[column] - row_a[column]
        rows.append(
            {
                "figure": label,
                name_a: row_a[column],
                name_b: row_b[column],
                "difference": difference,
                "meaning": what_it_means(column, difference, name_a, name_b),
            }
        )
    return pd.DataFrame(rows, columns=["figure", name_a, name_b, "difference", "meaning"])


def preprocessing_effect(article: Article) -> pd.DataFrame:
    """The same figures on the raw text (as shipped) and on the cleaned text.

    The raw text is split into paragraphs and sentences the same way as the
    cleaned one. For the CNN text the raw version is tokenised (" , ",
    "did n't") and on one line; for NBC it still holds the banner, headline,
    caption and "Related:" lines. Both the kit's and textstat's figures
    are shown, because textstat on the raw text is what a quick analysis
    would report.

    Parameters
    ----------
    article : Article
        An article with both ``raw`` and ``text`` (plain text is accepted and
        cleaned first).

    Returns
    -------
    pandas.DataFrame
        One row per count or figure. Columns: ``measure``, ``raw``,
        ``cleaned``, ``change`` (cleaned − raw), ``textstat_raw``,
        ``textstat_cleaned`` (textstat's value, for the figures and the
        counts it reports).

    Examples
    --------
    >>> import kitlib
    >>> _, cnn = kitlib.load_pair()
    >>> table = preprocessing_effect(cnn).set_index("measure")
    >>> bool(table.loc["words", "raw"] > table.loc["words", "cleaned"])
    True
    """
    article = as_article(article)
    raw_spans = split_sentences(article.raw, split_paragraphs(article.raw))
    raw_row = _row("raw", _counts(word_rows(article.raw, raw_spans)))
    clean_row = readability(article).iloc[0]
    their_raw = {**textstat_counts(article.raw), **textstat_figures(article.raw)}
    their_clean = {**textstat_counts(article.text), **textstat_figures(article.text)}
    measures = [*COUNTS, "words_per_sentence", "syllables_per_word", *FIGURES]
    rows = [
        {
            "measure": m,
            "raw": raw_row[m],
            "cleaned": clean_row[m],
            "change": clean_row[m] - raw_row[m],
            "textstat_raw": their_raw.get(m, math.nan),
            "textstat_cleaned": their_clean.get(m, math.nan),
        }
        for m in measures
    ]
    return with_article(
        pd.DataFrame(rows).astype({c: float for c in ("raw", "cleaned", "change")}), article
    )


# --------------------------------------------------------------------------
# Tables for the plots
# --------------------------------------------------------------------------


def sentence_lengths(*articles: str | Article, names=None) -> pd.DataFrame:
    """Words per sentence for one or more articles, for a distribution plot.

    ``names`` are labels for the articles (default: their names, made unique).

    Returns
    -------
    pandas.DataFrame
        Columns: ``article``, ``paragraph``, ``sentence``, ``words``.

    >>> import kitlib
    >>> nbc, cnn = kitlib.load_pair()
    >>> sorted(set(sentence_lengths(nbc, cnn)["article"]))
    ['CNN', 'NBC News']
    """
    articles = as_articles(articles)
    labels = names or unique_names(articles)
    tables = [
        sentence_readability(a).assign(article=label)
        for a, label in zip(articles, labels, strict=True)
    ]
    return pd.concat(tables, ignore_index=True)[["article", "paragraph", "sentence", "words"]]


def paragraph_grades(*articles: str | Article, names=None) -> pd.DataFrame:
    """Flesch–Kincaid grade of each paragraph, for one or more articles.

    ``names`` are labels for the articles (default: their names, made unique).

    Returns
    -------
    pandas.DataFrame
        Columns: ``article``, ``paragraph``, ``position`` (how far through the
        article the paragraph starts, 0–100 %), ``words``,
        ``flesch_kincaid_grade``.

    Examples
    --------
    >>> import kitlib
    >>> table = paragraph_grades(*kitlib.load_pair())
    >>> sorted(set(table["article"])), int(table["paragraph"].min())
    (['CNN', 'NBC News'], 1)
    """
    tables = []
    articles = as_articles(articles)
    for article, label in zip(articles, names or unique_names(articles), strict=True):
        table = paragraph_readability(article).assign(article=label)
        starts = [s for s, _ in article.paragraph_spans]
        table["position"] = [100 * s / max(len(article.text), 1) for s in starts]
        tables.append(table[["article", "paragraph", "position", "words", "flesch_kincaid_grade"]])
    return pd.concat(tables, ignore_index=True)
