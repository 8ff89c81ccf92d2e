"""kitlib.report.comparison: the Comparison object, its summary table and its sections."""

import importlib
import re

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kitlib
from kitlib.articles import (
    article_from_text,
    load_invented_pair,
    load_source,
    paragraph_lengths,
    unique_names,
)
from kitlib.differences import describe_difference
from kitlib.errors import ArticleError, NotEnglishError
from kitlib.frames import frame_indicators
from kitlib.report import compare
from kitlib.report.sections import SECTIONS, artifact_counts


@pytest.fixture(scope="module")
def result(pair):
    return compare(*pair)


def test_summary_has_one_column_per_article(result):
    assert list(result.summary.columns) == ["section", "measure", "NBC News", "CNN", "difference"]
    assert result.names == ("NBC News", "CNN")
    assert result.summary["difference"].map(lambda d: isinstance(d, str) and d != "").all()


def test_facts_come_from_the_articles(pair, result):
    nbc, cnn = pair
    facts = result.summary[result.summary["section"] == "facts"].set_index("measure")
    assert facts.loc["paragraphs", "NBC News"] == len(nbc.paragraph_spans)
    assert facts.loc["sentences", "CNN"] == len(cnn.sentence_spans)
    assert facts.loc["headline", "NBC News"] == nbc.meta["headline"]
    assert facts.loc["cleaning changes", "CNN"] == len(cnn.log)
    words = facts.loc["words"]
    assert words["CNN"] > words["NBC News"]
    assert words["difference"] == (
        f"this CNN article: {words['CNN'] - words['NBC News']:,} more words than "
        "this NBC News article"
    )


def test_every_section_in_order(result):
    assert [s.key for s in result.sections] == [key for key, _, _ in SECTIONS]
    for section in result.sections:
        assert section.title and section.question and section.note
        if section.available:
            assert isinstance(section.table, pd.DataFrame) and not section.table.empty
            if section.draw is not None:
                assert section.alt.strip()


def test_section_lookup_error_names_the_choices(result):
    with pytest.raises(KeyError, match="facts"):
        result.section("nonsense")


def test_artifact_counts_add_up(pair):
    table = artifact_counts(pair)
    for article, name in zip(pair, ("NBC News", "CNN"), strict=True):
        assert table[table["article"] == name]["count"].sum() == len(article.artifacts)
    cnn = table[table["article"] == "CNN"].set_index("kind")["count"]
    assert cnn["dropped_words"] == (pair[1].artifacts["kind"] == "dropped_words").sum() > 0


def test_artifact_summary_matches_counts(pair, result):
    rows = result.summary[result.summary["section"] == "artifacts"].set_index("measure")
    assert rows.loc["artifacts (all kinds)", "CNN"] == len(pair[1].artifacts)
    assert rows.loc["artifacts (all kinds)", "NBC News"] == len(pair[0].artifacts)


def test_paragraph_lengths_cover_every_paragraph(pair):
    table = paragraph_lengths(pair)
    assert len(table) == sum(len(a.paragraph_spans) for a in pair)
    assert table.groupby("article")["sentences"].sum().to_dict() == {
        "NBC News": len(pair[0].sentence_spans),
        "CNN": len(pair[1].sentence_spans),
    }


def test_frame_indicators_are_shares_of_sentences(pair):
    table = frame_indicators(pair)
    assert len(table) == 2 * 5
    assert table["share"].between(0, 100).all()
    for article, name in zip(pair, ("NBC News", "CNN"), strict=True):
        rows = table[table["article"] == name]
        assert (rows["sentences"] <= len(article.sentence_spans)).all()
        expected = (100 * rows["sentences"] / len(article.sentence_spans)).round(1)
        assert rows["share"].tolist() == expected.tolist()
    assert (table["questions"] <= table["of"]).all()


def test_readability_summary_matches_the_module(pair, result):
    from kitlib import readability

    rows = result.summary[result.summary["section"] == "readability"].set_index("measure")
    grade = readability.readability(pair[1]).loc[0, "flesch_kincaid_grade"]
    assert rows.loc["Flesch–Kincaid grade", "CNN"] == round(float(grade), 2)


def test_three_articles_and_plain_text(pair):
    courier, _ = load_invented_pair()
    result = compare(pair[0], pair[1], courier)
    assert result.names == ("NBC News", "CNN", "Brindlemoor Courier")
    words = result.summary.set_index("measure").loc["words", "difference"]
    assert words.startswith("highest: this CNN article")
    assert "lowest: this Brindlemoor Courier article" in words
    text = compare(pair[0].text, pair[1].text)
    assert text.names == ("article (1)", "article (2)")


def test_a_list_of_articles_works(pair):
    assert compare(list(pair)).names == ("NBC News", "CNN")


def test_needs_two_articles(pair):
    with pytest.raises(ArticleError, match="at least two"):
        compare(pair[0])


def test_non_english_text_is_refused(pair):
    french = (
        "Le candidat républicain a pris ses distances avec son colistier sur la Syrie "
        "mardi soir. Il a critiqué la Russie pour sa campagne militaire qui tue des "
        "milliers de civils, et il a demandé aux États-Unis de se préparer à frapper."
    )
    with pytest.warns(UserWarning):
        article = article_from_text(french)
    with pytest.raises(NotEnglishError, match="English"):
        compare(pair[0], article)


def test_progress_is_reported(pair):
    steps = []
    compare(*pair, progress=steps.append)
    assert steps == [key for key, _, _ in SECTIONS]


def test_kitlib_compare_is_a_plain_function(pair):
    import inspect

    assert inspect.isfunction(kitlib.compare)
    assert kitlib.compare is importlib.import_module("kitlib.report.comparison").compare
    assert kitlib.compare(*pair).names == ("NBC News", "CNN")
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("kitlib.compare")


def test_invented_pair_is_marked_invented():
    courier, post = load_invented_pair()
    for article in (courier, post):
        assert article.meta["invented"] == "yes"
        assert "invented for the Media Framing Kit" in article.text
        assert article.meta["headline"] and article.meta["outlet"]
        assert 400 <= len(article.text.split()) <= 700
    # the pair is built to differ in framing: the Post leads with a child, the Courier with the vote
    assert courier.paragraphs[0].startswith("Brindlemoor's town council")
    assert post.paragraphs[0].startswith("Nine-year-old")


def test_load_source_by_name_and_path(tmp_path, pair):
    assert load_source("NBC").text == pair[0].text
    assert load_source("evening_post").meta["outlet"] == "Valley Evening Post"
    path = tmp_path / "my_article.txt"
    path.write_text(pair[0].text, encoding="utf-8")
    assert load_source(str(path)).name == "my_article"
    assert load_source(str(path), outlet="Daily A").name == "Daily A"


def test_every_analysis_takes_the_kits_article_names(pair):
    # as on the command line: compare("nbc", "cnn") compares the bundled pair, not two
    # one-word texts
    result = kitlib.compare("nbc", " CNN ")
    assert result.names == ("NBC News", "CNN")
    assert result.articles[0].text == pair[0].text
    assert kitlib.articles.as_article("courier").meta["outlet"] == "Brindlemoor Courier"


def test_unique_names(pair):
    assert unique_names([pair[0], pair[0], pair[1]]) == ("NBC News (1)", "NBC News (2)", "CNN")


@given(
    a=st.integers(min_value=-10_000, max_value=10_000),
    b=st.integers(min_value=-10_000, max_value=10_000),
)
def test_difference_names_the_larger(a, b):
    said = describe_difference({"A": a, "B": b}, unit="words")
    if a == b:
        assert said == "the same"
    else:
        high, low = ("A", "B") if a > b else ("B", "A")
        gap = abs(a - b)
        unit = "word" if gap == 1 else "words"
        assert said == f"{high}: {gap:,} more {unit} than {low}"


@given(a=st.floats(0, 30), b=st.floats(0, 30))
def test_difference_within_a_margin_is_about_the_same(a, b):
    said = describe_difference({"A": a, "B": b}, unit="", higher_means="harder", within=0.5)
    if abs(a - b) <= 0.5:
        assert said.startswith("about the same") or said == "the same"
    else:
        assert said.startswith("A:" if a > b else "B:") and said.endswith("(harder)")


def test_difference_of_texts_and_missing_values():
    assert describe_difference({"A": "x", "B": "X "}) == "the same"
    assert describe_difference({"A": "x", "B": "y"}) == "different"
    assert describe_difference({"A": 1, "B": None}) == "not measured for B"
    assert describe_difference({"A": 10.0, "B": 4.5}, unit="%").startswith(
        "A: 5.5 percentage points more than B"
    )


def test_invented_truth_covers_every_quotation_the_text_has():
    from kitlib.articles import INVENTED
    from kitlib.evaluation import invented_truth

    for article_id, article in zip(INVENTED, load_invented_pair(), strict=True):
        truth = invented_truth(article_id)
        body = article.text.replace("’", "'")
        for begins in truth["quote_begins"]:
            assert begins.replace("’", "'") in body, begins
        # one row per opening quotation mark in the body (straight marks come in pairs)
        opened = article.text.count("“") + article.text.count('"') // 2
        assert len(truth) == opened
    with pytest.raises(ArticleError):
        invented_truth("nbc")


def test_check_speakers_compares_full_names():
    from kitlib.evaluation import check_speakers

    text = (
        'Maya Nand, 9, loves the library.\n\n"She is sad," said her mother, Priya Nand.\n\n'
        '"It is over," Okoye said.'
    )
    truth = {"She is sad": "Priya Nand", "It is over": "David Okoye", "Not here": "Nobody"}
    table = check_speakers(text, truth).set_index("quote_begins")
    assert table.loc["It is over", "agrees"]  # the last name alone is enough
    assert table.loc["Not here", "kit_speaker"] == "(quotation not found)"
    assert not table.loc["Not here", "agrees"]
    # a different person of the same family is not the same speaker
    wrong = check_speakers(text, {"She is sad": "Maya Nand"})
    assert wrong.loc[0, "kit_speaker"] == "Priya Nand" and not wrong.loc[0, "agrees"]


def test_an_analysis_that_cannot_run_is_reported_not_fatal(monkeypatch, pair):
    from kitlib.errors import KitError
    from kitlib.report import sections

    def refuses(articles, names):
        raise KitError("these texts are too short for this analysis.")

    monkeypatch.setitem(sections.BUILDERS, "readability", refuses)
    result = compare(*pair)
    readability = result.section("readability")
    assert not readability.available and "too short" in readability.note
    assert "id='readability'" in result.to_html()
    assert "readability" not in set(result.summary["section"])
    assert {"facts", "actors", "quotes", "frames", "artifacts"} <= set(result.summary["section"])


def test_actor_table_or_name_rule(pair):
    from kitlib.actors import actor_table_fits, people

    assert all(actor_table_fits(a) for a in pair)
    courier, post = load_invented_pair()
    assert not actor_table_fits(courier) and not actor_table_fits(post)
    names = people(post)
    assert names["name"].iloc[0] == "Maya Nand"  # the child leads the Post's story
    marsh = names.set_index("name").loc["Helen Marsh"]
    assert marsh["mentions"] == len(re.findall(r"\bMarsh\b", post.text))
    table = compare(courier, post).table("actors")
    assert "Helen Marsh" in set(table["actor"])
    bundled = compare(*pair).table("actors")
    assert "CNN" not in set(bundled[bundled["article"] == "CNN"]["actor"])  # the dateline


def test_most_quoted_names_every_speaker_with_the_most_words():
    import kitlib
    from kitlib.articles import article_from_text

    text = (
        "The council met on Monday to vote on the budget for the coming year.\n\n"
        '"We will fix the roads first," said Ann Lee, the council leader.\n\n'
        '"We will fix the bridge first," said Bo Chen, the treasurer of the town.'
    )
    other = "The council voted on Monday. Nobody was quoted in this short report at all."
    pair = article_from_text(text, outlet="A"), article_from_text(other, outlet="B")
    result = kitlib.compare(*pair)
    row = result.summary.set_index("measure").loc["most quoted (by words)"]
    assert row["A"] == "Ann Lee and Bo Chen"


def test_quote_counts_leave_out_quotations_with_no_speaker():
    from kitlib.articles import article_from_text
    from kitlib.quotes import NO_SPEAKER
    from kitlib.report import render

    text = (
        "The council met on Monday to vote on the budget for the coming year.\n\n"
        'It was "the longest meeting in the history of the whole town," by most counts.\n\n'
        '"We will fix the roads first," said Ann Lee, the council leader.\n\n'
        '"We will fix the bridge first," said Ann Lee, when asked again.'
    )
    other = "The council voted on Monday. Nobody was quoted in this short report at all."
    result = compare(article_from_text(text, outlet="A"), article_from_text(other, outlet="B"))
    rows = result.summary.set_index("measure")["A"]
    examples = result.section("quotes").examples
    found = examples[examples["article"] == "A"]
    assert found["speaker"].iloc[0] == NO_SPEAKER  # the kit names nobody for the first one
    assert rows["different speakers"] == 1  # Ann Lee; "(no speaker found)" is nobody
    assert rows["first speaker quoted"] == "Ann Lee"
    assert rows["quotations with no speaker found"] == 1
    assert rows["quotations to check by hand"] == (found["check"] != "").sum() >= 1
    assert rows["anonymous sources' quotations"] == 0
    # the cautions read the comparison's table: they do not find the quotations again
    import kitlib.quotes.tables as tables

    original = tables.find_quotes
    tables.find_quotes = None  # a second search would fail here
    try:
        cautions = render.cautions(result)
    finally:
        tables.find_quotes = original
    assert any("to check by hand" in c and "no speaker found" in c for c in cautions)


def test_differences_name_the_article_not_the_outlet(pair):
    plain = kitlib.article_from_text(pair[1].text)  # no outlet: called by its own name
    result = compare(pair[0], plain, names=["NBC News", "story_2"])
    said = " ".join(result.summary["difference"])
    assert "this NBC News article" in said and "this story_2 article" not in said
    assert "story_2" in said
    assert not re.search(r"(?<!this )NBC News(?! article)", said)
    html = result.to_html()
    assert "compares articles, not outlets" in html and "compares articles, not outlets" in (
        result.to_markdown()
    )


def test_distinctive_words_mark_style_and_skip_debris():
    from kitlib.words import distinctive_words, word_kind

    a = "Mr. Comey of the F.B.I. said the F.B.I.'s review of the emails was over. " * 30
    b = "The senator said the vote on the budget was close and the budget passed. " * 30
    table = distinctive_words(a, b)
    assert "b" not in set(table["word"]) and "f.b.i" in set(table["word"])
    assert word_kind("mr") == "style: honorific" and word_kind("her") == "style: function word"
    shown = compare(a, b, names=["A", "B"])
    words_row = shown.summary.set_index("measure").filter(like="distinctive", axis=0)
    assert "mr" not in str(words_row.iloc[0]["A"]).split(", ")
    kinds = shown.table("words").set_index("word")["kind"]
    assert kinds.get("mr", "style: honorific") == "style: honorific"
