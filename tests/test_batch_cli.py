"""framing-kit batch FOLDER --out FILE: one row per article, failures listed, exit status."""

from __future__ import annotations

import pandas as pd
import pytest

import kitlib
from kitlib import batch
from kitlib.cli import main

PARAGRAPH = (
    "Senator Ada Quill said on Tuesday that the harbour bridge would close for repairs. "
    '"We cannot wait another winter," Quill told reporters. Mayor Tom Reyes disagreed, '
    "saying the city had no money for the work and that the ferry would have to do."
)

PAGE = (
    "<html><head><title>Bridge to close</title></head><body><article><h1>Bridge to close"
    "</h1>" + "".join(f"<p>{PARAGRAPH}</p>" for _ in range(4)) + "</article></body></html>"
)


@pytest.fixture
def folder(tmp_path):
    corpus = tmp_path / "class"
    (corpus / "outlet_b").mkdir(parents=True)
    for i in range(3):
        (corpus / f"a{i}.txt").write_text("\n\n".join([PARAGRAPH] * (3 + i)), encoding="utf-8")
    (corpus / "outlet_b" / "page.html").write_text(PAGE, encoding="utf-8")
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04 not an article")  # not read: not .txt
    return corpus


def run(argv, capsys):
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_one_row_per_article(folder, tmp_path, capsys):
    out = tmp_path / "results.csv"
    status, printed, err = run(["batch", str(folder), "--out", str(out), "--quiet"], capsys)
    assert status == 0, err
    table = pd.read_csv(out, keep_default_na=False)
    assert table["article"].tolist() == ["a0", "a1", "a2", "page"]
    assert table["words"].tolist()[:3] == sorted(table["words"].tolist()[:3])
    for column in (
        "words",
        "readability: flesch_kincaid_grade",
        "quotes: quotations",
        "actors: mentions",
        "artifacts: dropped_words",
        "note",
        "error",
    ):
        assert column in table.columns
    assert (table["error"] == "").all()
    assert printed == "" and err == ""
    assert not (tmp_path / "results.csv.tidy.csv").exists()


def test_an_unreadable_file_is_listed_not_fatal(folder, tmp_path, capsys):
    (folder / "scan.txt").write_bytes(b"%PDF-1.4 a scanned page")
    out = tmp_path / "results.csv"
    status, _, err = run(["batch", str(folder), "--out", str(out)], capsys)
    assert status == 1
    assert "could not analyse" in err and "scan.txt" in err and "PDF" in err
    assert "5 articles, 1 with problems" in err
    table = pd.read_csv(out, keep_default_na=False)
    assert len(table) == 5
    assert table.set_index("article").loc["scan", "error"].startswith("load: ArticleError")


def test_a_missing_input_is_listed(folder, tmp_path, capsys):
    status, _, err = run(
        [
            "batch",
            str(folder / "a0.txt"),
            str(tmp_path / "gone.txt"),
            "--out",
            str(tmp_path / "r.csv"),
        ],
        capsys,
    )
    assert status == 1 and "not found" in err and "gone.txt" in err


def test_two_jobs_give_the_same_file(folder, tmp_path, capsys):
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    assert run(["batch", str(folder), "--out", str(one), "--quiet"], capsys)[0] == 0
    assert run(["batch", str(folder), "--out", str(two), "--jobs", "2", "--quiet"], capsys)[0] == 0
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")


def test_parquet(folder, tmp_path, capsys):
    pytest.importorskip("pyarrow")
    csv, parquet = tmp_path / "r.csv", tmp_path / "r.parquet"
    run(["batch", str(folder), "--out", str(csv), "--quiet"], capsys)
    assert run(["batch", str(folder), "--out", str(parquet), "--quiet"], capsys)[0] == 0
    pd.testing.assert_frame_equal(pd.read_parquet(parquet), pd.read_csv(csv, keep_default_na=False))


def test_dask_on_this_computer(folder, tmp_path, capsys):
    pytest.importorskip("distributed")
    one, dask = tmp_path / "one.csv", tmp_path / "dask.csv"
    run(["batch", str(folder), "--out", str(one), "--quiet"], capsys)
    status, _, err = run(
        ["batch", str(folder), "--out", str(dask), "--dask", "local", "--jobs", "2", "--quiet"],
        capsys,
    )
    assert status == 0, err
    assert one.read_text(encoding="utf-8") == dask.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--out", "results.xlsx"], "must end in .csv or .parquet"),
        (["--out", "r.csv", "--dask", "tcp://127.0.0.1:9"], "No Dask scheduler answered"),
    ],
)
def test_mistakes_are_explained(folder, tmp_path, capsys, argv, message):
    if "--dask" in argv:
        pytest.importorskip("distributed")
    argv = [a if not a.endswith((".csv", ".xlsx")) else str(tmp_path / a) for a in argv]
    status, _, err = run(["batch", str(folder), *argv], capsys)
    assert status == 2 and message in err


def test_nothing_to_read(tmp_path, capsys):
    status, _, err = run(["batch", str(tmp_path), "--out", str(tmp_path / "r.csv")], capsys)
    assert status == 1 and "No .txt or .html files found" in err


def test_per_article_keeps_the_tidy_figures():
    tidy = kitlib.analyze_many(kitlib.load_pair(), analyses=["text", "readability"])
    wide = batch.per_article(tidy)
    assert wide["article"].tolist() == ["NBC News", "CNN"]
    grade = tidy.query("article == 'CNN' and measure == 'flesch_kincaid_grade'")["value"]
    assert wide.loc[1, "readability: flesch_kincaid_grade"] == grade.iloc[0]
    assert len(wide.columns) == 2 + tidy.groupby("article").size().iloc[0] + 2
