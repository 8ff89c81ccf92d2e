"""The full comparison of the bundled pair, and its HTML report.

Targets: ``kitlib.compare(nbc, cnn)`` under 0.5 s warm (the articles loaded
and every module imported: what a student waits for when re-running a
cell), and the HTML report (figures included) under 3 s. The first, cold
call is shown too: it pays for imports and for reading word lists once.
A profile of one warm call lists where the time goes.

Run:  .venv/bin/python benchmarks/compare_pair.py
"""

from __future__ import annotations

import cProfile
import io
import pstats
import tempfile
import time
import warnings
from pathlib import Path

from _common import best_and_median, machine

REPEAT = 5
TARGET_COMPARE = 0.5
TARGET_REPORT = 3.0


def verdict(seconds: float, target: float) -> str:
    return f"{'meets' if seconds < target else 'MISSES'} the {target} s target"


def main(profile: bool = True) -> None:
    warnings.simplefilter("ignore")
    print(f"machine: {machine()}")
    start = time.perf_counter()
    import kitlib

    nbc, cnn = kitlib.load_pair()
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    comparison = kitlib.compare(nbc, cnn)
    cold = time.perf_counter() - start
    print(f"cold: import + load_pair {loaded:.2f} s; first compare {cold:.2f} s")

    best, median, cpu = best_and_median(lambda: kitlib.compare(nbc, cnn), REPEAT)
    print(
        f"warm compare(nbc, cnn): median {median:.3f} s, best {best:.3f} s, CPU {cpu:.3f} s "
        f"over {REPEAT} runs ({verdict(best, TARGET_COMPARE)}, judged on the best run)"
    )

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.html"
        start = time.perf_counter()
        comparison.to_html(path)
        first_report = time.perf_counter() - start
        best_r, median_r, cpu_r = best_and_median(
            lambda: kitlib.compare(nbc, cnn).to_html(path), REPEAT
        )
        size = path.stat().st_size
    print(
        f"HTML report: first {first_report:.2f} s (imports matplotlib); compare + to_html warm "
        f"median {median_r:.2f} s, best {best_r:.2f} s, CPU {cpu_r:.2f} s "
        f"({verdict(best_r, TARGET_REPORT)}); {size / 1024:.0f} KiB"
    )

    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        kitlib.compare(nbc, cnn)
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(r"kitlib", 12)
        print("where a warm compare spends its time (kitlib functions, cumulative):")
        for line in out.getvalue().splitlines():
            if "kitlib/" in line:
                cumulative = line.split()[3]
                where = line.split("kitlib/")[-1]
                print(f"  {float(cumulative):6.3f} s  {where}")


if __name__ == "__main__":
    main()
