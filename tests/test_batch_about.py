"""The batch table's words (headline, date, outlet, speakers) and its actors: the report's."""

from __future__ import annotations

import pandas as pd
import pytest

import kitlib
from kitlib import batch
from kitlib.actors import named_actors
from kitlib.cli import main
from kitlib.errors import KitError

STORY = (
    "Brazile Leaves CNN\n\n"
    "Donna Brazile, the Democratic strategist, met Jake Tapper on Sunday in Washington. "
    '"I never shared questions," Brazile said. Tapper said the network was upset.\n\n'
    '"We are disappointed," Tapper said. Brazile said she had done nothing wrong, and '
    "Brazile added that the campaign had not asked. Tapper and Brazile spoke for an hour."
)


@pytest.fixture()
def folder(tmp_path):
    (tmp_path / "brazile.txt").write_text(STORY, encoding="utf-8")
    return tmp_path


def test_batch_counts_the_people_the_report_counts(folder):
    table = batch.per_article(kitlib.analyze_many([folder / "brazile.txt"]))
    article = kitlib.load_article(folder / "brazile.txt")
    actors = named_actors(article)
    assert set(actors["actor"]) >= {"Donna Brazile", "Jake Tapper"}
    assert table["actors: different actors"].iloc[0] == len(actors)
    assert table["actors: mentions"].iloc[0] == actors["mentions"].sum()
    shown = kitlib.compare(article, kitlib.load_pair()[1]).table("actors")
    assert set(shown.loc[shown["article"] == article.name, "actor"]) == set(actors["actor"])


def test_speakers_headline_and_metadata(folder, tmp_path):
    facts = tmp_path / "facts.csv"
    facts.write_text("file,outlet,date\nbrazile.txt,Politico,2016-11-01\n", encoding="utf-8")
    wide = batch.per_article(kitlib.analyze_many([folder / "brazile.txt"], metadata=facts))
    row = wide.iloc[0]
    assert (row["outlet"], row["date"]) == ("Politico", "2016-11-01")
    assert row["headline"] == "Brazile Leaves CNN"
    assert row["speakers"].startswith("Donna Brazile (") and "Jake Tapper (" in row["speakers"]
    assert list(wide.columns[:8]) == [
        "article",
        "source",
        "headline",
        "date",
        "outlet",
        "sha256",
        "corrections",
        "speakers",
    ]


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ({"name": ["a.txt"]}, "no 'file' column"),
        ({"file": ["a.txt"], "author": ["X"]}, "'author' is not one of them"),
        ({"file": ["a.txt", "a.txt"]}, "named twice"),
    ],
)
def test_a_bad_metadata_file_is_explained(rows, message):
    with pytest.raises(KitError, match=message):
        batch.read_metadata(pd.DataFrame(rows))


def test_the_command_line_takes_a_metadata_file(folder, tmp_path):
    facts = tmp_path / "facts.csv"
    facts.write_text("file,outlet,headline\nbrazile.txt,CNN,Brazile out\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["batch", str(folder), "--out", str(out), "--metadata", str(facts), "--quiet"]) == 0
    written = pd.read_csv(out, keep_default_na=False)
    assert written.loc[0, ["outlet", "headline"]].tolist() == ["CNN", "Brazile out"]
