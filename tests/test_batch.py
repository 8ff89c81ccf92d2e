"""kitlib.analyze_many: many articles in, one tidy table out, nothing printed."""

from __future__ import annotations

import warnings

import pytest

import kitlib
from kitlib import batch
from kitlib.articles import language
from kitlib.errors import ArticleError, KitError, ShortTextWarning

PARAGRAPH = (
    "Republican vice presidential nominee Mike Pence said on Tuesday that the United "
    "States should be prepared to strike military targets of the Assad regime. Tim Kaine "
    "said the position was different from that of Donald Trump, who has praised Vladimir Putin."
)
FRENCH = (
    "Le candidat à la vice-présidence a déclaré mardi soir que les États-Unis devraient "
    "être prêts à frapper les cibles militaires du régime syrien. Son adversaire a répondu "
    "que cette position était différente de celle de son colistier. "
) * 3


@pytest.fixture(scope="module")
def table(pair):
    return kitlib.analyze_many(pair)


def test_the_table_is_tidy(table):
    assert list(table.columns) == batch.COLUMNS
    assert not table.duplicated(["article", "analysis", "measure"]).any()
    assert table["value"].dtype == float
    assert set(table["analysis"]) == set(batch.available_analyses())


def test_every_article_has_every_measure(table):
    per_article = table.groupby("article")["measure"].apply(lambda m: tuple(m))
    assert per_article["NBC News"] == per_article["CNN"]


def test_figures_are_the_modules_own(table, pair):
    nbc, cnn = pair
    from kitlib.readability import readability

    row = table.query("article == 'CNN' and measure == 'flesch_kincaid_grade'")
    assert row["value"].iloc[0] == pytest.approx(readability(cnn).loc[0, "flesch_kincaid_grade"])
    paragraphs = table.query("article == 'NBC News' and measure == 'paragraphs'")["value"]
    assert paragraphs.iloc[0] == len(nbc.paragraphs)
    dropped = table.query("article == 'CNN' and measure == 'artifacts: dropped_words'")["value"]
    assert dropped.iloc[0] == (cnn.artifacts["kind"] == "dropped_words").sum() > 0


def test_paths_texts_and_articles_mix(tmp_path, pair):
    path = tmp_path / "story.txt"
    path.write_text("\n\n".join([PARAGRAPH] * 3), encoding="utf-8")
    text = "\n\n".join([PARAGRAPH] * 4)
    table = kitlib.analyze_many([path, str(path), text, pair[0]], analyses=["text"])
    sources = table.drop_duplicates("article")[["article", "source"]].values.tolist()
    assert sources == [
        ["story", str(path)],
        ["story (2)", str(path)],
        ["article", "text 2"],
        ["NBC News", "item 3"],
    ]


def test_a_single_article_is_accepted(pair):
    table = kitlib.analyze_many(pair[1], analyses=["text"])
    assert set(table["article"]) == {"CNN"}


def test_a_bad_file_stops_the_run_by_default(tmp_path, pair):
    with pytest.raises(ArticleError, match="There is no file"):
        kitlib.analyze_many([pair[0], tmp_path / "missing.txt"], analyses=["text"])


def test_a_bad_file_can_be_recorded_instead(tmp_path, pair):
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    table = kitlib.analyze_many(
        [tmp_path / "missing.txt", tmp_path / "photo.txt", pair[0]],
        analyses=["text"],
        on_error="record",
    )
    errors = table[table["analysis"] == "error"]
    assert errors["measure"].tolist() == ["load: ArticleError"] * 2
    assert "There is no file" in errors["note"].iloc[0]
    assert "PNG" in errors["note"].iloc[1]
    assert "NBC News" in set(table["article"])


def test_unknown_options_are_explained(pair):
    with pytest.raises(KitError, match="Unknown analysis 'mood'. Choose from"):
        kitlib.analyze_many(pair, analyses=["mood"])
    with pytest.raises(KitError, match="on_error"):
        kitlib.analyze_many(pair, on_error="ignore")
    with pytest.raises(KitError, match="Item 0 is a int"):
        kitlib.analyze_many([3])


def test_non_english_figures_are_flagged():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = kitlib.analyze_many([FRENCH, "\n\n".join([PARAGRAPH] * 3)])
    french = table[table["source"] == "text 0"]
    english = table[table["source"] == "text 1"]
    flagged = set(french.loc[french["note"].str.contains(language.ENGLISH_ONLY_NOTE), "analysis"])
    assert flagged == set(batch.ENGLISH_ONLY) & set(batch.available_analyses())
    assert (english.loc[~batch.text_rows(english), "note"] == "").all()
    assert french.query("measure == 'looks_english'")["value"].iloc[0] == 0


def test_warnings_are_summed_up_once():
    texts = ["Pence spoke.\n\nKaine spoke.", "Putin did not.\n\nAssad did not.", "Short one."]
    with pytest.warns(ShortTextWarning) as record:
        kitlib.analyze_many(texts, analyses=["text"])
    short = [w for w in record if w.category is ShortTextWarning]
    assert len(short) == 1 and str(short[0].message).startswith("3 of the texts")


def test_nothing_is_printed_outside_a_notebook(capsys, pair):
    kitlib.analyze_many(list(pair) * 6, analyses=["text"])
    out = capsys.readouterr()
    assert out.out == "" and out.err == ""
    assert not batch.in_notebook()


def test_a_progress_bar_when_asked(capsys, pair):
    kitlib.analyze_many(list(pair) * 2, analyses=["text"], progress=True)
    assert "4/4" in capsys.readouterr().err


def test_an_empty_list_gives_an_empty_table():
    table = kitlib.analyze_many([])
    assert table.empty and list(table.columns) == batch.COLUMNS


def test_short_texts_are_flagged():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = kitlib.analyze_many(
            ["Pence spoke.\n\nKaine spoke."], analyses=["text", "readability"]
        )
    notes = table.groupby("analysis")["note"].first()
    assert notes["readability"] == language.SHORT_TEXT_NOTE and notes["text"] == ""
