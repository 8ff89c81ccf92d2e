"""Batch runs a teacher can trust with a class's folder (issue 28).

A per-article time limit, results written after every article, one run at a
time per results file (a stale lock recognised), a damaged progress file
answered in one sentence, and a row or a listed reason for every entry of the
folder. Small generated inputs; nothing here is timed.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import warnings
from concurrent.futures import ThreadPoolExecutor

import pandas as pd
import pytest

import kitlib
from kitlib import batch
from kitlib.cli import find_files, main
from kitlib.errors import KitError, TimeLimitError

PARAGRAPH = (
    "Senator Ada Quill said on Tuesday that the harbour bridge would close for repairs. "
    '"We cannot wait another winter," Quill told reporters. Mayor Tom Reyes disagreed, '
    "saying the city had no money for the work and that the ferry would have to do."
)
SLOW = "This one is slow. " + PARAGRAPH


def texts(n: int) -> list[str]:
    return [f"Story {i}.\n\n" + "\n\n".join([PARAGRAPH] * 3) for i in range(n)]


@pytest.fixture
def slow_text_measures(monkeypatch):
    """The 'text' analysis sleeps for a minute on an article that says it is slow."""
    module, measures = batch.ANALYSES["text"]

    def sleepy(article):
        if "slow" in article.text:
            time.sleep(60)
        return measures(article)

    monkeypatch.setitem(batch.ANALYSES, "text", (module, sleepy))


def run(items, **options) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return kitlib.analyze_many(items, on_error="record", **options)


# -- a time limit per article ---------------------------------------------------------


def test_a_slow_article_is_stopped_with_a_row_saying_so_and_the_run_goes_on(slow_text_measures):
    items = [texts(1)[0], SLOW, texts(2)[1]]
    run(items[:1], analyses=["text", "quotes"])  # word lists read once, before any limit
    started = time.monotonic()
    table = run(items, analyses=["text", "quotes"], time_limit=2)
    assert time.monotonic() - started < 30
    errors = table[table["analysis"] == "error"]
    assert errors["source"].tolist() == ["text 1"]
    assert errors["measure"].iloc[0] == "text: TimeLimitError"
    assert "longer than 2 seconds" in errors["note"].iloc[0]
    assert "not run" in errors["note"].iloc[0]
    assert not table.query("source == 'text 1' and analysis == 'quotes'").shape[0]
    quotes = table.query("source == 'text 2' and analysis == 'quotes'")
    assert quotes.shape[0] == 3  # quotations, with a speaker, speakers


def test_where_no_alarm_can_stop_it_the_limit_is_checked_between_analyses(monkeypatch):
    """Dask runs work in threads, where Python has no alarm: the time is checked after
    each analysis, so the article still gets its row."""
    module, measures = batch.ANALYSES["text"]

    def slowish(article):
        if "slow" in article.text:
            time.sleep(0.3)
        return measures(article)

    monkeypatch.setitem(batch.ANALYSES, "text", (module, slowish))
    with ThreadPoolExecutor(1) as pool:
        table = run([SLOW, texts(1)[0]], analyses=["text", "quotes"], executor=pool, time_limit=0.1)
    errors = table[table["analysis"] == "error"]
    assert errors[["source", "measure"]].values.tolist() == [["text 0", "text: TimeLimitError"]]


def test_the_alarm_is_put_back_as_it_was():
    import signal

    if not hasattr(signal, "setitimer"):
        pytest.skip("no alarms here")
    before = signal.getsignal(signal.SIGALRM)
    run(texts(2), analyses=["text"], time_limit=5)
    assert signal.getsignal(signal.SIGALRM) == before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_time_limit_raises_when_errors_are_not_recorded(slow_text_measures):
    with pytest.raises(TimeLimitError):
        kitlib.analyze_many([SLOW], analyses=["text"], time_limit=0.2)
    with pytest.raises(KitError, match="time_limit must be"):
        kitlib.analyze_many(texts(1), time_limit=0)


# -- results written after every article ------------------------------------------------


def test_the_results_are_written_after_every_article(tmp_path, monkeypatch):
    out = tmp_path / "results.csv"
    module, measures = batch.ANALYSES["text"]
    seen = []

    def stop_at_the_third(article):
        seen.append(article)
        if len(seen) == 3:
            raise KeyboardInterrupt  # the teacher pressed Ctrl-C
        return measures(article)

    monkeypatch.setitem(batch.ANALYSES, "text", (module, stop_at_the_third))
    with pytest.raises(KeyboardInterrupt):
        run(texts(5), analyses=["text"], out=out)
    written = pd.read_csv(out)
    assert written["source"].unique().tolist() == ["text 0", "text 1"]
    assert not out.with_name("results.csv.lock").exists()


# -- one run at a time per results file ---------------------------------------------------


def test_a_second_run_on_the_same_file_is_refused_at_once_and_the_first_is_intact(tmp_path):
    out = tmp_path / "results.csv"
    run(texts(2), analyses=["text"], out=out)
    before = out.read_bytes()
    with batch.results_lock(out):  # a first run still going on
        with pytest.raises(KitError, match=r"Another run is writing the results to .*results.csv"):
            run(texts(3), analyses=["text"], out=out)
    assert out.read_bytes() == before
    run(texts(3), analyses=["text"], out=out)  # once it has finished, the run goes on
    assert pd.read_csv(out)["source"].nunique() == 3


def dead_process() -> int:
    """The number of a process that has ended."""
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return int(done.stdout)


@pytest.mark.skipif(os.name != "posix", reason="processes are looked up on Linux and macOS")
def test_a_lock_left_by_a_killed_run_is_recognised_and_replaced(tmp_path):
    out = tmp_path / "results.csv"
    lock = tmp_path / "results.csv.lock"
    lock.write_text(f"{dead_process()} {socket.gethostname()} - 2026-11-30T10:00:00+00:00\n")
    table = run(texts(2), analyses=["text"], out=out)
    assert table["source"].nunique() == 2 and not lock.exists()


def test_a_lock_from_another_computer_is_left_alone_and_explained(tmp_path):
    out = tmp_path / "results.csv"
    lock = tmp_path / "results.csv.lock"
    lock.write_text("4242 lab-pc-07 - 2026-11-30T10:00:00+00:00\n")
    with pytest.raises(KitError, match=r"process 4242 on lab-pc-07.*delete .*results.csv.lock"):
        run(texts(1), analyses=["text"], out=out)
    assert lock.exists()


def test_two_command_line_runs_on_one_file(tmp_path, capsys):
    folder = tmp_path / "class"
    folder.mkdir()
    for i, text in enumerate(texts(2)):
        (folder / f"s{i}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "results.csv"
    assert main(["batch", str(folder), "--out", str(out), "--quiet"]) == 0
    before = out.read_bytes()
    with batch.results_lock(out):
        started = time.monotonic()
        status = main(["batch", str(folder), "--out", str(out), "--quiet"])
        assert time.monotonic() - started < 10
    assert status == 2
    assert "Another run is writing the results to" in capsys.readouterr().err
    assert out.read_bytes() == before


def test_the_lock_holds_across_threads_of_one_program_too(tmp_path):
    out = tmp_path / "results.csv"
    refused = []

    def second():
        try:
            run(texts(1), analyses=["text"], out=out)
        except KitError as error:
            refused.append(str(error))

    with batch.results_lock(out):
        thread = threading.Thread(target=second)
        thread.start()
        thread.join()
    assert refused and "Another run" in refused[0]


# -- a damaged progress file --------------------------------------------------------------


@pytest.mark.parametrize(
    "damage, line, what",
    [
        (b'x,y,text,words,12.0,""\nx,y,text,sentences,oops,\n', 3, "the value 'oops' is not a"),
        (b"x,y,text,words,12.0,,,\n", 2, "8 fields where a row has 6"),
        (b"x,y,text,words,12.0,\xff\xfe\n", 2, "bytes that are not UTF-8 text"),
        (b'x,"y,text,words,12.0,\n', 2, "2 fields where a row has 6"),
    ],
)
def test_a_damaged_progress_file_gets_one_sentence_naming_the_line(tmp_path, damage, line, what):
    out = tmp_path / "results.csv"
    out.write_bytes(",".join(batch.COLUMNS).encode() + b"\n" + damage + b"x,y,text,words,1,\n")
    with pytest.raises(KitError) as caught:
        run(texts(1), analyses=["text"], out=out)
    message = str(caught.value)
    assert f"is damaged at line {line} ({what}" in message
    assert "delete results.csv to start again" in message and message.count(". ") == 0


def test_the_command_line_answers_a_damaged_progress_file_in_one_sentence(tmp_path, capsys):
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "s.txt").write_text(texts(1)[0], encoding="utf-8")
    out = tmp_path / "results.csv"
    journal = tmp_path / "results.csv.tidy.csv"
    journal.write_text(",".join(batch.COLUMNS) + "\ns,s.txt,text,words,twelve,\n", encoding="utf-8")
    assert main(["batch", str(folder), "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"{journal} is damaged at line 2") and "\n" not in err


# -- every entry of the folder: a row or a listed reason -----------------------------------


@pytest.mark.skipif(os.name != "posix", reason="links and pipes as on Linux and macOS")
def test_every_entry_of_the_folder_gets_a_row_or_a_reason(tmp_path, capsys):
    folder = tmp_path / "class"
    (folder / "week 2").mkdir(parents=True)
    (folder / "a.txt").write_text(texts(1)[0], encoding="utf-8")
    (folder / "week 2" / "b.html").write_text(
        f"<html><body><article>{'<p>' + PARAGRAPH + '</p>' * 4}</article></body></html>",
        encoding="utf-8",
    )
    (folder / "gone.txt").symlink_to(folder / "deleted.txt")  # a link to nothing
    (folder / "loop.txt").symlink_to(folder / "loop.txt")  # a loop of links
    (folder / "drafts.txt").mkdir()  # a folder with an article's name
    (folder / "drafts.txt" / "c.txt").write_text(texts(2)[1], encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 a Word file")
    (folder / "elsewhere").symlink_to(tmp_path)  # a link to a folder: not followed
    out = tmp_path / "results.csv"
    status = main(["batch", str(folder), "--out", str(out)])
    err = capsys.readouterr().err
    table = pd.read_csv(out, keep_default_na=False).set_index("article")
    assert status == 1
    assert sorted(table.index) == ["a", "b", "c", "drafts", "gone", "loop", "pipe"]
    assert table.loc["gone", "error"].count("link to") == 1
    assert "leads back to itself" in table.loc["loop", "error"]
    assert "is a folder" in table.loc["drafts", "error"]
    assert "is a pipe (FIFO)" in table.loc["pipe", "error"]
    assert (table.loc[["a", "b", "c"], "error"] == "").all()
    assert f"not read: {folder / 'notes.docx'} (not a .txt, .html or .htm file)" in err
    assert f"not read: {folder / 'elsewhere'} (a link to a folder, not followed" in err
    entries = sum(1 for _ in folder.rglob("*"))
    assert len(table) + err.count("not read: ") == entries - 1  # "week 2" is read, not listed


def test_find_files_lists_what_it_does_not_read(tmp_path):
    (tmp_path / "a.txt").write_text("Words.", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    files, not_read = find_files([str(tmp_path), str(tmp_path / "nope.txt")])
    assert files == [tmp_path / "a.txt"]
    assert not_read == [
        (str(tmp_path / "photo.png"), "not a .txt, .html or .htm file"),
        (str(tmp_path / "nope.txt"), "not found"),
    ]


# -- --encoding -------------------------------------------------------------------------


def test_batch_and_compare_take_an_encoding(tmp_path, capsys):
    text = "\n\n".join([PARAGRAPH.replace("harbour", "café")] * 3)
    mac = tmp_path / "mac.txt"
    mac.write_bytes(text.encode("mac_roman"))
    out = tmp_path / "r.csv"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert main(["batch", str(mac), "--out", str(out), "--encoding", "mac_roman"]) == 0
    assert capsys.readouterr().err.startswith("wrote")
    other = tmp_path / "other.txt"
    other.write_text(text.replace("Quill", "Hale"), encoding="mac_roman")
    md = tmp_path / "memo.md"
    status = main(["compare", str(mac), str(other), "--markdown", str(md), "--encoding",
                   "mac_roman", "--quiet"])  # fmt: skip
    assert status == 0 and md.exists()
    assert "warning" not in capsys.readouterr().err  # the encoding was given, not guessed


@pytest.mark.parametrize("command", ["batch", "compare"])
def test_an_unknown_encoding_is_a_mistake_in_the_command(tmp_path, capsys, command):
    path = tmp_path / "a.txt"
    path.write_text(texts(1)[0], encoding="utf-8")
    argv = [command, str(path), str(path), "--encoding", "klingon"]
    argv += ["--out", str(tmp_path / "r.csv")] if command == "batch" else []
    assert main(argv) == 2
    assert "does not know an encoding called 'klingon'. Try one of: cp1252" in (
        capsys.readouterr().err
    )
