"""Grade a folder of submitted lesson notebooks: run each one, record each exercise.

``framing-kit grade SUBMISSIONS_FOLDER --out grades.csv`` (or
:func:`grade_folder`) runs every ``.ipynb`` in the folder, each in a fresh
Jupyter kernel, headless, with a time limit and the network off, and writes
one row per student and exercise.

How an answer is recorded. Before the student's first cell, the grader runs
one cell of its own (in its copy of the notebook; the student's file is only
read) that wraps :func:`kitlib.exercises.check`. Every call of ``check`` in
the notebook then goes through unchanged (same feedback, same return value)
and is also written, as one JSON line, to a file in a temporary folder:
exercise id, whether it was answered, the verdict, whether the exercise is
a written one, and the answer's text. The grader reads that file, so a
notebook that stops half way still has its first answers recorded. It
relies only on ``check(exercise_id, answer, ...)`` returning something true
for a right answer; a returned object with ``recorded=True`` (a written
answer, which is never marked right) and an exercise with ``written=True``
are reported as "recorded".
An answer counts as not answered when ``check`` says so, or when it is a
pre-filled form left as it was (every line an empty field, such as lesson
05's ``R1:`` lines).

Where it runs. Each notebook runs in a temporary folder holding a copy of
the files beside it (not other notebooks), so nothing in the submissions
folder is changed. The network is switched off by running the kernel in a
new network namespace (``unshare -rn``, Linux) when the machine allows it;
in any case the grader's cell makes Python's sockets refuse everything but
the kernel's own loopback connections.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import nbformat
import pandas as pd

from kitlib.data import ROOT
from kitlib.errors import KitError

__all__ = [
    "CHECK_CALL",
    "GRADE_COLUMNS",
    "GradingError",
    "MAX_ANSWER_CHARS",
    "MAX_COPY_BYTES",
    "RECORDER",
    "exercises_in",
    "grade_folder",
    "grade_notebook",
    "notebooks_in",
    "run_in_kernel",
]


#: The columns of the grades table.
GRADE_COLUMNS = [
    "student", "notebook", "exercise", "kind", "answered", "result", "answer", "status",
]  # fmt: skip

#: ``check("05.kappa", ...)`` in a cell: the exercise ids a notebook holds.
CHECK_CALL = re.compile(r"""\bcheck\(\s*["']([0-9]{2}\.[\w.]+)["']""")

#: Files beside a notebook copied into its working folder (larger folders are not copied).
MAX_COPY_BYTES = 20_000_000

#: Answers longer than this are cut in the grades table.
MAX_ANSWER_CHARS = 4000


class GradingError(KitError, ValueError):
    """The submissions folder cannot be graded (missing, or holds no notebook)."""


# The grader's own first cell. It must never fail, whatever the notebook does later.
RECORDER = r"""
import json as _g_json
import re as _g_re
import socket as _g_socket

_G_RECORD = {record!r}
_G_EMPTY_FIELD = r"(?m)^[ \t]*[^:\n]{{1,30}}:[ \t]*$"
_G_LOOPBACK = ("127.", "::1", "localhost", "0.0.0.0")


def _g_offline(address):
    host = address[0] if isinstance(address, tuple) and address else address
    if isinstance(host, str) and (host.startswith(_G_LOOPBACK) or host.startswith("/")):
        return
    raise OSError("The network is switched off while this notebook is graded.")


_g_connect = _g_socket.socket.connect
_g_connect_ex = _g_socket.socket.connect_ex


def _g_guarded_connect(self, address):
    _g_offline(address)
    return _g_connect(self, address)


def _g_guarded_connect_ex(self, address):
    _g_offline(address)
    return _g_connect_ex(self, address)


_g_socket.socket.connect = _g_guarded_connect
_g_socket.socket.connect_ex = _g_guarded_connect_ex

try:
    import kitlib.exercises as _g_exercises
    import kitlib.exercises._core as _g_core

    _g_check = _g_core.check

    def _g_text(answer):
        if isinstance(answer, str):
            return answer
        if hasattr(answer, "to_csv"):
            return answer.to_csv(index=False)
        return repr(answer)

    def _g_recording_check(exercise_id, answer=None, *args, **kwargs):
        verdict = _g_check(exercise_id, answer, *args, **kwargs)
        try:
            known = _g_core._load_all().get(exercise_id)
            try:
                unanswered = _g_core._is_unanswered(answer)
            except Exception:
                unanswered = answer is None or answer is Ellipsis
            if isinstance(answer, str) and not _g_re.sub(_G_EMPTY_FIELD, "", answer).strip():
                unanswered = True  # a pre-filled form left as it was: "R1: " lines only
            try:
                cell = get_ipython().execution_count  # noqa: F821 (the kernel defines it)
            except Exception:
                cell = 0
            row = {{
                "exercise": str(exercise_id),
                "cell": cell,
                "known": known is not None,
                "answered": not unanswered,
                "correct": bool(verdict),
                "recorded": bool(getattr(verdict, "recorded", False)),
                "written": bool(getattr(known, "written", False)),
                "answer": "" if unanswered else _g_text(answer)[:{limit}],
            }}
            with open(_G_RECORD, "a", encoding="utf-8") as _g_file:
                _g_file.write(_g_json.dumps(row) + "\n")
        except Exception:
            pass
        return verdict

    _g_core.check = _g_exercises.check = _g_recording_check
except Exception:
    pass
"""


def exercises_in(notebook: nbformat.NotebookNode) -> list[str]:
    """The exercise ids checked in a notebook's code cells, in order, each once."""
    found = []
    for cell in notebook.cells:
        if cell.cell_type == "code":
            found += CHECK_CALL.findall(cell.source)
    return list(dict.fromkeys(found))


def notebooks_in(folder) -> list[Path]:
    """Every notebook under ``folder`` (not Jupyter's checkpoint copies), sorted."""
    folder = Path(folder)
    if not folder.is_dir():
        raise GradingError(
            f"{folder} is not a folder. Give the folder that holds the submitted notebooks."
        )
    found = sorted(
        p for p in folder.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts and p.is_file()
    )
    if not found:
        raise GradingError(f"There is no notebook (.ipynb file) in {folder}.")
    return found


def _student(path: Path, folder: Path) -> str:
    """The student a notebook belongs to: its first folder, or its file name in a flat folder."""
    relative = path.relative_to(folder)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def _offline_prefix() -> list[str]:
    """``unshare -rn`` with loopback up, when this machine allows it; else nothing."""
    if shutil.which("unshare") and shutil.which("ip"):
        probe = subprocess.run(
            ["unshare", "-rn", "true"], capture_output=True, timeout=10, check=False
        )
        if probe.returncode == 0:
            return ["unshare", "-rn", "sh", "-c", 'ip link set lo up && exec "$@"', "offline"]
    return []


def _copy_neighbours(notebook: Path, workdir: Path) -> None:
    """Copy the files beside a notebook (not notebooks, not folders) into its working folder."""
    files = [p for p in notebook.parent.iterdir() if p.is_file() and p.suffix != ".ipynb"]
    if sum(p.stat().st_size for p in files) <= MAX_COPY_BYTES:
        for p in files:
            shutil.copy2(p, workdir / p.name)


def run_in_kernel(notebook: Path, workdir: Path, timeout: float, cell_timeout: float) -> dict:
    """Run one notebook (a copy, with the recorder cell first) in a fresh kernel.

    Returns ``{"status": ..., "errors": [...]}``: status is "ran", or says how it
    stopped. Used by the worker process that :func:`grade_notebook` starts.
    """
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    nb = nbformat.read(notebook, as_version=4)
    record = str(workdir / "answers.jsonl")
    source = RECORDER.format(record=record, limit=MAX_ANSWER_CHARS)
    nb.cells.insert(0, nbformat.v4.new_code_cell(source))
    client = NotebookClient(
        nb,
        timeout=cell_timeout,
        kernel_name="python3",
        allow_errors=True,
        resources={"metadata": {"path": str(workdir)}},
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env["MPLBACKEND"] = "Agg"
    deadline = time.monotonic() + timeout
    errors = []
    status = "ran"
    with client.setup_kernel(env=env, cwd=str(workdir)):
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            left = deadline - time.monotonic()
            if left <= 0:
                status = (
                    f"timed out: the notebook took more than {timeout:g} s "
                    f"(stopped before cell {index})"
                )
                break
            client.timeout = int(max(1, min(cell_timeout, left)))
            try:
                client.execute_cell(cell, index)
            except CellTimeoutError:
                status = (
                    f"timed out: cell {index} ran longer than {client.timeout} s "
                    "(the cells after it were not run)"
                )
                break
            except DeadKernelError:
                status = f"failed: the kernel stopped in cell {index} (too much memory?)"
                break
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error" and index > 0:
                    errors.append(f"{output.get('ename', 'Error')} in cell {index}")
    return {"status": status, "errors": errors}


def _worker(argv: list[str]) -> int:
    """Print the run's JSON: ``python -m kitlib.classroom.grading NOTEBOOK WORKDIR TIMEOUT
    CELL_TIMEOUT``."""
    notebook, workdir, timeout, cell_timeout = argv
    try:
        outcome = run_in_kernel(Path(notebook), Path(workdir), float(timeout), float(cell_timeout))
    except Exception as error:  # reported as the notebook's status, never a traceback
        outcome = {"status": f"failed: {type(error).__name__}: {error}"[:300], "errors": []}
    print(json.dumps(outcome))
    return 0


def _run_worker(notebook: Path, workdir: Path, timeout: float, cell_timeout: float) -> dict:
    """Run the worker in its own process group (offline when possible); kill it at the limit."""
    command = [
        *_offline_prefix(), sys.executable, "-m", "kitlib.classroom.grading",
        str(notebook), str(workdir), str(timeout), str(cell_timeout),
    ]  # fmt: skip
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=workdir,
        start_new_session=True,
    )
    try:
        out, _ = process.communicate(timeout=timeout + 60)  # the kernel's start-up and shut-down
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return {"status": f"timed out: the notebook took more than {timeout:g} s", "errors": []}
    try:
        return json.loads(out.strip().splitlines()[-1])
    except (json.JSONDecodeError, IndexError):
        return {"status": "failed: the grader could not run this notebook", "errors": []}


def _graded_calls(record: Path) -> dict[str, dict]:
    """The call that grades each exercise: the last one made in its first check cell.

    Cells run in order, so the first check cell is the call with the lowest
    execution count. Later calls are the lesson's own demonstrations (lesson 00
    checks a wrong answer on purpose) or a student's experiments.
    """
    calls: dict[str, dict] = {}
    if not record.exists():
        return calls
    for line in record.read_text(encoding="utf-8").splitlines():
        try:
            call = json.loads(line)
        except json.JSONDecodeError:
            continue
        first = calls.get(call["exercise"])
        if first is None or call.get("cell", 0) <= first.get("cell", 0):
            calls[call["exercise"]] = call
    return calls


def _result(call: dict | None) -> tuple[str, str, str]:
    """(kind, answered, result) for the last recorded call of an exercise."""
    if call is None:
        return "", "no", "not reached"
    written = call["written"] or call["recorded"]
    kind = "written" if written else "checked"
    if not call["answered"]:
        return kind, "no", "not answered"
    if written:
        return kind, "yes", "recorded"
    return kind, "yes", "right" if call["correct"] else "wrong"


def grade_notebook(
    path, folder=None, timeout: float = 300, cell_timeout: float = 120
) -> list[dict]:
    """Run one notebook and return its rows (one per exercise; see :func:`grade_folder`)."""
    path = Path(path)
    folder = Path(folder) if folder is not None else path.parent
    base = {"student": _student(path, folder), "notebook": str(path.relative_to(folder))}
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception as error:  # not JSON, not a notebook: say so in the table
        reason = f"failed: not a readable notebook ({type(error).__name__})"
        return [{**base, "exercise": "", "kind": "", "answered": "", "result": "",
                 "answer": "", "status": reason}]  # fmt: skip
    ids = exercises_in(nb)
    with tempfile.TemporaryDirectory(prefix="framing-kit-grade-") as tmp:
        workdir = Path(tmp)
        _copy_neighbours(path, workdir)
        shutil.copy2(path, workdir / "_submission.ipynb")
        outcome = _run_worker(workdir / "_submission.ipynb", workdir, timeout, cell_timeout)
        calls = _graded_calls(workdir / "answers.jsonl")
    status = outcome["status"]
    if outcome["errors"]:
        status += (
            f"; {len(outcome['errors'])} cell(s) raised an error (first: {outcome['errors'][0]})"
        )
    rows = []
    for exercise_id in ids + [i for i in calls if i not in ids]:
        call = calls.get(exercise_id)
        kind, answered, result = _result(call)
        if call is not None and not call.get("known", True):
            result = "unknown exercise id"
        rows.append({**base, "exercise": exercise_id, "kind": kind, "answered": answered,
                     "result": result, "answer": call["answer"] if call else "",
                     "status": status})  # fmt: skip
    if not rows:
        rows.append({**base, "exercise": "", "kind": "", "answered": "", "result": "",
                     "answer": "", "status": status + "; no exercise found"})  # fmt: skip
    return rows


def grade_folder(
    folder,
    timeout: float = 300,
    cell_timeout: float = 120,
    progress: Callable[[str], None] | None = None,
) -> pd.DataFrame:
    """Run every notebook in a folder and return the grades table.

    Parameters
    ----------
    folder : str or Path
        The submissions: notebooks directly in it (the student is the file name) or
        one folder per student (the student is the folder's name), at any depth.
    timeout : float
        Seconds one notebook may take in all.
    cell_timeout : float
        Seconds one cell may take.
    progress : callable, optional
        Called with each notebook's path before it runs.

    Returns
    -------
    pandas.DataFrame
        One row per notebook and exercise, columns :data:`GRADE_COLUMNS`:
        ``student``; ``notebook`` (path inside the folder); ``exercise`` (id);
        ``kind`` ("checked" or "written"; empty when never reached);
        ``answered`` ("yes"/"no"); ``result`` ("right", "wrong", "recorded" for a
        written answer, "not answered", "not reached" when the notebook stopped
        before it); ``answer`` (the answer's text); ``status`` ("ran", or how the
        notebook failed or timed out, and how many cells raised errors).
    """
    folder = Path(folder)
    rows = []
    for path in notebooks_in(folder):
        if progress is not None:
            progress(str(path.relative_to(folder)))
        rows += grade_notebook(path, folder, timeout=timeout, cell_timeout=cell_timeout)
    return pd.DataFrame(rows, columns=GRADE_COLUMNS)


if __name__ == "__main__":
    raise SystemExit(_worker(sys.argv[1:]))
