"""A researcher's corrections file (issue 25): read, checked, applied by compare, batch and
the API, listed in the report; --tables writes every table with its provenance."""

from __future__ import annotations

import hashlib
import html

import pandas as pd
import pytest

import kitlib
from kitlib import batch
from kitlib.articles import apply_corrections, read_corrections
from kitlib.articles.cleaning import undo
from kitlib.cli import main
from kitlib.errors import KitError

STORY = (
    "Brazile Leaves CNN\n\n"
    "Donna Brazile, the Democratic strategist, met Jake Tapper on Sunday in Washington "
    "to talk about the debate and the questions that had been shared before it.\n\n"
    '"I never shared questions with anyone," Brazile said. Tapper said the network was upset.\n\n'
    '"We are deeply disappointed by what happened," he said, and Brazile left the studio.\n\n'
    "Jane Doe covers politics for the paper and has written about campaigns since 2004."
)


@pytest.fixture()
def files(tmp_path):
    story = tmp_path / "brazile.txt"
    story.write_text(STORY, encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text(
        "Trump Rallies in Ohio\n\nDonald Trump spoke to a crowd in Ohio on Monday about trade "
        'and jobs, and he promised to bring factories back. "We will win," Trump said.',
        encoding="utf-8",
    )
    fixes = tmp_path / "corrections.csv"
    fixes.write_text(
        "article,correct,where,value\n"
        "brazile.txt,headline,,Brazile leaves CNN after debate leak\n"
        "brazile.txt,drop paragraph,4,\n"
        "brazile.txt,speaker,We are deeply disappointed,Jake Tapper\n"
        "brazile.txt,gender,Donna Brazile,female\n",
        encoding="utf-8",
    )
    return story, other, fixes


def test_the_api_applies_every_kind(files):
    story, _, fixes = files
    article = kitlib.load_article(story)
    fixed = apply_corrections(article, fixes)
    assert fixed.meta["headline"] == "Brazile leaves CNN after debate leak"
    assert len(fixed.paragraphs) == len(article.paragraphs) - 1
    assert "Jane Doe" not in fixed.text
    assert undo(fixed.text, fixed.log) == undo(article.text, article.log)  # still reversible
    quotes = kitlib.quotes.find_quotes(fixed)
    tapper = quotes[quotes["quote"].str.startswith("We are deeply")]
    assert tapper["speaker"].tolist() == ["Jake Tapper"]
    assert tapper["rule"].iloc[0] == "corrected by hand (corrections file)"
    people = kitlib.actors.people(fixed).set_index("name")
    assert people.loc["Donna Brazile", "gender"] == "female"
    assert len(fixed.meta["corrections_applied"]) == 4
    assert article.meta.get("corrections_applied") is None  # the original is unchanged


def test_a_name_correction_renames_and_merges():
    text = "Sen. Amy Park spoke on Monday. Later, Park voted no and Amy Park left the hall."
    rows = pd.DataFrame(
        {"article": ["x"], "correct": ["name"], "where": ["Amy Park"], "value": ["Amy Parker"]}
    )
    article = kitlib.article_from_text(text, id="x")
    fixed = apply_corrections(article, rows)
    assert "Amy Parker" in set(kitlib.actors.people(fixed)["name"])
    assert "Amy Parker" in set(kitlib.actors.named_actors(fixed)["actor"])


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("article,correct,where,value\nx,colour,,red\n", "line 2: 'colour' is not a correction"),
        ("article,correct,where,value\nx,drop paragraph,first,\n", "paragraph's number"),
        ("article,correct,where,value\nx,gender,Amy Park,woman\n", "female, male or unknown"),
        ("article,correct,where,value\nx,speaker,,Amy\n", "needs 'where'"),
        ("article,correct,value\nx,headline,A\n", "'where' is missing"),
    ],
)
def test_a_wrong_row_is_explained(tmp_path, rows, message):
    path = tmp_path / "c.csv"
    path.write_text(rows, encoding="utf-8")
    with pytest.raises(KitError, match=message):
        read_corrections(path)


def test_a_correction_that_matches_nothing_is_refused(files, tmp_path):
    story, other, _ = files
    bad = tmp_path / "bad.csv"
    bad.write_text("article,correct,where,value\nbrazile.txt,speaker,Nobody said this,X\n")
    with pytest.raises(KitError, match="is not in"):
        kitlib.compare(kitlib.load_article(story), kitlib.load_article(other), corrections=bad)
    typo = tmp_path / "typo.csv"
    typo.write_text("article,correct,where,value\nbrazil.txt,headline,,X\n")
    with pytest.raises(KitError, match="is none of the articles"):
        kitlib.compare(kitlib.load_article(story), kitlib.load_article(other), corrections=typo)


def test_compare_lists_the_corrections_and_its_provenance(files):
    story, other, fixes = files
    result = kitlib.compare(
        kitlib.load_article(story), kitlib.load_article(other), corrections=fixes
    )
    page, memo = html.unescape(result.to_html()), result.to_markdown()
    for text in (page, memo):
        assert "Corrections applied" in text
        assert "speaker of the quotation starting 'We are deeply disappointed' set to Jake" in text
        assert hashlib.sha256(story.read_bytes()).hexdigest() in text
        assert hashlib.sha256(fixes.read_bytes()).hexdigest() in text
        assert f"media-framing-kit {kitlib.report.comparison.kit_version()}" in text


def test_the_command_line_writes_the_tables(files, tmp_path, capsys):
    story, other, fixes = files
    out = tmp_path / "tables"
    argv = ["compare", str(story), str(other), "--corrections", str(fixes), "--tables", str(out)]
    assert main([*argv, "--quiet"]) == 0
    quotes = pd.read_csv(out / "quotes_quotations.csv", keep_default_na=False)
    for column in ("speaker", "speaker_mention", "rule", "confidence", "start", "end"):
        assert column in quotes.columns
    row = quotes[quotes["quote"].str.startswith("We are deeply")].iloc[0]
    assert row["speaker"] == "Jake Tapper"
    assert STORY.count(row["quote"]) == 1
    assert {"kit", "made_on", "input_sha256", "corrections"} <= set(quotes.columns)
    assert row["input_sha256"] == hashlib.sha256(story.read_bytes()).hexdigest()
    people = pd.read_csv(out / "actors_people.csv", keep_default_na=False)
    assert {"actor", "rule", "mentions"} <= set(people.columns)
    assert (out / "frames.csv").exists() and (out / "provenance.csv").exists()


def test_batch_takes_the_same_file(files, tmp_path):
    story, _, fixes = files
    wide = batch.per_article(kitlib.analyze_many([story], corrections=fixes))
    assert wide.loc[0, "headline"] == "Brazile leaves CNN after debate leak"
    assert "Jake Tapper (" in wide.loc[0, "speakers"]
    out = tmp_path / "out.csv"
    argv = ["batch", str(story), "--out", str(out), "--corrections", str(fixes), "--quiet"]
    assert main(argv) == 0
    written = pd.read_csv(out, keep_default_na=False)
    assert written["headline"].iloc[0] == "Brazile leaves CNN after debate leak"
    assert written["sha256"].iloc[0] == hashlib.sha256(story.read_bytes()).hexdigest()
    assert "paragraph 4 left out" in written["corrections"].iloc[0]
    assert hashlib.sha256(fixes.read_bytes()).hexdigest() in written["corrections_file"].iloc[0]
    assert written["kit"].iloc[0] == kitlib.report.comparison.kit_version()


def test_a_speaker_correction_names_a_he_the_kit_left_unnamed():
    import pandas as pd

    from kitlib.articles.corrections import correct_speakers

    table = pd.DataFrame(
        {
            "quote": ["We won"],
            "speaker": ["he"],
            "speaker_mention": ["he"],
            "speaker_kind": ["unsure"],
            "best_guess": ["Bob Ray"],
            "confidence": [0.42],
            "check_by_hand": [True],
            "anonymous": [False],
            "rule": ["speaker after quote"],
        }
    )
    article = type("A", (), {"meta": {"corrections": [
        {"correct": "speaker", "where": "we won", "value": "Tom Berg"}]}})()  # fmt: skip
    row = correct_speakers(table, article).iloc[0]
    assert row["speaker"] == "Tom Berg" and row["speaker_kind"] == "person"
    assert pd.isna(row["best_guess"]) and not row["check_by_hand"]
