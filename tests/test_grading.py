"""framing-kit grade: each submitted notebook runs headless; one row per student and exercise."""

import hashlib
import shutil
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from kitlib.__main__ import main
from kitlib.classroom import grading

ROOT = Path(__file__).resolve().parent.parent


def notebook(*sources: str) -> str:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(s) for s in sources]
    return nbformat.writes(nb)


def fingerprint(folder: Path) -> dict:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("submissions")
    (folder / "key").mkdir()
    (folder / "blank").mkdir()
    shutil.copy(ROOT / "lessons/solutions/00_start_here.ipynb", folder / "key")
    shutil.copy(ROOT / "lessons/solutions/02_headlines_and_leads.ipynb", folder / "key")
    shutil.copy(ROOT / "lessons/00_start_here.ipynb", folder / "blank")
    (folder / "blank" / "notes.txt").write_text("beside the notebook", encoding="utf-8")
    (folder / "crash.ipynb").write_text(
        notebook(
            "from kitlib.exercises import check",
            "check('00.more_russia', 'nbc')",
            "1 / 0",
            "check('00.cnn_words', 3)",
        ),
        encoding="utf-8",
    )
    (folder / "slow.ipynb").write_text(
        notebook(
            "from kitlib.exercises import check\ncheck('00.more_russia', 'cnn')",
            "import time\ntime.sleep(60)",
            "check('00.cnn_words', 1)",
        ),
        encoding="utf-8",
    )
    (folder / "online.ipynb").write_text(
        notebook(
            "from kitlib.exercises import check\nimport socket",
            "try:\n    socket.create_connection(('93.184.215.14', 80), timeout=5)\n"
            "    answer = 'cnn'\nexcept OSError:\n    answer = 'nbc'",
            "check('00.more_russia', answer)",
        ),
        encoding="utf-8",
    )
    (folder / "form.ipynb").write_text(
        notebook(
            "from kitlib.exercises import check",
            'sheet = """\nR1: \nR2: \nC1:\n"""\ncheck("05.my_coding", sheet)',
        ),
        encoding="utf-8",
    )
    (folder / "broken.ipynb").write_text("{this is not a notebook", encoding="utf-8")
    before = fingerprint(folder)
    table = grading.grade_folder(folder, timeout=40, cell_timeout=40)
    return folder, before, table


def rows(table, student):
    return table[table["student"] == student].set_index("exercise")


def test_nothing_in_the_folder_changes(graded):
    folder, before, _ = graded
    assert fingerprint(folder) == before


def test_the_answer_key_is_all_right(graded):
    _, _, table = graded
    key = table[table["student"] == "key"]
    assert set(key["notebook"]) == {"key/00_start_here.ipynb", "key/02_headlines_and_leads.ipynb"}
    assert (key["status"] == "ran").all()
    assert (key["answered"] == "yes").all()
    assert key["result"].isin(["right", "recorded"]).all()
    assert (key[key["kind"] == "checked"]["result"] == "right").all()
    for path in key["notebook"].unique():
        nb = nbformat.read(graded[0] / path, as_version=4)
        assert list(key[key["notebook"] == path]["exercise"]) == grading.exercises_in(nb)


def test_a_blank_notebook_has_nothing_answered(graded):
    _, _, table = graded
    blank = rows(table, "blank")
    assert list(blank.index) == ["00.cnn_words", "00.more_russia"]
    assert (blank["answered"] == "no").all() and (blank["result"] == "not answered").all()
    assert (blank["status"] == "ran").all()


def test_an_error_is_reported_and_the_rest_still_runs(graded):
    _, _, table = graded
    crash = rows(table, "crash")
    assert crash.loc["00.more_russia", "result"] == "right"
    assert crash.loc["00.cnn_words", "result"] == "wrong"
    assert crash.loc["00.cnn_words", "answer"] == "3"
    assert (
        crash["status"]
        .str.contains("1 cell\\(s\\) raised an error \\(first: ZeroDivisionError in cell 3\\)")
        .all()
    )


def test_a_slow_notebook_times_out_and_keeps_what_it_recorded(graded):
    _, _, table = graded
    slow = rows(table, "slow")
    assert slow["status"].str.startswith("timed out").all()
    assert slow.loc["00.more_russia", "result"] == "wrong"
    assert slow.loc["00.cnn_words", "result"] == "not reached"


def test_a_pre_filled_form_left_empty_is_not_answered(graded):
    _, _, table = graded
    assert rows(table, "form").loc["05.my_coding", "result"] == "not answered"


def test_the_network_is_off(graded):
    _, _, table = graded
    assert rows(table, "online").loc["00.more_russia", "result"] == "right"


def test_a_file_that_is_not_a_notebook_gets_a_row(graded):
    _, _, table = graded
    broken = table[table["student"] == "broken"]
    assert len(broken) == 1
    assert broken["status"].iloc[0].startswith("failed: not a readable notebook")


def test_command_line_writes_the_csv(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    shutil.copy(ROOT / "lessons/00_start_here.ipynb", tmp_path / "in" / "ana.ipynb")
    out = tmp_path / "grades.csv"
    assert main(["grade", str(tmp_path / "in"), "--out", str(out)]) == 0
    table = pd.read_csv(out, keep_default_na=False)
    assert list(table.columns) == grading.GRADE_COLUMNS
    assert set(table["student"]) == {"ana"} and (table["result"] == "not answered").all()
    assert "from 1 notebook; 0 did not run to the end" in capsys.readouterr().err


def test_a_missing_folder_gets_a_message(tmp_path, capsys):
    assert main(["grade", str(tmp_path / "nowhere")]) == 1
    assert "is not a folder" in capsys.readouterr().err
    assert main(["grade", str(tmp_path)]) == 1
    assert "no notebook" in capsys.readouterr().err
