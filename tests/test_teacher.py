"""The teacher's package: printed and presented materials are rebuilt from their sources."""

from pathlib import Path

import nbformat
import pandas as pd
import pytest

from kitlib import frames
from kitlib.__main__ import main
from kitlib.classroom import printable

ROOT = Path(__file__).resolve().parent.parent
TEACHER = ROOT / "lessons" / "teacher"


def test_the_printed_coding_sheet_is_made_from_the_codebook():
    shipped = (TEACHER / "coding_sheet.html").read_text(encoding="utf-8")
    assert shipped == printable.codebook_html(), (
        "lessons/teacher/coding_sheet.html is out of date: run "
        "framing-kit codebook --out lessons/teacher/coding_sheet.html"
    )


def test_every_question_and_its_rule_is_printed():
    page = printable.codebook_html()
    for row in frames.codebook("generic").itertuples():
        assert page.count(f"<td class='id'>{row.question_id}</td>") == 2  # codebook and sheet
        assert row.how_to_answer.replace("&", "&amp;").replace("'", "&#x27;") in page
    assert "@media print" in page and "page-break-before" in page


def test_the_slide_deck_is_built_from_its_notebook():
    shipped = (TEACHER / "opening_slides.slides.html").read_text(encoding="utf-8")
    assert shipped == printable.slides_html(), (
        "lessons/teacher/opening_slides.slides.html is out of date: run framing-kit slides"
    )
    notebook = nbformat.read(printable.SLIDES, as_version=4)
    slides = [c for c in notebook.cells if c.metadata.get("slideshow", {}).get("slide_type")]
    assert len(slides) == len(notebook.cells) >= 5
    assert shipped.count("<section") >= len(slides)


def test_commands_write_the_pages(tmp_path, capsys):
    assert main(["codebook", "--out", str(tmp_path / "sheet.html")]) == 0
    assert (tmp_path / "sheet.html").read_text(encoding="utf-8") == printable.codebook_html()
    assert main(["slides", "--out", str(tmp_path / "deck.html")]) == 0
    assert "reveal" in (tmp_path / "deck.html").read_text(encoding="utf-8")
    assert main(["slides", str(tmp_path / "none.ipynb")]) == 1
    assert "no such notebook" in capsys.readouterr().err


def test_the_teachers_guide_names_its_files():
    guide = (ROOT / "lessons" / "TEACHER.md").read_text(encoding="utf-8")
    for name in ("teacher/coding_sheet.html", "teacher/opening_slides.ipynb",
                 "teacher/concept_quiz.md", "teacher/example_memos.md"):  # fmt: skip
        assert name in guide, name
        assert (ROOT / "lessons" / name).is_file(), name
    for plan in ("50-minute", "90-minute", "3-hour"):
        assert plan in guide, plan


def _recipe(guide: str, start: str) -> str:
    """The first indented command of the guide that starts with ``start``."""
    for line in guide.splitlines():
        if line.strip().startswith(start) and line.startswith("    "):
            return line.strip()
    raise AssertionError(f"TEACHER.md has no recipe starting with {start!r}")


def test_the_reliability_study_recipe_gives_the_right_figures(tmp_path, monkeypatch, capsys):
    """TEACHER.md's per-article recipe, run as written, pools 4 coders (not 48 files)."""
    import random

    from kitlib import reliability
    from kitlib.frames import codings

    guide = (ROOT / "lessons" / "TEACHER.md").read_text(encoding="utf-8")
    save = _recipe(guide, 'codings.save_coding(sheet, "ana_a03.csv"')
    pool = _recipe(guide, "framing-kit reliability study/")
    rng = random.Random(5)
    articles = [f"a{i:02d}" for i in range(1, 13)]
    questions = list(frames.codebook("generic")["question_id"])
    truth = {(a, q): rng.choice(["yes", "no"]) for a in articles for q in questions}
    students = {"ana": "Ana Lopez", "ben": "Ben Ng", "chloe": "Chloe Martin", "dev": "Dev Patel"}
    answers = {}
    for short in students:
        for key, value in truth.items():  # each coder departs from the truth now and then
            answers[(short, *key)] = (
                value if rng.random() > 0.15 else ("no" if value == "yes" else "yes")
            )
    monkeypatch.chdir(tmp_path)
    (tmp_path / "study").mkdir()
    monkeypatch.chdir(tmp_path / "study")
    for short, name in students.items():
        for article in articles:
            sheet = "\n".join(f"{q}: {answers[(short, article, q)]}" for q in questions)
            line = save.replace("ana_a03", f"{short}_{article}").replace("Ana Lopez", name)
            eval(line.replace('"a03"', repr(article)), {"codings": codings, "sheet": sheet})
    monkeypatch.chdir(tmp_path)
    command = pool.split()[1:]
    paths = sorted(str(p) for p in (tmp_path / "study").glob("*.csv"))
    assert len(paths) == 48
    assert main([command[0], *paths, *command[2:]]) == 0
    assert "note:" not in capsys.readouterr().err
    table = pd.read_csv(tmp_path / "reliability.csv").set_index("question_id")
    assert (table["coders"] == 4).all() and (table["units"] == 12).all()
    for q in questions:
        columns = [[answers[(s, a, q)] for a in articles] for s in students]
        pairs = [(i, j) for i in range(4) for j in range(i + 1, 4)]
        expected = sum(reliability.cohen_kappa(columns[i], columns[j]) for i, j in pairs) / 6
        assert table.loc[q, "kappa"] == pytest.approx(expected)
        assert table.loc[q, "alpha"] == pytest.approx(reliability.krippendorff_alpha(columns))
    assert table["kappa"].mean() > 0.4  # what 15 % departures give; one file per coder gives 0


def test_the_one_article_recipe_pools_the_files_students_hand_in(tmp_path, monkeypatch, capsys):
    """Each student's my_coding.csv (as lesson 05's check saves it), pooled as TEACHER.md says."""
    from kitlib.frames import codings

    guide = (ROOT / "lessons" / "TEACHER.md").read_text(encoding="utf-8")
    command = _recipe(guide, "framing-kit reliability codings/").split()[1:]
    reference = frames.reference_coding()
    reference = reference[reference["article"] == "NBC News"]
    (tmp_path / "codings").mkdir()
    for number, name in enumerate(["Ana Lopez", "Ben Ng", "Chloe Martin"]):
        sheet = reference.copy()
        if number:  # the others differ on one question each
            sheet.loc[sheet.index[number], "answer"] = "no"
        codings.save_coding(sheet, tmp_path / "codings" / f"s{number}_my_coding.csv", coder=name)
    monkeypatch.chdir(tmp_path)
    paths = sorted(str(p.relative_to(tmp_path)) for p in (tmp_path / "codings").glob("*.csv"))
    assert main([command[0], *paths, *command[2:]]) == 0
    page = (tmp_path / "reliability.html").read_text(encoding="utf-8")
    assert "3 files, 3 coders, 1 article, 60 answers given." in page
    assert "too few for kappa or alpha" in page
