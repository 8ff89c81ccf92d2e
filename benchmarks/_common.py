"""Shared helpers for the benchmark scripts: the machine, a steady timer, the corpora's mirrors."""

from __future__ import annotations

import importlib.util
import os
import platform
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cpu_model() -> str:
    """The CPU model from /proc/cpuinfo (Linux), or what platform says."""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine() -> str:
    """One line naming the machine, for the results."""
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return (
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC; {os.cpu_count()} CPUs ({cpu_model()}); "
        f"Python {platform.python_version()}; {platform.system()} {platform.release()}; "
        f"load average {load}"
    )


def best_and_median(function, repeat: int) -> tuple[float, float, float]:
    """Seconds of ``function()`` over ``repeat`` runs: best wall clock, median wall clock,
    and median CPU time (this process only, so other programs on a busy machine
    count less)."""
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        function()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return min(wall), statistics.median(wall), statistics.median(cpu)


def mirror(variable: str, name: str) -> Path | None:
    """A bare git mirror of a public corpus: the path in the environment variable
    ``variable`` (None if nothing is there), else ``.mirror/<name>/repo`` in the kit's
    folder or in one of the two folders above it (the first that exists)."""
    if variable in os.environ:
        path = Path(os.environ[variable])
        return path if path.exists() else None
    for parent in (ROOT, ROOT.parent, ROOT.parent.parent):
        candidate = parent / ".mirror" / name / "repo"
        if candidate.exists():
            return candidate
    return None


def run_python(code: str, *args: str) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh Python (the same one), from the kit's folder."""
    return subprocess.run(
        [sys.executable, *args, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )


def quotes_build():
    """``data/quotes/build.py`` as a module: the PolNeAR reader, the scorer's finder, the
    labels and the fitting that the speaker benchmarks share with the weights' build."""
    spec = importlib.util.spec_from_file_location("quotes_build", ROOT / "data/quotes/build.py")
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {ROOT / 'data/quotes/build.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
