"""framing-kit grade: a simulated class that cheats, breaks things and snoops, graded fairly.

The class is ``benchmarks/class_simulation.py --small``: honest students with
known answers (right, blank, an answer that raises, a late copy, a stuck,
greedy and noisy notebook, a formula as an answer, a student's own file) and
attackers (forgers of every kind the issue lists, a snooper, a vandal with a
detached saboteur, a grader-killer), an uploaded ``nbformat.py``, malformed
notebooks, Canvas and Moodle file names. It is graded once for the module.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from _helpers import load_script

from kitlib.__main__ import main
from kitlib.classroom import gradebook, grading, recorder, sandbox
from kitlib.spreadsheets import safe_cell, write_csv

ROOT = Path(__file__).resolve().parent.parent
simulation = load_script("benchmarks/class_simulation.py")

#: Small limits, so the stuck, greedy and noisy cells are stopped quickly.
LIMITS = {"timeout": 90, "cell_timeout": 6, "memory_mb": 2048, "processes": 150, "output_mb": 2}


def notebook(*sources: str) -> str:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(s) for s in sources]
    return nbformat.writes(nb)


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    base = tmp_path_factory.mktemp("class")
    folder, out = base / "submissions", base / "grades" / "grades.csv"
    known = simulation.build_class(folder, small=True)
    watched = (folder, ROOT / "kitlib", ROOT / "data", ROOT / "lessons")
    before = simulation.fingerprint(*watched)
    ran: list[str] = []
    table = grading.grade_folder(folder, out=out, progress=ran.append, **LIMITS)
    book = out.read_bytes()
    time.sleep(3)  # the saboteur's daemon would act 2 s after its notebook started
    after = simulation.fingerprint(*watched)
    return {"folder": folder, "out": out, "known": known, "table": table, "ran": ran,
            "before": before, "after": after, "book": book}  # fmt: skip


def rows(table, student):
    return table[table["student"] == student].set_index("exercise")


def test_every_honest_row_is_right_and_no_attacker_gains(graded):
    result = simulation.score(graded["table"], graded["known"])
    assert result["problems"] == []
    assert result["better_than_honest"] == 0 and result["attackers"] == 3


def test_nothing_outside_the_notebook_changes_even_after_it_ends(graded):
    assert graded["after"] == graded["before"]
    assert graded["out"].read_bytes() == graded["book"]
    assert not Path("/tmp/nbformat-was-imported").exists()


@pytest.mark.skipif(bool(sandbox.probe()), reason="no namespaces on this machine")
def test_every_row_ran_in_the_sandbox(graded):
    assert set(graded["table"]["isolation"]) == {"sandbox"}


def test_every_student_has_rows_and_a_malformed_notebook_is_one(graded):
    table = graded["table"]
    files = {p.name for p in grading.notebooks_in(graded["folder"])}
    assert table["notebook"].nunique() == len(files) - 1  # ngben's older copy is folded
    for name in graded["known"]["malformed"]:
        assert len(rows(table, name)) == 1
        assert rows(table, name)["status"].iloc[0].startswith(("not a valid", "not a readable"))
    assert rows(table, "nosource")["status"].iloc[0] == "not a valid notebook: cell 0 has no source"


def test_the_last_check_counts_and_the_latest_copy_is_graded(graded):
    ben = rows(graded["table"], "ngben")
    assert (ben["result"] == "right").all()
    assert ben["notebook"].iloc[0].startswith("ngben_LATE_")
    status = ben["status"].iloc[0]
    assert "late" in status and "also submitted (not graded): ngben_" in status
    assert ben["student_id"].iloc[0] == ben["student_id"].iloc[0].strip() != "ngben"


def test_an_error_in_an_answer_cell_is_said(graded):
    raiser = rows(graded["table"], "raisera")
    assert raiser.loc["00.cnn_words", "result"].startswith(
        "error: AttributeError: 'Article' object has no attribute 'mentions_table' (cell "
    )
    assert raiser.loc["00.more_russia", "result"] == "not answered"


def test_stuck_greedy_and_noisy_cells_are_stopped_and_the_rest_runs(graded):
    stress = rows(graded["table"], "stressst")
    assert (stress["result"] == "right").all()
    status = stress["status"].iloc[0]
    assert "stopped after 6 s (time limit)" in status
    assert "memory limit (2048 MB)" in status
    assert "printed more than 2 MB and was stopped (output limit)" in status


def test_the_grader_killer_stops_only_itself(graded):
    killer = rows(graded["table"], "killerki")
    assert killer["status"].iloc[0].startswith("stopped")
    assert (killer["points"] == "0").all()


def test_a_wrong_lesson_and_a_students_own_file(graded):
    mixed = rows(graded["table"], "mixmi")
    assert (mixed["lesson"] == "05").all() and (mixed["result"] == "missing").all()
    assert (
        "wrong lesson: the file is named as lesson 05 but holds lesson 00"
        in mixed["status"].iloc[0]
    )
    assert rows(graded["table"], "evan").loc["00.more_russia", "result"] == "right"


def test_answers_are_plain_values_and_formulas_are_neutralised(graded):
    ana = rows(graded["table"], "Ana Lopez")
    assert ana.loc["05.evidence_c2", "answer"] == "7"  # np.int64(7) in the notebook
    assert ana.loc["05.kappa", "answer"].startswith("0.655")
    assert ana["student_id"].iloc[0] == "4242"
    text = graded["out"].read_text(encoding="utf-8")
    formula = simulation.FORMULA
    assert "'" + formula.replace('"', '""') in text
    assert "," + formula.replace('"', '""') not in text and '"' + formula not in text


def test_a_rerun_resumes_without_running_the_notebooks_again(graded):
    ran: list[str] = []
    again = grading.grade_folder(graded["folder"], out=graded["out"], progress=ran.append, **LIMITS)
    assert ran == []
    assert len(again) == len(graded["table"])
    mine = again.set_index(["notebook", "exercise"])["result"]
    theirs = graded["table"].set_index(["notebook", "exercise"])["result"]
    assert mine.sort_index().equals(theirs.sort_index())


def test_a_gradebook_cut_short_is_completed(graded, tmp_path):
    table = pd.read_csv(graded["out"], dtype=str, keep_default_na=False)
    mixed = table["student"] == "mixmi"
    out = tmp_path / "grades.csv"
    write_csv(pd.concat([table[~mixed], table[mixed]]), out)
    text = out.read_text(encoding="utf-8")
    out.write_text(text[: text.rstrip("\n").rfind("\n") + 12], encoding="utf-8")  # cut mid-row
    ran: list[str] = []
    again = grading.grade_folder(graded["folder"], out=out, progress=ran.append, **LIMITS)
    assert ran == list(table.loc[mixed, "notebook"].unique())
    assert len(again) == len(table)


def test_lms_gradebooks(graded):
    table = graded["table"]
    wide = gradebook.gradebook(table, format="wide")
    assert len(wide) == table["student"].nunique()
    key = wide.set_index("student").loc["keyka"]
    # keyka hands in lesson 00's answer key: one point for every exercise it checks
    points = table[table["student"] == "keyka"]["exercise"].nunique()
    assert points >= 2
    assert key["00.cnn_words"] == 1 and key["total"] == points and key["max_points"] >= points
    canvas = gradebook.gradebook(table, format="canvas")
    assert list(canvas.columns[:5]) == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
    assert canvas.iloc[0]["Student"] == "Points Possible"
    assert canvas.iloc[0]["Lesson 00 (framing-kit)"] == points
    assert canvas.set_index("Student").loc["keyka", "Lesson 00 (framing-kit)"] == points
    moodle = gradebook.gradebook(table[table["lesson"] == "05"], format="moodle")
    assert "Participant 4242" in set(moodle["Identifier"])


def test_a_class_with_written_answers_marked_by_hand(tmp_path, capsys):
    folder = tmp_path / "in"
    (folder / "ana").mkdir(parents=True)
    (folder / "ben").mkdir()
    written = "Kappa takes away the agreement two readers would reach by chance, so it is lower."
    for name, kappa in (("ana", 0.655172), ("ben", 0.5)):
        (folder / name / "05_frames.ipynb").write_text(
            notebook(
                "from kitlib.exercises import check",
                f"check('05.kappa', {kappa})\ncheck('05.why_kappa_lower', {written!r})",
            ),
            encoding="utf-8",
        )
    out = tmp_path / "grades.csv"
    assert main(["grade", str(folder), "--out", str(out), "--format", "canvas"]) == 0
    err = capsys.readouterr().err
    assert "2 written answers to mark" in err and "one row per student (canvas)" in err
    marks = pd.read_csv(tmp_path / "grades-written.csv", dtype=str, keep_default_na=False)
    assert list(marks.columns) == gradebook.MARK_COLUMNS and set(marks["answer"]) == {written}
    marks["points"] = ["2", "1"]
    marks["max_points"] = "2"
    marks.to_csv(tmp_path / "grades-written.csv", index=False)
    assert main(["grade", str(folder), "--out", str(out), "--format", "canvas",
                 "--marks", str(tmp_path / "grades-written.csv")]) == 0  # fmt: skip
    assert "kept" in capsys.readouterr().err  # the marked file is never overwritten
    canvas = pd.read_csv(tmp_path / "grades-canvas.csv").set_index("Student")
    possible = canvas.loc["Points Possible"]
    mine = possible[[c for c in canvas.columns if c.startswith("05.")]].astype(float)
    assert set(mine.index) == _exercises_of_lesson("05")  # every exercise, once
    assert mine["05.why_kappa_lower"] == 2  # the marked written answer, out of 2
    assert (mine[list(_exercises_of_lesson("05", written=False))] == 1).all()
    assert possible["Lesson 05 (framing-kit)"] == mine.sum()
    assert canvas.loc["ana", "Lesson 05 (framing-kit)"] == 3  # kappa right, written 2
    assert canvas.loc["ben", "Lesson 05 (framing-kit)"] == 1
    assert canvas.loc["ana", "05.why_kappa_lower"] == 2


@pytest.mark.parametrize("where", ["folder", "inside", "stranger"])
def test_the_gradebook_path_is_checked_before_any_notebook_runs(tmp_path, capsys, where):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ana.ipynb").write_text(notebook("1 + 1"), encoding="utf-8")
    out = {"folder": tmp_path, "inside": folder / "grades.csv", "stranger": tmp_path / "mine.csv"}
    if where == "stranger":
        out[where].write_text("my,own,spreadsheet\n1,2,3\n", encoding="utf-8")
    assert main(["grade", str(folder), "--out", str(out[where])]) == 1
    err = capsys.readouterr().err
    assert "running" not in err
    assert {"folder": "is a folder", "inside": "inside the submissions folder",
            "stranger": "not a gradebook"}[where] in err  # fmt: skip
    if where == "stranger":
        assert out[where].read_text(encoding="utf-8") == "my,own,spreadsheet\n1,2,3\n"


def test_without_a_sandbox_the_gradebook_is_advisory(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ROOT / "lessons" / "00_start_here.ipynb", folder / "ana.ipynb")
    out = tmp_path / "grades.csv"
    assert main(["grade", str(folder), "--out", str(out), "--no-sandbox"]) == 0
    err = capsys.readouterr().err
    assert "WARNING: the notebooks will NOT run in a sandbox" in err
    assert "this gradebook is advisory" in err
    table = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert table["isolation"].str.startswith("advisory: not isolated").all()
    assert (table["result"] == "not answered").all()


def test_a_missing_folder_gets_a_message(tmp_path, capsys):
    assert main(["grade", str(tmp_path / "nowhere")]) == 1
    assert "is not a folder" in capsys.readouterr().err
    assert main(["grade", str(tmp_path)]) == 1
    assert "no notebook" in capsys.readouterr().err


@pytest.mark.parametrize(
    "name, expected",
    [
        ("lopezana_123456_7890123_05_frames.ipynb", ("lopezana", "123456", "canvas", False)),
        ("ngben_LATE_42_99_05_frames-1.ipynb", ("ngben", "42", "canvas", True)),
        ("Ana Lopez_1042_assignsubmission_file_05_frames (1).ipynb",
         ("Ana Lopez", "1042", "moodle", False)),
        ("chloe.ipynb", ("chloe", "chloe", "file", False)),
    ],
)  # fmt: skip
def test_student_and_id_from_lms_names(tmp_path, name, expected):
    path = tmp_path / name
    path.write_text("{}", encoding="utf-8")
    found = gradebook.parse_submission(path, tmp_path)
    assert (found.student, found.student_id, found.source, found.late) == expected
    assert found.original in ("05_frames.ipynb", "chloe.ipynb")


@pytest.mark.parametrize(
    "content, problem",
    [
        ({"cells": [{"cell_type": "code"}]}, "cell 0 has no source"),
        ({"cells": [{"cell_type": "code", "source": None}]}, "cell 0 has no source"),
        ({"cells": [{"cell_type": "code", "source": 3}]}, "cell 0 has no source"),
        ({"cells": [{"source": "1"}]}, "cell 0 has no cell_type"),
        ({"worksheets": []}, "an old format"),
        ([1, 2], "no notebook object"),
    ],
)
def test_malformed_notebooks_are_described(tmp_path, content, problem):
    path = tmp_path / "n.ipynb"
    path.write_text(json.dumps(content), encoding="utf-8")
    cells, found = grading.read_notebook(path)
    assert cells == [] and problem in found


def test_recorded_answers_are_rebuilt_from_plain_data_only():
    value = {"NBC News": ("episodic", "words"), "n": [1, 2.5, None, ...], "s": {"a"}}
    assert recorder.decode(json.loads(json.dumps(recorder.encode(value)))) == value
    table = pd.DataFrame({"question_id": ["R1"], "answer": ["yes"]})
    assert recorder.decode(recorder.encode(table)).equals(table)
    for forged in (
        {"t": "verdict", "v": True},
        {"t": "int", "v": "7"},
        [1],
        {"t": "dict", "v": [1]},
    ):
        with pytest.raises(recorder.UnreadableAnswer):
            recorder.decode(forged)


def test_the_spreadsheet_rule_is_one_and_kept_everywhere():
    assert safe_cell("=1+1") == "'=1+1" and safe_cell("+cmd") == "'+cmd"
    assert safe_cell("-2") == "-2" and safe_cell(" @x") == "' @x" and safe_cell(3) == 3
    for path in sorted((ROOT / "kitlib").rglob("*.py")):
        if path.name in ("spreadsheets.py", "recorder.py"):  # the owner; an answer as text
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if ".to_csv(" in line:
                assert "safe_table(" in line, f"{path.name}:{number} writes a CSV unprotected"


def test_python_m_kitlib_never_imports_from_the_working_folder(tmp_path):
    """Run from a folder of submissions, a student's pandas.py must not run in the grader."""
    import subprocess
    import sys

    (tmp_path / "pandas.py").write_text("raise SystemExit('hijacked')\n", encoding="utf-8")
    (tmp_path / "nbformat.py").write_text("raise SystemExit('hijacked')\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "kitlib", "grade", "--help"], cwd=tmp_path,
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0 and "hijacked" not in done.stdout + done.stderr


def test_a_notebook_gets_none_of_the_teachers_environment(monkeypatch):
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "secret-token")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "secret-key")
    env = sandbox.clean_environment("/tmp/grade/home")
    assert "secret" not in json.dumps(env)
    assert env["HOME"] == "/tmp/grade/home" and set(env) >= {"PATH", "LANG", "MPLBACKEND"}


def _exercises_of_lesson(number: str, *, written: bool | None = None) -> set[str]:
    """A lesson's exercise ids as the kit registers them (checked ones: written=False)."""
    from kitlib.exercises import exercise_ids

    return {e for e in exercise_ids(written=written) if e.startswith(number + ".")}
