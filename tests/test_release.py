"""python -m kitlib.classroom.lessons release DIR: a student edition without the answer keys."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kitlib.classroom.lessons import main
from kitlib.classroom.release import release

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def edition(tmp_path_factory):
    target = tmp_path_factory.mktemp("release") / "class-edition"
    release(target)
    return target


def test_no_answer_keys_and_no_teacher_package(edition):
    assert not (edition / "lessons" / "solutions").exists()
    assert not (edition / "lessons" / "TEACHER.md").exists()
    assert not (edition / "lessons" / "teacher").exists()
    assert not (edition / "tests").exists() and not (edition / "benchmarks").exists()
    for path in edition.rglob("*.ipynb"):
        assert "### BEGIN SOLUTION" not in path.read_text(encoding="utf-8"), path


def test_every_student_notebook_and_what_it_needs(edition):
    students = sorted(p.name for p in (ROOT / "lessons").glob("[0-9][0-9]_*.ipynb"))
    assert sorted(p.name for p in (edition / "lessons").glob("*.ipynb")) == students
    for needed in ("kitlib/__init__.py", "data/MANIFEST.sha256", "binder/requirements.txt",
                   "pyproject.toml", "lessons/GLOSSARY.md", "README.md"):  # fmt: skip
        assert (edition / needed).is_file(), needed
    assert not list(edition.rglob("__pycache__"))


def test_the_edition_loads_the_articles_on_its_own(edition):
    env = {**os.environ, "PYTHONPATH": str(edition)}
    code = (
        "import kitlib, pathlib; print(pathlib.Path(kitlib.__file__).parent.parent); "
        "kitlib.load_pair()"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=edition, env=env,
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()) == edition


def test_refuses_a_folder_in_use_or_inside_the_kit(tmp_path, capsys):
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "mine.txt").write_text("keep me", encoding="utf-8")
    assert main(["release", str(tmp_path / "used")]) == 1
    assert "not an empty folder" in capsys.readouterr().err
    assert (tmp_path / "used" / "mine.txt").read_text(encoding="utf-8") == "keep me"
    assert main(["release", str(ROOT / "lessons" / "edition")]) == 1
    assert "inside the kit" in capsys.readouterr().err
    assert not (ROOT / "lessons" / "edition").exists()
