"""Issue 26: the teaching material says what the kit prints.

Every actor, speaker, quotation kind, number and date that TEACHER.md, the
example memos, the plans, the slides and the quiz name is checked here against
the kit's own output; the numbers in every lesson's prose are the kit's (its
outputs, its texts or its named constants); the plans add up.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import nbformat
import pytest

import kitlib
from kitlib import actors, frames, readability, words
from kitlib.articles import load_invented_pair, metadata
from kitlib.classroom import lessons
from kitlib.exercises import examples, keys
from kitlib.quotes import find_quotes
from kitlib.words import tables as word_tables

ROOT = Path(lessons.__file__).resolve().parents[2]
TEACHER = ROOT / "lessons" / "TEACHER.md"
TEACHER_DIR = ROOT / "lessons" / "teacher"
MEMOS = TEACHER_DIR / "example_memos.md"
QUIZ, QUIZ_KEY = TEACHER_DIR / "concept_quiz.md", TEACHER_DIR / "concept_quiz_key.md"


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@cache
def _invented():
    return load_invented_pair()


@cache
def _kit_actors() -> set[str]:
    courier, post = _invented()
    return set(kitlib.compare(courier, post).table("actors")["actor"])


def _cells(number: str) -> list:
    path = next(lessons.SOLUTIONS.glob(f"{number}_*.ipynb"))
    return nbformat.read(path, as_version=4).cells


# --------------------------------------------------------------------------
# What the kit gets wrong on the invented pair, and who speaks there
# --------------------------------------------------------------------------

#: Names the kit takes for actors of the invented pair that are not people of either story.
KIT_ERRORS = ("Brindlemoor",)


def test_the_material_names_the_kits_real_errors_on_the_invented_pair():
    assert set(KIT_ERRORS) <= _kit_actors()
    assert "Harbour Street" not in _kit_actors()
    for path in (MEMOS, TEACHER):
        text = _read(path)
        assert not re.search(r'"Harbour Street"[^.]*\b(actor|name rule|as a person)', text)
        assert all(f'"{name}"' in text for name in KIT_ERRORS), path.name


def test_memo_a_counts_and_kinds_match_the_kits_quotations():
    courier, post = _invented()
    memo = _read(MEMOS).split("## Memo B")[0]
    by_speaker = find_quotes(courier).groupby("speaker").size()
    assert "six quoted passages from Marsh and the\n> treasurer, David Okoye" in memo
    assert by_speaker["Helen Marsh"] + by_speaker["David Okoye"] == 6
    assert "one from the opponent, Sam Hollis" in memo and by_speaker["Sam Hollis"] == 1
    post_quotes = find_quotes(post)
    painful = post_quotes[post_quotes["quote"].str.startswith("painful but necessary")]
    assert painful["kind"].tolist() == ["partial"] and painful["speaker"].tolist() == [
        "Helen Marsh"
    ]
    assert "three-word partial quotation" in memo and "fragment" not in memo.lower()
    first = {a.name: actors.people(a)["name"].tolist() for a in (courier, post)}
    assert first["Brindlemoor Courier"][0] == "Helen Marsh"
    post_people = [p for p in first["Valley Evening Post"] if p != "Brindlemoor"]
    assert post_people[:3] == ["Maya Nand", "Priya Nand", "Helen Marsh"]


def test_memo_figures_are_in_the_invented_texts_or_the_kits_output():
    courier, post = _invented()
    texts = courier.text + post.text
    memos = _read(MEMOS)
    for figure in ("$410,000", "$38", "$1.2 million", "2,300", "five to four", "a third"):
        assert figure in texts, figure
    grades = [readability.readability(a).loc[0, "flesch_kincaid_grade"] for a in (courier, post)]
    assert (f"The Courier has a readability grade of {grades[0]:.1f} and the Post has\n> "
            f"{grades[1]:.1f}.") in memos  # fmt: skip
    assert "made up" not in memos
    assert sum(len(words.loaded_words(a)) for a in (courier, post)) == 0  # memo B's note


def test_the_teachers_guide_names_the_right_speakers_and_sources():
    guide = _read(TEACHER)
    truth = kitlib.evaluation.invented_truth("evening_post")
    assert truth.iloc[0]["speaker"] == "Priya Nand"
    assert '"Maya Nand" (the child)' in guide and "her mother, Priya Nand, speaks" in guide
    nbc, cnn = kitlib.load_pair()
    anonymous = find_quotes(nbc)
    assert "a Trump aide" in set(anonymous.loc[anonymous["anonymous"], "speaker"])
    assert '"A Trump aide said on background"' in guide


# --------------------------------------------------------------------------
# Numbers and dates in the teacher's guide, the slides and the quiz
# --------------------------------------------------------------------------


def test_the_guides_numbers_are_the_kits():
    guide = _read(TEACHER)
    nbc, cnn = kitlib.load_pair()
    sentences = int(readability.readability(nbc).loc[0, "sentences"])
    assert (f"SMOG wants {readability.SMOG_MIN_SENTENCES} sentences and NBC has {sentences}"
            in guide)  # fmt: skip
    lengths = sorted(len(a.words) for a in (nbc, cnn))
    assert f"a {lengths[0]}-word and a\n{lengths[1]:,}-word text" in guide
    scores = frames.frame_scores(frames.reference_coding()).set_index(["article", "frame"])
    conflict = {float(scores.loc[(a, "conflict"), "score"]) for a in ("NBC News", "CNN")}
    assert len(conflict) == 1 and f"Both score {conflict.pop():g} on conflict" in guide
    table = keys.teacher_keys()["tables"]["09.framing_neighbours"]
    assert [k for k, v in table.items() if v == "bias"] == ["e"]
    assert "09.1 e is the only example of content bias" in guide
    dates = metadata().set_index("id")["published"]
    assert dates["cnn"] < dates["nbc"]
    assert "this CNN piece was written on debate\n   night, the NBC one the morning after" in guide


def test_dates_in_lessons_and_teaching_material_match_the_metadata():
    dates = metadata().set_index("id")["published"]
    texts = [_read(p) for p in (TEACHER, MEMOS, QUIZ, QUIZ_KEY)]
    texts += ["\n".join(c.source for c in _cells(n)) for n in ("00", "01", "02", "08", "09")]
    texts.append("\n".join(c.source for c in nbformat.read(
        TEACHER_DIR / "opening_slides.ipynb", as_version=4).cells))  # fmt: skip
    found = set(re.findall(r"2016-\d\d-\d\d", "\n".join(texts)))
    assert found <= set(dates), found
    text08 = "\n".join(c.source for c in _cells("08"))
    assert f"CNN article {dates['cnn']}" in text08 and f"NBC article {dates['nbc']}" in text08
    assert "same day" not in text08 and "same day" not in texts[0]


def test_the_slides_today_match_the_50_minute_plan():
    slides = nbformat.read(TEACHER_DIR / "opening_slides.ipynb", as_version=4).cells
    today = next(c.source for c in slides if c.source.startswith("## Today"))
    plan = _plans()["50"]
    lesson_rows = [r for r in plan if "lesson" in r["what"]]
    for row in lesson_rows:
        lesson = re.search(r"lesson (\d\d)( sections? [\d–]+)?", row["what"])
        shown = f"Lesson {lesson.group(1)}"
        assert shown in today, shown
        if lesson.group(2):
            assert lesson.group(2).strip() in today
        assert f"({row['end'] - row['start']} min)" in today


# --------------------------------------------------------------------------
# Plans
# --------------------------------------------------------------------------


@cache
def _plans() -> dict[str, list[dict]]:
    guide = _read(TEACHER)
    part = guide.split("## Plans for one session", 1)[1].split("\n## ", 1)[0]
    plans = {}
    for length, table in re.findall(r"\*\*(\d+ minutes|3 hours)[^\n]*\n\n((?:\|.*\n)+)", part):
        key = length.split()[0] if "minutes" in length else "180"
        rows = []
        for line in table.splitlines()[2:]:
            cells = [c.strip() for c in line.strip("|").split("|")]
            start, end = (int(x) for x in cells[0].split("–"))
            rows.append({"start": start, "end": end, "what": cells[1]})
        plans[key] = rows
    return plans


def _lesson_minutes() -> dict[str, int]:
    return {p.name[:2]: sum(lessons.estimate_minutes(p)) for p in lessons.solution_notebooks()}


def test_each_plan_adds_up_to_its_length_and_gives_a_whole_lesson_its_time():
    plans = _plans()
    assert set(plans) == {"50", "90", "180"}
    minutes = _lesson_minutes()
    for length, rows in plans.items():
        assert rows[0]["start"] == 0 and rows[-1]["end"] == int(length), length
        for before, after in zip(rows, rows[1:], strict=False):
            assert before["end"] == after["start"], (length, before, after)
        for row in rows:
            whole = re.fullmatch(r"lesson (\d\d)", row["what"].split(",")[0].strip())
            if whole:
                assert row["end"] - row["start"] >= minutes[whole.group(1)], (length, row)


def test_the_short_course_fits_its_classes():
    guide = _read(TEACHER)
    table = guide.split("**Short course", 1)[1].split("\n\n", 2)[1]
    minutes = _lesson_minutes()
    for line in table.splitlines()[2:]:
        _, lessons_cell, total = (c.strip() for c in line.strip("|").split("|"))
        parts = [int(m) for m in re.findall(r"\((\d+)\)", lessons_cell)]
        assert sum(parts) == int(total) <= 90, line
        for number, given in re.findall(r"lesson (\d\d) \((\d+)\)", lessons_cell):
            assert int(given) == minutes[number], line  # a whole lesson, at its own time


def test_a_post_quiz_asks_only_what_the_session_taught():
    key = _quiz_key()
    rows = _plans()["180"]
    taught = {m for r in rows for m in re.findall(r"lesson (\d\d)", r["what"])}
    quiz_row = next(r for r in rows if "quiz (post)" in r["what"])
    asked = [int(q) for q in re.findall(r"\b(\d+)\b", quiz_row["what"].split("(lesson")[0])]
    assert asked and all(key[q]["lesson"] in taught for q in asked), asked


# --------------------------------------------------------------------------
# The quiz
# --------------------------------------------------------------------------


@cache
def _quiz_key() -> dict[int, dict]:
    pattern = r"^\| (\d+) \| \(([a-d])\)[^|]* \| [^|]+ \| (\d\d)\b[^|]* \|$"
    rows = re.findall(pattern, _read(QUIZ_KEY), re.M)
    return {int(n): {"answer": a, "lesson": lesson} for n, a, lesson in rows}


def test_the_quiz_and_its_key_agree():
    quiz = _read(QUIZ)
    questions = re.findall(r"^\*\*(\d+)\.\*\*", quiz, re.M)
    key = _quiz_key()
    assert [int(q) for q in questions] == sorted(key) == list(range(1, len(key) + 1))
    spelled = {10: "Ten", 16: "Sixteen", 17: "Seventeen", 18: "Eighteen"}
    assert f"{spelled[len(key)]} questions" in quiz
    blocks = re.split(r"^\*\*\d+\.\*\*", quiz, flags=re.M)[1:]
    for number, block in zip(sorted(key), blocks, strict=True):
        options = re.findall(r"\(([a-d])\)", block)
        assert key[number]["answer"] in options, number
        lesson = next(lessons.SOLUTIONS.glob(f"{key[number]['lesson']}_*.ipynb"))
        assert lesson.exists()
    letters = [k["answer"] for k in key.values()]
    assert max(letters.count(x) for x in set(letters)) <= len(letters) // 2


def _shingles(text: str, n: int = 6) -> set[tuple[str, ...]]:
    words_ = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words_[i : i + n]) for i in range(len(words_) - n + 1)}


def test_the_quiz_does_not_reuse_the_lessons_examples():
    quiz = _shingles(_read(QUIZ))
    for name in examples.__all__:
        for item in getattr(examples, name):
            text = " ".join(str(x) for x in item) if isinstance(item, tuple) else str(item)
            assert not quiz & _shingles(text), (name, quiz & _shingles(text))


def test_the_quizs_numbers_are_right():
    quiz, key = _read(QUIZ), _quiz_key()
    found, right, there = 10, 8, 16  # question 6
    assert (f"marks {found} passages as quotations; {right} of them are real\nquotations, and "
            f"the article holds {there} quotations in all") in quiz  # fmt: skip
    assert key[6]["answer"] == "a" and f"(a) {right / found:g} and {right / there:g}" in quiz


# --------------------------------------------------------------------------
# The printed codebook states one rule for quotations
# --------------------------------------------------------------------------


def test_the_printed_codebook_has_one_rule_for_quotations():
    sheet = _read(TEACHER_DIR / "coding_sheet.html")
    book = frames.codebook("generic").set_index("question_id")["how_to_answer"]
    assert "Decide whether words inside quotation" not in sheet
    assert "Words inside quotation marks count" in sheet and "unless a question says" in sheet
    assert "whoever says it" in book["H2"] and "not only a quoted speaker" in book["M1"]
    assert "no picture to code" in sheet


# --------------------------------------------------------------------------
# Numbers in every lesson's prose
# --------------------------------------------------------------------------

NUMBER = re.compile(r"(?<![\w.\-/])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w])")


def _prose_numbers(markdown: str) -> list[str]:
    text = markdown.split("### References")[0]
    text = re.sub(r"`[^`]*`", " ", text)  # code
    text = re.sub(r"\]\([^)]*\)", "]", text)  # link targets
    text = re.sub(r"Exercise \d\d\.\d+[a-z]?|exercise \d+", " ", text)
    text = re.sub(r"\b0\d\.\d+[a-z]?\b", " ", text)  # an exercise's id ("07.2")
    text = re.sub(r"^#+ \d+\.", "#", text, flags=re.M)  # section numbers
    text = re.sub(r"^\s*\d+\. ", " ", text, flags=re.M)  # numbered lists
    text = re.sub(r"[Ll]essons? \d\d(?:( to|,| and| or) \d\d)*", " ", text)
    text = re.sub(r"\b(?:1[89]|20)\d\d\b", " ", text)  # years
    text = re.sub(r"\b\d+\(\d+\)", " ", text)  # volume(issue) in a citation
    text = re.sub(r"\b[A-Z]\d\b", " ", text)  # codebook question ids (C4, H5)
    return [m.group(1).replace(",", "") for m in NUMBER.finditer(text)]


def _output_numbers(cells) -> set[str]:
    texts = []
    for cell in cells:
        for output in cell.get("outputs", []):
            texts.append(output.get("text", ""))
            texts.append(str(output.get("data", {}).get("text/plain", "")))
    # a table's negative number ("-1.52") is a size the prose may give without its sign
    printed = re.sub(r"(?<=\s)-(?=\d)", " ", "\n".join(texts))
    return {n.replace(",", "") for n in NUMBER.findall(printed)}


def _rounded(number: str, outputs: set[str]) -> bool:
    """An output number rounded as the prose shows it (1.8 for -1.81, 74 for 0.74 as %)."""
    decimals = len(number.split(".")[1]) if "." in number else 0
    for shown in outputs:
        value = abs(float(shown))
        if round(value, decimals) == float(number) or round(100 * value, decimals) == float(number):
            return True
    return False


@cache
def _kit_numbers() -> dict[str, dict[str, object]]:
    """Numbers a lesson's prose gives that its outputs do not print, and where each comes from."""
    nbc, cnn = kitlib.load_pair()
    lengths = readability.sentence_lengths(nbc, cnn)
    nbc_lengths = lengths[lengths["article"] == "NBC News"]["words"]
    easy = readability.easy_words()
    reference = frames.reference_coding()
    return {
        "00": {"10": "the threshold of the table of moves' example code"},
        "02": {"1070": round(len(cnn.words), -1), "610": round(len(nbc.words), -1)},
        "03": {
            "16": "an example of what a grade claims (the description)",
            "3000": round(len(easy), -3),
            "130000": "the size of CMUdict, as its makers give it",
            "0.39": readability.flesch_kincaid_grade(1, 1, 0) + 15.59,
            "11.8": readability.flesch_kincaid_grade(1, 1, 1)
            - readability.flesch_kincaid_grade(1, 1, 0),
            "15.59": -(readability.flesch_kincaid_grade(1, 1, 0) - 0.39),
            "50": kitlib.articles.MIN_WORDS,
            "19": int(nbc_lengths.sort_values().iloc[1]),  # all but two: the shortest and
            "39": int(nbc_lengths.sort_values().iloc[-2]),  # the longest are outside
            "100": readability.PASSAGE_WORDS,
        },
        "06": {
            "300": round(words.prior_strength_for(len(nbc.words), len(cnn.words)), -2),
            "500": "an example of a fixed prior",
            "150": "an example of a short text",
            "1.96": word_tables.Z_THRESHOLD,
            "600": round(len(nbc.words), -2),
            "1000": round(len(cnn.words), -3),
            "95": round(100 * word_tables.CHANCE_QUANTILE),
            "21": words.kwic(nbc, "Russia").shape[0],
            "1": words.kwic(cnn, "Russia").shape[0],
        },
        "05": {
            # the reference coding's share of yes, and of no, in exercise 05.4's hint
            "0.575": (reference["answer"] == "yes").mean(),
            "0.425": (reference["answer"] == "no").mean(),
            "0.667": "Krippendorff's (2004) threshold for tentative conclusions",
            "428": "the size of the Narrative Frames Corpus (Frermann et al. 2023)",
        },
        "07": {"250": "the memo's length", "400": "the memo's length"},
        "08": {
            "500": "an example class corpus",
            "10": "an example class corpus",
            "100": "an example class corpus",
        },  # fmt: skip
        "09": {"600": "Tversky and Kahneman's problem", "400": "Tversky and Kahneman's problem"},
    }


def _sourced(number: str, lesson: str, outputs: set[str], texts: str) -> bool:
    plain = number.replace(",", "")
    if plain in outputs or _rounded(plain, outputs):
        return True
    if re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d])", texts):
        return True
    return plain in _kit_numbers().get(lesson, {})


@pytest.mark.parametrize("number", [p.name[:2] for p in lessons.solution_notebooks()])
def test_numbers_in_a_lessons_prose_come_from_the_kit(number):
    cells = _cells(number)
    outputs = _output_numbers(cells)
    nbc, cnn = kitlib.load_pair()
    courier, post = _invented()
    texts = "\n".join(a.text for a in (nbc, cnn, courier, post)).replace(",", "")
    unsourced = []
    for cell in cells[1:]:
        if cell.cell_type != "markdown" or "## 6. The map of the course" in cell.source:
            continue
        for found in _prose_numbers(cell.source):
            if not _sourced(found, number, outputs, texts):
                unsourced.append(found)
    assert unsourced == [], f"lesson {number}: numbers not printed by the kit: {unsourced}"


def test_the_kits_constants_behind_the_prose_are_what_the_prose_says():
    for lesson, numbers in _kit_numbers().items():
        for shown, value in numbers.items():
            if isinstance(value, (int, float)) and shown.replace(".", "").isdigit():
                assert float(value) == pytest.approx(float(shown), abs=0.01), (lesson, shown)
