"""Run one submitted notebook's code cells in a Jupyter kernel, with limits; report each cell.

This is the process :mod:`kitlib.classroom.grading` starts for each notebook,
inside the sandbox of :mod:`kitlib.classroom.sandbox` when the machine allows
it. It is given a job file (JSON: the code cells, the limits, where to write)
and writes one JSON line per cell to the outcome file as each cell finishes,
so a notebook stopped half way keeps what it did::

    {"cell": 7, "status": "ok" | "error" | "timeout" | "output" | "died" | "skipped",
     "ename": ..., "evalue": ..., "seconds": ..., "output_bytes": ..., "records": [...]}

The grader's own first cell installs :mod:`kitlib.classroom.recorder`; the
answers it records during a cell are attached to that cell (``records``).

Limits:

- a cell that runs longer than the cell time limit is interrupted, and the
  notebook goes on with the next cell; a cell that ignores the interruption
  gets a fresh kernel (the cells after it run without what earlier cells made);
- a cell that prints more than the output limit is interrupted the same way
  (the output itself is never kept: the grader needs only the answers);
- a kernel that dies (the memory limit, or a crash) is started again and the
  notebook goes on;
- when the whole notebook's time is up, the remaining cells are not run.

Nothing here trusts the notebook: it can write to the record file and even to
the outcome file, but the grader reads both as untrusted data, and the most a
notebook can change is its own answers.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from queue import Empty
from typing import Any

__all__ = [
    "INTERRUPT_GRACE",
    "RECORDER_CELL",
    "START_TIMEOUT",
    "main",
    "run_job",
]

#: The grader's first cell: answers are recorded, with no feedback (see kitlib.classroom.recorder).
RECORDER_CELL = (
    "from kitlib.classroom.recorder import install as _framing_kit_install\n"
    "_framing_kit_install({record!r})\n"
    "del _framing_kit_install"
)

#: Seconds to wait for a kernel to answer after it was interrupted, before it is replaced.
INTERRUPT_GRACE = 5

#: Seconds a kernel may take to start.
START_TIMEOUT = 90


class _Kernel:
    """One Jupyter kernel and its client (jupyter_client, imported when a kernel starts)."""

    def __init__(self, cwd: str, env: dict):
        from jupyter_client.manager import KernelManager

        self.manager = KernelManager(kernel_name="python3")
        self.manager.start_kernel(cwd=cwd, env=env)
        self.client = self.manager.client()
        self.client.start_channels()
        self.client.wait_for_ready(timeout=START_TIMEOUT)

    def alive(self) -> bool:
        return self.manager.is_alive()

    def stop(self) -> None:
        try:
            self.client.stop_channels()
        finally:
            self.manager.shutdown_kernel(now=True)


def _output_size(msg: dict) -> int:
    content = msg.get("content", {})
    if msg["msg_type"] == "stream":
        return len(content.get("text", ""))
    if msg["msg_type"] in ("execute_result", "display_data", "update_display_data"):
        return sum(len(str(v)) for v in content.get("data", {}).values())
    if msg["msg_type"] == "error":
        return sum(len(line) for line in content.get("traceback", []))
    return 0


def _run_cell(kernel: _Kernel, source: str, timeout: float, max_output: int) -> dict:
    """Execute one cell; return its status, error, time and output size (the output is dropped)."""
    client = kernel.client
    started = time.monotonic()
    msg_id = client.execute(source, store_history=True, allow_stdin=False, stop_on_error=False)
    deadline = started + timeout
    outcome: dict[str, Any] = {"status": "ok", "ename": "", "evalue": "", "output_bytes": 0}
    stopping_because = ""
    while True:
        left = deadline - time.monotonic()
        if left <= 0 and not stopping_because:
            stopping_because = "timeout"
            kernel.manager.interrupt_kernel()
            deadline = time.monotonic() + INTERRUPT_GRACE
            continue
        if left <= 0:  # it did not answer the interruption: give up on this kernel
            outcome["status"] = stopping_because
            outcome["stuck"] = True
            break
        try:
            msg = client.get_iopub_msg(timeout=min(left, 1.0))
        except Empty:
            if not kernel.alive():
                outcome["status"] = "died"
                break
            continue
        if msg.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        kind = msg["msg_type"]
        outcome["output_bytes"] += _output_size(msg)
        if kind == "error":
            outcome["ename"] = str(msg["content"].get("ename", ""))[:200]
            outcome["evalue"] = str(msg["content"].get("evalue", ""))[:300]
        if outcome["output_bytes"] > max_output and not stopping_because:
            stopping_because = "output"
            kernel.manager.interrupt_kernel()
            deadline = time.monotonic() + INTERRUPT_GRACE
        if kind == "status" and msg["content"].get("execution_state") == "idle":
            if stopping_because:
                outcome["status"] = stopping_because
            elif outcome["ename"]:
                outcome["status"] = "error"
            break
    outcome["seconds"] = round(time.monotonic() - started, 2)
    return outcome


def _new_records(path: Path, offset: int, limit: int) -> tuple[list, int]:
    """Answers recorded since ``offset`` (at most ``limit`` bytes read), and the new offset."""
    if not path.exists():
        return [], offset
    with open(path, "rb") as file:
        file.seek(offset)
        data = file.read(limit)
    end = data.rfind(b"\n") + 1
    records = []
    for line in data[:end].splitlines():
        try:
            records.append(json.loads(line.decode("utf-8", "replace")))
        except ValueError:
            continue
    return records, offset + end


def run_job(job: dict) -> None:
    """Run the job's cells and append one outcome line per cell to ``job["outcome"]``."""
    cwd, env = job["cwd"], job["env"]
    record = Path(job["record"])
    outcome_path = Path(job["outcome"])
    notebook_deadline = time.monotonic() + float(job["notebook_timeout"])
    max_output, cell_timeout = int(job["max_output"]), float(job["cell_timeout"])
    record_budget = int(job.get("max_record_bytes", 5_000_000))
    offset = 0

    def write(line: dict) -> None:
        with open(outcome_path, "a", encoding="utf-8") as file:
            file.write(json.dumps(line) + "\n")

    def start() -> _Kernel:
        kernel = _Kernel(cwd, env)
        setup = _run_cell(kernel, RECORDER_CELL.format(record=str(record)), START_TIMEOUT, 10**6)
        if setup["status"] != "ok":
            raise RuntimeError(f"the grader's first cell failed: {setup['ename']}")
        return kernel

    kernel = start()
    try:
        for cell in job["cells"]:
            if time.monotonic() >= notebook_deadline:
                write({"cell": cell["index"], "status": "skipped"})
                continue
            timeout = max(1.0, min(cell_timeout, notebook_deadline - time.monotonic()))
            result = _run_cell(kernel, cell["source"], timeout, max_output)
            if result["status"] == "timeout" and timeout < cell_timeout:
                result["status"] = "notebook_timeout"
            records, offset = _new_records(record, offset, max(0, record_budget - offset))
            result.update(cell=cell["index"], records=records)
            restart = result.pop("stuck", False) or result["status"] == "died"
            if restart:
                result["restarted"] = True
            write(result)
            if restart:
                try:
                    kernel.stop()
                except Exception:
                    pass
                if time.monotonic() < notebook_deadline:
                    kernel = start()
        write({"done": True})
    finally:
        try:
            kernel.stop()
        except Exception:
            pass


def main(argv: list[str] | None = None) -> int:
    """``python -P -s -m kitlib.classroom.worker JOB.json``: run the job; exit status 0 or 1."""
    args = sys.argv[1:] if argv is None else argv
    job = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    try:
        run_job(job)
    except Exception as error:  # reported as the notebook's status by the grader
        with open(job["outcome"], "a", encoding="utf-8") as file:
            file.write(json.dumps({"failed": f"{type(error).__name__}: {error}"[:300]}) + "\n")
        return 1
    finally:
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    os.umask(0o077)
    raise SystemExit(main())
