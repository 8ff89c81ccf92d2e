"""Seconds per lesson under nbval (target: every lesson under 15 s).

Each solution notebook is run on its own with strict nbval (outputs must
match), and each student notebook with lax nbval, exactly as ``make test``
runs them; the time includes starting pytest and a Jupyter kernel. With
``--make-test`` the whole ``make test`` is timed too (target: under 3
minutes on a 2-core machine, after installation).

Run:  .venv/bin/python benchmarks/notebooks.py [--make-test]
"""

from __future__ import annotations

import subprocess
import sys
import time

from _common import ROOT, machine

TARGET_LESSON = 15.0
TARGET_MAKE_TEST = 180.0

STRICT = [
    "--nbval",
    "--nbval-current-env",
    "--nbval-sanitize-with",
    "tests/nbval_sanitize.cfg",
]
LAX = ["--nbval-lax", "--nbval-current-env"]


def run(command: list[str]) -> tuple[float, bool, str]:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    last = (done.stdout.strip().splitlines() or [""])[-1]
    return time.perf_counter() - start, done.returncode == 0, last.strip("= ")


def main(make_test: bool) -> None:
    print(f"machine: {machine()}")
    pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    rows = []
    for notebook in sorted((ROOT / "lessons" / "solutions").glob("[0-9][0-9]_*.ipynb")):
        student = ROOT / "lessons" / notebook.name
        seconds, ok, summary = run([*pytest, *STRICT, str(notebook.relative_to(ROOT))])
        rows.append((f"solutions/{notebook.name}", "strict", seconds, ok, summary))
        if student.exists():
            seconds, ok, summary = run([*pytest, *LAX, str(student.relative_to(ROOT))])
            rows.append((student.name, "lax", seconds, ok, summary))
    width = max((len(r[0]) for r in rows), default=10)
    for name, mode, seconds, ok, summary in rows:
        flag = "" if seconds < TARGET_LESSON else f"  over the {TARGET_LESSON:.0f} s target"
        print(
            f"{name:<{width}}  {mode:<6} {seconds:6.1f} s  {'pass' if ok else 'FAIL'}"
            f"  ({summary}){flag}"
        )
    if rows:
        slowest = max(rows, key=lambda r: r[2])
        total = sum(r[2] for r in rows)
        print(
            f"slowest: {slowest[0]} ({slowest[1]}) {slowest[2]:.1f} s; all notebooks {total:.0f} s"
        )
    if make_test:
        seconds, ok, summary = run(["make", "test"])
        verdict = "meets" if seconds < TARGET_MAKE_TEST else "MISSES"
        print(
            f"make test: {seconds:.0f} s, {'pass' if ok else 'FAIL'} ({summary}); "
            f"{verdict} the {TARGET_MAKE_TEST:.0f} s target"
        )


if __name__ == "__main__":
    main("--make-test" in sys.argv[1:])
