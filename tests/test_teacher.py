"""The teacher's package: printed and presented materials are rebuilt from their sources."""

from pathlib import Path

import nbformat

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
