"""python -m kitlib.classroom.lessons release DIR: a student edition without the answer keys.

The edition is built from a copy of the kit whose working folder holds what a
teacher's folder holds after a term: a Jupyter copy of a solution, a
gradebook, a folder of submissions, a stray file in ``kitlib``. Then every
answer the kit knows (each model answer, each answer table, each solution's
answer lines) is looked for in every file of the edition.
"""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kitlib.classroom import launch
from kitlib.classroom.lessons import main
from kitlib.classroom.release import edition_files, release
from kitlib.exercises import keys

ROOT = Path(__file__).resolve().parent.parent
CLASS_REPO = "https://github.com/my-course/framing-class"


def _tracked() -> list[str]:
    done = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True,
                          check=True)  # fmt: skip
    return [n for n in done.stdout.decode().split("\0") if n and (ROOT / n).is_file()]


def _add_strays(kit: Path) -> None:
    """What a teacher's working folder holds after a term."""
    solutions = kit / "lessons" / "solutions"
    shutil.copy(solutions / "05_frames.ipynb", kit / "lessons" / "05_frames-Copy1.ipynb")
    shutil.copy(solutions / "02_headlines_and_leads.ipynb", kit / "lessons" / "Untitled.ipynb")
    (kit / "grades.csv").write_text("student,exercise,result\nana,05.kappa,right\n", "utf-8")
    (kit / "data" / "grades-canvas.csv").write_text("Student,ID\nana,1\n", "utf-8")
    (kit / "submissions" / "ana").mkdir(parents=True)
    shutil.copy(solutions / "05_frames.ipynb", kit / "submissions" / "ana" / "05_frames.ipynb")
    shutil.copy(
        kit / "lessons" / "teacher" / "answer_keys.json", kit / "kitlib" / "keys_backup.json"
    )
    (kit / "lessons" / "my_coding.csv").write_text("coder,question_id,answer\nme,R1,yes\n", "utf-8")


@pytest.fixture(scope="module")
def working_kit(tmp_path_factory):
    """A git checkout of the kit as it is now, with strays left in its working folder."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    kit = tmp_path_factory.mktemp("kit") / "media-framing-kit"
    for name in _tracked():
        (kit / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, kit / name)
    git = ["git", "-C", str(kit), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "kit"], check=True)
    _add_strays(kit)
    return kit


@pytest.fixture(scope="module")
def edition(working_kit, tmp_path_factory):
    target = tmp_path_factory.mktemp("release") / "class-edition"
    release(target, root=working_kit, class_repo=CLASS_REPO)
    return target


def _answers() -> list[str]:
    """Every answer the kit knows, as text that would give it away."""
    found = []
    book = keys.teacher_keys()
    for text in book["models"].values():  # the longest stretch of each model without a blank
        found.append(max(re.split(r"\{[^}]*\}", text), key=len).strip()[:80])
    for table in book["tables"].values():
        found.append(json.dumps(table))
        found += [f'"{item}": "{label}"' for item, label in table.items()]
        found += [f"'{item}': '{label}'" for item, label in table.items()]
        found.append(", ".join(json.dumps(label) for label in table.values()))
    for path in sorted((ROOT / "lessons" / "solutions").glob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            source = "".join(cell["source"])
            for block in re.findall(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", source, re.S):
                found += [line.strip() for line in block.splitlines() if len(line.strip()) >= 30]
    # a one-letter answer ('"b"') is in every file that lists options: its digest is what
    # keeps it out of the edition, so only longer answers are looked for as text
    return [a for a in dict.fromkeys(found) if len(a) > len('"a"')]


def test_no_answer_in_any_file_of_the_edition(edition):
    answers = _answers()
    assert len(answers) > 40
    for path in edition.rglob("*"):
        if path.is_file():
            text = path.read_bytes().decode("utf-8", "replace")
            if path.suffix == ".ipynb":
                assert "### BEGIN SOLUTION" not in text, path
            leaked = [a for a in answers if a in text]
            assert leaked == [], (path, leaked[:3])


def test_no_stray_of_the_working_folder(edition):
    names = {p.relative_to(edition).as_posix() for p in edition.rglob("*") if p.is_file()}
    for stray in ("lessons/05_frames-Copy1.ipynb", "lessons/Untitled.ipynb", "grades.csv",
                  "data/grades-canvas.csv", "kitlib/keys_backup.json", "lessons/my_coding.csv",
                  "lessons/teacher/answer_keys.json"):  # fmt: skip
        assert stray not in names, stray
    assert not any(n.startswith(("submissions/", "lessons/solutions/", "lessons/teacher/",
                                 "tests/", "benchmarks/")) for n in names)  # fmt: skip
    assert "lessons/TEACHER.md" not in names


def test_without_git_an_explicit_list_is_used(working_kit, tmp_path):
    plain = tmp_path / "downloaded-kit"
    shutil.copytree(working_kit, plain, ignore=shutil.ignore_patterns(".git"))
    files = edition_files(root=plain)
    assert set(files) == set(edition_files(root=working_kit)) - {
        f for f in edition_files(root=working_kit) if f.startswith("docs/") and not f.endswith(
            (".md", ".png"))
    }  # fmt: skip
    assert "lessons/05_frames-Copy1.ipynb" not in files and "grades.csv" not in files


def test_every_student_notebook_and_what_it_needs(edition):
    students = sorted(p.name for p in (ROOT / "lessons").glob("[0-9][0-9]_*.ipynb"))
    assert sorted(p.name for p in (edition / "lessons").glob("*.ipynb")) == students
    for needed in ("kitlib/__init__.py", "data/MANIFEST.sha256", "binder/requirements.txt",
                   "pyproject.toml", "lessons/GLOSSARY.md", "README.md"):  # fmt: skip
        assert (edition / needed).is_file(), needed
    assert not list(edition.rglob("__pycache__"))


def test_the_readme_links_only_what_is_there_and_launches_the_class_repo(edition):
    for page in edition.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if not re.match(r"^[a-z]+:|^#", target):
                assert (page.parent / target.split("#")[0]).exists(), (page, target)
    readme = (edition / "README.md").read_text(encoding="utf-8")
    block = launch.readme_section(readme)
    assert block is not None and "my-course/framing-class" in block
    assert launch.REPOSITORY not in block and "YOUR-ACCOUNT" not in block


def test_hub_and_binder_links_for_the_class_repo(capsys):
    assert launch.main(["hub", "https://hub.uni.edu", "--class-repo", CLASS_REPO]) == 0
    captured = capsys.readouterr()
    links = [line.strip() for line in captured.out.splitlines() if line.startswith("    ")]
    assert len(links) == len(launch.lessons()) and all("framing-class" in x for x in links)
    assert "media-framing-kit" not in captured.out
    assert launch.main(["readme", "--class-repo", CLASS_REPO]) == 0
    assert "mybinder.org/v2/gh/my-course/framing-class/" in capsys.readouterr().out
    assert launch.main(["hub", "https://hub.uni.edu"]) == 0
    assert "answer keys" in capsys.readouterr().err


def test_the_edition_loads_the_articles_on_its_own(edition):
    env = {**os.environ, "PYTHONPATH": str(edition)}
    code = (
        "import kitlib, pathlib; print(pathlib.Path(kitlib.__file__).parent.parent); "
        "kitlib.load_pair(); from kitlib.exercises import check; "
        "check('04.quote_kinds', ['full quotation'] * 6); "
        "check('05.why_kappa_lower', 'Kappa removes the agreement that chance alone would "
        "give to both readers, so it is lower than the share of matching answers.', "
        "reveal=True)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=edition, env=env,
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.splitlines()[0].strip()) == edition
    assert "of 6 right" in done.stdout  # the tables are checked from their digests
    assert keys.NO_MODEL in done.stdout  # no model answer in the edition: the teacher has it


def test_refuses_a_folder_in_use_or_inside_the_kit(tmp_path, capsys):
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "mine.txt").write_text("keep me", encoding="utf-8")
    assert main(["release", str(tmp_path / "used")]) == 1
    assert "not an empty folder" in capsys.readouterr().err
    assert (tmp_path / "used" / "mine.txt").read_text(encoding="utf-8") == "keep me"
    assert main(["release", str(ROOT / "lessons" / "edition")]) == 1
    assert "inside the kit" in capsys.readouterr().err
    assert not (ROOT / "lessons" / "edition").exists()


def test_the_teachers_tables_match_the_digests_in_the_code():
    from kitlib.exercises import (
        lesson00,
        lesson02,
        lesson03,
        lesson04,
        lesson08,
        lesson09,
        lesson_objectives,
    )

    def one(key: str) -> dict[str, str]:  # a one-answer exercise keeps its digest bare
        return {"answer": key}

    shipped = {
        "00.name_errors": lesson00.NAME_ERROR_KEY,
        "02.inverted_pyramid": lesson_objectives.PYRAMID_KEY,
        "02.attribute_levels": lesson02.ATTRIBUTE_KEY,
        "03.one_sentence": one(lesson03.ONE_SENTENCE_KEY),
        "04.quote_kinds": lesson_objectives.QUOTE_KIND_KEY,
        "04.indexing": one(lesson04.INDEXING_KEY),
        "05.entman_functions": lesson_objectives.ENTMAN_KEY,
        "05.read_alpha": lesson_objectives.ALPHA_KEY,
        "08.per_1000": one(lesson08.PER_1000_KEY),
        "08.sampling": lesson08.SAMPLING_KEY,
        "09.framing_neighbours": lesson09.NEIGHBOUR_KEY,
        "09.process": lesson09.PROCESS_KEY,
        "09.competition": one(lesson09.COMPETITION_KEY),
        "09.game_or_issue": lesson09.GAME_KEY,
    }
    assert keys._digests() == shipped
