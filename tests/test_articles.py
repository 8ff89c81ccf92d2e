"""The bundled articles load, clean and split as the foundation issue requires."""

import re

import pytest

import kitlib
from kitlib.articles.cleaning import GAP_MARK, undo


def test_pair_is_nbc_then_cnn(pair):
    nbc, cnn = pair
    assert (nbc.meta["outlet"], cnn.meta["outlet"]) == ("NBC News", "CNN")
    assert nbc.meta["url"].startswith("https://www.nbcnews.com/")
    assert cnn.meta["published"] == "2016-10-04"


@pytest.mark.parametrize("article_index", [0, 1])
def test_cleaning_can_be_undone(pair, article_index):
    article = pair[article_index]
    assert undo(article.text, article.log) == article.raw


def test_raw_layer_is_byte_for_byte_the_seed(pair):
    nbc, cnn = pair
    nbc_bytes = (kitlib.DATA / "raw/000_bff022238aba6ced.txt").read_bytes()
    assert nbc.raw.encode("utf-8") == nbc_bytes
    assert cnn.raw.encode("utf-8") == (kitlib.DATA / "raw/002_5cb04768dae6b401.txt").read_bytes()


def test_cnn_is_detokenised(pair):
    _, cnn = pair
    for leftover in (" , ", " .", "( CNN )", "$ 19"):
        assert leftover not in cnn.text
    assert not re.search(r"\w n['’]t\b", cnn.text), "a contraction is still split"
    assert not re.search(r"\w ['’]s\b", cnn.text), "a possessive is still split"
    assert "wasn’t" in cnn.text and "running mate’s" in cnn.text and "$19 trillion" in cnn.text


def test_cnn_paragraphs_recovered(pair):
    _, cnn = pair
    assert len(cnn.paragraphs) >= 10
    assert all("   " not in p for p in cnn.paragraphs)


def test_cnn_eight_dropped_word_gaps(pair):
    _, cnn = pair
    gaps = cnn.artifacts[cnn.artifacts["kind"] == "dropped_words"]
    assert len(gaps) == 8
    assert all(cnn.text[r.start : r.end] == GAP_MARK for r in gaps.itertuples())
    assert cnn.text.count(GAP_MARK) == 8


@pytest.mark.parametrize(
    "phrase", ["Trump said Trump", "Kaine part", "him debate opponent", "US allies own"]
)
def test_cnn_coreference_substitutions_flagged(pair, phrase):
    _, cnn = pair
    flagged = cnn.artifacts[cnn.artifacts["kind"] == "coreference_substitution"]
    start = cnn.text.index(phrase)
    covers = (flagged["start"] <= start + 1) & (flagged["end"] >= start + len(phrase) - 1)
    assert covers.any(), f"{phrase!r} is not flagged"
    assert flagged["explanation"].str.len().min() > 40


def test_nbc_boilerplate_gone_and_titles_in_meta(pair):
    nbc, _ = pair
    for junk in ("IE 11 is not supported", "AP Photo", "Patrick Semansky", "Related:"):
        assert junk not in nbc.text
    assert nbc.meta["headline"] == "At Odds With Trump, Pence Seeks Harder Line on Russia"
    assert nbc.meta["dek"].startswith("Mike Pence split from Donald Trump")
    assert nbc.meta["headline"] not in nbc.text and nbc.meta["dek"] not in nbc.text
    assert nbc.paragraphs[0].startswith("Republican Mike Pence dramatically split")


def test_nbc_quotes_kept_as_written(pair):
    nbc, _ = pair
    assert (nbc.text.count('"'), nbc.text.count("“"), nbc.text.count("”")) == (9, 14, 13)
    assert '“all for it."' in nbc.text
    kinds = list(nbc.artifacts["kind"])
    assert kinds == ["mismatched_quote_marks"], "the clean NBC text should have no other artifact"


def test_normalising_quotes_is_a_logged_step():
    nbc, _ = kitlib.load_pair(normalise_quotes=True)
    assert '"' not in nbc.text
    assert (nbc.log["step"] == "curly quotes").sum() == 9
    assert undo(nbc.text, nbc.log) == nbc.raw


@pytest.mark.parametrize(
    "abbreviation", ["Sen. Tim Kaine", "U.S. military", "President George W. Bush"]
)
def test_sentences_do_not_split_abbreviations(pair, abbreviation):
    for article in pair:
        if abbreviation in article.text:
            assert any(abbreviation in s for s in article.sentences)


def test_sentences_and_paragraphs_have_true_offsets(pair):
    for article in pair:
        for (s, e), paragraph in zip(article.paragraph_spans, article.paragraphs, strict=True):
            assert article.text[s:e] == paragraph
        for number, s, e in article.sentence_spans:
            p_start, p_end = article.paragraph_spans[number]
            assert p_start <= s < e <= p_end
        table = article.sentence_table()
        assert list(table.columns) == ["paragraph", "sentence", "start", "end", "text"]


def test_cnn_dateline_is_not_a_sentence(pair):
    _, cnn = pair
    assert cnn.sentences[0].startswith("(CNN) Republican")


def test_article_repr_is_short(pair):
    assert repr(pair[0]).startswith("<Article 'NBC News': 20 paragraphs")


SAVED_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Council Closes Brindlemoor Library | The Example Gazette</title>
<meta property="og:title" content="Council Closes Brindlemoor Library">
<meta property="og:site_name" content="The Example Gazette">
<meta name="date" content="2024-03-05">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div class="banner">Subscribe to our newsletter for more stories like this.</div>
<article>
<h1>Council Closes Brindlemoor Library</h1>
<p>The town council of Brindlemoor, an invented town used for teaching, voted on Monday
to close its only public library at the end of the month, citing a shortfall in the budget.</p>
<p>"We had no other choice this year," said council leader Ann Marsh, adding that the
building would be sold to cover repairs to the town's roads and bridges.</p>
<p>Residents who packed the meeting disagreed. "This library taught my children to read,"
said one parent, who asked not to be named. A petition to keep it open has gathered
more than two thousand signatures since the plan was first reported in January.</p>
</article>
<footer>© The Example Gazette. All rights reserved. Privacy policy. Cookie settings.</footer>
</body></html>
"""


def test_saved_web_page_gives_the_article_text_and_metadata(tmp_path):
    page = tmp_path / "saved.html"
    page.write_text(SAVED_PAGE, encoding="utf-8")
    article = kitlib.load_article(page)
    assert article.meta["headline"] == "Council Closes Brindlemoor Library"
    assert article.paragraphs[0].startswith("The town council of Brindlemoor")
    assert len(article.paragraphs) == 3
    for furniture in ("Home", "Subscribe", "Privacy policy"):
        assert furniture not in article.text
    assert list(tmp_path.iterdir()) == [page], "loading must not write next to the input"


def test_plain_text_file_loads_with_what_the_user_knows(tmp_path):
    path = tmp_path / "mine.txt"
    body = "The town council voted on Monday to close the library, officials said. " * 8
    path.write_text(body, encoding="utf-8")
    article = kitlib.load_article(path, outlet="The Example Gazette")
    assert article.meta["outlet"] == "The Example Gazette"
    assert article.text == body.strip()


def test_a_page_given_as_html_text_is_read_like_a_saved_page():
    """article_from_html reads a page held in a string (a benchmark's page, a download),
    with the same cleaning as a saved file; bad input gets a clear message."""
    import pytest

    from kitlib.articles import article_from_html
    from kitlib.errors import ArticleError

    story = (
        "WASHINGTON — The council voted on Monday to pay for a second bridge over the river, "
        "ending a decade of argument about the crossing and its cost to the town."
    )
    page = (
        "<html><head><title>Council backs a bridge</title></head><body><article>"
        f"<h1>Council backs a bridge</h1><p>{story}</p>"
        "<p>Mayor Helen Marsh said the vote was overdue, and residents cheered.</p>"
        "</article></body></html>"
    )
    article = article_from_html(page)
    assert article.meta["headline"] == "Council backs a bridge"
    assert article.meta["dateline"] == "WASHINGTON"
    assert article.paragraphs[0].startswith("The council voted on Monday")
    with pytest.raises(ArticleError, match="as a string"):
        article_from_html(b"<html></html>")
