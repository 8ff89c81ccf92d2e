"""Grade a folder of submitted lesson notebooks: run each one, then check its answers.

``framing-kit grade SUBMISSIONS_FOLDER --out grades.csv`` (or
:func:`grade_folder`) runs every ``.ipynb`` in the folder, each in a fresh
Jupyter kernel, headless, and writes one row per student and exercise.

**How an answer is graded.** The notebook runs in a sandbox
(:mod:`kitlib.classroom.sandbox`) with the grader's own cell first, which
makes ``check(exercise_id, answer)`` record the answer, as plain data, and
give no feedback (:mod:`kitlib.classroom.recorder`). After the run the
grader, in its own process, outside the notebook's reach, reads the answers
and runs each exercise's check itself (:func:`kitlib.exercises.evaluate`).
Nothing the notebook does to the kit in its kernel, nor anything it writes,
can mark an answer right: the most it can change is the answer it hands in.

**Which answer counts.** The last ``check`` of each exercise in the run (a
student who fixes an answer in a new cell further down gets the fixed one).
The exercises expected are those of the lesson (from the kit's student
notebook, ``lessons/NN_*.ipynb``), so an exercise deleted from the notebook
is "missing". A cell that raised an error where an exercise is answered makes
it "error: NameError: ..." (unless a later check recorded an answer). A
notebook named as one lesson that holds another is flagged and graded as the
lesson of its name.

**Limits.** A cell that runs too long or prints too much is interrupted and
the notebook goes on; a kernel that runs out of memory is restarted; the
notebook as a whole has a time limit; all of it is said in the ``status``
column of its rows.

**The gradebook file** is written as each notebook finishes (a crash loses
nothing) and read back by the next run with the same ``--out``, which goes on
where it stopped (a notebook changed since, or whose rows were cut short, is
graded again).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from kitlib.classroom import gradebook as books
from kitlib.classroom import sandbox
from kitlib.classroom.recorder import UnreadableAnswer, decode, plain_text
from kitlib.data import ROOT
from kitlib.errors import KitError
from kitlib.exercises import Result, evaluate, exercise_ids, get_exercise, is_unanswered
from kitlib.spreadsheets import write_csv

__all__ = [
    "CELL_EVENTS",
    "CHECK_CALL",
    "Cell",
    "EMPTY_FIELD",
    "GRADE_COLUMNS",
    "GradingError",
    "LESSON_NAME",
    "MAX_ANSWER_CHARS",
    "MAX_NOTEBOOK_BYTES",
    "MAX_UPLOAD_BYTES",
    "WORKER",
    "check_out",
    "exercises_in",
    "expected_exercises",
    "grade_folder",
    "grade_notebook",
    "notebooks_in",
    "read_notebook",
]


#: The columns of the grades table (one row per student, notebook and exercise).
GRADE_COLUMNS = [
    "student", "student_id", "lesson", "notebook", "exercise", "kind", "answered", "result",
    "points", "answer", "feedback", "status", "isolation", "checksum",
]  # fmt: skip

#: ``check("05.kappa", ...)`` in a cell: the exercise ids a notebook holds.
CHECK_CALL = re.compile(r"""\bcheck\(\s*["']([0-9]{2}\.[\w.]+)["']""")

#: A lesson's number in a notebook's file name: "05_frames.ipynb".
LESSON_NAME = re.compile(r"(?<![0-9])([0-9]{2})_[A-Za-z]")

#: A notebook larger than this is not read.
MAX_NOTEBOOK_BYTES = 20_000_000

#: The student's own files copied beside the notebook, at most (bytes in all).
MAX_UPLOAD_BYTES = 20_000_000

#: Answers longer than this are cut in the grades table (characters).
MAX_ANSWER_CHARS = 4000

#: A text answer whose every line is an empty field ("R1: ") is a form left as it was.
EMPTY_FIELD = re.compile(r"(?m)^[ \t]*[^:\n]{1,30}:[ \t]*$")

#: The worker command (its job file comes last); -P and -s: nothing from the working folder.
WORKER = [sys.executable, "-P", "-s", "-m", "kitlib.classroom.worker"]


class GradingError(KitError, ValueError):
    """The submissions folder cannot be graded, or the gradebook cannot be written there."""


# --------------------------------------------------------------------------
# Reading a notebook without trusting it
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    index: int
    kind: str
    source: str


def read_notebook(path) -> tuple[list[Cell], str]:
    """A notebook's cells, and "" (or what is wrong with the file: it is then not run).

    Examples
    --------
    >>> import os, tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "n.ipynb")
    >>> _ = open(path, "w", encoding="utf-8").write('{"cells": [{"cell_type": "code"}]}')
    >>> read_notebook(path)
    ([], 'not a valid notebook: cell 0 has no source')
    """
    path = Path(path)
    try:
        if path.stat().st_size > MAX_NOTEBOOK_BYTES:
            return [], f"not graded: the file is larger than {MAX_NOTEBOOK_BYTES // 10**6} MB"
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as error:
        return [], f"not a readable notebook ({type(error).__name__})"
    if not isinstance(data, dict):
        return [], "not a valid notebook: the file holds no notebook object"
    if "worksheets" in data and "cells" not in data:
        return [], "not a valid notebook: an old format (version 3); open and save it in Jupyter"
    cells = data.get("cells")
    if not isinstance(cells, list):
        return [], "not a valid notebook: it has no list of cells"
    found = []
    for index, cell in enumerate(cells):
        if not isinstance(cell, dict):
            return [], f"not a valid notebook: cell {index} is not a cell"
        kind, source = cell.get("cell_type"), cell.get("source")
        if not isinstance(kind, str):
            return [], f"not a valid notebook: cell {index} has no cell_type"
        if isinstance(source, list) and all(isinstance(s, str) for s in source):
            source = "".join(source)
        if not isinstance(source, str):
            return [], f"not a valid notebook: cell {index} has no source"
        found.append(Cell(index, kind, source))
    return found, ""


def exercises_in(cells) -> list[str]:
    """The exercise ids checked in code cells, in order, each once.

    ``cells`` are :class:`Cell` objects or any objects with ``cell_type``/``kind``
    and ``source``.
    """
    found = []
    for cell in cells:
        kind = getattr(cell, "kind", None) or getattr(cell, "cell_type", "")
        if kind == "code":
            found += CHECK_CALL.findall(cell.source)
    return list(dict.fromkeys(found))


def _lesson_notebooks(root: Path = ROOT) -> dict[str, Path]:
    return {p.name[:2]: p for p in sorted((root / "lessons").glob("[0-9][0-9]_*.ipynb"))}


def expected_exercises(lesson: str, *, root: Path = ROOT) -> list[str]:
    """The exercises of a lesson, in the order of its notebook (the kit's student copy).

    Examples
    --------
    >>> expected_exercises("00")[:2]  # the first two of lesson 00
    ['00.cnn_words', '00.more_russia']
    """
    path = _lesson_notebooks(root).get(lesson)
    if path is not None:
        cells, problem = read_notebook(path)
        if not problem:
            return [e for e in exercises_in(cells) if e.startswith(lesson + ".")]
    return [e for e in exercise_ids() if e.startswith(lesson + ".")]


def notebooks_in(folder) -> list[Path]:
    """Every notebook under ``folder`` (not Jupyter's checkpoint copies), sorted."""
    folder = Path(folder)
    if not folder.is_dir():
        raise GradingError(
            f"{folder} is not a folder. Give the folder that holds the submitted notebooks."
        )
    found = sorted(
        p
        for p in folder.rglob("*.ipynb")
        if ".ipynb_checkpoints" not in p.parts and p.is_file() and not p.is_symlink()
    )
    if not found:
        raise GradingError(f"There is no notebook (.ipynb file) in {folder}.")
    return found


def _checksum(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError:
        return ""


def _lesson_of(submission: books.Submission, cells: list[Cell]) -> tuple[str, str, str]:
    """(the lesson graded, the lesson its content holds, a flag when the two differ)."""
    known = set(_lesson_notebooks()) | {e[:2] for e in exercise_ids()}
    named = [n for n in LESSON_NAME.findall(submission.original) if n in known]
    counts = Counter(e[:2] for e in exercises_in(cells) if e[:2] in known)
    content = counts.most_common(1)[0][0] if counts else ""
    lesson = named[0] if named else content
    flag = ""
    if named and content and content != named[0]:
        flag = (
            f"wrong lesson: the file is named as lesson {named[0]} but holds lesson {content} "
            f"(graded as lesson {named[0]})"
        )
    return lesson, content, flag


# --------------------------------------------------------------------------
# One notebook
# --------------------------------------------------------------------------


@dataclass
class _Run:
    cells: dict[int, dict] = field(default_factory=dict)
    records: list[tuple[int, dict]] = field(default_factory=list)
    failed: str = ""
    done: bool = False


def _read_outcome(path: Path, limit: int = 20_000_000) -> _Run:
    run = _Run()
    if not path.exists():
        return run
    with open(path, "rb") as file:
        data = file.read(limit)
    for line in data.splitlines():
        try:
            item = json.loads(line.decode("utf-8", "replace"))
        except ValueError:
            continue
        if not isinstance(item, dict):
            continue
        if "failed" in item:
            run.failed = str(item["failed"])[:300]
            continue
        if item.get("done") is True:
            run.done = True
            continue
        cell = item.get("cell")
        if not isinstance(cell, int):
            continue
        run.cells[cell] = item
        for record in item.get("records") or []:
            if isinstance(record, dict) and isinstance(record.get("exercise"), str):
                run.records.append((cell, record))
    return run


def _own_files(submission: books.Submission, folder: Path, others: list[Path]) -> list:
    """The student's own files to copy beside the notebook: (source, name in the working folder)."""
    relative = submission.path.relative_to(folder)
    found = []
    if len(relative.parts) > 1:  # one folder per student: that folder's files
        owner = folder / relative.parts[0]
        for p in sorted(owner.rglob("*")):
            if p.is_file() and not p.is_symlink() and p.suffix != ".ipynb":
                if ".ipynb_checkpoints" not in p.parts:
                    found.append((p, p.relative_to(owner).as_posix()))
    elif submission.source in ("canvas", "moodle"):
        for p in others:
            mine = books.parse_submission(p, folder)
            if mine.owner == submission.owner and p.suffix != ".ipynb":
                found.append((p, mine.original))
    if sum(p.stat().st_size for p, _ in found) > MAX_UPLOAD_BYTES:
        return []
    return found


def _text(value) -> str:
    return plain_text(value)[:MAX_ANSWER_CHARS]


def _is_blank_form(value) -> bool:
    return isinstance(value, str) and not EMPTY_FIELD.sub("", value).strip()


def _status(run: _Run, outcome: sandbox.Outcome, limits: sandbox.Limits) -> str:
    notes = _run_notes(run, outcome, limits)
    errors, events = _cell_notes(run, limits)
    notes += events
    if errors:
        notes.append(f"{len(errors)} cell(s) raised an error (first: {errors[0]})")
    if run.done and not run.failed and not outcome.reason:
        notes.insert(0, "ran")
    return "; ".join(notes)


def _run_notes(run: _Run, outcome: sandbox.Outcome, limits: sandbox.Limits) -> list[str]:
    """What happened to the whole run: failed, stopped at a limit, ended early."""
    notes = []
    if run.failed:
        notes.append(f"failed: {run.failed}")
    if outcome.reason == "timeout":
        notes.append(f"stopped: the notebook took more than {limits.notebook_seconds:g} s")
    elif outcome.reason == "processes":
        notes.append(f"stopped: more than {limits.processes} processes at once")
    elif outcome.reason == "failed":
        notes.append(f"failed: {outcome.detail or 'the sandbox did not start'}")
    elif not run.done and not run.failed:
        notes.append("stopped: the run ended before the last cell (its processes were killed)")
    return notes


#: What each cell status says in the gradebook ({i}: the cell; {…}: the limits).
CELL_EVENTS = {
    "timeout": "cell {i} stopped after {cell_seconds:g} s (time limit)",
    "output": "cell {i} printed more than {output_mb:g} MB and was stopped (output limit)",
    "died": "the kernel died in cell {i} (memory limit?) and was restarted",
    "notebook_timeout": "cell {i} stopped: the notebook's time was up",
}


def _cell_notes(run: _Run, limits: sandbox.Limits) -> tuple[list[str], list[str]]:
    """The cells that raised an error, and the limits cells ran into."""
    errors, events = [], []
    for index, cell in sorted(run.cells.items()):
        status = cell.get("status")
        if status == "error":
            errors.append(f"{cell.get('ename', 'Error')} in cell {index}")
            if cell.get("ename") == "MemoryError":
                events.append(f"memory limit ({limits.memory_mb} MB) reached in cell {index}")
        elif status in CELL_EVENTS:
            events.append(
                CELL_EVENTS[status].format(
                    i=index, cell_seconds=limits.cell_seconds, output_mb=limits.output_mb
                )
            )
        if cell.get("restarted") and status != "died":
            events.append(f"a fresh kernel ran the cells after cell {index}")
    skipped = [i for i, c in run.cells.items() if c.get("status") == "skipped"]
    if skipped:
        events.append(f"{len(skipped)} cell(s) not run: the notebook's time was up")
    return errors, events


def _check_cells(exercise: str, cells: list[Cell]) -> list[Cell]:
    return [c for c in cells if c.kind == "code" and exercise in CHECK_CALL.findall(c.source)]


def _block_error(cell_index: int, cells: list[Cell], run: _Run, *, inclusive: bool) -> str:
    """The first error in the cells that answer the check in ``cell_index``.

    Those are the code cells after the previous cell with a check (of any
    exercise), up to that cell (itself included when ``inclusive``).
    """
    code = [c for c in cells if c.kind == "code"]
    end = next((i for i, c in enumerate(code) if c.index == cell_index), None)
    if end is None:
        return ""
    start = end
    while start > 0 and not CHECK_CALL.search(code[start - 1].source):
        start -= 1
    for cell in code[start : end + 1 if inclusive else end]:
        ran = run.cells.get(cell.index, {})
        status = ran.get("status")
        if status == "error":
            what = f"{ran.get('ename', 'Error')}: {ran.get('evalue', '')}".strip(" :")
            return f"error: {what[:160]} (cell {cell.index})"
        if status in ("timeout", "died", "output", "notebook_timeout"):
            return f"error: cell {cell.index} was stopped ({status.replace('_', ' ')})"
    return ""


def _grade_answer(exercise: str, record: dict) -> tuple[str, str, str, str, str]:
    """(kind, answered, result, answer text, feedback) for the last recorded answer."""
    known = get_exercise(exercise)
    kind = "written" if known is not None and known.written else "checked"
    try:
        value = decode(record.get("answer"))
    except UnreadableAnswer:
        return kind, "yes", "wrong", "", "the recorded answer could not be read"
    if is_unanswered(value) or _is_blank_form(value):
        return kind, "no", "not answered", "", ""
    if known is None:
        return "", "yes", "unknown exercise id", _text(value), ""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        result: Result = evaluate(exercise, value)
    feedback = " ".join(str(result.message).split())[:300]
    if result.recorded:
        return "written", "yes", "recorded", _text(value), feedback
    if kind == "written":
        return "written", "yes", "not accepted", _text(value), feedback
    return kind, "yes", "right" if result.correct else "wrong", _text(value), feedback


def grade_notebook(
    path,
    *,
    folder=None,
    limits: sandbox.Limits | None = None,
    sandboxed: bool | None = None,
    hide: list[str] | None = None,
    others: list[str] | None = None,
    siblings: list[Path] | None = None,
) -> list[dict]:
    """Run one notebook and return its rows (one per exercise; see :func:`grade_folder`).

    ``others`` names the student's copies that were left out (listed in the
    status); ``siblings`` are the other files of a flat folder (to find the
    student's own uploads in a Canvas or Moodle download).
    """
    limits = limits or sandbox.Limits()
    path = Path(path)
    folder = Path(folder) if folder is not None else path.parent
    submission = books.parse_submission(path, folder)
    cells, problem = read_notebook(path)
    lesson, _, flag = _lesson_of(submission, cells) if not problem else ("", "", "")
    isolation = _isolation_text(sandboxed)
    base = {"student": submission.student, "student_id": submission.student_id, "lesson": lesson,
            "notebook": path.relative_to(folder).as_posix(), "isolation": isolation,
            "checksum": _checksum(path)}  # fmt: skip
    extra = []
    if submission.late:
        extra.append("late")
    if others:
        extra.append("also submitted (not graded): " + ", ".join(others))
    if flag:
        extra.append(flag)

    def blank_row(status: str) -> dict:
        return {**base, "exercise": "", "kind": "", "answered": "", "result": "", "points": "",
                "answer": "", "feedback": "", "status": "; ".join([status, *extra])}  # fmt: skip

    if problem:
        return [blank_row(problem)]
    expected = expected_exercises(lesson) if lesson else []
    if not expected:
        return [blank_row("no exercise of the kit's lessons in this notebook")]
    code = [{"index": c.index, "source": c.source} for c in cells if c.kind == "code"]
    with tempfile.TemporaryDirectory(prefix="framing-kit-grade-") as tmp:
        staging = Path(tmp)
        run, outcome = _run(
            submission, folder, code, staging, limits, sandboxed, hide or [], siblings or []
        )
    status = "; ".join([_status(run, outcome, limits), *extra])
    rows = []
    for exercise in expected:
        checks = _check_cells(exercise, cells)
        final = checks[-1].index if checks else None
        mine = [(cell, record) for cell, record in run.records if record["exercise"] == exercise]
        known = get_exercise(exercise)
        kind = "written" if known is not None and known.written else "checked"
        answered, answer, feedback, result = "no", "", "", "missing"
        if mine and (final is None or mine[-1][0] >= final):
            cell, record = mine[-1]
            kind, answered, result, answer, feedback = _grade_answer(exercise, record)
            if result not in ("right", "recorded"):
                result = _block_error(cell, cells, run, inclusive=False) or result
        elif final is not None and _block_error(final, cells, run, inclusive=True):
            result = _block_error(final, cells, run, inclusive=True)
        elif mine:
            kind, answered, result, answer, feedback = _grade_answer(exercise, mine[-1][1])
        elif final is not None:
            reached = run.cells.get(final, {}).get("status") not in (None, "skipped")
            result = "missing" if reached else "not reached"
        points = "1" if result == "right" else ("" if kind == "written" else "0")
        rows.append({**base, "exercise": exercise, "kind": kind, "answered": answered,
                     "result": result, "points": points, "answer": answer,
                     "feedback": feedback, "status": status})  # fmt: skip
    return rows


def _isolation_text(sandboxed: bool | None) -> str:
    why = sandbox.probe()
    if sandboxed is False or (sandboxed is None and why):
        reason = why or "the sandbox was switched off"
        return f"advisory: not isolated ({reason}): the network was on and other files readable"
    return "sandbox"


def _run(submission, folder, code, staging, limits, sandboxed, hide, siblings):
    """Stage the notebook's folder, run the worker in the sandbox, read what it reported."""
    work, home = staging / "work", staging / "home"
    work.mkdir()
    home.mkdir()
    for source, name in _own_files(submission, folder, siblings):
        target = work / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    shutil.copyfile(submission.path, work / (Path(submission.original).name or "submission.ipynb"))
    _copy_font_cache(home)
    use = not sandbox.probe() if sandboxed is None else sandboxed
    inside = Path(sandbox.SANDBOX_HOME) if use else staging
    job = {
        "cells": code,
        "cwd": str(inside / "work"),
        "env": sandbox.clean_environment(str(inside / "home")),
        "record": str(inside / "work" / ".framing-kit-answers.jsonl"),
        "outcome": str(inside / "outcome.jsonl"),
        "notebook_timeout": limits.notebook_seconds,
        "cell_timeout": limits.cell_seconds,
        "max_output": int(limits.output_mb * 1_000_000),
    }
    if not use:
        job["env"]["TMPDIR"] = str(staging / "tmp")
    (staging / "job.json").write_text(json.dumps(job), encoding="utf-8")
    outcome = sandbox.run(
        WORKER, staging=staging, job_in_sandbox=str(inside / "job.json"),
        job_outside=str(staging / "job.json"), hide=hide, limits=limits, sandbox=use,
    )  # fmt: skip
    return _read_outcome(staging / "outcome.jsonl"), outcome


def _copy_font_cache(home: Path) -> None:
    """Matplotlib's font list, so a notebook's first figure does not rebuild it."""
    cache = os.environ.get("MPLCONFIGDIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "matplotlib"
    )
    target = home / ".matplotlib"
    target.mkdir(parents=True, exist_ok=True)
    for font_list in Path(cache).glob("fontlist-*.json"):
        shutil.copyfile(font_list, target / font_list.name)


# --------------------------------------------------------------------------
# A folder, and the gradebook file
# --------------------------------------------------------------------------


def check_out(out, folder) -> Path:
    """Check the gradebook's path before any notebook runs; return it.

    Raises :class:`GradingError` with what to do when the file cannot be written
    there, is inside the submissions folder, or is a file that is not a gradebook.
    """
    out, folder = Path(out), Path(folder)
    if out.exists() and out.is_dir():
        raise GradingError(
            f"{out} is a folder. Give a file name for the gradebook, such as grades.csv."
        )
    if out.suffix.lower() != ".csv":
        raise GradingError(
            f"The gradebook is a CSV file: give a name ending in .csv, not {out.name!r}."
        )
    if folder.is_dir() and out.resolve().is_relative_to(folder.resolve()):
        raise GradingError(
            f"{out} is inside the submissions folder. Write the gradebook somewhere else "
            "(the submissions are only read, never written)."
        )
    parent = out.resolve().parent
    if parent.exists() and not parent.is_dir():
        raise GradingError(f"{parent} is not a folder, so {out.name} cannot be written there.")
    existing = parent
    while not existing.exists():
        existing = existing.parent
    if not os.access(existing, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise GradingError(f"{out} cannot be written (no permission). Choose another place.")
    if out.exists() and out.stat().st_size > 0:
        with open(out, encoding="utf-8", errors="replace") as file:
            header = file.readline().strip()
        if header != ",".join(GRADE_COLUMNS):
            raise GradingError(
                f"{out} already exists and is not a gradebook written by framing-kit grade. "
                "Give another --out (it is never overwritten)."
            )
    return out


def _resume(out: Path, current: dict[str, str]) -> pd.DataFrame:
    """The rows of an earlier run worth keeping (the notebook unchanged, not the last one)."""
    if not out.exists() or out.stat().st_size == 0:
        return pd.DataFrame(columns=GRADE_COLUMNS)
    with open(out, "rb+") as file:  # a run stopped mid-line: drop that line
        data = file.read()
        file.truncate(data.rfind(b"\n") + 1)
    earlier = pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8")
    if earlier.empty:
        return earlier
    last = earlier["notebook"].iloc[-1]
    rows = earlier[earlier["notebook"] == last]
    complete = (len(rows) == 1 and rows["exercise"].iloc[0] == "") or len(rows) == len(
        expected_exercises(rows["lesson"].iloc[0])
    )
    keep = earlier["checksum"] == earlier["notebook"].map(current).fillna("")
    if not complete:  # the run stopped while writing its rows: grade it again
        keep &= earlier["notebook"] != last
    return earlier[keep].reset_index(drop=True)


def grade_folder(
    folder,
    *,
    out=None,
    timeout: float = 300,
    cell_timeout: float = 120,
    memory_mb: int = 4096,
    processes: int = 400,
    output_mb: float = 10,
    sandboxed: bool | None = None,
    progress: Callable[[str], None] | None = None,
) -> pd.DataFrame:
    """Run every notebook in a folder and return the grades table.

    Parameters
    ----------
    folder : str or Path
        The submissions: a Canvas or Moodle download, one folder per student, or
        notebooks named after their students (see :mod:`kitlib.classroom.gradebook`).
    out : str or Path, optional
        The gradebook file: written row by row as each notebook finishes, and read
        back by a later run, which goes on where this one stopped.
    timeout, cell_timeout : float
        Seconds one notebook, and one cell, may take.
    memory_mb, processes, output_mb : int or float
        Memory of each process, processes at once, and what a cell may print.
    sandboxed : bool, optional
        None (default) runs each notebook in a sandbox when the machine allows it;
        False runs it as a plain process (an advisory gradebook).
    progress : callable, optional
        Called with each notebook's path before it runs.

    Returns
    -------
    pandas.DataFrame
        One row per notebook and exercise, columns :data:`GRADE_COLUMNS`:
        ``student`` and ``student_id`` (from the file or folder name);
        ``lesson``; ``notebook`` (its path inside the folder); ``exercise``;
        ``kind`` ("checked" or "written"); ``answered`` ("yes"/"no");
        ``result`` ("right", "wrong", "recorded" for a written answer, "not
        accepted" for a written one whose checkable part failed, "not answered",
        "missing", "not reached", "error: ..."); ``points`` (1 or 0, empty for a
        written answer until marked); ``answer`` (as plain text); ``feedback``
        (what the check says about it); ``status`` ("ran", or how the notebook
        was limited, failed or flagged); ``isolation`` ("sandbox", or why the
        row is only advisory); ``checksum`` (of the notebook file).
    """
    folder = Path(folder)
    paths = notebooks_in(folder)
    out = check_out(out, folder) if out is not None else None
    if sandboxed and sandbox.probe():
        raise GradingError(f"No sandbox on this machine: {sandbox.probe()}.")
    limits = sandbox.Limits(
        notebook_seconds=timeout, cell_seconds=cell_timeout, memory_mb=memory_mb,
        processes=processes, output_mb=output_mb,
    )  # fmt: skip
    items = []
    for path in paths:
        cells, problem = read_notebook(path)
        submission = books.parse_submission(path, folder)
        items.append((submission, _lesson_of(submission, cells)[0] if not problem else ""))
    kept, others = books.fold(items)
    relative = {s.path: s.path.relative_to(folder).as_posix() for s, _ in kept}
    current = {relative[s.path]: _checksum(s.path) for s, _ in kept}
    done = _resume(out, current) if out is not None else pd.DataFrame(columns=GRADE_COLUMNS)
    if out is not None:
        write_csv(done.reindex(columns=GRADE_COLUMNS), out)
    graded = set(done["notebook"])
    hide = sorted({str(folder.resolve())} | ({str(out.resolve().parent)} if out else set()))
    hide.append(tempfile.gettempdir())
    siblings = [p for p in folder.iterdir() if p.is_file()]
    tables = [done]
    kit = _kit_fingerprint()
    for submission, _ in kept:
        name = relative[submission.path]
        if name in graded:
            continue
        if progress is not None:
            progress(name)
        rows = grade_notebook(
            submission.path, folder=folder, limits=limits, sandboxed=sandboxed, hide=hide,
            others=others.get(submission.path), siblings=siblings,
        )  # fmt: skip
        table = pd.DataFrame(rows, columns=GRADE_COLUMNS)
        if out is not None:
            write_csv(table, out, append=True)
        tables.append(table)
        if not _rows_isolated(table) and _kit_fingerprint() != kit:
            raise GradingError(
                f"The kit's files changed while {name} ran (no sandbox on this machine). "
                "Restore them (git checkout -- kitlib data) before grading again; the rows "
                "written so far are kept."
            )
    return pd.concat(tables, ignore_index=True).astype(str)[GRADE_COLUMNS]


def _rows_isolated(table: pd.DataFrame) -> bool:
    """True when every row's notebook ran in the sandbox (the kit was read-only to it)."""
    return bool((table["isolation"] == "sandbox").all())


def _kit_fingerprint() -> str:
    digest = hashlib.sha256()
    for name in sandbox.KEEP_IN_KIT:
        for path in sorted((ROOT / name).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()
