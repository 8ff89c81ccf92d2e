"""The lesson machinery: solutions are the source, student notebooks are built from them.

``lessons/solutions/NN_name.ipynb`` holds each lesson with its answers
between ``### BEGIN SOLUTION`` and ``### END SOLUTION`` lines, and the
outputs a run produced. The student notebook ``lessons/NN_name.ipynb`` is
generated from it: answers replaced by a placeholder, outputs cleared.

Commands (run from the kit's folder)::

    python -m kitlib.classroom.lessons run      # re-run the solutions, storing fresh outputs
    python -m kitlib.classroom.lessons build    # write the student notebooks
    python -m kitlib.classroom.lessons check    # fail if a student notebook is out of date
    python -m kitlib.classroom.lessons times    # each lesson's time at a novice's pace
    python -m kitlib.classroom.lessons release DIR [--class-repo URL]
                                 # a student edition, without the answer keys
"""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path

import nbformat

from kitlib.classroom.release import ReleaseError, release
from kitlib.data import ROOT
from kitlib.exercises.lesson05 import CODING_FILE

__all__ = [
    "ASSIGNMENT",
    "BEGIN",
    "CODE_PLACEHOLDER",
    "END",
    "LESSONS",
    "LONG_TASKS",
    "MARKDOWN_PLACEHOLDER",
    "NOVICE_PACE",
    "SOLUTIONS",
    "STEP_PLACEHOLDER",
    "TEXT_ANSWER",
    "TEXT_PLACEHOLDER",
    "build",
    "estimate_minutes",
    "main",
    "out_of_date",
    "run",
    "solution_notebooks",
    "student_version",
]

LESSONS = ROOT / "lessons"
SOLUTIONS = LESSONS / "solutions"

BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"
CODE_PLACEHOLDER = "...  # ✏️ your answer here"
#: A name the solution computes on the way to the answer (lesson 00 explains these lines).
STEP_PLACEHOLDER = "...  # ✏️ a step on the way: the exercise says what it holds"
#: The student's start for an answer in words: the quotation marks are already there.
TEXT_PLACEHOLDER = '""" """  # ✏️ write your answer between the three quotation marks'
TEXT_ANSWER = re.compile(r'^[A-Za-z_]\w*\s*=\s*\(?\s*"""')
MARKDOWN_PLACEHOLDER = "✏️ *Write your answer here (double-click this cell to edit it).*"
ASSIGNMENT = re.compile(r"^(\s*)([A-Za-z_]\w*)\s*=(?!=)")


#: A novice's pace, from which each lesson's time is estimated (:func:`estimate_minutes`):
#: words read per minute (slow, careful reading of prose about method), minutes per code
#: cell (run it, read its output), per checked exercise (with a wrong try and a hint), per
#: written one, per "Stop and think" prompt, and the minutes a session loses to starting up.
NOVICE_PACE: dict[str, float] = {
    "words_per_minute": 130,
    "code_cell": 0.75,
    "checked": 3,
    "written": 6,
    "stop_and_think": 2,
    "start": 5,
}

#: The exercises that are long tasks (a whole coding sheet, a memo), in minutes.
LONG_TASKS: dict[str, float] = {"05.my_coding": 25, "07.claim": 25}


def estimate_minutes(path: Path) -> tuple[int, int]:
    """A lesson's time at a novice's pace: (reading and running, exercises and discussion).

    Counted from the solution notebook with :data:`NOVICE_PACE` (the references and the
    answers are not read), each part rounded to 5 minutes.

    >>> reading, exercises = estimate_minutes(SOLUTIONS / "00_start_here.ipynb")
    >>> reading > 0 and exercises > 0 and reading % 5 == exercises % 5 == 0
    True
    """
    pace = NOVICE_PACE
    long_tasks = LONG_TASKS
    cells = nbformat.read(path, as_version=4).cells
    words = code = stops = 0
    ids: dict[str, bool] = {}  # exercise id -> written (its answer is a triple-quoted text)
    for cell in cells[1:]:
        if cell.cell_type == "markdown":
            text = re.sub(rf"{re.escape(BEGIN)}.*?{re.escape(END)}", "", cell.source, flags=re.S)
            text = text.split("### References")[0]
            words += len(re.findall(r"[A-Za-z]+", text))
            stops += text.count("**Stop and think")
        elif cell.cell_type == "code":
            code += 1
            is_text = any(TEXT_ANSWER.match(line) for line in cell.source.splitlines())
            for found in re.findall(r'check\(\s*"([^"]+)"', cell.source):
                ids[found] = ids.get(found, False) or is_text
    written = [i for i, is_text in ids.items() if is_text]
    checked = len(ids) - len(written)
    reading = words / pace["words_per_minute"] + code * pace["code_cell"] + pace["start"]
    exercises = (
        checked * pace["checked"]
        + len(written) * pace["written"]
        + stops * pace["stop_and_think"]
        + sum(long_tasks.get(i, 0) for i in ids)
    )
    return 5 * max(1, round(reading / 5)), 5 * max(1, round(exercises / 5))


def solution_notebooks() -> list[Path]:
    """The lesson sources, in lesson order."""
    return sorted(SOLUTIONS.glob("[0-9][0-9]_*.ipynb"))


def _strip_code(source: str) -> str:
    """Replace each solution block with ``name = ...`` for every name it assigns.

    A name the solution gives a triple-quoted text (an answer in words) starts
    as an empty triple-quoted text, so the quotation marks are there for the student. A
    name the cell gives a starting value before the block (a sheet to edit)
    keeps that value: the block only removes the solution. A name that the cell's
    ``check(...)`` does not receive is a step on the way (``row = ...``), and its
    placeholder says so.
    """
    checked = set(re.findall(r"check\(\s*[^,]+,\s*([A-Za-z_]\w*)", source))
    out: list[str] = []
    block: list[str] = []
    inside = False
    given_before: set[str] = set()
    for line in source.split("\n"):
        if line.strip() == BEGIN:
            inside, block = True, []
            indent = line[: len(line) - len(line.lstrip())]
        elif line.strip() == END and inside:
            inside = False
            first: dict[str, str] = {}
            for b in block:
                if (m := ASSIGNMENT.match(b)) and not m.group(1):
                    first.setdefault(m.group(2), b)
            names = [n for n in first if n not in given_before]
            if names:
                out += [f"{indent}{name} = " + _placeholder(first[name], name, checked)
                        for name in names]  # fmt: skip
            elif not first:
                out.append(f"{indent}# ✏️ your code here")
        elif inside:
            block.append(line[len(indent) :] if line.startswith(indent) else line)
        else:
            if (m := ASSIGNMENT.match(line)) and not m.group(1):
                given_before.add(m.group(2))
            out.append(line)
    if inside:
        raise ValueError("a ### BEGIN SOLUTION has no ### END SOLUTION")
    return "\n".join(out)


def _placeholder(line: str, name: str, checked: set[str]) -> str:
    if TEXT_ANSWER.match(line):
        return TEXT_PLACEHOLDER
    if checked and name not in checked:
        return STEP_PLACEHOLDER
    return CODE_PLACEHOLDER


def _strip_markdown(source: str) -> str:
    pattern = re.compile(rf"{re.escape(BEGIN)}.*?{re.escape(END)}", re.S)
    return pattern.sub(MARKDOWN_PLACEHOLDER, source)


def student_version(solution: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The student notebook for a solution notebook: no answers, no outputs."""
    nb = copy.deepcopy(solution)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.source = _strip_code(cell.source)
            cell.outputs = []
            cell.execution_count = None
        elif cell.cell_type == "markdown":
            cell.source = _strip_markdown(cell.source)
        cell.metadata.pop("execution", None)
    return nb


def _student_path(solution_path: Path) -> Path:
    return LESSONS / solution_path.name


def _render(nb: nbformat.NotebookNode) -> str:
    return nbformat.writes(nb) + "\n"


def build() -> list[Path]:
    """Write every student notebook from its solution; return the paths written."""
    written = []
    for path in solution_notebooks():
        target = _student_path(path)
        target.write_text(
            _render(student_version(nbformat.read(path, as_version=4))), encoding="utf-8"
        )
        written.append(target)
    return written


def out_of_date() -> list[Path]:
    """Student notebooks that differ from what ``build`` would write (or are missing)."""
    stale = []
    for path in solution_notebooks():
        target = _student_path(path)
        expected = _render(student_version(nbformat.read(path, as_version=4)))
        if not target.exists() or target.read_text(encoding="utf-8") != expected:
            stale.append(target)
    return stale


def run(paths: list[Path] | None = None, timeout: int = 120) -> list[Path]:
    """Execute solution notebooks in place, so their stored outputs are fresh."""
    from nbclient import NotebookClient

    done = []
    for path in paths or solution_notebooks():
        (path.parent / CODING_FILE).unlink(missing_ok=True)  # lesson 05 saves a first coding
        nb = nbformat.read(path, as_version=4)
        NotebookClient(
            nb,
            timeout=timeout,
            kernel_name="python3",
            resources={"metadata": {"path": str(path.parent)}},
        ).execute()
        for cell in nb.cells:
            cell.metadata.pop("execution", None)
            if cell.cell_type == "code":
                cell.outputs = _merge_streams(cell.outputs)
        path.write_text(_render(nb), encoding="utf-8")
        done.append(path)
    return done


def _merge_streams(outputs: list) -> list:
    """Join consecutive printed outputs of one stream, however the kernel chunked them."""
    merged: list = []
    for output in outputs:
        last = merged[-1] if merged else None
        if (
            output.output_type == "stream"
            and last is not None
            and last.output_type == "stream"
            and last.name == output.name
        ):
            last.text += output.text
        else:
            merged.append(output)
    return merged


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    command, names = (args[0], args[1:]) if args else ("", [])
    if command == "build":
        for path in build():
            print(f"wrote {path.relative_to(ROOT)}")
        return 0
    if command == "check":
        stale = out_of_date()
        for path in stale:
            print(
                f"out of date: {path.relative_to(ROOT)}"
                "  (run: python -m kitlib.classroom.lessons build)"
            )
        return 1 if stale else 0
    if command == "times":
        for path in solution_notebooks():
            reading, exercises = estimate_minutes(path)
            print(f"{path.name[:2]}  {reading + exercises:>3} min  ({reading} reading and "
                  f"running, {exercises} exercises and discussion)")  # fmt: skip
        return 0
    if command == "run":
        chosen = [p for p in solution_notebooks() if not names or any(n in p.name for n in names)]
        for path in run(chosen):
            print(f"ran {path.relative_to(ROOT)}")
        return 0
    class_repo = None
    if command == "release" and len(names) == 3 and names[1] == "--class-repo":
        names, class_repo = names[:1], names[2]
    if command == "release" and len(names) == 1:
        try:
            written = release(names[0], class_repo=class_repo)
        except ReleaseError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        print(f"wrote the student edition to {names[0]} ({', '.join(p.name for p in written)})")
        return 0
    print(
        "usage: python -m kitlib.classroom.lessons build | check | times | run [lesson-number ...]"
        " | release DIR [--class-repo URL]",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
