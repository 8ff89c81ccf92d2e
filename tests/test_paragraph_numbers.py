"""One paragraph-numbering convention in every table: paragraphs are counted as people count,
so the lead is paragraph 1 (``Article.paragraphs`` stays a Python list: the lead is ``[0]``)."""

import warnings

import pytest

import kitlib
from kitlib import actors, frames, quotes, readability, words
from kitlib.articles import FIRST_PARAGRAPH

#: Every table with a paragraph column: (name, function of an article, column).
TABLES = [
    ("Article.sentence_table", lambda a: a.sentence_table(), "paragraph"),
    ("actors.find_mentions", actors.find_mentions, "paragraph"),
    ("actors.mentions", actors.mentions, "first_paragraph"),
    ("actors.mentions_by_paragraph", actors.mentions_by_paragraph, "paragraph"),
    ("words.kwic", lambda a: words.kwic(a, "Pence"), "paragraph"),
    ("words.loaded_words", words.loaded_words, "paragraph"),
    ("words.tone", words.tone, "paragraph"),
    ("frames.frame_evidence", frames.frame_evidence, "paragraph"),
    ("readability.paragraph_readability", readability.paragraph_readability, "paragraph"),
    ("readability.sentence_readability", readability.sentence_readability, "paragraph"),
    ("readability.syllables", readability.syllables, "paragraph"),
    ("quotes.find_quotes", quotes.find_quotes, "paragraph"),
]


@pytest.fixture(scope="module")
def pair():
    return kitlib.load_pair()


@pytest.mark.parametrize("name, table_of, column", TABLES, ids=[t[0] for t in TABLES])
def test_paragraphs_are_counted_from_one(pair, name, table_of, column):
    for article in pair:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            table = table_of(article)
        numbers = table[column]
        assert numbers.min() >= FIRST_PARAGRAPH, name
        assert numbers.max() <= len(article.paragraphs), name


def test_the_lead_is_paragraph_one(pair):
    nbc, _ = pair
    found = actors.find_mentions(nbc)
    in_lead = found[found["start"] < nbc.paragraph_spans[0][1]]
    assert set(in_lead["paragraph"]) == {1}
    assert nbc.paragraph_number(0) == 1 and nbc.paragraph_of(0) == 0
    grid = actors.mentions_by_paragraph(nbc)
    assert sorted(set(grid["paragraph"])) == list(range(1, len(nbc.paragraphs) + 1))
