"""The lesson machinery: student notebooks match their solutions, and every check exists."""

import re

import nbformat
import pytest

from kitlib.classroom import lessons
from kitlib.exercises import check, exercise_ids

SOLUTIONS = lessons.solution_notebooks()


def test_there_are_lessons():
    names = [p.name for p in SOLUTIONS]
    assert "00_start_here.ipynb" in names and "01_meet_the_articles.ipynb" in names


def test_student_notebooks_are_in_sync_with_solutions():
    stale = lessons.out_of_date()
    assert not stale, f"run `python -m kitlib.classroom.lessons build`: out of date: {stale}"


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.name)
def test_student_notebook_has_no_answers_or_outputs(path):
    student = nbformat.read(lessons.LESSONS / path.name, as_version=4)
    for cell in student.cells:
        assert lessons.BEGIN not in cell.source and lessons.END not in cell.source
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.name)
def test_every_check_in_a_lesson_is_registered(path):
    source = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells)
    used = set(re.findall(r'check\(\s*"([^"]+)"', source))
    assert used, "a lesson without exercises"
    assert used <= set(exercise_ids())


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.name)
def test_lesson_has_header_and_ending(path):
    cells = nbformat.read(path, as_version=4).cells
    first, text = cells[0].source, "\n".join(c.source for c in cells if c.cell_type == "markdown")
    for part in ("**Time**", "**Prerequisites**", "Learning objectives"):
        assert part in first, f"the header lacks {part}"
    assert "## Summary" in text and "Lesson complete" in text


def test_solution_blocks_become_placeholders():
    source = "\n".join(
        ["x = 1", "### BEGIN SOLUTION", "answer = x + 1", "helper = 2", "### END SOLUTION"]
        + ["check('a', answer)"]
    )
    stripped = lessons._strip_code(source)
    assert "answer = ...  # ✏️ your answer here" in stripped
    assert "helper = ..." in stripped and "x + 1" not in stripped
    assert stripped.startswith("x = 1\n") and stripped.endswith("check('a', answer)")


def test_markdown_answers_are_replaced():
    source = "Your answer:\n\n### BEGIN SOLUTION\nThe lead is Pence.\n### END SOLUTION"
    assert "Pence" not in lessons._strip_markdown(source)


def test_unclosed_solution_block_is_an_error():
    with pytest.raises(ValueError):
        lessons._strip_code("### BEGIN SOLUTION\nanswer = 1")


def test_check_never_raises(capsys):
    assert not check("no.such.exercise", 1)
    assert not check("00.cnn_words", ...)
    assert not check("00.cnn_words", "not a number")
    assert not check("01.paragraphs", 7)
    assert not check("01.artifact_kinds", [...])
    out = capsys.readouterr().out
    assert "no exercise called" in out and "Not answered yet" in out and "expected" in out


def test_wrong_answer_gets_a_hint_not_the_answer(capsys):
    import kitlib

    _, cnn = kitlib.load_pair()
    words = len(cnn.words)
    assert not check("00.cnn_words", words + 40)
    out = capsys.readouterr().out
    assert "too high" in out and str(words) not in out
    assert check("00.cnn_words", words)
